"""Fakes of the GitHub, GitLab and Jenkins REST APIs, served over real HTTP on loopback.

Each fake records every request with its headers (:attr:`_Server.calls`), answers the
endpoints the run readers use, and can be told to fail (:meth:`_Server.fail_next`: 401,
404, 429, a 403 rate limit with its reset headers) or to be slow (:attr:`_Server.slow`
before answering, :attr:`_Server.trickle` between the chunks of a log).

:class:`LogStorage` is the second host that GitHub redirects log downloads to; it
records the headers it received, so a test can check the token never reached it, and
refuses a request that carries an ``Authorization`` header, as blob storage does.

Logs are :class:`FakeLog`: a tail of real log lines after any amount of filler, made
while it is sent (a 60 MB log is never held in memory).
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

FILLER_LINES = (
    "2024-05-01T10:11:12.1234567Z   Compiling module {n} of 9000 (src/pkg{n}/mod.rs)\n",
    "2024-05-01T10:11:12.1234567Z tests/test_module_{n}.py::test_case_{n} PASSED\n",
    "2024-05-01T10:11:12.1234567Z [INFO] Downloaded from central: https://repo/x/{n}.jar\n",
)
BLOCK = 1 << 20


def _filler_block() -> bytes:
    lines: list[str] = []
    size = n = 0
    while size < BLOCK:
        line = FILLER_LINES[n % len(FILLER_LINES)].format(n=n % 10_000)
        lines.append(line)
        size += len(line)
        n += 1
    return "".join(lines).encode()[:BLOCK].rsplit(b"\n", 1)[0] + b"\n"


_FILLER = _filler_block()


class FakeLog:
    """``filler_mb`` MB of build noise, then ``tail``: made while it is sent."""

    def __init__(self, tail: str | bytes, *, filler_mb: float = 0) -> None:
        self.tail = tail.encode() if isinstance(tail, str) else tail
        self.blocks = round(filler_mb * BLOCK / len(_FILLER))

    @property
    def size(self) -> int:
        return self.blocks * len(_FILLER) + len(self.tail)

    def chunks(self, start: int = 0) -> Iterator[bytes]:
        """The bytes from offset ``start`` on, in pieces of at most about 1 MB."""
        filler = self.blocks * len(_FILLER)
        block, offset = divmod(min(start, filler), len(_FILLER))
        for index in range(block, self.blocks):
            yield _FILLER[offset:] if index == block else _FILLER
            offset = 0
        yield self.tail[max(0, start - filler) :]


@dataclass
class Call:
    """One request a fake received."""

    route: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Request:
    path: str
    segments: list[str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    handler: BaseHTTPRequestHandler


Route = tuple[str, Callable[[Request], None]]


def _loopback(preferred: str) -> str:
    """``preferred`` if this machine can listen on it (127.0.0.2 on Linux), else 127.0.0.1."""
    try:
        with socket.socket() as probe:
            probe.bind((preferred, 0))
    except OSError:
        return "127.0.0.1"
    return preferred


class _Server:
    """A threaded HTTP server on loopback that records what it is asked."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.calls: list[Call] = []
        self.failures: dict[str, list[tuple[int, dict[str, str], bytes]]] = {}
        #: Seconds to wait before answering a route.
        self.slow: dict[str, float] = {}
        #: Seconds to wait between the chunks of a log, per route.
        self.trickle: dict[str, float] = {}
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._serve(self)

        class Server(ThreadingHTTPServer):
            # The default listen backlog (5) resets connections under the load benchmark.
            request_queue_size = 128

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that stopped reading (a log whose end was asked for)

        self._server = Server((host, 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://{host}:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> _Server:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.failures.clear()
            self.slow.clear()
            self.trickle.clear()

    def fail_next(
        self,
        route: str,
        status: int,
        *,
        times: int = 1,
        headers: dict[str, str] | None = None,
        body: bytes = b'{"message": "failed on purpose"}',
    ) -> None:
        """Answer the next ``times`` requests of ``route`` with ``status``."""
        with self._lock:
            self.failures.setdefault(route, []).extend([(status, headers or {}, body)] * times)

    def of(self, route: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.route == route]

    # --- serving ----------------------------------------------------------------------

    def _route(self, request: Request) -> Route | None:
        raise NotImplementedError

    def _authorised(self, request: Request) -> bool:
        return True

    def _refused(self, request: Request) -> bool:
        """Answer a request whose credentials are wrong or missing; say if it was."""
        if self._authorised(request):
            return False
        send_json(request.handler, {"message": "Bad credentials"}, 401)
        return True

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        request = Request(
            path=handler.path,
            segments=[s for s in parts.path.split("/") if s],
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in handler.headers.items()},
            handler=handler,
        )
        found = self._route(request)
        name = found[0] if found else "unknown"
        with self._lock:
            self.calls.append(Call(name, handler.path, request.headers))
            queued = self.failures.get(name)
            failure = queued.pop(0) if queued else None
            delay = self.slow.get(name, 0.0)
        if delay:
            time.sleep(delay)
        if failure is not None:
            status, headers, body = failure
            send(handler, status, body, "application/json", headers)
            return
        if self._refused(request):
            return
        if found is None:
            send_json(handler, {"message": "Not Found"}, 404)
            return
        found[1](request)

    def _send_log(
        self,
        request: Request,
        route: str,
        log: FakeLog,
        *,
        length: bool = True,
        ranges: bool = False,
    ) -> None:
        """Send ``log``: with its length (and ranges, if asked) or chunked."""
        handler = request.handler
        start, status, headers = 0, 200, {}
        wanted = request.headers.get("range", "")
        if ranges:
            headers["Accept-Ranges"] = "bytes"
            if wanted.startswith("bytes=") and wanted[6:].rstrip("-").isdigit():
                start = min(int(wanted[6:].rstrip("-")), log.size)
                status = 206
                headers["Content-Range"] = f"bytes {start}-{log.size - 1}/{log.size}"
        handler.send_response(status)
        handler.send_header("Content-Type", "text/plain; charset=utf-8")
        for key, value in headers.items():
            handler.send_header(key, value)
        if length:
            handler.send_header("Content-Length", str(log.size - start))
        else:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        pause = self.trickle.get(route, 0.0)
        try:
            for chunk in log.chunks(start):
                for offset in range(0, len(chunk), 64 << 10) if pause else [0]:
                    piece = chunk[offset : offset + (64 << 10)] if pause else chunk
                    if not piece:
                        continue
                    if length:
                        handler.wfile.write(piece)
                    else:
                        handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                    if pause:
                        time.sleep(pause)
            if not length:
                handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True


# --- GitHub ----------------------------------------------------------------------------------


@dataclass
class GitHubJob:
    """A job of a GitHub Actions run; ``steps`` are ``(name, conclusion)``."""

    id: int
    name: str
    conclusion: str | None = "failure"
    steps: list[tuple[str, str]] = field(default_factory=list)
    log: FakeLog | None = None
    status: str = "completed"
    run_id: int = 0
    repo: str = ""


@dataclass
class GitHubRun:
    id: int
    repo: str
    status: str = "completed"
    conclusion: str | None = "failure"
    #: Jobs by attempt number (the latest attempt is the highest).
    attempts: dict[int, list[GitHubJob]] = field(default_factory=dict)


class LogStorage(_Server):
    """The host GitHub redirects log downloads to (blob storage with a signed URL)."""

    def __init__(self, *, ranges: bool = True) -> None:
        super().__init__(_loopback("127.0.0.2"))
        self.ranges = ranges
        self.logs: dict[str, FakeLog] = {}

    def url_for(self, key: str, log: FakeLog) -> str:
        with self._lock:
            self.logs[key] = log
        return f"{self.base_url}/blobs/{key}?sv=2024&sig=signed-not-a-secret"

    def _route(self, request: Request) -> Route | None:
        if len(request.segments) == 2 and request.segments[0] == "blobs":
            return "blob", self._blob
        return None

    def _blob(self, request: Request) -> None:
        if "authorization" in request.headers:
            send(request.handler, 403, b"<Error>AuthenticationFailed</Error>", "application/xml")
            return
        log = self.logs.get(request.segments[1])
        if log is None:
            send(request.handler, 404, b"<Error>BlobNotFound</Error>", "application/xml")
            return
        self._send_log(request, "blob", log, ranges=self.ranges)


class FakeGitHub(_Server):
    """GitHub's REST API under ``/api/v3`` (as on GitHub Enterprise Server).

    Its links are on :attr:`base_url` (``{base_url}/OWNER/REPO/actions/runs/ID``), so
    ``GITHUB_API_URL={api_url}`` makes the reader take it for the GitHub of those links.
    """

    def __init__(self, token: str, storage: LogStorage) -> None:
        super().__init__()
        self.token = token
        self.storage = storage
        #: ``owner/repo`` → visibility: public, private, internal.
        self.repos: dict[str, str] = {}
        self.runs: dict[tuple[str, int], GitHubRun] = {}
        self.jobs: dict[int, GitHubJob] = {}
        #: Jobs per page, whatever ``per_page`` asks (to test pagination).
        self.page_size = 100

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/v3"

    def link(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def reset(self) -> None:
        super().reset()
        with self._lock:
            self.repos.clear()
            self.runs.clear()
            self.jobs.clear()
            self.page_size = 100

    def add_run(
        self,
        repo: str,
        run_id: int,
        jobs: list[GitHubJob],
        *,
        attempt: int = 1,
        status: str = "completed",
        conclusion: str | None = "failure",
        visibility: str = "public",
    ) -> GitHubRun:
        """Add (or extend with another attempt) a run of ``repo``."""
        with self._lock:
            self.repos.setdefault(repo, visibility)
            run = self.runs.setdefault((repo, run_id), GitHubRun(run_id, repo))
            run.status, run.conclusion = status, conclusion
            run.attempts[attempt] = jobs
            for job in jobs:
                job.run_id, job.repo = run_id, repo
                self.jobs[job.id] = job
        return run

    def _authorised(self, request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {self.token}"

    def _route(self, request: Request) -> Route | None:
        seg = request.segments
        if seg[:3] != ["api", "v3", "repos"] or len(seg) < 5:
            return None
        repo, rest = f"{seg[3]}/{seg[4]}", seg[5:]
        if repo not in self.repos:
            return None
        if not rest:
            return "repo", lambda r: self._repo(r, repo)
        if rest[:2] == ["actions", "runs"] and len(rest) >= 3 and rest[2].isdigit():
            run = self.runs.get((repo, int(rest[2])))
            if run is None:
                return None
            tail = rest[3:]
            if not tail:
                return "run", lambda r: self._run(r, run, max(run.attempts))
            if tail == ["jobs"]:
                return "jobs", lambda r: self._jobs(r, run, max(run.attempts))
            if len(tail) >= 2 and tail[0] == "attempts" and tail[1].isdigit():
                attempt = int(tail[1])
                if attempt not in run.attempts:
                    return None
                if tail[2:] == ["jobs"]:
                    return "jobs", lambda r: self._jobs(r, run, attempt)
                if not tail[2:]:
                    return "attempt", lambda r: self._run(r, run, attempt)
            return None
        if rest[:2] == ["actions", "jobs"] and len(rest) >= 3 and rest[2].isdigit():
            job = self.jobs.get(int(rest[2]))
            if job is None or job.repo != repo:
                return None
            if rest[3:] == ["logs"]:
                return "logs", lambda r: self._logs(r, job)
            if not rest[3:]:
                return "job", lambda r: send_json(r.handler, self._job_json(job))
        return None

    def _repo(self, request: Request, repo: str) -> None:
        visibility = self.repos[repo]
        send_json(
            request.handler,
            {"full_name": repo, "private": visibility != "public", "visibility": visibility},
        )

    def _run(self, request: Request, run: GitHubRun, attempt: int) -> None:
        latest = attempt == max(run.attempts)
        send_json(
            request.handler,
            {
                "id": run.id,
                "run_attempt": attempt,
                "status": run.status if latest else "completed",
                "conclusion": run.conclusion if latest else "failure",
                "html_url": self.link(f"{run.repo}/actions/runs/{run.id}"),
            },
        )

    def _job_json(self, job: GitHubJob) -> dict[str, Any]:
        return {
            "id": job.id,
            "run_id": job.run_id,
            "name": job.name,
            "status": job.status,
            "conclusion": job.conclusion,
            "html_url": self.link(f"{job.repo}/actions/runs/{job.run_id}/job/{job.id}"),
            "steps": [
                {"name": name, "number": i + 1, "status": "completed", "conclusion": conclusion}
                for i, (name, conclusion) in enumerate(job.steps)
            ],
        }

    def _jobs(self, request: Request, run: GitHubRun, attempt: int) -> None:
        jobs = run.attempts[attempt]
        page = int(request.query.get("page", ["1"])[0])
        size = self.page_size
        chosen = jobs[(page - 1) * size : page * size]
        headers = {}
        if page * size < len(jobs):
            base = request.path.split("?")[0]
            headers["Link"] = f'<{self.base_url}{base}?per_page={size}&page={page + 1}>; rel="next"'
        send_json(
            request.handler,
            {"total_count": len(jobs), "jobs": [self._job_json(j) for j in chosen]},
            headers=headers,
        )

    def _logs(self, request: Request, job: GitHubJob) -> None:
        if job.log is None:
            send_json(request.handler, {"message": "Not Found"}, 404)
            return
        target = self.storage.url_for(f"job-{job.id}", job.log)
        send(request.handler, 302, b"", "text/plain", {"Location": target})


# --- GitLab ----------------------------------------------------------------------------------


@dataclass
class GitLabJob:
    id: int
    name: str
    stage: str = "test"
    status: str = "failed"
    log: FakeLog | None = None
    project: str = ""


class FakeGitLab(_Server):
    """GitLab's REST API (``/api/v4``); its links are on :attr:`base_url`.

    The job trace is sent chunked, without a length and without ranges, as GitLab does.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token
        #: project path → visibility: public, internal, private.
        self.projects: dict[str, str] = {}
        self.pipelines: dict[tuple[str, int], tuple[str, list[GitLabJob]]] = {}
        self.jobs: dict[tuple[str, int], GitLabJob] = {}
        self.page_size = 100

    def link(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def reset(self) -> None:
        super().reset()
        with self._lock:
            self.projects.clear()
            self.pipelines.clear()
            self.jobs.clear()
            self.page_size = 100

    def add_pipeline(
        self,
        project: str,
        pipeline_id: int,
        jobs: list[GitLabJob],
        *,
        status: str = "failed",
        visibility: str = "public",
    ) -> None:
        with self._lock:
            self.projects.setdefault(project, visibility)
            self.pipelines[(project, pipeline_id)] = (status, jobs)
            for job in jobs:
                job.project = project
                self.jobs[(project, job.id)] = job

    def _authorised(self, request: Request) -> bool:
        return (
            request.headers.get("authorization") == f"Bearer {self.token}"
            or request.headers.get("private-token") == self.token
        )

    def _route(self, request: Request) -> Route | None:
        seg = request.segments
        if seg[:3] != ["api", "v4", "projects"] or len(seg) < 4:
            return None
        project, rest = unquote(seg[3]), seg[4:]
        if project not in self.projects:
            return None
        if not rest:
            return "project", lambda r: self._project(r, project)
        if len(rest) >= 2 and rest[0] == "jobs" and rest[1].isdigit():
            job = self.jobs.get((project, int(rest[1])))
            if job is None:
                return None
            if rest[2:] == ["trace"]:
                if job.log is None:
                    return None
                log = job.log
                return "trace", lambda r: self._send_log(r, "trace", log, length=False)
            if not rest[2:]:
                return "job", lambda r: send_json(r.handler, self._job_json(job))
            return None
        if len(rest) >= 2 and rest[0] == "pipelines" and rest[1].isdigit():
            found = self.pipelines.get((project, int(rest[1])))
            if found is None:
                return None
            status, jobs = found
            if rest[2:] == ["jobs"]:
                return "pipeline_jobs", lambda r: self._pipeline_jobs(r, jobs)
            if not rest[2:]:
                return "pipeline", lambda r: send_json(
                    r.handler, {"id": int(rest[1]), "status": status}
                )
        return None

    def _project(self, request: Request, project: str) -> None:
        send_json(
            request.handler,
            {
                "id": 42,
                "path_with_namespace": project,
                "visibility": self.projects[project],
                "web_url": self.link(project),
            },
        )

    def _job_json(self, job: GitLabJob) -> dict[str, Any]:
        return {
            "id": job.id,
            "name": job.name,
            "stage": job.stage,
            "status": job.status,
            "web_url": self.link(f"{job.project}/-/jobs/{job.id}"),
        }

    def _pipeline_jobs(self, request: Request, jobs: list[GitLabJob]) -> None:
        scopes = request.query.get("scope[]", []) + request.query.get("scope", [])
        chosen = [j for j in jobs if not scopes or j.status in scopes]
        page = int(request.query.get("page", ["1"])[0])
        size = self.page_size
        headers = {}
        if page * size < len(chosen):
            base = request.path.split("?")[0]
            headers["Link"] = (
                f"<{self.base_url}{base}?scope[]=failed&per_page={size}&page={page + 1}>; "
                'rel="next"'
            )
        rows = [self._job_json(j) for j in chosen[(page - 1) * size : page * size]]
        send_json(request.handler, rows, headers=headers)


# --- Jenkins ---------------------------------------------------------------------------------


@dataclass
class JenkinsBuild:
    result: str | None = "FAILURE"
    log: FakeLog | None = None
    building: bool = False
    name: str = ""


class FakeJenkins(_Server):
    """Jenkins under a context path (``/jenkins``), with basic auth.

    Builds are keyed by their job path and number: ``job/folder/job/app/12``. Anonymous
    visitors get 403 unless :attr:`anonymous_read` is set; bad credentials get 401.
    """

    def __init__(self, user: str, token: str, *, context: str = "jenkins") -> None:
        super().__init__()
        self.user = user
        self.token = token
        self.context = context
        self.builds: dict[str, JenkinsBuild] = {}
        self.anonymous_read = False

    @property
    def url(self) -> str:
        return f"{self.base_url}/{self.context}/"

    def link(self, path: str) -> str:
        return f"{self.url}{path.lstrip('/')}"

    def reset(self) -> None:
        super().reset()
        with self._lock:
            self.builds.clear()
            self.anonymous_read = False

    def _route(self, request: Request) -> Route | None:
        seg = request.segments
        if not seg or seg[0] != self.context or len(seg) < 4:
            return None
        if seg[-2:] == ["api", "json"]:
            key, route = "/".join(seg[1:-2]), "build"
        elif seg[-1] == "consoleText":
            key, route = "/".join(seg[1:-1]), "console"
        else:
            return None
        build = self.builds.get(key)
        if build is None:
            return None
        if route == "build":
            return route, lambda r: self._build(r, key, build)
        log = build.log or FakeLog("")
        return route, lambda r: self._send_log(r, "console", log, length=False)

    def _refused(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        expected = "Basic " + base64.b64encode(f"{self.user}:{self.token}".encode()).decode()
        if header and header != expected:
            send_json(request.handler, {"message": "Invalid password/token"}, 401)
            return True
        if not header and not self.anonymous_read:
            send(request.handler, 403, b"<html>Authentication required</html>", "text/html")
            return True
        return False

    def _build(self, request: Request, key: str, build: JenkinsBuild) -> None:
        send_json(
            request.handler,
            {
                "_class": "org.jenkinsci.plugins.workflow.job.WorkflowRun",
                "building": build.building,
                "result": build.result,
                "fullDisplayName": build.name or _display_name(key),
                "url": self.link(key) + "/",
            },
        )


# --- helpers ---------------------------------------------------------------------------------


def _display_name(key: str) -> str:
    """Jenkins' ``fullDisplayName``: ``job/platform/job/app/12`` → ``platform » app #12``."""
    *names, number = key.split("/")
    return " » ".join(names[1::2]) + f" #{number}"


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def send_json(
    handler: BaseHTTPRequestHandler,
    data: Any,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> None:
    send(handler, status, json.dumps(data).encode(), "application/json; charset=utf-8", headers)
