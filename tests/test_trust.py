"""Bad input gets a clear answer, faults lose nothing, fuzzed requests never give a 500."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slackbot.catalog import Catalog
from slackbot.store import open_redis
from tests.conftest import Bot, buttons, make_settings, serve
from tests.redis_servers import free_port, start_durable_redis
from tests.slack_fake import FakeSlack

OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"
ENTRY = "policy/github-actions-oidc-token-403-forbidden"


def _eventually(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.1)


def _file_event(bot: Bot, name: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "subtype": "file_share",
        "channel": "C0SUPPORT",
        "user": "U0USER001",
        "text": "",
        "ts": f"1700001{uuid.uuid4().int % 10**6:06d}.0001",
        "files": [
            {
                "id": name,
                "name": name,
                "mimetype": "text/plain",
                "filetype": "text",
                "url_private_download": bot.fake.file_url(name),
                **extra,
            }
        ],
    }


def test_file_larger_than_the_cap_is_refused_without_reading_it(bot: Bot) -> None:
    bot.fake.files["big.log"] = b"x" * (21 << 20)
    bot.event(_file_event(bot, "big.log"))  # no size in the event: the cap applies on download
    post = bot.fake.wait_for("chat.postMessage")[0].params
    assert "larger than 20 MB" in post["text"]


def test_one_five_megabyte_line_and_many_short_lines_are_diagnosed(bot: Bot) -> None:
    bot.fake.files["wide.log"] = ("y" * (5 << 20) + " " + OIDC).encode()
    bot.fake.files["long.log"] = ("\n".join(["ok"] * 200_000) + "\n" + OIDC).encode()
    bot.event(_file_event(bot, "wide.log"))
    bot.event(_file_event(bot, "long.log"))
    posts = bot.fake.wait_for("chat.postMessage", count=2, timeout=30)
    assert all(ENTRY in p.params["text"] for p in posts)


def test_invalid_utf8_and_other_scripts_do_not_break_anything(bot: Bot) -> None:
    bot.fake.files["latin1.log"] = "Fehler: Überprüfung fehlgeschlagen\n".encode("latin-1") + (
        OIDC.encode()
    )
    bot.event(_file_event(bot, "latin1.log"))
    assert ENTRY in bot.fake.wait_for("chat.postMessage")[0].params["text"]
    for text in ("构建失败:找不到模块", "ошибка сборки", "\x1b[31m\x1b[0m" * 50):
        _, name = bot.command(text)
        assert "Traceback" not in json.dumps(bot.responses(name))


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        (b"payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"),
        (b'{"type": "event_callback"}', "application/json"),
        (b'{"type": "event_callback", "event": {"type": "message"}}', "application/json"),
        (
            b"payload=" + json.dumps({"type": "block_actions"}).encode(),
            "application/x-www-form-urlencoded",
        ),
        (b"command=%2Fci-error", "application/x-www-form-urlencoded"),
        (b"\xff\xfe\x00garbage", "application/octet-stream"),
    ],
)
def test_malformed_signed_payloads_get_no_500_and_no_traceback(
    bot: Bot, body: bytes, content_type: str
) -> None:
    answer = bot.post(body, content_type)
    assert answer.status < 500
    assert "Traceback" not in answer.text


def test_health_and_metrics(bot: Bot) -> None:
    assert bot.get("/healthz").text == "ok\n"
    bot.command(OIDC)
    bot.fake.wait_for("response_url")
    metrics = bot.get("/metrics").text
    assert f'ci_error_matches_total{{entry="{ENTRY}"}} 1.0' in metrics
    assert "ci_error_match_seconds_bucket" in metrics
    assert bot.get("/nope").status == 404


def test_slack_rate_limit_is_retried_as_slack_asks(bot: Bot) -> None:
    bot.fake.fail_next("chat.postMessage", 429, Retry_After="1")
    bot.event(
        {
            "type": "message",
            "channel": "C0SUPPORT",
            "user": "U0USER001",
            "text": OIDC,
            "ts": "1700002000.000100",
        }
    )
    calls = bot.fake.wait_for("chat.postMessage", count=2, timeout=15)
    assert calls[1].at - calls[0].at >= 0.9


@pytest.mark.expected_errors
def test_slack_server_errors_are_retried_then_given_up_cleanly(bot: Bot) -> None:
    bot.fake.fail_next("chat.postMessage", 503, times=10)
    event = {
        "type": "message",
        "channel": "C0SUPPORT",
        "user": "U0USER001",
        "text": OIDC,
        "ts": "1700002000.000200",
    }
    assert bot.event(event).status == 200
    bot.fake.wait_for("chat.postMessage", count=3, timeout=15)
    time.sleep(1.0)
    assert len(bot.fake.of("chat.postMessage")) == 3  # one try and two retries, then no more
    assert bot.get("/healthz").status == 200
    # The failed answer gave its claim back: Slack's retry of the event is answered.
    bot.fake.reset()
    bot.event(event, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"})
    assert ENTRY in bot.fake.wait_for("chat.postMessage")[0].params["text"]


def test_redis_outage_while_the_bot_runs(
    fake_slack: FakeSlack, catalog: Catalog, tmp_path: Path
) -> None:
    port = free_port()
    process = start_durable_redis(port, tmp_path)
    store = open_redis(f"redis://127.0.0.1:{port}/0", "outage", timeout=0.5)
    server = serve(make_settings(fake_slack), store, catalog, fake_slack)
    bot = next(server)
    try:
        _, name = bot.command(OIDC)
        card = bot.responses(name)[0]
        up = next(b for b in buttons(card["blocks"]) if b["action_id"].startswith("vote_up:"))
        _, name = bot.click("vote_up", up["value"], user="U0BEFORE01")
        bot.responses(name, count=2)

        process.terminate()
        process.wait(10)
        _, name = bot.command(OIDC)  # matching goes on without the store
        assert ENTRY in bot.responses(name)[0]["text"]
        _, name = bot.click("vote_up", up["value"], user="U0DURING01")
        assert bot.responses(name)[0]["text"] == "Your vote was not recorded, please try again."
        _eventually(lambda: bot.get("/healthz").text == "ok (store unavailable)\n")

        process = start_durable_redis(port, tmp_path)
        deadline = time.monotonic() + 10
        while not store.ping() and time.monotonic() < deadline:
            time.sleep(0.1)
        _, name = bot.click("vote_up", up["value"], user="U0AFTER001")
        bot.responses(name, count=2)
        voters = {r.user_id for r in store.votes.export_votes()}
        assert voters == {"U0BEFORE01", "U0AFTER001"}
    finally:
        server.close()
        store.close()
        process.kill()
        process.wait(10)


_bodies = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(str.encode),
    st.dictionaries(
        st.sampled_from(
            [
                "type",
                "event",
                "payload",
                "command",
                "text",
                "actions",
                "user",
                "channel",
                "callback_id",
                "view",
                "team_id",
            ]
        ),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=8), inner, max_size=3)
            ),
            max_leaves=8,
        ),
        max_size=6,
    ).map(lambda d: json.dumps(d).encode()),
    st.dictionaries(
        st.sampled_from(["payload", "command", "text", "user_id", "response_url"]),
        st.text(max_size=40),
        max_size=4,
    ).map(lambda d: urlencode(d).encode()),
)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    body=_bodies,
    content_type=st.sampled_from(
        ["application/json", "application/x-www-form-urlencoded", "text/plain", ""]
    ),
)
def test_fuzzed_signed_requests_never_give_a_500(bot: Bot, body: bytes, content_type: str) -> None:
    answer = bot.post(body, content_type)
    assert answer.status < 500, answer.text
    assert "Traceback" not in answer.text


def test_unmatched_lines_are_stored_redacted_and_masked(bot: Bot) -> None:
    secret = "hunter2hunter2"
    _, name = bot.command(f"fatal: frobnicator exploded at /srv/app/x.py password={secret}")
    bot.responses(name)
    (gap,) = bot.helpdesk.store.gaps.top_gaps(5)
    assert secret not in gap.line
    assert "[REDACTED]" in gap.line and "<path>" in gap.line
