"""The user's language: Chinese for a ``zh-*`` Slack locale, English otherwise."""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from slackbot.messages import Lang

log = logging.getLogger(__name__)


class LocaleCache:
    """``users.info`` with ``include_locale``, cached per user for ``ttl`` seconds."""

    def __init__(self, ttl: float = 3600.0, max_users: int = 10_000) -> None:
        self._ttl = ttl
        self._max = max_users
        self._cache: dict[str, tuple[float, Lang]] = {}
        self._lock = threading.Lock()

    def lang_for(self, client: WebClient, user_id: str) -> Lang:
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(user_id)
        if cached and cached[0] > now:
            return cached[1]
        lang: Lang = "en"
        try:
            response = client.users_info(user=user_id, include_locale=True)
            locale = str((response.get("user") or {}).get("locale") or "")
            lang = "zh" if locale.lower().startswith("zh") else "en"
        except (SlackApiError, SlackClientError, OSError) as exc:
            log.info("users.info failed for %s, answering in English: %s", user_id, exc)
        with self._lock:
            if len(self._cache) >= self._max:
                self._cache.clear()
            self._cache[user_id] = (now + self._ttl, lang)
        return lang
