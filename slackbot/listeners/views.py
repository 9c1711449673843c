"""Modal submissions: the propose-an-entry form.

A submission is answered in the request itself (Slack waits up to 3 seconds): the
errors by field, shown next to each field, or the modal turned into a thank-you.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from slackbot import ids
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.views import build_draft_saved_view, read_propose_view


def handle_propose_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext
) -> None:
    """Check the proposal; keep it as a draft, or show what to fix."""
    helpdesk: Helpdesk = context["helpdesk"]
    jobs: Jobs = context["jobs"]
    user = str((body.get("user") or {}).get("id") or "")
    values, lang = read_propose_view(view)
    submission = helpdesk.submit_draft(values, user, lang)
    if submission.draft is None:
        ack(response_action="errors", errors=submission.errors)
        return
    ack(response_action="update", view=build_draft_saved_view(submission.draft.id, lang))

    def refresh() -> None:
        helpdesk.sync_drafts()

    # This replica matches the draft at once; the others within DRAFT_SYNC seconds.
    jobs.submit("drafts", refresh)


def register(app: App) -> None:
    app.view(ids.VIEW_PROPOSE)(handle_propose_submission)
