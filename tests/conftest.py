"""Shared fixtures: the real catalog, real stores (Redis and SQLite), the fake Slack
Web API, and the bot itself served over real HTTP on loopback."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
import redis

from slackbot.app import create_app, jobs_of
from slackbot.catalog import Catalog, load_catalog
from slackbot.config import Settings, load_settings
from slackbot.helpdesk import Helpdesk
from slackbot.matching import Matcher
from slackbot.server import HttpServer, create_wsgi_app
from slackbot.store import Stores, open_redis, open_sqlite
from tests.redis_servers import RedisCluster, missing_cluster_tools, start_cluster
from tests.slack_fake import TEAM_ID, FakeSlack

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CATALOG_DIR = Path(os.environ.get("TEST_CATALOG_DIR", ROOT / "catalog"))
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
# Test-only credentials: not of any real token's shape beyond the documented prefix.
BOT_TOKEN = "xoxb-test-not-a-real-token"
APP_TOKEN = "xapp-test-not-a-real-token"
SIGNING_SECRET = "test-signing-secret-0123456789"


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_errors(request: pytest.FixtureRequest) -> Iterator[_ErrorLog]:
    """Fail any test during which the bot logged an error it did not expect.

    A job that fails is logged at ERROR (with its reference); a test that provokes one
    on purpose says so with ``@pytest.mark.expected_errors``.
    """
    handler = _ErrorLog()
    logger = logging.getLogger("slackbot")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("expected_errors") is None:
        messages = "\n".join(r.getMessage() for r in handler.records)
        pytest.fail(f"the bot logged errors:\n{messages}")


@pytest.fixture(scope="session", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One compiled-catalog cache for the session, outside the user's own cache."""
    path = tmp_path_factory.mktemp("cache")
    old = os.environ.get("CACHE_DIR")
    os.environ["CACHE_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("CACHE_DIR", None)
    else:
        os.environ["CACHE_DIR"] = old


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(CATALOG_DIR)


@pytest.fixture(scope="session")
def matcher(catalog: Catalog) -> Matcher:
    """The shipped catalog's matcher, shared: it is thread-safe and only caches."""
    return matcher_of(catalog)


def drop_prefix(prefix: str, url: str = REDIS_URL) -> None:
    """Delete every key under ``prefix`` on the shared Redis."""
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()


def new_prefix(kind: str = "test") -> str:
    return f"ci-error-{kind}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def redis_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisCluster]:
    """A three-master Redis Cluster on free loopback ports, for the whole session."""
    missing = missing_cluster_tools()
    if missing and os.environ.get("CI"):
        pytest.fail(f"{missing}; on CI they must run")
    if missing:
        pytest.skip(missing)
    cluster = start_cluster(tmp_path_factory.mktemp("redis-cluster"))
    yield cluster
    cluster.stop()


@pytest.fixture
def redis_store() -> Iterator[Stores]:
    """The store on the shared Redis, under a prefix of its own."""
    prefix = new_prefix()
    store = open_redis(REDIS_URL, prefix)
    assert store.ping(), f"no Redis answers at {REDIS_URL} (.ci/run starts one)"
    yield store
    store.close()
    drop_prefix(prefix)


@pytest.fixture
def cluster_store(redis_cluster: RedisCluster) -> Iterator[Stores]:
    """The store on the test session's Redis Cluster, under a prefix of its own."""
    store = open_redis(redis_cluster.url, new_prefix(), cluster=True)
    assert store.ping()
    yield store
    store.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Stores]:
    store = open_sqlite(tmp_path / "votes.sqlite3")
    yield store
    store.close()


StoreFactory = Callable[..., Stores]


@pytest.fixture(params=["redis", "sqlite", pytest.param("cluster", marks=pytest.mark.cluster)])
def store_factory(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """Opens stores of one backend (each test using this runs against every backend);
    keyword arguments (``max_gaps``, ``max_feedback``) go to the backend."""
    cluster: RedisCluster | None = None
    if request.param == "cluster":
        cluster = request.getfixturevalue("redis_cluster")
    opened: list[tuple[Stores, str]] = []

    def make(**options: Any) -> Stores:
        prefix = new_prefix()
        if request.param == "sqlite":
            store = open_sqlite(tmp_path / f"{prefix}.sqlite3", **options)
        elif cluster is not None:
            store = open_redis(cluster.url, prefix, cluster=True, **options)
        else:
            store = open_redis(REDIS_URL, prefix, **options)
        opened.append((store, prefix))
        return store

    yield make
    for store, prefix in opened:
        store.close()
        if request.param == "redis":
            drop_prefix(prefix)


@pytest.fixture
def store(store_factory: StoreFactory) -> Stores:
    """The store on each backend in turn: Redis, SQLite, Redis Cluster."""
    return store_factory()


@pytest.fixture(scope="session")
def fake_slack_session() -> Iterator[FakeSlack]:
    fake = FakeSlack(BOT_TOKEN).start()
    yield fake
    fake.stop()


@pytest.fixture
def fake_slack(fake_slack_session: FakeSlack) -> FakeSlack:
    fake_slack_session.reset()
    return fake_slack_session


def make_settings(fake: FakeSlack, **overrides: Any) -> Settings:
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "CATALOG_DIR": str(CATALOG_DIR),
    }
    return replace(load_settings(env), **overrides)


def message_event(text: str, **extra: Any) -> dict[str, Any]:
    """A person's message in the support channel, as an event carries it (a fresh ts)."""
    return {
        "type": "message",
        "channel": "C0SUPPORT",
        "channel_type": "channel",
        "user": "U0USER001",
        "text": text,
        "ts": f"17000{uuid.uuid4().int % 10**8:08d}.000100",
        **extra,
    }


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every button in ``blocks``: in actions blocks and as section accessories."""
    found = []
    for block in blocks:
        found += [e for e in block.get("elements", []) if e.get("type") == "button"]
        if block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
    return found


def sign(body: bytes, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
    """Slack's request signature headers for ``body``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


@dataclass
class Response:
    status: int
    body: bytes
    elapsed: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


@dataclass
class Bot:
    """The running bot: its URL, its helpdesk, and helpers that talk to it as Slack does."""

    url: str
    helpdesk: Helpdesk
    fake: FakeSlack

    def post(
        self,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
        *,
        signed: bool = True,
        path: str = "/slack/events",
    ) -> Response:
        all_headers = {
            "Content-Type": content_type,
            **(sign(body) if signed else {}),
            **(headers or {}),
        }
        request = urllib.request.Request(
            self.url + path, data=body, headers=all_headers, method="POST"
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return Response(answer.status, answer.read(), time.perf_counter() - started)
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read(), time.perf_counter() - started)

    def get(self, path: str) -> Response:
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as answer:
                return Response(answer.status, answer.read(), time.perf_counter() - started)
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read(), time.perf_counter() - started)

    def responses(self, name: str, count: int = 1) -> list[dict[str, Any]]:
        """The bodies posted to the response_url called ``name`` (waits for ``count``)."""
        calls = self.fake.wait_for(
            "response_url", lambda c: c.params.get("_name") == name, count=count
        )
        return [c.params for c in calls]

    def command(
        self,
        text: str,
        *,
        user: str = "U0USER001",
        channel: str = "C0SUPPORT",
        response: str | None = None,
    ) -> tuple[Response, str]:
        """Run ``/ci-error text``; returns the HTTP answer and the response_url's name."""
        name = response or uuid.uuid4().hex[:10]
        form = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": "support",
            "user_id": user,
            "user_name": "dev",
            "command": "/ci-error",
            "text": text,
            "api_app_id": "A0TEST",
            "response_url": self.fake.response_url(name),
            "trigger_id": "1.2.3",
        }
        body = urlencode(form).encode()
        return self.post(body, "application/x-www-form-urlencoded"), name

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        envelope = {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10]}",
            "event_time": int(time.time()),
            "event": event,
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOT0001", "is_bot": True}],
        }
        return self.post(json.dumps(envelope).encode(), "application/json", headers)

    def interact(self, payload: dict[str, Any]) -> Response:
        payload = {
            "team": {"id": TEAM_ID},
            "api_app_id": "A0TEST",
            "token": "legacy",
            "trigger_id": "1.2.3",
            **payload,
        }
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded")

    def click(
        self,
        action_id: str,
        value: str,
        *,
        user: str = "U0USER001",
        channel: str = "C0SUPPORT",
        ephemeral: bool = True,
        message_ts: str = "1700000000.000001",
        response: str | None = None,
    ) -> tuple[Response, str]:
        name = response or uuid.uuid4().hex[:10]
        payload = {
            "type": "block_actions",
            "user": {"id": user},
            "channel": {"id": channel},
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel,
                "is_ephemeral": ephemeral,
            },
            "response_url": self.fake.response_url(name),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": "b",
                    "value": value,
                    "type": "button",
                    "action_ts": "1",
                }
            ],
        }
        return self.interact(payload), name


#: One matcher per catalog for the whole session: building one costs about a second,
#: and a matcher only caches, so apps on the same catalog share it.
_MATCHERS: dict[int, tuple[Catalog, Matcher]] = {}


def matcher_of(catalog: Catalog) -> Matcher:
    """``catalog``'s matcher, built once per session."""
    if id(catalog) not in _MATCHERS:
        _MATCHERS[id(catalog)] = (catalog, Matcher(catalog))  # the catalog kept alive
    return _MATCHERS[id(catalog)][1]


def serve(settings: Settings, store: Stores, catalog: Catalog, fake: FakeSlack) -> Iterator[Bot]:
    """The bot served by waitress on a free loopback port, as in production."""
    app = create_app(
        replace(settings, host="127.0.0.1"),
        store=store,
        catalog=catalog,
        matcher=matcher_of(catalog),
    )
    server = HttpServer(create_wsgi_app(app), app.helpdesk.settings, port=0).start()  # type: ignore[attr-defined]
    fake.wait_for("auth.test")  # once, at start-up
    fake.clear_calls()
    try:
        yield Bot(server.url, app.helpdesk, fake)  # type: ignore[attr-defined]
    finally:
        server.stop_accepting()
        app.helpdesk.stop_watching()  # type: ignore[attr-defined]
        jobs_of(app).stop(timeout=10)
        server.close()


@pytest.fixture
def bot(fake_slack: FakeSlack, redis_store: Stores, catalog: Catalog) -> Iterator[Bot]:
    """The bot over HTTP with the real Redis store and the fake Slack Web API."""
    yield from serve(make_settings(fake_slack), redis_store, catalog, fake_slack)
