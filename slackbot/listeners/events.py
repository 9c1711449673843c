"""Events: pasted logs and shared log files in support channels, and App Home."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from slackbot.cards import Card, build_notice
from slackbot.catalog import Lang
from slackbot.errors import StoreUnavailable
from slackbot.helpdesk import Helpdesk
from slackbot.listeners.files import FileProblem, download_text, token_may_go_to
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.text import slack_to_plain
from slackbot.messages import say

log = logging.getLogger(__name__)

#: A message is answered once; its claim outlives Slack's last retry (after 5 minutes).
CLAIM_TTL = 24 * 3600
MAX_FILES = 3
#: Message subtypes that carry something a person posted; the rest (edits, deletions,
#: joins, bot messages) get no answer.
ANSWERED_SUBTYPES = (None, "file_share", "thread_broadcast")


def _claim(helpdesk: Helpdesk, key: str) -> bool:
    try:
        return helpdesk.store.claim(key, CLAIM_TTL)
    except StoreUnavailable as exc:
        # Answering twice beats never answering: without the store, skip de-duplication.
        log.warning("store unavailable, answering %s without de-duplication: %s", key, exc)
        return True


def _release(helpdesk: Helpdesk, key: str) -> None:
    try:
        helpdesk.store.release(key)
    except StoreUnavailable:
        log.warning("could not release claim %s", key)


def handle_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Answer a pasted CI error (or a shared log file) in its thread; else stay silent."""
    helpdesk: Helpdesk = context["helpdesk"]
    subtype = event.get("subtype")
    if subtype not in ANSWERED_SUBTYPES or event.get("bot_id") or event.get("bot_profile"):
        return
    channel = str(event.get("channel") or "")
    ts = str(event.get("ts") or "")
    if not channel or not ts or not helpdesk.settings.answers_in(channel):
        return
    if event.get("user") and event.get("user") == context.bot_user_id:
        return
    key = f"msg:{channel}:{ts}"
    if not _claim(helpdesk, key):
        return
    try:
        thread_ts = str(event.get("thread_ts") or ts)
        locales: LocaleCache = context["locales"]
        user = str(event.get("user") or "")
        if subtype == "file_share" and event.get("files"):
            lang = locales.lang_for(client, user)
            _answer_files(helpdesk, client, event["files"], channel, thread_ts, lang)
            return
        result = helpdesk.diagnose(slack_to_plain(str(event.get("text") or "")))
        if result.best is None:
            return  # chatter, or an error nobody asked about: stay silent
        helpdesk.record_outcome(result)
        lang = locales.lang_for(client, user)
        _post(client, channel, thread_ts, helpdesk.card_for(result, lang, ephemeral=False))
    except Exception:
        _release(helpdesk, key)
        raise


def _answer_files(
    helpdesk: Helpdesk,
    client: WebClient,
    files: list[dict[str, Any]],
    channel: str,
    thread_ts: str,
    lang: Lang,
) -> None:
    settings = helpdesk.settings
    for shared in files[:MAX_FILES]:
        name = str(shared.get("name") or shared.get("id") or "file")[:100]
        try:
            info = shared
            if not info.get("url_private_download") and info.get("id"):
                info = client.files_info(file=str(info["id"])).get("file") or {}
            url = str(info.get("url_private_download") or info.get("url_private") or "")
            if not url or not token_may_go_to(url, settings.slack_api_url):
                raise FileProblem("file_auth_failed")
            size = int(info.get("size") or 0)
            if size > settings.max_file_mb << 20:
                raise FileProblem("file_too_large", limit=settings.max_file_mb)
            text = download_text(url, settings.bot_token, max_bytes=settings.max_file_mb << 20)
        except FileProblem as problem:
            reason = say(problem.reason, lang, **problem.values)
            note = say("file_unreadable", lang, name=name, reason=reason)
            _post(client, channel, thread_ts, build_notice(note))
            continue
        result = helpdesk.diagnose(text)
        helpdesk.record_outcome(result)
        _post(client, channel, thread_ts, helpdesk.card_for(result, lang, ephemeral=False))


def _post(client: WebClient, channel: str, thread_ts: str, card: Card) -> None:
    client.chat_postMessage(
        channel=channel,
        thread_ts=thread_ts,
        text=card.text,
        blocks=card.blocks,
        unfurl_links=False,
    )


def handle_app_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Publish the App Home tab."""
    if event.get("tab") not in (None, "home"):
        return
    helpdesk: Helpdesk = context["helpdesk"]
    locales: LocaleCache = context["locales"]
    user = str(event.get("user") or "")
    client.views_publish(user_id=user, view=helpdesk.home_view(locales.lang_for(client, user)))


def register(app: App) -> None:
    app.event("message")(handle_message)
    app.event("app_home_opened")(handle_app_home_opened)
