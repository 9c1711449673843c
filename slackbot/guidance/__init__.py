"""Pastes that show no cause: wrapper lines, generic failure notices, logs cut too early.

A paste that shows only ``Process completed with exit code 1`` (or ``ERROR: Job failed``,
``npm ERR! code ELIFECYCLE``, ``Deploy failed``, ``** BUILD FAILED **``…), or a log cut
before its error, cannot be diagnosed: the cause is elsewhere in the log. :func:`find_guidance`
recognises such a paste and the system it comes from, so the answer can say where that
system keeps the full log and what to paste instead.

Every pattern is RE2 and runs on cleaned lines (timestamps and ``##[error]`` prefixes
already stripped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import re2

from slackbot.guidance._options import _OPTIONS as _OPTIONS
from slackbot.guidance.causes import (
    _CAUSE_WORDS,
    _FAILED_TO_PRODUCE,
    _NOT_A_CAUSE,
    _ZERO_COUNT,
    _names_a_cause,
)
from slackbot.guidance.lines import (
    _CI_LOG_MARK,
    _CLEO_FRAME,
    _CLEO_SOURCE,
    _COMPILER_DIAGNOSTIC,
    _ERROR_MARK,
    _EXCEPTION_LINE,
    _LOG_LINE,
    _PYTEST_LOCATION,
    _PYTEST_SEPARATOR,
    _PYTHON_FRAME,
    _QUOTE,
    _SOURCE_LINE,
    _STEP_INPUT,
    _STEP_TIME_AND_MARK,
    _WARNING_MARK,
)
from slackbot.guidance.lines import _LINE_PREFIXES as _LINE_PREFIXES
from slackbot.guidance.lines import _without_line_prefix as _without_line_prefix
from slackbot.guidance.systems import LOG_PLACES as LOG_PLACES
from slackbot.guidance.systems import SHARED, SHARED_BY, _system_of
from slackbot.guidance.systems import SYSTEM_CUES as SYSTEM_CUES
from slackbot.guidance.wrappers import NOTICE as NOTICE
from slackbot.guidance.wrappers import WRAPPERS as WRAPPERS
from slackbot.guidance.wrappers import _wrappers as _wrappers
from slackbot.guidance.wrappers import load_wrapper_words as load_wrapper_words

#: How many log-like lines make a message a log even with no failure line in it.
LOG_LINES_FOR_A_LOG = 3
#: Lines with no error word at all that make a paste a log cut before its failure.
_CUT_LOG_LINES = 4
#: Lines, configuration or code among them, none naming a cause, that make a paste a record or
#: a log cut before its failure.
_LONG_DUMP_LINES = 9
#: Four words of prose in a row ("is only applicable to members", "Must not run with sudo"): a
#: line that holds them says something in words, and may name a cause that no word here knows.
_PROSE = re2.compile(
    r"(?:^|\s)(?:[A-Za-z][a-z]+[,.;:!?]?|[aI])(?:\s+(?:[A-Za-z][a-z]+[,.;:!?]?|[aI])){3}(?:\s|$)",
    _OPTIONS,
)
#: How long a part of another line must be to be taken for that line, repeated and cut, and
#: how many lines away that line may be (a window, so that a paste of many such parts is still
#: read in linear time).
_REPEATED_PART = 20
_REPEAT_WINDOW = 20


#: The marks people quote a whole line in: Markdown's backtick, and the acute accent that some
#: keyboards give for it.
_QUOTES = '"`\u00b4'
#: The marks of a quote, a code span or italics that a paste of several lines opens on its first
#: line and closes on its last.
_SPAN_MARKS = '"`_*\u201c\u201d'
#: Markdown's list markers, before a wrapper line a person lists.
_LIST_MARKERS = ("- ", "* ", "+ ")
#: The headers of CMake's warning blocks, whose paragraphs are indented below them.
_CMAKE_WARNINGS = ("CMake Warning", "CMake Deprecation Warning")
#: CMake's checks of the platform: a header or function that is not there is a feature the
#: project may do without (round 46).
_CMAKE_CHECK = re2.compile(
    r"^-- (?:Looking for|Performing Test|Check(?:ing)? (?:for|if|whether)) [^\n]* - "
    r"(?:not found|Failed|no)$",
    _OPTIONS,
)

#: What Gradle prints on its first run of a new version, over a list of features.
_GRADLE_HIGHLIGHTS = "Here are the highlights of this release:"
#: BuildKit's heading over its build checks' warnings (https://docs.docker.com/build/checks/):
#: a build that passed shows them too.
_BUILD_CHECKS = re2.compile(r"^\d+ warnings? found \(use docker --debug to expand\):$", _OPTIONS)
#: The heading CMake prints over a script's message(FATAL_ERROR) or message(SEND_ERROR).
_CMAKE_MESSAGE = re2.compile(r"^CMake Error at \S+ \(message\):$", _OPTIONS)
#: The runner's timestamp (GitHub's, Azure's) inside a line, after a space: a log pasted where
#: its line breaks were lost (an issue form's one-line field).
_INLINE_RUNNER_TIME = re2.compile(r" \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z ", _OPTIONS)
#: How many of them make a line a flattened log rather than a line that quotes a time.
_FLATTENED_TIMES = 3


def _unflattened(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """``lines`` with each line that holds several of the runner's timestamps split at each of
    them (the timestamp cut, as cleaning cuts it), so a log pasted without its line breaks is
    read line by line (round 71's 176: a job's set-up lines on one line); with, for each line
    returned, the index of the line it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        # Each timestamp ends in "Z ": a line with fewer cannot hold enough (no search).
        if line.count("Z ") < _FLATTENED_TIMES:
            out.append(line)
            origin.append(index)
            continue
        spans = [found.span() for found in _INLINE_RUNNER_TIME.finditer(line)]
        if len(spans) < _FLATTENED_TIMES:
            out.append(line)
            origin.append(index)
            continue
        begin = 0
        for start, end in spans:  # each line without its timestamp, as cleaning leaves a line
            out.append(line[begin:start])
            origin.append(index)
            begin = end
        out.append(line[begin:])
        origin.append(index)
    return out, origin


_GRADLE_WORKER = ("A failure occurred while executing ", "> A failure occurred while executing ")

#: Words that label a line as an error without saying which (``Error:``, ``[ERROR]``).
#: Not a field that holds the cause (goreleaser's ``⨯ release failed  error=...``).
_LABELS = re2.compile(r"(?i)\b(?:error|failure|fatal|runtimeerror)\b(?::|[^=]|$)", _OPTIONS)


#: A failure notice in general words only ("This job failed", "BUILD FAILED", "Tests failed.",
#: "The operation was canceled"): it says that something failed, not what. Any other word (a
#: tool, a file, a reason) makes the line a cause.
_FAILURE_WORD = re2.compile(
    r"(?i)^(?:failed|fails?|failing|failure|failures|errors?|errored|crashed|aborted|cancell?ed|"
    r"broken?)$",
    _OPTIONS,
)
_GENERAL_WORD = re2.compile(
    r"(?i)^(?:the|this|that|a|an|has|have|had|was|were|is|are|been|be|with|in|after|due|to|of|"
    r"you|your|our|it|its|and|or|for|on|at|all|some|something|one|another|other|now|again|still|"
    r"just|ci|"
    r"builds?|building|jobs?|steps?|tasks?|runs?|pipelines?|stages?|workflows?|checks?|"
    r"deploy(?:ment|s)?|command|script|process|compil(?:ation|e)|operation|tests?|testing|"
    r"execution|release|publish|converge|rollout|status|results?|suite|action|phase|state|"
    r"start(?:ed)?|during|attempts?|attempting|retrying|containers?|\d+(?:\.\d+)?%?|m?s|min|"
    # counts and retries ("THERE ARE ERRORS", "2 errors generated.", "failed 5 times and
    # won't be retried")
    r"there|generated|times|retried|won|t|"
    # what a notice says is missing ("test fail without any output")
    r"without|any|output|messages?|reason|details?|information|"
    # a tally of tests or checks that counts failures, not which ("3383 passed, 5 failed, 0
    # skipped, 3388 total.", "9 successful, 1 failing, and 1 skipped checks": round 66's 069,
    # 112)
    r"passed|skipped|total|successful|"
    # GitHub's checks summary under a pull request ("1 errored, 1 failing, 75 in progress, and
    # 642 successful checks", "1 failing, 2 pending, 3 neutral checks": round 22's 069)
    r"pending|progress|neutral|"
    # the thing a hosting dashboard built or deployed ("Project had an error" under a failed
    # deploy: round 77's 190)
    r"projects?)$",
    _OPTIONS,
)
#: Python's engine: RE2's findall decodes each match's offsets in Python, 80 µs a line. The
#: pattern cannot backtrack (a word or a number, each a run of one class), and ``[0-9]`` is
#: RE2's ``\d``.
_NOTICE_WORD = re.compile(r"[A-Za-z]+|[0-9]+(?:\.[0-9]+)?%?")
_NOTICE_WORDS = 10
_SENTENCE_WORDS = 30
_SENTENCE_MIN_WORDS = 4
_NOT_IN_A_SENTENCE = frozenset("'\"`[](){}<>=*")
#: The quotes a person puts around a line they copy: backticks, straight double quotes, or
#: the curly ones a rich text editor types.
_QUOTE_MARKS = ("`", '"', "\u201c")
#: What a line needs to hold a wrapper in a person's sentence: a quote, or a colon before it.
_SENTENCE_MARKS = (*_QUOTE_MARKS, ": ")
#: Longer than this, a line is a sentence or a log line, not a notice (nor quotes one).
_NOTICE_LINE = 300
_FAILURE_STEMS = ("fail", "error", "crash", "abort", "cancel", "broke")
_QUOTED = re2.compile(r'["\x{201c}]([^"\x{201d}\n]{1,80})["\x{201d}]', _OPTIONS)
_BACKTICKED = re2.compile(r"`([^`\n]{3,300})`", _OPTIONS)


#: A status cell of a table: a Slack or GitHub emoji code (":x:", ":heavy_check_mark:").
_EMOJI_CODE = re2.compile(r":[a-z0-9_+-]{1,40}:", _OPTIONS)
#: A status cell's words for a stage that did not fail (or has not run).
_NOT_FAILED_STATUS = frozenset(
    [
        "pending",
        "complete",
        "completed",
        "success",
        "successful",
        "succeeded",
        "passed",
        "pass",
        "ok",
        "done",
        "skipped",
        "queued",
        "waiting",
        "running",
        "n",
        "a",
    ]
)
_ROW_FAILED, _ROW_NOT_FAILED = "failed", "not failed"


def _status_row(line: str) -> str:
    """What a row of a status table says (cells split on "|"): ``failed`` when one cell is only
    a failure status ("failed", "❌ failed", "Failed") and no other names a cause (a stage's
    name, its duration, an emoji: a pipeline bot's or a release bot's progress table, round 40's
    224, 43's 200, 51's 090); ``not failed`` when a cell is only another status ("✅ complete",
    "⬜ pending", "n/a") and none a failure: that row's other cells describe a stage that did
    not fail; else empty (a row that names its failure, or no status at all)."""
    cells = [cell.strip() for cell in line.split("|")]
    cells = [cell for cell in cells if cell and cell.strip("-: ")]
    if len(cells) < 2 or len(cells) > _NOTICE_WORDS:
        return ""
    failed = done = 0
    others: list[str] = []
    for cell in cells:
        words = _NOTICE_WORD.findall(_EMOJI_CODE.sub(" ", cell)) if len(cell) < 40 else []
        if words and len(words) <= 2 and all(_FAILURE_WORD.match(w) for w in words):
            failed += 1
        elif words and len(words) <= 2 and all(w.lower() in _NOT_FAILED_STATUS for w in words):
            done += 1
        else:
            others.append(cell)
    if failed == 1 and not any(_names_a_cause(_LABELS.sub(" ", cell)) for cell in others):
        return _ROW_FAILED
    return _ROW_NOT_FAILED if done and not failed else ""


#: Columns a listing aligns with two spaces or more, or a tab, between a line's words.
_COLUMN_GAP = re2.compile(r"\S(?: {2,}|\t)\S", _OPTIONS)
_COLUMN_SPLIT = re2.compile(r" {2,}|\t", _OPTIONS)


def _aligned_cells(row: str) -> str:
    """A listing's row whose columns are aligned with spaces or tabs (``gh run list``'s, a
    merge gate's summary: a job's name, its status, its steps), as cells between "|"; empty
    when the line has no such columns."""
    row = row.strip()
    if len(row) > _NOTICE_LINE or _COLUMN_GAP.search(row) is None:
        return ""
    cells = _COLUMN_SPLIT.split(row)
    if cells[0].strip("[]:!|> ").lower() in _LEVEL_COLUMN:
        return ""  # a log's level in its first column ("ERROR:  extension ... is not available")
    if cells[0] in _TEST_STATUS_CELLS:
        return ""  # a test runner's status before the test it failed (" FAIL  src/App.test.js")
    if any(cell.count(" ") >= _CELL_WORDS for cell in cells):
        return ""  # a message in a column ("ERROR     'script' requires a list of commands")
    return "|".join(cells)


_TEST_STATUS_CELLS = frozenset(["FAIL", "PASS", "ERROR"])
#: The most words a listing's cell holds: more are a message.
_CELL_WORDS = 6


def _passed(cells: str) -> bool:
    """Whether a listing's row (cells between "|") has a status column that did not fail: its
    other columns name things, whatever their words ("ok  \terrors\t0.008s": go test's package
    named errors)."""
    return bool(cells) and any(c.strip().lower() in _NOT_FAILED_STATUS for c in cells.split("|"))


#: The level a logger prints in a line's first column, its message after it: no status.
_LEVEL_COLUMN = frozenset(["error", "err", "errors", "fatal", "severe", "crit", "critical"])


def is_bare_failure_notice(line: str) -> bool:
    """Whether ``line`` only says, in general words, that something failed, or quotes such a
    notice as all there was to see ('there is no error message, only "BUILD FAILED"'), maybe
    pointing to the log after it (:data:`_POINTS_TO_THE_LOG`)."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not any(stem in lowered for stem in _FAILURE_STEMS):
        return False  # most lines of a long log: no regex for them
    if "log" in lowered or "output" in lowered or "console" in lowered:
        pointer = _POINTS_TO_THE_LOG.search(line)
        if pointer is not None and pointer.start() > 0:
            line = line[: pointer.start()]
    if "0" in line:  # a tally whose failures are all zero ("Failed: 0.") says nothing failed
        line = _ZERO_COUNT.sub(" ", line)
        if not any(stem in line.lower() for stem in _FAILURE_STEMS):
            return False
    quoted = _QUOTED.findall(line) if '"' in line else []
    # A quote that ends at an escaped quote (\") is cut from a longer string (a Rust panic's
    # message quoting a command, "failed to run `\"pkg-config\" ...`: no such file or
    # directory": round 66's 150).
    if any(" " in q.strip() and not q.endswith("\\") and _is_notice(q) for q in quoted):
        return True
    if _is_notice(line):
        return True
    unnamed = _without_names(line)
    if ": " in unnamed:  # the program's or a logger's tag before its notice ("Serverless: ")
        tag = _TAG.match(unnamed)
        if tag is not None and not _is_a_level(tag.group(1)):
            unnamed = unnamed[tag.end() :]
    # A test runner's status before the test it failed ("FAIL src/app.test.tsx") names that
    # test, unless the line also says the build failed (go test's "FAIL pkg [build failed]").
    if (
        unnamed.startswith(_TEST_STATUS)
        and line.startswith(_TEST_STATUS)
        and sum(1 for word in _NOTICE_WORD.findall(unnamed) if _FAILURE_WORD.match(word)) < 2
    ):
        return False
    return _is_notice(unnamed)


#: A notice's last words that only point to the log ("Deploy failed or was aborted. @x, please
#: check the logs [here](...)", "There was an error. Please check your error logs.",
#: "Compilation failed; see the compiler error output for details."; rounds 21, 49, 72): the
#: log holds the cause, the line names none. Whatever else follows the log's name is judged.
_POINTS_TO_THE_LOG = re2.compile(
    r"(?i)(?:[.;,:!\x{ff1a}]|\s-)\s*(?:@[\w-]+,?\s+)?(?:please\s+)?"
    r"(?:check|see|view|consult|look at|refer to|read)\s+(?:(?:the|your|its|full)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:logs?|log files?|log stream|output|console(?: output)?)"
    r"(?:\s+(?:for (?:the )?(?:more )?(?:details?|detailed reason|information|error messages?)|"
    r"above|below|here)|\s*\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)|"
    r"\s*\((?:or\s+)?\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)\)|\s+https?://\S+)*\s*[.:!]?\s*$",
    _OPTIONS,
)

#: How a test runner's line about one test (file, package) starts.
_TEST_STATUS = ("FAIL", "ERROR ", "PASS")


#: What names a thing in a failure notice and says nothing of why it failed: a URL, a Markdown
#: link's target, a command or a name in a code span or GNU's `quotes', a path, a version, a
#: commit, a build's number, a date or a time ("ERROR: `make' failed", "ERROR:
#: package/feeds/packages/php7 failed to build.", "**audit** 20260907T000207 **FAILED**";
#: rounds 24, 36, 53, 70). Not a name in words, nor a dotted name (a Java exception's class).
_NAMED_SPAN = re2.compile(r"\S+://\S+|\]\([^)\s]{0,300}\)|`[^`'\s]{1,120}[`']", _OPTIONS)
_NAMED_TOKEN = re2.compile(
    r"#?\d[\d.:/T+-]*Z?|[0-9a-f]{7,40}|[^\s\"'`]*[/\\][^\s\"'`]*|"
    r"[A-Za-z]+\d[\w.-]*",
    _OPTIONS,
)
#: Gradle's task path in a project ("Task :app:compileJava FAILED"): the task's name, no word.
#: (One segment alone, ":error", may be an Erlang atom.)
_TASK_PATH = re2.compile(r"(?::[\w-]+){2,}", _OPTIONS)
#: Markdown's emphasis around a status ("**FAILED (exit 1)**", "~~build~~").
_EMPHASIS = re2.compile(r"\*\*|__|~~", _OPTIONS)


def _without_names(line: str) -> str:
    """``line`` without the things it names (:data:`_NAMED_SPAN`, :data:`_NAMED_TOKEN`) and
    Markdown's emphasis."""
    if "**" in line or "__" in line or "~~" in line:
        line = _EMPHASIS.sub(" ", line)
    if "://" in line or "](" in line or "`" in line:
        line = _NAMED_SPAN.sub(" ", line)
    kept = []
    for token in line.split():
        if token[0] == ":" and _TASK_PATH.fullmatch(token.rstrip(".,;!")) is not None:
            continue
        name = token.strip(".,;:!()[]")
        if not name or _NAMED_TOKEN.fullmatch(name) is None or _SOURCE_PLACE.search(name):
            kept.append(token)
    return " ".join(kept)


#: A one-word tag before a line's message: the program or the logger that printed it
#: ("Serverless: Failed to deploy...", "withAzureCredentials: error ..."; first misses of rounds
#: 44 and 56). In letters only: a file's name before its status ("node-v20.tar.gz: FAILED") is
#: what failed.
_TAG = re2.compile(r"^([A-Za-z][A-Za-z_-]{1,40}): ", _OPTIONS)
#: A log level's label, which says what the line is (a warning is no notice), is no tag; nor is
#: a notice's own label ("Error:"), judged with the rest.
_LEVELS = frozenset(["warning", "warn", "info", "note", "notice", "debug", "hint", "trace"])


def _is_a_level(tag: str) -> bool:
    """Whether ``tag`` is a log level's label or a failure word ("warning", "Error"), which say
    what the line is, not who printed it."""
    return tag.lower() in _LEVELS or _FAILURE_WORD.match(tag) is not None


#: A path with a line number: where the failure was raised, in the code (a cause's place).
_SOURCE_PLACE = re2.compile(r"[/\\][^/\\]*:\d+(?::\d+)?$", _OPTIONS)


#: A person's words that the failure's message, or the page it is on, shows no detail ("but does
#: not say which test(s) failed", "There is no other information about the error.", "is not
#: really valuable message", "but I can't see the details", "but no explanation, no error code";
#: rounds 18, 21, 26, 39, 69).
_NO_DETAIL = re2.compile(
    r"(?i)\b(?:(?:does not|doesn't|did not|didn't|do not|don't) (?:say|tell|show|give|print|"
    r"log|output|provide|explain) (?:me |us |you )?(?:which|what|why|where|anything|any|more|"
    r"much)|no (?:other|more|further|additional|useful|helpful|meaningful) (?:information|info|"
    r"details?|explanation|error|output|clue)|no (?:explanation|details|clue|indication)|"
    r"is not (?:really )?(?:a )?(?:very )?(?:helpful|useful|valuable|descriptive|informative)|"
    r"(?:can't|cannot|can not|couldn't|could not) see (?:the |any )?(?:details?|logs?|error)|"
    r"un-?(?:descriptive|informative|helpful))\b",
    _OPTIONS,
)


#: A step's line that ends in its status, failed, and its time: a tool's progress on one
#: step ("  - Installing cryptography (3.4.5): Failed", "Solving environment (_test_env):
#: ...working... failed", "myproject: Releasing Application: FAIL ❌ (0.5042s)", "Building and
#: testing Time-Moment-0.31 ... FAIL": Poetry, conda, a release tool, cpanm; rounds 34, 52, 70).
_FAILED_STEP = re2.compile(
    r"(?i)^([^\n]{1,160}?)(?::|\.\.\.|\x{2026}) *(?:\.\.\.)?(?:[\w ]{1,20}\.\.\. )?"
    r"(?:failed|fail|failure|errored)[^\w\n]{0,8}(?:[(\[] *\d+(?:\.\d+)? *m?s(?:ec)? *[)\]])?\W*$",
    _OPTIONS,
)


def _is_a_failed_steps_status(line: str) -> bool:
    """Whether ``line`` is a tool's status of one step in progress that failed, the step named
    in words that name no cause (:data:`_FAILED_STEP`): the step's own output, or the tool's
    summary, says why."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not ("fail" in lowered or "error" in lowered):
        return False
    found = _FAILED_STEP.match(line)
    if found is None:
        return False
    step = found.group(1)
    doing = next((w.lower() for w in _NOTICE_WORD.findall(step) if w.lower().endswith("ing")), "")
    # A step in progress ("Installing", "Solving"), not a check or a test whose failure is what
    # it found ("Checking 'working-make'... failed.", "6.11.2 sunos x64: fail"; rounds 62, 66).
    if not doing or doing in _CHECKS_AND_TESTS:
        return False
    return not _names_a_cause(step)


_CHECKS_AND_TESTS = frozenset(
    ["checking", "testing", "verifying", "validating", "linting", "running", "asserting"]
)


#: A command's exit status 1 or 2 closing a line, all the line says of why it failed: "...
#: returned exit code 2", "failed: exit status 1", "(exit code 1)", "exited with code '1'.",
#: "failed with return code: 1", make's "*** [target] Error 2". 1 and 2 are what a command
#: exits with for any failure (2 also make's own when a recipe failed), so whatever command,
#: step or target the line names before it, the reason is in that command's own output (first
#: misses of rounds 45 to 71: dh_auto_build, make, NuGet, Maven's release plugin, Go's os/exec,
#: BIOCONDA's runner). Any other code says something of its own (126, 127, 128 and up: not
#: executable, not found, a signal; pytest's 5, an installer's 5003, a linker's 1120), and an
#: HTTP status ("returned 403") is a server's answer.
_EXIT_STATUS_END = re2.compile(
    r"(?i)(?:\b(?:exit|return)(?:ed)?(?: with)?(?: (?:exit|return|error))?"
    r"(?: code| status| value)?|\breturn ?code|\] Error) ?:? ?['\"]?[12]['\"]?[)\]'\"`*.!\s]*$",
    _OPTIONS,
)
#: The words that only say a command failed, cut before judging what else the line says.
_FAILED_WORDS = re2.compile(
    r"(?i)\b(?:failed|fails?|failure|errors?|errored|aborted|fatal|unsuccessful)\b", _OPTIONS
)


def _reports_only_an_exit_status(line: str) -> bool:
    """Whether ``line`` says only that a command (named in any words) exited with status 1 or
    2: it ends in the status (:data:`_EXIT_STATUS_END`), and names no cause once the words that
    say it failed are cut. A tool's reason for failing ("failed to connect", "cannot find")
    is a cause, and so is a test runner's status before the test it failed ("FAIL
    tls.sh (exit status: 1)"). A line that names no cause for another reason (a warning, a
    command's echo) is no notice either."""
    if len(line) > _NOTICE_LINE or not any(mark in line for mark in _STATUS_MARKS):
        return False
    if line.startswith(_TEST_STATUS):
        return False
    found = _EXIT_STATUS_END.search(line)
    # a warning's, a command's echo, a log line below error: no notice
    if found is None or _NOT_A_CAUSE.search(line) is not None:
        return False
    if any(head in line[: found.start()].lower() for head in _TOOL_MESSAGE_HEADS):
        return False
    return not _names_a_cause(_FAILED_WORDS.sub(" ", line))


#: What a line that closes in an exit status holds (a cheap test before the pattern).
_STATUS_MARKS = ("xit", "XIT", "eturn", "ETURN", "] Error")
#: The most lines a paste may hold for an exit status in it to say all it shows: the status
#: with little else is what the person chose to quote, or a log cut just above it. In a longer
#: excerpt the command's output stands above its status, and may show the cause in forms no
#: rule here reads (a diff from a formatter, a list of unformatted files, a packer step's
#: upload: rounds 26, 51, 66, 69).
_STATUS_ONLY_LINES = 5


def _has_at_most_filled(lines: Sequence[str], limit: int) -> bool:
    """Whether at most ``limit`` of ``lines`` hold more than white space (stops past it)."""
    filled = 0
    for line in lines:
        if line.strip():
            filled += 1
            if filled > limit:
                return False
    return True


def _says_it_shows_no_detail(line: str) -> bool:
    """Whether ``line`` is a person's sentence that says the failure shows no detail: what it
    quotes is all there was to see, not a cause (:data:`_NO_DETAIL`). It speaks of a failure
    or its message. Gradle's "(no error message)" after an exception's class is the tool's, and
    the class is the cause."""
    if len(line) > _NOTICE_LINE or "(no error message)" in line:
        return False
    lowered = line.lower()
    if "message" not in lowered and not any(stem in lowered for stem in _FAILURE_STEMS):
        return False  # about something else than a failure ("shows `launching` ... no details")
    return _NO_DETAIL.search(line) is not None and _PROSE.search(line) is not None


def _is_notice(line: str) -> bool:
    # A heading over what failed ("failures:"), or a field (result=failed), is not a notice.
    if line.rstrip().endswith(":") or "=" in line or line.count(" ") > 2 * _NOTICE_WORDS:
        return False
    words = _NOTICE_WORD.findall(line)
    if not words or len(words) > _NOTICE_WORDS:
        return False
    return any(_FAILURE_WORD.match(w) for w in words) and all(
        _FAILURE_WORD.match(w) or _GENERAL_WORD.match(w) for w in words
    )


#: A line in which the tool says it goes on past what it reports ("Error fetching link: ....
#: Ignored it.", "This subsequent import will be ignored.", "Patch could not be applied with `git
#: am`. Continuing without patching.", "uploading logs, if this fails, it's not a big deal."):
#: whatever it names did not stop the run, and names no cause of its failure. MSBuild puts the
#: project's path in brackets after it.
_GOES_ON = re2.compile(
    r"(?i)(?:\bignored it|\bwill be ignored|\bcontinuing (?:without|anyway)\b|\bnot a big deal|"
    r"\b(?:is|are) (?:also )?safe to ignore|\bcan (?:safely )?be (?:safely )?ignored)[^\w\n]*"
    r"(?:[\w ,'-]{0,40}[.!)]*)?(?:\s*\[[^\]\n]{1,300}\])?\s*$",
    _OPTIONS,
)
#: What a tool says after an attempt it makes again ("Error creating Conda environment, retrying
#: after short sleep.", "Checkout failed! exit status 128 (Attempt 1/3 Retrying in 2s)").
_RETRY_TAIL = re2.compile(
    r"(?i)(?:[,;]\s*| - |\s*\()(?:will )?(?:retrying|trying again)\b[^\n]{0,60}$|"
    r"\s*\(attempt \d+ ?(?:/|of) ?\d+[^)\n]{0,40}\)\W*$",
    _OPTIONS,
)

#: A system call's error by its errno name (ETIMEDOUT, ECONNRESET, ENOSPC): a cause.
_ERRNO_NAME = re2.compile(r"\bE[A-Z]{3,}\b", _OPTIONS)

#: A deprecation ("... is deprecated. Please set ...", Rails' "DEPRECATION WARNING:", "has been
#: deprecated"): the thing still works. Pasted alone (a few lines), it is what the person chose
#: to quote, and may be what broke (round 41's 039, 43's 161); among a longer log's lines it is
#: one of its warnings (rounds 25, 27, 31, 45, 70).
_DEPRECATED = re2.compile(
    r"(?i)\b(?:is|are|has been|have been|now|been) deprecated\b|^\W*DEPRECATION WARNING|"
    r"\bdeprecated!",
    _OPTIONS,
)


def _goes_on(line: str) -> bool:
    """Whether ``line`` says the tool goes on past what it reports (:data:`_GOES_ON`)."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not any(w in lowered for w in ("ignor", "continu", "deal")):
        return False
    return _GOES_ON.search(line) is not None


def _reports_a_failed_attempt(line: str) -> bool:
    """Whether ``line`` reports an attempt that failed and is made again, and names no cause:
    once the retry (:data:`_RETRY_TAIL`), the things it names and the words that say it failed
    are cut, no word of a cause is left. The attempt's own output, or the last attempt's, says
    why."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not any(w in lowered for w in ("retr", "again", "attempt")):
        return False
    tail = _RETRY_TAIL.search(line)
    if tail is None:
        return False
    failed = line[: tail.start()]
    if _FAILED_WORDS.search(failed) is None:
        return False
    rest = _FAILED_WORDS.sub(" ", _without_names(failed))
    return _CAUSE_WORDS.search(rest) is None and _ERRNO_NAME.search(rest) is None


@dataclass(frozen=True)
class Wrapper:
    """A paste that shows no cause: where its full log is, and the line that says so.

    ``system`` is where the full log is (``github`` … ``generic``); ``tool`` the build
    tool whose output to read above the line (``npm``, ``make``…), if one printed it;
    ``line`` is the wrapper or failure notice, empty when the excerpt shows no failure.
    """

    system: str
    line: str
    line_no: int
    tool: str = ""


def is_wrapper_line(line: str) -> bool:
    """Whether ``line`` (cleaned) is one a CI system or build tool prints around a failure."""
    return bool(_wrappers().match(line.strip()))


def log_lines(text: str, limit: int = 500) -> int:
    """How many of the first ``limit`` lines look like log output (at most 3 counted).

    A line quoted as in an e-mail (``> ``) counts as what it quotes.
    """
    count = 0
    for line in text.split("\n")[:limit]:
        if _CI_LOG_MARK.search(line) is not None:
            return LOG_LINES_FOR_A_LOG
        unquoted = _QUOTE.sub("", line, count=1)
        if any(_LOG_LINE.search(ln) is not None or is_wrapper_line(ln) for ln in {line, unquoted}):
            count += 1
            if count >= LOG_LINES_FOR_A_LOG:
                break
    return count


def looks_like_log(text: str) -> bool:
    """Whether a chat message is a pasted log: a code block, or two lines only a log has.

    A channel gets the guidance only for such a message; a sentence that merely
    mentions an exit code is conversation.
    """
    return "```" in text or log_lines(text) >= 2


_NOT_TOOLS = (NOTICE, "shell")
_SIBLINGS = (SHARED, *SHARED_BY)


def find_guidance(lines: Sequence[str], raw: str = "") -> Wrapper | None:
    """What a paste that shows no cause needs, or ``None`` when it shows one.

    ``lines`` are cleaned lines (``raw``, the text as pasted, tells whether it is a log).
    The paste shows no cause when no line names one once the wrapper lines, failure
    notices, warnings, stack frames and people's own words are set aside, and it either
    holds such a wrapper line or is plainly a log cut before its error (three lines that
    only a log has, one among three, or two lines or more that are not mostly a pasted
    configuration or program; one line alone is the message someone chose to quote, unless
    it only says in general words that something failed). An error the catalog does not know
    is a cause: its answer is "unknown error".
    """
    lines, origin = _unflattened(lines)
    if raw:
        raw = "\n".join(_unflattened(raw.split("\n"))[0])
    last: tuple[str, str, int] | None = None
    tool = ""
    warnings, errors = _marked_lines(lines, raw)
    pytest_source = _pytest_source_lines(lines, raw)
    highlights = inputs = cmake_warning = nested = compiler_warned = cleo_frame = False
    below_error_bullets = _logs_levels_as_bullets(raw)
    build_checks = went_on = False
    # Python's report when sys.excepthook itself raised (Ubuntu's apport hook failing to import
    # apt_pkg): that traceback is the hook's, and the program's own follows "Original exception
    # was:" (round 71's 068).
    excepthook = False
    # A failure notice as a heading ("Failures:", "Build failed with errors:") on the paste's last
    # line: the paste is cut before what it heads (round 30's 162). Over lines, those lines are
    # judged, and may name a cause in words no rule here knows.
    last_filled = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    short_paste = _has_at_most_filled(lines, _STATUS_ONLY_LINES)
    # The lines as pasted, where cleaning kept them one for one: a table's columns aligned with
    # spaces, which cleaning closes up.
    raw_rows = raw.split("\n") if raw and "  " in raw else []
    raw_rows = raw_rows if len(raw_rows) == len(lines) else []
    for index, raw_line in enumerate(lines):
        line = _without_line_prefix(raw_line)
        if cmake_warning:  # a CMake warning's indented paragraphs, to its first unindented line
            cmake_warning = not line or raw_line[:1] in (" ", "\t")
            if cmake_warning:
                continue
        if line.startswith(_CMAKE_WARNINGS):
            cmake_warning = True
            continue
        if line.startswith("-- ") and _CMAKE_CHECK.match(line):
            continue
        if highlights:  # a new Gradle's release highlights name features, not causes
            highlights = line.startswith("- ")
            if highlights:
                continue
        if line == _GRADLE_HIGHLIGHTS:
            highlights = True
            continue
        if build_checks:  # BuildKit's build checks: lint warnings, each a "- " item
            build_checks = line.startswith("- ")
            if build_checks:
                continue
        if "(use docker --debug to expand)" in line and _BUILD_CHECKS.match(line):
            build_checks = True
            continue
        if excepthook:  # the hook's own traceback, to the program's ("Original exception was:")
            excepthook = line != "Original exception was:"
            continue
        if line == "Error in sys.excepthook:":
            excepthook = True
            continue
        if not line:
            inputs = cleo_frame = False
            continue
        if cleo_frame and _CLEO_SOURCE.match(line):
            continue  # a cleo frame's source lines: code, whatever words they hold
        cleo_frame = ".py:" in line and _CLEO_FRAME.match(line) is not None
        if cleo_frame:
            continue
        if index in warnings or index in pytest_source:
            continue
        if not short_paste and "eprecat" in line and _DEPRECATED.search(line) is not None:
            continue  # among a log's lines, a deprecation is a warning in other words
        if _goes_on(line):  # the tool went on past it: a warning in other words
            went_on = True
            continue
        if below_error_bullets and line.startswith("• "):
            continue  # electron-builder's or GoReleaser's line below the error level
        if (
            index
            and 'File "' in lines[index - 1]
            and _PYTHON_FRAME.search(lines[index - 1]) is not None
            and _EXCEPTION_LINE.search(line) is None
        ):
            continue  # the frame's source line: code, whatever words it holds
        if index and _diagnostic_of(lines[index - 1]) == "warning":
            continue  # the source line a compiler quotes under its warning
        diagnostic = _diagnostic_of(line)
        if diagnostic == "note" and compiler_warned:
            continue  # a note under a warning is the warning's
        if diagnostic and diagnostic != "note":
            compiler_warned = diagnostic == "warning"
        if line in ("with:", "env:"):  # a GitHub step's inputs follow
            inputs = True
            continue
        if inputs and _STEP_INPUT.search(line) is not None and not _LABELS.match(line):
            continue
        inputs = False
        hits = _wrappers().match(line)
        if not hits and line[:2] in _LIST_MARKERS:  # a wrapper line as a Markdown list item
            listed = _wrappers().match(line[2:])
            if listed:
                hits, line = listed, line[2:]
        if not hits and line.startswith("**") and line.endswith("**") and len(line) > 4:
            bold = _wrappers().match(line[2:-2])  # a wrapper line in Markdown's bold
            if bold:
                hits, line = bold, line[2:-2]
        if (
            len(line) > 2
            and (line[0] in _SPAN_MARKS or line[-1] in _SPAN_MARKS)
            and not (hits and _wrapper_names_no_cause(line, hits))
        ):
            opened, spanned = _wrapper_in_a_span(line, lines, index)
            if opened:
                hits, line = opened, spanned
        if len(line) > 2 and line[0] == line[-1] and line[0] in _QUOTES:
            quoted = _wrappers().match(line[1:-1])
            if quoted:
                hits, line = quoted, line[1:-1]
        elif any(mark in line for mark in _SENTENCE_MARKS) and (
            not hits or _names_a_cause(_without_wrappers(line, hits))
        ):
            in_sentence, inner = _wrapper_in_a_sentence(line)
            if in_sentence:
                hits, line = in_sentence, inner
        if nested and not hits:
            return None  # the worker's exception Gradle nests under it, whatever its words
        if hits and _wrapper_names_no_cause(line, hits):
            names = [WRAPPERS[hit][0] for hit in sorted(hits)]
            nested = line.startswith(_GRADLE_WORKER)
            last = (names[0], line, index + 1)
            if not tool:  # a tool's own pattern may share its line with a generic one
                tool = next((n for n in names if n not in LOG_PLACES and n not in _NOT_TOOLS), "")
            continue
        if (
            is_bare_failure_notice(line)
            or _says_it_shows_no_detail(line)
            or _is_a_failed_steps_status(line)
            or _reports_a_failed_attempt(line)
            or (short_paste and _reports_only_an_exit_status(line))
            or (
                index == last_filled
                and line.endswith(":")
                and is_bare_failure_notice(line.rstrip(":").rstrip())
            )
            or (index == last_filled and _is_a_framed_failure_heading(line))
        ):
            last = (NOTICE, line, index + 1)
            continue
        aligned = _aligned_cells(raw_rows[index]) if raw_rows and "|" not in line else ""
        if line.count("|") >= 2 or aligned:  # a row of a status table (a stage, its status)
            row = _ROW_NOT_FAILED if _passed(aligned) else _status_row(aligned or line)
            if row == _ROW_FAILED:
                last = (NOTICE, line, index + 1)
                continue
            if row == _ROW_NOT_FAILED:
                continue
        if line.endswith(":") and _introduces_a_wrapper(line, lines[index + 1 : index + 3]):
            continue
        if line.endswith(":") and _heads_what_follows(line):
            continue
        if line.endswith((":", "-")) and index < last_filled and _is_a_label_heading(line):
            continue
        if (
            line.endswith("(message):")
            and _CMAKE_MESSAGE.match(line) is not None
            and _introduces_a_notice(lines[index + 1 : index + 3])
        ):
            continue  # a project's message(FATAL_ERROR) that says only that a build failed
        if _handled_when_another_was_raised(lines, index):
            continue
        if (
            (index in errors and _NOT_A_CAUSE.search(line) is None) or _names_a_cause(line)
        ) and not _repeats_a_wrapper(line, lines, index):
            return None
    system = _system_of(raw.split("\n") if raw else lines)
    if last is not None:
        name, line, line_no = last
        # The CI system that printed the line knows best, unless GitHub's runner and Azure's
        # agent (its ancestor) could both have printed it and the log's other lines say which.
        if name in LOG_PLACES and not (name in _SIBLINGS and system in SHARED_BY):
            system = name
        return Wrapper(system, line, origin[line_no - 1] + 1, tool)
    # Three lines in which nothing names a cause, one of them a log's, are a cut log
    # (a tool's progress lines, a push to Heroku) even without more marks of one.
    found = log_lines(raw or "\n".join(lines))
    filled = [ln for ln in lines if ln.strip()]
    if "```" in raw:  # a code block's language ("```bash") is left as a line of its own
        tags = _fence_tags(raw)
        filled = [ln for ln in filled if ln.strip() not in tags] if tags else filled
    if found >= LOG_LINES_FOR_A_LOG or (found and len(filled) >= 3):
        return Wrapper(system, "", 0)
    sources = sum(1 for ln in filled if _is_source(ln))
    if len(filled) >= 2 and sources * 2 < len(filled):
        return Wrapper(system, "", 0)
    # Four lines or more without a single error word, not all of them a configuration or a
    # program (a JSON dump, a `kubectl describe`, a tool's settings with a line of its output):
    # the excerpt stops before its failure, whatever its share of key: value lines.
    if (
        len(filled) >= _CUT_LOG_LINES
        and sources < len(filled)
        and not any(_CAUSE_WORDS.search(ln) for ln in filled)
    ):
        return Wrapper(system, "", 0)
    # One line alone in a code block, naming no cause and saying nothing in words: a command
    # echoed ("Running `rustc --crate-name ...`", "[657/659] cmd.exe /C ..."), a progress line, a
    # line cut short ("Runni"), a line of pytest's failure detail ("E   setting PATH=..."). A
    # log cut where its error would follow, not a message someone chose to quote (round 63's
    # 045, round 64's 012, round 66's 074). A sentence may name a cause in words no rule here
    # knows ("Must not run with sudo"): it is left to be an unknown error. So is a line that
    # reads as configuration or code (a JSON answer, '{"code":13,"message":"INTERNAL"}'), as two
    # such lines are above.
    # Many lines in which no line names a cause, whatever their share of configuration or code
    # (a JSON record of a build or a pipeline's stages, a trace log in JSON, a configure run's
    # "found program" lines, pip's locals dump, a simulator's environment): a record or a log cut
    # before its error. A configuration pasted to show a cause is a few lines, or holds one
    # (rounds 18, 33, 34, 44, 52, 53, 60).
    if len(filled) >= _LONG_DUMP_LINES:
        return Wrapper(system, "", 0)
    # One line alone that a logger printed at its info (or debug) level and that says nothing
    # failed: a step starting or going on ("INFO Launching Electron...", "[INFO] Resolving class
    # path of MavenProject: ...", "14:14:22.100 | info  - Using external babel"), the log cut
    # before its error (rounds 11, 12, 19, 48, 50). Whatever its words, a line at that level is
    # no failure's message.
    if len(filled) == 1 and _is_a_progress_log_line(filled[0]):
        return Wrapper(system, "", 0)
    # One line alone in which the tool says it goes on past what it reports: it names no cause
    # of the failure, which its log shows below (round 75's 194).
    if len(filled) == 1 and went_on:
        return Wrapper(system, "", 0)
    # One line alone that reports a step under way, or its output written, and nothing failed:
    # the log cut before the step's end (rounds 32, 35, 38, 39, 47, 52, 74, 75).
    if len(filled) == 1 and _says_a_step_is_under_way(filled[0]):
        return Wrapper(system, "", 0)
    if (
        len(filled) == 1
        and _in_code(raw)
        and _PROSE.search(filled[0]) is None
        and not _is_source(filled[0])
    ):
        return Wrapper(system, "", 0)
    # One line alone that is the command a build or test ran, as typed at a prompt ("$ go build")
    # or with its environment before it ("GOOS=linux GOARCH=arm go build -o out/..."): the output
    # that would name the cause was not pasted (round 76's 097).
    if len(filled) == 1 and _is_a_command_alone(filled[0]):
        return Wrapper(system, "", 0)
    return None


#: A build or test tool's command as typed: after a shell prompt ("$ ") or with one variable or
#: more set before it ("CGO_ENABLED=0 GOOS=linux "), then the tool and its arguments.
_COMMAND_ALONE = re2.compile(
    r"^[`\s]*(?:\$ +(?:[A-Z_][A-Z0-9_]*=\S* +)*|(?:[A-Z_][A-Z0-9_]*=\S* +)+)(?:sudo +)?"
    r"(?:go|cargo|npm|npx|yarn|pnpm|make|cmake|ninja|mvn|\./mvnw|gradle|\./gradlew|dotnet|"
    r"pip3?|python3?|pytest|bundle|rake|gcc|g\+\+|clang\+?\+?|swift|xcodebuild|composer|"
    r"bazel|meson|tox|node) +[^\n]{1,300}$",
    _OPTIONS,
)


def _is_a_command_alone(line: str) -> bool:
    """Whether ``line`` is only the command a build or test ran (:data:`_COMMAND_ALONE`), with
    no word of a failure or a cause in it."""
    if _FAILED_WORDS.search(line) is not None or _CAUSE_WORDS.search(line) is not None:
        return False
    return _COMMAND_ALONE.match(line.rstrip("`").rstrip()) is not None


#: A log line's level below warning at its start, after a code span's mark and a clock time
#: ("INFO ...", "[INFO]: ...", "[DEBUG - 10:28:17 AM] ...", "14:14:22.100 | info  - ...",
#: Vercel's build log), the timestamp before it already cut by cleaning.
_PROGRESS_LEVEL = re2.compile(
    r"(?i)^[`\s]*(?:\[?\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\]?\s*\|?\s*)?\[?(?:info|debug|trace|verbose)\b",
    _OPTIONS,
)


def _is_a_progress_log_line(line: str) -> bool:
    """Whether ``line`` is a logger's line at its info (or debug) level that says nothing
    failed (no failure stem, :data:`_FAILURE_STEMS`): a step's progress, not a message."""
    if len(line) > _NOTICE_LINE * 2:
        return False
    lowered = line.lower()
    if any(stem in lowered for stem in _FAILURE_STEMS):
        return False
    return _PROGRESS_LEVEL.match(line) is not None or _TEX_OUTPUT.match(line) is not None


#: TeX's last line when a run wrote its document (pdflatex, xelatex, lualatex): the run ended,
#: and what the build marked failed is elsewhere in its log (round 75's 040: a Read the Docs
#: PDF build whose log ends so).
_TEX_OUTPUT = re2.compile(
    r"^Output written on \S[^\n]{0,200} \(\d+ pages?, \d+ bytes\)\.$", _OPTIONS
)


#: A step under way, in the tool's own words: a verb in -ing opens the line, after a mark, a
#: box-drawing rule or a tool's tag in brackets ("Waiting for the test Pod to start ...",
#: "Deploying using S3 provider", "[EnvInject] - Loading node environment variables.", "╠═
#: Uploading 1 file to Google Cloud Storage"); or the step's output written ("mx build log
#: written to C:\\...", "-- Build files have been written to: /home/...", LaTeX's "Output
#: written on paper.pdf (180 pages, 626340 bytes).").
_UNDER_WAY = re2.compile(
    r"^(?:[^\w\s]{1,4} ?)?(?:\[[\w -]{1,30}\] ?-? ?)?"
    r"(?:[A-Z][a-z]{2,}ing \S+ [^,\n]{2,200}|[\w .-]{1,40}? (?:has been |have been |was )?"
    r"written (?:to|on|into):? \S[^\n]{0,300})$",
    _OPTIONS,
)
#: Words in -ing that open a line and say no step is under way.
_NOT_UNDER_WAY = ("Warning", "Something", "Nothing", "During", "Missing", "Failing", "Ignoring")
_UNDER_WAY_WORDS = 12


def _says_a_step_is_under_way(line: str) -> bool:
    """Whether ``line`` only reports a step under way, or its output written
    (:data:`_UNDER_WAY`), in a dozen words at most and none of a failure or a cause. The step
    is named in two words or more: a verb and its object alone ("Disallowing packages") may be
    a tool's message."""
    line = line.strip().strip("`\"'> ")
    if len(line) > _NOTICE_LINE or len(line.split()) > _UNDER_WAY_WORDS:
        return False
    if _FAILED_WORDS.search(line) is not None or _CAUSE_WORDS.search(line) is not None:
        return False
    found = _UNDER_WAY.match(line)
    if found is None:
        return False
    words = _NOTICE_WORD.findall(line)
    if not words or words[0] in _NOT_UNDER_WAY:
        return False
    if any(w in _PEOPLES_WORDS for w in _NOTICE_WORD.findall(_without_names(line))):
        return False  # a path's folder may be called "me"
    # After a colon, a place or a name ("Configuring in: /home/..."), not a sentence ("Meeting
    # notes: we agreed to ship on Friday.").
    _, colon, after = line.partition(": ")
    return not colon or " " not in after.strip()


#: A person's words, which a tool's progress line does not hold.
_PEOPLES_WORDS = frozenset(["I", "we", "We", "you", "You", "my", "My", "our", "Our", "me", "us"])


#: A Markdown code block's opening fence with its language ("```bash", "```json").
_FENCE_TAG = re2.compile(r"(?m)^\s*```([\w+#.-]{1,20})\s*$", _OPTIONS)


#: A line of electron-builder's or GoReleaser's log (builder-util's and apex/log's cli handler):
#: its level's mark, the message, two spaces or more and its fields ("  • loaded configuration
#: file=electron-builder.yml", "   • building binaries  parallelism=4"). Every level but error
#: is marked "•"; the error's mark is "⨯".
_BULLET_LOG_LINE = re2.compile(r"(?m)^[ \t]*• \S[^\n]*? {2,}[A-Za-z_.]+=", _OPTIONS)


def _logs_levels_as_bullets(raw: str) -> bool:
    """Whether ``raw`` holds two lines or more of a log whose levels below error are marked "•"
    (:data:`_BULLET_LOG_LINE`): in it, a "•" line is a step, an info or a warning, not the
    failure, whatever its words ("• public/electron.js not found. Please see ...", the react-cra
    preset's note, over a build cut before its error: round 72's 018). A person's list in chat,
    with no fields, is not such a log."""
    if "• " not in raw or "=" not in raw:
        return False
    return any(count >= 2 for count, _ in enumerate(_BULLET_LOG_LINE.finditer(raw), start=1))


def _fence_tags(raw: str) -> frozenset[str]:
    """The languages the paste's code blocks are opened with: cleaning keeps each as a line of
    its own ("bash", "json"), a line of no log (rounds 14, 33, 41, 48, 49)."""
    return frozenset(_FENCE_TAG.findall(raw))


def _in_code(raw: str) -> bool:
    """Whether the paste is in a code block, or is one line in a code span as a whole that reads
    as a line of the log and not as its message ("`Step 3/3 : RUN docker-php-ext-install pdo
    pdo_mysql`", "`e2e suite exit=1`": what a person copied from the log, marked as the log's
    own; rounds 12, 26, 38, 40, 41, 51, 66 and 67). A span of one word is a name or a message's
    key ("`UNRESOLVED_IMPORT`"); one that says in words that something is wrong or missing is
    the message ("`wrong checksum`", "`u.logs is undefined`")."""
    if "```" in raw:
        return True
    text = raw.strip()
    if "\n" in text or len(text) < 3 or text[0] != "`" or text[-1] != "`":
        return False
    # (a stream sent nowhere, or a debugger's unknown frame, is no value found null)
    text = text.replace("/dev/null", " ").replace("<null>", " ")
    return " " in text.strip("` ") and _SAYS_WRONG.search(text) is None


#: Words that say something is wrong or missing, in a line copied alone (a message, not a line
#: of the log around one).
_SAYS_WRONG = re2.compile(
    r"(?i)(?:\b(?:no|not|none|null|nil|wrong|bad|err|cannot|unable|insufficient|denied|"
    r"refused|missing|empty|rejected|mismatch)\b|"
    r"\b(?:un|in|mis)(?:defined|expected|known|recogni[sz]ed|resolved|valid|supported|"
    r"available|reachable|able)|n't\b)",
    _OPTIONS,
)


#: What Python prints between the exception it was handling and the one raised meanwhile.
_CHAINED = "During handling of the above exception, another exception occurred:"


def _handled_when_another_was_raised(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is the exception Python was handling when another was raised:
    the next line that is not blank (of the next two) is its notice. The failure is the later
    exception; a paste cut inside its traceback shows none (round 68's 062: Django's template
    engines looked up in a dict, "KeyError: 'django'", then an import that failed)."""
    for below in lines[index + 1 : index + 3]:
        text = below.strip()
        if text:
            return text == _CHAINED
    return False


def _repeats_a_wrapper(line: str, lines: Sequence[str], index: int) -> bool:
    """Whether ``line`` is only part of another line of the paste, from inside it, that is a
    wrapper line naming no cause: the message that line quotes, quoted again and cut where the
    excerpt ends (a CI report's reason and its example cut to a length: round 63's 006,
    node-gyp's msbuild line in a Node.js reliability report). Such a part says no more than the
    line. A line that only starts as another does is a log going on (a retry's output, cut):
    it may end otherwise (round 3's 083, round 37's 032)."""
    if len(line) < _REPEATED_PART:
        return False
    for other_index in range(
        max(0, index - _REPEAT_WINDOW), min(len(lines), index + _REPEAT_WINDOW + 1)
    ):
        other = lines[other_index]
        if other_index == index or line not in other:
            continue
        whole = _without_line_prefix(other)
        if whole.startswith(line):
            continue
        hits = _wrappers().match(whole)
        if hits and _wrapper_names_no_cause(whole, hits):
            return True
    return False


def _wrapper_in_a_span(line: str, lines: Sequence[str], index: int) -> tuple[list[int], str]:
    """A wrapper line inside a quote, a code span or italics that the paste opens on this line
    and closes on one below it, or opens above and closes here (Travis' command line in
    backticks over "Your build has been stopped.`", a notification in _"..."_ on two lines;
    round 67's 041, 001): its hits and the line without the marks, or nothing. A mark the line
    holds twice closes a quote on this line; one that no line near it closes (or opens) is the
    paste's own (a Maven line after a backtick, cut before its end: round 12's 118)."""
    head = line[: len(line) - len(line.lstrip(_SPAN_MARKS))]
    tail = line[len(line.rstrip(_SPAN_MARKS)) :]
    spanned = line[len(head) : len(line) - len(tail)]
    if len(spanned) < 3 or any(line.count(mark) != 1 for mark in head + tail):
        return [], line
    if head:
        below = lines[index + 1 : index + 1 + _REPEAT_WINDOW]
        if not any(other.rstrip().endswith(tuple(head)) for other in below):
            return [], line
    if tail:
        above = lines[max(0, index - _REPEAT_WINDOW) : index]
        if not any(other.lstrip().startswith(tuple(tail)) for other in above):
            return [], line
    hits = _wrappers().match(spanned)
    return (hits, spanned) if hits else ([], line)


def _diagnostic_of(line: str) -> str:
    found = (
        _COMPILER_DIAGNOSTIC.search(line)
        if ": " in line and ("error: " in line or "warning: " in line or "note: " in line)
        else None
    )
    return found.group(1) if found is not None else ""


def _wrapper_in_a_sentence(line: str) -> tuple[list[int], str]:
    """A wrapper line a person quotes or introduces with a colon in a sentence that names no
    cause: its hits and the wrapper line, or nothing."""
    if any(mark in line for mark in _QUOTE_MARKS):
        hits, inner = _quoted_wrapper(line)
        if hits:
            return hits, inner
    return _introduced_wrapper(line) if ": " in line else ([], line)


def _quoted_wrapper(line: str) -> tuple[list[int], str]:
    """A wrapper line quoted in backticks or double quotes in a sentence that names no cause
    ("CI tests fail due to `make: *** [all] Error 2`", 'the nightly build on osx is throwing
    the following error: `The command "..." failed and exited with 1`'): its hits and the
    quoted line, or nothing. Other quoted words (a package, a command) belong to the sentence;
    two quoted wrapper lines are not one line quoted."""
    # A sentence may quote the wrapper line in double quotes and only a word in backticks ('the
    # vague "exit code 1" when booting `buildx` in CircleCI': round 67's 032). Where it quotes
    # words in backticks ('When `gem install` fails with "Failed to build native extension"
    # ...': round 39's 092), its double quotes are no line either.
    spans = _BACKTICKED.findall(line) if "`" in line else []
    # A run's conclusion is one word in code ("causes `startup_failure` for the release
    # workflow": round 72's 001); a word in double quotes is a value ("failed": true).
    code_words = [span for span in spans if " " not in span.strip()]
    if not any(" " in span.strip() for span in spans):
        spans = _QUOTED.findall(line) + code_words
    found: list[tuple[str, str, list[int]]] = []
    for span in spans:
        if " " not in span.strip() and span not in code_words:  # a line, not a word
            continue
        quoted = _STEP_TIME_AND_MARK.sub("", span.strip(), count=1)
        hits = _wrappers().match(quoted)
        if hits:
            found.append((span, quoted, hits))
    if len(found) == 1 and _tells_no_cause(line.replace(found[0][0], " ")):
        return found[0][2], found[0][1]
    return [], line


def _wrapper_names_no_cause(line: str, hits: Sequence[int]) -> bool:
    """Whether a line that holds wrapper phrases names no cause beside them: nothing left once
    they are cut, no message quoted beside them, and no wrapper's words that are part of a
    cause (a build that ran but left no output where the tool looks)."""
    rest = _without_wrappers(line, hits)
    if ": " in rest and ("ailed to " in rest or "nable to " in rest or "ailed running " in rest):
        # A chain of what the tool was doing, down to the wrapper, and nothing else
        unchained = _CONTEXT_CHAIN.sub(" ", rest)
        words = _NOTICE_WORD.findall(unchained)
        if unchained != rest and all(
            _FAILURE_WORD.match(w) or _GENERAL_WORD.match(w) for w in words
        ):
            rest = unchained
    if _names_a_cause(rest) or _quotes_a_cause(line):
        return False
    if " error " in line and _AN_ERROR_DOING.search(line) is not None:
        return False
    return "failed to produce" not in line or _FAILED_TO_PRODUCE.search(line) is None


#: An error in reading what the tool was given ("failed to upload release. There's been an
#: error parsing your app's provisioning profile.": Firebase App Distribution, round 72's 192):
#: the input it names is what was wrong. (Not an error in a step that ran, "an error while
#: running configure", "while generating this plan": notices, rounds 28, 31, 63.)
_AN_ERROR_DOING = re2.compile(
    r"(?i)\b(?:an|the) error (?:while |when )?(?:parsing|decoding|validating|verifying) \S",
    _OPTIONS,
)


#: What a tool was doing, chained before the error it wraps ("Failed to get R devel: Failed to
#: install qpdf: ", "failed running terraform init: "; rounds 19, 45): context, each segment
#: ended by a colon, down to the wrapper line that names no cause either. Only a line that is
#: nothing but the chain and the wrapper: after it, a message ("mapping values are not allowed")
#: is the cause.
_CONTEXT_CHAIN = re2.compile(
    r"(?i)\b(?:failed|unable) (?:to|running) [^:\n]{1,60}: |\bfailing [^:\n]{1,60}[:,] ",
    _OPTIONS,
)


def _quotes_a_cause(line: str) -> bool:
    """Whether ``line`` quotes in backticks, beside its wrapper, a message of several words that
    names a cause ("Observe output `MSYS2 seems to be unavailable` and `Installation failed:
    MSYS2 installer failed`"): a wrapper pattern that reads from the line's start takes the
    person's words and the quoted message in with it."""
    if "`" not in line:
        return False
    for span in _BACKTICKED.findall(line):
        quoted = span.strip()
        if quoted.count(" ") < 2 or _wrappers().match(quoted):
            continue  # a label ("Error signal"), a step's name, or the wrapper line itself
        if _names_a_cause(_LABELS.sub(" ", quoted)):
            return True
    return False


def _introduced_wrapper(line: str) -> tuple[list[int], str]:
    """A wrapper line after a person's sentence and a colon that name no cause ("The Github
    Actions for node.js CI builder fail: Process completed with exit code 134."): its hits and
    the line. A tool's own "error: ...: exit code: 1120" is a message, not a sentence."""
    head, _, tail = line.partition(": ")
    if not _says_only_that_it_failed(head):
        return [], line
    hits = _wrappers().match(tail)
    if not hits and tail.endswith(("`.", "'.")):
        # the sentence's own full stop after the line's closing quote ("it prompts error: failed
        # to run custom build command for `librocksdb-sys v0.10.0+7.9.2`.": round 72's 113); a
        # tool's line may end in its own ("exit status 132.")
        tail = tail[:-1]
        hits = _wrappers().match(tail)
    return (hits, tail) if hits else ([], line)


def _introduces_a_wrapper(line: str, below: Sequence[str]) -> bool:
    """Whether ``line`` is a person's words that say something failed, name no cause and end
    in a colon before the wrapper line they paste ("CI fails again with un-descriptive conda
    error message:"), ``below`` being the next lines (a blank one may come first). A tool's
    "Error: ...:" is a message, not a person's words."""
    if _LABELS.match(line) or not _says_only_that_it_failed(line[:-1]):
        return False
    pasted = next((text for text in map(_without_line_prefix, below) if text), "")
    return bool(pasted) and bool(_wrappers().match(pasted))


#: Marks a tool's line holds and a person's heading does not: a path, a location, a field, a
#: quoted message, a prefix in brackets, npm's "ERR!".
_NOT_IN_A_HEADING = (":", "/", "\\", "[", "]", "`", '"', "=", "<", ">", "{", "}", "!")


#: How a tool's message starts when its detail (what could not be done, where) follows.
_TOOL_MESSAGE_HEADS = ("failed to ", "unable to ", "could not ", "cannot ", "can't ")


def _heads_what_follows(line: str) -> bool:
    """Whether ``line`` is a heading over the lines below it that says only that something
    failed, in a person's or a bot's words ending in a colon ("Build failures:", "Failing in
    Jenkins:", "The section that fails is:", "MergeXO GitHub Actions failure context:"; rounds
    8, 30, 40, 41, 54): the lines below are what shows a cause, or none. A tool's "Error: ...:"
    is a message, not a heading."""
    if len(line) > _NOTICE_LINE or _LABELS.match(line):
        return False
    if any(mark in line[:-1] for mark in _NOT_IN_A_HEADING):
        return False  # a tool's line: a path, a field, a location, a quoted message
    lowered = line.lower()
    if not any(stem in lowered for stem in _FAILURE_STEMS) or "test" in lowered:
        return False  # (a heading over failed tests lists them: the test run is the cause)
    if " " not in line.strip() or lowered.startswith(_TOOL_MESSAGE_HEADS):
        return False  # cargo's "failures:", CRA's "Failed to minify the code from this file:"
    return _tells_no_cause(line[:-1])


#: The words of a heading that is only a label over what follows ("Error returned -",
#: "ERRORS:", "Error output:"): the lines below it show the cause, or none. (Not pip's
#: "Exception:" over its own traceback: pip says it crashed, round 24's 147, 148; nor cargo
#: test's "failures:" over the tests that failed.)
_LABEL_HEADING_WORDS = frozenset(
    [
        "error",
        "errors",
        "returned",
        "message",
        "messages",
        "output",
        "log",
        "logs",
        "details",
        "summary",
    ]
)
_LABEL_HEADING = re2.compile(r"^[*_\s]*([A-Za-z][A-Za-z ]{0,40}?)[*_\s]*[:-][*_\s]*$", _OPTIONS)


def _is_a_label_heading(line: str) -> bool:
    """Whether ``line`` is a label and a colon or a dash, nothing after them, over the lines
    below (:data:`_LABEL_HEADING_WORDS`; "Error returned - " over a BuildKit step cut before its
    error, round 72's 107; "ERRORS:" over uv's failed package, round 69's 006): not a message,
    which would say what failed."""
    found = _LABEL_HEADING.match(line) if len(line) < 60 else None
    if found is None:
        return False
    words = found.group(1).lower().split()
    return 0 < len(words) <= 3 and all(word in _LABEL_HEADING_WORDS for word in words)


def _introduces_a_notice(below: Sequence[str]) -> bool:
    """Whether the next line that is not blank (``below``: the next two) is a wrapper line that
    names no cause, or a bare failure notice: the message a CMake script's message(FATAL_ERROR)
    prints under its heading ("CMake Error at src/bundled/install_qt5.cmake:122 (message):",
    then "Cannot build Qt5. Please go to the mailing list for help." after make's Error 2:
    round 57's 092). Any other message is judged as the cause it may be."""
    message = next((text for text in map(_without_line_prefix, below) if text), "")
    if not message:
        return False
    hits = _wrappers().match(message)
    if hits:
        return _wrapper_names_no_cause(message, hits)
    return is_bare_failure_notice(message)


def _says_only_that_it_failed(sentence: str) -> bool:
    """Whether ``sentence`` is a person's words that say something failed and name no cause
    ("The Github Actions for node.js CI builder fail", "CI fails again with un-descriptive
    conda error message")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) < _SENTENCE_MIN_WORDS or any(c in sentence for c in _NOT_IN_A_SENTENCE):
        return False
    if not any(stem in sentence.lower() for stem in _FAILURE_STEMS):
        return False
    return _tells_no_cause(sentence)


#: A heading framed by rules of dashes, equals signs or stars ("---sequential failures---",
#: "=== Failures ==="): a runner's heading over what follows it.
_FRAMED_HEADING = re2.compile(
    r"^\s*[-=*#]{2,}\s*([A-Za-z][A-Za-z ]{0,40}?)\s*[-=*#]{2,}\s*$", _OPTIONS
)
#: The most words such a heading holds.
_FRAMED_HEADING_WORDS = 3


def _is_a_framed_failure_heading(line: str) -> bool:
    """Whether ``line`` is a heading framed by rules that says only that something failed
    ("---sequential failures---", round 77's 074): as a paste's last line, the paste is cut
    before what it heads."""
    found = _FRAMED_HEADING.match(line)
    if found is None:
        return False
    inner = found.group(1)
    if len(inner.split()) > _FRAMED_HEADING_WORDS:
        return False
    lowered = inner.lower()
    return any(stem in lowered for stem in _FAILURE_STEMS) and _tells_no_cause(inner)


def _tells_no_cause(sentence: str) -> bool:
    """Whether a sentence around a wrapper line names no cause, once the words that only say
    something failed are set aside: what it is about ("the julia nightly build on osx") and
    how it was seen ("re-running shows")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) > _SENTENCE_WORDS:
        return False
    told = [w for w in words if not (_FAILURE_WORD.match(w) or _GENERAL_WORD.match(w))]
    return not _names_a_cause(" ".join(told))


def _is_source(line: str) -> bool:
    """Whether ``line`` reads as configuration or code (and not as a log's line)."""
    return _SOURCE_LINE.search(line) is not None and _LOG_LINE.search(line) is None


def _marked_lines(lines: Sequence[str], raw: str) -> tuple[frozenset[int], frozenset[int]]:
    """The indices of ``lines`` that ``raw`` marks as warnings (or debug), and as errors.

    A warning or a debug line names no cause; a line the CI marks as an error does, unless it is a
    wrapper line. Cleaning drops the marks, and keeps line numbers unless it splits
    Jenkins' ``<br>``: then nothing is known.
    """
    if "warning" not in raw and "error" not in raw and "debug" not in raw:
        return frozenset(), frozenset()
    raw_lines = raw.replace("\r\n", "\n").split("\n")
    if len(raw_lines) != len(lines):
        return frozenset(), frozenset()
    warnings, errors = set(), set()
    for index, line in enumerate(raw_lines):
        if ("warning" in line or "debug" in line) and _WARNING_MARK.search(line) is not None:
            warnings.add(index)
        elif "error" in line and _ERROR_MARK.search(line) is not None:
            errors.add(index)
    return frozenset(warnings), frozenset(errors)


def _pytest_source_lines(lines: Sequence[str], raw: str) -> frozenset[int]:
    """The indices of ``lines`` that are a frame's source in pytest's long traceback: after its
    separator ("_ _ _ ..."), the lines ``raw`` indents by four spaces or marks with ">", up to
    the frame's location line. The code a test or a plugin runs says no more than a frame does,
    whatever its words (``raise session.Interrupted("%d error%s during collection")``: round
    66's 046); the "E" lines under it are the failure, and are judged.

    Cleaning takes the indentation: ``raw`` is read, when its lines are ``lines``'.
    """
    if "_ _ _ _ _" not in raw:
        return frozenset()
    raw_lines = raw.replace("\r\n", "\n").split("\n")
    if len(raw_lines) != len(lines):
        return frozenset()
    found: set[int] = set()
    in_frame = False
    for index, raw_line in enumerate(raw_lines):
        line = lines[index].strip()
        if not line:
            continue
        if _PYTEST_SEPARATOR.match(line):
            in_frame = True
        elif in_frame and _PYTEST_LOCATION.match(line):
            in_frame = False
        elif in_frame and raw_line.endswith(line):
            indent = raw_line[: len(raw_line) - len(line)]
            if indent.endswith("    ") or indent.rstrip().endswith(">"):
                found.add(index)
    return frozenset(found)


def _without_wrappers(line: str, hits: Sequence[int]) -> str:
    """What is left of a line once its wrapper phrases and bare "error" labels are cut."""
    kept = list(line)
    for hit in hits:
        for found in _wrappers().pattern(hit).finditer(line):
            start, end = found.span()
            kept[start:end] = [" "] * (end - start)
    return str(_LABELS.sub(" ", "".join(kept)))
