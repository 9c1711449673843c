"""/ci-error over signed HTTP: ack fast, answer through the response_url."""

from __future__ import annotations

import json
import time

from tests.conftest import Bot, sign

OIDC = "2024-01-10T12:34:56.1234567Z ##[error]Failed to request OIDC token: 403 Forbidden"


def test_command_acks_then_answers_with_the_card(bot: Bot) -> None:
    answer, name = bot.command(OIDC)
    assert answer.status == 200
    card = bot.responses(name)[0]
    assert card["response_type"] == "ephemeral"
    assert "policy/github-actions-oidc-token-403-forbidden" in card["text"]
    header = card["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["text"].startswith("Error message: Failed to get ID Token.")
    action_ids = {  # prefixes: vote buttons carry ":<workaround>"
        e["action_id"].split(":", 1)[0]
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    }
    assert {"vote_up", "vote_down", "share_card", "wrong_match"} <= action_ids


def test_card_counts_hits(bot: Bot) -> None:
    first = bot.responses(bot.command(OIDC)[1])[0]
    assert "seen 1× this week" in str(first["blocks"])
    second = bot.responses(bot.command(OIDC)[1])[0]
    assert "seen 2× this week" in str(second["blocks"])
    entry = bot.helpdesk.catalog.entries["policy/github-actions-oidc-token-403-forbidden"]
    from slackbot.cards import CardContext

    view = bot.helpdesk.part_view(CardContext(entry_id=entry.id), "details")
    assert "matched 2× in 24 h" in json.dumps(view, ensure_ascii=False)


def test_help_and_empty_text_give_usage(bot: Bot) -> None:
    for text in ("", "help", "   "):
        _, name = bot.command(text)
        assert "/ci-error" in bot.responses(name)[0]["text"]


def test_show_entry_and_unknown_entry(bot: Bot) -> None:
    _, name = bot.command("show policy/github-actions-oidc-token-403-forbidden")
    assert bot.responses(name)[0]["blocks"][0]["type"] == "header"
    _, name = bot.command("show no/such-entry")
    assert "no/such-entry" in bot.responses(name)[0]["text"]


def test_no_match_says_so_and_offers_to_propose_the_line(bot: Bot) -> None:
    line = "fatal: the frobnicator exploded while warming up the flux"
    _, name = bot.command(line)
    blocks = bot.responses(name)[0]["blocks"]
    text = " ".join(b.get("text", {}).get("text", "") for b in blocks if b["type"] == "section")
    assert "No known CI error" in text
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert [(b["action_id"], b["value"]) for b in buttons] == [("propose_entry", line)]


def test_chinese_by_request_and_by_locale(bot: Bot) -> None:
    _, name = bot.command(f"lang:zh {OIDC}")
    blocks = str(bot.responses(name)[0]["blocks"])
    assert "原因" in blocks and "先试试" in blocks
    bot.fake.locales["U0ZHUSER1"] = "zh-CN"
    _, name = bot.command(OIDC, user="U0ZHUSER1")
    assert "先试试" in str(bot.responses(name)[0]["blocks"])


def test_bad_signature_and_stale_timestamp_are_refused_without_side_effects(bot: Bot) -> None:
    body = b"command=%2Fci-error&text=hello&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fx"
    forged = {**sign(body), "X-Slack-Signature": "v0=" + "0" * 64}
    assert bot.post(body, "application/x-www-form-urlencoded", forged, signed=False).status == 401
    stale = sign(body, timestamp=int(time.time()) - 6 * 60)
    assert bot.post(body, "application/x-www-form-urlencoded", stale, signed=False).status == 401
    assert bot.post(body, "application/x-www-form-urlencoded", signed=False).status == 401
    time.sleep(0.2)
    assert bot.fake.calls == []


def test_secrets_in_the_paste_never_reach_the_reply(bot: Bot) -> None:
    token = "ghp_" + "a1B2c3D4e5" * 3 + "f6G7h8"
    _, name = bot.command(f"{OIDC} token={token} Authorization: Bearer abcdefgh12345678")
    reply = str(bot.responses(name)[0])
    assert token not in reply
    assert "abcdefgh12345678" not in reply
