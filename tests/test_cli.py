"""The ci-error command line: output, JSON, exit codes, clear one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from slackbot.cli import main
from tests.conftest import CATALOG_DIR, FIXTURES, REDIS_URL, ROOT

OIDC = "2024-01-10T12:34:56.1234567Z ##[error]Failed to request OIDC token: 403 Forbidden\n"
SEED = "policy/github-actions-oidc-token-403-forbidden"


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = dict(os.environ)
    os.environ.update({"CATALOG_DIR": str(CATALOG_DIR), **(env or {})})
    try:
        code = main(list(args), out=out, err=err, stdin=io.StringIO(stdin))
    finally:
        os.environ.clear()
        os.environ.update(old)
    return code, out.getvalue(), err.getvalue()


def test_match_prints_a_readable_card(tmp_path: Path) -> None:
    log = tmp_path / "build.log"
    log.write_text("setup\n" * 30 + OIDC + "cleanup\n")
    code, out, _ = run("match", str(log))
    assert code == 0
    assert out.startswith("Error message: Failed to get ID Token.")
    assert "Matched line 31" in out and "Workarounds" in out and "(estimate)" in out


def test_the_seed_pages_own_headline_still_finds_the_corrected_entry() -> None:
    # People who read the ErrorCanon page paste its headline, which no GitHub tool prints.
    page = (FIXTURES / "errorcanon" / "github-actions-oidc-token-403-forbidden.txt").read_text(
        "utf-8"
    )
    lines = page.splitlines()
    headline = lines[lines.index(f"ID: {SEED}") - 1]
    assert headline.startswith("Error: Failed to request OIDC token: 403 Forbidden.")
    code, out, _ = run("match", "--json", "-", stdin=headline + "\n")
    assert code == 0
    assert json.loads(out)["matches"][0]["id"] == SEED
    code, out, _ = run("match", "-", stdin=f"##[error]{headline}\n")
    assert code == 0 and out.startswith("Error message: Failed to get ID Token.")


def test_match_json_one_object_per_input_in_order(tmp_path: Path) -> None:
    known, unknown = tmp_path / "a.log", tmp_path / "b.log"
    known.write_text(OIDC)
    unknown.write_text("fatal: the frobnicator exploded while warming up the flux\n")
    code, out, _ = run("match", "--json", "--top", "2", str(known), str(unknown), "-", stdin=OIDC)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["input"] for r in records] == [str(known), str(unknown), "-"]
    assert records[0]["matches"][0]["id"] == SEED
    assert set(records[0]["matches"][0]) >= {"id", "title", "score", "line_no", "line"}
    assert records[1]["matches"] == []


def test_match_exit_codes() -> None:
    assert run("match", "-", stdin="fatal: the frobnicator exploded")[0] == 1
    code, _, err = run("match", "/no/such/file.log")
    assert code == 2
    assert err == "ci-error: /no/such/file.log: no such file\n"
    code, _, err = run("match", str(ROOT))
    assert (code, err.count("\n")) == (2, 1)
    assert run("match", "--top", "0", "-")[0] == 2
    assert run("frobnicate")[0] == 2


def test_match_in_chinese() -> None:
    code, out, _ = run("match", "--lang", "zh", "-", stdin=OIDC)
    assert code == 0 and "根本原因" in out


def test_match_redacts_secrets_in_json() -> None:
    secret = "ghp_" + "x1Y2z3" * 6
    _, out, _ = run("match", "--json", "-", stdin=OIDC.strip() + f" token {secret}\n")
    assert secret not in out


def test_show_list_schema() -> None:
    code, out, _ = run("show", SEED, "--lang", "zh")
    assert code == 0 and "解决方法" in out
    code, _, err = run("show", "no/such")
    assert code == 2 and "no/such" in err
    code, out, _ = run("list", "--tag", "oidc")
    assert code == 0 and SEED in out
    code, out, _ = run("schema")
    assert json.loads(out)["title"] == "ci-error catalog entry"


def test_lint_reports_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "policy" / "x.yaml"
    bad.parent.mkdir()
    bad.write_text("id: policy/x\nfix_rate: 300\n")
    code, _, err = run("lint", env={"CATALOG_DIR": str(tmp_path)})
    assert code == 2
    assert str(bad) in err


def test_votes_export_import_round_trip_between_sqlite_and_redis(tmp_path: Path) -> None:
    from slackbot.store import open_sqlite
    from tests.conftest import drop_prefix

    sqlite = open_sqlite(tmp_path / "data" / "ci-error.sqlite3")
    workaround = "test-the-audience-with-curl"
    sqlite.votes.vote(SEED, workaround, "U1", "up")
    sqlite.votes.vote(SEED, workaround, "U2", "down")
    sqlite.close()
    sqlite_env = {"DATA_DIR": str(tmp_path / "data"), "REDIS_URL": ""}
    for fmt in ("json", "csv"):
        code, exported, _ = run("votes", "export", "--format", fmt, env=sqlite_env)
        assert code == 0
        dump = tmp_path / f"votes.{fmt}"
        dump.write_text(exported)
        prefix = f"cli-test-{fmt}-{uuid.uuid4().hex[:8]}"
        redis_env = {"REDIS_URL": REDIS_URL, "REDIS_PREFIX": prefix}
        code, out, _ = run("votes", "import", str(dump), env=redis_env)
        assert (code, out) == (0, "imported 2 votes (2 new or changed)\n")
        assert run("votes", "export", "--format", fmt, env=redis_env)[1] == exported
        drop_prefix(prefix)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"entry_id": "no/such", "workaround_id": "w", "user_id": "U", "direction": "up"}\n',
            "unknown entry",
        ),
        (
            f'{{"entry_id": "{SEED}", "workaround_id": "nope", "user_id": "U", "direction": "up"}}\n',
            "has no workaround",
        ),
        ('{"entry_id": "x"\n', "not a JSON object"),
    ],
)
def test_votes_import_refuses_a_bad_file_whole(tmp_path: Path, content: str, message: str) -> None:
    dump = tmp_path / "votes.json"
    dump.write_text(content)
    env = {"DATA_DIR": str(tmp_path / "d"), "REDIS_URL": ""}
    code, _, err = run("votes", "import", str(dump), env=env)
    assert code == 2 and message in err
    assert run("votes", "export", env=env)[1] == ""


def test_gaps_feedback_stats(tmp_path: Path) -> None:
    from slackbot.store import Feedback, open_sqlite

    store = open_sqlite(tmp_path / "ci-error.sqlite3")
    store.gaps.record_gap("error: widget exploded <n>")
    store.hits.record_hit(SEED)
    store.feedback.record_feedback(Feedback(SEED, "a wrong line", "U9", 0.0))
    store.votes.vote(SEED, "test-the-audience-with-curl", "U1", "down")
    store.close()
    env = {"DATA_DIR": str(tmp_path), "REDIS_URL": ""}
    assert "widget exploded" in run("gaps", env=env)[1]
    assert "a wrong line" in run("feedback", env=env)[1]
    stats = run("stats", env=env)[1]
    assert SEED in stats and "test-the-audience-with-curl" in stats


def test_a_card_from_a_warm_cache_needs_neither_pydantic_nor_yaml(tmp_path: Path) -> None:
    # ci-error match is a step in CI jobs: the schema's weight is for data from outside.
    log = tmp_path / "build.log"
    log.write_text(OIDC)
    env = {**os.environ, "CATALOG_DIR": str(CATALOG_DIR), "CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-X", "importtime", "-m", "slackbot.cli", "match", str(log)]
    for _ in range(2):  # the first run fills the cache
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0 and done.stdout.startswith("Error message: Failed to get ID")
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "slackbot.catalog" in imported
    assert not {name.partition(".")[0] for name in imported} & {"pydantic", "yaml"}


def test_console_script_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "slackbot.cli", "match", "--json", "-"],
        input=OIDC,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CATALOG_DIR": str(CATALOG_DIR)},
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["matches"][0]["id"] == SEED
