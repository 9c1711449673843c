"""Checks a whole catalog beyond its schema: each entry's examples and patterns.

``load_catalog`` already refuses a file that breaks the schema or whose patterns do
not compile with RE2; :func:`lint_catalog` then runs the matcher over every example.
"""

from __future__ import annotations

from dataclasses import dataclass

from slackbot.catalog import Catalog
from slackbot.matching import Matcher, Tier, clean_log

#: Lines every CI log has. A signature that matches one of them is too broad.
GENERIC_LINES = (
    "Error: Process completed with exit code 1.",
    "ERROR: Job failed: exit code 1",
    "Finished: FAILURE",
    "npm ERR! code 1",
    "error Command failed with exit code 1.",
    "FAILED tests/test_api.py::test_create_user - AssertionError: assert 500 == 201",
    "E   AssertionError: expected 3 but got 4",
    "src/main.rs:12:5: error[E0425]: cannot find value `x` in this scope",
    "main.c:10:5: error: expected ';' before 'return'",
    "Error: Cannot find module './config'",
    "##[error]The operation was canceled.",
    "make: *** [Makefile:12: all] Error 2",
    "Build step 'Execute shell' marked build as failure",
    "warning: unused variable 'x'",
    "Run actions/checkout@v4",
)


@dataclass(frozen=True)
class LintProblem:
    """One problem, with the file and field it is in."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


def lint_catalog(catalog: Catalog, matcher: Matcher | None = None) -> list[LintProblem]:
    """Every problem found in the catalog's examples and patterns; empty when clean."""
    matcher = matcher or Matcher(catalog)
    problems: list[LintProblem] = []
    generic = "\n".join(GENERIC_LINES)
    for entry in catalog:
        path = str(catalog.paths.get(entry.id, entry.id))
        patterns = matcher.compiled_patterns(entry.id)
        for i, pattern in enumerate(entry.match.patterns):
            if len(pattern) < 8:
                problems.append(
                    LintProblem(path, f"match.patterns.{i}", "pattern is too short to be precise")
                )
            hit = patterns[i].search(generic)
            if hit is not None:
                problems.append(
                    LintProblem(
                        path,
                        f"match.patterns.{i}",
                        f"pattern also matches a generic line: {hit.group(0)!r}",
                    )
                )
        for i, example in enumerate(entry.match.examples):
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
