"""The regression corpus: realistic logs with the expected entry in their first line.

``tests/fixtures/logs`` holds known errors (``# expect: <id>``), in GitHub Actions,
GitLab and Jenkins formats; ``tests/fixtures/unrelated`` holds real-looking failures no
entry covers (``# expect: none``): fewer than 1 in 20 of those may match anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slackbot.catalog import Catalog
from slackbot.matching import Matcher
from tests.conftest import FIXTURES

KNOWN = sorted((FIXTURES / "logs").glob("*.log"))
UNRELATED = sorted((FIXTURES / "unrelated").glob("*.log"))
MARKER = "# expect: "


def read_fixture(path: Path) -> tuple[str, str]:
    """The expected id (or ``none``) and the log without its marker line."""
    text = path.read_text(encoding="utf-8", errors="replace")
    first, _, rest = text.partition("\n")
    assert first.startswith(MARKER), f"{path.name} lacks its '{MARKER}<id>' line"
    return first[len(MARKER) :].strip(), rest


@pytest.fixture(scope="module")
def matcher(catalog: Catalog) -> Matcher:
    return Matcher(catalog)


def test_the_corpus_is_there() -> None:
    assert len(UNRELATED) >= 30


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


def test_unrelated_failures_rarely_match(matcher: Matcher) -> None:
    matched = {}
    for path in UNRELATED:
        expected, log = read_fixture(path)
        assert expected == "none"
        best = matcher.match(log).best
        if best is not None:
            matched[path.name] = f"{best.entry_id} ({best.score}, {best.line[:80]!r})"
    assert len(matched) * 20 < len(UNRELATED), matched
