"""The regression corpus: realistic logs with the expected entry in their first line.

``tests/fixtures/logs`` holds known errors written for the catalog (``# expect: <id>``),
in GitHub Actions, GitLab and Jenkins formats; ``tests/fixtures/wild`` holds excerpts
people pasted in public issues (each with its ``# source:``); ``tests/fixtures/unrelated``
holds real-looking failures no entry covers (``# expect: none``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import evaluate, read_fixture
from slackbot.catalog import Catalog
from slackbot.matching import Matcher
from tests.conftest import CATALOG_DIR, FIXTURES, ROOT

KNOWN = sorted((FIXTURES / "logs").glob("*.log"))
FULL_CATALOG = CATALOG_DIR == ROOT / "catalog"


def test_the_corpus_is_there() -> None:
    assert len(KNOWN) >= 100
    assert len(list((FIXTURES / "unrelated").glob("*.log"))) >= 30


@pytest.mark.parametrize("path", KNOWN, ids=lambda p: p.name)
def test_known_error_logs_match_their_entry_first(
    path: Path, matcher: Matcher, catalog: Catalog
) -> None:
    expected, log = read_fixture(path)
    if expected not in catalog:
        pytest.skip(f"{expected} is not in the catalog under test")
    best = matcher.match(log).best
    assert best is not None, f"{path.name}: nothing matched"
    assert best.entry_id == expected, f"{path.name}: {best.entry_id} matched first ({best.line!r})"


@pytest.mark.skipif(not FULL_CATALOG, reason="needs the full catalog")
def test_pasted_excerpts_match_their_entry_first_nine_times_in_ten(matcher: Matcher) -> None:
    right, total, misses = evaluate(matcher, "wild")
    assert total >= 100
    assert right >= 0.9 * total, "\n".join(misses)


def test_unrelated_failures_rarely_match(matcher: Matcher) -> None:
    right, total, misses = evaluate(matcher, "unrelated")
    assert (total - right) * 20 < total, "\n".join(misses)
