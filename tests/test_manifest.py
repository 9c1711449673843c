"""manifest.yml declares exactly what the code registers, and only the scopes it uses."""

from __future__ import annotations

import re

import yaml

from slackbot import ids
from tests.conftest import ROOT

MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
SOURCES = "\n".join(p.read_text("utf-8") for p in (ROOT / "slackbot").rglob("*.py"))

#: The scope each Web API method or feature the code uses needs.
SCOPES_BY_USE = {
    "commands": "app.command(",
    "chat:write": "chat_postMessage(",
    "channels:history": "message.channels",
    "groups:history": "message.groups",
    "files:read": "url_private_download",
    "users:read": "users_info(",
    "links:read": "link_shared",
    "links:write": "chat_unfurl(",
}


def _registered() -> tuple[set[str], set[str], set[str]]:
    """Commands, shortcuts and event types the listener modules register.

    Bolt keeps no public list of its listeners' constraints, so read the registrations.
    """
    listeners = "\n".join(
        p.read_text("utf-8") for p in (ROOT / "slackbot" / "listeners").glob("*.py")
    )
    commands = {getattr(ids, m) for m in re.findall(r"app\.command\(ids\.(\w+)\)", listeners)}
    shortcuts = {getattr(ids, m) for m in re.findall(r"app\.shortcut\(ids\.(\w+)\)", listeners)}
    events = set(re.findall(r"app\.event\(\"(\w+)\"\)", listeners))
    return commands, shortcuts, events


def test_commands_shortcuts_and_events_match_the_manifest() -> None:
    commands, shortcuts, events = _registered()
    features = MANIFEST["features"]
    assert commands == {c["command"] for c in features["slash_commands"]} == {ids.SLASH_COMMAND}
    assert shortcuts == {s["callback_id"] for s in features["shortcuts"]}
    subscribed = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert subscribed == set(ids.EVENTS)
    # message.channels and message.groups both arrive as the "message" event type.
    assert events == {e.split(".")[0] for e in subscribed}
    assert {"github.com", "gitlab.com"} <= set(features["unfurl_domains"])


def test_scopes_are_exactly_those_the_code_uses() -> None:
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert scopes == set(SCOPES_BY_USE)
    for scope, use in SCOPES_BY_USE.items():
        assert use in SOURCES, f"{scope} is declared but {use!r} is not used"


def test_interactivity_app_home_and_socket_mode_are_on() -> None:
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"] is True
    assert MANIFEST["settings"]["socket_mode_enabled"] is True
