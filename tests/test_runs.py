"""Diagnosing a CI run from its link: parsing, policy, and each system end to end through
the command line, against fake GitHub, GitLab and Jenkins APIs on loopback."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slackbot.cli import main
from slackbot.config import RunSettings, run_settings_from_env
from slackbot.errors import RunProblem
from slackbot.runs import (
    FailedJob,
    JobLog,
    RunLink,
    listed,
    may_read,
    parse_run_link,
    read_failed_jobs,
    run_links_in,
)
from slackbot.runs.http import _Tail, rate_limit_reset, rotate_left
from tests.ci_fakes import (
    FakeGitHub,
    FakeGitLab,
    FakeJenkins,
    FakeLog,
    GitHubJob,
    GitLabJob,
    JenkinsBuild,
    LogStorage,
)
from tests.conftest import CATALOG_DIR, FIXTURES

# Test-only credentials, of the documented shapes.
GITHUB_TOKEN = "ghs_" + "T3stT0ken" * 4
GITLAB_TOKEN = "glpat-" + "t3st" * 5
JENKINS_USER = "ci-bot"
JENKINS_TOKEN = "11" + "a0b1c2d3" * 4
CI_VARIABLES = (
    "GITHUB_TOKEN",
    "GITHUB_API_URL",
    "GITLAB_TOKEN",
    "GITLAB_URL",
    "JENKINS_URL",
    "JENKINS_USER",
    "JENKINS_TOKEN",
    "MAX_LOG_MB",
    "CI_LINK_ALLOW",
    "RUN_DEADLINE",
)


def fixture_log(name: str) -> tuple[str, str]:
    """(expected entry id, log) of a curated log in tests/fixtures/logs."""
    first, body = (FIXTURES / "logs" / f"{name}.log").read_text("utf-8").split("\n", 1)
    return first.removeprefix("# expect:").strip(), body


TOKEN_LOG = fixture_log("permissions--github-token-resource-not-accessible--1")
INPUT_LOG = fixture_log("config--github-actions-input-required--1")
NPM_LOG = fixture_log("auth--npm-e401-eneedauth--1")
SERVICE_LOG = fixture_log("container--gitlab-service-did-not-start--1")
ARTIFACTS_LOG = fixture_log("resources--gitlab-artifacts-too-large--1")
DSL_LOG = fixture_log("config--jenkins-no-such-dsl-method--1")
OIDC = "2024-01-10T12:34:56.1234567Z ##[error]Failed to request OIDC token: 403 Forbidden"


# --- the fakes -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LogStorage, FakeGitHub, FakeGitLab, FakeJenkins]]:
    storage = LogStorage().start()
    github = FakeGitHub(GITHUB_TOKEN, storage).start()
    gitlab = FakeGitLab(GITLAB_TOKEN).start()
    jenkins = FakeJenkins(JENKINS_USER, JENKINS_TOKEN).start()
    yield storage, github, gitlab, jenkins  # type: ignore[misc]
    for server in (storage, github, gitlab, jenkins):
        server.stop()


@pytest.fixture
def storage(servers: tuple[Any, ...]) -> LogStorage:
    servers[0].reset()
    servers[0].ranges = True
    return servers[0]  # type: ignore[no-any-return]


@pytest.fixture
def github(servers: tuple[Any, ...], storage: LogStorage) -> FakeGitHub:
    servers[1].reset()
    return servers[1]  # type: ignore[no-any-return]


@pytest.fixture
def gitlab(servers: tuple[Any, ...]) -> FakeGitLab:
    servers[2].reset()
    return servers[2]  # type: ignore[no-any-return]


@pytest.fixture
def jenkins(servers: tuple[Any, ...]) -> FakeJenkins:
    servers[3].reset()
    return servers[3]  # type: ignore[no-any-return]


@pytest.fixture
def env(github: FakeGitHub, gitlab: FakeGitLab, jenkins: FakeJenkins) -> dict[str, str]:
    """Every CI setting pointed at the fakes."""
    return {
        "CATALOG_DIR": str(CATALOG_DIR),
        "GITHUB_TOKEN": GITHUB_TOKEN,
        "GITHUB_API_URL": github.api_url,
        "GITLAB_TOKEN": GITLAB_TOKEN,
        "GITLAB_URL": gitlab.base_url,
        "JENKINS_URL": jenkins.url,
        "JENKINS_USER": JENKINS_USER,
        "JENKINS_TOKEN": JENKINS_TOKEN,
    }


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.out.splitlines()]

    @property
    def ids(self) -> list[str | None]:
        return [r["matches"][0]["id"] if r["matches"] else None for r in self.records]


Cli = Callable[..., Outcome]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Cli:
    """Run ``ci-error`` in-process with ``env`` (a value of ``None`` unsets it)."""
    for name in CI_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def call(*args: str, stdin: str = "", **overrides: str | None) -> Outcome:
        for name, value in {**env, **overrides}.items():
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        out, err = io.StringIO(), io.StringIO()
        code = main(list(args), out=out, err=err, stdin=io.StringIO(stdin))
        return Outcome(code, out.getvalue(), err.getvalue())

    return call


Read = Callable[..., list[tuple[FailedJob, JobLog]]]


@pytest.fixture
def read(env: dict[str, str]) -> Read:
    """Read a link's failed jobs and logs, as the bot would (no catalog, no matching)."""

    def call(url: str, **overrides: str | None) -> list[tuple[FailedJob, JobLog]]:
        merged = {k: v for k, v in {**env, **overrides}.items() if v is not None}
        settings = run_settings_from_env(merged)
        link = parse_run_link(url, settings)
        assert link is not None, url
        return list(read_failed_jobs(link, settings))

    return call


def refusal(read: Read, url: str, **overrides: str | None) -> str:
    """The one line that reading ``url`` fails with."""
    with pytest.raises(RunProblem) as caught:
        read(url, **overrides)
    assert "\n" not in str(caught.value)
    return str(caught.value)


def one_line_error(outcome: Outcome, link: str, message: str) -> None:
    assert outcome.code == 2
    assert outcome.err == f"ci-error: {link}: {message}\n"
    assert "Traceback" not in outcome.err


def three_failed_jobs(github: FakeGitHub, **run: Any) -> str:
    github.add_run(
        "acme/app",
        7,
        [
            GitHubJob(
                11,
                "build (ubuntu)",
                steps=[("Set up job", "success"), ("Comment", "failure"), ("Post", "skipped")],
                log=FakeLog(TOKEN_LOG[1]),
            ),
            GitHubJob(12, "lint", conclusion="success", steps=[("Run lint", "success")]),
            GitHubJob(13, "sticky", steps=[("Sticky", "failure")], log=FakeLog(INPUT_LOG[1])),
            GitHubJob(14, "release", conclusion="timed_out", log=FakeLog(NPM_LOG[1])),
        ],
        **run,
    )
    return github.link("acme/app/actions/runs/7")


# --- links ---------------------------------------------------------------------------------

CONFIGURED = RunSettings(
    github_api_url="https://github.acme.dev/api/v3",
    gitlab_url="https://gitlab.acme.dev",
    jenkins_url="https://ci.acme.dev/jenkins/",
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/acme/app/actions/runs/123", ("github", "acme/app", 123, None, None)),
        ("https://github.com/acme/app/actions/runs/123/", ("github", "acme/app", 123, None, None)),
        (
            "https://github.com/acme/app/actions/runs/123/attempts/2",
            ("github", "acme/app", 123, None, 2),
        ),
        (
            "https://github.com/acme/my.app/actions/runs/123/job/456?pr=9#step:4:12",
            ("github", "acme/my.app", 123, 456, None),
        ),
        ("https://github.com/acme/app/runs/456", ("github", "acme/app", None, 456, None)),
        (
            "https://github.acme.dev/Platform/infra/actions/runs/9",
            ("github", "Platform/infra", 9, None, None),
        ),
        (
            "<https://github.com/acme/app/actions/runs/5|the run>",
            ("github", "acme/app", 5, None, None),
        ),
        ("https://gitlab.com/acme/app/-/jobs/77", ("gitlab", "acme/app", None, 77, None)),
        (
            "https://gitlab.com/acme/infra/deploy/-/pipelines/88/failures",
            ("gitlab", "acme/infra/deploy", 88, None, None),
        ),
        (
            "https://gitlab.acme.dev/platform/tools/-/jobs/5/raw",
            ("gitlab", "platform/tools", None, 5, None),
        ),
        (
            "https://gitlab.acme.dev/platform/tools/builds/5",
            ("gitlab", "platform/tools", None, 5, None),
        ),
        ("https://git.example.org/a/b/-/pipelines/3", ("gitlab", "a/b", 3, None, None)),
        (
            "https://ci.acme.dev/jenkins/job/platform/job/app/12/",
            ("jenkins", "jenkins/job/platform/job/app", 12, None, None),
        ),
        (
            "https://ci.acme.dev/jenkins/job/app/job/feature%2Fx/3/console",
            ("jenkins", "jenkins/job/app/job/feature%2Fx", 3, None, None),
        ),
        (
            "https://ci.acme.dev/jenkins/view/All/job/app/4/consoleFull",
            ("jenkins", "jenkins/view/All/job/app", 4, None, None),
        ),
        ("http://jenkins.internal:8080/job/app/9/", ("jenkins", "job/app", 9, None, None)),
        ("https://build.example.org/job/app/9/consoleText", ("jenkins", "job/app", 9, None, None)),
    ],
)
def test_links_are_understood(url: str, expected: tuple[Any, ...]) -> None:
    link = parse_run_link(url, CONFIGURED)
    assert link is not None
    assert (link.system, link.path, link.run_id, link.job_id, link.attempt) == expected


def test_link_hosts_and_kinds() -> None:
    link = parse_run_link("https://GitHub.com:443/acme/app/actions/runs/1/job/2", CONFIGURED)
    assert link is not None and link.host == "github.com" and link.kind == "job"
    link = parse_run_link(
        "http://127.0.0.1:8080/jenkins/job/a/1/",
        RunSettings(jenkins_url="http://127.0.0.1:8080/jenkins/"),
    )
    assert link is not None and (link.host, link.kind) == ("127.0.0.1:8080", "build")
    assert parse_run_link("https://gitlab.com/a/b/-/pipelines/3").kind == "pipeline"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "url",
    [
        "",
        "not a url",
        "ftp://github.com/acme/app/actions/runs/1",
        "https://github.com/acme/app",
        "https://github.com/acme/app/actions/runs/abc",
        "https://github.com/acme/app/actions/runs/0",
        "https://github.com/acme/app/actions/runs/1/usage",
        "https://github.com/acme/app/pull/12",
        "https://github.com/acme/../actions/runs/1",
        "https://user:pw@github.com/acme/app/actions/runs/1",
        "https://gitlab.com/acme/-/jobs/1",
        "https://gitlab.com/acme/app/-/merge_requests/1",
        "https://gitlab.com/acme/app/-/jobs/",
        "https://example.com/careers/job/engineer/12",
        "https://ci.acme.dev/jenkins/job/app/lastBuild/",
        "https://ci.acme.dev:99999/jenkins/job/app/1/",
        "mailto:someone@example.com",
    ],
)
def test_junk_is_not_a_link(url: str) -> None:
    assert parse_run_link(url, CONFIGURED) is None


def test_links_in_a_message() -> None:
    text = (
        "CI is red: <https://github.com/acme/app/actions/runs/1|run 1>, see also "
        "https://gitlab.com/acme/app/-/jobs/2. and <https://github.com/acme/app/actions/runs/1> "
        "<https://example.com/x> https://github.com/acme/app/actions/runs/3 "
        "https://github.com/acme/app/actions/runs/4"
    )
    links = run_links_in(text, CONFIGURED)
    assert [(link.system, link.run_id, link.job_id) for link in links] == [
        ("github", 1, None),
        ("gitlab", None, 2),
        ("github", 3, None),
    ]
    assert run_links_in("no links here") == []


def _link(system: str, host: str, path: str) -> RunLink:
    return RunLink(system, f"https://{host}/{path}", "https", host, path, run_id=1)  # type: ignore[arg-type]


def test_allow_list_entries() -> None:
    allow = ("acme", "gitlab.acme.dev/platform", "jenkins.acme.dev", "other/app")
    assert listed(_link("github", "github.com", "acme/app"), allow)
    assert listed(_link("github", "github.com", "ACME/App"), allow)
    assert not listed(_link("github", "github.com", "acme-infra/app"), allow)
    assert listed(_link("github", "github.com", "other/app"), allow)
    assert not listed(_link("github", "github.com", "other/app2"), allow)
    assert listed(_link("gitlab", "gitlab.acme.dev", "platform/sub/project"), allow)
    assert not listed(_link("gitlab", "gitlab.com", "platform/project"), allow)
    assert listed(_link("gitlab", "gitlab.com", "acme/deep/project"), allow)
    assert listed(_link("jenkins", "jenkins.acme.dev", "job/x"), allow)
    assert not listed(_link("jenkins", "ci.acme.dev", "job/acme"), allow)
    assert not listed(_link("github", "github.com", "acme/app"), None)


def test_policy_public_or_listed() -> None:
    link = _link("github", "github.com", "acme/app")
    assert may_read(link, "public", RunSettings())
    assert not may_read(link, "private", RunSettings())
    assert not may_read(link, "internal", RunSettings(allow=("other",)))
    assert may_read(link, "private", RunSettings(allow=("acme",)))


def test_run_settings_from_the_environment() -> None:
    settings = run_settings_from_env({})
    assert settings.github_api_url == "https://api.github.com"
    assert settings.gitlab_url == "https://gitlab.com"
    assert (settings.max_log_mb, settings.deadline, settings.allow) == (50, 60, None)
    assert settings.secrets == ()
    settings = run_settings_from_env(
        {
            "GITHUB_TOKEN": "a",
            "GITLAB_TOKEN": "b",
            "GITLAB_URL": "https://gitlab.acme.dev/api/v4/",
            "JENKINS_URL": "https://ci.acme.dev/jenkins",
            "JENKINS_USER": "u",
            "JENKINS_TOKEN": "c",
            "CI_LINK_ALLOW": " Acme, https://GitLab.acme.dev/platform/ ;jenkins.acme.dev:8443",
            "MAX_LOG_MB": "5",
        }
    )
    assert settings.secrets == ("a", "b", "c")
    assert settings.gitlab_url == "https://gitlab.acme.dev"
    assert settings.jenkins_url == "https://ci.acme.dev/jenkins/"
    assert settings.allow == ("acme", "gitlab.acme.dev/platform", "jenkins.acme.dev:8443")
    assert settings.max_log_bytes == 5 << 20


# --- GitHub --------------------------------------------------------------------------------


def test_github_run_failed_jobs_are_diagnosed(cli: Cli, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    outcome = cli("match", "--json", link)
    assert outcome.code == 0, outcome.err
    records = outcome.records
    assert [r["job"] for r in records] == ["build (ubuntu)", "sticky", "release"]
    assert [r["step"] for r in records] == ["Comment", "Sticky", None]
    assert [r["input"] for r in records] == [
        github.link(f"acme/app/actions/runs/7/job/{n}") for n in (11, 13, 14)
    ]
    assert {r["run"] for r in records} == {link}
    assert outcome.ids == [TOKEN_LOG[0], INPUT_LOG[0], NPM_LOG[0]]
    assert all(not r["truncated"] for r in records)
    assert [c.route for c in github.calls] == ["repo", "jobs", "logs", "logs", "logs"]


def test_terminal_output_has_a_header_per_job(cli: Cli, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    outcome = cli("match", link)
    assert outcome.code == 0
    blocks = outcome.out.split("==> ")[1:]
    assert len(blocks) == 3
    assert blocks[0].startswith(github.link("acme/app/actions/runs/7/job/11") + " <==\n")
    assert blocks[0].splitlines()[1] == "build (ubuntu) · step: Comment"
    assert "Matched line" in blocks[0] and "Workarounds" in blocks[0]


def test_github_token_never_reaches_the_storage_host(
    read: Read, github: FakeGitHub, storage: LogStorage
) -> None:
    read(three_failed_jobs(github))
    api_calls, blob_calls = github.calls, storage.of("blob")
    assert len(blob_calls) == 3 and storage.base_url != github.base_url
    assert all(c.headers.get("authorization") == f"Bearer {GITHUB_TOKEN}" for c in api_calls)
    for call in blob_calls:
        assert "authorization" not in call.headers
        assert not any(GITHUB_TOKEN in value for value in call.headers.values())


def test_github_job_link_reads_that_job(read: Read, github: FakeGitHub) -> None:
    three_failed_jobs(github)
    ((job, log),) = read(github.link("acme/app/actions/runs/7/job/13"))
    assert (job.name, job.step, job.system) == ("sticky", "Sticky", "github")
    assert log.text() == INPUT_LOG[1]
    assert [c.route for c in github.calls] == ["repo", "job", "logs"]
    old_form = read(github.link("acme/app/runs/13"))
    assert [job.name for job, _ in old_form] == ["sticky"]
    link = github.link("acme/app/actions/runs/7/job/12")
    assert refusal(read, link) == "the job did not fail (success)"


def test_github_attempt_link_reads_that_attempt(read: Read, github: FakeGitHub) -> None:
    github.add_run("acme/app", 8, [GitHubJob(21, "e2e", log=FakeLog(NPM_LOG[1]))], attempt=1)
    github.add_run(
        "acme/app", 8, [GitHubJob(22, "e2e", conclusion="success")], attempt=2, conclusion="success"
    )
    ((job, _),) = read(github.link("acme/app/actions/runs/8/attempts/1"))
    assert job.url == github.link("acme/app/actions/runs/8/job/21")
    assert refusal(read, github.link("acme/app/actions/runs/8")) == "the run did not fail (success)"


def test_github_run_states(read: Read, github: FakeGitHub) -> None:
    github.add_run(
        "acme/app",
        9,
        [GitHubJob(31, "slow", conclusion=None, status="in_progress")],
        status="in_progress",
        conclusion=None,
    )
    github.add_run("acme/app", 10, [], conclusion="startup_failure")
    running = github.link("acme/app/actions/runs/9")
    assert refusal(read, running) == "the run is still running and no job has failed yet"
    assert refusal(read, github.link("acme/app/actions/runs/10")) == (
        "the run failed, but none of its jobs did (it failed before they ran)"
    )


def test_github_jobs_are_paginated(read: Read, github: FakeGitHub) -> None:
    jobs = [GitHubJob(40 + i, f"matrix {i}", conclusion="success") for i in range(5)]
    jobs[1] = GitHubJob(41, "matrix 1", log=FakeLog(TOKEN_LOG[1]))
    jobs[4] = GitHubJob(44, "matrix 4", log=FakeLog(NPM_LOG[1]))
    github.add_run("acme/app", 10, jobs)
    github.page_size = 2
    found = read(github.link("acme/app/actions/runs/10"))
    assert [job.name for job, _ in found] == ["matrix 1", "matrix 4"]
    assert len(github.of("jobs")) == 3


def test_at_most_ten_jobs_are_read(cli: Cli, github: FakeGitHub) -> None:
    jobs = [GitHubJob(100 + i, f"m{i}", log=FakeLog(OIDC)) for i in range(12)]
    github.add_run("acme/app", 11, jobs)
    outcome = cli("match", "--json", github.link("acme/app/actions/runs/11"))
    assert outcome.code == 0 and len(outcome.records) == 10
    assert outcome.err.endswith(": 2 more failed jobs were not read\n")


def test_private_repository_needs_ci_link_allow(read: Read, github: FakeGitHub) -> None:
    link = three_failed_jobs(github, visibility="private")
    where = f"{github.base_url.removeprefix('http://')}/acme/app"
    assert refusal(read, link) == (
        f"{where} is not public: list it or its owner in CI_LINK_ALLOW to read it"
    )
    assert [c.route for c in github.calls] == ["repo"]
    not_listed = refusal(read, link, CI_LINK_ALLOW="acme-infra,other/app")
    assert not_listed == f"{where} is not allowed by CI_LINK_ALLOW"
    github.calls.clear()
    assert len(read(link, CI_LINK_ALLOW="acme-infra, ACME")) == 3
    assert "repo" not in [c.route for c in github.calls]  # listed: no need to ask


def test_internal_repository_is_not_public(read: Read, github: FakeGitHub) -> None:
    link = three_failed_jobs(github, visibility="internal")
    assert "is not public" in refusal(read, link)
    host = github.base_url.removeprefix("http://")
    assert len(read(link, CI_LINK_ALLOW=f"{host}/acme")) == 3


def test_public_repository_is_read_when_the_list_names_others(
    read: Read, github: FakeGitHub
) -> None:
    assert len(read(three_failed_jobs(github), CI_LINK_ALLOW="other")) == 3


def test_no_token_says_which_variable_to_set(
    cli: Cli, read: Read, github: FakeGitHub, gitlab: FakeGitLab
) -> None:
    link = three_failed_jobs(github)
    outcome = cli("match", link, GITHUB_TOKEN=None)
    one_line_error(outcome, link, "set GITHUB_TOKEN to read GitHub links")
    gitlab_link = gitlab.link("acme/app/-/jobs/1")
    assert refusal(read, gitlab_link, GITLAB_TOKEN=None) == "set GITLAB_TOKEN to read GitLab links"
    jenkins_link = "https://jenkins.acme.dev/job/app/1/"
    no_jenkins = refusal(
        read, jenkins_link, JENKINS_URL=None, JENKINS_USER=None, JENKINS_TOKEN=None
    )
    assert no_jenkins == "set JENKINS_URL to read Jenkins links"
    assert github.calls == [] and gitlab.calls == []


def test_a_link_to_another_github_is_not_sent_to_ours(read: Read, github: FakeGitHub) -> None:
    host = github.base_url.removeprefix("http://")
    assert refusal(read, "https://github.com/acme/app/actions/runs/7") == (
        f"set GITHUB_API_URL to read GitHub links on github.com (it is set for {host})"
    )
    assert github.calls == []


def test_not_found_and_refused_tokens(cli: Cli, read: Read, github: FakeGitHub) -> None:
    three_failed_jobs(github)
    missing = github.link("acme/app/actions/runs/999")
    outcome = cli("match", missing)
    one_line_error(outcome, missing, "not found, or not visible with GITHUB_TOKEN (404)")
    other_repo = github.link("acme/secret/actions/runs/7")
    assert refusal(read, other_repo) == "not found, or not visible with GITHUB_TOKEN (404)"
    link = github.link("acme/app/actions/runs/7")
    assert refusal(read, link, GITHUB_TOKEN="ghs_" + "wrong" * 8) == (
        "GitHub refused GITHUB_TOKEN (401): check the token"
    )


def test_github_rate_limit_says_when_to_try_again(read: Read, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    reset = (int(time.time()) // 60 + 10) * 60
    github.fail_next(
        "jobs",
        403,
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(reset)},
        body=b'{"message": "API rate limit exceeded for installation ID 1."}',
    )
    when = time.strftime("%H:%M UTC", time.gmtime(reset))
    assert refusal(read, link) == f"GitHub rate limit, try again after {when}"
    github.fail_next("logs", 429, headers={"retry-after": "30"})
    assert refusal(read, link).startswith("GitHub rate limit, try again after ")
    github.fail_next("jobs", 403, body=b'{"message": "Must have admin rights to Repository."}')
    assert refusal(read, link) == (
        "GitHub refused access (403): GITHUB_TOKEN may lack the permission"
    )


def test_rate_limit_headers() -> None:
    now = 1_700_000_000.0  # 22:13:20 UTC
    assert rate_limit_reset({"retry-after": "90"}, "", 429, now) == "22:15 UTC"
    limited = {"ratelimit-remaining": "0", "ratelimit-reset": "1700000400"}
    assert rate_limit_reset(limited, "", 429, now) == "22:20 UTC"
    secondary = "you have exceeded a secondary rate limit"
    assert rate_limit_reset({}, secondary, 403, now) == "22:15 UTC"
    assert rate_limit_reset({}, "resource not accessible", 403, now) is None


def test_expired_log_and_odd_redirects(read: Read, github: FakeGitHub, storage: LogStorage) -> None:
    link = three_failed_jobs(github)
    storage.fail_next("blob", 410, body=b"<Error>gone</Error>")
    assert refusal(read, link) == "the log of build (ubuntu) is no longer available (410)"
    github.fail_next("logs", 302, headers={"Location": "ftp://files.example.com/log.txt"})
    assert refusal(read, link) == "GitHub redirected to a URL that is not followed (ftp:)"
    loop = github.link("api/v3/repos/acme/app/actions/jobs/11/logs")
    github.fail_next("logs", 302, headers={"Location": loop}, times=6)
    assert refusal(read, link) == (
        "GitHub redirected to a URL that is not followed (too many redirects)"
    )


def test_secrets_in_logs_are_redacted_by_value(cli: Cli, github: FakeGitHub) -> None:
    log = FakeLog(f"{OIDC} for {JENKINS_TOKEN}\n")
    github.add_run("acme/app", 12, [GitHubJob(50, "deploy", log=log)])
    outcome = cli("match", "--json", github.link("acme/app/actions/runs/12"))
    assert outcome.code == 0
    assert JENKINS_TOKEN not in outcome.out and "[REDACTED]" in outcome.out


# --- GitLab --------------------------------------------------------------------------------


def gitlab_pipeline(gitlab: FakeGitLab, **pipeline: Any) -> str:
    gitlab.add_pipeline(
        "acme/infra/deploy",
        88,
        [
            GitLabJob(501, "integration", stage="test", log=FakeLog(SERVICE_LOG[1])),
            GitLabJob(502, "unit", stage="test", status="success"),
            GitLabJob(503, "firmware", stage="build", log=FakeLog(ARTIFACTS_LOG[1])),
        ],
        **pipeline,
    )
    return gitlab.link("acme/infra/deploy/-/pipelines/88")


def test_gitlab_pipeline_failed_jobs_are_diagnosed(cli: Cli, gitlab: FakeGitLab) -> None:
    link = gitlab_pipeline(gitlab)
    outcome = cli("match", "--json", link)
    assert outcome.code == 0, outcome.err
    jobs = [(r["job"], r["step"]) for r in outcome.records]
    assert jobs == [("integration", "test"), ("firmware", "build")]
    assert outcome.ids == [SERVICE_LOG[0], ARTIFACTS_LOG[0]]
    assert [r["input"] for r in outcome.records] == [
        gitlab.link("acme/infra/deploy/-/jobs/501"),
        gitlab.link("acme/infra/deploy/-/jobs/503"),
    ]
    assert all(c.headers.get("authorization") == f"Bearer {GITLAB_TOKEN}" for c in gitlab.calls)
    assert "scope" in gitlab.of("pipeline_jobs")[0].path


def test_gitlab_job_link(read: Read, gitlab: FakeGitLab) -> None:
    gitlab_pipeline(gitlab)
    ((job, log),) = read(gitlab.link("acme/infra/deploy/-/jobs/503"))
    assert (job.name, job.step, log.text()) == ("firmware", "build", ARTIFACTS_LOG[1])
    link = gitlab.link("acme/infra/deploy/-/jobs/502")
    assert refusal(read, link) == "the job did not fail (success)"


def test_gitlab_pipeline_states(read: Read, gitlab: FakeGitLab) -> None:
    gitlab.add_pipeline("acme/app", 1, [GitLabJob(1, "x", status="success")], status="success")
    gitlab.add_pipeline("acme/app", 2, [GitLabJob(2, "y", status="running")], status="running")
    one, two = gitlab.link("acme/app/-/pipelines/1"), gitlab.link("acme/app/-/pipelines/2")
    assert refusal(read, one) == "the pipeline did not fail (success)"
    assert refusal(read, two) == "the pipeline is still running and no job has failed yet"


@pytest.mark.parametrize("visibility", ["private", "internal"])
def test_gitlab_project_that_is_not_public(read: Read, gitlab: FakeGitLab, visibility: str) -> None:
    link = gitlab_pipeline(gitlab, visibility=visibility)
    assert "is not public" in refusal(read, link)
    host = gitlab.base_url.removeprefix("http://")
    assert len(read(link, CI_LINK_ALLOW=f"{host}/acme/infra")) == 2
    assert "not allowed" in refusal(read, link, CI_LINK_ALLOW=f"{host}/acme/other")


def test_gitlab_rate_limit_and_errors(read: Read, gitlab: FakeGitLab) -> None:
    link = gitlab_pipeline(gitlab)
    reset = (int(time.time()) // 60 + 3) * 60
    gitlab.fail_next(
        "pipeline_jobs", 429, headers={"RateLimit-Remaining": "0", "RateLimit-Reset": str(reset)}
    )
    when = time.strftime("%H:%M UTC", time.gmtime(reset))
    assert refusal(read, link) == f"GitLab rate limit, try again after {when}"
    bad = refusal(read, link, GITLAB_TOKEN="glpat-" + "bad0" * 5)
    assert bad == "GitLab refused GITLAB_TOKEN (401): check the token"
    gitlab.fail_next("trace", 500)
    assert refusal(read, link) == "GitLab answered HTTP 500"


# --- Jenkins -------------------------------------------------------------------------------


def test_jenkins_build_in_nested_folders(cli: Cli, jenkins: FakeJenkins) -> None:
    jenkins.builds["job/platform/job/reports/12"] = JenkinsBuild(log=FakeLog(DSL_LOG[1]))
    link = jenkins.link("job/platform/job/reports/12/console")
    host = jenkins.base_url.removeprefix("http://")
    outcome = cli("match", "--json", link, CI_LINK_ALLOW=host)
    assert outcome.code == 0, outcome.err
    (record,) = outcome.records
    assert record["job"] == "platform » reports #12"
    assert record["input"] == jenkins.link("job/platform/job/reports/12/")
    assert record["step"] is None and outcome.ids == [DSL_LOG[0]]
    assert [c.route for c in jenkins.calls] == ["build", "console"]
    assert all(c.headers.get("authorization", "").startswith("Basic ") for c in jenkins.calls)


def test_jenkins_without_ci_link_allow_reads_only_what_anonymous_can(
    read: Read, jenkins: FakeJenkins
) -> None:
    jenkins.builds["job/app/3"] = JenkinsBuild(log=FakeLog(DSL_LOG[1]))
    link = jenkins.link("job/app/3/")
    where = f"{jenkins.base_url.removeprefix('http://')}/jenkins/job/app"
    assert refusal(read, link) == (
        f"{where} is not public: list it or its owner in CI_LINK_ALLOW to read it"
    )
    assert "authorization" not in jenkins.calls[0].headers  # the probe is anonymous
    jenkins.anonymous_read = True
    assert len(read(link)) == 1


def test_jenkins_states_and_credentials(read: Read, jenkins: FakeJenkins) -> None:
    host = jenkins.base_url.removeprefix("http://")
    jenkins.builds["job/app/4"] = JenkinsBuild(result="SUCCESS")
    jenkins.builds["job/app/5"] = JenkinsBuild(result=None, building=True)
    jenkins.builds["job/app/6"] = JenkinsBuild(result="UNSTABLE", log=FakeLog(DSL_LOG[1]))
    four, five, six = (jenkins.link(f"job/app/{n}/") for n in (4, 5, 6))
    assert refusal(read, four, CI_LINK_ALLOW=host) == "the build did not fail (success)"
    assert refusal(read, five, CI_LINK_ALLOW=host) == (
        "the build is still running and no job has failed yet"
    )
    assert len(read(six, CI_LINK_ALLOW=host)) == 1
    assert refusal(read, six, CI_LINK_ALLOW=host, JENKINS_TOKEN="wrong") == (
        "Jenkins refused JENKINS_TOKEN (401): check the token"
    )
    anonymous = refusal(read, six, CI_LINK_ALLOW=host, JENKINS_USER=None, JENKINS_TOKEN=None)
    assert anonymous == "set JENKINS_USER and JENKINS_TOKEN to read Jenkins links"
    assert refusal(read, "https://jenkins.other.dev/job/app/6/") == (
        f"set JENKINS_URL to read Jenkins links on jenkins.other.dev (it is set for {host})"
    )


# --- the command line ----------------------------------------------------------------------


def test_inputs_mix_files_stdin_and_links(cli: Cli, github: FakeGitHub, tmp_path: Any) -> None:
    link = three_failed_jobs(github)
    log = tmp_path / "a.log"
    log.write_text(OIDC + "\n")
    stdin = "fatal: the frobnicator exploded\n"
    outcome = cli("match", "--json", str(log), link, "-", stdin=stdin)
    assert outcome.code == 0
    inputs = [r["input"] for r in outcome.records]
    assert len(inputs) == 5 and (inputs[0], inputs[-1]) == (str(log), "-")
    assert "run" not in outcome.records[0] and outcome.records[1]["run"] == link


def test_a_url_that_is_no_run_link(cli: Cli) -> None:
    url = "https://example.com/some/page"
    one_line_error(
        cli("match", url),
        url,
        "not a link to a CI run, pipeline, job or build that ci-error reads "
        "(GitHub Actions, GitLab, Jenkins)",
    )
    outcome = cli("match", "https://github.com/a/b/actions/runs/1", MAX_LOG_MB="0")
    assert (outcome.code, outcome.err) == (
        2,
        "ci-error: MAX_LOG_MB must be between 1 and 1024, not 0\n",
    )


# --- big logs and the deadline -------------------------------------------------------------


def big_log() -> FakeLog:
    return FakeLog(OIDC + "\n", filler_mb=60)


def test_a_60_mb_log_keeps_its_last_50_mb_by_range(
    read: Read, github: FakeGitHub, storage: LogStorage
) -> None:
    log = big_log()
    github.add_run("acme/app", 20, [GitHubJob(60, "huge", log=log)])
    ((_, kept),) = read(github.link("acme/app/actions/runs/20"))
    cap = 50 << 20
    assert (len(kept.data), kept.size, kept.truncated) == (cap, log.size, True)
    assert kept.data.endswith(log.tail)
    assert kept.data[:64] == next(log.chunks(log.size - cap))[:64]
    assert [c.headers.get("range") for c in storage.calls] == [None, f"bytes={log.size - cap}-"]
    assert all("authorization" not in c.headers for c in storage.calls)


def test_a_60_mb_log_without_ranges_keeps_its_end_while_streaming(
    read: Read, gitlab: FakeGitLab
) -> None:
    log = big_log()
    gitlab.add_pipeline("acme/app", 3, [GitLabJob(7, "huge", log=log)])
    ((_, kept),) = read(gitlab.link("acme/app/-/jobs/7"))
    cap = 50 << 20
    assert (len(kept.data), kept.size, kept.truncated) == (cap, log.size, True)
    assert kept.data.endswith(log.tail)
    assert kept.data[:64] == next(log.chunks(log.size - cap))[:64]
    text = kept.text()
    assert text.startswith("2024-05-01T") and text.endswith(OIDC + "\n")  # whole lines only


def test_a_capped_log_is_still_diagnosed(cli: Cli, github: FakeGitHub, storage: LogStorage) -> None:
    storage.ranges = False
    log = FakeLog(TOKEN_LOG[1], filler_mb=3)
    github.add_run("acme/app", 21, [GitHubJob(61, "big", log=log)])
    link = github.link("acme/app/actions/runs/21")
    outcome = cli("match", "--json", link, MAX_LOG_MB="1")
    assert outcome.code == 0 and outcome.ids == [TOKEN_LOG[0]]
    assert outcome.records[0]["truncated"] is True
    terminal = cli("match", link, MAX_LOG_MB="1")
    assert "big · log larger than 1 MB: read the last 1 MB" in terminal.out


def test_deadline_while_the_api_is_slow(cli: Cli, github: FakeGitHub) -> None:
    link = three_failed_jobs(github)
    github.slow["jobs"] = 3.0
    outcome = cli("match", link, RUN_DEADLINE="1")
    one_line_error(
        outcome, link, "deadline exceeded: reading the run took more than 1 s (RUN_DEADLINE)"
    )


def test_deadline_while_a_log_trickles_in(
    read: Read, github: FakeGitHub, storage: LogStorage
) -> None:
    github.add_run("acme/app", 22, [GitHubJob(62, "slow", log=FakeLog(OIDC, filler_mb=2))])
    storage.trickle["blob"] = 0.05
    link = github.link("acme/app/actions/runs/22")
    started = time.monotonic()
    assert refusal(read, link, RUN_DEADLINE="1") == (
        "deadline exceeded: reading the run took more than 1 s (RUN_DEADLINE)"
    )
    assert time.monotonic() - started < 2.0


def test_unreachable_api(read: Read) -> None:
    link = "http://127.0.0.1:9/acme/app/actions/runs/1"
    unreachable = refusal(read, link, GITHUB_API_URL="http://127.0.0.1:9/api/v3")
    assert unreachable == "could not reach 127.0.0.1:9 (ConnectError)"


# --- the buffer that keeps a log's end -------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    cap=st.integers(1, 64),
    chunks=st.lists(st.binary(min_size=0, max_size=100), max_size=30),
)
def test_tail_keeps_the_last_bytes(cap: int, chunks: list[bytes]) -> None:
    tail = _Tail(cap)
    for chunk in chunks:
        tail.add(chunk)
    whole = b"".join(chunks)
    assert bytes(tail.finish()) == whole[-cap:] if whole else bytes(tail.finish()) == b""
    assert tail.truncated == (len(whole) > cap)
    assert len(tail.buffer) <= cap


@settings(max_examples=200, deadline=None)
@given(
    data=st.binary(min_size=0, max_size=200), count=st.integers(0, 400), piece=st.integers(1, 16)
)
def test_rotate_left_in_place(data: bytes, count: int, piece: int) -> None:
    buffer = bytearray(data)
    rotate_left(buffer, count, piece)
    k = count % len(data) if data else 0
    assert bytes(buffer) == data[k:] + data[:k]


def test_problems_are_one_line_in_both_languages() -> None:
    from slackbot.messages import say

    problem = RunProblem("run_rate_limited", system="GitHub", when="14:05 UTC")
    assert str(problem) == "GitHub rate limit, try again after 14:05 UTC"
    assert "14:05 UTC" in say(problem.reason, "zh", **problem.values)
