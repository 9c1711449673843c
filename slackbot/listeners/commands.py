"""The ``/ci-error`` slash command."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from slackbot import ids
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.payload import channel_is_public, response_url_of
from slackbot.messages import Lang, say

LANG_PREFIXES: dict[str, Lang] = {"lang:zh": "zh", "lang:en": "en"}


def parse_command(text: str) -> tuple[Lang | None, str]:
    """Split an optional leading ``lang:zh`` / ``lang:en`` from the command text."""
    stripped = text.strip()
    head, _, rest = stripped.partition(" ")
    lang = LANG_PREFIXES.get(head.lower())
    return (lang, rest.strip()) if lang else (None, stripped)


def handle_ci_error_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Ack at once; the card follows through the ``response_url``, ephemeral."""
    helpdesk: Helpdesk = context["helpdesk"]
    jobs: Jobs = context["jobs"]
    locales: LocaleCache = context["locales"]
    response_url_of(command)
    asked_lang, text = parse_command(str(command.get("text") or ""))
    user = str(command.get("user_id") or "")
    public = channel_is_public(
        str(command.get("channel_id") or ""), str(command.get("channel_name") or "")
    )

    def answer() -> None:
        lang = asked_lang or locales.lang_for(client, user)
        card = helpdesk.answer_command(text, lang, public=public)
        respond(response_type="ephemeral", text=card.text, blocks=card.blocks)

    def failed(reference: str) -> None:
        respond(
            response_type="ephemeral", text=say("job_failed", asked_lang or "en", ref=reference)
        )

    if jobs.submit("command", answer, on_error=failed):
        ack()
    else:
        ack(text=say("busy", asked_lang or "en"))


def register(app: App) -> None:
    app.command(ids.SLASH_COMMAND)(handle_ci_error_command)
