"""Several replicas of ``python -m slackbot`` on one store: a message that reaches
every replica, with Slack's retries, is answered once; votes sent to any replica
add up exactly. On one Redis, and on a Redis Cluster."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import pytest

from slackbot.cards import CardContext
from slackbot.rates import Tally
from slackbot.store import open_redis
from tests.conftest import BOT_TOKEN, REDIS_URL, ROOT, Bot, drop_prefix, new_prefix
from tests.slack_fake import BOT_USER_ID, TEAM_ID, FakeSlack

OIDC = "##[error]Failed to request OIDC token: 403 Forbidden"
ENTRY = "policy/github-actions-oidc-token-403-forbidden"
REPLICAS = 2
MESSAGES = [f"17000060{n:02d}.000100" for n in range(3)]


def _message_event(ts: str) -> bytes:
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": f"Ev{ts.replace('.', '')}",
            "event_time": int(time.time()),
            "event": {
                "type": "message",
                "channel": "C0SUPPORT",
                "channel_type": "channel",
                "user": "U0USER001",
                "text": OIDC,
                "ts": ts,
            },
            "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        }
    ).encode()


def _workarounds() -> list[str]:
    from slackbot.catalog import load_catalog

    return [w.id for w in load_catalog(ROOT / "catalog").entries[ENTRY].workarounds]


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["redis", pytest.param("cluster", marks=pytest.mark.cluster)])
def test_replicas_answer_a_message_once_and_count_votes_exactly(
    request: pytest.FixtureRequest, backend: str
) -> None:
    from benchmarks.load import running_bot

    url, env = REDIS_URL, {}
    if backend == "cluster":
        url = request.getfixturevalue("redis_cluster").url
        env = {"REDIS_URL": url, "REDIS_CLUSTER": "true"}
    prefix = new_prefix("replicas")
    fake = FakeSlack(BOT_TOKEN).start()
    store = open_redis(url, prefix, cluster=backend == "cluster")
    try:
        with ExitStack() as stack:
            replicas = [running_bot(fake, ROOT / "catalog", prefix, **env) for _ in range(REPLICAS)]
            with ThreadPoolExecutor(REPLICAS) as pool:  # they start side by side
                started = list(pool.map(stack.enter_context, replicas))
            bots = [Bot(url, None, fake) for url, _ in started]  # type: ignore[arg-type]
            fake.reset()

            # Slack delivers to one replica, times out, retries on another; a load
            # balancer may even hand the same delivery to two at once.
            for ts in MESSAGES:
                body = _message_event(ts)
                deliveries: list[tuple[Bot, dict[str, str]]] = [(bot, {}) for bot in bots] + [
                    (bot, {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
                    for retry, bot in enumerate(bots, 1)
                ]
                with ThreadPoolExecutor(len(deliveries)) as pool:
                    answers = list(
                        pool.map(
                            lambda d, body=body: d[0].post(body, "application/json", d[1]),
                            deliveries,
                        )
                    )
                assert [a.status for a in answers] == [200] * len(deliveries)
            for ts in MESSAGES:
                fake.wait_for("chat.postMessage", lambda c, ts=ts: c.params.get("thread_ts") == ts)
            time.sleep(1.0)  # time enough for a second answer, were there one
            threads = [c.params.get("thread_ts") for c in fake.of("chat.postMessage")]
            assert sorted(threads) == MESSAGES

            # Votes: each user clicks on every replica at once, then settles on one.
            workarounds = _workarounds()
            values = {w: CardContext(entry_id=ENTRY).encode(w) for w in workarounds}
            users = [f"U0R{n:05d}" for n in range(24)]

            def final(user: str) -> tuple[str, str]:
                n = int(user[3:])
                return workarounds[n % len(workarounds)], "up" if n % 3 else "down"

            def click(bot: Bot, user: str, workaround: str, direction: str) -> None:
                answer, name = bot.click(f"vote_{direction}", values[workaround], user=user)
                assert answer.status == 200
                bot.responses(name, count=2)

            def vote_as(user: str) -> None:
                workaround, direction = final(user)
                other = "down" if direction == "up" else "up"
                with ThreadPoolExecutor(REPLICAS) as pool:
                    list(
                        pool.map(
                            lambda i: click(bots[i], user, workaround, (other, direction)[i % 2]),
                            range(REPLICAS),
                        )
                    )
                click(bots[int(user[3:]) % REPLICAS], user, workaround, direction)
                with ThreadPoolExecutor(REPLICAS) as pool:  # a double click, on both
                    list(pool.map(lambda b: click(b, user, workaround, direction), bots))

            with ThreadPoolExecutor(10) as pool:
                list(pool.map(vote_as, users))
            expected = {w: Tally() for w in workarounds}
            for user in users:
                workaround, direction = final(user)
                up, down = expected[workaround].up, expected[workaround].down
                expected[workaround] = (
                    Tally(up + 1, down) if direction == "up" else Tally(up, down + 1)
                )
            assert store.votes.tallies(ENTRY, workarounds) == expected
            assert len(store.votes.export_votes()) == len(users)
    finally:
        store.close()
        fake.stop()
        if backend == "redis":
            drop_prefix(prefix)
