"""``python -m slackbot``: start the bot (Socket Mode with SLACK_APP_TOKEN, else HTTP)."""

from __future__ import annotations

import logging
import os
import sys

from slackbot.errors import CiErrorError


def main() -> int:
    from slackbot.app import create_app
    from slackbot.config import load_settings
    from slackbot.server import serve_http, serve_socket_mode

    try:
        settings = load_settings()
        logging.basicConfig(
            level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        app = create_app(settings)
    except CiErrorError as exc:
        print(f"ci-error: {exc}", file=sys.stderr)
        return 2
    serve = serve_socket_mode if settings.socket_mode else serve_http
    if not serve(app, settings):
        # Jobs still running past STOP_TIMEOUT had their claims given back: leave now
        # rather than let the interpreter wait for their threads.
        logging.shutdown()
        os._exit(0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
