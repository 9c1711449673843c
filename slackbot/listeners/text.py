"""Slack's message markup back to the text people pasted."""

from __future__ import annotations

import html
import re

_LINK = re.compile(r"<((?:https?|mailto|ftp)[^|>\s]*)(?:\|[^>]*)?>")
_MENTION = re.compile(r"<[@#!][^>]*>")


def slack_to_plain(text: str) -> str:
    """Undo Slack's escaping (``&lt;`` ``&gt;`` ``&amp;``) and link markup."""
    text = _LINK.sub(r"\1", text)
    text = _MENTION.sub("", text)
    return html.unescape(text)
