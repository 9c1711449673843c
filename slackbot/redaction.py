"""Remove secrets from text before it is echoed, logged or stored.

No maintained Python library redacts CI secrets in text, so the rules are ours; their
shapes follow gitleaks' and detect-secrets' public rule tables. Every rule keeps the
name that precedes a secret (``token=``, ``Authorization: Bearer``) and replaces the
secret with ``[REDACTED]``, so redacting twice changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REDACTED = "[REDACTED]"

_RULES: tuple[re.Pattern[str], ...] = (
    # PEM private keys, whole block (also when a log folded it onto one line).
    re.compile(
        r"-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----.*?"
        r"(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
        re.DOTALL,
    ),
    # GCP service-account JSON: "private_key": "-----BEGIN ...\n..."
    re.compile(r'(?<="private_key":)\s*"[^"]*"'),
    re.compile(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,255}\b"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b"),
    re.compile(r"\bxox[abposre]-[A-Za-z0-9-]{8,}"),
    re.compile(r"\bxapp-\d-[A-Za-z0-9]+-\d+-[A-Za-z0-9]+"),
    re.compile(r"(?<=hooks\.slack\.com/)(?:services|workflows|triggers)/[A-Za-z0-9/_-]+"),
    re.compile(r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}\b"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
    re.compile(r"\bglpat-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bnpm_[A-Za-z0-9]{36}\b"),
    re.compile(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    re.compile(r"\bsk_live_[0-9A-Za-z]{16,}\b"),
    # Authorization headers: keep the scheme, drop the credentials.
    re.compile(r"(?i)(?<=\bauthorization: )(?:(?:bearer|basic|token|bot) )?\S+"),
    re.compile(r"(?i)(?<=\bbearer )[A-Za-z0-9._~+/=-]{8,}"),
    # Credentials in URLs: scheme://user:password@host
    re.compile(r"://[^/\s:@]+:(?!\[REDACTED\]@)([^/\s@]+)@"),
    # npm's //registry/:_authToken=...
    re.compile(r"(?i)(?<=_authtoken=)\S+|(?<=_auth=)\S+|(?<=_password=)\S+"),
    # AWS secret access keys by name, and other keyword assignments.
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:aws_secret_access_key|aws_session_token|"
        r"[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|"
        r"access[_-]?key|private[_-]?key|client[_-]?secret|credentials?))"
        r"(?:\"|')?\s*[:=]\s*(?:\"|')?"
        r"(?!\[REDACTED\])(?!\s)([^\s\"',;]{4,})"
    ),
)


def _replace(match: re.Match[str]) -> str:
    if match.lastindex:
        start, end = match.span(1)
        offset = match.start()
        whole = match.group(0)
        return whole[: start - offset] + REDACTED + whole[end - offset :]
    return REDACTED


def redact(text: str, known_secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret it carries replaced by ``[REDACTED]``.

    ``known_secrets`` are exact values to remove as well (the bot's own tokens).
    """
    for secret in known_secrets:
        if secret and len(secret) >= 6:
            text = text.replace(secret, REDACTED)
    for rule in _RULES:
        text = rule.sub(_replace, text)
    return text
