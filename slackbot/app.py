"""Build the Bolt app with its dependencies passed in (no module-level app).

Every listener runs in the request's own thread (``process_before_response``): it
parses the payload, hands the slow part to :class:`~slackbot.jobs.Jobs` and acks, so
Slack gets its answer in milliseconds however slow the Web API or the store is.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.error import BoltError, BoltUnhandledRequestError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryState
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from slackbot.catalog import Catalog, load_catalog
from slackbot.config import Settings
from slackbot.helpdesk import Helpdesk
from slackbot.jobs import Jobs
from slackbot.listeners import register_listeners
from slackbot.listeners.files import SlackFiles
from slackbot.listeners.locale import LocaleCache
from slackbot.listeners.payload import Busy, Malformed
from slackbot.matching import Matcher, load_matcher
from slackbot.metrics import Metrics
from slackbot.store import Stores, open_store

log = logging.getLogger(__name__)

#: Longest ``Retry-After`` worth waiting for inside a job; beyond it the call gives up.
MAX_RETRY_AFTER = 10


class CappedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """Retries a 429 after ``Retry-After``, unless Slack asks for a long wait."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is None or response.status_code != 429:
            return False
        waits = [v for k, v in response.headers.items() if k.lower() == "retry-after"]
        try:
            wait = int(waits[0][0]) if waits and waits[0] else 1
        except ValueError:
            return False
        return wait <= MAX_RETRY_AFTER


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
            CappedRateLimitRetryHandler(max_retry_count=2),
            ServerErrorRetryHandler(max_retry_count=2),
            ConnectionErrorRetryHandler(max_retry_count=1),
        ],
    )


class CachedAuthorization:
    """``auth.test`` once for the whole process, not on the request path of each thread.

    :meth:`warm` calls it at start-up; if Slack does not answer then, the first request
    that needs it tries again (one thread at a time).
    """

    def __init__(self, client: WebClient) -> None:
        self._client = client
        self._result: AuthorizeResult | None = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        try:
            self()
        except (SlackApiError, SlackClientError, OSError) as exc:
            log.warning("auth.test failed at start-up, will retry on the first request: %s", exc)

    def __call__(self) -> AuthorizeResult:
        with self._lock:
            if self._result is None:
                response = self._client.auth_test()
                self._result = AuthorizeResult.from_auth_test_response(
                    auth_test_response=response,
                    bot_token=self._client.token,
                    user_token=None,
                )
            return self._result


def create_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    store: Stores | None = None,
    catalog: Catalog | None = None,
    matcher: Matcher | None = None,
    metrics: Metrics | None = None,
) -> App:
    """The Bolt app for ``settings``; its :class:`Helpdesk` is ``app.helpdesk``.

    ``matcher``, if given, is ``catalog``'s own (apps built on one catalog can share it:
    it is thread-safe); without a ``catalog`` both are read from ``settings``.
    Raises :class:`~slackbot.errors.CatalogError` when the catalog is broken.
    """
    if catalog is None:
        catalog = load_catalog(settings.catalog_dirs, cache_dir=settings.cache_dir)
        # The compiled matcher is cached beside the catalog: a big catalog starts at once.
        matcher = load_matcher(settings.catalog_dirs, settings.cache_dir)
    metrics = metrics or Metrics()
    client = client or create_client(settings)
    helpdesk = Helpdesk(
        settings, catalog, store or open_store(settings.store), metrics, matcher=matcher
    )
    jobs = Jobs(settings.workers, settings.backlog, metrics)
    locales = LocaleCache()
    files = SlackFiles(client, settings.bot_token, settings.slack_api_url)
    authorization = CachedAuthorization(client)
    authorization.warm()
    app = App(
        client=client,
        authorize=lambda: authorization(),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=not settings.socket_mode,
        process_before_response=True,
        raise_error_for_unhandled_request=True,
    )

    @app.use
    def provide(context: BoltContext, next: Callable[[], None]) -> None:
        context["helpdesk"] = helpdesk
        context["jobs"] = jobs
        context["locales"] = locales
        context["files"] = files
        next()

    @app.error
    def report(error: Exception, body: Any) -> BoltResponse:
        kind = (body.get("type") or body.get("command")) if isinstance(body, dict) else None
        if isinstance(error, BoltUnhandledRequestError):
            # A request nobody listens to (app_rate_limited, an event we do not handle):
            # a 404 would make Slack retry it, and count against the subscription.
            metrics.requests_unhandled.inc()
            return BoltResponse(status=200, body="")
        if isinstance(error, Busy):
            log.warning("busy, refused %s: %s", kind or "request", error)
            return BoltResponse(status=503, body="busy", headers={"Retry-After": "5"})
        # Listeners only parse and hand over work: what fails here is a payload of an
        # unexpected shape (Slack does not retry a 400), unless our own code raised.
        if isinstance(error, Malformed) or not _raised_in_slackbot(error):
            log.warning("malformed %s refused: %r", kind or "request", error)
        else:
            log.error("listener failed on %s", kind or "request", exc_info=error)
        return BoltResponse(status=400, body="malformed request")

    register_listeners(app)
    helpdesk.sync_drafts()
    helpdesk.keep_current(settings.catalog_reload)
    app.helpdesk = helpdesk  # type: ignore[attr-defined]
    app.jobs = jobs  # type: ignore[attr-defined]
    return app


def helpdesk_of(app: App) -> Helpdesk:
    """The :class:`Helpdesk` that ``create_app`` attached to ``app``."""
    helpdesk = getattr(app, "helpdesk", None)
    if not isinstance(helpdesk, Helpdesk):
        raise BoltError("the app was not built by create_app")
    return helpdesk


def jobs_of(app: App) -> Jobs:
    """The :class:`Jobs` pool that ``create_app`` attached to ``app``."""
    jobs = getattr(app, "jobs", None)
    if not isinstance(jobs, Jobs):
        raise BoltError("the app was not built by create_app")
    return jobs
