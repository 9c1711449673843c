"""Recognise known CI errors in pasted text or whole logs.

The pipeline, each step a function of its own:

1. :func:`clean_log` strips what CI systems wrap around a line (ANSI codes, timestamps,
   GitHub/GitLab/Jenkins/BuildKit prefixes, Markdown quotes) and blanks boilerplate
   lines such as ``Process completed with exit code 1`` so they never decide a match.
2. Every entry's signature patterns (RE2, linear time) are searched in the cleaned
   text at once with an ``re2.Set``: a hit is the primary, precise signal.
3. :func:`select_error_lines` picks the lines that look like errors (the later ones in
   a long log); :func:`mask_line` replaces variable parts (hashes, paths, versions,
   URLs, quoted names) but keeps discriminating numbers (exit codes, HTTP statuses);
   an inverted index of each entry's distinctive tokens picks candidates, and
   rapidfuzz's ``token_set_ratio`` ranks them. A fuzzy hit needs shared distinctive
   tokens (and the exit code or status its example names) and a high similarity, so an
   error no entry covers matches nothing.

Scores mean the same for every entry: 90-100 a signature hit, 70-89 a strong fuzzy
match, 50-69 a possible one (only offered as a near miss, never as a match).
"""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import re2
from rapidfuzz import fuzz, process, utils

from slackbot.claims import is_cut_after_symbol_list_header, is_unsupported_user_code_claim
from slackbot.compiled import (
    USER_CODE,
    Roots,
    catalog_fingerprint,
    read_cached,
    write_cached,
)
from slackbot.guidance import Wrapper, find_guidance, load_wrapper_words
from slackbot.pattern_set import PatternSet, required_words
from slackbot.suite_failure import COMPILE_ERROR, TEST_SUITE_FAILURE, recognise_suite_failure
from slackbot.tool_output import recognise_tool_output

if TYPE_CHECKING:
    from slackbot.catalog import Catalog, EntrySignature

SIGNATURE_FLOOR = 90
STRONG_FLOOR = 70
POSSIBLE_FLOOR = 50
#: raw token_set_ratio needed for a strong fuzzy match and for a near miss. 100: the line
#: holds every word of the example; on unseen pastes lines short of that (88 and up) named
#: the wrong entry more often than the right one (README, Accuracy, footnote 20).
STRONG_RAW = 100
POSSIBLE_RAW = 75
#: The generic user-code classes, which the structural recogniser answers with.
GENERIC_USER_CODE = frozenset({TEST_SUITE_FAILURE, COMPILE_ERROR})
#: The score of a test failure or compiler error recognised by the lines' shape alone
#: (:mod:`slackbot.suite_failure`): strong, below any fuzzy match of the same strength.
SHAPE_SCORE = STRONG_FLOOR

MAX_LINE_CHARS = 2_000
MAX_FUZZY_LINES = 300
PASTE_LINES = 60
MIN_FUZZY_CHARS = 20
MIN_FUZZY_TOKENS = 3
#: The most entries a token may appear in and still anchor a fuzzy match.
RARE_TOKEN_CUT = 12
#: At most this many failing tests or locations are quoted on a user-code card.
MAX_EXTRACTED = 10
#: A text longer than this is read as a stream: signatures only, but for its tail.
BIG_TEXT_CHARS = 1 << 20
TAIL_CHARS = 256 << 10
CHUNK_CHARS = 1 << 20
#: Hits of a loose pattern checked from the end of a piece before giving up on it.
MAX_CANDIDATE_LINES = 20
MAX_EXTRACTED_CHARS = 200


class Tier(StrEnum):
    """How sure a match is."""

    SIGNATURE = "signature"
    STRONG = "strong"
    POSSIBLE = "possible"


_TIER_RANK = {Tier.SIGNATURE: 2, Tier.STRONG: 1, Tier.POSSIBLE: 0}


@dataclass(frozen=True)
class Match:
    """One entry recognised in the input, and the line that decided it."""

    entry_id: str
    title: str
    score: int
    tier: Tier
    line_no: int
    line: str
    #: For a failure in the user's code: what failed (test ids, ``file:line``).
    extracted: tuple[str, ...] = ()

    @property
    def is_user_code(self) -> bool:
        return self.entry_id.startswith(f"{USER_CODE}/")

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.entry_id,
            "title": self.title,
            "score": self.score,
            "tier": self.tier.value,
            "line_no": self.line_no,
            "line": self.line,
        }
        if self.is_user_code:
            data["extracted"] = list(self.extracted)
        return data


@dataclass(frozen=True)
class MatchResult:
    """Matches best first; near misses are offered only when nothing matched."""

    matches: list[Match]
    near_misses: list[Match]
    decisive_line: str
    #: When nothing matched and the text shows only a wrapper line (no cause).
    wrapper: Wrapper | None = None

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def hint(self) -> str:
        """``wrapper-only`` when the text shows only what wraps a failure, else empty."""
        return "wrapper-only" if self.wrapper is not None and not self.matches else ""

    def with_lines(self, change: Callable[[str], str]) -> MatchResult:
        """The same result with ``change`` applied to every line it quotes (to redact)."""

        def changed(match: Match) -> Match:
            extracted = tuple(change(item) for item in match.extracted)
            return replace(match, line=change(match.line), extracted=extracted)

        return MatchResult(
            matches=[changed(m) for m in self.matches],
            near_misses=[changed(m) for m in self.near_misses],
            decisive_line=change(self.decisive_line),
            wrapper=replace(self.wrapper, line=change(self.wrapper.line)) if self.wrapper else None,
        )


# --- cleaning -------------------------------------------------------------------------

#: Jenkins' ``<br/>``; also one cut short at a line's end, where a bot's or a page's excerpt
#: stopped inside it (round 75's 185: "... -rf :module<br/").
_BR = re.compile(r"<br\s*/?(?:>|$)", re.MULTILINE)
# A carriage return inside a line is a progress bar redrawing itself: keep what was last drawn.
_CARRIAGE_RETURN = re.compile(r"^[^\n]*\r", re.MULTILINE)
_ANSI = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# Escape sequences whose ESC byte was lost on the way (GitLab's [0K, [32;1m; pip's [?25l).
_ANSI_REMNANT = re.compile(r"\[(?:[0-9;]{1,12}[mK]|\?25[lh])|\?25[lh]")
_GITLAB_SECTION = re.compile(r"section_(?:start|end):\d+:[\w.-]++(?:\[[^\]\n]{0,100}\])?")
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_LINE_PREFIX = re.compile(
    r"""^[ \t]*(?:
        (?:>[ \t]?)+                                              # Markdown quotes
      | \[\d+\]\(https?://[^)\s]{0,500}\)                           # GitHub step link
      | \d{1,7}[ \t]+(?=\d{4}-\d\d-\d\dT\d\d:)                       # a viewer's line number
      | \[(?:task|taskcluster|vcs|setup|fetches)[ ]                 # Taskcluster's run-task
        (?=\d{4}-\d\d-\d\dT)                                         # ("[task 2021-...Z] ")
      | \[?\d{4}-\d\d-\d\d[T\ ]\d\d:\d\d:\d\d(?:[.,]\d+)?         # ISO timestamps,
        (?:Z|[+-]\d\d:?\d\d|[ ]?(?:GMT|UTC))?\]?[ \t]*            # their zone
      | \[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?:?[ \t]+                  # 12:34:56 prefixes
      | \#\#\[[a-z]+\][ \t]*                                      # ##[error], ##[group]
      | ::(?:error|warning|notice|debug)[^:\n]*::                 # workflow commands
      | \[Pipeline\][ \t]*
      | \#\d+[ \t]+(?:\d+\.\d+[ \t]+)?                            # BuildKit #10 18.23
      | Step[ ]\#\d+(?:[ ]-[ ]"[^"\n]{0,100}")?:[ ]                    # Cloud Build's step
      | \$[ \t]                                                   # shell prompts
      | \d{1,6}[ ]\|[ ](?=\S)(?!(?:ERROR|WARNING)[ ]\|)   # CodeBuild's numbers (not phpcs')
      | [VDIWE]/InstrumentationResultParser:[ \t]                 # ddmlib relaying a test run
    )+""",
    re.MULTILINE | re.VERBOSE,
)
_SPACES = re.compile(r"[ \t][ \t]+")
_INDENT = re.compile(r"^[ \t]*+(?=\S)", re.MULTILINE)
# GitHub's log viewer links line numbers; copied from it, a digit in the middle of a line
# becomes "[5](https://github.com/.../job/1#step:5:5)", cut short where the paste ends.
_STEP_LINK_INLINE = re.compile(
    r"\[(\d{1,5})\]\(https://github\.com/[^)\s]{0,500}+(?:\)|$)", re.MULTILINE
)
# Buildkite's web log view is a table (a line-number column, then the line): pasted into
# GitHub's or Slack's editor as rich text, its first line is a header, a separator line
# ``--`` (``-- | --`` with timestamps) follows, and every later line carries an empty number
# cell, ``  | `` (buildkite/feedback#525; held-out round 83's 218). Only that run under the
# separator is stripped: rustc's ``  |`` source gutter follows `` --> file:line:col``, and a
# Markdown table's separator is ``---`` or ``|---|``, never a bare ``--`` over ``  | `` rows.
_BUILDKITE_SEPARATOR = re.compile(r"--(?: \| --)*")
_BUILDKITE_GUTTER = re.compile(r"  \|(?: |$)")

# Markdown code fences and inline backticks around a pasted line (Slack, GitHub issues).
_INLINE_CODE_LINE = re.compile(r"^[ \t]*`([^`\n]{1,2000})`[ \t]*$", re.MULTILINE)

#: Lines that say a step failed without saying why. They never decide a match.
BOILERPLATE_LINES = (
    r"(?:Error: )?Process completed with exit code [12]\.?",
    r"Traceback \(most recent call last\):",
    r"ERROR: Job failed: exit code [12]",
    r"ERROR: Job failed: command terminated with exit code [12]",
    r"Finished: FAILURE",
    r"(?:ERROR: )?script returned exit code [12]",
    r"npm (?:ERR!|error) A complete log of this run can be found in:.*",
    r"npm (?:ERR!|error) (?:code|errno) 1",
    r"(?:error )?Command failed with exit code [12]\.?",
    r"info Visit https://yarnpkg\.com/en/docs/cli/\S+ for documentation about this command\.",
    r"make(?:\[\d+\])?: \*\*\* \[[^\]\n]{0,300}\] Error [12]",
    r"The process '[^'\n]{0,300}' failed with exit code [12]",
    r"Cleaning up (?:project directory and )?file based variables",
    r"\[ERROR\] -> \[Help 1\]",
    # npm 6 skipping a platform-specific optional package (fsevents off macOS): harmless.
    r"npm WARN (?:optional|notsup) SKIPPING OPTIONAL DEPENDENCY: .*",
    r"\[ERROR\] (?:Re-run Maven using the -X switch|To see the full stack trace"
    r"|For more information about the errors).*",
)
_BOILERPLATE = re.compile(
    r"^[ \t]*(?:" + "|".join(BOILERPLATE_LINES) + r")[ \t]*$", re.MULTILINE | re.IGNORECASE
)


_LONG_LINE = re.compile(rf"^[^\n]{{{MAX_LINE_CHARS + 1}}}", re.MULTILINE)
_KEPT_HEAD = MAX_LINE_CHARS // 2
_KEPT_TAIL = MAX_LINE_CHARS - _KEPT_HEAD - 3


def bound_lines(text: str) -> str:
    """``text`` with every line longer than ``MAX_LINE_CHARS`` cut to its head and tail.

    Errors sit at the start or the end of a long line (a minified bundle, a progress bar,
    a JSON blob); what is cut is the middle. No later step sees a longer line, which
    bounds the work any pattern can do on one line.
    """
    if len(text) <= MAX_LINE_CHARS or _LONG_LINE.search(text) is None:
        return text
    return "\n".join(
        line if len(line) <= MAX_LINE_CHARS else f"{line[:_KEPT_HEAD]} … {line[-_KEPT_TAIL:]}"
        for line in text.split("\n")
    )


def strip_decorations(text: str) -> str:
    """Strip CI decorations from every line (the first half of :func:`clean_log`).

    Line breaks are kept (Jenkins' ``<br/>`` counts as one), so line numbers of the
    result are the log's line numbers.
    """
    # Each pass runs over the whole text (a log may be tens of MB): skip those that
    # cannot apply, and keep every pattern led by a literal so the scan stays fast.
    text = text.replace("\r\n", "\n")
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    if "<br" in text:
        text = _BR.sub("\n", text)
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub("", text)
    text = bound_lines(text)
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    text = _ANSI_REMNANT.sub("", text)
    if "section_" in text:
        text = _GITLAB_SECTION.sub("", text)
    if "`" in text:
        text = _INLINE_CODE_LINE.sub(r"\1", text.replace("```", ""))
    if "\n--" in text and "\n  |" in text:
        text = _strip_buildkite_gutter(text)
    text = _BOX_DRAWING.sub("", text)
    text = _LINE_PREFIX.sub("", text)
    if "](https://github.com/" in text:
        text = _STEP_LINK_INLINE.sub(r"\1", text)
    return _SPACES.sub(" ", _dedent(text))


def _strip_buildkite_gutter(text: str) -> str:
    """``text`` with the gutter of Buildkite's copied log view stripped: a line ``--`` (or
    ``-- | --``) right over a line that opens with ``  | `` is blanked, and ``  | `` is taken
    off every line of the run under it, up to the first line without it."""
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines) - 1:
        if (
            _BUILDKITE_SEPARATOR.fullmatch(lines[index].rstrip()) is None
            or _BUILDKITE_GUTTER.match(lines[index + 1]) is None
        ):
            index += 1
            continue
        lines[index] = ""
        index += 1
        while index < len(lines) and _BUILDKITE_GUTTER.match(lines[index]) is not None:
            lines[index] = lines[index][4:]
            index += 1
        changed = True
    return "\n".join(lines) if changed else text


def _dedent(text: str) -> str:
    """``text`` without the indentation all its lines share (a Markdown code block indented
    by four spaces), so that patterns anchored at a line's start still find its lines."""
    indent: int | None = None
    for found in _INDENT.finditer(text):
        width = len(found.group())
        if width == 0:
            return text
        indent = width if indent is None else min(indent, width)
    if not indent:
        return text
    return re.sub(rf"^[ \t]{{1,{indent}}}", "", text, flags=re.MULTILINE)


def strip_line_breaks_and_escapes(text: str) -> str:
    """Only the passes that change what a line says: CR redraws, ``<br/>``, ANSI codes."""
    if "<br" in text:
        text = _BR.sub("\n", text)
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub("", text.replace("\r\n", "\n"))
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    return text


def relax_pattern(pattern: str) -> str:
    """A looser form of a signature, for raw text that has not been cleaned.

    Anchors are dropped (a raw line still has its timestamp and ``##[error]`` prefix) and
    a space matches any run of blanks (cleaning folds them into one), so the loose form
    finds every line the real pattern would find once the line is cleaned.
    """
    out: list[str] = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
            for literal in ("^", "]"):  # [^…] and []…] keep their first character
                if pattern[index + 1 : index + 2] == literal:
                    out.append(literal)
                    index += 1
        elif char == "^":
            pass
        elif char == " ":
            following = pattern[index + 1 : index + 2]
            if following in ("?", "*"):
                out.append("[ \\t]*")
                index += 1
            elif following == "+":
                out.append("[ \\t]+")
                index += 1
            elif following == "{":
                out.append("[ \\t]*")
                index = pattern.index("}", index)
            else:
                out.append("[ \\t]+")
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _chunks_of(text: str) -> Iterable[str]:
    for start in range(0, len(text), CHUNK_CHARS):
        yield text[start : start + CHUNK_CHARS]


def blank_boilerplate(text: str) -> str:
    """Blank the lines that say a step failed without saying why (they never decide)."""
    return _BOILERPLATE.sub("", text)


def clean_log(text: str) -> str:
    """Strip CI decorations from every line; blank boilerplate lines.

    Line breaks are kept (Jenkins' ``<br/>`` counts as one), so line numbers of the
    result are the log's line numbers.
    """
    return blank_boilerplate(strip_decorations(text))


# --- masking --------------------------------------------------------------------------

# Each mask starts only where a token starts and never gives back what it consumed
# (possessive quantifiers): a line costs time linear in its length, whatever it holds.
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w+.-])[a-z][a-z0-9+.-]{0,30}+://\S++", re.IGNORECASE), "<url>"),
    (re.compile(r"(?<![\w.+-])[\w.+-]{1,64}+@[\w-]++\.[\w.-]++"), "<email>"),
    (
        re.compile(
            r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE
        ),
        "<uuid>",
    ),
    (re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b", re.IGNORECASE), "<hash>"),
    (re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b"), "<ip>"),
    (re.compile(r"(?<![\w.@~-])(?:[A-Za-z]:)?[\w.@~-]*+(?:[/\\][\w.@~-]*+)++"), "<path>"),
    (re.compile(r"\bv?\d+(?:\.\d+)+(?:[-+][\w.]+)?\b"), "<ver>"),
    (re.compile(r"'[^'\n]{1,80}'|\"[^\"\n]{1,80}\"|`[^`\n]{1,80}`"), "<q>"),
)
# Numbers that discriminate errors stay: HTTP statuses and numbers after code/status words.
_NUMBER = re.compile(
    r"(?<![\w<])(?<!code )(?<!status )(?<!signal )(?<!errno )(?<!exit )(?<!error )"
    r"(?![1-5]\d\d\b)\d{2,}\b"
)


#: A stack frame: JavaScript's and Java's ``at f (file:1:2)``, Python's ``File "x", line 1``.
_STACK_FRAME = re2.compile(
    r'^\s*(?:at (?:async )?[\w$.<>\[\]/-]+(?: \[as \w+\])? ?\(|File "[^"\n]+", line \d+)'
)


#: A quoted name in an example line (``reading 'pickAlgorithm'``), or a quoted file name
#: (``Cannot open include file: 'longintrepr.h'``). Masking hides it; when the entry's own
#: patterns spell it out, it is what tells the error apart.
_QUOTED_NAME = re.compile(r"['\"`]([A-Za-z_$][\w$]{2,40}(?:\.[A-Za-z]\w{0,7})?)['\"`]")


def _spelled_by(name: str, line: str, patterns: Sequence[Any]) -> bool:
    """Whether one of ``patterns`` (compiled) matches ``line`` across the quoted ``name`` in
    it: a pattern that spells the name as a class (``edition20\\d\\d``) keys on it too."""
    at = line.find(name)
    return any(
        hit.start() <= at < hit.end() for pattern in patterns for hit in pattern.finditer(line)
    )


def mask_line(line: str) -> str:
    """Replace the variable parts of a line so that the same error compares equal."""
    for pattern, placeholder in _MASKS:
        line = pattern.sub(placeholder, line)
    return _NUMBER.sub("<n>", line)


def mask_lines(lines: Sequence[str]) -> list[str]:
    """:func:`mask_line` on many lines at once (no mask crosses a line break)."""
    if not lines:
        return []
    return mask_line("\n".join(line.replace("\n", " ") for line in lines)).split("\n")


# --- quoted messages -------------------------------------------------------------------

#: A line that opens with a quotation, as people paste a message into prose ("`fatal: not a
#: git repository` when the job checks out", "\u201cC compiler cannot create executables\u201d"),
#: perhaps after a Markdown label in bold, as a coding agent's report puts one before what it
#: quotes ("**Result:** `8 failed, 1854 passed`"; held-out round 80, 006).
_QUOTATION = re2.compile(
    r"(?m)^[ \t]*(?:[-*][ \t]+)?(?:\*\*[^*\n]{1,40}\*\*[ \t]+)?"
    r"(?:`([^`\n]+)`|\"([^\"\n]+)\"|\x{201c}([^\x{201d}\n]+)\x{201d})"
)
_QUOTES = ("`", '"', "\u201c")
#: The least of a message a quotation must hold to be searched on its own.
MIN_QUOTED_CHARS = 8
MAX_QUOTED_CHARS = 600


def quoted_messages(lines: Sequence[str]) -> list[tuple[int, str]]:
    """(line index, message) for each line that opens with a message in backticks or double
    quotes, so that a signature anchored at the message's start and end finds it there too."""
    text = "\n".join(lines)
    if not any(quote in text for quote in _QUOTES):
        return []
    found: list[tuple[int, str]] = []
    line_index, counted_to = 0, 0
    for hit in _QUOTATION.finditer(text):
        message = (hit.group(1) or hit.group(2) or hit.group(3) or "").strip()
        # Words and a space: a message, not a lone name, path or command.
        if not MIN_QUOTED_CHARS <= len(message) <= MAX_QUOTED_CHARS or " " not in message:
            continue
        line_index += text.count("\n", counted_to, hit.start())
        counted_to = hit.start()
        found.append((line_index, message))
    return found


# --- line selection -------------------------------------------------------------------

_ERRORISH = re2.compile(
    r"(?i)(?:error|fail|fatal|denied|exception|killed|unable|cannot|can't|could not|"
    r"not found|invalid|refused|forbidden|unauthori[sz]ed|timed? ?out|no such|"
    r"not supported|unsupported|incompatible|deprecated|exceeded|missing|mismatch|"
    r"reached|stuck|lost|panic|abort|verification|permission|ENO|E\d{3}|[A-Z]{3,}\d{4,})"
)


def select_error_lines(lines: Sequence[str], limit: int = MAX_FUZZY_LINES) -> list[int]:
    """Indices of the lines worth comparing, at most ``limit``, latest last.

    A short paste is taken whole; in a long log only lines that look like errors count,
    scanned from the end because the later lines carry the failure.
    """
    chosen: list[int] = []
    short = len(lines) <= PASTE_LINES
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if len(line) < MIN_FUZZY_CHARS:
            continue
        if short or _ERRORISH.search(line) is not None:
            chosen.append(index)
            if len(chosen) >= limit:
                break
    chosen.reverse()
    return chosen


# --- the matcher ----------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9][a-z0-9_.+-]*[a-z0-9]|[a-z0-9]", re.IGNORECASE)
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "that",
        "this",
        "was",
        "were",
        "not",
        "are",
        "has",
        "have",
        "been",
        "you",
        "your",
        "use",
        "error",
        "errors",
        "failed",
        "fail",
        "failure",
        "fatal",
        "warning",
        "info",
        "debug",
        "run",
        "running",
        "line",
        "file",
        "found",
        "could",
        "can",
        "cannot",
        "unable",
        "please",
        "check",
        "see",
        "more",
        "than",
        "when",
        "while",
        "into",
        "after",
        "step",
        "job",
        "exit",
        "code",
        "status",
        "command",
        "process",
    ]
)


#: The names of the masks' placeholders: what they replaced varies, so they are not content.
_PLACEHOLDERS = frozenset({"url", "email", "uuid", "hash", "ip", "path", "ver", "q", "n"})


#: A number right after ``:``, ``[``, ``(``, ``,`` or ``line`` is a position in a file.
_POSITION = re.compile(r"(?:[:\[(,]|\bline )(\d+)\b")


def _codes(masked: str, anchors: Iterable[str]) -> frozenset[str]:
    """The numbers among an example's anchors that name its error (exit codes, statuses)."""
    positions = {found.group(1) for found in _POSITION.finditer(masked)}
    return frozenset(t for t in anchors if t.isdigit() and t not in positions)


def _tokens(masked: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(masked)} - _STOPWORDS - _PLACEHOLDERS


def _fuzzy_score(raw: float) -> int:
    """Map a raw similarity (POSSIBLE_RAW..100) onto the shared 50..89 scale."""
    scaled = POSSIBLE_FLOOR + (raw - POSSIBLE_RAW) * (SIGNATURE_FLOOR - 1 - POSSIBLE_FLOOR) / (
        100 - POSSIBLE_RAW
    )
    return int(min(SIGNATURE_FLOOR - 1, max(POSSIBLE_FLOOR, round(scaled))))


@dataclass
class MatcherData:
    """Everything a :class:`Matcher` is built from, as plain data (cached as JSON).

    Per entry (by index): ``ids``, ``titles``, ``priority``, ``ci_side`` and ``extract``;
    per pattern: its text, entry, priority, the words any match contains and its relaxed
    form for big logs; the fuzzy index's examples as ``[entry index, masked line, anchor
    tokens]`` with whether each says "error", the codes it names, the quoted names
    its entry's patterns spell out (see ``_QUOTED_NAME``) and its rarest anchors; each
    entry's ``unless`` patterns with their words and relaxed forms, and its
    ``skip_lines`` and ``requires``; each entry's masked lines.
    """

    ids: list[str]
    titles: list[str]
    priority: list[int]
    ci_side: list[bool]
    extract: list[list[str]]
    pattern_text: list[str]
    pattern_entry: list[int]
    pattern_priority: list[int]
    entry_patterns: list[list[int]]
    examples: list[tuple[int, str, list[str]]]
    example_by_entry: list[list[str]]
    pattern_words: list[list[str] | None]
    relaxed_text: list[str]
    example_errorish: list[bool]
    example_codes: list[list[str]]
    example_keys: list[list[str]]
    example_rarest: list[list[str]]
    unless_text: list[str]
    unless_entry: list[int]
    unless_words: list[list[str] | None]
    unless_relaxed: list[str]
    skip_text: list[str]
    skip_entry: list[int]
    requires: list[list[str]]

    @classmethod
    def from_json(cls, data: Any) -> MatcherData | None:
        """Read back :func:`dataclasses.asdict` of one; ``None`` if it does not fit."""
        try:
            built = cls(**data)
        except TypeError:
            return None
        return built if len(built.ids) == len(built.entry_patterns) else None


def spans_lines(pattern: str) -> bool:
    """Whether an entry's ``requires`` pattern spells a line break (``\\n``): it is then
    searched across lines, where every other pattern stays within one line."""
    return "\\n" in pattern


def _regex_options() -> Any:
    options = re2.Options()
    options.never_nl = True  # a signature never spans two log lines
    options.log_errors = False
    options.max_mem = 64 << 20
    return options


def _example_lines(signatures: Sequence[EntrySignature]) -> list[list[list[str]]]:
    """Each entry's examples as cleaned lines, cleaned in one pass over all of them."""
    texts = ["\n\x00\n".join(e.match.examples) for e in signatures]
    cleaned = clean_log("\n\x01\n".join(texts)).split("\n\x01\n")
    if len(cleaned) != len(texts):  # a separator was eaten: clean one by one
        cleaned = [clean_log(text) for text in texts]
    return [
        [[ln for ln in example.split("\n") if ln.strip()] for example in text.split("\n\x00\n")]
        for text in cleaned
    ]


def _signature_lines(patterns: Sequence[str], examples: list[list[str]]) -> list[str]:
    """The example lines an entry's own patterns recognise.

    Context lines in an example (a generic "Execution failed for task") must not
    attract fuzzy matches. A one-line example needs no search: lint guarantees that the
    entry's patterns match it.
    """
    lines = [example[0] for example in examples if len(example) == 1]
    several = [example for example in examples if len(example) > 1]
    if several:
        # Compiled for this check only: keeping tens of thousands of RE2 objects alive
        # costs hundreds of MB in a big catalog.
        own = [re2.compile(pattern, _regex_options()) for pattern in patterns]
        lines += [ln for ex in several for ln in ex if any(p.search(ln) for p in own)]
    return [ln for ln in lines if len(ln.strip()) >= MIN_FUZZY_CHARS]


def build_matcher_data(signatures: Sequence[EntrySignature]) -> MatcherData:
    """Compile a catalog's signatures into what a :class:`Matcher` needs."""
    pattern_text: list[str] = []
    pattern_entry: list[int] = []
    pattern_priority: list[int] = []
    entry_patterns: list[list[int]] = []
    for entry_index, entry in enumerate(signatures):
        own: list[int] = []
        for number, pattern in enumerate(entry.match.texts):
            own.append(len(pattern_text))
            pattern_text.append(f"(?m){pattern}")
            pattern_entry.append(entry_index)
            pattern_priority.append(entry.match.priority_of(number))
        entry_patterns.append(own)

    signature_lines = [
        _signature_lines([pattern_text[i] for i in entry_patterns[index]], examples)
        for index, examples in enumerate(_example_lines(signatures))
    ]
    flat = mask_lines([line for lines in signature_lines for line in lines])
    masked_examples: list[list[str]] = []
    per_entry_tokens: list[set[str]] = []
    start = 0
    for lines in signature_lines:
        kept = flat[start : start + len(lines)]
        start += len(lines)
        masked_examples.append(kept)
        per_entry_tokens.append(set().union(*(_tokens(line) for line in kept)))
    frequency = Counter(token for tokens in per_entry_tokens for token in tokens)
    # A token is distinctive when few entries use it. The cut grows with a small catalog
    # and stays fixed past 600 entries: a cut that moved as entries were added would shift
    # every entry's anchors at once and flip fuzzy answers far from the new entries.
    rare = min(RARE_TOKEN_CUT, max(3, len(signatures) // 50))
    examples: list[tuple[int, str, list[str]]] = []
    keys: list[list[str]] = []
    rarest: list[list[str]] = []
    by_entry: list[list[str]] = [[] for _ in signatures]
    compiled: dict[int, list[Any]] = {}

    def own_compiled(entry_index: int) -> list[Any]:
        if entry_index not in compiled:
            compiled[entry_index] = [
                re2.compile(pattern_text[i], _regex_options()) for i in entry_patterns[entry_index]
            ]
        return compiled[entry_index]

    for entry_index, lines in enumerate(masked_examples):
        own_text = "\n".join(pattern_text[i] for i in entry_patterns[entry_index])
        for raw, masked in zip(signature_lines[entry_index], lines, strict=True):
            tokens = _tokens(masked)
            if len(tokens) < MIN_FUZZY_TOKENS:
                continue
            anchors = sorted(t for t in tokens if frequency[t] <= rare and len(t) >= 3)
            if len(anchors) < 2:
                continue
            examples.append((entry_index, masked, anchors))
            fewest = min(frequency[t] for t in anchors)
            rarest.append(sorted(t for t in anchors if frequency[t] == fewest))
            names = set(_QUOTED_NAME.findall(raw))
            keys.append(
                sorted(
                    w
                    for w in names
                    if re.search(rf"\b{re.escape(w)}\b", own_text)
                    or _spelled_by(w, raw, own_compiled(entry_index))
                )
            )
            by_entry[entry_index].append(masked)
    for entry_index, lines in enumerate(masked_examples):
        if not by_entry[entry_index]:
            by_entry[entry_index] = lines
    return MatcherData(
        ids=[e.id for e in signatures],
        titles=[e.title for e in signatures],
        priority=[e.match.priority for e in signatures],
        # A failure in the user's code ranks below any CI or tooling failure recognised
        # as surely: a test run killed by the OOM killer is an OOM, not a failing test.
        ci_side=[not e.id.startswith(f"{USER_CODE}/") for e in signatures],
        extract=[list(e.match.extract) for e in signatures],
        pattern_text=pattern_text,
        pattern_entry=pattern_entry,
        pattern_priority=pattern_priority,
        entry_patterns=entry_patterns,
        examples=examples,
        example_by_entry=by_entry,
        pattern_words=[required_words(pattern) for pattern in pattern_text],
        relaxed_text=[relax_pattern(pattern) for pattern in pattern_text],
        # Whether each example line says "error" in some way (see _fuzzy_candidates).
        example_errorish=[_ERRORISH.search(masked) is not None for _, masked, _ in examples],
        # The numbers among each example's anchors that name its error (see _codes).
        example_codes=[sorted(_codes(masked, anchors)) for _, masked, anchors in examples],
        example_keys=keys,
        example_rarest=rarest,
        unless_text=[f"(?m){p}" for e in signatures for p in e.match.unless],
        unless_entry=[i for i, e in enumerate(signatures) for _ in e.match.unless],
        unless_words=[required_words(f"(?m){p}") for e in signatures for p in e.match.unless],
        unless_relaxed=[relax_pattern(f"(?m){p}") for e in signatures for p in e.match.unless],
        skip_text=[p for e in signatures for p in e.match.skip_lines],
        skip_entry=[i for i, e in enumerate(signatures) for _ in e.match.skip_lines],
        requires=[[f"(?m){p}" for p in e.match.requires] for e in signatures],
    )


def load_matcher(
    roots: Roots, cache_dir: Path | None, *, fingerprint: str | None = None
) -> Matcher:
    """The matcher of the catalog in ``roots``, compiled from cache when nothing changed.

    The cache (``matcher-<fingerprint>.json`` in ``cache_dir``) spares a process the
    validation of every entry and the fuzzy index: the command line starts at once (and
    ``guidance-<fingerprint>.json`` the wrappers' words, see
    :func:`~slackbot.guidance.load_wrapper_words`). A caller that has just computed the
    catalog's ``fingerprint`` passes it.
    """
    fingerprint = fingerprint or catalog_fingerprint(roots)
    data = (
        MatcherData.from_json(read_cached(cache_dir, "matcher", fingerprint)) if cache_dir else None
    )
    if data is None:
        from slackbot.catalog import load_catalog

        catalog = load_catalog(roots, cache_dir=cache_dir, fingerprint=fingerprint)
        data = build_matcher_data(catalog.signatures)
        if cache_dir:
            write_cached(cache_dir, "matcher", fingerprint, asdict(data))
    load_wrapper_words(cache_dir, fingerprint)
    return Matcher(data)


def _cleaned_line_at(text: str, position: int) -> tuple[int, str]:
    """Where the line holding ``position`` begins in ``text``, and that line cleaned."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return begin, clean_log(text[begin : end if end >= 0 else len(text)])


def _unsupported(match: Match, lines: Sequence[str], lines_before: int) -> bool:
    """Whether the line ``match`` was recognised by cannot show what it claims, whatever the
    entry (:mod:`slackbot.claims`): such a line does not offer the entry. ``lines`` are the
    cleaned lines the match's ``line_no`` counts in, after ``lines_before`` others."""
    if not match.is_user_code:
        return False
    if is_unsupported_user_code_claim(match.line):
        return True
    index = match.line_no - lines_before - 1
    if not 0 <= index < len(lines) or lines[index] != match.line:
        return False
    # Read lazily, not sliced: this runs for every user-code line offered, in logs of any size.
    return is_cut_after_symbol_list_header(
        match.line, (lines[i] for i in range(index + 1, len(lines)))
    )


class Matcher:
    """Matches text against one catalog. Build once; :meth:`match` is thread-safe.

    Built from a loaded :class:`~slackbot.catalog.Catalog`, or from its compiled
    :class:`MatcherData` (see :func:`load_matcher`, which caches that).
    """

    def __init__(self, source: Catalog | MatcherData) -> None:
        data = source if isinstance(source, MatcherData) else build_matcher_data(source.signatures)
        self.data = data
        self._entry_index = {entry_id: index for index, entry_id in enumerate(data.ids)}
        self._options = _regex_options()
        self._signatures = PatternSet(data.pattern_text, self._options, data.pattern_words)
        self._loose: PatternSet | None = None
        self._unless = PatternSet(data.unless_text, self._options, data.unless_words)
        self._unless_loose = PatternSet(data.unless_relaxed, self._options)
        self._relaxed_lock = threading.Lock()
        self._skip: dict[int, list[Any]] = defaultdict(list)
        for pattern, entry_index in zip(data.skip_text, data.skip_entry, strict=True):
            self._skip[entry_index].append(re2.compile(pattern, self._options))
        # Searched literal-first like the signatures: most pastes hold none of their words.
        # A requires pattern that spells a line break reads a line with the lines right
        # after it (git's "nothing to commit" followed by the step's wrapper line).
        required = [
            (entry_index, pattern)
            for entry_index, patterns in enumerate(data.requires)
            for pattern in patterns
        ]
        one_line = [(e, p) for e, p in required if not spans_lines(p)]
        spanning = [(e, p) for e, p in required if spans_lines(p)]
        self._requires = PatternSet([p for _, p in one_line], self._options)
        self._requires_entry = [e for e, _ in one_line]
        spanning_options = _regex_options()
        spanning_options.never_nl = False
        self._requires_spanning = PatternSet([p for _, p in spanning], spanning_options)
        self._requires_spanning_entry = [e for e, _ in spanning]
        self._requiring = frozenset(e for e, _ in required)
        self._example_entry = [entry_index for entry_index, _, _ in data.examples]
        self._example_masked = [masked for _, masked, _ in data.examples]
        self._anchor_count = [len(anchors) for _, _, anchors in data.examples]
        self._errorish = data.example_errorish
        self._keys = data.example_keys
        self._rarest = [frozenset(tokens) for tokens in data.example_rarest]
        no_codes: frozenset[str] = frozenset()
        self._codes = [frozenset(codes) if codes else no_codes for codes in data.example_codes]
        self._index: dict[str, list[int]] = defaultdict(list)
        for example_index, (_, _, anchors) in enumerate(data.examples):
            for token in anchors:
                self._index[token].append(example_index)

    @property
    def prepared(self) -> bool:
        """Whether :meth:`prepare` has run (or enough text was searched to do it)."""
        return self._signatures.prepared

    def prepare(self) -> None:
        """Compile what a short text would otherwise spare (the signatures' RE2 sets).

        A bot does it once, in the background: a paste then costs the same at any
        catalog size. The command line never needs it.
        """
        self._signatures.prepare()

    def _signature_hits(self, cleaned: str) -> list[int]:
        """Indices of the patterns found somewhere in the cleaned text."""
        return self._signatures.match(cleaned)

    def _pattern(self, index: int) -> Any:
        return self._signatures.pattern(index)

    def compiled_patterns(self, entry_id: str) -> list[Any]:
        """The compiled signature patterns of one entry, in catalog order."""
        entry_index = self._entry_index[entry_id]
        return [self._pattern(i) for i in self.data.entry_patterns[entry_index]]

    def match(self, text: str, top: int = 3) -> MatchResult:
        """The entries recognised in ``text``, best first, at most ``top``."""
        if len(text) > BIG_TEXT_CHARS:
            return self.match_stream(_chunks_of(text), top=top)
        stripped = strip_decorations(text)
        cleaned = blank_boilerplate(stripped)
        lines = cleaned.split("\n")
        hits: dict[int, tuple[int, str]] = {}
        self._find_signatures(cleaned, lines, 0, hits)
        if not hits:
            self._find_quoted_signatures(lines, 0, hits)
        unless = self._ruled_out(cleaned)
        # ``requires`` is read on the text before boilerplate is blanked: a wrapper line
        # ("Process completed with exit code 1") never decides a match, but it can be
        # what shows that a line printed as output (git's "nothing to commit") failed.
        ruled_out = unless | self._lacking(stripped, set())
        return self._rank(hits, ruled_out, lines, 0, cleaned, stripped, text, top, declining=unless)

    def match_stream(self, chunks: Iterable[str], top: int = 3) -> MatchResult:
        """The entries recognised in a log read piece by piece (a file, a download).

        ``chunks`` are consecutive pieces of the text. Everything but the last
        ``TAIL_CHARS`` is searched once for signatures only, on the raw text with a
        looser form of each pattern (no anchors, any run of blanks for a space); the
        lines it finds are cleaned and checked with the real pattern. The tail, where a
        failure is reported, gets the whole treatment (fuzzy, guidance, extraction).
        Memory stays flat in the size of the log.
        """
        hits: dict[int, tuple[int, str]] = {}
        ruled_out: set[int] = set()
        required_seen: set[int] = set()
        tail = ""
        lines_before = 0
        for chunk in chunks:
            tail += chunk
            if len(tail) <= 2 * TAIL_CHARS:
                continue
            cut = tail.rfind("\n", 0, len(tail) - TAIL_CHARS) + 1
            if cut <= 0:
                continue
            head, tail = tail[:cut], tail[cut:]
            self._scan_head(head, lines_before, hits, ruled_out)
            # An entry's required line follows the line it is recognised by (a traceback's
            # exception after its frames): look for it only once the entry has a hit, so
            # that a big log pays for cleaning a piece only then.
            waiting = {self.data.pattern_entry[i] for i in hits} & self._requiring
            if waiting - required_seen:
                required_seen |= self._holding_required(strip_decorations(head))
            lines_before += head.count("\n")
        stripped = strip_decorations(tail)
        cleaned = blank_boilerplate(stripped)
        lines = cleaned.split("\n")
        self._find_signatures(cleaned, lines, lines_before, hits)
        if not hits:
            self._find_quoted_signatures(lines, lines_before, hits)
        # Every entry ruled out so far was by an ``unless`` line (``_scan_head``).
        unless = ruled_out | self._ruled_out(cleaned)
        ruled_out = unless | self._lacking(stripped, required_seen)
        return self._rank(
            hits, ruled_out, lines, lines_before, cleaned, stripped, tail, top, declining=unless
        )

    def _find_signatures(
        self,
        cleaned: str,
        lines: list[str],
        lines_before: int,
        hits: dict[int, tuple[int, str]],
    ) -> None:
        """Record in ``hits`` the last line of ``cleaned`` each signature matches."""
        for pattern_index in self._signature_hits(cleaned):
            skips = self._skip.get(self.data.pattern_entry[pattern_index])
            found = deque(
                (m.start() for m in self._pattern(pattern_index).finditer(cleaned)),
                maxlen=MAX_CANDIDATE_LINES if skips else 1,
            )
            for start in reversed(found):
                line_index = cleaned.count("\n", 0, start)
                if not skips or not self._skipped(skips, lines[line_index]):
                    hits[pattern_index] = (lines_before + line_index + 1, lines[line_index])
                    break

    def _find_quoted_signatures(
        self, lines: list[str], lines_before: int, hits: dict[int, tuple[int, str]]
    ) -> None:
        """When no signature matched a line as printed, search the message each line opens
        with in quotes (:func:`quoted_messages`); a hit counts on that line, where the
        entry's ``skip_lines`` let it."""
        quoted = quoted_messages(lines)
        if not quoted:
            return
        messages = [message for _, message in quoted]
        found: dict[int, tuple[int, str]] = {}
        self._find_signatures("\n".join(messages), messages, 0, found)
        for pattern_index, (message_no, message) in found.items():
            index = quoted[message_no - 1][0]
            skips = self._skip.get(self.data.pattern_entry[pattern_index])
            if not skips or not self._skipped(skips, lines[index]):
                hits[pattern_index] = (lines_before + index + 1, message)

    @staticmethod
    def _skipped(skips: list[Any], line: str) -> bool:
        return any(skip.search(line) is not None for skip in skips)

    def _ruled_out(self, cleaned: str) -> set[int]:
        """The entries whose ``unless`` lines are in the cleaned text."""
        return {self.data.unless_entry[i] for i in self._unless.match(cleaned)}

    def _holding_required(self, text: str) -> set[int]:
        """The entries with ``requires`` lines of which ``text`` holds one."""
        found = {self._requires_entry[i] for i in self._requires.match(text)}
        if self._requires_spanning_entry:
            found |= {self._requires_spanning_entry[i] for i in self._requires_spanning.match(text)}
        return found

    def _lacking(self, stripped: str, seen: set[int]) -> frozenset[int]:
        """The entries with ``requires`` lines of which neither ``stripped`` (the text with
        its decorations stripped and its boilerplate lines kept) nor an earlier part of the
        log (``seen``) holds one."""
        return self._requiring - seen - self._holding_required(stripped)

    def _scan_head(
        self,
        head: str,
        lines_before: int,
        hits: dict[int, tuple[int, str]],
        ruled_out: set[int],
    ) -> None:
        """Record in ``hits`` the last line of ``head`` each signature matches, and in
        ``ruled_out`` the entries whose ``unless`` lines it holds."""
        if "\r" in head or "<br" in head or "\x1b" in head:
            head = strip_line_breaks_and_escapes(head)
        for index in self._unless_loose.match(head):
            for found in self._unless_loose.pattern(index).finditer(head):
                _, line = _cleaned_line_at(head, found.start())
                if self._unless.pattern(index).search(line) is not None:
                    ruled_out.add(self.data.unless_entry[index])
                    break
        relaxed = self._relaxed()
        for pattern_index in relaxed.match(head):
            loose = relaxed.pattern(pattern_index)
            starts = [found.start() for found in loose.finditer(head)][-MAX_CANDIDATE_LINES:]
            skips = self._skip.get(self.data.pattern_entry[pattern_index])
            for start in reversed(starts):
                begin, line = _cleaned_line_at(head, start)
                if skips and self._skipped(skips, line):
                    continue
                if self._pattern(pattern_index).search(line) is not None:
                    hits[pattern_index] = (lines_before + head.count("\n", 0, begin) + 1, line)
                    break

    def _relaxed(self) -> PatternSet:
        with self._relaxed_lock:
            if self._loose is None:
                self._loose = PatternSet(self.data.relaxed_text, self._options)
            return self._loose

    def _rank(
        self,
        hits: dict[int, tuple[int, str]],
        ruled_out: set[int],
        lines: list[str],
        lines_before: int,
        cleaned: str,
        stripped: str,
        raw: str,
        top: int,
        declining: set[int],
    ) -> MatchResult:
        """Rank the signature hits and fuzzy candidates into a result; ``declining`` are the
        entries ruled out by an ``unless`` line (the others of ``ruled_out`` lack a
        ``requires`` line)."""
        data = self.data
        best: dict[int, tuple[tuple[int, ...], Match]] = {}

        def offer(entry_index: int, match: Match, priority: int) -> None:
            if entry_index in ruled_out or _unsupported(match, lines, lines_before):
                return
            key = (
                _TIER_RANK[match.tier],
                int(data.ci_side[entry_index]),
                priority if match.tier is Tier.SIGNATURE else 0,
                match.score,
                match.line_no,
            )
            current = best.get(entry_index)
            if current is None or key > current[0]:
                best[entry_index] = (key, match)

        for pattern_index, (line_no, line) in hits.items():
            entry_index = data.pattern_entry[pattern_index]
            similarity = self._similarity(entry_index, mask_line(line))
            score = SIGNATURE_FLOOR + round(similarity / 10)
            offer(
                entry_index,
                Match(
                    data.ids[entry_index],
                    data.titles[entry_index],
                    score,
                    Tier.SIGNATURE,
                    line_no,
                    line,
                ),
                data.pattern_priority[pattern_index],
            )

        for line_index, entry_index, similarity_raw in self._fuzzy_candidates(lines):
            # A line the entry's patterns are not counted on (its skip_lines: a compiler
            # error in a dependency's source) does not count for it by resemblance either.
            skips = self._skip.get(entry_index)
            if skips and self._skipped(skips, lines[line_index]):
                continue
            tier = Tier.STRONG if similarity_raw >= STRONG_RAW else Tier.POSSIBLE
            match = Match(
                data.ids[entry_index],
                data.titles[entry_index],
                _fuzzy_score(similarity_raw),
                tier,
                lines_before + line_index + 1,
                lines[line_index],
            )
            offer(entry_index, match, data.priority[entry_index])

        ranked = [match for _, match in sorted(best.values(), key=lambda kv: kv[0], reverse=True)]
        matches = [m for m in ranked if m.tier is not Tier.POSSIBLE][:top]
        if not matches and not self._declined(hits, declining):
            matches = self._suite_failure(lines, lines_before)
        if matches and matches[0].is_user_code and not matches[0].extracted:
            matches[0] = replace(
                matches[0], extracted=self._what_failed(matches[0], cleaned, lines)
            )
        near = [] if matches else [m for m in ranked if m.tier is Tier.POSSIBLE][:top]
        decisive = matches[0].line if matches else self._last_error_line(lines)
        wrapper = None if matches else find_guidance(stripped.split("\n"), raw)
        return MatchResult(
            matches=matches, near_misses=near, decisive_line=decisive, wrapper=wrapper
        )

    def _what_failed(self, match: Match, cleaned: str, lines: Sequence[str]) -> tuple[str, ...]:
        """What failed, as the entry's ``extract`` patterns capture it; for a generic class
        whose patterns capture nothing (TAP's ``not ok``, a tally), the names the structural
        recogniser reads in the same lines."""
        extracted = self._extract(match.entry_id, cleaned)
        if extracted or match.entry_id not in GENERIC_USER_CODE:
            return extracted
        found = recognise_suite_failure(lines)
        return found.names if found is not None and found.entry_id == match.entry_id else ()

    def _declined(self, hits: dict[int, tuple[int, str]], ruled_out: set[int]) -> bool:
        """Whether a user-code class saw its own lines in the text but was ruled out by an
        ``unless`` line: the catalog knows that failure is caused elsewhere, and the last
        resort must not say otherwise. A class that lacks a ``requires`` line (a Ruby frame
        without its exception) only did not see its whole shape: it says nothing of the cause."""
        data = self.data
        return any(
            not data.ci_side[entry] and entry in ruled_out
            for entry in (data.pattern_entry[index] for index in hits)
        )

    def _suite_failure(self, lines: Sequence[str], lines_before: int) -> list[Match]:
        """The last resort when no entry answered: a failing test of the project's suite, or
        a compiler error in its source, recognised by the lines' shape: first as a tool's report
        that names its class (:mod:`slackbot.tool_output`), else as the generic class
        (:mod:`slackbot.suite_failure`), a strong match."""
        found = recognise_tool_output(lines) or recognise_suite_failure(lines)
        if found is None or found.entry_id not in self._entry_index:
            return []
        return [
            Match(
                found.entry_id,
                self.data.titles[self._entry_index[found.entry_id]],
                SHAPE_SCORE,
                Tier.STRONG,
                lines_before + found.line_index + 1,
                found.line,
                extracted=found.names,
            )
        ]

    def _extract(self, entry_id: str, cleaned: str) -> tuple[str, ...]:
        """What failed, as the entry's ``extract`` patterns capture it: unique, in order."""
        found: dict[str, None] = {}
        for pattern in self.data.extract[self._entry_index[entry_id]]:
            for hit in re2.compile(pattern, self._options).finditer(cleaned):
                item = hit.group(1)
                if item and item.strip():
                    found.setdefault(item.strip()[:MAX_EXTRACTED_CHARS])
                if len(found) >= MAX_EXTRACTED:
                    return tuple(found)
        return tuple(found)

    def _similarity(self, entry_index: int, masked_line: str) -> float:
        choices = self.data.example_by_entry[entry_index]
        if not choices:
            return 0.0
        found = process.extractOne(
            masked_line, choices, scorer=fuzz.token_set_ratio, processor=utils.default_process
        )
        return float(found[1]) if found else 0.0

    def _fuzzy_candidates(self, lines: Sequence[str]) -> Iterable[tuple[int, int, float]]:
        """(line index, entry index, raw similarity) for each plausible pair."""
        for line_index in select_error_lines(lines):
            if _STACK_FRAME.match(lines[line_index]) is not None:
                continue  # a frame says where, never what: its words resemble any frame's
            masked = mask_line(lines[line_index])
            tokens = _tokens(masked)
            if len(tokens) < MIN_FUZZY_TOKENS:
                continue
            # A line with none of the error words of the example it resembles is at most a
            # near miss: it is that example's context (an Xcode destination list, a progress
            # line), not its error.
            errorish = _ERRORISH.search(lines[line_index]) is not None
            shared: Counter[int] = Counter()
            for token in tokens:
                for example_index in self._index.get(token, ()):
                    shared[example_index] += 1
            # A line must carry at least half of an example's distinctive tokens (and two):
            # token_set_ratio alone scores 100 for any line whose words are a subset. The
            # exit code or HTTP status an example names must be in the line, and does not
            # count towards that half: a shared "500" alone proves nothing.
            eligible = [
                example_index
                for example_index, count in shared.items()
                if count >= 2
                and self._anchor_count[example_index] >= 3
                # ... among them the example's rarest word: "AttributeError ... has no
                # attribute" is everywhere, "INTERNALERROR" in one entry.
                and not tokens.isdisjoint(self._rarest[example_index])
                and (codes := self._codes[example_index]) <= tokens
                and (count - len(codes)) * 2 >= self._anchor_count[example_index] - len(codes)
            ][:50]
            if not eligible:
                continue
            for _, raw, position in process.extract(
                masked,
                [self._example_masked[i] for i in eligible],
                scorer=fuzz.token_set_ratio,
                processor=utils.default_process,
                score_cutoff=POSSIBLE_RAW,
                limit=None,
            ):
                example_index = eligible[position]
                keys = self._keys[example_index]
                if keys and not any(key in lines[line_index] for key in keys):
                    continue
                if not errorish and self._errorish[example_index]:
                    raw = min(raw, STRONG_RAW - 1)
                yield line_index, self._example_entry[example_index], float(raw)

    @staticmethod
    def _last_error_line(lines: Sequence[str]) -> str:
        selected = select_error_lines(lines, limit=1)
        return lines[selected[-1]] if selected else ""
