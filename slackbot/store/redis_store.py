"""The Redis backend: shared by every replica of the bot, on one Redis or a Redis Cluster.

Keys start with the prefix, so several bots can share a server. Every change that
touches several keys runs in one Lua script whose keys share a hash tag, so it is
atomic on Redis Cluster too:

- one workaround's voters and tally: ``<prefix>:votes:{<entry>#<workaround>}`` and
  ``<prefix>:tally:{<entry>#<workaround>}``;
- hit counts: ``<prefix>:{<prefix>:hits}:entry:<entry>`` (a hash of hour → count, plus
  ``last``) and the index of entries hit, ``<prefix>:{<prefix>:hits}:index``;
- unmatched lines: ``<prefix>:{<prefix>:gaps}:count``, ``…:public`` (sorted sets) and
  ``…:last`` (a hash of line → last seen);
- wrong-match reports: ``<prefix>:{<prefix>:feedback}:list``, newest first;
- claims: ``<prefix>:claim:<key>``, one key each (``SET NX EX``);
- drafts: ``<prefix>:{<prefix>:drafts}:all`` (a hash of id → JSON) and ``…:revision``.

:func:`open_redis` returns the parts (:class:`~slackbot.store.base.Stores`) on one
client: ``redis.Redis``, or ``redis.cluster.RedisCluster`` with ``cluster=True``, whose
URL is then any node of the cluster.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import redis
from redis.cluster import RedisCluster
from redis.exceptions import RedisClusterException, RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from slackbot.drafts import Draft
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

# KEYS: the entry's hash, the index. ARGV: entry id, hour, at, oldest hour to keep or ''.
_HIT_SCRIPT = """
redis.call('HINCRBY', KEYS[1], ARGV[2], 1)
local last = tonumber(redis.call('HGET', KEYS[1], 'last'))
if not last or tonumber(ARGV[3]) > last then redis.call('HSET', KEYS[1], 'last', ARGV[3]) end
redis.call('SADD', KEYS[2], ARGV[1])
if ARGV[4] ~= '' then
  local oldest = tonumber(ARGV[4])
  local stale = {}
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    local hour = tonumber(field)
    if hour and hour < oldest then table.insert(stale, field) end
  end
  if #stale > 0 then redis.call('HDEL', KEYS[1], unpack(stale)) end
end
"""

# KEYS: counts, public counts, last seen. ARGV: line, at, '1' if public, cap.
# Beyond the cap, the least-counted lines go, the oldest first among equals (then by
# line, as SQLite orders them); the line just seen always stays.
_GAP_SCRIPT = """
local line = ARGV[1]
redis.call('ZINCRBY', KEYS[1], 1, line)
if ARGV[3] == '1' then redis.call('ZINCRBY', KEYS[2], 1, line) end
redis.call('HSET', KEYS[3], line, ARGV[2])
local excess = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[4])
if excess <= 0 then return 0 end
local function chunks(items, each)
  for i = 1, #items, 500 do
    each({unpack(items, i, math.min(i + 499, #items))})
  end
end
local victims = {}
local start = 0
while #victims < excess do
  local lowest = redis.call('ZRANGE', KEYS[1], start, start, 'WITHSCORES')
  if #lowest == 0 then break end
  local group = redis.call('ZRANGEBYSCORE', KEYS[1], lowest[2], lowest[2])
  start = start + #group
  local aged = {}
  chunks(group, function(part)
    local seen = redis.call('HMGET', KEYS[3], unpack(part))
    for i, member in ipairs(part) do
      if member ~= line then table.insert(aged, {tonumber(seen[i]) or 0, member}) end
    end
  end)
  table.sort(aged, function(a, b)
    if a[1] ~= b[1] then return a[1] < b[1] end
    return a[2] < b[2]
  end)
  for _, item in ipairs(aged) do
    if #victims >= excess then break end
    table.insert(victims, item[2])
  end
end
chunks(victims, function(part)
  redis.call('ZREM', KEYS[1], unpack(part))
  redis.call('ZREM', KEYS[2], unpack(part))
  redis.call('HDEL', KEYS[3], unpack(part))
end)
return #victims
"""

# KEYS: the drafts hash, the revision. ARGV: id, JSON.
_DRAFT_SCRIPT = """
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return redis.call('INCR', KEYS[2])
"""

# KEYS: the list. ARGV: the report, cap.
_FEEDBACK_SCRIPT = """
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]) - 1)
"""

#: Share of hits that also drop the entry's counts older than 30 days.
PRUNE_SHARE = 0.02


class RedisBackend:
    """One Redis client (single server or cluster) shared by the parts of a store.

    The client is made on first use: a cluster's client asks a node for the slot map
    when it is made, so a cluster that is down at start-up only makes calls fail
    (``StoreUnavailable``) until it is back, as a single server does.
    """

    def __init__(
        self, url: str, prefix: str = "ci-error", *, cluster: bool = False, timeout: float = 2.0
    ) -> None:
        self.url = url
        self.prefix = prefix
        self.cluster = cluster
        self._timeout = timeout
        # decode_responses=True: every reply is a str, which redis-py's types cannot express.
        self._client: Any = None
        self._scripts: dict[str, Any] = {}
        self._lock = threading.Lock()

    def tag(self, concern: str) -> str:
        """The start of every key of ``concern``: one hash slot per concern and prefix."""
        return f"{self.prefix}:{{{self.prefix}:{concern}}}"

    @property
    def client(self) -> Any:
        """The redis-py client (``redis.Redis`` or ``RedisCluster``); raises
        ``StoreUnavailable`` when a cluster cannot be reached to be mapped."""
        with self._lock:
            if self._client is None:
                options: dict[str, Any] = {
                    "socket_timeout": self._timeout,
                    "socket_connect_timeout": self._timeout,
                    "decode_responses": True,
                }
                try:
                    if self.cluster:
                        self._client = RedisCluster.from_url(self.url, **options)
                    else:
                        self._client = redis.Redis.from_url(
                            self.url, health_check_interval=30, **options
                        )
                except (RedisError, RedisClusterException) as exc:
                    raise StoreUnavailable(f"Redis is unavailable: {exc}") from exc
            return self._client

    def call(self, operation: Callable[[Any], T]) -> T:
        """Run ``operation(client)``, turning Redis errors into ``StoreUnavailable``
        (``StoreTimeout`` when a command may have run without an answer)."""
        try:
            return operation(self.client)
        except RedisTimeoutError as exc:
            raise StoreTimeout(f"Redis did not answer in time: {exc}") from exc
        except (RedisError, RedisClusterException) as exc:
            raise StoreUnavailable(f"Redis is unavailable: {exc}") from exc

    def run_script(self, source: str, keys: Sequence[str], args: Sequence[Any]) -> Any:
        """Run a Lua script (loaded once per server) on ``keys``, which share a slot."""

        def run(client: Any) -> Any:
            with self._lock:
                script = self._scripts.get(source)
                if script is None:
                    script = self._scripts[source] = client.register_script(source)
            return script(keys=list(keys), args=list(args))

        return self.call(run)

    def ping(self) -> bool:
        try:
            return bool(self.call(lambda client: client.ping()))
        except StoreUnavailable:
            return False

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()


class RedisVotes:
    """:class:`~slackbot.store.base.VoteStore`: a voters hash and a tally hash per workaround."""

    def __init__(self, backend: RedisBackend) -> None:
        self._backend = backend

    def _key(self, kind: str, entry_id: str, workaround_id: str) -> str:
        return f"{self._backend.prefix}:{kind}:{{{entry_id}#{workaround_id}}}"

    def vote(
        self, entry_id: str, workaround_id: str, user_id: str, direction: Direction
    ) -> VoteOutcome:
        keys = [
            self._key("votes", entry_id, workaround_id),
            self._key("tally", entry_id, workaround_id),
        ]
        return VoteOutcome(self._backend.run_script(_VOTE_SCRIPT, keys, [user_id, direction]))

    def tallies(self, entry_id: str, workaround_ids: list[str]) -> dict[str, Tally]:
        def read(client: Any) -> list[Any]:
            pipe = client.pipeline(transaction=False)
            for workaround_id in workaround_ids:
                pipe.hmget(self._key("tally", entry_id, workaround_id), ["up", "down"])
            return list(pipe.execute())

        rows = self._backend.call(read)
        return {
            wid: Tally(up=int(up or 0), down=int(down or 0))
            for wid, (up, down) in zip(workaround_ids, rows, strict=True)
        }

    def export_votes(self) -> list[VoteRecord]:
        pattern = f"{self._backend.prefix}:votes:*"

        def read(client: Any) -> list[VoteRecord]:
            records = []
            for key in client.scan_iter(match=pattern, count=500):
                slot = key.rsplit(":votes:", 1)[1].strip("{}")
                entry_id, _, workaround_id = slot.partition("#")
                for user_id, direction in client.hgetall(key).items():
                    records.append(VoteRecord(entry_id, workaround_id, user_id, direction))
            return records

        records = self._backend.call(read)
        return sorted(records, key=lambda r: (r.entry_id, r.workaround_id, r.user_id))

    def import_votes(self, records: list[VoteRecord]) -> int:
        changed = 0
        for record in records:
            outcome = self.vote(
                record.entry_id, record.workaround_id, record.user_id, record.direction
            )
            changed += outcome is not VoteOutcome.UNCHANGED
        return changed


class RedisHits:
    """:class:`~slackbot.store.base.HitStore`: per entry, a hash of hour → count."""

    def __init__(self, backend: RedisBackend) -> None:
        self._backend = backend
        self._index = f"{backend.tag('hits')}:index"

    def _key(self, entry_id: str) -> str:
        return f"{self._backend.tag('hits')}:entry:{entry_id}"

    def record_hit(self, entry_id: str, at: float | None = None) -> None:
        at = now_or(at)
        prune = str(hour_of(at - MONTH)) if random.random() < PRUNE_SHARE else ""
        self._backend.run_script(
            _HIT_SCRIPT,
            [self._key(entry_id), self._index],
            [entry_id, hour_of(at), repr(at), prune],
        )

    def hits(self, entry_id: str, now: float | None = None) -> Hits:
        fields = self._backend.call(lambda client: client.hgetall(self._key(entry_id)))
        by_hour = {int(k): int(v) for k, v in fields.items() if k.isdigit()}
        current = hour_of(now_or(now))

        def within(window: int) -> int:
            start = current - window_hours(window) + 1
            return sum(c for h, c in by_hour.items() if start <= h <= current)

        last = float(fields["last"]) if "last" in fields else None
        return Hits(
            day=within(DAY),
            week=within(WEEK),
            month=within(MONTH),
            last_seen=last,
            days=daily_counts(by_hour, current),
        )

    def top_hits(self, window: int, limit: int, now: float | None = None) -> list[tuple[str, int]]:
        current = hour_of(now_or(now))
        start = current - window_hours(window) + 1

        def read(client: Any) -> list[tuple[str, int]]:
            entry_ids = sorted(client.smembers(self._index))
            pipe = client.pipeline(transaction=False)
            for entry_id in entry_ids:
                pipe.hgetall(self._key(entry_id))
            counts = []
            for entry_id, fields in zip(entry_ids, pipe.execute(), strict=True):
                total = sum(
                    int(v) for k, v in fields.items() if k.isdigit() and start <= int(k) <= current
                )
                if total:
                    counts.append((entry_id, total))
            return counts

        counts = self._backend.call(read)
        return sorted(counts, key=lambda kv: (-kv[1], kv[0]))[:limit]


class RedisGaps:
    """:class:`~slackbot.store.base.GapStore`: sorted sets of counts, a hash of last seen."""

    def __init__(self, backend: RedisBackend, cap: int = MAX_GAPS) -> None:
        self._backend = backend
        self._cap = cap
        tag = backend.tag("gaps")
        self._counts, self._public, self._last = f"{tag}:count", f"{tag}:public", f"{tag}:last"

    def record_gap(self, line: str, at: float | None = None, *, public: bool = False) -> None:
        self._backend.run_script(
            _GAP_SCRIPT,
            [self._counts, self._public, self._last],
            [line, repr(now_or(at)), "1" if public else "0", self._cap],
        )

    def top_gaps(self, limit: int, *, public_only: bool = False) -> list[Gap]:
        ranked = self._public if public_only else self._counts
        if limit < 1:
            return []

        def read(client: Any) -> list[Gap]:
            rows: dict[str, float] = dict(client.zrevrange(ranked, 0, limit - 1, withscores=True))
            if len(rows) == limit:
                # Lines tied with the last one may rank before it by date: read them all.
                boundary = min(rows.values())
                rows.update(client.zrangebyscore(ranked, boundary, boundary, withscores=True))
            lines = list(rows)
            lasts = client.hmget(self._last, lines) if lines else []
            gaps = [
                Gap(line=line, count=int(rows[line]), last_seen=float(last or 0))
                for line, last in zip(lines, lasts, strict=True)
            ]
            return sorted(gaps, key=lambda g: (-g.count, -g.last_seen, g.line))[:limit]

        return self._backend.call(read)


class RedisFeedback:
    """:class:`~slackbot.store.base.FeedbackStore`: a list of JSON reports, newest first."""

    def __init__(self, backend: RedisBackend, cap: int = MAX_FEEDBACK) -> None:
        self._backend = backend
        self._cap = cap
        self._key = f"{backend.tag('feedback')}:list"

    def record_feedback(self, feedback: Feedback) -> None:
        item = json.dumps(feedback.__dict__, ensure_ascii=False)
        self._backend.run_script(_FEEDBACK_SCRIPT, [self._key], [item, self._cap])

    def feedback(self, limit: int) -> list[Feedback]:
        if limit < 1:
            return []
        items = self._backend.call(lambda client: client.lrange(self._key, 0, limit - 1))
        return [Feedback(**json.loads(item)) for item in items]


class RedisClaims:
    """:class:`~slackbot.store.base.ClaimStore`: one key per claim, ``SET NX EX``."""

    def __init__(self, backend: RedisBackend) -> None:
        self._backend = backend

    def _key(self, key: str) -> str:
        return f"{self._backend.prefix}:claim:{key}"

    def claim(self, key: str, ttl: int) -> bool:
        return bool(
            self._backend.call(lambda client: client.set(self._key(key), "1", nx=True, ex=ttl))
        )

    def release(self, key: str) -> None:
        self._backend.call(lambda client: client.delete(self._key(key)))


class RedisDrafts:
    """:class:`~slackbot.store.base.DraftStore`: a hash of id → JSON and a revision counter."""

    def __init__(self, backend: RedisBackend) -> None:
        self._backend = backend
        self._all = f"{backend.tag('drafts')}:all"
        self._revision = f"{backend.tag('drafts')}:revision"

    def save_draft(self, draft: Draft) -> None:
        self._backend.run_script(
            _DRAFT_SCRIPT, [self._all, self._revision], [draft.id, draft.to_json()]
        )

    def drafts(self) -> list[Draft]:
        stored = self._backend.call(lambda client: client.hgetall(self._all))
        return read_drafts(stored.items())

    def revision(self) -> int:
        return int(self._backend.call(lambda client: client.get(self._revision)) or 0)


def open_redis(
    url: str,
    prefix: str = "ci-error",
    *,
    cluster: bool = False,
    timeout: float = 2.0,
    max_gaps: int = MAX_GAPS,
    max_feedback: int = MAX_FEEDBACK,
) -> Stores:
    """Every part of the store on the Redis at ``url`` (a seed node when ``cluster``)."""
    backend = RedisBackend(url, prefix, cluster=cluster, timeout=timeout)
    return Stores(
        votes=RedisVotes(backend),
        hits=RedisHits(backend),
        gaps=RedisGaps(backend, max_gaps),
        feedback=RedisFeedback(backend, max_feedback),
        claims=RedisClaims(backend),
        drafts=RedisDrafts(backend),
        backend=backend,
    )
