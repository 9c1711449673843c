"""Recognise a compiler's or a test runner's report on the project's own code by its shape,
for the tools whose output says which tool printed it, when no entry knew its wording.

- *rustc*: ``error[E0425]: message``, or ``error: message`` with its location below
  (`` --> src/lib.rs:12:5``), in a file of the project: ``user-code/rustc-compile-error``. An
  error located in a crate of the registry, the toolchain's sources or a vendored crate is a
  dependency's (the version resolved, not this code); a crate that cannot be loaded
  (``E0463``, ``E0464``, ``E0786``) or a feature the toolchain lacks (``E0658``, ``E0554``) is
  the toolchain's; an unresolved import of a bare crate name is a missing dependency.
- *the Go compiler*: its package header ``# example.com/pkg`` and, on the next line,
  ``./file.go:12:5: message`` in a file of the project: ``user-code/go-build-error``.
- *go test*: a test's own message, indented under it, ``    file_test.go:92: message``
  (``t.Errorf``, ``t.Fatalf``, testify): ``user-code/go-test-failure``, when the run failed
  (a ``--- FAIL``, a ``FAIL`` line, testify's ``Error Trace:``) or shows no passing test (``go
  test`` prints a passing test's messages only with ``-v``, and then ``--- PASS`` too).
- *pytest*: a test's node id (``tests/test_x.py::test_y``) heading a line, alone (a list of
  the failing tests) or with its verdict (``FAILED``, ``ERROR``) or the short summary's reason
  (`` - ValueError: ...``); the ``E`` line that names the exception or the assertion, or any
  ``E`` line below a traceback entry (``test_x.py:24: in <module>``); the final count,
  failures or errors above zero and the duration (``2 failed, 10 passed in 1.23s``, before
  pytest 5.0 ``in 1.23 seconds``); a file's progress line with an ``F`` (``tests/test_x.py
  ..F.  [ 40%]``): ``user-code/pytest-test-failure``.
- *cargo test* (libtest): ``test result: FAILED.``, ``test name ... FAILED``, a failure's
  ``---- name stdout ----`` section, or the ``failures:`` heading over the failing tests'
  paths (``    module::test_name``): ``user-code/cargo-test-failure``.
- *dotnet test*: xUnit.net's verdict after the test's full name (``Ns.Class.Method [FAIL]``),
  VSTest's ``Failed Ns.Class.Method [12 ms]`` or its summary ``Failed!  - Failed: 1, Passed:
  ...``: ``user-code/dotnet-test-failure``.
- *PHPUnit*: its heading over the defects (``There was 1 failure:``, ``There were 2 errors:``),
  its verdict (``FAILURES!``, ``ERRORS!``), its count with failures or errors above zero
  (``Tests: 12, Assertions: 30, Failures: 1.``) or its progress line with a failed or errored
  test (``..F..E..   63 / 384 ( 16%)``): ``user-code/phpunit-failure``.
- *minitest*: a defect's heading (``  1) Failure:``, ``  2) Error:``; Rails' reporter's
  ``Failure:`` only over a ``Class#test_`` name) over the test's name
  (``TestWidget#test_render``, before minitest 5 ``test_render(TestWidget)``), or its count
  with failures or errors above zero (``12 runs, 30 assertions, 1 failures, 0 errors, 0
  skips``): ``user-code/minitest-failure``.
- *RSpec*: its count with failures above zero (``12 examples, 1 failure``), the command that
  reruns a failed example (``rspec ./spec/widget_spec.rb:12``), or its ``eq`` matcher's message
  (``expected: 1`` over `` got: 2`` and ``(compared using ==)``, before RSpec 3 ``(using
  ==)``): ``user-code/rspec-failure``.

A runner's report counts only when no reason of the machine's (a refused connection, a module
not installed) and no crash of the test process shows in the text: those are their entries'.

The matcher asks it last, before :mod:`slackbot.suite_failure`, when no entry answered. A
line that holds no word of an error heading, a location, a Go file or a verdict is passed
over without a search; the others get a few, and a location is looked for only in the
:data:`LOCATION_LINES` lines below an error: time is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from slackbot.compiled import USER_CODE
from slackbot.suite_failure import (
    CRASHED,
    MACHINE_REASON,
    MACHINE_WORK,
    MAX_NAMES,
    SuiteFailure,
    line_pattern,
)

RUSTC_COMPILE_ERROR = f"{USER_CODE}/rustc-compile-error"
GO_BUILD_ERROR = f"{USER_CODE}/go-build-error"
GO_TEST_FAILURE = f"{USER_CODE}/go-test-failure"
PYTEST_FAILURE = f"{USER_CODE}/pytest-test-failure"
CARGO_TEST_FAILURE = f"{USER_CODE}/cargo-test-failure"
DOTNET_TEST_FAILURE = f"{USER_CODE}/dotnet-test-failure"
PHPUNIT_FAILURE = f"{USER_CODE}/phpunit-failure"
MINITEST_FAILURE = f"{USER_CODE}/minitest-failure"
RSPEC_FAILURE = f"{USER_CODE}/rspec-failure"
#: How far below a traceback's entry or source line pytest's ``E`` line may be.
PYTEST_ERROR_LINES = 40
#: How far below an error its `` --> file:line:col`` may be (a blank or a note between).
LOCATION_LINES = 3


#: rustc's error heading, after a runner's prefix (a timestamp, ``##[error]``) if any: with
#: its code (group 1) or without.
_RUST_ERROR = line_pattern(r"(?:^|[\s\]`])error(?:\[E(\d{4})\])?: (\S.*)")
#: rustc's location of the error above; the file may be wrapped in a Markdown link.
_RUST_LOCATION = line_pattern(r"(?:^|\s)-->\s+\[?(\S*?\.rs)\b")
#: Codes of a crate that cannot be loaded or of a feature the toolchain lacks: the toolchain's
#: matter (its version, target or sysroot), not the code's.
_TOOLCHAIN_CODES = frozenset(
    ("0460", "0461", "0462", "0463", "0464", "0465", "0514", "0519", "0523", "0554", "0658", "0786")
)
#: Errors that are not the code's: an unresolved import of a crate by its bare name (a
#: dependency not declared or not built), a procedural macro that panicked (the macro crate's
#: failure, often on its environment), a file the build did not produce.
_NOT_THE_CODE = line_pattern(
    r"^unresolved imports? `\w+`|\bpanicked\b|(?i:no such file or directory|os error \d)"
)
#: rustc's summary lines (``error: aborting due to ...``, cargo's ``could not compile``),
#: which are no error of their own.
_RUST_SUMMARY = line_pattern(
    r"^(?:aborting due to|could not compile|failed to compile|Could not compile|build failed)"
)

#: The Go compiler's package header: ``# example.com/pkg``, ``# command-line-arguments``.
_GO_PACKAGE = line_pattern(r"^\s*# [\w.~+-]+(?:/[\w.~+-]+)*(?: \[[\w./ -]+\])?\s*$")
#: The Go compiler's error: ``./x.go:12:5: message`` (older releases without the column).
_GO_ERROR = line_pattern(r"^\s*((?:[A-Za-z]:)?[\w./\\~+-]*\.go):(\d+)(?::\d+)?: (\S.*)")
#: Messages that are not the code's own mistake: ``go vet``'s findings (another class's), a
#: package not found, another package's name (``undefined: log.NewContext``, ``cannot use
#: syscall.Stdin``: that package's API at the version resolved or on this platform), a function
#: whose body is assembly for other architectures (``missing function body``: the target's).
_GO_NOT_THE_CODE = line_pattern(
    r"^vet: |can't find import|cannot find package|no required module|missing function body"
    r"|\b[a-z]\w*\.[A-Z]\w*"
)

#: A test's own message: its file and line, no column (a compiler's error has one), after a
#: blank or the line's start (the cleaned lines lose the indentation).
_GO_TEST_MESSAGE = line_pattern(r"(?:^|\s)([\w.-]+_test\.go):(\d+):(?:\s|$)")
#: gocheck's verdict on a test, with its file and line (``FAIL: x_test.go:45: Suite.TestX``):
#: another runner, whose failures are the generic class's (:mod:`slackbot.suite_failure`).
_GOCHECK = line_pattern(r"(?:^|\s)(?:PASS|FAIL|SKIP|MISS|PANIC|OOPS): [\w.-]+_test\.go:\d+: ")
#: The run failed: ``--- FAIL``, ``FAIL`` heading a line, testify's report.
_GO_TEST_FAILED = line_pattern(r"--- FAIL\b|^\s*FAIL\b|\bError Trace:")
#: A test passed or was run verbosely: its messages are then printed whether it failed or not.
_GO_TEST_VERBOSE = line_pattern(r"--- PASS\b|=== RUN\b")

#: A file that is not the project's: a registry or module cache, a toolchain's or a system's
#: sources, a vendored copy, an unpacked release of a package (``name-1.2.3/``).
_NOT_THE_PROJECT = line_pattern(
    r"(?i)[/\\]\.cargo[/\\]|[/\\]registry[/\\]|[/\\]\.rustup[/\\]|^/rustc/|[/\\]rustlib[/\\]"
    r"|go[/\\]pkg[/\\]mod|^/usr/|/usr/local/go/|[/\\]go[/\\]src[/\\](?:runtime|internal)[/\\]"
    r"|(?:^|[/\\])vendor[/\\]|[/\\]third_party[/\\]|hostedtoolcache|[/\\]toolchains?[/\\]"
    r"|(?:^|[/\\])[\w.]+-v?\d+\.\d+[\w.+-]*[/\\]|[/\\]checkouts[/\\]"
    # Generated sources: a build script's output, Go's test main.
    r"|[/\\]out[/\\][^/\\]*\.rs$|(?:^|[/\\])_testmain\.go$"
)


#: pytest's node id heading a line (after a list's bullet, a table's bar, a backtick or its
#: verdict ``FAILED``), then nothing (group 2 empty: a bare list of the failing tests), the short
#: summary's `` - reason`` or ``FAILED``. A test that errored (``ERROR``: in a fixture's set-up,
#: as often the machine's as the code's) or passed is none.
_PYTEST_NODE = line_pattern(
    r"^\s*(?:[-*] |\|\s*`?|`|(FAILED) )?"
    r"([\w./\\-]+\.py::\w[\w:.-]*(?:\[[^\]]*\])?)`?(?:$| - (\S)| (FAILED)\b|\s*(\|))"
)
#: pytest -v's line of a test that passed or was skipped: the run is verbose, and a node id
#: alone on a line is then a test still running (pytest prints its verdict when it ends).
_PYTEST_VERBOSE = line_pattern(r"\.py::\S+ (?:PASSED|SKIPPED|XFAIL|XPASS)\b")
#: pytest's header over an error outside a test's body (a fixture, the collection): its ``E``
#: lines are those of the set-up, not of a failed test.
_PYTEST_ERROR_HEADER = line_pattern(r"\bERROR (?:at (?:setup|teardown) of|collecting) \S")
#: pytest's traceback entry: ``path.py:24: in name`` (Python's own is ``File "...", line``).
_PYTEST_ENTRY = line_pattern(r"^\s*(?:[A-Za-z]:)?[\w./\\-]+\.py:\d+: in \S+\s*$")
#: pytest's ``E`` line: any line of its explanation, and the one that names the exception raised
#: (``E   RuntimeError: ...``, ``E   requests.HTTPError``) or the rewritten assertion, which
#: is the failure's own.
_PYTEST_ERROR = line_pattern(
    r"^\s*E (?:(?:[a-z_]\w*\.)*([A-Z]\w*(?:Error|Exception|Failed|Failure)\b|assert\b))?"
)
#: pytest's progress line for a file of tests, a mark per test and the run's percentage at its
#: end, with an ``F`` for a test that failed (``docs/comparing.txt ....F.F....   [  6%]``: a paste
#: cut before the failures' details; held-out round 83, 029). An ``E`` alone is an error, as often
#: in a set-up as in a test, and is not read.
_PYTEST_PROGRESS = line_pattern(r"^\s*([\w./\\-]+\.\w+) [.sxXE]*F[.sxXEF]*\s+\[\s*\d{1,3}%\]\s*$")
#: pytest's final count: outcomes in its words, failures above zero (errors alone are a set-up's),
#: the duration.
_PYTEST_OUTCOME = (
    r"(?:failed|passed|skipped|deselected|xfailed|xpassed|warnings?|errors?|rerun|pytest-warnings)"
)
_PYTEST_TALLY = line_pattern(
    r"(?:^|=\s)(?:\d+ " + _PYTEST_OUTCOME + r", )*[1-9]\d* failed"
    r"(?:, \d+ " + _PYTEST_OUTCOME + r")* in \d+(?:\.\d+)?(?:s\b| seconds\b)"
)

#: libtest's summary, a test's verdict, a failure's section of its output.
_LIBTEST_FAILED = line_pattern(
    r"\btest result: FAILED\.|^\s*test \S+ \.\.\. FAILED\s*$|^\s*---- \S+ std(?:out|err) ----\s*$"
)
#: libtest's heading over the failures' sections and over the failing tests' list.
_LIBTEST_FAILURES = line_pattern(r"^\s*failures:\s*$")
#: A failing test in libtest's list: a path of snake_case names (a test's, a module's).
_LIBTEST_NAME = line_pattern(r"^\s*((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)\s*$")

#: xUnit.net's verdict after the test's full name; VSTest's line for a failed test, with its
#: duration; VSTest's summary of a failed run.
_DOTNET_FAILED = line_pattern(
    r"(?:^|[\s\[`])((?:[A-Za-z_]\w*\.){2,}[A-Za-z_]\w*(?:\([^)]*\))?) \[FAIL\]"
    r"|^\s*Failed ((?:[A-Za-z_]\w*\.){2,}[A-Za-z_]\w*(?:\([^)]*\))?) \[\d+(?:\.\d+)? ?m?s\]"
    r"|^\s*Failed! +- Failed: +[1-9]\d*, Passed: +\d+"
)

#: PHPUnit's heading over its defects, its verdict, its count with failures or errors above
#: zero (``Errors`` before ``Failures``, either may be missing).
_PHPUNIT_FAILED = line_pattern(
    r"^\s*There (?:was 1|were [1-9]\d*) (?:failure|error)s?:\s*$|^\s*(?:FAILURES|ERRORS)!\s*$"
    r"|^\s*Tests: \d+, Assertions: \d+, (?:Errors: [1-9]|(?:Errors: \d+, )?Failures: [1-9])"
)
#: PHPUnit's progress line: a test's mark each, then the tests run of all and the percentage.
_PHPUNIT_PROGRESS = line_pattern(r"^\s*([.FEWIRSDN]+)\s+\d+ / \d+ \(\s*\d+%\)\s*$")
#: minitest's heading over a defect (the test's name on the next line); Rails' reporter prints
#: it without its number (``Failure:``), and then only over a ``Class#test_name`` (below).
_MINITEST_DEFECT = line_pattern(r"^\s*(\d+\) )?(?:Failure|Error):\s*$")
#: The test's name below it: ``Class#test_name`` (minitest 5), ``test_name(Class)`` (before).
_MINITEST_NAME = line_pattern(
    r"^\s*((?:[A-Z]\w*::)*[A-Z]\w*#\w+[?!]?|test\w*\((?:[A-Z]\w*::)*[A-Z]\w*\))(?: \[\S+\])?:?\s*$"
)
#: minitest's count, failures or errors above zero.
_MINITEST_TALLY = line_pattern(
    r"\b\d+ (?:runs|tests), \d+ assertions, "
    r"(?:[1-9]\d* failures, \d+|\d+ failures, [1-9]\d*) errors\b"
)
#: RSpec's count with failures above zero; its command to rerun a failed example.
_RSPEC_FAILED = line_pattern(
    r"\b\d+ examples?, [1-9]\d* failures?\b|^\s*(?:bundle exec )?rspec \.?/?[\w./-]+_spec\.rb:\d+"
)
#: RSpec's ``eq`` matcher's message: ``expected: 1``, `` got: 2``, ``(compared using ==)``.
_RSPEC_EXPECTED = line_pattern(r"^\s*expected: \S")
_RSPEC_GOT = line_pattern(r"^\s*got: \S")
_RSPEC_USING = line_pattern(r"\((?:compared )?using (?:==|eql\?|equal\?)\)\s*$")


def _holds_runner_word(line: str) -> bool:
    """Whether ``line`` may be a line of pytest's, libtest's or dotnet test's report (a test
    cheaper than any search)."""
    return (
        ".py" in line
        or "E " in line
        or "fail" in line
        or "Fail" in line
        or "error" in line
        or "ERROR" in line
        or "FAIL" in line
        or "---- " in line
        or "%]" in line
    )


def _holds_candidate_word(line: str) -> bool:
    """Whether ``line`` may be worth reading: it holds a word of an error heading, a location,
    a Go file or go test's verdicts (a test cheaper than any search)."""
    return (
        "error" in line
        or "-->" in line
        or ".go:" in line
        or "FAIL" in line
        or "PASS" in line
        or "RUN" in line
        or "Trace" in line
    )


def _rust_error(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """rustc's errors in the project's files; none if one is a dependency's or the
    toolchain's. An error without a code counts only with its location below it."""
    names: dict[str, None] = {}
    decisive = pending = -1
    pending_message = ""
    for index in candidates:
        line = lines[index]
        found = _RUST_ERROR.search(line)
        if found is None:
            location = _RUST_LOCATION.search(line)
            if location is None:
                continue
            place = location.group(1)
            if _NOT_THE_PROJECT.search(place) is not None:
                return None
            if 0 <= index - pending <= LOCATION_LINES and not _is_summary(pending_message):
                if _NOT_THE_CODE.search(pending_message) is not None:
                    return None
                decisive = max(decisive, pending)
                if len(names) < MAX_NAMES:
                    names.setdefault(place)
            pending = -1
            continue
        code, message = found.group(1), found.group(2)
        if code is None:
            # Read once its location shows: most such lines are cargo's or a script's.
            pending, pending_message = index, message
            continue
        if code in _TOOLCHAIN_CODES or _NOT_THE_CODE.search(message) is not None:
            return None
        pending, pending_message = index, message
        decisive = index
        if len(names) < MAX_NAMES:
            names.setdefault(f"E{code}")
    if decisive < 0:
        return None
    return SuiteFailure(RUSTC_COMPILE_ERROR, decisive, lines[decisive], tuple(names))


def _is_summary(message: str) -> bool:
    """Whether rustc's or cargo's ``error: message`` is a summary, no error of its own."""
    return _RUST_SUMMARY.search(message) is not None


def _go_error(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """The Go compiler's errors below their package's header, in the project's files."""
    names: dict[str, None] = {}
    decisive = -1
    for index in candidates:
        if ".go:" not in lines[index]:
            continue
        found = _GO_ERROR.search(lines[index])
        if found is None or index == 0 or _GO_PACKAGE.search(lines[index - 1]) is None:
            continue
        if _GO_NOT_THE_CODE.search(found.group(3)) is not None:
            continue
        if _NOT_THE_PROJECT.search(found.group(1)) is not None:
            return None
        if len(names) < MAX_NAMES:
            names.setdefault(f"{found.group(1)}:{found.group(2)}")
        decisive = index
    if decisive < 0:
        return None
    return SuiteFailure(GO_BUILD_ERROR, decisive, lines[decisive], tuple(names))


def _go_test_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """A Go test's messages of a failed run."""
    names: dict[str, None] = {}
    decisive = -1
    failed = verbose = False
    for index in candidates:
        line = lines[index]
        if not failed and ("FAIL" in line or "Trace" in line):
            failed = _GO_TEST_FAILED.search(line) is not None
        if not verbose and ("PASS" in line or "RUN" in line):
            verbose = _GO_TEST_VERBOSE.search(line) is not None
        if ".go:" not in line:
            continue
        if _GOCHECK.search(line) is not None:
            return None
        found = _GO_TEST_MESSAGE.search(line)
        # A message about the machine's work (a timeout, a download) is not the code's failure.
        if found is None or MACHINE_WORK.search(line[found.end() :]) is not None:
            continue
        if len(names) < MAX_NAMES:
            names.setdefault(f"{found.group(1)}:{found.group(2)}")
        decisive = index
    if decisive < 0 or not (failed or not verbose):
        return None
    return SuiteFailure(GO_TEST_FAILURE, decisive, lines[decisive], tuple(names))


def _pytest_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """pytest's report of a failure: a node id, a traceback with its ``E`` line, the count."""
    names: dict[str, None] = {}
    decisive = bare = -1
    entry = error = -1
    verbose = set_up = False
    for index in candidates:
        line = lines[index]
        if ".py" in line:
            node = _PYTEST_NODE.search(line)
            if node is not None:
                if any(node.group(group) for group in (1, 3, 4, 5)):
                    decisive = index
                else:
                    bare = index
                if len(names) < MAX_NAMES:
                    names.setdefault(node.group(2))
                continue
            verbose = verbose or _PYTEST_VERBOSE.search(line) is not None
        if "ERROR" in line and not set_up:
            set_up = _PYTEST_ERROR_HEADER.search(line) is not None
        if _PYTEST_ENTRY.search(line) is not None:
            entry = index
        elif "E " in line and (found := _PYTEST_ERROR.search(line)) is not None:
            if found.group(1) is not None or 0 <= entry < index <= entry + PYTEST_ERROR_LINES:
                error = max(error, index)
        elif "fail" in line and _PYTEST_TALLY.search(line) is not None:
            decisive = max(decisive, index)
        elif "%]" in line and (progress := _PYTEST_PROGRESS.search(line)) is not None:
            decisive = max(decisive, index)
            if len(names) < MAX_NAMES:
                names.setdefault(progress.group(1))
    if not verbose:
        decisive = max(decisive, bare)
    if not set_up:
        decisive = max(decisive, error)
    if decisive < 0:
        return None
    return SuiteFailure(PYTEST_FAILURE, decisive, lines[decisive], tuple(names))


def _libtest_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """libtest's (``cargo test``'s) report of a failed test."""
    names: dict[str, None] = {}
    decisive = -1
    for index in candidates:
        line = lines[index]
        if "FAIL" not in line and "fail" not in line and "---- " not in line:
            continue
        if _LIBTEST_FAILED.search(line) is not None:
            decisive = index
        elif _LIBTEST_FAILURES.search(line) is not None:
            # The list below it: as many paths as follow, one a line.
            below = index + 1
            while below < len(lines) and len(names) < MAX_NAMES:
                found = _LIBTEST_NAME.search(lines[below])
                if found is None or ("_" not in found.group(1) and ":" not in found.group(1)):
                    break
                names.setdefault(found.group(1))
                decisive = below
                below += 1
    if decisive < 0:
        return None
    return SuiteFailure(CARGO_TEST_FAILURE, decisive, lines[decisive], tuple(names))


def _dotnet_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """xUnit.net's or VSTest's verdict on a failed test, or VSTest's summary of a failed run."""
    names: dict[str, None] = {}
    decisive = -1
    for index in candidates:
        line = lines[index]
        if "FAIL" not in line and "Failed" not in line:
            continue
        found = _DOTNET_FAILED.search(line)
        if found is None:
            continue
        decisive = index
        name = found.group(1) or found.group(2)
        if name and len(names) < MAX_NAMES:
            names.setdefault(name)
    if decisive < 0:
        return None
    return SuiteFailure(DOTNET_TEST_FAILURE, decisive, lines[decisive], tuple(names))


def _holds_ruby_php_word(line: str) -> bool:
    """Whether ``line`` may be a line of PHPUnit's, minitest's or RSpec's report (a test cheaper
    than any search)."""
    return (
        "ail" in line
        or "rror" in line
        or "RROR" in line
        or "%)" in line
        or "spec" in line
        or "xpected" in line
        or "got:" in line
        or "using" in line
    )


def _phpunit_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """PHPUnit's report of a failed or errored test: its heading over the defects, its verdict,
    its count, its progress line with an ``F`` or an ``E``."""
    decisive = -1
    for index in candidates:
        line = lines[index]
        if "%)" in line:
            found = _PHPUNIT_PROGRESS.search(line)
            if found is not None and ("F" in found.group(1) or "E" in found.group(1)):
                decisive = index
        elif _PHPUNIT_FAILED.search(line) is not None:
            decisive = index
    if decisive < 0:
        return None
    return SuiteFailure(PHPUNIT_FAILURE, decisive, lines[decisive], ())


def _minitest_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """minitest's report of a failed test: a defect's heading over the test's name, the count."""
    names: dict[str, None] = {}
    decisive = -1
    for index in candidates:
        line = lines[index]
        heading = _MINITEST_DEFECT.search(line) if ":" in line else None
        if heading is not None:
            # The name on the next line, or the one after a blank line (the separator line of
            # Buildkite's copied log view, blanked in cleaning: held-out round 83's 218).
            after = index + 1
            if after + 1 < len(lines) and not lines[after].strip():
                after += 1
            found = _MINITEST_NAME.search(lines[after]) if after < len(lines) else None
            if found is not None and (heading.group(1) or "#test_" in found.group(1)):
                decisive = after
                if len(names) < MAX_NAMES:
                    names.setdefault(found.group(1))
        elif "assertions" in line and _MINITEST_TALLY.search(line) is not None:
            decisive = max(decisive, index)
    if decisive < 0:
        return None
    return SuiteFailure(MINITEST_FAILURE, decisive, lines[decisive], tuple(names))


def _rspec_failure(lines: Sequence[str], candidates: Sequence[int]) -> SuiteFailure | None:
    """RSpec's report of a failed example: its count, its rerun command, its ``eq`` message."""
    decisive = expected = got = -1
    for index in candidates:
        line = lines[index]
        if _RSPEC_FAILED.search(line) is not None:
            decisive = index
        elif _RSPEC_EXPECTED.search(line) is not None:
            expected = index
        elif _RSPEC_GOT.search(line) is not None:
            got = index if index == expected + 1 else -1
        # The message's last line: on the got line (RSpec 1, 2) or after a blank (RSpec 3).
        if got >= 0 and index <= got + 2 and _RSPEC_USING.search(line) is not None:
            decisive = max(decisive, index)
    if decisive < 0:
        return None
    return SuiteFailure(RSPEC_FAILURE, decisive, lines[decisive], ())


def _machine_or_crash(lines: Sequence[str]) -> bool:
    """Whether a reason of the machine's or a crash of the test process shows in ``lines``."""
    return any(
        MACHINE_REASON.search(line) is not None or CRASHED.search(line) is not None
        for line in lines
    )


def recognise_tool_output(lines: Sequence[str]) -> SuiteFailure | None:
    """The class of the project's own failure that rustc's, the Go compiler's, ``go test``'s,
    pytest's, ``cargo test``'s, ``dotnet test``'s, PHPUnit's, minitest's or RSpec's report in
    the cleaned ``lines`` shows; ``None`` when none does."""
    candidates = [index for index, line in enumerate(lines) if _holds_candidate_word(line)]
    found = (
        _rust_error(lines, candidates)
        or _go_error(lines, candidates)
        or _go_test_failure(lines, candidates)
    )
    if found is not None:
        return found
    candidates = [index for index, line in enumerate(lines) if _holds_runner_word(line)]
    found = (
        _pytest_failure(lines, candidates)
        or _libtest_failure(lines, candidates)
        or _dotnet_failure(lines, candidates)
    )
    if found is None:
        candidates = [index for index, line in enumerate(lines) if _holds_ruby_php_word(line)]
        found = (
            _phpunit_failure(lines, candidates)
            or _minitest_failure(lines, candidates)
            or _rspec_failure(lines, candidates)
        )
    if found is None or _machine_or_crash(lines):
        return None
    return found
