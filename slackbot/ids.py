"""Identifiers shared by the cards, the listeners and ``manifest.yml``."""

from __future__ import annotations

SLASH_COMMAND = "/ci-error"
SHORTCUT_DIAGNOSE = "diagnose_ci_error"

#: Vote, show-entry and docs buttons append ``:<target>`` so that every action_id in a
#: card is unique; listeners match the prefix.
ACTION_VOTE_UP = "vote_up"
ACTION_VOTE_DOWN = "vote_down"
ACTION_SHARE = "share_card"
ACTION_WRONG_MATCH = "wrong_match"
ACTION_SHOW_ENTRY = "show_entry"
ACTION_OPEN_DOCS = "open_docs"
#: "More workarounds", "More dead ends", "Details": ``open_part:<part>``, opens a modal.
ACTION_OPEN_PART = "open_part"

#: "Propose an entry" (no-match card, wrapper guidance, App Home gaps); the value is
#: the error line. Opens the :data:`VIEW_PROPOSE` modal.
ACTION_PROPOSE = "propose_entry"
#: An admin's review of a draft in App Home; the value is the draft's entry id.
ACTION_DRAFT_APPROVE = "draft_approve"
ACTION_DRAFT_REJECT = "draft_reject"

#: The modal that shows one part of an entry (no submission: it only closes).
VIEW_PART = "ci_error_part"
#: The propose-an-entry form; its submission is checked, then kept as a draft.
VIEW_PROPOSE = "ci_error_propose"

#: Bot events the app subscribes to (manifest ``settings.event_subscriptions``).
EVENTS = ("message.channels", "message.groups", "app_home_opened", "link_shared")
