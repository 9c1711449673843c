"""Button clicks: votes, share, wrong match, the parts that open in a modal, the
propose-an-entry form, and admins' reviews of drafts in App Home.

Each click is acknowledged at once; the work (store, card, Web API) runs as a job. A
card's answers go through the click's ``response_url``, which can replace the card in
place wherever it is (ephemeral or not, the bot a member of the channel or not); a
click inside a modal redraws the modal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slackbot import ids
from slackbot.cards import PARTS, Card, CardContext
from slackbot.errors import InvalidVote
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.payload import Busy, clicked, response_url_of
from slackbot.messages import say


def _note(respond: Respond, text: str) -> None:
    respond(response_type="ephemeral", replace_original=False, text=text)


def _replace_card(respond: Respond, card: Card) -> None:
    respond(replace_original=True, text=card.text, blocks=card.blocks)


def _in_view(body: dict[str, Any]) -> dict[str, Any] | None:
    """The modal a click came from, or ``None`` for a click on a message."""
    view = body.get("view")
    container = body.get("container") or {}
    return view if isinstance(view, dict) and container.get("type") == "view" else None


def _run(
    ack: Ack,
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond,
    kind: str,
    job: Callable[[], None],
) -> None:
    """Hand ``job`` to the pool and ack; a full pool answers 503 (Slack shows the click failed)."""
    in_view = _in_view(body) is not None
    if not in_view:
        response_url_of(body)
    jobs: Jobs = context["jobs"]

    def failed(reference: str) -> None:
        if not in_view:
            _note(respond, say("job_failed", ref=reference))

    if not jobs.submit(kind, job, on_error=failed):
        raise Busy(f"no worker free for a {kind} click")
    ack()


def _card_context(helpdesk: Helpdesk, value: str, respond: Respond) -> CardContext | None:
    """The card context a button carries, or ``None`` after telling the user it is invalid."""
    try:
        return helpdesk.context_from(value)[0]
    except InvalidVote:
        _note(respond, say("vote_invalid"))
        return None


def handle_vote(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Count a 👍 / 👎, redraw the card (or the modal), thank the voter."""
    helpdesk: Helpdesk = context["helpdesk"]
    action_id, value, user = clicked(body)
    direction = "up" if action_id.split(":", 1)[0] == ids.ACTION_VOTE_UP else "down"
    view = _in_view(body)

    def vote() -> None:
        reply = helpdesk.vote(value, user, direction)
        if view is not None:
            part = _part_of(helpdesk, view)
            if reply.context is not None and part:
                redrawn = helpdesk.part_view(reply.context, part, note=reply.note)
                client.views_update(view_id=str(view.get("id")), view=redrawn)
            return
        if reply.card is not None:
            _replace_card(respond, reply.card)
        _note(respond, reply.note)

    _run(ack, body, context, respond, "vote", vote)


def _part_of(helpdesk: Helpdesk, view: dict[str, Any]) -> str:
    try:
        _, part = helpdesk.context_from(str(view.get("private_metadata") or ""))
    except InvalidVote:
        return ""
    return part if part in PARTS else ""


def handle_open_part(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Open a modal with more workarounds, more dead ends, the details, or a runner-up."""
    helpdesk: Helpdesk = context["helpdesk"]
    _, value, _ = clicked(body)
    trigger_id = str(body.get("trigger_id") or "")

    def open_part() -> None:
        try:
            card_context, part = helpdesk.context_from(value)
        except InvalidVote:
            _note(respond, say("vote_invalid"))
            return
        if part not in PARTS:
            _note(respond, say("vote_invalid"))
            return
        try:
            client.views_open(trigger_id=trigger_id, view=helpdesk.part_view(card_context, part))
        except SlackApiError as exc:
            reason = str(exc.response.get("error") or "error")
            _note(respond, say("view_failed", card_context.lang, reason=reason))

    _run(ack, body, context, respond, "open_part", open_part)


def handle_share(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Post the ephemeral card for everyone in the channel, through the ``response_url``."""
    helpdesk: Helpdesk = context["helpdesk"]
    _, value, user = clicked(body)

    def share() -> None:
        card_context = _card_context(helpdesk, value, respond)
        if card_context is None:
            return
        card = helpdesk.card(replace(card_context, ephemeral=False, shared_by=user))
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

    def report() -> None:
        _note(respond, helpdesk.wrong_match(value, user))

    _run(ack, body, context, respond, "wrong_match", report)


def handle_propose(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Open the propose-an-entry form, pre-filled with the error line the button carries."""
    helpdesk: Helpdesk = context["helpdesk"]
    locales: LocaleCache = context["locales"]
    _, line, user = clicked(body)
    trigger_id = str(body.get("trigger_id") or "")
    in_view = _in_view(body) is not None

    def propose() -> None:
        lang = locales.lang_for(client, user)
        try:
            client.views_open(trigger_id=trigger_id, view=helpdesk.propose_view(line, lang))
        except SlackApiError as exc:
            if not in_view:
                reason = str(exc.response.get("error") or "error")
                _note(respond, say("view_failed", lang, reason=reason))

    _run(ack, body, context, respond, "propose", propose)


def handle_review(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Approve or reject a draft from App Home, then redraw the reviewer's App Home."""
    helpdesk: Helpdesk = context["helpdesk"]
    locales: LocaleCache = context["locales"]
    action_id, draft_id, user = clicked(body)
    approve = action_id == ids.ACTION_DRAFT_APPROVE
    jobs: Jobs = context["jobs"]

    def review() -> None:
        lang = locales.lang_for(client, user)
        note = helpdesk.review_draft(draft_id, user, approve=approve, lang=lang)
        client.views_publish(user_id=user, view=helpdesk.home_view(lang, user, note=note))

    if not jobs.submit("review", review):
        raise Busy("no worker free for a review click")
    ack()


def acknowledge(ack: Ack) -> None:
    """Link buttons (docs) still send a click; it needs only an ack."""
    ack()


def register(app: App) -> None:
    app.action(re.compile(rf"^{ids.ACTION_VOTE_UP}(:|$)"))(handle_vote)
    app.action(re.compile(rf"^{ids.ACTION_VOTE_DOWN}(:|$)"))(handle_vote)
    app.action(ids.ACTION_SHARE)(handle_share)
    app.action(ids.ACTION_WRONG_MATCH)(handle_wrong_match)
    app.action(re.compile(rf"^(?:{ids.ACTION_OPEN_PART}|{ids.ACTION_SHOW_ENTRY}):"))(
        handle_open_part
    )
    app.action(re.compile(rf"^{ids.ACTION_OPEN_DOCS}:"))(acknowledge)
    app.action(re.compile(rf"^{ids.ACTION_PROPOSE}(:|$)"))(handle_propose)
    app.action(ids.ACTION_DRAFT_APPROVE)(handle_review)
    app.action(ids.ACTION_DRAFT_REJECT)(handle_review)
