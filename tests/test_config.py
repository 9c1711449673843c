"""Settings come from the environment; a bad one is named in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from slackbot.config import load_settings
from slackbot.errors import ConfigError
from tests.conftest import ROOT

BASE = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s3cret"}


def test_defaults() -> None:
    settings = load_settings(BASE)
    assert (settings.host, settings.port, settings.threads) == ("0.0.0.0", 3000, 8)
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.store.redis_url == "" and settings.store.data_dir == Path("data")
    assert not settings.socket_mode
    assert settings.answers_in("C123")
    assert settings.secrets == ("xoxb-test", "s3cret")
    assert settings.runs.allow is None and settings.runs.max_log_mb == 50
    assert settings.cache_dir == Path("data") / "cache"
    assert settings.admin_users == frozenset()


def test_ci_tokens_are_secrets() -> None:
    settings = load_settings({**BASE, "GITHUB_TOKEN": "ghs_x", "GITLAB_TOKEN": "glpat-y"})
    assert settings.secrets == ("xoxb-test", "s3cret", "ghs_x", "glpat-y")


def test_everything_set() -> None:
    settings = load_settings(
        {
            **BASE,
            "SLACK_APP_TOKEN": "xapp-1-x",
            "SLACK_API_URL": "http://127.0.0.1:9/api",
            "REDIS_URL": "redis://r:6379/2",
            "REDIS_PREFIX": "bot2",
            "DATA_DIR": "/var/lib/x",
            "SUPPORT_CHANNELS": "C01, G02",
            "LOG_LEVEL": "debug",
            "PORT": "8080",
            "MAX_FILE_MB": "5",
            "CATALOG_DIR": str(ROOT / "catalog"),
            "CACHE_DIR": "/tmp/ci-error-cache",
            "SLACK_ADMIN_USERS": "U0ADMIN1, W0ADMIN2",
        }
    )
    assert settings.cache_dir == Path("/tmp/ci-error-cache")
    assert settings.admin_users == {"U0ADMIN1", "W0ADMIN2"}
    assert settings.socket_mode
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert settings.store.redis_prefix == "bot2"
    assert not settings.store.redis_cluster
    assert settings.support_channels == {"C01", "G02"}
    assert not settings.answers_in("C99")
    assert (settings.log_level, settings.port, settings.max_file_mb) == ("DEBUG", 8080, 5)


@pytest.mark.parametrize("raw", ["true", "TRUE", "1", "yes", "on"])
def test_redis_cluster_is_a_flag(raw: str) -> None:
    settings = load_settings({**BASE, "REDIS_URL": "redis://node-1:7000", "REDIS_CLUSTER": raw})
    assert settings.store.redis_cluster
    assert not load_settings({**BASE, "REDIS_CLUSTER": "false"}).store.redis_cluster


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-x"}, "SLACK_SIGNING_SECRET"),
        ({**BASE, "SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN"),
        ({**BASE, "PORT": "eighty"}, "PORT"),
        ({**BASE, "PORT": "70000"}, "PORT"),
        ({**BASE, "REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({**BASE, "SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"),
        ({**BASE, "LOG_LEVEL": "loud"}, "LOG_LEVEL"),
        ({**BASE, "SUPPORT_CHANNELS": "#general"}, "SUPPORT_CHANNELS"),
        ({**BASE, "CATALOG_DIR": "/no/such/dir"}, "CATALOG_DIR"),
        ({**BASE, "MAX_FILE_MB": "0"}, "MAX_FILE_MB"),
        ({**BASE, "MAX_LOG_MB": "lots"}, "MAX_LOG_MB"),
        ({**BASE, "RUN_DEADLINE": "0"}, "RUN_DEADLINE"),
        ({**BASE, "GITHUB_API_URL": "api.github.com"}, "GITHUB_API_URL"),
        ({**BASE, "GITLAB_URL": "ssh://gitlab.com"}, "GITLAB_URL"),
        ({**BASE, "JENKINS_URL": "jenkins.acme.dev"}, "JENKINS_URL"),
        ({**BASE, "JENKINS_USER": "bot"}, "JENKINS_TOKEN"),
        ({**BASE, "CI_LINK_ALLOW": "acme, not allowed!"}, "CI_LINK_ALLOW"),
        ({**BASE, "SLACK_ADMIN_USERS": "@alice"}, "SLACK_ADMIN_USERS"),
        ({**BASE, "SLACK_ADMIN_USERS": "C0CHANNEL"}, "SLACK_ADMIN_USERS"),
        ({**BASE, "REDIS_CLUSTER": "true"}, "REDIS_CLUSTER"),
        ({**BASE, "REDIS_URL": "redis://r:6379", "REDIS_CLUSTER": "maybe"}, "REDIS_CLUSTER"),
        ({**BASE, "REDIS_URL": "unix:///run/redis.sock", "REDIS_CLUSTER": "1"}, "REDIS_CLUSTER"),
        ({**BASE, "REDIS_PREFIX": "bot{1}"}, "REDIS_PREFIX"),
        ({**BASE, "REDIS_PREFIX": "bot*"}, "REDIS_PREFIX"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(env)
    assert named in str(caught.value)
    assert "\n" not in str(caught.value)


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "REDIS_"))}
    return subprocess.run(
        [sys.executable, "-m", "slackbot"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_start_up_with_a_bad_setting_exits_2_with_one_line() -> None:
    done = _start({"SLACK_BOT_TOKEN": "xoxb-x", "SLACK_SIGNING_SECRET": "s", "PORT": "x"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["ci-error: PORT must be a whole number, not 'x'"]


def test_start_up_with_a_broken_catalog_exits_2_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "policy" / "broken.yaml"
    bad.parent.mkdir()
    bad.write_text("id: policy/broken\nunknown_field: 1\n")
    done = _start({**BASE, "CATALOG_DIR": str(tmp_path), "DATA_DIR": str(tmp_path / "d")})
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert str(bad) in line
    assert "Traceback" not in done.stderr
