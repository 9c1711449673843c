"""Recognise links to CI runs, and decide whether the bot may read them.

A :class:`RunLink` names what a link points at; :func:`parse_run_link` reads one, or
answers ``None`` for anything else. :func:`may_read` is the access policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from slackbot.config import RunSettings

System = Literal["github", "gitlab", "jenkins"]
#: How each system is named to people.
SYSTEM_NAMES: dict[System, str] = {"github": "GitHub", "gitlab": "GitLab", "jenkins": "Jenkins"}

_ID = re.compile(r"[1-9][0-9]{0,18}")
_GITHUB_OWNER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})")
_NAME = re.compile(r"[A-Za-z0-9_.-]{1,255}")
_JENKINS_NAME = re.compile(r"[^/?#\s]{1,255}")
_JENKINS_CONSOLE = ("console", "consoletext", "consolefull")
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class RunLink:
    """What a link to a CI run points at.

    ``path`` is the GitHub ``owner/repo``, the GitLab project path (``group/sub/project``)
    or, for Jenkins, the URL path up to the build number (``job/a/job/b``, after any
    context path). ``run_id`` is the GitHub run, GitLab pipeline or Jenkins build number;
    ``job_id`` the GitHub or GitLab job; ``attempt`` the GitHub run attempt.
    """

    system: System
    url: str
    scheme: str
    host: str
    path: str
    run_id: int | None = None
    job_id: int | None = None
    attempt: int | None = None

    @property
    def kind(self) -> str:
        """``job``, or what the system calls a run: ``run``, ``pipeline``, ``build``."""
        if self.job_id is not None:
            return "job"
        return {"github": "run", "gitlab": "pipeline", "jenkins": "build"}[self.system]

    @property
    def system_name(self) -> str:
        return SYSTEM_NAMES[self.system]

    @property
    def web_root(self) -> str:
        """``scheme://host`` of the link."""
        return f"{self.scheme}://{self.host}"


def host_of(parts: SplitResult) -> str:
    """``host`` or ``host:port`` in lower case, without the scheme's default port.

    Raises :class:`ValueError` for a malformed port.
    """
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        return f"{host}:{port}"
    return host


def github_web_host(api_url: str) -> str:
    """The host whose links ``GITHUB_API_URL`` serves.

    ``https://api.github.com`` serves ``github.com`` (and ``api.X.ghe.com`` serves
    ``X.ghe.com``); a GitHub Enterprise Server's ``https://HOST/api/v3`` serves ``HOST``.
    """
    parts = urlsplit(api_url)
    host = host_of(parts)
    if host.startswith("api.") and parts.path.strip("/") == "":
        return host[len("api.") :]
    return host


def configured_host(url: str) -> str:
    """The host of a configured URL (``GITLAB_URL``, ``JENKINS_URL``), or ``""``."""
    if not url:
        return ""
    try:
        return host_of(urlsplit(url))
    except ValueError:
        return ""


def parse_run_link(url: str, settings: RunSettings | None = None) -> RunLink | None:
    """The run, pipeline, job or build ``url`` points at; ``None`` if it is no such link.

    Understood: GitHub Actions ``/OWNER/REPO/actions/runs/ID`` (with ``/attempts/N`` or
    ``/job/ID``) and ``/OWNER/REPO/runs/JOB_ID`` on any host (GitHub Enterprise too);
    GitLab ``/GROUP/…/PROJECT/-/jobs/ID`` and ``/-/pipelines/ID`` on any host (the
    older forms without ``-/`` on ``GITLAB_URL``'s host and gitlab.com); Jenkins
    ``…/job/NAME[/job/NAME…]/BUILD/`` (views and a context path allowed, ``console``
    and the like after it) on ``JENKINS_URL``'s host, a host listed in
    ``CI_LINK_ALLOW``, a host named like ``jenkins``, or any host when the link ends in
    ``console``/``consoleText``/``consoleFull``. Slack's ``<url|label>`` is unwrapped.
    """
    settings = settings or RunSettings()
    text = url.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].split("|", 1)[0]
    try:
        parts = urlsplit(text)
        host = host_of(parts)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host or parts.username or parts.password:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        return None
    found = _Found(text, scheme, host)
    if host == configured_host(settings.gitlab_url):
        return _gitlab(found, segments, old_forms=True)
    if host == configured_host(settings.jenkins_url):
        return _jenkins(found, segments)
    link = _github(found, segments) or _gitlab(found, segments, old_forms=host == "gitlab.com")
    if link is not None:
        return link
    link = _jenkins(found, segments)
    if link is None:
        return None
    hinted = "jenkins" in host or "jenkins" in link.path.lower().split("/")
    after = _after_build(segments)
    ends_in_console = bool(after) and after[0].lower() in _JENKINS_CONSOLE
    if hinted or ends_in_console or host in (settings.allow or ()):
        return link
    return None


_URL_IN_TEXT = re.compile(
    r"<(https?://[^>|\s]{1,2000})(?:\|[^>]{0,500})?>|(https?://[^\s<>]{1,2000})"
)


def run_links_in(text: str, settings: RunSettings | None = None, limit: int = 3) -> list[RunLink]:
    """The run links in a message (Slack's ``<url|label>`` or bare), first ``limit``, once each."""
    found: list[RunLink] = []
    seen: set[tuple[str, str, int | None, int | None, int | None]] = set()
    for match in _URL_IN_TEXT.finditer(text):
        link = parse_run_link(match.group(1) or match.group(2).rstrip(".,;:!?)"), settings)
        if link is None:
            continue
        key = (link.host, link.path, link.run_id, link.job_id, link.attempt)
        if key not in seen:
            seen.add(key)
            found.append(link)
            if len(found) >= limit:
                break
    return found


@dataclass(frozen=True)
class _Found:
    url: str
    scheme: str
    host: str


def _link(
    found: _Found,
    system: System,
    path: str,
    *,
    run_id: int | None = None,
    job_id: int | None = None,
    attempt: int | None = None,
) -> RunLink:
    return RunLink(
        system=system,
        url=found.url,
        scheme=found.scheme,
        host=found.host,
        path=path,
        run_id=run_id,
        job_id=job_id,
        attempt=attempt,
    )


def _id(segment: str) -> int | None:
    return int(segment) if _ID.fullmatch(segment) else None


def _github(found: _Found, seg: list[str]) -> RunLink | None:
    if len(seg) < 4 or not _GITHUB_OWNER.fullmatch(seg[0]) or not _NAME.fullmatch(seg[1]):
        return None
    path = f"{seg[0]}/{seg[1]}"
    if len(seg) == 4 and seg[2] == "runs" and (job := _id(seg[3])) is not None:
        return _link(found, "github", path, job_id=job)
    if len(seg) < 5 or seg[2:4] != ["actions", "runs"] or (run := _id(seg[4])) is None:
        return None
    rest = seg[5:]
    if not rest:
        return _link(found, "github", path, run_id=run)
    if len(rest) == 2 and (number := _id(rest[1])) is not None:
        if rest[0] == "attempts":
            return _link(found, "github", path, run_id=run, attempt=number)
        if rest[0] == "job":
            return _link(found, "github", path, run_id=run, job_id=number)
    return None


def _gitlab(found: _Found, seg: list[str], *, old_forms: bool) -> RunLink | None:
    if "-" in seg:
        split = seg.index("-")
        project, rest = seg[:split], seg[split + 1 :]
    elif old_forms:
        marks = [
            i
            for i in range(2, len(seg) - 1)
            if seg[i] in ("jobs", "builds", "pipelines") and _id(seg[i + 1]) is not None
        ]
        if not marks:
            return None
        project, rest = seg[: marks[-1]], seg[marks[-1] :]
    else:
        return None
    if len(project) < 2 or not all(_NAME.fullmatch(s) for s in project) or len(rest) < 2:
        return None
    number = _id(rest[1])
    if number is None:
        return None
    if rest[0] in ("jobs", "builds"):
        return _link(found, "gitlab", "/".join(project), job_id=number)
    if rest[0] == "pipelines":
        return _link(found, "gitlab", "/".join(project), run_id=number)
    return None


def _build_index(seg: list[str]) -> int | None:
    """Index of the build number after ``[view/V/…]job/NAME[/job/NAME…]``, if any."""
    start = next((i for i, s in enumerate(seg) if s in ("job", "view")), None)
    if start is None:
        return None
    index, saw_job = start, False
    while index + 1 < len(seg) and seg[index] in ("job", "view"):
        if not _JENKINS_NAME.fullmatch(seg[index + 1]):
            return None
        saw_job = saw_job or seg[index] == "job"
        index += 2
    if not saw_job or index >= len(seg) or _id(seg[index]) is None:
        return None
    return index


def _after_build(seg: list[str]) -> list[str]:
    index = _build_index(seg)
    return [] if index is None else seg[index + 1 :]


def _jenkins(found: _Found, seg: list[str]) -> RunLink | None:
    index = _build_index(seg)
    if index is None or not all(_JENKINS_NAME.fullmatch(s) for s in seg[:index]):
        return None
    return _link(found, "jenkins", "/".join(seg[:index]), run_id=int(seg[index]))


# --- who may read what ------------------------------------------------------------------


def _is_host(name: str) -> bool:
    return "." in name or ":" in name or name == "localhost"


def listed(link: RunLink, allow: tuple[str, ...] | None) -> bool:
    """Whether ``CI_LINK_ALLOW`` (lower-case entries) lists the run's owner, group or host.

    An entry is an owner or group path (``acme``, ``acme/infra``: on any host, and a
    group covers its subgroups and projects, but ``acme`` never covers ``acme-infra``),
    a host (``jenkins.acme.dev``: everything on it; the only kind that lists Jenkins),
    or a host and a path (``gitlab.acme.dev/platform``).
    """
    if not allow:
        return False
    path = link.path.lower()
    for entry in allow:
        if link.system == "jenkins":
            if entry == link.host:
                return True
            continue
        head, _, rest = entry.partition("/")
        if _is_host(head):
            if head != link.host:
                continue
            if not rest:
                return True
            scope = rest
        else:
            scope = entry
        if path == scope or path.startswith(scope + "/"):
            return True
    return False


def may_read(link: RunLink, visibility: str, settings: RunSettings) -> bool:
    """Whether the bot may read this run for anyone who pastes its link.

    Yes for public repositories and projects (``visibility == "public"``: the API says
    so; for Jenkins, the build is readable anonymously), and for those that
    ``CI_LINK_ALLOW`` lists. Private and internal ones that it does not list, never:
    the token may see what not every channel member may.
    """
    return visibility == "public" or listed(link, settings.allow)
