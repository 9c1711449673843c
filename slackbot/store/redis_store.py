"""The Redis backend: shared by every replica of the bot.

Keys start with a prefix so several bots can share a server. One workaround's vote
hash and tally hash share a hash tag (``{entry#workaround}``), so the Lua script that
changes both runs atomically on Redis Cluster too.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from slackbot.errors import StoreTimeout, StoreUnavailable
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
    VoteOutcome,
    VoteRecord,
    hour_of,
    now_or,
    window_hours,
)

T = TypeVar("T")

_VOTE_SCRIPT = """
local old = redis.call('HGET', KEYS[1], ARGV[1])
local new = ARGV[2]
if old == new then return 'unchanged' end
redis.call('HSET', KEYS[1], ARGV[1], new)
redis.call('HINCRBY', KEYS[2], new, 1)
if old then
  redis.call('HINCRBY', KEYS[2], old, -1)
  return 'changed'
end
return 'recorded'
"""


class RedisStore:
    """:class:`~slackbot.store.base.Store` on Redis (or Redis Cluster)."""

    def __init__(self, url: str, prefix: str = "ci-error", *, timeout: float = 2.0) -> None:
        self.prefix = prefix
        # decode_responses=True: every reply is a str, which redis-py's types cannot express.
        self._client: Any = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            health_check_interval=30,
            decode_responses=True,
        )
        self._vote_script = self._client.register_script(_VOTE_SCRIPT)

    def _call(self, operation: Callable[[], T]) -> T:
        try:
            return operation()
        except RedisTimeoutError as exc:
            raise StoreTimeout(f"Redis did not answer in time: {exc}") from exc
        except RedisError as exc:
            raise StoreUnavailable(f"Redis is unavailable: {exc}") from exc

    def _slot(self, entry_id: str, workaround_id: str) -> str:
        return f"{{{entry_id}#{workaround_id}}}"

    def _votes_key(self, entry_id: str, workaround_id: str) -> str:
        return f"{self.prefix}:votes:{self._slot(entry_id, workaround_id)}"

    def _tally_key(self, entry_id: str, workaround_id: str) -> str:
        return f"{self.prefix}:tally:{self._slot(entry_id, workaround_id)}"

    def ping(self) -> bool:
        try:
            return bool(self._client.ping())
        except RedisError:
            return False

    def vote(
        self, entry_id: str, workaround_id: str, user_id: str, direction: Direction
    ) -> VoteOutcome:
        keys = [self._votes_key(entry_id, workaround_id), self._tally_key(entry_id, workaround_id)]
        result = self._call(lambda: self._vote_script(keys=keys, args=[user_id, direction]))
        return VoteOutcome(result)

    def tallies(self, entry_id: str, workaround_ids: list[str]) -> dict[str, Tally]:
        def read() -> list[Any]:
            pipe = self._client.pipeline(transaction=False)
            for workaround_id in workaround_ids:
                pipe.hmget(self._tally_key(entry_id, workaround_id), "up", "down")
            return list(pipe.execute())

        rows = self._call(read)
        return {
            wid: Tally(up=int(up or 0), down=int(down or 0))
            for wid, (up, down) in zip(workaround_ids, rows, strict=True)
        }

    def export_votes(self) -> list[VoteRecord]:
        def read() -> list[VoteRecord]:
            records = []
            for key in self._client.scan_iter(match=f"{self.prefix}:votes:*", count=500):
                slot = key.rsplit(":votes:", 1)[1].strip("{}")
                entry_id, _, workaround_id = slot.partition("#")
                for user_id, direction in self._client.hgetall(key).items():
                    records.append(VoteRecord(entry_id, workaround_id, user_id, direction))
            return records

        return sorted(self._call(read), key=lambda r: (r.entry_id, r.workaround_id, r.user_id))

    def import_votes(self, records: list[VoteRecord]) -> int:
        changed = 0
        for record in records:
            outcome = self.vote(
                record.entry_id, record.workaround_id, record.user_id, record.direction
            )
            changed += outcome is not VoteOutcome.UNCHANGED
        return changed

    def _hits_key(self, entry_id: str) -> str:
        return f"{self.prefix}:hits:{{{entry_id}}}"

    def record_hit(self, entry_id: str, at: float | None = None) -> None:
        at = now_or(at)
        key = self._hits_key(entry_id)

        def write() -> None:
            pipe = self._client.pipeline(transaction=True)
            pipe.hincrby(key, str(hour_of(at)), 1)
            pipe.hset(key, "last", repr(at))
            pipe.sadd(f"{self.prefix}:hits:index", entry_id)
            pipe.execute()
            if random.random() < 0.02:
                self._prune(key, at)

        self._call(write)

    def _prune(self, key: str, now: float) -> None:
        oldest = hour_of(now - MONTH)
        stale = [f for f in self._client.hkeys(key) if f.isdigit() and int(f) < oldest]
        if stale:
            self._client.hdel(key, *stale)

    def _counts(self, fields: dict[str, str], now: float) -> tuple[Hits, dict[int, int]]:
        by_hour = {int(k): int(v) for k, v in fields.items() if k.isdigit()}
        current = hour_of(now)

        def within(window: int) -> int:
            start = current - window_hours(window) + 1
            return sum(c for h, c in by_hour.items() if start <= h <= current)

        last = float(fields["last"]) if "last" in fields else None
        return Hits(
            day=within(DAY), week=within(WEEK), month=within(MONTH), last_seen=last
        ), by_hour

    def hits(self, entry_id: str, now: float | None = None) -> Hits:
        fields = self._call(lambda: self._client.hgetall(self._hits_key(entry_id)))
        return self._counts(fields, now_or(now))[0]

    def top_hits(self, window: int, limit: int, now: float | None = None) -> list[tuple[str, int]]:
        now = now_or(now)
        start = hour_of(now) - window_hours(window) + 1

        def read() -> list[tuple[str, int]]:
            entry_ids = sorted(self._client.smembers(f"{self.prefix}:hits:index"))
            pipe = self._client.pipeline(transaction=False)
            for entry_id in entry_ids:
                pipe.hgetall(self._hits_key(entry_id))
            counts = []
            for entry_id, fields in zip(entry_ids, pipe.execute(), strict=True):
                total = sum(int(v) for k, v in fields.items() if k.isdigit() and int(k) >= start)
                if total:
                    counts.append((entry_id, total))
            return counts

        counts = self._call(read)
        return sorted(counts, key=lambda kv: (-kv[1], kv[0]))[:limit]

    def record_gap(self, line: str, at: float | None = None, *, public: bool = False) -> None:
        at = now_or(at)
        key = f"{self.prefix}:gaps"
        public_key = f"{self.prefix}:gaps:public"

        def write() -> None:
            pipe = self._client.pipeline(transaction=True)
            pipe.zincrby(key, 1, line)
            if public:
                pipe.zincrby(public_key, 1, line)
            pipe.hset(f"{key}:last", line, repr(at))
            pipe.zcard(key)
            size = pipe.execute()[-1]
            if size > MAX_GAPS:
                dropped = self._client.zrange(key, 0, size - MAX_GAPS - 1)
                if dropped:
                    pipe = self._client.pipeline(transaction=True)
                    pipe.zrem(key, *dropped)
                    pipe.zrem(public_key, *dropped)
                    pipe.hdel(f"{key}:last", *dropped)
                    pipe.execute()

        self._call(write)

    def top_gaps(self, limit: int, *, public_only: bool = False) -> list[Gap]:
        key = f"{self.prefix}:gaps"

        def read() -> list[Gap]:
            ranked = f"{key}:public" if public_only else key
            rows = self._client.zrevrange(ranked, 0, limit - 1, withscores=True)
            lasts = self._client.hmget(f"{key}:last", [line for line, _ in rows]) if rows else []
            return [
                Gap(line=line, count=int(score), last_seen=float(last or 0))
                for (line, score), last in zip(rows, lasts, strict=True)
            ]

        return self._call(read)

    def record_feedback(self, feedback: Feedback) -> None:
        key = f"{self.prefix}:feedback"
        item = json.dumps(feedback.__dict__, ensure_ascii=False)

        def write() -> None:
            pipe = self._client.pipeline(transaction=True)
            pipe.lpush(key, item)
            pipe.ltrim(key, 0, MAX_FEEDBACK - 1)
            pipe.execute()

        self._call(write)

    def feedback(self, limit: int) -> list[Feedback]:
        items = self._call(lambda: self._client.lrange(f"{self.prefix}:feedback", 0, limit - 1))
        return [Feedback(**json.loads(item)) for item in items]

    def claim(self, key: str, ttl: int) -> bool:
        return bool(
            self._call(lambda: self._client.set(f"{self.prefix}:claim:{key}", "1", nx=True, ex=ttl))
        )

    def release(self, key: str) -> None:
        self._call(lambda: self._client.delete(f"{self.prefix}:claim:{key}"))

    def close(self) -> None:
        self._client.close()
