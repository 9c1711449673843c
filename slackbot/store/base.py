"""The store interface: votes, hit counts, unmatched errors, wrong-match reports.

Two backends implement :class:`Store`: :class:`~slackbot.store.redis_store.RedisStore`
(shared by several replicas) and :class:`~slackbot.store.sqlite_store.SqliteStore`
(embedded, for a single instance). Both raise
:class:`~slackbot.errors.StoreUnavailable` when they cannot be reached, and change
nothing in that case.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from slackbot.catalog import Catalog
from slackbot.errors import InvalidVote
from slackbot.rates import Hits, Tally

Direction = Literal["up", "down"]
DAY = 86_400
WEEK = 7 * DAY
MONTH = 30 * DAY
HOUR = 3_600
#: How many distinct unmatched lines and wrong-match reports are kept.
MAX_GAPS = 2_000
MAX_FEEDBACK = 1_000


class VoteOutcome(StrEnum):
    """What a click did to the user's vote."""

    RECORDED = "recorded"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class VoteRecord:
    """One user's standing vote on one workaround (the unit of export and import)."""

    entry_id: str
    workaround_id: str
    user_id: str
    direction: Direction


@dataclass(frozen=True)
class Gap:
    """An unmatched error line, how often it came, and when last."""

    line: str
    count: int
    last_seen: float


@dataclass(frozen=True)
class Feedback:
    """A "wrong match" report."""

    entry_id: str
    line: str
    user_id: str
    at: float


class Store(Protocol):
    """What the bot keeps between requests."""

    def ping(self) -> bool:
        """Whether the store answers now."""

    def vote(
        self, entry_id: str, workaround_id: str, user_id: str, direction: Direction
    ) -> VoteOutcome:
        """Apply one click atomically.

        A first click records the vote, the other button moves it, the same button
        again keeps it: a retried or double click never counts twice.
        """

    def tallies(self, entry_id: str, workaround_ids: list[str]) -> dict[str, Tally]:
        """The up/down counts of each workaround of an entry."""

    def export_votes(self) -> list[VoteRecord]:
        """Every standing vote."""

    def import_votes(self, records: list[VoteRecord]) -> int:
        """Set these votes (replacing those users' votes); return how many changed."""

    def record_hit(self, entry_id: str, at: float | None = None) -> None:
        """Count one match of an entry."""

    def hits(self, entry_id: str, now: float | None = None) -> Hits:
        """An entry's match counts over the last 24 h, 7 d and 30 d."""

    def top_hits(self, window: int, limit: int, now: float | None = None) -> list[tuple[str, int]]:
        """The most matched entries over ``window`` seconds."""

    def record_gap(self, line: str, at: float | None = None, *, public: bool = False) -> None:
        """Count one unmatched error (its normalised, redacted line), and where it was seen."""

    def top_gaps(self, limit: int, *, public_only: bool = False) -> list[Gap]:
        """The most frequent unmatched errors; with ``public_only``, as seen in public
        channels (counted there only), for App Home where everyone may look."""

    def record_feedback(self, feedback: Feedback) -> None:
        """Keep a wrong-match report."""

    def feedback(self, limit: int) -> list[Feedback]:
        """The latest wrong-match reports, newest first."""

    def claim(self, key: str, ttl: int) -> bool:
        """Claim ``key`` for ``ttl`` seconds; False if someone holds it (SET NX)."""

    def release(self, key: str) -> None:
        """Give a claim back (the work failed, so a retry may do it)."""

    def close(self) -> None:
        """Release connections."""


def check_vote(catalog: Catalog, entry_id: str, workaround_id: str, direction: str) -> Direction:
    """Refuse a vote on an unknown entry, workaround or direction (raises InvalidVote)."""
    entry = catalog.get(entry_id)
    if entry is None:
        raise InvalidVote(f"unknown entry {entry_id!r}")
    if entry.workaround(workaround_id) is None:
        raise InvalidVote(f"entry {entry_id!r} has no workaround {workaround_id!r}")
    if direction not in ("up", "down"):
        raise InvalidVote(f"a vote is 'up' or 'down', not {direction!r}")
    return "up" if direction == "up" else "down"


def now_or(at: float | None) -> float:
    return time.time() if at is None else at


def hour_of(at: float) -> int:
    return int(at // HOUR)


def window_hours(window: int) -> int:
    return max(1, window // HOUR)
