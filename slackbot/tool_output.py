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

The matcher asks it last, before :mod:`slackbot.suite_failure`, when no entry answered. A
line that holds no word of an error heading, a location, a Go file or a verdict is passed
over without a search; the others get a few, and a location is looked for only in the
:data:`LOCATION_LINES` lines below an error: time is linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

from slackbot.compiled import USER_CODE
from slackbot.suite_failure import MACHINE_WORK, SuiteFailure

RUSTC_COMPILE_ERROR = f"{USER_CODE}/rustc-compile-error"
GO_BUILD_ERROR = f"{USER_CODE}/go-build-error"
GO_TEST_FAILURE = f"{USER_CODE}/go-test-failure"
#: How far below an error its `` --> file:line:col`` may be (a blank or a note between).
LOCATION_LINES = 3
MAX_NAMES = 10

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.never_nl = True


def _compile(pattern: str) -> re2._Regexp:
    return re2.compile(pattern, _OPTIONS)


#: rustc's error heading, after a runner's prefix (a timestamp, ``##[error]``) if any: with
#: its code (group 1) or without.
_RUST_ERROR = _compile(r"(?:^|[\s\]`])error(?:\[E(\d{4})\])?: (\S.*)")
#: rustc's location of the error above; the file may be wrapped in a Markdown link.
_RUST_LOCATION = _compile(r"(?:^|\s)-->\s+\[?(\S*?\.rs)\b")
#: Codes of a crate that cannot be loaded or of a feature the toolchain lacks: the toolchain's
#: matter (its version, target or sysroot), not the code's.
_TOOLCHAIN_CODES = frozenset(
    ("0460", "0461", "0462", "0463", "0464", "0465", "0514", "0519", "0523", "0554", "0658", "0786")
)
#: Errors that are not the code's: an unresolved import of a crate by its bare name (a
#: dependency not declared or not built), a procedural macro that panicked (the macro crate's
#: failure, often on its environment), a file the build did not produce.
_NOT_THE_CODE = _compile(
    r"^unresolved imports? `\w+`|\bpanicked\b|(?i:no such file or directory|os error \d)"
)
#: rustc's summary lines (``error: aborting due to ...``, cargo's ``could not compile``),
#: which are no error of their own.
_RUST_SUMMARY = _compile(
    r"^(?:aborting due to|could not compile|failed to compile|Could not compile|build failed)"
)

#: The Go compiler's package header: ``# example.com/pkg``, ``# command-line-arguments``.
_GO_PACKAGE = _compile(r"^\s*# [\w.~+-]+(?:/[\w.~+-]+)*(?: \[[\w./ -]+\])?\s*$")
#: The Go compiler's error: ``./x.go:12:5: message`` (older releases without the column).
_GO_ERROR = _compile(r"^\s*((?:[A-Za-z]:)?[\w./\\~+-]*\.go):(\d+)(?::\d+)?: (\S.*)")
#: Messages that are not the code's own mistake: ``go vet``'s findings (another class's), a
#: package not found, another package's name (``undefined: log.NewContext``, ``cannot use
#: syscall.Stdin``: that package's API at the version resolved or on this platform), a function
#: whose body is assembly for other architectures (``missing function body``: the target's).
_GO_NOT_THE_CODE = _compile(
    r"^vet: |can't find import|cannot find package|no required module|missing function body"
    r"|\b[a-z]\w*\.[A-Z]\w*"
)

#: A test's own message: its file and line, no column (a compiler's error has one), after a
#: blank or the line's start (the cleaned lines lose the indentation).
_GO_TEST_MESSAGE = _compile(r"(?:^|\s)([\w.-]+_test\.go):(\d+):(?:\s|$)")
#: gocheck's verdict on a test, with its file and line (``FAIL: x_test.go:45: Suite.TestX``):
#: another runner, whose failures are the generic class's (:mod:`slackbot.suite_failure`).
_GOCHECK = _compile(r"(?:^|\s)(?:PASS|FAIL|SKIP|MISS|PANIC|OOPS): [\w.-]+_test\.go:\d+: ")
#: The run failed: ``--- FAIL``, ``FAIL`` heading a line, testify's report.
_GO_TEST_FAILED = _compile(r"--- FAIL\b|^\s*FAIL\b|\bError Trace:")
#: A test passed or was run verbosely: its messages are then printed whether it failed or not.
_GO_TEST_VERBOSE = _compile(r"--- PASS\b|=== RUN\b")

#: A file that is not the project's: a registry or module cache, a toolchain's or a system's
#: sources, a vendored copy, an unpacked release of a package (``name-1.2.3/``).
_NOT_THE_PROJECT = _compile(
    r"(?i)[/\\]\.cargo[/\\]|[/\\]registry[/\\]|[/\\]\.rustup[/\\]|^/rustc/|[/\\]rustlib[/\\]"
    r"|go[/\\]pkg[/\\]mod|^/usr/|/usr/local/go/|[/\\]go[/\\]src[/\\](?:runtime|internal)[/\\]"
    r"|(?:^|[/\\])vendor[/\\]|[/\\]third_party[/\\]|hostedtoolcache|[/\\]toolchains?[/\\]"
    r"|(?:^|[/\\])[\w.]+-v?\d+\.\d+[\w.+-]*[/\\]|[/\\]checkouts[/\\]"
    # Generated sources: a build script's output, Go's test main.
    r"|[/\\]out[/\\][^/\\]*\.rs$|(?:^|[/\\])_testmain\.go$"
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


def recognise_tool_output(lines: Sequence[str]) -> SuiteFailure | None:
    """The class of the project's own failure that rustc's, the Go compiler's or ``go
    test``'s report in the cleaned ``lines`` shows; ``None`` when none does."""
    candidates = [index for index, line in enumerate(lines) if _holds_candidate_word(line)]
    return (
        _rust_error(lines, candidates)
        or _go_error(lines, candidates)
        or _go_test_failure(lines, candidates)
    )
