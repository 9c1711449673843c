"""The CI systems a log comes from, when no wrapper line names one, and where each keeps it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from slackbot.guidance._options import _OPTIONS
from slackbot.pattern_set import PatternSet

#: A log GitHub Actions or Azure Pipelines could have printed (the same runner's lines).
SHARED = "github-azure"

#: Where a log comes from, when no wrapper line names the system.
SYSTEM_CUES: tuple[tuple[str, str], ...] = (
    ("github-pages", r"(?i)page build failed|troubleshooting-github-pages|github-pages"),
    ("readthedocs", r"(?i)read the docs|readthedocs"),
    ("amplify", r"(?i)amplify|Z \[(?:INFO|WARNING|ERROR)\]: "),
    ("render", r"(?i)render\.com|/render/|onrender"),
    # Scalingo's builder and deployer (its name, its builder's last line, its deployer's failure).
    (
        "scalingo",
        r"(?i)\bscalingo\b|^\s*Build complete, shipping your container\.\.\.|"
        r"^\s*!\s+Error deploying the application\s*$",
    ),
    # Cloud Foundry's log sources as `cf logs` shows them ("[STG/0]      OUT", "[API/0] [ERR]"),
    # and the CLI's pointer to them: before Heroku's, whose "-----> " its buildpacks print too.
    # (and its staging failures, which no other system prints).
    (
        "cloudfoundry",
        r"\[(?:STG|API|CELL)/\d+\]\s+\[?(?:OUT|ERR)\b|\bcf logs \S+ --recent\b|"
        r"\bApp staging failed in the buildpack \w+ phase\b|^Staging failed: Buildpack |"
        r"\bFailed to compile droplet\b",
    ),
    # Heroku's build output, relayed by git push ("remote: -----> Building on the Heroku-22
    # stack"); a bare "remote: " line is any git server's (GitHub, GitLab, a local push).
    (
        "heroku",
        r"(?i)heroku|^remote: (?:-----> | +! |Building source|Verifying deploy)|^-----> |"
        r"^ !\s+Push failed",
    ),
    ("railway", r"(?i)railway"),
    ("fly", r"(?i)\bfly(?:ctl)?\b|fly\.io|fly\.toml"),
    # Firebase CLI's own lines (its command, its "i  deploy:" steps, its debug log), not the
    # word: a Firebase SDK in an app's build (a pod, a Gradle or pub path, an npm package) is
    # no sign the log is Firebase's.
    (
        "firebase",
        r"(?i)\bfirebase (?:deploy|use|login|init|emulators:\w+)\b|firebase-tools|"
        r"firebase-debug\.log|firebase cli|^=== Deploying to '|"
        r"^(?:i|✔|⚠|✖) +(?:deploy|functions|hosting|firestore|storage|database|extensions)"
        r"(?:\[[^\]\n]*\])?: ",
    ),
    ("cloudflare", r"(?i)cloudflare|wrangler|pages\.dev"),
    ("netlify", r"(?i)netlify|^\d{1,2}:\d\d:\d\d (?:AM|PM): "),
    ("vercel", r"(?i)vercel|^\[\d\d:\d\d:\d\d\.\d{3}\] "),
    ("appveyor", r"(?i)appveyor"),
    ("teamcity", r"(?i)teamcity"),
    ("bitrise", r"(?i)bitrise"),
    # Buildkite's section headers; not cargo's "--- stderr" under a failed build script.
    # (Not .NET's "--- End of inner exception stack trace ---", in any language: it ends so; nor
    # its "--- End of stack trace from previous location ..." cut before its end, round 67's 150.)
    # (Nor xcodebuild's "--- xcodebuild: WARNING: Using the first of multiple matching
    # destinations:", round 84's 252.)
    (
        "buildkite",
        r"(?i)buildkite|^(?:~~~|\+\+\+) |"
        r"^--- (?:[^esx\n]|s[^t\n]|st[^d\n]|e[^n\n]|en[^d\n]|end[^ \n]|"
        r"x[^c\n]|xc[^o\n]|xco[^d\n]|xcod[^e\n]|xcode[^b\n]|xcodeb[^u\n]|xcodebu[^i\n]|"
        r"xcodebui[^l\n]|xcodebuil[^d\n]|xcodebuild[^:\n])(?:[^\n]*[^\n-])?$",
    ),
    ("bitbucket", r"(?i)bitbucket[- ]pipelines"),
    # (Cloud Build's log opens with 'starting build "<build id>"', then FETCHSOURCE.)
    (
        "cloudbuild",
        r"(?i)cloud build|gcloud builds|cloudbuild|"
        r"^starting build \"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"$",
    ),
    ("codebuild", r"(?i)\bcodebuild|^\[Container\] \d{4}/\d\d/\d\d "),  # not xcodebuild
    ("prow", r"(?i)\bprow\b|spyglass|gubernator|^[IWE]\d{4} \d\d:\d\d:\d\d\.\d{3}\] "),
    # GoCD's agent log (its loggers' package, its messages to the server).
    ("gocd", r"\bthoughtworks\.go\.|\bto Go Server for\b"),
    ("act", r"nektos/act|exit with `FAILURE`|^\[[^\]\n]+\] +(?:⭐|🚀|✅|❌|🏁) |/var/run/act/"),
    ("circleci", r"(?i)circleci|^#!/bin/bash -eo pipefail"),
    ("travis", r"(?i)travis"),
    ("jenkins", r"(?i)^\[Pipeline\]|jenkins|hudson\.|^Started by (?:user|an SCM|timer|upstream)"),
    # GitLab CI's own marks, not the word: a repository or a Go module on gitlab.com in a local
    # build ("git clone https://gitlab.com/...", "go: downloading github.com/xanzy/go-gitlab").
    (
        "gitlab",
        r"(?i)gitlab[- ]ci|gitlab-runner|section_start:|^Running with gitlab|"
        r"^Preparing the \"\S+\" executor|^Getting source from Git repository|"
        r"^Cleaning up (?:project directory|file based variables)|^ERROR: Job failed",
    ),
    # GitHub's runner routing log, which GitHub once printed under Azure's "##[section]".
    (
        "github",
        r"Request a runner to run this job|"
        r"online and (?:idle|busy) (?:self-hosted |hosted )?runner",
    ),
    # Azure's work folder ("/Users/runner/work/1/s", "D:\\a\\1\\s") before GitHub's runner path.
    # Azure Pipelines' own marks, not the word: an Azure SDK, the Azure CLI or an azure/login
    # step in a GitHub or local log is no sign the log is Azure's.
    (
        "azure",
        r"(?i)(?:^|\dZ )##\[section\]|azure pipelines|azure devops|azure-pipelines|dev\.azure\.com|"
        r"visualstudio\.com|\bvsts\b|^Agent name:|/_work/_tasks|##vso\[|/work/\d+/s/|"
        r"\\a\\\d+\\s\\|^(?-i:Starting|Finishing): \S",
    ),
    (
        "github",
        r"(?i)##\[group\]Run |^Run \S+/\S+@|github actions|self[- ]hosted runner|"
        # GitHub's own marks of "actions/", not the word in any path (fastlane's actions/,
        # src/actions/, Abstractions/): an action and its ref ("uses: actions/checkout@v4"),
        # GitHub's actions organisation and a run's page, an action's toolkit package, the
        # runner's folders (its _actions, actions-runner, a hosted runner's work folder).
        r"\bactions/[\w.-]+@|\bgithub(?:\.com)?/actions/|github\.com/[\w.-]+/[\w.-]+/actions/|"
        r"github-actions/|@actions/|/_actions/|/actions-runner/|/(?:home|Users)/runner/work/|"
        # The hosted Linux runner's home (Azure's hosted agents run as vsts: /home/vsts).
        r"/home/runner/",
    ),
    # What GitHub's runner and Azure's agent (its ancestor) both print: the runner's
    # timestamps, its logging commands, its dispatcher. Alone, they leave the choice open.
    (
        SHARED,
        r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z|##\[(?:group|endgroup|error|warning|debug)\]|"
        r"JobDispatcher",
    ),
)

#: The systems :data:`SHARED` stands for: a cue of either one names it.
SHARED_BY = ("github", "azure")

#: The systems that have their own place for the full log (the rest are tools).
LOG_PLACES = frozenset(name for name, _ in SYSTEM_CUES) | {"generic"}


@functools.cache
def _system_cues() -> PatternSet:
    """:data:`SYSTEM_CUES`' patterns as one set: ``match(line)`` gives the rows a line holds."""
    # Every line of a paste is looked at, and three cues hold no word to look for first
    # (a time column, a date): literal-first searched those three on each line, 5 µs a line
    # against under 1 µs for the set of the few cues, compiled at once (about a millisecond).
    return PatternSet(
        [pattern for _, pattern in SYSTEM_CUES], _OPTIONS, set_after_chars=0, literal_first_below=0
    )


def _system_of(lines: Sequence[str]) -> str:
    """The CI system ``lines`` come from: the first row of :data:`SYSTEM_CUES` that a line
    holds a cue of, else ``generic``."""
    found: set[int] = set()
    for line in dict.fromkeys(lines):  # a line repeated (blank, a progress line) says it once
        found.update(_system_cues().match(line))
    return SYSTEM_CUES[min(found)][0] if found else "generic"
