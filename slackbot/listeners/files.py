"""Download a shared log file from Slack, streaming, with a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urlparse

from slackbot.errors import CiErrorError

CHUNK = 64 << 10
SNIFF = 8 << 10


class FileProblem(CiErrorError):
    """The file could not be read; ``reason`` is a key of :mod:`slackbot.messages`."""

    def __init__(self, reason: str, **values: object) -> None:
        self.reason = reason
        self.values = values
        super().__init__(reason)


def token_may_go_to(url: str, api_url: str) -> bool:
    """Send the bot token only to Slack's own hosts (or the configured API host)."""
    host = (urlparse(url).hostname or "").lower()
    api_host = (urlparse(api_url).hostname or "").lower()
    return host == "slack.com" or host.endswith(".slack.com") or (bool(host) and host == api_host)


def download_text(url: str, token: str, *, max_bytes: int, timeout: float = 15.0) -> str:
    """The file at ``url`` as text; raises :class:`FileProblem` saying why not."""
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            if "text/html" in content_type.lower():
                raise FileProblem("file_auth_failed")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FileProblem("file_too_large", limit=max_bytes >> 20)
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise FileProblem("file_too_large", limit=max_bytes >> 20)
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            raise FileProblem("file_auth_failed") from None
        raise FileProblem("file_http_error", status=exc.code) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise FileProblem("file_network_error", detail=str(getattr(exc, "reason", exc))) from None
    data = b"".join(chunks)
    if data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise FileProblem("file_auth_failed")
    if b"\x00" in data[:SNIFF]:
        raise FileProblem("file_binary")
    return data.decode("utf-8", errors="replace")
