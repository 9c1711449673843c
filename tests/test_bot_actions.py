"""Clicks on a card and the message shortcut, over signed HTTP."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from slackbot.cards import CardContext
from tests.conftest import Bot, buttons

ENTRY = "policy/github-actions-oidc-token-403-forbidden"
OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"


def _card_for(bot: Bot, text: str = OIDC) -> dict[str, Any]:
    _, name = bot.command(text)
    return bot.responses(name)[0]


def _button(card: dict[str, Any], action_id: str, index: int = 0) -> dict[str, Any]:
    buttons = [  # by whole action_id, or by its prefix before ":<target>"
        e
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if action_id in (e["action_id"], e["action_id"].split(":", 1)[0])
    ]
    return buttons[index]


def test_vote_updates_the_card_in_place_and_thanks_the_voter(bot: Bot) -> None:
    card = _card_for(bot)
    up = _button(card, "vote_up")
    _, workaround = CardContext.decode(up["value"])
    answer, name = bot.click("vote_up", up["value"])
    assert answer.status == 200
    replaced, thanks = bot.responses(name, count=2)
    assert replaced["replace_original"] is True
    assert "1 👍 / 0 👎" in json.dumps(replaced["blocks"], ensure_ascii=False)
    assert thanks["text"] == "Thanks, your vote is recorded."
    tallies = bot.helpdesk.store.votes.tallies(ENTRY, [workaround])
    assert tallies[workaround].up == 1
    old_ids = {b.get("block_id") for b in card["blocks"]} - {None}
    new_ids = {b.get("block_id") for b in replaced["blocks"]} - {None}
    assert not old_ids & new_ids, "an updated message needs new block ids"


def test_second_user_sees_the_updated_numbers(bot: Bot) -> None:
    card = _card_for(bot)
    for user in ("U0A000001", "U0A000002"):
        _, name = bot.click("vote_down", _button(card, "vote_down")["value"], user=user)
        bot.responses(name, count=2)
    context, _ = CardContext.decode(_button(card, "vote_down")["value"])
    later = json.dumps(bot.helpdesk.part_view(context, "workarounds"), ensure_ascii=False)
    assert "0 👍 / 2 👎" in later


def test_double_click_counts_once_and_switching_moves_the_vote(bot: Bot) -> None:
    card = _card_for(bot)
    up, down = _button(card, "vote_up"), _button(card, "vote_down")
    _, workaround = CardContext.decode(up["value"])
    for _ in range(2):
        _, name = bot.click("vote_up", up["value"])
        bot.responses(name, count=2)
    assert bot.helpdesk.store.votes.tallies(ENTRY, [workaround])[workaround].up == 1
    _, name = bot.click("vote_down", down["value"])
    assert bot.responses(name, count=2)[1]["text"] == "Thanks, your vote is changed."
    tally = bot.helpdesk.store.votes.tallies(ENTRY, [workaround])[workaround]
    assert (tally.up, tally.down) == (0, 1)


def test_vote_on_a_channel_card_replaces_it_through_the_response_url(bot: Bot) -> None:
    # The response_url of a click can replace any card the app posted, even in a
    # channel the bot is not a member of (where chat.update would fail).
    card = _card_for(bot)
    value = _button(card, "vote_up")["value"]
    _, name = bot.click("vote_up", value, ephemeral=False, message_ts="1700000000.123456")
    replaced, _ = bot.responses(name, count=2)
    assert replaced["replace_original"] is True
    assert bot.fake.of("chat.update") == []


def test_a_forged_button_line_is_redacted_before_it_is_shown(bot: Bot) -> None:
    card = _card_for(bot)
    context, workaround = CardContext.decode(_button(card, "vote_up")["value"])
    secret = "AKIA" + "ABCDEFGHIJKLMNOP"
    forged = replace(context, line=f"{OIDC} {secret}").encode(workaround)
    _, name = bot.click("vote_up", forged)
    replaced, _ = bot.responses(name, count=2)
    assert secret not in json.dumps(replaced)
    assert "[REDACTED]" in json.dumps(replaced)


def test_forged_and_unknown_votes_are_refused_and_store_nothing(bot: Bot) -> None:
    card = _card_for(bot)
    context, _ = CardContext.decode(_button(card, "vote_up")["value"])
    forged = [
        "not json at all",
        json.dumps({"e": ENTRY}),  # no workaround
        context.encode("no-such-workaround"),
        CardContext(entry_id="no/such-entry").encode("rerun"),
        json.dumps([1, 2, 3]),
        "",
    ]
    for value in forged:
        answer, name = bot.click("vote_up", value)
        assert answer.status == 200
        assert bot.responses(name)[0]["text"].startswith("That button names no known")
    assert bot.helpdesk.store.votes.export_votes() == []


def test_vote_while_the_store_is_down_is_reported_not_recorded(bot: Bot) -> None:
    from slackbot.store import open_redis

    card = _card_for(bot)
    working = bot.helpdesk.store
    bot.helpdesk.store = open_redis("redis://127.0.0.1:1/0", "down", timeout=0.2)
    try:
        _, name = bot.click("vote_up", _button(card, "vote_up")["value"])
        (reply,) = bot.responses(name)
        assert reply["text"] == "Your vote was not recorded, please try again."
        assert "Error" in _card_for(bot)["blocks"][0]["text"]["text"]  # matching still works
    finally:
        bot.helpdesk.store = working
    assert working.votes.export_votes() == []


def test_share_posts_the_card_for_everyone_and_removes_the_ephemeral(bot: Bot) -> None:
    # Through the response_url (in_channel): it works where the bot is not a member.
    card = _card_for(bot)
    _, name = bot.click("share_card", _button(card, "share_card")["value"])
    shared, deleted = bot.responses(name, count=2)
    assert shared["response_type"] == "in_channel"
    assert "<@U0USER001>" in json.dumps(shared["blocks"])
    assert all(
        e["action_id"] != "share_card"
        for b in shared["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    )
    assert deleted["delete_original"] is True
    assert bot.fake.of("chat.postMessage") == []


def test_share_that_slack_refuses_says_why(bot: Bot) -> None:
    card = _card_for(bot)
    bot.fake.refuse_response("share-refused", 404, "channel_not_found")
    bot.click("share_card", _button(card, "share_card")["value"], response="share-refused")
    shared, note = bot.responses("share-refused", count=2)
    assert shared["response_type"] == "in_channel"
    assert "Couldn't share the card" in note["text"] and "channel_not_found" in note["text"]


def test_wrong_match_is_recorded_for_review(bot: Bot) -> None:
    card = _card_for(bot, OIDC + " token=hunter2hunter2")
    _, name = bot.click("wrong_match", _button(card, "wrong_match")["value"])
    assert "flagged" in bot.responses(name)[0]["text"]
    (report,) = bot.helpdesk.store.feedback.feedback(10)
    assert report.entry_id == ENTRY
    assert "Failed to request OIDC token" in report.line
    assert "hunter2" not in report.line


def test_docs_button_click_is_acknowledged(bot: Bot) -> None:
    card = _card_for(bot)
    docs = _button(card, "open_docs:0")
    assert docs["url"].startswith("https://docs.github.com/")
    answer, _ = bot.click("open_docs:0", "")
    assert answer.status == 200


def test_shortcut_answers_ephemerally_in_the_thread(bot: Bot) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "diagnose_ci_error",
        "user": {"id": "U0USER001"},
        "channel": {"id": "C0SUPPORT"},
        "message": {
            "type": "message",
            "text": OIDC,
            "ts": "1700000002.000200",
            "thread_ts": "1700000001.000100",
            "user": "U0OTHER01",
        },
        "message_ts": "1700000002.000200",
        "response_url": bot.fake.response_url("sc1"),
    }
    assert bot.interact(payload).status == 200
    ephemeral = bot.fake.wait_for("chat.postEphemeral")[0].params
    assert ephemeral["user"] == "U0USER001"
    assert ephemeral["thread_ts"] == "1700000001.000100"
    assert ENTRY in ephemeral["text"]


def test_shortcut_outside_the_bots_channels_falls_back_to_response_url(bot: Bot) -> None:
    payload = {
        "type": "message_action",
        "callback_id": "diagnose_ci_error",
        "user": {"id": "U0USER001"},
        "channel": {"id": "CNOTIN001"},
        "message": {"type": "message", "text": OIDC, "ts": "1700000002.000300"},
        "message_ts": "1700000002.000300",
        "response_url": bot.fake.response_url("sc2"),
    }
    bot.interact(payload)
    assert ENTRY in bot.responses("sc2")[0]["text"]


PIP_TLS = (
    "WARNING: Retrying (Retry(total=4)) after connection broken by 'SSLError("
    'SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: '
    "unable to get local issuer certificate (_ssl.c:1006)\"))': /simple/requests/\n"
    "ERROR: Could not find a version that satisfies the requirement requests (from versions: none)\n"
    "ERROR: No matching distribution found for requests\n"
)


def test_runner_up_opens_for_the_person_who_clicked(bot: Bot) -> None:
    if "dependency/pip-no-matching-distribution" not in bot.helpdesk.catalog:
        pytest.skip("needs the full catalog")
    card = _card_for(bot, PIP_TLS)
    assert "network/tls-certificate-verify-failed" in card["text"]
    switch = _button(card, "show_entry:dependency/pip-no-matching-distribution")
    assert switch["text"]["text"].startswith("Also possible:")
    bot.click(switch["action_id"], switch["value"])
    opened = bot.fake.wait_for("views.open")[0].params
    assert opened["trigger_id"] == "1.2.3"
    view = opened["view"]
    assert view["type"] == "modal" and len(view["blocks"]) <= 100
    assert "No matching distribution" in json.dumps(view)
    assert bot.fake.of("chat.update") == []  # the channel's card stays as it was


def test_more_workarounds_opens_a_modal_where_votes_redraw_it(bot: Bot) -> None:
    card = _card_for(bot)
    more = _button(card, "open_part:workarounds")
    bot.click(more["action_id"], more["value"])
    view = bot.fake.wait_for("views.open")[0].params["view"]
    up = next(b for b in buttons(view["blocks"]) if b["action_id"].startswith("vote_up:"))
    payload = {
        "type": "block_actions",
        "user": {"id": "U0MODAL001"},
        "container": {"type": "view", "view_id": "V0001"},
        "view": {"id": "V0001", "private_metadata": view["private_metadata"]},
        "actions": [{"action_id": up["action_id"], "value": up["value"], "type": "button"}],
    }
    assert bot.interact(payload).status == 200
    redrawn = bot.fake.wait_for("views.update")[0].params
    assert redrawn["view_id"] == "V0001"
    assert "1 👍 / 0 👎" in json.dumps(redrawn["view"], ensure_ascii=False)
    assert "Thanks, your vote is recorded." in json.dumps(redrawn["view"])


def test_details_and_dead_ends_open_as_modals(bot: Bot) -> None:
    card = _card_for(bot)
    for part in ("details", "dead_ends"):
        button = _button(card, f"open_part:{part}")
        bot.click(button["action_id"], button["value"])
    views = [c.params["view"] for c in bot.fake.wait_for("views.open", count=2)]
    texts = [json.dumps(v, ensure_ascii=False) for v in views]
    assert any("Root cause" in t and "machine-written" in t for t in texts)
    assert any("fail" in t for t in texts)


def test_shared_by_survives_a_vote(bot: Bot) -> None:
    card = _card_for(bot)
    _, name = bot.click("share_card", _button(card, "share_card")["value"], user="U0SHARER1")
    shared = bot.responses(name)[0]
    up = _button(shared, "vote_up")
    _, name = bot.click("vote_up", up["value"], ephemeral=False, user="U0VOTER01")
    replaced = bot.responses(name, count=2)[0]
    assert "<@U0SHARER1>" in json.dumps(replaced["blocks"])
