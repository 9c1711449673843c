"""Cards: every catalog entry, in both languages, within every Slack limit."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from slackbot.cards import (
    MAX_CARD_CHARS,
    PARTS,
    CardContext,
    build_card,
    build_part_view,
    card_chars,
    headline,
    render_terminal,
    trim_text,
)
from slackbot.catalog import Catalog, Entry
from slackbot.messages import LANGS, Lang
from slackbot.rates import Hits, Tally


def _texts(node: Any) -> list[tuple[str, str]]:
    """(type, text) of every text object in a block tree."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if node.get("type") in ("plain_text", "mrkdwn") and "text" in node:
            found.append((node["type"], node["text"]))
        for value in node.values():
            found += _texts(value)
    elif isinstance(node, list):
        for value in node:
            found += _texts(value)
    return found


def check_limits(blocks: list[dict[str, Any]], text: str) -> None:
    assert text.strip()
    assert 0 < len(blocks) <= 50
    assert card_chars(blocks) <= MAX_CARD_CHARS
    ids = [b["block_id"] for b in blocks if "block_id" in b]
    assert len(ids) == len(set(ids)) and all(len(i) <= 255 for i in ids)
    action_ids = []
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "section":
            assert 1 <= len(block["text"]["text"]) <= 3000
            assert block["text"]["text"].count("```") % 2 == 0, "a code block was cut open"
            assert len(block.get("fields", [])) <= 10
        if block["type"] == "context":
            assert len(block["elements"]) <= 10
        if block["type"] == "actions":
            assert len(block["elements"]) <= 25
            for element in block["elements"]:
                assert len(element["text"]["text"]) <= 75
                assert len(element.get("value", "")) <= 2000
                assert len(element["action_id"]) <= 255
                action_ids.append(element["action_id"])
    assert all(t for _, t in _texts(blocks)), "empty text objects are invalid"
    assert len(action_ids) == len(set(action_ids)), "action_ids must be unique in a message"


def _context(entry: Entry, lang: Lang) -> CardContext:
    return CardContext(
        entry_id=entry.id,
        lang=lang,
        line_no=12,
        line=entry.match.examples[0],
        score=97,
        tier="signature",
        others=(),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_renders_within_slack_limits(catalog: Catalog, lang: Lang) -> None:
    others = list(catalog)[:3]
    tallies_for = lambda entry: {w.id: Tally(3, 1) for w in entry.workarounds}  # noqa: E731
    for entry in catalog:
        card = build_card(
            entry,
            _context(entry, lang),
            runner_ups=others,
            tallies=tallies_for(entry),
            hits=Hits(1, 2, 3, 1_700_000_000.0),
        )
        check_limits(card.blocks, card.text)
        assert len(card.blocks) <= 14, f"{entry.id}: a card is read at a glance"
        for part in PARTS:
            view = build_part_view(entry, _context(entry, lang), part, tallies=tallies_for(entry))
            assert len(view["title"]["text"]) <= 24 and len(view["private_metadata"]) <= 3000
            check_limits(view["blocks"][:50], "view")
            assert len(view["blocks"]) <= 100
        text = render_terminal(entry, lang)
        assert headline(entry.title) in text
        if lang == "zh" and entry.root_cause.zh:
            assert entry.root_cause.zh in text


def test_estimates_are_marked_until_votes_exist(catalog: Catalog) -> None:
    entry = next(e for e in catalog if e.evidence == 0)
    plain = json.dumps(build_card(entry, _context(entry, "en")).blocks, ensure_ascii=False)
    assert "% success (estimate)" in plain
    assert "estimates until people vote" in plain
    assert "(estimate)" in json.dumps(build_part_view(entry, _context(entry, "en"), "details"))
    voted = build_card(
        entry, _context(entry, "en"), tallies={w.id: Tally(14, 8) for w in entry.workarounds}
    )
    shown = json.dumps(voted.blocks, ensure_ascii=False)
    assert "% est. → " in shown and "14 👍 / 8 👎" in shown
    # The entry's own figures are still estimates (no report backs them): the note stays.
    assert "estimates until people vote" in shown


def test_doubted_advice_is_never_first_and_is_shown_as_unverified(catalog: Catalog) -> None:
    entry = next(iter(catalog))
    doubted = replace(entry.workarounds[0], review_note=entry.root_cause, success=99)
    entry = replace(entry, workarounds=[doubted, *entry.workarounds[1:]])
    card = json.dumps(build_card(entry, _context(entry, "en")).blocks, ensure_ascii=False)
    assert f"Try first: {doubted.title.en}" not in card
    view = build_part_view(entry, _context(entry, "en"), "workarounds")
    sections = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    unverified = next(i for i, t in enumerate(sections) if t.startswith("*Unverified advice"))
    assert any(doubted.title.en in t for t in sections[unverified:])
    assert not any(doubted.title.en in t for t in sections[:unverified])


def test_votes_reorder_workarounds_and_flag_dead_ones(catalog: Catalog) -> None:
    entry = next(e for e in catalog if len(e.workarounds) >= 2 and e.evidence == 0)
    first, second = entry.workarounds[0], entry.workarounds[1]
    tallies = {first.id: Tally(0, 6), second.id: Tally(6, 0)}
    card = json.dumps(build_card(entry, _context(entry, "en"), tallies=tallies).blocks)
    assert f"Try first: {second.title.en}" in card
    view = json.dumps(build_part_view(entry, _context(entry, "en"), "workarounds", tallies=tallies))
    assert "likely a dead end" in view


def test_huge_steps_are_trimmed_at_a_code_block_boundary(catalog: Catalog) -> None:
    entry = next(e for e in catalog if all(w.review_note is None for w in e.workarounds))
    long_steps = "\n\n".join(
        [
            f"Paragraph {i} "
            + "words " * 80
            + f"\n```\ncommand --number {i}\n"
            + "x\n" * 30
            + "```"
            for i in range(40)
        ]
    )
    workaround = replace(
        entry.workarounds[0], steps=replace(entry.workarounds[0].steps, en=long_steps), success=100
    )
    big = replace(entry, workarounds=[workaround, *entry.workarounds[1:]])
    card = build_card(big, _context(big, "en"))
    check_limits(card.blocks, card.text)
    assert "the rest under *More workarounds*" in json.dumps(card.blocks)


def test_trim_text_never_leaves_a_code_block_open() -> None:
    text = "intro line\n\n```\n" + "a very long code line\n" * 200 + "```\n\nafter"
    trimmed = trim_text(text, 300, "(more)")
    assert trimmed.count("```") % 2 == 0
    assert trimmed.endswith("(more)")
    assert len(trimmed) <= 300


def test_card_context_round_trips_and_refuses_garbage() -> None:
    context = CardContext(
        entry_id="a/b",
        lang="zh",
        line_no=3,
        line="x" * 300,
        score=95,
        tier="signature",
        others=("c/d",),
        ephemeral=False,
    )
    assert CardContext.decode(context.encode("w1")) == (context, "w1")
    for bad in ("", "{", "[]", '{"l": "zh"}', '{"e": "a/b", "n": "x"}'):
        with pytest.raises(ValueError):
            CardContext.decode(bad)
