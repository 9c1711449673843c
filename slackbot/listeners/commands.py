"""The ``/ci-error`` slash command."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from slackbot import ids
from slackbot.cards import Card, build_notice
from slackbot.catalog import Lang
from slackbot.helpdesk import Helpdesk
from slackbot.listeners.locale import LocaleCache
from slackbot.messages import say

LANG_PREFIXES: dict[str, Lang] = {"lang:zh": "zh", "lang:en": "en"}


def parse_command(text: str) -> tuple[Lang | None, str]:
    """Split an optional leading ``lang:zh`` / ``lang:en`` from the command text."""
    stripped = text.strip()
    head, _, rest = stripped.partition(" ")
    lang = LANG_PREFIXES.get(head.lower())
    return (lang, rest.strip()) if lang else (None, stripped)


def answer_command(helpdesk: Helpdesk, text: str, lang: Lang) -> Card:
    """The card a ``/ci-error`` text asks for."""
    words = text.split()
    if not words or words[0].lower() in ("help", "-h", "--help"):
        return build_notice(say("usage", lang))
    if words[0].lower() == "show" and len(words) == 2:
        return helpdesk.show(words[1], lang)
    return helpdesk.answer(text, lang, ephemeral=True)


def handle_ci_error_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Ack at once, then answer through the ``response_url``, ephemeral."""
    ack()
    helpdesk: Helpdesk = context["helpdesk"]
    locales: LocaleCache = context["locales"]
    lang, text = parse_command(str(command.get("text") or ""))
    lang = lang or locales.lang_for(client, str(command.get("user_id") or ""))
    card = answer_command(helpdesk, text, lang)
    respond(response_type="ephemeral", text=card.text, blocks=card.blocks)


def register(app: App) -> None:
    app.command(ids.SLASH_COMMAND)(handle_ci_error_command)
