"""Small readers of Slack payloads shared by the listeners."""

from __future__ import annotations

from typing import Any

from slackbot.errors import CiErrorError

#: Names Slack gives, in command and shortcut payloads, to conversations that are not
#: public channels.
_PRIVATE_NAMES = ("privategroup", "directmessage")


class Malformed(CiErrorError):
    """The payload lacks what its kind always carries: answered 400."""


def response_url_of(payload: dict[str, Any]) -> str:
    """The ``response_url`` a command, click or shortcut carries (every real one does)."""
    url = payload.get("response_url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise Malformed("no response_url")
    return url


class Busy(CiErrorError):
    """Every worker is busy: answer 503 so that Slack (or the person) tries again."""


def channel_is_public(channel_id: str, channel_name: str = "", channel_type: str = "") -> bool:
    """Whether a conversation is a public channel, as far as the payload tells.

    Events carry ``channel_type``; commands and shortcuts only a name, which is
    ``privategroup``, ``directmessage`` or ``mpdm-…`` for the others. When in doubt: no.
    """
    if channel_type:
        return channel_type == "channel"
    if not channel_id.startswith("C") or not channel_name:
        return False
    return channel_name not in _PRIVATE_NAMES and not channel_name.startswith("mpdm-")


def clicked(body: dict[str, Any]) -> tuple[str, str, str]:
    """The clicked button's ``action_id`` and ``value``, and the user who clicked."""
    actions = body.get("actions")
    action = actions[0] if isinstance(actions, list) and actions else {}
    if not isinstance(action, dict):
        action = {}
    user = body.get("user") if isinstance(body.get("user"), dict) else {}
    return (
        str(action.get("action_id") or ""),
        str(action.get("value") or ""),
        str((user or {}).get("id") or ""),
    )
