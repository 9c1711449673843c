"""The literal-first pattern set answers exactly as the RE2 sets do."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from benchmarks.hostile import hostile_messages
from slackbot import guidance
from slackbot.catalog import Catalog
from slackbot.matching import Matcher, _regex_options, clean_log
from slackbot.pattern_set import PatternSet, required_words

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"npm ERR! code E404", ["npm err! code e404"]),
        (r"(?i)Permission denied \(publickey\)", ["permission denied (publickey)"]),
        (r"(?:ENOTFOUND|EAI_AGAIN) \w+", ["eai_again ", "enotfound "]),
        (r"\bfoo(?:bar|ba)?x", ["foobarx", "foobax", "foox"]),
        (r"(?i)\bfail(?:s|ed|ing)?\b", ["fail"]),  # the run before the choice is better
        (r"[Ee]rror MSB4019: ", ["error msb4019: "]),
        (r"^\d+: (?:FAIL|ERROR): [\w.]+", [": error: ", ": fail: "]),
        (r"^_{3,} \S+ _{3,}$", [" ___"]),
        (r"[:\]] Exec format error", [": exec format error", "] exec format error"]),
        (r"无法解析主机地址", ["无法解析主机地址"]),  # no case: folding cannot change it
        (r"● \S[^›\n]* › \S", [" › "]),
        (r"(?i)straße", ["stra"]),  # ß folds to "ss": the word stops before it
        (r"(?:abc|d)+", None),
        (r"x+\d", None),
        (r"\pL+ failed", None),  # RE2-only syntax
        (r"\Qa.b\E", None),
        (r"[[:alpha:]]failed", None),
    ],
)
def test_the_words_every_match_contains(pattern: str, words: list[str] | None) -> None:
    assert required_words(pattern) == words


def _texts(catalog: Catalog) -> list[str]:
    # The regression corpus's real pastes and logs. The held-out samples (as much text
    # again) run in their own test through the shared matcher, which has its sets by then.
    texts = [
        p.read_text("utf-8", errors="replace")[-8_000:]
        for folder in ("logs", "wild", "unrelated")
        for p in sorted((FIXTURES / folder).glob("*.log"))
    ]
    texts += [example for entry in catalog for example in entry.match.examples]
    texts += [text[:4_000] for text in hostile_messages().values()]
    # Case folding must not lose a match: long s, Kelvin sign, dotted I, sharp s.
    texts += ["PERMISSION DENIED (PUBLICKEY)", "ſtatus \u212aill İ straße STRASSE"]
    return texts


def _both_ways(patterns: list[str], words: list[list[str] | None] | None = None) -> tuple:
    literal_first = PatternSet(patterns, _regex_options(), words, set_after_chars=1 << 62)
    sets = PatternSet(patterns, _regex_options(), words, set_after_chars=0, literal_first_below=0)
    return literal_first, sets


def test_signatures_are_found_the_same_way_both_ways(catalog: Catalog) -> None:
    data = Matcher(catalog).data
    literal_first, sets = _both_ways(data.pattern_text, data.pattern_words)
    for text in _texts(catalog):
        cleaned = clean_log(text)
        assert literal_first.match(cleaned) == sets.match(cleaned), text[:200]
    assert not literal_first.prepared and sets.prepared


def test_guidance_lines_are_found_the_same_way_both_ways(catalog: Catalog) -> None:
    for patterns in (guidance.WRAPPERS, guidance.SYSTEM_CUES):
        literal_first, sets = _both_ways([pattern for _, pattern in patterns])
        for text in _texts(catalog):
            for line in clean_log(text).split("\n")[-60:]:
                assert literal_first.match(line) == sets.match(line), line[:200]


def test_a_pattern_python_cannot_read_is_still_searched() -> None:
    literal_first, _ = _both_ways([r"\Qx.y\E", r"\x{41}BC"])
    assert literal_first.match("x.y ABC") == [0, 1]
    assert literal_first.match("xzy") == []


def test_a_bot_prepares_its_matcher_and_every_later_one(catalog: Catalog, tmp_path: Path) -> None:
    from slackbot.config import Settings
    from slackbot.helpdesk import Helpdesk
    from slackbot.metrics import Metrics
    from slackbot.store import open_sqlite
    from tests.conftest import BOT_TOKEN

    settings = Settings(bot_token=BOT_TOKEN)
    helpdesk = Helpdesk(settings, catalog, open_sqlite(tmp_path / "s.sqlite3"), Metrics())
    assert not helpdesk.matcher.prepared  # the command line never pays for the sets
    helpdesk.keep_current(0, drafts_every=0.05)
    try:
        deadline = time.monotonic() + 30
        while not helpdesk.matcher.prepared and time.monotonic() < deadline:
            time.sleep(0.05)
        assert helpdesk.matcher.prepared
        assert helpdesk.reload_catalog(force=True)
        assert helpdesk.matcher.prepared
    finally:
        helpdesk.stop_watching()


@pytest.mark.expected_errors
def test_the_watch_outlives_a_round_that_fails(
    catalog: Catalog, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    from slackbot.config import Settings
    from slackbot.drafts import Draft
    from slackbot.helpdesk import Helpdesk
    from slackbot.metrics import Metrics
    from slackbot.store import open_sqlite
    from tests.conftest import BOT_TOKEN
    from tests.test_drafts import _proposal

    path = tmp_path / "s.sqlite3"
    store = open_sqlite(path)
    helpdesk = Helpdesk(Settings(bot_token=BOT_TOKEN), catalog, store, Metrics())
    with sqlite3.connect(path) as db:  # a revision that is no number: every round fails
        db.execute("INSERT INTO revisions VALUES ('drafts', 'garbage')")
    helpdesk.keep_current(0, drafts_every=0.05)
    try:
        # The first round runs once the matcher is prepared, which takes longer as the
        # catalog grows or the machine is loaded: wait for a failed round, not a fixed time.
        deadline = time.monotonic() + 60
        while "this round failed" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
        with sqlite3.connect(path) as db:
            db.execute("UPDATE revisions SET value = 1 WHERE name = 'drafts'")
        draft = Draft(_proposal(), "U0USER001", 1_700_000_000.0)
        store.drafts.save_draft(draft)
        deadline = time.monotonic() + 60
        while draft.id not in helpdesk.catalog.entries and time.monotonic() < deadline:
            time.sleep(0.05)
        assert draft.id in helpdesk.catalog.entries
    finally:
        helpdesk.stop_watching()
    assert "this round failed" in caplog.text


def test_texts_searched_while_the_sets_compile_do_not_wait(catalog: Catalog) -> None:
    import threading

    data = Matcher(catalog).data
    patterns = PatternSet(
        data.pattern_text, _regex_options(), data.pattern_words, set_after_chars=0
    )
    found: list[list[int]] = []
    with patterns._lock:  # as while prepare() compiles in the background
        searching = threading.Thread(
            target=lambda: found.append(patterns.match("npm ERR! code E404"))
        )
        searching.start()
        searching.join(timeout=10)
        assert found and found[0] and not patterns.prepared
    assert patterns.match("npm ERR! code E404") == found[0] and patterns.prepared


def test_words_are_found_the_same_way_one_by_one_and_by_their_set(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = Matcher(catalog).data
    monkeypatch.setattr("slackbot.pattern_set.WORD_SET_AFTER_CHARS", 1 << 62)
    one_by_one = PatternSet(data.pattern_text, _regex_options(), data.pattern_words)
    one_by_one.match("")
    monkeypatch.setattr("slackbot.pattern_set.WORD_SET_AFTER_CHARS", 0)
    by_set = PatternSet(data.pattern_text, _regex_options(), data.pattern_words)
    by_set.match("")
    assert one_by_one._word_set is None and by_set._word_set is not None
    for text in _texts(catalog):
        cleaned = clean_log(text)[-4_000:]
        assert one_by_one.match(cleaned) == by_set.match(cleaned), text[:200]


class _NoSets:
    """Stands for the compiled RE2 sets; fails a test that reaches them."""

    def Match(self, text: str) -> list[int]:
        raise AssertionError(f"the sets searched {len(text)} characters")


def test_a_paste_is_searched_literal_first_even_once_the_sets_are_compiled(
    catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A set of thousands of patterns builds its automaton as a text needs it: a paste of new
    # words costs it more than finding the words and searching the patterns they name.
    data = Matcher(catalog).data
    patterns = PatternSet(data.pattern_text, _regex_options(), data.pattern_words)
    patterns.prepare()
    expected = patterns.match("x" * 70_000 + "\nnpm ERR! code E404")
    assert expected
    monkeypatch.setattr(patterns, "_sets", [(0, _NoSets())])
    assert patterns.match("npm ERR! code E404") == expected
    with pytest.raises(AssertionError, match="the sets searched"):
        patterns.match("x" * 70_000 + "\nnpm ERR! code E404")  # a long log: one pass


def test_a_prepared_set_finds_the_words_of_a_paste_by_their_set(catalog: Catalog) -> None:
    # Once the sets were compiled no text counted towards the words' set any more: a bot
    # looked for each of thousands of words in turn in every paste.
    data = Matcher(catalog).data
    patterns = PatternSet(data.pattern_text, _regex_options(), data.pattern_words)
    patterns.prepare()
    assert patterns._word_set is not None
    counting = PatternSet(data.pattern_text, _regex_options(), data.pattern_words)
    counting.match("x" * 70_000)  # compiles the sets
    assert counting.prepared and counting._word_set is None
    counting.match("npm ERR! code E404\n" * 500)
    assert counting._word_set is not None
