"""Slack listeners, one module per kind; each registers itself with ``register(app)``.

Listeners are thin: acknowledge, ask the :class:`~slackbot.helpdesk.Helpdesk` (found in
Bolt's ``context``), send the answer.
"""

from __future__ import annotations

from slack_bolt import App

from slackbot.listeners import actions, commands, events, shortcuts, views


def register_listeners(app: App) -> None:
    """Register every listener of the bot on ``app``."""
    commands.register(app)
    events.register(app)
    actions.register(app)
    shortcuts.register(app)
    views.register(app)
