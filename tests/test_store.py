"""The store's contract: the same cases against Redis, the embedded SQLite store and a
real three-master Redis Cluster, for each part (votes, hits, gaps, feedback, claims,
drafts)."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis
from redis.cluster import RedisCluster as ClusterClient
from redis.crc import key_slot

from slackbot.catalog import Catalog
from slackbot.drafts import Draft, Proposal
from slackbot.errors import InvalidVote, StoreUnavailable
from slackbot.rates import Tally
from slackbot.store import (
    Feedback,
    RedisBackend,
    Stores,
    VoteOutcome,
    VoteRecord,
    open_redis,
    open_sqlite,
)
from slackbot.store.base import DAY, HOUR, WEEK
from slackbot.voting import check_vote
from tests.conftest import ROOT, StoreFactory
from tests.redis_servers import RedisCluster, free_port, start_durable_redis

ENTRY = "policy/github-actions-oidc-token-403-forbidden"
W1, W2 = "request-the-audience-the-consumer-expects", "test-the-audience-with-curl"

# --- votes ----------------------------------------------------------------------------


def test_vote_change_and_repeat(store: Stores) -> None:
    votes = store.votes
    assert votes.vote(ENTRY, W1, "U1", "up") is VoteOutcome.RECORDED
    assert votes.vote(ENTRY, W1, "U1", "up") is VoteOutcome.UNCHANGED
    assert votes.tallies(ENTRY, [W1])[W1] == Tally(up=1, down=0)
    assert votes.vote(ENTRY, W1, "U1", "down") is VoteOutcome.CHANGED
    assert votes.vote(ENTRY, W1, "U2", "down") is VoteOutcome.RECORDED
    assert votes.tallies(ENTRY, [W1, W2]) == {W1: Tally(0, 2), W2: Tally(0, 0)}


def test_unknown_ids_are_refused_before_the_store(catalog: Catalog) -> None:
    assert check_vote(catalog, ENTRY, W1, "up") == "up"
    with pytest.raises(InvalidVote):
        check_vote(catalog, "no/such", W1, "up")
    with pytest.raises(InvalidVote):
        check_vote(catalog, ENTRY, "no-such-workaround", "up")
    with pytest.raises(InvalidVote):
        check_vote(catalog, ENTRY, W1, "sideways")


def test_the_store_does_not_depend_on_the_catalog() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, slackbot.store; print(' '.join(sorted(sys.modules)))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "slackbot.catalog" not in loaded
    assert "slackbot.config" not in loaded


def test_concurrent_clicks_give_exact_tallies(store: Stores) -> None:
    users = [f"U{n:03d}" for n in range(50)]

    def clicks(user: str) -> None:
        number = int(user[1:])
        for click in range(20):
            # every user ends on: even users up, odd users down
            direction = "up" if (click + number) % 2 == 0 else "down"
            store.votes.vote(ENTRY, W2, user, direction)  # type: ignore[arg-type]
        store.votes.vote(ENTRY, W2, user, "up" if number % 2 == 0 else "down")

    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(clicks, users))
    assert store.votes.tallies(ENTRY, [W2])[W2] == Tally(up=25, down=25)
    assert len(store.votes.export_votes()) == 50


def test_export_import_round_trip_between_backends(
    redis_store: Stores, sqlite_store: Stores
) -> None:
    for n in range(30):
        redis_store.votes.vote(ENTRY, W1 if n % 3 else W2, f"U{n}", "up" if n % 4 else "down")
    exported = redis_store.votes.export_votes()
    assert sqlite_store.votes.import_votes(exported) == 30
    assert sqlite_store.votes.export_votes() == exported
    assert sqlite_store.votes.tallies(ENTRY, [W1, W2]) == redis_store.votes.tallies(ENTRY, [W1, W2])
    assert sqlite_store.votes.import_votes(exported) == 0  # importing twice changes nothing


@pytest.mark.cluster
def test_export_import_round_trip_through_the_cluster(
    cluster_store: Stores, sqlite_store: Stores
) -> None:
    for n in range(40):
        workaround = W1 if n % 3 else W2
        cluster_store.votes.vote(f"cat/entry-{n % 7}", workaround, f"U{n}", "up")
    exported = cluster_store.votes.export_votes()
    assert len(exported) == 40  # the keys are spread over the three masters
    assert sqlite_store.votes.import_votes(exported) == 40
    assert sqlite_store.votes.export_votes() == exported


# --- hits -----------------------------------------------------------------------------


def test_hits_count_in_rolling_windows(store: Stores) -> None:
    now = 1_800_000_000.0
    for at in (now - 40 * DAY, now - 10 * DAY, now - 3 * DAY, now - 2 * HOUR, now):
        store.hits.record_hit(ENTRY, at)
    hits = store.hits.hits(ENTRY, now)
    assert (hits.day, hits.week, hits.month) == (2, 3, 4)
    assert hits.last_seen == now
    assert hits.days == (0, 0, 0, 1, 0, 0, 2)  # 24-hour windows, the oldest first
    store.hits.record_hit("other/entry", now)
    assert store.hits.top_hits(WEEK, 5, now) == [(ENTRY, 3), ("other/entry", 1)]


def test_the_latest_hit_is_the_latest_time_whatever_the_order(store: Stores) -> None:
    now = 1_800_000_000.0
    store.hits.record_hit(ENTRY, now)
    store.hits.record_hit(ENTRY, now - HOUR)  # a late report of an earlier match
    assert store.hits.hits(ENTRY, now).last_seen == now


def test_top_hits_rank_ties_by_entry_and_skip_entries_outside_the_window(
    store: Stores,
) -> None:
    now = 1_800_000_000.0
    for entry in ("c/three", "a/one", "b/two"):
        store.hits.record_hit(entry, now)
    store.hits.record_hit("d/old", now - 20 * DAY)
    store.hits.record_hit("e/future", now + 2 * HOUR)
    assert store.hits.top_hits(WEEK, 2, now) == [("a/one", 1), ("b/two", 1)]
    assert len(store.hits.top_hits(WEEK, 10, now)) == 3


# --- gaps -----------------------------------------------------------------------------


def test_gaps_are_counted_and_ranked(store: Stores) -> None:
    for _ in range(3):
        store.gaps.record_gap("error: frobnicator exploded <n>")
    store.gaps.record_gap("fatal: widget missing")
    gaps = store.gaps.top_gaps(5)
    assert [(g.line, g.count) for g in gaps] == [
        ("error: frobnicator exploded <n>", 3),
        ("fatal: widget missing", 1),
    ]


def test_gaps_with_equal_counts_rank_the_latest_first(store: Stores) -> None:
    seen = {"b: old": 1000.0, "a: oldest": 995.0, "d: new": 1002.0, "c: newest": 1003.0}
    for line, at in seen.items():
        store.gaps.record_gap(line, at)
    store.gaps.record_gap("z: counted twice", 1.0)
    store.gaps.record_gap("z: counted twice", 2.0)
    # The limit cuts through the tied lines: those seen last are kept, whatever the text.
    assert [g.line for g in store.gaps.top_gaps(3)] == ["z: counted twice", "c: newest", "d: new"]
    assert [g.line for g in store.gaps.top_gaps(10)][-2:] == ["b: old", "a: oldest"]


def test_public_gaps_count_only_what_public_channels_saw(store: Stores) -> None:
    store.gaps.record_gap("error: in a DM", 1.0)
    store.gaps.record_gap("error: in a DM", 2.0)
    store.gaps.record_gap("error: in public", 3.0, public=True)
    store.gaps.record_gap("error: in public", 4.0)
    assert [(g.line, g.count) for g in store.gaps.top_gaps(5, public_only=True)] == [
        ("error: in public", 1)
    ]
    assert [(g.line, g.count) for g in store.gaps.top_gaps(5)] == [
        ("error: in public", 2),
        ("error: in a DM", 2),
    ]


def test_a_full_gap_queue_drops_the_least_counted_then_oldest_and_keeps_the_newest(
    store_factory: StoreFactory,
) -> None:
    store = store_factory(max_gaps=3)
    gaps = store.gaps
    gaps.record_gap("frequent", 10.0, public=True)
    gaps.record_gap("frequent", 11.0, public=True)
    gaps.record_gap("old once", 12.0, public=True)
    gaps.record_gap("recent once", 13.0)
    gaps.record_gap("newest", 14.0, public=True)  # over the cap: "old once" goes
    assert {g.line for g in gaps.top_gaps(10)} == {"frequent", "recent once", "newest"}
    assert {g.line for g in gaps.top_gaps(10, public_only=True)} == {"frequent", "newest"}
    gaps.record_gap("recent once", 15.0)
    gaps.record_gap("one more", 16.0)  # the least counted is now "newest" (once)
    assert [(g.line, g.count) for g in gaps.top_gaps(10)] == [
        ("recent once", 2),
        ("frequent", 2),
        ("one more", 1),
    ]
    assert [g.line for g in gaps.top_gaps(10, public_only=True)] == ["frequent"]


def test_a_new_line_enters_a_queue_full_of_frequent_lines(store_factory: StoreFactory) -> None:
    store = store_factory(max_gaps=2)
    for n in range(3):
        store.gaps.record_gap("frequent a", 1.0 + n)
        store.gaps.record_gap("frequent b", 5.0 + n)
    store.gaps.record_gap("brand new", 9.0)
    assert [(g.line, g.count) for g in store.gaps.top_gaps(5)] == [
        ("frequent b", 3),
        ("brand new", 1),
    ]


def test_gaps_are_evicted_one_for_one_at_the_cap(store_factory: StoreFactory) -> None:
    store = store_factory(max_gaps=5)
    for n in range(40):
        store.gaps.record_gap(f"line {n:02d}", float(n))
    kept = store.gaps.top_gaps(10)
    assert [g.line for g in kept] == [f"line {n:02d}" for n in range(39, 34, -1)]


# --- feedback -------------------------------------------------------------------------


def test_feedback_newest_first(store: Stores) -> None:
    for n in range(3):
        store.feedback.record_feedback(Feedback(ENTRY, f"line {n}", "U1", float(n)))
    assert [f.line for f in store.feedback.feedback(2)] == ["line 2", "line 1"]
    assert store.feedback.feedback(1)[0] == Feedback(ENTRY, "line 2", "U1", 2.0)


def test_feedback_keeps_the_newest_reports_up_to_the_cap(store_factory: StoreFactory) -> None:
    store = store_factory(max_feedback=3)
    for n in range(7):
        # ``at`` is the reporter's clock: the order kept is the order received.
        store.feedback.record_feedback(Feedback(ENTRY, f"report {n}", f"U{n}", float(100 - n)))
    assert [f.line for f in store.feedback.feedback(10)] == ["report 6", "report 5", "report 4"]


# --- claims ---------------------------------------------------------------------------


def test_claims_are_exclusive_until_released(store: Stores) -> None:
    claims = store.claims
    assert claims.claim("msg:C1:1.2", 60)
    assert not claims.claim("msg:C1:1.2", 60)
    claims.release("msg:C1:1.2")
    assert claims.claim("msg:C1:1.2", 60)


def test_claims_are_exclusive_under_concurrent_attempts(store: Stores) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        won = list(pool.map(lambda _: store.claims.claim("msg:C1:race", 60), range(32)))
    assert won.count(True) == 1


def test_claims_expire(store: Stores) -> None:
    assert store.claims.claim("short", 1)
    time.sleep(1.2)
    assert store.claims.claim("short", 1)


# --- drafts ---------------------------------------------------------------------------


def _draft(title: str, at: float, user: str = "U1") -> Draft:
    proposal = Proposal(
        line="error: widget exploded",
        pattern="widget exploded",
        category="custom",
        title=title,
        root_cause="The widget was overfilled.",
        workaround_title="Fill it less",
        workaround_steps="Halve the input.",
    )
    return Draft(proposal, user, at)


def test_drafts_are_kept_newest_first_and_the_revision_moves_on_each_save(store: Stores) -> None:
    drafts = store.drafts
    assert drafts.drafts() == [] and drafts.revision() == 0
    old, new = _draft("Widget exploded once", 1.0), _draft("Widget exploded twice", 2.0)
    drafts.save_draft(old)
    first = drafts.revision()
    drafts.save_draft(new)
    assert drafts.revision() > first > 0
    assert drafts.drafts() == [new, old]
    reviewed = old.reviewed("rejected", "U0ADMIN", 3.0)
    before = drafts.revision()
    drafts.save_draft(reviewed)  # replaces the draft with the same id
    assert drafts.revision() > before
    assert drafts.drafts() == [new, reviewed]


def test_a_draft_that_cannot_be_read_is_skipped(redis_store: Stores) -> None:
    redis_store.drafts.save_draft(_draft("Widget exploded once", 1.0))
    backend = redis_store.backend
    assert isinstance(backend, RedisBackend)
    client = redis.Redis.from_url(backend.url, decode_responses=True)
    try:
        client.hset(f"{backend.tag('drafts')}:all", "custom/broken", "{not json")
    finally:
        client.close()
    assert [d.id for d in redis_store.drafts.drafts()] == ["custom/widget-exploded-once"]


# --- Redis Cluster --------------------------------------------------------------------


@pytest.mark.cluster
def test_every_concern_keeps_its_keys_in_one_hash_slot(
    redis_cluster: RedisCluster, cluster_store: Stores
) -> None:
    """What the Lua scripts touch together shares a slot; the cluster would refuse
    them otherwise (CROSSSLOT), and the contract tests above pass on it."""
    store = cluster_store
    store.votes.vote(ENTRY, W1, "U1", "up")
    store.votes.vote("other/entry", "w", "U1", "down")
    for entry in ("a/one", "b/two", "c/three"):
        store.hits.record_hit(entry)
    store.gaps.record_gap("error: one", public=True)
    store.gaps.record_gap("error: two")
    store.feedback.record_feedback(Feedback(ENTRY, "line", "U1", 1.0))
    store.drafts.save_draft(_draft("Widget exploded once", 1.0))
    assert isinstance(store.backend, RedisBackend)
    prefix = store.backend.prefix
    client = ClusterClient.from_url(redis_cluster.url, decode_responses=True)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*"))
    finally:
        client.close()
    slots: dict[str, set[int]] = {}
    for key in keys:
        rest = key[len(prefix) + 1 :]
        concern = rest.split(":")[0] if not rest.startswith("{") else rest.split(":")[1][:-1]
        if concern in ("votes", "tally"):
            concern = "votes of " + rest.split(":", 1)[1]
        slots.setdefault(concern, set()).add(key_slot(key.encode()))
    assert set(slots) == {
        f"votes of {{{ENTRY}#{W1}}}",
        "votes of {other/entry#w}",
        "hits",
        "gaps",
        "feedback",
        "drafts",
    }
    assert all(len(found) == 1 for found in slots.values()), slots
    assert len({slot for found in slots.values() for slot in found}) > 1  # not all in one


def test_a_cluster_that_is_not_there_makes_calls_fail_cleanly() -> None:
    store = open_redis(f"redis://127.0.0.1:{free_port()}/0", "nowhere", cluster=True, timeout=0.3)
    try:
        assert not store.ping()
        with pytest.raises(StoreUnavailable):
            store.votes.vote(ENTRY, W1, "U1", "up")
        with pytest.raises(StoreUnavailable):
            store.claims.claim("msg:C1:1.2", 60)
    finally:
        store.close()


# --- single Redis and SQLite ----------------------------------------------------------


def test_redis_stopped_and_restarted_mid_test(tmp_path: Path) -> None:
    port = free_port()
    process = start_durable_redis(port, tmp_path)
    store = open_redis(f"redis://127.0.0.1:{port}/0", "restart", timeout=0.5)
    try:
        assert store.votes.vote(ENTRY, W1, "U1", "up") is VoteOutcome.RECORDED
        process.terminate()
        process.wait(10)
        assert not store.ping()
        with pytest.raises(StoreUnavailable):
            store.votes.vote(ENTRY, W1, "U2", "up")
        process = start_durable_redis(port, tmp_path)
        deadline = time.monotonic() + 10
        while not store.ping() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.votes.tallies(ENTRY, [W1])[W1] == Tally(up=1, down=0)
        assert store.votes.export_votes() == [VoteRecord(ENTRY, W1, "U1", "up")]
        assert store.votes.vote(ENTRY, W1, "U2", "up") is VoteOutcome.RECORDED
    finally:
        store.close()
        process.kill()
        process.wait(10)


def test_sqlite_store_keeps_votes_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "data" / "votes.sqlite3"
    first = open_sqlite(path)
    first.votes.vote(ENTRY, W1, "U1", "down")
    first.close()
    again = open_sqlite(path)
    assert again.votes.tallies(ENTRY, [W1])[W1] == Tally(0, 1)
    again.close()


def test_sqlite_store_in_an_unwritable_place_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreUnavailable):
        open_sqlite(blocker / "votes.sqlite3")


def test_the_redis_client_is_a_plain_client_unless_asked_for_a_cluster(
    redis_store: Stores,
) -> None:
    assert isinstance(redis_store.backend, RedisBackend)
    assert type(redis_store.backend.client) is redis.Redis
