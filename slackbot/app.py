"""Build the Bolt app with its dependencies passed in (no module-level app)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from slackbot.catalog import Catalog, load_catalog
from slackbot.config import Settings
from slackbot.helpdesk import Helpdesk
from slackbot.listeners import register_listeners
from slackbot.listeners.locale import LocaleCache
from slackbot.metrics import Metrics
from slackbot.store import Store, open_store

log = logging.getLogger(__name__)

#: Errors that a payload of an unexpected shape raises while Bolt reads it.
MALFORMED = (AttributeError, KeyError, TypeError, ValueError)


def _raised_in_slackbot(error: BaseException) -> bool:
    """Whether our own code is on the traceback (a bug to report, not bad input)."""
    package = str(Path(__file__).resolve().parent)
    trace = error.__traceback__
    while trace is not None:
        if trace.tb_frame.f_code.co_filename.startswith(package):
            return True
        trace = trace.tb_next
    return False


def create_client(settings: Settings) -> WebClient:
    """A Web API client that retries as Slack asks (429 ``Retry-After``, 5xx, resets)."""
    return WebClient(
        token=settings.bot_token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            RateLimitErrorRetryHandler(max_retry_count=2),
            ServerErrorRetryHandler(max_retry_count=2),
            ConnectionErrorRetryHandler(max_retry_count=1),
        ],
    )


def create_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    store: Store | None = None,
    catalog: Catalog | None = None,
    metrics: Metrics | None = None,
) -> App:
    """The Bolt app for ``settings``; its :class:`Helpdesk` is ``app.helpdesk``.

    Raises :class:`~slackbot.errors.CatalogError` when the catalog is broken.
    """
    catalog = catalog or load_catalog(settings.catalog_dir, cache_dir=settings.cache_dir)
    helpdesk = Helpdesk(
        settings, catalog, store or open_store(settings.store), metrics or Metrics()
    )
    locales = LocaleCache()
    app = App(
        client=client or create_client(settings),
        signing_secret=settings.signing_secret or None,
        token_verification_enabled=False,
        request_verification_enabled=not settings.socket_mode,
        raise_error_for_unhandled_request=False,
    )

    @app.use
    def provide(context: BoltContext, next: Callable[[], None]) -> None:
        context["helpdesk"] = helpdesk
        context["locales"] = locales
        next()

    @app.error
    def report(error: Exception, body: Any) -> BoltResponse | None:
        kind = body.get("type") or body.get("command") if isinstance(body, dict) else None
        if isinstance(error, MALFORMED) and not _raised_in_slackbot(error):
            # A payload of the wrong shape fails inside Bolt's own middleware: say so
            # with a 400 (Slack does not retry those) rather than a 500.
            log.warning("malformed %s refused: %s", kind or "request", error)
            return BoltResponse(status=400, body="malformed request")
        log.error("listener failed on %s: %s", kind or "request", error, exc_info=error)
        return None

    register_listeners(app)
    app.helpdesk = helpdesk  # type: ignore[attr-defined]
    return app


def helpdesk_of(app: App) -> Helpdesk:
    """The :class:`Helpdesk` that ``create_app`` attached to ``app``."""
    helpdesk = getattr(app, "helpdesk", None)
    if not isinstance(helpdesk, Helpdesk):
        raise BoltError("the app was not built by create_app")
    return helpdesk
