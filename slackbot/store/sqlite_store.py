"""The embedded backend: one SQLite file, for a single instance with no services.

Every change runs in one ``BEGIN IMMEDIATE`` transaction, so a vote and its tally
change together or not at all, across threads and processes. :func:`open_sqlite`
returns the parts (:class:`~slackbot.store.base.Stores`) on one shared connection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from slackbot.drafts import Draft
from slackbot.errors import StoreUnavailable
from slackbot.rates import Hits, Tally
from slackbot.store.base import (
    DAY,
    MAX_FEEDBACK,
    MAX_GAPS,
    MONTH,
    WEEK,
    Direction,
    Feedback,
    Gap,
    Stores,
    VoteOutcome,
    VoteRecord,
    daily_counts,
    hour_of,
    now_or,
    read_drafts,
    window_hours,
)

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS votes (
  entry_id TEXT NOT NULL, workaround_id TEXT NOT NULL, user_id TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  PRIMARY KEY (entry_id, workaround_id, user_id));
CREATE TABLE IF NOT EXISTS tallies (
  entry_id TEXT NOT NULL, workaround_id TEXT NOT NULL,
  up INTEGER NOT NULL DEFAULT 0, down INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entry_id, workaround_id));
CREATE TABLE IF NOT EXISTS hits (
  entry_id TEXT NOT NULL, hour INTEGER NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY (entry_id, hour));
CREATE TABLE IF NOT EXISTS last_hit (entry_id TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS gaps (
  line TEXT PRIMARY KEY, count INTEGER NOT NULL, last_seen REAL NOT NULL,
  public_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT, entry_id TEXT NOT NULL, line TEXT NOT NULL,
  user_id TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS revisions (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class SqliteBackend:
    """The SQLite file and the one connection every part uses, behind one lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(gaps)")}
            if "public_count" not in columns:  # a file written before gaps knew channels
                self._db.execute(
                    "ALTER TABLE gaps ADD COLUMN public_count INTEGER NOT NULL DEFAULT 0"
                )
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailable(f"cannot open {path}: {exc}") from exc
        self._lock = threading.Lock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back if the body raises."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"SQLite store failed: {exc}") from exc

    def read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        """Run a read-only ``query`` on the connection."""
        with self._lock:
            try:
                return query(self._db)
            except sqlite3.Error as exc:
                raise StoreUnavailable(f"SQLite store failed: {exc}") from exc

    def ping(self) -> bool:
        try:
            self.read(lambda db: db.execute("SELECT 1").fetchone())
        except StoreUnavailable:
            return False
        return True

    def close(self) -> None:
        with self._lock:
            self._db.close()


class SqliteVotes:
    """:class:`~slackbot.store.base.VoteStore` in the ``votes`` and ``tallies`` tables."""

    def __init__(self, backend: SqliteBackend) -> None:
        self._backend = backend

    def _apply(
        self,
        db: sqlite3.Connection,
        entry_id: str,
        workaround_id: str,
        user_id: str,
        direction: Direction,
    ) -> VoteOutcome:
        row = db.execute(
            "SELECT direction FROM votes WHERE entry_id=? AND workaround_id=? AND user_id=?",
            (entry_id, workaround_id, user_id),
        ).fetchone()
        old = row[0] if row else None
        if old == direction:
            return VoteOutcome.UNCHANGED
        db.execute(
            "INSERT INTO votes VALUES (?,?,?,?) ON CONFLICT (entry_id, workaround_id, user_id) "
            "DO UPDATE SET direction=excluded.direction",
            (entry_id, workaround_id, user_id, direction),
        )
        up = (direction == "up") - (old == "up")
        down = (direction == "down") - (old == "down")
        db.execute(
            "INSERT INTO tallies VALUES (?,?,?,?) ON CONFLICT (entry_id, workaround_id) "
            "DO UPDATE SET up=up+excluded.up, down=down+excluded.down",
            (entry_id, workaround_id, up, down),
        )
        return VoteOutcome.CHANGED if old else VoteOutcome.RECORDED

    def vote(
        self, entry_id: str, workaround_id: str, user_id: str, direction: Direction
    ) -> VoteOutcome:
        with self._backend.transaction() as db:
            return self._apply(db, entry_id, workaround_id, user_id, direction)

    def tallies(self, entry_id: str, workaround_ids: list[str]) -> dict[str, Tally]:
        rows = self._backend.read(
            lambda db: db.execute(
                "SELECT workaround_id, up, down FROM tallies WHERE entry_id=?", (entry_id,)
            ).fetchall()
        )
        found = {wid: Tally(up=up, down=down) for wid, up, down in rows}
        return {wid: found.get(wid, Tally()) for wid in workaround_ids}

    def export_votes(self) -> list[VoteRecord]:
        rows = self._backend.read(
            lambda db: db.execute(
                "SELECT entry_id, workaround_id, user_id, direction FROM votes "
                "ORDER BY entry_id, workaround_id, user_id"
            ).fetchall()
        )
        return [VoteRecord(*row) for row in rows]

    def import_votes(self, records: list[VoteRecord]) -> int:
        with self._backend.transaction() as db:
            outcomes = [
                self._apply(db, r.entry_id, r.workaround_id, r.user_id, r.direction)
                for r in records
            ]
        return sum(o is not VoteOutcome.UNCHANGED for o in outcomes)


class SqliteHits:
    """:class:`~slackbot.store.base.HitStore` in the ``hits`` and ``last_hit`` tables."""

    def __init__(self, backend: SqliteBackend) -> None:
        self._backend = backend

    def record_hit(self, entry_id: str, at: float | None = None) -> None:
        at = now_or(at)
        with self._backend.transaction() as db:
            db.execute(
                "INSERT INTO hits VALUES (?,?,1) ON CONFLICT (entry_id, hour) "
                "DO UPDATE SET count=count+1",
                (entry_id, hour_of(at)),
            )
            db.execute(
                "INSERT INTO last_hit VALUES (?,?) ON CONFLICT (entry_id) DO UPDATE SET "
                "at=max(at, excluded.at)",
                (entry_id, at),
            )
            db.execute("DELETE FROM hits WHERE hour < ?", (hour_of(at - MONTH),))

    def hits(self, entry_id: str, now: float | None = None) -> Hits:
        current = hour_of(now_or(now))

        def read(db: sqlite3.Connection) -> Hits:
            counts = [
                db.execute(
                    "SELECT coalesce(sum(count), 0) FROM hits WHERE entry_id=? "
                    "AND hour BETWEEN ? AND ?",
                    (entry_id, current - window_hours(window) + 1, current),
                ).fetchone()[0]
                for window in (DAY, WEEK, MONTH)
            ]
            last = db.execute("SELECT at FROM last_hit WHERE entry_id=?", (entry_id,)).fetchone()
            week = db.execute(
                "SELECT hour, count FROM hits WHERE entry_id=? AND hour BETWEEN ? AND ?",
                (entry_id, current - window_hours(WEEK) + 1, current),
            ).fetchall()
            days = daily_counts(dict(week), current)
            return Hits(counts[0], counts[1], counts[2], last[0] if last else None, days)

        return self._backend.read(read)

    def top_hits(self, window: int, limit: int, now: float | None = None) -> list[tuple[str, int]]:
        current = hour_of(now_or(now))
        rows = self._backend.read(
            lambda db: db.execute(
                "SELECT entry_id, sum(count) AS n FROM hits WHERE hour BETWEEN ? AND ? "
                "GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT ?",
                (current - window_hours(window) + 1, current, limit),
            ).fetchall()
        )
        return [(entry_id, int(n)) for entry_id, n in rows]


class SqliteGaps:
    """:class:`~slackbot.store.base.GapStore` in the ``gaps`` table, at most ``cap`` lines."""

    def __init__(self, backend: SqliteBackend, cap: int = MAX_GAPS) -> None:
        self._backend = backend
        self._cap = cap

    def record_gap(self, line: str, at: float | None = None, *, public: bool = False) -> None:
        at = now_or(at)
        with self._backend.transaction() as db:
            db.execute(
                "INSERT INTO gaps VALUES (?,1,?,?) ON CONFLICT (line) DO UPDATE SET "
                "count=count+1, last_seen=excluded.last_seen, "
                "public_count=public_count+excluded.public_count",
                (line, at, int(public)),
            )
            db.execute(
                "DELETE FROM gaps WHERE line IN (SELECT line FROM gaps WHERE line != ? "
                "ORDER BY count, last_seen, line "
                "LIMIT max(0, (SELECT count(*) FROM gaps) - ?))",
                (line, self._cap),
            )

    def top_gaps(self, limit: int, *, public_only: bool = False) -> list[Gap]:
        query = (
            "SELECT line, public_count, last_seen FROM gaps WHERE public_count > 0 "
            "ORDER BY public_count DESC, last_seen DESC, line LIMIT ?"
            if public_only
            else "SELECT line, count, last_seen FROM gaps "
            "ORDER BY count DESC, last_seen DESC, line LIMIT ?"
        )
        rows = self._backend.read(lambda db: db.execute(query, (limit,)).fetchall())
        return [Gap(*row) for row in rows]


class SqliteFeedback:
    """:class:`~slackbot.store.base.FeedbackStore` in the ``feedback`` table."""

    def __init__(self, backend: SqliteBackend, cap: int = MAX_FEEDBACK) -> None:
        self._backend = backend
        self._cap = cap

    def record_feedback(self, feedback: Feedback) -> None:
        with self._backend.transaction() as db:
            db.execute(
                "INSERT INTO feedback (entry_id, line, user_id, at) VALUES (?,?,?,?)",
                (feedback.entry_id, feedback.line, feedback.user_id, feedback.at),
            )
            db.execute(
                "DELETE FROM feedback WHERE id NOT IN (SELECT id FROM feedback "
                "ORDER BY id DESC LIMIT ?)",
                (self._cap,),
            )

    def feedback(self, limit: int) -> list[Feedback]:
        rows = self._backend.read(
            lambda db: db.execute(
                "SELECT entry_id, line, user_id, at FROM feedback ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        )
        return [Feedback(*row) for row in rows]


class SqliteClaims:
    """:class:`~slackbot.store.base.ClaimStore` in the ``claims`` table."""

    def __init__(self, backend: SqliteBackend) -> None:
        self._backend = backend

    def claim(self, key: str, ttl: int) -> bool:
        now = now_or(None)
        with self._backend.transaction() as db:
            db.execute("DELETE FROM claims WHERE expires < ?", (now,))
            inserted = db.execute(
                "INSERT OR IGNORE INTO claims VALUES (?, ?)", (key, now + ttl)
            ).rowcount
        return inserted == 1

    def release(self, key: str) -> None:
        with self._backend.transaction() as db:
            db.execute("DELETE FROM claims WHERE key=?", (key,))


class SqliteDrafts:
    """:class:`~slackbot.store.base.DraftStore` in the ``drafts`` and ``revisions`` tables."""

    def __init__(self, backend: SqliteBackend) -> None:
        self._backend = backend

    def save_draft(self, draft: Draft) -> None:
        with self._backend.transaction() as db:
            db.execute(
                "INSERT INTO drafts VALUES (?, ?) "
                "ON CONFLICT (id) DO UPDATE SET json=excluded.json",
                (draft.id, draft.to_json()),
            )
            db.execute(
                "INSERT INTO revisions VALUES ('drafts', 1) "
                "ON CONFLICT (name) DO UPDATE SET value=value+1"
            )

    def drafts(self) -> list[Draft]:
        rows = self._backend.read(lambda db: db.execute("SELECT id, json FROM drafts").fetchall())
        return read_drafts(rows)

    def revision(self) -> int:
        row = self._backend.read(
            lambda db: db.execute("SELECT value FROM revisions WHERE name='drafts'").fetchone()
        )
        return int(row[0]) if row else 0


def open_sqlite(
    path: Path, *, max_gaps: int = MAX_GAPS, max_feedback: int = MAX_FEEDBACK
) -> Stores:
    """Every part of the store in the SQLite file at ``path`` (created if missing)."""
    backend = SqliteBackend(path)
    return Stores(
        votes=SqliteVotes(backend),
        hits=SqliteHits(backend),
        gaps=SqliteGaps(backend, max_gaps),
        feedback=SqliteFeedback(backend, max_feedback),
        claims=SqliteClaims(backend),
        drafts=SqliteDrafts(backend),
        backend=backend,
    )
