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
   tokens and a high similarity, so an error no entry covers matches nothing.

Scores mean the same for every entry: 90-100 a signature hit, 70-89 a strong fuzzy
match, 50-69 a possible one (only offered as a near miss, never as a match).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import re2
from rapidfuzz import fuzz, process, utils

from slackbot.catalog import USER_CODE, Catalog, EntrySignature
from slackbot.guidance import Wrapper, find_guidance

SIGNATURE_FLOOR = 90
STRONG_FLOOR = 70
POSSIBLE_FLOOR = 50
#: raw token_set_ratio needed for a strong fuzzy match and for a near miss.
STRONG_RAW = 88
POSSIBLE_RAW = 75

MAX_LINE_CHARS = 2_000
#: Patterns per RE2 set: 10 000 patterns compile in well under RE2's 256 MB budget.
SET_SIZE = 10_000
MAX_FUZZY_LINES = 300
PASTE_LINES = 60
MIN_FUZZY_CHARS = 20
MIN_FUZZY_TOKENS = 3
#: At most this many failing tests or locations are quoted on a user-code card.
MAX_EXTRACTED = 10
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

_BR = re.compile(r"<br\s*/?>")
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
      | \[?\d{4}-\d\d-\d\d[T\ ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t]*
      | \[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?:?[ \t]+                  # 12:34:56 prefixes
      | \#\#\[[a-z]+\][ \t]*                                      # ##[error], ##[group]
      | ::(?:error|warning|notice|debug)[^:\n]*::                 # workflow commands
      | \[Pipeline\][ \t]*
      | \#\d+[ \t]+(?:\d+\.\d+[ \t]+)?                            # BuildKit #10 18.23
      | \$[ \t]                                                   # shell prompts
    )+""",
    re.MULTILINE | re.VERBOSE,
)
_SPACES = re.compile(r"[ \t][ \t]+")
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
    text = _BOX_DRAWING.sub("", text)
    text = _LINE_PREFIX.sub("", text)
    return _SPACES.sub(" ", text)


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


def _tokens(masked: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(masked)} - _STOPWORDS - _PLACEHOLDERS


def _fuzzy_score(raw: float) -> int:
    """Map a raw similarity (POSSIBLE_RAW..100) onto the shared 50..89 scale."""
    scaled = POSSIBLE_FLOOR + (raw - POSSIBLE_RAW) * (SIGNATURE_FLOOR - 1 - POSSIBLE_FLOOR) / (
        100 - POSSIBLE_RAW
    )
    return int(min(SIGNATURE_FLOOR - 1, max(POSSIBLE_FLOOR, round(scaled))))


@dataclass(frozen=True)
class _Example:
    entry_index: int
    masked: str
    anchors: frozenset[str]


class Matcher:
    """Matches text against one loaded catalog. Build once; :meth:`match` is thread-safe."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._entries: list[EntrySignature] = catalog.signatures
        # A failure in the user's code ranks below any CI or tooling failure recognised as
        # surely: a test run killed by the OOM killer is an OOM, not a failing test.
        self._ci_side = [not e.id.startswith(f"{USER_CODE}/") for e in self._entries]
        options = re2.Options()
        options.never_nl = True  # a signature never spans two log lines
        options.log_errors = False
        options.max_mem = 64 << 20
        self._options = options
        self._pattern_entry: list[int] = []
        self._pattern_priority: list[int] = []
        self._pattern_text: list[str] = []
        self._entry_patterns: list[list[int]] = []
        self._compiled: dict[int, Any] = {}
        for entry_index, entry in enumerate(self._entries):
            own: list[int] = []
            for number, pattern in enumerate(entry.match.texts):
                own.append(len(self._pattern_text))
                self._pattern_text.append(f"(?m){pattern}")
                self._pattern_entry.append(entry_index)
                self._pattern_priority.append(entry.match.priority_of(number))
            self._entry_patterns.append(own)
        self._signature_sets = self._compile_sets()
        self._build_fuzzy_index()

    def _compile_sets(self) -> list[tuple[int, Any]]:
        """RE2 sets of all patterns, as (offset of the first pattern, set).

        One set for a catalog of ordinary size; a very large catalog is split so that no
        set outgrows RE2's memory budget (each set is one more pass over the text).
        """
        options = re2.Options()
        options.never_nl = True
        options.log_errors = False
        options.max_mem = 256 << 20
        sets: list[tuple[int, Any]] = []
        for offset in range(0, len(self._pattern_text), SET_SIZE):
            signature_set = re2.Set.SearchSet(options)
            for pattern in self._pattern_text[offset : offset + SET_SIZE]:
                signature_set.Add(pattern)
            signature_set.Compile()
            sets.append((offset, signature_set))
        return sets

    def _signature_hits(self, cleaned: str) -> list[int]:
        """Indices of the patterns found somewhere in the cleaned text."""
        return [
            offset + local
            for offset, signature_set in self._signature_sets
            for local in signature_set.Match(cleaned) or ()
        ]

    def _pattern(self, index: int) -> Any:
        # Compiled on first use (and safe to race: the result is the same).
        compiled = self._compiled.get(index)
        if compiled is None:
            compiled = self._compiled[index] = re2.compile(self._pattern_text[index], self._options)
        return compiled

    def _example_lines(self) -> list[list[list[str]]]:
        """Each entry's examples as cleaned lines, cleaned in one pass over all of them."""
        texts = ["\n\x00\n".join(e.match.examples) for e in self._entries]
        cleaned = clean_log("\n\x01\n".join(texts)).split("\n\x01\n")
        if len(cleaned) != len(texts):  # a separator was eaten: clean one by one
            cleaned = [clean_log(text) for text in texts]
        return [
            [[ln for ln in example.split("\n") if ln.strip()] for example in text.split("\n\x00\n")]
            for text in cleaned
        ]

    def _signature_lines(self, entry_index: int, examples: list[list[str]]) -> list[str]:
        """The example lines an entry's own patterns recognise.

        Context lines in an example (a generic "Execution failed for task") must not
        attract fuzzy matches. A one-line example needs no search: lint guarantees that
        the entry's patterns match it.
        """
        lines = [example[0] for example in examples if len(example) == 1]
        several = [example for example in examples if len(example) > 1]
        if several:
            # Compiled for this check only: keeping tens of thousands of RE2 objects alive
            # costs hundreds of MB in a big catalog.
            own = [
                re2.compile(self._pattern_text[i], self._options)
                for i in self._entry_patterns[entry_index]
            ]
            lines += [ln for ex in several for ln in ex if any(p.search(ln) for p in own)]
        return [ln for ln in lines if len(ln.strip()) >= MIN_FUZZY_CHARS]

    def _build_fuzzy_index(self) -> None:
        per_entry_tokens: list[set[str]] = []
        masked_examples: list[list[str]] = []
        signature_lines: list[list[str]] = []
        for entry_index, examples in enumerate(self._example_lines()):
            signature_lines.append(self._signature_lines(entry_index, examples))
        flat = mask_lines([line for lines in signature_lines for line in lines])
        start = 0
        for lines in signature_lines:
            kept = flat[start : start + len(lines)]
            start += len(lines)
            masked_examples.append(kept)
            per_entry_tokens.append(set().union(*(_tokens(line) for line in kept)))
        frequency = Counter(token for tokens in per_entry_tokens for token in tokens)
        # A token is distinctive when few entries use it; the cut grows slowly with size.
        rare = max(3, len(self._entries) // 50)
        self._examples: list[_Example] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        for entry_index, lines in enumerate(masked_examples):
            for masked in lines:
                tokens = _tokens(masked)
                if len(tokens) < MIN_FUZZY_TOKENS:
                    continue
                anchors = frozenset(t for t in tokens if frequency[t] <= rare and len(t) >= 3)
                if len(anchors) < 2:
                    continue
                example_index = len(self._examples)
                self._examples.append(_Example(entry_index, masked, anchors))
                for token in anchors:
                    self._index[token].append(example_index)
        self._example_by_entry: dict[int, list[str]] = defaultdict(list)
        for example in self._examples:
            self._example_by_entry[example.entry_index].append(example.masked)
        for entry_index, lines in enumerate(masked_examples):
            self._example_by_entry.setdefault(entry_index, lines)

    def compiled_patterns(self, entry_id: str) -> list[Any]:
        """The compiled signature patterns of one entry, in catalog order."""
        entry_index = next(i for i, e in enumerate(self._entries) if e.id == entry_id)
        return [self._pattern(i) for i in self._entry_patterns[entry_index]]

    def match(self, text: str, top: int = 3) -> MatchResult:
        """The entries recognised in ``text``, best first, at most ``top``."""
        stripped = strip_decorations(text)
        cleaned = blank_boilerplate(stripped)
        lines = cleaned.split("\n")
        best: dict[int, tuple[tuple[int, ...], Match]] = {}

        def offer(entry_index: int, match: Match, priority: int) -> None:
            key = (
                _TIER_RANK[match.tier],
                int(self._ci_side[entry_index]),
                priority if match.tier is Tier.SIGNATURE else 0,
                match.score,
                match.line_no,
            )
            current = best.get(entry_index)
            if current is None or key > current[0]:
                best[entry_index] = (key, match)

        for pattern_index in self._signature_hits(cleaned):
            entry_index = self._pattern_entry[pattern_index]
            entry = self._entries[entry_index]
            last = None
            for last in self._pattern(pattern_index).finditer(cleaned):  # noqa: B007
                pass
            if last is None:
                continue
            line_index = cleaned.count("\n", 0, last.start())
            line = lines[line_index]
            similarity = self._similarity(entry_index, mask_line(line))
            score = SIGNATURE_FLOOR + round(similarity / 10)
            offer(
                entry_index,
                Match(entry.id, entry.title, score, Tier.SIGNATURE, line_index + 1, line),
                self._pattern_priority[pattern_index],
            )

        for line_index, entry_index, raw in self._fuzzy_candidates(lines):
            entry = self._entries[entry_index]
            tier = Tier.STRONG if raw >= STRONG_RAW else Tier.POSSIBLE
            line = lines[line_index]
            offer(
                entry_index,
                Match(entry.id, entry.title, _fuzzy_score(raw), tier, line_index + 1, line),
                entry.match.priority,
            )

        ranked = [match for _, match in sorted(best.values(), key=lambda kv: kv[0], reverse=True)]
        matches = [m for m in ranked if m.tier is not Tier.POSSIBLE][:top]
        if matches and matches[0].is_user_code:
            matches[0] = replace(matches[0], extracted=self._extract(matches[0].entry_id, cleaned))
        near = [] if matches else [m for m in ranked if m.tier is Tier.POSSIBLE][:top]
        decisive = matches[0].line if matches else self._last_error_line(lines)
        wrapper = None if matches else find_guidance(stripped.split("\n"), text)
        return MatchResult(
            matches=matches, near_misses=near, decisive_line=decisive, wrapper=wrapper
        )

    def _extract(self, entry_id: str, cleaned: str) -> tuple[str, ...]:
        """What failed, as the entry's ``extract`` patterns capture it: unique, in order."""
        found: dict[str, None] = {}
        for pattern in self.catalog.entries[entry_id].match.extract:
            for hit in re2.compile(pattern, self._options).finditer(cleaned):
                item = hit.group(1)
                if item and item.strip():
                    found.setdefault(item.strip()[:MAX_EXTRACTED_CHARS])
                if len(found) >= MAX_EXTRACTED:
                    return tuple(found)
        return tuple(found)

    def _similarity(self, entry_index: int, masked_line: str) -> float:
        choices = self._example_by_entry.get(entry_index) or []
        if not choices:
            return 0.0
        found = process.extractOne(
            masked_line, choices, scorer=fuzz.token_set_ratio, processor=utils.default_process
        )
        return float(found[1]) if found else 0.0

    def _fuzzy_candidates(self, lines: Sequence[str]) -> Iterable[tuple[int, int, float]]:
        """(line index, entry index, raw similarity) for each plausible pair."""
        for line_index in select_error_lines(lines):
            masked = mask_line(lines[line_index])
            tokens = _tokens(masked)
            if len(tokens) < MIN_FUZZY_TOKENS:
                continue
            shared: Counter[int] = Counter()
            for token in tokens:
                for example_index in self._index.get(token, ()):
                    shared[example_index] += 1
            # A line must carry at least half of an example's distinctive tokens (and two):
            # token_set_ratio alone scores 100 for any line whose words are a subset.
            eligible = [
                example_index
                for example_index, count in shared.items()
                if count >= 2 and count * 2 >= len(self._examples[example_index].anchors)
            ][:50]
            if not eligible:
                continue
            for _, raw, position in process.extract(
                masked,
                [self._examples[i].masked for i in eligible],
                scorer=fuzz.token_set_ratio,
                processor=utils.default_process,
                score_cutoff=POSSIBLE_RAW,
                limit=None,
            ):
                yield line_index, self._examples[eligible[position]].entry_index, float(raw)

    @staticmethod
    def _last_error_line(lines: Sequence[str]) -> str:
        selected = select_error_lines(lines, limit=1)
        return lines[selected[-1]] if selected else ""
