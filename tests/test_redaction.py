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


# Ordinary log text in a secret's place, each mechanism measured over every paste we hold
# (python -m benchmarks.redaction --spans); beside each, a secret of the same shape that is
# still redacted.
@pytest.mark.parametrize(
    "line",
    [
        # A working directory or a credentials file's path, not a secret.
        'docker run --rm -v "$PWD:/work" --workdir /work golang:1.21.0 go mod tidy',
        "docker run -it -v $PWD:/e2e -w /e2e cypress/included:6.2.1",
        "GJS_DEBUG_OUTPUT=stderr OLDPWD=/home/dev USER=dev",
        "sudo[1836]:   ubuntu : TTY=unknown ; PWD=/opt/actions-runner/_work/x/x ; USER=root",
        "  GOOGLE_APPLICATION_CREDENTIALS: /home/runner/work/site/site/gha-creds-5c1d2e3f.json",
        "INFO HostContext] Well known config file 'Credentials': '/home/u/actions-runner/.credentials'",
        "INFO HostContext] Well known config file 'Credentials': 'C:\\actions-runner\\.credentials'",
        # A name in prose or code, then a sentence.
        "Retry validateCredentials: attempt 12 of 12 failed",
        "[INFO] getVaultSecret: Getting secrets",
        "Original Error: clientCredentialsToken: received HTTP status 401 with response: {}",
        "ExecJS::ProgramError: SyntaxError: Unexpected token: operator (<) (line: 271, col: 48)",
        "WorkflowScript: 34: unexpected token: Windows @ line 34, column 11.",
        "Unable to connect to the server: getting credentials: exec: executable not found",
        "Error updating docker credentials: failed to update docker credentials: signal: killed",
        "(failed to fetch anonymous token: unexpected status: 403 Forbidden)",
        "- at '/secrets/mcpApiKey': minLength: got 0, want 1",
        'fatal error: in "token": memory access violation at address: 0x00000030',
        # A workflow's permission and code.
        "Did you remember to add `id-token: write` to your workflow permissions?",
        "  id-token: write",
        "  script: const token = await core.getIDToken('https://github.com/github')",
        "const id_token = yield OidcClient.getCall(id_token_url);",
        '"username"=>"postgres", "password"=>nil, "min_messages"=>"warning"}',
        "user_password=self.admin_password)",
        "Root{application-window-token=android.view.ViewRootImpl$W@10705e7, has-window-focus=false",
        "Could not transfer artifact org.jenkins-ci.plugins:credentials:jar:1311.vcf0a_900b_37c2 from",
        "--extern rpassword=/root/code/maturin/target/release/deps/librpassword-39b8a46d978c90ef.rlib",
        r"--extern keyring_secret=C:\a\target\debug\deps\keyring_secret-0123456789abcdef.dll",
        # A variable's name or a placeholder where the value would be.
        "--build-arg FLASK_SECRET=FLASK_SECRET \\",
        "DB_PASSWORD: DB_PASSWORD",
        "  server-password: GITHUB_TOKEN",
        "firebase deploy --token=__TOKEN__ --non-interactive",
        "git push https://x-access-token:${DOCS_TOKEN}@github.com/acme-corp/docs-site.git HEAD:main",
        "&token=$CODECOV_TOKEN\\",
        "-e TOKEN=$(gcloud auth print-access-token) \\",
        "GITHUB_SHA:3fbf6081 GITHUB_TOKEN: GITHUB_WORKFLOW:test GITHUB_WORKSPACE:/tmp/act-test",
        # Public values named like secrets: a .NET public key token, an AWS request token.
        "Version=4.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]].Start[[GitHub.Runner]]",
        "Culture=neutral, PublicKeyToken=null]](<MainAsync>d__1 ByRef)",
        "publicKeyToken='6595b64144ccf1df' language='*'",
        "(RequestToken: 7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6, HandlerErrorCode: GeneralServiceException)",
    ],
)
def test_ordinary_text_in_a_secrets_place_is_untouched(line: str) -> None:
    assert redact(line) == line


def test_a_secret_in_a_query_string_is_redacted_and_the_other_parameters_kept() -> None:
    # The keyword rule took everything after "token=" up to a space (codecov's uploader in the
    # wild fixtures).
    line = (
        "https://codecov.io/upload/v4?package=github-action-1.0.2&token=s3cr3t-v4lue"
        "&branch=fix-clock&commit=d6906de616f61371400cda154"
    )
    assert redact(line) == line.replace("s3cr3t-v4lue", REDACTED)
    signed = "x.log?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F2017&X-Amz-Date=2017"
    assert redact(signed) == signed.replace("AKID%2F2017", REDACTED)
    assert redact("/hook?api_key=$API_KEY&x=1") == "/hook?api_key=$API_KEY&x=1"


def test_a_url_redacted_by_its_password_keeps_its_host_and_path() -> None:
    # The URL rule redacts the password; the keyword rule then saw "gitlab-ci-token:" and took
    # the marker, host and path for a secret.
    line = (
        "fatal: unable to access 'https://gitlab-ci-token:glpat-x1y2z3w4@gitlab.com/g/p.git/': 403"
    )
    assert redact(line) == (
        f"fatal: unable to access 'https://gitlab-ci-token:{REDACTED}@gitlab.com/g/p.git/': 403"
    )


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("password: hunter2x", "hunter2x"),
        ("DB_PASSWORD=abc", "abc"),
        ("DB_PASSWORD: postgres", "postgres"),
        ("DB_PASSWORD: unit-tests", "unit-tests"),
        (f"credentials: {AWS_ID}", AWS_ID),
        (f"credentials: {AWS_SECRET} from the environment", AWS_SECRET),
        # A path after a name that is not a credentials file or a working directory.
        ("export DB_PWD=/s3cr3t-Pw", "/s3cr3t-Pw"),
        ("password=/home-Secret1", "/home-Secret1"),
        ("password=/srv/pw-0123456789abcdef.rlib.bak", "/srv/pw-0123456789abcdef.rlib.bak"),
        # A name then prose-like text: an environment variable, a bare "password:", a value
        # with a digit or a capital inside, a value that ends its line.
        ("API_TOKEN: letmein now", "letmein"),
        ("password: hunter now", "hunter"),
        ("apiToken: hunter2 now", "hunter2"),
        ("clientSecret: AbCdEfGhIjKl then", "AbCdEfGhIjKl"),
        ("Retry validateCredentials: attempt", "attempt"),
        ('"token": "abcdefgh more"', "abcdefgh"),
        # A value that starts with "$" and goes on in lower case is still one.
        ("password=$Secret1x", "$Secret1x"),
        ("password=$SECRETx1", "$SECRETx1"),
        # Other values after the names that are excepted.
        ("application-window-token=a1b2c3d4e5f6g7h8", "a1b2c3d4e5f6g7h8"),
        ("server-password: GITHUB_TOKENx", "GITHUB_TOKENx"),
        ("- AppPassword: *****", "*****"),
        ("api_token: f5992ebdecd767efd2fcae46e753edb7", "f5992ebdecd767efd2fcae46e753edb7"),
        ("GITHUB_PASSWORD=phiqefvhb5vpdw3 DISPLAY=:2 bundle exec rake test", "phiqefvhb5vpdw3"),
        # Ruby's hash syntax, as a Rails log or an inspect() prints it.
        ('{"username"=>"ci", "password"=>"hunter2"}', "hunter2"),
        ("{:api_key => 'k3y-v4lue'}", "k3y-v4lue"),
    ],
)
def test_secrets_beside_the_excepted_text_are_still_redacted(line: str, secret: str) -> None:
    cleaned = redact(line)
    assert secret not in cleaned
    assert REDACTED in cleaned


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
