"""Cleaning, masking, line selection and ranking, on real-looking log lines."""

from __future__ import annotations

import copy
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import re2
import yaml

from slackbot.cards import build_no_match
from slackbot.catalog import Catalog, load_catalog
from slackbot.matching import (
    SIGNATURE_FLOOR,
    STRONG_FLOOR,
    Matcher,
    Tier,
    clean_log,
    mask_line,
    quoted_messages,
    select_error_lines,
    strip_decorations,
)
from slackbot.pattern_set import required_words
from slackbot.suite_failure import recognise_suite_failure
from tests.answers import best_id
from tests.conftest import ROOT

ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("2024-01-10T12:34:56.1234567Z ##[error]Process failed: boom", "Process failed: boom"),
        (
            "[29](https://github.com/o/r/actions/runs/1/job/2#step:7:30)2024-01-10T12:34:56.1234567Z "
            "npm ERR! code E404",
            "npm ERR! code E404",
        ),
        (f"{ESC}[31mfatal:{ESC}[0m could not read Username", "fatal: could not read Username"),
        ("[0K[32;1m$ npm ci[0;m", "npm ci"),
        ("section_start:1700000000:step_script\r[0KExecuting step", "Executing step"),
        ("#10 18.23 ERROR: failed to solve", "ERROR: failed to solve"),
        ("[Pipeline] sh", "sh"),
        (
            "[2024-01-10T12:34:56.123Z] Host key verification failed.",
            "Host key verification failed.",
        ),
        ("12:34:56 ERROR something", "ERROR something"),
        ("│ Error: Error acquiring the state lock", "Error: Error acquiring the state lock"),
        ("> > fatal: not a git repository", "fatal: not a git repository"),
        ("[?25lCollecting foo[?25h", "Collecting foo"),
        ("progress 10%\rprogress 100%\rERROR: done", "ERROR: done"),
        ("::error file=app.js,line=1::Something broke", "Something broke"),
        # GitHub's line links inside a copied line, one cut where the paste ends.
        (
            "lockbud: error while loading shared libraries: librustc_driver-678dead"
            "[5](https://github.com/o/r/actions/runs/1/job/2?pr=9#step:5:5)"
            "[8](https://github.com/o/r/actions/runs/1/job/2240",
            "lockbud: error while loading shared libraries: librustc_driver-678dead58",
        ),
        # CodeBuild's console numbers its lines.
        ("36 | npm ERR! code ENOENT", "npm ERR! code ENOENT"),
        # The Android Gradle plugin's ddmlib relays the instrumentation's output under its log tag
        # (round 74's 166).
        (
            "12:14:40 V/InstrumentationResultParser: at org.junit.Assert.fail(Assert.java:88)",
            "at org.junit.Assert.fail(Assert.java:88)",
        ),
        # Taskcluster's run-task before each line of a task's log (Mozilla's CI; round 81's 143).
        (
            "[task 2021-03-10T04:25:59.305Z] error: linking with `cc` failed: exit status: 1",
            "error: linking with `cc` failed: exit status: 1",
        ),
        ("[vcs 2021-03-10T04:20:01.120Z] updated to 0123abcd", "updated to 0123abcd"),
    ],
)
def test_clean_log_strips_ci_decorations(raw: str, clean: str) -> None:
    assert clean_log(raw).strip() == clean


def test_clean_log_keeps_line_numbers_and_splits_jenkins_br() -> None:
    text = "one\n##[error]two\nthree<br/>four"
    assert clean_log(text).split("\n") == ["one", "two", "three", "four"]


@pytest.mark.parametrize(
    "line",
    [
        "##[error]Process completed with exit code 1.",
        "Error: Process completed with exit code 2.",
        "Traceback (most recent call last):",
        "ERROR: Job failed: exit code 1",
        "Finished: FAILURE",
        "npm ERR! A complete log of this run can be found in: /root/.npm/_logs/x.log",
    ],
)
def test_boilerplate_lines_are_blanked(line: str) -> None:
    assert clean_log(line).strip() == ""


def test_exit_code_137_is_not_boilerplate() -> None:
    assert "137" in clean_log("##[error]Process completed with exit code 137.")


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        (
            "fatal: detected dubious ownership in repository at '/__w/app/app'",
            "fatal: detected dubious ownership in repository at <q>",
        ),
        (
            "npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fwidget",
            "npm ERR! 404 Not Found - GET <url>",
        ),
        ("Process completed with exit code 137.", "Process completed with exit code 137."),
        ("Pulling sha256 3f4a9c2b1d0e in 12345 ms", "Pulling sha256 <hash> in <n> ms"),
        (
            "job 0b7c2a5e-1f3d-4c6b-9a8e-7d6f5e4c3b2a failed on 10.0.0.12:8080",
            "job <uuid> failed on <ip>",
        ),
        ("requires node >=18.17.0 got 16.20.2", "requires node >=<ver> got <ver>"),
        ("open /home/runner/work/app/app/go.sum: no such file", "open <path>: no such file"),
        ("HTTP 403 and errno 13", "HTTP 403 and errno 13"),
    ],
)
def test_mask_line_hides_variable_parts_but_keeps_codes(line: str, masked: str) -> None:
    assert mask_line(line) == masked


def test_select_error_lines_prefers_errors_and_later_lines() -> None:
    lines = [f"compiling module {i} of the project" for i in range(1000)]
    lines[100] = "error: an early error line in the log"
    lines[900] = "fatal: a late fatal line in the log!"
    chosen = select_error_lines(lines, limit=1)
    assert chosen == [900]
    assert select_error_lines(lines) == [100, 900]
    assert select_error_lines(["short", "a paste of a few lines only"]) == [1]


# --- ranking on a small catalog made for the test --------------------------------------


def _entry(
    entry_id: str,
    patterns: list[str],
    examples: list[str],
    priority: int = 50,
    unless: tuple[str, ...] = (),
    skip_lines: tuple[str, ...] = (),
) -> Any:
    seed = yaml.safe_load(
        (ROOT / "catalog/policy/github-actions-oidc-token-403-forbidden.yaml").read_text("utf-8")
    )
    data = copy.deepcopy(seed)
    data.update(id=entry_id, title=examples[0][:80])
    data["match"] = {"patterns": patterns, "examples": examples, "priority": priority}
    if unless:
        data["match"]["unless"] = list(unless)
    if skip_lines:
        data["match"]["skip_lines"] = list(skip_lines)
    return data


def _catalog_of(root: Path, entries: list[Any]) -> Catalog:
    """The catalog of ``entries`` (made by :func:`_entry`), written as YAML files under ``root``."""
    for data in entries:
        path = root / f"{data['id']}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_catalog(root)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    root: Path = tmp_path_factory.mktemp("catalog")
    entries = [
        _entry(
            "network/tls",
            [r"CERTIFICATE_VERIFY_FAILED"],
            [
                "SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed: unable to get local "
                "issuer certificate"
            ],
            priority=70,
        ),
        _entry(
            "dependency/pip-no-dist",
            [r"No matching distribution found for \S+"],
            ["ERROR: No matching distribution found for requests==2.31.0"],
            priority=30,
        ),
        _entry(
            "resources/oom",
            [r"exit code 137"],
            ["Error: Process completed with exit code 137."],
            priority=30,
        ),
        _entry(
            "git/ownership",
            [r"detected dubious ownership in repository"],
            ["fatal: detected dubious ownership in repository at '/__w/app/app'"],
            unless=(r"^Marked /\S+ as safe$",),
        ),
    ]
    return _catalog_of(root, entries)


def test_signature_hit_reports_line_tier_and_score(small: Catalog) -> None:
    log = "step 1\nstep 2\n##[error]fatal: detected dubious ownership in repository at '/x/y'\n"
    best = Matcher(small).match(log).best
    assert best is not None
    assert (best.entry_id, best.tier, best.line_no) == ("git/ownership", Tier.SIGNATURE, 3)
    assert best.line.startswith("fatal: detected dubious ownership")
    assert SIGNATURE_FLOOR <= best.score <= 100


def test_root_cause_beats_the_later_symptom(small: Catalog) -> None:
    log = (
        "Collecting requests==2.31.0\n"
        "WARNING: Retrying ... SSLError(SSLCertVerificationError(1, '[SSL: "
        "CERTIFICATE_VERIFY_FAILED] certificate verify failed'))\n"
        "ERROR: Could not find a version that satisfies the requirement requests==2.31.0\n"
        "ERROR: No matching distribution found for requests==2.31.0\n"
    )
    result = Matcher(small).match(log)
    assert [m.entry_id for m in result.matches] == ["network/tls", "dependency/pip-no-dist"]


def test_later_line_decides_within_an_entry(small: Catalog) -> None:
    log = "\n".join(
        ["fatal: detected dubious ownership in repository at '/a'"]
        + ["noise"] * 50
        + ["fatal: detected dubious ownership in repository at '/b'"]
    )
    best = Matcher(small).match(log).best
    assert best is not None and best.line_no == 52


def test_a_line_the_entry_names_in_unless_rules_it_out(small: Catalog) -> None:
    hit = "fatal: detected dubious ownership in repository at '/w/app'"
    matcher = Matcher(small)
    assert [m.entry_id for m in matcher.match(hit).matches] == ["git/ownership"]
    for log in (f"{hit}\nMarked /w/app as safe", f"Marked /w/app as safe\n{hit}"):
        assert matcher.match(log).matches == []
    # Not when the line only contains the text: the pattern is anchored.
    assert matcher.match(f"{hit}\necho Marked /w/app as safe").best is not None


def test_fuzzy_match_tolerates_words_in_another_order_behind_anchors(small: Catalog) -> None:
    best = (
        Matcher(small)
        .match("fatal: dubious ownership detected in the repository at '/__w/api/api'")
        .best
    )
    assert best is not None
    assert best.entry_id == "git/ownership"
    assert best.tier is Tier.STRONG
    assert STRONG_FLOOR <= best.score < SIGNATURE_FLOOR


def test_a_fuzzy_line_that_lacks_one_of_the_examples_words_is_only_a_near_miss(
    small: Catalog,
) -> None:
    # On unseen pastes such lines named the wrong entry more often than the right one.
    result = Matcher(small).match(
        "fatal: dubious ownership detected for the repository at '/__w/api/api'"
    )
    assert result.matches == []
    assert [m.entry_id for m in result.near_misses] == ["git/ownership"]


def test_a_line_without_the_examples_error_words_is_only_a_near_miss(small: Catalog) -> None:
    # Every word of the line is in the example, but "fatal" is not in the line: the
    # line is the example's context, not its error.
    result = Matcher(small).match("dubious ownership detected for the repository at '/__w/api/api'")
    assert result.matches == []
    assert [m.entry_id for m in result.near_misses] == ["git/ownership"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The exit code or HTTP status an example carries names its error: a line with
        # another one (or none) only shares the words around it.
        ("Process 'command '/opt/flutter/bin/flutter'' finished with non-zero exit value 1", None),
        ("Failed during stage 'building site': Build script returned non-zero exit code: 2", None),
        ("500 internal server error", None),
        (
            "Process 'Gradle Test Executor 4' finished with a non-zero exit value 137",
            "resources/process-killed-exit-137",
        ),
    ],
)
def test_a_fuzzy_match_needs_the_examples_exit_code_or_status(
    catalog: Catalog, line: str, expected: str | None
) -> None:
    best = Matcher(catalog).match(line).best
    assert (best.entry_id if best else None) == expected
    assert best is None or best.tier is Tier.STRONG


@pytest.mark.parametrize(
    "text",
    [
        "FAILED tests/test_api.py::test_create - AssertionError: assert 500 == 201",
        "src/lib.rs:10:5: error[E0308]: mismatched types",
        "panic: test timed out after 10m0s",
        "error TS2304: Cannot find name 'foo'.",
        "Error: Process completed with exit code 1.",
        "",
        "   \n\t\n",
        "\x1b[31m\x1b[0m\x1b[1m\x1b[0m",
        "构建失败:找不到模块",
    ],
)
def test_unknown_errors_match_nothing(small: Catalog, text: str) -> None:
    assert Matcher(small).match(text).matches == []


def test_near_misses_are_offered_only_without_a_match(small: Catalog) -> None:
    result = Matcher(small).match("detected ownership problem in repository somewhere odd")
    assert result.matches == []
    assert [m.entry_id for m in result.near_misses] == ["git/ownership"]
    assert all(m.tier is Tier.POSSIBLE for m in result.near_misses)
    card = build_no_match(result, "en")
    shown = str(card.blocks)
    assert "git/ownership" in shown and "Nearest candidates" in shown
    assert card.text == "No known CI error recognised in this text."


def test_top_limits_the_matches(small: Catalog) -> None:
    log = (
        "CERTIFICATE_VERIFY_FAILED\nNo matching distribution found for x\n"
        "Process completed with exit code 137\n"
    )
    assert len(Matcher(small).match(log, top=2).matches) == 2
    assert len(Matcher(small).match(log, top=3).matches) == 3


def test_long_lines_and_big_logs_stay_bounded(small: Catalog) -> None:
    matcher = Matcher(small)
    huge_line = "x" * 5_000_000 + " fatal: detected dubious ownership in repository at '/a'"
    assert matcher.match(huge_line).best is not None
    many = "\n".join(f"ok {i}" for i in range(200_000))
    assert matcher.match(many).matches == []


def test_a_catalog_split_over_several_sets_matches_the_same(
    small: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = (
        "CERTIFICATE_VERIFY_FAILED\nNo matching distribution found for x\n"
        "fatal: detected dubious ownership in repository at '/a'\n"
    )
    whole = Matcher(small).match(log)
    monkeypatch.setattr("slackbot.pattern_set.SET_SIZE", 1)
    monkeypatch.setattr("slackbot.pattern_set.SET_AFTER_CHARS", 0)  # sets at once
    split = Matcher(small)
    assert split.match(log) == whole
    assert len(split._signatures._sets or ()) == sum(len(e.match.patterns) for e in small)


def test_the_compiled_matcher_is_cached_and_follows_changes(tmp_path: Path) -> None:
    import shutil

    from slackbot.matching import load_matcher

    root = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog" / "policy", root / "policy")
    cache = tmp_path / "cache"
    line = "##[error]Failed to request OIDC token: 403 Forbidden"
    first = load_matcher(root, cache)
    assert len(list(cache.glob("matcher-*.json"))) == 1
    again = load_matcher(root, cache)
    assert asdict(again.data) == json.loads(json.dumps(asdict(first.data)))
    assert again.match(line).best == first.match(line).best
    entry = next(root.glob("policy/*.yaml"))
    entry.write_text(entry.read_text("utf-8").replace("priority:", "priority: 51 #"), "utf-8")
    load_matcher(root, cache)
    assert len(list(cache.glob("matcher-*.json"))) == 1  # rebuilt, the stale one gone


def test_a_big_log_is_read_as_a_stream_with_the_same_verdict(catalog: Catalog) -> None:
    import slackbot.matching as matching

    matcher = matching.Matcher(catalog)
    noise = "\n".join(f"2024-05-01T10:00:00.0000000Z compiling module {i}" for i in range(60_000))
    error = "2024-05-01T10:00:01.0000000Z \x1b[31m##[error]Failed to request OIDC token: 403 Forbidden\x1b[0m"
    log = f"{noise}\n{error}\n{noise}\nError: Process completed with exit code 1."
    assert len(log) > matching.BIG_TEXT_CHARS
    best = matcher.match(log).best
    assert best is not None and best.entry_id.startswith("policy/github-actions-oidc")
    assert best.line_no == 60_001
    chunks = [log[i : i + 65_536] for i in range(0, len(log), 65_536)]
    assert matcher.match_stream(chunks).best == best


def test_an_unless_line_early_in_a_big_log_rules_the_entry_out(small: Catalog) -> None:
    import slackbot.matching as matching

    matcher = matching.Matcher(small)
    noise = "\n".join(f"2024-05-01T10:00:00.0000000Z compiling module {i}" for i in range(60_000))
    hit = "fatal: detected dubious ownership in repository at '/w/app'"
    marked = "2024-05-01T10:00:00.0000000Z \x1b[32mMarked /w/app as safe\x1b[0m"
    for log in (f"{noise}\n{hit}\n{noise}", f"{marked}\n{noise}\n{hit}\n{noise}"):
        assert len(log) > matching.BIG_TEXT_CHARS
        chunks = [log[i : i + 65_536] for i in range(0, len(log), 65_536)]
        assert matcher.match(log).best == matcher.match_stream(chunks).best
    assert matcher.match(f"{noise}\n{hit}\n{noise}").best is not None
    assert matcher.match(f"{marked}\n{noise}\n{hit}\n{noise}").best is None


def test_a_hit_on_a_skipped_line_is_passed_over_for_an_earlier_one(tmp_path: Path) -> None:
    import slackbot.matching as matching

    data = _entry(
        "user-code/msvc",
        [r"\.cpp\(\d+\): error C\d{4}: "],
        [r"src\app\main.cpp(12): error C2065: 'x': undeclared identifier"],
        skip_lines=(r"(?:^|[\s\\/])node_modules[\\/]",),
    )
    (tmp_path / "user-code").mkdir()
    (tmp_path / "user-code/msvc.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    matcher = matching.Matcher(load_catalog(tmp_path))
    ours = r"src\app\main.cpp(12): error C2065: 'x': undeclared identifier"
    vendored = r"node_modules\folly\Memory.cpp(80): error C2039: 'f': is not a member"
    assert matcher.match(vendored).best is None
    for log in (f"{ours}\n{vendored}", f"{vendored}\n{ours}"):
        best = matcher.match(log).best
        assert best is not None and best.line == ours
    noise = "\n".join(f"2024-05-01T10:00:00Z compiling unit {i}.cpp" for i in range(60_000))
    big = f"{ours}\n{vendored}\n{noise}"
    assert len(big) > matching.BIG_TEXT_CHARS
    best = matcher.match(big).best
    assert best is not None and (best.line_no, best.line) == (1, ours)
    assert matcher.match(f"{vendored}\n{noise}").best is None


def test_a_skipped_line_does_not_count_by_resemblance_either(tmp_path: Path) -> None:
    import slackbot.matching as matching

    example = r"Class Example\Good located in ./src/Bad.php does not comply with psr-4 autoloading"
    data = _entry(
        "user-code/psr",
        [r"^\S+\.php does not comply with psr-4 autoloading$"],
        [example],
        skip_lines=(r"[/\\]vendor[/\\]\S+\.php does not comply",),
    )
    (tmp_path / "user-code").mkdir()
    (tmp_path / "user-code/psr.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    matcher = matching.Matcher(load_catalog(tmp_path))
    ours = r"Class Acme\Tests\Unit\FooTest located in ./tests/Foo/FooTest.php does not comply with psr-4 autoloading"
    vendored = ours.replace("./tests/Foo/", "./vendor/acme/lib/tests/Foo/")
    assert best_id(matcher, ours) == "user-code/psr"
    assert matcher.match(vendored).best is None


def test_loose_patterns_find_what_the_real_ones_find_in_cleaned_lines() -> None:
    from slackbot.matching import relax_pattern

    assert relax_pattern(r"(?m)^\s*Killed\s*$") == r"(?m)\s*Killed\s*$"
    assert relax_pattern(r"(?m)Tests: +\d+ failed") == r"(?m)Tests:[ \t]+\d+[ \t]+failed"
    assert relax_pattern(r"(?m)[^a-z] x") == r"(?m)[^a-z][ \t]+x"
    assert relax_pattern(r"(?m)a\ b") == r"(?m)a\ b"


def test_a_fuzzy_match_needs_the_examples_rarest_word(matcher: Matcher) -> None:
    # Shares "AttributeError" and "has no attribute" with pytest's INTERNALERROR example,
    # which many entries use, but not "INTERNALERROR", which only that one does (held-out
    # round 8 paste 069: a test runner's own AttributeError).
    line = "AttributeError: 'PipedTestResult' object has no attribute '_stdout'"
    assert "test/pytest-internalerror-plugin" not in [
        m.entry_id for m in matcher.match(line).matches
    ]
    same = "INTERNALERROR> AttributeError: module 'pytest' has no attribute 'config'"
    assert matcher.match(same).best is not None


@pytest.mark.parametrize(
    ("dependency", "project", "entry_id"),
    [
        (
            # (An error in an @types package is dependency/typescript-declarations-version-mismatch,
            # a tooling entry, which ranks above the project's own errors.)
            "node_modules/typescript/lib/lib.dom.d.ts(47,11): error TS2300: Duplicate identifier 'x'.",
            "src/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.",
            "user-code/tsc-type-error",
        ),
        (
            "node_modules/@ember/debug/index.d.ts:3:1 - error TS2305: Module 'x' has no "
            "exported member 'y'.",
            # The project's file, whose message quotes a module under node_modules.
            "store/system/store.ts:19:24 - error TS2305: Module '\"../node_modules/@types/"
            "ember__debug\"' has no exported member 'deprecate'.",
            "user-code/tsc-type-error",
        ),
        (
            "Library/PackageCache/com.unity.2d.pixel-perfect/Editor/Converter/Conv.cs(26,65): "
            "error CS0234: The type or namespace name 'PixelPerfectCamera' does not exist",
            "Assets/Scripts/Player.cs(12,5): error CS0103: The name 'speed' does not exist",
            "user-code/dotnet-build-error",
        ),
        (
            "/agent/tools/go-1.6.2/src/runtime/cgo/gcc_linux_amd64.c:101: undefined reference to "
            "`crosscall_amd64'",
            "src/native/codec.c:40:3: error: unknown type name 'frame_t'",
            "user-code/gcc-clang-compile-error",
        ),
        (
            "Pods/Alamofire/Source/Session.swift:88:9: error: cannot find 'x' in scope",
            "App/Views/LoginView.swift:21:13: error: cannot find 'x' in scope",
            "user-code/swift-compile-error",
        ),
        (
            "third_party/zlib/deflate.c:120:5: error: implicit declaration of function 'f'",
            "src/main.c:10:5: error: implicit declaration of function 'f'",
            "user-code/gcc-clang-compile-error",
        ),
    ],
)
def test_a_compile_error_in_a_dependency_is_not_the_projects_code(
    matcher: Matcher, dependency: str, project: str, entry_id: str
) -> None:
    assert entry_id not in [m.entry_id for m in matcher.match(dependency).matches]
    best = matcher.match(f"{project}\n{dependency}").best
    assert best is not None and best.entry_id == entry_id and best.line == project


def test_an_entry_with_requires_is_offered_only_with_one_of_its_lines(tmp_path: Path) -> None:
    import slackbot.matching as matching

    data = _entry(
        "user-code/traceback",
        [r'^\s*File "[^"]+\.py", line \d+, in <module>$'],
        ['Traceback (most recent call last):\n  File "main.py", line 3, in <module>\nKeyError: 1'],
    )
    data["match"]["requires"] = [r"^(?:\w+\.)*[A-Z]\w*(?::\s.*)?$"]
    (tmp_path / "user-code").mkdir()
    (tmp_path / "user-code/traceback.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    matcher = matching.Matcher(load_catalog(tmp_path))
    frame = 'File "main.py", line 3, in <module>'
    assert matcher.match(frame).best is None
    assert matcher.match(f"{frame}\nKeyError: 'data'").best is not None
    noise = "\n".join(f"2024-05-01T10:00:00Z step {i} done" for i in range(60_000))
    # In a big log the required line follows the frame in the part read first, or is in
    # the tail.
    for log in (f"{frame}\nKeyError: 'data'\n{noise}", f"{frame}\n{noise}\nKeyError: 'data'"):
        assert len(log) > matching.BIG_TEXT_CHARS
        assert matcher.match(log).best is not None
    assert matcher.match(f"{frame}\n{noise}").best is None


def test_a_requires_line_may_be_a_wrapper_line_that_never_decides(tmp_path: Path) -> None:
    # git's "nothing to commit, working tree clean" is printed by git status as well as by
    # a failing git commit; only the step's wrapper line tells the failure apart (held-out
    # rounds 8, 50 and 68). Wrapper lines are blanked before signatures run, not before an
    # entry's requires is read.
    import slackbot.matching as matching

    data = _entry(
        "git/nothing-to-commit",
        [r"^nothing to commit, working tree clean$"],
        ["nothing to commit, working tree clean\nError: Process completed with exit code 1."],
    )
    # A requires pattern that spells a line break reads the status and the line after it.
    data["match"]["requires"] = [
        r"^nothing to commit, working tree clean\n(?:Error: )?Process completed with exit code 1\.?$"
    ]
    matcher = matching.Matcher(_catalog_of(tmp_path, [data]))
    status = "On branch main\nnothing to commit, working tree clean"
    assert matcher.match(status).best is None
    # git status, then another step's failure: the wrapper line does not follow the status.
    later = f"{status}\nError: unable to push\nError: Process completed with exit code 1."
    assert matcher.match(later).best is None
    for wrapper in (
        "Error: Process completed with exit code 1.",
        "##[error]Process completed with exit code 1.",
    ):
        best = matcher.match(f"{status}\n{wrapper}").best
        assert best is not None and best.entry_id == "git/nothing-to-commit"
        assert best.line == "nothing to commit, working tree clean"  # the wrapper never decides
    noise = "\n".join(f"2024-05-01T10:00:00Z step {i} done" for i in range(60_000))
    failed = f"{status}\nError: Process completed with exit code 1."
    for log in (f"{failed}\n{noise}", f"{noise}\n{failed}"):  # in the part read first, the tail
        assert len(log) > matching.BIG_TEXT_CHARS
        assert matcher.match(log).best is not None
    # The wrapper line alone is still only guidance.
    alone = matcher.match("Error: Process completed with exit code 1.")
    assert alone.best is None and alone.hint == "wrapper-only"


def test_requires_lines_are_searched_only_in_a_paste_that_holds_their_words(
    catalog: Catalog,
) -> None:
    # Every paste used to search every entry's requires patterns (about a hundred, 0.25 ms
    # a paste); most pastes hold none of their words.
    matcher = Matcher(catalog)
    assert matcher.match("fatal: detected dubious ownership in repository at '/a'").best
    requires = matcher._requires
    wordless = {i for i, p in enumerate(requires.patterns) if required_words(p) is None}
    assert len(requires.patterns) > 2 * len(wordless)
    assert set(requires._compiled) <= wordless  # those alone are searched in any text


def test_a_quoted_file_name_a_pattern_spells_is_a_key(matcher: Matcher) -> None:
    # The Cython entry's patterns spell 'longintrepr.h'; masked, any other missing header
    # resembled its example (held-out round 75, 096: the project's own #include <unistd.h>
    # under MSVC was offered as a Cython-generated file too old for Python).
    other = "fatal error C1083: Cannot open include file: 'unistd.h': No such file or directory"
    own = "bt/core.c(210): fatal error C1083: Cannot open include file: 'longintrepr.h': No such file or directory"
    assert "toolchain/cython-generated-c-too-old-for-python" not in [
        m.entry_id for m in matcher.match(other).matches
    ]
    assert best_id(matcher, own) == "toolchain/cython-generated-c-too-old-for-python"


def test_node_s_report_cut_before_its_exception_is_no_uncaught_exception(
    matcher: Matcher,
) -> None:
    # Node prints where it was thrown, the source line, a caret, then the exception: a paste
    # that stops after the source line does not say what was thrown (held-out round 62, 003).
    head = "/home/travis/build/acme/app/dist/index.js:9\n    return function (d, b) {"
    assert matcher.match(head).best is None
    whole = f"{head}\n    ^\n\nTypeError: Cannot read properties of undefined (reading 'x')"
    assert best_id(matcher, whole) == "user-code/node-uncaught-exception"


def test_an_example_of_two_common_words_is_no_fuzzy_evidence(matcher: Matcher) -> None:
    # fastlane's "Command timed out after 10 seconds on try 1 of 4" leaves two anchors
    # ("timed", "seconds") once masked: any line that times out shares them (held-out
    # round 11 paste 122, a review agent's git checkout).
    line = "['git', 'checkout', '-B', 'pr-review', 'FETCH_HEAD'] timed out after 30 seconds"
    assert matcher.match(line).best is None
    assert matcher.match("Command timed out after 10 seconds on try 4 of 4").best is not None


def test_a_quoted_name_a_pattern_spells_as_a_class_is_a_key(matcher: Matcher) -> None:
    # The cargo entry's patterns say `edition20\d\d`: its examples' `edition2024` must be
    # in a line for the fuzzy stage to offer it, not any feature Cargo lacks (held-out
    # round 12 paste 066, `workspace-inheritance`).
    line = (
        "The package requires the Cargo feature called `workspace-inheritance`, but that "
        "feature is not stabilized in this version of Cargo (1.63.0"
    )
    assert matcher.match(line).best is None
    wider = line.replace("`workspace-inheritance`", "`edition2024`").replace("(1.63.0", "")
    assert matcher.match(wider).best is not None


def test_a_paste_indented_as_a_markdown_code_block_is_dedented(matcher: Matcher) -> None:
    # Four spaces before every line (held-out round 13 paste 054): patterns anchored at a
    # line's start must still find PHPUnit's header; lines keep their relative indentation.
    paste = (
        "    PHPUnit 6.5.2 by Sebastian Bergmann and contributors.\n\n"
        "    There was 1 error:\n\n"
        "    1) App\\Tests\\DefaultControllerTest::testSomething\n"
        "    Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: Not Found\n"
        "      at vendor/symfony/http-kernel/HttpKernel.php:151"
    )
    assert clean_log(paste).split("\n")[2] == "There was 1 error:"
    assert clean_log(paste).split("\n")[6] == " at vendor/symfony/http-kernel/HttpKernel.php:151"
    assert best_id(matcher, paste) == "user-code/phpunit-failure"


@pytest.mark.parametrize(
    "paste",
    [
        # Held-out round 45, 102: a lowest-dependencies job, old symfony/console not autoloaded.
        "1) Doctrine\\Tests\\DBAL\\Tools\\Console\\RunSqlCommandTest::testMissingSqlArgument\n"
        "Error: Class 'Symfony\\Component\\Console\\Application' not found\n"
        "/home/travis/build/Majkl578/doctrine-dbal/tests/Doctrine/Tests/DBAL/Tools/Console/"
        "RunSqlCommandTest.php:21",
        # Held-out round 14, 038: a dependency's config that another dependency could not load,
        # its path wrapped at vendor/.
        "1) JMS\\DiExtraBundle\\Tests\\Functional\\AutomaticControllerInjectionsTest::testInjections\n"
        "Symfony\\Component\\DependencyInjection\\Exception\\InvalidArgumentException: Tag "
        '"<argument>" with type="service" has no or empty "id" attribute in '
        '"/home/jean/workspace/JMSDiExtraBundle/\n'
        'vendor/symfony/framework-bundle/DependencyInjection/../Resources/config/assets.xml".',
    ],
)
def test_a_phpunit_error_of_the_dependency_set_is_not_the_projects_test(
    matcher: Matcher, paste: str
) -> None:
    assert best_id(matcher, paste) != "user-code/phpunit-failure"


def test_git_given_an_empty_host_is_not_a_dns_failure(matcher: Matcher) -> None:
    # An unset variable in the clone URL (held-out round 13 paste 149): git resolves a word
    # of its command line; the script is at fault, not DNS.
    broken = "Cloning into '.'...\nfatal: unable to access 'https://': Could not resolve host: info"
    assert best_id(matcher, broken) != "network/dns-resolution-failed"
    real = (
        "fatal: unable to access 'https://github.com/o/r.git/': Could not resolve host: github.com"
    )
    assert best_id(matcher, real) == "network/dns-resolution-failed"


def test_a_stack_frame_is_no_fuzzy_evidence(matcher: Matcher) -> None:
    # setup-ruby's frames under bundle's exit code resembled node-gyp's frame examples
    # (held-out round 4 paste 023): a frame says where, never what.
    paste = (
        "Error: Error: The process '/opt/hostedtoolcache/Ruby/3.2.0/x64/bin/bundle' failed "
        "with exit code 18\n"
        "    at ExecState._setResult (/home/runner/work/_actions/ruby/setup-ruby/v1/dist/"
        "index.js:5340:25)\n"
        "    at ChildProcess.<anonymous> (/home/runner/work/_actions/ruby/setup-ruby/v1/dist/"
        "index.js:5217:27)\n"
        "    at ChildProcess.emit (node:events:527:28)"
    )
    assert matcher.match(paste).best is None


def test_travis_own_build_script_and_go_gets_lookup_are_not_the_projects_failures(
    matcher: Matcher,
) -> None:
    travis = "/home/travis/build.sh: line 352: syntax error near unexpected token `fi'"
    assert "user-code/shell-script-error" not in [m.entry_id for m in matcher.match(travis).matches]
    own = "./ci/build.sh: line 12: syntax error near unexpected token `fi'"
    assert matcher.match(own).best is not None
    assert matcher.match(own).best.entry_id == "user-code/shell-script-error"
    lookup = (
        "https fetch failed: Get https://mellium.im/sasl?go-get=1: dial tcp 127.0.0.1:443: "
        "connect: connection refused"
    )
    assert "network/ci-service-connection-refused" not in [
        m.entry_id for m in matcher.match(lookup).matches
    ]


def test_a_registry_refusing_a_fetch_is_not_a_service_of_the_job(matcher: Matcher) -> None:
    # The general condition: the refused address is a registry's, reached by the tool that fetches
    # from it (go get's lookup, round 19, 058; the Docker daemon's /v2/ API, round 68, 298).
    for line in (
        "https fetch failed: Get https://mellium.im/sasl?go-get=1: dial tcp 127.0.0.1:443: "
        "connect: connection refused",
        'Error response from daemon: Get "http://10.1.1.94:5000/v2/": dial tcp 10.1.1.94:5000: '
        "connect: connection refused",
    ):
        assert "network/ci-service-connection-refused" not in [
            m.entry_id for m in matcher.match(line).matches
        ]
    # A service container the tests talk to is still this entry (held-out round 65, 099).
    service = (
        "\tError:\t\tExpected nil, but got: Failed to start transaction: dial tcp "
        "172.17.0.3:5432: getsockopt: connection refused"
    )
    assert best_id(matcher, service) == "network/ci-service-connection-refused"


def test_cloud_builds_step_prefix_is_cleaned(matcher: Matcher) -> None:
    line = 'Step #0 - "cloud help": make[1]: gcloud: Command not found'
    assert best_id(matcher, line) == "toolchain/command-not-found"


def test_a_log_viewers_timestamp_with_its_zone_is_cleaned() -> None:
    # Google Cloud's log viewer, copied: the zone after the time, glued to Cloud Build's step
    # prefix (held-out round 25, 012).
    line = '2022-04-11 23:05:59.171 GMTStep #1: File "/opt/oss-fuzz/x.py", line 358, in <module>'
    assert strip_decorations(line) == 'File "/opt/oss-fuzz/x.py", line 358, in <module>'
    assert strip_decorations("2022-04-11 23:05:59 UTC make: *** [all] Error 2") == (
        "make: *** [all] Error 2"
    )


def test_a_rustup_toolchains_own_rustc_missing_librustc_driver_is_no_system_library(
    matcher: Matcher,
) -> None:
    # Held-out round 60, 079: a toolchain that does not run on the machine, labelled none.
    own = (
        "error: process didn't exit successfully: `rustc -vV` (exit code: 127)\n"
        "--- stderr\n"
        "/home/pi/.rustup/toolchains/stable-arm-unknown-linux-gnueabi/bin/rustc: "
        "error while loading shared libraries: librustc_driver-6fdea"
    )
    assert best_id(matcher, own) != "toolchain/shared-library-not-found"
    # A wrapper built against rustc's libraries still needs them on the loader path.
    wrapper = "lockbud: error while loading shared libraries: librustc_driver-678dead58"
    assert best_id(matcher, wrapper) == "toolchain/shared-library-not-found"


def test_shunit2s_assert_line_is_no_junit_assertion(matcher: Matcher) -> None:
    # Held-out round 60, 067: shunit2 prints JUnit's words behind its own 'ASSERT:' (a shell test).
    shell = (
        'ASSERT:{"blah":true} should contain the log expected:<0> but was:<1>\n'
        "shunit2:ERROR test_logs_are_propagated() returned non-zero return code."
    )
    assert best_id(matcher, shell) != "user-code/junit-assertion-failure"
    java = "java.lang.AssertionError: expected:<0> but was:<1>"
    assert best_id(matcher, java) == "user-code/junit-assertion-failure"


def test_bash_running_an_html_page_outranks_its_carriage_returns(matcher: Matcher) -> None:
    # Held-out round 60, 083: '<!DOCTYPE html>' read as a redirection from '!DOCTYPE', then the
    # page's CRLF lines; the downloaded page is the cause, not the line endings of a script.
    paste = (
        "/usr/local/bin/phpstan: line 1: !DOCTYPE: No such file or directory\n"
        "/usr/local/bin/phpstan: line 3: $'\\r': command not found\n"
        "/usr/local/bin/phpstan: line 83: syntax error: unexpected end of file\n"
        "Error: Process completed with exit code 2."
    )
    assert best_id(matcher, paste) == "network/downloaded-file-is-error-page"


def test_bad_cpu_type_quoted_in_a_report_is_an_exec_format_error(matcher: Matcher) -> None:
    # Held-out round 61, 013: macOS's EBADARCH text quoted as code, no program's path before it.
    paste = (
        "Local Rosetta execution was unavailable (`Bad CPU type in executable`), so the PR Intel"
        " runner is the authoritative x86_64 runtime check."
    )
    assert best_id(matcher, paste) == "container/exec-format-error"
    zsh = "I get `bad CPU type in executable: apply-user-defaults`"
    assert best_id(matcher, zsh) == "container/exec-format-error"


def test_circleci_resource_class_not_available_for_the_project(matcher: Matcher) -> None:
    # Held-out round 61, 038: the rejection naming executor, class and image, "not available for
    # your project"; the same form without an image for a Docker class.
    for line in (
        "`Resource class macos for macos.m1.medium.gen1, image xcode:15.4.0 is not available for"
        " your project, or is not a valid resource class.`",
        "Resource class docker for xlarge is not available for your project, or is not a valid"
        " resource class. This message will often appear if the pricing plan for this project does"
        " not support docker use.",
    ):
        assert best_id(matcher, line) == "policy/circleci-resource-class-not-on-plan"
    # A named image rejected without that phrase stays the image's entry.
    image = (
        "Job was rejected because resource class medium, image ubuntu-2004:202101-01 is not a"
        " valid resource class"
    )
    assert best_id(matcher, image) == "config/circleci-image-unavailable"


def test_rubys_load_error_for_a_library_an_extension_needs_behind_its_prefix(
    matcher: Matcher,
) -> None:
    # Held-out round 61, 128: "LoadError: " before the loader's message on the same line.
    paste = (
        "bundler: failed to load command: jekyll (/srv/flink-web/.rubydeps/ruby/2.5.0/bin/jekyll)\n"
        "LoadError: libruby-2.5.so.2.5: cannot open shared object file: No such file or directory"
        " - /srv/flink-web/.rubydeps/ruby/2.5.0/gems/posix-spawn-0.3.14/lib/posix_spawn_ext.so\n"
        "  /srv/flink-web/.rubydeps/ruby/2.5.0/gems/posix-spawn-0.3.14/lib/posix/spawn.rb:2:in"
        " `require'"
    )
    assert best_id(matcher, paste) == "toolchain/shared-library-not-found"
    require = (
        "/app/vendor/bundle/ruby/2.7.0/gems/mysql2-0.5.3/lib/mysql2.rb:36:in `require': "
        "libruby.so.2.7: cannot open shared object file: No such file or directory - "
        "/app/vendor/bundle/ruby/2.7.0/gems/mysql2-0.5.3/lib/mysql2/mysql2.so (LoadError)"
    )
    assert best_id(matcher, require) == "toolchain/shared-library-not-found"


def test_a_ruby_exception_relaying_a_command_that_failed_is_not_the_projects_code(
    matcher: Matcher,
) -> None:
    # The general condition: rake's, GitLab's and a spec helper's report of a command they ran
    # (held-out round 30, 039; round 36, 186): the command's output holds the cause.
    frames = (
        "/home/git/gitlab/lib/tasks/gitlab/shell.rake:49:in `block (5 levels) in <top (required)>'\n"
        "/home/git/gitlab/lib/tasks/gitlab/shell.rake:47:in `each'\n"
        "Tasks: TOP => gitlab:shell:install\n"
    )
    for message in ("command failed: bin/compile", "RuntimeError: make failed:"):
        paste = f"rake aborted!\n{message}\n{frames}"
        assert best_id(matcher, paste) != "user-code/ruby-uncaught-exception"
    # The project's own exception under rake is still its code (held-out round 22, 002).
    own = (
        "rake aborted!\n"
        "No such file or directory - out/chapter.mustache\n"
        "/apps/read-ruby/Rakefile:22:in `rescue in block (2 levels) in <top (required)>'\n"
        "/apps/read-ruby/Rakefile:13:in `each'\n"
    )
    assert best_id(matcher, own) == "user-code/ruby-uncaught-exception"


def test_a_php_extension_named_without_so_missing_a_library_it_links(matcher: Matcher) -> None:
    # Held-out round 61, 136: 'gd' is absent as written and found as gd.so, whose SONAME is missing:
    # the library it links against, not the extension's own file.
    paste = (
        "PHP Warning:  PHP Startup: Unable to load dynamic library 'gd' (tried: /opt/php/modules/gd"
        " (/opt/php/modules/gd: cannot open shared object file: No such file or directory),"
        " /opt/php/modules/gd.so (libfreetype.so.6: cannot open shared object file: No such file or"
        " directory)) in Unknown on line 0"
    )
    assert best_id(matcher, paste) == "toolchain/shared-library-not-found"
    # Both paths absent stays the extension's own file missing.
    absent = (
        "PHP Warning:  PHP Startup: Unable to load dynamic library 'ast.so' (tried: /usr/lib/php/ast.so"
        " (/usr/lib/php/ast.so: cannot open shared object file: No such file or directory),"
        " /usr/lib/php/ast.so.so (/usr/lib/php/ast.so.so: cannot open shared object file: No such file"
        " or directory)) in Unknown on line 0"
    )
    assert best_id(matcher, absent) == "toolchain/php-extension-file-not-found"


def test_an_old_go_reading_a_dependencys_generics_is_the_dependency_not_compiling(
    matcher: Matcher,
) -> None:
    # Held-out round 61, 160: go/parser before Go 1.18 on a vendored package's type parameters.
    paste = (
        "vendor/github.com/lxc/lxd/shared/util.go:602:12: expected '(', found '['\n"
        "vendor/github.com/lxc/lxd/shared/util.go:603:11: expected type, found ':='\n"
        "make: *** [Makefile:8: default] Error 2"
    )
    assert best_id(matcher, paste) == "dependency/go-dependency-does-not-compile"
    # The project's own file is not a dependency's.
    own = "internal/util/util.go:12:10: expected '(', found '['"
    assert best_id(matcher, own) != "dependency/go-dependency-does-not-compile"


def test_libtests_failures_list_of_tests_without_a_module(matcher: Matcher) -> None:
    # Held-out round 61, 135: integration tests at a test file's root are listed by bare name
    # under libtest's 'failures:' heading; compiletest's ui suite prints the heading too.
    paste = "failures:\n    body_pipe_response\n    response_text\n    test_tls_info\n"
    best = matcher.match(paste).best
    assert best is not None and best.entry_id == "user-code/cargo-test-failure"
    assert best.extracted == ("body_pipe_response", "response_text", "test_tls_info")
    compiletest = (
        "failures:\n\n---- [ui] ui/issue-43806.rs stdout ----\n"
        "        ui: /home/u/rust/src/test/ui/issue-43806.rs\n\n"
        "failures:\n    [ui] ui/issue-43806.rs\n"
    )
    assert matcher.match(compiletest).best is None


def test_rspecs_exception_lines_without_failure_error(matcher: Matcher) -> None:
    # Held-out round 61, 134: RSpec prints an example's exception as its class alone with a colon,
    # then the message indented; another tool's bare class name alone is not RSpec's.
    paste = "     ChildProcess::LaunchError:\n       Access is denied. (5)\n"
    assert best_id(matcher, paste) == "user-code/rspec-failure"
    snakemake = (
        "CreateCondaEnvironmentException:\n"
        "Could not create conda environment from /tmp/envs/env.yaml:\n"
    )
    assert best_id(matcher, snakemake) != "user-code/rspec-failure"


def test_junit5s_assertion_class_starting_a_line(matcher: Matcher) -> None:
    # Held-out round 61, 007: a flaky-test report's stack trace, cut inside the class's name.
    for paste in (
        "<summary>Failure stacktrace</summary>\n\n```\norg.opentest4j.Assert",
        "org.opentest4j.AssertionFailedError: failing to test flakiness reporting\n"
        "\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:38)",
    ):
        assert best_id(matcher, paste) == "user-code/junit-assertion-failure", paste


def test_a_cpan_client_installing_a_module_is_no_project_perl_suite(matcher: Matcher) -> None:
    # Held-out round 61, 053: cpanm installs a prerequisite whose own tests fail under a new perl.
    summary = (
        "t/01-MinimumPrereqs.t (Wstat: 1536 (exited 6) Tests: 12 Failed: 6)\n"
        "  Failed tests:  2, 4, 6, 8, 10, 12\n"
        "Result: FAIL\n"
        "Failed 3/6 test programs. 13/44 subtests failed.\n"
    )
    for client in (
        "-> FAIL Installing Dist::Zilla::Plugin::PrereqsClean failed. See "
        "/home/u/.cpanm/work/1674128016.146616/build.log for details. Retry with --force "
        "to force install it.",
        "! Installing Time::Moment failed. See /home/travis/.cpanm/work/1.2/build.log for "
        "details. Retry with --force to force install it.",
        "Failed during this command:\n PHISH/XML-LibXML-1.58.tar.gz                 : make_test NO",
    ):
        assert best_id(matcher, summary + client) != "user-code/perl-test-harness-failure"
    # The project's own checkout, installed by its path, is still the project's suite.
    own = summary + "! Installing . failed. See /home/u/.cpanm/work/1.2/build.log for details."
    assert best_id(matcher, own) == "user-code/perl-test-harness-failure"


def test_a_dependency_swiftpm_3_checked_out_under_packages_is_not_the_projects_swift(
    matcher: Matcher,
) -> None:
    # Held-out round 61, 198: Swift 3.0's SwiftPM cloned Yams 0.2.0 into Packages/Yams-0.2.0/.
    dependency = (
        "Compile Swift Module 'Yams' (9 sources)\n"
        "/Users/ak/x/Packages/Yams-0.2.0/Sources/Yams/Emitter.swift:324:13: error: value of type "
        "'ContiguousArray<CChar>' (aka 'ContiguousArray<Int8>') has no member "
        "'withUnsafeMutableBytes'"
    )
    assert best_id(matcher, dependency) != "user-code/swift-compile-error"
    own = "/Users/ak/x/Sources/App/Packages/Registry.swift:12:5: error: cannot find 'foo' in scope"
    assert best_id(matcher, own) == "user-code/swift-compile-error"


@pytest.mark.parametrize(
    "library",
    [
        # Held-out round 61, 114: a Lua module linked with --no-undefined and without liblua.
        "core_so-core.o:core.c:function lxc_version_get: error: undefined reference to "
        "'lua_pushstring'\n"
        "core_so-core.o:core.c:function container_state: error: undefined reference to "
        "'luaL_checkudata'",
        "/usr/bin/ld: main.o: in function `main':\n"
        "main.cpp:(.text+0x5): undefined reference to `boost::system::generic_category()'\n"
        "collect2: error: ld returned 1 exit status",
        "ld.lld: error: undefined symbol: SSL_CTX_new\n>>> referenced by tls.c",
        'Undefined symbols for architecture x86_64:\n  "_sqlite3_open", referenced from:\n'
        "      _db_open in db.o\nld: symbol(s) not found for architecture x86_64",
    ],
)
def test_a_well_known_librarys_api_undefined_at_link_is_no_project_symbol(
    matcher: Matcher, library: str
) -> None:
    assert best_id(matcher, library) != "user-code/gcc-clang-compile-error"


@pytest.mark.parametrize(
    "library",
    [
        # Held-out round 61, 095: a Win32 link against a 64-bit MySQL client library.
        "system.obj : error LNK2019: unresolved external symbol _mysql_close@4 referenced in "
        'function "public: void __thiscall Database::Close(void)" (?Close@Database@@QAEXXZ) '
        "[D:\\a\\1\\s\\build\\eoserv.vcxproj]",
        "main.obj : error LNK2019: unresolved external symbol __imp_PyArg_ParseTuple referenced "
        "in function main",
        '1>app.obj : error LNK2019: unresolved external symbol "class boost::system::'
        'error_category const & __cdecl boost::system::generic_category(void)" '
        "(?generic_category@system@boost@@YAAEBVerror_category@12@XZ) referenced in function main",
        # Held-out round 73, 167: libsbml linked without libxml2's symbols.
        "LibXMLHandler.cpp.obj : error LNK2019: unresolved external symbol _xmlGetPredefinedEntity "
        'referenced in function "public: static struct _xmlSAXHandler * __cdecl '
        'libsbml::LibXMLHandler::getInternalHandler(void)"',
        # Held-out round 69, 212: a test program linked against git2.lib.
        "test.obj : error LNK2019: unresolved external symbol _git_oid_fromstr referenced in "
        "function _main\n"
        "test.obj : error LNK2019: unresolved external symbol _git_repository_open referenced in "
        "function _main\n"
        "test.exe : fatal error LNK1120: 3 unresolved externals",
    ],
)
def test_a_well_known_librarys_api_unresolved_by_link_exe_is_no_project_symbol(
    matcher: Matcher, library: str
) -> None:
    assert best_id(matcher, library) != "user-code/msvc-compile-error"


@pytest.mark.parametrize(
    ("own", "entry"),
    [
        (
            "m.c:(.text+0x5): undefined reference to `GameOver_Loop'",
            "user-code/gcc-clang-compile-error",
        ),
        (
            'Undefined symbols for architecture x86_64:\n  "el::base::elStorage", referenced '
            "from:\n      el::base::Writer::construct(int, char const*, ...) in MLP.o",
            "user-code/gcc-clang-compile-error",
        ),
        (
            "main.cpp:(.text+0x5): undefined reference to `render(boost::shared_ptr<Scene>)'",
            "user-code/gcc-clang-compile-error",
        ),
        (
            "common.obj : error LNK2019: unresolved external symbol ggml_time_init referenced in "
            "function main",
            "user-code/msvc-compile-error",
        ),
        (
            'LINK : error LNK2001: Nicht aufgelöstes externes Symbol "PyInit_libspice".',
            "user-code/msvc-compile-error",
        ),
    ],
)
def test_a_projects_own_symbol_undefined_at_link_is_still_its_code(
    matcher: Matcher, own: str, entry: str
) -> None:
    assert best_id(matcher, own) == entry


def test_an_error_inside_an_apple_sdk_header_is_not_the_projects_c(matcher: Matcher) -> None:
    # Held-out round 62, 035 and 040: an arm64 build with a MacOSX10.15 SDK, whose cdefs.h refuses it.
    for sdk in (
        "/Library/Developer/CommandLineTools/SDKs/MacOSX10.15.sdk",
        "/Applications/Xcode_12.app/Contents/Developer/Platforms/MacOSX.platform/Developer/SDKs/"
        "MacOSX.sdk",
    ):
        text = (
            "In file included from ast27/Custom/typed_ast.c:1:\n"
            f"{sdk}/usr/include/sys/cdefs.h:807:2: error: Unsupported architecture\n"
            "#error Unsupported architecture\n"
            " ^\n"
        )
        assert best_id(matcher, text) != "user-code/gcc-clang-compile-error"
    # The project's own error, after a warning in the SDK, is still the project's.
    own = (
        "/Library/Developer/CommandLineTools/SDKs/MacOSX.sdk/usr/include/stdio.h:12:1: warning: x\n"
        "src/main.c:4:5: error: use of undeclared identifier 'foo'\n"
    )
    assert best_id(matcher, own) == "user-code/gcc-clang-compile-error"


@pytest.mark.parametrize(
    "fetched",
    [
        # Held-out round 69, 088: a library PlatformIO fetched, compiled without the core's SPI.h.
        "/home/travis/.platformio/lib/WiFi101_ID299/src/bus_wrapper/source/"
        "nm_bus_wrapper_samd21.cpp:46:17: fatal error: SPI.h: No such file or directory",
        # Held-out round 70, 161: OpenWrt compiling PHP's bundled sljit for mipsel.
        "/home/ahstanin/source/build_dir/target-mipsel_24kc_musl/php-7.2.0/ext/pcre/pcrelib/"
        "sljit/sljitNativeMIPS_common.c:506:3: error: a label can only be part of a statement "
        "and a declaration is not a statement",
        # Held-out round 70, 155: PHP built from a php-src clone, its parser from a newer bison.
        "/usr/bin/ld: Zend/.libs/zend_language_parser.o: in function `zend_yytnamerr':\n"
        "/..../PHP/php-src/Zend/zend_language_parser.y:1303: undefined reference to `yystpcpy'\n"
        "collect2: error: ld returned 1 exit status",
    ],
)
def test_a_build_systems_fetched_package_or_a_runtimes_own_source_is_not_the_projects_c(
    matcher: Matcher, fetched: str
) -> None:
    assert best_id(matcher, fetched) != "user-code/gcc-clang-compile-error"


@pytest.mark.parametrize(
    "own",
    [
        # The project's own source under PlatformIO's build folder or a release-like name.
        "src/main.cpp:12:5: error: 'foo' was not declared in this scope",
        "/home/me/firmware/src/wifi.cpp:46:17: fatal error: secrets.h: No such file or directory",
        "/home/me/php-tools/src/ext.c:10:3: error: 'x' undeclared (first use in this function)",
        "/root/ulatencyd-0.3.5/src/bc/lbc.c:314: error: 'R' undeclared (first use in this function)",
    ],
)
def test_the_projects_own_c_beside_those_trees_is_still_its_code(
    matcher: Matcher, own: str
) -> None:
    assert best_id(matcher, own) == "user-code/gcc-clang-compile-error"


def test_phps_own_header_not_found_is_the_missing_dev_package(matcher: Matcher) -> None:
    # Held-out round 69, 170: PHP-CPP on macOS, php-config giving no usable include path.
    text = (
        "In file included from zend/base.cpp:8:\n"
        "zend/includes.h:40:10: fatal error: 'php.h' file not found\n"
    )
    assert best_id(matcher, text) == "toolchain/c-header-not-found-missing-dev-package"


def test_jest_loading_a_configured_module_without_its_dependency_is_no_project_test(
    matcher: Matcher,
) -> None:
    # Held-out round 62, 028: @vue/vue2-jest, loaded by Jest's config, lacks vue-template-compiler.
    text = (
        "  ● Test suite failed to run\n\n"
        "    Cannot find module 'vue-template-compiler'\n"
        "    Require stack:\n"
        "    - /app/node_modules/@vue/vue2-jest/lib/process.js\n"
        "    - /app/node_modules/@vue/vue2-jest/lib/index.js\n"
        "    - /app/node_modules/jest-util/build/requireOrImportModule.js\n"
        "    - /app/node_modules/jest-config/build/normalize.js\n"
    )
    assert best_id(matcher, text) != "user-code/jest-test-failure"
    # Jest's resolver for the project's own test file is still the project's suite.
    own = (
        " FAIL  test/util.test.js\n"
        "  ● Test suite failed to run\n\n"
        "    Cannot find module '../src/util' from 'test/util.test.js'\n\n"
        "      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/resolver.js:427:11)\n"
    )
    assert best_id(matcher, own) == "user-code/jest-test-failure"


@pytest.mark.parametrize(
    "text",
    [
        # Held-out round 62, 048: an ia32 Electron app loading the x64 build of its addon.
        "Uncaught Error: \\\\?\\C:\\Users\\a\\AppData\\Local\\Temp\\13ef994e.tmp.node is not a "
        "valid Win32 application. \\\\?\\C:\\Users\\a\\AppData\\Local\\Temp\\13ef994e.tmp.node",
        "ELECTRON_ASAR.js:173 Uncaught Error: %1 is not a valid Win32 application.",
    ],
)
def test_a_native_addon_electron_cannot_load_is_no_browser_js_error(
    matcher: Matcher, text: str
) -> None:
    assert best_id(matcher, text) != "user-code/browser-uncaught-js-error"


def test_rspec_1_failed_header_and_helm_template_failure(matcher: Matcher) -> None:
    # Held-out round 66, 111: RSpec 1.x heads a failed expectation "'<description>' FAILED".
    rspec1 = '1)\n\'TermColor should parse 3\' FAILED\nexpected: "a",\n     got: "b" (using ==)\n'
    assert best_id(matcher, rspec1) == "user-code/rspec-failure"
    # Held-out round 66, 192: helm's failure caused by a Go template error, its path elided.
    helm = "`Error: UPGRADE FAILED: template: ...`\n"
    assert best_id(matcher, helm) == "user-code/helm-chart-render-error"


def test_user_code_classes_decline_toolings_lookalikes(matcher: Matcher) -> None:
    # Held-out round 66, 027: tox 0.9's stage headers have pytest's bars but are not tests.
    tox = (
        "[TOX] ***creating sdist package\n"
        "________________ [tox sdist] ________________\n"
        "________________ [tox testenv:py27] ________________\n"
        "[TOX] ***recreating virtualenv py27\n"
    )
    assert best_id(matcher, tox) != "user-code/pytest-test-failure"
    # Held-out round 66, 163: Remove-Item of a file the runner image no longer has.
    remove = (
        "Remove-Item: D:\\a\\_temp\\9873c7c8-4f3e-4a8c-9439-180e50978186.ps1:140\n"
        "Line |\n"
        " 140 |          Remove-Item (Join-Path $mingw_lib 'libpthread.dll.a')\n"
        "     | Cannot find path\n"
    )
    assert best_id(matcher, remove) != "user-code/powershell-script-error"
    # ... while another cmdlet's missing path in the project's script is still its class (round 43, 063).
    get_content = remove.replace("Remove-Item", "Get-Content")
    assert best_id(matcher, get_content) == "user-code/powershell-script-error"
    # Held-out round 66, 207: a class the JDK removed (java.lang.Compiler on JDK 21).
    removed = (
        "C:\\w\\src\\com\\oracle\\svm\\core\\jdk\\JavaLangSubstitutions.java:703: error: cannot find symbol\n"
        "@TargetClass(java.lang.Compiler.class)\n"
        "                      ^\n"
        "  symbol:   class Compiler\n"
        "  location: package java.lang\n"
        "1 error\n"
    )
    assert best_id(matcher, removed) != "user-code/javac-compile-error"
    own = removed.replace("package java.lang", "class com.oracle.svm.core.jdk.Target_Foo")
    assert best_id(matcher, own) == "user-code/javac-compile-error"


def test_generic_test_suite_failure_for_runners_without_a_class(matcher: Matcher) -> None:
    # Held-out round 50, 163: make check's Automake harness, no class of its own.
    automake = "FAIL: ByteTest\nFAIL: Int16Test\nFAIL: UInt16Test\n"
    assert best_id(matcher, automake) == "user-code/test-suite-failure"
    # Held-out round 45, 059: Haskell's tasty.
    tasty = "    BuildDeps/InternalLibrary2:    FAIL (10.52s)\n"
    assert best_id(matcher, tasty) == "user-code/test-suite-failure"
    # Wrapper lines alone (round 29, 314: docker-compose's 'ERROR: <code>') stay wrapper-only.
    wrapper = (
        "make: *** [Makefile:699: check] Error 1\n"
        "ERROR: 1\n"
        "Error: Process completed with exit code 2.\n"
    )
    assert best_id(matcher, wrapper) == "none"
    # A CI cause in the same paste comes first.
    with_dns = (
        automake + "fatal: unable to access 'https://github.com/OPENDAP/libdap4.git/': "
        "Could not resolve host: github.com\n"
    )
    assert best_id(matcher, with_dns) == "network/dns-resolution-failed"
    # A specific class (go test) comes first when its lines show.
    with_go = tasty + "--- FAIL: TestCreate (0.01s)\n    main_test.go:12: got 1, want 2\nFAIL\n"
    assert best_id(matcher, with_go) == "user-code/go-test-failure"


def test_round_71s_runners_go_to_their_own_classes(matcher: Matcher) -> None:
    # Ruby 1.8's Test::Unit sums up without Minitest's ', N skips' (round 71, 131).
    test_unit = (
        "  1) Failure:\ntest_spawn_close(PosixSpawnTest)\n"
        "    [./test/test_spawn.rb:332:in `assert_process_exit_status']:\n"
        "<127> expected but was\n<0>.\n\n102 tests, 320 assertions, 1 failures, 0 errors\n"
    )
    assert best_id(matcher, test_unit) == "user-code/test-suite-failure"
    # Minitest's own report: its summary ends with ', N skips', its message is 'Expected:' over
    # 'Actual:'; test-unit's '<127> expected but was' over '<0>.' is not Minitest's (u21).
    minitest = test_unit.replace("0 errors\n", "0 errors, 0 skips\n").replace(
        "<127> expected but was\n<0>.\n", "Expected: 127\n  Actual: 0\n"
    )
    assert best_id(matcher, minitest) == "user-code/minitest-failure"


def test_test_units_assertion_message_is_not_minitests(matcher: Matcher) -> None:
    # test-unit's assert_equal message under the '1) Failure:' header both runners print, the
    # summary cut (held-out round 77, 145: Ruby 1.8's Test::Unit in ruby-debug).
    cut = (
        "  1) Failure:\n"
        "test_current_context(TestRubyDebug) [/Users/dev/ruby-debug/test/base/base.rb:23]:\n"
        "<TestRubyDebug> expected but was\n<nil>.\n"
    )
    assert best_id(matcher, cut) == "user-code/test-suite-failure"
    # Minitest's report of the same failure stays Minitest's.
    minitest = (
        "  1) Failure:\n"
        "TestRubyDebug#test_current_context [/Users/dev/ruby-debug/test/base/base.rb:23]:\n"
        "Expected: TestRubyDebug\n  Actual: nil\n"
    )
    assert best_id(matcher, minitest) == "user-code/minitest-failure"
    # Near shapes that are not test-unit's message line: JUnit's one-line form, Minitest's,
    # the words in prose after other text.
    catalog = load_catalog(ROOT / "catalog")
    pattern = "^\\s*<.*> expected but was\\s*$"
    suite = catalog.get("user-code/test-suite-failure")
    mini = catalog.get("user-code/minitest-failure")
    assert suite is not None and mini is not None
    assert pattern in [p if isinstance(p, str) else p.pattern for p in suite.match.patterns]
    assert pattern in mini.match.unless
    compiled = re2.compile(pattern)
    assert compiled.search("<TestRubyDebug> expected but was")
    for near in (
        "java.lang.AssertionError: expected:<1> but was:<2>",
        "Expected: 127",
        "the value <1> expected but was 2",
        "<1> expected but was <2>",
    ):
        assert compiled.search(near) is None, near


def test_generic_test_suite_failure_on_general_shapes(matcher: Matcher) -> None:
    # Round 70, 212: newer lit's 'Failed Tests (N):' heading (Swift's lit suite).
    lit = "01:56:00 Failed Tests (18):\n01:56:00   Swift(macosx-arm64) :: Sanitizers/tsan.swift\n"
    assert best_id(matcher, lit) == "user-code/test-suite-failure"
    # Round 69, 043: Meson's own run_tests.py.
    meson = (
        "Succeeded test: test cases/common/5 linkstatic\n"
        "Failed test: test cases/common/6 linkshared\n"
        "Reason: Running unit tests failed.\n"
    )
    assert best_id(matcher, meson) == "user-code/test-suite-failure"
    # Round 69, 031: a dotted test name padded to a FAILED column.
    numba = "running numba.tests.test_ad                                          FAILED: SIG_IGN\n"
    assert best_id(matcher, numba) == "user-code/test-suite-failure"
    # ... but Gradle's ':task FAILED' is not a test's name (round 34, 177 stays unclaimed by it).
    gradle = ":baseTest FAILED\n"
    assert best_id(matcher, gradle) != "user-code/test-suite-failure"
    # Round 70, 200: Android instrumented tests' tally.
    android = (
        "`Instrumented tests (emulator)` reports "
        "`EXECUTED: 100 recorded: 100 failures: 13 errors: 0 skipped: 0`\n"
    )
    assert best_id(matcher, android) == "user-code/test-suite-failure"
    # No failure in the tally: nothing to claim.
    assert best_id(matcher, android.replace("failures: 13", "failures: 0")) != (
        "user-code/test-suite-failure"
    )
    # Round 70, 088: an Erlang common_test case named as failed.
    ct = "* [ ] Fix failure in test case init `{'EXIT',{case_clause,{error,enoent}}`\n"
    assert best_id(matcher, ct) == "user-code/test-suite-failure"
    # Round 70, 187: gccgo's 'FAIL: TestName' is go test's, not Automake's harness.
    gccgo = "=== RUN   TestInstall\nFAIL: TestInstall\n    carchive_test.go:214:\n"
    assert best_id(matcher, gccgo) == "user-code/go-test-failure"
    assert best_id(matcher, "FAIL: ByteTest\n") == "user-code/test-suite-failure"
    # Jasmine's matcher message ('Expected 3 to equal 4.', MatchersUtil.buildFailureMessage) is an
    # assertion: with a tally of failures, the suite failed; alone it is one kind of evidence.
    jasmine = "    Expected 3 to equal 4.\n"
    assert best_id(matcher, jasmine) != "user-code/test-suite-failure"
    tally = "Executed 12 of 12 (1 FAILED)\n5 specs, 1 failure\n"
    assert best_id(matcher, jasmine + tally) == "user-code/test-suite-failure"


def test_a_quoted_test_before_test_failed_is_a_named_failure(matcher: Matcher) -> None:
    suite = "user-code/test-suite-failure"
    # Round 74, 204: Open Watcom's chktest names each failing regression test this way.
    chktest = (
        "    ./chktest.exe /home/peter/Projects/OW/bld/clibtest/result.log\n"
        "    line 9: '/home/peter/Projects/OW/bld/clibtest/regress/direct' test failed\n"
        "    line 26: '/home/peter/Projects/OW/bld/clibtest/regress/heap' test failed\n"
    )
    assert best_id(matcher, chktest) == suite
    # A test that did not fail is no failure.
    assert best_id(matcher, chktest.replace("test failed", "test passed")) != suite


def test_a_failed_spec_heading_over_a_jasmine_matcher_message(matcher: Matcher) -> None:
    suite = "user-code/test-suite-failure"
    # Round 74, 031: a Jasmine reporter's failed spec, then its matcher message: two kinds.
    heading = "  Failed: questions.js can add options to select should be able to add options.\n"
    message = "    Expected 3 to equal 3.\n    in :\n"
    assert best_id(matcher, heading + message) == suite
    # Either alone is one kind of evidence only.
    assert best_id(matcher, heading) != suite
    assert best_id(matcher, message) != suite
    # Ninja's step in capitals is a build's, not a test's (round 50, 174's line).
    ninja = "FAILED: lib/dynamic_type/CMakeFiles/test_dynamic_type_23.dir/test/ForAllTypes.cpp.o\n"
    ninja += message
    assert best_id(matcher, ninja) != suite


def test_generic_test_suite_failure_on_language_runtime_harnesses(matcher: Matcher) -> None:
    suite = "user-code/test-suite-failure"
    # Round 77, 038: V8's testrunner, a test path with its variant and verdict.
    v8 = "test262/built-ins/Date/S15.9.3.1_A5_T4 default: FAIL\n"
    assert best_id(matcher, v8) == suite
    # Round 77, 041: its heading of a failing test, with the CHECK that failed.
    heading = "=== cctest/test-x/macro_minmax ===\n--- stderr ---\n# Check failed: a == b.\n"
    assert best_id(matcher, heading) == suite
    # ... a heading alone is no evidence.
    assert best_id(matcher, "=== cctest/test-x/macro_minmax ===\n") != suite
    # Round 77, 021: GNU Autotest's numbered item (its words are not the machine's).
    autotest = "407: Dependency generation 1                 FAILED (rpmbuild.at:648)\n"
    assert best_id(matcher, autotest) == suite
    # Round 77, 022: QuickJS's run-test262.
    quickjs = "test/built-ins/x.js:47: strict mode: unexpected error: Test262Error: 1,2\n"
    assert best_id(matcher, quickjs) == suite
    # Round 77, 010: doctest's item count with its verdict.
    doctest = (
        "1 item had failures:\n   1 of   2 in flint.types.acb.acb.pow\n"
        "***Test Failed*** 1 failure and 18 skipped tests.\n"
    )
    assert best_id(matcher, doctest) == suite
    # Round 77, 033 and 035: a bracketed verdict, a quoted test with its failures.
    assert best_id(matcher, "    - prefixes: [FAILED]\n") == suite
    assert best_id(matcher, 'Test "PFPO ORIGINAL":  0 OK compares.  3 failures.\n') == suite
    # Round 77, 040: V8's compact progress with failures, and the failing test's command.
    compact = (
        "Command: out/x64.release/cctest test-cpu-profiler/Deopt --random-seed=1\n"
        "[60:01|%  99|+ 6522|-   2]: Done\n"
    )
    assert best_id(matcher, compact) == suite
    assert best_id(matcher, compact.replace("-   2]", "-   0]")) != suite
    # Round 77, 077: older V8's verbose line; 078: SpiderMonkey's jit-test.
    assert best_id(matcher, "Done running mjsunit/regress/regress-6196: FAIL\n") == suite
    assert best_id(matcher, "FAIL - heap-analysis/byteSize-of-scripts.js\n") == suite
    # Round 78, 110: the Rust compiler's compiletest, a test named by its mode and file.
    compiletest = "test [debuginfo-gdb] debuginfo-gdb/macro-stepping.rs ... FAILED\n"
    assert best_id(matcher, compiletest) == suite
    # Round 78, 120: Test::Unit's heading of an errored test (the exception on the next line)
    # or of a failed one (its location); a heading alone, or over the machine's error, is not.
    errored = (
        "test_field_symbol(FieldSymbolTest):\n"
        "ArgumentError: assertion message must be String or Proc, but Symbol was given.\n"
        "    test/unit/tc_field_symbol.rb:24:in `test_field_symbol'\n"
    )
    assert best_id(matcher, errored) == suite
    assert best_id(matcher, "test_x(FooTest) [test/foo.rb:12]:\n<1> expected but was\n") == suite
    assert best_id(matcher, "test_x(FooTest):\nsome output\n") != suite
    # Round 83, 250: Roslyn's RunTests, a failed assembly's log with its count of failures;
    # either alone is no evidence, nor a count of none.
    runtests = (
        "Test failure log: C:\\src\\roslyn\\artifacts\\TestResults\\Debug\\"
        "Microsoft.CodeAnalysis.CSharp.Emit.UnitTests.dll.3.html\n"
        "  29 running,  0 queued, 53 completed,  2 failures\n"
    )
    found = recognise_suite_failure(runtests.split("\n"))
    assert found is not None
    assert found.names == ("Microsoft.CodeAnalysis.CSharp.Emit.UnitTests",)
    assert best_id(matcher, runtests) == suite
    older = (
        "  16 running,  0 queued, 66 completed,  1 failures\n"
        "  xUnit output log: C:\\src\\roslyn\\artifacts\\log\\Debug\\"
        "xUnitFailure-Microsoft.CodeAnalysis.CSharp.Emit.UnitTests.dll.4.log\n"
    )
    assert best_id(matcher, older) == suite
    assert best_id(matcher, runtests.split("\n")[0] + "\n") != suite
    assert best_id(matcher, "  29 running,  0 queued, 53 completed,  2 failures\n") != suite
    assert best_id(matcher, runtests.replace("2 failures", "0 failures")) != suite
    refused = "test_x(FooTest):\nSocketError: getaddrinfo: Temporary failure in name resolution\n"
    assert best_id(matcher, refused) != suite
    # Round 77, 064, 065, 072: util-linux's, Check's and ksh's failure lines.
    util_linux = "     setarch: uname26-version   ... FAILED (misc/setarch-uname26-version)\n"
    assert best_id(matcher, util_linux) == suite
    check = "src/unit_tests/sm_test.cpp:283:F:gcs_sm:gcs_sm_test_pause:0: Failure 'a' occurred\n"
    assert best_id(matcher, check) == suite
    assert best_id(matcher, "        path.sh[552]: FAIL: getconf ARG_MAX not working\n") == suite
    # Round 77, 073: Octave's test file with its count of failures.
    octave = "  libinterp/corefcn/data.cc-tst ....... pass 1234/1248\n      FAIL    8\n"
    assert best_id(matcher, octave) == suite
    # Round 77, 028: a tally with an assertion failure.
    tsduck = (
        "*** XTest::testRandom, assertion failure, utestX.cpp, line 73\n"
        "*** FAILURES (3 tests FAILED, 656 passed, 1 assertions FAILED)\n"
    )
    assert best_id(matcher, tsduck) == suite


def test_generic_compile_error_for_compilers_without_a_class(matcher: Matcher) -> None:
    # Held-out round 48, 089: ldc2 on the project's own D source.
    own = (
        "pkgdescription/source/dud/pkgdescription/platformselection.d(13,9): "
        "Error: undefined identifier SemVer\n"
        "/usr/bin/ldc2 failed with exit code 1.\n"
    )
    assert best_id(matcher, own) == "user-code/compile-error"
    # Held-out round 48, 093: the error is in a dub package's source, not the project's.
    dependency = (
        "../.dub/packages/ddc-0.0.4_2.094.1/ddc/src/dmd/dversion.d(57,27): Error: function "
        "`dmd.dversion.DebugSymbol.toChars` does not override any function\n"
    )
    assert best_id(matcher, dependency) != "user-code/compile-error"
    # Held-out round 34, 062: GHC.
    ghc = "    C:\\Snapshot\\src\\haskell-hedgehog\\hedgehog\\src\\Hedgehog\\Internal\\Runner.hs:299:5: error:\n"
    assert best_id(matcher, ghc) == "user-code/compile-error"
    # Held-out round 78, 169: the Fujitsu C compiler's quoted file and spelled-out line; Sun C's
    # and Sun C++'s forms of it; a system header's error or a warning is not the project's code.
    fujitsu = (
        '"ossl_ssl.c", line 639: error: initialization: constant expression is expected for '
        "variable: `args'\nmake[2]: *** [ossl_ssl.o] Error 1\n"
    )
    assert best_id(matcher, fujitsu) == "user-code/compile-error"
    sun_c = "\"array-designated-initializers.c\", line 15: syntax error before or at: 'A'\n"
    assert best_id(matcher, sun_c) == "user-code/compile-error"
    assert best_id(matcher, '"../mpir.h", line 629: Error: va_list is not defined.\n') == (
        "user-code/compile-error"
    )
    header = '"/usr/include/malloc.h", line 46: syntax error before or at: (\n'
    assert best_id(matcher, header) != "user-code/compile-error"
    assert best_id(matcher, '"x.c", line 300: warning: implicit declaration\n') == "none"


@pytest.mark.parametrize(
    "module",
    ["fcntl", "termios", "pwd", "resource", "msvcrt", "winreg", "_winapi"],
)
def test_a_platform_only_standard_library_module_is_no_missing_package(
    matcher: Matcher, module: str
) -> None:
    # Held-out round 70, 003: a bare 'import fcntl' in the project's module, in the Windows job.
    text = f"ModuleNotFoundError: No module named '{module}'\ncore-heartbeat.test.py failed\n"
    assert best_id(matcher, text) != "dependency/python-module-not-found"
    # ... while a package that pip installs is still the missing package.
    installable = text.replace(f"'{module}'", "'requests'")
    assert best_id(matcher, installable) == "dependency/python-module-not-found"


def test_a_name_missing_from_an_installed_package_is_no_project_exception(
    matcher: Matcher,
) -> None:
    # Held-out round 69, 062: the installed SciPy's own 'from . import doccer' (Python 2's form).
    frames = (
        "Traceback (most recent call last):\n"
        '  File "run_tests.py", line 473, in <module>\n'
        "    unittest.defaultTestLoader.loadTestsFromNames(options.test_name))\n"
        '  File "C:\\projects\\silx\\venv\\lib\\site-packages\\scipy\\misc\\__init__.py", '
        "line 64, in <module>\n"
        "    from . import doccer\n"
    )
    assert best_id(matcher, frames + "ImportError: cannot import name doccer\n") != (
        "user-code/python-uncaught-exception"
    )
    python3 = (
        "ImportError: cannot import name 'doccer' from 'scipy.misc' "
        "(/opt/venv/lib/python3.11/site-packages/scipy/misc/__init__.py)\n"
    )
    assert best_id(matcher, frames + python3) != "user-code/python-uncaught-exception"
    # ... while a circular import among the project's own modules is still its exception.
    circular = (
        "ImportError: cannot import name 'App' from partially initialized module 'app.main' "
        "(most likely due to a circular import) (/src/app/main.py)\n"
    )
    assert best_id(matcher, frames + circular) == "user-code/python-uncaught-exception"


@pytest.mark.parametrize(
    "link",
    [
        # Held-out round 43, 215: GoogleTest's symbol, ld's 'undefined reference to symbol' form.
        "/usr/bin/ld: CMakeFiles/integration_tests.dir/test_device.cpp.o: undefined reference to "
        "symbol '_ZN7testing7MessageC1Ev'\n"
        "/usr/bin/ld: /usr/lib/libgtest.so: error adding symbols: DSO missing from command line",
        "/usr/bin/ld: main.o: in function `main':\n"
        "main.cpp:(.text+0x5): undefined reference to `testing::InitGoogleTest(int*, char**)'",
    ],
)
def test_googletests_symbols_undefined_at_link_are_no_project_symbol(
    matcher: Matcher, link: str
) -> None:
    assert best_id(matcher, link) != "user-code/gcc-clang-compile-error"


def test_a_jest_worker_out_of_memory_is_the_heap_not_the_suite(matcher: Matcher) -> None:
    # Held-out round 69, 059: jest-worker's own report under the file's 'Test suite failed to run'.
    text = (
        "Summary of all failing tests\n"
        " FAIL  test/unit-tests/slash-commands/topic-test.ts\n"
        "  ● Test suite failed to run\n"
        "\n"
        "    Jest worker ran out of memory and crashed\n"
    )
    assert best_id(matcher, text) == "resources/node-heap-out-of-memory"


def test_a_syntax_error_in_a_gopath_dependency_is_the_dependency_not_compiling(
    matcher: Matcher,
) -> None:
    # Held-out round 69, 155: Go 1.5.2 under gvm stops in the fetched hashicorp/go-msgpack.
    absolute = (
        "/home/iot/.gvm/pkgsets/go1.5.2/global/src/github.com/hashicorp/go-msgpack/codec/"
        "msgpack.go:26: syntax error: unexpected semicolon or newline, expecting )"
    )
    assert best_id(matcher, absolute) == "dependency/go-dependency-does-not-compile"
    godeps = (
        "Godeps/_workspace/src/github.com/golang/gddo/gosrc/client.go:119: syntax error: "
        "unexpected {, expecting semicolon or newline or }"
    )
    assert best_id(matcher, godeps) == "dependency/go-dependency-does-not-compile"
    # ... while the repository being built, named from $GOPATH, is still its own code.
    own = "src/github.com/mesosphere/mesos-dns/main.go:106: syntax error: unexpected }"
    assert best_id(matcher, own) != "dependency/go-dependency-does-not-compile"


def test_nodes_assert_outside_a_test_run_is_no_mocha_failure(matcher: Matcher) -> None:
    # Held-out round 70, 002: Parcel checking its own invariant with Node's assert.
    bundler = (
        " Error: The expression evaluated to a falsy value:\n"
        "\n"
        "  (0, _assert().default)(bundleGraph instanceof _BundleGraph.default)\n"
        "\n"
        "  AssertionError [ERR_ASSERTION]: The expression evaluated to a falsy value:\n"
    )
    assert best_id(matcher, bundler) != "user-code/mocha-test-failure"
    # ... while the same assertion in a test's frame is still Mocha's.
    test = (
        "AssertionError [ERR_ASSERTION]: 'a' == 'b'\n"
        "    at IncomingMessage.res.on.on (test/utils.js:83:24)\n"
    )
    assert best_id(matcher, test) == "user-code/mocha-test-failure"


# --- the structural last resort: a failing test of the project's suite --------------------


@pytest.mark.parametrize(
    ("paste", "entry_id", "names"),
    [
        # GoogleTest's summary line: a test-shaped name in a FAILED column (round 31, 068).
        (
            "[  FAILED  ] LogTest.WriteSlowRate (1503 ms)",
            "user-code/test-suite-failure",
            ("LogTest.WriteSlowRate",),
        ),
        # Meson's numbered line, a marker and a duration (round 7, 004).
        (
            "375/377 fuzz-varlink_oss-fuzz-14688_address       FAIL     0.01s   exit status 127",
            "user-code/test-suite-failure",
            ("fuzz-varlink_oss-fuzz-14688_address",),
        ),
        # GNUstep's harness says so in words (round 26, 010).
        (
            "2081Failed test:     threads.m:213 ... thread exit occurs after six seconds",
            "user-code/test-suite-failure",
            ("threads.m:213",),
        ),
        # Julia's Test (round 48, 248).
        (
            "test-multi-addprocs: Error During Test at /home/runner/work/K/K/test/cluster.jl:279",
            "user-code/test-suite-failure",
            ("test-multi-addprocs",),
        ),
        # RSpec's documentation format (round 8, 021).
        (
            "  must invoke the CLI class (FAILED - 1)",
            "user-code/test-suite-failure",
            ("must invoke the CLI class",),
        ),
        # Codeception's list, one test failing among passing ones (round 37, 101).
        (
            "Trying to test git stack run (GitTest::testGitStackRun)      Ok\n"
            "Trying to test gulp run (GulpTest::testGulpRun)              Fail",
            "user-code/test-suite-failure",
            ("GulpTest::testGulpRun",),
        ),
        # Bazel's test summary (round 31, 083).
        (
            "//src/test/shell/bazel:empty_package_test      FAILED in 3 out of 3 in 0.6s",
            "user-code/test-suite-failure",
            ("//src/test/shell/bazel:empty_package_test",),
        ),
        # Two kinds of evidence: PHPUnit's assertion and its tally (round 7, 049).
        (
            "There was 1 failure:\n1) Foo::bar\nFailed asserting that two strings are equal.\n"
            "FAILURES!\nTests: 2, Assertions: 2, Failures: 1.",
            "user-code/test-suite-failure",
            (),
        ),
        # Minitest's assertion and tally (round 8, 052).
        (
            "  1) Failure:\ntest_that_fails(CredsTest) [test/test_test.rb:9]:\n"
            "Failed assertion, no message given.\n"
            "2 tests, 2 assertions, 1 failures, 0 errors, 0 skips",
            "user-code/test-suite-failure",
            (),
        ),
        # A runner's list of failures, one a line headed by FAIL (round 50, 158).
        (
            "FAIL       repeat-07_default.gir--skeleton.re\n"
            "FAIL       unicode_blocks.u--skeleton--encoding-policy(ignore).re",
            "user-code/test-suite-failure",
            (
                "repeat-07_default.gir--skeleton.re",
                "unicode_blocks.u--skeleton--encoding-policy(ignore).re",
            ),
        ),
        # ducktape's verdict and the failed assertion (round 51, 174).
        (
            "test_id:    SelfRedpandaCloudTest.test_healthy\nstatus:     FAIL\n"
            "AssertionError('Expected 6 per tier definition but found 5 active pods')",
            "user-code/test-suite-failure",
            (),
        ),
        # test-unit's heading: a word of the machine's ('push') inside the test's own name is
        # no exclusion (round 71, 130).
        (
            "Failure: test_push_and_pull(Pushing_and_pulling)\n"
            "/home/u/gollum-lib/test/test_hook.rb:93:in `block (2 levels) in <top (required)>'\n"
            "<false> expected but was\n<true>",
            "user-code/test-suite-failure",
            ("test_push_and_pull(Pushing_and_pulling)",),
        ),
        # go-check: a marker heading the line, the test after its location, a word of the
        # machine's ('docker') only inside the test file's and the test's names (round 71, 096).
        (
            "FAIL: docker_cli_import_test.go:45: "
            "TestImportFile.pN52_github_com_docker_docker_integration_cli.DockerSuite",
            "user-code/test-suite-failure",
            ("TestImportFile.pN52_github_com_docker_docker_integration_cli.DockerSuite",),
        ),
        # A runner's PASS/FAIL list: the failing item, whatever its name, with a passing one
        # near it; a stage word may come before the verdict (round 71, 005; 047).
        (
            "PASS: hook fails open without a daemon; notice is visible once\n"
            "SETUP FAIL: permanent daemon did not start for the churn check",
            "user-code/test-suite-failure",
            ("permanent daemon did not start for the churn check",),
        ),
        (
            "PASS: https://github.com/icyphox/nicy C                   ( 1.70 sec)\n"
            "FAIL: https://github.com/trustable-code/NiGui C\n"
            'Test "https://github.com/trustable-code/NiGui" in category "nimble-packages"',
            "user-code/test-suite-failure",
            ("https://github.com/trustable-code/NiGui C",),
        ),
        # Julia's Test before its location was printed (round 71, 042).
        (
            " * backtrace Error During Test\n Test threw an exception of type MethodError",
            "user-code/test-suite-failure",
            ("backtrace",),
        ),
        # A runner's progress line with an F, and test-unit's assertion: two kinds.
        (
            "Started\n.........F.....\n<127> expected but was\n<0>.",
            "user-code/test-suite-failure",
            (),
        ),
        # Deno's test reporter, a step with its duration after the file and the test (round 79,
        # 061), with the assertion under it.
        (
            "./_tasks/test_examples.ts => examples ... fee_estimate.ts ... ok (12s)\n"
            "./_tasks/test_examples.ts => examples ... balance.ts ... FAILED (12s)\n"
            "    error: AssertionError: task failed with status code: 1",
            "user-code/test-suite-failure",
            ("/_tasks/test_examples.ts => examples ... balance.ts",),
        ),
        # Erlang's Common Test: a suite's case that failed, over its reason (round 80, 099),
        # and test_server's summary of a run with failures (round 80, 097).
        (
            "    kjell_extension_SUITE:get_command_ext failed on line 290\n"
            '    Reason: {badmatch,{{test_extension2,cmd},"Test command 2 (test_cmd c...}',
            "user-code/test-suite-failure",
            ("kjell_extension_SUITE:get_command_ext",),
        ),
        (
            "`Testing tests.sasl_test.release_handler_SUITE: TEST COMPLETE, 19 ok, 5 failed of "
            "24 test cases`",
            "user-code/test-suite-failure",
            ("tests.sasl_test.release_handler_SUITE",),
        ),
        # Tcl's tcltest, a failed test's heading (round 80, 122); D's unittest assertion
        # (round 80, 110).
        (
            "==== basic-7 open same file again FAILED",
            "user-code/test-suite-failure",
            ("basic-7",),
        ),
        (
            "core.exception.AssertError@source/inteli/shaintrin.d(255): unittest failure",
            "user-code/test-suite-failure",
            ("source/inteli/shaintrin.d",),
        ),
        # wabt's wat2wasm on the project's WebAssembly text (round 79, 180).
        (
            'Error: resolveNames failed:\ntest.wat:6:23: error: undefined function variable "$add"',
            "user-code/compile-error",
            ("test.wat:6",),
        ),
        # A compiler's generic shape on the project's file: GHC (round 34, 062), Delphi's
        # with its code (round 48, 084).
        (
            "    C:\\Snapshot\\src\\haskell-hedgehog\\hedgehog\\src\\Hedgehog\\Internal\\Runner.hs:"
            "299:5: error:\n        Variable not in scope: hSetEncoding :: t0 -> t1 -> IO a0",
            "user-code/compile-error",
            (
                "C:\\Snapshot\\src\\haskell-hedgehog\\hedgehog\\src\\Hedgehog\\Internal\\"
                "Runner.hs:299",
            ),
        ),
        (
            "{DelphiBinPath}\\CodeGear.Delphi.Targets(188,5): error : E:\\ContinuaCi\\WorkSpace\\"
            "Ws\\10000\\Source\\DUnitX\\DUnitX.AutoDetect.Console.pas(68) Error: E2029 $IFEND "
            "expected but $ENDIF found",
            "user-code/compile-error",
            (
                "E:\\ContinuaCi\\WorkSpace\\Ws\\10000\\Source\\DUnitX\\DUnitX.AutoDetect.Console.pas:68",
            ),
        ),
    ],
)
def test_a_failing_test_is_recognised_by_the_shape_of_its_lines(
    paste: str, entry_id: str, names: tuple[str, ...]
) -> None:
    found = recognise_suite_failure(paste.split("\n"))
    assert found is not None and found.entry_id == entry_id
    assert not names or found.names == names


@pytest.mark.parametrize(
    "paste",
    [
        # A CI tally with no failure.
        "Tests: 12 passed, 0 failed, 12 total",
        # Common Test's summary of a run without a failure (round 80, 096's, its cases skipped).
        "Testing vagrant: TEST COMPLETE, 0 ok, 0 failed, 158 skipped of 158 test cases",
        "=== 0 failed, 364 passed in 3.10s ===",
        # A tally alone is a summary that shows no cause: a wrapper-only paste (round 24, 002).
        "3.14 34 failed, 364 passed",
        "[INFO] Passed: 14, Failed: 1, Errors: 0, Skipped: 0",
        # FAILED as a build tool's step, not a test.
        "FAILED: CMakeFiles/test_utils.dir/test_utils.cpp.o",
        "> Task :app:testDebugUnitTest FAILED",
        "BUILD FAILED in 22s",
        "make: *** [Makefile:12: test_all] Error 1",
        "/data/riotbuild/Makefile.base:60: recipe for target 'tests/coap/bin/gnrc_ipv6.o' failed",
        # A download or an install of something named like a test.
        "error: failed to download test_fixtures-1.2.tar.gz from https://example.com/",
        "ERROR: Failed building wheel for test_utils",
        # A job's description quoting its step (round 15, 009).
        "* Description: Python-python-3.5-flask-0.12 tests failed : hudson.AbortException: "
        "script returned exit code 2",
        # A Ruby constant path is no file::name (round 6, 040).
        "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.",
        # A named test whose reason is the machine's (round 54, 153).
        "FAIL test: UpgradeFromPriorFeatureVersionTest.test_basic_upgrade (7/43 runs)\n"
        "  failure at 2022-11-17T00:06:07Z: RemoteCommandError({'ssh_config': {}})",
        # The test process crashed: test-process-crashed's matter (round 22, 109).
        "ERROR: Fatal crash detected while waiting for 'SecureStorage read result'\n"
        "FAIL: write callback fires with StorageSuccess\n"
        "FAIL: read callback fires with StorageSuccess",
        # A checker heading every line of its output with a cross (round 35, 026).
        "✗ Could not properly compile test addon, did not load binding\n"
        "✗ Test binding file works as expected",
        # A compiler error in a dependency's package or an unpacked release (rounds 48, 60).
        "../../.dub/packages/dlib-0.4.1/dlib/filesystem/local.d(363): Error: undefined "
        "identifier 'functions'",
        "/build/gmi2html/src/gmi2html-0.6.0/build.zig:1:31: error: root struct of file 'std' "
        "has no member named 'build'",
        # Without its code, a compiler's 'path(line): Error:' is as often a compiler older than
        # the code (rounds 58, 129; 61, 112).
        "source/gx/terminix/prefwindow.d(314): Error: no property 'clear' for type "
        "'string[string]'",
        "bbutilsbeta.pas(140,5) Error: Record type expected",
        # A row of a status table: a dashboard's summary of jobs (round 69, 256).
        "2023-04-22T20:58:11.517Z | runtime-coreclr ilasm | Checked-ilasmroundtrip | "
        "osx.1200.arm64.open | arm64 | Interop/NativeLibrary/API/NativeLibraryTests/"
        "NativeLibraryTests.sh | Failed | {}",
        # An assertion on the machine's error is no evidence of the code's (round 67, 099).
        "--- FAIL: TestConcurrentMigrations (0.00s)\n"
        "\tError:\t\tExpected nil, but got: Failed to start transaction: dial tcp "
        "172.17.0.3:5432: getsockopt: connection refused",
        # A failing item with no passing one near it: a list of anything (round 71, 047's shape).
        "FAIL: https://github.com/trustable-code/NiGui C",
        "PASS: https://github.com/icyphox/nicy C\n" + "building\n" * 45 + "FAIL: NiGui C",
        # 'Failed to' is no heading over a test: a tool that failed at a test-named file.
        "Failed to compile test_utils.c: no rule",
        # A word of the machine's outside the test's name still says the machine failed.
        "FAIL: tests/test_api.py::test_upload - failed to download https://example.com/a",
        # A runner's progress with an F alone shows no cause (round 41, 099).
        "Loaded suite rake_test_loader\nStarted\n" + "." * 79 + "\n" + "." * 59 + "F\n" + "=" * 76,
        # A test's exit status says it died of SIGABRT: test-process-crashed's matter (round 68).
        "FAIL: native-set-global-child-thread-2487 — interpreter stdout '' exit 134, expected "
        "'200000' exit 0",
    ],
)
def test_a_near_miss_of_a_failing_test_is_not_recognised(paste: str) -> None:
    assert recognise_suite_failure(paste.split("\n")) is None


def test_the_last_resort_names_the_failing_tests_when_no_entry_answers(matcher: Matcher) -> None:
    paste = (
        "Running 3 suites\n  ✓ parses dates\n  ✗ test_rejects_empty_input\n  ✗ test_keeps_unicode\n"
    )
    result = matcher.match(paste)
    best = result.best
    assert best is not None and best.entry_id == "user-code/test-suite-failure"
    assert best.tier is Tier.STRONG and best.line.strip() == "✗ test_keeps_unicode"
    assert best.as_dict()["extracted"] == ["test_rejects_empty_input", "test_keeps_unicode"]
    assert result.hint == ""


def test_the_generic_class_names_the_failing_tests_its_patterns_do_not_capture(
    matcher: Matcher,
) -> None:
    # TAP's 'not ok' is a signature of the generic class; its extract patterns capture no name.
    paste = (
        "ok 1 - parses dates\nnot ok 2 - test_rejects_empty_input\nnot ok 3 - test_keeps_unicode\n"
    )
    best = matcher.match(paste).best
    assert best is not None and best.entry_id == "user-code/test-suite-failure"
    assert best.tier is Tier.SIGNATURE
    assert best.extracted == ("test_rejects_empty_input", "test_keeps_unicode")


def test_the_last_resort_leaves_a_cause_and_a_wrapper_line_to_the_catalog(
    matcher: Matcher,
) -> None:
    # A CI cause in the paste is the answer, whatever the tests did.
    paste = "FAILED tests/test_api.py::test_upload - x\nNo space left on device\n"
    best = matcher.match(paste).best
    assert best is not None and not best.is_user_code
    # A wrapper line alone keeps its guidance.
    result = matcher.match("Error: Process completed with exit code 1.")
    assert result.best is None and result.hint == "wrapper-only"


def test_a_class_lacking_its_required_line_does_not_decline_the_last_resort(
    matcher: Matcher,
) -> None:
    # ruby-uncaught-exception sees a frame of the test file but not its exception line (its
    # 'requires'): it did not see its shape, and says nothing of the cause (round 71, 130).
    paste = (
        "Failure: test_push_and_pull(Pushing_and_pulling)\n"
        "/home/u/gollum-lib/test/test_hook.rb:93:in `block (2 levels) in <top (required)>'\n"
        "<false> expected but was\n<true>\n"
    )
    best = matcher.match(paste).best
    assert best is not None and best.entry_id == "user-code/test-suite-failure"
    assert best.extracted == ("test_push_and_pull(Pushing_and_pulling)",)


def test_the_last_resort_does_not_overrule_a_class_the_catalog_ruled_out(
    matcher: Matcher,
) -> None:
    # go-test-failure sees '--- FAIL:' but its unless line says the builders leaked a file
    # descriptor (round 41, 138): the generic class must not say otherwise.
    paste = (
        "--- FAIL: TestExtraFiles (0.08s)\n"
        "\texec_test.go:432: Something already leaked - closed fd 3\n"
        '\texec_test.go:516: Run: exit status 1; stdout "leaked parent file. fd = 44; want 43\\n"\n'
    )
    assert recognise_suite_failure(paste.split("\n")) is not None
    assert matcher.match(paste).best is None


def test_the_race_runtime_refused_memory_by_the_machine_is_no_go_test_failure(
    matcher: Matcher,
) -> None:
    # Held-out round 80, 179: ThreadSanitizer cannot map its shadow memory on the Windows runner.
    tsan = (
        'go test -race -v -timeout 300s --tags="" ./...\n'
        "==2756==ERROR: ThreadSanitizer failed to allocate 0x000003469000 (54956032) bytes at "
        "0x200d9d1cf8000 (error code: 87)\n"
        "FAIL\tgithub.com/open-telemetry/opentelemetry-collector-contrib/receiver/pulsarreceiver"
        "\t0.066s\n"
    )
    assert best_id(matcher, tsan) != "user-code/go-test-failure"
    # Round 80, 177: the Windows builders' commit limit reached by 'go install -race'.
    commit = (
        "--- FAIL: TestOutput (6.19s)\n"
        "\toutput_test.go:29: go install -race: exit status 2\n"
        "\t\truntime: VirtualAlloc of 67108864 bytes failed with errno=1455\n"
        "\t\tfatal error: out of memory\n"
    )
    assert best_id(matcher, commit) != "user-code/go-test-failure"
    # The same test's failure without the machine's refusal is still the project's.
    assert best_id(matcher, commit.split("\t\truntime:")[0]) == "user-code/go-test-failure"


def test_a_package_left_out_for_the_target_is_no_project_error(matcher: Matcher) -> None:
    # Held-out round 72, 086 and 160: a GOPATH dependency's own name undefined, its cgo files left out.
    gopath = (
        "# github.com/mattn/go-sqlite3\n"
        "../github.com/mattn/go-sqlite3/sqlite3_opt_preupdate.go:12:16: undefined: SQLiteConn\n"
    )
    assert best_id(matcher, gopath) == "dependency/go-undefined-for-target-platform"
    # Round 72, 106: bash's xtrace of 'GOARCH=arm64 go build', a cgo-only package's name undefined.
    xtrace = (
        "+ GOARCH=arm64\n"
        "+ go build -o exec-arm64 ./service/src/mainFolder\n"
        "# proj_folder/service/src/mainFolder\n"
        "service/src/mainFolder/main.go:9:20: undefined: kafka.Producer\n"
    )
    assert best_id(matcher, xtrace) == "dependency/go-undefined-for-target-platform"
    # ... while a system call the target lacks, called by the project's own file, stays its code.
    syscall = (
        "GOOS=js GOARCH=wasm go build -o main.wasm\n"
        "internal/sysinfo/usage_posix.go:20:17: undefined: syscall.Getrusage\n"
    )
    assert best_id(matcher, syscall) == "user-code/go-build-error"


def test_a_compile_error_in_an_addons_gyp_build_folder_is_node_gyp(matcher: Matcher) -> None:
    # Held-out round 72, 029: GNU make 4.2+ prints no 'recipe for target' line.
    addon = (
        "make: Entering directory '/root/app/node_modules/segfault-handler/build'\n"
        "  CXX(target) Release/obj.target/segfault-handler/src/segfault-handler.o\n"
        "../src/segfault-handler.cpp:23:10: fatal error: execinfo.h: No such file or directory\n"
        "compilation terminated.\n"
    )
    assert best_id(matcher, addon) == "toolchain/node-gyp-build-failed"


def test_a_program_cargo_run_started_crashing_is_no_test_crash(matcher: Matcher) -> None:
    # Held-out round 72, 092.
    run = (
        "cargo run --target=x86_64-unknown-linux-musl\n"
        "    Finished dev [unoptimized + debuginfo] target(s) in 0.01s\n"
        "     Running `target/debug/azimuth`\n"
        "Segmentation fault (core dumped)\n"
    )
    assert best_id(matcher, run) != "user-code/test-process-crashed"


def test_a_c_assert_in_the_library_a_test_program_runs_is_no_tests_check(
    matcher: Matcher,
) -> None:
    # Held-out round 77, 024: QuickJS's own JS_FreeRuntime asserted under run-test262, which
    # aborted: the test process crashed, no test's check failed.
    engine = (
        "../tests/bug633/3.js (0 ms)\n"
        "run-test262: ./quickjs.c:2704: JS_FreeRuntime: Assertion `list_empty(&rt->gc_obj_list)' "
        "failed.\n"
        "../tests/bug633/2.js (0 ms)\n"
        "Aborted\n"
    )
    assert best_id(matcher, engine) != "user-code/test-suite-failure"
    # Round 77, 030: the assertion in the test's own function and file is the test's check.
    own = "container-test: container-test.c:53: test_builder: Assertion `err == 0' failed.\n"
    assert best_id(matcher, own) == "user-code/test-suite-failure"


def test_quoted_messages_are_the_quotations_that_open_a_line() -> None:
    lines = [
        "`cannot open shared object file` when `make` runs.",
        '- "Permission denied (publickey)" on every push',
        "\u201ccurly quoted message here\u201d too",
        'The step then printed "a message inside a sentence".',
        '"lonename" alone, and `unclosed',
    ]
    assert quoted_messages(lines) == [
        (0, "cannot open shared object file"),
        (1, "Permission denied (publickey)"),
        (2, "curly quoted message here"),
    ]


def test_a_quotation_after_a_bold_markdown_label_is_a_quoted_message() -> None:
    # A coding agent's report labels what it quotes (held-out round 80, 006).
    lines = [
        "**Result:** `8 failed, 1854 passed, 68 xfailed, 3 errors`",
        "**Note** the run `took twelve minutes` to finish",
        "**** `not a label`",
    ]
    # Only a quotation right after the label: not one further into the sentence, nor after bare asterisks.
    assert quoted_messages(lines) == [(0, "8 failed, 1854 passed, 68 xfailed, 3 errors")]


def test_a_line_that_opens_with_a_quoted_message_is_recognised(matcher: Matcher) -> None:
    text = '"Could not locate Gemfile" is what bundle exec prints after the checkout step.'
    best = matcher.match(text).best
    assert best is not None and best.entry_id == "config/bundler-could-not-locate-gemfile"
    assert best.line_no == 1 and best.line == "Could not locate Gemfile"


def test_a_quoted_message_does_not_outrank_a_line_as_printed(matcher: Matcher) -> None:
    text = (
        '"Could not locate Gemfile" was the first error; we fixed it, and now:\n'
        "npm ERR! code ERESOLVE\n"
        "npm ERR! ERESOLVE unable to resolve dependency tree\n"
    )
    best = matcher.match(text).best
    assert best is not None and best.entry_id != "config/bundler-could-not-locate-gemfile"


@pytest.mark.parametrize(
    ("paste", "expected"),
    [
        # Python's CalledProcessError for a test command that died of a crash (held-out round 69, 004).
        (
            "subprocess.CalledProcessError: Command 'python -u -Wa D:\\a\\psutil\\psutil/psutil/"
            "tests/runner.py' returned non-zero exit status 3221225477.",
            "user-code/test-process-crashed",
        ),
        (
            "subprocess.CalledProcessError: Command '['python', '-m', 'pytest', 'tests']' died with "
            "<Signals.SIGSEGV: 11>.",
            "user-code/test-process-crashed",
        ),
        # Ruby 1.9's crash report without the address (held-out round 70, 170).
        (
            "/usr/lib64/ruby/gems/1.9.1/gems/rspec-core-2.8.0/lib/rspec/core/formatters/"
            "base_formatter.rb:137: [BUG] Segmentation fault\n"
            "ruby 1.9.3p0 (2011-10-30 revision 33570) [x86_64-linux]\n",
            "user-code/test-process-crashed",
        ),
        # C's assert() in a test program: glibc's form and Apple's (held-out rounds 69, 046 and 50, 139).
        (
            "lt-czmq_selftest: src/zproc.c:1263: zproc_test: Assertion `!zproc_running (self)' failed.\n"
            "make[2]: *** [Makefile:2448: check-local] Aborted (core dumped)\n",
            "user-code/test-suite-failure",
        ),
        (
            "Assertion failed: (NO), function -[BCUnitTargetTests testExample3], file "
            "/Users/dev/Source/BCUnitTargetTests/BCUnitTargetTests.m, line 50.",
            "user-code/test-suite-failure",
        ),
        # Puppet 4+'s evaluation error naming the manifest, passed on in a 500 page (held-out round 74, 052).
        (
            "Internal Server Error: org.jruby.exceptions.RuntimeError: (PreformattedError) Evaluation "
            "Error: Resource type not found: Bwip::Rails_app (file: /etc/puppetlabs/code/environments/"
            "development/modules/bpub/manifests/bwip.pp, line: 39, column: 21) on node web1",
            "user-code/compile-error",
        ),
        # A Dockerfile step that runs false by its path, under buildah (held-out round 70, 221).
        (
            'error building at STEP "RUN /bin/false": error while running runtime: exit status 1',
            "user-code/dockerfile-run-step-exits-on-purpose",
        ),
        # Old Mocha's epilogue with its mark mangled by a Windows console (held-out round 69, 049).
        ("....\n\u00f4\u00a3\u00fb 1 of 7 tests failed:\n...\n", "user-code/mocha-test-failure"),
        # A POSIX-only standard-library module imported on Windows (held-out round 70, 003).
        (
            "ModuleNotFoundError: No module named 'fcntl'\ncore-heartbeat.test.py failed\n",
            "user-code/python-uncaught-exception",
        ),
        # Behat's failed-steps list (held-out round 74, 161).
        (
            "01. Failed asserting that 2 matches expected 3.\n"
            "    In step `Then I should have 3 apples'. # FeatureContext::iShouldHaveApples()\n"
            "    From scenario `I'm little hungry'.     # features/apples.feature:9\n"
            "    Of feature `Apples story'.             # features/apples.feature\n",
            "user-code/test-suite-failure",
        ),
        # OCaml naming a submodule the library does not have (held-out round 56, 041).
        (
            '- File "src/datakit/ivfs.ml", line 859, characters 35-47:\n'
            "- Error: Unbound module Vfs.Logs\n",
            "user-code/compile-error",
        ),
    ],
)
def test_user_code_report_forms_carry_to_their_class(
    matcher: Matcher, paste: str, expected: str
) -> None:
    assert best_id(matcher, paste) == expected


@pytest.mark.parametrize(
    "paste",
    [
        # A crash code without the command that ran (held-out round 30, 063, labelled none).
        "  returned non-zero exit status 3221225477",
        # A command that runs no tests.
        "subprocess.CalledProcessError: Command 'python setup.py build_ext' returned non-zero exit "
        "status 3221225477.",
        # An assert() of a compiler, a runtime or a library, not of a test program.
        "crystal: /var/cache/omnibus/src/llvm/lib/CodeGen/LexicalScopes.cpp:160: llvm::LexicalScope* "
        "llvm::LexicalScopes::getOrCreateRegularScope(const llvm::DILocalScope*): Assertion "
        '`Scope && "Invalid Scope encoding!"\' failed.',
        "Assertion failed: (timeout != -1), function uv__io_poll, file ../deps/uv/src/unix/kqueue.c, "
        "line 231.",
        # A module a package provides is a dependency not installed.
        "ModuleNotFoundError: No module named 'numpy'",
        # A single unbound module is a library the build was not given.
        '- File "bin/main.ml", line 3, characters 5-9:\n- Error: Unbound module Core\n',
    ],
)
def test_user_code_report_forms_keep_out_of_other_shapes(matcher: Matcher, paste: str) -> None:
    assert best_id(matcher, paste) not in {
        "user-code/test-process-crashed",
        "user-code/test-suite-failure",
        "user-code/compile-error",
    }


def test_buildkites_copied_log_view_loses_its_gutter() -> None:
    # Buildkite's log view copied as rich text: the first line, a '--' separator, then every
    # line behind an empty number cell (buildkite/feedback#525; held-out round 83, 218).
    pasted = (
        "[2020-07-24T12:13:20Z] rsync -avr \\\n--\n"
        "  | [2020-07-24T12:13:20Z] \t--exclude='*node_modules*' \\\n"
        "  | fatal: not a git repository (or any of the parent directories): .git\n"
        "  |\n"
        "after the run"
    )
    assert strip_decorations(pasted).split("\n") == [
        "rsync -avr \\",
        "",
        "--exclude='*node_modules*' \\",
        "fatal: not a git repository (or any of the parent directories): .git",
        "",
        "after the run",
    ]
    # With timestamps the separator has two cells.
    assert strip_decorations("Running hook\n-- | --\n  | $ make test").split("\n") == [
        "Running hook",
        "",
        "make test",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # rustc's source gutter: its '  |' lines follow ' --> file:line:col', not a bare '--'.
        "error[E0432]: unresolved import `rand`\n --> src/main.rs:4:5\n  |\n"
        "4 | use rand::random;\n  |     ^^^^ maybe a missing crate `rand`?",
        # A Markdown table: its separator is '---' or '|---|', its rows open with '| '.
        "| Tool | Version |\n| --- | --- |\n| go | 1.22 |\n  | cargo | 1.79 |",
        "Tool | Version\n--- | ---\n  | go | 1.22",
        # A '--' line, then a line without the gutter before the bars.
        "usage: tool [options]\n--\n--verbose  say more\n  | not a run",
    ],
)
def test_rustc_gutters_and_markdown_tables_keep_their_bars(text: str) -> None:
    cleaned = strip_decorations(text).split("\n")
    for before, after in zip(text.split("\n"), cleaned, strict=True):
        if before.startswith("  |"):
            assert after.lstrip().startswith("|")


def test_go_files_two_levels_up_are_a_sibling_repo_unless_under_internal(matcher: Matcher) -> None:
    # GOPATH's sibling repository '../../<owner>/<repo>/...' is not the project's code; Go's
    # internal/ folder two levels up is, reached from cmd/<name> (held-out round 76, 098).
    sibling = "../../smallstep/cli/ui/ui.go:205:25: undefined: readline.IsTerminal"
    assert "user-code/go-build-error" not in [m.entry_id for m in matcher.match(sibling).matches]
    own = (
        "$ cd wagon/cmd/wasm-run && go build\n"
        "../../exec/internal/compile/native.go:38:37: constant 4294967040 overflows int\n"
        "../../exec/internal/compile/scanner.go:95:15: undefined: AMD64Backend"
    )
    assert best_id(matcher, own) == "user-code/go-build-error"


@pytest.mark.parametrize(
    ("paste", "expected"),
    [
        # Automake's test-driver naming a test program killed by a signal (held-out round 84, 032).
        (
            "FAIL: modules/basicfuncs/tests/test_basicfuncs\n"
            './test-driver: line 107: 10914 Aborted                 (core dumped) "$@" > $log_file'
            " 2>&1\n",
            "user-code/test-process-crashed",
        ),
        (
            '../build-aux/test-driver: line 112: 4401 Segmentation fault      "$@" >$log_file 2>&1\n'
            "FAIL: test_parser\n",
            "user-code/test-process-crashed",
        ),
        # GNU ld on a global variable defined in two objects, GCC 10's -fno-common (round 84, 037).
        (
            "riscv64-unknown-linux-gnu-ld: syscall.o:(.bss+0x0): multiple definition of "
            "`runtime_va_start'; boot.o:(.bss+0x0): first defined here",
            "user-code/gcc-clang-compile-error",
        ),
        (
            "ld: src/function_send.o:(.bss+0x0): multiple definition of `iftext';\n"
            "src/callbacks.o:(.bss+0x0): first defined here\n",
            "user-code/gcc-clang-compile-error",
        ),
        # Kconfig's parser rejecting a Kconfig file of the tree (round 84, 011).
        (
            "boards/arm/sama5/giant-board/Kconfig:110: syntax error\n"
            "boards/arm/sama5/giant-board/Kconfig:109: invalid option\n"
            "make: *** [tools/Makefile.unix:471: olddefconfig] Error 1\n",
            "user-code/compile-error",
        ),
        # bash refusing a name that is not an identifier, indented by MSBuild (round 84, 195).
        (
            "  /home/u/repo/eng/common/pipeline-logging-functions.sh: line 41: "
            "`Write-PipelineTelemetryError': not a valid identifier",
            "user-code/shell-script-error",
        ),
        (
            "scripts/load-env.sh: line 3: export: `MY-VAR=1': not a valid identifier",
            "user-code/shell-script-error",
        ),
        # rspec's failures formatter (round 84, 133) and RSpec's output in a diff (132).
        (
            "$ bundle exec rspec --format failures\n"
            "./spec/unleash/client_specification_spec.rb:38:test that Feature.B3 should be enabled\n",
            "user-code/rspec-failure",
        ),
        (
            "       +  1) 2\n"
            "       +     Failure/Error: raise 'AppMod failure'\n"
            "       +\n"
            "       +     RuntimeError:\n",
            "user-code/rspec-failure",
        ),
    ],
)
def test_round_84_user_code_forms_carry_to_their_class(
    matcher: Matcher, paste: str, expected: str
) -> None:
    assert best_id(matcher, paste) == expected


@pytest.mark.parametrize(
    ("paste", "not_expected"),
    [
        # A duplicate symbol in .text or in a generated C++ object is not GCC 10's common change.
        (
            "multiple definition of `GIT_REVISION'; wxcrafter/CMakeFiles/wxCrafter.dir/generated/"
            "wxcversion.cpp.o:/tmp/build/generated/wxcversion.cpp:4: first defined here",
            "user-code/gcc-clang-compile-error",
        ),
        (
            "dist\\build\\StoreValue_hsc_utils.o:StoreValue_hsc_utils.c:(.text+0x0): multiple "
            "definition of `__debugbreak'",
            "user-code/gcc-clang-compile-error",
        ),
        # Ruby's backtrace frame and warning at a spec's line are not the failures formatter's.
        (
            "./spec/models/user_spec.rb:12:in `block (2 levels) in <top (required)>'",
            "user-code/rspec-failure",
        ),
        ("./spec/models/user_spec.rb:12: warning: method redefined", "user-code/rspec-failure"),
        # A test-driver line without a fatal signal (a script's own error) is no crash.
        (
            "./test-driver: line 107: ./test_x: No such file or directory",
            "user-code/test-process-crashed",
        ),
    ],
)
def test_round_84_user_code_forms_keep_to_their_shape(
    matcher: Matcher, paste: str, not_expected: str
) -> None:
    assert not_expected not in [m.entry_id for m in matcher.match(paste).matches]


def test_a_lua_assertion_under_a_test_scripts_traceback_is_a_failing_test(
    matcher: Matcher,
) -> None:
    # Lua's assert() message and the test script at the bottom of luaL_traceback's frames,
    # the assert in the project's own library (held-out round 80, 126: LPegLJ under LuaJIT).
    paste = (
        '$ LUA_PATH="../src/?.lua" luajit-2.0.0-beta9 loadtest.lua\n'
        "luajit-2.0.0-beta9: ../src/lpeglj.lua:329: assertion failed!\n"
        "stack traceback:\n"
        "\t[C]: in function 'assert'\n"
        "\t../src/lpeglj.lua:329: in function 'getpatt'\n"
        "\t../src/re.lua:69: in main chunk\n"
        "\t[C]: in function 'require'\n"
        "\tloadtest.lua:3: in main chunk\n"
        "\t[C]: ?\n"
    )
    found = recognise_suite_failure(paste.split("\n"))
    assert found is not None
    assert found.entry_id == "user-code/test-suite-failure"
    assert found.names == ("loadtest.lua",)
    assert best_id(matcher, paste) == "user-code/test-suite-failure"
    # Near shapes: a script not named for tests, another error in a test script, Rust's
    # 'assertion failed: x', the assertion without the traceback's test script.
    for near in (
        paste.replace("loadtest.lua", "main.lua"),
        paste.replace("assertion failed!", "module 'lpeg' not found"),
        paste.replace("../src/lpeglj.lua:329: assertion failed!", "assertion failed: x == y"),
        paste.replace("\tloadtest.lua:3: in main chunk\n", ""),
        paste.replace("\tloadtest.lua:3: in main chunk", "\tloadtest.lua:3: in function 'run'"),
    ):
        assert recognise_suite_failure(near.split("\n")) is None, near
