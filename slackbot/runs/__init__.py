"""Diagnose a CI run from its link: find its failed jobs and read their logs (no Slack here).

Typical use, from the command line or a background job::

    link = parse_run_link(url, settings)          # None: not a run link
    for job, log in read_failed_jobs(link, settings):
        result = matcher.match(log.text())

Links of GitHub Actions (github.com and GitHub Enterprise), GitLab (gitlab.com and
self-hosted) and Jenkins are read through each system's REST API with the read-only
token of :class:`~slackbot.config.RunSettings`. Whatever goes wrong (no token, not
allowed by ``CI_LINK_ALLOW``, 404, rate limit, deadline) raises
:class:`~slackbot.errors.RunProblem` with one line for people.
"""

from slackbot.runs.http import JobLog
from slackbot.runs.links import RunLink, System, listed, may_read, parse_run_link, run_links_in
from slackbot.runs.readers import MAX_JOBS, FailedJob, RunReader, read_failed_jobs

__all__ = [
    "MAX_JOBS",
    "FailedJob",
    "JobLog",
    "RunLink",
    "RunReader",
    "System",
    "listed",
    "may_read",
    "parse_run_link",
    "read_failed_jobs",
    "run_links_in",
]
