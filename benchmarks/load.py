"""Load test: the real bot (``python -m slackbot``, waitress) on loopback, with the fake
Slack Web API and the local Redis. Bounded: a fixed number of requests, then it stops.

    python -m benchmarks.load                 # 500 commands + 500 votes, concurrency 20
    python -m benchmarks.load --entries 10000 # also: memory of the bot with 10 000 entries
    python -m benchmarks.load --faults        # only: a slow Web API, then a paused Redis

Prints a Markdown table: ack and card latencies, deliveries, exact tallies, memory.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from benchmarks.generate import generate
from slackbot.cards import CardContext
from slackbot.catalog import load_catalog
from slackbot.messages import say
from slackbot.store import open_redis
from tests.conftest import BOT_TOKEN, REDIS_URL, SIGNING_SECRET, Bot, drop_prefix
from tests.slack_fake import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
ENTRY = "policy/github-actions-oidc-token-403-forbidden"
PASTE = "2024-01-10T12:34:56.1234567Z ##[error]Failed to request OIDC token: 403 Forbidden"
PASTE_ID = "policy/github-actions-oidc-token-403-forbidden"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss_mb(pid: int) -> float:
    """Resident memory of the bot's process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def running_bot(
    fake: FakeSlack, catalog_dir: Path, prefix: str, **settings: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``python -m slackbot`` on a free port, with ``settings`` added to its environment."""
    port = _free_port()
    data = tempfile.mkdtemp(prefix="ci-error-load-")
    env = {
        **os.environ,
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_PREFIX": prefix,
        "CATALOG_DIR": str(catalog_dir),
        "DATA_DIR": data,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "THREADS": "32",
        "LOG_LEVEL": "WARNING",
        **settings,
    }
    process = subprocess.Popen([sys.executable, "-m", "slackbot"], env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the bot did not start") from None
                time.sleep(0.1)
        yield url, process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(30)


def _percentiles(values: list[float]) -> tuple[float, float, float, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    return at(0.50), at(0.95), at(0.99), ordered[-1] * 1000


def run_load(commands: int, votes: int, users: int, concurrency: int) -> list[tuple[str, str]]:
    fake = FakeSlack(BOT_TOKEN).start()
    prefix = f"load-{uuid.uuid4().hex[:8]}"
    rows: list[tuple[str, str]] = []
    try:
        with running_bot(fake, ROOT / "catalog", prefix) as (url, process):
            bot = Bot(url, None, fake)  # type: ignore[arg-type]
            started: dict[str, float] = {}
            acks: list[float] = []

            busy: list[str] = []

            def command(n: int) -> None:
                name = f"cmd{n}"
                started[name] = time.perf_counter()
                answer, _ = bot.command(PASTE, user=f"U{n % users:06d}", response=name)
                assert answer.status == 200, answer.status
                acks.append(answer.elapsed)
                if say("busy") in answer.text:
                    busy.append(name)  # every worker busy: the ack itself says so

            single: list[float] = []
            for n in range(100):
                answer, _ = bot.command(PASTE, response=f"seq{n}")
                single.append(answer.elapsed)
            s50, s95, s99, sworst = _percentiles(single)
            rows.append(
                (
                    "100 `/ci-error` one at a time: ack p50 / p95 / p99 / max",
                    f"{s50:.0f} / {s95:.0f} / {s99:.0f} / {sworst:.0f} ms",
                )
            )
            time.sleep(1.0)
            fake.reset()

            with ThreadPoolExecutor(concurrency) as pool:
                list(pool.map(command, range(commands)))
            deadline = time.monotonic() + 60
            while len(fake.of("response_url")) < commands and time.monotonic() < deadline:
                time.sleep(0.05)
            delivered = {c.params["_name"]: c for c in fake.of("response_url")}
            cards = [delivered[n].at - fake_monotonic_offset(started[n]) for n in delivered]
            p50, p95, p99, worst = _percentiles(acks)
            rows.append(
                (
                    f"{commands} `/ci-error` at concurrency {concurrency}: ack p50 / p95 / "
                    "p99 / max",
                    f"{p50:.0f} / {p95:.0f} / {p99:.0f} / {worst:.0f} ms",
                )
            )
            c50, c95, c99, cworst = _percentiles(cards)
            rows.append(
                (
                    "… request to card delivered: p50 / p95 / p99 / max",
                    f"{c50:.0f} / {c95:.0f} / {c99:.0f} / {cworst:.0f} ms",
                )
            )
            rows.append(("… cards delivered", f"{len(delivered)} / {commands}"))
            rows.append(
                (
                    '… answered "busy, try again" in the ack (workers and backlog full)',
                    f"{len(busy)} / {commands}",
                )
            )
            rows.append(("… acked within 3 s", f"{sum(a < 3 for a in acks)} / {commands}"))

            catalog = load_catalog(ROOT / "catalog")
            entry_ids = list(catalog.entries)
            entry = catalog.entries[ENTRY]
            workarounds = [w.id for w in entry.workarounds]
            context = CardContext(entry_id=ENTRY)
            plan: dict[str, list[tuple[str, str]]] = {}
            for n in range(votes):
                user = f"UV{n % users:05d}"
                plan.setdefault(user, []).append(
                    (workarounds[(n // users) % len(workarounds)], "up" if n % 3 else "down")
                )
            vote_acks: list[float] = []
            fake.reset()

            refused: list[str] = []

            def vote_as(user: str) -> None:
                for workaround, direction in plan[user]:
                    while True:
                        answer, _ = bot.click(
                            f"vote_{direction}", context.encode(workaround), user=user
                        )
                        vote_acks.append(answer.elapsed)
                        if answer.status != 503:
                            break
                        # Busy: Slack shows the click failed, and the person clicks again.
                        refused.append(user)
                        time.sleep(0.5)
                    assert answer.status == 200, (answer.status, answer.text)

            voting_since = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                list(pool.map(vote_as, plan))
            vote_seconds = time.perf_counter() - voting_since
            expected: dict[str, list[int]] = {w: [0, 0] for w in workarounds}
            for clicks in plan.values():
                final = dict(clicks)
                for workaround, direction in final.items():
                    expected[workaround][0 if direction == "up" else 1] += 1
            store = open_redis(REDIS_URL, prefix)
            time.sleep(1.0)
            tallies = store.votes.tallies(ENTRY, workarounds)
            exact = all((tallies[w].up, tallies[w].down) == tuple(expected[w]) for w in workarounds)
            v50, v95, v99, vworst = _percentiles(vote_acks)
            rows.append(
                (
                    f"{votes} votes from {users} users at concurrency {concurrency}: "
                    "ack p50 / p95 / p99 / max",
                    f"{v50:.0f} / {v95:.0f} / {v99:.0f} / {vworst:.0f} ms",
                )
            )
            rows.append(
                (
                    "… clicks refused with 503 (busy) and clicked again",
                    f"{len(refused)} ({votes / vote_seconds:.0f} votes/s overall)",
                )
            )
            rows.append(("… tallies exact", "yes" if exact else f"NO: {tallies} vs {expected}"))
            rows.append(
                (
                    f"memory of the bot after the load ({len(entry_ids)} entries)",
                    f"{_rss_mb(process.pid):.0f} MB",
                )
            )
            store.close()
            drop_prefix(prefix)
    finally:
        fake.stop()
    return rows


_OFFSET: list[float] = []


def fake_monotonic_offset(perf: float) -> float:
    """The fake records ``time.monotonic()``; the load records ``perf_counter()``."""
    if not _OFFSET:
        _OFFSET.append(time.monotonic() - time.perf_counter())
    return perf + _OFFSET[0]


def _card_vote_value(bot: Bot, name: str) -> tuple[str, str]:
    card = bot.responses(name)[0]
    button = next(
        e
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("vote_up:")
    )
    return button["action_id"], button["value"]


def run_faults(
    commands: int = 40, latency: float = 5.0, pause: float = 10.0
) -> list[tuple[str, str]]:
    """Acks and answers while the Web API answers slowly, then while Redis is paused."""
    rows: list[tuple[str, str]] = []
    fake = FakeSlack(BOT_TOKEN).start()
    workdir = Path(tempfile.mkdtemp(prefix="ci-error-faults-"))
    port = _free_port()
    redis_server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        url_of_redis = f"redis://127.0.0.1:{port}/0"
        with running_bot(
            fake, ROOT / "catalog", "faults", REDIS_URL=url_of_redis, LOG_LEVEL="ERROR"
        ) as (url, _):
            bot = Bot(url, None, fake)  # type: ignore[arg-type]
            fake.slow.update({"users.info": latency, "response_url": latency})
            started = time.monotonic()
            with ThreadPoolExecutor(commands) as pool:
                answers = list(
                    pool.map(lambda n: bot.command(PASTE, user=f"U0F{n:05d}"), range(commands))
                )
            acks = [answer.elapsed for answer, _ in answers]
            p50, _, p99, worst = _percentiles(acks)
            fake.wait_for("response_url", count=commands, timeout=120)
            rows.append(
                (
                    f"Web API and response_url answering after {latency:.0f} s, {commands} "
                    "concurrent `/ci-error`: ack p50 / p99 / max",
                    f"{p50:.0f} / {p99:.0f} / {worst:.0f} ms",
                )
            )
            rows.append(("… acked within 3 s", f"{sum(a < 3 for a in acks)} / {commands}"))
            rows.append(("… all cards delivered after", f"{time.monotonic() - started:.1f} s"))
            fake.slow.clear()
            fake.reset()

            _, name = bot.command(PASTE, response="before-pause")
            action_id, value = _card_vote_value(bot, name)
            bot.click(action_id, value, user="U0WARM0001")  # loads the vote script
            time.sleep(0.5)
            os.kill(redis_server.pid, signal.SIGSTOP)
            try:
                with ThreadPoolExecutor(20) as pool:
                    clicks = list(
                        pool.map(
                            lambda n: bot.click(action_id, value, user=f"U0P{n:05d}"), range(20)
                        )
                    )
                    pasted = list(
                        pool.map(lambda n: bot.command(PASTE, user=f"U0Q{n:05d}"), range(17))
                    )
                time.sleep(max(0.0, pause - 2))
            finally:
                os.kill(redis_server.pid, signal.SIGCONT)
            acks = [answer.elapsed for answer, _ in clicks + pasted]
            p50, _, p99, worst = _percentiles(acks)
            rows.append(
                (
                    f"Redis paused {pause:.0f} s, 20 votes and 17 `/ci-error`: ack p50 / p99 / max",
                    f"{p50:.0f} / {p99:.0f} / {worst:.0f} ms",
                )
            )
            rows.append(("… acked within 3 s", f"{sum(a < 3 for a in acks)} / {len(acks)}"))
            notes = [bot.responses(name, count=1)[-1]["text"] for _, name in clicks]
            time.sleep(1.0)
            store = open_redis(url_of_redis, "faults")
            voters = {r.user_id for r in store.votes.export_votes()}
            store.close()
            wrong = sum(
                "not recorded" in note and f"U0P{n:05d}" in voters for n, note in enumerate(notes)
            )
            rows.append(('… voters told "not recorded" whose vote was stored', f"{wrong} / 20"))
            cards = sum(PASTE_ID in bot.responses(name)[0]["text"] for _, name in pasted)
            rows.append(("… cards delivered (without the store's figures)", f"{cards} / 17"))
    finally:
        redis_server.kill()
        redis_server.wait(10)
        fake.stop()
    return rows


def memory_with(entries: int) -> tuple[str, str]:
    fake = FakeSlack(BOT_TOKEN).start()
    try:
        catalog_dir = ROOT / "benchmarks" / ".generated" / f"catalog-{entries}"
        if not catalog_dir.is_dir() or sum(1 for _ in catalog_dir.glob("*/*.yaml")) != entries:
            generate(entries, catalog_dir)
        started = time.perf_counter()
        with running_bot(fake, catalog_dir, f"mem-{uuid.uuid4().hex[:8]}") as (_, process):
            ready = time.perf_counter() - started
            return (
                f"memory of the bot with {entries:,} entries (start-up {ready:.0f} s)",
                f"{_rss_mb(process.pid):.0f} MB",
            )
    finally:
        fake.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commands", type=int, default=500)
    parser.add_argument("--votes", type=int, default=500)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--faults", action="store_true", help="only the fault scenarios")
    parser.add_argument(
        "--entries",
        type=int,
        default=0,
        help="also measure memory with a synthetic catalog of this size",
    )
    args = parser.parse_args(argv)
    if args.faults:
        rows = run_faults()
    else:
        rows = run_load(args.commands, args.votes, args.users, args.concurrency)
    if args.entries:
        rows.append(memory_with(args.entries))
    print("| measure | result |")
    print("|---|---:|")
    for label, value in rows:
        print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
