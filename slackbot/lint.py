"""Checks a whole catalog beyond its schema: each entry's examples and patterns.

``load_catalog`` already refuses a file that breaks the schema or whose patterns do
not compile with RE2; :func:`lint_catalog` then runs the matcher over every example.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from slackbot.catalog import (
    PLACEHOLDER_PATTERN,
    Catalog,
    Entry,
    compile_pattern,
    is_placeholder,
)
from slackbot.matching import Matcher, Tier, clean_log
from slackbot.pattern_set import required_words

#: An entry not checked against its vendor's docs for this long gets a warning.
STALE_AFTER = dt.timedelta(days=365)
MIN_WORKAROUNDS = 2
MIN_DEAD_ENDS = 1
MIN_EXAMPLES = 3

#: Lines every CI log has. A signature that matches one of them is too broad.
WRAPPER_LINES = (
    "Error: Process completed with exit code 1.",
    "ERROR: Job failed: exit code 1",
    "Finished: FAILURE",
    "npm ERR! code 1",
    "error Command failed with exit code 1.",
    "Error: Cannot find module './config'",
    "##[error]The operation was canceled.",
    "make: *** [Makefile:12: all] Error 2",
    "Build step 'Execute shell' marked build as failure",
    "warning: unused variable 'x'",
    "Run actions/checkout@v4",
)
#: Failures in the code being built: only entries of the user-code category may match them.
USER_CODE_LINES = (
    "FAILED tests/test_api.py::test_create_user - AssertionError: assert 500 == 201",
    "E   AssertionError: expected 3 but got 4",
    "src/main.rs:12:5: error[E0425]: cannot find value `x` in this scope",
    "main.c:10:5: error: expected ';' before 'return'",
)

#: Every match of a signature holds a literal of this many characters (UTF-8 bytes): the
#: prefilter searches a pattern only in the texts that hold one of its literals.
MIN_LITERAL = 4


def literal_problem(pattern: str) -> str | None:
    """Why a signature's prefilter cannot skip it, or ``None`` when it has a literal."""
    words = required_words(f"(?m){pattern}")
    if words is not None and min(len(w.encode()) for w in words) >= MIN_LITERAL:
        return None
    found = "none" if words is None else ", ".join(repr(w) for w in words[:5])
    return (
        f"pattern has no literal of {MIN_LITERAL} characters or more that every match holds "
        f"(found: {found}), so every paste searches it; spell out a fixed phrase of the "
        "message (a class such as [Ee] or a choice of up to 16 fixed strings keeps a phrase "
        "whole), or mark it `shape: true` if it recognises a line by its shape"
    )


def generic_line_hit(pattern: Any, *, user_code: bool = False) -> str | None:
    """The generic line a compiled pattern matches, or ``None`` when it is precise.

    Every pattern must miss the wrapper lines; only user-code entries may match the
    lines of a failure in the user's own code.
    """
    lines = WRAPPER_LINES if user_code else (*WRAPPER_LINES, *USER_CODE_LINES)
    hit = pattern.search("\n".join(lines))
    return None if hit is None else str(hit.group(0))


@dataclass(frozen=True)
class LintProblem:
    """One problem, with the file and field it is in."""

    path: str
    field: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{prefix}{self.path}: {self.field}: {self.message}"


def lint_completeness(entry: Entry, path: str, *, today: dt.date) -> list[LintProblem]:
    """What an entry lacks to be complete: translations, advice, examples, sources, docs.

    A draft proposed from Slack may lack them (warnings): it was reviewed in Slack and
    is completed after it is merged.
    """
    problems: list[LintProblem] = []
    lacking: Literal["error", "warning"] = "warning" if entry.proposed_in_slack else "error"

    def problem(field: str, message: str, severity: Literal["error", "warning"] = lacking) -> None:
        problems.append(LintProblem(path, field, message, severity))

    for field, text in entry.texts():
        if not text.zh:
            problem(f"{field}.zh", "the Chinese text is missing")
    if len(entry.workarounds) < MIN_WORKAROUNDS:
        problem("workarounds", f"an entry needs at least {MIN_WORKAROUNDS} workarounds")
    if len(entry.dead_ends) < MIN_DEAD_ENDS:
        problem("dead_ends", "an entry needs at least one dead end, with its reason")
    if len(entry.match.examples) < MIN_EXAMPLES:
        problem("match.examples", f"an entry needs at least {MIN_EXAMPLES} real examples")
    if not entry.sources:
        problem("sources", "name where the example lines come from (a page per source)")
    if not entry.docs:
        problem("docs", "link the vendor's documentation page (at least one)")
    if entry.verified_on is None:
        problem("verified_on", "never checked against the vendor's docs", "warning")
    elif today - entry.verified_on > STALE_AFTER:
        problem(
            "verified_on",
            f"last checked against the vendor's docs on {entry.verified_on}: check it again",
            "warning",
        )
    if entry.is_user_code:
        if entry.reproduce is None:
            problem("reproduce", "a user-code entry says how to reproduce the failure locally")
        if not entry.match.extract:
            problem("match.extract", "a user-code entry extracts what failed (test ids, file:line)")
        for i, pattern in enumerate(entry.match.extract):
            compiled = compile_pattern(pattern)
            if not any(compiled.search(clean_log(ex)) for ex in entry.match.examples):
                problem(f"match.extract.{i}", "the pattern extracts nothing from any example")
    return problems


def lint_placeholders(entry: Entry, path: str) -> list[LintProblem]:
    """What ``ci-error import`` left for a person to write: one clear line per field."""
    problems: list[LintProblem] = []
    if PLACEHOLDER_PATTERN in entry.match.texts:
        problems.append(
            LintProblem(
                path,
                "match.patterns",
                "write the match patterns: one RE2 pattern per line the tool really prints "
                "(the importer left a placeholder)",
            )
        )
    if any(is_placeholder(example) for example in entry.match.examples):
        problems.append(
            LintProblem(
                path,
                "match.examples",
                "paste real lines from logs or issues, with their sources "
                "(the importer left a placeholder)",
            )
        )
    texts = [("title", entry.title)] + [
        (f"{field}.{lang}", value)
        for field, text in entry.texts()
        for lang, value in (("en", text.en), ("zh", text.zh))
        if value
    ]
    for field, value in texts:
        if is_placeholder(value):
            problems.append(
                LintProblem(path, field, f"write this text (the importer left {value!r})")
            )
    return problems


def lint_catalog(
    catalog: Catalog, matcher: Matcher | None = None, *, today: dt.date | None = None
) -> list[LintProblem]:
    """Every problem found in the catalog's entries, errors and warnings; empty when clean."""
    matcher = matcher or Matcher(catalog)
    today = today or dt.date.today()
    problems: list[LintProblem] = []
    for entry in catalog:
        path = str(catalog.paths.get(entry.id, entry.id))
        problems += lint_completeness(entry, path, today=today)
        problems += lint_placeholders(entry, path)
        patterns = matcher.compiled_patterns(entry.id)
        for i, pattern in enumerate(entry.match.texts):
            if pattern == PLACEHOLDER_PATTERN:
                continue
            if len(pattern) < 8:
                problems.append(
                    LintProblem(path, f"match.patterns.{i}", "pattern is too short to be precise")
                )
            slow = None if entry.match.is_shape(i) else literal_problem(pattern)
            if slow is not None:
                problems.append(LintProblem(path, f"match.patterns.{i}", slow))
            hit = generic_line_hit(patterns[i], user_code=entry.is_user_code)
            if hit is not None:
                problems.append(
                    LintProblem(
                        path, f"match.patterns.{i}", f"pattern also matches a generic line: {hit!r}"
                    )
                )
        for i, example in enumerate(entry.match.examples):
            if is_placeholder(example):
                continue
            where = f"match.examples.{i}"
            cleaned = clean_log(example)
            if not any(p.search(cleaned) for p in patterns):
                problems.append(
                    LintProblem(path, where, "no pattern of this entry matches the example")
                )
            result = matcher.match(example, top=3)
            best = result.best
            if best is None:
                problems.append(LintProblem(path, where, "the example matches no entry"))
            elif best.entry_id != entry.id:
                problems.append(
                    LintProblem(path, where, f"the example matches {best.entry_id} first")
                )
            elif best.tier is not Tier.SIGNATURE:
                problems.append(
                    LintProblem(path, where, "the example matches only fuzzily, not by signature")
                )
    return problems
