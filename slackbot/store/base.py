"""The store's interfaces, one small protocol per concern, and the bundle of them.

What the bot keeps between requests falls into six concerns, each behind a protocol
of at most four methods: :class:`VoteStore` (votes and tallies), :class:`HitStore`
(how often each entry matched), :class:`GapStore` (the unmatched-error queue),
:class:`FeedbackStore` ("wrong match" reports), :class:`ClaimStore` (which replica
answers a message) and :class:`DraftStore` (entries proposed from Slack).
:class:`Stores` bundles one of each with the :class:`Backend` they share, which
answers pings and is closed once.

Two backends implement every protocol: Redis (:mod:`slackbot.store.redis_store`,
shared by replicas, Redis Cluster included) and SQLite
(:mod:`slackbot.store.sqlite_store`, embedded, for a single instance). Both raise
:class:`~slackbot.errors.StoreUnavailable` when they cannot be reached, and change
nothing in that case. The store knows nothing of the catalog: whether a vote names a
real workaround is checked before it gets here (:func:`slackbot.voting.check_vote`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from slackbot.drafts import Draft
from slackbot.rates import Hits, Tally

log = logging.getLogger(__name__)

Direction = Literal["up", "down"]
DAY = 86_400
WEEK = 7 * DAY
MONTH = 30 * DAY
HOUR = 3_600
#: How many distinct unmatched lines, wrong-match reports and drafts are kept.
MAX_GAPS = 2_000
MAX_FEEDBACK = 1_000
MAX_DRAFTS = 500


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


class VoteStore(Protocol):
    """One vote per user per workaround, and the tallies they add up to."""

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
        """Every standing vote, sorted by entry, workaround and user."""

    def import_votes(self, records: list[VoteRecord]) -> int:
        """Set these votes (replacing those users' votes); return how many changed."""


class HitStore(Protocol):
    """How often each entry matched, by hour, over the last 30 days."""

    def record_hit(self, entry_id: str, at: float | None = None) -> None:
        """Count one match of an entry."""

    def hits(self, entry_id: str, now: float | None = None) -> Hits:
        """An entry's match counts over the last 24 h, 7 d and 30 d, and its latest hit."""

    def top_hits(self, window: int, limit: int, now: float | None = None) -> list[tuple[str, int]]:
        """The most matched entries over ``window`` seconds (ties: by entry id)."""


class GapStore(Protocol):
    """The queue of unmatched error lines, for new catalog entries.

    It holds at most its cap of distinct lines. When a new line would exceed it, the
    line just seen stays, and the least-counted of the others goes, the oldest first
    among equals.
    """

    def record_gap(self, line: str, at: float | None = None, *, public: bool = False) -> None:
        """Count one unmatched error (its normalised, redacted line), and where it was seen."""

    def top_gaps(self, limit: int, *, public_only: bool = False) -> list[Gap]:
        """The most frequent unmatched errors, the latest first among equals.

        With ``public_only``, as seen in public channels (counted there only), for
        App Home where everyone may look.
        """


class FeedbackStore(Protocol):
    """ "Wrong match" reports: the newest are kept, up to the store's cap."""

    def record_feedback(self, feedback: Feedback) -> None:
        """Keep a wrong-match report (dropping the oldest beyond the cap)."""

    def feedback(self, limit: int) -> list[Feedback]:
        """The latest wrong-match reports, newest first."""


class ClaimStore(Protocol):
    """Short-lived claims, so that one replica and one of Slack's retries do the work."""

    def claim(self, key: str, ttl: int) -> bool:
        """Claim ``key`` for ``ttl`` seconds; False if someone holds it (SET NX)."""

    def release(self, key: str) -> None:
        """Give a claim back (the work failed, so a retry may do it)."""


class DraftStore(Protocol):
    """Entries proposed from Slack, by id, and a revision that changes with any of them.

    Replicas compare :meth:`revision` with the one they last read to know when to
    read the drafts again. The helpdesk refuses new drafts beyond ``MAX_DRAFTS``.
    """

    def save_draft(self, draft: Draft) -> None:
        """Keep ``draft`` (replacing the one with its id) and move the revision on."""

    def drafts(self) -> list[Draft]:
        """Every draft, newest first (unreadable ones are skipped and logged)."""

    def revision(self) -> int:
        """A number that changes whenever a draft is saved."""


class Backend(Protocol):
    """The connection the parts of one store share."""

    def ping(self) -> bool:
        """Whether the store answers now."""

    def close(self) -> None:
        """Release connections."""


@dataclass(frozen=True)
class Stores:
    """Everything the bot keeps, one part per concern, on one backend."""

    votes: VoteStore
    hits: HitStore
    gaps: GapStore
    feedback: FeedbackStore
    claims: ClaimStore
    drafts: DraftStore
    backend: Backend

    def ping(self) -> bool:
        """Whether the store answers now."""
        return self.backend.ping()

    def close(self) -> None:
        """Release connections."""
        self.backend.close()


def now_or(at: float | None) -> float:
    return time.time() if at is None else at


def hour_of(at: float) -> int:
    return int(at // HOUR)


def window_hours(window: int) -> int:
    return max(1, window // HOUR)


def daily_counts(by_hour: dict[int, int], current: int, days: int = 7) -> tuple[int, ...]:
    """Counts per 24-hour window ending at hour ``current``, the oldest window first."""
    counts = [0] * days
    for hour, count in by_hour.items():
        back = (current - hour) // 24
        if 0 <= back < days:
            counts[days - 1 - back] += count
    return tuple(counts)


def read_drafts(stored: Iterable[tuple[str, str]]) -> list[Draft]:
    """Stored drafts (id, JSON), newest first; one that cannot be read is logged and skipped."""
    drafts = []
    for draft_id, text in stored:
        try:
            drafts.append(Draft.from_json(text))
        except ValueError as exc:
            log.warning("draft %s skipped: %s", draft_id, exc)
    return sorted(drafts, key=lambda d: (-d.proposed_at, d.id))
