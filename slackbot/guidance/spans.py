"""Wrapper lines as people paste them: inside a Markdown list item or bold, a quote, a code span
or italics (on one line or over several), quoted or introduced with a colon in a sentence, or
repeated in part; and whether a line that holds a wrapper names a cause beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.causes import _FAILED_TO_PRODUCE, _names_a_cause
from slackbot.guidance.lines import _without_line_prefix
from slackbot.guidance.notices import (
    _LABELS,
    _NOTICE_WORD,
    _QUOTED,
    _is_a_notice_word,
    _says_only_that_it_failed,
    _tells_no_cause,
)
from slackbot.guidance.wrappers import _wrappers

#: Markdown's list markers, before a wrapper line a person lists.
_LIST_MARKERS = ("- ", "* ", "+ ")
#: The marks people quote a whole line in: Markdown's backtick, and the acute accent that some
#: keyboards give for it.
_QUOTES = '"`\u00b4'
#: The marks of a quote, a code span or italics that a paste of several lines opens on its first
#: line and closes on its last.
_SPAN_MARKS = '"`_*\u201c\u201d'
#: The quotes a person puts around a line they copy: backticks, straight double quotes, or
#: the curly ones a rich text editor types.
_QUOTE_MARKS = ("`", '"', "\u201c")
#: What a line needs to hold a wrapper in a person's sentence: a quote, or a colon before it.
_SENTENCE_MARKS = (*_QUOTE_MARKS, ": ")
#: Words in backticks: a code span.
_BACKTICKED = re2.compile(r"`([^`\n]{3,300})`", _OPTIONS)
#: How long a part of another line must be to be taken for that line, repeated and cut, and
#: how many lines away that line may be (a window, so that a paste of many such parts is still
#: read in linear time).
_REPEATED_PART = 20
_REPEAT_WINDOW = 20


def _wrapper_in(line: str, lines: Sequence[str], index: int) -> tuple[list[int], str]:
    """The wrapper patterns that ``line`` (the paste's line ``index``, its prefix cut) holds,
    and the wrapper line they are in: ``line`` itself, or what a Markdown list item, bold, a
    span over lines, quotes or a person's sentence holds (no hits: no wrapper line)."""
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
    return hits, line


def _wrapper_names_no_cause(line: str, hits: Sequence[int]) -> bool:
    """Whether a line that holds wrapper phrases names no cause beside them: nothing left once
    they are cut, no message quoted beside them, and no wrapper's words that are part of a
    cause (a build that ran but left no output where the tool looks)."""
    if line.endswith(" ... FAILED") and _TEST_RESULT.match(line) is not None:
        return False  # the test that failed, named: the user's code
    if ", 137, " in line and _KILLED_TASK.search(line) is not None:
        return False  # a task's script killed (SIGKILL, out of memory): the cause
    if line.startswith("ERROR: Execution of ") and _CRASHED_TASK.match(line) is not None:
        return False  # a task's script killed by a signal (SIGSEGV, SIGABRT...): the cause
    rest = _without_wrappers(line, hits)
    if ": " in rest and ("ailed to " in rest or "nable to " in rest or "ailed running " in rest):
        # A chain of what the tool was doing, down to the wrapper, and nothing else
        unchained = _CONTEXT_CHAIN.sub(" ", rest)
        words = _NOTICE_WORD.findall(unchained)
        if unchained != rest and all(_is_a_notice_word(w) for w in words):
            rest = unchained
    if _names_a_cause(rest) or _quotes_a_cause(line):
        return False
    if " error " in line and _AN_ERROR_DOING.search(line) is not None:
        return False
    return "failed to produce" not in line or _FAILED_TO_PRODUCE.search(line) is None


#: A test harness's line for one test that failed: Rust's libtest and compiletest ("test
#: [debuginfo-gdb] debuginfo-gdb/macro-stepping.rs ... FAILED": round 78's 110), Python's
#: unittest ("test_x (pkg.TestY) ... FAILED"). It names the failed test, not a wrapper's words.
_TEST_RESULT = re2.compile(r"^(?:test \S[^\n]*|test\w* \([\w.]+\)) \.\.\. FAILED$", _OPTIONS)


#: BitBake's ExecutionError for a task's script killed by SIGKILL (exit status 137, the kernel's
#: OOM killer or a runner's limit): ExecutionError(command, exit code, stdout, stderr) names the
#: cause (round 78's 071).
_KILLED_TASK = re2.compile(r"\bExecutionError\('[^'\n]*', 137, ", _OPTIONS)
#: BitBake's line for a task's script that a signal ended (exit status 128 + the signal: 132
#: SIGILL, 134 SIGABRT, 135 SIGBUS, 136 SIGFPE, 137 SIGKILL, 139 SIGSEGV; "ERROR: Execution of
#: '/x/temp/run.do_image_ext4.23014' failed with exit code 139": round 69's 081).
_CRASHED_TASK = re2.compile(
    r"^ERROR: Execution of '[^'\n]+' failed with exit code 13[2-79]$", _OPTIONS
)


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


def _without_wrappers(line: str, hits: Sequence[int]) -> str:
    """What is left of a line once its wrapper phrases and bare "error" labels are cut."""
    kept = list(line)
    for hit in hits:
        for found in _wrappers().pattern(hit).finditer(line):
            start, end = found.span()
            kept[start:end] = [" "] * (end - start)
    return str(_LABELS.sub(" ", "".join(kept)))


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


def _wrapper_in_a_sentence(line: str) -> tuple[list[int], str]:
    """A wrapper line a person quotes or introduces with a colon in a sentence that names no
    cause: its hits and the wrapper line, or nothing."""
    if any(mark in line for mark in _QUOTE_MARKS):
        hits, inner = _quoted_wrapper(line)
        if hits:
            return hits, inner
    if line.endswith(("'", "'.")) and " '" in line:
        hits, inner = _wrapper_quoted_last(line)
        if hits:
            return hits, inner
    return _introduced_wrapper(line) if ": " in line else ([], line)


def _wrapper_quoted_last(line: str) -> tuple[list[int], str]:
    """A wrapper line a person's sentence ends on, in single quotes, the sentence naming no cause
    ("when I add to the command --onefile or --standalone it gives me an error 'FATAL: Error,
    please report the issue with above output.'": round 79's 016): its hits and the line, or
    nothing. Only the sentence's last quote is taken for a line: single quotes also mark names."""
    body = line[:-1] if line.endswith(".") else line
    head, _, quoted = body[:-1].rpartition(" '")
    if " " not in quoted.strip() or "'" in quoted:
        return [], line
    hits = _wrappers().match(quoted.strip())
    if hits and _tells_no_cause(head):
        return hits, quoted.strip()
    return [], line


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


#: A GitHub or Azure log line's time and error mark, as a person quotes the line whole.
_STEP_TIME_AND_MARK = re2.compile(
    r"^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?)?(?:##\[error\])?", _OPTIONS
)


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
