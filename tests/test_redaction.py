"""Secrets never survive redaction: table-driven on realistic log lines, and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slackbot.redaction import REDACTED, redact

# Test fixtures only: assembled at run time so no token of a real shape sits in the repo.
GH = "ghp_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2"
GH_PAT = "github_pat_" + "11ABCDEFG0" + "x" * 72
SLACK_BOT = "xoxb-" + "123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx"
SLACK_APP = "xapp-1-" + "A0123456789-1234567890123-" + "abcdef0123456789abcdef"
AWS_ID = "AKIA" + "IOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
JWT = (
    "eyJhbGciOiJIUzI1NiJ9"
    + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0"
    + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
)
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq\nabcdEFGH\n-----END RSA PRIVATE KEY-----"
)
GLPAT = "glpat-" + "aB3dE5fG7hI9jK1lM3nO"
NPM = "npm_" + "a" * 36
PYPI = "pypi-AgEIcHlwaS5vcmc" + "CJDQ5ZjAxNzg0LWE3ZjgtNDQ" * 2


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f"remote: https://x-access-token:{GH}@github.com/o/r.git", GH),
        (f"Run git clone https://{GH}@github.com/acme/app", GH),
        (f"GITHUB_TOKEN={GH_PAT}", GH_PAT),
        (f"SLACK_BOT_TOKEN: {SLACK_BOT}", SLACK_BOT),
        (f"connecting with {SLACK_APP}", SLACK_APP),
        (f"aws_access_key_id = {AWS_ID}", AWS_ID),
        (f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
        (f"export AWS_SECRET_ACCESS_KEY={AWS_SECRET}", AWS_SECRET),
        (f"Authorization: Bearer {JWT}", JWT),
        (f"id_token={JWT}", JWT),
        ("curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZA=='", "dXNlcjpwYXNzd29yZA=="),
        (
            "fatal: unable to access 'https://deploy:s3cr3tPassw0rd@gitlab.com/g/p.git/'",
            "s3cr3tPassw0rd",
        ),
        (f"//registry.npmjs.org/:_authToken={NPM}", NPM),
        ("npm config set //npm.pkg.github.com/:_authToken=abc123def456", "abc123def456"),
        ("password=hunter2hunter2 ./deploy.sh", "hunter2hunter2"),
        ('"client_secret": "Zq8~abcDEF123ghi"', "Zq8~abcDEF123ghi"),
        ("DB_PASSWORD: 'correct-horse-battery'", "correct-horse-battery"),
        (f"glab auth login --token {GLPAT}", GLPAT),
        (f"twine upload -p {PYPI} dist/*", PYPI),
        (f"key: {PEM}", "MIIEpAIBAAKCAQEA7bq"),
        (
            '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----\\n"',
            "MIIEvQIBADANBg",
        ),
        ("https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXX"),
    ],
)
def test_known_secrets_are_redacted(line: str, secret: str) -> None:
    cleaned = redact(line)
    assert secret not in cleaned
    assert REDACTED in cleaned


def test_error_text_around_secrets_survives() -> None:
    line = f"fatal: unable to access 'https://ci:{GH}@github.com/o/r.git/': 403"
    assert (
        redact(line) == f"fatal: unable to access 'https://ci:{REDACTED}@github.com/o/r.git/': 403"
    )


def test_known_values_are_redacted_by_exact_value() -> None:
    assert redact("sig abc-def-ghi-jkl here", ["abc-def-ghi-jkl"]) == f"sig {REDACTED} here"


def test_plain_error_lines_are_untouched() -> None:
    for line in (
        "npm ERR! code E404",
        "Error: Process completed with exit code 137.",
        "fatal: detected dubious ownership in repository at '/__w/a/a'",
        "Input required and not supplied: token",
        # A name that ends in TOKEN, and error text after it that is no secret (round 40, 41).
        "/home/runner/work/_temp/779c3b2a.sh: line 1: NETLIFY_AUTH_TOKEN: command not found",
        "error copying layers: unable to retrieve auth token: invalid username/password",
        "may require authorization: server message: insufficient_scope: authorization failed",
        # A .NET strong name's public key token is printed in every assembly reference (round 43).
        'warning MSB3268: The primary reference "Unity.WebApi, Version=5.1.0.0, Culture=neutral, '
        'PublicKeyToken=43da31bc42a85347, processorArchitecture=MSIL" could not be resolved',
        "System.Runtime, Version=4.0.20.0, Culture=neutral, PublicKeyToken=null",
        # Jenkins' summary of a failed step, its name then its state (round 44).
        "withAzureCredentials: error org.jenkinsci.plugins.workflow.steps.FlowInterruptedException",
        # Azure's logging command marks a variable secret or not with a boolean (round 45).
        "##vso[task.setvariable variable=AZURE_AUTHORITY_HOST;isOutput=false;issecret=false;]https://x",
        # A path after a name that ends in "credential" (Rust, round 61), and a comparison.
        "error[E0277]: the trait bound `MacKeychain: cargo_credential::Credential` is not satisfied",
        '"cargo:token" => Box::new(TokenCredential::new(config)),',
        "if [ $SECRET == $EXPECTED ]; then",
        # A variable's name where its value would be: the script as written (round 62).
        "./notarize.sh --app-specific-password=${APP_SPECIFIC_PASSWORD} --apple-id=${APPLE_ID}",
        "npm config set //registry.npmjs.org/:_authToken=$NPM_TOKEN",
        "- script: echo $(System.AccessToken) | az devops login --token=$(System.AccessToken)",
        "set NPM_TOKEN=%NPM_TOKEN%",
    ):
        assert redact(line) == line


def test_a_prompt_at_the_end_of_a_line_does_not_take_the_next_line_for_its_secret() -> None:
    # An ssh or sudo password prompt ends its line; what follows is the tool's output (round 47).
    for text in (
        "xxx@git.example.com's password: \nremote: Counting objects: 189006, done.",
        "    Password:\n    info: looks like you are running this command under `sudo`",
        "Enter the database password:\n\nFatal error: Class 'App\\Config' not found",
    ):
        assert redact(text) == text
    assert redact("password: hunter22\nremote: done.") == "password: [REDACTED]\nremote: done."


TOKEN_SHAPES = [
    re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    re.compile(r"xox[abposr]-[A-Za-z0-9-]{20,}"),
    re.compile(r"AKIA[A-Z2-7]{16}"),
    re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
]
secrets = st.sampled_from([GH, SLACK_BOT, AWS_ID, JWT, NPM, GLPAT])
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(noise, secrets), max_size=8))
def test_redaction_is_idempotent_never_raises_and_leaves_no_token(parts: list[str]) -> None:
    text = " ".join(parts)
    once = redact(text)
    assert redact(once) == once
    for shape in TOKEN_SHAPES:
        assert not shape.search(once), shape.pattern
