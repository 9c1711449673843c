"""The "Diagnose CI error" message shortcut (works on thread replies too)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from slackbot import ids
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.payload import Busy, channel_is_public, response_url_of
from slackbot.listeners.text import slack_to_plain
from slackbot.messages import say


def handle_diagnose_shortcut(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Diagnose the message the shortcut was used on; answer only the user who asked."""
    helpdesk: Helpdesk = context["helpdesk"]
    jobs: Jobs = context["jobs"]
    locales: LocaleCache = context["locales"]
    response_url_of(body)
    message = body.get("message") or {}
    user = str((body.get("user") or {}).get("id") or "")
    channel_data = body.get("channel") or {}
    channel = str(channel_data.get("id") or "")
    public = channel_is_public(channel, str(channel_data.get("name") or ""))
    text = slack_to_plain(str(message.get("text") or ""))
    thread_ts = message.get("thread_ts") or message.get("ts")

    def answer() -> None:
        lang = locales.lang_for(client, user)
        card = helpdesk.answer(text, lang, ephemeral=True, public=public)
        try:
            client.chat_postEphemeral(
                channel=channel, user=user, thread_ts=thread_ts, text=card.text, blocks=card.blocks
            )
        except SlackApiError:
            # Not in the channel (or a DM): the shortcut's response_url still reaches the user.
            respond(response_type="ephemeral", text=card.text, blocks=card.blocks)

    def failed(reference: str) -> None:
        respond(response_type="ephemeral", text=say("job_failed", ref=reference))

    if not jobs.submit("shortcut", answer, on_error=failed):
        raise Busy("no worker free for a shortcut")
    ack()


def register(app: App) -> None:
    app.shortcut(ids.SHORTCUT_DIAGNOSE)(handle_diagnose_shortcut)
