"""Find a run's failed jobs through each CI system's REST API, and read their logs.

One :class:`RunReader` serves one link: it checks that the system is configured, that
the link may be read (:func:`~slackbot.runs.links.may_read`), finds the failed jobs
and streams each log, all within ``RUN_DEADLINE``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import quote

from slackbot.config import RunSettings
from slackbot.errors import RunProblem
from slackbot.runs.http import Api, Deadline, Http, JobLog, origin
from slackbot.runs.links import (
    RunLink,
    System,
    configured_host,
    github_web_host,
    listed,
    may_read,
)

#: At most this many failed jobs of one run are read (the rest are counted).
MAX_JOBS = 10
#: Job conclusions that count as failed, per system.
GITHUB_FAILED = ("failure", "timed_out")
GITLAB_FAILED = ("failed",)
JENKINS_FAILED = ("FAILURE", "UNSTABLE")
GITLAB_RUNNING = (
    "created",
    "waiting_for_resource",
    "preparing",
    "pending",
    "running",
    "scheduled",
)


@dataclass(frozen=True)
class FailedJob:
    """A failed job of a run (a Jenkins build is its own one job).

    ``step`` is where the API says it failed: GitHub's first failed step, GitLab's
    stage; ``None`` for Jenkins. ``url`` is the job's web page, ``run`` the link given.
    """

    system: System
    name: str
    url: str
    step: str | None
    run: str
    log_url: str = field(repr=False)


class RunReader:
    """Reads the failed jobs of runs and their logs, within one deadline.

    Use as a context manager. The deadline (``RUN_DEADLINE``) starts when the reader is
    made and covers every request after it. Every method raises
    :class:`~slackbot.errors.RunProblem`, with one line for people, when it cannot do
    what it says.
    """

    def __init__(self, settings: RunSettings) -> None:
        self.settings = settings
        self.deadline = Deadline(settings.deadline)
        self._http = Http(self.deadline)

    def __enter__(self) -> RunReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # --- the interface ----------------------------------------------------------------

    def failed_jobs(self, link: RunLink) -> list[FailedJob]:
        """The failed jobs ``link`` points at, once the bot may read them.

        A job or build link gives that job (if it failed); a run or pipeline link gives
        its failed jobs, in the API's order.
        """
        api = self.api(link.system, link)
        if link.system == "github":
            return self._github(api, link)
        if link.system == "gitlab":
            return self._gitlab(api, link)
        return self._jenkins(api, link)

    def read_log(self, job: FailedJob) -> JobLog:
        """Stream the job's log: all of it, or its last ``MAX_LOG_MB``."""
        return self._http.log(
            self.api(job.system), job.log_url, max_bytes=self.settings.max_log_bytes, job=job.name
        )

    def api(self, system: System, link: RunLink | None = None) -> Api:
        """How to talk to ``system``; raises if it is not configured (for ``link``'s host)."""
        s = self.settings
        if system == "github":
            web_host = github_web_host(s.github_api_url)
            _check_configured(
                "GitHub",
                link,
                configured=bool(s.github_token),
                variable="GITHUB_TOKEN",
                host=web_host,
                host_variable="GITHUB_API_URL",
            )
            return Api(
                "GitHub",
                s.github_api_url,
                "GITHUB_TOKEN",
                auth={"Authorization": f"Bearer {s.github_token}"},
                headers={
                    "Accept": "application/vnd.github+json",
                    "X-GitHub-Api-Version": "2022-11-28",
                },
            )
        if system == "gitlab":
            host = configured_host(s.gitlab_url)
            _check_configured(
                "GitLab",
                link,
                configured=bool(s.gitlab_token),
                variable="GITLAB_TOKEN",
                host=host,
                host_variable="GITLAB_URL",
            )
            return Api(
                "GitLab",
                f"{s.gitlab_url}/api/v4",
                "GITLAB_TOKEN",
                auth={"Authorization": f"Bearer {s.gitlab_token}"},
            )
        host = configured_host(s.jenkins_url)
        _check_configured(
            "Jenkins",
            link,
            configured=bool(s.jenkins_url),
            variable="JENKINS_URL",
            host=host,
            host_variable="JENKINS_URL",
        )
        scheme, netloc = origin(s.jenkins_url)
        if not s.jenkins_token:
            return Api(
                "Jenkins", f"{scheme}://{netloc}", "JENKINS_USER and JENKINS_TOKEN", anonymous=True
            )
        pair = f"{s.jenkins_user}:{s.jenkins_token}".encode()
        return Api(
            "Jenkins",
            f"{scheme}://{netloc}",
            "JENKINS_TOKEN",
            auth={"Authorization": f"Basic {base64.b64encode(pair).decode()}"},
        )

    # --- the policy -------------------------------------------------------------------

    def _refuse(self, link: RunLink) -> RunProblem:
        if self.settings.allow is None:
            return RunProblem("run_not_public", path=f"{link.host}/{link.path}")
        return RunProblem("run_not_allowed", path=f"{link.host}/{link.path}")

    # --- GitHub -----------------------------------------------------------------------

    def _github(self, api: Api, link: RunLink) -> list[FailedJob]:
        repo = f"{api.base}/repos/{link.path}"
        if not listed(link, self.settings.allow):
            data = _object(api, self._http.json(api, repo))
            visibility = data.get("visibility") or (
                "public" if data.get("private") is False else "private"
            )
            if not may_read(link, str(visibility), self.settings):
                raise self._refuse(link)
        if link.job_id is not None:
            job = _object(api, self._http.json(api, f"{repo}/actions/jobs/{link.job_id}"))
            if job.get("conclusion") not in GITHUB_FAILED:
                state = job.get("conclusion") or job.get("status") or "unknown"
                raise RunProblem("run_not_failed", kind="job", status=state)
            return [self._github_job(api, link, job)]
        run = f"{repo}/actions/runs/{link.run_id}"
        if link.attempt is not None:
            run = f"{run}/attempts/{link.attempt}"
        jobs = self._http.pages(api, f"{run}/jobs?per_page=100", key="jobs")
        failed = [j for j in jobs if j.get("conclusion") in GITHUB_FAILED]
        if not failed:
            about = _object(api, self._http.json(api, run))
            raise _no_failed_job(
                "run",
                running=about.get("status") != "completed",
                conclusion=about.get("conclusion"),
                failed=(*GITHUB_FAILED, "startup_failure"),
            )
        return [self._github_job(api, link, j) for j in failed]

    def _github_job(self, api: Api, link: RunLink, job: dict[str, Any]) -> FailedJob:
        number = job.get("id")
        steps = job.get("steps") if isinstance(job.get("steps"), list) else []
        step = next(
            (
                str(s.get("name"))
                for s in steps or []
                if isinstance(s, dict) and s.get("conclusion") in GITHUB_FAILED
            ),
            None,
        )
        url = job.get("html_url") or (
            f"{link.web_root}/{link.path}/actions/runs/{job.get('run_id')}/job/{number}"
        )
        return FailedJob(
            system="github",
            name=str(job.get("name") or number),
            url=str(url),
            step=step,
            run=link.url,
            log_url=f"{api.base}/repos/{link.path}/actions/jobs/{number}/logs",
        )

    # --- GitLab -----------------------------------------------------------------------

    def _gitlab(self, api: Api, link: RunLink) -> list[FailedJob]:
        project = f"{api.base}/projects/{quote(link.path, safe='')}"
        if not listed(link, self.settings.allow):
            data = _object(api, self._http.json(api, project))
            if not may_read(link, str(data.get("visibility") or "private"), self.settings):
                raise self._refuse(link)
        if link.job_id is not None:
            job = _object(api, self._http.json(api, f"{project}/jobs/{link.job_id}"))
            if job.get("status") not in GITLAB_FAILED:
                raise RunProblem("run_not_failed", kind="job", status=job.get("status"))
            return [self._gitlab_job(project, link, job)]
        pipeline = f"{project}/pipelines/{link.run_id}"
        failed = self._http.pages(api, f"{pipeline}/jobs?scope[]=failed&per_page=100")
        failed = [j for j in failed if j.get("status") in GITLAB_FAILED]
        if not failed:
            about = _object(api, self._http.json(api, pipeline))
            raise _no_failed_job(
                "pipeline",
                running=about.get("status") in GITLAB_RUNNING,
                conclusion=about.get("status"),
                failed=GITLAB_FAILED,
            )
        return [self._gitlab_job(project, link, j) for j in failed]

    def _gitlab_job(self, project: str, link: RunLink, job: dict[str, Any]) -> FailedJob:
        number = job.get("id")
        stage = job.get("stage")
        return FailedJob(
            system="gitlab",
            name=str(job.get("name") or number),
            url=str(job.get("web_url") or f"{link.web_root}/{link.path}/-/jobs/{number}"),
            step=str(stage) if stage else None,
            run=link.url,
            log_url=f"{project}/jobs/{number}/trace",
        )

    # --- Jenkins ----------------------------------------------------------------------

    def _jenkins(self, api: Api, link: RunLink) -> list[FailedJob]:
        build = f"{api.base}/{link.path}/{link.run_id}/"
        info = f"{build}api/json?tree=result,building,fullDisplayName,url"
        if not listed(link, self.settings.allow):
            # Jenkins says nothing of visibility: a build that an anonymous visitor may
            # read is public.
            anonymous = Api("Jenkins", api.base, api.variable, anonymous=True)
            public = self._http.visible(anonymous, info)
            if not may_read(link, "public" if public else "private", self.settings):
                raise self._refuse(link)
        data = _object(api, self._http.json(api, info))
        result = data.get("result")
        if data.get("building") or result is None:
            raise RunProblem("run_in_progress", kind="build")
        if result not in JENKINS_FAILED:
            raise RunProblem("run_not_failed", kind="build", status=str(result).lower())
        return [
            FailedJob(
                system="jenkins",
                name=str(data.get("fullDisplayName") or f"{link.path} #{link.run_id}"),
                url=str(data.get("url") or build),
                step=None,
                run=link.url,
                log_url=f"{build}consoleText",
            )
        ]


def _check_configured(
    system: str,
    link: RunLink | None,
    *,
    configured: bool,
    variable: str,
    host: str,
    host_variable: str,
) -> None:
    """Raises unless ``system`` can be read: ``configured`` (its ``variable`` set) and, for a
    ``link``, the link on the ``host`` that ``host_variable`` names."""
    if not configured:
        raise RunProblem("run_no_token", variable=variable, system=system)
    if link is not None and link.host != host:
        raise RunProblem(
            "run_other_host",
            variable=host_variable,
            system=system,
            host=link.host,
            configured=host,
        )


def _object(api: Api, data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise RunProblem("run_bad_answer", system=api.system, detail="not an object")
    return data


def _no_failed_job(
    kind: str, *, running: bool, conclusion: Any, failed: tuple[str, ...]
) -> RunProblem:
    """Why a run without a failed job cannot be diagnosed."""
    if running:
        return RunProblem("run_in_progress", kind=kind)
    if conclusion in failed:
        return RunProblem("run_no_failed_jobs", kind=kind)
    return RunProblem("run_not_failed", kind=kind, status=conclusion or "unknown")


def read_failed_jobs(
    link: RunLink, settings: RunSettings, *, max_jobs: int = MAX_JOBS
) -> Iterator[tuple[FailedJob, JobLog]]:
    """Each failed job of ``link`` with its log, one log in memory at a time.

    The first ``max_jobs`` failed jobs are read. Raises
    :class:`~slackbot.errors.RunProblem` (before the first job, or between jobs).
    """
    with RunReader(settings) as reader:
        for job in reader.failed_jobs(link)[:max_jobs]:
            yield job, reader.read_log(job)
