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
    # A secret in a URL's query string (codecov's ``upload/v4?...&token=...&branch=...``): its
    # value ends at the next parameter, which is kept.
    _rule(
        r"(?i)[?&][A-Za-z0-9_.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|"
        r"access[_-]?key|private[_-]?key|client[_-]?secret|credentials?)=([^&\s\"'#]{3,})"
    ),
    # AWS secret access keys by name, and other keyword assignments (MY_API_TOKEN=...), on
    # one line, Ruby's hash form ("password"=>"...") with its value quoted (unquoted it is
    # code: Rust's `"cargo:token" => Box::new(...)`): a prompt that ends its line
    # ("password: ") is followed by output, not a secret, and a name followed by "::" or "=="
    # is a path (Rust's `cargo_credential::Credential`, round 61's 121) or a comparison, not
    # an assignment.
    _rule(
        r"(?i)(?:^|[^A-Za-z0-9])(?:aws_secret_access_key|aws_session_token|"
        r"[A-Za-z0-9_.-]{0,40}(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|"
        r"access[_-]?key|private[_-]?key|client[_-]?secret|credentials?))"
        r"[\"']?[ \t]{0,5}(?:[:=][ \t]{0,5}[\"']?|=>[ \t]{0,5}[\"'])([^\s\"',;:=][^\s\"',;]{3,})"
    ),
)


#: Words a tool prints after a name that ends in TOKEN, PASSWORD or Authorization, in
#: messages that carry no secret ("NETLIFY_AUTH_TOKEN: command not found", "auth token:
#: invalid username/password", "may require authorization: server message: ..."), a
#: boolean ("issecret=false"), a workflow's permission ("id-token: write") and code
#: ("const token = await ...", Ruby's "password"=>nil).
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
        "nil",
        "read",
        "write",
        "await",
        "yield",
    )
)


#: A variable's name where its value would be (``--password=${APP_PASSWORD}``, ``$NPM_TOKEN``,
#: ``$(System.AccessToken)``, ``%NPM_TOKEN%``): the script as written, not a secret (round 62's
#: 242), also when a URL or a line continuation follows it (``x-access-token:${DOCS_TOKEN}@...``,
#: ``&token=$CODECOV_TOKEN\\``). A bare ``$name`` counts only in capitals, as a value may start
#: with "$". A command substitution (``TOKEN=$(gcloud auth print-access-token)``) is a command.
_VARIABLE_REFERENCE = re2.compile(
    r"^(?:(?:\$\{\w+\}|\$[A-Z_][A-Z0-9_]*|\$\([\w.]+\)|%\w+%)(?:[^A-Za-z0-9_]|$)|\$\([a-z][\w.-]*$)",
    _OPTIONS,
)


#: A value that names a secret instead of holding one: the variable the secret is in
#: (``--build-arg FLASK_SECRET=FLASK_SECRET``, ``server-password: GITHUB_TOKEN``) or a
#: placeholder (``--token=__TOKEN__``, ``--apikey=SECRET``).
_SECRET_NAME = re2.compile(
    r"^_{0,2}(?:[A-Z0-9]+_)*(?:TOKEN|PASSWORD|SECRET|API_?KEY|KEY)_{0,2}[\"'`]?$", _OPTIONS
)


#: Values that are code or data, not secrets, after a name that ends like a secret's: an
#: attribute (``user_password=self.admin_password``), a Java object's identity
#: (``window-token=android.view.ViewRootImpl$W@6a7b583``, an Android window dump), a Maven
#: coordinate's tail (``org.jenkins-ci.plugins:credentials:jar:1311.vcf0a_900b_37c2``) and a
#: value an earlier rule already redacted (``https://gitlab-ci-token:[REDACTED]@host/...``:
#: what follows the marker is the URL's host and path), and the next variable of an
#: environment dump after an empty one (act's ``GITHUB_TOKEN: GITHUB_WORKFLOW:CI``), and a
#: compiled crate that rustc's ``--extern NAME=PATH`` names (``--extern
#: rpassword=/src/target/release/deps/librpassword-39b8a46d978c90ef.rlib``: Cargo's artifact, a
#: file name with its 16-digit hash, round 82's 179).
_CODE_VALUE = re2.compile(
    r"^(?:(?:self|this)\.|(?:[a-z][a-z0-9_]*\.)+[A-Z][\w$]*@[0-9a-f]{1,16}$|"
    r"(?:jar|pom|war|hpi|jpi|aar):[0-9]|\[REDACTED\]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+:|"
    r"(?:/|[A-Za-z]:\\)\S*[/\\][\w-]+-[0-9a-f]{16}\.(?:rlib|rmeta|so|dylib|dll)$)",
    _OPTIONS,
)


#: A file's path after a name that ends in CREDENTIALS or PWD: where credentials are kept
#: (``GOOGLE_APPLICATION_CREDENTIALS: /home/runner/...json``, the runner's "Well known config
#: file 'Credentials': '/home/u/actions-runner/.credentials'") or the working directory
#: (``docker run -v $PWD:/app``, ``OLDPWD=/home/u`` in an environment dump), not a secret.
_PATH_AFTER_NAME = re2.compile(r"(?i)(?:credentials?|^\$?(?:old)?pwd)$", _OPTIONS)
_PATH = re2.compile(r"^(?:/|~/|[A-Za-z]:\\)", _OPTIONS)


#: A name in prose or code followed by a word of prose, not by a value: "Unexpected token:
#: operator (<)", "getting credentials: exec: executable ... not found", JS's
#: "clientCredentialsToken: received HTTP status 401", "Retry validateCredentials: attempt 12
#: of 12 failed", "getVaultSecret: Getting secrets". The name is the bare word (token,
#: credentials, secret) or a camelCase identifier that ends in one; an environment variable
#: (``DB_PASSWORD: postgres``), a bare "password:" and a value with a digit are still redacted.
_PROSE_NAME = re2.compile(
    r"^[^A-Za-z0-9]?(?:[Tt]okens?|[Cc]redentials?|[Ss]ecrets?|"
    r"[a-z][A-Za-z0-9]*[a-z0-9](?:Token|Credentials?|Secret|Password|Key))"
    r"[\"']?[ \t]{0,5}:[ \t]{1,5}$",
    _OPTIONS,
)
#: A word of prose: lower case, maybe capitalised or with one hump ("minLength"), maybe a colon.
_PROSE_WORD = re2.compile(r"^[A-Za-z][a-z]{1,15}(?:[A-Z][a-z]{1,15})?:?$", _OPTIONS)


def _is_prose(name: str, secret: str, text: str, end: int) -> bool:
    """``name: secret`` is a name, then a sentence: a word, a space and more words after it."""
    return (
        _PROSE_NAME.match(name) is not None
        and _PROSE_WORD.match(secret) is not None
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2] not in ("", " ", "\t", "\n", "\r")
    )


def _is_not_a_secret(name: str, secret: str, text: str, end: int) -> bool:
    """Whether ``secret``, after ``name`` (the rule's match up to it) and ending at ``end`` in
    ``text``, is ordinary text in a secret's place. Each check reads the value, the name or the
    next two characters once, so a line still costs time linear in its length."""
    if secret.lstrip(">").rstrip("`").lower() in _NOT_SECRETS:
        return True
    if _VARIABLE_REFERENCE.match(secret) or _SECRET_NAME.match(secret) or _CODE_VALUE.match(secret):
        return True
    # The name alone: what precedes the separator, without quotes and spaces.
    bare = name.rstrip(" \t\"'").rstrip(":=").rstrip(" \t\"'")
    if bare.lower().endswith("publickeytoken") or bare.lower().endswith("requesttoken"):
        # A .NET strong name's public key token, a hash of the public half printed in every
        # assembly reference (round 43; also "PublicKeyToken=null]]" in a stack trace), and
        # AWS's idempotency token for a request (CloudFormation's "RequestToken: <uuid>").
        return True
    if _PATH.match(secret) and _PATH_AFTER_NAME.search(bare.split()[-1] if bare.split() else ""):
        return True
    return _is_prose(name, secret, text, end)


def _replace(match: Any) -> str:
    whole: str = match.group(0)
    if match.re.groups == 0:
        return REDACTED
    secret = match.group(1)
    start, end = match.span(1)
    offset = match.start()
    if _is_not_a_secret(whole[: start - offset], secret, match.string, end):
        return whole
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
