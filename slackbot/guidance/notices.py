"""Failure notices: lines that say, in general words, only that something failed.

"Build failed", "This job failed", "Tests failed.", make's "Error 2" after a command, a step's
"... failed" in a tool's progress, an attempt made again, a person's "it does not say why":
each says that something failed, not what. :func:`is_bare_failure_notice` is the plain case;
the others read a tool's or a person's line that names no cause either.
"""

from __future__ import annotations

import re

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.causes import _CAUSE_WORDS, _NOT_A_CAUSE, _ZERO_COUNT, _names_a_cause

#: Words that label a line as an error without saying which (``Error:``, ``[ERROR]``).
#: Not a field that holds the cause (goreleaser's ``⨯ release failed  error=...``).
_LABELS = re2.compile(r"(?i)\b(?:error|failure|fatal|runtimeerror)\b(?::|[^=]|$)", _OPTIONS)


#: A failure notice in general words only ("This job failed", "BUILD FAILED", "Tests failed.",
#: "The operation was canceled"): it says that something failed, not what. Any other word (a
#: tool, a file, a reason) makes the line a cause.
_FAILURE_WORD = re2.compile(
    r"(?i)^(?:failed|fails?|failing|failure|failures|errors?|errored|crash(?:e[sd]|ing)?|aborted|"
    r"cancell?ed|"
    r"broken?)$",
    _OPTIONS,
)
_GENERAL_WORD = re2.compile(
    r"(?i)^(?:the|this|that|a|an|has|have|had|was|were|is|are|been|be|with|in|after|due|to|of|"
    r"you|your|our|it|its|and|or|for|on|at|all|some|something|one|another|other|now|again|still|"
    r"just|ci|"
    # (Xcode's archive is its build for release: "failed to archive project", round 84's 252.)
    r"builds?|building|archiv(?:e|ing)|jobs?|steps?|tasks?|runs?|pipelines?|stages?|workflows?|checks?|"
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
#: The most words a notice holds.
_NOTICE_WORDS = 10
#: The most words, and the fewest, of a person's sentence around a wrapper line or a notice.
_SENTENCE_WORDS = 30
_SENTENCE_MIN_WORDS = 4
#: Marks a tool's line holds and a person's sentence does not.
_NOT_IN_A_SENTENCE = frozenset("'\"`[](){}<>=*")
#: Longer than this, a line is a sentence or a log line, not a notice (nor quotes one).
_NOTICE_LINE = 300
#: What a line that speaks of a failure holds, lowered: a cheap test before any pattern.
_FAILURE_STEMS = ("fail", "error", "crash", "abort", "cancel", "broke")


def _has_a_failure_stem(lowered: str) -> bool:
    """Whether ``lowered``, a line in lower case, holds a stem of :data:`_FAILURE_STEMS`."""
    return any(stem in lowered for stem in _FAILURE_STEMS)


def _is_a_notice_word(word: str) -> bool:
    """Whether ``word`` only says that something failed, or is a general word a notice holds
    (:data:`_FAILURE_WORD`, :data:`_GENERAL_WORD`): no word of a cause."""
    return _FAILURE_WORD.match(word) is not None or _GENERAL_WORD.match(word) is not None


#: Words in double quotes, straight or curly.
_QUOTED = re2.compile(r'["\x{201c}]([^"\x{201d}\n]{1,80})["\x{201d}]', _OPTIONS)
#: Four words of prose in a row ("is only applicable to members", "Must not run with sudo"): a
#: line that holds them says something in words, and may name a cause that no word here knows.
_PROSE = re2.compile(
    r"(?:^|\s)(?:[A-Za-z][a-z]+[,.;:!?]?|[aI])(?:\s+(?:[A-Za-z][a-z]+[,.;:!?]?|[aI])){3}(?:\s|$)",
    _OPTIONS,
)


def is_bare_failure_notice(line: str) -> bool:
    """Whether ``line`` only says, in general words, that something failed, or quotes such a
    notice as all there was to see ('there is no error message, only "BUILD FAILED"'), maybe
    pointing to the log after it (:data:`_POINTS_TO_THE_LOG`)."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not _has_a_failure_stem(lowered):
        return False  # most lines of a long log: no regex for them
    if "log" in lowered or "output" in lowered or "console" in lowered:
        pointer = _POINTS_TO_THE_LOG.search(line)
        if pointer is not None and pointer.start() > 0:
            line = line[: pointer.start()]
    if "0" in line:  # a tally whose failures are all zero ("Failed: 0.") says nothing failed
        line = _ZERO_COUNT.sub(" ", line)
        if not _has_a_failure_stem(line.lower()):
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


def _is_notice(line: str) -> bool:
    """Whether ``line``'s words, ten at most, are a failure word and words a notice holds
    (:func:`_is_a_notice_word`)."""
    # A heading over what failed ("failures:"), or a field (result=failed), is not a notice.
    if line.rstrip().endswith(":") or "=" in line or line.count(" ") > 2 * _NOTICE_WORDS:
        return False
    words = _NOTICE_WORD.findall(line)
    if not words or len(words) > _NOTICE_WORDS:
        return False
    return any(_FAILURE_WORD.match(w) for w in words) and all(_is_a_notice_word(w) for w in words)


def _says_only_that_it_failed(sentence: str) -> bool:
    """Whether ``sentence`` is a person's words that say something failed and name no cause
    ("The Github Actions for node.js CI builder fail", "CI fails again with un-descriptive
    conda error message")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) < _SENTENCE_MIN_WORDS or any(c in sentence for c in _NOT_IN_A_SENTENCE):
        return False
    if not _has_a_failure_stem(sentence.lower()):
        return False
    return _tells_no_cause(sentence)


def _tells_no_cause(sentence: str) -> bool:
    """Whether a sentence around a wrapper line names no cause, once the words that only say
    something failed are set aside: what it is about ("the julia nightly build on osx") and
    how it was seen ("re-running shows")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) > _SENTENCE_WORDS:
        return False
    told = [w for w in words if not _is_a_notice_word(w)]
    return not _names_a_cause(" ".join(told))


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


def _says_it_shows_no_detail(line: str) -> bool:
    """Whether ``line`` is a person's sentence that says the failure shows no detail: what it
    quotes is all there was to see, not a cause (:data:`_NO_DETAIL`). It speaks of a failure
    or its message. Gradle's "(no error message)" after an exception's class is the tool's, and
    the class is the cause."""
    if len(line) > _NOTICE_LINE or "(no error message)" in line:
        return False
    lowered = line.lower()
    if "message" not in lowered and not _has_a_failure_stem(lowered):
        return False  # about something else than a failure ("shows `launching` ... no details")
    return _NO_DETAIL.search(line) is not None and _PROSE.search(line) is not None


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
#: HTTP status ("returned 403") is a server's answer. Node's ``null`` (a child process that
#: ended without a code of its own, as a script reports it: "Tests exited with code: null",
#: round 83's 019; the rounds' pastes of "failed with exit code null" are all labelled
#: wrapper-only) names no signal or reason either.
_EXIT_STATUS_END = re2.compile(
    r"(?i)(?:\b(?:exit|return)(?:ed)?(?: with)?(?: (?:exit|return|error))?"
    r"(?: code| status| value)?|\breturn ?code|\] Error) ?:? ?['\"]?(?:[12]|null)['\"]?"
    r"[)\]'\"`*.!\s]*$",
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


#: How a tool's message starts when its detail (what could not be done, where) follows.
_TOOL_MESSAGE_HEADS = ("failed to ", "unable to ", "could not ", "cannot ", "can't ")


#: What a tool says after an attempt it makes again ("Error creating Conda environment, retrying
#: after short sleep.", "Checkout failed! exit status 128 (Attempt 1/3 Retrying in 2s)").
_RETRY_TAIL = re2.compile(
    r"(?i)(?:[,;]\s*| - |\s*\()(?:will )?(?:retrying|trying again)\b[^\n]{0,60}$|"
    r"\s*\(attempt \d+ ?(?:/|of) ?\d+[^)\n]{0,40}\)\W*$",
    _OPTIONS,
)

#: A system call's error by its errno name (ETIMEDOUT, ECONNRESET, ENOSPC): a cause.
_ERRNO_NAME = re2.compile(r"\bE[A-Z]{3,}\b", _OPTIONS)


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
