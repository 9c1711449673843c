"""The vote store: the same cases against Redis and the embedded SQLite store."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from slackbot.catalog import Catalog
from slackbot.errors import InvalidVote, StoreUnavailable
from slackbot.rates import Tally
from slackbot.store import (
    Feedback,
    RedisStore,
    SqliteStore,
    Store,
    VoteOutcome,
    VoteRecord,
    check_vote,
)
from slackbot.store.base import DAY, HOUR, WEEK

ENTRY = "policy/github-actions-oidc-token-403-forbidden"
W1, W2 = "request-the-audience-the-consumer-expects", "test-the-audience-with-curl"


def test_vote_change_and_repeat(store: Store) -> None:
    assert store.vote(ENTRY, W1, "U1", "up") is VoteOutcome.RECORDED
    assert store.vote(ENTRY, W1, "U1", "up") is VoteOutcome.UNCHANGED
    assert store.tallies(ENTRY, [W1])[W1] == Tally(up=1, down=0)
    assert store.vote(ENTRY, W1, "U1", "down") is VoteOutcome.CHANGED
    assert store.vote(ENTRY, W1, "U2", "down") is VoteOutcome.RECORDED
    assert store.tallies(ENTRY, [W1, W2]) == {W1: Tally(0, 2), W2: Tally(0, 0)}


def test_unknown_ids_are_refused_before_the_store(catalog: Catalog) -> None:
    assert check_vote(catalog, ENTRY, W1, "up") == "up"
    with pytest.raises(InvalidVote):
        check_vote(catalog, "no/such", W1, "up")
    with pytest.raises(InvalidVote):
        check_vote(catalog, ENTRY, "no-such-workaround", "up")
    with pytest.raises(InvalidVote):
        check_vote(catalog, ENTRY, W1, "sideways")


def test_concurrent_clicks_give_exact_tallies(store: Store) -> None:
    users = [f"U{n:03d}" for n in range(50)]

    def clicks(user: str) -> None:
        number = int(user[1:])
        for click in range(20):
            # every user ends on: even users up, odd users down
            direction = "up" if (click + number) % 2 == 0 else "down"
            store.vote(ENTRY, W2, user, direction)  # type: ignore[arg-type]
        store.vote(ENTRY, W2, user, "up" if number % 2 == 0 else "down")

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(clicks, users))
    assert store.tallies(ENTRY, [W2])[W2] == Tally(up=25, down=25)
    assert len(store.export_votes()) == 50


def test_export_import_round_trip_between_backends(
    redis_store: RedisStore, sqlite_store: SqliteStore
) -> None:
    for n in range(30):
        redis_store.vote(ENTRY, W1 if n % 3 else W2, f"U{n}", "up" if n % 4 else "down")
    exported = redis_store.export_votes()
    assert sqlite_store.import_votes(exported) == 30
    assert sqlite_store.export_votes() == exported
    assert sqlite_store.tallies(ENTRY, [W1, W2]) == redis_store.tallies(ENTRY, [W1, W2])
    assert sqlite_store.import_votes(exported) == 0  # importing twice changes nothing


def test_hits_count_in_rolling_windows(store: Store) -> None:
    now = 1_800_000_000.0
    store.record_hit(ENTRY, now - 40 * DAY)
    store.record_hit(ENTRY, now - 10 * DAY)
    store.record_hit(ENTRY, now - 3 * DAY)
    store.record_hit(ENTRY, now - 2 * HOUR)
    store.record_hit(ENTRY, now)
    hits = store.hits(ENTRY, now)
    assert (hits.day, hits.week, hits.month) == (2, 3, 4)
    assert hits.last_seen == now
    store.record_hit("other/entry", now)
    assert store.top_hits(WEEK, 5, now) == [(ENTRY, 3), ("other/entry", 1)]


def test_gaps_are_counted_and_ranked(store: Store) -> None:
    for _ in range(3):
        store.record_gap("error: frobnicator exploded <n>")
    store.record_gap("fatal: widget missing")
    gaps = store.top_gaps(5)
    assert [(g.line, g.count) for g in gaps] == [
        ("error: frobnicator exploded <n>", 3),
        ("fatal: widget missing", 1),
    ]


def test_feedback_newest_first(store: Store) -> None:
    for n in range(3):
        store.record_feedback(Feedback(ENTRY, f"line {n}", "U1", float(n)))
    assert [f.line for f in store.feedback(2)] == ["line 2", "line 1"]


def test_claims_are_exclusive_until_released(store: Store) -> None:
    assert store.claim("msg:C1:1.2", 60)
    assert not store.claim("msg:C1:1.2", 60)
    store.release("msg:C1:1.2")
    assert store.claim("msg:C1:1.2", 60)


def test_claims_expire(store: Store) -> None:
    assert store.claim("short", 1)
    time.sleep(1.2)
    assert store.claim("short", 1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_redis(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    server = shutil.which("redis-server")
    assert server, "redis-server is needed for the restart test (.ci/run installs it)"
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(workdir),
            "--appendonly",
            "yes",
            "--appendfsync",
            "always",
            "--save",
            "",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process
        time.sleep(0.05)
    process.kill()
    raise AssertionError("redis-server did not start")


def test_redis_stopped_and_restarted_mid_test(tmp_path: Path) -> None:
    port = _free_port()
    process = _start_redis(port, tmp_path)
    store = RedisStore(f"redis://127.0.0.1:{port}/0", "restart", timeout=0.5)
    try:
        assert store.vote(ENTRY, W1, "U1", "up") is VoteOutcome.RECORDED
        process.terminate()
        process.wait(10)
        assert not store.ping()
        with pytest.raises(StoreUnavailable):
            store.vote(ENTRY, W1, "U2", "up")
        process = _start_redis(port, tmp_path)
        deadline = time.monotonic() + 10
        while not store.ping() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.tallies(ENTRY, [W1])[W1] == Tally(up=1, down=0)
        assert store.export_votes() == [VoteRecord(ENTRY, W1, "U1", "up")]
        assert store.vote(ENTRY, W1, "U2", "up") is VoteOutcome.RECORDED
    finally:
        store.close()
        process.kill()
        process.wait(10)


def test_sqlite_store_keeps_votes_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "data" / "votes.sqlite3"
    first = SqliteStore(path)
    first.vote(ENTRY, W1, "U1", "down")
    first.close()
    again = SqliteStore(path)
    assert again.tallies(ENTRY, [W1])[W1] == Tally(0, 1)
    again.close()


def test_sqlite_store_in_an_unwritable_place_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreUnavailable):
        SqliteStore(blocker / "votes.sqlite3")
