"""Links to CI runs in Slack: the command, a link pasted in a channel, unfurls.

The bot reads the run through the local fake GitHub (and its separate log storage),
over real HTTP, with signed Slack requests and the fake Web API.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from slackbot.catalog import Catalog
from slackbot.config import run_settings_from_env
from slackbot.store import Stores
from tests.ci_fakes import FakeGitHub, LogStorage
from tests.conftest import Bot, make_settings, serve
from tests.slack_fake import FakeSlack
from tests.test_runs import GITHUB_TOKEN, INPUT_LOG, NPM_LOG, TOKEN_LOG, three_failed_jobs


@pytest.fixture(scope="module")
def ci() -> Iterator[tuple[LogStorage, FakeGitHub]]:
    storage = LogStorage().start()
    github = FakeGitHub(GITHUB_TOKEN, storage).start()
    yield storage, github
    github.stop()
    storage.stop()


@pytest.fixture
def github(ci: tuple[LogStorage, FakeGitHub]) -> FakeGitHub:
    ci[0].reset()
    ci[1].reset()
    return ci[1]


@pytest.fixture
def run_bot(
    fake_slack: FakeSlack, redis_store: Stores, catalog: Catalog, github: FakeGitHub
) -> Iterator[Bot]:
    runs = run_settings_from_env({"GITHUB_TOKEN": GITHUB_TOKEN, "GITHUB_API_URL": github.api_url})
    settings = replace(make_settings(fake_slack), runs=runs)
    yield from serve(settings, redis_store, catalog, fake_slack)


def _text(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


def test_the_command_diagnoses_each_failed_job_of_a_run(run_bot: Bot, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    _, name = run_bot.command(link)
    card = run_bot.responses(name)[0]
    text = _text(card)
    assert card["blocks"][0]["text"]["text"] == "Failed jobs in this run: 3"
    for job in ("build (ubuntu)", "sticky", "release"):
        assert job in text
    assert TOKEN_LOG[0] in text  # the first job's entry, with its full card
    others = [
        e
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith("show_entry:job")
    ]
    assert [e["text"]["text"] for e in others] == ["Show: sticky", "Show: release"]
    run_bot.click(others[1]["action_id"], others[1]["value"])
    view = run_bot.fake.wait_for("views.open")[0].params["view"]
    assert (
        NPM_LOG[0] in _text(view) or "ENEEDAUTH" in _text(view) or INPUT_LOG[0] not in _text(view)
    )


def test_a_link_the_token_cannot_read_gets_one_line(run_bot: Bot, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    github.repos["acme/app"] = "private"
    _, name = run_bot.command(link)
    reply = run_bot.responses(name)[0]["text"]
    assert "CI_LINK_ALLOW" in reply and "\n" not in reply


def test_a_run_link_pasted_in_a_channel_gets_the_card_in_its_thread(
    run_bot: Bot, github: FakeGitHub
) -> None:
    link = three_failed_jobs(github)
    ts = f"1700007{uuid.uuid4().int % 10**6:06d}.000100"
    event = {
        "type": "message",
        "channel": "C0SUPPORT",
        "channel_type": "channel",
        "user": "U0USER001",
        "text": f"CI is red again: <{link}>",
        "ts": ts,
    }
    run_bot.event(event)
    post = run_bot.fake.wait_for("chat.postMessage")[0].params
    assert post["thread_ts"] == ts and "Failed jobs in this run: 3" in post["text"]
    # No log text reaches Slack: only the lines that matched.
    assert "sticky" in _text(post) and "Post job cleanup" not in _text(post)


def test_a_link_nobody_can_read_in_a_channel_stays_silent(run_bot: Bot, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    github.repos["acme/app"] = "private"
    run_bot.event(
        {
            "type": "message",
            "channel": "C0SUPPORT",
            "channel_type": "channel",
            "user": "U0USER001",
            "text": link,
            "ts": f"1700008{uuid.uuid4().int % 10**6:06d}.000100",
        }
    )
    time.sleep(1.0)
    assert run_bot.fake.of("chat.postMessage") == []


def test_links_to_failed_runs_unfurl_into_a_compact_diagnosis(
    run_bot: Bot, github: FakeGitHub
) -> None:
    link = three_failed_jobs(github)
    run_bot.event(
        {
            "type": "link_shared",
            "channel": "C0ANYWHERE",
            "user": "U0USER001",
            "message_ts": "1700009000.000100",
            "links": [
                {"domain": "github.com", "url": link},
                {"domain": "x", "url": "https://x.example/"},
            ],
        }
    )
    unfurl = run_bot.fake.wait_for("chat.unfurl")[0].params
    assert unfurl["channel"] == "C0ANYWHERE" and unfurl["ts"] == "1700009000.000100"
    unfurls = (
        unfurl["unfurls"] if isinstance(unfurl["unfurls"], dict) else json.loads(unfurl["unfurls"])
    )
    assert list(unfurls) == [link]
    text = _text(unfurls[link])
    assert "Failed jobs in this run: 3" in text and "Try first" in text
