"""``python -m slackbot`` in Socket Mode, against a local server that speaks Slack's
Socket Mode protocol: acks by envelope id within 3 s, answers, reconnects, and a
``/healthz`` that follows the socket."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from slackbot.app import create_app, jobs_of
from slackbot.catalog import Catalog
from slackbot.server import SocketWatch
from slackbot.store import Stores, open_redis
from tests.conftest import (
    APP_TOKEN,
    BOT_TOKEN,
    REDIS_URL,
    ROOT,
    Bot,
    buttons,
    drop_prefix,
    make_settings,
    matcher_of,
    message_event,
    new_prefix,
)
from tests.slack_fake import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.socket_fake import FreezingProxy, SocketModeServer

OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"
ENTRY = "policy/github-actions-oidc-token-403-forbidden"
#: Slack shows the user an error when an envelope is not acknowledged within 3 s.
ACK_LIMIT = 3.0


def _eventually(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def command_payload(text: str, response_url: str, user: str = "U0USER001") -> dict[str, Any]:
    """A ``slash_commands`` envelope's payload: the form fields of an HTTP command."""
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "team_domain": "test",
        "channel_id": "C0SUPPORT",
        "channel_name": "support",
        "user_id": user,
        "user_name": "dev",
        "command": "/ci-error",
        "text": text,
        "api_app_id": "A0TEST",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "1.2.3",
    }


def message_payload(text: str, ts: str) -> dict[str, Any]:
    """An ``events_api`` envelope's payload: the Events API callback."""
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0TEST",
        "type": "event_callback",
        "event_id": f"Ev{uuid.uuid4().hex[:10]}",
        "event_time": int(time.time()),
        "event": message_event(text, ts=ts),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def click_payload(action_id: str, value: str, response_url: str, user: str) -> dict[str, Any]:
    """An ``interactive`` envelope's payload: a button click on an ephemeral card."""
    return {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "api_app_id": "A0TEST",
        "token": "legacy",
        "trigger_id": "1.2.3",
        "user": {"id": user},
        "channel": {"id": "C0SUPPORT"},
        "container": {
            "type": "message",
            "message_ts": "1700000000.000001",
            "channel_id": "C0SUPPORT",
            "is_ephemeral": True,
        },
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "type": "button",
                "action_ts": "1",
            }
        ],
    }


def _vote_button(card: dict[str, Any]) -> dict[str, Any]:
    return next(b for b in buttons(card["blocks"]) if b["action_id"].startswith("vote_up:"))


@pytest.mark.slow
def test_socket_mode_acks_answers_reconnects_and_reports_its_health() -> None:
    from benchmarks.load import running_bot

    fake = FakeSlack(BOT_TOKEN, APP_TOKEN).start()
    socket = SocketModeServer().start()
    fake.socket_url = socket.url
    prefix = new_prefix("socket")
    store = open_redis(REDIS_URL, prefix)

    def command_answered(name: str) -> dict[str, Any]:
        envelope = socket.send_envelope(
            "slash_commands", command_payload(OIDC, fake.response_url(name))
        )
        assert socket.ack_delay(envelope) < ACK_LIMIT
        card = bot.responses(name)[0]
        assert ENTRY in card["text"]
        return card

    try:
        # The bot is started once /healthz answers 200: once its socket is connected.
        with running_bot(fake, ROOT / "catalog", prefix, SLACK_APP_TOKEN=APP_TOKEN) as (url, _):
            bot = Bot(url, None, fake)  # type: ignore[arg-type]
            socket.wait_connected(1)
            assert fake.of("apps.connections.open")[0].headers["authorization"] == (
                f"Bearer {APP_TOKEN}"
            )

            card = command_answered("sm-command")

            ts = "1700005000.000100"
            envelope = socket.send_envelope("events_api", message_payload(OIDC, ts))
            assert socket.ack_delay(envelope) < ACK_LIMIT
            (post,) = fake.wait_for("chat.postMessage", lambda c: c.params.get("thread_ts") == ts)
            assert ENTRY in post.params["text"]

            up = _vote_button(card)
            envelope = socket.send_envelope(
                "interactive",
                click_payload(up["action_id"], up["value"], fake.response_url("sm-vote"), "U0V1"),
            )
            assert socket.ack_delay(envelope) < ACK_LIMIT
            replaced, thanks = bot.responses("sm-vote", count=2)
            assert replaced["replace_original"] is True
            assert thanks["text"] == "Thanks, your vote is recorded."
            assert [r.user_id for r in store.votes.export_votes()] == ["U0V1"]

            # Slack retires a connection: the bot opens a new one and goes on.
            socket.ask_to_reconnect()
            socket.wait_connected(2)
            command_answered("sm-after-refresh")
            assert bot.get("/healthz").status == 200

            # The socket closes and cannot be reopened for a while; then it can.
            for take_down, number in ((socket.drop, 3), (socket.cut, 4)):
                take_down()
                _eventually(lambda: bot.get("/healthz").status == 503)
                time.sleep(0.5)
                assert bot.get("/healthz").status == 503  # down stays down
                socket.restore()
                _eventually(lambda: bot.get("/healthz").status == 200)
                socket.wait_connected(number)
                command_answered(f"sm-back-{number}")
    finally:
        socket.stop()
        fake.stop()
        store.close()
        drop_prefix(prefix)


@pytest.mark.slow
def test_a_silent_connection_counts_as_down_and_is_replaced(
    fake_slack: FakeSlack, redis_store: Stores, catalog: Catalog
) -> None:
    """A network that drops everything closes nothing: only unanswered pings show it."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    socket = SocketModeServer().start()
    proxy = FreezingProxy(socket.port)
    fake_slack.app_token = APP_TOKEN
    fake_slack.socket_url = lambda: socket.url().replace(f":{socket.port}/", f":{proxy.port}/")
    settings = make_settings(fake_slack, app_token=APP_TOKEN)
    app = create_app(settings, store=redis_store, catalog=catalog, matcher=matcher_of(catalog))
    handler = SocketModeHandler(app, APP_TOKEN, ping_interval=0.5)
    watch = SocketWatch(handler.client, stale=1.5)
    try:
        handler.connect()  # type: ignore[no-untyped-call]
        socket.wait_connected(1)
        _eventually(watch.healthy, timeout=5)
        proxy.freeze()
        _eventually(lambda: not watch.healthy(), timeout=5)
        # The client gave the silent connection up (whose end here never hears of it) and
        # opened a new one.
        socket.wait_connected(2, alone=False)
        _eventually(watch.healthy, timeout=15)
        envelope = socket.send_envelope(
            "slash_commands", command_payload(OIDC, fake_slack.response_url("sm-thawed"))
        )
        assert socket.ack_delay(envelope) < ACK_LIMIT
    finally:
        handler.close()  # type: ignore[no-untyped-call]
        jobs_of(app).stop(timeout=5)
        proxy.close()
        socket.stop()
