"""Slack's message markup back to the text people pasted."""

from __future__ import annotations

import html

_LINK_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "ftps://")


def slack_to_plain(text: str) -> str:
    """Undo Slack's escaping (``&lt;`` ``&gt;`` ``&amp;``) and its ``<…>`` markup.

    Links keep their URL, mentions (``<@U…>``, ``<#C…>``, ``<!here>``) are dropped, and
    anything else between angle brackets is kept as it is. One pass with ``str.find``:
    unclosed or nested brackets cost no more than any other character.
    """
    out: list[str] = []
    pos = 0
    while (end := text.find(">", pos)) >= 0:
        start = text.rfind("<", pos, end)
        if start < 0:
            out.append(text[pos : end + 1])
            pos = end + 1
            continue
        out.append(text[pos:start])
        inner = text[start + 1 : end]
        if inner[:1] in ("@", "#", "!"):
            pass
        elif inner.startswith(_LINK_SCHEMES) and len((url := inner.partition("|")[0]).split()) == 1:
            out.append(url)
        else:
            out.append(text[start : end + 1])
        pos = end + 1
    out.append(text[pos:])
    return html.unescape("".join(out))
