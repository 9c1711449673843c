"""Lines that stand over what follows them and name no cause themselves: a person's or a bot's
heading that says only that something failed ("Build failures:"), a label ("Error output:"),
the words before a pasted wrapper line, CMake's heading over a script's message, a heading
framed by rules, and the exception Python was handling when another was raised.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.lines import _without_line_prefix
from slackbot.guidance.notices import (
    _LABELS,
    _NOTICE_LINE,
    _TOOL_MESSAGE_HEADS,
    _has_a_failure_stem,
    _says_only_that_it_failed,
    _tells_no_cause,
    is_bare_failure_notice,
)
from slackbot.guidance.spans import _wrapper_names_no_cause
from slackbot.guidance.wrappers import _wrappers


def _stands_over_what_follows(
    line: str, lines: Sequence[str], index: int, last_filled: int
) -> bool:
    """Whether ``line`` (the paste's line ``index``, its prefix cut) stands over the lines below
    it and names no cause itself; ``last_filled`` is the index of the paste's last line that is
    not blank (a label there heads nothing)."""
    return (
        (line.endswith(":") and _introduces_a_wrapper(line, lines[index + 1 : index + 3]))
        or (line.endswith(":") and _heads_what_follows(line))
        or (line.endswith((":", "-")) and index < last_filled and _is_a_label_heading(line))
        or (
            # a project's message(FATAL_ERROR) that says only that a build failed
            line.endswith("(message):")
            and _CMAKE_MESSAGE.match(line) is not None
            and _introduces_a_notice(lines[index + 1 : index + 3])
        )
        or (line in _TOOL_OUTPUT_HEADINGS and _heads_a_wrapper_alone(lines[index + 1 : index + 4]))
        or _handled_when_another_was_raised(lines, index)
        or (line.startswith("<summary>") and _is_a_fold_label(line))
    )


#: A tool's heading over the output of a tool it ran, then an arrow on a line of its own:
#: Flutter's over xcodebuild's (its mac.dart, printError('Error output from Xcode build:\n↳');
#: "Failed to build iOS app" above it, flutter/flutter#49943, #42437).
_TOOL_OUTPUT_HEADINGS = frozenset({"Error output from Xcode build:"})
_OUTPUT_ARROWS = frozenset({"↳", "->", "=>"})


def _heads_a_wrapper_alone(below: Sequence[str]) -> bool:
    """Whether the first line ``below`` a tool's heading over another tool's output (past its
    arrow) is a wrapper line: that output is only its notice ("** BUILD FAILED **" under
    Flutter's heading: round 84's 251), and the heading names no cause. Over other lines (the
    tool's messages, round 16's 112) the heading is read as they are."""
    filled = [ln.strip() for ln in below if ln.strip() and ln.strip() not in _OUTPUT_ARROWS]
    return bool(filled) and bool(_wrappers().match(filled[0]))


def _introduces_a_wrapper(line: str, below: Sequence[str]) -> bool:
    """Whether ``line`` is a person's words that say something failed, name no cause and end
    in a colon before the wrapper line they paste ("CI fails again with un-descriptive conda
    error message:"), ``below`` being the next lines (a blank one may come first). A tool's
    "Error: ...:" is a message, not a person's words."""
    if _LABELS.match(line) or not _says_only_that_it_failed(line[:-1]):
        return False
    pasted = _first_filled(below)
    return bool(pasted) and bool(_wrappers().match(pasted))


#: Marks a tool's line holds and a person's heading does not: a path, a location, a field, a
#: quoted message, a prefix in brackets, npm's "ERR!".
_NOT_IN_A_HEADING = (":", "/", "\\", "[", "]", "`", '"', "=", "<", ">", "{", "}", "!")


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
    if not _has_a_failure_stem(lowered) or "test" in lowered:
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
        # ("Standard error", "Standard output": a bot's folds of a command's streams.)
        "standard",
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


#: The title of a fold in a Markdown comment (HTML's ``<details>``), alone on its line.
_FOLD_LABEL = re2.compile(r"^<summary>\s*([A-Za-z][A-Za-z ]{0,40}?)\s*</summary>$", _OPTIONS)


def _is_a_fold_label(line: str) -> bool:
    """Whether ``line`` is a fold's title that is only a label (:data:`_LABEL_HEADING_WORDS`:
    "<summary>Standard error</summary>" over the command's stream a bot folds in its comment,
    round 78's 002): the fold below holds the cause, or none; its title names none."""
    found = _FOLD_LABEL.match(line)
    if found is None:
        return False
    words = found.group(1).lower().split()
    return 0 < len(words) <= 3 and all(word in _LABEL_HEADING_WORDS for word in words)


#: The heading CMake prints over a script's message(FATAL_ERROR) or message(SEND_ERROR).
_CMAKE_MESSAGE = re2.compile(r"^CMake Error at \S+ \(message\):$", _OPTIONS)
#: CMake's heading over an error cut before the command it names ("CMake Error at
#: CMakeLists.txt:16"; round 82's 204): the paste stops before the message. (Whole, "CMake Error
#: at cmake/python.cmake:544 (message):", it may end a configure's lines that say what it was
#: checking, "-- Checking for SciPy": round 56's 028.)
_CMAKE_ERROR_HEADING = re2.compile(r"^CMake Error at \S+?:\d+$", _OPTIONS)


def _is_a_cmake_error_heading(line: str) -> bool:
    """Whether ``line`` is CMake's heading over an error cut before its command: as a paste's
    last line, the paste is cut before the message that names the cause."""
    return line.startswith("CMake Error") and _CMAKE_ERROR_HEADING.match(line) is not None


def _introduces_a_notice(below: Sequence[str]) -> bool:
    """Whether the next line that is not blank (``below``: the next two) is a wrapper line that
    names no cause, or a bare failure notice: the message a CMake script's message(FATAL_ERROR)
    prints under its heading ("CMake Error at src/bundled/install_qt5.cmake:122 (message):",
    then "Cannot build Qt5. Please go to the mailing list for help." after make's Error 2:
    round 57's 092). Any other message is judged as the cause it may be."""
    message = _first_filled(below)
    if not message:
        return False
    hits = _wrappers().match(message)
    if hits:
        return _wrapper_names_no_cause(message, hits)
    return is_bare_failure_notice(message)


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
    return _has_a_failure_stem(lowered) and _tells_no_cause(inner)


#: The exceptions Python raises when a lookup fails, which code catches to try another way (a key,
#: an index, an attribute, a module, a name, the end of an iterator).
_LOOKUP_ERROR = re2.compile(
    r"^(?:KeyError|IndexError|LookupError|AttributeError|StopIteration|ImportError|"
    r"ModuleNotFoundError|NameError|UnboundLocalError)(?::|$)",
    _OPTIONS,
)
#: What Python prints between the exception it was handling and the one raised meanwhile.
_CHAINED = "During handling of the above exception, another exception occurred:"


def _handled_when_another_was_raised(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is the exception Python was handling when another was raised:
    the next line that is not blank (of the next two) is its notice. The failure is the later
    exception; a paste cut inside its traceback shows none (round 68's 062: Django's template
    engines looked up in a dict, "KeyError: 'django'", then an import that failed). Only a
    lookup that failed is handled so (:data:`_LOOKUP_ERROR`): another exception is the failure
    the code did not handle ("gitlab.exceptions.GitlabHttpError: 406: Branch cannot be merged",
    then the handler's own; round 79's 068)."""
    if _LOOKUP_ERROR.match(_without_line_prefix(lines[index])) is None:
        return False
    for below in lines[index + 1 : index + 3]:
        text = below.strip()
        if text:
            return text == _CHAINED
    return False


def _first_filled(below: Sequence[str]) -> str:
    """The first of the lines ``below`` that holds more than its prefix, without it; or empty."""
    return next((text for text in map(_without_line_prefix, below) if text), "")
