"""``python -m slackbot`` as deployed: serving, and stopping gracefully on SIGTERM."""

from __future__ import annotations

import json
import signal
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT

OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"


def test_the_bot_process_serves_http_end_to_end(tmp_path: Path) -> None:
    """``python -m slackbot`` itself (waitress), as deployed: health, a command, metrics."""
    from benchmarks.load import running_bot
    from tests.conftest import BOT_TOKEN, Bot
    from tests.slack_fake import FakeSlack

    fake = FakeSlack(BOT_TOKEN).start()
    try:
        with running_bot(fake, ROOT / "catalog", f"proc-{tmp_path.name}") as (url, _):
            bot = Bot(url, None, fake)  # type: ignore[arg-type]
            assert bot.get("/healthz").status == 200
            answer, name = bot.command(OIDC)
            assert answer.status == 200
            assert (
                "policy/github-actions-oidc-token-403-forbidden" in bot.responses(name)[0]["text"]
            )
            assert "ci_error_matches_total" in bot.get("/metrics").text
    finally:
        fake.stop()


def _signed_message(text: str, ts: str) -> tuple[bytes, dict[str, str]]:
    from tests.conftest import message_event, sign

    body = json.dumps(
        {
            "type": "event_callback",
            "team_id": "T0000TEST",
            "api_app_id": "A0TEST",
            "event_id": f"Ev{ts.replace('.', '')}",
            "event": message_event(text, ts=ts),
        }
    ).encode()
    return body, {"Content-Type": "application/json", **sign(body)}


@pytest.mark.parametrize("stop_timeout", ["20", "1"])
def test_sigterm_finishes_the_answers_in_flight_or_gives_their_claims_back(
    tmp_path: Path, stop_timeout: str
) -> None:
    import redis

    from benchmarks.load import running_bot
    from tests.conftest import BOT_TOKEN, REDIS_URL
    from tests.slack_fake import FakeSlack

    fake = FakeSlack(BOT_TOKEN).start()
    fake.slow["chat.postMessage"] = 3.0
    prefix = f"stop-{uuid.uuid4().hex[:8]}"
    ts = f"1700009{stop_timeout}00.000100"
    try:
        with running_bot(
            fake, ROOT / "catalog", prefix, STOP_TIMEOUT=stop_timeout, LOG_LEVEL="INFO"
        ) as (url, process):
            body, headers = _signed_message(OIDC, ts)
            request = urllib.request.Request(f"{url}/slack/events", body, headers, method="POST")
            with urllib.request.urlopen(request, timeout=5) as answer:
                assert answer.status == 200
            fake.wait_for("chat.postMessage")  # the card is on its way (3 s)
            started = time.monotonic()
            process.send_signal(signal.SIGTERM)
            with pytest.raises(OSError):  # no longer accepting
                time.sleep(0.3)
                urllib.request.urlopen(f"{url}/healthz", timeout=1)
            assert process.wait(30) == 0
            stopped = time.monotonic() - started
        claim = redis.Redis.from_url(REDIS_URL).exists(f"{prefix}:claim:msg:C0SUPPORT:{ts}")
        if stop_timeout == "20":
            # The card was delivered before the process left, and the claim kept.
            assert 2.0 < stopped < 15 and claim == 1
        else:
            # Cut off after one second: the claim is given back for Slack's retry.
            assert stopped < 2.5 and claim == 0
    finally:
        fake.stop()
