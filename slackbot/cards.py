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
from typing import TYPE_CHECKING, Any

from slackbot import ids
from slackbot.blocks import (
    MAX_BLOCKS,
    MAX_BUTTON_VALUE,
    MAX_HEADER,
    MAX_ID,
    MAX_SECTION,
    MAX_VIEW_BLOCKS,
    MAX_VIEW_TITLE,
    Blocks,
    button_element,
    context_block,
    plain_text,
    section_block,
    trim_text,
)
from slackbot.guidance import Wrapper
from slackbot.matching import Match, MatchResult
from slackbot.messages import LANGS, Lang, say
from slackbot.rates import Hits, Rate, Tally, refine

if TYPE_CHECKING:
    from slackbot.catalog import DeadEnd, Entry, Workaround

#: Slack rejects around 12 000 characters; stay well below.
MAX_CARD_CHARS = 10_000
MAX_LINE_SHOWN = 300
MAX_WORKAROUNDS_SHOWN = 8
MAX_STEP_CHARS = 1_200


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
    #: Who shared the card in the channel (kept when a vote redraws it).
    shared_by: str = ""

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
            "b": self.shared_by,
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
                shared_by=str(data.get("b", ""))[:20],
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            raise ValueError("the button value lacks fields") from None
        return context, str(data.get("w", ""))


# --- text helpers ---------------------------------------------------------------------


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


def format_rate(rate: Rate, lang: Lang, *, draft: bool = False) -> str:
    """``85% success (estimate)`` before votes, ``85% est. → 62% · 14 👍 / 8 👎`` after.

    A draft's figures are placeholders, not estimates: before votes it has none, after
    them only what the votes say.
    """
    if draft:
        if not rate.voted:
            return say("draft_no_figures", lang)
        return say("success_voted", lang, pct=rate.refined, up=rate.up, down=rate.down)
    if rate.voted:
        return say(
            "success_refined", lang, prior=rate.prior, pct=rate.refined, up=rate.up, down=rate.down
        )
    return say("success_estimate", lang, pct=rate.prior)


def _fail_rate(pct: int, lang: Lang, *, draft: bool = False) -> str:
    # Nobody votes on dead ends, so their figures stay the catalog's estimates.
    return say("draft_no_figures" if draft else "fail_estimate", lang, pct=pct)


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

#: Which part of an entry a "more" button opens in a modal.
PARTS = ("workarounds", "dead_ends", "details", "entry")
MAX_CARD_STEPS = 1_500


def ordered_workarounds(entry: Entry, rates: Mapping[str, Rate]) -> list[Workaround]:
    """Checked advice first, by refined rate; advice a reviewer doubts always after it."""
    return sorted(
        entry.workarounds, key=lambda w: (w.review_note is not None, -rates[w.id].refined)
    )


def _cause_line(entry: Entry, lang: Lang) -> str:
    """The first sentence of the root cause (the card's one line of cause)."""
    text = " ".join(entry.root_cause.get(lang).split())
    for stop in (". ", "。", "; "):
        head, found, _ = text.partition(stop)
        if found and len(head) >= 20:
            return head + stop.strip()
    return text if len(text) <= 300 else text[:297] + "…"


def _estimate(lang: Lang) -> str:
    return say("estimate_word", lang)


def _figures(entry: Entry, lang: Lang) -> str:
    """Confidence and fix rate, said to be estimates while no report backs them."""
    estimate = f" ({_estimate(lang)})" if entry.evidence == 0 else ""
    return say(
        "figures_line",
        lang,
        confidence=entry.confidence,
        fix_rate=entry.fix_rate,
        estimate=estimate,
        evidence=entry.evidence,
    )


def _checked(entry: Entry, lang: Lang) -> str:
    if entry.verified_on is None:
        return say("unverified", lang)
    return say("verified", lang, date=entry.verified_on.isoformat())


def _provenance(entry: Entry, lang: Lang) -> str:
    return say(
        "provenance_line",
        lang,
        origin=say(f"origin_{entry.provenance}", lang),
        status=say(f"status_{entry.status}", lang),
    )


def _vote_buttons(
    context: CardContext, workaround: Workaround, rev: str, lang: Lang
) -> dict[str, Any]:
    return {
        "type": "actions",
        "block_id": f"vote:{workaround.id}:{rev}"[:MAX_ID],
        "elements": [
            button_element(
                say("button_up", lang),
                f"{ids.ACTION_VOTE_UP}:{workaround.id}",
                value=context.encode(workaround.id),
            ),
            button_element(
                say("button_down", lang),
                f"{ids.ACTION_VOTE_DOWN}:{workaround.id}",
                value=context.encode(workaround.id),
            ),
        ],
    }


def _workaround_blocks(
    context: CardContext,
    workaround: Workaround,
    rate: Rate,
    rev: str,
    *,
    limit: int,
    pointer: str,
    label: str = "",
    draft: bool = False,
) -> Blocks:
    lang = context.lang
    steps = trim_text(workaround.steps.get(lang), limit, pointer)
    title = f"{label}{workaround.title.get(lang)}"
    rate_text = format_rate(rate, lang, draft=draft)
    blocks: Blocks = [section_block(f"*{title}* — {rate_text}\n{steps}")]
    notes = []
    if rate.likely_dead_end:
        notes.append(say("likely_dead_end", lang))
    if workaround.review_note is not None:
        notes.append(say("review_note", lang, note=workaround.review_note.get(lang)))
    if notes:
        blocks.append(context_block(notes))
    blocks.append(_vote_buttons(context, workaround, rev, lang))
    return blocks


def _lower_first(title: str) -> str:
    """``Re-run the job`` → ``re-run the job``, to follow "Don't" (acronyms stay)."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _worst_dead_end(entry: Entry) -> DeadEnd | None:
    return max(entry.dead_ends, key=lambda d: d.fail, default=None)


def _facts(entry: Entry, context: CardContext, hits: Hits | None, lang: Lang) -> list[str]:
    facts = []
    if context.tier:
        kind = "match_exact" if context.tier == "signature" else "match_likely"
        facts.append(say(kind, lang))
    if hits is not None and hits.week:
        facts.append(say("seen_week", lang, week=hits.week))
    if entry.proposed_in_slack and entry.origin is not None:
        facts.append(say("draft_fact", lang, user=entry.origin.page))
    else:
        facts.append(_checked(entry, lang))
    if context.shared_by:
        facts.append(say("shared_by", lang, user=context.shared_by))
    return facts


def build_card(
    entry: Entry,
    context: CardContext,
    *,
    runner_ups: Sequence[Entry] = (),
    tallies: Mapping[str, Tally] | None = None,
    hits: Hits | None = None,
    revision: str | None = None,
) -> Card:
    """The card for ``entry``, readable at a glance and within every Slack limit.

    It shows the cause in one line, the matched line, the best workaround with its
    steps and vote buttons, and the dead end most worth knowing; the rest (more
    workarounds, more dead ends, details) opens in a modal for whoever asks.
    ``revision`` makes the block ids new when a message is updated in place.
    """
    lang = context.lang
    rev = revision or secrets.token_hex(4)
    rates = rates_for(entry, tallies)
    draft = entry.status == "draft"
    blocks: Blocks = [{"type": "header", "text": plain_text(headline(entry.title), MAX_HEADER)}]
    blocks.append(context_block(_facts(entry, context, hits, lang)))
    if entry.is_user_code:
        blocks.append(section_block(say("user_code_note", lang)))
    cause = f"*{say('cause_label', lang)}:* {_cause_line(entry, lang)}"
    if context.line:
        cause += "\n" + _code(context.line)
    blocks.append(section_block(cause))
    if context.extracted:
        items = "\n".join(f"• `{_no_backticks(item)}`" for item in context.extracted)
        blocks.append(section_block(f"*{say('user_code_failed', lang)}*\n{items}"))
    if entry.reproduce is not None:
        reproduce = trim_text(entry.reproduce.get(lang), 1200, "…")
        blocks.append(section_block(f"*{say('user_code_reproduce', lang)}*\n{reproduce}"))

    ordered = ordered_workarounds(entry, rates)
    best = ordered[0]
    pointer = say("trimmed", lang)
    blocks += _workaround_blocks(
        context,
        best,
        rates[best.id],
        rev,
        limit=MAX_CARD_STEPS,
        pointer=pointer,
        label=say("try_first", lang) + ": ",
        draft=draft,
    )
    worst = _worst_dead_end(entry)
    if worst is not None:
        blocks.append(
            section_block(
                say(
                    "draft_dead_end" if draft else "dont_line",
                    lang,
                    title=_lower_first(worst.title.get(lang)),
                    pct=worst.fail,
                    estimate=_estimate(lang),
                )
            )
        )

    actions: list[dict[str, Any]] = []
    parts: tuple[tuple[str, Sequence[object]], ...] = (
        ("workarounds", entry.workarounds),
        ("dead_ends", entry.dead_ends),
    )
    for kind, listed in parts:
        if len(listed) > 1:
            actions.append(
                button_element(
                    say(f"button_more_{kind}", lang, count=len(listed) - 1),
                    f"{ids.ACTION_OPEN_PART}:{kind}",
                    value=context.encode(kind),
                )
            )
    actions.append(
        button_element(
            say("button_details", lang),
            f"{ids.ACTION_OPEN_PART}:details",
            value=context.encode("details"),
        )
    )
    if entry.docs:
        actions.append(
            button_element(
                say("button_docs", lang), f"{ids.ACTION_OPEN_DOCS}:0", url=str(entry.docs[0].url)
            )
        )
    if context.ephemeral:
        actions.append(
            button_element(
                say("button_share", lang), ids.ACTION_SHARE, value=context.encode(), style="primary"
            )
        )
    if context.line:
        actions.append(
            button_element(
                say("button_wrong", lang), ids.ACTION_WRONG_MATCH, value=context.encode()
            )
        )
    for other in runner_ups[:3]:
        switched = replace(
            context,
            entry_id=other.id,
            others=tuple(o for o in (entry.id, *context.others) if o != other.id),
        )
        actions.append(
            button_element(
                f"{say('runner_ups', lang)} {headline(other.title)}",
                f"{ids.ACTION_SHOW_ENTRY}:{other.id}",
                value=switched.encode("entry"),
            )
        )
    blocks.append({"type": "actions", "block_id": f"card:{rev}", "elements": actions[:25]})
    blocks.append(context_block(_footnotes(entry, rates, lang)))
    text = say("fallback_text", lang, title=headline(entry.title), entry_id=entry.id)
    return Card(blocks=blocks[:MAX_BLOCKS], text=text)


def _footnotes(entry: Entry, rates: Mapping[str, Rate], lang: Lang) -> list[str]:
    """The vote rule, and the estimates note while any figure on the card is an estimate."""
    notes = [say("vote_rule", lang)]
    # A draft shows no estimates at all, only what votes say.
    if entry.status != "draft" and (
        entry.evidence == 0 or not all(r.voted for r in rates.values())
    ):
        notes.insert(0, say("estimates_note", lang, evidence=entry.evidence))
    return notes


def build_part_view(
    entry: Entry,
    context: CardContext,
    part: str,
    *,
    tallies: Mapping[str, Tally] | None = None,
    hits: Hits | None = None,
    note: str = "",
) -> dict[str, Any]:
    """A modal with one part of an entry: all workarounds, all dead ends, or the details.

    ``part`` ``entry`` shows another entry's card (a runner-up) for the person who asked.
    ``note`` (a vote's thanks) goes first. The modal stays within 100 blocks.
    """
    lang = context.lang
    rev = secrets.token_hex(4)
    rates = rates_for(entry, tallies)
    draft = entry.status == "draft"
    blocks: Blocks = [context_block([note])] if note else []
    blocks.append({"type": "header", "text": plain_text(headline(entry.title), MAX_HEADER)})
    title = say(f"view_{part}", lang)
    if part == "workarounds":
        ordered = ordered_workarounds(entry, rates)
        checked = [w for w in ordered if w.review_note is None]
        doubtful = [w for w in ordered if w.review_note is not None]

        def blocks_of(workaround: Workaround, label: str = "") -> Blocks:
            rate = rates[workaround.id]
            return _workaround_blocks(
                context,
                workaround,
                rate,
                rev,
                limit=MAX_SECTION,
                pointer="…",
                label=label,
                draft=draft,
            )

        for number, workaround in enumerate(checked, start=1):
            blocks += blocks_of(workaround, f"{number}. ")
        if doubtful:
            blocks.append({"type": "divider"})
            blocks.append(section_block(f"*{say('unverified_advice', lang)}*"))
            for workaround in doubtful:
                blocks += blocks_of(workaround)
    elif part == "dead_ends":
        for dead_end in sorted(entry.dead_ends, key=lambda d: -d.fail):
            blocks.append(
                section_block(
                    f"*{dead_end.title.get(lang)}* — "
                    f"{_fail_rate(dead_end.fail, lang, draft=draft)}\n"
                    f"{dead_end.reason.get(lang)}"
                )
            )
    elif part == "details":
        blocks.append(section_block(f"*{say('root_cause', lang)}*\n{entry.root_cause.get(lang)}"))
        versions = _version_lines(entry, lang)
        if versions:
            blocks.append(section_block(f"*{say('versions', lang)}*\n" + "\n".join(versions)))
        if entry.docs:
            docs = "\n".join(f"• <{doc.url}|{doc.title}>" for doc in entry.docs[:10])
            blocks.append(section_block(f"*{say('docs', lang)}*\n{docs}"))
        facts = [f"`{entry.id}`"]
        if not draft:
            facts.append(_figures(entry, lang))
        facts += [_provenance(entry, lang), _checked(entry, lang)]
        if entry.proposed_in_slack and entry.origin is not None and entry.origin.note:
            facts.append(entry.origin.note)
        if entry.first_seen:
            facts.append(say("first_seen", lang, date=entry.first_seen.isoformat()))
        if hits is not None and hits.month:
            facts.append(say("hits_line", lang, day=hits.day, week=hits.week, month=hits.month))
        blocks.append(section_block("\n".join(facts)))
    else:
        card = build_card(
            entry,
            replace(context, ephemeral=False, line=""),
            tallies=tallies,
            hits=hits,
            revision=rev,
        )
        blocks = ([context_block([note])] if note else []) + card.blocks
    return {
        "type": "modal",
        "callback_id": ids.VIEW_PART,
        "private_metadata": context.encode(part)[:3000],
        "title": plain_text(title, MAX_VIEW_TITLE),
        "close": plain_text(say("view_close", lang), MAX_VIEW_TITLE),
        "blocks": blocks[:MAX_VIEW_BLOCKS],
    }


def build_no_match(result: MatchResult, lang: Lang) -> Card:
    """What to say when nothing matched: the line that looked like the error, near misses."""
    parts = [say("no_match", lang)]
    if result.decisive_line:
        parts.append(say("no_match_line", lang, line=result.decisive_line[:200].replace("`", "'")))
    blocks: Blocks = [section_block("\n".join(parts))]
    if result.near_misses:
        lines = [f"*{say('near_misses', lang)}*"]
        for near in result.near_misses:
            lines.append(f"• `{near.entry_id}` {near.title} ({near.score})")
        blocks.append(section_block("\n".join(lines)))
    blocks.append(context_block([say("propose_entry", lang)]))
    blocks.append(propose_actions(result.decisive_line, lang))
    return Card(blocks=blocks, text=say("no_match", lang))


def propose_actions(line: str, lang: Lang) -> dict[str, Any]:
    """The *Propose an entry* button; the form opens pre-filled with ``line`` (redacted)."""
    return {
        "type": "actions",
        "block_id": f"propose:{secrets.token_hex(4)}",
        "elements": [
            button_element(
                say("button_propose", lang),
                ids.ACTION_PROPOSE,
                value=line[:MAX_BUTTON_VALUE] or None,
            )
        ],
    }


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
        {"type": "header", "text": plain_text(title, MAX_HEADER)},
        *(section_block(text) for text in _wrapper_lines(wrapper, lang)),
        # The wrapper line names no cause: the form opens empty, for the real error line.
        propose_actions("", lang),
    ]
    return Card(blocks=blocks, text=title)


def render_terminal_wrapper(wrapper: Wrapper, lang: Lang) -> str:
    """The terminal's answer to a paste that shows only a wrapper line."""
    lines = [say("wrapper_title", lang), *_wrapper_lines(wrapper, lang)]
    return "\n".join(line.replace("*", "") for line in lines)


@dataclass(frozen=True)
class RunJob:
    """A failed job of a CI run and what its log showed (names already redacted)."""

    name: str
    step: str
    url: str
    result: MatchResult


def _job_line(job: RunJob, lang: Lang) -> str:
    step = f" · {say('run_step', lang, step=job.step)}" if job.step else ""
    best = job.result.best
    found = headline(best.title) if best else say("run_no_known_error", lang)
    return f"• <{job.url}|{_no_backticks(job.name)[:80]}>{step} — {found}"


def build_run_card(
    url: str, jobs: Sequence[RunJob], lang: Lang, first: Card | None, *, ephemeral: bool
) -> Card:
    """One card for a run: a line per failed job, the full card of the first error found,
    and a button that opens each other job's error for whoever clicks it."""
    title = say("run_title", lang, count=len(jobs))
    blocks: Blocks = [
        {"type": "header", "text": plain_text(title, MAX_HEADER)},
        section_block(f"<{url}>\n" + "\n".join(_job_line(job, lang) for job in jobs[:20])),
    ]
    if first is not None:
        blocks += first.blocks[: MAX_BLOCKS - 4]
    else:
        blocks.append(context_block([say("run_none_known", lang)]))
    others: list[dict[str, Any]] = []
    shown = first is not None
    for number, job in enumerate(jobs):
        best = job.result.best
        if best is None:
            continue
        if shown:
            shown = False  # the first error's card is already above
            continue
        context = CardContext.from_match(best, lang=lang, ephemeral=ephemeral)
        others.append(
            button_element(
                say("run_show_job", lang, job=job.name),
                f"{ids.ACTION_SHOW_ENTRY}:job{number}:{best.entry_id}",
                value=context.encode("entry"),
            )
        )
    if others:
        blocks.append(
            {"type": "actions", "block_id": f"jobs:{secrets.token_hex(4)}", "elements": others[:25]}
        )
    return Card(blocks=blocks[:MAX_BLOCKS], text=title)


def build_unfurl(
    jobs: Sequence[RunJob], found: Sequence[tuple[RunJob, Entry]], lang: Lang
) -> dict[str, Any]:
    """A CI link's unfurl: the failed jobs, and for each error found its title, one line
    of cause and the top workaround."""
    lines = [say("run_title", lang, count=len(jobs))]
    for job, entry in found[:3]:
        top = ordered_workarounds(entry, rates_for(entry, None))[0]
        lines.append(
            f"*{_no_backticks(job.name)[:80]}* — {headline(entry.title)[:150]}\n"
            f"{_cause_line(entry, lang)}\n{say('try_first', lang)}: {top.title.get(lang)}"
        )
    if not found:
        lines.append(say("run_none_known", lang))
    return {"blocks": [section_block("\n\n".join(lines))]}


def build_notice(text: str) -> Card:
    """A one-section message (usage, errors, thanks)."""
    return Card(blocks=[section_block(text)], text=text)


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
    title = headline(entry.title)
    out = [title, "=" * min(len(title), 80)]
    out.append(f"{entry.id}  [{', '.join(entry.tags)}]  {_provenance(entry, lang)}")
    out.append(
        _figures(entry, lang)
        + f" · {_checked(entry, lang)}"
        + (f" · {say('first_seen', lang, date=entry.first_seen)}" if entry.first_seen else "")
    )
    if entry.is_user_code:
        out += ["", say("user_code_note", lang).replace("*", "")]
    if match is not None:
        kind = "match_exact" if match.tier.value == "signature" else "match_likely"
        out += [
            "",
            f"{say('matched_line', lang, line_no=match.line_no)} · {say(kind, lang)} "
            f"({match.score})",
            f"  {match.line[:MAX_LINE_SHOWN]}",
        ]
        if match.extracted:
            out += ["", say("user_code_failed", lang), *(f"  {x}" for x in match.extracted)]
    out += ["", say("root_cause", lang), "  " + entry.root_cause.get(lang)]
    if entry.reproduce is not None:
        out += ["", say("user_code_reproduce", lang)]
        out += [f"  {line}" for line in entry.reproduce.get(lang).splitlines()]
    versions = _version_lines(entry, lang)
    if versions:
        out += ["", say("versions", lang), *(f"  {v}" for v in versions)]
    ordered = ordered_workarounds(entry, rates)
    doubtful = [w for w in ordered if w.review_note is not None]
    out += ["", say("workarounds", lang)]
    for number, w in enumerate(ordered, 1):
        if w is (doubtful[0] if doubtful else None):
            out += ["", say("unverified_advice", lang)]
        rate = format_rate(rates[w.id], lang, draft=entry.status == "draft")
        out.append(f"  {number}. {w.title.get(lang)} — {rate}")
        out += [f"     {line}" for line in w.steps.get(lang).splitlines()]
        if w.review_note:
            out.append(f"     ({say('review_note', lang, note=w.review_note.get(lang))})")
    if entry.dead_ends:
        out += ["", say("dead_ends", lang)]
        for d in sorted(entry.dead_ends, key=lambda d: -d.fail):
            out.append(
                f"  • {d.title.get(lang)} — "
                f"{_fail_rate(d.fail, lang, draft=entry.status == 'draft')}: {d.reason.get(lang)}"
            )
    out += ["", say("docs", lang), *(f"  {d.url}  {d.title}" for d in entry.docs)]
    out += ["", *_footnotes(entry, rates, lang)[:-1]]
    if others:
        out += [
            "",
            say("runner_ups", lang),
            *(f"  {m.entry_id} ({m.score}): {headline(m.title)}" for m in others),
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
