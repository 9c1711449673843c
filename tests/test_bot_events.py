"""Pasted logs, shared files, App Home, retries and bots, over signed HTTP."""

from __future__ import annotations

import time
from typing import Any

from tests.conftest import Bot, message_event
from tests.slack_fake import BOT_ID, BOT_USER_ID

OIDC = "2024-01-10T12:34:56.1234567Z ##[error]Failed to request OIDC token: 403 Forbidden"


def _quiet(bot: Bot, seconds: float = 0.5) -> None:
    time.sleep(seconds)
    assert bot.fake.of("chat.postMessage") == []


def test_pasted_error_gets_a_card_in_its_thread(bot: Bot) -> None:
    event = message_event(f"our deploy broke:\n```{OIDC}```")
    assert bot.event(event).status == 200
    post = bot.fake.wait_for("chat.postMessage")[0].params
    assert post["thread_ts"] == event["ts"]
    assert post["channel"] == "C0SUPPORT"
    assert "policy/github-actions-oidc-token-403-forbidden" in post["text"]
    action_ids = {
        e["action_id"] for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]
    }
    assert "share_card" not in action_ids  # already public


def test_reply_inside_a_thread_stays_in_that_thread(bot: Bot) -> None:
    event = message_event(OIDC, thread_ts="1699999999.000001")
    bot.event(event)
    assert bot.fake.wait_for("chat.postMessage")[0].params["thread_ts"] == "1699999999.000001"


def test_chatter_bots_edits_and_deletions_get_no_answer(bot: Bot) -> None:
    bot.event(message_event("lunch at noon?"))
    bot.event(message_event(OIDC, bot_id="B0OTHER01"))
    bot.event(message_event(OIDC, user=BOT_USER_ID, bot_id=BOT_ID))
    bot.event(message_event(OIDC, subtype="bot_message"))
    bot.event(
        {
            "type": "message",
            "subtype": "message_changed",
            "channel": "C0SUPPORT",
            "ts": "1700000001.000001",
            "message": {"text": OIDC, "user": "U0USER001"},
        }
    )
    bot.event(
        {
            "type": "message",
            "subtype": "message_deleted",
            "channel": "C0SUPPORT",
            "ts": "1700000001.000002",
            "deleted_ts": "1700000001.000001",
        }
    )
    bot.event(
        {
            "type": "message",
            "subtype": "channel_join",
            "channel": "C0SUPPORT",
            "user": "U0USER002",
            "ts": "1700000001.000003",
            "text": "joined",
        }
    )
    _quiet(bot)


def test_unsubscribed_event_kinds_are_acked_not_404(bot: Bot) -> None:
    answer = bot.event(
        {"type": "message", "subtype": "message_changed", "channel": "C0X", "ts": "1.2"}
    )
    assert answer.status == 200


def test_retried_delivery_is_answered_once(bot: Bot) -> None:
    event = message_event(OIDC)
    first = bot.event(event, event_id="Ev0RETRY01")
    retry = bot.event(
        event,
        event_id="Ev0RETRY01",
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert first.status == retry.status == 200
    bot.fake.wait_for("chat.postMessage")
    time.sleep(0.5)
    assert len(bot.fake.of("chat.postMessage")) == 1


def test_retry_whose_first_delivery_was_lost_is_answered(bot: Bot) -> None:
    event = message_event(OIDC)
    bot.event(event, headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_error"})
    assert len(bot.fake.wait_for("chat.postMessage")) == 1


def test_two_replicas_answer_a_message_once(bot: Bot) -> None:
    # A second app on the same Redis store stands for a second replica.
    from tests.conftest import make_settings, serve

    other = serve(make_settings(bot.fake), bot.helpdesk.store, bot.helpdesk.catalog, bot.fake)
    replica = next(other)
    try:
        event = message_event(OIDC)
        bot.event(event, event_id="Ev0REPL001")
        replica.event(event, event_id="Ev0REPL001", headers={"X-Slack-Retry-Num": "1"})
        bot.fake.wait_for("chat.postMessage")
        time.sleep(0.5)
        assert len(bot.fake.of("chat.postMessage")) == 1
    finally:
        other.close()


def test_channels_outside_support_channels_are_ignored(bot: Bot) -> None:
    from dataclasses import replace

    bot.helpdesk.settings = replace(bot.helpdesk.settings, support_channels=frozenset({"C0ONLY01"}))
    bot.event(message_event(OIDC))
    _quiet(bot)
    bot.event({**message_event(OIDC), "channel": "C0ONLY01"})
    assert bot.fake.wait_for("chat.postMessage")[0].params["channel"] == "C0ONLY01"


def _file_event(bot: Bot, name: str, **file: Any) -> dict[str, Any]:
    return message_event(
        "here is the log",
        subtype="file_share",
        files=[
            {
                "id": name,
                "name": name,
                "size": len(bot.fake.files.get(name, b"")),
                "mimetype": "text/plain",
                "filetype": "text",
                "url_private_download": bot.fake.file_url(name),
                **file,
            }
        ],
    )


def test_shared_log_file_is_downloaded_with_the_token_and_diagnosed(bot: Bot) -> None:
    log = "\n".join([f"line {i}: building" for i in range(500)] + [OIDC] + ["cleanup"] * 20)
    bot.fake.files["build.log"] = log.encode()
    event = _file_event(bot, "build.log")
    bot.event(event)
    post = bot.fake.wait_for("chat.postMessage")[0].params
    assert post["thread_ts"] == event["ts"]
    assert "policy/github-actions-oidc-token-403-forbidden" in post["text"]
    download = bot.fake.of("file_download")[0]
    assert download.headers["authorization"].startswith("Bearer xoxb-")


def test_file_without_download_url_is_looked_up_with_files_info(bot: Bot) -> None:
    bot.fake.files["F0LOOKUP1"] = OIDC.encode()
    event = message_event("log", subtype="file_share", files=[{"id": "F0LOOKUP1"}])
    bot.event(event)
    assert "policy/" in bot.fake.wait_for("chat.postMessage")[0].params["text"]
    assert bot.fake.of("files.info")


def test_html_answer_means_auth_failed_and_is_not_diagnosed(bot: Bot) -> None:
    bot.fake.files["auth.log"] = OIDC.encode()
    bot.fake.foreign_files.add("auth.log")
    bot.event(_file_event(bot, "auth.log"))
    post = bot.fake.wait_for("chat.postMessage")[0].params
    assert "Couldn't read the file" in post["text"]
    assert "refused" in post["text"]


def test_too_large_file_is_refused_by_its_size(bot: Bot) -> None:
    bot.event(_file_event(bot, "huge.log", size=50 << 20))
    post = bot.fake.wait_for("chat.postMessage")[0].params
    assert "larger than 20 MB" in post["text"]
    assert bot.fake.of("file_download") == []


def test_files_that_are_not_logs_get_silence(bot: Bot) -> None:
    bot.fake.files["core.bin"] = b"\x7fELF\x00\x00\x01" * 100
    bot.fake.files["notes.txt"] = b"Meeting notes: we agreed to ship on Friday."
    bot.event(_file_event(bot, "screenshot.png", mimetype="image/png", filetype="png"))
    bot.event(_file_event(bot, "core.bin", mimetype="text/plain"))  # claims text, is binary
    bot.event(_file_event(bot, "notes.txt"))  # text, but no CI error in it
    _quiet(bot, 1.0)
    downloaded = {c.params["name"] for c in bot.fake.of("file_download")}
    assert downloaded == {"core.bin", "notes.txt"}  # the screenshot is not even fetched


def test_a_log_that_cannot_be_fetched_gets_a_short_reply(bot: Bot) -> None:
    bot.event(_file_event(bot, "gone.log"))
    assert "Couldn't read" in bot.fake.wait_for("chat.postMessage")[0].params["text"]


def test_gzip_compressed_log_is_read(bot: Bot) -> None:
    import gzip

    bot.fake.files["build.log.gz"] = gzip.compress(("ok\n" * 1000 + OIDC).encode())
    bot.event(_file_event(bot, "build.log.gz", mimetype="application/gzip", filetype="gzip"))
    assert "policy/" in bot.fake.wait_for("chat.postMessage")[0].params["text"]


def test_a_gzip_bomb_is_refused_by_its_unpacked_size(bot: Bot) -> None:
    import gzip

    bot.fake.files["bomb.log.gz"] = gzip.compress(b"0" * (30 << 20))
    bot.event(_file_event(bot, "bomb.log.gz", mimetype="application/gzip", filetype="gzip"))
    assert "larger than 20 MB" in bot.fake.wait_for("chat.postMessage")[0].params["text"]


def test_app_home_shows_catalog_size_top_matches_and_gaps(bot: Bot) -> None:
    bot.command(OIDC)
    bot.command("E   weird::unknown failure in module frobnicator 42")
    bot.fake.wait_for("response_url", count=2)
    bot.event(
        {"type": "app_home_opened", "user": "U0USER001", "channel": "D0HOME001", "tab": "home"}
    )
    view = bot.fake.wait_for("views.publish")[0].params["view"]
    text = str(view)
    assert f"*{len(bot.helpdesk.catalog)}*" in text
    assert "policy/github-actions-oidc-token-403-forbidden" in text
    assert "frobnicator" in text


def test_chatter_costs_no_web_api_call(bot: Bot) -> None:
    bot.event(message_event("has anyone seen the new office coffee machine?"))
    time.sleep(0.5)
    # auth.test is Bolt's own, once per app, to learn the bot's user id.
    assert [c.method for c in bot.fake.calls if c.method != "auth.test"] == []
