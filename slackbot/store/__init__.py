"""Where votes, hit counts and the unmatched-error queue live.

:func:`open_store` picks the backend from the settings: Redis when ``REDIS_URL`` is
set, otherwise the embedded SQLite file in ``DATA_DIR``.
"""

from __future__ import annotations

from slackbot.config import StoreLocation
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


def open_store(location: StoreLocation) -> Store:
    """The store at ``location``: Redis when a URL is set, else the embedded file."""
    if location.redis_url:
        return RedisStore(location.redis_url, location.redis_prefix)
    return SqliteStore(location.data_dir / SQLITE_FILE)


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
