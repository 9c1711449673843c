"""The work that follows an acknowledgement, run on a bounded pool of threads.

Slack wants an answer within 3 seconds whatever its own Web API or Redis is doing, so
listeners only parse a request, hand the slow part (Web API calls, downloads, the
store) to :class:`Jobs` and acknowledge at once. When every worker is busy and the
backlog is full, :meth:`Jobs.submit` says so at once instead of queueing without end:
the listener then answers "busy, try again" (or lets Slack retry an event).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from slackbot.metrics import Metrics

log = logging.getLogger(__name__)


class Jobs:
    """At most ``workers`` jobs at once, and at most ``backlog`` more waiting."""

    def __init__(self, workers: int, backlog: int, metrics: Metrics) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ci-error-job")
        self._slots = threading.BoundedSemaphore(workers + backlog)
        self._metrics = metrics
        self._lock = threading.Lock()
        self._running = 0
        self._idle = threading.Condition(self._lock)
        self._accepting = True

    def submit(
        self,
        kind: str,
        job: Callable[[], None],
        *,
        on_error: Callable[[str], None] | None = None,
    ) -> bool:
        """Run ``job`` soon; ``False`` (and nothing run) when the pool is full or stopping.

        If the job raises, the error is logged with a reference, counted, and
        ``on_error(reference)`` tells the person who asked.
        """
        with self._lock:
            if not self._accepting or not self._slots.acquire(blocking=False):
                self._metrics.jobs_refused.labels(kind=kind).inc()
                return False
            self._running += 1
        self._pool.submit(self._run, kind, job, on_error)
        return True

    def _run(
        self, kind: str, job: Callable[[], None], on_error: Callable[[str], None] | None
    ) -> None:
        try:
            job()
        except Exception:
            reference = uuid.uuid4().hex[:10]
            self._metrics.job_errors.labels(kind=kind).inc()
            log.exception("%s job failed (ref %s)", kind, reference)
            if on_error is not None:
                try:
                    on_error(reference)
                except Exception as exc:  # the note about a failure may fail the same way
                    log.warning("could not tell the user about ref %s: %s", reference, exc)
        finally:
            with self._lock:
                self._running -= 1
                self._slots.release()
                self._idle.notify_all()

    @property
    def running(self) -> int:
        """Jobs submitted and not finished yet."""
        with self._lock:
            return self._running

    def stop(self, timeout: float) -> bool:
        """Refuse new jobs and wait up to ``timeout`` seconds for the others to finish.

        Returns whether all of them finished.
        """
        with self._lock:
            self._accepting = False
            finished = self._idle.wait_for(lambda: self._running == 0, timeout=timeout)
        self._pool.shutdown(wait=False, cancel_futures=False)
        return finished
