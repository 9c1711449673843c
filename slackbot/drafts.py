"""Entries proposed from Slack: what was proposed, by whom, and what review made of it.

Someone who meets an error the catalog does not know proposes an entry (from the
no-match card, the wrapper guidance or App Home). Once checked
(:func:`slackbot.proposals.check_proposal`) the proposal is kept as a :class:`Draft`
in the store, where every replica sees it, and joins the catalog at once as an entry
of status ``draft`` (:func:`entry_data`). Admins approve or reject it;
``ci-error drafts export`` writes approved drafts as catalog files for a pull request.

Plain data: the store keeps drafts without knowing the catalog.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

#: The ``origin.site`` of an entry proposed from Slack.
ORIGIN_SITE = "Slack"

DraftStatus = Literal["pending", "approved", "rejected"]
STATUSES: tuple[DraftStatus, ...] = ("pending", "approved", "rejected")

#: The fields of a proposal, in the form's order; also the modal's block ids.
FIELDS = (
    "line",
    "pattern",
    "category",
    "title",
    "root_cause",
    "workaround_title",
    "workaround_steps",
    "dead_end_title",
    "dead_end_reason",
)
OPTIONAL = frozenset({"dead_end_title", "dead_end_reason"})
#: Longest text each field takes (Slack's plain_text_input allows up to 3000).
MAX_CHARS = {
    "line": 500,
    "pattern": 300,
    "category": 60,
    "title": 120,
    "root_cause": 2000,
    "workaround_title": 150,
    "workaround_steps": 2500,
    "dead_end_title": 150,
    "dead_end_reason": 1000,
}
MIN_CHARS = {"pattern": 8, "title": 8, "root_cause": 20}
#: The category for what fits none of the catalog's.
CUSTOM = "custom"
#: A draft's figures before anyone votes: an even prior worth one vote, no reports.
NEUTRAL_PCT = 50

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Proposal:
    """What someone wrote in the propose form (every field already redacted)."""

    line: str
    pattern: str
    category: str
    title: str
    root_cause: str
    workaround_title: str
    workaround_steps: str
    dead_end_title: str = ""
    dead_end_reason: str = ""

    @classmethod
    def from_fields(cls, values: dict[str, str]) -> Proposal:
        """A proposal from form values by field name (missing ones are empty).

        Steps keep their line breaks; every other field becomes one line.
        """

        def clean(name: str) -> str:
            text = values.get(name) or ""
            return text.strip() if name == "workaround_steps" else " ".join(text.split())

        return cls(**{name: clean(name) for name in FIELDS})

    @property
    def entry_id(self) -> str:
        """The id the entry gets: ``<category>/<slug of the title>``."""
        slug = "-".join(_NOT_SLUG.sub(" ", self.title.lower()).split()[:8])[:80].strip("-")
        return f"{self.category}/{slug or 'draft'}"


@dataclass(frozen=True)
class Draft:
    """A proposal kept in the store, who made it, and what review made of it."""

    proposal: Proposal
    proposed_by: str
    proposed_at: float
    status: DraftStatus = "pending"
    reviewed_by: str = ""
    reviewed_at: float = 0.0

    @property
    def id(self) -> str:
        return self.proposal.entry_id

    @property
    def live(self) -> bool:
        """Whether the draft takes part in matching (pending or approved)."""
        return self.status != "rejected"

    def reviewed(self, status: DraftStatus, by: str, at: float) -> Draft:
        return replace(self, status=status, reviewed_by=by, reviewed_at=at)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Draft:
        """Read what :meth:`to_json` wrote; ``ValueError`` if it is not a draft."""
        try:
            data = json.loads(text)
            proposal = Proposal(**data.pop("proposal"))
            draft = cls(proposal=proposal, **data)
        except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a stored draft: {exc}") from None
        if draft.status not in STATUSES:
            raise ValueError(f"not a stored draft: status {draft.status!r}")
        return draft


def entry_data(draft: Draft) -> dict[str, Any]:
    """The draft as catalog entry data (what its YAML file holds)."""
    p = draft.proposal
    day = dt.datetime.fromtimestamp(draft.proposed_at, dt.UTC).date().isoformat()
    note = f"proposed in Slack by <@{draft.proposed_by}> on {day}"
    if draft.status == "approved" and draft.reviewed_by:
        note += f", approved by <@{draft.reviewed_by}>"
    data: dict[str, Any] = {
        "id": draft.id,
        "title": p.title,
        "provenance": "community",
        "status": "draft",
        "fix_rate": NEUTRAL_PCT,
        "confidence": 0,
        "evidence": 0,
        "root_cause": {"en": p.root_cause},
        "docs": [],
        "workarounds": [
            {
                "id": _slug(p.workaround_title, "workaround"),
                "title": {"en": p.workaround_title},
                "steps": {"en": p.workaround_steps},
                "success": NEUTRAL_PCT,
            }
        ],
        "dead_ends": [],
        "origin": {"site": ORIGIN_SITE, "page": draft.proposed_by, "note": note},
        "match": {"patterns": [p.pattern], "examples": [p.line]},
    }
    if p.dead_end_title:
        data["dead_ends"] = [
            {
                "id": _slug(p.dead_end_title, "dead-end"),
                "title": {"en": p.dead_end_title},
                "fail": NEUTRAL_PCT,
                "reason": {"en": p.dead_end_reason},
            }
        ]
    return data


def _slug(text: str, fallback: str) -> str:
    return "-".join(_NOT_SLUG.sub(" ", text.lower()).split()[:6])[:60].strip("-") or fallback
