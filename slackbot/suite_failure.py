"""Recognise a failing test of the project's own suite by the shape of its lines.

The catalog's user-code classes know each runner by its exact wording; a runner none of
them knows prints its failures differently, but in the same few shapes:

- a *named failure*: a test's identifier next to a failure marker on one line
  (``FAIL: test_x``, ``[  FAILED  ] FooTest.Bar``, ``tests/x.py::test_y FAILED``,
  ``//pkg:name_test  FAILED in 1.9s``, ``name (FAILED - 1)``), or anywhere after a marker
  heading the line (``FAIL: x_test.go:45: TestX``); a failing item of a runner's PASS/FAIL
  list, a passing item near it, whatever its name (``PASS: a`` then ``SETUP FAIL: b``);
- a *tally*: a count of failures above zero among other counts
  (``3 failed, 10 passed``, ``Tests: 2, Assertions: 2, Failures: 1``, ``failures=2``), or a
  runner's progress line of dots with an ``F`` or ``E`` (``....F..E``);
- an *assertion*: ``AssertionError``, ``Expected ... but was ...``, an ``Expected:`` line
  followed by an ``Actual:`` / ``Received:`` one, Lua's ``x.lua:3: assertion failed!``.

:func:`recognise_suite_failure` says ``user-code/test-suite-failure`` for a named failure
whose name is shaped like a test's (``test_x``, ``TestX``, ``FooTest.bar``, ``file::name``)
or whose words say a test failed, and otherwise for two kinds of evidence: a tally or a
verdict alone is a summary that shows no cause (a wrapper-only paste), a loose name
(``Class.method``, a quoted name, ``✗ it renders``) is printed by anything. A reason of the
machine's in the text (``ConnectionRefusedError``, ``ImportError``) asks for two kinds too.
It also says ``user-code/compile-error`` for a compiler's ``path:line[:col]: error`` line on a
source file of the project (not a system header, a package cache or an SDK) in a language
no compiler class of the catalog knows.

Lines that hold a marker but are a build step's, a command's or a task's are passed over
by their structure; words of the machine's work (a download, ``docker``, ``push``) are read
only outside the names of tests and of test files.

The matcher asks it last, when no entry answered and no user-code class was ruled out by an
``unless`` line: a runner's own class, or a CI cause, explains better. Everything is RE2; a
line without a marker, an assertion, a machine's reason, a passing item or progress is passed
over after one search, and at most ``MAX_CANDIDATE_LINES`` others are read: time is linear in
the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import re2

from slackbot.compiled import USER_CODE

TEST_SUITE_FAILURE = f"{USER_CODE}/test-suite-failure"
COMPILE_ERROR = f"{USER_CODE}/compile-error"
#: At most this many candidate lines are read, the last ones (a runner's summary ends a log).
MAX_CANDIDATE_LINES = 1_000
#: At most this many failing tests or locations are named.
MAX_NAMES = 10
MAX_NAME_CHARS = 200

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.never_nl = True


def line_pattern(pattern: str) -> re2._Regexp:
    """``pattern`` compiled for one line of a paste: never across a line break, its errors not
    logged (the recognisers' patterns: :mod:`slackbot.tool_output`, :mod:`slackbot.claims`)."""
    return re2.compile(pattern, _OPTIONS)


def _any(*alternatives: str) -> str:
    """One group matching any of ``alternatives``."""
    return "(?:" + "|".join(alternatives) + ")"


# --- named failures ----------------------------------------------------------------------

#: A failure marker somewhere in a line: the only lines read for a name or a tally.
_MARKER = (
    r"\bFAIL(?:ED|URES?|ING)?\b|\bFail(?:ed|ures?|ing)?\b|\bfail(?:ed|ures?|ing|s)?\b"
    r"|\bERROR\b|\b[Ee]rrors?\b|[✗✕×✘❌]|^\s*not ok\b|(?i:failed tests?:)"
)
#: A marker that says a test failed, next to its name: before it (``FAIL: name``) or after
#: it (``name ... FAILED``). ``ERROR`` (a test that errored, as often in its set-up as in the
#: code) and ``failing`` are weaker: they count only with another kind of evidence.
_FAIL_WORD = r"(?:FAIL(?:ED|URE)?|Fail(?:ed|ure)?|failed|[✗✕×✘❌]|not ok(?: \d+)?(?: -)?)"
_WEAK_WORD = r"(?:ERROR|failing)"
#: A test's identifier shaped like one: ``file.py::name``, ``tests::name``, ``test_x``,
#: ``TestX``, ``XTest.method``, Bazel's ``//pkg:name_test``.
_TEST_SHAPED = _any(
    r"[\w./\\-]+\.[A-Za-z]\w*::\w[\w:.\[\]-]*",
    r"\b\w*[Tt]ests?::\w[\w:]*",
    r"\b[Tt]ests?_\w+(?:\(\w*\))?",
    r"\bTest[A-Z0-9_]\w*(?:[./#]\w+)*",
    r"\b[A-Z]\w*[a-z0-9](?:Tests?|Spec|IT)\b(?:[.#]\w{3,})+",
    r"//[\w/.-]*:\w*test\w*",
)
#: A file of tests: ``test_x.py``, ``x_test.go``, ``x_spec.rb``, ``x.test.ts``, ``XTest``.
#: A runner names one when the file as a whole failed, as often because it could not load
#: (an import, the environment) as because a test failed: it counts with other evidence.
_TEST_FILE = _any(
    r"[\w./\\-]*\b[Tt]ests?_\w[\w./\\-]*",
    r"[\w./\\-]*[a-z0-9]_tests?\b[\w./\\-]*",
    r"\b[A-Z]\w*[a-z0-9](?:Tests?|Spec|IT)\b",
    r"[\w./\\-]+_spec\.rb(?::\d+)?",
    r"[\w./\\-]+\.(?:test|spec)\.[cm]?[jt]sx?",
)
#: Names that a test runner prints but so does anything: a file of tests, ``Class.method``,
#: ``describe › it``, a quoted name. They count only with another kind of evidence.
_OTHER_NAME = _any(
    _TEST_FILE,
    r"\b[A-Z][a-z]\w*\.[a-z_]\w*(?:\(\))?",
    r"[^\s›][^›]{0,100}? › [^›]{1,100}",
    r"\"[^\"]{3,120}\"|'[^']{3,120}'|`[^`]{3,120}`",
)
_BEFORE = r"(?:^|[\s\[(>*-])"
_AFTER = r"(?:\b|\s|:|$|\*|!|\])"
_BEFORE_GAP = r"\s*(?:\]|:|!|\))?\s+(?:\[\w+\]\s*)?(?:test(?: case)?:?\s+)?"
_AFTER_GAP = r"(?:\(\))?[\]\)'\"`]?(?:\s*(?:\.\.\.|:|\|)\s*|\s+)(?:\[\s*)?"
#: A failure marker heading a line, as a runner heads its report of one test: followed by a
#: colon (``FAIL:``, ``Failure:``), or an upper-case one, a cross or TAP's ``not ok`` by a
#: blank (``Failed to ...`` is no such heading).
_HEADING_MARKER = (
    r"^\s*(?:(?:FAIL(?:ED|URE)?|Fail(?:ed|ure)?|failed)\s*:|FAIL(?:ED|URE)?\s|[✗✕×✘❌]\s*"
    r"|not ok\b)"
)
_NAME_END = r"(?:$|[\s:,\])'\"`(\[-])"
_NAMED_TEST = line_pattern(
    _any(
        _BEFORE + _FAIL_WORD + _BEFORE_GAP + f"({_TEST_SHAPED})" + _NAME_END,
        f"({_TEST_SHAPED})" + _AFTER_GAP + _FAIL_WORD + _AFTER,
        # The heading's test may come after a location or other words:
        # ``FAIL: docker_cli_import_test.go:45: TestImportFile.pN52...``.
        _HEADING_MARKER + r"[^\n]{0,200}?" + _BEFORE + f"({_TEST_SHAPED})" + _NAME_END,
    )
)
#: Forms that say by their words that a named test failed, whatever the name looks like:
#: ``Failed test: name``, ``test 'name' failed``, a runner's numbered line
#: ``375/377 name  FAIL  0.01s``, a marker with the test's duration (``name: FAIL (0.24s)``,
#: ``name  FAILED in 1.9s``), Julia's ``name: Test Failed at file:line``, RSpec's
#: ``name (FAILED - 1)``.
_NAMED_BY_WORDS = line_pattern(
    _any(
        r"(?:^|[^A-Za-z])(?:Failed|FAILED|Failing|FAILING) (?:tests?|test cases?):\s+"
        r"([A-Za-z_./]\S*)",
        r"\b[Tt]est(?: case)? (\"[^\"]{1,120}\"|'[^']{1,120}'|`[^`]{1,120}`) (?:has )?"
        r"(?:failed|fails|FAILED)\b",
        # The quoted test before the word (Open Watcom's chktest:
        # ``line 9: '/home/x/clibtest/regress/direct' test failed``).
        r"(\"[^\"]{1,120}\"|'[^']{1,120}'|`[^`]{1,120}`) test (?:has )?(?:failed|FAILED)\b",
        r"^\s*\d+/\d+\s+(?:Test\s+#\d+:\s+)?(\S+)\s.*\b(?:FAIL|FAILED|Failed)\b",
        r"^\s*(\S*[a-z_./:-]\S*?):?\s+(?:FAIL|FAILED|Failed)(?: in)? \(?\d+(?:\.\d+)?\s?m?s\b",
        r"^\s*(\S*[a-z_./:-]\S*)\s+(?:FAIL|FAILED) in (?:\d+ out of \d+ in )?\d+(?:\.\d+)?s\b",
        # Julia's Test, with its location (``name: Test Failed at file:line``) or, in older
        # releases, without (`` * backtrace Error During Test``).
        r"^\s*(?:[*-]\s+)?(\S[^:\n]{0,100}?):? (?:Error During Test|Test Failed)(?: at \S|\s*$)",
        r"^\s*(\S.{0,150}?) \((?:FAILED|FAILURE) - \d+\)",
        # A test path with its variant and verdict, as V8's and Node's testrunner print a
        # failing test
        # (``test262/built-ins/Date/S15 default: FAIL``, older ``Done running x/y: FAIL``).
        r"^\s*(?:Done running )?(\w[\w.$-]*(?:/[\w.$-]+)+)(?: [\w-]+)?: FAIL(?:ED)?\s*$",
        # The Check framework's ``file.c:283:F:tcase:test_name:0: Failure 'x' occurred``.
        r"^\s*\S+:\d+:[FE]:[^:\n]+:(\w+):\d+: ",
        # util-linux's test functions: ``setarch: uname26-version   ... FAILED (misc/x)``.
        r"^\s*[\w-]*\s*: ([\w.-]+)\s+\.\.\. FAILED \(",
        # SpiderMonkey's jit-test and jstests: ``FAIL - heap-analysis/x.js``.
        r"^\s*(?:FAIL|TIMEOUT) - (\S+\.js)\b",
        # A shell test script's failed check at its line (ksh's ``path.sh[552]: FAIL: x``).
        r"^\s*([\w.-]+\.(?:sh|ksh|bash))\[\d+\]: FAIL: ",
        # GNU Autotest's numbered item with its location in the ``.at`` script
        # (``407: Dependency generation 1      FAILED (rpmbuild.at:648)``).
        r"^\s*\d+: (\S.{0,150}?)\s+FAILED \([\w./-]+\.at:\d+\)",
        # QuickJS's run-test262: ``test/x.js:47: [strict mode: ]unexpected error: ...``.
        r"^\s*(\S+\.js):\d+: (?:strict mode: )?unexpected error: ",
        # A named item with a bracketed verdict (``- prefixes: [FAILED]``).
        r"^\s*(?:[-*]\s+)?(\w[^:\n\[]{0,100}):\s+\[\s*FAIL(?:ED)?\s*\]\s*$",
        # A quoted test with its count of failures (``Test "PFPO": 0 OK compares. 3 failures.``).
        r"^\s*[Tt]est (\"[^\"]{1,120}\"|'[^']{1,120}'):.{0,80}\b[1-9]\d* failures?\b",
        # The Rust compiler's compiletest: libtest's line for a test named by its suite's mode
        # and its file (``test [ui] tests/ui/x.rs ... FAILED``), which the cargo class's
        # ``test name ... FAILED`` does not read for its blank.
        r"^\s*test (\[[\w-]+\] \S+) \.\.\. FAILED\s*$",
        # Deno's test reporter: a test or a step with its duration (``test 0 ... FAILED (2ms)``,
        # its fixture cli/tests/testdata/test/fail.out), in parallel runs after the file and
        # the test (``./x.ts => examples ... balance.ts ... FAILED (12s)``, round 79, 061).
        r"^\s*(\S.{0,150}?) \.\.\. FAILED \(\d+(?:\.\d+)?m?s\)\s*$",
        # Erlang's Common Test: a case of a suite (a ``*_SUITE`` module) that failed, over its
        # ``Reason:`` (ct's ``~w:~tw failed on line ~w~nReason: ~ts``, round 80, 096 and 099),
        # and test_server's summary of a run (``Testing x_SUITE: TEST COMPLETE, 19 ok,
        # 5 failed of 24 test cases``, round 80, 097).
        r"^\s*(\w+_SUITE:\w+) failed(?: on line \d+)?\s*$",
        r"^\s*`?Testing (\S+): TEST COMPLETE, \d+ ok, [1-9]\d* failed\b",
        # Tcl's tcltest: a failed test's heading and closing line (``==== $name $description
        # FAILED``, ``==== $name FAILED``; round 80, 122).
        r"^==== (\S+)(?: [^\n]{0,200}?)? FAILED\s*$",
        # D's unittest blocks: druntime's assertion failure in one (its ``_d_unittest`` hook's
        # message, ``core.exception.AssertError@source/x.d(255): unittest failure``; round 80, 110).
        r"^\s*core\.exception\.AssertError@(\S+?\.d)\(\d+\): unittest failure\s*$",
    )
)
#: A harness's heading of one failing test, without a marker: V8's and Node's testrunner
#: (``=== cctest/test-x/name ===``) or doctest's count of an item's failures after its
#: ``N items had failures:`` (``   1 of   2 in pkg.mod.func``). Weak: another kind must show.
_HARNESS_HEADING = line_pattern(
    _any(
        r"^=== (\w[\w.$-]*(?:/[\w.$-]+)+)(?: \[negative\])?(?: \(flaky\))? ===\s*$",
        r"^\s+[1-9]\d* of\s+\d+ in (\w[\w.]*)\s*$",
        # Their command line of the failing test, after its output (``Command: out/x/cctest
        # test-api/Name --random-seed=1``).
        r"^\s*Command: \S*?\b(?:d8|cctest|unittests|inspector-test|node)(?:\.exe)? (\S+)",
        # Octave's test file with its passed count (``data.cc-tst ...... pass 1234/1248``).
        r"^\s*(\S+-tst) \.{2,}\s*pass \d+/\d+",
        # Roslyn's RunTests: the log of a test assembly that had failures, as soon as it ends
        # (``Test failure log: C:\...\TestResults\Debug\X.UnitTests.dll.5.html``; older
        # ``xUnit output log: ...\xUnitFailure-X.UnitTests.dll.4.log``; round 83, 250).
        r"^\s*Test failure log: \S*?([^\\/\s]+)\.dll\.[\w.]*(?:html|xml|log)\s*$",
        r"^\s*xUnit output log: \S*?xUnitFailure-([^\\/\s]+)\.dll\.[\w.]*log\s*$",
    )
)
#: Test::Unit's (Ruby 1.8, and Minitest 1 and 2 behind Ruby 1.9's ``test/unit``) heading of
#: one failing test, its name as ``test_x(ClassName)``: Test::Unit::Failure#long_display puts
#: ``test_x(ClassTest) [test/x.rb:24]:`` over the message, Error#long_display
#: ``test_x(ClassTest):`` over ``ExceptionClass: message``. The ``Failure:`` / ``Error:`` line
#: above it is often left out of a paste. No marker is on either line: the location, or the
#: exception on the next line, is the shape.
_TESTUNIT_HEADING = line_pattern(
    r"^\s*(test_\w+\((?:[A-Z]\w*::)*[A-Z]\w*\))( \[[^\]\s]+:\d+\])?:\s*$"
)
_RUBY_EXCEPTION = line_pattern(r"^\s*(?:[A-Z]\w*::)*[A-Z]\w*(?:Error|Exception|Failure)\b: \S")
#: The script a Lua interpreter ran, at the bottom of its ``stack traceback:`` (luaL_traceback's
#: ``\t<file>:<line>: in main chunk``), when it is named for tests (``loadtest.lua``,
#: ``test_x.lua``, ``x_spec.lua``): the test file that failed, a name to count with an assertion
#: (held-out round 80, 126: LPegLJ's loadtest.lua, whose assert failed in the library's own
#: ``../src/lpeglj.lua``; the same line in 125, 127, 128 and 131 and round 81, 067).
_LUA_TEST_CHUNK = line_pattern(
    r"^\s+(?:\S*[/\\])?([\w.-]*(?:[Tt]est|spec)[\w.-]*\.lua):\d+: in main chunk\s*$"
)
#: A marker that heads a line, then a name of any shape (``✘ Subscribe anonymous``,
#: Automake's ``FAIL: name``, ``FAIL Set a handler [tests/x.phpt]``, a Jasmine reporter's
#: ``Failed: questions.js can add options.`` over its matcher message), and a failure's numbered
#: header (``1) Failure:``). Weak: a checker may head every line of its output with a cross.
_MARKER_FIRST = line_pattern(
    _any(
        r"^\s*(?:[✗✕×✘❌]|FAIL(?:ED)?:?|Failed:)\s+([A-Za-z_./\"'`][^\n]{0,150})",
        r"^\s*\d+\) ()(?:Failure|FAIL|Failed)\b",
    )
)
#: A runner's list of failures, one a line headed by ``FAIL``: two different names in it
#: are two pieces of evidence (a cross may head every line a checker prints; ``FAIL`` not).
_FAIL_FIRST = line_pattern(r"^\s*FAIL(?:ED)?:?\s+[A-Za-z_./\"'`]")
#: A runner's list of results, one item a line headed by its verdict, perhaps after one
#: upper-case word of the stage (``PASS: name``, ``FAIL: name``, ``SETUP FAIL: name``,
#: ``PASS name [file]``). A failing item with a passing one near it is a named failure,
#: whatever its name looks like: the items that passed show the list is a run of tests.
_PASS_ITEM = line_pattern(r"^\s*(?:[A-Z]+ )?PASS(?:ED)?(?::\s*|\s+)\S")
_FAIL_ITEM = line_pattern(r"^\s*(?:[A-Z]+ )?FAIL(?:ED)?(?::\s*|\s+)(\S[^\n]{0,150})")
#: How far (in lines) a passing item may be from a failing one, the failure's report between.
PASS_TO_FAIL_LINES = 40
_NAMED_OTHER = line_pattern(
    _any(
        _BEFORE + _any(_FAIL_WORD, _WEAK_WORD) + _BEFORE_GAP + f"({_OTHER_NAME}|{_TEST_SHAPED})",
        r"^\s*" + f"({_OTHER_NAME})" + _AFTER_GAP + _FAIL_WORD + _AFTER,
        f"({_TEST_SHAPED})" + _AFTER_GAP + _WEAK_WORD + _AFTER,
    )
)
#: A verdict on a run of tests without a name: ``status: FAIL``, ``Some tests failed``,
#: unittest's ``FAILED (failures=2)``. With an assertion or a name it is evidence; with a
#: tally it is only a summary (a paste that shows no cause).
_VERDICT = line_pattern(
    r"(?i)\bstatus:\s+FAIL(?:ED|URE)?\b|\b(?:some|\d+) tests? (?:have )?failed\b"
    r"|\bFAILED \((?:failures|errors)=[1-9]|^\*\*\*Test Failed\*\*\* [1-9]"
    r"|^\s*--- (?:FAILED|UNEXPECTED PASS) ---\s*$"
)
#: Lines where a marker and a test-like word meet but no test ran, by their structure: a build
#: step's output (Ninja's ``FAILED: x.o``, in capitals only: a Jasmine reporter heads a failed
#: spec ``Failed: name``; Make's recipe, ``BUILD FAILED``), Gradle's task,
#: Maven's goal, a command echoed, a log line at level ERROR naming its logger, a row of a
#: status table (a bot's or a dashboard's summary of jobs, not a runner's output).
_NOT_A_TEST_LINE = line_pattern(
    r"(?i)(?-i:^\s*FAILED: )|\bBU\S?LD FAIL|> Task :|Execution failed for task"
    r"|Failed to execute goal|\|[^|]*\|[^|]*\|[^|]*\||recipe for target|^\s*ERROR [\w.]+:"
    r"|^\s*(?:\$ |bundle exec|rake|npx|yarn|make)\b"
)
#: Words that say what failed was the machine's work, not a test: a download, an install, a
#: command. They are read outside the names of tests and of test files
#: (:data:`_NAME_SPAN`): ``test_push_and_pull`` or ``docker_cli_import_test.go`` is a test.
_NOT_A_TEST_WORDS = line_pattern(
    r"(?i)\bcommand\b"
    r"|\b(?:download|upload|install|fetch|clon|pull|push|resolv|publish|deploy|checkout"
    r"|docker|image|container|registry|artifact|cache|wheel|package|dependenc|requirement"
    r"|permission|credential|token|secret|timed? ?out|no such file|not found|cannot find"
    r"|could not find|connection|network|ssl|certificate|hook|node_modules|site-packages"
    r"|dist-packages|npm (?:err|error)|\bpip\b)\w*"
)
#: The same words, for other recognisers of the project's failures.
MACHINE_WORK = _NOT_A_TEST_WORDS
#: The span of a test's name or of a test file's name (not the folders above it), blanked
#: before :data:`_NOT_A_TEST_WORDS` reads a line.
_NAME_SPAN = line_pattern(
    _any(
        r"[\w.-]+\.[A-Za-z]\w*::\w[\w:.\[\]-]*",
        r"\b\w*[Tt]ests?::\w[\w:]*",
        r"\b[Tt]ests?_\w+(?:\(\w*\))?",
        r"\bTest[A-Z0-9_]\w*(?:[./#]\w+)*",
        r"\b[A-Z]\w*[a-z0-9](?:Tests?|Spec|IT)\b(?:[.#]\w{3,})*",
        r"[\w.-]*[a-z0-9]_(?:tests?|spec)\b[\w.-]*",
        r"[\w.-]+\.(?:test|spec)\.[cm]?[jt]sx?",
        # GNU Autotest's description of its numbered item (``407: Dependency generation 1``).
        r"^\s*\d+: \S.{0,150}?\s+FAILED \([\w./-]+\.at:",
    )
)


def _not_a_test(line: str) -> bool:
    """Whether ``line``, though it holds a failure marker, is no test's: by its structure, or
    by a word of the machine's work outside the names of tests in it."""
    if _NOT_A_TEST_LINE.search(line) is not None:
        return True
    return _NOT_A_TEST_WORDS.search(_NAME_SPAN.sub(" ", line)) is not None


#: A failure whose reason is the machine, not the code: a test that could not reach its
#: service, load a library or finish its harness. With one of these in the text a named
#: failure alone is not enough.
_ENVIRONMENT = (
    r"\b(?:RemoteCommandError|Connection(?:Refused|Reset|Aborted)?Error|ConnectTimeout"
    r"|ReadTimeout|TimeoutError|OperationalError|ImportError|ModuleNotFoundError"
    r"|UnsatisfiedLinkError|NoClassDefFoundError|DllNotFoundException|PermissionError"
    r"|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EADDRINUSE|ENOSPC)\b"
    r"|(?i:connection refused|could not resolve host|no space left on device"
    r"|name or service not known|exception in the (?:test )?harness|test execution was skipped"
    r"|because its extensions are not built)"
)

#: The test process crashed: the catalog's ``user-code/test-process-crashed`` says that
#: better, and a generic "a test failed" would hide the crash.
_CRASH = (
    r"(?i:\bcrash(?:ed|es)?\b|segmentation fault|core dumped|fatal python error"
    r"|access violation)|\bSIG(?:SEGV|ABRT|BUS|ILL)\b"
    # Death by a signal in the exit status (128 + SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV).
    r"|\bexit(?: code| status)?[ =:]*1(?:32|34|35|36|39)\b|\b(?:3221225477|-1073741819)\b"
)

# --- tallies -----------------------------------------------------------------------------

_COUNTED = r"(?:tests?(?:\(s\))?|examples?|specs?|scenarios?|test cases?|testcases?|assertions?)"
_NUMBER_START = r"(?:^|[\s(\[,;:|=>])"
#: A count of failures above zero, in words after or before the number.
_FAILED_COUNT = line_pattern(
    r"(?i)"
    + _any(
        _NUMBER_START + r"[1-9]\d* (?:" + _COUNTED + r" )?(?:failed|failures?|failing)\b",
        r"\b(?:failures|failed|failing|failed tests|tests failed)\s*[:=]\s*[1-9]\d*\b",
    )
)
#: A count that says by itself that tests failed: ``2 tests failed``, ``1 out of 174 tests
#: failed``, lit's ``Failed Tests (18):``.
_FAILED_TESTS = line_pattern(
    r"(?i)"
    + _any(
        _NUMBER_START + r"[1-9]\d* (?:out of \d+ )?" + _COUNTED + r" (?:have )?failed\b",
        r"\b(?:Failing|Failed) Tests \([1-9]\d*\):",
        # Octave's count of failures under its test file (``FAIL    8``).
        r"^\s+FAIL\s+[1-9]\d*\s*$",
    )
)
#: A runner's progress line with a count of failures above zero: V8's and Node's compact
#: progress (``[60:01|%  99|+ 6522|-   2]: Done``), Roslyn's RunTests' count of assemblies.
_HARNESS_TALLY = line_pattern(
    _any(
        r"^\s*\[\d+:\d+\|%\s*\d+\|\+\s*\d+\|-\s*[1-9]\d*\]:",
        # Roslyn's RunTests, its test assemblies in partitions
        # (``30 running,  0 queued, 52 completed,  1 failures``; round 83, 250).
        r"^\s*\d+ running,\s+\d+ queued,\s+\d+ completed,\s+[1-9]\d* failures\s*$",
    )
)
#: What makes a count of failures a tally of tests: the word, or a count of tests passed or
#: run on the same line.
_COUNTS_TESTS = line_pattern(
    r"(?i)\b(?:tests?|examples?|specs?|scenarios?|test cases?|testcases?)\b"
    r"|\d+ pass(?:ed|ing)\b|\bpass(?:ed|ing)\s*[:=]\s*\d|\b(?:run|executed)\s*[:=]\s*\d"
)
#: Another count on the same line: of tests run, passed, skipped.
_OTHER_COUNT = line_pattern(
    r"(?i)"
    + _any(
        _NUMBER_START + r"\d+ (?:" + _COUNTED + r" )?(?:passed|passing|ok|succeeded|successful"
        r"|skipped|pending|ignored|total)\b",
        _NUMBER_START + r"\d+(?:/\d+)? (?:tests?|examples?|specs?|scenarios?|test cases?|runs?)\b",
        r"\b(?:passed|passing|tests run|total tests|tests executed|total|executed|run|skipped"
        r"|ignored|ok|succeeded|assertions|examples)\s*[:=]\s*\d+",
    )
)
#: A runner's progress line: a dot per test passed, ``F`` or ``E`` for one failed or errored
#: (PHPUnit, Minitest, test-unit, RSpec, unittest, nose), perhaps with PHPUnit's count after it
#: (``..F..E....  63 / 164 ( 38%)``). A record of failures without their cause, as a tally is.
_PROGRESS = (
    r"^\s*[.FEsS*]*(?:\.\.[FE]|\.[FE]\.|[FE]\.\.)[.FEsS*]*"
    r"(?:\s+\d+\s*/\s*\d+\s*\(\s*\d+%\))?\s*$"
)
_PROGRESSED = line_pattern(_PROGRESS)
#: Tallies of something else: Ansible's recap, a policy scanner's checks, a linter's files.
_NOT_A_TALLY = line_pattern(
    r"(?i)\bunreachable=|\bchanged=|\bchecks?\b|\bfiles?\b|\bproblems?\b|\bwarnings?\b"
    r"|\bhosts?\b|\bjobs?\b|\bsteps?\b|\bpods?\b|\btasks?\b|\brequests?\b|\bpackages?\b"
    r"|\bresources?\b|\boffen[cs]es?\b|\bvulnerabilit"
)

# --- assertions --------------------------------------------------------------------------

_ASSERTION = (
    r"\bAssert(?:ion)?(?:Error|FailedError|Failure|Exception)\b|\bAssertion (?:failed|error)\b"
    r"|(?i:\bexpected:?\s(?:.{0,200}\s)?but (?:was|got|received|found)\b)"
    r"|\bexpected .{1,200} to (?:equal|be|have|contain|match|include)\b"
    # Jasmine's matcher message, built by MatchersUtil.buildFailureMessage: ``Expected `` and
    # the actual value, ``not`` for a negated matcher, the matcher's name in words and the
    # expected value, ending with a full stop (``Expected 3 to equal 4.``).
    r"|^\s*Expected .{1,200}? (?:not )?to (?:equal|be|have|contain|match|throw)\b.*\.$"
    r"|(?:^\s*|\s-\s)assert(?:_\w+|Equals?|That|True|False)?[ (].{1,200}(?:==|!=| is | in |,)"
    # A CHECK of Chromium's, V8's or glog's (``# Check failed: a == b.``).
    r"|(?:^#?\s*|\] )Check failed: \S"
    r"|\bFailed asserting that\b|\b(?:Failed assertion|[Aa]ssertion failure)\b"
    r"|^\s*Failure/Error: |`assert\w*' failed\b"
    # Lua's assert() without a message of its own: the interpreter prints "assertion failed!"
    # (lauxlib's luaB_assert) after the file and line of the assert (``luajit-2.0.0-beta9:
    # ../src/lpeglj.lua:329: assertion failed!``). Rust's assert! says ``assertion failed: x``.
    r"|\.lua:\d+: assertion failed!\s*$"
)
#: An expected value, and within three lines below it the actual one: a diff of values.
_EXPECTED = r"^\s*(?:[-+]|---)?\s*(?:Expected|expected|EXPECTED)\b"
_ACTUAL = (
    r"^\s*(?:[-+]|\+\+\+)?\s*(?:Actual|actual|ACTUAL|Received|received|Got|got"
    r"|[Bb]ut was|[Bb]ut got)\b"
)
EXPECTED_TO_ACTUAL_LINES = 3

# --- compiler errors ---------------------------------------------------------------------

#: Source files of compiled languages that no compiler class of the catalog knows by their
#: own wording (C, C++, C#, Java, Kotlin, Scala, Swift, Go, Rust, TypeScript and Dart have one,
#: and where it does not answer it has a reason). A script's or a config file's checker is no
#: compiler. WebAssembly's text format (``.wat``, ``.wast``) is assembled by wabt's wat2wasm,
#: which says ``test.wat:6:23: error: undefined function variable "$add"`` (held-out round 79, 180).
_SOURCE_EXT = (
    r"(?:d|di|hs|lhs|ml|mli|nim|zig|f|f90|f95|f03|f08|for|pas|pp|dpr|v|sv|vhd|vhdl|cr|ex|exs"
    r"|erl|hx|vala|cob|cbl|ada|adb|ads|elm|purs|idr|agda|lean|sol|cu|cuh|odin|jai|gleam|roc"
    r"|fut|chpl|pony|sml|fsx|rkt|mojo|carbon|cairo|move|vy|wat|wast)"
)
#: ``path:line[:col]: error[: or CODE]`` or ``path(line[,col]): error CODE``: without its
#: code the second is as often a compiler older or newer than the code (Free Pascal's
#: ``x.pas(140,5) Error: Record type expected``, dmd's ``x.d(314): Error: no property``), but
#: not when it is a static assertion of the code's own failing (dmd's ``x.d(211): Error: static
#: assert  (isOutputRange!(...)) is false``, newer ``static assert:  `...` is false``: the
#: project's compile-time check; held-out round 80, 107).
_COMPILER_ERROR = line_pattern(
    r"(?:^|\s)((?:[A-Za-z]:)?[\w./\\+@~-]*\w\."
    + _SOURCE_EXT
    + r")"
    + _any(
        r":(\d+)(?::\d+)?:\s*(?:fatal )?[Ee]rror\b ?(?::|\s+[A-Z]+\d+\b)",
        r"\((\d+)(?:,\d+)?\):?\s*(?:fatal )?[Ee]rror\b ?:?\s+(?:[A-Z]+\d+\b|static assert\b)",
    )
)
#: The C and C++ compilers of the commercial Unixes, which quote the file and spell out the
#: line: Oracle Developer Studio's (Sun) C++ ``"x.h", line 629: Error: va_list is not defined.``,
#: its C ``"x.c", line 15: syntax error before or at: 'A'``, Fujitsu's and HP's
#: ``"x.c", line 639: error: ...``; their warnings say ``warning:`` and are not read. No
#: compiler class of the catalog knows this form (gcc's and clang's is ``x.c:639:5: error:``).
_QUOTED_FILE_ERROR = line_pattern(
    r'^\s*"((?:[A-Za-z]:)?[^"\s]*\w\.(?:c|cc|cpp|cxx|C|h|hh|hpp|hxx|i))", line (\d+)(?:\.\d+)?:'
    r"\s+(?:[Ee]rror\b|ERROR\b|syntax error\b)"
)
#: A file that is not the project's: a system or SDK header, a package cache, a toolchain,
#: an unpacked release of a package (``name-1.2.3/``).
_NOT_THE_PROJECT = line_pattern(
    r"(?i)(?:^|\s)/usr/|/opt/|site-packages|dist-packages|node_modules|[/\\]\.cargo[/\\]"
    r"|go[/\\]pkg[/\\]mod|[/\\]\.m2[/\\]|[/\\]\.gradle[/\\]|hostedtoolcache|program files"
    r"|xcode[^/\\]*\.app|[/\\]sdks?[/\\]|[/\\]toolchains?[/\\]|[/\\]\.nuget[/\\]"
    r"|[/\\]vendor[/\\]|[/\\]third_party[/\\]|[/\\]external[/\\]|pip-(?:install|req-build)"
    r"|[/\\]\.dub[/\\]packages|\.cache[/\\]zig|[/\\]\.opam|[/\\]\.stack|\.cabal[/\\]packages"
    r"|[/\\][\w.]+-v?\d+\.\d+[\w.+-]*[/\\]|[/\\]\.nimble|[/\\](?:phobos|druntime)[/\\]"
    r"|[/\\]\.conan|[/\\]\.pub-cache[/\\]|[/\\]homebrew[/\\]|[/\\]Cellar[/\\]"
    # Where a package manager or a build system fetches and builds others' code: PlatformIO's
    # and the Arduino IDE's library and package folders, PECL's build folder (``pecl install``
    # compiles under /tmp/pear/temp), rustup's toolchains, CMake FetchContent's ``_deps``,
    # CocoaPods' ``Pods``, RubyGems' ``.gem``, OpenWrt's ``build_dir/<target>``, CMake's
    # try_compile scratch folders and the Nix store (in their own case: a project's ``pods/``
    # is its own).
    r"|(?-i:(?:^|[\s/\\(:\"'`>])(?:\.platformio[/\\](?:lib|packages|platforms)|\.pio[/\\]libdeps"
    r"|\.arduino15[/\\]packages|pear[/\\](?:temp|download)|\.rustup|_deps|Pods|\.gem"
    r"|build_dir[/\\](?:target|host|toolchain)-[\w.+-]+|CMakeTmp|CMakeScratch|nix[/\\]store)[/\\])"
    # A missing header or module is an installation matter, not this code.
    r"|no such file or directory|file not found|cannot open (?:source|include) file"
)


def is_not_the_projects(path: str) -> bool:
    """Whether ``path`` is a file the project does not own (a system or SDK header, a package
    cache, a toolchain, an unpacked release of a package), by the recogniser's own test."""
    return _NOT_THE_PROJECT.search(f" {path}") is not None


#: The lines worth reading: a marker, an assertion, an expected or actual value, a machine's
#: reason. The others hold no evidence of any kind.
_CANDIDATE = line_pattern(
    _any(
        _MARKER,
        _ASSERTION,
        _EXPECTED,
        _ACTUAL,
        _ENVIRONMENT,
        _CRASH,
        _PASS_ITEM.pattern,
        _PROGRESS,
        _HARNESS_HEADING.pattern,
        _HARNESS_TALLY.pattern,
        _TESTUNIT_HEADING.pattern,
        _LUA_TEST_CHUNK.pattern,
    )
)
_MARKED = line_pattern(_MARKER)
_ASSERTED = line_pattern(_ASSERTION)
_EXPECTED_LINE = line_pattern(_EXPECTED)
_ACTUAL_LINE = line_pattern(_ACTUAL)
_MACHINE = line_pattern(_ENVIRONMENT)
_CRASHED = line_pattern(_CRASH)
#: The same reasons of the machine's and crashes, for other recognisers of the project's failures.
MACHINE_REASON = _MACHINE
CRASHED = _CRASHED


@dataclass(frozen=True)
class SuiteFailure:
    """What the recogniser saw: the class it says, its decisive line, what failed."""

    entry_id: str
    #: Index (0-based) of the line of the text that decided it.
    line_index: int
    line: str
    #: The failing tests' names, or the ``file:line`` of the compiler's errors.
    names: tuple[str, ...]


@dataclass
class _Evidence:
    """The last line (index) of each kind of evidence seen, -1 for none."""

    #: A test-shaped name with a failure marker, or a form whose words say a test failed.
    test_named: int = -1
    #: Any other name next to a marker.
    other_named: int = -1
    #: How many different names lines headed by ``FAIL`` gave.
    fail_first_names: int = 0
    tally: int = -1
    assertion: int = -1
    verdict: int = -1
    #: Whether a reason of the machine's shows anywhere (:data:`_ENVIRONMENT`).
    environment: bool = False
    #: Whether the test process crashed (:data:`_CRASH`).
    crashed: bool = False

    def decisive(self) -> int | None:
        """The line that decides, when the evidence is enough: one strong piece, or two
        kinds; none when the test process crashed."""
        if self.crashed:
            return None
        if self.test_named >= 0 and not self.environment:
            return self.test_named
        named = max(self.test_named, self.other_named)
        kinds = sum(index >= 0 for index in (named, self.tally, self.assertion))
        if kinds >= 2 or self.fail_first_names >= 2:
            return named if named >= 0 else self.tally
        if self.verdict >= 0 and (self.assertion >= 0 or named >= 0):
            return named if named >= 0 else self.verdict
        return None


def _first_group(found: re2._Match) -> str:
    return next((group for group in found.groups() if group), "")


def _is_tally(line: str) -> bool:
    """Whether ``line`` counts failed tests, above zero, among other counts."""
    if _NOT_A_TALLY.search(line) is not None:
        return False
    if _FAILED_TESTS.search(line) is not None:
        return True
    if _FAILED_COUNT.search(line) is None:
        return False
    return _COUNTS_TESTS.search(line) is not None or _OTHER_COUNT.search(line) is not None


def _add_name(names: dict[str, None], name: str) -> bool:
    """Add ``name`` (trimmed) to ``names``; whether it is a new one. A closing parenthesis
    that closes one of the name's own stays (``test_x(TestClass)``)."""
    name = name.strip(" \t:.-'\"`()[]")
    if name.count("(") > name.count(")"):
        name += ")"
    name = name[:MAX_NAME_CHARS]
    if not name or name in names or len(names) >= MAX_NAMES:
        return False
    names[name] = None
    return True


def _passed_near(ascending: list[int], index: int) -> bool:
    """Whether a passing item of ``ascending`` (line indices, in order) lies within
    :data:`PASS_TO_FAIL_LINES` of line ``index``."""
    at = bisect.bisect_left(ascending, index - PASS_TO_FAIL_LINES)
    return at < len(ascending) and ascending[at] <= index + PASS_TO_FAIL_LINES


def recognise_suite_failure(lines: Sequence[str]) -> SuiteFailure | None:
    """``user-code/test-suite-failure`` or ``user-code/compile-error`` when the cleaned
    ``lines`` show that shape, with the failing tests' names; ``None`` otherwise.

    Lines are read from the last (a runner's summary ends a log), at most
    ``MAX_CANDIDATE_LINES`` of those worth reading."""
    evidence = _Evidence()
    names: dict[str, None] = {}
    other_names: dict[str, None] = {}
    compile_errors: dict[str, None] = {}
    compile_line = -1
    actual_at = -1
    candidates = 0
    #: Lines of passing items (descending), and failing items with their names.
    passed: list[int] = []
    failed: list[tuple[int, str]] = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _CANDIDATE.search(line) is None:
            continue
        if _PASS_ITEM.search(line) is not None:
            if len(passed) < MAX_CANDIDATE_LINES:
                passed.append(index)
            continue
        candidates += 1
        if candidates > MAX_CANDIDATE_LINES:
            break
        if _ACTUAL_LINE.search(line) is not None:
            actual_at = index
        elif (
            0 < actual_at - index <= EXPECTED_TO_ACTUAL_LINES
            and _EXPECTED_LINE.search(line) is not None
        ):
            evidence.assertion = max(evidence.assertion, index)
        machine = _MACHINE.search(line) is not None
        evidence.environment = evidence.environment or machine
        # An assertion on the machine's error (``Expected nil, but got: ... connection
        # refused``) says what the environment did, not what the code did.
        if not machine and _ASSERTED.search(line) is not None:
            evidence.assertion = max(evidence.assertion, index)
        if not evidence.crashed and _CRASHED.search(line) is not None:
            evidence.crashed = True
        if _PROGRESSED.search(line) is not None:
            evidence.tally = max(evidence.tally, index)
            continue
        if _HARNESS_TALLY.search(line) is not None:
            evidence.tally = max(evidence.tally, index)
            continue
        testunit = _TESTUNIT_HEADING.search(line)
        if testunit is not None:
            after = lines[index + 1] if index + 1 < len(lines) else ""
            raised = _RUBY_EXCEPTION.search(after) is not None
            if testunit.group(2) or (raised and _MACHINE.search(after) is None):
                evidence.test_named = max(evidence.test_named, index)
                _add_name(names, testunit.group(1))
            continue
        chunk = _LUA_TEST_CHUNK.search(line)
        if chunk is not None:
            evidence.other_named = max(evidence.other_named, index)
            _add_name(other_names, chunk.group(1))
            continue
        heading = _HARNESS_HEADING.search(line)
        if heading is not None:
            evidence.other_named = max(evidence.other_named, index)
            _add_name(other_names, _first_group(heading))
            continue
        if _MARKED.search(line) is None:
            continue
        compiled = _COMPILER_ERROR.search(line)
        if compiled is not None:
            if _NOT_THE_PROJECT.search(line) is None:
                compile_line = max(compile_line, index)
                number = compiled.group(2) or compiled.group(3)
                _add_name(compile_errors, f"{compiled.group(1)}:{number}")
            continue
        quoted = _QUOTED_FILE_ERROR.search(line)
        if quoted is not None:
            if not is_not_the_projects(quoted.group(1)):
                compile_line = max(compile_line, index)
                _add_name(compile_errors, f"{quoted.group(1)}:{quoted.group(2)}")
            continue
        if _not_a_test(line):
            continue
        if _is_tally(line):
            evidence.tally = max(evidence.tally, index)
        if _VERDICT.search(line) is not None:
            evidence.verdict = max(evidence.verdict, index)
        named = _NAMED_TEST.search(line) or _NAMED_BY_WORDS.search(line)
        if named is not None:
            evidence.test_named = max(evidence.test_named, index)
            _add_name(names, _first_group(named))
            continue
        item = _FAIL_ITEM.search(line)
        if item is not None:
            failed.append((index, item.group(1)))
        other = _MARKER_FIRST.search(line) or _NAMED_OTHER.search(line)
        if other is not None:
            evidence.other_named = max(evidence.other_named, index)
            added = _add_name(other_names, _first_group(other))
            if added and _FAIL_FIRST.search(line) is not None:
                evidence.fail_first_names += 1
    passed.reverse()
    for index, name in failed:
        if _passed_near(passed, index):
            evidence.test_named = max(evidence.test_named, index)
            _add_name(names, name)
    decisive = evidence.decisive()
    if decisive is not None:
        line = lines[decisive]
        return SuiteFailure(
            TEST_SUITE_FAILURE, decisive, line, tuple(reversed(names or other_names))
        )
    if compile_line >= 0:
        line = lines[compile_line]
        return SuiteFailure(COMPILE_ERROR, compile_line, line, tuple(reversed(compile_errors)))
    return None
