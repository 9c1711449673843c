"""Where votes, hit counts and the unmatched-error queue live.

:func:`open_store` picks the backend from the settings: Redis when ``REDIS_URL`` is
set, otherwise the embedded SQLite file in ``DATA_DIR``.
"""

from __future__ import annotations

from slackbot.config import Settings
from slackbot.store.base import (
    Direction,
    Feedback,
    Gap,
    Store,
    VoteOutcome,
    VoteRecord,
    check_vote,
)
from slackbot.store.redis_store import RedisStore
from slackbot.store.sqlite_store import SqliteStore

SQLITE_FILE = "ci-error.sqlite3"


def open_store(settings: Settings) -> Store:
    """The store the settings name (Redis URL, else the embedded file)."""
    if settings.redis_url:
        return RedisStore(settings.redis_url, settings.redis_prefix)
    return SqliteStore(settings.data_dir / SQLITE_FILE)


__all__ = [
    "Direction",
    "Feedback",
    "Gap",
    "RedisStore",
    "SqliteStore",
    "Store",
    "VoteOutcome",
    "VoteRecord",
    "check_vote",
    "open_store",
]
