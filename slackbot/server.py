"""Serve the app over HTTP (waitress, threads) or Socket Mode.

HTTP routes: ``POST /slack/events`` (commands, events, interactivity), ``GET /healthz``,
``GET /metrics`` (Prometheus text format).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from slackbot.app import MALFORMED, helpdesk_of
from slackbot.config import Settings

log = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
EVENTS_PATH = "/slack/events"


def create_wsgi_app(app: App, *, events: bool = True) -> WsgiApp:
    """A WSGI application routing Slack's requests to Bolt, plus health and metrics.

    With ``events=False`` (Socket Mode) only ``/healthz`` and ``/metrics`` are served.
    """
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)
    helpdesk = helpdesk_of(app)
    metrics = helpdesk.metrics

    def reply(
        start_response: StartResponse,
        status: str,
        body: bytes,
        content_type: str = "text/plain; charset=utf-8",
    ) -> list[bytes]:
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if events and path == EVENTS_PATH and method == "POST":
            statuses: list[str] = []

            def recording(status: str, headers: list[tuple[str, str]], *args: Any) -> Any:
                statuses.append(status.split(" ", 1)[0])
                return start_response(status, headers, *args)

            try:
                body = bolt(environ, recording)
            except MALFORMED as exc:
                # Bolt parses the body before it can answer; a body that is not the JSON
                # or form Slack sends is the sender's error, not ours.
                log.warning("malformed request refused: %s", exc)
                metrics.requests.labels(path=path, status="400").inc()
                return reply(start_response, "400 Bad Request", b"malformed request\n")
            except Exception:
                log.exception("request failed")
                metrics.requests.labels(path=path, status="500").inc()
                return reply(start_response, "500 Internal Server Error", b"error\n")
            metrics.requests.labels(path=path, status=statuses[0] if statuses else "?").inc()
            return body
        if path == "/healthz" and method in ("GET", "HEAD"):
            store_ok = helpdesk.store.ping()
            return reply(
                start_response, "200 OK", b"ok\n" if store_ok else b"ok (store unavailable)\n"
            )
        if path == "/metrics" and method == "GET":
            return reply(
                start_response,
                "200 OK",
                metrics.render(),
                "text/plain; version=0.0.4; charset=utf-8",
            )
        return reply(start_response, "404 Not Found", b"not found\n")

    return application


def serve_http(app: App, settings: Settings) -> None:
    """Serve on ``HOST:PORT`` with waitress: one process, ``THREADS`` threads.

    A single process keeps one copy of the catalog and matcher in memory (a forking
    server would hold two); scale out with replicas sharing one Redis.
    """
    import waitress

    waitress.serve(
        create_wsgi_app(app),
        host=settings.host,
        port=settings.port,
        threads=settings.threads,
        ident="ci-error",
        clear_untrusted_proxy_headers=True,
        channel_timeout=60,
    )


def serve_socket_mode(app: App, settings: Settings) -> None:
    """Connect to Slack over Socket Mode (no public URL needed).

    ``/healthz`` and ``/metrics`` are still served on ``HOST:PORT`` for probes.
    """
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    class _Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    class _Threaded(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    probes = make_server(
        settings.host,
        settings.port,
        create_wsgi_app(app, events=False),
        server_class=_Threaded,
        handler_class=_Quiet,
    )
    threading.Thread(target=probes.serve_forever, name="probes", daemon=True).start()
    SocketModeHandler(app, settings.app_token).start()  # type: ignore[no-untyped-call]
