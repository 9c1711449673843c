"""The bot under faults and abuse: slow Slack, paused Redis, big or odd requests,
redirects, failures in a job, private channels, claims.

Each test goes through the real seams: signed HTTP to waitress, the fake Web API,
a real Redis.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import redis

from slackbot.catalog import Catalog
from slackbot.listeners.files import token_may_go_to
from slackbot.store import RedisBackend, Stores, open_redis
from tests.conftest import REDIS_URL, Bot, buttons, make_settings, message_event, serve, sign
from tests.redis_servers import free_port, start_durable_redis
from tests.slack_fake import FakeSlack

OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"
ENTRY = "policy/github-actions-oidc-token-403-forbidden"


def _eventually(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def _serve(fake: FakeSlack, store: Stores, catalog: Catalog, **settings: Any) -> Iterator[Bot]:
    return serve(make_settings(fake, **settings), store, catalog, fake)


# --- acks whatever Slack or Redis does ----------------------------------------------


def test_forty_commands_are_acked_at_once_while_the_web_api_is_slow(
    fake_slack: FakeSlack, redis_store: Stores, catalog: Catalog
) -> None:
    fake_slack.slow["users.info"] = 3.5  # longer than Slack waits for an ack
    server = _serve(fake_slack, redis_store, catalog, workers=20)
    bot = next(server)
    try:
        with ThreadPoolExecutor(max_workers=40) as pool:
            answers = list(pool.map(lambda i: bot.command(OIDC, user=f"U0SLOW{i:04d}"), range(40)))
        assert all(answer.status == 200 for answer, _ in answers)
        assert max(answer.elapsed for answer, _ in answers) < 3.0
        for _, name in answers:
            assert ENTRY in bot.responses(name)[0]["text"]
    finally:
        server.close()


def test_a_full_pool_says_busy_instead_of_queueing_forever(
    fake_slack: FakeSlack, redis_store: Stores, catalog: Catalog
) -> None:
    fake_slack.slow["users.info"] = 1.5
    server = _serve(fake_slack, redis_store, catalog, workers=1, backlog=0)
    bot = next(server)
    try:
        first, first_name = bot.command(OIDC, user="U0BUSY0001")
        second, _ = bot.command(OIDC, user="U0BUSY0002")
        assert first.status == second.status == 200
        assert second.text.startswith("ci-error is busy")
        # An event that finds no free worker is refused with 503: Slack delivers it again.
        assert bot.event(message_event(OIDC)).status == 503
        assert ENTRY in bot.responses(first_name)[0]["text"]
    finally:
        server.close()


def test_auth_test_runs_once_at_start_not_on_requests(bot: Bot) -> None:
    for i in range(5):
        bot.command(OIDC, user=f"U0AUTH{i:04d}")
    bot.fake.wait_for("response_url", count=5)
    assert bot.fake.of("auth.test") == []


def test_votes_while_redis_is_paused_are_acked_and_never_misreported(
    fake_slack: FakeSlack, catalog: Catalog, tmp_path: Path
) -> None:
    port = free_port()
    process = start_durable_redis(port, tmp_path)
    store = open_redis(f"redis://127.0.0.1:{port}/0", "paused", timeout=0.5)
    server = _serve(fake_slack, store, catalog)
    bot = next(server)
    try:
        _, name = bot.command(OIDC)
        card = bot.responses(name)[0]
        up = next(b for b in buttons(card["blocks"]) if b["action_id"].startswith("vote_up:"))
        _, name = bot.click(up["action_id"], up["value"], user="U0BEFORE01")
        bot.responses(name, count=2)
        os.kill(process.pid, signal.SIGSTOP)
        try:
            answer, name = bot.click(up["action_id"], up["value"], user="U0PAUSED01")
            assert answer.status == 200 and answer.elapsed < 1.0
            health = bot.get("/healthz")
            assert health.status == 200 and health.elapsed < 1.0
            (note,) = bot.responses(name)
            assert "could not be confirmed" in note["text"]
        finally:
            os.kill(process.pid, signal.SIGCONT)
        # The vote reached Redis during the pause: it is counted when Redis wakes up, once.
        voters = {"U0BEFORE01", "U0PAUSED01"}
        _eventually(lambda: {r.user_id for r in store.votes.export_votes()} == voters)
    finally:
        server.close()
        store.close()
        process.kill()
        process.wait(10)


# --- bounded requests, no 500, no 404 -------------------------------------------------


def test_a_body_over_one_megabyte_is_refused_unread(bot: Bot) -> None:
    host, port = bot.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        # Headers only: the answer comes without the server waiting for the body.
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 300000000\r\n\r\n"
        )
        assert sock.recv(200).startswith(b"HTTP/1.1 413")
    small_enough = b"payload=" + b"x" * (900 << 10)
    assert bot.post(small_enough, "application/x-www-form-urlencoded").status == 400


def test_unsigned_requests_are_refused_before_they_are_parsed(bot: Bot) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000
    assert bot.post(nested, "application/json", signed=False).status == 401
    assert bot.post(b"\xff\xfe garbage", "application/json", signed=False).status == 401


def test_odd_signed_payloads_get_400_or_200_never_500_or_404(bot: Bot) -> None:
    nested = b'{"a":' * 50_000 + b"1" + b"}" * 50_000
    assert bot.post(nested, "application/json").status == 400
    empty_actions = {
        "type": "block_actions",
        "user": {"id": "U0USER001"},
        "actions": [],
        "response_url": bot.fake.response_url("empty"),
    }
    assert bot.interact(empty_actions).status in (200, 400)
    unknown = {**empty_actions, "actions": [{"action_id": "no_such_action", "value": "x"}]}
    assert bot.interact(unknown).status == 200
    rate_limited = {
        "token": "legacy",
        "type": "app_rate_limited",
        "team_id": "T0000TEST",
        "minute_rate_limited": 1518467820,
        "api_app_id": "A0TEST",
    }
    assert bot.post(json.dumps(rate_limited).encode(), "application/json").status == 200
    assert "ci_error_unhandled_requests_total 2.0" in bot.get("/metrics").text


def test_idle_connections_do_not_lock_others_out(bot: Bot) -> None:
    host, port = bot.url.removeprefix("http://").split(":")
    idle = [socket.create_connection((host, int(port))) for _ in range(150)]
    try:
        for sock in idle[:50]:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 10")
        answer, name = bot.command(OIDC)
        assert answer.status == 200 and answer.elapsed < 1.0
        assert ENTRY in bot.responses(name)[0]["text"]
    finally:
        for sock in idle:
            sock.close()


def test_a_forged_number_in_a_button_gets_a_note_not_an_error(bot: Bot) -> None:
    value = json.dumps({"e": ENTRY, "n": 1e999, "w": "x"}).replace("Infinity", "1e999")
    answer, name = bot.click("vote_up:x", value)
    assert answer.status == 200
    assert bot.responses(name)[0]["text"].startswith("That button names no known workaround")


# --- the token stays with Slack -----------------------------------------------------


def test_the_token_never_follows_a_redirect_to_another_host(bot: Bot) -> None:
    storage = FakeSlack("another-token").start()  # another origin: the storage host
    try:
        storage.files["build.log"] = OIDC.encode()
        target = storage.file_url("build.log")
        url = bot.fake.redirect_url("build.log", target)
        event = message_event(
            "log",
            subtype="file_share",
            files=[
                {
                    "id": "F0REDIR01",
                    "name": "build.log",
                    "mimetype": "text/plain",
                    "filetype": "text",
                    "url_private_download": url,
                }
            ],
        )
        bot.event(event)
        assert "Couldn't read the file" in bot.fake.wait_for("chat.postMessage")[0].params["text"]
        assert bot.fake.of("redirect")[0].headers["authorization"].startswith("Bearer xoxb-")
        assert storage.of("file_download") == []  # not a Slack host: not even asked
    finally:
        storage.stop()


def test_token_destinations() -> None:
    api = "http://127.0.0.1:9999/api/"
    assert token_may_go_to("https://files.slack.com/files-pri/T1-F1/x.log", api)
    assert token_may_go_to("https://files.slack-edge.com/x", api)
    assert token_may_go_to("http://127.0.0.1:9999/files-pri/x", api)  # the API's own origin
    assert not token_may_go_to("http://files.slack.com/files-pri/T1-F1/x.log", api)
    assert not token_may_go_to("https://files.slack.com.evil.example/x", api)
    assert not token_may_go_to("https://evil.example/?https://files.slack.com/", api)
    assert not token_may_go_to("http://127.0.0.1:9998/files-pri/x", api)  # another port


# --- failures are seen, claims are honest --------------------------------------------


@pytest.mark.expected_errors
def test_a_failed_answer_is_logged_counted_and_told(bot: Bot) -> None:
    bot.fake.fail_next("chat.postMessage", 400, times=1)  # a client error: not retried
    event = message_event(OIDC)
    assert bot.event(event).status == 200
    note = bot.fake.wait_for("chat.postEphemeral")[0].params
    assert note["user"] == "U0USER001" and "it has been logged (ref" in note["text"]
    assert 'ci_error_job_errors_total{kind="message"} 1.0' in bot.get("/metrics").text
    # The claim was given back: Slack's retry of the event is answered.
    bot.event(event, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    assert ENTRY in bot.fake.wait_for("chat.postMessage", count=2)[1].params["text"]


def test_only_answered_messages_are_claimed(bot: Bot) -> None:
    chatter, error = message_event("anyone up for lunch?"), message_event(OIDC)
    bot.event(chatter)
    bot.event(error)
    bot.fake.wait_for("chat.postMessage")
    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    backend = bot.helpdesk.store.backend
    assert isinstance(backend, RedisBackend)
    prefix = backend.prefix
    claims = {key: client.ttl(key) for key in client.scan_iter(match=f"{prefix}:claim:*")}
    client.close()
    answered = f"{prefix}:claim:msg:C0SUPPORT:{error['ts']}"
    # The thread also notes the error it has a card for (a second paste gets a pointer).
    seen = f"{prefix}:claim:seen:C0SUPPORT:{error['ts']}:{ENTRY}"
    assert sorted(claims) == sorted([answered, seen])
    assert 0 < claims[answered] <= 15 * 60
    assert 15 * 60 < claims[seen] <= 7 * 86_400


def test_unrecognised_errors_from_private_channels_stay_out_of_app_home(bot: Bot) -> None:
    def command(text: str, channel: str, name: str) -> None:
        form = {
            "command": "/ci-error",
            "text": text,
            "user_id": "U0USER001",
            "channel_id": channel,
            "channel_name": name,
            "team_id": "T0000TEST",
            "response_url": bot.fake.response_url(uuid.uuid4().hex[:8]),
        }
        bot.post(urlencode(form).encode(), "application/x-www-form-urlencoded")

    command("fatal: the public frobnicator exploded", "C0PUBLIC01", "support")
    command("fatal: the secret project zanzibar exploded", "C0PRIVATE1", "privategroup")
    command("fatal: the dm gizmo exploded", "D0DIRECT01", "directmessage")
    bot.fake.wait_for("response_url", count=3)
    bot.event({"type": "app_home_opened", "user": "U0USER001", "tab": "home"})
    home = json.dumps(bot.fake.wait_for("views.publish")[0].params["view"])
    assert "frobnicator" in home
    assert "zanzibar" not in home and "gizmo" not in home
    everything = {gap.line for gap in bot.helpdesk.store.gaps.top_gaps(10)}
    assert any("zanzibar" in line for line in everything)  # the operator sees all


def test_signatures_are_checked_before_bolt_sees_the_body(bot: Bot) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "c"}).encode()
    assert (
        bot.post(body, "application/json", sign(body, timestamp=int(time.time()) - 600)).status
        == 401
    )
    assert json.loads(bot.post(body, "application/json").body) == {"challenge": "c"}
