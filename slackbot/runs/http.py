"""HTTP for the run readers: one deadline, tokens kept on their API, logs read by the end.

Every request goes through :meth:`Http.open`, which follows redirects itself: the API
token (``Authorization``) is sent only to the API's own origin, so GitHub's redirect of
a log download to its storage host reaches that host without it; a redirect from https
to plain http is refused. Each answer is checked by :meth:`Http.check`, which turns
401, 403, 404, 410 and rate limits into a :class:`~slackbot.errors.RunProblem`.

A log is streamed into a buffer that never holds more than ``MAX_LOG_MB``: when the log
is larger, its end is what is kept (a ``Range`` request for the last bytes when the
server offers ranges, otherwise the head is dropped while streaming).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from slackbot.errors import RunProblem
from slackbot.runs.links import host_of

USER_AGENT = "ci-error (+https://github.com/ci-error)"
CHUNK = 64 << 10
MAX_JSON_BYTES = 16 << 20
MAX_ERROR_BODY = 64 << 10
MAX_REDIRECTS = 5
MAX_PAGES = 20
#: No single network wait is longer than this, so a stalled server overruns the
#: deadline by at most this much.
MAX_WAIT = 15.0
#: Bytes moved at a time when the log buffer is put back in order (bounds the extra memory).
PIECE = 1 << 20


class Deadline:
    """A total time budget, started when it is made."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._end = clock() + seconds

    def remaining(self) -> float:
        return self._end - self._clock()

    def check(self) -> None:
        """Raise :class:`RunProblem` once the time is up."""
        if self.remaining() <= 0:
            raise RunProblem("run_deadline", seconds=_seconds(self.seconds))

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(max(0.05, min(self.remaining(), MAX_WAIT)))


def _seconds(value: float) -> str:
    return f"{value:g}"


def origin(url: str) -> tuple[str, str]:
    """``(scheme, host[:port])`` of ``url``, in lower case."""
    parts = urlsplit(url)
    return parts.scheme.lower(), host_of(parts)


@dataclass(frozen=True)
class Api:
    """One CI system's API: its base URL, how it is named, and the headers it gets.

    ``auth`` headers go only to the base URL's origin. ``variable`` names the setting
    to fix when the token is refused; ``anonymous`` says that no credentials are set,
    so a refusal means they are needed.
    """

    system: str
    base: str
    variable: str
    auth: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    anonymous: bool = False

    @property
    def origin(self) -> tuple[str, str]:
        return origin(self.base)


@dataclass(frozen=True, eq=False)
class JobLog:
    """The end of one job's log: at most ``MAX_LOG_MB`` bytes of it.

    ``size`` is the log's whole size as far as known, ``truncated`` says that its head
    was left out. The bytes are decoded by :meth:`text` when needed, so reading a log
    costs no more memory than the bytes kept.
    """

    data: bytearray
    size: int
    truncated: bool

    def text(self) -> str:
        """The log as text (UTF-8, bad bytes replaced), without a partial first line."""
        view = memoryview(self.data)
        if self.truncated:
            newline = self.data.find(b"\n", 0, CHUNK)
            if newline >= 0:
                view = view[newline + 1 :]
        return str(view, "utf-8", "replace")


class Http:
    """An httpx client bound to one :class:`Deadline`."""

    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self._client = httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self._client.close()

    # --- requests ---------------------------------------------------------------------

    def open(self, api: Api, url: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
        """GET ``url`` as a stream, following redirects; the caller closes the answer."""
        for _ in range(MAX_REDIRECTS + 1):
            self.deadline.check()
            sent = dict(headers or {})
            try:
                if origin(url) == api.origin:  # the API's own headers, the token above all
                    sent.update(api.headers)
                    sent.update(api.auth)
                request = self._client.build_request(
                    "GET", url, headers=sent, timeout=self.deadline.timeout()
                )
                response = self._client.send(request, stream=True)
            except (ValueError, httpx.InvalidURL) as exc:
                raise RunProblem("run_bad_redirect", system=api.system, detail=str(exc)) from None
            except httpx.HTTPError as exc:
                raise self._network_problem(url, exc) from None
            location = response.headers.get("location")
            if not response.is_redirect or not location:
                return response
            response.close()
            target = urljoin(url, location)
            scheme = urlsplit(target).scheme.lower()
            if scheme not in ("http", "https") or (
                scheme == "http" and urlsplit(url).scheme.lower() == "https"
            ):
                raise RunProblem("run_bad_redirect", system=api.system, detail=f"{scheme}:")
            url = target
        raise RunProblem("run_bad_redirect", system=api.system, detail="too many redirects")

    def visible(self, api: Api, url: str) -> bool:
        """Whether GET ``url`` succeeds (2xx) rather than being refused or hidden.

        401, 403 and 404 mean no; other failures (429, 5xx) raise as :meth:`check` does.
        """
        response = self.open(api, url)
        try:
            if response.status_code in (401, 403, 404):
                return False
            self.check(api, response)
            return True
        finally:
            response.close()

    def json(self, api: Api, url: str) -> Any:
        """GET ``url`` and parse its JSON answer."""
        return self._json(api, url)[0]

    def pages(self, api: Api, url: str, key: str | None = None) -> list[dict[str, Any]]:
        """Every object of a paginated list (``Link: rel="next"``, on the API only).

        ``key`` names the list inside each page's object (GitHub's ``jobs``); ``None``
        when the page is the list (GitLab).
        """
        items: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            data, response = self._json(api, url)
            page = data.get(key) if key and isinstance(data, dict) else data
            if not isinstance(page, list):
                raise RunProblem("run_bad_answer", system=api.system, detail="not a list")
            items.extend(item for item in page if isinstance(item, dict))
            following = response.links.get("next", {}).get("url")
            if not following:
                break
            following = urljoin(url, following)
            try:
                if origin(following) != api.origin:
                    break
            except ValueError:
                break
            url = following
        return items

    def log(self, api: Api, url: str, *, max_bytes: int, job: str = "") -> JobLog:
        """Stream the log at ``url``: all of it, or its last ``max_bytes``."""
        response = self.open(api, url)
        try:
            self.check(api, response, job=job)
            total = _length(response)
            if (
                total is not None
                and total > max_bytes
                and response.headers.get("accept-ranges", "").lower() == "bytes"
            ):
                # Only the end matters: ask for it (same rules for the token on this hop).
                final = str(response.url)
                response.close()
                start = total - max_bytes
                response = self.open(
                    api, final, {"Range": f"bytes={start}-", "Accept-Encoding": "identity"}
                )
                self.check(api, response, job=job)
                if response.status_code == 206:
                    tail = self._collect(response, max_bytes)
                    return JobLog(tail.finish(), size=total, truncated=True)
            tail = self._collect(response, max_bytes)
            return JobLog(tail.finish(), size=tail.size, truncated=tail.truncated)
        finally:
            response.close()

    # --- answers ----------------------------------------------------------------------

    def check(self, api: Api, response: httpx.Response, *, job: str = "") -> None:
        """Raise the :class:`RunProblem` that an unsuccessful answer means."""
        status = response.status_code
        if 200 <= status < 300:
            return
        body = self._error_body(response)
        if status in (403, 429):
            when = rate_limit_reset(response.headers, body, status, time.time())
            if when is not None:
                raise RunProblem("run_rate_limited", system=api.system, when=when)
        if status in (401, 403) and api.anonymous:
            raise RunProblem("run_no_token", variable=api.variable, system=api.system)
        if status == 401:
            raise RunProblem("run_unauthorized", system=api.system, variable=api.variable)
        if status == 403:
            raise RunProblem("run_forbidden", system=api.system, variable=api.variable)
        if status == 404:
            raise RunProblem("run_not_found", variable=api.variable)
        if status == 410:
            raise RunProblem("run_log_gone", job=job or "the job")
        raise RunProblem("run_http_error", system=api.system, status=status)

    def _json(self, api: Api, url: str) -> tuple[Any, httpx.Response]:
        response = self.open(api, url)
        try:
            self.check(api, response)
            data = bytearray()
            try:
                for chunk in response.iter_bytes(CHUNK):
                    data += chunk
                    if len(data) > MAX_JSON_BYTES:
                        raise RunProblem("run_bad_answer", system=api.system, detail="too large")
                    self.deadline.check()
            except httpx.HTTPError as exc:
                raise self._network_problem(url, exc) from None
        finally:
            response.close()
        try:
            return json.loads(data), response
        except ValueError:
            raise RunProblem("run_bad_answer", system=api.system, detail="not JSON") from None

    def _collect(self, response: httpx.Response, max_bytes: int) -> _Tail:
        tail = _Tail(max_bytes)
        try:
            for chunk in response.iter_bytes(CHUNK):
                tail.add(chunk)
                self.deadline.check()
        except httpx.HTTPError as exc:
            raise self._network_problem(str(response.url), exc) from None
        return tail

    def _error_body(self, response: httpx.Response) -> str:
        data = bytearray()
        try:
            for chunk in response.iter_bytes(CHUNK):
                data += chunk
                if len(data) >= MAX_ERROR_BODY:
                    break
        except httpx.HTTPError:
            pass
        return data.decode("utf-8", "replace").lower()

    def _network_problem(self, url: str, exc: httpx.HTTPError) -> RunProblem:
        if isinstance(exc, httpx.TimeoutException) and self.deadline.remaining() <= 0.05:
            return RunProblem("run_deadline", seconds=_seconds(self.deadline.seconds))
        detail = "timed out" if isinstance(exc, httpx.TimeoutException) else type(exc).__name__
        return RunProblem("run_network", host=origin(url)[1], detail=detail)


def _length(response: httpx.Response) -> int | None:
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        return None
    raw = response.headers.get("content-length", "")
    return int(raw) if raw.isdigit() else None


def rate_limit_reset(headers: Mapping[str, str], body: str, status: int, now: float) -> str | None:
    """When a rate-limited request may be tried again (``HH:MM UTC``), or ``None``.

    Reads ``Retry-After`` (seconds), then GitHub's ``x-ratelimit-remaining: 0`` with
    ``x-ratelimit-reset`` and GitLab's ``RateLimit-*`` (epoch seconds); a 429, or a 403
    that says "rate limit", without them means in a minute.
    """
    retry_after = headers.get("retry-after", "").strip()
    remaining = (
        headers.get("x-ratelimit-remaining") or headers.get("ratelimit-remaining") or ""
    ).strip()
    reset = (headers.get("x-ratelimit-reset") or headers.get("ratelimit-reset") or "").strip()
    if retry_after.isdigit():
        at = now + int(retry_after)
    elif remaining == "0" and reset.isdigit():
        at = float(reset)
    elif status == 429 or "rate limit" in body:
        at = now + 60
    else:
        return None
    at = math.ceil(at / 60) * 60
    return time.strftime("%H:%M UTC", time.gmtime(at))


# --- the end of a stream, in bounded memory ------------------------------------------------


class _Tail:
    """The last ``cap`` bytes of a stream, in one buffer that never grows past ``cap``.

    The buffer fills up; then it is used as a ring (the oldest bytes overwritten), and
    :meth:`finish` puts it back in order in place.
    """

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.buffer = bytearray()
        self.size = 0
        self._pos = 0

    @property
    def truncated(self) -> bool:
        return self.size > self.cap

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        room = self.cap - len(self.buffer)
        if room > 0:
            self.buffer += chunk[:room]
            chunk = chunk[room:]
            if not chunk:
                return
        if len(chunk) >= self.cap:
            self.buffer[:] = chunk[-self.cap :]
            self._pos = 0
            return
        view = memoryview(chunk)
        first = min(len(chunk), self.cap - self._pos)
        self.buffer[self._pos : self._pos + first] = view[:first]
        if first < len(chunk):
            self.buffer[: len(chunk) - first] = view[first:]
        self._pos = (self._pos + len(chunk)) % self.cap

    def finish(self) -> bytearray:
        """The kept bytes, oldest first."""
        if self._pos:
            rotate_left(self.buffer, self._pos)
            self._pos = 0
        return self.buffer


def _swap(buffer: bytearray, a: int, b: int, length: int, piece: int) -> None:
    """Swap ``buffer[a:a+length]`` and ``buffer[b:b+length]`` (not overlapping)."""
    for offset in range(0, length, piece):
        size = min(piece, length - offset)
        x, y = a + offset, b + offset
        saved = buffer[x : x + size]
        buffer[x : x + size] = buffer[y : y + size]
        buffer[y : y + size] = saved


def _move(buffer: bytearray, source: int, target: int, length: int, piece: int) -> None:
    """Copy ``buffer[source:source+length]`` to ``target`` (the ranges may overlap)."""
    offsets = range(0, length, piece)
    for offset in offsets if target < source else reversed(offsets):
        size = min(piece, length - offset)
        buffer[target + offset : target + offset + size] = buffer[
            source + offset : source + offset + size
        ]


def rotate_left(buffer: bytearray, count: int, piece: int = PIECE) -> None:
    """Rotate ``buffer`` left by ``count`` bytes in place, with at most ``2 × piece`` extra.

    Gries and Mills' block swaps while both parts are large; once one part fits in
    ``piece``, it is set aside and the other moved.
    """
    if not buffer:
        return
    low = 0
    a = count % len(buffer)
    b = len(buffer) - a
    while a and b:
        if min(a, b) <= piece:
            if a <= b:
                saved = buffer[low : low + a]
                _move(buffer, low + a, low, b, piece)
                buffer[low + b : low + a + b] = saved
            else:
                saved = buffer[low + a : low + a + b]
                _move(buffer, low, low + b, a, piece)
                buffer[low : low + b] = saved
            return
        if a <= b:
            _swap(buffer, low, low + b, a, piece)
            b -= a
        else:
            _swap(buffer, low, low + a, b, piece)
            low += b
            a -= b
