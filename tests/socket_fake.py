"""A local stand-in for Slack's Socket Mode websocket server, for the tests.

It speaks the protocol the bot's client expects: ``hello`` on each connection, then
envelopes (``{"envelope_id", "type", "payload", "accepts_response_payload"}``) that the
client acknowledges with ``{"envelope_id": ...}``; ``{"type": "disconnect"}`` asks the
client to reconnect. :meth:`SocketModeServer.drop` (a close frame) and
:meth:`SocketModeServer.cut` (none: the connection just ends) take the socket down, and
new connections are refused until :meth:`SocketModeServer.restore`.

Point the fake Web API's ``apps.connections.open`` at :meth:`SocketModeServer.url`.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve


@dataclass
class Ack:
    """An acknowledgement the client sent for one envelope."""

    envelope_id: str
    payload: dict[str, Any] | None
    at: float = field(default_factory=time.monotonic)


class SocketModeServer:
    """Start with :meth:`start`; every accepted connection is greeted with ``hello``."""

    def __init__(self) -> None:
        self.acks: dict[str, Ack] = {}
        self.sent_at: dict[str, float] = {}
        self.connections_opened = 0
        self._live: set[ServerConnection] = set()
        self._tickets = itertools.count(1)
        self._refusing = False
        self._current: ServerConnection | None = None
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._server: Server = serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._admit,
            compression=None,
            ping_interval=None,
        )
        self.port = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> SocketModeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def url(self) -> str:
        """A fresh connection URL, as ``apps.connections.open`` hands out (not port 443,
        so the client connects without TLS)."""
        return f"ws://127.0.0.1:{self.port}/link/?ticket={next(self._tickets)}"

    # --- what tests use ---------------------------------------------------------------

    @property
    def connected(self) -> bool:
        with self._lock:
            return self._current is not None

    def wait_connected(self, count: int = 1, timeout: float = 20.0, *, alone: bool = True) -> None:
        """Wait until the ``count``-th connection since start is open (and, with
        ``alone``, the others are closed)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while (
                self._current is None
                or self.connections_opened < count
                or (alone and len(self._live) != 1)
            ):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"no client connection #{count} in {timeout}s "
                        f"({self.connections_opened} so far)"
                    )
                self._changed.wait(left)

    def send_envelope(self, kind: str, payload: dict[str, Any]) -> str:
        """Send one envelope (``slash_commands``, ``events_api``, ``interactive``); its id."""
        envelope_id = str(uuid.uuid4())
        message = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": 0,
            "retry_reason": "",
        }
        self._send(message)
        with self._lock:
            self.sent_at[envelope_id] = time.monotonic()
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> Ack:
        deadline = time.monotonic() + timeout
        with self._changed:
            while envelope_id not in self.acks:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"envelope {envelope_id} not acknowledged in {timeout}s")
                self._changed.wait(left)
            return self.acks[envelope_id]

    def ack_delay(self, envelope_id: str) -> float:
        """Seconds between sending an envelope and receiving its acknowledgement."""
        ack = self.wait_ack(envelope_id)
        return ack.at - self.sent_at[envelope_id]

    def ask_to_reconnect(self, reason: str = "refresh_requested") -> None:
        """Send ``disconnect``, as Slack does before it retires a connection."""
        self._send({"type": "disconnect", "reason": reason, "debug_info": {"host": "fake"}})

    def drop(self) -> None:
        """Take the socket down: close the connection and refuse new ones."""
        with self._lock:
            self._refusing = True
            current, self._current = self._current, None
        if current is not None:
            current.close(1001, "going away")

    def cut(self) -> None:
        """Take the socket down as a failing network does: the connection ends without
        a close frame, and new ones are refused."""
        with self._lock:
            self._refusing = True
            current, self._current = self._current, None
        if current is not None:
            current.socket.shutdown(socket.SHUT_RDWR)

    def restore(self) -> None:
        """Accept connections again."""
        with self._lock:
            self._refusing = False

    # --- serving ----------------------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        with self._lock:
            current = self._current
        if current is None:
            raise AssertionError("no client is connected")
        current.send(json.dumps(message))

    def _admit(self, connection: ServerConnection, request: Request) -> Response | None:
        with self._lock:
            refusing = self._refusing
        if refusing:
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "down\n")
        return None

    def _handle(self, connection: ServerConnection) -> None:
        with self._changed:
            self._current = connection
            self._live.add(connection)
            self.connections_opened += 1
            number = self.connections_opened
            self._changed.notify_all()
        connection.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "fake", "approximate_connection_time": 3600},
                    "connection_info": {"app_id": "A0TEST"},
                    "_connection": number,
                }
            )
        )
        try:
            for raw in connection:
                message = json.loads(raw)
                if isinstance(message, dict) and "envelope_id" in message:
                    with self._changed:
                        self.acks[str(message["envelope_id"])] = Ack(
                            str(message["envelope_id"]), message.get("payload")
                        )
                        self._changed.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                self._live.discard(connection)
                if self._current is connection:
                    self._current = None
                self._changed.notify_all()


class FreezingProxy:
    """A TCP relay to ``port`` whose open connections can go silent, as over a network
    that drops packets: nothing is closed, nothing gets through. New connections after
    :meth:`freeze` are relayed as usual."""

    def __init__(self, port: int) -> None:
        self._target = port
        self._frozen: set[socket.socket] = set()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def freeze(self) -> None:
        """Stop relaying on every connection open now."""
        with self._lock:
            for pair in self._pairs:
                self._frozen.update(pair)

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            for a, b in self._pairs:
                a.close()
                b.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self._target))
            with self._lock:
                self._pairs.append((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._relay, args=(source, sink), daemon=True).start()

    def _relay(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    frozen = source in self._frozen
                if not frozen:
                    sink.sendall(data)
        except OSError:
            pass
