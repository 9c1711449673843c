"""Turn a catalog entry (and the match that found it) into a Block Kit card.

This module owns Slack's limits: at most 50 blocks, section text at most 3000
characters, header 150, button text 75, button value 2000, ids 255 and unique, and a
summed text well under the ~12 000 characters at which ``chat.postMessage`` answers
``msg_blocks_too_long``. It also renders the same card for a terminal.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from slackbot import ids
from slackbot.catalog import LANGS, Entry, Lang
from slackbot.guidance import Wrapper
from slackbot.matching import Match, MatchResult
from slackbot.messages import say
from slackbot.rates import Hits, Rate, Tally, refine

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ID = 255
MAX_CONTEXT_ELEMENTS = 10
#: Slack rejects around 12 000 characters; stay well below.
MAX_CARD_CHARS = 10_000
MAX_LINE_SHOWN = 300
MAX_WORKAROUNDS_SHOWN = 8
MAX_STEP_CHARS = 1_200

Blocks = list[dict[str, Any]]


@dataclass(frozen=True)
class Card:
    """Blocks plus the fallback ``text`` (notifications and screen readers use only it)."""

    blocks: Blocks
    text: str


@dataclass(frozen=True)
class CardContext:
    """What a card was built from, carried in its buttons so a click can rebuild it."""

    entry_id: str
    lang: Lang = "en"
    line_no: int = 0
    line: str = ""
    score: int = 0
    tier: str = ""
    others: tuple[str, ...] = ()
    ephemeral: bool = True
    #: A failure in the user's code: the failing tests or locations found in the log.
    extracted: tuple[str, ...] = ()

    @classmethod
    def from_match(
        cls, match: Match, others: Sequence[Match] = (), *, lang: Lang, ephemeral: bool
    ) -> CardContext:
        return cls(
            entry_id=match.entry_id,
            lang=lang,
            line_no=match.line_no,
            line=match.line[:MAX_LINE_SHOWN],
            score=match.score,
            tier=match.tier.value,
            others=tuple(m.entry_id for m in others),
            ephemeral=ephemeral,
            extracted=match.extracted,
        )

    def encode(self, target: str = "") -> str:
        """A button value: this context plus the button's own target (≤ 2000 chars)."""
        data = {
            "e": self.entry_id,
            "l": self.lang,
            "n": self.line_no,
            "x": self.line,
            "s": self.score,
            "t": self.tier,
            "o": list(self.others),
            "p": int(self.ephemeral),
            "w": target,
            "f": list(self.extracted),
        }
        extracted = list(self.extracted)
        line = self.line
        value = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        while len(value) > MAX_BUTTON_VALUE and (line or extracted):
            if extracted:
                extracted.pop()
            else:
                line = line[: len(line) // 2]
            data.update(x=line, f=extracted)
            value = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return value

    @classmethod
    def decode(cls, value: str) -> tuple[CardContext, str]:
        """The context and target in a button value; ``ValueError`` when malformed."""
        try:
            data = json.loads(value)
        except (TypeError, json.JSONDecodeError):
            raise ValueError("the button value is not JSON") from None
        if not isinstance(data, dict):
            raise ValueError("the button value is not an object")
        try:
            lang = data.get("l", "en")
            context = cls(
                entry_id=str(data["e"]),
                lang=lang if lang in LANGS else "en",
                line_no=int(data.get("n", 0)),
                line=str(data.get("x", ""))[:MAX_LINE_SHOWN],
                score=int(data.get("s", 0)),
                tier=str(data.get("t", "")),
                others=tuple(str(o) for o in data.get("o", ()))[:3],
                ephemeral=bool(data.get("p", 1)),
                extracted=tuple(str(f)[:200] for f in data.get("f", ()))[:10],
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            raise ValueError("the button value lacks fields") from None
        return context, str(data.get("w", ""))


# --- text helpers ---------------------------------------------------------------------


def _split_units(text: str) -> list[str]:
    """Paragraphs and whole code blocks: the pieces a trim may drop but never cut."""
    units: list[str] = []
    current: list[str] = []
    in_code = False

    def flush() -> None:
        if current:
            units.append("\n".join(current))
            current.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        fence = stripped.startswith("```")
        if in_code:
            current.append(line)
            if fence:
                flush()
                in_code = False
        elif fence:
            flush()
            if len(stripped) > 6 and stripped.endswith("```"):
                units.append(line)
            else:
                current.append(line)
                in_code = True
        elif not stripped:
            flush()
        else:
            current.append(line)
    if in_code:
        current.append("```")
    flush()
    return units


def trim_text(text: str, limit: int, pointer: str) -> str:
    """``text`` cut to ``limit`` characters at a paragraph or code-block boundary.

    A code block is kept whole or dropped whole; when something is dropped,
    ``pointer`` (e.g. where to read the rest) is appended.
    """
    if len(text) <= limit:
        return text
    kept: list[str] = []
    used = len(pointer) + 2
    for unit in _split_units(text):
        if used + len(unit) + 2 > limit:
            if not kept and not unit.startswith("```"):
                room = max(0, limit - used - 1)
                cut = unit[:room].rsplit(" ", 1)[0] if " " in unit[:room] else unit[:room]
                kept.append(cut + "…")
            break
        kept.append(unit)
        used += len(unit) + 2
    return "\n\n".join([*kept, pointer])


def _plain(text: str, limit: int) -> dict[str, Any]:
    text = text.strip() or "-"
    return {
        "type": "plain_text",
        "text": text if len(text) <= limit else text[: limit - 1] + "…",
        "emoji": True,
    }


def _mrkdwn(text: str) -> dict[str, Any]:
    text = text.strip() or "-"
    return {
        "type": "mrkdwn",
        "text": text if len(text) <= MAX_SECTION else trim_text(text, MAX_SECTION, "…"),
    }


def _section(text: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": _mrkdwn(text)}
    if block_id:
        block["block_id"] = block_id[:MAX_ID]
    return block


def _context(texts: Sequence[str]) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(t) for t in texts[:MAX_CONTEXT_ELEMENTS]]}


def _button(
    text: str,
    action_id: str,
    *,
    value: str | None = None,
    url: str | None = None,
    style: str | None = None,
) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": _plain(text, MAX_BUTTON_TEXT),
        "action_id": action_id[:MAX_ID],
    }
    if value is not None:
        button["value"] = value[:MAX_BUTTON_VALUE]
    if url is not None:
        button["url"] = url
    if style is not None:
        button["style"] = style
    return button


def headline(title: str) -> str:
    """An entry's title as a heading: without the ``=====`` rules a tool draws around it."""
    return title.strip().strip("=-*# ").strip() or title


def slack_date(timestamp: float) -> str:
    """A date Slack shows in each reader's own time zone (with a UTC fallback)."""
    fallback = dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(timestamp)}^{{date_short_pretty}} {{time}}|{fallback}>"


def _no_backticks(text: str) -> str:
    return text.replace("`", "'")


def _code(line: str) -> str:
    safe = line.replace("```", "'''")
    return f"```{safe}```"


# --- figures --------------------------------------------------------------------------


def rates_for(entry: Entry, tallies: Mapping[str, Tally] | None) -> dict[str, Rate]:
    """Each workaround's rate refined by its votes (the estimate alone without votes)."""
    tallies = tallies or {}
    return {
        w.id: refine(
            w.success,
            tallies.get(w.id, Tally()),
            evidence=entry.evidence,
            confidence=entry.confidence,
        )
        for w in entry.workarounds
    }


def format_rate(rate: Rate, lang: Lang) -> str:
    """``85% success (estimate)`` before votes, ``85% est. → 62% · 14 👍 / 8 👎`` after."""
    if rate.voted:
        return say(
            "success_refined", lang, prior=rate.prior, pct=rate.refined, up=rate.up, down=rate.down
        )
    return say("success_estimate", lang, pct=rate.prior)


def _fail_rate(pct: int, lang: Lang) -> str:
    # Nobody votes on dead ends, so their figures stay the catalog's estimates.
    return say("fail_estimate", lang, pct=pct)


def _confidence_line(entry: Entry, lang: Lang) -> str:
    return say(
        "confidence_line",
        lang,
        confidence=entry.confidence,
        fix_rate=entry.fix_rate,
        evidence=entry.evidence,
    )


def _version_lines(entry: Entry, lang: Lang) -> list[str]:
    lines = []
    for row in entry.versions[:10]:
        parts = [say("version_row", lang, component=row.component, status=row.status)]
        if row.introduced:
            parts.append(say("introduced", lang, value=row.introduced))
        if row.deprecated:
            parts.append(say("deprecated", lang, value=row.deprecated))
        if row.notes:
            parts.append(row.notes)
        lines.append("• " + " · ".join(parts))
    return lines


# --- the Slack card -------------------------------------------------------------------


def build_card(
    entry: Entry,
    context: CardContext,
    *,
    runner_ups: Sequence[Entry] = (),
    tallies: Mapping[str, Tally] | None = None,
    hits: Hits | None = None,
    shared_by: str | None = None,
    revision: str | None = None,
) -> Card:
    """The Block Kit card for ``entry``, within every Slack limit.

    ``revision`` makes the block ids new when a message is updated in place.
    """
    lang = context.lang
    rev = revision or secrets.token_hex(4)
    rates = rates_for(entry, tallies)
    blocks: Blocks = [{"type": "header", "text": _plain(headline(entry.title), MAX_HEADER)}]

    facts = [f"`{entry.id}`"]
    if entry.tags:
        facts.append(" ".join(f"#{t}" for t in entry.tags[:6]))
    if context.score:
        facts.append(say("score_line", lang, score=context.score, tier=context.tier))
    facts.append(_confidence_line(entry, lang))
    if entry.first_seen:
        facts.append(say("first_seen", lang, date=entry.first_seen.isoformat()))
    facts.append(f"{entry.provenance} · {entry.status}")
    if hits is not None and hits.month:
        line = say("hits_line", lang, day=hits.day, week=hits.week, month=hits.month)
        if hits.last_seen:
            line += " · " + say("last_seen", lang, when=slack_date(hits.last_seen))
        facts.append(line)
    if shared_by:
        facts.append(say("shared_by", lang, user=shared_by))
    blocks.append(_context(facts))

    if entry.is_user_code:
        blocks.append(_section(say("user_code_note", lang)))
    if context.line:
        heading = say("matched_line", lang, line_no=context.line_no)
        blocks.append(_section(f"*{heading}*\n{_code(context.line)}"))
    if context.extracted:
        items = "\n".join(f"• `{_no_backticks(item)}`" for item in context.extracted)
        blocks.append(_section(f"*{say('user_code_failed', lang)}*\n{items}"))
    blocks.append(_section(f"*{say('root_cause', lang)}*\n{entry.root_cause.get(lang)}"))
    if entry.reproduce is not None:
        reproduce = trim_text(entry.reproduce.get(lang), 1500, "…")
        blocks.append(_section(f"*{say('user_code_reproduce', lang)}*\n{reproduce}"))
    versions = _version_lines(entry, lang)
    if versions:
        blocks.append(_section(f"*{say('versions', lang)}*\n" + "\n".join(versions)))

    blocks.append({"type": "divider"})
    blocks.append(_section(f"*{say('workarounds', lang)}*"))
    ordered = sorted(entry.workarounds, key=lambda w: -rates[w.id].refined)
    shown_workarounds = ordered[:MAX_WORKAROUNDS_SHOWN]
    fixed_chars = sum(_block_chars(b) for b in blocks) + 1500
    dead_end_chars = sum(
        len(d.title.get(lang)) + len(d.reason.get(lang)) + 40 for d in entry.dead_ends
    )
    room = MAX_CARD_CHARS - fixed_chars - min(dead_end_chars, 2500)
    per_step = max(300, min(MAX_STEP_CHARS, room // max(1, len(shown_workarounds)) - 200))
    pointer = say("trimmed", lang, entry_id=entry.id)
    for number, workaround in enumerate(shown_workarounds, start=1):
        rate = rates[workaround.id]
        steps = trim_text(workaround.steps.get(lang), per_step, pointer)
        blocks.append(
            _section(
                f"*{number}. {workaround.title.get(lang)}* — {format_rate(rate, lang)}\n{steps}"
            )
        )
        notes = []
        if rate.likely_dead_end:
            notes.append(say("likely_dead_end", lang))
        if workaround.review_note:
            notes.append(say("review_note", lang, note=workaround.review_note.get(lang)))
        if notes:
            blocks.append(_context(notes))
        blocks.append(
            {
                "type": "actions",
                "block_id": f"vote:{workaround.id}:{rev}"[:MAX_ID],
                "elements": [
                    _button(
                        say("button_up", lang),
                        f"{ids.ACTION_VOTE_UP}:{workaround.id}",
                        value=context.encode(workaround.id),
                    ),
                    _button(
                        say("button_down", lang),
                        f"{ids.ACTION_VOTE_DOWN}:{workaround.id}",
                        value=context.encode(workaround.id),
                    ),
                ],
            }
        )
    if len(ordered) > len(shown_workarounds):
        blocks.append(_context([say("more_steps", lang, entry_id=entry.id)]))

    if entry.dead_ends:
        lines = [f"*{say('dead_ends', lang)}*"]
        for dead_end in entry.dead_ends:
            lines.append(
                f"• *{dead_end.title.get(lang)}* — "
                f"{_fail_rate(dead_end.fail, lang)}: {dead_end.reason.get(lang)}"
            )
        blocks.append(_section(trim_text("\n".join(lines), 2500, pointer)))

    actions: list[dict[str, Any]] = []
    for index, doc in enumerate(entry.docs[:3]):
        label = say("button_docs", lang) if index == 0 else doc.title
        actions.append(_button(label, f"{ids.ACTION_OPEN_DOCS}:{index}", url=str(doc.url)))
    if context.ephemeral:
        actions.append(
            _button(
                say("button_share", lang), ids.ACTION_SHARE, value=context.encode(), style="primary"
            )
        )
    if context.line:
        actions.append(
            _button(say("button_wrong", lang), ids.ACTION_WRONG_MATCH, value=context.encode())
        )
    for other in runner_ups[:3]:
        switched = replace(
            context,
            entry_id=other.id,
            others=tuple(o for o in (entry.id, *context.others) if o != other.id),
        )
        actions.append(
            _button(
                f"{say('runner_ups', lang)} {other.title}",
                f"{ids.ACTION_SHOW_ENTRY}:{other.id}",
                value=switched.encode(),
            )
        )
    blocks.append({"type": "actions", "block_id": f"card:{rev}", "elements": actions[:25]})

    notes = [say("vote_rule", lang)]
    if not any(r.voted for r in rates.values()):
        notes.insert(0, say("estimates_note", lang, evidence=entry.evidence))
    blocks.append(_context(notes))

    text = say("fallback_text", lang, title=entry.title, entry_id=entry.id)
    return Card(blocks=blocks[:MAX_BLOCKS], text=text)


def build_no_match(result: MatchResult, lang: Lang) -> Card:
    """What to say when nothing matched: the line that looked like the error, near misses."""
    parts = [say("no_match", lang)]
    if result.decisive_line:
        parts.append(say("no_match_line", lang, line=result.decisive_line[:200].replace("`", "'")))
    blocks: Blocks = [_section("\n".join(parts))]
    if result.near_misses:
        lines = [f"*{say('near_misses', lang)}*"]
        for near in result.near_misses:
            lines.append(f"• `{near.entry_id}` {near.title} ({near.score})")
        blocks.append(_section("\n".join(lines)))
    blocks.append(_context([say("propose_entry", lang)]))
    return Card(blocks=blocks, text=say("no_match", lang))


def _wrapper_lines(wrapper: Wrapper, lang: Lang) -> list[str]:
    lines = (
        [say("wrapper_meaning", lang, line=wrapper.line[:200].replace("`", "'"))]
        if wrapper.line
        else [say("wrapper_cut", lang)]
    )
    lines.append(say("wrapper_paste", lang))
    lines.append(say("wrapper_where", lang, where=say(f"where_{wrapper.system}", lang)))
    if wrapper.tool:
        lines.append(say("wrapper_tool", lang, hint=say(f"tool_{wrapper.tool}", lang)))
    return lines


def build_wrapper_guidance(wrapper: Wrapper, lang: Lang) -> Card:
    """The answer to a paste that shows only a wrapper line: what it means, what to paste."""
    title = say("wrapper_title", lang)
    blocks: Blocks = [
        {"type": "header", "text": _plain(title, MAX_HEADER)},
        *(_section(text) for text in _wrapper_lines(wrapper, lang)),
    ]
    return Card(blocks=blocks, text=title)


def render_terminal_wrapper(wrapper: Wrapper, lang: Lang) -> str:
    """The terminal's answer to a paste that shows only a wrapper line."""
    lines = [say("wrapper_title", lang), *_wrapper_lines(wrapper, lang)]
    return "\n".join(line.replace("*", "") for line in lines)


def build_notice(text: str) -> Card:
    """A one-section message (usage, errors, thanks)."""
    return Card(blocks=[_section(text)], text=text)


def _block_chars(block: Mapping[str, Any]) -> int:
    total = 0
    for key, value in block.items():
        if key == "text" and isinstance(value, str):
            total += len(value)
        elif isinstance(value, Mapping):
            total += _block_chars(value)
        elif isinstance(value, list):
            total += sum(_block_chars(v) for v in value if isinstance(v, Mapping))
    return total


def card_chars(blocks: Sequence[Mapping[str, Any]]) -> int:
    """The summed text of all blocks, as Slack counts it for ``msg_blocks_too_long``."""
    return sum(_block_chars(b) for b in blocks)


# --- the terminal card ----------------------------------------------------------------


def render_terminal(
    entry: Entry,
    lang: Lang,
    *,
    match: Match | None = None,
    others: Sequence[Match] = (),
    tallies: Mapping[str, Tally] | None = None,
) -> str:
    """The whole entry as readable text for a terminal (nothing is trimmed)."""
    rates = rates_for(entry, tallies)
    out = [entry.title, "=" * min(len(entry.title), 80)]
    out.append(f"{entry.id}  [{', '.join(entry.tags)}]  {entry.provenance}/{entry.status}")
    out.append(
        _confidence_line(entry, lang)
        + (f" · {say('first_seen', lang, date=entry.first_seen)}" if entry.first_seen else "")
    )
    if match is not None:
        out += [
            "",
            f"{say('matched_line', lang, line_no=match.line_no)} · "
            f"{say('score_line', lang, score=match.score, tier=match.tier.value)}",
            f"  {match.line[:MAX_LINE_SHOWN]}",
        ]
    out += ["", say("root_cause", lang), "  " + entry.root_cause.get(lang)]
    versions = _version_lines(entry, lang)
    if versions:
        out += ["", say("versions", lang), *(f"  {v}" for v in versions)]
    out += ["", say("workarounds", lang)]
    for number, w in enumerate(sorted(entry.workarounds, key=lambda w: -rates[w.id].refined), 1):
        out.append(f"  {number}. {w.title.get(lang)} — {format_rate(rates[w.id], lang)}")
        out += [f"     {line}" for line in w.steps.get(lang).splitlines()]
        if w.review_note:
            out.append(f"     ({say('review_note', lang, note=w.review_note.get(lang))})")
    if entry.dead_ends:
        out += ["", say("dead_ends", lang)]
        for d in entry.dead_ends:
            out.append(
                f"  • {d.title.get(lang)} — {_fail_rate(d.fail, lang)}: {d.reason.get(lang)}"
            )
    out += ["", say("docs", lang), *(f"  {d.url}  {d.title}" for d in entry.docs)]
    if not any(r.voted for r in rates.values()):
        out += ["", say("estimates_note", lang, evidence=entry.evidence)]
    if others:
        out += [
            "",
            say("runner_ups", lang),
            *(f"  {m.entry_id} ({m.score}): {m.title}" for m in others),
        ]
    return "\n".join(out) + "\n"


def render_terminal_no_match(result: MatchResult, lang: Lang) -> str:
    """The terminal's answer when nothing matched."""
    out = [say("cli_no_match", lang)]
    if result.decisive_line:
        out.append(say("no_match_line", lang, line=result.decisive_line[:200]))
    if result.near_misses:
        out.append(say("near_misses", lang))
        out += [f"  {m.entry_id} ({m.score}): {m.title}" for m in result.near_misses]
    return "\n".join(out)


__all__ = [
    "Card",
    "CardContext",
    "build_card",
    "build_no_match",
    "build_notice",
    "build_wrapper_guidance",
    "card_chars",
    "format_rate",
    "rates_for",
    "render_terminal",
    "render_terminal_no_match",
    "render_terminal_wrapper",
    "trim_text",
]
