"""Remove secrets from text before it is echoed, logged or stored.

No maintained Python library redacts CI secrets in text, so the rules are ours; their
shapes follow gitleaks' and detect-secrets' public rule tables. Every rule keeps the
name that precedes a secret (``token=``, ``Authorization: Bearer``) and replaces the
secret with ``[REDACTED]``, so redacting twice changes nothing.

The rules run on text people paste, so they are RE2: no backtracking, and no rule has
an optional tail that could scan far past the end of its match, so redacting a line
costs time linear in its length whatever the line holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import re2

REDACTED = "[REDACTED]"

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False


def _rule(pattern: str) -> Any:
    """A rule: its one capture group is the secret, or the whole match if it has none."""
    return re2.compile(pattern, _OPTIONS)


_RULES: tuple[Any, ...] = (
    # PEM private keys, whole block (also when a log folded it onto one line).
    _rule(
        r"(?s)-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----.*?"
        r"(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|\z)"
    ),
    # GCP service-account JSON: "private_key": "-----BEGIN ...\n..."
    _rule(r'"private_key":\s{0,10}("[^"]*")'),
    _rule(r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b"),
    _rule(r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b"),
    _rule(r"\bxox[abposre]-[A-Za-z0-9-]{8,}"),
    _rule(r"\bxapp-\d-[A-Za-z0-9]{1,64}-\d{1,32}-[A-Za-z0-9]+"),
    _rule(r"hooks\.slack\.com/((?:services|workflows|triggers)/[A-Za-z0-9/_-]+)"),
    _rule(r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}\b"),
    _rule(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
    _rule(r"\bglpat-[A-Za-z0-9_-]{20,}"),
    _rule(r"\bnpm_[A-Za-z0-9]{36}\b"),
    _rule(r"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{20,}"),
    _rule(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    _rule(r"\bsk_live_[0-9A-Za-z]{16,255}\b"),
    # Authorization headers: keep the scheme, drop the credentials.
    _rule(r"(?i)\bauthorization: (?:(?:bearer|basic|token|bot) )?(\S+)"),
    _rule(r"(?i)\bbearer ([A-Za-z0-9._~+/=-]{8,})"),
    # Credentials in URLs: scheme://user:password@host
    _rule(r"://[^/\s:@]+:([^/\s@]+)@"),
    # npm's //registry/:_authToken=...
    _rule(r"(?i)(?:_authtoken|_auth|_password)=(\S+)"),
    # AWS secret access keys by name, and other keyword assignments (MY_API_TOKEN=...), on
    # one line: a prompt that ends its line ("password: ") is followed by output, not a secret,
    # and a name followed by "::" or "==" is a path (Rust's `cargo_credential::Credential`, round
    # 61's 121) or a comparison, not an assignment.
    _rule(
        r"(?i)(?:^|[^A-Za-z0-9])(?:aws_secret_access_key|aws_session_token|"
        r"[A-Za-z0-9_.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|"
        r"access[_-]?key|private[_-]?key|client[_-]?secret|credentials?))"
        r"[\"']?[ \t]{0,5}[:=][ \t]{0,5}[\"']?([^\s\"',;:=][^\s\"',;]{3,})"
    ),
)


#: Words a tool prints after a name that ends in TOKEN, PASSWORD or Authorization, in
#: messages that carry no secret ("NETLIFY_AUTH_TOKEN: command not found", "auth token:
#: invalid username/password", "may require authorization: server message: ..."), and a
#: boolean ("issecret=false").
_NOT_SECRETS = frozenset(
    (
        "command",
        "invalid",
        "server",
        "missing",
        "required",
        "unset",
        "undefined",
        "null",
        "none",
        "error",
        "true",
        "false",
    )
)


#: A variable's name where its value would be (``--password=${APP_PASSWORD}``, ``$NPM_TOKEN``,
#: ``$(System.AccessToken)``, ``%NPM_TOKEN%``): the script as written, not a secret (round 62's
#: 242). A bare ``$name`` counts only in capitals, as a value may start with "$".
_VARIABLE_REFERENCE = re2.compile(
    r"^(?:\$\{\w+\}|\$[A-Z_][A-Z0-9_]*|\$\([\w.]+\)|%\w+%)[\"'`]?$", _OPTIONS
)


#: A .NET strong name's public key token: the public half's hash, printed in every
#: assembly reference (``Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a``).
_PUBLIC_KEY_TOKEN = re2.compile(r"(?i)publickeytoken\s{0,5}=\s{0,5}[0-9a-f]{16}$", _OPTIONS)


def _replace(match: Any) -> str:
    whole: str = match.group(0)
    if match.re.groups == 0:
        return REDACTED
    secret = match.group(1)
    if secret.lower() in _NOT_SECRETS or _VARIABLE_REFERENCE.match(secret):
        return whole
    if _PUBLIC_KEY_TOKEN.search(whole):
        return whole
    start, end = match.span(1)
    offset = match.start()
    return whole[: start - offset] + REDACTED + whole[end - offset :]


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
