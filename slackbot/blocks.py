"""Block Kit's building blocks, each held to Slack's limits on it.

Slack rejects a whole message or view when one part breaks a limit, so every text is
cut here: section text at most 3000 characters, header 150, button text 75, button
value 2000, ids 255, context elements 10; a message has at most 50 blocks and a view
100. :mod:`slackbot.cards` and :mod:`slackbot.views` build with these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

MAX_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ID = 255
MAX_CONTEXT_ELEMENTS = 10
MAX_VIEW_TITLE = 24
MAX_OPTION_TEXT = 75
MAX_PRIVATE_METADATA = 3000

Blocks = list[dict[str, Any]]


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


def plain_text(text: str, limit: int) -> dict[str, Any]:
    text = text.strip() or "-"
    return {
        "type": "plain_text",
        "text": text if len(text) <= limit else text[: limit - 1] + "…",
        "emoji": True,
    }


def mrkdwn_text(text: str) -> dict[str, Any]:
    text = text.strip() or "-"
    return {
        "type": "mrkdwn",
        "text": text if len(text) <= MAX_SECTION else trim_text(text, MAX_SECTION, "…"),
    }


def section_block(text: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": mrkdwn_text(text)}
    if block_id:
        block["block_id"] = block_id[:MAX_ID]
    return block


def context_block(texts: Sequence[str]) -> dict[str, Any]:
    return {"type": "context", "elements": [mrkdwn_text(t) for t in texts[:MAX_CONTEXT_ELEMENTS]]}


def header_block(text: str) -> dict[str, Any]:
    return {"type": "header", "text": plain_text(text, MAX_HEADER)}


def button_element(
    text: str,
    action_id: str,
    *,
    value: str | None = None,
    url: str | None = None,
    style: str | None = None,
) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": plain_text(text, MAX_BUTTON_TEXT),
        "action_id": action_id[:MAX_ID],
    }
    if value is not None:
        button["value"] = value[:MAX_BUTTON_VALUE]
    if url is not None:
        button["url"] = url
    if style is not None:
        button["style"] = style
    return button
