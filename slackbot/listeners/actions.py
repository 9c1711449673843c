"""Button clicks on a card: votes, share, wrong match, switch to a runner-up, docs."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from slackbot import ids
from slackbot.cards import Card, CardContext
from slackbot.errors import InvalidVote
from slackbot.helpdesk import Helpdesk
from slackbot.messages import say


def _clicked(body: dict[str, Any]) -> tuple[str, str]:
    action = (body.get("actions") or [{}])[0]
    return str(action.get("value") or ""), str((body.get("user") or {}).get("id") or "")


def replace_card(body: dict[str, Any], respond: Respond, client: WebClient, card: Card) -> None:
    """Update the clicked card in place: ``response_url`` for ephemeral, ``chat.update`` else."""
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    if container.get("is_ephemeral") or not container.get("message_ts") or not channel:
        respond(replace_original=True, text=card.text, blocks=card.blocks)
    else:
        client.chat_update(
            channel=channel, ts=container["message_ts"], text=card.text, blocks=card.blocks
        )


def _note(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text)


def _clicked_context(
    helpdesk: Helpdesk, body: dict[str, Any], respond: Respond
) -> CardContext | None:
    """The card context a button carries, or ``None`` after telling the user it is invalid."""
    value, _ = _clicked(body)
    try:
        return helpdesk.context_from(value)[0]
    except InvalidVote:
        _note(respond, say("vote_invalid"))
        return None


def handle_vote(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Count a 👍 / 👎, refresh the card, thank the voter (or say it was not recorded)."""
    ack()
    helpdesk: Helpdesk = context["helpdesk"]
    value, user = _clicked(body)
    action_id = str((body.get("actions") or [{}])[0].get("action_id") or "")
    direction = "up" if action_id.split(":", 1)[0] == ids.ACTION_VOTE_UP else "down"
    reply = helpdesk.vote(value, user, direction)
    if reply.card is not None:
        replace_card(body, respond, client, reply.card)
    _note(respond, reply.note)


def handle_share(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Post the ephemeral card for everyone in the channel."""
    ack()
    helpdesk: Helpdesk = context["helpdesk"]
    card_context = _clicked_context(helpdesk, body, respond)
    if card_context is None:
        return
    user = str((body.get("user") or {}).get("id") or "")
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id"
    )
    shared = replace(card_context, ephemeral=False)
    card = helpdesk.card(shared, shared_by=user)
    client.chat_postMessage(
        channel=str(channel), text=card.text, blocks=card.blocks, unfurl_links=False
    )
    respond(delete_original=True)


def handle_wrong_match(
    ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    """Record that the match was wrong, for reviewing signatures."""
    ack()
    helpdesk: Helpdesk = context["helpdesk"]
    value, user = _clicked(body)
    _note(respond, helpdesk.wrong_match(value, user))


def handle_show_entry(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Switch the card to a runner-up match."""
    ack()
    helpdesk: Helpdesk = context["helpdesk"]
    card_context = _clicked_context(helpdesk, body, respond)
    if card_context is None:
        return
    replace_card(body, respond, client, helpdesk.card(card_context))


def acknowledge(ack: Ack) -> None:
    """Link buttons (docs) still send a click; it needs only an ack."""
    ack()


def register(app: App) -> None:
    app.action(re.compile(rf"^{ids.ACTION_VOTE_UP}(:|$)"))(handle_vote)
    app.action(re.compile(rf"^{ids.ACTION_VOTE_DOWN}(:|$)"))(handle_vote)
    app.action(ids.ACTION_SHARE)(handle_share)
    app.action(ids.ACTION_WRONG_MATCH)(handle_wrong_match)
    app.action(re.compile(rf"^{ids.ACTION_SHOW_ENTRY}:"))(handle_show_entry)
    app.action(re.compile(rf"^{ids.ACTION_OPEN_DOCS}:"))(acknowledge)
