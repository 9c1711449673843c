"""Serve the app over HTTP (waitress, threads) or Socket Mode, and stop it gracefully.

HTTP routes: ``POST /slack/events`` (commands, events, interactivity), ``GET /healthz``,
``GET /metrics`` (Prometheus text format).

Before Bolt parses anything, a request to ``/slack/events`` must be small (waitress
refuses a body over ``MAX_BODY_BYTES`` while reading it, and a declared length over it
is refused unread) and signed with the signing secret: an unsigned or forged body is
never parsed.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import waitress
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.socket_mode.builtin import SocketModeClient
from waitress.server import BaseWSGIServer, MultiSocketServer

from slackbot.app import helpdesk_of, jobs_of
from slackbot.config import Settings
from slackbot.helpdesk import Helpdesk

log = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
EVENTS_PATH = "/slack/events"
#: Slack's payloads are a few kB; a message with 40 000 characters stays far below.
MAX_BODY_BYTES = 1 << 20
#: Slack signs each request with its time; an older signature may be a replay.
MAX_SIGNATURE_AGE = 5 * 60
#: How often ``/healthz`` learns whether the store answers (it never waits for it).
STORE_CHECK_SECONDS = 2.0
#: How often the Socket Mode client pings Slack, and how long a connection may stay
#: without an answer (a pong or a message) before ``/healthz`` counts it as lost (the
#: client replaces it after four to five ping intervals: slack_sdk's builtin ``check_state``).
SOCKET_PING_SECONDS = 5.0
SOCKET_STALE_SECONDS = 3 * SOCKET_PING_SECONDS


class StoreHealth:
    """Whether the store answered its last ping, checked in the background."""

    def __init__(self, helpdesk: Helpdesk, interval: float = STORE_CHECK_SECONDS) -> None:
        self._helpdesk = helpdesk
        self._interval = interval
        self.ok = True
        self._stop = threading.Event()
        threading.Thread(target=self._watch, name="store-health", daemon=True).start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.ok = self._helpdesk.store.ping()
            self._stop.wait(self._interval)

    def close(self) -> None:
        self._stop.set()


def create_wsgi_app(
    app: App,
    *,
    events: bool = True,
    healthy: Callable[[], bool] = lambda: True,
) -> WsgiApp:
    """A WSGI application routing Slack's requests to Bolt, plus health and metrics.

    With ``events=False`` (Socket Mode) only ``/healthz`` and ``/metrics`` are served.
    ``healthy`` tells ``/healthz`` whether the process can serve (Socket Mode: whether
    its socket is connected).
    """
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)
    helpdesk = helpdesk_of(app)
    metrics = helpdesk.metrics
    secret = helpdesk.settings.signing_secret
    store = StoreHealth(helpdesk)

    def reply(
        start_response: StartResponse,
        status: str,
        body: bytes,
        content_type: str = "text/plain; charset=utf-8",
    ) -> list[bytes]:
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]

    def slack_request(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        length = str(environ.get("CONTENT_LENGTH") or "0")
        if not length.isdigit():
            return reply(start_response, "400 Bad Request", b"bad content length\n")
        if int(length) > MAX_BODY_BYTES:
            return reply(start_response, "413 Payload Too Large", b"too large\n")
        body = environ["wsgi.input"].read(int(length)) if int(length) else b""
        if secret and not _signed(secret, body, environ, time.time()):
            return reply(start_response, "401 Unauthorized", b"invalid signature\n")
        environ["wsgi.input"] = io.BytesIO(body)
        statuses: list[str] = []

        def recording(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            statuses.append(status)
            return start_response(status, headers, *args)

        try:
            answer = list(bolt(environ, recording))
        except Exception as exc:
            # Bolt parses the body before any listener runs (JSON nested too deep, a form
            # of the wrong shape): the sender's error, not ours.
            log.warning("malformed request refused: %r", exc)
            return reply(start_response, "400 Bad Request", b"malformed request\n")
        return answer

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        statuses: list[str] = []

        def counted(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            statuses.append(status.split(" ", 1)[0])
            return start_response(status, headers, *args)

        if events and path == EVENTS_PATH and method == "POST":
            body = slack_request(environ, counted)
            metrics.requests.labels(path=path, status=statuses[0] if statuses else "?").inc()
            return body
        if path == "/healthz" and method in ("GET", "HEAD"):
            if not healthy():
                return reply(start_response, "503 Service Unavailable", b"not connected\n")
            text = b"ok\n" if store.ok else b"ok (store unavailable)\n"
            return reply(start_response, "200 OK", text)
        if path == "/metrics" and method == "GET":
            return reply(
                start_response,
                "200 OK",
                metrics.render(),
                "text/plain; version=0.0.4; charset=utf-8",
            )
        return reply(start_response, "404 Not Found", b"not found\n")

    return application


def _signed(secret: str, body: bytes, environ: dict[str, Any], now: float) -> bool:
    """Slack's ``v0`` signature: HMAC-SHA256 of ``v0:{timestamp}:{body}``, at most 5 min old."""
    timestamp = str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", ""))
    signature = str(environ.get("HTTP_X_SLACK_SIGNATURE", ""))
    if not timestamp.isdigit() or abs(now - int(timestamp)) > MAX_SIGNATURE_AGE:
        return False
    expected = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    return hmac.compare_digest(f"v0={expected.hexdigest()}", signature)


class HttpServer:
    """waitress serving the app on ``host:port`` (port 0: any free port), stoppable."""

    def __init__(self, wsgi: WsgiApp, settings: Settings, *, port: int | None = None) -> None:
        server = waitress.create_server(
            wsgi,
            host=settings.host,
            port=settings.port if port is None else port,
            threads=settings.threads,
            ident="ci-error",
            clear_untrusted_proxy_headers=True,
            max_request_body_size=MAX_BODY_BYTES,
            max_request_header_size=64 << 10,
            # Idle or slow connections are dropped after 15 s; many of them cannot lock
            # others out, since waitress reads requests without tying up a thread.
            channel_timeout=15,
            connection_limit=1000,
            cleanup_interval=5,
        )
        if isinstance(server, MultiSocketServer):  # pragma: no cover - one address here
            raise RuntimeError("serve one address")
        self._server: BaseWSGIServer = server
        self._thread = threading.Thread(target=server.run, name="http", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def start(self) -> HttpServer:
        self._thread.start()
        return self

    def stop_accepting(self) -> None:
        """Close the listening socket; requests already received still get answers."""
        self._server.trigger.pull_trigger(self._close_listener)

    def _close_listener(self) -> None:
        if not self._server.accepting:
            return
        self._server.accepting = False
        self._server.del_channel()
        self._server.socket.close()

    def close(self, timeout: float = 5.0) -> None:
        """Finish the requests in flight (up to ``timeout``), then close every connection."""
        self._server.task_dispatcher.shutdown(cancel_pending=False, timeout=timeout)
        if self._thread.is_alive():
            try:
                self._server.trigger.pull_trigger(lambda: _close_all(self._server))
            except OSError:
                # The trigger is already closed: the loop has ended or is ending.
                log.debug("server loop already closing")
        self._thread.join(timeout)


def _close_all(server: BaseWSGIServer) -> None:
    for channel in list(server._map.values()):
        channel.close()


def finish(app: App, timeout: float) -> bool:
    """Finish the jobs in flight (up to ``timeout``), give back unanswered claims, close.

    Returns whether every job finished; the caller ends the process either way.
    """
    jobs = jobs_of(app)
    helpdesk = helpdesk_of(app)
    started = time.monotonic()
    helpdesk.stop_watching()
    finished = jobs.stop(timeout)
    if not finished:
        log.warning("stopping with %d job(s) unfinished", jobs.running)
    released = helpdesk.release_claims()
    if released:
        log.info("gave back %d claim(s) of messages not answered", released)
    helpdesk.store.close()
    log.info("stopped in %.1f s", time.monotonic() - started)
    return finished


def _on_signals(app: App) -> threading.Event:
    """SIGTERM and SIGINT set the returned event; SIGHUP reloads the catalog now."""
    stop = threading.Event()
    helpdesk = helpdesk_of(app)

    def handle(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping", signum)
        stop.set()

    def reload(_signum: int, _frame: object) -> None:
        threading.Thread(
            target=lambda: helpdesk.reload_catalog(force=True), name="catalog-reload-now"
        ).start()

    signal.signal(signal.SIGTERM, handle)
    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGHUP, reload)
    return stop


def serve_http(app: App, settings: Settings) -> bool:
    """Serve on ``HOST:PORT`` with waitress until SIGTERM or SIGINT, then stop gracefully.

    Returns whether every job in flight finished within ``STOP_TIMEOUT``.

    A single process keeps one copy of the catalog and matcher in memory (a forking
    server would hold two); scale out with replicas sharing one Redis.
    """
    stop = _on_signals(app)
    server = HttpServer(create_wsgi_app(app), settings).start()
    log.info("serving on %s", server.url)
    stop.wait()
    server.stop_accepting()
    finished = finish(app, settings.stop_timeout)
    server.close()
    return finished


class SocketWatch:
    """Whether the Socket Mode connection is up, for ``/healthz``.

    The client notices at once a connection that either side closes, and reconnects by
    itself. A connection that goes silent (a network that drops packets and closes
    nothing) only shows in its pings going unanswered: the client gives it up after four
    unanswered ping intervals and opens a new one; until then, after ``stale`` seconds
    without a pong or a message, the watch already reports it down.
    """

    def __init__(self, client: SocketModeClient, *, stale: float = SOCKET_STALE_SECONDS) -> None:
        self._client = client
        self._stale = stale
        self._heard = time.time()
        client.on_message_listeners.append(lambda _message: self._hear())

    def _hear(self) -> None:
        self._heard = time.time()

    def _silent_for(self) -> float:
        session = self._client.current_session
        pong = session.last_ping_pong_time if session is not None else None
        return time.time() - max(self._heard, pong or 0.0)

    def healthy(self) -> bool:
        """Connected, and Slack answered within the last ``stale`` seconds."""
        return self._client.is_connected() and self._silent_for() < self._stale


def _connect_until_stopped(handler: SocketModeHandler, stop: threading.Event) -> bool:
    """Open the first connection, retrying while Slack cannot be reached; after it the
    client reconnects by itself. False if stopped first."""
    wait = 1.0
    while not stop.is_set():
        try:
            handler.connect()  # type: ignore[no-untyped-call]
            return True
        except (SlackApiError, SlackClientError, OSError) as exc:
            log.warning("cannot open the socket (retrying in %.0f s): %s", wait, exc)
        stop.wait(wait)
        wait = min(wait * 2, 60.0)
    return False


def serve_socket_mode(app: App, settings: Settings) -> bool:
    """Connect to Slack over Socket Mode (no public URL needed).

    ``/healthz`` and ``/metrics`` are still served on ``HOST:PORT`` for probes;
    ``/healthz`` answers 503 while the socket is down (:class:`SocketWatch`).
    """
    handler = SocketModeHandler(app, settings.app_token, ping_interval=SOCKET_PING_SECONDS)
    watch = SocketWatch(handler.client)
    probes = HttpServer(create_wsgi_app(app, events=False, healthy=watch.healthy), settings).start()
    stop = _on_signals(app)
    if _connect_until_stopped(handler, stop):
        stop.wait()
    handler.close()  # type: ignore[no-untyped-call]
    finished = finish(app, settings.stop_timeout)
    probes.close()
    return finished
