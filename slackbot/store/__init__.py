"""Where votes, hit counts, the unmatched-error queue, reports, claims and drafts live.

:func:`open_store` picks the backend from the settings: Redis (or a Redis Cluster)
when ``REDIS_URL`` is set, otherwise the embedded SQLite file in ``DATA_DIR``. Either
way the bot gets a :class:`Stores`, one part per concern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slackbot.store.base import (
    Backend,
    ClaimStore,
    Direction,
    DraftStore,
    Feedback,
    FeedbackStore,
    Gap,
    GapStore,
    HitStore,
    Stores,
    VoteOutcome,
    VoteRecord,
    VoteStore,
)
from slackbot.store.redis_store import RedisBackend, open_redis
from slackbot.store.sqlite_store import SqliteBackend, open_sqlite

if TYPE_CHECKING:
    from slackbot.config import StoreLocation

SQLITE_FILE = "ci-error.sqlite3"


def open_store(location: StoreLocation) -> Stores:
    """The store at ``location``: Redis when a URL is set, else the embedded file."""
    if location.redis_url:
        return open_redis(location.redis_url, location.redis_prefix, cluster=location.redis_cluster)
    return open_sqlite(location.data_dir / SQLITE_FILE)


__all__ = [
    "Backend",
    "ClaimStore",
    "Direction",
    "DraftStore",
    "Feedback",
    "FeedbackStore",
    "Gap",
    "GapStore",
    "HitStore",
    "RedisBackend",
    "SqliteBackend",
    "Stores",
    "VoteOutcome",
    "VoteRecord",
    "VoteStore",
    "open_redis",
    "open_sqlite",
    "open_store",
]
