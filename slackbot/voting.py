"""What may be voted on: checked against the catalog before the store sees a vote."""

from __future__ import annotations

from slackbot.catalog import Catalog
from slackbot.errors import InvalidVote
from slackbot.store import Direction


def check_vote(catalog: Catalog, entry_id: str, workaround_id: str, direction: str) -> Direction:
    """Refuse a vote on an unknown entry, workaround or direction (raises InvalidVote)."""
    entry = catalog.get(entry_id)
    if entry is None:
        raise InvalidVote(f"unknown entry {entry_id!r}")
    if entry.workaround(workaround_id) is None:
        raise InvalidVote(f"entry {entry_id!r} has no workaround {workaround_id!r}")
    if direction not in ("up", "down"):
        raise InvalidVote(f"a vote is 'up' or 'down', not {direction!r}")
    return "up" if direction == "up" else "down"
