"""Button clicks on a card: votes, share, wrong match, switch to a runner-up, docs.

Each click is acknowledged at once; the work (store, card, Web API) runs as a job, and
its answer goes through the click's ``response_url``, which can replace the card in
place wherever it is (ephemeral or not, the bot a member of the channel or not).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from slackbot import ids
from slackbot.cards import Card, CardContext
from slackbot.errors import InvalidVote
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.listeners.payload import Busy, clicked, response_url_of
from slackbot.messages import say


def _note(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text)


def _replace_card(respond: Respond, card: Card) -> None:
    respond(replace_original=True, text=card.text, blocks=card.blocks)


def _run(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    kind: str,
    job: Callable[[], None],
) -> None:
    """Hand ``job`` to the pool and ack; a full pool answers 503 (Slack shows the click failed)."""
    response_url_of(body)
    jobs: Jobs = context["jobs"]
    if not jobs.submit(kind, job, on_error=lambda ref: _note(respond, say("job_failed", ref=ref))):
        raise Busy(f"no worker free for a {kind} click")
    ack()


def _card_context(helpdesk: Helpdesk, value: str, respond: Respond) -> CardContext | None:
    """The card context a button carries, or ``None`` after telling the user it is invalid."""
    try:
        return helpdesk.context_from(value)[0]
    except InvalidVote:
        _note(respond, say("vote_invalid"))
        return None


def handle_vote(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Count a 👍 / 👎, refresh the card, thank the voter (or say it was not recorded)."""
    helpdesk: Helpdesk = context["helpdesk"]
    action_id, value, user = clicked(body)
    direction = "up" if action_id.split(":", 1)[0] == ids.ACTION_VOTE_UP else "down"

    def vote() -> None:
        reply = helpdesk.vote(value, user, direction)
        if reply.card is not None:
            _replace_card(respond, reply.card)
        _note(respond, reply.note)

    _run(ack, body, context, respond, "vote", vote)


def handle_share(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Post the ephemeral card for everyone in the channel, through the ``response_url``."""
    helpdesk: Helpdesk = context["helpdesk"]
    _, value, user = clicked(body)

    def share() -> None:
        card_context = _card_context(helpdesk, value, respond)
        if card_context is None:
            return
        card = helpdesk.card(replace(card_context, ephemeral=False), shared_by=user)
        posted = respond(
            response_type="in_channel", replace_original=False, text=card.text, blocks=card.blocks
        )
        if posted.status_code != 200:
            reason = (posted.body or str(posted.status_code))[:100]
            _note(respond, say("share_failed", card_context.lang, reason=reason))
            return
        respond(delete_original=True)

    _run(ack, body, context, respond, "share", share)


def handle_wrong_match(
    ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    """Record that the match was wrong, for reviewing signatures."""
    helpdesk: Helpdesk = context["helpdesk"]
    _, value, user = clicked(body)
    _run(
        ack,
        body,
        context,
        respond,
        "wrong_match",
        lambda: _note(respond, helpdesk.wrong_match(value, user)),
    )


def handle_show_entry(
    ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    """Switch the card to a runner-up match."""
    helpdesk: Helpdesk = context["helpdesk"]
    _, value, _ = clicked(body)

    def show() -> None:
        card_context = _card_context(helpdesk, value, respond)
        if card_context is not None:
            _replace_card(respond, helpdesk.card(card_context))

    _run(ack, body, context, respond, "show_entry", show)


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
