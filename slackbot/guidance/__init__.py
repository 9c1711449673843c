"""Pastes that show no cause: wrapper lines, generic failure notices, logs cut too early.

A paste that shows only ``Process completed with exit code 1`` (or ``ERROR: Job failed``,
``npm ERR! code ELIFECYCLE``, ``Deploy failed``, ``** BUILD FAILED **``…), or a log cut
before its error, cannot be diagnosed: the cause is elsewhere in the log. :func:`find_guidance`
recognises such a paste and the system it comes from, so the answer can say where that
system keeps the full log and what to paste instead.

It reads the paste's lines in turn. A line is set aside (``asides.py``: warnings, a
traceback's source, what a tool went on past), or is a wrapper line that names no cause
(``wrappers.py``, the table; ``spans.py``, one inside a person's line), a failure notice
(``notices.py``), a status table's row (``tables.py``), a line over what follows it
(``headings.py``), or else a cause (``causes.py``), and the paste gets no guidance. With a
wrapper line or a notice, the answer names the system that keeps the log (``systems.py``);
with neither, only a paste that is plainly a log cut before its error gets one
(``cut_logs.py``, ``lines.py``).

Every pattern is RE2 and runs on cleaned lines (timestamps and ``##[error]`` prefixes
already stripped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import re2

from slackbot.guidance.asides import _Asides
from slackbot.guidance.causes import _CAUSE_WORDS, _NOT_A_CAUSE, _names_a_cause
from slackbot.guidance.cut_logs import (
    _fence_tags,
    _in_code,
    _is_a_command_alone,
    _is_a_json_record_cut_before_its_message,
    _is_a_message_cut_at_its_start,
    _is_a_notice_cut_in_its_word,
    _is_a_progress_log_line,
    _says_a_step_is_under_way,
)
from slackbot.guidance.headings import (
    _heads_what_follows,
    _is_a_cmake_error_heading,
    _is_a_framed_failure_heading,
    _stands_over_what_follows,
)
from slackbot.guidance.lines import (
    _CI_LOG_MARK,
    _LOG_LINE,
    _QUOTE,
    _as_pasted,
    _is_source,
    _unflattened,
    _without_line_prefix,
)
from slackbot.guidance.notices import (
    _PROSE,
    _is_a_failed_steps_status,
    _reports_a_failed_attempt,
    _reports_only_an_exit_status,
    _says_it_shows_no_detail,
)
from slackbot.guidance.notices import is_bare_failure_notice as is_bare_failure_notice
from slackbot.guidance.spans import (
    _TEST_RESULT,
    _repeats_a_wrapper,
    _wrapper_in,
    _wrapper_names_no_cause,
)
from slackbot.guidance.systems import LOG_PLACES as LOG_PLACES
from slackbot.guidance.systems import SHARED, SHARED_BY, _system_of
from slackbot.guidance.systems import SYSTEM_CUES as SYSTEM_CUES
from slackbot.guidance.tables import (
    _ROW_FAILED,
    _ROW_NOT_FAILED,
    _row_status,
    _under_a_test_header,
)
from slackbot.guidance.wrappers import NOTICE as NOTICE
from slackbot.guidance.wrappers import WRAPPERS as WRAPPERS
from slackbot.guidance.wrappers import _wrappers
from slackbot.guidance.wrappers import load_wrapper_words as load_wrapper_words

#: How many log-like lines make a message a log even with no failure line in it.
LOG_LINES_FOR_A_LOG = 3


#: The level a relaying tool logs every line of a command's output at ("DEBUG: FAIL:
#: modules/x/tests/test_y", "DEBUG: ./test-driver: line 107: 10914 Aborted (core dumped)": a
#: Copr build's log, round 84's 032), and the levels of a logger's own messages beside it.
_RELAY_LEVEL = "DEBUG: "
_OTHER_LEVELS = ("INFO: ", "WARNING: ", "WARN: ", "ERROR: ", "NOTICE: ", "CRITICAL: ")
#: The fewest lines at that level that make it the relay's mark rather than a logger's.
_RELAYED_LINES = 5


def _without_a_relays_level(lines: list[str]) -> list[str]:
    """``lines`` without the level a relaying tool puts before every line of a command's output
    (:data:`_RELAY_LEVEL`): when every line that holds a level holds that one, the lines are the
    command's, and are read as it printed them. A logger's own debug messages come among lines
    at its other levels (round 70's 214: "INFO: configuring ..." among them)."""
    relayed = 0
    for line in lines:
        if line.startswith(_RELAY_LEVEL):
            relayed += 1
        elif line.startswith(_OTHER_LEVELS):
            return lines
    if relayed < _RELAYED_LINES:
        return lines
    return [ln[len(_RELAY_LEVEL) :] if ln.startswith(_RELAY_LEVEL) else ln for ln in lines]


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


#: A log GitHub's runner or Azure's agent (its ancestor) could have printed, and the two.
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
    lines = _without_a_relays_level(lines)
    if raw:
        raw = "\n".join(_unflattened(raw.split("\n"))[0])
    reading = _read(lines, raw)
    if reading is None:
        return None
    system = _system_of(raw.split("\n") if raw else lines)
    if reading.last is not None:
        name, line, line_no = reading.last
        # The CI system that printed the line knows best, unless GitHub's runner and Azure's
        # agent (its ancestor) could both have printed it and the log's other lines say which.
        if name in LOG_PLACES and not (name in _SIBLINGS and system in SHARED_BY):
            system = name
        return Wrapper(system, line, origin[line_no - 1] + 1, reading.tool)
    if reading.headed >= 0 and _says_in_words_below(lines, reading.headed):
        return None
    if _ends_in_a_state_repeated(lines):
        return None
    return Wrapper(system, "", 0) if _is_a_cut_log(lines, raw, went_on=reading.went_on) else None


#: How many times a paste's last line must come in a row for it to be a state polled.
_POLLED = 5


def _ends_in_a_state_repeated(lines: Sequence[str]) -> bool:
    """Whether the paste's last lines are one line, a state, over and over: a step that polled
    a state that never came ("vhd: IMAGE_STATE_UNDEPLOYABLE", the image's sysprep under Packer,
    seven times; round 84's 048). The paste shows what the step waited on, not a log cut before
    its error."""
    last = ""
    count = 0
    for line in reversed(lines):
        line = line.strip()
        if not line:
            continue
        if count and line != last:
            break
        last = line
        count += 1
        if count >= _POLLED:
            return _STATE.search(last) is not None
    return False


#: A state's name in capitals ("IMAGE_STATE_UNDEPLOYABLE", "PENDING", "Status: IN_PROGRESS").
_STATE = re2.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b(?:PENDING|WAITING|UNKNOWN)\b")


def _says_in_words_below(lines: Sequence[str], heading: int) -> bool:
    """Whether a line below a heading that says only that something failed ("Repairing wheels
    failed:") says something in words (:data:`~slackbot.guidance.notices._PROSE`) and is no
    log line: the failure's message, which may name its cause in words no rule here knows
    ('x-linux_x86_64.whl is consistent with the following platform tag: "linux_aarch64"':
    auditwheel's, round 84's 023), not a log cut before it. With a wrapper line or a notice
    the paste is read as one."""
    return any(
        _PROSE.search(line) is not None
        and _LOG_LINE.search(line) is None
        and _STEP_UNDER_WAY.match(line) is None
        and not _says_a_step_is_under_way(line)
        for line in (ln.strip() for ln in lines[heading + 1 :])
        if line
    )


#: A line that opens on what a tool is doing ("Running build for target linux-x64"): its
#: progress, not its message.
_STEP_UNDER_WAY = re2.compile(r"^\W*[A-Z]?[a-z]+ing\b")


#: Gradle's line over the exception a worker raised, and its line over what kept it from
#: resolving a task's dependencies (a plugin's exception whose message is only "1": round 79's
#: 256), which it nests below: whatever that exception's words, it is the cause.
_GRADLE_WORKER = (
    "A failure occurred while executing ",
    "> A failure occurred while executing ",
    "Could not determine the dependencies of task ",
)
#: The names of wrapper rows that are no tool whose output to read above the line.
_NOT_TOOLS = (NOTICE, "shell")


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


#: A diff's added line as pasted: "+" and the line's own indent ("       +     Failure/Error:
#: raise 'AppMod failure'", an RSpec failure in the expected output a spec compares; round
#: 84's 132). A shell's trace is "+ command", one space; cleaning closes up the indent.
_DIFF_ADDED = re2.compile(r"^\s*\+ {2,}\S")


#: How Symfony's Process component opens its message on a command that failed ('The command
#: "cd /x && php composer.phar install" failed.'), which Symfony's console wraps at its width in
#: its error block (Deployer's; round 84's 122).
_WRAPPED_COMMAND = 'The command "'
_FAILED_COMMAND_END = '" failed.'
#: The most lines such a message is wrapped over.
_WRAPPED_LINES = 8


def _unwrapped_command(lines: Sequence[str], index: int, line: str) -> tuple[int, str]:
    """The last line of a command's failure message that opens on line ``index`` (``line``,
    its prefix cut) and is wrapped over the lines below it, and the message on one line; or
    ``index`` and ``line`` when it is on one line or is not wrapped so."""
    if line.endswith(_FAILED_COMMAND_END) or line.count('"') != 1:
        return index, line
    parts = [line]
    for later in range(index + 1, min(index + _WRAPPED_LINES, len(lines))):
        part = lines[later].strip()
        ends = part.endswith(_FAILED_COMMAND_END)
        if not part or '"' in (part[: -len(_FAILED_COMMAND_END)] if ends else part):
            return index, line
        parts.append(part)
        if ends:
            return later, "".join(parts)
    return index, line


#: An error message that is only a path and stops in it: a console wrapped the message at its
#: width inside the path ("Error: C:\Users\x\node_modules" over "\app-builder-bin\win\x64\
#: app-builder.exe exited with code 1": electron-builder's ExecError, rounds 68's 050 and 82's
#: 055). The path's last part and a word after it must follow on the line below.
_MESSAGE_CUT_IN_A_PATH = re2.compile(
    r"^(?:Error|ERROR|error): (?:[A-Za-z]:\\|/)[^\s:]*[\\/][^\s]*$"
)
#: The rest of that path, and the message's words after it: the line below.
_PATH_GOES_ON = re2.compile(r"^[^\s:]*[\\/][^\s:]*\.\w+ \S")


def _unwrapped_path(lines: Sequence[str], index: int, line: str) -> tuple[int, str]:
    """The line below ``line`` (line ``index``) and ``line`` read as one, when ``line`` is an
    error message cut in its path by a console's wrap and the line below goes on with the
    path and the message; else ``index`` and ``line``."""
    if index + 1 >= len(lines) or _MESSAGE_CUT_IN_A_PATH.match(line) is None:
        return index, line
    below = _without_line_prefix(lines[index + 1])
    if _PATH_GOES_ON.match(below) is None:
        return index, line
    return index + 1, line + below


#: R CMD check's verdict on one of its checks ("* checking DESCRIPTION meta-information ...
#: WARNING"; R's tools/R/check.R prints the check, then its result, then what it found below):
#: a check that failed, with its message on the lines below (rounds 80's 065 and 068).
_R_CHECK_FAILED = re2.compile(r"^\* checking [^\n]{1,200} \.\.\. (?:WARNING|ERROR)$")


def _is_an_r_check_over_its_message(lines: Sequence[str], index: int, line: str) -> bool:
    """Whether ``line`` (line ``index``) is R CMD check's verdict that a check failed, with a
    line of what it found below it (not the next check): the message names the cause, in words
    no rule here may know. A verdict at the paste's end is a log cut before its message."""
    if _R_CHECK_FAILED.match(line) is None:
        return False
    below = next((ln.strip() for ln in lines[index + 1 :] if ln.strip()), "")
    return bool(below) and not below.startswith(("* ", "```"))


#: An error's label alone on its line, over its message on the line below ("Error:" over
#: "Something went wrong while creating your site on Netlify.", round 44's 039; over
#: "ModuleNot found: tests.conftest", round 81's 012): that message is the error's, and may
#: name its cause in words no rule here knows. A wrapper line or a notice below is read as one.
_ERROR_LABELS = frozenset({"Error:", "ERROR:", "error:"})


#: Gradle's headline under "* What went wrong:", over the exception's message on the lines
#: below ("> NDK not configured.", "> Sequence contains more than one matching element.", a
#: Scala compiler's crash under an empty ">"; rounds 45's 157, 52's 191, 63's 220, 77's 224):
#: the message in words is the cause (:func:`_is_gradles_message_in_words`), unless a wrapper
#: line or a notice.
_GRADLE_HEADLINES = (
    "Execution failed for task '",
    "A problem occurred configuring project '",
    "A problem occurred configuring root project '",
    "A problem occurred evaluating project '",
    "A problem occurred evaluating root project '",
)


def _is_gradles_message_in_words(line: str) -> bool:
    """Whether ``line``, right below Gradle's headline (:data:`_GRADLE_HEADLINES`), is the
    exception's message in words no rule here may know: more than a name (a class's or a
    closure's, "kotlin.jvm.functions.Function1", which says nothing: round 41's 169), no error
    word (a message with one is judged as any line is: "At least one test failed (see log).",
    round 34's 177), and no exit status alone (round 49's 004)."""
    return (
        " " in line and _CAUSE_WORDS.search(line) is None and not _reports_only_an_exit_status(line)
    )


#: The most letters of a message's first word that the paste's end may cut it to.
_CUT_WORD_LETTERS = 5


def _is_a_first_few_letters(line: str) -> bool:
    """Whether ``line``, the paste's last, is a message cut in its first word ("Error:" over
    "Par", Minitest's report cut where the paste ends: round 54's 089): the log cut before the
    error's message, not the message."""
    return len(line) <= _CUT_WORD_LETTERS and line.isalpha()


#: The time since a logger's previous line, which it puts after each ("• ERROR: failed to
#: archive project +43957ms": ssc's, as the debug package's "+0ms"; round 84's 252).
_ELAPSED = re2.compile(r" \+\d{1,9}ms$")


@dataclass
class _Reading:
    """What the lines of a paste showed when none named a cause: the last wrapper line or
    failure notice (its name, the line, its number from 1), the tool that printed a wrapper
    line, and whether a line said the tool went on past what it reports."""

    last: tuple[str, str, int] | None = None
    tool: str = ""
    went_on: bool = False
    headed: int = -1


def _read(lines: Sequence[str], raw: str) -> _Reading | None:
    """Each line judged in turn: set aside (:class:`~slackbot.guidance.asides._Asides`), a
    wrapper line that names no cause, a failure notice, a status table's row, a line over what
    follows it, or else a cause, and then ``None``."""
    reading = _Reading()
    last_filled = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    short_paste = _has_at_most_filled(lines, _STATUS_ONLY_LINES)
    asides = _Asides(lines, raw, short_paste=short_paste)
    # The lines as pasted: a table's columns aligned with spaces, which cleaning closes up.
    raw_rows = _as_pasted(raw, lines) if "  " in raw else []
    nested = False
    labelled = False  # the last wrapper line or notice was an error's label alone ("Error:")
    gradle_headed = False  # the last line judged was Gradle's headline
    wrapped_to = -1  # the last line of a message wrapped over lines, read with its first
    fenced = "```" in raw  # the paste holds a code block, where a tool's question is the tool's
    for index, raw_line in enumerate(lines):
        if index <= wrapped_to:
            continue
        line = _without_line_prefix(raw_line)
        if line.startswith(_WRAPPED_COMMAND):
            wrapped_to, line = _unwrapped_command(lines, index, line)
        elif line.startswith(("Error: ", "ERROR: ", "error: ")):
            wrapped_to, line = _unwrapped_path(lines, index, line)
        if line.startswith("+ ") and raw_rows and _DIFF_ADDED.match(raw_rows[index]) is not None:
            line = line[2:]  # a diff's added line, what it adds read as it is
        if line.endswith("ms") and " +" in line:
            line = _ELAPSED.sub("", line, count=1)
        if line.startswith("* checking ") and _is_an_r_check_over_its_message(lines, index, line):
            return None
        if asides.sets_aside(index, line):
            continue
        hits, line = _wrapper_in(line, lines, index)
        if nested and not hits:
            return None  # the worker's exception Gradle nests under it, whatever its words
        if hits and _wrapper_names_no_cause(line, hits):
            names = [WRAPPERS[hit][0] for hit in sorted(hits)]
            nested = line.startswith(_GRADLE_WORKER)
            labelled = line in _ERROR_LABELS
            gradle_headed = line.startswith(_GRADLE_HEADLINES)
            reading.last = (names[0], line, index + 1)
            if not reading.tool:  # a tool's own pattern may share its line with a generic one
                reading.tool = next(
                    (n for n in names if n not in LOG_PLACES and n not in _NOT_TOOLS), ""
                )
            continue
        if _is_a_failure_notice(line, last_line=index == last_filled, short_paste=short_paste):
            labelled = line in _ERROR_LABELS
            gradle_headed = line.startswith(_GRADLE_HEADLINES)
            reading.last = (NOTICE, line, index + 1)
            continue
        if labelled and not (index == last_filled and _is_a_first_few_letters(line)):
            return None  # the message under an error's label alone, whatever its words
        if gradle_headed and _is_gradles_message_in_words(line):
            return None  # the exception's message under Gradle's headline
        gradle_headed = line.startswith(_GRADLE_HEADLINES)
        if gradle_headed:
            continue  # Gradle's headline, over the exception's message ("> ...")
        if (
            fenced
            and reading.last is not None
            and _asks_about_what_failed(line, reading.last, index)
        ):
            return None
        row = _row_status(line, raw_rows[index] if raw_rows else "")
        if row == _ROW_FAILED:
            if _under_a_test_header(lines, index):
                return None  # the test that failed, named: the user's code
            reading.last = (NOTICE, line, index + 1)
            continue
        if row == _ROW_NOT_FAILED or _stands_over_what_follows(line, lines, index, last_filled):
            if reading.headed < 0 and line.endswith(":") and _heads_what_follows(line):
                reading.headed = index
            continue
        if _is_a_json_record_cut_before_its_message(line):
            continue  # its level is all it says
        if (
            index == last_filled
            and _is_a_message_cut_at_its_start(line)
            and any(ln.strip() for ln in lines[:index])
        ):
            continue  # the paste cut in the message's first letters: a log cut before its error
        if (
            (index in asides.errors and _NOT_A_CAUSE.search(line) is None)
            or _names_a_cause(line)
            or _heads_a_stack(line, lines, index)
        ) and not _repeats_a_wrapper(line, lines, index):
            return None
    reading.went_on = asides.went_on
    return reading


#: A name with a tag, a path or a version in it ("cop:latest", "dex/v1/cop", "app-1.2").
_TAGGED_NAME = re2.compile(r"[\w.-]+[:/][\w.:/-]+|[\w-]+\.[\w.-]+")


def _asks_about_what_failed(line: str, last: tuple[str, str, int], index: int) -> bool:
    """Whether ``line``, right below the wrapper line or notice ``last`` in a code block, is the
    tool's question about the thing that notice says failed: its guess at the cause ("unable to
    build dex/v1/cop:latest" over "is cop:latest provided by a source?", dex's; round 84's 196).
    A person's question names no name from the tool's line."""
    _, notice, line_no = last
    if line_no != index or not line.endswith("?") or len(line) > 120:
        return False
    return any(name in notice for name in _TAGGED_NAME.findall(line) if len(name) >= 4)


#: A frame of a JavaScript or a Java stack trace ("at adapt (file:///x/index.js:116:38)", "at
#: file:///x/cli.js:956:11", "at org.x.Y.z(Y.java:12)", "at async Promise.all (index 0)").
_STACK_FRAME = re2.compile(
    r"^\s*at (?:async )?(?:[\w$.<>\[\]/ -]{1,200} \([^()\n]*:\d+(?::\d+)?\)|"
    r"(?:file://)?\S+:\d+:\d+|[\w$.<>]+\([\w$.-]+\.(?:java|kt|scala|groovy):\d+\))\s*$"
)


#: What is no exception's message above a frame: another frame or its cut tail, a backtrace's
#: numbered frame, an async trace's separator, markup.
_NOT_A_MESSAGE = re2.compile(r"^(?:at\s|\(|<|\.\.\.|\d+:|From previous event)")


def _heads_a_stack(line: str, lines: Sequence[str], index: int) -> bool:
    """Whether ``line`` is an exception's message: the line right above the frames of a
    JavaScript or a Java stack trace, whatever its words ("builder.prerender() has been removed.
    Prerendering now takes place in the build phase", SvelteKit's CLI over its adapter's frames:
    round 83's 065). A wrapper or a notice over frames is read as one before this."""
    if index + 1 >= len(lines) or _NOT_A_MESSAGE.match(line) is not None:
        return False
    return len(line.split()) >= 3 and _STACK_FRAME.match(lines[index + 1].strip()) is not None


def _is_a_failure_notice(line: str, *, last_line: bool, short_paste: bool) -> bool:
    """Whether ``line`` only says that something failed (:mod:`~slackbot.guidance.notices`).
    An exit status alone says so only in a ``short_paste`` (:data:`_STATUS_ONLY_LINES`). A
    failure notice as a heading ("Failures:", "Build failed with errors:") says so only as the
    paste's ``last_line``: the paste is cut before what it heads (round 30's 162), as is CMake's
    error heading cut before its command (round 82's 204). Over lines,
    those lines are judged, and may name a cause in words no rule here knows. A test harness's
    line for one failed test names that test (:data:`~slackbot.guidance.spans._TEST_RESULT`)."""
    if line.endswith(" ... FAILED") and _TEST_RESULT.match(line) is not None:
        return False
    return (
        is_bare_failure_notice(line)
        or _says_it_shows_no_detail(line)
        or _is_a_failed_steps_status(line)
        or _reports_a_failed_attempt(line)
        or (short_paste and _reports_only_an_exit_status(line))
        or (last_line and line.endswith(":") and is_bare_failure_notice(line.rstrip(":").rstrip()))
        or (last_line and _is_a_framed_failure_heading(line))
        or (last_line and _is_a_cmake_error_heading(line))
        or (last_line and _is_a_notice_cut_in_its_word(line))
        or ("Error: " in line and _GIT_PROGRESS_AS_AN_ERROR.match(line) is not None)
    )


#: git's progress, which it writes to stderr, reported as an error by a task that fails on
#: anything written there (Azure Pipelines' agent, a Node task's exec: '##[error]Error: Cloning
#: into 'C:\agent\_work\r1\a\repo'...', round 84's 205), as a person quotes it: the clone
#: was under way, and why the step failed is elsewhere in its log.
_GIT_PROGRESS_AS_AN_ERROR = re2.compile(
    r"^\"?(?:\d{4}-\d\d-\d\dT[\d:.]+Z )?(?:##\[error\])?Error: "
    r"(?:Cloning into (?:bare repository )?'[^'\n]+'\.\.\.|"
    r"Switched to (?:a new )?branch '[^'\n]+'|Already on '[^'\n]+')\"?$"
)


#: A person's mark where they cut lines out of a paste ("[...]", "...", "(…)").
_ELISION = re2.compile(r"^\s*[\[(]?(?:\.{3,}|…)[\])]?\s*$")
#: Lines with no error word at all that make a paste a log cut before its failure.
_CUT_LOG_LINES = 4
#: Lines, configuration or code among them, none naming a cause, that make a paste a record or
#: a log cut before its failure.
_LONG_DUMP_LINES = 9


def _is_a_cut_log(lines: Sequence[str], raw: str, *, went_on: bool) -> bool:
    """Whether a paste in which no line names a cause, and none is a wrapper line or a notice,
    is a log cut before its error rather than a message someone chose to quote; ``went_on``:
    a line said the tool went on past what it reports."""
    # Three lines in which nothing names a cause, one of them a log's, are a cut log
    # (a tool's progress lines, a push to Heroku) even without more marks of one.
    found = log_lines(raw or "\n".join(lines))
    filled = [ln for ln in lines if ln.strip()]
    if "```" in raw:  # a code block's language ("```bash") is left as a line of its own
        tags = _fence_tags(raw)
        filled = [ln for ln in filled if ln.strip() not in tags] if tags else filled
    if found >= LOG_LINES_FOR_A_LOG or (found and len(filled) >= 3):
        return True
    # (A person's mark where they cut lines out, "[...]", is none of the log's lines, nor code.)
    sources = sum(1 for ln in filled if _is_source(ln) and _ELISION.match(ln) is None)
    if len(filled) >= 2 and sources * 2 < len(filled):
        return True
    # Four lines or more without a single error word, not all of them a configuration or a
    # program (a JSON dump, a `kubectl describe`, a tool's settings with a line of its output):
    # the excerpt stops before its failure, whatever its share of key: value lines.
    if (
        len(filled) >= _CUT_LOG_LINES
        and sources < len(filled)
        and not any(_CAUSE_WORDS.search(ln) for ln in filled)
    ):
        return True
    # Many lines in which no line names a cause, whatever their share of configuration or code
    # (a JSON record of a build or a pipeline's stages, a trace log in JSON, a configure run's
    # "found program" lines, pip's locals dump, a simulator's environment): a record or a log cut
    # before its error. A configuration pasted to show a cause is a few lines, or holds one
    # (rounds 18, 33, 34, 44, 52, 53, 60).
    if len(filled) >= _LONG_DUMP_LINES:
        return True
    # One line alone that a logger printed at its info (or debug) level and that says nothing
    # failed: a step starting or going on ("INFO Launching Electron...", "[INFO] Resolving class
    # path of MavenProject: ...", "14:14:22.100 | info  - Using external babel"), the log cut
    # before its error (rounds 11, 12, 19, 48, 50). Whatever its words, a line at that level is
    # no failure's message.
    if len(filled) == 1 and _is_a_progress_log_line(filled[0]):
        return True
    # One line alone in which the tool says it goes on past what it reports: it names no cause
    # of the failure, which its log shows below (round 75's 194).
    if len(filled) == 1 and went_on:
        return True
    # One line alone that reports a step under way, or its output written, and nothing failed:
    # the log cut before the step's end (rounds 32, 35, 38, 39, 47, 52, 74, 75).
    if len(filled) == 1 and _says_a_step_is_under_way(filled[0]):
        return True
    # One line alone in a code block, naming no cause and saying nothing in words: a command
    # echoed ("Running `rustc --crate-name ...`", "[657/659] cmd.exe /C ..."), a progress line, a
    # line cut short ("Runni"), a line of pytest's failure detail ("E   setting PATH=..."). A
    # log cut where its error would follow, not a message someone chose to quote (round 63's
    # 045, round 64's 012, round 66's 074). A sentence may name a cause in words no rule here
    # knows ("Must not run with sudo"): it is left to be an unknown error. So is a line that
    # reads as configuration or code (a JSON answer, '{"code":13,"message":"INTERNAL"}'), as two
    # such lines are above.
    if (
        len(filled) == 1
        and _in_code(raw)
        and _PROSE.search(filled[0]) is None
        and not _is_source(filled[0])
    ):
        return True
    # One line alone that opens a logger's JSON record and is cut before its message: the log
    # cut where its error would follow (round 79's 302).
    if len(filled) == 1 and _is_a_json_record_cut_before_its_message(filled[0].strip()):
        return True
    # One line alone that is the command a build or test ran, as typed at a prompt ("$ go build")
    # or with its environment before it ("GOOS=linux GOARCH=arm go build -o out/..."): the output
    # that would name the cause was not pasted (round 76's 097).
    return len(filled) == 1 and _is_a_command_alone(filled[0])
