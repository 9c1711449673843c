"""Views that are not cards: the propose-an-entry modal and App Home.

Like :mod:`slackbot.cards`, every builder here keeps to Block Kit's limits (see
:mod:`slackbot.blocks`): a view has at most 100 blocks, a title 24 characters, a
static select 100 options of 75 characters each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from slackbot import ids
from slackbot.blocks import (
    MAX_OPTION_TEXT,
    MAX_VIEW_BLOCKS,
    MAX_VIEW_TITLE,
    Blocks,
    button_element,
    context_block,
    header_block,
    plain_text,
    section_block,
)
from slackbot.cards import slack_date
from slackbot.dashboard import Dashboard, bar_chart
from slackbot.drafts import CUSTOM, FIELDS, MAX_CHARS, OPTIONAL
from slackbot.messages import LANGS, Lang, say

MAX_OPTIONS = 100
MAX_LABEL = 2000
#: The single-line fields; the others are multi-line.
_ONE_LINE = frozenset({"line", "pattern", "title", "workaround_title", "dead_end_title"})
#: Every input's ``action_id`` (its block id says which field it is).
VALUE = "value"
_MAX_HOME_LINE = 150


def _no_backticks(text: str) -> str:
    return text.replace("`", "'")


def _input(name: str, element: dict[str, Any], lang: Lang, hint: str = "") -> dict[str, Any]:
    block: dict[str, Any] = {
        "type": "input",
        "block_id": name,
        "label": plain_text(say(f"field_{name}", lang), MAX_LABEL),
        "optional": name in OPTIONAL,
        "element": element,
    }
    if hint:
        block["hint"] = plain_text(hint, MAX_LABEL)
    return block


def _text_input(name: str, initial: str = "") -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": VALUE,
        "multiline": name not in _ONE_LINE,
        "max_length": MAX_CHARS[name],
    }
    if initial:
        element["initial_value"] = initial[: MAX_CHARS[name]]
    return element


def _option(value: str, text: str) -> dict[str, Any]:
    return {"text": plain_text(text, MAX_OPTION_TEXT), "value": value}


def build_propose_view(
    line: str, pattern: str, categories: Sequence[str], lang: Lang
) -> dict[str, Any]:
    """The propose-an-entry modal, pre-filled with the (redacted) line and a pattern."""
    options = [_option(c, c) for c in categories if c != CUSTOM][: MAX_OPTIONS - 1]
    options.append(_option(CUSTOM, say("category_custom", lang)))
    category = {
        "type": "static_select",
        "action_id": VALUE,
        "options": options,
        "initial_option": options[-1],
    }
    blocks: Blocks = [section_block(say("propose_intro", lang))]
    for name in FIELDS:
        if name == "category":
            blocks.append(_input(name, category, lang))
        elif name == "line":
            blocks.append(_input(name, _text_input(name, line), lang))
        elif name == "pattern":
            blocks.append(
                _input(name, _text_input(name, pattern), lang, say("field_pattern_hint", lang))
            )
        else:
            blocks.append(_input(name, _text_input(name), lang))
    return {
        "type": "modal",
        "callback_id": ids.VIEW_PROPOSE,
        "private_metadata": lang,
        "title": plain_text(say("propose_title", lang), MAX_VIEW_TITLE),
        "submit": plain_text(say("propose_submit", lang), MAX_VIEW_TITLE),
        "close": plain_text(say("view_close", lang), MAX_VIEW_TITLE),
        "blocks": blocks[:MAX_VIEW_BLOCKS],
    }


def read_propose_view(view: Mapping[str, Any]) -> tuple[dict[str, str], Lang]:
    """The submitted form's values by field, and the language it was shown in."""
    state = view.get("state") or {}
    values = state.get("values") if isinstance(state, Mapping) else None
    found: dict[str, str] = {}
    for name in FIELDS:
        element = (values or {}).get(name, {}).get(VALUE, {}) if isinstance(values, dict) else {}
        if not isinstance(element, dict):
            continue
        if element.get("type") == "static_select":
            selected = element.get("selected_option") or {}
            found[name] = str(selected.get("value") or "") if isinstance(selected, dict) else ""
        else:
            found[name] = str(element.get("value") or "")
    metadata = str(view.get("private_metadata") or "")
    lang: Lang = next((choice for choice in LANGS if choice == metadata), "en")
    return found, lang


def build_draft_saved_view(entry_id: str, lang: Lang) -> dict[str, Any]:
    """What the modal turns into once the draft is kept."""
    return {
        "type": "modal",
        "title": plain_text(say("draft_saved_title", lang), MAX_VIEW_TITLE),
        "close": plain_text(say("view_close", lang), MAX_VIEW_TITLE),
        "blocks": [section_block(say("draft_saved", lang, entry_id=entry_id))],
    }


def propose_button(line: str, lang: Lang, block: str) -> dict[str, Any]:
    """An actions block with the *Propose an entry* button for ``line``."""
    return {
        "type": "actions",
        "block_id": block,
        "elements": [button_element(say("button_propose", lang), ids.ACTION_PROPOSE, value=line)],
    }


def build_home_view(
    dashboard: Dashboard, lang: Lang, *, usage: str = "", note: str = ""
) -> dict[str, Any]:
    """App Home: the week's matches with a bar chart per entry, votes that disagree with
    the estimates, the top unrecognised errors (each with *Propose an entry*), and
    for admins the drafts to review. ``note`` (the outcome of a review) goes on top."""
    blocks: Blocks = [section_block(note)] if note else []
    blocks += [
        header_block(say("home_title", lang)),
        section_block(
            say("home_intro", lang)
            + "\n"
            + say("home_catalog_size", lang, count=dashboard.catalog_size)
        ),
        {"type": "divider"},
        section_block(f"*{say('home_top_matches', lang)}*"),
    ]
    for top in dashboard.top:
        chart = bar_chart(top.hits.days) if top.hits.days else ""
        blocks.append(
            section_block(
                f"*{_no_backticks(top.title)[:_MAX_HOME_LINE]}* — {top.week}\n"
                f"`{chart}` `{top.entry_id}`"
            )
        )
    if dashboard.top:
        blocks.append(context_block([say("home_week_chart", lang)]))
    else:
        blocks.append(context_block([say("home_none", lang)]))

    blocks.append(section_block(f"*{say('home_disagreements', lang)}*"))
    lines = [
        f"• `{d.entry_id}`: {d.title.get(lang)[:_MAX_HOME_LINE]} — "
        + say("home_disagreement", lang, prior=d.prior, pct=d.refined, votes=d.votes)
        for d in dashboard.disagreements
    ]
    blocks.append(section_block("\n".join(lines) or say("home_none", lang)))

    blocks.append(section_block(f"*{say('home_top_gaps', lang)}*"))
    for number, gap in enumerate(dashboard.gaps):
        block = section_block(f"`{_no_backticks(gap.line)[:_MAX_HOME_LINE]}` — {gap.count}")
        block["accessory"] = button_element(
            say("button_propose", lang), f"{ids.ACTION_PROPOSE}:{number}", value=gap.line
        )
        blocks.append(block)
    blocks.append(context_block([say("home_gaps_hint" if dashboard.gaps else "home_none", lang)]))

    if dashboard.drafts:
        blocks += [{"type": "divider"}, section_block(f"*{say('home_drafts', lang)}*")]
        for draft in dashboard.drafts[:15]:
            blocks.append(
                section_block(
                    say(
                        "home_draft_line",
                        lang,
                        entry_id=draft.id,
                        user=draft.proposed_by,
                        when=slack_date(draft.proposed_at),
                        title=_no_backticks(draft.proposal.title),
                    )
                    + f"\n`{_no_backticks(draft.proposal.pattern)}`"
                )
            )
            blocks.append(
                {
                    "type": "actions",
                    "block_id": f"review:{draft.id}"[:255],
                    "elements": [
                        button_element(
                            say("button_approve", lang),
                            ids.ACTION_DRAFT_APPROVE,
                            value=draft.id,
                            style="primary",
                        ),
                        button_element(
                            say("button_reject", lang),
                            ids.ACTION_DRAFT_REJECT,
                            value=draft.id,
                            style="danger",
                        ),
                    ],
                }
            )
    blocks += [{"type": "divider"}, section_block(say("home_add_entry", lang))]
    if usage:
        blocks.append(section_block(usage))
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}
