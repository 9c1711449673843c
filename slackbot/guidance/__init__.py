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

from collections.abc import Sequence
from dataclasses import dataclass

from slackbot.guidance._options import _OPTIONS as _OPTIONS
from slackbot.guidance.asides import (
    _BUILD_CHECKS,
    _CLEO_FRAME,
    _CLEO_SOURCE,
    _CMAKE_CHECK,
    _CMAKE_WARNINGS,
    _DEPRECATED,
    _GRADLE_HIGHLIGHTS,
    _PYTHON_FRAME,
    _STEP_INPUT,
    _diagnostic_of,
    _goes_on,
    _logs_levels_as_bullets,
    _marked_lines,
    _pytest_source_lines,
)
from slackbot.guidance.causes import _CAUSE_WORDS, _NOT_A_CAUSE, _names_a_cause
from slackbot.guidance.cut_logs import (
    _fence_tags,
    _in_code,
    _is_a_command_alone,
    _is_a_progress_log_line,
    _says_a_step_is_under_way,
)
from slackbot.guidance.headings import (
    _CMAKE_MESSAGE,
    _handled_when_another_was_raised,
    _heads_what_follows,
    _introduces_a_notice,
    _introduces_a_wrapper,
    _is_a_framed_failure_heading,
    _is_a_label_heading,
)
from slackbot.guidance.lines import (
    _CI_LOG_MARK,
    _EXCEPTION_LINE,
    _LOG_LINE,
    _QUOTE,
    _is_source,
    _unflattened,
)
from slackbot.guidance.lines import _LINE_PREFIXES as _LINE_PREFIXES
from slackbot.guidance.lines import _without_line_prefix as _without_line_prefix
from slackbot.guidance.notices import (
    _LABELS,
    _PROSE,
    _is_a_failed_steps_status,
    _reports_a_failed_attempt,
    _reports_only_an_exit_status,
    _says_it_shows_no_detail,
)
from slackbot.guidance.notices import is_bare_failure_notice as is_bare_failure_notice
from slackbot.guidance.spans import (
    _LIST_MARKERS,
    _QUOTES,
    _SENTENCE_MARKS,
    _SPAN_MARKS,
    _repeats_a_wrapper,
    _without_wrappers,
    _wrapper_in_a_sentence,
    _wrapper_in_a_span,
    _wrapper_names_no_cause,
)
from slackbot.guidance.systems import LOG_PLACES as LOG_PLACES
from slackbot.guidance.systems import SHARED, SHARED_BY, _system_of
from slackbot.guidance.systems import SYSTEM_CUES as SYSTEM_CUES
from slackbot.guidance.tables import (
    _ROW_FAILED,
    _ROW_NOT_FAILED,
    _aligned_cells,
    _passed,
    _status_row,
)
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


_GRADLE_WORKER = ("A failure occurred while executing ", "> A failure occurred while executing ")


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
