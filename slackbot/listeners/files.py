"""Read a shared log file from Slack: ``files.info``, then a streamed, capped download.

The bot token goes only to Slack: every hop of the download (redirects included) must
be ``https`` on one of Slack's file hosts (or the configured API's own origin, which the
tests point at a local fake), and httpx drops the ``Authorization`` header on a
redirect to another origin. The whole download has a deadline.
"""

from __future__ import annotations

import time
import zlib
from urllib.parse import urlsplit

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from slackbot.errors import FileProblem
from slackbot.helpdesk import SharedFile

CHUNK = 64 << 10
SNIFF = 8 << 10
#: Slack serves files from these domains and their subdomains.
SLACK_FILE_DOMAINS = ("slack.com", "slack-edge.com", "slack-files.com")
GZIP_MAGIC = b"\x1f\x8b"


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


def token_may_go_to(url: str, api_url: str) -> bool:
    """Whether ``url`` is one of Slack's file hosts over https, or the API's own origin."""
    scheme, host, _ = _origin(url)
    if _origin(url) == _origin(api_url):
        return True
    on_slack = any(host == d or host.endswith(f".{d}") for d in SLACK_FILE_DOMAINS)
    return scheme == "https" and on_slack


class SlackFiles:
    """:class:`~slackbot.helpdesk.FileReader` over the Web API and Slack's file hosts."""

    def __init__(
        self, client: WebClient, token: str, api_url: str, *, deadline: float = 30.0
    ) -> None:
        self._client = client
        self._token = token
        self._api_url = api_url
        self._deadline = deadline

    def describe(self, shared: SharedFile) -> SharedFile:
        try:
            info = self._client.files_info(file=shared.id).get("file") or {}
        except (SlackApiError, SlackClientError, OSError):
            raise FileProblem("file_auth_failed") from None
        return SharedFile.from_slack({"name": shared.name, **info})

    def read(self, shared: SharedFile, *, max_bytes: int) -> str:
        if not shared.url or not token_may_go_to(shared.url, self._api_url):
            raise FileProblem("file_auth_failed")
        started = time.monotonic()

        def check_hop(request: httpx.Request) -> None:
            if not token_may_go_to(str(request.url), self._api_url):
                raise FileProblem("file_auth_failed")
            if time.monotonic() - started > self._deadline:
                raise FileProblem("file_network_error", detail="deadline")

        try:
            with (
                httpx.Client(
                    follow_redirects=True,
                    max_redirects=5,
                    timeout=httpx.Timeout(10.0),
                    event_hooks={"request": [check_hop]},
                ) as http,
                http.stream(
                    "GET", shared.url, headers={"Authorization": f"Bearer {self._token}"}
                ) as response,
            ):
                if response.status_code in (401, 403):
                    raise FileProblem("file_auth_failed")
                if response.status_code != 200:
                    raise FileProblem("file_http_error", status=response.status_code)
                if "text/html" in response.headers.get("content-type", "").lower():
                    raise FileProblem("file_auth_failed")
                length = response.headers.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise FileProblem("file_too_large", limit=max_bytes >> 20)
                data = self._collect(response, started, max_bytes)
        except httpx.HTTPError as exc:
            raise FileProblem("file_network_error", detail=type(exc).__name__) from None
        return decode_log(data, max_bytes=max_bytes)

    def _collect(self, response: httpx.Response, started: float, max_bytes: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise FileProblem("file_too_large", limit=max_bytes >> 20)
            if time.monotonic() - started > self._deadline:
                raise FileProblem("file_network_error", detail="deadline")
            chunks.append(chunk)
        return b"".join(chunks)


def decode_log(data: bytes, *, max_bytes: int) -> str:
    """A downloaded file as text: gunzipped (at most ``max_bytes``), then UTF-8.

    Raises :class:`FileProblem` for an HTML page (Slack's login page: the auth failed)
    and for binary content.
    """
    if data.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            data = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            raise FileProblem("file_binary") from None
        if len(data) > max_bytes:
            raise FileProblem("file_too_large", limit=max_bytes >> 20)
    if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise FileProblem("file_auth_failed")
    if b"\x00" in data[:SNIFF]:
        raise FileProblem("file_binary")
    return data.decode("utf-8", errors="replace")
