"""Prometheus metrics, in a registry of the app's own (no global state)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest


@dataclass
class Metrics:
    """The counters the bot keeps; ``render`` gives the text format for ``/metrics``."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.matches = Counter(
            "ci_error_matches",
            "Diagnoses that recognised an entry.",
            ["entry"],
            registry=self.registry,
        )
        self.no_matches = Counter(
            "ci_error_no_matches", "Diagnoses that recognised nothing.", registry=self.registry
        )
        self.votes = Counter(
            "ci_error_votes", "Vote clicks, by outcome.", ["outcome"], registry=self.registry
        )
        self.match_seconds = Histogram(
            "ci_error_match_seconds",
            "Time to match one text.",
            buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
            registry=self.registry,
        )
        self.requests = Counter(
            "ci_error_http_requests",
            "HTTP requests served, by path and status.",
            ["path", "status"],
            registry=self.registry,
        )

        self.requests_unhandled = Counter(
            "ci_error_unhandled_requests",
            "Requests no listener handles (answered 200 so Slack does not retry).",
            registry=self.registry,
        )
        self.jobs_refused = Counter(
            "ci_error_jobs_refused",
            "Work refused because every worker was busy, by kind.",
            ["kind"],
            registry=self.registry,
        )
        self.job_errors = Counter(
            "ci_error_job_errors",
            "Work that failed with an error (logged with a reference), by kind.",
            ["kind"],
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
