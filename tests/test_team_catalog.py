"""A team's own catalog beside the shipped one, reloaded while the bot serves."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from slackbot.catalog import load_catalog
from slackbot.config import StoreLocation, load_settings
from slackbot.store import Stores
from tests.conftest import BOT_TOKEN, CATALOG_DIR, ROOT, SIGNING_SECRET, Bot, make_settings, serve
from tests.slack_fake import FakeSlack

SEED = "policy/github-actions-oidc-token-403-forbidden"
TEAM_LINE = "acme-deploy: registry.acme.internal refused the push (quota 3 of 3 used)"


def _team_entry(entry_id: str, title: str = "acme-deploy: registry quota used up") -> dict:
    data = yaml.safe_load((ROOT / "catalog" / f"{SEED}.yaml").read_text(encoding="utf-8"))
    data.update(id=entry_id, title=title)
    data["match"] = {
        "patterns": [r"acme-deploy: registry\.acme\.internal refused the push \(quota"],
        "examples": [TEAM_LINE, f"ERROR {TEAM_LINE}", f"##[error]{TEAM_LINE}"],
        "priority": 60,
    }
    return data


def _write(root: Path, entry_id: str, data: dict) -> Path:
    path = root / f"{entry_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_later_directory_adds_its_own_categories_and_replaces_same_ids(tmp_path: Path) -> None:
    team = tmp_path / "team"
    _write(team, "acme-infra/registry-quota", _team_entry("acme-infra/registry-quota"))
    replaced = _team_entry(SEED, title="Our own note on the OIDC 403")
    replaced["match"] = yaml.safe_load((ROOT / "catalog" / f"{SEED}.yaml").read_text())["match"]
    _write(team, SEED, replaced)
    catalog = load_catalog([CATALOG_DIR, team])
    assert "acme-infra/registry-quota" in catalog
    assert catalog.entries[SEED].title == "Our own note on the OIDC 403"
    assert catalog.paths[SEED] == (team / f"{SEED}.yaml").resolve()
    assert len(catalog) == len(load_catalog(CATALOG_DIR)) + 1


def test_catalog_dir_takes_several_directories(tmp_path: Path) -> None:
    env = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "CATALOG_DIR": f"{CATALOG_DIR}:{tmp_path}",
    }
    assert load_settings(env).catalog_dirs == (CATALOG_DIR, tmp_path)


@pytest.mark.expected_errors  # the broken file is logged
def test_the_bot_reloads_a_changed_catalog_while_it_serves(
    fake_slack: FakeSlack,
    redis_store: Stores,
    tmp_path: Path,
    no_unexpected_errors: Any,
) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(CATALOG_DIR / "policy", shipped / "policy")
    team = tmp_path / "team"
    team.mkdir()
    settings = make_settings(
        fake_slack,
        catalog_dirs=(shipped, team),
        catalog_reload=1,
        store=StoreLocation(data_dir=tmp_path / "data"),
    )
    server = serve(settings, redis_store, load_catalog([shipped, team]), fake_slack)
    bot: Bot = next(server)
    failures: list[int] = []
    done = threading.Event()

    def keep_asking() -> None:
        while not done.is_set():
            answer, _ = bot.command("##[error]Failed to request OIDC token: 403 Forbidden")
            if answer.status != 200:
                failures.append(answer.status)

    asker = threading.Thread(target=keep_asking)
    asker.start()
    try:
        _, name = bot.command(TEAM_LINE)
        assert "No known CI error" in bot.responses(name)[0]["text"]
        _write(team, "acme-infra/registry-quota", _team_entry("acme-infra/registry-quota"))
        deadline = time.monotonic() + 10
        while "acme-infra/registry-quota" not in bot.helpdesk.catalog:
            assert time.monotonic() < deadline, "the new entry was not picked up"
            time.sleep(0.1)
        _, name = bot.command(TEAM_LINE)
        assert "acme-infra/registry-quota" in bot.responses(name)[0]["text"]

        (team / "acme-infra" / "broken.yaml").write_text("id: acme-infra/broken\ntitle: [\n")

        def refused() -> bool:
            logged = [r.getMessage() for r in no_unexpected_errors.records]
            return any("catalog not reloaded" in m and "broken.yaml" in m for m in logged)

        # The reload is checked every second; a loaded machine may take a few to get to it.
        deadline = time.monotonic() + 15
        while not refused():
            assert time.monotonic() < deadline, "the broken file was not reported"
            time.sleep(0.1)
        assert "acme-infra/registry-quota" in bot.helpdesk.catalog  # the previous one stays
    finally:
        done.set()
        asker.join(10)
        server.close()
    assert failures == []
