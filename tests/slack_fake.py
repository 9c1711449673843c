"""A small fake of Slack's Web API for the tests, served over real HTTP on loopback.

It records every call (``/api/<method>`` and ``response_url`` posts), answers the
methods the bot uses, serves shared files only with the bot token (an HTML login page
otherwise, as Slack does), and can be told to fail: 429 with ``Retry-After`` or 5xx.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from tests.ci_fakes import send, send_json

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0000TEST"


@dataclass
class Call:
    """One request the fake received."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


class FakeSlack:
    """Start with :meth:`start`; point ``SLACK_API_URL`` at :attr:`api_url`."""

    def __init__(self, bot_token: str, app_token: str = "") -> None:
        self.bot_token = bot_token
        #: The app-level token ``apps.connections.open`` accepts (Socket Mode).
        self.app_token = app_token
        #: Hands out a websocket URL for ``apps.connections.open`` (a
        #: :class:`tests.socket_fake.SocketModeServer`'s ``url``); unset: Socket Mode is off.
        self.socket_url: Callable[[], str] | None = None
        self.calls: list[Call] = []
        self.locales: dict[str, str] = {}
        self.files: dict[str, bytes] = {}
        #: Files whose download demands another token (a workspace the bot is not in).
        self.foreign_files: set[str] = set()
        self.failures: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.slow: dict[str, float] = {}
        #: /redirect/<name> answers 302 to these URLs.
        self.redirects: dict[str, str] = {}
        #: response_url names whose first post is answered with an error.
        self.refused: dict[str, tuple[int, str]] = {}
        self._lock = threading.Lock()
        self._ts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self, "GET")

            def do_POST(self) -> None:
                fake._serve(self, "POST")

        class Server(ThreadingHTTPServer):
            # The default listen backlog (5) resets connections under the load benchmark.
            request_queue_size = 128

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that went away (a bot process stopped mid-call)

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.api_url = f"{self.base_url}/api/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what tests use ---------------------------------------------------------------

    def redirect_url(self, name: str, target: str) -> str:
        """A URL on this host that redirects to ``target``."""
        with self._lock:
            self.redirects[name] = target
        return f"{self.base_url}/redirect/{name}"

    def response_url(self, name: str) -> str:
        return f"{self.base_url}/response/{name}"

    def file_url(self, name: str) -> str:
        return f"{self.base_url}/files-pri/{TEAM_ID}-F1/download/{name}"

    def fail_next(self, method: str, status: int, times: int = 1, **headers: str) -> None:
        """Answer the next ``times`` calls of ``method`` with ``status``."""
        with self._lock:
            self.failures.setdefault(method, []).extend([(status, headers)] * times)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.failures.clear()
            self.slow.clear()
            self.refused.clear()
            self.redirects.clear()
            self.locales.clear()
            self.files.clear()
            self.foreign_files.clear()

    def refuse_response(self, name: str, status: int, error: str) -> None:
        """Answer the next post to the response_url ``name`` with ``status`` and ``error``."""
        with self._lock:
            self.refused[name] = (status, error)

    def clear_calls(self) -> None:
        """Forget the calls seen so far (the bot's start-up ``auth.test``, say)."""
        with self._lock:
            self.calls.clear()

    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] = lambda _: True,
        *,
        count: int = 1,
        timeout: float = 10.0,
    ) -> list[Call]:
        """Wait until ``count`` calls of ``method`` satisfy ``predicate``; return them."""
        deadline = time.monotonic() + timeout
        while True:
            found = [c for c in self.of(method) if predicate(c)]
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [c.method for c in self.calls]
                raise AssertionError(f"{count} x {method} not seen in {timeout}s; saw {seen}")
            time.sleep(0.02)

    # --- serving ----------------------------------------------------------------------

    def _record(self, method: str, params: dict[str, Any], headers: dict[str, str]) -> None:
        with self._lock:
            self.calls.append(Call(method, params, headers))

    def _next_ts(self) -> str:
        with self._lock:
            self._ts += 1
            return f"1700000000.{self._ts:06d}"

    def _serve(self, handler: BaseHTTPRequestHandler, verb: str) -> None:
        url = urlparse(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        params = _parse_body(raw, headers.get("content-type", ""))
        params.update({k: v[0] for k, v in parse_qs(url.query).items()})

        if url.path.startswith("/redirect/"):
            # Sends the client on to another host (a storage service), as Slack may.
            target = self.redirects.get(url.path.rsplit("/", 1)[1], "")
            self._record("redirect", {"target": target}, headers)
            send(handler, 302, b"", "text/plain", {"Location": target})
            return
        if url.path.startswith("/files-pri/"):
            name = url.path.rsplit("/", 1)[1]
            self._record("file_download", {"name": name}, headers)
            token_ok = headers.get("authorization") == f"Bearer {self.bot_token}"
            if not token_ok or name in self.foreign_files:
                send(
                    handler,
                    200,
                    b"<!DOCTYPE html><html>Sign in to Slack</html>",
                    "text/html; charset=utf-8",
                )
            elif name not in self.files:
                send(handler, 404, b"not found", "text/plain")
            else:
                send(handler, 200, self.files[name], "application/octet-stream")
            return
        if url.path.startswith("/response/"):
            name = url.path.rsplit("/", 1)[1]
            with self._lock:
                refused = self.refused.pop(name, None)
                delay = self.slow.get("response_url", 0.0)
            if delay:
                time.sleep(delay)
            self._record("response_url", {**params, "_name": name}, headers)
            if refused is not None:
                send(handler, refused[0], refused[1].encode(), "text/plain")
            else:
                send(handler, 200, b"ok", "text/plain")
            return
        if not url.path.startswith("/api/"):
            send(handler, 404, b"not found", "text/plain")
            return
        method = url.path[len("/api/") :]
        self._record(method, params, headers)
        with self._lock:
            queued = self.failures.get(method)
            failure = queued.pop(0) if queued else None
            delay = self.slow.get(method, 0.0)
        if delay:
            time.sleep(delay)
        if failure is not None:
            status, extra = failure
            body = json.dumps(
                {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}
            ).encode()
            send(
                handler,
                status,
                body,
                "application/json",
                {k.replace("_", "-"): v for k, v in extra.items()},
            )
            return
        if method == "apps.connections.open":
            send_json(handler, self._open_connection(headers.get("authorization", "")))
            return
        if headers.get("authorization") != f"Bearer {self.bot_token}":
            send_json(handler, {"ok": False, "error": "invalid_auth"})
            return
        send_json(handler, self._answer(method, params))

    def _open_connection(self, authorization: str) -> dict[str, Any]:
        if not self.app_token or authorization != f"Bearer {self.app_token}":
            return {"ok": False, "error": "invalid_auth"}
        if self.socket_url is None:
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"ok": True, "url": self.socket_url()}

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "team_id": TEAM_ID,
                "user": "ci-error",
                "team": "Test",
                "url": "https://test.slack.com/",
            }
        if method in ("chat.postMessage", "chat.update"):
            return {
                "ok": True,
                "channel": params.get("channel"),
                "ts": params.get("ts") or self._next_ts(),
                "message": {},
            }
        if method == "chat.postEphemeral":
            if params.get("channel", "").startswith("CNOTIN"):
                return {"ok": False, "error": "not_in_channel"}
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "users.info":
            user = str(params.get("user"))
            return {"ok": True, "user": {"id": user, "locale": self.locales.get(user, "en-US")}}
        if method == "files.info":
            name = str(params.get("file"))
            return {
                "ok": True,
                "file": {
                    "id": name,
                    "name": name,
                    "size": len(self.files.get(name, b"")),
                    "mimetype": "text/plain",
                    "filetype": "text",
                    "url_private_download": self.file_url(name),
                },
            }
        return {"ok": True}


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            return {"_raw": raw.decode("utf-8", "replace")}
        return data if isinstance(data, dict) else {"_json": data}
    params: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}
    for key in ("blocks", "view"):
        if isinstance(params.get(key), str):
            with contextlib.suppress(json.JSONDecodeError):
                params[key] = json.loads(params[key])
    return params
