"""One line that shows a log cut before its error: a logger's progress at its info level, a
step under way or its output written, the command a build ran, a line of the log in a code
block; and the languages a paste's code blocks are opened with (a line of no log).
"""

from __future__ import annotations

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.causes import _CAUSE_WORDS
from slackbot.guidance.notices import (
    _FAILED_WORDS,
    _NOTICE_LINE,
    _NOTICE_WORD,
    _has_a_failure_stem,
    _without_names,
    is_bare_failure_notice,
)
from slackbot.guidance.spans import _wrapper_names_no_cause
from slackbot.guidance.wrappers import _wrappers

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
    if _has_a_failure_stem(lowered):
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


def _is_a_json_record_cut_before_its_message(line: str) -> bool:
    """Whether ``line`` opens a logger's JSON record (zap, logrus, pino: ``{"level":"error",``)
    and is cut before its message and its error fields (no closing brace): its level is the
    only word of a failure, which names none ('{"level":"error","ts":1601914929.4117632,
    "logger":"': round 79's 302)."""
    return (
        line.startswith('{"level":"')
        and not line.rstrip().endswith("}")
        and len(line) <= _NOTICE_LINE
        and not any(key in line for key in _JSON_MESSAGE_KEYS)
    )


#: The keys of a JSON log record that hold what it reports.
_JSON_MESSAGE_KEYS = ('"msg":', '"message":', '"error":', '"err":', '"stacktrace":')


#: Cloud Build's first line, over its steps' output (FETCHSOURCE, BUILD, ...): a paste of it
#: alone is the log cut before any step ran (round 74's 106).
_CLOUD_BUILD_START = re2.compile(
    r'^starting build "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"$', _OPTIONS
)


def _says_a_step_is_under_way(line: str) -> bool:
    """Whether ``line`` only reports a step under way, or its output written
    (:data:`_UNDER_WAY`), in a dozen words at most and none of a failure or a cause. The step
    is named in two words or more: a verb and its object alone ("Disallowing packages") may be
    a tool's message."""
    if _CLOUD_BUILD_START.match(line.strip().strip("`> ")) is not None:
        return True
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


#: A Markdown code block's opening fence with its language ("```bash", "```json").
_FENCE_TAG = re2.compile(r"(?m)^\s*```([\w+#.-]{1,20})\s*$", _OPTIONS)


def _fence_tags(raw: str) -> frozenset[str]:
    """The languages the paste's code blocks are opened with: cleaning keeps each as a line of
    its own ("bash", "json"), a line of no log (rounds 14, 33, 41, 48, 49)."""
    return frozenset(_FENCE_TAG.findall(raw))


#: A message cut in its first letters where the paste ends: an error's label, at most one word,
#: then one or two letters ("error: li", "error: linking w", "fatal: no"; round 27's 180, round
#: 34's 135, round 74's 172). What it would have named is not shown: the log is cut before it.
_CUT_AT_ITS_START = re2.compile(
    r"^(?i:error|fatal)(?:\[E\d{4}\])?: (?:[a-z]{2,20} )?[a-z]{1,2}$", _OPTIONS
)


def _is_a_message_cut_at_its_start(line: str) -> bool:
    """Whether ``line``, the paste's last, is an error's label and its message cut after its
    first letters (:data:`_CUT_AT_ITS_START`)."""
    return len(line) < _NOTICE_LINE and _CUT_AT_ITS_START.match(line) is not None


#: "failed" cut where the paste ends ("Build faile", "[build]   Faile", "npm ERR! command fail";
#: round 27's 006, round 78's 055, round 62's 074), and what completes it.
_CUT_FAILED = (("faile", "d"), ("fail", "ed"), ("fai", "led"))


def _is_a_notice_cut_in_its_word(line: str) -> bool:
    """Whether ``line``, the paste's last, is a failure notice whose "failed" the paste cut:
    completed, it only says that something failed (:func:`is_bare_failure_notice`), or it is a
    wrapper line that names no cause (npm's "command failed" over the command: round 62's 074)."""
    lowered = line.lower()
    for cut, rest in _CUT_FAILED:
        if lowered.endswith(cut) and (len(line) == len(cut) or not line[-len(cut) - 1].isalnum()):
            whole = line + rest
            return is_bare_failure_notice(whole) or _is_a_wrapper_line_naming_no_cause(whole)
    return False


def _is_a_wrapper_line_naming_no_cause(line: str) -> bool:
    """Whether ``line`` is a wrapper line (:mod:`~slackbot.guidance.wrappers`) that names no
    cause."""
    hits = _wrappers().match(line)
    return bool(hits) and _wrapper_names_no_cause(line, hits)
