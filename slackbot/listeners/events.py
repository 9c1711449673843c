"""Events: pasted logs and shared log files in support channels, and App Home."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from slackbot.cards import Card
from slackbot.helpdesk import FileReader, Helpdesk, Message, SharedFile
from slackbot.jobs import Jobs
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.payload import Busy, channel_is_public
from slackbot.listeners.text import slack_to_plain
from slackbot.messages import say

#: Links unfurled per message at most (each may read several logs).
MAX_UNFURLS = 3


def parse_message(event: dict[str, Any], bot_user_id: str | None) -> Message:
    """The message an event carries, as the helpdesk reads it."""
    files = event.get("files")
    user = str(event.get("user") or "")
    return Message(
        channel=str(event.get("channel") or ""),
        ts=str(event.get("ts") or ""),
        user=user,
        text=slack_to_plain(str(event.get("text") or "")),
        thread_ts=str(event.get("thread_ts") or ""),
        subtype=event.get("subtype"),
        from_bot=bool(event.get("bot_id") or event.get("bot_profile"))
        or (bool(user) and user == bot_user_id),
        public=channel_is_public("", channel_type=str(event.get("channel_type") or "")),
        files=tuple(
            SharedFile.from_slack(f)
            for f in (files if isinstance(files, list) else ())
            if isinstance(f, dict)
        ),
    )


def handle_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Answer a pasted CI error (or a shared log file) in its thread; else stay silent."""
    helpdesk: Helpdesk = context["helpdesk"]
    jobs: Jobs = context["jobs"]
    locales: LocaleCache = context["locales"]
    files: FileReader = context["files"]
    message = parse_message(event, context.bot_user_id)
    if not message.channel or not message.ts:
        return

    def answer() -> None:
        reply = helpdesk.reply_to_message(
            message, lang=lambda: locales.lang_for(client, message.user), files=files
        )
        if reply is None:
            return
        try:
            for card in reply.cards:
                _post(client, message.channel, message.thread, card)
        except Exception:
            helpdesk.settle(reply, delivered=False)
            raise
        helpdesk.settle(reply, delivered=True)

    def failed(reference: str) -> None:
        if message.user:
            client.chat_postEphemeral(
                channel=message.channel, user=message.user, text=say("job_failed", ref=reference)
            )

    if not jobs.submit("message", answer, on_error=failed):
        raise Busy("no worker free for a message; Slack will retry it")


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
    jobs: Jobs = context["jobs"]
    locales: LocaleCache = context["locales"]
    user = str(event.get("user") or "")

    def publish() -> None:
        lang = locales.lang_for(client, user)
        client.views_publish(user_id=user, view=helpdesk.home_view(lang, user))

    if not jobs.submit("app_home", publish):
        raise Busy("no worker free for App Home")


def handle_link_shared(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Unfurl links to failed CI runs into a compact diagnosis (where CI_LINK_ALLOW lets)."""
    helpdesk: Helpdesk = context["helpdesk"]
    jobs: Jobs = context["jobs"]
    locales: LocaleCache = context["locales"]
    links = event.get("links")
    urls = [
        str(link.get("url") or "")
        for link in (links if isinstance(links, list) else [])
        if isinstance(link, dict)
    ][:MAX_UNFURLS]
    user = str(event.get("user") or "")
    unfurl_id = str(event.get("unfurl_id") or "")
    source = str(event.get("source") or "")
    channel = str(event.get("channel") or "")
    ts = str(event.get("message_ts") or "")

    def unfurl() -> None:
        lang = locales.lang_for(client, user)
        unfurls = {url: found for url in urls if (found := helpdesk.unfurl(url, lang))}
        if unfurls and unfurl_id:  # a link in the message composer
            client.chat_unfurl(unfurls=unfurls, unfurl_id=unfurl_id, source=source)
        elif unfurls:
            client.chat_unfurl(unfurls=unfurls, channel=channel, ts=ts)

    if urls and not jobs.submit("unfurl", unfurl):
        raise Busy("no worker free to unfurl a link")


def register(app: App) -> None:
    app.event("message")(handle_message)
    app.event("app_home_opened")(handle_app_home_opened)
    app.event("link_shared")(handle_link_shared)
