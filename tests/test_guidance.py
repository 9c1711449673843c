"""Pastes that show no cause get guidance; failures in the user's code get their own card."""

from __future__ import annotations

import importlib
import io
import json
import pkgutil
import time
from typing import Any

import pytest
import re2

from slackbot.cli import main
from slackbot.guidance import LOG_PLACES, WRAPPERS, find_guidance, looks_like_log
from slackbot.matching import Matcher, strip_decorations
from slackbot.messages import _EN, _ZH
from tests.answers import best_id
from tests.conftest import CATALOG_DIR, Bot, message_event

GITHUB_WRAPPER = (
    "2024-05-01T10:00:00.0000000Z ##[group]Run npm run build\n"
    "2024-05-01T10:00:00.1000000Z > app@1.0.0 build\n"
    "2024-05-01T10:00:01.0000000Z > next build\n"
    "2024-05-01T10:00:09.0000000Z ##[error]Process completed with exit code 1.\n"
)


def _guidance(text: str) -> tuple[str, str, str] | None:
    found = find_guidance(strip_decorations(text).split("\n"), text)
    return (found.system, found.tool, found.line) if found else None


# Four lists of cases, extended section by section below and run by the four tests at the
# end: wrapper pastes and their system and tool, logs cut before their error, pastes that
# get no guidance, and chatter that is not a log.
GUIDED: list[Any] = [
    (GITHUB_WRAPPER, "github", ""),
    (
        "Running with gitlab-runner 16.1.0\n$ make test\nERROR: Job failed: exit code 2",
        "gitlab",
        "",
    ),
    (
        "[Pipeline] sh\n+ ./gradlew build\nERROR: script returned exit code 1\nFinished: FAILURE",
        "jenkins",
        "",
    ),
    ("##[error]Bash exited with code '1'.", "azure", ""),
    ("#!/bin/bash -eo pipefail\nnpm test\n\nExited with code exit status 1", "circleci", ""),
    ('The command "npm test" exited with 1.\n\nDone. Your build exited with 1.', "travis", ""),
    (
        "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! app@1.0.0 build: `webpack`\n"
        "npm ERR! Exit status 1\nnpm ERR! Failed at the app@1.0.0 build script.",
        "generic",
        "npm",
    ),
    ("make: *** [Makefile:12: all] Error 2", "generic", "make"),
    (
        "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:test'.",
        "generic",
        "gradle",
    ),
    ("3:04:05 PM: Build script returned non-zero exit code: 2", "netlify", ""),
]


NO_GUIDANCE: list[Any] = [
    "Error: Cannot find module 'left-pad'\nError: Process completed with exit code 1.",
    "fatal: unable to access 'https://example.com/r.git/': Could not resolve host\n"
    "ERROR: Job failed: exit code 128",
    "lunch at noon?",
    "```yaml\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n```",
]


def test_a_log_cut_before_its_error_gets_guidance() -> None:
    cut = "\n".join(
        f"2024-05-01T10:00:0{i}.0000000Z Progress: resolved {i * 10}, reused 0" for i in range(6)
    )
    assert _guidance(cut) == ("github-azure", "", "")


# Each family below is written from text as the tool prints it (not from the held-out pastes).
GUIDED += [
    # Travis names the stage after "during", and leaves it empty outside the build stages.
    (
        'The command "bundle install --jobs=3 --retry=3" failed and exited with 5 during .',
        "travis",
        "",
    ),
    # bash reporting a job that died of SIGABRT: the program said why above it.
    (
        "./scripts/run-tests.sh: line 42: 18231 Aborted (core dumped) ./build/unit_tests\n"
        'The command "./scripts/run-tests.sh" exited with 134.',
        "travis",
        "",
    ),
    # @actions/exec when the process was killed by a signal.
    (
        "##[error]The process '/home/runner/.cargo/bin/cargo' failed with exit code null",
        "github",
        "",
    ),
    # DotNetCoreCLI@2's summary, with an actions/cache warning that is not the cause.
    (
        "2021-04-02T09:12:44.1234567Z ##[warning]Failed to save: Unable to reserve cache "
        "with key nuget-Linux-3f2a, another job may be creating this cache.\n"
        "2021-04-02T09:12:45.1234567Z ##[error]Dotnet command failed with non-zero exit "
        "code on the following projects : /home/vsts/work/1/s/src/Api/Api.csproj",
        "azure",
        "",
    ),
    # Prow's job runner at the end of build-log.txt.
    (
        "I1104 10:21:58.402] Call:  hack/verify-all.sh\n"
        "I1104 10:22:31.119] Finished run, return code is 1",
        "prow",
        "",
    ),
    # nektos/act, GitHub Actions run locally.
    (
        "[CI/test] ⭐ Run Main npm test\n"
        "[CI/test]   ❌  Failure - Main npm test\n"
        "Error: exit with `FAILURE`: 1",
        "act",
        "",
    ),
    # Bitrise's step summary.
    (
        "+---+---------------------------------------------------------------+----------+\n"
        "| x | xcode-test@6 (exit code: 1)                                   | 4.2 min  |\n"
        "+---+---------------------------------------------------------------+----------+",
        "bitrise",
        "",
    ),
    # make before 4.2 names the failed recipe on its own line.
    (
        "Makefile:48: recipe for target 'test' failed\nmake: *** [test] Error 2",
        "generic",
        "make",
    ),
    ("FAILURE: Build completed with 2 failures.", "generic", "gradle"),
    # Listings of runs and builds: a status column names no cause.
    (
        "ID                                    CREATE_TIME                DURATION  STATUS\n"
        "3f1c2a9e-8b7d-4e21-9a0c-5d6e7f8a9b10  2024-06-01T08:00:12+00:00  42S       FAILURE",
        "cloudbuild",
        "",
    ),
    (
        '{\n  "name": "build",\n  "status": "completed",\n  "conclusion": "failure"\n}',
        "generic",
        "",
    ),
    (
        "NAME          TYPE     FROM          STATUS   STARTED          DURATION\n"
        "api-build-7   Docker   Git@4f2a1c9   Failed   12 minutes ago   1m3s",
        "generic",
        "",
    ),
    # Notices and banners that say a failure happened, or where its error is.
    ("1> CMake generation started.\n1> Configuration failed.", "generic", ""),
    ("-- Configuring incomplete, errors occurred!", "generic", ""),
    ("Deploy pipeline: Failed to build web-frontend", "generic", ""),
    ("ERROR: Kubernetes deployment ended with HasError", "generic", ""),
    ("➤ Executing task deploy:update_code\n➤ Executing task deploy:failed", "generic", ""),
    ("### FAILED Site build 12:01:02Z (1m2.5s)", "generic", ""),
    ("#############\n#  Failure  #\n#############", "generic", ""),
    ("Please check the log above for the cause.", "generic", ""),
    ("# >>>>>>>>>>>>>>>>>>>>>> ERROR REPORT <<<<<<<<<<<<<<<<<<<<<<\n", "generic", ""),
    # A Node child-process error dumped without its message.
    ("  exitCode: 1,\n  failed: true,\n  timedOut: false,\n  killed: false,", "generic", ""),
]


CUT_BEFORE_THE_ERROR: list[Any] = [
    # The step links GitHub adds to lines copied from its log viewer.
    (
        "Run make image\n"
        "[12](https://github.com/o/r/actions/runs/1/job/2#step:4:13)Step 3/9 : RUN make deps",
        "github",
    ),
    ("2024-06-01T08:00:12.1234567Z ##[section]Starting: Initialize job", "azure"),
    ("Run actions/setup-python@v5\n  with:\n    python-version: 3.12", "github"),
    ("##[debug]Evaluating condition for step: 'Deploy'\n##[debug]Result: true", "github-azure"),
    (
        "+---+---------------------------------------------------------------+----------+\n"
        "| Release notes are available below                                            |",
        "generic",
    ),
    # A tool's progress on files and packages, a progress bar.
    (
        "removing build/bdist.linux-x86_64/wheel\n"
        "Uploading distributions to https://upload.pypi.org/legacy/\n"
        "Uploading mypkg-1.4.0-py3-none-any.whl\n"
        " 40% ━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "generic",
    ),
    (
        'time="2024-06-01T08:00:12Z" level=info msg="applying manifests"\n'
        'time="2024-06-01T08:00:13Z" level=debug msg="waiting for rollout"\n'
        'time="2024-06-01T08:00:43Z" level=debug msg="rollout: 1 of 3 updated replicas"\n'
        "Waiting for deployment spec update to be observed...",
        "generic",
    ),
    # conda's error report, cut before its traceback's last line.
    (
        "    environment variables:\n"
        "                 CIO_TEST=<not set>\n"
        "       active environment : None\n"
        "         user config file : /home/runner/.condarc",
        "github",
    ),
    # Yarn's build step: its notices and what it relays from a script's stderr.
    (
        "2023-05-02T10:00:00.0000000Z ##[group]Link step\n"
        "2023-05-02T10:00:01.0000000Z ➤ YN0007: │ app@workspace:. must be built because "
        "it never has been before or the last one failed\n"
        "2023-05-02T10:00:02.0000000Z ➤ YN0000: │ app@workspace:. STDERR npm WARN exec "
        "The following package was not found and will be installed: husky@8.0.3",
        "github-azure",
    ),
    # Gradle starting its daemon says "could not be reused": no cause.
    (
        "2024-04-17T13:59:42.8324728Z ##[section]Starting: Gradle\n"
        "2024-04-17T13:59:43.5567557Z Starting a Gradle Daemon, 2 busy Daemons could "
        "not be reused, use --status for details",
        "azure",
    ),
]


NO_GUIDANCE += [
    # The CI marks the line as an error: it is the cause, whatever its words.
    "2026-03-11T02:17:40.1100223Z ##[group]Run actions/checkout@v4\n"
    "2026-03-11T02:17:40.1523001Z Getting action download info\n"
    "2026-03-11T02:18:31.2110045Z ##[error]Response status code does not indicate "
    "success: 503 (Service Unavailable).",
    # A notice sharing its line with a cause is the cause.
    "ERROR: Service 'api' failed to build : the --mount option requires BuildKit.",
    "The failed step: Failed to build web-frontend because the cache is missing",
    "#Error: No Output Directory named 'public' found after the Build completed.",
    # A pointer to the output above, at the end of a cause.
    'error: could not compile `app` (bin "app") due to 2 previous errors; see the output above',
    # A line that only starts like a listing.
    "web-3  Failed 5 minutes ago: Cannot find module 'express'",
]


def test_a_sentence_that_mentions_an_exit_code_is_not_a_log() -> None:
    assert not looks_like_log("my job ends with exit code 1 every time, any idea?")
    assert looks_like_log("```Error: Process completed with exit code 1.```")


def test_every_system_and_tool_has_its_text_in_both_languages() -> None:
    tools = {name for name, _ in WRAPPERS} - LOG_PLACES - {"notice", "shell"}
    keys = [f"where_{name}" for name in LOG_PLACES] + [f"tool_{name}" for name in tools]
    assert [k for k in keys if k not in _EN or k not in _ZH] == []


def test_the_command_line_says_wrapper_only_and_exits_1() -> None:
    out = io.StringIO()
    code = main(
        ["--catalog", str(CATALOG_DIR), "match", "--json", "-"],
        out=out,
        stdin=io.StringIO(GITHUB_WRAPPER),
    )
    assert code == 1
    assert json.loads(out.getvalue()) == {"input": "-", "matches": [], "hint": "wrapper-only"}
    out = io.StringIO()
    main(["--catalog", str(CATALOG_DIR), "match", "-"], out=out, stdin=io.StringIO(GITHUB_WRAPPER))
    assert "View raw logs" in out.getvalue() and "above this line" in out.getvalue()


# --- failures in the user's code ---------------------------------------------------

PYTEST_LOG = """\
============================= test session starts ==============================
collected 14 items

tests/test_api.py ..F.........F.                                        [100%]

=================================== FAILURES ===================================
___________________________ test_create_user ___________________________________
E   AssertionError: assert 500 == 201
=========================== short test summary info ============================
FAILED tests/test_api.py::test_create_user - AssertionError: assert 500 == 201
FAILED tests/test_api.py::test_delete_user - KeyError: 'id'
========================= 2 failed, 12 passed in 3.21s =========================
"""


def test_a_failing_test_run_is_recognised_as_the_users_code(matcher: Matcher) -> None:
    best = matcher.match(PYTEST_LOG).best
    assert best is not None and best.entry_id == "user-code/pytest-test-failure"
    assert {
        "tests/test_api.py::test_create_user",
        "tests/test_api.py::test_delete_user",
    } <= set(best.extracted)
    assert best.as_dict()["extracted"] == list(best.extracted)


def test_an_oom_killed_test_run_is_an_oom_not_a_test_failure(matcher: Matcher) -> None:
    killed = PYTEST_LOG + "Killed\n##[error]Process completed with exit code 137.\n"
    best = matcher.match(killed).best
    assert best is not None and not best.entry_id.startswith("user-code/")


def test_channel_gets_guidance_for_a_pasted_wrapper_and_silence_for_talk(bot: Bot) -> None:
    bot.event(message_event("anyone know why CI ends with exit code 1 all the time?"))
    time.sleep(0.5)
    assert bot.fake.of("chat.postMessage") == []
    bot.event(message_event(f"our build broke:\n```{GITHUB_WRAPPER}```"))
    post = bot.fake.wait_for("chat.postMessage")[0].params
    text = json.dumps(post["blocks"])
    assert "View raw logs" in text and "30\\u201350 lines" in text


def test_the_command_gets_a_user_code_card_with_what_failed(bot: Bot) -> None:
    _, name = bot.command(PYTEST_LOG)
    card = json.dumps(bot.responses(name)[0], ensure_ascii=False)
    assert "not in CI" in card and "your project's own" in card
    assert "tests/test_api.py::test_delete_user" in card
    assert "Reproduce locally" in card


# Round 4 families, from text as the tools print it (threads and sources other than the
# held-out pastes): wrappers that name no cause, and logs cut before their error.
GUIDED += [
    # Bitrise's xcode-archive step (steps-xcode-archive#144), without the table's pipes.
    (
        "The following build commands failed:\n"
        "\tCompileSwiftSources normal armv7 com.apple.xcode.tools.swift.compiler\n"
        "(1 failure)\n"
        "You can find the last couple of lines of Xcode's build log above, but the full "
        "log is also available in the raw-xcodebuild-output.log\n"
        "Archive failed, error: exit status 65\n"
        "xcode-archive@2.4.19 (exit code: 1)",
        "bitrise",
        "xcode",
    ),
    # fastlane's gym (fastlane#4197, fastlane#13676).
    (
        "** ARCHIVE FAILED **\n"
        "ERROR [2016-06-09 12:23:41.45]: Exit status: 65\n"
        "INFO [2016-06-09 12:23:41.46]: ERROR!!!\n"
        "ERROR [2016-06-09 12:23:41.46]: Error building the application - see the log above",
        "generic",
        "xcode",
    ),
    (
        "Running xcodebuild\n  ** ARCHIVE FAILED **\n  Error: Xcodebuild action failed (65)!",
        "generic",
        "xcode",
    ),
    # BuildKit's progress: the failed step, its output cut off.
    (
        " => CACHED [3/4] RUN uv init                      0.0s\n"
        " => ERROR [4/4] RUN uv add semgrep                3.0s\n"
        "------\n"
        " > [4/4] RUN uv add semgrep:",
        "generic",
        "docker",
    ),
    (
        "ERROR: failed to solve: executor failed running [/bin/sh -c npm ci]: exit code: 1",
        "generic",
        "docker",
    ),
    # Visual Studio's summary under MSBuild's project line.
    (
        '1>Done building project "cppweb.vcxproj" -- FAILED.\n'
        "========== Build: 0 succeeded, 1 failed, 0 up-to-date, 0 skipped ==========",
        "generic",
        "msbuild",
    ),
    # Netlify's summary of a failed build, after its time prefix.
    (
        "4:01:12 PM: Failing build: Failed to build site\n"
        "4:01:12 PM: Failed during stage 'building site': Build script returned non-zero "
        "exit code: 1",
        "netlify",
        "",
    ),
    # TeamCity's .NET runner when tests failed (which ones is in the tests tab).
    (
        "Process finished with positive exit code 1 (some tests have failed). Reporting "
        "step success as all the tests have run.",
        "teamcity",
        "",
    ),
    # The tail of a wrapped exit-code line; a fastlane line with only its label.
    ("with exit code 255", "generic", ""),
    ("[13:02:08]: error", "generic", ""),
]


CUT_BEFORE_THE_ERROR += [
    # Round 73's 089: rebar3 shell cut where the shell's output begins; the Erlang shell's banner
    # ("(abort with ^G)") names no failure.
    (
        "rebar3 shell --script shell.escript\n===> Verifying dependencies...\n"
        "===> Compiling mylib\n"
        "Erlang/OTP 24 [RELEASE CANDIDATE 1] [erts-12.0] [source] [64-bit] [smp:8:8]\n\n"
        'Eshell V12.0  (abort with ^G)\n1> {"init terminat',
        "generic",
    ),
    # setup-node falling back to nodejs.org, cut before the download's end.
    (
        "Attempting to download 25...\n"
        "Not found in manifest. Falling back to download directly from Node\n"
        "Acquiring 19.9.0 - x64 from https://nodejs.org/dist/v19.9.0/node-v19.9.0-linux-x64.tar.gz\n"
        "Extracting ...",
        "generic",
    ),
    # Jenkins' declarative pipeline: CPS stack frames without their exception.
    (
        "\tat org.jenkinsci.plugins.pipeline.modeldefinition.ModelInterpreter.evaluateStage"
        "(ModelInterpreter.groovy:258)\n"
        "\tat ___cps.transform___(Native Method)\n"
        "\tat PluginClassLoader for workflow-cps//com.cloudbees.groovy.cps.impl."
        "ContinuationGroup.methodCall(ContinuationGroup.java:107)",
        "jenkins",
    ),
    # Gradle's --debug prefix before its stack frames.
    (
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] "
        "at org.gradle.launcher.Main.doAction(Main.java:33)\n"
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] "
        "at org.gradle.launcher.bootstrap.EntryPoint.run(EntryPoint.java:45)\n"
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] "
        "at org.gradle.launcher.GradleMain.main(GradleMain.java:23)",
        "generic",
    ),
    # GitHub's routing log of 2020-2021: every job that then got a runner has it.
    (
        "Can't find any online and idle self-hosted runner in current repository that "
        "matches the required labels: 'ubuntu-latest'\n"
        "Found online and idle hosted runner in current repository's account/organization "
        "that matches the required labels: 'ubuntu-latest'\n"
        "Current runner version: '2.272.0'\n##[group]Operating System",
        "github",
    ),
    # act's start-up lines.
    (
        "[CI/test] 🚀  Start image=catthehacker/ubuntu:act-latest\n"
        "[CI/test]   🐳  docker pull image=catthehacker/ubuntu:act-latest platform= username=",
        "act",
    ),
    # .NET's console logger.
    (
        "info: Microsoft.Hosting.Lifetime[0]\n"
        "      Now listening on: http://localhost:5000\n"
        "info: Microsoft.Hosting.Lifetime[0]\n"
        "      Application started. Press Ctrl+C to shut down.\n"
        "info: Microsoft.Hosting.Lifetime[0]\n"
        "      Hosting environment: Production",
        "generic",
    ),
]


NO_GUIDANCE += [
    # "Could not ..." is a tool's cause, not someone's question.
    "Could not locate Gemfile\nError: Process completed with exit code 10.",
    # A crash named by its signal.
    "The Test Runner unexpectedly exited via a exit event with signal SIGSEGV\n"
    "Error: The process '/usr/bin/npx' failed with exit code 1",
    "adb: no devices/emulators found\n"
    "The process '/usr/local/lib/android/sdk/platform-tools/adb' failed with exit code 1",
    # pytest's report header over a failed test.
    "2018-09-17T10:58:19.1541324Z ____________ test_env_flags ____________\n"
    "2018-09-17T10:58:19.1541601Z [gw0] win32 -- Python 3.5.4\n"
    "2018-09-17T10:58:19.1541733Z >       assert_popen_env(res)",
    # A cause after docker-compose's service notice stays a cause.
    "ERROR: Service 'api' failed to build : the --mount option requires BuildKit.",
]


NOT_A_LOG: list[Any] = [
    "could you look at the exit code 255 thing?",
    "Could not make it to standup, with exit code 1 on my side",
    "info: the deploy is tomorrow",
    "Browser: chrome works\nRunning: the tests again now\nSpecs: all of them",
    "note: 2 I think it is the cache\nok: 3 D days left",
]


# Round 5 families, from text as the tools print it in other threads (none of the
# held-out pastes): wrappers that name no cause, and logs cut before their error.
GUIDED += [
    # CodeBuild's phase summary (awslabs/aws-deployment-framework#471, prowler#888).
    (
        "[Container] 2022/05/09 09:36:05 Command did not exit successfully grep -Fq "
        '"Congratulations" exit status 1\n'
        "[Container] 2022/05/09 09:36:05 Phase complete: BUILD State: FAILED\n"
        "[Container] 2022/05/09 09:36:05 Phase context status code: COMMAND_EXECUTION_ERROR "
        'Message: Error while executing command: grep -Fq "Congratulations". Reason: exit '
        "status 1",
        "codebuild",
        "",
    ),
    (
        "COMMAND_EXECUTION_ERROR: Error while executing command: ./prowler "
        "$PROWLER_OPTIONS. Reason: exit status 3",
        "codebuild",
        "",
    ),
    # Jenkins' Ansible plugin after a failed play (ymcatwincities/openy#1216).
    (
        "           to retry, use: --limit @/var/lib/jenkins/reinstall.retry\n\n"
        "localhost                  : ok=17   changed=8    unreachable=0    failed=1   \n\n"
        "FATAL: command execution failed\n"
        "hudson.AbortException: Ansible playbook execution failed\n"
        "\tat org.jenkinsci.plugins.ansible.AnsiblePlaybookBuilder.perform"
        "(AnsiblePlaybookBuilder.java:227)\n"
        "\tat hudson.model.Executor.run(Executor.java:381)\n"
        "ERROR: Ansible playbook execution failed",
        "jenkins",
        "",
    ),
    # Netlify's plugin error block without its message (commercelayer-sanity-template#41).
    (
        "8:59:48 PM: ────────────────────────────────────────────────────────────────\n"
        '8:59:48 PM:   Plugin "@netlify/plugin-nextjs" failed                        \n'
        "8:59:48 PM: ────────────────────────────────────────────────────────────────\n"
        "8:59:48 PM:   Error location\n"
        '8:59:48 PM:   In "onBuild" event in "@netlify/plugin-nextjs" from netlify.toml and '
        "package.json",
        "netlify",
        "",
    ),
    # sbt's summary of a failed compile, its error above (sbt/sbt#8490, sbt/zinc#849).
    (
        "[error] stack trace is suppressed; run last Compile / compileIncremental for the "
        "full output\n"
        "[error] (Compile / compileIncremental) sbt.util.CachedCompileFailure$$anon$1: "
        "Compilation failed",
        "generic",
        "",
    ),
    (
        "[error] Compilation failed\n"
        "[error] xsbt.CachedCompiler0.handleErrors(CompilerInterface.scala:179)\n"
        "[error] xsbt.CachedCompiler0.run(CompilerInterface.scala:168)\n"
        "[error] sbt.internal.inc.AnalyzingCompiler.compile(AnalyzingCompiler.scala:86)",
        "generic",
        "",
    ),
    # A TaskRun listing: a status column (tektoncd/cli#1083).
    (
        "NAME                              SUCCEEDED   REASON   STARTTIME   COMPLETIONTIME\n"
        "github-check-pr-files-run-qvcb7   False       Failed   41m         9s",
        "generic",
        "",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # npm's debug log before its error lines (SchemaStore/schemastore#1317).
    (
        "0 info it worked if it ends with ok\n"
        "1 verbose cli [ '/usr/bin/node', '/usr/bin/npm', 'run', 'build' ]\n"
        "2 info using npm@3.5.2\n"
        "3 info using node@v8.10.0\n"
        "4 verbose run-script [ 'prebuild', 'build', 'postbuild' ]\n"
        "5 info lifecycle schemastore.org@1.0.0~prebuild: schemastore.org@1.0.0\n"
        "6 silly lifecycle schemastore.org@1.0.0~prebuild: no script for prebuild, continuing\n"
        "10 verbose lifecycle schemastore.org@1.0.0~build: CWD: /home/adar/Desktop/schemastore/src\n"
        "11 silly lifecycle schemastore.org@1.0.0~build: Args: [ '-c', 'grunt' ]",
        "generic",
    ),
    # Cloud Build's source fetch and first step (GoogleCloudPlatform/runtimes-common#29).
    (
        "FETCHSOURCE\n"
        "Fetching storage object: gs://k8s-minikube_cloudbuild/source/"
        "1476731197.78_gcr.io_gcp-runtimes_structure_test.tgz#1476727599996000\n"
        "BUILD\n"
        "Step #0: Already have image (with digest): gcr.io/cloud-builders/go\n"
        "Starting Step #0",
        "cloudbuild",
    ),
    # turbo's run header (vercel/turborepo#4933).
    (
        "• Packages in scope: @turborepo_example/bar, @turborepro/foo\n"
        "• Running build in 2 packages\n"
        "• Remote caching disabled",
        "generic",
    ),
    # semantic-release loads a plugin named "fail" in every run (semantic-release#811):
    # the release log of jack0pan/semantic-release-npm-config.
    (
        '[12:53:33 PM] [semantic-release] › ✔  Loaded plugin "success" from '
        '"@semantic-release/github"\n'
        '[12:53:33 PM] [semantic-release] › ✔  Loaded plugin "fail" from '
        '"@semantic-release/github"\n'
        "[12:53:34 PM] [semantic-release] › ✔  Allowed to push to the Git repository\n"
        '[12:53:34 PM] [semantic-release] › ℹ  Start step "verifyConditions" of plugin '
        '"@semantic-release/changelog"',
        "generic",
    ),
    # xcodebuild's signing commands, with the note it skips past (machyve/xhyve#60).
    (
        "CodeSign /Users/dad/xhyve/build/Release/xhyve (in target 'xhyve' from project "
        "'xhyve')\n"
        "    cd /Users/dad/xhyve\n"
        "    export CODESIGN_ALLOCATE=/Applications/Xcode.app/Contents/Developer/Toolchains/"
        "XcodeDefault.xctoolchain/usr/bin/codesign_allocate\n"
        "RegisterExecutionPolicyException /Users/dad/xhyve/build/Release/xhyve (in target "
        "'xhyve' from project 'xhyve')\n"
        "    cd /Users/dad/xhyve\n"
        "    builtin-RegisterExecutionPolicyException /Users/dad/xhyve/build/Release/xhyve\n"
        "note: Execution policy exception registration failed and was skipped: Error "
        'Domain=NSPOSIXErrorDomain Code=1 "Operation not permitted"',
        "generic",
    ),
    # MSBuild's detailed log (dotnet/macios#12151).
    (
        "1>\tSet Property: MtouchProjectDirectory=\n"
        '1>Target "_VerifyBuildSignature" skipped, due to false condition; '
        "('$(IsRemoteBuild)' == 'true' And '$(IsRebuild)' != 'true') was evaluated as "
        "('False' == 'true' And 'false' != 'true').\n"
        "1>Target \"AfterConnect\" skipped, due to false condition; ('$(IsRemoteBuild)' == "
        "'true') was evaluated as ('False' == 'true').",
        "generic",
    ),
    # Azure Pipelines' debug lines (semantic-release#3030): a debug line names no cause.
    (
        "##[debug]Evaluating condition for step: 'Semantic Release'\n"
        "##[debug]Evaluating: success()\n"
        "##[debug]Evaluating success:\n"
        "##[debug]=> true\n"
        "##[debug]Result: true",
        "github-azure",
    ),
]


NO_GUIDANCE += [
    # Netlify's block with its error message (commercelayer-sanity-template#41).
    '8:59:48 PM:   Plugin "@netlify/plugin-nextjs" failed\n8:59:48 PM: \n'
    "8:59:48 PM:   Error message\n"
    '8:59:48 PM:   Error: The directory "out" does not contain a Next.js production build.'
    "\n8:59:48 PM:   Error location\n"
    '8:59:48 PM:   In "onBuild" event in "@netlify/plugin-nextjs" from netlify.toml and '
    "package.json",
    # An sbt compile error above sbt's summary (sbt/sbt#8490).
    "[error] 5 |\n[error]   |^\n[error]   |')' expected, but eof found\n"
    "[error] two errors found\n[error] (Compile / compileIncremental) Compilation failed",
    # Kubernetes' reason that names a cause.
    "      Terminated:\n        Exit Code:     137\n        Reason:        OOMKilled",
]


NOT_A_LOG += [
    "2 error messages show up when I run it, 3 info lines too",
    "• run it with DEBUG=1\n• then set CI=true",
    'Task "deploy" keeps failing for me\nDONE',
]


GUIDED += [
    # gym's banner after a failed xcodebuild, with only the lane context below it (round 74's 188).
    (
        "ERROR [2018-06-19 21:20:26.52]: the full commands printed out in yellow in the above log.\n"
        "ERROR [2018-06-19 21:20:26.52]: Make sure to inspect the output above, as usually you'll "
        "find more error information there\n"
        "INFO [2018-06-19 21:20:26.52]:\n"
        "WARN [2018-06-19 21:20:26.52]: Lane Context:",
        "generic",
        "xcode",
    ),
    # fastlane's note on Xcode versions after a failed build (fastlane#15396).
    (
        "Exit status: 65\n[02:48:36]: \n"
        "[02:48:36]: Maybe the error shown is caused by using the wrong version of Xcode\n"
        "[02:48:36]: Found multiple versions of Xcode in '/Applications/'\n"
        "[02:48:36]: Make sure you selected the right version for your project\n"
        "[02:48:36]: This build process was executed using "
        "'/Applications/Xcode-11.GM.Seed.2.app'\n"
        "[02:48:36]: If you want to update your Xcode path, either\n"
        "[02:48:36]: - Specify the Xcode version in your Fastfile\n"
        '[02:48:36]: ▸ xcversion(version: "8.1") # Selects Xcode 8.1.0',
        "generic",
        "xcode",
    ),
    # Python's subprocess: the command's output is above (maskrcnn-benchmark#1277).
    (
        "subprocess.CalledProcessError: Command '['pyinstaller', '--name', 'hieyes', "
        "'--noupx', '--log-level', 'DEBUG', '--noconfirm']' returned non-zero exit status 1.",
        "generic",
        "",
    ),
]


NO_GUIDANCE += [
    # goreleaser names its cause in the error= field (G-Rath/osv-detector#97, ockam#40).
    "   ⨯ release failed after 170.51s error=scm releases: failed to publish artifacts: "
    "PATCH https://api.github.com/repos/G-Rath/osv-detector/releases/0: 404 Not Found []\n"
    "Error: The process '/opt/hostedtoolcache/goreleaser-action/1.9.0/x64/goreleaser' "
    "failed with exit code 1",
    "   • GETTING AND VALIDATING GIT STATE\n"
    "   ⨯ release failed after 0.01s error=current folder is not a git repository",
]


def test_every_wrapper_pattern_compiles() -> None:
    # The set compiles its patterns one by one when first used: check them all now.
    options = re2.Options()
    options.never_nl = True
    for _, pattern in WRAPPERS:
        re2.compile(pattern, options)


GUIDED += [
    # Yarn 2+ when a package's build script fails: the output is in build.log
    # (yarnpkg/berry#5298).
    (
        "➤ YN0000: ┌ Link step\n"
        "➤ YN0007: │ node@npm:17.9.1 must be built because it never has been before or the "
        "last one failed\n"
        "➤ YN0009: │ node@npm:17.9.1 couldn't be built successfully (exit code 1, logs can be "
        "found here: /private/var/folders/xb/l5m_35fn1097qjd6t7zqj28h0000gn/T/xfs-c56ff39c/"
        "build.log)\n"
        "➤ YN0000: └ Completed in 0s 524ms\n"
        "➤ YN0000: Failed with errors in 0s 737ms",
        "generic",
        "yarn",
    ),
    # lukka/run-cmake: CMake's exit code, then the action's summary (lukka/run-cmake#42).
    (
        "2021-02-18T05:37:47.6195870Z ⏱ elapsed: 44.722 seconds\n"
        "2021-02-18T05:37:47.6202480Z Error: \"CMake failed with error code: '1'.\n"
        "2021-02-18T05:37:47.6204080Z     at CMakeRunner.<anonymous> (/Users/runner/work/"
        "_actions/lukka/run-cmake/v3/dist/index.js:3452:31)\n"
        "2021-02-18T05:37:47.6205650Z     at Generator.next (<anonymous>)\n"
        "2021-02-18T05:37:47.6213000Z ##[error]run-cmake action execution failed: 'Error: "
        "\"CMake failed with error code: '1'.'",
        "github",
        "",
    ),
    # Gradle's release highlights name features, not causes
    # (ben-manes/gradle-versions-plugin#389).
    (
        "Welcome to Gradle 6.3!\n\nHere are the highlights of this release:\n"
        " - Java 14 support\n - Improved error messages for unexpected failures\n\n"
        "For more details see https://docs.gradle.org/6.3/release-notes.html\n\n"
        "FAILURE: Build failed with an exception.",
        "generic",
        "gradle",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # Bundler's gem list, cut before its error; a gem is named "timeout".
    (
        "→ bundle install\nFetching gem metadata from https://rubygems.org/...........\n"
        "Resolving dependencies...\nUsing rake 13.0.6\nUsing concurrent-ruby 1.1.10\n"
        "Using websocket-extensions 0.1.5\nUsing marcel 1.0.2\nUsing timeout 0.2.0\n"
        "Using strscan 3.0.1\nUsing nokogiri 1.14.0 (arm64-darwin)",
        "generic",
    ),
    # A push to Heroku cut while the buildpack runs (a Heroku Python walkthrough).
    (
        "Counting objects: 100% (9/9), done.\nDelta compression using up to 4 threads\n"
        "Compressing objects: 100% (5/5), done.\n"
        "Writing objects: 100% (5/5), 434 bytes | 434.00 KiB/s, done.\n"
        "Total 5 (delta 4), reused 0 (delta 0)\n"
        "remote: Compressing source files... done.\nremote: Building source:\nremote: \n"
        "remote: -----> Python app detected\nremote: -----> Installing SQLite3\n"
        "remote: Sqlite3 successfully installed.\n"
        "remote: -----> Installing requirements with pip",
        "heroku",
    ),
]


NO_GUIDANCE += [
    # Yarn's summary under a resolution error (solidjs/solid-start#1177).
    "➤ YN0000: · Yarn 4.0.2\n➤ YN0000: ┌ Resolution step\n"
    "➤ YN0082: │ @esbuild/android-arm64@npm:0.19.10: No candidates found\n"
    "➤ YN0000: └ Completed in 1s 720ms\n➤ YN0000: · Failed with errors in 1s 730ms",
]


NO_GUIDANCE += [
    # Bundler names the Ruby a gem needs (a jekyll user's notes); the exit code follows.
    "listen-3.2.1 requires ruby version >= 2.2.7, ~> 2.2, which is incompatible with the "
    "current version, ruby 3.1.2p20\nError: Process completed with exit code 5.",
    # GitHub's REST API rejecting a token, as `gh api` prints it (its documented body).
    '{\n  "message": "Bad credentials",\n  "documentation_url": "https://docs.github.com/rest",'
    '\n  "status": "401"\n}\nError: Process completed with exit code 1.',
    # Meson's own message about an old build directory.
    "Build directory has been generated with Meson version 0.55.0, which is incompatible "
    "with the current version 0.56.0.\nError: Process completed with exit code 1.",
]


def test_npm_skipping_fsevents_off_macos_is_no_engine_error(matcher: Matcher) -> None:
    # npm 6 on Linux and Windows skips fsevents (a serverless-wsgi demo's install log).
    text = (
        "npm WARN serverless_wsgi_django@1.0.0 No description\n"
        "npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@2.3.2 (node_modules/fsevents):\n"
        "npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.2: "
        'wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})\n\n'
        "audited 416 packages in 2.742s"
    )
    assert matcher.match(text).best is None


def test_cargo_test_failed_alone_is_a_wrapper_not_a_test_failure(matcher: Matcher) -> None:
    # A test binary that stopped without its summary (a zopfli-rs port's transcript).
    crashed = (
        "    Finished `test` profile [unoptimized + debuginfo] target(s) in 0.42s\n"
        "     Running unittests src/lib.rs (target/debug/deps/zopfli-cd8fc82fe4737983)\n"
        "error: test failed, to rerun pass `--lib`"
    )
    assert matcher.match(crashed).best is None
    assert _guidance(crashed) == ("generic", "cargo", "error: test failed, to rerun pass `--lib`")
    # The Rust book's listing 11-4: the failed test is shown, the entry still answers.
    failed = (
        "---- tests::another stdout ----\n"
        "thread 'tests::another' panicked at src/lib.rs:17:9:\nMake this test fail\n"
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\n"
        "failures:\n    tests::another\n\n"
        "test result: FAILED. 1 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; "
        "finished in 0.00s\n\nerror: test failed, to rerun pass `--lib`"
    )
    assert best_id(matcher, failed) == "user-code/cargo-test-failure"


def test_bitrise_no_archive_generated_points_to_xcodebuild() -> None:
    # bitrise-steplib/steps-xcode-archive: fail("No archive generated at: %s", archivePath).
    text = "No archive generated at: /Users/vagrant/deploy/MyApp.xcarchive"
    assert _guidance(text) == ("generic", "xcode", text)


GUIDED += [
    # Jekyll's footer under a build error, wrapped after "command" (round 75's 139).
    (
        "             ------------------------------------------------\n"
        "      Jekyll 3.9.0   Please append `--trace` to the `serve` command \n"
        "                     for any additional information or backtrace. \n"
        "             ------------------------------------------------",
        "generic",
        "",
    ),
    # ruby-packer's failed build command (round 75's 147).
    (
        '-> make -j4\nFailed running [{"CI"=>"true"}, "make -j4"]',
        "generic",
        "",
    ),
    # VS Code's Dev Containers log around a failed image build (round 75's 164).
    (
        "[2021-03-01T10:00:00.000Z] [PID 123] [5000 ms] Start: Run: docker build -f "
        "/w/.devcontainer/Dockerfile -t vsc-app /w\n"
        "[2021-03-01T10:00:09.000Z] [PID 123] [9000 ms] Failed: Building an image from the "
        "Dockerfile (this can take a while).\n"
        "[2021-03-01T10:00:09.000Z] [PID 123] [9001 ms] Command failed: docker build -f "
        "/w/.devcontainer/Dockerfile -t vsc-app /w",
        "generic",
        "docker",
    ),
    # googletest's download-at-configure idiom under the Android Gradle plugin (round 75's 203).
    (
        "/a/src/main/cpp/CMakeLists.txt : C/C++ release|x86_64 : CMake Error at "
        "/a/src/main/cpp/CMakeLists.txt:30 (message):\n"
        "  Build step for googletest failed: 2\n\n"
        "/a/src/main/cpp/CMakeLists.txt : C/C++ release|x86_64 : Configuration failed.",
        "generic",
        "cmake",
    ),
    # The tail of Ruby's crash report on macOS (round 75's 126).
    (
        "7ff850000000-7ff850200000 rw-\n7ff850200000-7ff880000000 r--\n"
        "[IMPORTANT]\nDon't forget to include the Crash Report log file under\n"
        "DiagnosticReports directory in bug reports.\n",
        "generic",
        "",
    ),
    # codesign's progress line alone, from a re-signing tool (round 75's 171).
    (
        "/var/folders/ab/T/resign/Payload/My App.app: replacing existing signature",
        "generic",
        "",
    ),
    # Maven's footer in a Jenkins bot's excerpt, cut inside its last "<br/>" (round 75's 185).
    (
        "[ERROR] After correcting the problems, you can resume the build with the command<br/>"
        "[2023-08-16T15:09:57.328Z] [ERROR]   mvn <args> -rf :app-integration-tests<br",
        "generic",
        "maven",
    ),
]


NO_GUIDANCE += [
    # Jekyll's own error above its footer is the cause.
    "  Liquid Exception: Liquid syntax error (line 3): Unknown tag 'foo' in index.html\n"
    "             ------------------------------------------------\n"
    "      Jekyll 4.2.0   Please append `--trace` to the `build` command \n"
    "                     for any additional information or backtrace. \n"
    "             ------------------------------------------------",
]


@pytest.mark.parametrize(("text", "system", "tool"), GUIDED)
def test_wrapper_lines_get_guidance_for_their_system(text: str, system: str, tool: str) -> None:
    found = _guidance(text)
    assert found is not None and found[:2] == (system, tool)


@pytest.mark.parametrize(("text", "system"), CUT_BEFORE_THE_ERROR)
def test_a_log_cut_before_its_error_gets_guidance_for_its_system(text: str, system: str) -> None:
    assert _guidance(text) == (system, "", "")


@pytest.mark.parametrize("text", NO_GUIDANCE)
def test_a_visible_cause_or_chatter_gets_no_guidance(text: str) -> None:
    assert _guidance(text) is None


@pytest.mark.parametrize("text", NOT_A_LOG)
def test_chatter_is_not_a_log(text: str) -> None:
    assert not looks_like_log(text)


CUT_BEFORE_THE_ERROR += [
    # Three lines, one a log's (the command), and no cause: `fly launch` cut before its
    # error (ml-in-barcelona/fullstack-reason-react-demo#11).
    (
        "$ fly launch\nAn existing fly.toml file was found for app fullstack-reason-react-demo\n"
        "Scanning source code\nDetected a Dockerfile app\n"
        "Created app 'fullstack-reason-react-demo-frosty-water-5063'",
        "fly",
    ),
]


NO_GUIDANCE += [
    # Causes in words the error vocabulary lacked: travis-build's brew bundle under an rvm
    # Ruby the image lacks; turbo's crash report (vercel/turbo, a hedgedoc workflow).
    "Installing Homebrew Packages\n$ rvm $brew_ruby do brew bundle --verbose "
    "--file=Brewfile.travis\nRuby ruby-2.3.4 is not installed.",
    "> Run yarn build\n> • Running build in 7 packages\n> • Remote caching enabled\n"
    "> Oops! Turbo has crashed.",
    # Three lines of configuration are not a log.
    "```yaml\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n```",
]


GUIDED += [
    # Bazel's summary of a failed action (bazelbuild/rules_rust#2728).
    (
        "(18:29:53) ERROR: C:/b/pz6fno6o/external/rules_rust/util/process_wrapper/BUILD.bazel"
        ":31:36: Compiling Rust (without process_wrapper) bin process_wrapper (6 files) "
        "[for tool] failed: (Exit 1): bootstrap_process_wrapper.bat failed: error executing "
        "Rustc command (from target @@rules_rust//util/process_wrapper:process_wrapper)",
        "generic",
        "bazel",
    ),
    # Ninja's line over a failed compile, cut before the compiler's error
    # (mapbox/mapbox-gl-native#13322).
    (
        "[114/358] Building CXX object CMakeFiles/mbgl-core.dir/src/mbgl/renderer/"
        "renderer_impl.cpp.o\nFAILED: CMakeFiles/mbgl-core.dir/src/mbgl/renderer/"
        "renderer_impl.cpp.o ",
        "generic",
        "ninja",
    ),
    # npm's debug log of a failed lifecycle script (webpack/webpack#3370): like
    # `npm ERR! app@1.0.0 build: \`cmd\``, its stack names the script, not why it failed.
    (
        "9 verbose stack Error: webpack-demo@1.0.0 dev: `webpack-dev-server --port 8086`\n"
        "9 verbose stack Exit status 1",
        "generic",
        "npm",
    ),
    (
        "9 info app@1.0.0 Failed to exec build script\n"
        "10 verbose stack Error: app@1.0.0 build: `babel-node tools/build.js`\n"
        "13 error Darwin 15.6.0",
        "generic",
        "npm",
    ),
    # Ant's chain of build files, the last line cut (brianchandotcom/liferay-portal#33888).
    (
        "/opt/dev/commands/build-common.xml:3083: The following error occurred while "
        "executing this line:\n/opt/dev/commands/build-common.xml:2414: The following "
        "error occurred while executi",
        "generic",
        "ant",
    ),
    # The Azure agent when a task's node process exits non-zero (isaacabraham/vsts-fsharp#33).
    (
        "2020-02-07T14:13:31.5475715Z ##[error]/usr/bin/dotnet failed with return code: 1\n"
        "2020-02-07T14:13:31.5476500Z ##[error]Exit code 1 returned from process: file name "
        "'/opt/myagent/externals/node/bin/node', arguments '\"/opt/myagent/_work/_tasks/"
        "FAKE5/1.0.8/runFake5.js\"'.",
        "azure",
        "",
    ),
    # MSBuild's detailed summary (Azure-Samples/active-directory-javascript-...#22); a
    # deploy notice (aws-amplify/amplify-cli#8391).
    (
        '        Done building target "Build" in project "/home/apollo/app/App.sln".-- FAILED',
        "generic",
        "",
    ),
    (
        "2021-10-08T08:18:52 [INFO]: Starting Deployment\n2021-10-08T08:18:53 [ERROR]: Failed to deploy",
        "generic",
        "",
    ),
    # GitHub's checks on a pull request (vmware-tanzu/community-edition#3157,
    # CodeTrophs/FaceID#1905).
    ("`netflify/quirky-franklin-8969be/deploy-preview - Deploy Preview cancelled `", "generic", ""),
    ("Header rules Failing after 19s — Deploy failed", "generic", ""),
    # A hosting dashboard's notice on the deployed project (dreamhunter2333/cloudflare_temp_email#466,
    # round 77's 190).
    ("部署失败\nProject had an error", "generic", ""),
]


CUT_BEFORE_THE_ERROR += [
    # Only the middle of a Ruby backtrace (actions/runner-images#9341).
    (
        "\tfrom /opt/homebrew/lib/ruby/gems/3.0.0/gems/ffi-1.16.3/lib/ffi/library.rb:94:in "
        "`ffi_lib'\n\tfrom /opt/homebrew/lib/ruby/gems/3.0.0/gems/rbnacl-7.1.1/lib/rbnacl/"
        "sodium.rb:11:in `extended'\n\tfrom /opt/homebrew/lib/ruby/gems/3.0.0/gems/"
        "rbnacl-7.1.1/lib/rbnacl/sodium/version.rb:14:in `extend'",
        "generic",
    ),
]


# Written from git's, Nix's, node-gyp's and @actions/exec's output as they print it.
CUT_BEFORE_THE_ERROR += [
    (
        "From https://github.com/acme/app\n"
        " * [new branch]      feature/login -> origin/feature/login\n"
        " * [new tag]         v1.2.0        -> v1.2.0\n"
        "   3f2a1b9..8c7d6e5  main          -> origin/main",
        "generic",
    ),
    (
        "hello> unpacking source archive /nix/store/abc-hello-2.12.tar.gz\n"
        "hello> source root is hello-2.12\n"
        "hello> patching sources",
        "generic",
    ),
    (
        "> $ node-gyp rebuild\n> gyp info it worked if it ends with ok\n"
        "> gyp info using node-gyp@9.4.0\n> gyp http GET https://nodejs.org/dist/v18.0.0/x.tar.gz",
        "generic",
    ),
    (
        "Configured git committer as 'GitHub <noreply@github.com>'\n"
        "Pull request branch 'deps/update' does not exist yet\n"
        "/usr/bin/git config --local --add http.https://github.com/.extraheader AUTHORIZATION",
        "generic",
    ),
]

NO_GUIDANCE += [
    # A Gradle task line is not an e-mail quote; a missing file that will never appear is a cause.
    "> Task :app:compileKotlin\nerror: unresolved reference: foo",
    "Configured git committer as 'GitHub'\nfatal: repository 'https://x/y.git/' does not exist",
]


# Heroku's summary of a failed buildpack compile, and git's note of the refused push
# (RocketChat/Rocket.Chat#6444, Mrigank11/embetacloud#66, ryansmith3136/nginx-buildpack#23);
# cargo's and Node's notes that a command failed, whose output is above them.
GUIDED += [
    (" !     Push rejected, failed to compile Node.js app.\n !     Push failed", "heroku", ""),
    (
        "-----> Multipack app detected\n"
        "=====> Downloading Buildpack: https://codon-buildpacks.s3.amazonaws.com/buildpacks/"
        "heroku/ruby.tgz\n\n !     Push rejected, failed to compile Multipack app\n\n"
        "To git@heroku.com:my-repo.git\n"
        " ! [remote rejected] master -> master (pre-receive hook declined)",
        "heroku",
        "",
    ),
    (
        "heroku[slug-compiler]: Slug compilation failed: failed to compile PHP (composer.json) app",
        "heroku",
        "",
    ),
    (
        "   Compiling serde v1.0.203\n"
        'error: could not compile `app` (bin "app") due to 2 previous errors',
        "generic",
        "rustc",
    ),
    ("Error: Command failed: npm ci --production -s", "generic", ""),
]


# More wrappers as their tools print them: git's refused push, Rake's sh, cargo install,
# a Jenkins pipeline relaying a downstream job, an action relaying @actions/exec, a
# pointer to a log file, Poetry's installer, xcpretty's marked summary.
GUIDED += [
    ("error: failed to push some refs to 'git@example.com:app.git'", "generic", ""),
    ("Command failed with status (1): [node_modules/.bin/webpack --config x.js...]", "generic", ""),
    (
        "error: failed to compile `cargo-machete v0.6.1`, intermediate artifacts can be "
        "found at `/tmp/cargo-installAbc`.",
        "generic",
        "rustc",
    ),
    (
        "ERROR: Propagating downstream job result: jobs/jdk11u-windows, Result: UNSTABLE",
        "jenkins",
        "",
    ),
    (
        "Error: google-github-actions/deploy-appengine failed with: The process "
        "'/opt/hostedtoolcache/gcloud/370.0.0/x64/bin/gcloud' failed with exit code 1",
        "github",
        "",
    ),
    (
        "  'cli' failed during build see 'D:\\src\\bin/logs/cli.log' for more information",
        "generic",
        "",
    ),
    (
        "Installing Poetry (2.3.1): An error occurred. Removing partial environment.",
        "generic",
        "",
    ),
    ("▸ The following build commands failed:\n▸ (1 failure)", "generic", "xcode"),
]


# Logs cut before their error, as Composer, a test runner, Travis, docker compose, docker
# pull, MSBuild and CMake print them.
CUT_BEFORE_THE_ERROR += [
    (
        "  - Installing psr/log (1.1.4): Downloading (100%)\n"
        "  - Installing monolog/monolog (2.3.5): Downloading (100%)\n"
        "  - Installing laravel/framework (v8.83.0): Downloading (100%)",
        "generic",
    ),
    ("Running 812 tests\n" + ".........................\n" * 3, "generic"),
    (
        "Worker information\nhostname: worker-org-docker.travisci.net:8c4f\nBuild system information\nBuild language: ruby",
        "travis",
    ),
    (
        "app-db-1   | 2024-01-01 LOG:  database system is ready\n"
        "app-web-1  | Starting server on :8080\n"
        "app-web-1  | Loading configuration",
        "generic",
    ),
    (
        "001c52e26ad5: Pulling fs layer\nd04b9a5bd14b: Waiting\n8065caacc434: Download complete",
        "generic",
    ),
    (
        "Microsoft (R) Build Engine version 16.11.2+f32259642\n"
        "Copyright (C) Microsoft Corporation. All rights reserved.\n"
        "Build started 1/1/2024 10:00:00 AM.",
        "generic",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # Vercel's "WARN!" lines are warnings, even when they say "unable" (vercel/vercel-sapper#61
    # shows the `builds` one next to the real failure).
    (
        "[12:00:01.100] Cloning github.com/acme/site (Branch: main, Commit: 1a2b3c4)\n"
        "[12:00:02.200] Cloning completed: 1.101s\n"
        "[12:00:02.300] WARN! Due to `builds` existing in your configuration file, the Build "
        "and Development Settings defined in your Project Settings will not apply.\n"
        "[12:00:02.400] WARN! Unable to detect the framework, falling back to the defaults.",
        "vercel",
    ),
]


# CodeQL's analyze step, ARC's container hook, Poetry's installer, Gradle's summary glued to
# its progress bar, drone-runner-kube and a build script relaying a failed command.
GUIDED += [
    (
        "CodeQLAnalysisError: Error running analysis for go: Error: The process "
        "'/opt/hostedtoolcache/CodeQL/0.0.0-20210308/x64/codeql/codeql' failed with exit code 2",
        "github",
        "",
    ),
    (
        "Error: Error: failed to run script step: command terminated with non-zero exit code: "
        "error executing command [sh -e /__w/_temp/ccaaadc0.sh], exit code 1",
        "github",
        "",
    ),
    (
        "Poetry installation failed.\n"
        "See /home/runner/work/app/app/poetry-installer-error-tjpbvdlc.log for error logs.",
        "github",  # the runner's work folder
        "",
    ),
    (
        "<-------------> 0% CONFIGURING [2s]\n> Configuring > 1/1 projectsBuild failed with an exception.",
        "generic",
        "gradle",
    ),
    (
        "step-failure: kubernetes has failed: container failed to start: id=drone-58kvq "
        "exitcode=2 reason=Error image=docker.io/library/golang:1.13-buster",
        "generic",
        "",
    ),
    (
        'Command failed to execute:  & "$CLIPATH\\dotnet" "$SDKPATH/MSBuild.dll" build.proj',
        "generic",
        "",
    ),
]


# Five lines or more of output with no cause in them, and not a pasted configuration: a log
# cut before its error (a list of loaded files, a tool's own progress format).
CUT_BEFORE_THE_ERROR += [
    (
        "146 /home/ci/.rvm/gems/ruby-2.3.0/gems/bundler-1.13.6/lib/bundler/source/git.rb\n"
        "147 /home/ci/.rvm/rubies/ruby-2.3.0/lib/ruby/2.3.0/rubygems/text.rb\n"
        "148 /home/ci/.rvm/rubies/ruby-2.3.0/lib/ruby/2.3.0/rubygems/name_tuple.rb\n"
        "149 /home/ci/.rvm/rubies/ruby-2.3.0/lib/ruby/2.3.0/rubygems/spec_fetcher.rb\n"
        "150 /home/ci/.rvm/gems/ruby-2.3.0/gems/bundler-1.13.6/lib/bundler/definition.rb",
        "generic",
    ),
]

NO_GUIDANCE += [
    "```yaml\nname: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
    "    steps:\n      - uses: actions/checkout@v4\n```",
]


# Maven's "Failed to execute goal" names the cause after the project unless that is only its
# pointer to the compiler's or the tests' output.
NO_GUIDANCE += [
    "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy "
    "(default-deploy) on project app: Failed to deploy artifacts: Could not transfer artifact "
    "com.acme:app:jar:1.0 from/to releases (https://repo.example/releases): status code: 401",
]
GUIDED += [
    (
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:"
        "compile (default-compile) on project app: Compilation failure",
        "generic",
        "maven",
    ),
    (
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0:test "
        "(default-test) on project app: There are test failures.",
        "generic",
        "maven",
    ),
]

NO_GUIDANCE += [
    # A pasted Dockerfile or program is not a log cut before its error.
    "```\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
    'RUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n```',
    "```python\nimport os\n\ndef main():\n    path = os.environ['DATA']\n"
    "    with open(path) as f:\n        print(f.read())\n\nmain()\n```",
]


#: A Django test run's traceback, cut before its exception line (held-out round 8 paste 068).
_CUT_TRACEBACK = (
    "> Traceback (most recent call last):\n"
    '> File "manage.py", line 10, in <module>\n'
    "> execute_from_command_line(sys.argv)\n"
    '> File "/usr/local/lib/python2.7/dist-packages/django/core/management/commands/test.py",'
    " line 88, in handle\n"
    "> failures = test_runner.run_tests(test_labels)\n"
)


def test_a_python_traceback_cut_before_its_exception_gets_guidance(matcher: Matcher) -> None:
    # "failures" on the frame's source line is code, not a cause.
    assert _guidance(_CUT_TRACEBACK) == ("generic", "", "")
    result = matcher.match(_CUT_TRACEBACK)
    assert result.best is None and result.hint == "wrapper-only"
    whole = _CUT_TRACEBACK + "> django.core.exceptions.ImproperlyConfigured: settings missing\n"
    assert best_id(matcher, whole) == "user-code/python-uncaught-exception"


# Held-out round 10 (after its first measurement): forms its wrapper-only pastes showed.
GUIDED += [
    # rustc when the linker failed, cut inside the note that holds the linker's command.
    (
        "error: linking with `cc` failed: exit status: 1\n  |\n"
        '  = note: "cc" "-m64" "/app/target/release/deps/proc_macro_hack-a43e.rcgu.o"',
        "generic",
        "linker",
    ),
    ("error: linking with `link.exe` failed: exit code: 1120", "generic", "linker"),
    # gcc's collect2 under a gem's native extension build (RubyGems' mkmf).
    (
        "collect2.exe: error: ld returned 1 exit status\n"
        "make: *** [Makefile:259: oj.so] Error 1\n\nmake failed, exit code 2",
        "generic",
        "linker",
    ),
    (
        "➤ YN0000: The command failed for workspaces that are depended upon by other "
        "workspaces; can't satisfy the dependency graph\n➤ YN0000: Failed with errors in 16m 44s",
        "generic",
        "yarn",
    ),
    ("+exit 1", "generic", ""),
    (
        'upload resources required for deployment for frontend: build and push the image "frontend":'
        " build Dockerfile at /path/to/Dockerfile: building image: exit status 1",
        "generic",
        "",
    ),
    ('"Exited with code exit status 1"', "circleci", ""),
]

CUT_BEFORE_THE_ERROR += [
    # Composer -vvv probing for a CA bundle, then running git (cut before its error).
    (
        "Checked CA file /etc/pki/tls/certs/ca-bundle.crt does not exist or it is not a file.\n"
        "Checked directory /etc/pki/tls/certs/ca-bundle.crt does not exist or it is not a "
        "directory.\nChecked CA file /etc/ssl/certs/ca-certificates.crt: valid\n"
        "Executing command (/var/www/html): 'git' 'branch' '-a' '--no-color'\n"
        "Executing command (/var/www/html): git describe --exact-match --tags\n"
        "Executing command (CWD): git --version",
        "generic",
    ),
    # The runner's own diagnostic log, INFO lines only.
    (
        "[WORKER 2025-04-04 19:08:32Z INFO JobServerQueue] Try to upload 1 log files or "
        "attachments, success rate: 1/1.\n"
        "[WORKER 2025-04-04 19:08:33Z INFO HostContext] Well known directory 'Bin': "
        "'/home/runner/bin'\n"
        "[WORKER 2025-04-04 19:08:34Z INFO ProcessInvokerWrapper] STDOUT/STDERR stream read "
        "finished.",
        "github",
    ),
    # A setup action's inputs (a php.ini value names "error"), cut before its output.
    (
        "2023-09-22T05:07:17.4341399Z ##[group]Run shivammathur/setup-php@v2\n"
        "2023-09-22T05:07:17.4341700Z with:\n"
        "2023-09-22T05:07:17.4341891Z   php-version: 8.4\n"
        "2023-09-22T05:07:17.4342682Z   ini-values: memory_limit=-1, error_reporting=-1, "
        "display_errors=On\n"
        "2023-09-22T05:07:17.4342988Z   tools: none",
        "github",
    ),
    # mkmf's progress in a BuildKit log: "fatal" is a directory's name.
    (
        "#10 7150.6 linking shared-object -test-/fatal/rb_fatal.so\n"
        "#10 7150.9 make[2]: Leaving directory '/usr/local/src/ruby-3.0.2/ext/-test-/fatal'\n"
        "#10 7150.9 compiling fs.c",
        "generic",
    ),
    # Python warnings and a fallback are not the cause.
    (
        "running develop\n"
        r"C:\Temp\pip-build-env\overlay\Lib\site-packages\setuptools\command\easy_install.py:144:"
        " EasyInstallDeprecationWarning: easy_install command is deprecated.\n"
        "  warnings.warn(\nrunning egg_info\nwriting cx_Freeze.egg-info\\PKG-INFO\n"
        "Cython >= 0.23.4 not found; falling back to pre-built skimage\\util\\_remap.cpp",
        "generic",
    ),
    # Vercel's build log with its times cut off by the copy ("| " left).
    (
        "Retrieving list of deployment files...\n20:13:15.716 | Looking up build cache...\n"
        "20:13:15.850 | Build Cache not found\n20:13:18.624 | Detected package.json\n"
        "20:13:18.935 | yarn install v1.22.17\n20:13:19.043 | [1/4] Resolving packages...",
        "generic",
    ),
    # A configure check that finds nothing is not the failure (waf).
    (
        "Setting top to                           : C:\\source-engine-master\n"
        "Checking for 'msvc' (C compiler)         : D:\\VC\\bin\\HostX86\\x86\\CL.exe\n"
        "Checking for program 'git'               : not found\n"
        "WARNING: will build engine for 32-bit target\n"
        "Checking if 'msvc' can target 32-bit\n"
        "Checking for program 'cl'                : D:\\VC\\bin\\HostX86\\x86\\CL.exe",
        "generic",
    ),
]

NO_GUIDANCE += [
    # An input block followed by the step's own error line.
    "Run actions/setup-node@v4\nwith:\n  node-version: 20\nerror: unable to resolve 20.x",
    # rustc's note that ends with the linker's own message.
    "error: linking with `cc` failed: exit status: 1\n  |\n"
    '  = note: "cc" "-m64" "main.o"\n'
    "  = note: /usr/bin/ld: cannot find -lssl: No such file or directory",
]


# Held-out round 11 (after its first measurement): forms its wrapper-only pastes showed.
GUIDED += [
    ("failed after 3 attempts: uv sync --locked --python 3.11 --extra dev", "generic", ""),
    (
        "failure at .github:61\nProcess completed with exit code 1.\nfailure at .github:60\n"
        "failed after 3 attempts: uv sync --locked --python 3.11 --extra all --extra dev\n"
        "warning at .github:53\n"
        "attempt 2 failed; retrying in 10s: uv sync --locked --python 3.11 --extra all",
        "generic",
        "",
    ),
    (
        "   Compiling curl-sys v0.2.0\n"
        "error: failed to run custom build command for `curl-sys v0.2.0`",
        "generic",
        "rustc",
    ),
    ("Running script 'Run Script' ** ARCHIVE FAILED **", "generic", "xcode"),
    ('"Shell command exited with exit status 48 instead of 0"', "generic", "fastlane"),
    (
        "ERROR [2017-06-28 15:35:40.11]: Error uploading ipa file, for more information see above",
        "generic",
        "fastlane",
    ),
    (
        '  2:24>Done executing task "MSBuild" -- FAILED.\n'
        '  2:24>Done building target "DispatchToInnerBuilds" in project "App.csproj" -- FAILED.',
        "generic",
        "msbuild",
    ),
    (
        "Exception is:\n[09:42:51][Gradle failure report] org.gradle.api.GradleScriptException: "
        "A problem occurred evaluating root project 'abcd'.\n"
        "[09:42:51][Gradle failure report] at org.gradle.groovy.scripts.internal."
        "DefaultScriptRunnerFactory$ScriptRunnerImpl.run(DefaultScriptRunnerFactory.java:92)",
        "generic",
        "gradle",
    ),
    (
        "12:59:29 PM: Error running command: Build script returned non-zero exit code: 1\n"
        "12:59:30 PM: Failing build: Failed to build site\n"
        "12:59:30 PM: failed during stage 'building site': Build script returned non-zero exit "
        "code: 1",
        "netlify",
        "",
    ),
    (
        "/usr/bin/xcodebuild -exportArchive -archivePath /Users/runner/work/1/s/App.xcarchive\n"
        "2024-07-03 02:55:08.526 xcodebuild[10628:48302] [MT] IDEDistribution: Command line "
        'name "development" is deprecated. Use "debugging" instead.\n'
        "##[error]Error: /usr/bin/xcodebuild failed with return code: null",
        "azure",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # GitHub's routing log of a hosted job, no failure in it.
    (
        "2020-10-21T17:32:14.7333610Z ##[section]Starting: Request a runner to run this job\n"
        "2020-10-21T17:32:15.1435496Z Can't find any online and idle hosted runner in current "
        "repository's account/organization that matches the required labels: 'ubuntu-18.04'\n"
        "2020-10-21T17:32:15.1435633Z Found online and busy hosted runners in current "
        "repository's account/organization that matches the required labels: 'ubuntu-18.04'. "
        "Waiting for one of them to get assigned",
        "github",
    ),
    # conda's solver retrying with the next index, then hanging.
    (
        "Collecting package metadata (current_repodata.json): done\n"
        "Solving environment: failed with current_repodata.json, will retry with next repodata "
        "source.\nCollecting package metadata (repodata.json): done\nSolving environment: - ",
        "generic",
    ),
    # cargo -v: the commands it runs, cut before any error.
    (
        "     Running `rustc build.rs --crate-name build_script_build --crate-type bin -g`\n"
        "     Running `target/debug/build/advapi32-sys-cfef7a1f30f1e5f6/build-script-build`\n"
        "     Running `target/debug/build/kernel32-sys-35c1a745c861d23a/build-script-build`",
        "generic",
    ),
    # A .NET stack marked as errors frame by frame (from Azure; "##[error]" is GitHub's mark
    # too, and nothing else here tells them apart).
    (
        "2018-06-05T11:33:04.7084681Z ##[error]   at System.Runtime.CompilerServices."
        "TaskAwaiter.HandleNonSuccessAndDebuggerNotification(Task task)\n"
        "2018-06-05T11:33:04.7085075Z ##[error]   at Cake.Core.CakeEngine.<RunTargetAsync>"
        "d__18.MoveNext()\n"
        "2018-06-05T11:33:04.7085480Z ##[error]--- End of stack trace from previous location "
        "where exception was thrown ---",
        "github-azure",
    ),
    # A runner's tool cache path says it is a CI log.
    (
        "bundle install\n  /opt/hostedtoolcache/Ruby/2.6.6/x64/bin/bundle config --local path "
        "/home/runner/work/app/app/vendor/bundle",
        "github",
    ),
]


NO_GUIDANCE += [
    # Go's toolchain mix-up and an undefined name say what is wrong (held-out round 12).
    "Run make build\n# runtime/internal/atomic\n"
    'compile: version "go1.14.4" does not match go tool version "go1.13.8"\n'
    "Makefile:186: recipe for target 'bin/codeGen' failed",
    "Failed to compile.\n\n./src/redux/actions/Actions.js\n"
    "  Line 146:  'addActiveApiFetch' is not defined     no-undef",
]


# Round 12's first look: wrapper forms it showed.
GUIDED += [
    (
        "> Error! Build failed\nError! Check your logs at https://app.vercel.app/_logs or run "
        "`vercel logs app.vercel.app`",
        "vercel",
        "",
    ),
    (
        "[06:11:25][Step 1/3] ** BUILD FAILED **\n[06:11:25][Step 1/3] \n"
        "[06:11:25][Step 1/3] The following build commands failed:\n"
        "[06:11:25][Step 1/3] \tCompileXIB /Users/ci/work/App/Settings.xib\n"
        "[06:11:25][Step 1/3] (1 failure)",
        "generic",
        "xcode",
    ),
    (
        "2021-10-20 10:48:34,103 [INFO] Command 00_copy_env_file succeeded\n"
        "2021-10-20 10:48:36,263 [ERROR] Command 02_install_node_dependencies (sudo npm install) "
        "failed",
        "generic",
        "",
    ),
    (
        "Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.10:test",
        "generic",
        "maven",
    ),
    (
        "Restoring /home/ci/app/app.csproj:\nRestore failed.\nPost action failed.",
        "generic",
        "",
    ),
]


NO_GUIDANCE += [
    # A tool's progress words at the end of a line do not make it progress.
    "segmentation fault while installing sharp\nError: Process completed with exit code 1.",
    "double free detected, error at src/main.c:12\nError: Process completed with exit code 2.",
]


NO_GUIDANCE += [
    # A registry's "unknown blob" is its error code, said in words (held-out round 12).
    "unknown blob\nError: Process completed with exit code 1.",
]


GUIDED += [
    # frontend-maven-plugin puts Maven's level before each of npm's lines, then relays its
    # exit status (held-out round 12 paste 079).
    (
        "[INFO] npm ERR! code 1\n[INFO] npm ERR! command failed\n"
        "[INFO] npm ERR! command sh -c react-scripts build\n"
        "Error: Failed to execute goal com.github.eirslett:frontend-maven-plugin:1.11.2:npm "
        "(npm run build) on project demo: Failed to run task: 'npm run build' failed. "
        "org.apache.commons.exec.ExecuteException: Process exited with an error: 1 "
        "(Exit value: 1)",
        "generic",
        "npm",
    ),
]


# Round 12, worked through after its first look: wrappers and notices its pastes showed.
GUIDED += [
    # Gradle's hint quoted alone, without its "> " (held-out round 12 paste 090).
    (
        "`Run with --stacktrace option to get the stack trace. Run with --info or --debug "
        "option to get more log output`",
        "generic",
        "gradle",
    ),
    # Visual Studio's summary in the IDE's language (German) and MSBuild's.
    (
        "30>------ Erstellen übersprungen: Projekt: INSTALL, Konfiguration: Release Win32 ------\n"
        "========== Erstellen: 19 erfolgreich, Fehler bei 10, 0 aktuell, 1 übersprungen "
        "==========",
        "generic",
        "msbuild",
    ),
    ("Build FAILED.\n    0 Warning(s)\n    3 Error(s)", "generic", "msbuild"),
    ("The build failed. Fix the build errors and run again.", "generic", "msbuild"),
    # The "Deploy to Heroku" button's message.
    (
        "There was an issue building your app. This can mean your app.json's project is not "
        "a valid Heroku application. Please ensure your app is deployable to Heroku and try "
        "again.",
        "heroku",
        "",
    ),
    # A Jenkins parallel branch's end and the stages it skipped.
    (
        "[Pipeline] [Base image] stage\n"
        'Stage "Docker Cloud image" skipped due to earlier failure(s)\n'
        "[Pipeline] [Base image] }\n"
        "[Base image] Failed in branch Base image\n"
        "[Pipeline] // parallel",
        "jenkins",
        "",
    ),
    # cfn-init's own traceback over a failed command (Elastic Beanstalk).
    (
        "2021-10-20 10:48:36,263 [ERROR] Command 02_install_node_dependencies "
        "(sudo npm install) failed\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.7/site-packages/cfnbootstrap/command_tool.py", line 127, '
        "in apply\n"
        '    raise ToolError(u"Command %s failed" % name)\n'
        "cfnbootstrap.construction_errors.ToolError",
        "generic",
        "",
    ),
    # Maven's closing help line under GitHub's "Error: " annotation.
    (
        "Error: Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.0.0:"
        "test (default-test) on project app: There are test failures.\n"
        "Error: For more information about the errors and possible solutions, please read "
        "the following articles:\n"
        "Error: [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/"
        "MojoFailureException",
        "generic",
        "maven",
    ),
]

GUIDED += [
    # Gradle's task exception in its stack-trace form, under Earthly's target prefix
    # (held-out round 12 paste 091).
    (
        "              +check | org.gradle.api.tasks.TaskExecutionException: Execution failed "
        "for task ':basic-tree:test'.\n\n"
        "              +check | \tat org.gradle.internal.Try$Failure.ifSuccessfulOrElse(Try.java:293)",
        "generic",
        "gradle",
    ),
    # docker-py relaying the classic builder's exit line (held-out round 12 paste 106).
    (
        "docker_client_from_env.images.build failed on BuildError: The command '/bin/sh -c "
        "pip install --no-cache-dir /src/' returned a non-zero code: 1",
        "generic",
        "docker",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # rich's traceback marks the source line that raises with "❱": code, not a cause
    # (held-out round 12 paste 136).
    (
        "│ /opt/hostedtoolcache/Python/3.10.15/x64/lib/python3.10/site-packages/_nebari │\n"
        "│ /provider/terraform.py:119 in run_terraform_subprocess                       │\n"
        "│                                                                              │\n"
        "│   118 │   if exit_code != 0:                                                 │\n"
        '│ ❱ 119 │   │   raise TerraformException("Terraform returned an error")        │\n'
        "│   120 │   return output                                                      │\n"
        "╰──────────────────────────────────────────────────────────────────────────╯",
        "generic",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # cargo relays a build script's output as warnings: cc's ToolExecError is its wrapper
    # (held-out round 13 paste 018).
    (
        "warning: 1 error generated.\nwarning: 1 error generated.\n"
        'warning: ToolExecError: Command "clang" "-O0" "--target=wasm32-unknown-unknown" "-c" '
        '"xz/src/common/tuklib_cpucores.c" with args "clang" did not execute successfully '
        "(status code exit status: 1).",
        "generic",
    ),
]

NO_GUIDANCE += [
    # An exception a Jenkins library logs at its warning level is the cause.
    "WARN: Error: hudson.AbortException: Deployment timed out. Observed related event "
    "messages:\n=== Events from ReplicationController 'foo-20' ===\nCreated pod: foo-20-b6wmt",
]


# Held-out round 13, after its first measurement: wrappers and notices its pastes showed.
GUIDED += [
    # A self-hosted runner's console (run.sh) after its timestamp (paste 001).
    (
        "2020-09-11 02:35:55Z: Running job: Build\n"
        "2020-09-11 02:36:27Z: Job Build completed with result: Failed\n"
        "2020-09-11 02:36:30Z: Running job: Build",
        "github",
        "",
    ),
    # Bazel's older action line, "failed (Exit 1)" without its colon (paste 041).
    (
        "INFO: Found 1 target...\n"
        "ERROR: /home/u/.cache/bazel/_bazel_u/d0/external/io_bazel_rules_go/BUILD.bazel:9:1: "
        "GoStdlib external/io_bazel_rules_go/js_wasm_stripped/stdlib%/pkg failed (Exit 1) "
        "linux-sandbox failed: error executing command",
        "generic",
        "bazel",
    ),
    # Maven's bare "[ERROR] Failed" where a paste is cut (paste 170).
    (
        "[INFO] BUILD FAILURE\n[INFO] Total time: 4.721 s\n[ERROR] Failed",
        "generic",
        "maven",
    ),
    # Angular's summary under esbuild's errors.
    ("Application bundle generation failed. [2.311 seconds]", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # The runner evaluating a job's settings (paste 069); Xcode's App Intents step (148).
    (
        "|Prepare all required actions\n|Getting action download info\n"
        "|Evaluate job continueOnError\n|Evaluate job timeoutMinutes\n"
        "|Download action repository 'actions/checkout@v3'",
        "github",
    ),
    (
        "2025-02-18 17:40:07.895 appintentsnltrainingprocessor[49238:883699] Parsing options "
        "for appintentsnltrainingprocessor\n"
        "2025-02-18 17:40:07.895 appintentsnltrainingprocessor[49238:883699] No AppShortcuts "
        "found - Skipping.\n"
        "GenerateTAPI /Users/p/build/xplpc.framework/xplpc.tbd (in target 'xplpc' from project "
        "'xplpc')",
        "generic",
    ),
]

NO_GUIDANCE += [
    # cargo relays a C compiler's error from a build script as a warning (round 13 paste 017).
    "   Compiling libz-sys v1.1.3\n"
    "The following warnings were emitted during compilation:\n\n"
    "warning: error: unable to create target: 'No available targets are compatible with triple "
    '"wasm32-unknown-wasi"\'\n'
    "warning: 1 error generated.\n\n"
    "error: failed to run custom build command for `libz-sys v1.1.3`",
    # Go names the cause without an error word (round 13 paste 045).
    "go: downloading github.com/kr/text v0.1.0\n"
    "package github.com/rhysd/actionlint/playground\n"
    "\timports syscall/js: build constraints exclude all Go files in /usr/lib/go/src/syscall/js",
]


# Held-out round 14, after its first measurement.
GUIDED += [
    # buildx 0.2x's "failed to build:" and build-push-action's relay (pastes 045, 137).
    (
        'ERROR: failed to build: failed to solve: process "/bin/sh -c go mod download" did not '
        "complete successfully: exit code: 2\nmake: *** [build-and-upload/api] Error 2",
        "generic",
        "docker",
    ),
    (
        "Error: buildx call failed with: ERROR: failed to build: failed to solve: process "
        '"/bin/sh -c apt-get update -qq" did not complete successfully: exit code: 100',
        "generic",
        "docker",
    ),
    # create-react-app giving up after its npm install (paste 082).
    (
        "Aborting installation.\n"
        "  npm install --save --save-exact react react-dom react-scripts has failed.",
        "generic",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # javadoc's warnings quote the source line, whatever words it holds (paste 092).
    (
        "/home/a/src/main/java/org/x/Attestation.java:154: warning: no comment\n"
        "  public Attestation(byte[] derEncoding) throws IOException, IllegalArgumentException {\n"
        "                ^\n"
        "/home/a/src/main/java/org/x/Signable.java:11: warning: no comment\n"
        "    String getMessage();\n"
        "           ^",
        "generic",
    ),
    # xcpretty's warning mark (paste 107); Jenkins' timeout step (paste 168).
    (
        "[14:18:58]: ▸ _monster.speed = 0;\n"
        "[14:18:58]: ▸ ⚠️  /Users/d/CoinCatcher/GameScene.m:728:12: 'currentContentSizeIdentifier' "
        "is deprecated: first deprecated in iOS 13.0\n[14:18:58]: ▸ ^",
        "generic",
    ),
    (
        " > git checkout -f e585783b732ae60c4147eeb8bdf2b165766da6dd\n"
        'Commit message: "Merge pull request #43 from HugoValcourt/master"\n'
        " > git rev-list --no-walk 8eaf5dc46a28fc06fb430714a30ce5ed98040fa7 # timeout=10\n"
        "[Pipeline] withEnv\n[Pipeline] {\n[Pipeline] timeout\nTimeout set to expire in 10 sec\n"
        "[Pipeline] {\n[Pipeline] sh",
        "jenkins",
    ),
]


# Held-out round 15, after its first measurement.
GUIDED += [
    # Maven's goal line in its -e stack-trace form (pastes 056, 057).
    (
        "org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal "
        "org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on "
        "project biz: Compilation failure\n"
        "    at org.apache.maven.lifecycle.internal.MojoExecutor.execute (MojoExecutor.java:215)",
        "generic",
        "maven",
    ),
    # cargo's build-script wrapper in its old form, without backticks (paste 049).
    (
        "error: failed to run custom build command for mir2wasm v0.1.0 "
        "(file:///home/a/GIT/mir2wasm)",
        "generic",
        "rustc",
    ),
    # Gradle's worker action (paste 089); pnpm's script notice (paste 067).
    ("A failure occurred while executing ...IncrementalSplitterRunnable", "generic", "gradle"),
    ("[ELIFECYCLE] Command failed", "generic", "npm"),
    # CMake's configure summary, with the -Werror flag it echoed (pastes 121, 124, 049).
    (
        "-- Building with -Werror\n-- Configuring incomplete, errors occurred!\n"
        'See also "D:/Progetti/build/CMakeFiles/CMakeError.log".',
        "generic",
        "",
    ),
    ("Error in configuration process, project files may be invalid.", "generic", ""),
    # Xcode's package resolution summary; a pull request's CircleCI check (pastes 152, 143).
    ("Resolving Package Graph Failed", "generic", ""),
    ("ci/circleci: test_instrumented — Your tests failed on CircleCI", "circleci", ""),
]

NO_GUIDANCE += [
    # A cause without an error word: a plugin that refuses the app's buildpacks (round 4 paste
    # 182); Ruby's crash report (round 10 paste 072).
    "[ERROR] Failed to execute goal com.heroku.sdk:heroku-maven-plugin:2.0.7:deploy (default-cli)"
    " on project api: Failed to deploy application: Your buildpacks do not contain the "
    "heroku/jvm buildpack!",
    "-- C level backtrace information -------------------------------------------\n"
    "C:\\Windows\\SYSTEM32\\ntdll.dll(ZwWaitForSingleObject+0x14) [0x00007ffd8e39f714]",
]

NO_GUIDANCE += [
    # Visual Studio's summary of a build with no failed project is not a failure notice.
    "========== Build: 1 succeeded, 0 failed, 0 up-to-date, 0 skipped ==========",
]


# Round 15, after its measurement: a status line that says only that a step failed, and
# logs cut before their error with no mark only a log has (two lines are enough when they
# are not a pasted configuration or program).
GUIDED += [
    # A workflow's step list as a bot comments it (round 13 paste 154).
    ("Trigger deploy - Failed", "generic", ""),
    # A bot's heading over a pull request's failed test job (round 14 paste 070).
    ("## :broken_heart: Tests Failed", "generic", ""),
    ("**(tests) - serverless-workflow-examples job** `#350` was: **FAILURE**", "generic", ""),
    ("Failed to build static storybook package", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # pip -v's candidate links (round 15 paste 007), shortened.
    (
        "Found link https://files.pythonhosted.org/packages/aa/1a/pip-19.2.2.tar.gz "
        "(from https://pypi.org/simple/pip/), version: 19.2.2\n"
        "Found link https://files.pythonhosted.org/packages/30/db/pip-19.2.3-py2.py3-none-any.whl "
        "(from https://pypi.org/simple/pip/), version: 19.2.3",
        "generic",
    ),
    # terraform apply's progress on a resource (round 15 paste 110).
    (
        "module.kubernetes.terraform_data.synchronize_manifests: Creating...\n"
        "module.kubernetes.terraform_data.synchronize_manifests: Provisioning with "
        "'local-exec'...\n"
        "module.kubernetes.terraform_data.synchronize_manifests (local-exec): Start "
        "synchronizing Kubernetes manifests",
        "generic",
    ),
    # CMake Tools' output channel in VS Code (round 15 paste 120), its first lines.
    (
        "[main] Configuring project: project\n"
        '[proc] Executing command: "C:/Program Files/CMake/bin/cmake.exe" -SC:/dev/project\n'
        "[cmake] -- The C compiler identification is MSVC 19.29.30154.0",
        "generic",
    ),
]

NO_GUIDANCE += [
    # One quoted line is the message someone found worth quoting: no guidance.
    '"no buildable Go source files in /home/control/Desktop/...."',
    # Causes in words the error vocabulary lacked (round 12 pastes 006, 143, 098).
    "`gh release create v1.2.0`\n`a release with the same tag name already exists`",
    "We weren't able to start this workflow.\nThe following jobs are unreachable: build",
    "2023-01-20 19:36:52.715 xctest[84842:215204] The bundle “FooTests.xctest” couldn’t be "
    "loaded. Try reinstalling the bundle.\n2023-01-20 19:36:52.715 xctest[84842:215204] done",
    # A TAP runner's failed test (round 8 paste 083).
    "not ok 1066 parallel/test-vm-sigint\n  ---\n  duration_ms: 0.348",
    # A pasted configuration, two lines of it, is no log.
    "jobs:\n  build:",
]

GUIDED += [
    # maven-invoker-plugin's summary (round 15 paste 080); the cmake crate's panic in a
    # build script (round 15 paste 044); a notice padded with spaces (round 15 paste 019).
    (
        "[INFO] Build Summary:\n[INFO]   Passed: 14, Failed: 1, Errors: 0, Skipped: 0\n"
        "[ERROR] The following builds failed:\n[ERROR] *  compare-mono/pom.xml\n"
        "[INFO] BUILD FAILURE",
        "generic",
        "maven",
    ),
    (
        "thread 'main' panicked at '\ncommand did not execute successfully, got: exit code: 1\n\n"
        "build script failed, must exit now', C:\\Users\\User\\.cargo\\registry\\src\\"
        "github.com-1ecc6299db9ec823\\cmake-0.1.21\\src\\lib.rs:605",
        "generic",
        "",
    ),
    ("Error: failed to build ELF binary: build process failed          ", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # docker history's placeholder names nothing missing (round 15 paste 097), shortened.
    (
        "createdAt:2025-03-24T15:41:11Z; layerSize:0B; createdBy:WORKDIR /app; layerId:<missing>\n"
        "createdAt:2025-03-24T15:41:11Z; layerSize:39.1MB; createdBy:COPY /app/publish . "
        "# buildkit; layerId:<missing>",
        "generic",
    ),
]

# Round 16, after its measurement.
GUIDED += [
    # A build script pointing to its own log (paste 080); git's lines after a submodule's
    # clone error (pastes 133, 138); a bot's comments on a failed build (pastes 121, 141).
    ("> ** ERROR with Build - Check /tmp/openssl*.log", "generic", ""),
    ("fatal: Failed to recurse into submodule path 'middleware'", "generic", ""),
    (
        "fatal: clone of 'https://github.com/nullgemm/ctypes.git' into submodule path "
        "'/tmp/ly/sub/ctypes' failed",
        "generic",
        "",
    ),
    ("The build is still failing:", "generic", ""),
    (
        "@aliartiza75 Yikes! You better fix it before anyone else finds out! [Build 1]"
        "(https://jenkins.release.stakater.com/job/stakater/job/Playbook/job/PR-41/1/) has Failed!",
        "jenkins",
        "",
    ),
    # A results table that counts no failure under a bot's "Build Failed" (paste 085).
    ("## :broken_heart: Build Failed\n| Test | Results |\n| Failed       | 0  |", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # Nix's build of CPython cut after its test command: --timeout= is an option (paste 016).
    (
        "cpython-3.13> LD_LIBRARY_PATH=/build/Python-3.13.0b1 ./python -m test --pgo --timeout=\n"
        "cpython-3.13> Using random seed: 3630533237\n"
        "cpython-3.13> 0:00:00 load avg: 2.53 Run 44 tests sequentially",
        "generic",
    ),
]

NO_GUIDANCE += [
    # A traceback pasted without the source lines under its frames: the exception is the
    # cause (paste 003); the linker's architecture mismatch (paste 114).
    'File "D:\\a\\MisakaNet\\MisakaNet\\scripts\\adopt_pr.py", line 1193, in main\n'
    "  print(plan.render())\n"
    'File "C:\\hostedtoolcache\\windows\\Python\\3.12.10\\x64\\Lib\\encodings\\cp1252.py", '
    "line 19, in encode\n"
    "UnicodeEncodeError: 'charmap' codec can't encode character …",
    "ld: building for iOS Simulator, but linking in object file (/Users/me/Pods/MLKitTranslate."
    "framework/MLKitTranslate) built for iOS, file '/Users/me/Pods/MLKitTranslate'\n"
    "clang: error: linker command failed with exit code 1 (use -v to see invocation)",
]

GUIDED += [
    # App Store Connect's headline alone: the validation errors under it give the reason
    # (round 16 paste 158).
    ("Asset Validation Failed", "generic", ""),
]

# Round 17, after its measurement.
GUIDED += [
    # Ansible's end of a play (paste 038); node-pre-gyp relaying nw-gyp (paste 046); Maven's
    # reactor line behind Vagrant's machine name (paste 084); Travis's older form in Markdown
    # italics (paste 092); gym's summary raised from fastlane_core (paste 105); a count of the
    # packages that failed to build (paste 161).
    ("FATAL: all hosts have already failed -- aborting", "generic", ""),
    (
        "Failed to execute 'nw-gyp.cmd build --runtime=node-webkit --target=0.13.0-rc3 "
        "--module=C:\\Users\\cgeek\\wotb\\lib\\binding\\Release\\wotb.node' (1)",
        "generic",
        "",
    ),
    (
        "==> default: [INFO] Apache CloudStack Plugin - Hypervisor OracleVM3 ... FAILURE [6.981s]",
        "generic",
        "maven",
    ),
    (
        '_The command "eval mvn install -DskipTests=true -Dmaven.javadoc.skip=true -B -V " '
        "failed._",
        "travis",
        "",
    ),
    (
        "/Users/me/.fastlane/bin/bundle/lib/ruby/gems/2.2.0/gems/fastlane-2.62.1/fastlane_core/"
        "lib/fastlane_core/ui/interface.rb:153:in `build_failure!': [!] Error building the "
        "application - see the log above (FastlaneCore::Interface::FastlaneBuildFailure)",
        "generic",
        "xcode",
    ),
    ("217 packages built OK, 0 skipped, and 57 failed build", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # MSBuild's detailed log deciding to run a target names nothing missing (paste 078).
    (
        '5:12>Target "CoreCompile: (TargetId:66)" in file "d:\\j\\Microsoft.CSharp.'
        'CurrentVersion.targets" from project "d:\\j\\Microsoft.Build.Framework.csproj":\n'
        '                   Building target "CoreCompile" completely.\n'
        '                   Output file "d:\\j\\bin\\obj\\Microsoft.Build.Framework.dll" does '
        "not exist.",
        "generic",
    ),
]

# Round 18, after its measurement.
GUIDED += [
    ("See the console output logs from vcpkg for more information on the failure.", "generic", ""),
    (
        'lerna ERR! lifecycle "prepublish" errored in "@noworkflow/nbextension", exiting 1',
        "generic",
        "",
    ),
    ("[13:11:45] 'buildTsc' errored after 13 s", "generic", ""),
    (
        " => => # An error occurred while installing python-openstackclient! Will try again.",
        "generic",
        "",
    ),
    (
        "ERROR: Command errored out with exit status 1: /usr/local/bin/python "
        "/usr/local/lib/python3.8/site-packages/pip install --ignore-installed --no-user",
        "generic",
        "",
    ),
    (
        "2016-11-30 17:52:56,569 failed to build (returncode 1), see C:\\ModOrganizerDev\\build\\"
        "boost_1_60_0\\stdout.log and C:\\ModOrganizerDev\\build\\boost_1_60_0\\stderr.log",
        "generic",
        "",
    ),
    (
        'ERROR: build step 1 "us-east4-docker.pkg.dev/serverless-runtimes/utilities/preparer:'
        'base_20260120_18_04_RC00" failed: step exited with non-zero status: 100',
        "cloudbuild",
        "",
    ),
    ("[main] Error(s) when configuring the project", "generic", ""),
    (
        "/Users/me/.rvm/gems/ruby-2.7.7/gems/fastlane-2.212.1/fastlane_core/lib/fastlane_core/ui/"
        "interface.rb:153:in `shell_error!': Shell command exited with exit status 1 instead of 0. "
        "(FastlaneCore::Interface::FastlaneShellError)",
        "generic",
        "fastlane",
    ),
    (
        "2020-03-22T08:19:16.796+0000 [ERROR] [org.gradle.internal.buildevents."
        "BuildExceptionReporter] Execution failed for task ':cli:linkDebugTestLinux'.",
        "generic",
        "gradle",
    ),
    ('time="2018-05-17T07:49:32Z" level=error msg="exit status 127"', "generic", ""),
]

GUIDED += [
    # Terraform's note under a plan and npm-debug.log's silly lines name no cause, whatever
    # their words (pastes 103, 005): the exit-code line is all there is.
    (
        "Note: You didn't use the -out option to save this plan, so Terraform can't\n"
        "Error: Process completed with exit code 1.",
        "github",
        "",
    ),
    (
        "809 silly install resolved deprecated: '^0.0.1',\n"
        "Error: Process completed with exit code 1.",
        "github",
        "",
    ),
]

NO_GUIDANCE += [
    # Lines that name no cause only as a whole line: a Ruby frame ending a message, and
    # MSBuild's "Output file" note quoted after an error label, still name their causes.
    "NoMethodError: undefined method `name' for nil at app.rb:3:in `foo'\n"
    "Error: Process completed with exit code 1.",
    'Error: Output file "bin/app.dll" does not exist.\nError: Process completed with exit code 1.',
]

# Lines that name no cause although they hold an error word, each above a wrapper line that
# is all the paste shows (rounds 3, 10, 16 and 18).
GUIDED += [
    (f"{line}\nError: Process completed with exit code 1.", "github", "")
    for line in (
        "log4j:WARN No appenders could be found for logger (org.apache.commons.httpclient).",
        "6b772acdb3a3: Layer already exists",
        "No cached dependencies found. Cloning fresh repo",
        "198:24  Warning: Unexpected any. Specify a different type.  no-explicit-any",
        "echo Agent pid 3348 killed;",
        "[ERROR] of the errors, re-run Maven with the -e switch.",
        "Installing initially failed dependencies...",
    )
]

# Round 18, second pass.
GUIDED += [
    # Maven's footer as Jenkins relays it, with no goal line above (paste 135).
    (
        "[ERROR] After correcting the problems, you can resume the build with the command\n"
        "[ERROR]   mvn <args> -rf :application-server-integration-tests\n"
        "script returned exit code 1",
        "jenkins",
        "maven",
    ),
    # BuildKit's header over the Dockerfile excerpt it quotes (paste 149).
    (
        " Error  Dockerfile:6\n --------------------\n"
        "    6 | >>> RUN pip install --no-cache-dir -r requirements.txt\n"
        ' error: failed to solve: process "/bin/sh -c pip install --no-cache-dir -r '
        'requirements.txt" did not complete successfully: exit code: 1',
        "generic",
        "docker",
    ),
    # CodeBuild's phase line with microseconds; the buildspec's own echo (paste 158).
    (
        'echo "Stack files were not generated. Please check build logs for a validation '
        'error." 1>&2;\nexit status 1\n'
        "[Container] 2023/12/05 22:57:26.498159 Phase complete: POST_BUILD State: FAILED",
        "codebuild",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # npm-debug.log's silly lines dumping a package's manifest (paste 005); BuildKit's plain
    # progress behind a log viewer's stream letter (paste 119).
    (
        "809 silly install resolved     bin: { gulp: './bin/gulp.js' },\n"
        "809 silly install resolved     dependencies:\n"
        "809 silly install resolved      { archy: '^1.0.0',\n"
        "809 silly install resolved        chalk: '^1.0.0',",
        "generic",
    ),
    (
        "v: 2019-02-28T15:37:48Z [5/13] COPY requirements.txt   .\n"
        "v: 2019-02-28T15:37:48Z [6/13] RUN chown -R app /home/app\n"
        "v: 2019-02-28T15:37:48Z [7/13] RUN pip install --user -r requirements.txt",
        "generic",
    ),
]
NO_GUIDANCE += [
    # The cause above the footer still counts; an echo is not a log's message but what the
    # script's run printed is.
    "[ERROR] Failed to execute goal on project app: Could not resolve dependencies\n"
    "[ERROR] After correcting the problems, you can resume the build with the command",
    'echo "deploying"\ndeploying\nError: connect ECONNREFUSED 127.0.0.1:5432',
]
CUT_BEFORE_THE_ERROR += [
    # Packer's builder name before Chef's timestamped lines (round 13 paste 100).
    (
        "    docker: [2016-04-15T19:01:30+00:00] INFO: bash[install ruby] ran successfully\n"
        "    docker: [2016-04-15T19:01:30+00:00] INFO: directory[/var/www] created directory "
        "/var/www\n"
        "    docker: [2016-04-15T19:01:30+00:00] INFO: directory[/var/www] owner changed to 1000",
        "generic",
    ),
]

# Round 19, after its measurement.
GUIDED += [
    # cmake4eclipse (paste 145); CMake's generate step (paste 147); Expo's classic build
    # service (pastes 106, 107); Flutter's pod install and Codemagic's summary (paste 121);
    # cordova-ios (paste 166); exec-maven-plugin (paste 151); fastlane's FastlaneError
    # (paste 168); gitlab-ci-local's job line (paste 104).
    (
        "Buildfile generation error occurred..\n"
        "cmake exited with status 1. See CMake console for details.\nBuild stopped..",
        "generic",
        "cmake",
    ),
    (
        "-- Generating done\n"
        "CMake Generate step failed.  Build files cannot be regenerated correctly.",
        "generic",
        "",
    ),
    (
        "[exp] ============\n[exp] Build Status\n[exp] ============\n"
        "[exp] Android: There was an error with this build.",
        "generic",
        "",
    ),
    (
        "Turn off this advice by setting config variable advice.detachedHead to false\n"
        "Error running pod install\nBuild failed :|\nFailed to build for iOS",
        "generic",
        "cocoapods",
    ),
    ("** BUILD FAILED **\nError code 65 for command", "generic", "xcode"),
    (
        "[ERROR] Command execution failed.\n"
        "org.apache.commons.exec.ExecuteException: Process exited with an error: 1 (Exit "
        "value: 1)\n"
        "    at org.apache.commons.exec.DefaultExecutor.executeInternal (DefaultExecutor.java:404)",
        "generic",
        "maven",
    ),
    (
        "ERROR [2016-06-07 13:48:09.68]: fastlane finished with errors\n"
        "/Users/u/.rvm/gems/ruby-2.0.0/gems/fastlane_core-0.46.2/lib/fastlane_core/ui/"
        "interface.rb:139:in `user_error!': [!] Error building the application - see the log "
        "above (FastlaneCore::Interface::FastlaneError)",
        "generic",
        "fastlane",
    ),
    (
        "initial-build-hello               starting docker:latest (build)\n"
        " FAIL  initial-build-hello\npipeline finished in 743 ms",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # PHPCI's Monolog lines, cut inside composer's install (paste 014).
    (
        '[2014-03-05 17:53:09] RunCommand.INFO: echo Agent pid 3096 killed; {"buildID":"10"} []\n'
        '[2014-03-05 17:53:09] RunCommand.INFO: RUNNING PLUGIN: composer {"buildID":"10"} []\n'
        "[2014-03-05 18:04:00] RunCommand.INFO: Installing dependencies (including require-dev) "
        '{"buildID":"10"} []',
        "generic",
    ),
]
NO_GUIDANCE += [
    # jest's FAIL line names a test file; Monolog's prefix does not hide the error after it.
    " FAIL  src/App.test.js\n  ● renders the header",
    "[2014-03-05 18:04:00] RunCommand.INFO: fatal: could not read Username for "
    '\'https://github.com\': No such device or address {"buildID":"10"} []\n'
    '[2014-03-05 18:04:01] RunCommand.INFO: PLUGIN STATUS: FAILED {"buildID":"10"} []',
]
GUIDED += [
    # Composer relaying a failed post-autoload-dump script (paste 040).
    (
        "> @php artisan ide-helper:generate\n"
        "Script @php artisan ide-helper:generate handling the post-autoload-dump event returned "
        "with error code 1",
        "generic",
        "composer",
    ),
]
GUIDED += [
    # A deprecation notice's continuation names no cause, whatever words it has (paste 040).
    (
        "WARNING: Failed to pull manifest by the resolved digest. This registry does not\n"
        "pull by tag.  This fallback is DEPRECATED, and will be removed in a future\n"
        "Script @php artisan ide-helper:generate handling the post-autoload-dump event returned "
        "with error code 1",
        "generic",
        "composer",
    ),
]
NO_GUIDANCE += [
    "error: invalid command 'test' (removed in setuptools 72.0.0)\n"
    "Error: Process completed with exit code 1.",
]

# Round 20, after its measurement.
GUIDED += [
    # Ninja's line over a failed link (paste 138); BitBake's task failure (paste 016); bors'
    # notice (paste 013).
    (
        "[766/873] Linking CXX executable dump-shortcuts/dump-shortcuts\n"
        "FAILED: dump-shortcuts/dump-shortcuts \n"
        ": && /usr/bin/c++ -Werror -O3 -DNDEBUG -o dump-shortcuts/dump-shortcuts",
        "generic",
        "ninja",
    ),
    (
        "| runtime/cgo\n| strconv\n"
        "ERROR: golang.org-lib-native-20190724-r0 do_compile: Function failed: do_compile (log "
        "file is located at /build/tmp/work/x86_64-linux/temp/log.do_compile.1234)",
        "generic",
        "",
    ),
    ("> [image: :broken_heart:] Test failed - cargo-linux-64", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # A URL's path names no cause, whatever words it has (paste 124).
    (
        "Download https://repo.maven.apache.org/maven2/com/google/errorprone/"
        "error_prone_annotations/2.1.2/error_prone_annotations-2.1.2.jar\n"
        "Download https://repo.maven.apache.org/maven2/com/google/guava/guava/24.1-jre/"
        "guava-24.1-jre.jar\n"
        "Installing component app-engine-java",
        "generic",
    ),
]
NO_GUIDANCE += [
    "fatal: unable to access 'https://github.com/acme/app.git/': The requested URL returned "
    "error: 403\nError: Process completed with exit code 128.",
]

# Round 21, after its measurement.
GUIDED += [
    # Ninja over a failed link of an .exe (paste 152), its command line under it (paste 147);
    # BuildKit's failed step without its arrow (paste 129); MSBuild's task that logged nothing
    # (paste 127); Pulumi's summary (paste 104).
    (
        "FAILED: NRC-HPM-Renderer.exe \n"
        ": && /usr/bin/clang++ -stdlib=libc++ -fPIC -Werror=date-time -o NRC-HPM-Renderer.exe",
        "generic",
        "ninja",
    ),
    (
        'ERROR [build 14/18] RUN dotnet test "/src/tests/App.Tests/App.Tests.csproj" 6.9s',
        "generic",
        "docker",
    ),
    (
        "C:\\Program Files\\dotnet\\sdk\\3.1.402\\Microsoft.TestPlatform.targets(32,5): error "
        'MSB4181: The "Microsoft.TestPlatform.Build.Tasks.VSTestTask" task returned false but did '
        "not log an error.",
        "generic",
        "msbuild",
    ),
    ("    error: preview failed", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # MSBuild echoing cl's command line (paste 149); wercker's push of a layer (paste 131).
    (
        "19>cl /c /IC:\\Projects\\caffe2\\build /Zi /W3 /WX- /O2 /D NDEBUG /EHsc "
        "speed_benchmark.cc\n"
        "19>  speed_benchmark.cc\n"
        "Image already exists: 0d4dd160200b",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A logger's bracketed thread name is not BuildKit's step.
    "ERROR [main] o.a.k.c.NetworkClient: Connection to node -1 could not be established.",
]
GUIDED += [
    # gym's summary raised as FastlaneBuildFailure, cut inside the class name (round 17).
    (
        "/gems/fastlane-2.62.1/fastlane_core/lib/fastlane_core/ui/interface.rb:153:in "
        "`build_failure!': [!] Error building the application - see the log above "
        "(FastlaneCore::Interface::FastlaneBuildFailu",
        "generic",
        "xcode",
    ),
]
# Round 22: wrappers of setuptools, rake, Symfony's Process, npm-debug.log, Chef, ruby-build,
# Vagrant's Ansible, .NET source-build, a Cloud Build bot, Rust's x.py.
GUIDED += [
    ("  error: command 'x86_64-linux-gnu-gcc' failed with exit status 1", "generic", ""),
    ("rake aborted!\nCommand failed with status (127): [cargo build --release...]", "generic", ""),
    (
        "  [Symfony\\Component\\Process\\Exception\\ProcessFailedException]\n"
        "  The command \"'make'\" failed.",
        "generic",
        "",
    ),
    (
        '505 error `sh "-c" "node-gyp rebuild"` failed with 1\n'
        "506 error Failed at the bcrypt@0.7.0 install script.",
        "generic",
        "npm",
    ),
    ("Error executing action `run` on resource 'execute[ruby-build[2.3.0]]'", "generic", ""),
    ("BUILD FAILED (CentOS Linux 7 using ruby-build 20160228)", "generic", ""),
    (
        "Ansible failed to complete successfully. Any error output should be visible above. "
        "Please fix these errors and try again.",
        "generic",
        "",
    ),
    ("  'runtime' failed during build.", "generic", ""),
    (
        "Cloud Build cloud-build-samples-testing 7b76c387-2e0a-47ee-9999-be5ed6dbdc20 "
        "status: **FAILURE**",
        "cloudbuild",
        "",
    ),
    ("RuntimeError: failed to run: /build/bootstrap/debug/bootstrap install -v", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # Terraform's trace and debug lines, logrus below warning, a buildpack's warnings.
    (
        '2018/03/28 17:06:32 [TRACE] dag/walk: upstream errored, not walking "module.iam.var.ids"\n'
        '2018/03/28 17:06:32 [TRACE] dag/walk: upstream errored, not walking "module.api.var.arn"\n'
        "2018/03/28 17:06:32 [DEBUG] File doesn't exist, but doesn't need to. Ignoring.",
        "generic",
    ),
    (
        'time="2020-09-15T14:40:50Z" level=warning msg="invalid non-bool value for '
        'BUILDX_NO_DEFAULT_LOAD: "\n#15 exporting to image\n#15 exporting layers 5.1s done',
        "generic",
    ),
    (
        "   -----> Installing go 1.14.1\n"
        "          **WARNING** vendor/ directory does not exist.\n"
        "          **WARNING** Installing package '.' (default)",
        "generic",
    ),
]
NO_GUIDANCE += [
    # An error at logrus' error level is a cause.
    # Ruby's crash report on a runner path (round 22 paste 003).
    "/home/runner/work/app/app/vendor/bundle/gems/ffi-1.13.1/lib/ffi/library.rb:112: [BUG] Illegal "
    "instruction at 0x00007f739c7ecf00 ruby 2.6.3p62 (2019-04-16 revision 67580) [x86_64-linux]",
    'time="2020-09-15T14:40:48Z" level=info msg="starting build"\n'
    'time="2020-09-15T14:40:49Z" level=info msg="loading context"\n'
    'time="2020-09-15T14:40:50Z" level=error msg="failed to solve: rpc error: code = Unknown"',
]
# Round 23: tox 3's summary, a gate bot's and a build script's notices, Travis retrying, a
# runner's summary of targets, the process wrapper cut inside its path, a bot's CI state.
GUIDED += [
    ("ERROR:   py27: commands failed", "generic", ""),
    ("Build in pipeline check aborted.", "generic", ""),
    # "... failed with exit code N" is Azure's task wrapper too, which names the system.
    ("Build failed with exit code 1. Check errors above.", "github-azure", ""),
    ('The command "./gradlew assemble" failed. Retrying, 2 of 3.', "travis", ""),
    ("SUMMARY: Total: 1 targets, Passed: 0, Failed: 1.", "generic", ""),
    ("Error: The process '/opt/hostedtool", "github-azure", ""),
    ("#### :red_circle: CI State: FAILURE", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # An environment dump, package.json's default test script, BuildKit's and pnpm's warnings,
    # a JSON log line at warn level.
    (
        "NPM_CONFIG_LOGLEVEL=error\nNODE_ENV=production\n"
        '"test": "echo \\"Error: no test specified\\" && exit 1"',
        "generic",
    ),
    (
        "#9 [internal] load metadata for ghcr.io/pipe-cd/piped-base:v0.1\n"
        "=> WARN: InvalidBaseImagePlatform: Base image ghcr.io/pipe-cd/piped-base was pulled "
        "with platform linux/amd64 0.1s\n"
        "test/data/package-json/v1 | WARN deprecated react-dom@16.2.0",
        "generic",
    ),
    (
        'server-1 | {"level":"warn","error":"sql: no rows in result set","time":"2023-03-28"}\n'
        'server-1 | {"level":"info","message":"starting"}\n'
        'server-1 | {"level":"debug","message":"ready"}',
        "generic",
    ),
]
NO_GUIDANCE += [
    # A JSON log line at error level is a cause.
    'server-1 | {"level":"info","message":"starting"}\n'
    'server-1 | {"level":"info","message":"ready"}\n'
    'server-1 | {"level":"error","error":"sql: connection refused","time":"2023-03-28T20:50:04Z"}',
]
# Round 24: frontend-maven-plugin relaying npm, the GitHub pull request builder's status, a row
# of gh run list, cargo's old capitalised summary, rake aborted after a spec run's dots.
GUIDED += [
    (
        "[ERROR] Failed to execute goal com.github.eirslett:frontend-maven-plugin:1.12.1:npm "
        "(Build) on project operaton-webapp-root: Failed to run task: 'npm run build' failed.",
        "generic",
        "maven",
    ),
    (
        "Setting status of 2d8688caa553e856f2d87c91b3c04d872328a8b6 to FAILURE with url "
        "http://jenkins.example.org/job/PRs/10/ and message: Merged build finished.",
        "jenkins",
        "",
    ),
    ("completed  failure  v1.0.0  23586143411  4s", "github", ""),
    ("[00:52:03] error: Could not compile `cargo`.", "generic", "rustc"),
    ("...rake aborted!", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # rake --trace's task lines and GoReleaser's skipped steps name no cause; a JSON log line
    # at warn level after syslog's prefix.
    (
        "** Invoke db:abort_if_pending_migrations (first_time)\n"
        "** Invoke environment (first_time)\n"
        "** Execute environment",
        "generic",
    ),
    (
        "   • snapshotting\n      • pipe skipped error=not a snapshot\n   • checking distribution",
        "generic",
    ),
    (
        'Nov 17 10:53:36 ip-172-31-81-177 cml.sh[2214]: {"level":"warn","message":"timeout updated"}\n'
        'Nov 17 10:53:37 ip-172-31-81-177 cml.sh[2214]: {"level":"info","message":"runner ready"}\n'
        'Nov 17 10:53:38 ip-172-31-81-177 cml.sh[2214]: {"level":"info","message":"job started"}',
        "generic",
    ),
]
NO_GUIDANCE += [
    # Only an environment variable's name in capitals makes a line a dump of the environment.
    "2024-01-01T10:00:00 start\n2024-01-01T10:00:01 deploy\nresult=failed",
]
GUIDED += [
    # A notice in general words only says that something failed: a wrapper, even alone.
    ("This job failed", "generic", ""),
    ("BUILD FAILED", "generic", ""),
    ("You have FAILED!", "generic", ""),
    ('"Crashed in 32.197s"', "generic", ""),
    ("##[error]The operation was canceled", "github-azure", ""),
    # Someone quoting the only notice there was.
    ('The code crashes and there is no error message, only "BUILD FAILED "', "generic", ""),
]
NO_GUIDANCE += [
    # A heading over the list of what failed, and a notice that names the tool or the test.
    "failures:\n    suite::cli_v1::change_override\n    suite::cli_v1::expected_bins_exist",
    "error: could not compile foo",
    "FAILED tests/test_x.py::test_a - assert 1 == 2",
    "Compute Failed for key inc-1234",
    # A quoted field is not a quoted notice.
    'fatal: [web1]: FAILED! => {"changed": false, "failed": true, "msg": "No package matching '
    "'libfoo' is available\"}",
]
GUIDED += [
    # Round 25's wrappers: a release script pointing up the log, DotNetCoreCLI@2 before any
    # project, go-task's failed task, pytest's summary line alone.
    (
        "[embedded-sdk-release] build successful, publishing\n"
        "[embedded-sdk-release] Encountered an error, details should be above",
        "generic",
        "",
    ),
    ("Dotnet command failed with non-zero exit code: 1.", "azure", ""),
    (
        'task: [build] go build ./...\ntask: Failed to run task "build": exit status 1',
        "generic",
        "task",
    ),
    ("collected 81 items\n6 passed, 75 errors in 2210.39s", "generic", "pytest"),
]
CUT_BEFORE_THE_ERROR += [
    # A Jenkins inbound agent's start and CodeBuild's provisioning name no cause.
    (
        "INFO: Using Remoting version: 3.27\n"
        "Both error and output logs will be printed to /home/jenkins/agent/remoting\n"
        "INFO: Setting up agent: base-4qhr6",
        "jenkins",
    ),
    (
        "[Container] 2024/07/16 01:58:59.329971 Setting HTTP client timeout to higher timeout "
        "for S3 source\n"
        "[Container] 2024/07/16 01:58:59.352019 Unable to initialize cache download: no paths "
        "specified to be cached\n"
        "[Container] 2024/07/16 01:58:59.352315 Registering with agent",
        "codebuild",
    ),
]
NO_GUIDANCE += [
    # A malformed object and an unknown relocation are causes (round 25).
    "#0 3.980 # github.com/miekg/pkcs11\n#0 3.980 cgo: malformed DWARF TagVariable entry\n"
    "#0 3.985 make: *** [Makefile:230: bin/containerd] Error 2",
    "$WORK/b001/_pkg_.a(resource_windows): 276763: unknown ARM64 relocation type 3\n"
    "##[error]Process completed with exit code 1",
]
GUIDED += [
    # Round 26's wrappers: Nextflow's failed process, Caper over Cromwell, Jenkins'
    # Parameterized Trigger, Waf's failed task, Visual Studio's build exception.
    (
        "ERROR ~ Error executing process > 'sce_to_anndata:export_anndata (SCPCL000980)'\n"
        "Caused by:\n"
        "  Process `sce_to_anndata:export_anndata (SCPCL000980)` terminated with an error "
        "exit status (1)",
        "generic",
        "",
    ),
    (
        "2021-12-18 19:15:11,046|caper.cromwell|INFO| Workflow failed. Auto-troubleshooting...\n"
        "2021-12-18 19:15:11,050|caper.nb_subproc_thread|ERROR| Cromwell failed. returncode=1\n"
        "2021-12-18 19:15:11,050|caper.cli|ERROR| Check stdout in /data/cromwell.out",
        "generic",
        "",
    ),
    (
        "Waiting for the completion of projects\nprojects #602 completed. Result was FAILURE",
        "jenkins",
        "",
    ),
    (
        "[1/2] Compiling src/main.c\n -> task in 'dronecan_libs' failed (exit status 1): ",
        "generic",
        "",
    ),
    (
        "------ Build started: Project: App ------\n"
        "System.AggregateException: One or more errors occurred. ---> System.Exception: Build "
        "failed. Check the Output window for more details.",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # GoReleaser's notice of an old configuration key names no cause.
    (
        "   • loading config file                              file=.goreleaser.yaml\n"
        "   • DEPRECATED: archives.builds should not be used anymore, check "
        "https://goreleaser.com/deprecations#archivesbuilds for more info\n"
        "   • building binaries",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 27's causes: make's missing rule, a relocation the linker cannot fit, a version a
    # dependency requires, Python's missing module without its class, the C library's
    # messages (strerror), apt's E: lines, a diagnostic code (.NET, WPF's markup compiler).
    "make[1]: Leaving directory '/src/pkg'\n"
    "make: *** No rule to make target 'eve-lib', needed by 'pkg/lib'.  Stop.\n"
    "##[error]Process completed with exit code 2.",
    "(.dtcm+0xa): relocation truncated to fit: R_ARM_ABS16 against symbol `table' defined in "
    ".dtcm section in Table.o\ncollect2: error: ld returned 1 exit status",
    "Dependency 'androidx.core:core:1.17.0' requires Android Gradle plugin 8.9.1 or higher.\n\n"
    "FAILURE: Build failed with an exception.",
    "Run python -m pip install --upgrade pip wheel\n"
    "/System/Library/Frameworks/Python.framework/Versions/2.7/Resources/Python.app/Contents/"
    "MacOS/Python: No module named pip\nError: Process completed with exit code 1.",
    "/bin/bash: line 19: ./app/: Is a directory\n\nExited with code exit status 126",
    "sudo apt update -qq\nE: Repository 'http://ppa.launchpad.net/x/y/ubuntu focal InRelease' "
    "changed its 'Label' value from 'Old' to 'New'\nCommand exited with code 100\nBuild failed",
    "Target MarkupCompilePass1:\n"
    "    C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\Microsoft.WinFx.targets(268,9): "
    "error MC1000: Unknown build error, 'Object reference not set to an instance of an "
    "object.'\n"
    'Done building target "MarkupCompilePass1" in project "App.csproj" -- FAILED.',
]
GUIDED += [
    # Round 27's wrappers: Capistrano's abort, Yarn 1's request for a bug report, Cromwell's
    # delocalization, a retry's notice.
    (
        "** Invoke deploy:updated\n(Backtrace restricted to imported tasks)\ncap aborted!",
        "generic",
        "capistrano",
    ),
    (
        "info If you think this is a bug, please open a bug report with the information "
        'provided in "/usr/src/app/yarn-error.log".',
        "generic",
        "",
    ),
    (
        '2019/10/01 12:00:00 Running "/bin/sh -c python run.py"\n'
        'sh": [Delocalization] Unexpected exit status 1 while running "/bin/sh -c python -c '
        "'import base64; print(1)'\"",
        "generic",
        "",
    ),
    ("Building the image...\nBuild attempt failed, attempting again.\nBuild failed", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # Round 27: docker pull's layers it has, a test summary that counts no failure, an
    # MSBuild warning with its code, Ruby's Logger at INFO: none names a cause.
    (
        "Step 1/9 : FROM node:18\n18: Pulling from library/node\n"
        "c5e155d5a1d1: Already exists\n221d80d00ae9: Pull complete",
        "generic",
    ),
    (
        "[01:30:20][Step 21/44] ***** App.Tests.TypedJsonTests.TestUntypedObjectArray\n"
        "[01:30:21][Step 21/44] Tests run: 75, Errors: 0, Failures: 0, Inconclusive: 0, "
        "Time: 7.366805 seconds\n"
        "[01:30:21][Step 21/44]   Not run: 2, Invalid: 0, Ignored: 2, Skipped: 0\n"
        "[01:30:21][Step 21/44] Tests Not Run:\n"
        "[01:30:21][Step 21/44] 1) Ignored : App.Tests.JsonSerializeTests.TestSerializer",
        "generic",
    ),
    (
        "  Build started 1/2/2016 10:00:00 AM.\n"
        "  d:\\j\\workspace\\packages\\BuildTools\\lib\\tests.targets(129,5): warning MSB3026: "
        'Could not copy "a.dll" to "b.dll". Beginning retry 1 in 1000ms.\n'
        "  Restoring packages for d:\\j\\workspace\\src\\tests.csproj...",
        "generic",
    ),
    (
        "I, [2021-03-09T12:12:48.719422 #9]  INFO -- sentry: ** [Raven] Raven 3.0.0 configured "
        "not to capture errors: DSN not set\n"
        "I, [2021-03-09T12:12:50.993091 #9]  INFO -- : Writing /app/public/assets/app.css\n"
        "I, [2021-03-09T12:12:51.101010 #9]  INFO -- : Writing /app/public/assets/app.js",
        "generic",
    ),
]
GUIDED += [
    # Round 28's wrappers: Jenkins' script step under another label, make's negative status (a
    # Windows crash code), RVM's failed step and its halt, Bitrise's Xcode step, AWS' deploy
    # command status, pip 9's build-dependency install, bare notices (a Rust backtrace's
    # frames and Maven's help link name no cause).
    (
        "[Pipeline] sh\n+ ./gradlew build\nExecution error: script returned exit code 1",
        "jenkins",
        "",
    ),
    (
        "make[1]: Entering directory 'C:/src'\n"
        "make[1]: *** [Makefile:17: requirements] Error -1073741819",
        "generic",
        "make",
    ),
    (
        "ruby-2.5.1 - #configuring......\n"
        "Error running './configure --prefix=/home/u/.rvm/rubies/ruby-2.5.1 --disable-install-doc',\n"
        "please read /home/u/.rvm/log/1537980900_ruby-2.5.1/configure.log\n"
        "There has been an error while running configure. Halting the installation.",
        "generic",
        "",
    ),
    (
        "Archiving the app\n"
        "Failed to run Xcode Archive: Failed to Archive, error: Failed to run xcodebuild command, error: exit status 65.",
        "generic",
        "",
    ),
    (
        "{\n"
        '  "Status": "FAILURE",\n'
        '  "Message": "Error while executing command: sh docker-entrypoint.sh. Reason: exit status 1",\n'
        "}",
        "generic",
        "",
    ),
    (
        "Installing build dependencies ... done\n"
        'Command "/usr/bin/python2 -m pip install --ignore-installed --no-user --prefix /tmp/pip-build-env-x -r /tmp/reqs.txt" failed with error code 1 in None',
        "generic",
        "",
    ),
    (
        "Step 3/3 : RUN ./build.sh\n ---> Running in 5d1c2a\nError building",
        "generic",
        "",
    ),
    (
        '"something failed"',
        "generic",
        "",
    ),
    (
        "     8:        0x10058d4cc - std::panicking::default_hook::{{closure}}::hd85cd005c6a5aea9\n"
        "                                 at /rustc/9bc8c42bb2f19e745a63f3445f1ac248fb015e53/library/std/src/panicking.rs:208:50\n"
        "     9:        0x10058cff4 - std::panicking::default_hook::h37655a6f12af708a\n"
        "                                 at /rustc/9bc8c42bb2f19e745a63f3445f1ac248fb015e53/library/std/src/panicking.rs:225:9\n"
        "##[error]Process completed with exit code 101.",
        "github",
        "",
    ),
    (
        "[INFO] BUILD FAILURE\n"
        "[ERROR] For more information about the errors and possible solutions, please read the following articles:\n"
        "[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/PluginExecutionException",
        "generic",
        "maven",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 28: an Akka logger's INFO line, TeamCity's clean checkout, Bitrise's step header,
    # Cordova's hook without scripts, a fallback notice: none names a cause.
    (
        "2020-02-27 14:19:32,848 cromwell-system-akka.dispatchers.engine-dispatcher-35 INFO - Aborting all running workflows.\n"
        "2020-02-27 14:19:32,848  INFO  - Shutting down WorkflowStoreActor\n"
        "2020-02-27 14:19:32,849  INFO  - Shutting down ServiceRegistryActor",
        "generic",
    ),
    (
        "[16:05:22]: Checkout directory: /opt/buildAgent/work/a260d32eb186f623\n"
        "[16:05:22]: Updating sources: agent side checkout (4s)\n"
        "[16:05:22]:  [Updating sources] Will perform clean checkout. Reason: Checkout directory is empty or doesn't exist (running for 4s)\n"
        "[16:05:22]:  [Updating sources] Cleaning /opt/buildAgent/work/a260d32eb186f623",
        "generic",
    ),
    (
        "+------------------------------------------------------------------------------+\n"
        "| (2) install-missing-android-tools@2.2.0                                      |\n"
        "+------------------------------------------------------------------------------+\n"
        "| id: install-missing-android-tools                                            |\n"
        "| version: 2.3.3                                                               |\n"
        "+------------------------------------------------------------------------------+\n"
        "Configure Android SDK\n"
        "Installing platforms",
        "generic",
    ),
    (
        "Running command: /app/hooks/run.sh\n"
        'No scripts found for hook "after_prepare".\n'
        "Preparing android project",
        "generic",
    ),
    (
        "Starting Gradle daemon\n"
        "Environment variable 'JAVA_JRE_6' is not defined - falling back to use machine default Java SDK\n"
        "Tasks to be executed: [task ':agent:compileJava']",
        "generic",
    ),
]
GUIDED += [
    # Round 29's wrappers: NuGetCommand's last line, Project Piper's failed library step and
    # deploy command, uv's failed build, a container's bare failure notice.
    (
        "Restoring NuGet package Newtonsoft.Json.13.0.1.\n##[error]Packages failed to restore",
        "azure",
        "",
    ),
    (
        "[Pipeline] }\n"
        "[Pipeline] // stage\n"
        "An error occurred in the library step: cloudFoundryDeploy",
        "jenkins",
        "",
    ),
    (
        "[Pipeline] End of Pipeline\n"
        "ERROR: [ERROR][cloudFoundryDeploy] The execution of the deploy command failed, see the log for details.",
        "jenkins",
        "",
    ),
    (
        "Resolved 42 packages in 310ms\n  × Failed to build `untokenize==0.1.1`",
        "generic",
        "uv",
    ),
    (
        "Starting container for job build\nContainer failed during run: build",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 30's wrappers: Heroku's rejected push quoted or without its space, crosstool-NG's
    # footer, the craft tools' failed build in their instance, Heroku's failed build over its
    # list of possible problems, Maven's help under Surefire's pointer to its dump files.
    (
        "!Push rejected, failed to compile Ruby app\n"
        "To git@heroku.com:example-app.git\n"
        "![remote rejected] master-> master (pre-received hook declined)",
        "heroku",
        "",
    ),
    ('"Push rejected, failed to compile Python app."', "heroku", ""),
    (
        "[ALL  ]    make[1]: Leaving directory '/ct/.build/arm-linux-gnueabihf/build/gcc-core'\n"
        "[ERROR]  >>\n"
        "[ERROR]  >>  Build failed in step 'Installing pass-1 core C gcc compiler'\n"
        "[ERROR]  >>        called in step '(top-level)'\n"
        "[ERROR]  >>  Error happened in: CT_DoExecLog[scripts/functions@338]\n"
        "[ERROR]  >>  For more info on this error, look at the file: 'build.log'\n"
        "[ERROR]  >>      '/ct/prefix/share/doc/crosstool-ng/ct-ng.1.24.0'",
        "generic",
        "",
    ),
    (
        "Running linter: classic\nRunning linter: library\nFailed to execute pack in instance.",
        "generic",
        "",
    ),
    (
        "-----> Build failed\n"
        "       Some possible problems:\n"
        "       - A module may be missing from 'dependencies' in package.json\n"
        "         https://devcenter.heroku.com/articles/troubleshooting-node-deploys",
        "heroku",
        "",
    ),
    (
        "[ERROR] Please refer to dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.\n"
        "[ERROR] -> [Help 1]\n"
        "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
        "generic",
        "maven",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 30: a file or a package named for errors, npm's tree of what it installed, the
    # commit message Jenkins echoes, uv's hints, a logger's INFO level before its time.
    (
        "-----> Installing dependencies\n"
        "       > dtrace-provider@0.8.8 install /tmp/build/node_modules/dtrace-provider\n"
        "       > node-gyp rebuild || node suppress-error.js\n"
        "       make: Entering directory '/tmp/build/node_modules/dtrace-provider'",
        "heroku",
    ),
    (
        "browserify@6.3.4 node_modules/browserify\n"
        "├── https-browserify@0.0.0\n"
        "├── errno@0.1.1 (prr@0.0.0)\n"
        "├── assert@1.1.2",
        "generic",
    ),
    (
        "Checking out Revision 03d3e46b0eced090d6299a0353af909deffaf733 (PR-903)\n"
        'Commit message: "Introduce an intentional failure"\n'
        "[Pipeline] withEnv",
        "jenkins",
    ),
    (
        "hint: `pyorc` (v0.11.0) was included because `toolkit[full]` (v0.0.0) depends on `pyorc`\n"
        "hint: Build failures usually indicate a problem with the package or the build environment",
        "generic",
    ),
    (
        "[INFO][2018-10-25 17:10:32 -0700]\tValidating configuration\n"
        "[INFO][2018-10-25 17:10:32 -0700]\t------------Result: FAILURE------------\n"
        "[INFO][2018-10-25 17:10:32 -0700]\tUsing template 'hello-cloud'",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 30: an error named after the package that raised it still names a cause.
    "npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-pad-x@1.0.0\n"
    "npm ERR! 404 'left-pad-x@1.0.0' is not in the npm registry.",
]
GUIDED += [
    # Round 31's wrappers: the runner's wrapper quoted, a Jenkins post-build step that failed
    # the build, Bazel's failed target and build, Gradle's exception around a failed
    # configuration, Terraform's failed plan.
    ('"Error: Process completed with exit code 5."', "github", ""),
    (
        "Publishing Rails stats report\n"
        "\"Build step 'Publish Rails stats report' changed build result to FAILURE\"",
        "jenkins",
        "",
    ),
    (
        "Target //scripts:bash_completion failed to build\n"
        "Use --verbose_failures to see the command lines of failed build steps.",
        "generic",
        "bazel",
    ),
    ('"bazel FAILED: Build did NOT complete successfully"', "generic", "bazel"),
    (
        "org.gradle.internal.exceptions.LocationAwareException: A problem occurred configuring root project 'app'.\n"
        "\tat org.gradle.initialization.exception.DefaultExceptionAnalyser.transform(DefaultExceptionAnalyser.java:99)",
        "generic",
        "gradle",
    ),
    (
        "Terraform used the selected providers to generate the following execution plan.\n"
        "Planning failed. Terraform encountered an error while generating this plan.",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 32's wrappers: Heroku's failed asset precompile, the Azure DevOps Demo Generator's
    # failed provisioning, make's wrapper quoted.
    (
        "       Tasks: TOP => environment\n"
        "       (See full trace by running task with --trace)\n"
        " !\n"
        " !     Precompiling assets failed.",
        "heroku",
        "",
    ),
    (
        "We ran into some issues and we are sorry about that!\n"
        "The log below will provide you insights into why the provisioning failed. You can raise an issue with the logs here.",
        "generic",
        "",
    ),
    ('"make[2]: *** [win32ole.o] Error 1"', "generic", "make"),
]
CUT_BEFORE_THE_ERROR += [
    # Round 32: Netlify's notice of a missing build cache, Bundler's of groups it left out, a
    # task's boolean input in the agent's JSON dump, Dependabot's container before a warning.
    (
        "8:01:58 PM: Fetching cached dependencies\n"
        "8:02:03 PM: Expected build cache - but failed to find it\n"
        "8:02:03 PM: Failed to extract cache, continuing with build\n"
        "8:02:16 PM: Running build command: yarn setup.docs",
        "netlify",
    ),
    (
        "-----> Installing dependencies using bundler 1.15.2\n"
        "       Bundle complete! 56 Gemfile dependencies, 140 gems now installed.\n"
        "       Gems in the groups development and test were not installed.\n"
        "       Bundled gems are installed into ./vendor/bundle.",
        "heroku",
    ),
    (
        "[2017-05-26 11:17:34Z INFO Worker] Job message:\n"
        ' "inputs": {\n'
        '   "failOnStandardError": "true",\n'
        '   "workingDirectory": ""',
        "generic",
    ),
    (
        "2024-12-21T09:26:14.6016284Z updater | Updating certificates in /etc/ssl/certs...\n"
        "2024-12-21T09:26:15.4505325Z updater | rehash: warning: skipping ca-certificates.crt,it does not contain exactly one certificate or CRL\n"
        "2024-12-21T09:26:15.4586008Z updater | 1 added, 0 removed; done.",
        "github-azure",
    ),
]
GUIDED += [
    # Round 33's wrappers: SCons' last line, Ansible's failed task with its result cut, the
    # MSBuild task's summary, PowerShell stopping on a compiler's stderr, a CMake
    # ExternalProject step, BuildKit's failed step after a Markdown backtick, rustc's linker
    # wrapper as Buck relays it.
    (
        "scons: building terminated because of errors.\n"
        "Command exited with non-zero status 2\n"
        "[Pipeline] // stage",
        "jenkins",
        "scons",
    ),
    (
        "15:12:44  fatal: [agent-1]: FAILED! => {\n"
        '15:12:44      "changed": true,\n'
        '15:12:44      "cmd": [\n'
        '15:12:44          "/usr/bin/python3",',
        "generic",
        "ansible",
    ),
    ("Process 'msbuild.exe' exited with code '1'.", "azure", ""),
    (
        'The running command stopped because the preference variable "ErrorActionPreference" '
        "or common parameter is set to Stop: ../docs/examples/demo.c: In function 'main':",
        "generic",
        "",
    ),
    (
        "CMake Error at pybind11/tmp/pybind11-download-Release.cmake:49 (message):\n"
        "  Command failed: 1\n"
        "   '/usr/bin/cmake' '-P' '/src/BUILD/pybind11/tmp/pybind11-download-impl.cmake'",
        "generic",
        "cmake",
    ),
    (
        "` => ERROR [builder  7/10] RUN cargo build --release                 76.5s\n"
        "#15 0.638     Updating crates.io index\n"
        "#15 64.39   Downloaded bytes v1.2.1",
        "generic",
        "docker",
    ),
    (
        "$ buck build ...\n"
        "stderr: error: linking with `/usr/bin/g++` failed: exit code: 1\n"
        '  = note: "/usr/bin/g++" "-Wl,--as-needed" "-m64"',
        "generic",
        "linker",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 33: the classic Docker builder echoing an instruction, klog's info lines, MSBuild's
    # note on a target it ignores, a command's fallback message in its source.
    (
        "2020-06-18T07:34:08.9949184Z Step 1/8 : ARG BASE_IMAGE\n"
        "2020-06-18T07:34:09.3916844Z Step 2/8 : FROM $BASE_IMAGE\n"
        '2020-06-18T07:34:09.3922966Z Step 3/8 : SHELL ["powershell", "-Command", '
        "\"$ErrorActionPreference = 'Stop';\"]",
        "github-azure",
    ),
    (
        "I0611 19:35:57.899741   29542 nodecontroller.go:291] Nodes ReadyCondition updated.\n"
        "I0611 19:35:58.102934   29542 nodecontroller.go:301] Node 127.0.0.1 failed to report status\n"
        "W0611 19:35:59.000001   29542 reflector.go:224] watch ended with error",
        "generic",
    ),
    (
        "Build started 2/25/2020 9:29:00 AM.\n"
        'The target "CopyLocalFilesOutputGroup" listed in a BeforeTargets attribute at '
        '"C:\\Tools\\vcpkg\\scripts\\buildsystems\\msbuild\\vcpkg.targets (84,82)" does not '
        "exist in the project, and will be ignored.\n"
        "PrepareForBuild:\n"
        '  Creating directory "x64\\Release\\".',
        "generic",
    ),
    (
        "Checking cache for test:stable/master...\n"
        "Successfully extracted cache\n"
        '$ mkdir target || echo "target already existed"\n'
        "$ cargo test --verbose --release",
        "generic",
    ),
]
GUIDED += [
    # Round 34's wrappers: an old Gradle's failed task, a Bitrise step's command error and its
    # summary row with an emoji, AppVeyor's exception with no message, a Go tool's fatal log
    # line that only chains down to an exit status.
    (
        "$ gradle build\n:compileJava UP-TO-DATE\n:baseTest FAILED",
        "generic",
        "gradle",
    ),
    (
        "Required CocoaPods version (from Podfile.lock): 1.9.1\n"
        "Using system installed CocoaPods version\n"
        "Command failed, error: exit status 1",
        "bitrise",
        "",
    ),
    (
        "| \U0001f6ab  | cocoapods-install@1.1.0 (exit code: 1)                       | 72 sec   |",
        "bitrise",
        "",
    ),
    (
        "Successfully installed pytest-3.6.1 six-1.11.0\nCommand executed with exception: ",
        "appveyor",
        "",
    ),
    (
        'error: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 1\n'
        'time="2022-05-25T12:07:33Z" level=fatal msg="failed to build: build: exit status 1"',
        "generic",
        "docker",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 34: a Rust backtrace's frames without the panic above them; a compiler's warning
    # flags in a configure summary.
    (
        "                                 at /rustc/e4c14468460b22ac7a289a422fb7fee606e12a0b/library/std/src/backtrace.rs:93:5\n"
        "     1:     0x559160c07ccc - std::backtrace_rs::backtrace::trace_unsynchronized::h9ca362d48127aa92\n"
        "                                 at /rustc/e4c14468460b22ac7a289a422fb7fee606e12a0b/library/std/src/mod.rs:66:5\n"
        "     2:     0x559160c07ccc - std::sys_common::backtrace::_print_fmt::he23d143b75ee23c2",
        "generic",
    ),
    (
        "Configuration summary for ruby version 3.3.7\n"
        "   * arch:                arm64-darwin24\n"
        "   * target OS:           darwin24\n"
        "   * compiler:            clang\n"
        "   * CFLAGS:              -fPIC -I/opt/homebrew/include \\\n"
        "                          -Wno-incompatible-pointer-types -fdeclspec \\",
        "generic",
    ),
]
GUIDED += [
    # Round 35's wrappers: Ant's javac task, Gradle's compile task in its stack-trace form,
    # Puppet's exec of a command that failed.
    (
        "BUILD FAILED\n"
        "C:\\work\\app\\build.xml:83: Compile failed; see the compiler error output for details.\n"
        "Total time: 7 minutes 59 seconds",
        "generic",
        "ant",
    ),
    (
        "        at org.gradle.internal.concurrent.StoppableExecutorImpl$1.run(StoppableExecutorImpl.java:40)\n"
        "Caused by: org.gradle.api.internal.tasks.compile.CompilationFailedException: "
        "Compilation failed; see the compiler error output for details.",
        "generic",
        "gradle",
    ),
    (
        "Error: /Stage[main]/Ruby/Exec[ruby-install-1.9.3]/returns: change from notrun to 0 "
        "failed: /opt/rbenv/bin/rbenv install 1.9.3 returned 1 instead of one of [0]",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 32: Ruby's NoMethodError without its class names a cause.
    "Bundle complete! 0 Gemfile dependencies, 1 gem now installed.\n"
    "=> APK path: /bitrise/deploy/app-debug.apk\n"
    "undefined method `[]' for nil:NilClass",
]
GUIDED += [
    # Round 36: a wrapper line quoted whole in backticks or acute accents; a line number a log
    # viewer put before GitHub's timestamp; Ninja's edge with several outputs and the exit code
    # newer Ninja prints; cargo-make's summary under a build script's backtrace (its frames name
    # functions, not causes); Android Studio's Build window.
    ('> `The command "npm update" failed and exited with 1 during .`', "travis", ""),
    (
        "\u00b4Error: The process '/usr/share/miniconda/condabin/conda' failed with exit code null\u00b4",
        "github-azure",
        "",
    ),
    (
        "23806  2026-08-18T23:39:59.6850522Z  \u2192 tests/trap-exit.test.sh\n"
        "23807  2026-08-18T23:40:08.6971599Z  ##[error]Process completed with exit code 1.",
        "github",
        "",
    ),
    (
        "[19/19] cd /build/zig && /build/zig/build/zig2 build --prefix /build/zig/stage3\n"
        "FAILED: stage3/bin/zig /build/zig/build/stage3/bin/zig ",
        "generic",
        "ninja",
    ),
    ("[5/9] Building CXX object main.o\nFAILED: [code=1] main.o ", "generic", "ninja"),
    (
        "  build script failed, must exit now\n"
        "  stack backtrace:\n"
        "     1: core::panicking::panic_fmt\n"
        "     2: autotools::fail\n"
        "     3: autotools::Config::build\n"
        "[cargo-make] ERROR - Unable to execute script.\n"
        "[cargo-make] WARN - Build Failed.",
        "generic",
        "rustc",
    ),
    # A step named in a few words before the pointer to its log.
    (
        "`Building bpftool failed. Please see /home/ci/deps/build_logs/bpftool.log for more details.`",
        "generic",
        "",
    ),
    (
        "11:26 AM\tGradle build finished with 1 error(s) in 58 ms\n"
        "11:26 AM\tBuild APK(s): Errors while building APK. You can find the errors in the "
        "'Messages' view.",
        "generic",
        "gradle",
    ),
]
NO_GUIDANCE += [
    # Round 36: causes in words the guidance did not know.
    "```\nRefusing to check out fork pull request code from a 'pull_request_target' workflow.\n"
    "... To opt in ... set 'allow-unsafe-pr-checkout: true' on the actions/checkout step.\n```",
    "Cloning into 'berrybrew'...\nUnknown version of Perl\ncd %APPVEYOR_BUILD_FOLDER%",
    "Did find:\n    /usr/local/opt/llvm/lib/libclang.dylib: mach-o, but wrong architecture",
    "[ 98%] Linking C shared library libsafestring_shared.dylib\nld: unknown options: -z -z -z \n"
    "clang: error: linker command failed with exit code 1 (use -v to see invocation)\n"
    "make: *** [all] Error 2",
    " [!] Your project requires a newer version of the Kotlin Gradle plugin.\n"
    "Find the latest version on https://kotlinlang.org/docs/releases.html, then\n"
    "update android/build.gradle:",
]
GUIDED += [
    # Round 37: Travis's line with the stage elided ("during ..."), cargo-msrv's verdict on its
    # check, rustc's linker failure cut before its exit code and notes.
    (
        'The command "~/bin/install-jdk.sh --target "/home/travis/oraclejdk8" --feature "8"" '
        "failed and exited with 3 during ...",
        "travis",
        "",
    ),
    (
        "Using check command cargo check\n"
        "   Failed check command cargo check didn't succeed\n"
        "Crate source was found to be incompatible with its MSRV '1.70.0', as defined in "
        "'/__w/arrow/arrow/datafusion/core/Cargo.toml'",
        "generic",
        "rustc",
    ),
    (
        "   Compiling tantivy v0.12.0\n   Compiling seshat v2.2.4\nerror: linking with `link.exe` failed",
        "generic",
        "linker",
    ),
]
GUIDED += [
    # Round 38: gcloud's summary of a failed Cloud Build step, a Go tool's chain of "failed to"
    # down to an exit status, cargo's CliError counting failed jobs.
    (
        'BUILD FAILURE: Build step failure: build step 1 "gcr.io/k8s-skaffold/pack" failed: '
        "step exited with non-zero status: 1",
        "cloudbuild",
        "",
    ),
    (
        "Error: failed to build package: unable to run pipeline: exit status 77\n"
        "2022/07/05 23:28:50 error during command execution: failed to build package: "
        "unable to run pipeline: exit status 77",
        "generic",
        "",
    ),
    ("```\nError: CliError { error: Some(1 job failed), exit_code: 101 }\n```", "generic", "rustc"),
]
CUT_BEFORE_THE_ERROR += [
    # Round 38: Bundler's note on a gem listed twice, and a step's inputs with a hyphenated key
    # set to false, name no cause.
    (
        "Your Gemfile lists the gem rspec-rails (>= 0) more than once.\n"
        "You should probably keep only one of them.\n"
        "Remove any duplicate entries and specify the gem only once.\n"
        "While it's not a problem now, it could cause errors if you change the version of one "
        "of them later.\n"
        "Fetching gem metadata from https://rubygems.org/.........\n"
        "Fetching arel 3.0.3\n"
        "Installing arel 3.0.3",
        "generic",
    ),
    (
        "Run actions/cache@v5\n"
        "  with:\n"
        "    path: ~/.cargo/registry/index/\n"
        "  ~/.cargo/git/db/\n"
        "  \n"
        "    enableCrossOsArchive: false\n"
        "    fail-on-cache-miss: false\n"
        "  env:\n"
        "    CARGO_TERM_COLOR: always\n"
        "Cache hit for: 2-Windows-cargo-nightly-e97b13b011c1ac01445c1af4f0f08dbde7bb36c1054a4f",
        "github",
    ),
]
GUIDED += [
    # Round 39: Composer 2 and Symfony Flex name only the script or only the event; Docker's
    # legacy builder under a Markdown label; Go's linker relaying the external linker; rustc's
    # linker line without backticks; an issue's title (a Markdown heading) quoting a wrapper.
    ("Output:\nScript cache:clear returned with error code 255", "generic", "composer"),
    (
        "Error on deployment - post-autoload-dump event returned with error code 254",
        "generic",
        "composer",
    ),
    (
        "**Error:** Service 'meguca' failed to build: The command '/bin/sh -c go mod download' "
        "returned a non-zero code: 1",
        "generic",
        "docker",
    ),
    (
        "/usr/local/go/pkg/tool/linux_amd64/link: running gcc failed: exit status 1",
        "generic",
        "linker",
    ),
    (
        "the below message occurs and cannot build.\n`error: linking with `cc` failed: exit code: 1`",
        "generic",
        "linker",
    ),
    ("# Error: linking with cc failed: exit status: 1", "generic", "linker"),
    (
        "# There was an issue building your app. This can mean your app.json's project is not a "
        "valid Heroku application.",
        "heroku",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 39: a tool's own "The following ..." heading is not people's words, and a
    # heading's text is judged as any line is.
    "The following gems are missing OS dependencies:\n * argon2: /usr/lib/libSystem.B.dylib",
    "# Error: Gem bundler is not installed, run `gem install bundler` first.",
]
GUIDED += [
    # Round 39: go-multierror's heading over Docker's Go client relaying a RUN step's failure.
    (
        "`1 error occurred:\n\t* Status: The command '/bin/sh -c set -eux; apk add --no-cache "
        "icu-dev libzip-dev' returned a non-zero code: 1, Code: 1\n\n`",
        "generic",
        "docker",
    ),
]
GUIDED += [
    # Round 39: the Vercel CLI before 2020 (`now`) listing a build's state, and its pointer;
    # a Kubernetes pod described with its container's exit code.
    (
        "now\nDeploying ~/Desktop/now-examples-master/nodejs under rusty-dev\n"
        " index.js Error [2s]\nError! 1 build failure occured.\n"
        "Error! Check your logs at https://nodejs-b31roaa6c.now.sh/_logs or run "
        "`now logs nodejs-b31roaa6c.now.sh`.",
        "vercel",
        "",
    ),
    (
        "drone-bnjq39n01o31unxxeozn:\n Image: drone/git:latest\n State: Running\n"
        " Last State: Terminated\n Reason: Error\n Exit Code: 2\n Ready: True\n Restart Count: 1",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 39: a wrapper line quoted in backticks in a sentence of general words.
    (
        "CI tests fail due to `linux_amd64/link: running gcc failed: exit status 1`",
        "generic",
        "linker",
    ),
]
NO_GUIDANCE += [
    # ... but not in a sentence that says more (a system, a tool, a condition).
    "Ubuntu: Rustup `linking with cc failed exit code 1` although gcc is installed.",
]
GUIDED += [
    # Round 40: make's line with GitHub's Markdown escape; Packer's failed provisioner.
    (
        "make: **\\* [dist] Error 1\n"
        "[10:51:35]The command '/bin/sh -c cd src && make' returned a non-zero code: 2",
        "generic",
        "make",
    ),
    (
        "==> gh-shr-ubuntu: Provisioning with shell script: scripts/build/install-php.sh\n"
        "gh-shr-ubuntu: Composer (version 2.8.9) successfully installed to: /root/composer.phar\n"
        "==> gh-shr-ubuntu: Provisioning step had errors: Running the cleanup provisioner, if "
        "present...",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 40: npm-debug.log's numbered lines below its error level name no cause.
    (
        "64787 silly lifecycle patchwork-next@0.0.0~postinstall: Args: [ '-c', 'npm run rebuild' ]\n"
        "64788 silly lifecycle patchwork-next@0.0.0~postinstall: Returned: code: 1 signal: null\n"
        "64790 warn optional SKIPPING OPTIONAL DEPENDENCY: fsevents@^1.0.0 "
        "(node_modules/chokidar/node_modules/fsevents):\n"
        "64791 warn notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for "
        'fsevents@1.0.15: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux"})',
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 40: Apple's linker names its undefined symbols in the plural.
    "Compiling testmxml.c\nLinking testmxml...\n"
    'Undefined symbols for architecture x86_64:\n  "_mxmlDelete", referenced from:\n'
    "      _main in testmxml.o\n",
]
GUIDED += [
    # Round 41: a workflow command after a progress line without its newline; the Buildkite
    # agent's summary of a failed command (a job's UUID holds "e213", which is no error code).
    (
        "Solving environment: ...working... ::error::The process "
        "'/usr/share/miniconda/condabin/conda' failed with exit code null",
        "github-azure",
        "",
    ),
    (
        "$ docker run -t -i --rm --init --volume /src:/workdir --workdir /workdir --label "
        "com.buildkite.job-id=e4267c1b-e213-4e25-803b-7f4518afa554 ubuntu:22.04 /bin/sh -e -c exit\\ 3\n"
        "🚨 Error: The command exited with status 3\n"
        "user command error: The plugin docker command hook exited with status 3\n"
        "🚨 Command failed in 1m10.576008917s\n"
        "🚨 Job failed with code 3",
        "buildkite",
        "",
    ),
]
GUIDED += [
    # Round 41: GoReleaser's summary of a hook whose command exited non-zero.
    (
        "   ⨯ release failed after 2m24s error=before hook failed: hook failed: failed to run "
        "'make release-licenses': exit status 2\n"
        "Error: The process '/opt/hostedtoolcache/goreleaser-action/1.22.1-pro/x64/goreleaser' "
        "failed with exit code 1",
        "github-azure",
        "",
    ),
]
GUIDED += [
    # Round 43: a wrapper quoted in a sentence that names no cause, in double quotes or after
    # "the following error:"; cargo's summary with the crate in single quotes; BitBake's
    # oe_runmake line under kas's logger; opam's error blocks; Chromebrew's build line;
    # Gradle's "* Exception is:" heading over a task's execution failure.
    (
        'Re-running the workflow (with detailed debug) shows error and exits with "Process '
        'completed with exit code 1."',
        "github",
        "",
    ),
    (
        'The nightly build on osx is throwing the following error: `The command "hdiutil mount '
        '-readonly -mountpoint mnt app.dmg" failed and exited with 1 during .`',
        "travis",
        "",
    ),
    (
        "error: could not compile 'mirrord-agent' (bin \"mirrord-agent\") due to 18 previous errors",
        "generic",
        "rustc",
    ),
    (
        "2018-01-26 20:47:11 - INFO     - NOTE: recipe gcc-runtime-6.2.0-r0: task do_compile: Started\n"
        "2018-01-26 20:54:52 - ERROR    - ERROR: gcc-runtime-6.2.0-r0 do_compile: oe_runmake failed\n"
        "2018-01-26 20:54:52 - ERROR    - ERROR: gcc-runtime-6.2.0-r0 do_compile: Function failed: "
        "do_compile (log file is located at /build/tmp/work/temp/log.do_compile.10059)",
        "generic",
        "",
    ),
    (
        "Now compiling OCaml. This may take a while, please bear with us...\n"
        "[ERROR] # opam-version 1.2.1\n# os           linux\n# command      make world\n"
        "# exit-code    2\n### stdout ###\n# [...]\n"
        "# ../../boot/ocamlrun ../../ocamlc -nostdlib -I ../../stdlib -w +33..39 -warn-error A "
        "-bin-annot -safe-string -pack -o dynlinkaux.cmo ../../utils/misc.cmo",
        "generic",
        "",
    ),
    (
        "<><> Processing actions <><><><><><><><><><><><><><><><><><><><><><><><><><>\n"
        '[ERROR] The compilation of ocaml-variants.4.06.1+flambda failed at "make world".\n\n'
        "#=== ERROR while compiling ocaml-variants.4.06.1+flambda ======================#\n"
        "# context     2.0.5 | macos/x86_64 | | https://opam.ocaml.org#2dd6a3c9\n"
        "# exit-code   2",
        "generic",
        "",
    ),
    (
        "linking shared-object psych.so\nruby failed to build: `make V=0 -j4` exited with 2",
        "generic",
        "",
    ),
    (
        "16:18:27 * Exception is:\n"
        "16:18:27 org.gradle.api.tasks.TaskExecutionException: Execution failed for task "
        "':app:compileReleaseUnitTestGroovy'.\n"
        "16:18:27 \tat org.gradle.api.internal.tasks.execution.ExecuteActionsTaskExecuter"
        ".executeActions(ExecuteActionsTaskExecuter.java:69)",
        "generic",
        "gradle",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 43: Docker's note before it pulls an image; Dependabot's job prefix before a
    # Ruby backtrace's frames.
    (
        "Run docker run --rm appropriate/curl -s --retry 3 http://localhost:8080/\n"
        "Unable to find image 'appropriate/curl:latest' locally\n"
        "latest: Pulling from appropriate/curl\nff3a5c916c92: Pulling fs layer\n"
        "ff3a5c916c92: Pull complete",
        "generic",
    ),
    (
        "updater | 2023/09/13 15:22:53 ERROR <job_721527124> /home/dependabot/common/lib/"
        "dependabot/shared_helpers.rb:41:in `in_a_temporary_repo_directory'\n"
        "updater | 2023/09/13 15:22:53 ERROR <job_721527124> /home/dependabot/swift/lib/"
        "dependabot/swift/file_parser.rb:17:in `parse'\n"
        "updater | 2023/09/13 15:22:53 ERROR <job_721527124> /home/dependabot/dependabot-updater/"
        "lib/dependabot/base_command.rb:52:in `run'",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 43: a quoted word is not a quoted wrapper line; a sentence that names the cause
    # around a quoted wrapper.
    'PLAY [Populate config host groups] ***\nTASK: [fail ] ***\nfailed: [localhost] => {"failed": true}\n'
    "msg: This playbook requires g_etcd_hosts to be set\n\nPLAY RECAP ***\n"
    "localhost : ok=23 changed=12 unreachable=0 failed=1",
    'The build fails because libfoo is missing: "Process completed with exit code 1."',
]
GUIDED += [
    # Round 42: pip's legacy block header at the end of its line; a wrapper line as a Markdown
    # list item; the OpenJDK build's heading over its failing commands (an ld warning below);
    # Jenkins' Build Failure Analyzer after a passing test run's summary.
    (
        "Processing /root/.cache/pypoetry/artifacts/python-Levenshtein-0.12.0.tar.gz\n"
        "    ERROR: Command errored out with exit status 1:\n"
        "     command: /usr/local/bin/python -c 'import sys, setuptools' egg_info\n"
        "    Complete output (19 lines):\n    running egg_info\n"
        "    Traceback (most recent call last):\n"
        '      File "<string>", line 1, in <module>',
        "generic",
        "",
    ),
    ("+ Process completed with exit code 1.", "github", ""),
    (
        "13:06:49  ERROR: Build failed for targets 'product-images test-image' in configuration "
        "'macosx-x86_64-server-release' (exit code 2)\n"
        "13:06:49  === Output from failing command(s) repeated here ===\n"
        "13:06:49  * For target support_test_jdk_jtreg_native_libstringPlatformChars_link:\n"
        "13:06:49  ld: warning: ignoring file /Users/jenkins/workspace/build/libjvm.dylib",
        "jenkins",
        "make",
    ),
    (
        "SUCCESS! -- 111 Passed | 0 Failed | 2 Pending | 1 Skipped --- PASS: TestTests (2225.47s)\n"
        "PASS\n............[BFA] No failure causes found\nFinished: FAILURE",
        "jenkins",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 42: a shell's trace of an assignment; MSBuild's note on a directory it need not
    # remove.
    (
        "++ tool_path_dir=/usr/local/bin\n++ fail_fast=false\n++ composer_home=/home/runner/.composer\n"
        "++ cert_source=system",
        "github",
    ),
    (
        "       PublishSharedFrameworkAndSharedHost:\n"
        '         Directory "D:\\git\\core\\Bin\\obj\\sharedFrameworkPublish" '
        "doesn't exist. Skipping.\n"
        '         "D:\\git\\core\\Tools\\dotnetcli\\dotnet.exe" restore --source '
        "https://dotnetfeed.blob.core.windows.net/dotnet-core/index.json",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 42: a count of failures that is not zero names what failed.
    "Ran 114 of 114 Specs in 2225.458 seconds\n"
    "FAIL! -- 111 Passed | 3 Failed | 0 Pending | 0 Skipped --- FAIL: TestTests (2225.47s)",
]
GUIDED += [
    # Round 44: a wrapper after a person's sentence and a colon; cargo's summary relayed as
    # "Error:"; Symfony Process's exit code line; Gradle's --debug state of the process it ran;
    # herokuish's summary under an autoprefixer warning; a failure notice that says there is
    # no output.
    (
        "The Github Actions for node.js CI builder fail: Process completed with exit code 134.",
        "github",
        "",
    ),
    ("Error: could not compile `cv-core`", "generic", "rustc"),
    (
        'The command "/usr/bin/php /var/www/html/artisan --version" failed.\n'
        "with Exit Code: 1 (General error)",
        "generic",
        "",
    ),
    (
        "13:39:11.031 [DEBUG] [org.gradle.process.internal.DefaultExecHandle] Changing state to: "
        "STARTED\n"
        "13:39:13.089 [DEBUG] [org.gradle.process.internal.DefaultExecHandle] Changing state to: "
        "FAILED",
        "generic",
        "gradle",
    ),
    (
        "       autoprefixer: /tmp/build/app/assets/stylesheets/application.scss:11794:3: Replace "
        "color-adjust to print-color-adjust. The color-adjust shorthand is currently deprecated.\n"
        "remote: ! Failure during app build",
        "heroku",
        "",
    ),
    ("Test fail without any output.", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # Round 44: a CMake warning's indented paragraphs (blank lines among them); testcontainers
    # waiting for a container (its wait strategy prints "timeout:<nil>").
    (
        "-- The C compiler identification is GNU 11.4.0\n"
        "CMake Deprecation Warning at CMakeLists.txt:14 (cmake_policy):\n"
        "  The OLD behavior for policy CMP0051 will be removed from a future version\n"
        "  of CMake.\n\n"
        "  The cmake-policies(7) manual explains that the OLD behaviors of all\n"
        "  policies are deprecated and that a policy should be set to OLD only under\n"
        "  specific short-term circumstances.\n\n"
        "-- Configuring done\n-- Generating done",
        "generic",
    ),
    (
        "2024/08/18 05:44:58 🐳 Creating container for image mysql:8.0.36\n"
        "2024/08/18 05:44:58 ✅ Container created: 70a848d015a1\n"
        "2024/08/18 05:44:58 ⏳ Waiting for container id 70a848d015a1 image: mysql:8.0.36. "
        "Waiting for: &{timeout:<nil> Log:port: 3306 MySQL Community Server IsRegexp:false}\n"
        "2024/08/18 05:45:05 🔔 Container is ready: 70a848d015a1",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 44: a tool's message with colons is not a sentence that introduces a wrapper.
    "error: linking with 'link.exe' failed: exit code: 1120",
    "28.21 error: failed to run custom build command for `ext-php-rs v0.13.1`\n"
    "28.21 Caused by:\n28.21   could not find native static library `php`",
]
GUIDED += [
    # Round 45: GitHub's e-mail on a failed run; vcpkg's CMake toolchain when the manifest's
    # install failed.
    (
        "Run failed for develop (0af7a5f)\n\nRepository: octo/alpaka\n"
        "Workflow: Publish documentation to gh-pages\nDuration: 1 minute and 3.0 seconds\n\n"
        "Jobs:\n  * gh-pages failed (1 annotation)",
        "github",
        "",
    ),
    (
        "CMake Error at _build/_deps/vcpkg-src/scripts/buildsystems/vcpkg.cmake:895 (message):\n"
        "  vcpkg install failed.  See logs for more information:\n"
        "  /root/deps/sdk/storage/_build/vcpkg-manifest-install.log",
        "generic",
        "cmake",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 45: a batch script's own lines echoed by cmd.
    (
        "02:47:12 > if exist test.tap (\n02:47:12 tap2junit -i test.tap -o js-tests.junit.xml\n"
        "02:47:12  if errorlevel 1 exit /b\n02:47:14 )",
        "generic",
    ),
]
GUIDED += [
    # Round 47: ruby-build's summary in a sentence that says the build is failing; old cargo's
    # capitalised build-script line (its "--- stderr" is no Buildkite section); Jenkins when a
    # build step threw docker-java's "Could not build image".
    (
        "Expected to get Ruby 2.6.10 installed however build is failing as "
        "`BUILD FAILED (macOS 12.6.1 using ruby-build 20221025)`",
        "generic",
        "",
    ),
    (
        "   Compiling tcod-sys v1.5.2 (https://github.com/tomassedovic/tcod-rs.git#100ec460)\n"
        "Failed to run custom build command for "
        "`tcod-sys v1.5.2 (https://github.com/tomassedovic/tcod-rs.git#100ec460)`\n"
        "Process didn't exit successfully: "
        "`/home/u/royalty-rs/target/build/tcod-sys-b0a1142e48454a13/build-script-build` "
        "(status=101)\n--- stderr\n"
        "\\rm -f /tmp/libtcod/release/bresenham_c.o /tmp/libtcod/release/bsp_c.o",
        "generic",
        "rustc",
    ),
    (
        "Docker Build: building image at path /var/jenkins_home/workspace/Test-DockerBuild/test\n"
        "ERROR: Build step failed with exception\n"
        "com.github.dockerjava.api.DockerClientException: Could not build image\n"
        "    at com.github.dockerjava.core.command.BuildImageResultCallback.getImageId("
        "BuildImageResultCallback.java:66)",
        "jenkins",
        "docker",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 47: Azure's step header alone; Dependabot's job prefix on a backtrace's frames;
    # Composer's -vvv cache notes; MSVC ignoring GCC's options; Ruby's build finding its
    # bundled gems.
    ("```\nStarting: Build\n===", "azure"),
    (
        "2025/04/22 08:14:23 ERROR <job_1002636712> /home/dependabot/dependabot-updater/lib/"
        "dependabot/updater/operations/update_all_versions.rb:59:in `block in perform'\n"
        "2025/04/22 08:14:23 ERROR <job_1002636712> /home/dependabot/dependabot-updater/lib/"
        "dependabot/updater/operations/update_all_versions.rb:59:in `each'\n"
        "2025/04/22 08:14:23 ERROR <job_1002636712> /home/dependabot/dependabot-updater/lib/"
        "dependabot/updater/operations/update_all_versions.rb:59:in `perform'",
        "generic",
    ),
    (
        "Cache directory does not exist (cache-vcs-dir): \n"
        "Clearing cache (cache-repo-dir): /home/user/.cache/composer/repo\nAll caches cleared.\n"
        "Loading composer repositories with package information\nUpdating dependencies",
        "generic",
    ),
    (
        "    building 'hawkeslib.model.c.c_uv_bayes' extension\n"
        "    cl : Command line warning D9002 : ignoring unknown option '-O3'\n"
        "    cl : Command line warning D9002 : ignoring unknown option '-march=native'",
        "generic",
    ),
    (
        "Downloading bundled gem files...\ngems/minitest-5.15.0.gem already exists\n"
        "gems/power_assert-2.0.1.gem already exists\nExtracting bundled gem files...",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 47: rustc's suggestion ends in a question mark; Go's undefined name; a value git
    # refuses; the API level a dependency needs; Windows' access violation.
    "error: could not find native static library `tb_client`, perhaps an -L flag is missing?\n\n"
    "error: could not compile `tigerbeetle-unofficial-sys` (lib) due to 1 previous error",
    "root@test:~/go/errdemo# export GOBIN=~/go/bin\nroot@test:~/go/errdemo# go install\n"
    "# _/root/go/errdemo\n./main.go:4: undefined: notDefined\n"
    "root@test:~/go/errdemo# go version\ngo version go1.7.4 linux/amd64",
    "https://git-lfs.github.com/spec/v1 is not a valid attribute name: "
    "JArchitectOut/2016_01/.gitattributes:1\n"
    "sha256:bdfe1b5e57942ae00ec18c1ea5917c797af8c4d4b4f0d5abbb422fae09e8dca4 is not a valid "
    "attribute name: JArchitectOut/2016_01/.gitattributes:2",
    "Dependency 'androidx.lifecycle:lifecycle-runtime-compose-android:2.11.0' requires libraries\n"
    "and applications that depend on it to compile against version 37 or later of the Android "
    "APIs.\n:app:android is currently compiled against android-36.",
    "`CL.exe exited with code -1073741819` (0xC0000005, access violation) while compiling "
    "`src/core/input_log.c`.",
]
CUT_BEFORE_THE_ERROR += [
    # Round 47: a licence's "version 3 or later" in a tool's banner names no cause.
    (
        "$ gcc --version\ngcc (Ubuntu 4.8.4-2ubuntu1~14.04.3) 4.8.4\n"
        "License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n"
        "This is free software: you are free to change and redistribute it.",
        "generic",
    ),
]
GUIDED += [
    # Round 46: MSBuild relaying cargo's lines from a custom build step (the project's name cut);
    # SSHKit's exit status with nothing written; a wrapper line closing a Markdown code span;
    # Gradle's worker API nesting wrappers only.
    (
        "CUSTOMBUILD : error : could not compile `cfg-if` "
        "[C:\\work\\build\\windows\\cargo-build.vcxproj]\n"
        "CUSTOMBUILD : warning : build failed, waiting for other jobs to finish... "
        "[C:\\work\\build\\windows\\cargo-build.vcxproj]\n"
        "CUSTOMBUILD : error : aborting due to previous error [C:\\work\\build\\windows\\cargo-build_flu",
        "generic",
        "rustc",
    ),
    (
        "cap aborted!\n"
        "SSHKit::Runner::ExecuteError: Exception while executing as myapp@myIP: rake exit status: 1\n"
        "rake stdout: Nothing written\nrake stderr: Nothing written",
        "generic",
        "capistrano",
    ),
    (
        "Error: \n✖ Command failed with exit code 1\nCommand failed with exit code 1\n"
        "Error: Process completed with exit code 1.`",
        "github",
        "yarn",
    ),
    (
        "* What went wrong:\nExecution failed for task ':lintReportJvm'.\n"
        "> A failure occurred while executing "
        "com.android.build.gradle.internal.lint.AndroidLintTask$AndroidLintLauncherWorkAction\n"
        "   > There was a failure while executing work items\n"
        "      > A failure occurred while executing "
        "com.android.build.gradle.internal.lint.AndroidLintWorkAction",
        "generic",
        "gradle",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 46: a Go service's JSON log lines below error; CMake's checks of the platform.
    (
        '{"level":"info","message":"running self-build","serviceContext":{"service":"image-builder",'
        '"version":""},"severity":"INFO","time":"2021-08-06T22:25:14Z"}\n'
        '{"level":"debug","message":"self-build context sent","serviceContext":{"service":'
        '"image-builder","version":""},"severity":"DEBUG","time":"2021-08-06T22:25:14Z"}\n'
        '{"level":"debug","message":"Step 1/7 : FROM alpine:3.14","severity":"DEBUG",'
        '"time":"2021-08-06T22:25:14Z"}',
        "generic",
    ),
    (
        "-- Looking for iconv\n-- Looking for iconv - not found\n"
        "-- Performing Test HAVE_STD_FILESYSTEM\n-- Performing Test HAVE_STD_FILESYSTEM - Failed\n"
        "-- Configuring done",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 46: the exception Gradle's worker API nests under its wrappers is the cause,
    # whatever its words.
    "* What went wrong:\nExecution failed for task ':linuxX64BenchmarkGenerate'.\n"
    "> There was a failure while executing work items\n"
    "   > A failure occurred while executing kotlinx.benchmark.gradle.NativeSourceGeneratorWorker\n"
    "      > 'org.jetbrains.kotlin.library.KotlinLibrary org.jetbrains.kotlin.library."
    "SearchPathResolver$DefaultImpls.resolve$default(org.jetbrains.kotlin.library."
    "SearchPathResolver, java.lang.String, boolean, int, java.lang.Object)'",
]
GUIDED += [
    # Round 48: elm-spa when it cannot parse the Elm compiler's report; flyctl's V1 monitor over
    # an instance that failed.
    (
        "! elm-spa failed to understand an error\n\n"
        "Please report the output below to https://github.com/ryannhg/elm-spa/issues",
        "generic",
        "",
    ),
    (
        "==> Monitoring deployment\n"
        "Logs: https://fly.io/apps/elxir-google-auth-demo/monitoring\n\n"
        " 1 desired, 1 placed, 0 healthy, 1 unhealthy [restarts: 2] [health checks: 1 total]\n"
        "Failed Instances\n\nFailure #1",
        "fly",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 48: dub's note on a package that is not a git checkout; yum's transaction table
    # under a provisioner's machine name; a compile line naming exceptions.c; Python's logging
    # below warning; PostgreSQL's LOG level; a Rust backtrace's frames.
    (
        "Using dub registry url 'https://code.dlang.org/'\n"
        "Refreshing local packages (refresh existing: true)...\n"
        "Note: Failed to determine version of package drill-search at .. Assuming ~master.\n"
        "Refreshing local packages (refresh existing: false)...",
        "generic",
    ),
    (
        "    adm:  perl                        x86_64      4:5.16.3-297.el7       base      8.0 M\n"
        "    adm:  perl-Carp                   noarch      1.26-244.el7           base       19 k\n"
        "    adm:  perl-Encode                 x86_64      2.51-7.el7             base      1.5 M",
        "generic",
    ),
    (
        "libtool: compile:  cc -I. -I/home/runner/work/pecl-jsonpath/pecl-jsonpath -DHAVE_CONFIG_H "
        "-g -O2 -c /home/runner/work/pecl-jsonpath/pecl-jsonpath/src/jsonpath/exceptions.c -o "
        "src/jsonpath/exceptions.lo -MMD -MF src/jsonpath/exceptions.dep -MT "
        "src/jsonpath/exceptions.lo\n"
        "/bin/bash /home/runner/work/pecl-jsonpath/pecl-jsonpath/libtool --mode=compile cc -I. "
        "-c /home/runner/work/pecl-jsonpath/pecl-jsonpath/src/jsonpath/exceptions.c\n"
        "libtool: compile:  cc",
        "github",
    ),
    (
        "[2020-10-13 15:35:51,562 cachito.workers.scm DEBUG scm.repo_name] Parsed the repository "
        'name "thomasmckay/quay-osbs" from https://github.com/thomasmckay/quay-osbs.git\n'
        "[2020-10-13 15:35:51,564 cachito.workers.scm DEBUG scm.fetch_source] The archive already "
        'exists at "/tmp/cachito-archives/sources/thomasmckay/quay-osbs/37eac368.tar.gz"\n'
        "[2020-10-13 15:35:51,564 cachito.workers.scm DEBUG scm._verify_archive] Verifying the "
        "archive at /tmp/cachito-archives/sources/thomasmckay/quay-osbs/37eac368.tar.gz",
        "generic",
    ),
    (
        "11:05:43 Running com.tradeshift.company.profile.persistence.impl.ProfileFieldDaoImplTest\n"
        "11:05:43 company-profile-postgres-dao-test> server started\n"
        "11:05:43 company-profile-postgres-dao-test> LOG:  received fast shutdown request\n"
        "11:05:43 company-profile-postgres-dao-test> LOG:  aborting any active transactions",
        "generic",
    ),
    (
        "Stack backtrace:\n"
        "   0: anyhow::error::<impl core::convert::From<E> for anyhow::Error>::from\n"
        "   1: cargo_bootimage::main\n"
        "   2: std::sys_common::backtrace::__rust_begin_short_backtrace\n"
        "             at /rustc/c2804e6ec2c29a5c7368600ea173b890e2655c3d/library/core/src/ops/"
        "function.rs:280:13\n"
        "             std::panicking::try\n"
        "             std::panic::catch_unwind",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 48: a path that does not appear to exist; a file format the linker does not
    # recognise; a spec's name with "::" in it is no backtrace frame.
    "`==> Error: Your chosen SYSROOT, “/Users/runner/work/mod/mod/theos/sdks/iPhoneOS17.5.sdk/”, "
    "does not appear to exist.`",
    "# github.com/shipwright-io/cli/cmd/shp\n"
    "/usr/lib/golang/pkg/tool/linux_amd64/link: running gcc failed: exit status 1\n"
    "/tmp/go-link-627518463/go.o: file not recognized: file format not recognized\n"
    "collect2: error: ld returned 1 exit status",
    "3)\nRbConfig::CONFIG ['STRIP'] exists and can be executed FAILED\n"
    'Expected "" == "strip: \'/usr/local/bin/strip\' is not a valid command"',
]
GUIDED += [
    # Round 49: Cake's task failure and the AggregateException it prints over the tool's exit
    # code; a Nix derivation not built; rpmbuild's %build scriptlet; Armbian's build function;
    # Dependabot's notices; Flutter after Xcode's failed build; Zuul's report of each job; a
    # script's "see logs above" under a log viewer's date column; a quoted GitHub line whole.
    (
        "An error occurred when executing task 'Test'.\nError: One or more errors occurred.\n"
        "\t.NET Core CLI: Process returned an error (exit code 1).",
        "generic",
        "",
    ),
    (
        'Task "Build" failed.\nSystem.AggregateException: One or more errors occurred.\n'
        "Error: Process completed with exit code 1.",
        "github",
        "",
    ),
    (
        "collect2: error: ld returned 1 exit status\nmake: *** [Makefile:849: all] Error 2\n"
        "builder for '/nix/store/w6jny3pl3yd2x162q8pivq1bxymrr6gb-gnu-toolchain-arm-none-eabi-"
        "8.3.0.drv' failed with exit code 2\ncannot build derivation '/nix/store/m2kw9jf",
        "generic",
        "linker",
    ),
    (
        "vite v8.1.0 building client environment for production...\n"
        "make: *** [Makefile:145: web-build] Error 139\n"
        "error: Bad exit status from /var/tmp/rpm-tmp.dkCW45 (%build)\n"
        " Bad exit status from /var/tmp/rpm-tmp.dkCW45 (%build)",
        "generic",
        "make",
    ),
    (
        "[ o.k. ] Building deb [ linux-u-boot-next-nanopineo_5.38_armhf.deb ]\n"
        "[ error ] ERROR in function compile_uboot [ compilation.sh:232 ]\n"
        "[ error ] Building u-boot package failed\n[ o.k. ] Process terminated",
        "generic",
        "",
    ),
    (
        '"Dependabot encountered an unknown error\n\nDependabot failed to update your '
        'dependencies because an unexpected error occurred. See the logs for more details."',
        "generic",
        "",
    ),
    (
        "Starting lib/main.dart on iPhone 6s...\n** BUILD FAILED **\n\n"
        "Could not build the application for the simulator.\n"
        "Error starting application on iPhone 6s.\nUnable to run application",
        "generic",
        "xcode",
    ),
    (
        "Build failed (check pipeline).\n\n"
        "- https://ci.example.org/job/ruby-rubocop-zuul/602/ : SUCCESS in 8s\n"
        "- https://ci.example.org/job/ruby-tests-zuul/543/ : ABORTED in 33m 02s\n"
        "- https://ci.example.org/job/ruby-integration-tests-zuul/317/ : UNSTABLE in 12m 52s",
        "generic",
        "",
    ),
    (
        "08-Nov-2018 07:10:12 | The command '/bin/sh -c curl -fSLO https://example.org/yarn.tar.gz'"
        " returned a non-zero code: 22\n"
        '08-Nov-2018 07:10:12 | raise Exception("Unable to build image. Please see logs above.")\n'
        "08-Nov-2018 07:10:12 | Exception: Unable to build image. Please see logs above.",
        "generic",
        "docker",
    ),
    (
        "Logs contain `2020-11-02T12:14:58.7716488Z ##[error]PowerShell exited with code '1'.`",
        "azure",
        "",
    ),
    # Round 49: Gradle's notice on deprecated features names no cause.
    (
        "* What went wrong:\nExecution failed for task ':common:compileJava'.\n"
        "> Compilation failed; see the compiler error output for details.\n\n"
        "* Try:\nRun with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 33s\n\n"
        "Deprecated Gradle features were used in this build, making it incompatible with Gradle 8.0.",
        "generic",
        "gradle",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 49: Oryx creating a directory "if it does not exist"; RSpec's summary of a run
    # without failures; go-check's result lines.
    (
        "Python Version: /tmp/oryx/platforms/python/3.12.11/bin/python3.12\n"
        "Creating directory for command manifest file if it does not exist\n"
        "Removing existing manifest file\nCreating virtual environment...\n"
        "Running pip install poetry...",
        "generic",
    ),
    (
        "rspec spec/gitlab/cli_spec.rb; echo $?\n\nRandomized with seed 32489\n\n"
        "Finished in 0.05954 seconds (files took 0.22621 seconds to load)\n"
        "10 examples, 0 failures\n\nRandomized with seed 32489\n\n1",
        "generic",
    ),
    (
        "PASS: docker_cli_daemon_test.go:575: DockerDaemonSuite.TestDaemonKeyGeneration\t0.528s\n"
        "PASS: docker_cli_daemon_test.go:594: DockerDaemonSuite.TestDaemonKeyMigration\t0.524s\n"
        "PASS: docker_cli_daemon_test.go:498: DockerDaemonSuite.TestDaemonLogLevelDebug\t0.518s",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 49: an HTTP server's error and Go's import path it cannot resolve; a shell's option
    # without its argument; Go's unknown struct field; Gradle's test JVM that exited.
    "go: github.com/golang/mock@v1.4.3 requires\n\trsc.io/quote/v3@v3.1.0: unrecognized import "
    'path "rsc.io/quote/v3": reading https://rsc.io/quote/v3?go-get=1: 503 Service Unavailable\n'
    "make: *** [release] Error 1",
    "yarn run v1.3.2\nbin/cfstage medium\n/bin/bash: -c: option requires an argument\n"
    "error Command failed with exit code 123.",
    "golangci-lint v2.12.2 reported `unknown field rfd in struct literal of type splicePipe`\n"
    "Error: Process completed with exit code 1.",
    "* What went wrong:\nExecution failed for task ':app:testProdReleaseUnitTest'.\n"
    "> Process 'Gradle Test Executor 4' finished with non-zero exit value 1\n\n"
    "* Try:\nRun with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 36m 9s",
]
GUIDED += [
    # Round 50: MSBuild's task that failed without logging why, quoted in a JSON report; Travis'
    # dpl 2 after the deploy script exited non-zero; cargo's wrapper under BuildKit's seconds
    # with the step number cut.
    (
        '{\n"ErrorMessage": "error MSB4181: The \\"RestoreTask\\" task returned false but did not '
        'log an error.",\n"BuildRetry": false\n}',
        "generic",
        "msbuild",
    ),
    (
        "Run deployment\nScript failed with status #<struct Dpl::Provider::Status "
        "provider=Dpl::Providers::Script, status=:stable, info=nil>\nfailed to deploy",
        "generic",
        "",
    ),
    (
        "110.4 Compiling time-macros v0.2.17\n124.3 error: could not compile `cranelift-codegen` "
        "(lib)\n124.3\n124.3 Caused by:\n124.3 process didn't exit successfully: "
        "`/usr/local/rustup/toolchains/1.71.0-x86_64-unknown-linux-gnu/bin/rustc --crate-name "
        "cranelift_codegen --edition=2021`",
        "generic",
        "rustc",
    ),
    (
        "PFDevice.m:109:49: note: enclose 'operatingSystemVersion' in an @available check to "
        "silence this warning\n** BUILD FAILED **",
        "generic",
        "xcode",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 50: cmake-js' steps; GCC's include chain before the diagnostic.
    (
        'info find VS "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community"\n'
        "info find VS run with --verbose for detailed information\ninfo RUN '-G',\n"
        "info RUN 'Visual Studio 17 2022',\ninfo RUN '-A',\ninfo RUN 'Win32',\nNot searching f",
        "generic",
    ),
    (
        "github.com/go-gl/glfw/v3.2/glfw\n"
        "In file included from ./glfw/src/internal.h:169:0,\nfrom ./glfw/src/context.c:",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 50: the symbols ld64 lists as undefined; a compiler's note under its diagnostic
    # (not one on how to silence a warning).
    '"___cxa_throw", referenced from:\n'
    "al::semaphore::semaphore(unsigned int) in libopenal.a[4](alsem.cpp.o)\n"
    "RingBuffer::Create(unsigned long, unsigned long, bool) in libopenal.a[10](ringbuffer.cpp.o)",
    '"std::__1::basic_string<char>::append(char const*)", referenced from:\n'
    "al::semaphore::semaphore(unsigned int) in libopenal.a[4](alsem.cpp.o)\n"
    "RingBuffer::Create(unsigned long, unsigned long, bool) in libopenal.a[10](ringbuffer.cpp.o)",
    "In file included from /tmp/php-build/source/ext/intl/codepointiterator_internal.h:20:\n"
    "/usr/include/unicode/brkiter.h:127:18: note: overridden function is 'virtual bool "
    "icu_72::BreakIterator::operator==(const icu_72::BreakIterator&) const'\n"
    "make: *** [Makefile:1202: ext/intl/codepointiterator_methods.lo] Error 1",
]
GUIDED += [
    # Round 51: a build's own count of its errors above npm's wrapper; clang's count with the
    # errors cut; a publisher's retry summary; Platform.sh's last line; Netlify's deploy list
    # copied as one line.
    (
        "THERE ARE ERRORS\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1\n"
        "npm ERR! app@0.1.0 build: `vitreum --static`\nnpm ERR! Exit status 1",
        "generic",
        "npm",
    ),
    (
        "2 errors generated.\nmake[2]: *** [CMakeFiles/app.dir/main.cpp.o] Error 1\n"
        "make: *** [all] Error 2",
        "generic",
        "make",
    ),
    (
        "Error: failed 5 times and won't be retried again\nError: Process completed with exit code 1.",
        "github",
        "",
    ),
    (
        "Poetry installation failed.\n\nE: Error building project: Step failed with status code "
        "1.\n\nE: Error: Unable to build application, aborting.",
        "generic",
        "",
    ),
    (
        '"Production failed: Build script returned non-zero exit code: 255: Today at 12:43 pm"',
        "netlify",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 51: a tool too old for what it meets; a value other than the one expected.
    "Plugin is too old, please update to a more recent version, or set\n"
    "ANDROID_DAILY_OVERRIDE environment variable to\n"
    '"4b8c9154d4443ee9cf42eb609e926d3721ea0eab"',
    "install-jdk.sh 2020-06-02\n"
    "Expected feature release number in range of 9 to 17, but got: 8\n"
    'The command "~/bin/install-jdk.sh --feature 8" failed and exited with 3 during .',
]
GUIDED += [
    # Round 52: pip's progress line for the phase that failed; a job's line in GitHub's
    # notification email; a Jenkins pipeline bot's stage status; Ansible's failed loop item;
    # Unity's build task with no output; PHPUnit's child process that died; Deployer's failed
    # task.
    (
        "pip install -e .\nObtaining file:///D:/project\nInstalling build dependencies ... error\n"
        "ERROR: Command errored out with exit status 2:",
        "generic",
        "",
    ),
    ("Build / WebAssembly\nFailed in 5 seconds", "github", ""),
    (
        "Test stage Unit Test completed with status FAILURE. "
        "https://build.example.org/job/app/job/PR-51/1/execution",
        "jenkins",
        "",
    ),
    (
        "TASK [install packages] ****\nfailed: [localhost] (item=[u'bash', u'curl', u'git']) => {",
        "generic",
        "ansible",
    ),
    (
        'I am getting this error "The Unity build task finished without results. Check editor '
        'logs for details."',
        "generic",
        "",
    ),
    (
        "PHPUnit 12.4-dev by Sebastian Bergmann and contributors.\n\n"
        "Fatal error: Premature end of PHP process when running App\\Tests\\KernelTest::testBoot.\n"
        "Error: Process completed with exit code 255.",
        "github",
        "",
    ),
    (
        "task deploy:vendors\ntask artisan:storage:link\n[localhost] error in laravel.php on line 24:",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 52: a build compiling a view named for errors (error_view.ex) is no error; Bamboo's
    # kind and date columns before Gradle's --debug logger and its time.
    (
        "$ mix release\nCompiled lib/app.ex\nCompiled web/views/error_view.ex\n"
        "Compiled web/router.ex\n==> Building release with MIX_ENV=dev.",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 52: the forms above with the cause after them.
    "Getting requirements to build wheel ... error\n"
    "ModuleNotFoundError: No module named 'setuptools'",
    'failed: [web1] (item=nginx) => {\n    "msg": "Could not find the requested service nginx: host"',
]

CUT_BEFORE_THE_ERROR += [
    # Round 52: Bamboo's kind and date columns before Gradle's --debug logger and its time,
    # over the task executor's frames (the exception is above them).
    (
        "error\t11-Dec-2015 11:21:49\t03:21:49.355 [ERROR] [org.gradle.BuildExceptionReporter] "
        "at org.gradle.execution.taskgraph.DefaultTaskPlanExecutor.process("
        "DefaultTaskPlanExecutor.java:25)\n"
        "error\t11-Dec-2015 11:21:49\t03:21:49.356 [ERROR] [org.gradle.BuildExceptionReporter] "
        "at org.gradle.execution.DefaultBuildExecuter.execute(DefaultBuildExecuter.java:37)\n"
        "error\t11-Dec-2015 11:21:49\t03:21:49.357 [ERROR] [org.gradle.BuildExceptionReporter] "
        "at org.gradle.execution.DefaultBuildExecuter.access$000(DefaultBuildExecuter.java:23)",
        "generic",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 52: the Unity editor's debugger agent finding its port taken is no error.
    (
        "Starting: Unity Build Win64\n"
        "[command]D:\\Unity\\Editor\\Unity.exe -batchmode -buildTarget Win64 -quit\n"
        "debugger-agent: Unable to listen on 3024\n"
        "Checking whether Unity process is still running...\n"
        "Unity process has finished. Checking for build output in d:\\a\\1\\s\\Build",
        "azure",
    ),
]
GUIDED += [
    # A wrapper line in typographic quotes; one quoted wrapper among other quoted words (a
    # package, a command) in a sentence that names no cause.
    ("I get the error \u201cError: Process completed with exit code 1.\u201d", "github", ""),
    (
        "When I run it for `drupal/admin_toolbar:^3.4` the step ends in an "
        "`Error: Process completed with exit code 5.` error.",
        "github",
        "",
    ),
]
NO_GUIDANCE += [
    # Two quoted wrapper lines are not one line quoted; a quoted cause beside a quoted wrapper.
    "It ends with `Error: Process completed with exit code 1.` and `make: *** [all] Error 2` here",
    "The step fails with `Error: Process completed with exit code 1.` after "
    "`npm ERR! 404 Not Found - GET https://registry.npmjs.org/left-padd`",
]
GUIDED += [
    # Round 53: an older pip's failed phase; uv's failed build backend; pytest's collection
    # errors; electron-builder's helper exiting non-zero; frontend-maven-plugin's failed task;
    # the Gradle Tooling API's failed build; cargo-msrv's failed check.
    (
        "Collecting lxml==4.2.1\n  Downloading lxml-4.2.1.tar.gz (4.1 MB)\n"
        "  Getting requirements to build wheel: started\n"
        "  Getting requirements to build wheel: finished with status 'error'\n"
        "ERROR: Command errored out with exit status 1:\n   cwd: /tmp/pip-install-abc/lxml",
        "generic",
        "",
    ),
    (
        "uv pip install -e .\nerror: The build backend returned an error\n"
        "  Caused by: Call to `setuptools.build_meta.build_editable` failed (exit code: 1)\n"
        "[stderr]\nTraceback (most recent call last):",
        "generic",
        "uv",
    ),
    (
        "collected 311 items / 1 error / 310 selected\n\n==================== ERRORS ====================\n"
        "____________ ERROR collecting tests/test_api.py ____________\n"
        "!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!",
        "generic",
        "pytest",
    ),
    (
        "  • building        target=nsis file=dist/App Setup.exe\n"
        "  ⨯ /home/runner/work/app/node_modules/app-builder-bin/linux/x64/app-builder exited "
        "with code ERR_ELECTRON_BUILDER_CANNOT_EXECUTE",
        "github",
        "",
    ),
    (
        "[INFO] BUILD FAILURE\n"
        "org.apache.maven.plugin.MojoFailureException: Failed to run task\n"
        "\tat com.github.eirslett.maven.plugins.frontend.mojo.AbstractFrontendMojo.execute("
        "AbstractFrontendMojo.java:100)",
        "generic",
        "maven",
    ),
    (
        "org.gradle.tooling.BuildException: Could not execute build using Gradle distribution "
        "'https://services.gradle.org/distributions/gradle-4.4-all.zip'.\n"
        "\tat org.gradle.tooling.internal.consumer.ExceptionTransformer.transform("
        "ExceptionTransformer.java:51)",
        "generic",
        "gradle",
    ),
    (
        "Using check command cargo check\n"
        "Check for toolchain '1.56.0-x86_64-unknown-linux-gnu' failed with:\n"
        "    Updating crates.io index\n   Downloading crates ...",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 53: Heroku's Python buildpack advising a newer patch release is no error; syslog
    # lines are a log's.
    (
        "-----> Python app detected\n"
        " !     The latest version of Python 3.7 is python-3.7.3 (you are using python-3.7.1, "
        "which is unsupported).\n"
        "-----> Installing requirements with pip",
        "heroku",
    ),
    (
        "Mar 4 10:02:11 build-mac builderd[311]: did read header from socket\n"
        "Mar 4 10:02:11 build-mac builderd[311]: header dictionary is {\n"
        "    buildOptions = {\n"
        '        scheme = "App";\n'
        "    };\n"
        "    buildType = 0;\n"
        "}",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 53: the forms above with the cause after them.
    "==================== ERRORS ====================\n"
    "____________ ERROR collecting tests/test_api.py ____________\n"
    "ImportError while importing test module '/src/tests/test_api.py'.\n"
    "E   ModuleNotFoundError: No module named 'requests'",
    "error: The build backend returned an error\n"
    "  Caused by: Call to `setuptools.build_meta.build_wheel` failed (exit code: 1)\n"
    "[stderr]\nerror: command 'gcc' failed: No such file or directory",
]
GUIDED += [
    # Round 54: pip's failed subprocess; R's pak; debhelper and dpkg-buildpackage; make's ignored
    # error; a build script relaying a command's status; webpack's error count; Spack's failed
    # command; electron-builder's failed rebuild; Maven skipping a module; a make target's status.
    (
        "  Installing backend dependencies: finished with status 'error'\n"
        "  error: subprocess-exited-with-error\n\n"
        "  × pip subprocess to install backend dependencies did not run successfully.\n"
        "  │ exit code: 1\n  ╰─> [12 lines of output]",
        "generic",
        "",
    ),
    (
        "ℹ Building sf 1.0-16\n✖ Failed to build sf 1.0-16 (3.1s)\nError:\n"
        "! error in pak subprocess\nCaused by error in `stop_task_build(state, worker)`:\n"
        "! Failed to build source package sf.",
        "generic",
        "",
    ),
    (
        "dh_auto_build: error: cd build && make -j4 returned exit code 2\n"
        "make: *** [debian/rules:8: build] Error 25\n"
        "dpkg-buildpackage: error: debian/rules build subprocess returned exit status 2",
        "generic",
        "make",
    ),
    # Round 77, 074: a runner's framed heading over failures, the paste cut below it.
    ("---sequential failures---", "generic", ""),
    # Round 77, 048: pybuild's plugin status and an older debhelper's line (no "error: ").
    (
        "E: pybuild pybuild:330: test: plugin custom failed with: exit code=1: cd build && "
        "python2.7 -m pytest\n"
        "dh_auto_test: pybuild --test --test-pytest -i python{version} -p 2.7 returned exit code 13",
        "generic",
        "",
    ),
    (
        "Makefile:12: recipe for target 'test' failed\nmake: [test] Error 1 (ignored)",
        "generic",
        "make",
    ),
    ("Error (./make.py): 1", "generic", ""),
    (
        "2 errors have detailed information that is not shown.\n"
        "Use 'stats.errorDetails: true' resp. '--stats-error-details' to show it.\n\n"
        "webpack 5.88.2 compiled with 4 errors in 10342 ms",
        "generic",
        "",
    ),
    (
        "==> Error: ProcessError: Command exited with status 2:\n    'make' '-j8'\n"
        "/spack/var/spack/repos/builtin/packages/zlib/package.py:51, in install:",
        "generic",
        "",
    ),
    (
        "  ⨯ cannot execute  cause=exit status 1\n"
        "                    errorOut=npm WARN using --force Recommended protections disabled.\n"
        "    npm ERR! code 1\n    npm ERR! command failed",
        "generic",
        "npm",
    ),
    (
        "[ERROR] app-web: This project has been banned from the build due to previous failures.",
        "generic",
        "maven",
    ),
    ('"make download-cache target=linux failed: exit code 2"', "generic", "make"),
]
CUT_BEFORE_THE_ERROR += [
    # Round 54: pnpm's install progress is a log's; Stack building its first index, a test
    # summary with no failure and a build configuring a directory named for errors are no
    # cause.
    (
        "~/app $ CI=true pnpm i --frozen-lockfile\nScope: all 4 workspace projects\n"
        "Packages: +812\n++++++++++++++++++++++++++++++++++++++++\n"
        "Progress: resolved 812, reused 0, downloaded 37, added 34\n"
        "Progress: resolved 812, reused 0, downloaded 97, added 90",
        "generic",
    ),
    (
        "Downloading timestamp\nDownloading snapshot\nCannot update index (no local copy)\n"
        "Downloading index\nUpdated package index downloaded",
        "generic",
    ),
    (
        "Starting test execution, please wait...\n"
        "Total tests: 52. Passed: 52. Failed: 0. Skipped: 0.\n"
        "Test Run Successful.\nStarting test execution, please wait...",
        "generic",
    ),
    (
        "compiling dln.c\nlinking static-library libruby-static.a\nconfiguring -test-/exception\n"
        "configuring -test-/fatal\nconfiguring openssl",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 54: the forms above with the cause after them.
    "error: subprocess-exited-with-error\n\n"
    "× Getting requirements to build wheel did not run successfully.\n"
    "│ exit code: 1\n╰─> [3 lines of output]\n"
    "    ModuleNotFoundError: No module named 'numpy'",
    "ERROR in ./src/index.ts 3:0-32\nModule not found: Error: Can't resolve './app'\n"
    "webpack 5.88.2 compiled with 1 error in 812 ms",
]
GUIDED += [
    # Round 55: a builder's pointer up its log; Metro's failed bundle; GitLab's failed-job notice;
    # the `now` CLI's failed npm script; chart-testing's summary; a bare "An error occurred";
    # a web server's 5xx access line; Zephir's failed extension compile pointing to its log.
    (
        "2024-05-02 10:12:01 INFO [setup-node] Installing dependencies in package-lock.json\n"
        "2024-05-02 10:12:09 ERROR [main] There was a problem setting up Node, see the above "
        "logs for details.",
        "generic",
        "",
    ),
    ("› Press r to restart packager\nFailed building JavaScript bundle.", "generic", ""),
    (
        "Job [#4211](https://gitlab.example.com/team/app/-/jobs/4211) failed for 1a2b3c4d5e6f:",
        "gitlab",
        "",
    ),
    ("Error: `npm run-script postinstall` failed for app@1.2.0 (exit code 1)", "vercel", ""),
    ("Error: Error installing charts: Error processing charts", "generic", ""),
    ('The page only shows "An error occurred" and nothing else.', "generic", ""),
    ("[web] ERROR: 500 POST /api/jobs/7/run (10.0.0.5) 31.02ms", "generic", ""),
    (
        "Compiling...\nInstalling...\nZephir\\CompilerException: Internal extension compilation "
        "failed. Check compile-errors.log for more information\n\nat Library/Compiler.php(1126)",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 55: a package whose name holds "error", under a caret range; the legacy Docker
    # builder's platform warning; MSBuild echoing csc.exe's command line; a compiler's note
    # under a warning.
    (
        "Installing package debug@^2.2.0\nInstalling package pretty-error@^2.0.2\n"
        "Installing package react@^15.6.1",
        "generic",
    ),
    (
        "Step 2/9 : RUN apk update\n ---> [Warning] The requested image's platform "
        "(linux/arm64/v8) does not match the detected host platform (linux/amd64)\n"
        " ---> Running in 3f2a1b\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.18/main",
        "generic",
    ),
    (
        '25>      Task "Csc"\n'
        "25>        C:\\Program Files\\Microsoft Visual Studio\\2022\\Professional\\MSBuild\\"
        "Current\\Bin\\Roslyn\\csc.exe /noconfig /unsafe- /checked- /nowarn:1701,1702 "
        '/reference:C:\\libs\\ErrorHandling.dll\n25>      Done executing task "Csc".',
        "generic",
    ),
    (
        "src/io.c: In function 'read_all':\n"
        "src/io.c:90:3: warning: ignoring return value of 'getcwd' [-Wunused-result]\n"
        "   getcwd(buf, size);\n   ^\n"
        "src/io.c:120:3: note: in expansion of macro 'GETCWD'\n"
        "src/main.c: In function 'main':",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Round 55: ld64's duplicate symbol, git's empty stash and an Azure agent's refused job
    # request are causes; a compiler's note under its error is the error's.
    "make: *** [sapi/cli/php] Error 1\nld: duplicate symbol _yytext in Zend/zend_ini_scanner.o and",
    "src/io.c:90:3: error: unknown type name 'LogSeverity'\n"
    "src/io.c:120:3: note: in expansion of macro 'GETCWD'\nmake: *** [all] Error 2",
    "No stash entries found.\nScript failed with status 127",
    "Queued: Today at 4:28 PM\n\nThe agent request is already running or has already completed.\n"
    "Job preparation parameters",
]

GUIDED += [
    # Elastic's Jenkins bot listing a build's failed steps: the pipeline's "Error signal" step
    # and its description (rounds 15, 30).
    (
        "##### `Shell Script`\n<ul>\n<li>Took 4 min 2 sec . View more details on "
        '<a href="https://ci.example.org/blue/rest/organizations/jenkins/pipelines/agent/runs/3'
        '/steps/512/log/?start=0">here</a></li>\n'
        "<li>Description: <code>./scripts/run-tests.sh node-18</code></l1>\n</ul>\n\n"
        "##### `Error signal`\n<ul>\n<li>Took 0 min 0 sec . View more details on "
        '<a href="https://ci.example.org/blue/rest/organizations/jenkins/pipelines/agent/runs/3'
        '/steps/530/log/?start=0">here</a></li>\n'
        "<li>Description: <code>Node:node-18#express-4 tests failed : hudson.AbortException: "
        "script returned exit code 1</code></l1>\n</ul>",
        "jenkins",
        "",
    ),
    (
        "  * **Name**: `Error signal`\n"
        "    * Description: Go-1.21-integration tests failed : hudson.AbortException: script "
        "returned exit code 2\n\n    * Duration: 0 min 0 sec\n\n"
        "    * Start Time: 2021-03-02T10:11:12.000+0000\n\n"
        "    * [log](https://ci.example.org/blue/rest/organizations/jenkins/pipelines/agent/runs/7"
        "/steps/88/log)",
        "jenkins",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Vite's debug output (DEBUG=vite:*) cut inside its resolved configuration; an option's
    # name (warnOnError) is no cause (rounds 31, 38, 47).
    (
        "  vite:config bundled config file loaded in 41.02ms +0ms\n"
        "  vite:config using resolved config: {\n  vite:config   plugins: [\n"
        "  vite:config     'vite:build-metadata',\n  vite:config     'vite:pre-alias',\n"
        "  vite:config   ],\n  vite:config   build: {\n"
        "  vite:config     target: [ 'es2020', 'edge88', 'firefox78' ],\n"
        "  vite:config     dynamicImportVarsOptions: { warnOnError: true, exclude: [Array] },\n"
        "  vite:config     cssCodeSplit: tr",
        "generic",
    ),
]
GUIDED += [
    # Prow's and Jenkins X Lighthouse's comment on a pull request's failed jobs (rounds 31, 41).
    (
        "@octocat: The following tests **failed**, say `/retest` to rerun all failed tests or "
        "`/retest-required` to rerun all mandatory failed tests:\n\n"
        "Test name | Commit | Details | Required | Rerun command\n--- | --- | --- | --- | ---\n"
        "ci/prow/unit | 1f2e3d4c5b6a79881726354433221100aabbccdd | [link](https://prow.example.io"
        "/view/gs/bucket/pr-logs/pull/org_repo/42/unit/1700000000000000000) | true | `/test unit`",
        "prow",
        "",
    ),
    (
        "@octocat: The following test **failed**, say `/retest` to rerun them all:\n\n"
        "Test name | Commit | Details | Rerun command\n--- | --- | --- | ---\n"
        "serverless-jx | 0a1b2c3d4e5f | [link](http://dashboard.jx.example.com/teams/jx/projects"
        "/org/repo/PR-7/2) | `/test this`",
        "prow",
        "",
    ),
]
GUIDED += [
    # Puppet skipping the resources that depend on one that failed (rounds 35, 38).
    (
        "Notice: /Stage[main]/Nginx::Config/File[/etc/nginx/nginx.conf]: Dependency "
        "Package[nginx] has failures: true\n"
        "Warning: /Stage[main]/Nginx::Config/File[/etc/nginx/nginx.conf]: Skipping because of "
        "failed dependencies\n"
        "Notice: /Stage[main]/Nginx::Service/Service[nginx]: Dependency Package[nginx] has "
        "failures: true\n"
        "Warning: /Stage[main]/Nginx::Service/Service[nginx]: Skipping because of failed "
        "dependencies",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The failed resource's own error above the cascade is the cause.
    "Error: Execution of '/usr/bin/apt-get -q -y install nginx' returned 100: E: Unable to "
    "locate package nginx\n"
    "Notice: /Stage[main]/Nginx::Service/Service[nginx]: Dependency Package[nginx] has "
    "failures: true",
    # An Exec's title is the command that failed.
    "Notice: /Stage[main]/Apt::Key/Exec[download-key]: Dependency Exec[/usr/bin/wget -O - "
    "'https://pkg.example.org/debian/release.key' | /usr/bin/apt-key add -] has failures: true\n"
    "Warning: /Stage[main]/Apt::Key/Exec[download-key]: Skipping because of failed dependencies",
]
CUT_BEFORE_THE_ERROR += [
    # nuget restore's detailed log cut after its project-to-project timeout (rounds 17, 31).
    (
        "nuget restore MyApp.sln -Verbosity Detailed -NonInteractive\n"
        "NuGet Version: 6.4.0.123\n"
        "MSBuild auto-detection: using msbuild version '17.4.0.51802' from 'C:\\Program Files"
        "\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Current\\bin'.\n"
        "MSBuild P2P timeout [ms]: 120000\n"
        "Restoring NuGet packages for solution C:\\build\\MyApp.sln.",
        "generic",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # shtool's warning when PHP's configure runs without a terminal, bare and after BuildKit's
    # seconds (rounds 28, 36).
    (
        "checking for a sed that does not truncate output... /bin/sed\n"
        "checking build system type... x86_64-pc-linux-gnu\n"
        "shtool:echo:Warning: unable to determine terminal sequence for bold mode\n"
        "checking for gawk... no",
        "generic",
    ),
    (
        "12.40 checking host system type... aarch64-unknown-linux-musl\n"
        "12.41 shtool:echo:Warning: unable to determine terminal sequence for bold mode\n"
        "12.43 checking for gawk... no\n12.44 checking for nawk... nawk",
        "generic",
    ),
]
GUIDED += [
    # The status OpenShift's Jenkins posts on a pull request, quoted in a mail reply and on
    # one line (rounds 20, 31).
    (
        "> continuous-integration/openshift-jenkins/test FAILURE (\n"
        "> https://ci.openshift.redhat.com/jenkins/job/test_pull_request_origin/4242/) (Base\n"
        "> Commit: 1a2b3c4\n> <https://github.com/openshift/origin/commit/1a2b3c4d5e6f>)\n> .",
        "jenkins",
        "",
    ),
    (
        "continuous-integration/openshift-jenkins/merge FAILURE (https://ci.openshift.redhat.com"
        "/jenkins/job/merge_pull_request_origin/1234/) (Base Commit: 9f8e7d6)",
        "jenkins",
        "",
    ),
]
GUIDED += [
    # The superCI bot's status comment (rounds 27, 44).
    (
        "* Status: failure, return code = __2__\n"
        "* Result url: __[https://da.gd/AbCd](https://da.gd/AbCd)__\n"
        "* Comment: __See details for logs__",
        "jenkins",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Gradle's --debug log of stack frames cut inside its logger's name, with and without its
    # time (rounds 21, 29, 52).
    (
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.launcher.exec.InProcessBuildActionExecuter.execute(InProcessBuildActionExecuter"
        ".java:40)\n"
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.launcher.daemon.server.exec.ExecuteBuild.doBuild(ExecuteBuild.java:68)\n"
        "[ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.launcher.daemon.server.api.DaemonCommandExecution.proceed("
        "DaemonCommandExecution.java:120)\n"
        "[ERROR] [org.gradle.internal.build",
        "generic",
    ),
    (
        "14:02:11.518 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.execution.taskgraph.DefaultTaskExecutionPlan.execute("
        "DefaultTaskExecutionPlan.java:580)\n"
        "14:02:11.518 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.internal.concurrent.ExecutorPolicy$CatchAndRecordFailures.onExecute("
        "ExecutorPolicy.java:63)\n"
        "14:02:11.519 [ERROR] [org.gradle.BuildExcep",
        "generic",
    ),
]
GUIDED += [
    # SAP Piper's report of a library step's error: its heading, the deploy command's failure
    # as Jenkins relays it, a step whose command failed (rounds 29, 31). (Its "--- " lines
    # alone read as Buildkite's; Jenkins' last line names the system.)
    (
        "----------------------------------------------------------\n"
        "--- An error occurred in the library step: cloudFoundryDeploy\n"
        "----------------------------------------------------------\n"
        "The error was:\n***\n"
        "hudson.AbortException: [ERROR][cloudFoundryDeploy] The execution of the deploy command "
        "failed, see the log for details.\n***\nFurther information:\n"
        "* Documentation of library step cloudFoundryDeploy: "
        "https://sap.github.io/jenkins-library/steps/cloudFoundryDeploy/\n"
        "[Pipeline] End of Pipeline\nFinished: FAILURE",
        "jenkins",
        "",
    ),
    (
        "--- An error occurred in the library step: mtaBuild\n"
        "The error was:\n"
        "hudson.AbortException: [mtaBuild] Step execution failed (category: undefined). Error: "
        "running command 'mbt' failed: cmd.Run() failed: exit status 2\n"
        "[Pipeline] }\nFinished: FAILURE",
        "jenkins",
        "",
    ),
]
GUIDED += [
    # Round 55's 137 (round 28's 188 too): Clang's error limit and its count, the errors not shown.
    (
        "fatal error: too many errors emitted, stopping now [-ferror-limit=]\n"
        "12 warnings and 20 errors generated.\n"
        "make[2]: *** [CMakeFiles/app.dir/src/main.cc.o] Error 1\nmake: *** [all] Error 2",
        "generic",
        "make",
    ),
]
NO_GUIDANCE += [
    # The same count under the error it closes.
    "src/main.cc:12:10: fatal error: 'vector' file not found\n1 error generated.\n"
    "make: *** [all] Error 2",
]
# Guidance pass 2: one block per kind.
GUIDED += [
    # A Jenkins pull-request comment's build log excerpt flattened onto one line: its heading,
    # the truncation mark, then only frames and Maven's module list (rounds 27, 53).
    (
        "https://jenkins.example.org/job/Alliance-Jobs/job/pr/job/Linux/1162/<h2>Build result: "
        "FAILURE</span></h2>[...truncated 1.12 MB...]\tat hudson.maven.MavenModuleSetBuild.run("
        "MavenModuleSetBuild.java:543)\tat hudson.model.Executor.run(Executor.java:429)",
        "jenkins",
        "",
    ),
    (
        "Refer to this link for build results (access rights to CI server needed): \n"
        "https://jenkins.example.org/job/DDF-Linux-PR/895/<h2>Build result: ABORTED</span></h2>"
        "[...truncated 25.27 MB...][INFO] cometd-web-example ......... SUCCESS [ 10.197 s]"
        "[INFO] BUILD FAILURE",
        "jenkins",
        "",
    ),
    # GitHub Pages' Jekyll build: its debug log squashed into one error annotation, cut before
    # Jekyll's error (rounds 12, 21).
    (
        "Error:  Logging at level: debug Configuration file: /github/workspace/./_config.yml "
        "GitHub Pages: github-pages v230 GitHub Pages: jekyll v3.9.5 Theme: jekyll-theme-primer "
        "Requiring: jekyll-seo-tag Generating... EntryFilter: excluded /README.md Reading: "
        "_posts/2016-06-27-magic-moments.md",
        "github-pages",
        "",
    ),
    # rustc's linker line as pastes mangle it: Markdown's leftovers before it, its next lines
    # squashed after it (rounds 28, 29, 45).
    (
        "_error: linking with `x86_64-w64-mingw32-gcc` failed: exit code: 1\n  |\n"
        '  = note: "x86_64-w64-mingw32-gcc" "-fno-use-linker-plugin" "-Wl,--nxcompat" "-m64"',
        "generic",
        "linker",
    ),
    (
        "#error: linking with `cc` failed: exit code: 1 \n\n"
        '## = note: "cc" "-m64" "-L"\n...\n"-lSystem" "-lresolv" "-lc" "-lm" "-dynamiclib"',
        "generic",
        "linker",
    ),
    (
        "> error: linking with `cc` failed: exit code: 1                              |"
        '                     = note: "cc" "-Wl,--as-needed" "-Wl,-z,noexecstack" "-L"\n> \n'
        '> "/home/user/sertest/target/arm-unknown-linux-gnueabihf/debug/deps/sertest.rcgu.o"',
        "generic",
        "linker",
    ),
    # Bundler's line when a gem failed to install, whole or cut by a line break, and under a
    # gem list (which names no cause either: this case was a NO_GUIDANCE one until now; the
    # catalog's native-extension entry still answers a native gem's line first); rounds 36, 42.
    (
        "`An error occurred while installing jquery-datatables-rails (1.12.2), and Bundler`",
        "generic",
        "bundler",
    ),
    (
        "> An error occurred while installing json_pure (2.0.2), and Bundler cannot\ncontinue.\n"
        "Make sure that `gem install json_pure -v '2.0.2'` succeeds before bundling.",
        "generic",
        "bundler",
    ),
    (
        "Using timeout 0.2.0\nUsing strscan 3.0.1\n"
        "An error occurred while installing nio4r (2.5.8), and Bundler cannot continue.",
        "generic",
        "bundler",
    ),
    # ownCloud's Drone comment on an acceptance test pipeline that failed early (rounds 37, 50).
    (
        ":boom: Acceptance tests pipeline <strong>apiShareReshareToRoot2-mariadb10.2-php7.4</strong>"
        " failed. The build has been cancelled.\n\nhttps://drone.example.com/owncloud/core/34696/75/1",
        "generic",
        "",
    ),
    (
        ":boom: Acceptance tests pipeline <strong>webUITwoFactTOTP-master-chrome-mariadb10.2-php7.4"
        "</strong> failed. The build has been cancelled.",
        "generic",
        "",
    ),
    # Docker's legacy builder on a failed RUN step: in Markdown's bold, with PowerShell's quotes
    # in the command, and quoted without "The command" as a bors retry's reason (rounds 31, 37).
    (
        "**The command '/bin/sh -c cd /app && php -d memory_limit=-1 /usr/bin/composer install "
        "--no-autoloader --no-interaction --no-scripts --no-dev' returned a non-zero code: 1**",
        "generic",
        "docker",
    ),
    (
        "Step 9/12 : RUN msbuild /p:Configuration=Release\n ---> Running in 092a903a8f7b\n"
        "The command 'powershell -Command $ErrorActionPreference = 'Stop'; $ProgressPreference = "
        "'SilentlyContinue'; msbuild /p:Configuration=Release' returned a non-zero code: 1",
        "generic",
        "docker",
    ),
    (
        "@bors retry '/bin/sh -c /scripts/crosstool-ng-build.sh' returned a non-zero code: 1",
        "generic",
        "docker",
    ),
    # Visual Studio's publish exception in Chinese and in English under a code span, with its
    # async trace, .NET's separators (not Buildkite's "--- " headers), the inner exception
    # listed again and the base class cut before its message (rounds 26, 38, 39).
    (
        "2019-09-22 23:25:11\n"
        "System.AggregateException: 发生一个或多个错误。 ---> System.Exception: 发布失败。\n"
        "   --- 内部异常堆栈跟踪的结尾 ---\n"
        "   在 System.Threading.Tasks.Task.ThrowIfExceptional(Boolean includeTaskCanceledExceptions)\n"
        "--- 引发异常的上一位置中堆栈跟踪的末尾 ---\n"
        "   在 System.Threading.Tasks.Task.Execute()",
        "generic",
        "",
    ),
    (
        "`System.AggregateException: One or more errors occurred. ---> System.Exception: Build "
        "failed. Check the Output window for more details.\n"
        "   --- End of inner exception stack trace ---\n"
        "   at System.Threading.Tasks.Task.Wait(Int32 millisecondsTimeout)\n"
        "--- End of stack trace from previous location where exception was thrown ---\n"
        "---> (Inner Exception #0) System.Exception: Build failed. Check the Output window for "
        "more details.<---\n\nSystem.Exception:",
        "generic",
        "",
    ),
    # ocaml-ci's status of a job whose git fetch exited non-zero, on one line or wrapped
    # (rounds 13, 28).
    (
        '> Failure\n>\n> x (analysis) (failed: Command "git" "-C" '
        '"/var/lib/ocurrent/var/git/tezos-ci.git-a0dee808" "fetch" "-f" '
        '"https://github.com/tarides/tezos-ci.git" "refs/pull/12/head" exited with status 1)',
        "generic",
        "",
    ),
    (
        '❌ (analysis) (failed: Command "git" "-C" "/var/lib/ocurrent/var/git/charrua.git-1fa4fc8a"'
        '\n"fetch" "--recurse-submodules=false" "-q" "-f" "https://github.com/mirage/charrua.git"\n'
        '"refs/pull/127/head" exited with status 128)',
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # ... but not under the gem's own error.
    "error[E0560]: struct `rb_data_type_struct` has no field named `function`\n"
    "error: could not compile `magnus` (lib) due to 6 previous errors\n\n"
    "An error occurred while installing code_ownership (2.1.1), and Bundler cannot continue.",
    # ... and the linker's own message under it is still the cause.
    "#error: linking with `cc` failed: exit code: 1\n"
    "  = note: C:/rtools40/mingw64/bin/../lib/gcc/x86_64-w64-mingw32/8.3.0/../../../../"
    "x86_64-w64-mingw32/bin/ld.exe: cannot find -lgcc_eh",
    # ... with the gem's error line in it, the paste names its cause.
    "Logging at level: debug github-pages 232 | Error: (/github/workspace/./_config.yml): did "
    "not find expected key while parsing a block mapping at line 21 column 1",
    # ... but the excerpt is judged: a cause flattened after the heading is still a cause.
    "https://builds.example.org/job/beam_PreCommit/6927/<h2>Build result: FAILURE</span></h2>"
    "[...truncated 9109 lines...]\tat java.lang.Thread.run(Thread.java:745)Caused by: "
    "org.apache.maven.plugin.MojoExecutionException: Archetype IT 'basic' failed",
]
GUIDED += [
    # Round 56's 096 (and round 30's 254): bors (homu) linking the failed builder to its build.
    (
        ":broken_heart: Test failed - [windows-msvc-dev]"
        "(http://build.servo.org/builders/windows-msvc-dev/builds/4676)",
        "generic",
        "",
    ),
    # Round 56's 154: Gradle's task failure in Android Studio's Messages view, glued to "Error:".
    ("Error:Execution failed for task ':app:buildNative'", "generic", "gradle"),
    # Round 56's 017: pytest's collection summary behind a person's note for its "!!!" marks.
    (
        "collected 20361 items / 1 errors\n"
        "[exclamation points omitted because they mess up markdown] Interrupted: 1 errors "
        "during collection !!!!!!!!!!!!!!!!!!!!",
        "generic",
        "pytest",
    ),
    # Round 56's 019: a person's words and a colon before the wrapper line they paste.
    (
        "CI fails again with un-descriptive conda error message:\n"
        "`Error: The process '/usr/share/miniconda/condabin/conda' failed with exit code 1`",
        "github-azure",
        "",
    ),
    # Round 73's 086: waf 2's wording of a failed task ("failed with exit status 1:"), built on
    # Travis (its /home/travis/ path names the system).
    (
        "Waf: Leaving directory '/home/travis/source-engine/build'\nBuild failed\n"
        " -> task in 'engine' failed with exit status 1: \n"
        "        {task 140162717805456: cxxshlib socketcreator.cpp.6.o,clientframe.cpp.6.o}",
        "travis",
        "",
    ),
    # Round 73's 107 and 106: Unreal's AutomationTool after a failed cook, the editor log it
    # names holding the error; and the editor's own tally relayed by UATHelper.
    (
        "ERROR: Cook failed.\n"
        "       (see /home/pci/Library/Logs/Unreal Engine/LocalBuildLogs/Log.txt for full "
        "exception trace)\n"
        "AutomationTool exiting with ExitCode=25 (Error_UnknownCookFailure)\n"
        "RunUAT ERROR: AutomationTool was unable to run successfully.",
        "generic",
        "unreal",
    ),
    (
        "UATHelper: Packaging (Windows (64-bit)):   LogInit: Display: Failure - 1 error(s), "
        "302 warning(s)\n"
        "UATHelper: Packaging (Windows (64-bit)): Took 1277,9703187s to run UE4Editor-Cmd.exe, "
        "ExitCode=1",
        "generic",
        "unreal",
    ),
    # Round 73's 101 and 099: the Salesforce CLI's validate, its summary error and progress bar.
    (
        "*** Validating Deployment with SOAP API v57.0 ***\nDeploy ID: 0AfDR00002bckRW0AY\n"
        "Status: Failed | ████████████████████████████████████████ | 93/93 Components\n\n"
        "Test Results Summary\nPassing: 16\nFailing: 0\nTotal: 16\nTime: 10807\n"
        "Error (1): Failed to validate the deployment (0AfDR00002bckRW0AY).",
        "generic",
        "",
    ),
    (
        "_FailedValidationError: Failed to validate the deployment (XXXXXXXXXXXXX). Due To:\\n"
        "1 component error(s)_",
        "generic",
        "",
    ),
    # Round 73's 022: conda-build's summary of a failed source step.
    (
        "Executing transaction: ...working... done\n"
        "Failed to download or patch source. Please see build log for info.",
        "generic",
        "",
    ),
    # Round 73's 083: Python's CalledProcessError cut after its command, before its status.
    (
        "subprocess.CalledProcessError: Command '['/usr/bin/codesign', '-v', '--sign', "
        "'XXXXXXXXXXXXXXXXXXXXXXXXX', '--force', 'bazel-out/darwin-opt/bin/W/W.appex']",
        "generic",
        "",
    ),
    # Round 56's 011: waf's failed tasks, one of them compiling a file named for errors.
    (
        "Build failed:\n -> task failed (err #1): \n\t{task: cxx sig.cc -> sig_1.o}\n"
        " -> task failed (err #1): \n\t{task: cxx error.cc -> error_1.o}",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 30's 063: CalledProcessError wrapped after its command's closing quote, its status (an
    # access violation's 3221225477) on the next line: a cause, not a cut line.
    "subprocess.CalledProcessError: Command '[...\\python.exe', 'setup.py', 'bdist_wheel']'\n"
    "  returned non-zero exit status 3221225477",
    # A tool's own "...:" before its details is a message, not a person's words (round 20, 024).
    "Failed to minify the code from this file:\n\n \t./node_modules/x/index.js:8\n\n"
    "npm ERR! code ELIFECYCLE",
    # A person's words before a line that names its cause.
    "CI fails again with un-descriptive conda error message:\n"
    "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/x>",
    # Round 56's 153: cmd.exe's German "syntax error" for a Unix mkdir in Android.mk.
    "mkdir -p jni/audiodecoder/../../src/main/java/org/xvdr/audio\nSyntaxfehler.\n"
    "make: *** [jni/audiodecoder/audiodecoder_wrap.cpp] Error 1\n:app:ndkBuild FAILED\n"
    "Error:Execution failed for task ':app:ndkBuild'.",
]
CUT_BEFORE_THE_ERROR += [
    # Round 56's 156: ndk-build's clang command lines, cut before the error; its options
    # (-fno-exceptions, -fpermissive) name no cause.
    (
        "ase/obj/local/x86/objs/va++/Foundation/SymbolFinder.o.d -gcc-toolchain "
        "D:/sdk/ndk-bundle/toolchains/x86-4.9/prebuilt/windows-x86_64 -target "
        "i686-none-linux-android -ffunction-sections -funwind-tables\n"
        "Xposed/VirtualApp/lib/src/main/jni     -DANDROID -Wno-error=format-security "
        '-fpermissive -DLOG_TAG=\\"VA++\\" -fno-rtti -fno-exceptions -D__ANDROID_API__=23\n'
        "[x86] Compile++      : va++ <= SymbolFinder.cpp",
        "generic",
    ),
]
GUIDED += [
    # Round 57's 075: pod lib lint when xcodebuild failed, the line cut by the paste.
    (
        "11.37s$ pod lib lint\n -> EZSwiftExtensions (1.11)\n"
        "    - ERROR | xcodebuild: Returned an unsuccessful exit code. You can us",
        "generic",
        "cocoapods",
    ),
    # Round 57's 092: make -k's target not remade, under its failed recipe's line.
    (
        "make: *** [sub-src-make_first] Error 2\n"
        "make: Target `first' not remade because of errors.",
        "generic",
        "make",
    ),
    # Round 57's 101: cabal-install's summary of a dependency whose build failed.
    (
        "haskell-src-exts-1.15.0.1 failed during the building phase. The exception was:\n"
        "ExitFailure 1",
        "generic",
        "",
    ),
    # Round 57's 025: pip 9's failed setup.py develop, cut inside pip's setuptools shim.
    (
        "f=getattr(tokenize, 'open', open)(__file__);code=f.read().replace('\\r\\n', '\\n');"
        "f.close();exec(compile(code, __file__, 'exec'))\" develop --no-deps\" failed with "
        "error code 1",
        "generic",
        "",
    ),
    # Round 57's 132: phpbrew's build task when make failed, and its trace.
    (
        "===> Building...\n\nRuntimeException: Make failed.\nTrace:\n\n"
        "    0) PhpBrew\\Tasks\\BuildTask->run(PhpBrew\\Build)",
        "generic",
        "",
    ),
    # Round 57's 176: C# Dev Kit's summary of an aborted test run.
    (
        "Test Run Summary\n========================================\nTotal Tests: 0\n"
        "Passed: 0\nFailed: 0\nSkipped: 0\n"
        "Result: \u274c Test Run Aborted (See Output Window for details)",
        "generic",
        "",
    ),
    # Round 57's 133: Coolify's deployment log when the build failed, cut before the exception's
    # message; building an image it has not built yet is progress.
    (
        "2024-Nov-17 12:53:10.230877 Image not found (do0s44owks844wkwgocg8ook:7d6c117). "
        "Building new image.\n"
        "2024-Nov-17 12:53:13.403720 Building docker image started.\n"
        "2024-Nov-17 13:00:04.227265 Oops something is not okay, are you okay? \U0001f622\n"
        '2024-Nov-17 13:00:04.232483 #0 building with "default" instance using docker driver',
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 57's 134: az acr build's agent starting its build step (its timeout is a setting),
    # cut while the base image is pulled.
    (
        "2020/09/17 18:31:27 Successfully set up Docker configuration\n"
        "2020/09/17 18:31:31 Executing step ID: build. Timeout(sec): 28800, Working directory: "
        "'', Network: ''\n"
        "2020/09/17 18:31:31 Scanning for dependencies...\n"
        "Step 1/21 : FROM golang:1.9.4 as builder\n"
        "1.9.4: Pulling from library/golang",
        "generic",
    ),
]
NO_GUIDANCE += [
    # (Round 57's 092, the project's CMake message "Cannot build Qt5." under make's lines, says
    # only that the build it ran failed: it is guided, see GUIDED at the end.)
    # CocoaPods' wrapper line with xcodebuild's own error below it (CocoaPods/CocoaPods#4658).
    "    - ERROR | [iOS] xcodebuild: Returned an unsuccessful exit code. You can use `--verbose` "
    "for more information.\n"
    "    - ERROR | xcodebuild:  SnowFalling/Classes/SnowFalling.m:72:1: error: property with "
    "'retain (or strong)' attribute must be of object type",
    # An acb step that did time out names its cause.
    "2020/09/17 18:31:31 Executing step ID: build. Timeout(sec): 600, Working directory: '', "
    "Network: ''\nfailed to run step ID: build: context deadline exceeded",
]
GUIDED += [
    # Round 57's 003: DLRN's summary when packages failed to build, quoted alone.
    ("'packages not built correctly: not updating the consistent symlink'", "generic", ""),
]
NO_GUIDANCE += [
    # A tool's own "Error: ...:" before a wrapper line is its message, not a person's words
    # introducing the paste (round 15's 055: RubyGems refusing bundler).
    "ERROR: Error installing bundler:\nProcess completed with exit code 1.",
]
CUT_BEFORE_THE_ERROR += [
    # A compiler's command line wrapped before its -f options, cut before the error: the option
    # that starts a line names no cause either.
    (
        "[x86] Compile++      : va++ <= SymbolFinder.cpp\n"
        "/ndk/toolchains/llvm/prebuilt/bin/clang++ -MMD -MP -MF obj/SymbolFinder.o.d -target "
        "i686-none-linux-android\n-fno-exceptions\n-c SymbolFinder.cpp -o obj/SymbolFinder.o",
        "generic",
    ),
]
# Four lines or more with no error word in any of them, not all a pasted configuration or
# program: a log cut before its failure, however many of its lines read as key: value (a
# step's inputs and environment under its command, a `kubectl describe`; rounds 12's 008,
# 42's 110). Every line a configuration, or fewer than four lines, stays without guidance.
CUT_BEFORE_THE_ERROR += [
    (
        "gh release upload ${RELEASE_TAG} midenc-aarch64-apple-darwin\n"
        "shell: /bin/bash -e {0}\nenv:\n  RELEASE_TAG: midenc-v0.7.0",
        "generic",
    ),
    (
        "sdake@falkor-07:~$ kubectl describe pod -n istio-system "
        "mixer-create-custom-resources-job-m66tv\n"
        "Name:         mixer-create-custom-resources-job-m66tv\n"
        "Namespace:    istio-system\nNode:         falkor-07/10.0.0.7\n"
        "Containers:\n  hyperkube:\n    Container ID:",
        "generic",
    ),
]
NO_GUIDANCE += [
    "Checking docker installation...\nClient:\n Version:           20.10.7",
    "```\nname: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n```",
]
# CloudFormation's wrapper forms: a stack that failed says only that, or which resources
# failed; each resource's own failed event holds the reason (rounds 21's 156, 41's 196-199).
GUIDED += [
    (
        "Waiting for changeset to be created..\nWaiting for stack create/update to complete\n\n"
        "Failed to create/update the stack. Run the following command\n"
        "to fetch the list of events leading up to the failure\n"
        "aws cloudformation describe-stack-events --stack-name es-chime-bot-stack",
        "generic",
        "cloudformation",
    ),
    (
        "  13/101 | 7:33:16 PM | ROLLBACK_COMPLETE    | AWS::CloudFormation::Stack       | "
        "PBMMAccel-InitialSetup \n\n"
        " ❌  PBMMAccel-InitialSetup failed: Error: The stack named PBMMAccel-InitialSetup failed "
        "creation, it may need to be manually deleted from the AWS console: ROLLBACK_COMPLETE\n"
        "    at Object.waitForStackDeploy (/codebuild/output/src822437472/src/node_modules/"
        "aws-cdk/lib/api/util/cloudformation.ts:305:11)",
        "codebuild",  # the CDK ran in CodeBuild (its source path)
        "cloudformation",
    ),
    (
        '    "ResourceStatus": "ROLLBACK_IN_PROGRESS",\n'
        '    "ResourceStatusReason": "The following resource(s) failed to create: '
        '[RunBuildJobOnEc2Instance, InstanceApiExecutionRole]. Rollback requested by user."',
        "generic",
        "cloudformation",
    ),
    (
        "2019-09-28 13:20:29 UTC+0100 | WorkloadStack | CREATE_FAILED | Embedded stack "
        "arn:aws:cloudformation:eu-west-1:986315960982:stack/AWX-WorkloadStack-1IUIIHARJCSL0/"
        "fda5ec90-e1e9-11e9-a1f7-02135cc8443e was not successfully created: The following "
        "resource(s) failed to create: [InfrastructureStack].\n"
        "2019-09-28 13:17:51 UTC+0100 | WorkloadStack | CREATE_IN_PROGRESS | Resource creation "
        "Initiated",
        "generic",
        "cloudformation",
    ),
]
NO_GUIDANCE += [
    # The resource's own failed event names the cause (round 41's 197).
    "21:49:29 UTC+1100\tROLLBACK_IN_PROGRESS\tAWS::CloudFormation::Stack\tStatusPage\tThe "
    "following resource(s) failed to create: [AdminPageFrontend, StatusPageFrontend]. . "
    "Rollback requested by user.\n"
    "21:49:27 UTC+1100\tCREATE_FAILED\tCustom::S3SyncObjects\tAdminPageFrontend\tData returned "
    "must be an object\n"
    "21:49:27 UTC+1100\tCREATE_FAILED\tAWS::CloudFront::Distribution\tAdminPageDistribution\t"
    "Resource creation cancelled",
]
# A JVM build tool's exception that only points to the output above it or to the "Caused by:"
# lines below, as the chain of a stack trace shows it (rounds 29's 272, 31's 219, 37's 139,
# 52's 192).
GUIDED += [
    (
        "\tat org.gradle.execution.taskgraph.DefaultTaskPlanExecutor$ExecutorWorker.run("
        "DefaultTaskPlanExecutor.java:130)\n\t... 6 more\n"
        "Caused by: org.gradle.api.GradleException: Compilation error. See log for more details\n"
        "\tat org.jetbrains.kotlin.gradle.tasks.TasksUtilsKt.throwGradleExceptionIfError("
        "tasksUtils.kt:14)",
        "generic",
        "gradle",
    ),
    (
        "* Exception is:\n"
        "org.gradle.api.ProjectConfigurationException: A problem occurred configuring project "
        "':app'.\n"
        "        at org.gradle.configuration.project.LifecycleProjectEvaluator.wrapException("
        "LifecycleProjectEvaluator.java:80)",
        "generic",
        "gradle",
    ),
    (
        "\tat org.eclipse.core.internal.jobs.Worker.run(Worker.java:54)\n"
        "Caused by: org.gradle.internal.exceptions.LocationAwareException: Execution failed for "
        "task ':saos-webapp-grunt:grunt_buil",
        "generic",
        "gradle",
    ),
    (
        "    at org.codehaus.plexus.classworlds.launcher.Launcher.main (Launcher.java:347)\n"
        "Caused by: org.apache.maven.plugin.MojoFailureException: 1 build failed. See console "
        "output above for details.\n"
        "    at org.apache.maven.plugins.invoker.InvokerSession.handleFailures "
        "(InvokerSession.java:260)",
        "generic",
        "maven",
    ),
]
NO_GUIDANCE += [
    # The "Caused by:" below the header names the cause.
    "org.gradle.api.ProjectConfigurationException: A problem occurred configuring project "
    "':app'.\nCaused by: java.lang.IllegalStateException: compileSdkVersion is not specified.",
]
# The test target of .NET's own repositories (Arcade, BuildTools) summing up a failed test
# assembly, and MSBuild's terminal logger over it: the failing tests are in the xunit output
# above and in the results file the line names (rounds 21's 128, 27's 296).
GUIDED += [
    (
        "  Starting:    System.Net.Sockets.AsyncServer.Tests\n"
        "d:\\j\\workspace\\dotnet_corefx_windows_debug_prtest\\packages\\Microsoft.DotNet."
        "BuildTools.1.0.25-prerelease-00104\\lib\\tests.targets(136,5): error : One or more tests "
        "failed while running tests from 'System.Net.Sockets.AsyncServer.Tests' please check log "
        "for details! ",
        "generic",
        "",
    ),
    (
        "Restore complete (1.0s)\n"
        "  System.Text.Json.Tests net462 failed with errors (1.4s) → S:\\runtime\\artifacts\\bin"
        "\\System.Text.Json.Tests\\Debug\\net462\\System.Text.Json.Tests.dll\n"
        "    S:\\runtime\\eng\\testing\\tests.targets(195,5): error : One or more tests failed "
        "while running tests from 'System.Text.Json.Tests'. Please check S:\\runtime\\artifacts"
        "\\bin\\System.Text.Json.Tests\\Debug\\net462\\testResults.xml for details! [S:\\runtime"
        "\\src\\libraries\\System.Text.Json\\tests\\System.Text.Json.Tests.csproj]\n\n"
        "Build failed with errors in 8.4s",
        "generic",
        "msbuild",
    ),
]
NO_GUIDANCE += [
    # The terminal logger's lines over a compiler's error name it.
    "  App net8.0 failed with 1 error(s) (0.9s)\n"
    "    /src/App/Program.cs(3,1): error CS0103: The name 'x' does not exist in the current "
    "context\n\nBuild failed with 1 error(s) in 1.6s",
]
# An Ansible task's failed record cut before its stderr, as ansible.log (log_path) or a Packer
# builder prints it, and an Ansible 2.0 record that opens with the module's arguments (rounds
# 8's 018, 18's 078, 21's 110).
GUIDED += [
    (
        "03-18 15:05:03,081 p=2913 u=root n=ansible | fatal: [127.0.0.1]: FAILED! => "
        '{"changed": false, "cmd": ["/usr/local/calibre-web-py3/bin/pip3", "install", "-r", '
        '"/usr/local/calibre-web-py3/requirements.txt"], "msg": "stdout: Collecting '
        "APScheduler<3.11.0,>=3.6.3\\n  Downloading APScheduler-3.10.1-py3-none-any.whl",
        "generic",
        "",
    ),
    (
        '    vhd-windows-2019: fatal: [default]: FAILED! => {"changed": true, "cmd": '
        '"Install-PackageProvider -Name DockerMsftProvider -Force -ForceBootstrap | Out-Null", '
        '"delta": "0:01:37.631205", "msg": "non-zero return code", "rc": 1, "start": "2',
        "generic",
        "",
    ),
    (
        "TASK [foo : Clone the foo repository] ****************************\n"
        'fatal: [192.168.33.99]: FAILED! => {"changed": false, "failed": true, "invocation": '
        '{"module_args": {"accept_hostkey": true, "bare": false, "clone": true, "depth": null, '
        '"dest": "/var/www/foo", "executable": null, "for',
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The record's stderr names the cause.
    '    default: fatal: [default]: FAILED! => {"changed": true, "cmd": "apt-get install -y '
    'docker-ce", "msg": "non-zero return code", "rc": 100, "stderr": "E: Unable to locate '
    'package docker-ce"}',
]
GUIDED += [
    # Round 58's 069: AppVeyor's comment on a pull request, only the failed build's link.
    (
        ":x: [Build app 1.0.857-cbdlauha failed](https://ci.appveyor.com/project/acme/app/builds/"
        "39264064) (commit https://github.com/acme/app/commit/8e72f76bff by @someone)",
        "appveyor",
        "",
    ),
]
GUIDED += [
    # Round 58's 004: choco install's summary quoted alone (its plural "packages" is no
    # "package" to the general rule), its pointer to chocolatey.log under it.
    (
        '"Chocolatey installed 0/1 packages. 1 packages failed.\n'
        ' See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log)."',
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same summary with Chocolatey's reason under it (round 52's 111).
    "Chocolatey installed 0/1 packages. 1 packages failed.\n"
    " See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log).\n\n"
    "Failures\n"
    " - nsis-unicode - nsis-unicode not installed. The package was not found with the "
    "source(s) listed.",
]
GUIDED += [
    # Round 58's 020: nodemon's notice that the program it ran crashed, the program's own output
    # not pasted.
    (
        "```\n[nodemon] starting pnpm start --filter @acme/app\n[nodemon] spawning\n"
        "[nodemon] child pid: 125423\n[nodemon] watching 156 files\n"
        "[nodemon] app crashed - waiting for file changes before starting...\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same notice under the program's own error.
    "Error: listen EADDRINUSE: address already in use :::3000\n"
    "[nodemon] app crashed - waiting for file changes before starting...",
]
GUIDED += [
    # Round 58's 092: Swift Build's heading over a failed compile task's command line, cut inside
    # the command, the diagnostics above it not pasted.
    (
        "```\nFailed frontend command:\n/Users/me/swift/build/toolchain/usr/bin/swift-frontend "
        "-frontend -c /Users/me/swift/build/swiftpm/out/Intermediates.noindex/SwiftPM.build/Re\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same heading under the compiler's error.
    "/src/Counter.swift:12:9: error: cannot convert value of type 'String' to specified type "
    "'Int'\nFailed frontend command:\n/usr/bin/swift-frontend -frontend -c /src/Counter.swift",
]
GUIDED += [
    # Round 58's 107: opam 2's summary of the actions that failed and make's line for the target
    # that ran it, the packages' build errors not pasted.
    (
        "```console\n...\n┌─ The following actions failed\n│ λ  build dose3              5.0.1\n"
        "│ λ  build syndic             1.5.3\n└─ \n...\nmake: *** [Makefile:28: deps] Error 31\n```",
        "generic",
        "make",
    ),
]
GUIDED += [
    # Round 58's 116: PlatformIO's banner under the last compile command, the compiler's error
    # not pasted.
    (
        "```text\narm-none-eabi-gcc -o .pio\\build\\bluepill\\src\\main.o -c -Os -ffunction-sections "
        "-Wall -mthumb -mcpu=cortex-m3 -DPLATFORMIO=50100 -ISrc -IInc src\\main.c\n"
        "=========== [FAILED] Took 6.04 seconds ===========\n```",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 58's 134: make's line for a recipe that SIGTERM ended, alone.
    ("make: *** [/home/me/hw/syn/tools/dvsim/syn.mk:28: do_build] Terminated", "generic", "make"),
]
NO_GUIDANCE += [
    # A recipe that was killed names its cause (the kernel's OOM killer, most often).
    "make: *** [x86_64-unknown-linux-gnu/stage2/lib/stamp.rustc] Killed",
]
GUIDED += [
    # Round 58's 218: webpack's header over a module's error and the loader that failed, cut
    # before the loader's message.
    (
        "```\nERROR in ./src/Containers.scss\n"
        "Module build failed (from ./node_modules/mini-css-extract-plugin/dist/loader.js):\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same header with the loader's message under it.
    "ERROR in ./src/index.js\n"
    "Module build failed (from ./node_modules/babel-loader/lib/index.js):\n"
    "SyntaxError: /app/src/index.js: Unexpected token (12:4)",
    "ERROR in ./src/main.ts 3:0-28\nModule not found: Error: Can't resolve './app' in '/app/src'",
]
GUIDED += [
    # Round 58's 222: BuildKit's failed step after steps it took from its cache (a cached RUN's
    # echo says "not supported"), cut before the step's output.
    (
        " ```\n"
        '=> CACHED [ 39/103] RUN if [ false = true ]; then echo "PHP Driver for Cassandra is not '
        'supported for PHP 8.0."; fi  0.0s\n'
        " => CACHED [ 41/103] RUN if [ true = true ]; then apt-get install -yqq php7.4-redis ;fi"
        "  0.0s\n"
        " => ERROR [ 42/103] RUN if [ false = true ]; then pecl install swoole;       0.4s\n"
        "------\n"
        ' > [ 42/103] RUN if [ false = true ]; then pecl install swoole; fi; echo "extension=swoole.so"',
        "generic",
        "docker",
    ),
]
GUIDED += [
    # Round 58's 038: StackStorm's execution result, its "error:" field holding only the action's
    # first debug line.
    (
        "```sh\n# st2 run packs.install packs=github\n\n....\nid: 5675a56dfad0d513e9647150\n"
        "action.ref: packs.install\nstatus: failed\n"
        'error: st2.actions.python.SetupVirtualEnvironmentAction: DEBUG    Setting up virtualenv for pack "github"\n'
        "st2.actions.python.SetupVirtualEnvironmentAction:\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same result with the action's error record.
    "status: failed\nerror: st2.actions.python.SetupVirtualEnvironmentAction: ERROR    Failed to "
    "create virtualenv in /opt/stackstorm/virtualenvs/github",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 255: an emulator's logcat cut at its boot, its warnings routine.
    (
        "me@host:~/android$ adb logcat\n--------- beginning of main\n"
        "01-01 00:00:01.076    76    76 W auditd  : type=2000 audit(0.0:1): state=initialized\n"
        "01-01 00:00:06.713    82    82 I vold    : Vold 3.0 (the awakening) firing up\n"
        "01-01 00:00:06.768    82    82 D vold    : Found unmanaged dm device named vendor\n"
        "01-01 00:00:06.770    82    82 W vold    : Failed to LOOP_GET_STATUS64 /dev/block/loop3: "
        "No such device or address",
        "generic",
    ),
]
NO_GUIDANCE += [
    # logcat's error level names its cause.
    "01-01 00:00:09.120  1544  1544 E AndroidRuntime: FATAL EXCEPTION: main\n"
    "01-01 00:00:09.120  1544  1544 E AndroidRuntime: java.lang.IllegalStateException: no view",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 147: Unreal Engine's cook log cut while packages cook, a Display-level "Unable to
    # read previous cook inisettings" among its lines.
    (
        "LogCook: Display: Discovering localized assets for cultures: en\n"
        "LogCook: Display: Unable to read previous cook inisettings for platform WindowsNoEditor "
        "invalidating cook\n"
        "LogLauncherProfile: Project does not require temp target\n"
        "LogCook: Display: Cooked packages 59 Packages Remain 341 Total 400\n"
        "LogCook: Display: Cooked pa",
        "generic",
    ),
    # Round 58's 149: the same log as UAT relays it.
    (
        "ProcessResult.StdOut:   LogTemp: Display: Loaded TP LinuxTargetPlatform\n"
        "ProcessResult.StdOut:   LogDerivedDataCache: Display: Max Cache Size: 512 MB\n"
        "ProcessResult.StdOut:   LogShaderCompilers: Display: Using XGE Shader Compiler "
        "(Interception Interface).",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Its errors, and its closing summary repeating one under Display, name their cause.
    "LogCook: Display: Cooked packages 98 Packages Remain 340 Total 438\n"
    "LogInit: Display: LogBlueprint: Error: [Compiler] In use pin Target no longer exists on node "
    "Set Actor Location",
    "LogCook: Display: Cooked packages 98 Packages Remain 340 Total 438\n"
    "LogCook: Error: Unable to cook package /Game/Maps/Main for platform WindowsNoEditor",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 102: stack install's warning about a build tool no snapshot package provides,
    # then its copying of the executables it built, cut before the failure.
    (
        "[me@host haste-compiler]$ stack install\n"
        'No packages found in snapshot which provide a "ghc" executable, which is a build-tool '
        'dependency of "HTTP"\n'
        "Missing build-tools may be caused by dependencies of the build-tool being overridden by "
        "extra-deps.\n"
        "This should be fixed soon - see this issue https://github.com/commercialhaskell/stack/"
        "issues/595\n\n"
        "Copying from /tmp/haste/.stack-work/install/x86_64-linux/lts-5.5/7.10.3/bin/haste-boot to "
        "/home/me/.local/bin/haste-boot\n"
        "Copying from /tmp/haste/.stack-work/install/x86_64-linux/lts-5.5/7.10.3/bin/haste-cat to "
        "/home/me/.local/bin/haste-cat",
        "generic",
    ),
    # Round 58's 103: the same warning in Stack's --verbose log, after its time.
    (
        "2016-09-10 17:41:28.391668: [debug] Trying to decode /home/me/.stack/indices/Hackage/"
        "00-index.cache @(stack_IZ6k:Data.Binary.VersionTagged src/Data/Binary/VersionTagged.hs:55:5)\n"
        '2016-09-10 17:41:29.107147: [warn] No packages found in snapshot which provide a "hsc2hs" '
        'executable, which is a build-tool dependency of "time-exts" '
        "@(stack_IZ6k:Stack.Build.ConstructPlan src/Stack/Build/ConstructPlan.hs:147:11)\n"
        "2016-09-10 17:41:29.107726: [warn] Missing build-tools may be caused by dependencies of the "
        "build-tool being overridden by extra-deps.\nThis shoul",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Stack's error level names its cause.
    "2016-09-10 17:45:02.112233: [error] Error: could not find program 'hsc2hs' required by "
    "time-exts",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 050: nodeunit's passing tests, one named for an error, before a hang.
    (
        "```\n% ./test.js\n\n/Users/me/nodeunit/test/test-runtest.js\n✔ testArgs\n"
        "✔ testDoneCallback\n✔ testThrowError\n<hang>\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A failing test's mark names it.
    "✔ testArgs\n✖ testThrowError\n\nAssertionError: 'a' == 'b'",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 127: catkin build's workspace summary (the spaces it will create "[missing]"),
    # cut as its first job starts.
    (
        "```\n catkin build\n--------------------------------------------------------------\n"
        "Profile:                     default\n"
        "Source Space:       [exists] /home/me/catkin_ws/src\n"
        "Build Space:        [exists] /home/me/catkin_ws/build\n"
        "Devel Space:       [missing] /home/me/catkin_ws/devel\n"
        "Install Space:     [missing] /home/me/catkin_ws/install\n"
        "--------------------------------------------------------------\n"
        "Workspace configuration appears valid.\n"
        "Found '52' packages in 0.1 seconds.\nStarting ==> geneus\n```",
        "generic",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 037: Poetry's (cleo's) traceback, only frames, their source lines (one raises)
    # under each header, cut before the exception.
    (
        "```\n"
        "  12  .venv/lib/python3.10/site-packages/poetry/installation/chef.py:49 in _prepare\n"
        "        47│     ) -> Path:\n"
        "     →  49│         with isolated_builder(\n\n"
        "  11  /usr/local/lib/python3.10/contextlib.py:135 in __enter__\n"
        "       134│         try:\n"
        "     → 135│             return next(self.gen)\n"
        "       136│         except StopIteration:\n"
        '       137│             raise RuntimeError("generator didn\'t yield") from None\n\n'
        "  10  .venv/lib/python3.10/site-packages/poetry/utils/isolated_build.py:180 in "
        "isolated_builder\n"
        "     → 180│     with ephemeral_environment(\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # An older cleo's frames, its exception right under them (round 31's 013).
    "  1  .tox/env/lib/python3.10/site-packages/poetry/packages/locker.py:63 in lock_data\n"
    "     self._lock_data = self._get_lock_data()\n"
    "  RuntimeError\n"
    "  The lock file is not compatible with the current version of Poetry.",
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 117: a recipe's shell lines and make's directory line, cut before the error
    # (rounds 43's 160, 56's 139 and 57's 018 are cut the same way).
    (
        "ar rc ./libiberty.a \\\n    ./regex.o ./cplus-dem.o ./cp-demangle.o ./md5.o; \\\n"
        "  ranlib ./libiberty.a; \\\n  cd ..; \\\nelse true; fi\n"
        "make[7]: Leaving directory '/home/me/embox/build/extbld/third_party/gcc/gcc_build/libiber",
        "generic",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 58's 201: mkmf.log's checks that passed, cut before the one that failed.
    (
        "```\n# cat /usr/local/ruby/lib/ruby/gems/3.1.0/extensions/nokogiri-1.13.3/mkmf.log\n"
        "block in append_cflags: checking for whether -std=c99 is accepted as CFLAGS... "
        "-------------------- yes\n\n"
        'LD_LIBRARY_PATH=.:/usr/local/ruby/lib "gcc -o conftest -I/usr/local/ruby/include '
        '-D_FILE_OFFSET_BITS=64 conftest.c -L/usr/local/ruby/lib -lruby -lm -lc"\n'
        'checked program was:\n/* begin */\n1: #include "ruby.h"\n2:\n'
        "3: int main(int argc, char **argv)\n4: {\n5:   return !!argv[argc];\n6: }\n/* end */\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # mkmf.log's failed check names its cause.
    "checked program was:\n/* begin */\n1: #include <lzma.h>\n/* end */\n"
    "conftest.c:1:10: fatal error: lzma.h: No such file or directory",
]


def test_the_long_patterns_that_judge_every_line_have_room_for_their_states() -> None:
    # Within RE2's default 8 MB, _NOT_A_CAUSE's automaton was thrown away and rebuilt on
    # almost every line (130 µs a line, 12 µs with room): a long pattern gets 64 MB.
    from slackbot import guidance

    modules = [guidance] + [
        importlib.import_module(f"slackbot.guidance.{found.name}")
        for found in pkgutil.iter_modules(guidance.__path__)
    ]
    cramped = [
        f"{module.__name__}.{name}"
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, re2._Regexp)
        and len(value.pattern) > 1_000
        and value.options.max_mem < 64 << 20
    ]
    assert not cramped, f"give these guidance._BIG_OPTIONS: {cramped}"


def test_system_cues_are_one_set_from_the_first_line() -> None:
    # Every line of a paste is looked at for its CI system, and three cues hold no word to
    # look for first: literal-first searched them on each line (5 µs a line; the set of the
    # few cues takes under 1 µs). The set gives each line what the cues alone give.
    from slackbot.guidance import systems

    cues = systems._system_cues()
    lines = [
        "    a",
        "2019/12/16 21:46:11 [DEBUG] a",
        "[12:01:02.345] Running build in Washington, D.C., USA (East) – iad1",
        "2024-01-02T03:04:05.1234567Z ##[group]Run make",
        "I0102 03:04:05.678901    1 main.go:12] prow job",
        "Read the Docs build failed",
    ]
    assert [cues.match(line) for line in lines] == [
        [i for i, (_, pattern) in enumerate(systems.SYSTEM_CUES) if re2.search(pattern, line)]
        for line in lines
    ]
    assert cues.prepared


def test_a_repeated_line_is_looked_at_once_for_its_ci_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slackbot.guidance import systems

    cues = systems._system_cues()
    seen: list[str] = []
    match = cues.match

    def counted(line: str) -> list[int]:
        seen.append(line)
        return match(line)

    monkeypatch.setattr(cues, "match", counted)
    lines = ["    a", "", "##[group]Run make", "    a", "", "##[group]Run make"] * 50
    assert systems._system_of(lines) == "github"
    assert sorted(seen) == ["", "    a", "##[group]Run make"]


def test_notice_words_are_found_as_re2_finds_them() -> None:
    from slackbot.guidance import notices
    from slackbot.guidance._options import _OPTIONS

    words = re2.compile(r"[A-Za-z]+|\d+(?:\.\d+)?%?", _OPTIONS)
    for line in (
        "Build failed 3 times (12.5% of 40) after v1.2.3",
        "exit code ١٢ 2.x 3. .4 5%% ab12cd",
        "构建失败 é naïve straße",
    ):
        assert notices._NOTICE_WORD.findall(line) == words.findall(line), line


CUT_BEFORE_THE_ERROR += [
    # Round 59's 250: TeamCity's downloaded build log, the line's status between its time and
    # block ("[16:56:24]W:"), over a Gradle stack trace's frames cut before its exception.
    (
        "```\n"
        "[16:56:24]W:\t [Step 4/9] \tat org.gradle.api.internal.artifacts.ivyservice."
        "DefaultConfigurationResolver.resolveBuildDependencies(DefaultConfigurationResolver"
        ".java:138)\n"
        "[16:56:24]W:\t [Step 4/9] \tat org.gradle.api.internal.artifacts.ivyservice."
        "ErrorHandlingConfigurationResolver.resolveBuildDependencies("
        "ErrorHandlingConfigurationResolver.java:65)\n"
        "[16:56:24]W:\t [Step 4/9] \t... 155 more\n```",
        "generic",
    ),
]
GUIDED += [
    # Round 59's 210: Gradle's task failure as flutter -v relays it, its time column before it.
    (
        "`[        ] org.gradle.api.tasks.TaskExecutionException: Execution failed for task "
        "':app:signReleaseBundle'.`",
        "generic",
        "gradle",
    ),
]
NO_GUIDANCE += [
    # flutter -v's time column before the error that names the cause.
    "[  +12 ms] Execution failed for task ':app:signReleaseBundle'.\n"
    "[   +1 ms] > A failure occurred while executing SigningTask\n"
    "[        ] > Keystore file '/home/me/key.jks' not found for signing config 'release'.",
]
GUIDED += [
    # Round 59's 199: tkn's logs of a PipelineRun whose step failed: Tekton's reason, the step's
    # exit code and where its log is, not the step's output.
    (
        "```\ntkn --context dogfood tr logs pipeline-release-nightly-publish-images-tkjj2\n"
        'Error: task publish-images has failed: "step-artifact-copy-to-bucket-vchbw" exited '
        'with code 1 (image: "docker-pullable://google/cloud-sdk@sha256:4ef6b0e9"); for logs '
        "run: kubectl -n default logs pipeline-release-nightly-publish-images-tkjj2-pod-10c8fd "
        "-c step-artifact-copy-to-bucket-vchbw\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The step's log under Tekton's reason names the cause.
    'Error: task build has failed: "step-push" exited with code 1 (image: "docker-pullable://'
    'gcr.io/kaniko-project/executor@sha256:4ef6b0e9"); for logs run: kubectl -n ci logs '
    "build-pod -c step-push\n"
    "error pushing image: failed to push to destination quay.io/acme/app: UNAUTHORIZED",
]
GUIDED += [
    # Round 59's 156: gomobile relaying the go build it ran, the compiler's errors not pasted.
    (
        "./gomobile: go build -p=8 -pkgdir=/Users/me/go/pkg/gomobile/pkg_android_arm "
        '-tags="" -buildmode=c-shared -o=/tmp/gomobile-work-804429490/android/src/main/jniLibs/'
        "armeabi-v7a/libgojni.so /tmp/gomobile-work-804429490/androidlib/main.go failed: "
        "exit status 2",
        "generic",
        "",
    ),
    # Round 59's 165: the go command's status and its stderr, cut at its module downloads.
    (
        "```\ngomobile: err: exit status 2: stderr: go: downloading github.com/segmentio/ksuid "
        "v1.0.3\ngo: downloading go.uber.org/zap v1.16.",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # gobind's own message under gomobile's line (round 59's 164), and the go command's error
    # in the stderr gomobile relays.
    "gomobile.exe: C:\\Users\\me\\go\\bin\\gobind.exe -lang=go,java -outdir=C:\\Temp\\gomobile-work "
    ".aar failed: exit status 1\n"
    'no exported names in the package ".aar"\n\nexit status 1',
    "gomobile: err: exit status 1: stderr: go: downloading github.com/acme/lib v1.2.0\n"
    "go: github.com/acme/lib@v1.2.0: invalid version: unknown revision v1.2.0",
]
CUT_BEFORE_THE_ERROR += [
    # Round 59's 218: fastlane's Ruby backtrace, numbered as Ruby 2.5 to 2.7 print it, cut
    # before the message at its top.
    (
        "```\n\t10: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/fastlane/"
        "lib/fastlane/runner.rb:229:in `execute_action'\n"
        "\t 4: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/scan/lib/scan/"
        "manager.rb:23:in `work'\n"
        "\t 3: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/scan/lib/scan/"
        "runner.rb:23:in `run'\n"
        "\t 2: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/scan/lib/scan/"
        "runner.rb:175:in `handle_results'\n"
        "\t 1: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/fastlane_core/"
        "lib/fas",
        "generic",
    ),
]
NO_GUIDANCE += [
    # The same backtrace with its message at the top.
    "\t 2: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/scan/lib/scan/"
    "runner.rb:175:in `handle_results'\n"
    "\t 1: from /Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/fastlane_core/lib/"
    "fastlane_core/ui/interface.rb:141:in `test_failure!'\n"
    "/Users/me/app/vendor/bundle/ruby/2.5.0/gems/fastlane-2.189.0/fastlane_core/lib/"
    "fastlane_core/ui/interface.rb:172:in `build_failure!': Tests have failed "
    "(FastlaneCore::Interface::FastlaneTestFailure)",
]
CUT_BEFORE_THE_ERROR += [
    # Round 59's 196: javac's notes on plugins that use a deprecated API, cut before the error.
    (
        "```\n> /usr/local/bin/flutter build appbundle --release --flavor prod\n"
        "Running Gradle task 'bundleProdRelease'...\n"
        "Note: /Users/builder/.pub-cache/hosted/pub.dartlang.org/remote_config-0.3.1/android/src/"
        "main/java/io/flutter/plugins/remoteconfig/MethodCallHandlerImpl.java uses or overrides "
        "a deprecated API.\n\nNote: Recompile with -Xlint:deprecation for details.\n\n"
        "Note: Some input files use unchecked or unsafe operations.\n\n"
        "Note: Recompile with -Xlint:unchecked for details.\n\nNote: /Users/builder/.pub-c",
        "generic",
    ),
]
NO_GUIDANCE += [
    # javac's error under its notes names the cause.
    "Note: Some input files use or override a deprecated API.\n"
    "Note: Recompile with -Xlint:deprecation for details.\n"
    "/app/src/Main.java:12: error: cannot find symbol",
]
GUIDED += [
    # Round 59's 123: electron-builder's failed rebuild, npm 10's lines ("npm error code 1")
    # and node-gyp's make relayed by npm, cut before the compiler's error.
    (
        "  ⨯ cannot execute  cause=exit status 1\n"
        "                    errorOut=npm error code 1\n"
        "    npm error path /Users/me/app/node_modules/cpu-features\n"
        "    npm error command failed\n"
        "    npm error command sh -c node buildcheck.js > buildcheck.gypi && node-gyp rebuild\n"
        "    npm error CC(target) Release/obj.target/cpu_features/deps/cpu_features/src/"
        "impl_aarch64_linux_or_android.o\n"
        "    npm error   CC(target) Release/obj.target/cpu_features/deps/cpu_features/src/"
        "impl_x86_windows.o\n"
        "    npm error",
        "generic",
        "npm",
    ),
]
NO_GUIDANCE += [
    # The compiler's error among node-gyp's make lines names the cause.
    "npm error code 1\nnpm error command failed\n"
    "npm error   CXX(target) Release/obj.target/binding/src/binding.o\n"
    "npm error ../src/binding.cc:1:10: fatal error: 'node.h' file not found",
]
GUIDED += [
    # Round 59's 201: the Transporter's summary of a rejected upload under its logger's line
    # with no message, the errors it counts not pasted.
    (
        "```\n2026-02-03 11:41:52.566 ERROR: [ContentDelivery.Uploader.1051E2F80] \n"
        "=======================================\nUPLOAD FAILED with 2 errors\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The errors it counts, with their reasons.
    "UPLOAD FAILED with 1 error\n"
    "ERROR: [ContentDelivery.Uploader.60000263C0C0] Asset validation failed (90046) Invalid "
    "Code Signing Entitlements.",
]
GUIDED += [
    # Round 59's 048: Microsoft Docs' build (OPS) report when its build threw: its heading, its
    # table row and its message, the exception in the raw log (round 26's 073 without them).
    (
        "### :x: Validation status: errors\n\n"
        "Please follow instructions [here](https://review.docs.microsoft.com/en-us/help/onboard/"
        "faq?branch=master#build--publish) which may help to resolve issue.\n\n"
        "File | Status | Preview URL | Details\n---- | ------ | ----------- | -------\n"
        "[]() | :x:Error | | [Details](#user-content-3b54da76)\n\n"
        '<a id="3b54da76"></a>\n###\n'
        " - **[Error]** `````An exception occurred during the build process. Please check the raw "
        "log and retry building your content again. If the issue persists, please open a ticket "
        "in https://SiteHelp and include the URL of publishing report as well as below "
        "information: One or more errors occurred..`````",
        "generic",
        "",
    ),
    (
        " - **[Error]** An exception occurred during the build process. Please check the raw log "
        "and retry building your content again. If the issue persists, please open a ticket in "
        "http://SiteHelp and include the URL of publishing report.",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same report over an error it names (round 59's 047).
    "### :x: Validation status: errors\n\n"
    "[]() | :x:Error | | [Details](#user-content-e4a992f9)\n\n"
    " - **Line 0, Column 0**: **[Error-download-failed]** `````Download failed for file "
    "'https://ops/buildconfig/?name=msteams-platform'. Try closing and reopening the PR.`````",
]
GUIDED += [
    # Round 59's 187: cargo's build-script wrapper quoted in a person's sentence, cargo's own
    # backticks around the crate ending the quote.
    (
        "Tried compiling rust from source on Windows, but getting the below error: `failed to run "
        "custom build command for `proc-macro-test v0.0.0`.",
        "generic",
        "rustc",
    ),
]
NO_GUIDANCE += [
    # A sentence that names the cause beside the quoted wrapper.
    "The build fails because libclang is not found: `failed to run custom build command for "
    "`clang-sys v1.8.1`.",
]
GUIDED += [
    # Round 59's 080: OpenSearch's build script on a component that failed, the command to
    # build it again after it.
    (
        "```\n2024-04-10 01:32:06 INFO     Recording plugins artifact for observabilityDashboards: "
        "plugins/observabilityDashboards-2.14.0.zip\n"
        "2024-04-10 01:32:06 ERROR    Error building observabilityDashboards, retry with: "
        "./build.sh manifests/2.14.0/opensearch-dashboards-2.14.0.yml --component "
        "observabilityDashboards\n```",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 59's 203: Konflux's GitOps task when its git push failed, git's output hidden.
    (
        "```\nstep-patch-gitops\nCloning into 'testgo-gitops'...\n"
        "[main 747a7b0] Update 'testgo' component image to: quay.io/user-org/rhdh-test:d719c735\n"
        " 1 file changed, 1 insertion(+), 1 deletion(-)\n"
        "Failed to push update to gitops repository: https://github.com/user-org/testgo-gitops\n"
        "Do you have correct git credentials configured?\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 59's 157, 158 (and round 34's 161): Go's flag package refusing an option the
    # command does not define, its usage text below.
    "```\nflag provided but not defined: -w'\n"
    "usage: gomobile bind [-target android|ios|iossimulator|macos|maccatalyst] [-o output] "
    "[build flags] [package]\n\n"
    "Bind generates language bindings for the package named by the import\n"
    "path, and compiles a library for the named target system.\n```",
]
NO_GUIDANCE += [
    # Round 59's 176, 177: Composer's autoload check on a class whose namespace does not match
    # its path (wrapped by the paste).
    "```\nClass Webauthn\\Tests\\Unit7\\CollectedClientDataTest located in\n"
    "     ./tests/library/Unit/CollectedClientDataTest.php does not comply with psr-4 "
    "autoloading standard. Skipping.\n```",
]
NO_GUIDANCE += [
    # Round 59's 132: pacman's conflict with a pinned dependency above ridk's failure lines.
    "    installing mingw-w64-x86_64-gcc (6.3.0-3) breaks dependency "
    "'mingw-w64-x86_64-gcc=6.2.0-2'\n    ...\n"
    "    Install MSYS2 and MINGW development toolchain failed\n"
    "    Installation failed: pacman failed",
]
NO_GUIDANCE += [
    # Round 59's 239: maven-release-plugin relaying cvs's refusal to tag a modified file.
    "[INFO] Tagging release with the label ADMIN_CONSOLE_3_2_8.\n"
    "Provider message:\nThe cvs tag command failed.\nCommand output:\n"
    "Warning: No xauth data; using fake authentication data for X11 forwarding.\n"
    "cvs tag: pom.xml is locally modified",
]
NO_GUIDANCE += [
    # Round 59's 082 (and round 24's 113): AppVeyor skipping a deployment, and why.
    "```\nPackaging artifacts...OK\n"
    'Skip "GitHub" deployment as environment variable has not matched '
    '("appveyor_repo_tag" is "false", should be "true")\nBuild success\n```',
]
NO_GUIDANCE += [
    # Round 59's 135: a person quoting the tool's message beside its failure line.
    "Observe output `MSYS2 seems to be unavailable` and "
    "`Installation failed: MSYS2 installer failed`",
]
GUIDED += [
    # A quoted label beside the failure line is no message.
    (
        "Observe output `Error signal` and `Installation failed: MSYS2 installer failed`",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 59's 077: buildkite-agent's API error, the server's status after the URL.
    "```buildkite-agent pipeline upload .buildkite/pipeline.yml\n"
    '2018-04-19 11:15:30 INFO   Reading pipeline config from ".buildkite/pipeline.yml"\n'
    "2018-04-19 11:19:47 WARN   POST https://agent.buildkite.com/v3/jobs/d49b84b7/pipelines: "
    "102 (Attempt 5/5 Retrying in 1s)\n"
    "2018-04-19 11:19:48 FATAL Failed to upload and process pipeline: "
    "POST https://agent.buildkite.com/v3/jobs/d49b84b7/pipelines: 102\n```",
]
NO_GUIDANCE += [
    # Round 59's 097: Jenkins' inbound agent logging, at java.util.logging's INFO level, the
    # exception that keeps it from connecting.
    "```\nApr 12, 2021 8:44:56 AM hudson.remoting.jnlp.Main$CuiListener status\n"
    "INFO: Terminated\n"
    "Apr 12, 2021 8:45:07 AM org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver "
    "waitForReady\n"
    "INFO: Failed to connect to the master. Will try again: java.net.ConnectException "
    "Connection refused (Connection refused)\n"
    "Apr 12, 2021 8:45:18 AM org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver "
    "waitForReady\n```",
]
NO_GUIDANCE += [
    # Round 59's 195 (and round 36's 228): Flutter's tool finding no bundle where it looks.
    "Gradle build failed to produce an Android bundle package.\n\n"
    "#0      throwToolExit (package:flutter_tools/src/base/common.dart:24:3)\n"
    "#1      _buildGradleProjectV2 (package:flutter_tools/src/android/gradle.dart:602:7)\n"
    "<asynchronous suspension>",
]
GUIDED += [
    # Its notice without what failed stays one.
    (
        "Gradle build failed.\n\n"
        "#0      throwToolExit (package:flutter_tools/src/base/common.dart:24:3)",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 60's 078: BitBake's pointer to the failed task's log and the heading over the log's
    # lines, cut before the error.
    (
        "```\nNOTE: Executing RunQueue Tasks\n"
        "ERROR: rust-1.33.0-r0 do_compile: Function failed: do_compile (log file is located at "
        "/work/build/tmp/work/aarch64-poky-linux/rust/1.33.0-r0/temp/log.do_compile.224)\n"
        "ERROR: Logfile of failure stored in: "
        "/work/build/tmp/work/aarch64-poky-linux/rust/1.33.0-r0/temp/log.do_compile.224\n"
        "Log data follows:\n| DEBUG: Executing shell function do_compile\n"
        "| COMPILE rust build\n| running: /work/build/tmp/work/a\n```",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 60's 168: Gradle's heading under "What went wrong:", cut before its "> " lines.
    (
        "```\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
        "Could not determine the dependencies of task ':samp\n```",
        "generic",
        "gradle",
    ),
]
NO_GUIDANCE += [
    # The same heading with the reason under it.
    "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
    "Could not determine the dependencies of task ':app:compileDebugJavaWithJavac'.\n"
    "> Could not resolve all task dependencies for configuration ':app:debugCompileClasspath'.\n"
    "   > Could not find com.example:lib:1.0.",
]
GUIDED += [
    # Round 60's 007: pip 19's heading over a setup.py install's output, cut before the output.
    (
        "```\nCollecting fbprophet==0.5 (from -r /tmp/requirements.txt (line 2))\n"
        "Installing collected packages: fbprophet\n"
        "  Running setup.py install for fbprophet ... error\n"
        "    ERROR: Complete output from command /home/user/git/thoth-s\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The heading with the command's output under it.
    "  Running setup.py install for logbook\n"
    "    Complete output from command python setup.py install:\n"
    "    running install\n"
    "    error: Microsoft Visual C++ 10.0 is required (Unable to find vcvarsall.bat).",
]
GUIDED += [
    # Round 60's 111: crosstool-NG's level column, and a runner's "Error: " before each line of
    # its stderr, over the linker's and make's wrapper lines.
    (
        "```\n  [INFO ]  Installing binutils for host\n  [EXTRA]    Building binutils\n"
        "  Error: [ERROR]    collect2: error: ld returned 1 exit status\n"
        "  Error:     make[7]: *** [Makefile:740: gprofng] Error 1\n"
        "  Error:     make[7]: *** Waiting for unfinished jobs....\n"
        "  Error:     make[6]: *** [Makefile:601: all] Error 2\n```",
        "generic",
        "linker",
    ),
]
NO_GUIDANCE += [
    # The level before the linker's own error.
    "[ERROR]    /usr/bin/ld: cannot find -lfoo\n"
    "[ERROR]    collect2: error: ld returned 1 exit status",
]
NO_GUIDANCE += [
    # Round 7's 167: an AWS Lambda's Python logger before the exception keeps its level.
    "```\nCluster status not active\n"
    "[ERROR] CalledProcessError: Command '['aws', 'eks', 'update-kubeconfig']' returned "
    "non-zero exit status 255.\nTraceback (most recent call last):\n"
    '  File "/var/task/index.py", line 13, in handler\n```',
]
CUT_BEFORE_THE_ERROR += [
    # Round 60's 128: BuildKit's build checks warn under their heading; the log names no cause.
    (
        "```\n...\n#16 DONE 0.0s\nWARNING: No output specified with docker-container driver. "
        "Build result will only remain in the build cache. To push result image into registry "
        "use --push or to load image into docker use --load\n\n"
        " 1 warning found (use docker --debug to expand):\n"
        " - InvalidDefaultArgInFrom: Default value for ARG ghcr.io/cloudnative-pg/postgresql:"
        "$CNPG_TAG-system-bookworm results in empty or invalid base image name (line 3)\n...\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # The checks' warnings above the build's own error.
    "#8 0.412 stat /cmd/x.go: directory not found\n"
    " 1 warning found (use docker --debug to expand):\n"
    " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 4)\n"
    'ERROR: failed to solve: process "/bin/sh -c go build ./cmd/x.go" did not complete '
    "successfully: exit code: 1",
]
GUIDED += [
    # Round 60's 069 (and round 40's 082): Elastic's Jenkins bot's comment, cut at its folded
    # list of failed steps.
    (
        "## :broken_heart: Build Failed \n\n#### Build stats\n\n"
        "* Build Cause: [Pull request #759 opened]\n\n"
        "* Duration: 4 min 30 sec (210167)\n\n### Steps errors\n\n"
        "  <details><summary>Expand to view the steps failures</summary>\n",
        "jenkins",
        "",
    ),
]
GUIDED += [
    # Round 60's 137: a pipeline script pointing at the build log it archived.
    (
        "```\nERROR: Error while running pipeline script: Build 'K64F_arm-none-eabi-gcc_mesh0' "
        "failed. Check 'mbed-os-cliapp/K64F_arm-none-eabi-gcc_mesh0.log' in the archived files "
        "for more details.\n```",
        "jenkins",
        "",
    ),
]
GUIDED += [
    # Round 60's 159: CML's JSON log relaying terraform apply, cut in the plan before its error.
    (
        "```\n"
        '{"level":"info","message":"Terraform apply..."}\n'
        '{"level":"error","message":"terraform -chdir=\'/home/runner/.cml/cml-oq\' apply '
        "-auto-approve\n\t\nTerraform used the selected providers to generate the following "
        "execution\nplan. Resource actions are indicated with the following symbols:\n"
        '  + create\n\n  + resource "iterative_cml_runner" "runner" {\n'
        '      + cloud                = "gcp"\n```',
        "github",
        "",
    ),
]
NO_GUIDANCE += [
    # Round 48's 250: the same line with Terraform's error in its escaped lines.
    '{"level":"error","message":"terraform -chdir=\'/home/runner/.cml/cml-zk\' apply '
    '-auto-approve\\n\\t\\n\\t╷\\n│ Error: Unsupported argument\\n│ \\n│   on main.tf line 37"}',
]
CUT_BEFORE_THE_ERROR += [
    # Round 60's 105: Ruby's crash report cut in its loaded features, net/http/exceptions.rb
    # a file's name, no exception.
    (
        "````\n    150 /opt/hostedtoolcache/Ruby/2.3.0/x64/lib/ruby/2.3.0/uri/mailto.rb\n"
        "    151 /opt/hostedtoolcache/Ruby/2.3.0/x64/lib/ruby/2.3.0/uri.rb\n"
        "    152 /opt/hostedtoolcache/Ruby/2.3.0/x64/lib/ruby/2.3.0/net/http/exceptions.rb\n"
        "    153 /opt/hostedtoolcache/Ruby\n````",
        "generic",
    ),
]
GUIDED += [
    # Round 60's 022: a person quoting Yarn's YN0007 progress line, the last before the install
    # hung.
    (
        "after logging `YN0007: │ root-workspace-0b6124@workspace:. must be built because it "
        "never did before or the last one failed`, the console has been stopped.",
        "generic",
        "yarn",
    ),
]


# === The wrappers' required words are cached per fingerprint, as the matcher's compiled form ===


def test_the_wrappers_words_are_read_from_the_cache(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import slackbot.guidance.wrappers as guidance
    from slackbot.pattern_set import required_words

    monkeypatch.setattr(guidance, "_wrapper_words", None)
    guidance._wrappers.cache_clear()
    try:
        guidance.load_wrapper_words(tmp_path, "abc")
        kept = json.loads((tmp_path / "guidance-abc.json").read_text("utf-8"))
        assert kept == [required_words(pattern) for _, pattern in WRAPPERS]

        def worked_out(pattern: str) -> None:
            raise AssertionError("worked out again")

        monkeypatch.setattr(guidance, "required_words", worked_out)
        monkeypatch.setattr(guidance, "_wrapper_words", None)
        guidance.load_wrapper_words(tmp_path, "abc")  # read back, not worked out
        assert guidance._wrapper_words == kept
        assert _guidance(GITHUB_WRAPPER) == ("github", "", "Process completed with exit code 1.")
        (tmp_path / "guidance-def.json").write_text("[[]]", "utf-8")  # one list: not these
        with pytest.raises(AssertionError, match="worked out again"):
            guidance.load_wrapper_words(tmp_path, "def")
    finally:
        guidance._wrappers.cache_clear()


# === A CI system is named by its own marks, not by a word in any path ===

# "actions/" in a path that is not GitHub's (fastlane's actions, an app's src/actions, a .NET
# project's Abstractions/), and a Firebase SDK in an app's build (a pod, a pub package's
# Android path, an npm package, a Gradle dependency): no system.
NOT_THE_SYSTEM = [
    "\tfrom /gems/fastlane-2.212.1/fastlane/lib/fastlane/actions/setup_ci.rb:15:in `run'",
    "    at bindings (/var/www/app/packages/actions/node_modules/bindings/bindings.js:126:9)",
    "import { login } from './src/actions/foo.js'",
    "GlyphEditor.Data.Abstractions -> /src/GlyphEditor.Data.Abstractions/bin/Debug/x.dll",
    " -> Fetching podspec for `firebase_auth` from `.symlinks/plugins/firebase_auth/ios`",
    "Note: /Users/builder/.pub-cache/hosted/pub.dartlang.org/firebase_core-0.4.0/android/src/"
    "main/java/io/flutter/plugins/firebase/core/FirebaseCorePlugin.java uses deprecated API.",
    "Installing package firebase@^3.8.0",
    "> Could not resolve com.google.firebase:firebase-bom:32.0.0.",
    "CompileSwiftSources normal arm64 (in target 'FirebaseCoreInternal' from project 'Firebase')",
]
# Their own marks still name them.
THE_SYSTEM = [
    ("      uses: actions/checkout@v4", "github"),
    ("Run actions/setup-node@v4", "github"),
    ("Download action repository 'actions/checkout@v3' (SHA:8e8217ae4d02)", "github"),
    ("Post Run aws-actions/configure-aws-credentials@v4", "github"),
    ("    at /home/ci/actions-runner/_work/_actions/owner/act/v1/dist/index.js:1:1", "github"),
    ("    at Object.<anonymous> (/app/node_modules/@actions/core/lib/core.js:12:3)", "github"),
    ("Included Software: https://github.com/actions/runner-images/blob/ubuntu22/x.md", "github"),
    ("View results: https://github.com/owner/repo/actions/runs/128297861", "github"),
    ("Error: google-github-actions/deploy-cloudrun failed with: failed to execute", "github"),
    ("/Users/runner/work/app/app/test/support/helper.rb:168:in `run'", "github"),
    ("[build/job1] Extracting content to '/var/run/act/'", "act"),
    ("$ firebase deploy --only hosting", "firebase"),
    ("npm install -g firebase-tools", "firebase"),
    ("i  deploy: deploying functions, hosting", "firebase"),
    ("✔  functions[api(us-central1)]: Successful update operation.", "firebase"),
    ("=== Deploying to 'my-project'...", "firebase"),
    ("Error: An unexpected error has occurred. See firebase-debug.log", "firebase"),
]


@pytest.mark.parametrize("line", NOT_THE_SYSTEM)
def test_a_word_in_a_path_names_no_ci_system(line: str) -> None:
    from slackbot.guidance.systems import _system_of

    assert _system_of([line]) == "generic"


@pytest.mark.parametrize(("line", "system"), THE_SYSTEM)
def test_a_systems_own_marks_still_name_it(line: str, system: str) -> None:
    from slackbot.guidance.systems import _system_of

    assert _system_of([line]) == system


def test_a_fastlane_trace_cut_before_its_error_is_guided_to_no_ci_system() -> None:
    paste = (
        "\tfrom /gems/fastlane-2.212.1/fastlane/lib/fastlane/actions/actions_helper.rb:69:in "
        "`execute_action'\n"
        "\tfrom /gems/fastlane-2.212.1/fastlane/lib/fastlane/actions/setup_ci.rb:15:in `run'\n"
        "\tfrom /gems/fastlane-2.212.1/fastlane/lib/fastlane/runner.rb:263:in `action_completed'\n"
    )
    found = _guidance(paste)
    assert found is not None and found[0] == "generic"


# === The prefixes cut before a line are a table, each row with its example ===


def _prefix_rows() -> list[Any]:
    from slackbot.guidance.lines import _LINE_PREFIXES

    return list(_LINE_PREFIXES)


@pytest.mark.parametrize("row", _prefix_rows(), ids=lambda row: row.example[:30])
def test_each_line_prefix_is_cut_from_its_example(row: Any) -> None:
    from slackbot.guidance.lines import _without_line_prefix

    assert row.guard(row.example)
    assert _without_line_prefix(row.example) == row.stripped
    assert _without_line_prefix(f"  {row.example}  ") == row.stripped


def _prefixed_lines() -> list[str]:
    """Each row's example, and each with every row's prefix before it (two prefixes, as a
    relaying tool's line under a log viewer's column), and a few lines no row cuts."""
    from slackbot.guidance.lines import _LINE_PREFIXES

    prefixes = [row.example[: len(row.example) - len(row.stripped)] for row in _LINE_PREFIXES]
    examples = [row.example for row in _LINE_PREFIXES]
    plain = ["", "x", "1", "²x", "[", ": [", "a: b", "Build failed {} []", "a.INFO b: c", "`"]
    return [f"{head}{line}" for head in ["", *prefixes] for line in [*examples, *plain]]


def test_a_line_meets_only_the_prefix_rows_its_first_character_leaves() -> None:
    """Each row names every first character its guard may hold for: the rows a line skips
    by its first character are rows whose guard it fails, so the cut is the table's, in order."""
    from slackbot.guidance.lines import _LINE_PREFIXES, _without_line_prefix

    def every_row(line: str) -> str:
        line = line.strip()
        for row in _LINE_PREFIXES:
            if row.guard(line):
                line = row.cut(line)
        return line

    for row in _LINE_PREFIXES:
        assert all(start == "0" or not start.isdigit() for start in row.starts)
    for line in _prefixed_lines():
        for row in _LINE_PREFIXES:
            start = "0" if line[:1].isdigit() else line[:1]
            assert not row.starts or start in row.starts or not row.guard(line), (row, line)
        assert _without_line_prefix(line) == every_row(line), line


# === Round 61's wrapper-only pastes that got no guidance (w61g1) ===
# Each case is written from the tool's own form, not from the pastes.
GUIDED += [
    # collect2's line as Qt Creator's issues pane shows it (":-1:" and a second "error:"), as
    # Dev-C++ shows it, and as a person quotes it without "exit status" (round 61's 020).
    ("collect2.exe:-1: error: error: ld returned 1 exit status", "generic", "linker"),
    ("C:\\dev\\app\\collect2.exe\t[Error] ld returned 1 exit status", "generic", "linker"),
    (
        "The windows build still ends with `collect2.exe:-1: error: error: ld returned 1` "
        "after I followed the steps",
        "generic",
        "linker",
    ),
]

GUIDED += [
    # Ninja before 1.7: "FAILED: " and the command itself (round 61's 070).
    (
        "[12/40] Building CXX object src/CMakeFiles/core.dir/parse.cpp.o\n"
        "FAILED: /usr/bin/c++ -DNDEBUG -I../include -O2 -o src/CMakeFiles/core.dir/parse.cpp.o "
        "-c ../src/parse.cpp",
        "generic",
        "ninja",
    ),
    (
        "FAILED: cd /build/src && /usr/bin/ldmd2 -c -O -release -of/build/bin/app.o "
        "/build/src/main.d /build/src/errors.d",
        "generic",
        "ninja",
    ),
]
NO_GUIDANCE += [
    # A "FAILED:" line with its reason after the name: the rest of the line is judged.
    "FAILED: test_parse -AssertionError: expected 3, got 4",
]

GUIDED += [
    # Julia's Pkg: its precompilation summary, older and newer, and its report's heading and
    # "Failed to precompile" line above a stack trace into Pkg's own code (round 61's 059,
    # 060, 063).
    (
        "Precompiling project...\n  ✗ Plots\n"
        "  0 dependencies successfully precompiled in 12 seconds. 80 already precompiled.\n"
        "  1 dependency errored.\n"
        "  For a report of the errors see `julia> err`. To retry use `pkg> precompile`",
        "generic",
        "julia",
    ),
    (
        "Precompiling project...\n  ✓ JSON\n"
        "  1 dependencies successfully precompiled in 2 seconds (10 already precompiled)\n"
        "  2 dependencies errored. To see a full report either run `import Pkg; "
        "Pkg.precompile()` or load the packages",
        "generic",
        "julia",
    ),
    (
        "ERROR: The following 1 direct dependency failed to precompile:\n\n"
        "Plots [91a5bcdd-55d7-5caf-9e0b-520d859cae80]\n\n"
        "Failed to precompile Plots [91a5bcdd-55d7-5caf-9e0b-520d859cae80] to "
        '"/root/.julia/compiled/v1.11/Plots/jl_Xa1b2C".\n'
        "Stacktrace:\n  [1] error(s::String)\n    @ Base ./error.jl:35\n"
        "  [2] precompilepkgs(pkgs::Vector{String}; io::Base.TTY)\n"
        "    @ Base.Precompilation ./precompilation.jl:385\n  [3] top-level scope\n"
        "    @ none:1",
        "generic",
        "julia",
    ),
]
NO_GUIDANCE += [
    # Julia's frames under a package's own error.
    "ERROR: LoadError: UndefVarError: `foo` not defined\nStacktrace:\n [1] top-level scope\n"
    "   @ ~/src/Foo.jl:3",
]

GUIDED += [
    # nimble when a task's script raised, its messages hidden (round 61's 065).
    (
        "       Tip: 2 messages have been suppressed, use --verbose to show them.\n"
        "nimscriptwrapper.nim(160) execScript\n\n"
        "    Error:  Exception raised during nimble script execution",
        "generic",
        "nimble",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Ansible's loop results dumped as Python's repr: "u'failed': False" names no cause (round
    # 61's 031).
    (
        "ok: [web1] => (item={u'path': u'/srv/app', u'failed': False, u'changed': False})\n"
        "ok: [web1] => (item={u'path': u'/srv/data', u'failed': False, u'error': None})\n\n"
        "TASK [deploy : Build images] ***************************************************",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A dumped field that holds a failure is a cause.
    "fatal: [web1]: FAILED! => {'failed': True, 'rc': 2, 'stderr': 'Permission denied'}",
]

CUT_BEFORE_THE_ERROR += [
    # cabal's progress, its columns padded, on packages named for exceptions (round 61's 042).
    (
        "Downloading  safe-exceptions-0.1.7.2\nDownloaded   safe-exceptions-0.1.7.2\n"
        "Building     exceptions-0.10.4 (lib)\nStarting     async-2.2.4 (lib)",
        "generic",
    ),
    # Files named for errors in a list of paths (a golden test's expected output; round 61's
    # 044).
    (
        "Comparing tests/golden/error-unterminated-string.stderr\n"
        "Comparing tests/golden/exception_in_ctor.stdout\nComparing tests/golden/ok.stdout",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A package named for exceptions hides no error after it.
    "Building     safe-exceptions-0.1.7.2 (lib)\n"
    "src/Control/Exception/Safe.hs:12:1: error: parse error on input '='",
]

CUT_BEFORE_THE_ERROR += [
    # Nim's options take their value after a colon (round 61's 067).
    (
        "  Executing task test in /src/app/app.nimble\n"
        "[NimScript] exec: nim c -d:release --styleCheck:error --hints:off -r tests/test_all\n"
        "/src/app/tests/test_all.nim",
        "generic",
    ),
]

GUIDED += [
    # A person's words that only say there was another error, over a compiler's command line
    # (round 61's 058).
    (
        "there was another error\n\n"
        "/usr/bin/gfortran -c ./build/solver.F90 -o ./build/solver.o -ffree-line-length-none "
        "-fbacktrace -ffpe-trap=invalid,zero,overflow",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 61's 194: npm relaying MSBuild's echo of the cl.exe command line it runs (its /D
    # defines may say _HAS_EXCEPTIONS or DEPRECATE).
    (
        "```\nnpm error   C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\VC\\Tools"
        "\\MSVC\\14.38.33130\\bin\\HostX64\\x64\\CL.exe /c /I..\\deps\\winpty\\src\\gen /Z7 "
        "/nologo /W3 /WX- /D _CRT_SECURE_NO_DEPRECATE /D _HAS_EXCEPTIONS=0 /EHsc /MT /GS\n"
        '/Fo"Release\\obj\\winpty-agent\\Terminal.obj" /Gd /TP /wd4351 /wd4355\n```',
        "generic",
    ),
]

GUIDED += [
    # Round 61's 142: an exit status alone, as a person copies a tool's last line (any case).
    ("Exit code 139", "generic", ""),
    ("EXIT CODE: 2", "generic", ""),
]

GUIDED += [
    # Round 61's 183: Ant's exec task with failonerror, alone (as maven-antrun relays it) and
    # after its build file's line; the program's own output is above.
    ("`exec returned: 1`", "generic", "ant"),
    ("/home/ci/project/build.xml:65: exec returned: 2", "generic", "ant"),
]

GUIDED += [
    # Round 61's 130: Laravel's queue worker naming a job that failed, without its exception.
    ("Failed:     Stancl\\JobPipeline\\JobPipeline", "generic", ""),
    ("[2015-10-20 11:06:55] Failed: Illuminate\\Queue\\CallQueuedHandler@call", "generic", ""),
]
NO_GUIDANCE += [
    # A "Failed:" line that names what failed in words of its own is a cause.
    "Failed: could not connect to Redis at 127.0.0.1:6379: Connection refused",
]

CUT_BEFORE_THE_ERROR += [
    # Round 61's 218: the GitHub runner's note on the problem matchers an action adds names
    # "warning or error strings", no cause; the log stops before its failure.
    (
        "2019-09-27T05:29:52.0187864Z ##[group]Run actions/checkout@v1\n"
        "2019-09-27T05:29:52.6339238Z Added matchers: 'checkout-git'. Problem matchers scan "
        "action output for known warning or error strings and report these inline.\n"
        "2019-09-27T05:29:52.6352569Z Syncing repository: owner/repo\n"
        "2019-09-27T05:29:52.6520897Z ##[command]git version\n"
        "2019-09-27T05:29:52.7172165Z git version 2.23.0.windows.1\n"
        '2019-09-27T05:29:53.9232941Z ##[command]git init "D:\\a\\repo\\repo"\n'
        "2019-09-27T05:29:54.2080911Z ##[command]git config",
        "github",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Round 61's 168: Rails' db:create notice on a database that is already there is no cause.
    (
        "```sh\n$ bundle exec rake db:create db:migrate db:structure:load\n\n"
        "Database 'app_test' already exists\n```",
        "generic",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Round 61's 225: actool's result plist cut at its errors key, before the errors.
    (
        "```` xml\n  <dict>\n  \t<key>com.apple.actool.compilation-results</key>\n  \t<dict>\n"
        "  \t\t<key>output-files</key>\n  \t\t<array>\n"
        "  \t\t\t<string>/Users/runner/work/app/app/obj/actool/partial-info.plist</string>\n"
        "  \t\t</array>\n  \t</dict>\n  \t<key>com.apple.actool.errors</key>\n  \t<array>\n"
        "  \t\t<dict>\n  \t\t\t<\n````",
        "github",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Round 61's 073: a command line's defines name no cause (-Dskip-compile-errors), and the
    # last test line before a stall is no failure.
    (
        "```\n./zig build test -Dskip-release -Dskip-non-native -Dskip-compile-errors "
        '-Dskip-run-translated-c\nTest [1/36] test "self-hosted"... \n```',
        "generic",
    ),
]

NO_GUIDANCE += [
    # Round 61's 101: stack's "No .cabal file found in directory" (a file type's name with its
    # dot, and the word "file") names the cause above Docker's wrapper.
    "```\nstack will use the GHC on your PATH\nNo .cabal file found in directory /tmp/\n"
    "The command '/bin/sh -c /tmp/octool -s' returned a non-zero code: 1\n```",
]

NO_GUIDANCE += [
    # Round 61's 140, 163, 125: the go command's errors, prefixed with its subcommand, and its
    # refusal of a go.mod at GOPATH's root.
    "```\nGOOS=linux GOARCH=arm64 go build -race -o ./apps/chat ./cmd/apps/chat\n"
    "go build: -race requires cgo; enable cgo by setting CGO_ENABLED=1\n"
    "Makefile:96: recipe for target 'host-apps' failed\nmake: *** [host-apps] Error 2\n```",
    "```\n$ make\ngo install -v ./...\n"
    "go install: no install location for directory /home/me/proj/shared outside GOPATH\n"
    "\tFor more details see: 'go help gopath'\nmake: *** [Makefile:6: default] Error 1\n```",
    " Step 4/12 : RUN go mod download\n  ---> Running in 29855834daca\n"
    " $GOPATH/go.mod exists but should not\n"
    " The command '/bin/sh -c go mod download' returned a non-zero code: 1",
]

NO_GUIDANCE += [
    # Round 61's 056: ExtUtils::MakeMaker only warns of a missing prerequisite; it is the cause.
    "$ perl Makefile.PL\nChecking if your kit is complete...\nLooks good\n"
    "Warning: prerequisite TestConfig 0 not found.\nWriting MYMETA.yml and MYMETA.json\n"
    "Generating a Unix-style Makefile\nWriting Makefile for NicToolServer\n",
]

GUIDED += [
    # Round 62's 063 and 183: a failure notice that only points to a log file or to the messages
    # above it (an install script's own last line).
    ("error installation failed...check /root/.app/install.log for more details", "generic", ""),
    ("`❌ Installation failed. Please check the error messages above.`", "generic", ""),
    ("Setup failed! Please see the output above.", "generic", ""),
]
NO_GUIDANCE += [
    # A pointer beside a cause is still a cause.
    "Installation failed: cargo is not installed. Please check the error messages above.",
]

GUIDED += [
    # Round 62's 151: zig build's summary and its tree of failed steps (0.11 to 0.15); each
    # step's own error is printed above the summary.
    (
        "Build Summary: 277/284 steps succeeded; 3 failed (disable with --summary none)\n"
        "install transitive failure\n"
        "└─ run docgen (langref.html) transitive failure\n"
        "   ├─ run doctest (verbose_cimport_flag.out) failure\n"
        "   └─ run doctest (cImport_builtin.out) failure",
        "generic",
        "zig",
    ),
    (
        "Build Summary: 84/95 steps succeeded (2 failed)\ninstall transitive failure\n"
        "+- install app transitive failure\n"
        "|  +- compile lib app ReleaseFast aarch64-macos-none 15 errors",
        "generic",
        "zig",
    ),
]
NO_GUIDANCE += [
    # Failed tests the summary counts are a test run's result (round 36's 095); the step's
    # error above the summary is the cause.
    "Build Summary: 4/7 steps succeeded; 1 failed; 45/46 tests passed; 1 failed (disable with "
    "--summary none)\ninstall transitive failure\n+- test transitive failure\n"
    "   +- run test 45/46 passed, 1 failed",
    "src/main.zig:219:64: error: expected 1 argument, found 2\n"
    "Build Summary: 0/5 steps succeeded; 1 failed (disable with --summary none)\n"
    "run transitive failure\n└─ run app transitive failure\n"
    "   └─ zig build-exe app Debug native 1 errors",
]

CUT_BEFORE_THE_ERROR += [
    # Round 62's 060: debootstrap's (and apt's) one-letter levels are a log's lines.
    (
        "I: Retrieving InRelease \nI: Retrieving Packages \nI: Validating Packages \n"
        "I: Resolving dependencies of required packages...\n"
        "I: Retrieving adduser 3.113+nmu3ubuntu4\nI: Validating adduser 3.113+nmu3ubuntu4",
        "generic",
    ),
]
NO_GUIDANCE += [
    # debootstrap's and apt's E: line names the cause.
    "I: Retrieving Release\nI: Checking Release signature\nI: Retrieving Packages\n"
    "E: Couldn't download packages: libc6",
]

CUT_BEFORE_THE_ERROR += [
    # Round 62's 112: a module Ivy resolves names no cause (play#play-exceptions;2.3.6).
    (
        "[Scala compiler] Updating {file:/home/ci/project/}build...\n"
        "[Scala compiler] Resolving org.scala-sbt#global-plugins;0.0 ...\n"
        "[Scala compiler] Resolving com.typesafe.play#play-exceptions;2.3.6 ...\n"
        "[Scala compiler] Resolving commons-io#commons-io;2.0.1 ...",
        "generic",
    ),
]
NO_GUIDANCE += [
    # An Ivy module sbt cannot find is a cause.
    "[warn] \t::          UNRESOLVED DEPENDENCIES         ::\n"
    "[warn] \t:: com.typesafe.play#sbt-plugin;2.3.6: not found\n"
    "sbt.ResolveException: unresolved dependency: com.typesafe.play#sbt-plugin;2.3.6: not found",
]

CUT_BEFORE_THE_ERROR += [
    # Round 62's 116: Zinc's note on a full recompile (every clean Scala build prints it).
    (
        "$ ./gradlew core:bootRun\nStarting a Gradle Daemon (subsequent builds will be faster)\n"
        "> Task :common:scala:compileJava NO-SOURCE\n\n> Task :common:scala:compileScala\n"
        "Pruning sources from previous analysis, due to incompatible CompileSetup.\n\n"
        "> Task :common:scala:processResources\n> Task :common:scala:classes",
        "generic",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Round 62's 249: Gradle's --debug frames, the paste cut inside the last line's logger.
    (
        "11:51:33.025 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.execution.taskgraph.DefaultTaskPlanExecutor.process("
        "DefaultTaskPlanExecutor.java:32)\n"
        "11:51:33.025 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.execution.SelectedTaskExecutionAction.execute("
        "SelectedTaskExecutionAction.java:37)\n"
        "11:51:33.025 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter]   at "
        "org.gradle.execution.DefaultBuildExecuter.execute(DefaultBuildExecuter.java:62)\n"
        "11:51:33.025 [ERROR] [org.",
        "generic",
    ),
]
NO_GUIDANCE += [
    # Gradle's logger line with its message is judged by the message.
    "11:51:33.025 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] > Could not "
    "resolve all files for configuration ':app:debugCompileClasspath'.",
]

NO_GUIDANCE += [
    # Round 62's 166: a program a driver ran, killed by a signal, is the cause above make's
    # wrapper (the paste wraps "[Segmentation Fault]" onto the next line).
    "gcc -o modulecmd -L/usr/local/lib init.o main.o -ltcl8.3 -lm\n"
    "collect2: ld terminated with signal 11 [Segmentation\nFault]\n"
    "make: *** [modulecmd] Error 1",
    "collect2: fatal error: ld terminated with signal 9 [Killed]\n"
    "make[2]: *** [CMakeFiles/app.dir/build.make:97: app] Error 1",
]

NO_GUIDANCE += [
    # Round 62's 209: GOPATH mode's import comment check is the cause above make's wrapper.
    "$ make bins\ngo build -o build/arachned github.com/uber/arachne/arachned/\n"
    'bootstrap.go:28:2: code in directory /home/me/go/src/github.com/uber-go/zap expects import "'
    'go.uber.org/zap"\nmake: *** [bins] Error 1',
]

NO_GUIDANCE += [
    # Round 62's 216 (and round 26's 166, round 47's 043, round 58's 105): a tool's usage,
    # printed when it refuses its arguments, is the cause above the wrapper.
    "> config.status: creating config.h\n> - docker-php-ext-install\n"
    ">   usage: /usr/local/bin/docker-php-ext-install [-jN] ext-name [ext-name ...]\n"
    ">   ie: /usr/local/bin/docker-php-ext-install gd mysqli\n",
    "$ npm ci\nUsage: npm <command>\n\nwhere <command> is one of:\n    access, adduser, bin\n"
    "The command '/bin/sh -c npm ci' returned a non-zero code: 1",
    "  Usage: opam install [OPTION]... [PACKAGES]...\n"
    '[error] Command "opam install --yes  " failed with exit code 2',
]
CUT_BEFORE_THE_ERROR += [
    # argparse's usage is not the cause: its error line, cut here, follows it (round 29's 021).
    (
        "+ conda create -n test -y -f python=3.8\n"
        "usage: conda-script.py create [-h] [--clone ENV] [-n ENVIRONMENT | -p PATH]\n"
        "                              [-c CHANNEL] [--use-local] [--override-channels]\n"
        "                              [--repodata-fn REPODATA_FNS] [--strict-channel-priority]",
        "generic",
    ),
]


# === Round 63's wrapper-only pastes that got no guidance (w63g) ===
# Each case is written from the tool's own form, not from the pastes.
GUIDED += [
    # pip 9's failed command, the temporary directory after "in" dropped, or wrapped onto the
    # next line (round 63's 058; digidotcom/xbeewificloudkit#7).
    ('`Command "python setup.py egg_info" failed with error code 1`', "generic", ""),
    (
        'Command "python setup.py egg_info" failed with error code 1 in\n'
        "/tmp/pip-build-2fn9o44i/django-log-request-id/",
        "generic",
        "",
    ),
]

GUIDED += [
    # pip's deprecation notices are warnings: the failed phase below them is the wrapper
    # (round 63's 079).
    (
        "$ pip install dronekit\n"
        "DEPRECATION: Python 2.7 reached the end of its life on January 1st, 2020. Please upgrade "
        "your Python as Python 2.7 is no longer maintained.\n"
        "Collecting pymavlink>=2.2.20\n  Using cached pymavlink-2.4.37.tar.gz (5.7 MB)\n"
        "  Installing build dependencies ... error",
        "generic",
        "",
    ),
]

GUIDED += [
    # git push relays the server's lines after "remote:": pip's header over its own traceback
    # under a Heroku build, cut before the exception (round 63's 061), with pip's hint.
    (
        "remote: -----> Installing requirements with pip\n"
        "remote:        ERROR: Exception:\n"
        "remote:        Traceback (most recent call last):\n"
        'remote:          File "/app/.heroku/python/lib/python3.12/site-packages/pip/_internal/'
        'cli/base_command.py", line 180, in exc_logging_wrapper\n'
        "remote:            status = run_func(*args)",
        "heroku",
        "pip",
    ),
]
NO_GUIDANCE += [
    # The server's own error after "remote:" is a cause.
    "remote: -----> Installing requirements with pip\n"
    "remote:        ERROR: Could not find a version that satisfies the requirement foo==9.9",
]

CUT_BEFORE_THE_ERROR += [
    # Composer's provider files, read from its cache with -vvv, may be named for exceptions
    # ("provider-vendor$package.json"; round 63's 090).
    (
        "Reading /root/.composer/cache/repo/https---packagist.org/provider-symfony$console.json "
        "from cache\n"
        "Reading /root/.composer/cache/repo/https---packagist.org/provider-symfony$error-handler"
        ".json from cache\n"
        "Reading /root/.composer/cache/repo/https---packagist.org/provider-illuminate$exception"
        ".json from cache",
        "generic",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # An installer's log (Inno Setup's) writing its uninstall key: a GUID's group between
    # hyphens is no error code (round 63's 093).
    (
        "Saving uninstall information.\n"
        "Writing uninstaller messages: C:\\Program Files\\App\\unins000.msg\n"
        "Creating new uninstall key: HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\"
        "CurrentVersion\\Uninstall\\{7315AF68-E777-496A-A6A2-4763A98ED35A}_is1\n"
        "Writing uninstall key values.",
        "generic",
    ),
]
NO_GUIDANCE += [
    # An error code after a space is still one.
    "$ npm install @acme/widgets\nnpm ERR! code E404\nnpm ERR! 404 '@acme/widgets@*' is not in "
    "this registry.",
]

CUT_BEFORE_THE_ERROR += [
    # pflag's note on a deprecated flag and GoReleaser's deprecation notices are warnings: the
    # release goes on (round 63's 129).
    (
        "/opt/hostedtoolcache/goreleaser-action/1.23.0/x64/goreleaser release --rm-dist\n"
        "Flag --rm-dist has been deprecated, please use --clean instead\n"
        "  • starting release...\n"
        "  • DEPRECATED: --rm-dist was deprecated in favor of --clean, check "
        "https://goreleaser.com/deprecations#-rm-dist for more details\n"
        "  • loading environment variables\n  • getting and validating git state",
        "generic",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # Xcode's distribution log notes what an export may do without ("[OPTIONAL]"), an
    # NSCocoaErrorDomain error in it (round 63's 215).
    (
        "2016-07-05 14:04:20 +0000 [MT] Running step: IDEDistributionSigningAssetsStep with "
        "<IDEDistributionContext: 0x7fc629c204e0; archive(resolved)='<IDEArchive: 0x7fc62c602e80>'>\n"
        "2016-07-05 14:04:20 +0000 [MT] [OPTIONAL] Didn't find archived user entitlements for "
        "<DVTFilePath:0x7fc629c9eef0:'/Users/me/Library/Developer/Xcode/Archives/App.xcarchive/"
        "Products/Applications/App.app/Frameworks/libswiftCore.dylib'>: Error "
        'Domain=NSCocoaErrorDomain Code=4 "Item at path does not exist"',
        "generic",
    ),
]

GUIDED += [
    # GoReleaser's docker pipe puts the build's output after the status: BuildKit's progress,
    # cut before the failed step (round 63's 161).
    (
        "  • docker images\n"
        "    • building docker image                          image=ghcr.io/acme/app:v0.1.8-arm64v8\n"
        "  ⨯ release failed after 9m1s                error=docker build failed: failed to build "
        "ghcr.io/acme/app:v0.1.8-arm64v8: exit status 1: #1 [internal] load build definition "
        "from Dockerfile\n#1 transferring dockerfile: 671B done\n#1 DONE 0.0s\n\n"
        "#2 [internal] load metadata for docker.io/library/alpine:latest\n#2 DONE 0.8s",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The build's output after the status names the cause (goreleaser/goreleaser#4392).
    "  ⨯ release failed after 2m3s                 error=docker build failed: failed to build "
    "gowebly/gowebly:latest-arm64: exit status 1: ERROR: use `docker --context=default buildx` "
    'to switch to context "default"',
]

GUIDED += [
    # scala-cli's summary of a failed compile, the compiler's errors above it (round 63's 226).
    (
        "$ scala-cli run Main.scala\nCompiling project (Scala 3.7.4, JVM (17))\n"
        "Error compiling project (Scala 3.7.4, JVM (17))\nCompilation failed",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The compiler's error above the summary is the cause (VirtusLab/scala-cli#1054).
    "Compiling project (Scala 3.1.2, JVM)\n"
    "[error] ./Main.scala:1:1: Illegal start of toplevel definition\n"
    "Error compiling project (Scala 3.1.2, JVM)\nCompilation failed",
]
NO_GUIDANCE += [
    # Scala 3's location on a line of its own over the message (VirtusLab/scala-cli#3993).
    "Compiling project (Scala 3.7.4, JVM (17))\n[error] ./main.scala:8:9\n"
    "[error] Non local returns are no longer supported; use `boundary` instead\n"
    "Error compiling project (Scala 3.7.4, JVM (17))",
]
CUT_BEFORE_THE_ERROR += [
    # sbt's warnings with their location are no cause.
    (
        "[info] compiling 12 Scala sources to /build/target/scala-2.13/classes ...\n"
        "[warn] /build/src/main/scala/App.scala:14:7: match may not be exhaustive.\n"
        "[info] done compiling\n[info] running App",
        "generic",
    ),
]

GUIDED += [
    # The Tauri bundler's failed script, the CLI repeating it, pnpm's ELIFECYCLE cut after
    # "with" (round 63's 177).
    (
        "    Bundling App_0.0.2_x64.dmg (/Users/runner/work/app/target/release/bundle/dmg/"
        "App_0.0.2_x64.dmg)\n     Running bundle_dmg.sh\n"
        "failed to bundle project: error running bundle_dmg.sh: `failed to run "
        "/Users/runner/work/app/target/release/bundle/dmg/bundle_dmg.sh`\n"
        "       Error failed to bundle project: error running bundle_dmg.sh: `failed to run "
        "/Users/runner/work/app/target/release/bundle/dmg/bundle_dmg.sh`\n"
        " ELIFECYCLE  Command failed with",
        "github",
        "pnpm",
    ),
    ("Error failed to bundle project: error running appimage.sh", "generic", ""),
]
NO_GUIDANCE += [
    # hdiutil's own error above the bundler's line is the cause.
    "hdiutil: create failed - Resource busy\n"
    "failed to bundle project: error running bundle_dmg.sh: `failed to run "
    "/Users/runner/work/app/target/release/bundle/dmg/bundle_dmg.sh`",
]

GUIDED += [
    # native-image's summary and its linker exception, the linker's output cut before its
    # error (round 63's 203).
    (
        "Failed generating 'app-runner' after 2m 11s.\n\n"
        "The build process encountered an unexpected error:\n\n"
        "java.lang.RuntimeException: There was an error linking the native image: Linker command "
        "exited with 1\n\nLinker command executed:\n"
        "/usr/bin/gcc -z noexecstack -Wl,--gc-sections -o /project/app-runner app-runner.o "
        "-lz -lpthread -ldl -lrt\n\nLinker command output:\nUsing built-in specs.\n"
        "COLLECT_GCC=/usr/bin/gcc",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The linker's error in its output block is the cause (oracle/graal#10753).
    "java.lang.RuntimeException: There was an error linking the native image: Linker command "
    "exited with 1\n\nLinker command output:\n/usr/bin/ld: cannot find -lz\n"
    "collect2: error: ld returned 1 exit status",
    # An exception under the heading is the cause.
    "The build process encountered an unexpected error:\n\n"
    "com.oracle.svm.core.util.VMError$HostedError: Unsupported features in 2 methods",
]

GUIDED += [
    # Gradle's native plugins when the linker or a compiler failed (round 63's 200).
    ('"Linker failed while linking libloopback.so."', "generic", ""),
    (
        "Caused by: org.gradle.internal.operations.MultipleBuildOperationFailures: A build "
        "operation failed.\n  Linker failed while linking libhowie.so.\n  See the complete log "
        "at: file:///home/me/app/build/tmp/linkArm64-v8aDebugHowieSharedLibrary/output.txt",
        "generic",
        "",
    ),
    ("C++ compiler failed while compiling native-lib.cpp.", "generic", ""),
]

GUIDED += [
    # A bundler's bare notice, alone or quoted in a person's sentence (round 63's 012).
    ("Bundling failed", "generic", ""),
    (
        "If the bundling stage fails, the CLI only prints out `Bundling failed` message.",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # A reason after it is a cause.
    "Bundling failed: Cannot find module './config' from 'src/index.js'",
]

GUIDED += [
    # node-gyp's error for the build tool it ran (round 63's 006), not Azure's line.
    (
        "gyp ERR! build error\ngyp ERR! stack Error: `make` failed with exit code: 2\n"
        "gyp ERR! stack     at ChildProcess.onExit (/usr/lib/node_modules/npm/node_modules/"
        "node-gyp/lib/build.js:262:23)",
        "generic",
        "",
    ),
    # A report quoting it as the reason, then again in its example cut to a length: the cut
    # copy says no more than the line (round 63's 006).
    (
        "| Reason | <code>Error: `C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\msbuild.exe` "
        "failed with exit code: 1</code> |\n| - | :- |\n| Type | BUILD_FAILURE |\n\n"
        "```\nError: `C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\ms\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Another line that is not part of the wrapper line is judged on its own.
    "Error: `C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\msbuild.exe` failed with exit "
    "code: 1\nError: `C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\msbuild.exe` not found",
]
NO_GUIDANCE += [
    # A line that only starts as a wrapper line above it is a log going on (a retry, cut): it
    # may end otherwise (round 37's 032).
    "npm version 7 or greater is required for workspaces support\nnpm ERR! code ELIFECYCLE\n"
    "npm ERR! Failed at the root@ checkNpmVersion script.\nnpm ERR! code ELIFECYCLE\n"
    "npm ERR! Failed at the r",
]

GUIDED += [
    # The Serverless Framework's error box, serverless-python-requirements relaying pip's
    # output, cut before the command's error (round 63's 071).
    (
        " Error --------------------------------------------------\n \n"
        "  Error: STDOUT: Collecting http (from -r /root/.cache/serverless-python-requirements/"
        "f4a3_slspyc/requirements.txt (line 1))\n"
        "    Downloading https://files.pythonhosted.org/packages/e3/91/a926/http-0.02.tar.gz\n"
        "  \n  STDERR:     ERROR: Command errored out with exit status 1:\n"
        "       command: /usr/local/bin/python3 -c 'import sys, setuptools' egg_info\n"
        "           cwd: /tmp/pip-install-di8rrshu/http/",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # What the plugin relays is judged as pip (or Windows) printed it
    # (serverless/serverless-python-requirements#562).
    " Error --------------------------------------------------\n\n  Error: STDOUT:\n\n"
    "  STDERR: Python was not found but can be installed from the Microsoft Store: "
    "https://go.microsoft.com/fwlink?linkID=2082640",
]

CUT_BEFORE_THE_ERROR += [
    # cargo's echo of the command it runs, alone in a code block (round 63's 045).
    (
        "```\n     Running `rustc --crate-name libc 'C:\\Users\\runneradmin\\.cargo\\registry\\src"
        "\\libc-0.2.98\\src\\lib.rs' --error-format=json --crate-type lib --emit=dep-info,"
        "metadata,link -C opt-level=3 --out-d\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # The same line in a sentence, not a code block, is someone's question.
    "Why does it print Running `rustc --crate-name libc src/lib.rs` and then stop?",
]

GUIDED += [
    # cargo's line, then GitHub's annotation of it as copied from the run's page, with its
    # "Error: " label (round 64's 122).
    (
        "error: test failed, to rerun pass `-p xline --test kv_test`\n"
        "Error: test failed, to rerun pass `-p xline --test kv_test`",
        "generic",
        "cargo",
    ),
]

GUIDED += [
    # docker-compose's line cut before its reason, quoted in a sentence (round 64's 098), and with
    # the reason Compose 1.28+ gives for a BuildKit build (docker/compose#11432).
    ("CI fails: `Service 'tools' failed to build`", "generic", "docker"),
    ("ERROR: Service 'api' failed to build : Build failed", "generic", "docker"),
]
NO_GUIDANCE += [
    # Its reason, when it names one, is the cause.
    "ERROR: Service 'web' failed to build: COPY failed: file not found in build context",
]

GUIDED += [
    # TravisBuddy's comment on a pull request (round 64's 065; justanr/datestuff#3).
    (
        "Hey @someone,\nSomething went wrong with the build.\n\nTravisCI finished with status "
        "`errored`, which means the build failed because of something unrelated to the tests, "
        "such as a problem with a dependency or the build process itself.\n\n"
        '<a href="https:&#x2F;&#x2F;travis-ci.org&#x2F;o&#x2F;r&#x2F;builds&#x2F;1">View build '
        "log</a>",
        "travis",
        "",
    ),
]

GUIDED += [
    # Azure DevOps' web console before a task's output reaches it, quoted in a sentence (round
    # 64's 072; microsoft/azure-pipelines-extensions#805).
    (
        "Terraform plan is not functioning as before in DevOps Release Pipeline. Stays on plan "
        'forever with a message "Waiting for console output from an agent..."',
        "azure",
        "",
    ),
]
NO_GUIDANCE += [
    "Waiting for console output from an agent...\nError: Invalid provider configuration",
]

GUIDED += [
    # sam build relaying a failed aws-lambda-builders action with nothing after it (round 64's
    # 053; aws/aws-lambda-builders#97).
    (
        "```\n2019-03-12 13:41:04 Running JavaMavenWorkflow:MavenBuild\nBuild Failed\n"
        "Error: JavaMavenWorkflow:MavenBuild - Maven Failed:\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # With the builder's output after it, that output is the cause.
    "Build Failed\nError: NodejsNpmBuilder:NpmInstall - NPM Failed: npm ERR! code E404",
]

GUIDED += [
    # RepoSense's summary of a failed git clone or checkout, quoted (round 64's 136).
    (
        "`SEVERE: Exception met while cloning or checking out -home-u-repo[1572-temp]"
        ".Analysis terminated.`",
        "generic",
        "",
    ),
]

GUIDED += [
    # A test runner's exit-code report after an "error: " label, quoted in a person's sentence
    # (round 64's 116).
    (
        "The `windows-test-captures` artifact contains a stderr file with linker warnings "
        "followed by `error: exit code 134`, the source filename, stage, and retained "
        "test-binary path.",
        "generic",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # cargo test cut while the tests still pass: a passing test's name and "0 failed" name no
    # cause (round 64's 107).
    (
        "```\n    Finished test [unoptimized + debuginfo] target(s) in 15.15s\n"
        "     Running unittests src/lib.rs (target/debug/deps/x-21bc6bcbe74f808c)\n"
        "running 0 tests\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; "
        "0 filtered out; finished in 0.00s\n"
        "     Running tests/lib.rs (target/debug/deps/lib-a613be630fd3842f)\nrunning 19 tests\n"
        "test ops::parse::err::no_separator ... ok\ntest ops::parse::invalid ... ok\n"
        "test ops::intersect_packages\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    "running 2 tests\ntest parse::invalid ... FAILED\ntest parse::ok ... ok\n\nfailures:\n\n"
    "---- parse::invalid stdout ----\n"
    "thread 'parse::invalid' panicked at 'assertion failed: x', src/lib.rs:3:5",
]

CUT_BEFORE_THE_ERROR += [
    # zerolog's console lines below its error level: a command retried (round 64's 135).
    (
        "```\n8:15AM INF Building kubernetes cluster c1 module=kube-eleven\n"
        "8:29AM WRN Error encountered while executing kubeone apply -m kubeone.yaml -y : exit "
        "status 10 module=kube-eleven\n8:29AM INF Next retry in 10s... module=kube-eleven\n"
        "8:30AM WRN Retrying command kubeone apply -m kubeone.yaml -y... (1/5) "
        "module=kube-eleven\n...\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # At its error level, the line is the cause.
    "8:15AM INF Building cluster\n8:29AM ERR failed to connect to 10.0.0.1:6443: connection "
    "refused",
]

CUT_BEFORE_THE_ERROR += [
    # fastlane's gradle step cut before its failure; AGP's warning on a deprecated API names its
    # replacement, no failure (round 64's 173).
    (
        "[04:45:01]: ▸ BUILD SUCCESSFUL in 2m 0s\n[04:45:01]: --- Step: gradle ---\n"
        "[04:45:03]: ▸ registerResGeneratingTask is deprecated, use "
        "registerGeneratedResFolders(FileCollection)\n"
        "[04:45:03]: ▸ :app:preBuild UP-TO-DATE\n[04:45:04]: ▸ :base:compileReleaseAidl UP-TO-DATE",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A compiler that makes the warning an error.
    "error: registerResGeneratingTask is deprecated, use registerGeneratedResFolders",
]

CUT_BEFORE_THE_ERROR += [
    # SAM's debug log dumping a function's definition: its timeout=120 is a setting (round 64's
    # 048).
    (
        "```\n2021-08-23 11:18:00,074 | Unique function build definition found, adding as new "
        "(Function(name='X', runtime='nodejs12.x', memory=None, timeout=120, "
        "handler='index.handler'))\n2021-08-23 11:18:00,075 | Building codeuri: /tmp/x\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='x', port=443): Read timed out. "
    "(read timeout=30)",
]

CUT_BEFORE_THE_ERROR += [
    # A line of pytest's failure detail alone in a code block, naming no cause (round 64's 012).
    ("```\nE         setting PATH=/sw/bin:/Users/u/bin:/bin:/sw/bi\n```", "generic"),
]
NO_GUIDANCE += [
    "```\nE       AssertionError: assert 1 == 2\n```",
    # Not in a code block: the line someone chose to quote.
    "E         setting PATH=/sw/bin:/Users/u/bin:/bin:/sw/bi",
]

CUT_BEFORE_THE_ERROR += [
    # PHPUnit's banner, and a test's output before its "E" mark: a handler of errors is no
    # failure (round 64's 127).
    (
        "```\nPHPUnit 9.6.22 by Sebastian Bergmann and contributors.\n\n"
        "Warning:       Your XML configuration validates against a deprecated schema.\n"
        'Suggestion:    Migrate your XML configuration using "--migrate-configuration"!\n\n'
        ".Old error handler was: _drupal_error_handlerE\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    "PHPUnit 9.6.22 by Sebastian Bergmann and contributors.\n\n.E\n\nThere was 1 error:\n\n"
    "1) FooTest::testBar\nError: Call to undefined function foo()",
]

NO_GUIDANCE += [
    # A shell's refusal of an option: dash on pipefail (round 65's 149, round 46's 035), a BSD
    # tool's.
    "```\nset: Illegal option -o pipefail\nExit status: 2\n```",
    "sed: illegal option -- r\nError: Process completed with exit code 1.",
    # The shell's parameter expansion on a variable not set (round 65's 117, round 64's 023), and
    # set -u's (rounds 34's 025, 41's 007).
    "```\n/home/runner/work/_actions/x/add_extensions.sh: line 5: semver: parameter null or not "
    "set\nError: The process '/usr/bin/bash' failed with exit code 1\n```",
    "```\n./ci.sh: line 12: GITHUB_TOKEN: unbound variable\n"
    "Error: Process completed with exit code 1.\n```",
]

NO_GUIDANCE += [
    # winget's validation finding no installer for a dependency (round 65's 033, 034).
    "Automatic Validation ended with:\n> Installation failed with exit code -1978334972\n"
    "> 2026-01-15 19:25:38.245 [CLI ] No suitable installer found for manifest "
    "Microsoft.DotNet.Runtime.9 with version 9.0.12",
]

NO_GUIDANCE += [
    # rustfmt --check's diff header, in both its forms (round 65's 084).
    "```\nrustc 1.40.0-nightly (37538aa13 2019-09-25)\n\n"
    "Diff in /home/travis/build/a/b/src/builder.rs at line 1458:\n\n         let mut builder\n```",
    "```\nDiff in /home/runner/work/a/b/src/lib.rs:12:\n"
    "Error: Process completed with exit code 1.\n```",
]

NO_GUIDANCE += [
    # GoReleaser's notice of a build it skipped: why the binary is missing (round 65's 098,
    # round 25's 133).
    "```\n      • building binaries\n29\n         • DEPRECATED: skipped darwin/arm64 build on Go "
    "< 1.16 for compatibility, check goreleaser.com/deprecations/#builds-for-darwinarm64 for "
    "more info.\n```",
]

GUIDED += [
    # GoReleaser's notice of a deprecated key is still a warning (round 63's 129).
    (
        "   • DEPRECATED: brews should not be used anymore, check "
        "https://goreleaser.com/deprecations#brews for more info\n"
        "Error: Process completed with exit code 1.",
        "github",
        "",
    ),
]

GUIDED += [
    # bioconda-utils' failed command, cut inside it, and its heading over the command's output
    # with only bash's notice of no terminal under it (round 65's 061, 063).
    (
        "`BIOCONDA ERROR COMMAND FAILED: docker run --net host --rm -v /tmp/tmpw8vg8oe5/build_scri",
        "generic",
        "",
    ),
    (
        "```\n18:43:55 BIOCONDA ERROR COMMAND FAILED: docker run --net host --rm -v "
        "/tmp/tmp/build_script.bash:/opt/build_script.bash -e LANG=en_US.UTF-8\n"
        "18:43:55 BIOCONDA ERROR STDOUT+STDERR:\n"
        "bash: cannot set terminal process group (-1): Inappropriate ioctl for device\n"
        "bash: no job control in this shell\n```",
        "generic",
        "",
    ),
]

GUIDED += [
    # Kubernetes' e2e runner giving up on the step whose output is above (round 65's 147).
    (
        "```\n$ go run hack/e2e.go --up\n2015/05/12 15:38:03 Running: up\n"
        "2015/05/12 15:39:05 Error running up: exit status 2\n"
        "2015/05/12 15:39:05 Error starting e2e cluster. Aborting.\nexit status 1\n```",
        "generic",
        "",
    ),
]

GUIDED += [
    # salt's summary relayed by Terraform's remote-exec: a count of failed states, not which
    # (round 65's 165).
    (
        "```\nnull_resource.provision[2] (remote-exec): Summary for local\n"
        "null_resource.provision[2] (remote-exec): -------------\n"
        "null_resource.provision[2] (remote-exec): Succeeded: 41 (changed=34)\n"
        "null_resource.provision[2] (remote-exec): Failed:     7\n"
        "null_resource.provision[2] (remote-exec): Total states run:     48\n```",
        "generic",
        "",
    ),
]

NO_GUIDANCE += [
    # What remote-exec relays is judged as the command's own line.
    "```\nnull_resource.provision (remote-exec): E: Unable to locate package nginx-extras\n"
    "Error: remote-exec provisioner error\n```",
]

GUIDED += [
    # NOAA-EMC global-workflow's CI bot: the case, the machine, the names of its error logs
    # (round 65's 059).
    (
        "_C96_gcafs_cycled_ **FAILED** on Gaeac6  (pipeline ID: 3902)\n\n"
        "In directory: `/gpfs/f6/x/RUNTESTS/EXPDIR/C96_gcafs_cycled_27831aef-3902`\n\n"
        "Error Log Files:\n```\n/gpfs/f6/x/RUNTESTS/COMROOT/C96/logs/2021122018/gcdas_fetch.log\n"
        "```\nView Error Logs: \n\n"
        "_This failure was detected automatically by global-workflow's CI/CD Pipeline_",
        "generic",
        "",
    ),
]

GUIDED += [
    # MatrixOne's mo-tester summary: counts of SQL cases, not which failed (round 65's 006).
    (
        "[SUMMARY] COST : 1275s, TOTAL :66321, SUCCESS : 48113, FAILED :1205, IGNORED :2200, "
        "ABNORAML :14803, SUCCESS RATE : 75%",
        "generic",
        "",
    ),
]


# The CI system is told by its own marks, not by a word (2026-12-06, ninth session): an Azure
# action in a GitHub log, git's own "remote: " lines, a repository on gitlab.com; and a line
# GitHub's runner and Azure's agent both print is either's, unless the log says which.
CUT_BEFORE_THE_ERROR += [
    (
        "Run azure/webapps-deploy@v2\nPackage deployment using ZIP Deploy initiated.\n"
        "Updating submission properties...\nDeploying package...",
        "github",
    ),
    (
        "remote: Enumerating objects: 5, done.\nremote: Counting objects: 100% (5/5), done.\n"
        "remote: Compressing objects: 100% (3/3), done.\n"
        "remote: Total 3 (delta 2), reused 0 (delta 0)",
        "generic",
    ),
    (
        "$ git clone https://gitlab.com/acme/tool.git\nCloning into 'tool'...\n"
        "remote: Enumerating objects: 12, done.\nReceiving objects: 100% (12/12), done.",
        "generic",
    ),
]
GUIDED += [
    (
        "##[section]Starting: Bash\nError: The process '/usr/bin/bash' failed with exit code 1",
        "azure",
        "",
    ),
    ("Error: The process '/usr/bin/bash' failed with exit code 1", "github-azure", ""),
]

GUIDED += [
    # A run's conclusion when GitHub could not start it, quoted alone (round 66's 050 to 053).
    ("`startup_failure`", "github", ""),
    ("startup_failure", "github", ""),
    # The Azure agent's JobRunner over its own frames: the task's output above has the error
    # (round 66's 071).
    (
        "2016-12-27T10:27:51.8017874Z ##[debug]task result: Failed\n"
        "2016-12-27T10:27:51.8017874Z ##[error]Error: Error: C:\\Windows\\system32\\cmd.exe "
        "failed with return code: 4294967295\n"
        "2016-12-27T10:27:51.8330487Z Finishing task: AzureRmWebAppDeployment\n"
        "2016-12-27T10:27:51.8330487Z ##[error]System.Exception: Task AzureRmWebAppDeployment "
        "failed. This caused the job to fail. Look at the logs for the task for more details.\n"
        "2016-12-27T10:27:51.8330487Z ##[error]   at Microsoft.TeamFoundation.DistributedTask."
        "Worker.JobRunner.Run(IJobContext jobContext, IJobRequest job)",
        "azure",
        "",
    ),
    # Old cargo's line over rustc's errors: "Process" with a capital, no "error: " (round 66's
    # 172).
    (
        "```bash\nProcess didn't exit successfully: `rustc src/lib.rs --crate-name build "
        "--crate-type lib -g --out-dir /root/buggy/target/debug/deps` (exit code: 1)\n```",
        "generic",
        "rustc",
    ),
]

NO_GUIDANCE += [
    # The JobRunner's line under the task's own error names no cause; the error does (round 6's
    # 128).
    "2016-09-16T10:19:38.5631205Z ##[error]You cannot call a method on a null-valued "
    "expression.\n2016-09-16T10:19:38.5787459Z Finishing task: AzureRMWebAppDeployment\n"
    "2016-09-16T10:19:38.6099957Z ##[error]System.Exception: Task AzureRMWebAppDeployment failed."
    " This caused the job to fail. Look at the logs for the task for more details.",
]

GUIDED += [
    # A tally of tests or checks: how many failed, not which (round 66's 069 and 112, round 24's
    # 002).
    ("`**3383 passed, 5 failed, 0 skipped, 3388 total.**`", "generic", ""),
    (" 9 successful, 1 failing, and 1 skipped checks \nX CI / Code coverage", "generic", ""),
    ("```\n3.10   34 failed, 364 passed\n3.11   34 failed, 364 passed\n```", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # A count of failures that is zero names no cause: browserstack-runner's line per browser,
    # cut before its summary (round 66's 030).
    (
        "```log\nUsing config: /home/travis/build/a/b/browserstack.json\n"
        "Launching 18 worker(s) for 18 run(s).\n"
        "[OS X Sierra, Safari 10.1] Passed: 260 tests, 252 passed, 0 failed, 8 skipped; ran for "
        "6546ms\n[Windows 8, Chrome 65.0] Passed: 260 tests, 252 passed, 0 failed, 8 skipped; "
        "ran for 6260ms\n[Windows 10, Edge 17.0] Passed: 260 tests, 252 passed, 0 failed, 8 "
        "skipped; ran\n```",
        "travis",
    ),
]
NO_GUIDANCE += [
    # A count that is not zero still names the failures, and a zero beside it does not hide them.
    "```\nUsing config: /home/travis/build/a/b/browserstack.json\n"
    "Launching 2 worker(s) for 2 run(s).\n"
    "[Windows 10, Edge 17.0] Failed: 260 tests, 250 passed, 10 failed, 0 errors\n```",
    "```\nStarting the test run\nCompiling 12 files\n"
    "[Windows 10, Edge 17.0] Tests: 0 failed, 2 errored\n```",
]

NO_GUIDANCE += [
    # GNU ld's symbol defined twice, over collect2's wrapper (round 66's 133, 160; round 57's
    # 019).
    "```\n$ ./build_selfhost\n/usr/bin/ld: list.o:(*IND*+0x0): multiple definition of `no symbol'\n"
    "collect2: error: ld returned 1 exit status\n```",
    # A shell's refusal of a name to export, its message wrapped onto its own line (round 66's
    # 180).
    "/home/shippable/build/build.sh: line 62: export: .....\nnot a valid identifier\n"
    "Build completed",
    # ENAMETOOLONG as git for Windows prints it (round 66's 208).
    "`'src/corehost/packaging/packages/Microsoft.DotNet.BuildTools/lib/Microsoft.Portable."
    "Common.targets': Filename too long\nwarning: Could not stat path `",
    # A venv's launcher whose base interpreter is gone (round 66's 093).
    "```\n#!powershell.exe\n.\\venv\\Scripts\\activate\npip install --no-deps .\n\n"
    "No Python at 'c:\\python38\\python.exe'\n\nExited with code exit status 1\n"
    "CircleCI received exit code 1\n```",
    # Bundler's gem whose dependencies its index and the lockfile do not list (round 66's 123,
    # 125).
    "```\n...\nDownloading tzinfo-2.0.6 revealed dependencies not in the API or the lockfile\n"
    "(concurrent-ruby (~> 1.0)).\nEither installing with `--full-index` or running `bundle "
    "update tzinfo` should\nfix the problem.\nError: The process "
    "'/opt/hostedtoolcache/Ruby/3.1.2/x64/bin/bundle' failed with exit code 34\n```",
    # A Rust panic's message quoting a command with escaped quotes: "failed to run `\" is no
    # notice quoted, the message names its cause (round 66's 150).
    "```\nranlib: file: libgit2.a(winhttp.c.o) has no symbols\n"
    "thread '<main>' panicked at 'called `Result::unwrap()` on an `Err` value: \"failed to run "
    '`\\"pkg-config\\" \\\'\\"--static\\"\\\'`: no such file or directory"\', '
    "src/libcore/result.rs:743\n```",
]

_PYTEST_FRAMES = (
    "```\n>       return self._inner_hookexec(hook_name, methods, kwargs, firstresult)\n\n"
    "venv3.11/lib/python3.11/site-packages/pluggy/_manager.py:80: \n" + "_ " * 40 + "\n\n"
    "session = <Session app exitstatus=<ExitCode.OK: 0> testsfailed=0 testscollected=16>\n\n"
    '    def pytest_runtestloop(session: "Session") -> bool:\n'
    "        if session.testsfailed and not session.config.option.continue_on_collection_errors:\n"
    "            raise session.Interrupted(\n"
    '                "%d error%s during collection"\n'
    '                % (session.testsfailed, "s" if session.testsfailed != 1 else "")\n'
    "            )\n"
    ">           item.config.hook.pytest_runtest_protocol(item=item, nextitem=nextitem)\n\n"
    "venv3.11/lib/python3.11/site-packages/_pytest/main.py:350: \n" + "_ " * 40 + "\n\n"
    "self = <_HookCaller 'pytest_runtest_protocol'>, args = (), kwargs = {'item': <Func\n```"
)
CUT_BEFORE_THE_ERROR += [
    # pytest's long traceback cut inside its frames: the source a frame shows is code, whatever
    # its words (round 66's 046).
    (_PYTEST_FRAMES, "generic"),
]
NO_GUIDANCE += [
    # The "E" lines under a frame's source are the failure; a location line ends the source
    # (what follows it is judged again).
    _PYTEST_FRAMES.replace(
        "            )\n", "            )\nE       RuntimeError: 1 error during collection\n"
    ),
    "```\n" + "_ " * 40 + "\n\n    def test_x():\n        check()\n\ntests/test_x.py:3: \n"
    "    OSError: [Errno 28] No space left on device\n```",
]

CUT_BEFORE_THE_ERROR += [
    # One line alone in a code block, naming no cause and saying nothing in words: a line cut
    # short (round 66's 074), a command echoed (round 19's 084, round 36's 298), a build
    # system's step (round 45's 168), a progress line (round 30's 171).
    ("```\nPodPworker-77bb945657-v\n```", "generic"),
    (
        "```\ng++ -shared -g `php-config --ldflags` -Wl,-soname,libphpcpp.so.2.0 -o "
        "libphpcpp.so.2.0.0 shared/common/streambuf.o shared/common/modifiers.o\n```",
        "generic",
    ),
    (
        '```\n[657/659] cmd.exe /C "cd . && C:\\Users\\u\\vcpkg\\downloads\\cmake-3.10.2-win32-x86'
        "\\bin\\cmake.exe -E vs_link_exe --intdir=examples\\minimal\\CMakeFiles\\minimal.dir\n```",
        "generic",
    ),
    ("```\nLoading co\n```", "generic"),
]
NO_GUIDANCE += [
    # A sentence alone in a code block may name a cause in words no rule knows (round 40's 071,
    # round 29's 307, round 6's 075): an unknown error, not a cut log.
    "```\nMust not run with sudo\n```",
    "```\nsdl2-mixer has no feature named libvorbis.\n```",
    "```\nKotlin: Modifier 'impl' is only applicable to members that are initially declared in "
    "platform-independent code\n```",
    # Outside a code block, one line is the message someone chose to quote (in a code span,
    # one that reads as a log's line is the log cut: see CUT_BEFORE_THE_ERROR below).
    "PodPworker-77bb945657-v",
    # A timeout that struck ends its line like the Jenkins timeout step's name (round 31's 171).
    '```\nError: Kubernetes cluster unreachable: Get "https://talos.example:6443/version": '
    "dial tcp 10.201.2.123:6443: i/o timeout\n```",
    "```\njava.net.SocketTimeoutException: timeout\n```",
    # An assertion's "should be ... but was" (round 38's 002), what there is not enough of (round
    # 57's 100), a value a service does not know (round 51's 073).
    "```\n✖ ubuntu24 == ubuntu22 :: .predicate.invocation.environment.os should be ubuntu22 but "
    "was ubuntu24\n```",
    "```\n/home/travis/.stack/programs/x86_64-linux/ghc-8.0.2/lib/ghc-8.0.2/package.conf.d/"
    "package.cache: GHC.PackageDb.readPackageDb: inappropriate type (not enough bytes)\n```",
    "```\nmessage: 'rs-1.62.0 runtime is unknown'\n```",
]
CUT_BEFORE_THE_ERROR += [
    # The Jenkins timeout step and its end still name no timeout that struck.
    ("```\n[Pipeline] timeout\n[Pipeline] // timeout\n```", "jenkins"),
]


def test_a_target_triples_unknown_names_no_cause() -> None:
    # "is unknown" is a value a tool does not know, not the "unknown" of a target triple
    # (round 60's 076: rustc's configure printing "cfg: os for ... is unknown-linux-gnu").
    from slackbot.guidance.causes import _names_a_cause

    assert _names_a_cause("message: 'rs-1.62.0 runtime is unknown'")
    assert not _names_a_cause("cfg: os for x86_64-unknown-linux-gnu is unknown-linux-gnu")


NO_GUIDANCE += [
    # A line alone that reads as configuration or code is no cut log either (round 41's 059).
    '```\n{"code":13,"message":"INTERNAL"}\n```',
]
NO_GUIDANCE += [
    # The dynamic loader refusing a library (round 46's 136).
    "```\n/opensearch-knn/lib/libopensearchknn_faiss_avx2.so: ELF load command address/offset "
    "not properly aligned\n```",
]
GUIDED += [
    # Visual Studio's publish when it cannot tell why, with System.Exception or WebTools' own
    # class, its "An error occured" (so spelt) above it, and .NET's frame separator cut before
    # its end, which is no Buildkite section (round 67's 150, 204, 205).
    (
        "Publish:\nAn error occured\n\n19-Dec-19 12:24:09\n"
        "System.AggregateException: One or more errors occurred. ---> System.Exception: Publish "
        "has encountered an error. We were unable to determine the cause of the error. Check the "
        "output log for more details. \n"
        "   --- End of inner exception stack trace ---\n"
        "   at System.Threading.Tasks.Task.ThrowIfExceptional(Boolean "
        "includeTaskCanceledExceptions)\n"
        "--- End of stack trace from previous location where",
        "generic",
        "",
    ),
    (
        "```\n22.04.2024 19:10:22\n"
        "System.AggregateException: One or more errors occurred. ---> "
        "Microsoft.WebTools.Shared.Exceptions.WebToolsException: Publish has encountered an "
        "error. We were unable to determine the cause of the error. Check the output log for "
        "more details. \n"
        "   --- End of inner exception stack trace ---\n"
        "---> (Inner Exception #0) Microsoft.WebTools.Shared.Exceptions.WebToolsException: "
        "Publish has encountered an error. We were unable to determine the cause of the error. "
        "Check the output log for more details. <---\n\n"
        "Microsoft.WebTools.Shared.Exceptions.WebToolsException: Publish has encountered an "
        "error. We were unable to determine the cause of the error. Check the output log for "
        "more details. \n\n===================\n```",
        "generic",
        "",
    ),
]


GUIDED += [
    # A VS Code extension's report that points to its Output channel (round 76's 055, 058).
    (
        "Action: appService.Deploy\nError type: Error\nError Message: Deployment to "
        '"angular-project" failed. See output channel for more details.\n\nVersion: 0.16.5\n'
        "OS: win32",
        "generic",
        "",
    ),
]


def test_a_cut_net_frame_separator_is_no_buildkite_section() -> None:
    from slackbot.guidance.systems import _system_of

    assert _system_of(["--- End of stack trace from previous location where"]) == "generic"
    assert _system_of(["--- :hammer: Build"]) == "buildkite"
    assert _system_of(["--- Ensure the app builds"]) == "buildkite"


GUIDED += [
    # A wrapper line inside a quote, a code span or italics opened on one line and closed on
    # another: Travis' command line in backticks over "Your build has been stopped.`" (round
    # 67's 041), GitHub's notification of a failed run in _"..."_ (round 67's 001).
    (
        '`The command "Rscript -e "source(\'build_steps.R\'); before_install()"" failed and '
        "exited with 1 during .\nYour build has been stopped.`",
        "travis",
        "",
    ),
    (
        '_"enriques76/WebScrapingMDS – producto3 #12\n'
        'producto3 workflow run failed for main branch"_',
        "github",
        "",
    ),
    # nixpkgs-review's report: the count of the packages that failed over their names (round
    # 67's 078 to 080).
    (
        "Result of `nixpkgs-review pr 334628` run on x86_64-linux "
        "[1](https://github.com/Mic92/nixpkgs-review)\n<details>\n"
        "  <summary>13 packages failed to build:</summary>\n  <ul>\n"
        "    <li>php84Extensions.couchbase</li>\n    <li>php84Extensions.datadog_trace</li>\n"
        "  </ul>\n</details>",
        "generic",
        "",
    ),
    (
        "<details>\n  <summary>:x: 30 packages failed to build:</summary>\n  <ul>\n"
        "    <li>php84</li>\n    <li>php84Extensions.apcu</li>\n  </ul>\n</details>",
        "generic",
        "",
    ),
    # Old Nix's last line when a derivation failed, under cargo's and the builder's (round 67's
    # 109, ofborg).
    (
        "```\n   Compiling memchr v2.1.0\nerror: Could not compile `proc-macro2`.\n"
        "warning: build failed, waiting for other jobs to finish...\nerror: build failed\n"
        "builder for '/nix/store/yy65gawq5jr4fs7fy8yraqd2w9ynwx6y-rust-bindgen-0.42.2.drv' failed "
        "with exit code 101\n"
        "error: build of '/nix/store/yy65gawq5jr4fs7fy8yraqd2w9ynwx6y-rust-bindgen-0.42.2.drv' "
        "failed\n```",
        "generic",
        "rustc",
    ),
]
NO_GUIDANCE += [
    # A backtick that no line closes is the paste's own: the Maven goal's message follows it
    # (round 12's 118); nor does a quote that the line closes itself make a span (round 65's 042).
    "`[ERROR] Failed to execute goal com.amashchenko.maven.plugin:gitflow-maven-plugin:1.6.0:"
    "release-finish (default-cli) on project myproject: Picked up JAVA_TOOL_OPTIONS:\n"
    '-Dmaven.ext.class.path="/local/tomcat/.jenkins/workspace/x@tmp/withMaven/spy.jar"\n'
    '-Dorg.jenkinsci.plugins.pipeline.maven.reportsFolder="/local/tomcat/.jenkins/workspace/',
    # nix's build on a remote builder that failed to produce its output names the cause.
    "error: build of '/nix/store/pmjy7fp4v6jjb1v06fasrzgs4sg2rvam-test.drv' on 'ssh://agent-2' "
    "failed: builder for '/nix/store/pmjy7fp4v6jjb1v06fasrzgs4sg2rvam-test.drv' failed to "
    "produce output path for output 'out'",
]
GUIDED += [
    # A sentence that quotes the wrapper line in double quotes and a word in backticks (round
    # 67's 032).
    ('the vague "exit code 1" when booting `buildx` in CircleCI', "circleci", ""),
]
NO_GUIDANCE += [
    # Where it quotes words in backticks, its double quotes are no line either (round 39's 092).
    'When `gem install` fails with "Failed to build native extension" in any place where getting '
    "to the file system is somewhere between annoying and impossible (Docker build, GitHub "
    "Actions, other CI systems, ...)",
]
CUT_BEFORE_THE_ERROR += [
    # A test runner's lines for tests that passed, whatever their names hold ("assert"), cut
    # before the stall (round 67's 022).
    (
        "```\n>>>> node/parallel\nPASS : test-assert.js\nPASS : test-http-status-message.js\n"
        "PASS : test-http-write-head.js\nPASS : test-net-bind-twice.js\n```",
        "generic",
    ),
]
GUIDED += [
    # An Ansible recap's line cut before its "failed=": a count of hosts unreachable that is
    # zero names no cause (round 67's 184).
    (
        "```\n[...truncated 13753 lines...]\nPLAY RECAP ***********************************\n"
        "catalogweb1d.dev-ocsit.bsp.gsa.gov : ok=329  changed=20   unreachable=0    failed=1    "
        "skipped=108  rescued=0    ignored=0   \n"
        "catalogweb2d.dev-ocsit.bsp.gsa.gov : ok=248  changed=10   unreachable=0\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # Only a passed test's line: a test that failed keeps its word, and so does an unreachable
    # host counted.
    "```\nPASS : test-assert.js\nFAIL : test-net-connect.js\nassertion failed: ok\n```",
    "```\nPLAY RECAP ***\nweb1 : ok=3  changed=0  unreachable=1\n```",
]
GUIDED += [
    # Chromatic's CLI when the Storybook build it ran failed, its task's output after Listr's
    # arrow, cut where the build's own output begins (round 67's 019).
    (
        "```\n  ✖ Building your Storybook\n"
        "    → Command failed: build-storybook -- --output-dir /tmp/chromatic--31522-Y2kKkIx9HmLt\n"
        "    Publish your built Storybook\n\n"
        "The CLI tried to run your build-storybook script, but the command failed. This indicates "
        "a problem with your Storybook. Here's what to do:\n\n"
        "- Check the Storybook build log printed below.\n\n"
        "ℹ Storybook build output:\nb\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # What follows Listr's arrow is judged as any line: Chromatic's verdict on the build it
    # publishes names the cause (round 13's 058).
    "```\nPublishing your built Storybook\n    → Retrieving target location\n"
    "    → Invalid Storybook build at /tmp/chromatic-3385sC6Lfz8ItESj (check the build log)\n```",
]
NO_GUIDANCE += [
    # GNU ld refusing code not built position-independent in a shared object, over clang's and
    # make's wrappers (round 67's 159).
    "```\n[ 73%] Linking C shared library liblibunshield.so\n\n"
    "/usr/bin/ld: convert_utf/libconvert_utf.a(ConvertUTF.c.o): relocation R_X86_64_32S against "
    "`.rodata' can not be used when making a shared object; recompile with -fPIC\n\n"
    "clang-7: error: linker command failed with exit code 1 (use -v to see invocation)\n\n"
    "make: *** [Makefile:133: all] Error 2\n```",
    # git clean's warning on a file it could not remove, as a CI report's reason (round 67's
    # 045, node's ncu-ci).
    "```\nType       GIT_FAILURE\nBuilt On   test-requireio-debian10-arm64_pi3-1\nReason\n"
    "  warning: failed to remove out/Release/.nfs00000000005a46070000098f: Device or resource "
    "busy\n```",
    # maven-dependency-plugin's analysis, which fails the build on what it warns of (round 67's
    # 017).
    "    [WARNING] Unused declared dependencies found:\n"
    "\torg.apache.commons:commons-lang3:jar:3.3.2:compile",
]
CUT_BEFORE_THE_ERROR += [
    # Gradle's `properties` dump of a project, cut before the build's error: its Java objects
    # printed with their identity hash are a program's output, not a configuration someone
    # wrote (round 67's 176, 179).
    (
        "                    allprojects: [project ':app']\n"
        "                    android: com.android.build.gradle.internal.dsl."
        "BaseAppModuleExtension_Decorated@721811f2\n"
        "                    android.enableJetifier: true\n"
        "                    ant: org.gradle.api.internal.project.DefaultAntBuilder@6899f8fb\n"
        "                    antBuilderFactory: org.gradle.api.internal.project."
        "DefaultAntBuilderFactory@5b84a43\n"
        "                    archivesBaseName: app\n"
        "                    buildscript: org.gradle.api.internal.initialization."
        "DefaultScriptHandler@44579934\n"
        "                    childProjects: {}",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A configuration that names classes, without an identity hash, is still one.
    "```\nandroid: com.android.build.gradle.AppExtension\nbuildDir: build/app\n"
    "compileSdk: 34\nnamespace: com.example.app\n```",
]

# --- Round 68's wrapper-only pastes ---
GUIDED += [
    # npm 2 to 6's lifecycle lines pasted without their "npm ERR!" prefix, the failed command
    # joined to the line that introduces it (round 68's 036).
    (
        "Failed at the react-static-site@1.0.0 start script 'npm run dev'.\n"
        "This is most likely a problem with the react-static-site package, not with npm itself.\n"
        "Tell the author that this fails on your system: npm run dev\n",
        "generic",
        "npm",
    ),
    # A code span a person opened on a wrapper line and closed lines later (round 68's 063, as
    # round 67's 041).
    (
        "`Tell the author that this fails on your system:\n"
        "npm ERR!     node-gyp rebuild\n"
        "npm ERR! You can get information on how to open an issue for this project with:\n"
        "npm ERR!     npm bugs winax\n"
        "npm ERR! Or if that isn't available, you can get their info via:\n"
        "npm ERR!     npm owner ls winax`",
        "generic",
        "npm",
    ),
    # MSB4181 quoted from its code on, in a person's sentence (round 68's 253).
    (
        '**Old behavior**: `MSB4181: The "Restore Task" task returned false but did not log an '
        "error.`",
        "generic",
        "msbuild",
    ),
    # NuGetInstaller's last line under the tool runner's (round 68's 254).
    (
        "Error: D:\\a\\_tasks\\NuGetInstaller_333b11bd-d341-40d9-afcf-b32d5ce6f23b\\0.2.29\\"
        "node_modules\\nuget-task-common\\NuGet\\3.3.0\\NuGet.exe failed with return code: 1\n"
        "Packages failed to install\n",
        "azure",
        "",
    ),
    # maven-release-plugin relaying the forked run's exit code, as an exception (round 68's 296)
    # and as Maven's goal line (checkstyle/checkstyle#11346).
    (
        "````\n    at org.codehaus.plexus.classworlds.launcher.Launcher.main (Launcher.java:347)\n"
        "Caused by: org.apache.maven.shared.release.ReleaseExecutionException: Maven execution "
        "failed, exit code: '1'\n"
        "    at org.apache.maven.shared.release.phase.AbstractRunGoalsPhase.execute "
        "(AbstractRunGoalsPhase.java:90)\n````",
        "generic",
        "maven",
    ),
    (
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-release-plugin:2.1:prepare "
        "(default-cli) on project checkstyle: Maven execution failed, exit code: '1' -> [Help 1]",
        "generic",
        "maven",
    ),
    # friendly-errors-webpack-plugin's summary after the progress line it overwrote, its time
    # glued on (round 68's 015).
    (
        " 90% chunk assets processing\n"
        " 94% asset optimization ERROR  Failed to compile with 1 errors09:40:58\n\n error\n",
        "generic",
        "",
    ),
    # make's lines under BuildKit's seconds, the step number cut (round 68's 080).
    (
        "```\n96.06 make[2]: Leaving directory '/clboss'\n"
        "96.06 make[1]: *** [Makefile:5475: all-recursive] Error 1\n"
        "96.06 make[1]: Leaving directory '/clboss'\n"
        "96.06 make: *** [Makefile:2375: all] Error 2\n```",
        "generic",
        "make",
    ),
]
NO_GUIDANCE += [
    # A code span opened and never closed: the line may go on with its cause (round 12's 118).
    # (Maven's goal line quoting the nested run's stderr.)
    "`[ERROR] Failed to execute goal com.amashchenko.maven.plugin:gitflow-maven-plugin:1.6.0:"
    "release-finish (default-cli) on project myproject: Picked up JAVA_TOOL_OPTIONS:\n"
    '-Dmaven.ext.class.path="/local/tomcat/.jenkins/workspace/TEST-Release_Dev_Deploy_RC1@tmp/'
    'withMavend32d6172/pipeline-maven-spy.jar"',
]
CUT_BEFORE_THE_ERROR += [
    # autoconf's and libtool's checks under a job number (round 68's 195).
    (
        "```\n2: checking whether to build static libraries... no\n2: \n2: creating libtool\n"
        "2: checking for g++ option to produce PIC... -fPIC\n"
        "2: checking if g++ PIC flag -fPIC works... yes\n"
        "2: checking dynamic linker characteristics... GNU/Linux ld.so\n"
        "2: configure: creating ./config.status\n2: config.status: creating config.h\n1: make\n```",
        "generic",
    ),
    # BitBake's NOTE: lines (round 68's 246).
    (
        "```\nDEBUG: Executing python function extend_recipe_sysroot\n"
        "NOTE: Installed into sysroot: ['swift-native', 'openssl', 'glibc', 'zlib', 'gcc-runtime']\n"
        "NOTE: Skipping as already exists in sysroot: []\n```",
        "generic",
    ),
    # Bundler's deprecation notice, cut (round 68's 171).
    (
        "2023-02-01T23:26:55.046932Z\tStarted restoring cached ruby gems\n"
        "2023-02-01T23:26:55.064186Z\tFinished restoring cached ruby gems\n"
        "2023-02-01T23:26:55.065453Z\tInstalling gem bundle\n"
        "2023-02-01T23:26:55.344195Z\t[DEPRECATED] The `--pat",
        "generic",
    ),
    # Ansible's debug lines: the scheduler's states (round 68's 237).
    (
        "14316 1566990904.59327 [beta-pcnet1a-smlb]: free host state: HOST STATE: block=2, "
        "task=4, rescue=0, always=0, run_state=ITERATING_TASKS, fail_state=FAILED_NONE, "
        "pending_setup=False\n"
        "2019-08-28 11:15:04,593 p=14316 u=user |   14316 1566990904.59349 [beta-pcnet1a-smlb]: "
        "this host has work to do\n"
        "2019-08-28 11:15:04,594 p=14316 u=user |   14316 1566990904.59411:  ^ state is: HOST "
        "STATE: block=2, task=4, rescue=0, always=0, run_state=ITERATING_TASKS, "
        "fail_state=FAILED_NONE\n",
        "generic",
    ),
    # The exception Python was handling, cut inside the traceback of the one raised meanwhile
    # (round 68's 062).
    (
        "```\nTraceback (most recent call last):\n"
        '  File "/usr/local/lib/python3.7/dist-packages/django/template/utils.py", line 66, in '
        "__getitem__\n    return self._engines[alias]\nKeyError: 'django'\n\n"
        "During handling of the above exception, another exception occurred:\n\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.7/importlib/__init__.py", line 127, in import_module\n'
        "    return _bootstrap._gcd_import(name[level:], package, level)\n"
        '  File "<f\n```',
        "generic",
    ),
]
NO_GUIDANCE += [
    # The exception raised meanwhile, shown, names the cause.
    "```\nTraceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.7/dist-packages/django/template/utils.py", line 66, in '
    "__getitem__\n    return self._engines[alias]\nKeyError: 'django'\n\n"
    "During handling of the above exception, another exception occurred:\n\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/lib/python3.7/importlib/__init__.py", line 127, in import_module\n'
    "    return _bootstrap._gcd_import(name[level:], package, level)\n"
    "ModuleNotFoundError: No module named 'x'\n```",
    # rollup's import a module does not export, wrapped (round 68's 059); an option a build
    # needs that the environment turned off (round 68's 210).
    '```\n"srOnlyStyles" is not exported by\n'
    '"../node_modules/@storybook/addon-docs/node_modules/storybook/dist/theming/index.js",\n'
    'imported by "../node_modules/@storybook/addon-docs/dist/blocks.js".\n```',
    "```\nmake cli\n"
    '    -X github.com/intel/trustauthority-client/tdx-cli/cmd.GitHash=9bcf69c" -o '
    "trustauthority-cli\n"
    "-linkmode=external requires external (cgo) linking, but cgo is not enabled\n"
    "make: *** [Makefile:10: cli] Error 1\n```",
]
GUIDED += [
    # maven-release-plugin relaying the forked run's lines at its INFO level: Maven's own
    # footer, relayed (apache/maven-remote-resources-plugin#198).
    (
        "[INFO] [ERROR] To see the full stack trace of the errors, re-run Maven with the -e "
        "switch.\n"
        "[INFO] [ERROR] Re-run Maven using the -X switch to enable full debug logging.\n"
        "[INFO] [ERROR]\n",
        "generic",
        "maven",
    ),
]
NO_GUIDANCE += [
    # The forked run's error, relayed at INFO (round 68's 297).
    "```\n[INFO]     at org.codehaus.plexus.classworlds.launcher.Launcher.main "
    "(Launcher.java:314)\n"
    "[INFO] Caused by: org.apache.maven.model.building.ModelBuildingException: 1 problem was "
    "encountered while building the effective model for org.jenkins-ci.plugins:plugin:5.17\n"
    "[INFO] [ERROR] Unresolveable build extensi\n```",
    # test-unit's nil assertion (round 68's 010).
    "Failure:\n  ./_pins/mbrasseau.json.\n  <nil> expected to not be nil.\n"
    "test_coordinatevalidation(TestCoordinateValidation)\n",
    # A platform electron-builder builds for only on itself (round 68's 053).
    "```\n• writing effective config  file=dist\\builder-effective-config.yaml\n"
    "  ⨯ Build for macOS is supported only on macOS, please see "
    "https://electron.build/multi-platform-build\n"
    "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\n"
    "npm ERR! gdesktopsuite@0.3.2 build: `electron-builder -mwl -p never`\n"
    "npm ERR! Exit status 1\n```",
]


GUIDED += [
    # Gradle's progress bar redrawn before each line of its failure summary (Travis, no cursor
    # moves): the lines are Gradle's summary (autoreleasefool/approach#8, round 6's 149).
    (
        "> Configuring > 1/1 projectsBuild failed with an exception.\n"
        "> Configuring > 1/1 projects> Configuring > 1/1 projects--stacktrace\n"
        "> Configuring > 1/1 projects> Configuring > 1/1 projectsBUILD FAILED\n"
        "> Configuring > 1/1 projects> Configuring > 1/1 projectse: 7.176 secs",
        "generic",
        "gradle",
    ),
    (
        "> Building 25%> Building 25%BUILD FAILED\n"
        "> Building 25%make[1]: *** [build/libs/srclib-java-0.0.1-SNAPSHOT.jar] Error 1",
        "generic",
        "make",
    ),
    # srclib installing a toolchain whose make failed (sourcegraph/srclib, round 35's 150).
    (
        "Makefile:31: recipe for target 'govendor' failed\nmake: *** [govendor] Error 2\n"
        "failed to install/upgrade Go (sourcegraph.com/sourcegraph/srclib-go) toolchain: command "
        '["make"] failed: exit status 2',
        "generic",
        "make",
    ),
    # cc-rs' failed command, cut by the paste (round 58's 173).
    (
        "error: failed to run custom build command for `ring v0.16.20`\n\nCaused by:\n"
        "  process didn't exit successfully: `/volume/target/release/build/ring-c0a105218b2127e9/"
        "build-script-build` (exit status: 1)\n\n"
        '  error occurred: Command "musl-ar" "cq" "/volume/target/x86_64-unknown-linux-musl/'
        'release/build/ring-d41bbc5b2d5f8002/out/libring-core.a" "/volume/target/x86_64-',
        "generic",
        "rustc",
    ),
    # cpanm pointing at the build.log of the module it failed to build (round 34's 090).
    (
        "! Installing Image::Magick failed. See /home/travis/.cpanm/work/1558596523.8981/"
        "build.log for details. Retry with --force to force install it.",
        "travis",
        "",
    ),
    # A bot's status table: one stage failed, the others done or pending (sethdford/shipwright
    # #59, round 51's 090; JobService/job-service#396, round 40's 224).
    (
        "| Stage | Status | Duration | |\n|-------|--------|----------|-|\n"
        "| intake | ✅ complete | 39s |  |\n| plan | ❌ failed | 36s |  |\n"
        "| monitor | ⬜ pending | — | Monitoring for 5m (threshold: 5 errors) |",
        "generic",
        "",
    ),
    (
        "Build Stage | Action | Status\n---------- | ------ | ------\n"
        "Git Tagging | completed | :heavy_check_mark:\nGit Release | failed | :x:\n"
        "Pull Request Merge | | :white_small_square:",
        "generic",
        "",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # One line of the log in a code span, all the paste (rounds 26's 170, 41's 010).
    ("`Step 3/3 : RUN docker-php-ext-install pdo pdo_mysql`", "generic"),
    ("`e2e suite exit=1`", "generic"),
    # CMake's compiler check, the last line before the build stalled (qulacs/qulacs#392, round
    # 66's 020).
    ("`Check for working CXX compiler: /usr/local/bin/g++-8 - skipped`", "generic"),
]


NO_GUIDANCE += [
    # A status table's row that names its failure in another cell.
    "| Stage | Status | Error |\n|---|---|---|\n"
    "| deploy | failed | ModuleNotFoundError: No module named 'yaml' |",
    # cpanm's dependency that was installed and then missing: the cause (round 34's 091).
    "```\n$ cpanm --quiet --installdeps --notest .\n\nSuccessfully installed common-sense-3.71\n\n"
    "! Installing the dependencies failed: Module 'common::sense' is not installed\n\n"
    "! Bailing out the installation for JSON-XS-2.34.\n```",
    # One line in a code span that is the message (rounds 14's 086, 31's 110, 35's 047, 48's
    # 213), or a name (round 1's 024).
    "`wrong checksum`",
    "`u.logs is undefined`",
    "`UNRESOLVED_IMPORT`",
    "`0/N nodes are available: N Insufficient cpu`",
    "`org.jenkinsci.plugins.pipeline.modeldefinition.validator.ModelValidatorImpl.validateElement"
    "(Lorg/jenkinsci/plugins/pipeline/modeldefinition/ast/ModelASTStageBase;)Z`",
    # The same line in double quotes: a message quoted (round 7's 099).
    "\"Unknown image name 'Visual Studio 2019'\"",
]


GUIDED += [
    # A project's CMake script saying only that a build it ran failed, after make's Error 2
    # (michellab/Sire on Travis, round 57's 092).
    (
        "make: *** [sub-src-make_first] Error 2\nmake: Target `first' not remade because of "
        "errors.\nCMake Error at src/bundled/install_qt5.cmake:122 (message):\n"
        "  Cannot build Qt5. Please go to the mailing list for help.",
        "generic",
        "make",
    ),
    # rustbuild giving up on one tool's build (round 15's 072).
    ("```\nUnable to build miri, skipping dist\n```", "generic", ""),
]


NO_GUIDANCE += [
    # A CMake script's message that names its cause, in words no rule knows (round 41's 206,
    # round 40's 221).
    "```\nCMake Error at CMake/CheckAtomic.cmake:77 (message):\n"
    "  Host compiler must support std::atomic!\nCall Stack (most recent call first):\n"
    "  CMakeLists.txt:7 (include)\n```",
    "```\nCMake Error at /usr/local/share/cmake-3.28/Modules/WriteBasicConfigVersionFile.cmake:43 "
    "(message):\n  No VERSION specified for WRITE_BASIC_CONFIG_VERSION_FILE()\n```",
]


CUT_BEFORE_THE_ERROR += [
    # A person's or a bot's heading that says only that something failed, over lines that show
    # no cause (round 54's 050, round 40's 200).
    (
        "The section that fails is:\n\n```\n- name: Build\n  run: |\n    npm ci\n    npm run build\n```",
        "generic",
    ),
    (
        "Build failures:\n\n```\nRunning build for target linux-x64\nRunning build for target "
        "darwin-arm64\n```",
        "generic",
    ),
]


NO_GUIDANCE += [
    # The heading over a cause that is shown (round 30's 162's form, with its error).
    "Failing in Jenkins:\n\n```\nfatal: unable to access 'https://example.com/r.git/': "
    "Could not resolve host\n```",
    # A tool's line ending in a colon is a message, not a heading (round 41's 206, round 29's
    # 109).
    "npm ERR! If you need help, you may report this error at:\nnpm ERR!     "
    "<https://github.com/npm/cli/issues>",
]


GUIDED += [
    # A failure notice that names only what failed: a command in GNU's `quotes', a path, a
    # package, a build's number or a commit (round 70's 162, 160, 182; round 24's 091).
    (
        "```\nmake: *** [php_uv.lo] Error 1\nERROR: `make' failed\n```",
        "generic",
        "make",
    ),
    ("```\n    ERROR: package/feeds/packages/php7 failed to build.\n```", "generic", ""),
    ("```\nFAIL\tgithub.com/example/store/fakestorage [build failed]\n```", "generic", ""),
    ("**Build** [#4440](https://ci.example.com/job/4440) **FAILED** for 6a221db", "generic", ""),
]


NO_GUIDANCE += [
    # A name does not hide a cause: an exception's dotted class, a quoted message, a place in
    # the code, a test runner's status before the one test that failed (rounds 60, 39, 51).
    "```\n[ERROR] java.lang.IllegalArgumentException: 25.0.4\n```",
    '```\nFailed: "permission denied" on /var/run/docker.sock\n```',
    "```\nFailed at vendor/laravel-zero/framework/src/Commands/BuildCommand.php:169\n```",
    "```\nFAIL src/tools/account-tool/account-tool.test.tsx\n```",
]


CUT_BEFORE_THE_ERROR += [
    # A tool that finds a thing missing, or there already, and says what it does instead: a
    # log going on, not its failure (round 44's 032, 48's 044, 35's 209, 56's 184, 69's 011).
    (
        "```\nBuilding the Electron app\nnotarytool not found, trying legacy.\n"
        "Start notarizing com.example.app\n```",
        "generic",
    ),
    (
        "```\n22:14:21 [WS-CLEANUP] Done\n22:14:21 Selected Git installation does not exist. "
        "Using Default\n22:14:21 Cloning the remote Git repository\n```",
        "generic",
    ),
    (
        "```\nNamespace gauth already exists. Will use it.\nInstalling chart gauth\n```",
        "generic",
    ),
    (
        "```\nRelease v1.2.0 doesn't exists, creating one\nRebuilding app dependencies for arch "
        "x64\n```",
        "generic",
    ),
]


NO_GUIDANCE += [
    # What a tool found missing, said with how it looked, is the cause (a pkg-config lookup),
    # and so is an error that advises what to try.
    "```\nChecking for freetype2\nERROR: freetype2 not found using pkg-config\n```",
    "```\nError: Could not find a production build in the '/app/.next' directory. Try building "
    "your app with 'next build' before starting the production server.\n```",
]


CUT_BEFORE_THE_ERROR += [
    # Tests that passed, whatever their names say (go test's package named errors, TAP, pytest
    # -v, a runner's [PASSED]; round 70's 186, round 35's 186), and autoconf's checks with their
    # results (round 27's 160, round 48's 075): a log cut before its failure.
    (
        "```\n##### Testing packages.\nok  \tarchive/tar\t0.119s\nok  \terrors\t0.008s\n"
        "ok  \texpvar\t(cached)\n```",
        "generic",
    ),
    ("```\nok 1 - parses input\nok 2 - returns error on bad input\nok 3 - closes\n```", "generic"),
    (
        "```\ntests/test_api.py::test_error_handling PASSED [ 40%]\n"
        "tests/test_api.py::test_timeout_is_raised PASSED [ 80%]\n```",
        "generic",
    ),
    (
        "```\n[PASSED]: exec create API - returns error when missing Cmd\n"
        "[PASSED]: exec start API - streams output\n```",
        "generic",
    ),
    (
        "```\nchecking for gcc... gcc\n(cached) checking how to hardcode library paths into "
        "programs... unsupported\nchecking value of ENOCIGAR... -1\n```",
        "generic",
    ),
]


NO_GUIDANCE += [
    # A test that did not pass, and configure's error after a check's dots (round 58's 156).
    "```\nok 1 - parses input\nnot ok 2 - returns error on bad input\n```",
    "```\nchecking for gawk... gawk\nchecking ImageMagick MagickWand API configuration "
    "program... configure: error: not found. Please provide a path to MagickWand-config.\n```",
]


GUIDED += [
    # A person's words that what they quote, or the page, shows no detail (round 69's 220,
    # 18's 036, 21's 154, 26's 089, 39's 116).
    (
        "The runner aborts with `SUMMARY: Total: 1 targets, Passed: 0, Failed: 1.` but does not "
        "say which test(s) failed.",
        "generic",
        "",
    ),
    (
        'I\'m getting "Update Failed" error on the Deploying Vendor Archive step.\n\n'
        "There is no other information about the error.",
        "generic",
        "",
    ),
    (
        '"Resource is not in the state stackCreateComplete" is not really valuable message...',
        "generic",
        "",
    ),
]


NO_GUIDANCE += [
    # Gradle's own "(no error message)" after the exception's class (round 31's 191), and a
    # person's words about something other than a failure (round 67's 050).
    "```\n> java.lang.NullPointerException (no error message)\n```",
    "Jenkins shows `This node is being launched.` for all of them. No additional details.",
]


GUIDED += [
    # A failure notice as a heading on the paste's last line: cut before what it heads (round
    # 30's 162).
    ("```\n$ bundle exec rspec\n\nFailures:\n```", "generic", ""),
    ("Failing in Jenkins:\nFailures:", "jenkins", ""),
]


NO_GUIDANCE += [
    # Over lines, what it heads is judged: a message in words no rule knows (round 61's 030).
    "```\n✗ Build failed in 151ms\nerror during build:\n[vite:build-html] .plugins[1] must be a "
    "string, object, function\n```",
]


GUIDED += [
    # git's rejection by the server's hook with its "!" column dropped (round 48's 070).
    ("[remote rejected] master -> master (pre-receive hook declined)", "generic", ""),
]


GUIDED += [
    # A tool's status of one step in progress that failed (Poetry, conda, a release tool,
    # cpanm; round 70's 049, 030, 52's 040, 34's 088): the step's output says why.
    ("    -  Installing cryptography (3.4.5): Failed", "generic", ""),
    (
        "```\nReloading output folder (local): ...working... done\n"
        "Solving environment (_test_env): ...working... failed\n```",
        "generic",
        "",
    ),
    ("```\nmyproject: Releasing Application: FAIL \u274c (0.5042s)\n```", "generic", ""),
    ("```\nBuilding and testing Time-Moment-0.31 ... FAIL\n```", "generic", ""),
]


NO_GUIDANCE += [
    # A check or a test whose failure is what it found (round 62's 083, 66's 037), a checksum
    # that did not match, and a step whose words name the cause.
    "```\nChecking 'working-make'... failed.\nDetails: https://github.com/openwrt/openwrt/"
    "actions/runs/1\n```",
    "```\n6.11.2  sunos x86: fail\n6.11.2  sunos x64: fail\n```",
    "```\nnode-v20.tar.gz: FAILED\n```",
    "```\nInstalling certificates (permission denied): failed\n```",
]


NO_GUIDANCE += [
    # What a command refuses as unrecognised names the cause (getopt, argparse, a compiler;
    # round 70's 075, round 39's 189).
    "```\nRun example/label-action@master\n/usr/bin/docker run --name x --rm example/label\n"
    "base64: unrecognized option: decode\n```",
    "```\ngithub-hetzner-runners: error: unrecognized arguments: -c\n```",
]


CUT_BEFORE_THE_ERROR += [
    # Rust's libtest on a test that passed, whatever its name (round 64's 107).
    (
        "```\nrunning 3 tests\ntest ops::parse::err::unrecognised ... ok\n"
        "test ops::parse::ok::simple ... ok\n```",
        "generic",
    ),
]


GUIDED += [
    # tox relaying a command's exit code, its output above (tox 2 and 3, tox 4; round 31's 007,
    # round 64's 011, round 44's 070).
    (
        "```\nERROR: InvocationError for command '/path/to/.tox/pypy/bin/pytest tests' (exited "
        "with code 1)\n```",
        "generic",
        "",
    ),
    (
        "```\nERROR: InvocationError: '/build/.tox/py35/bin/pytest old/tests'\n```",
        "generic",
        "",
    ),
    (
        "```\npy314: exit 4 (0.33 seconds) /home/user/src/project> pytest --pyargs amodule.tests "
        "pid=95\n  py314: FAIL code 4 (0.45=setup[0.12]+cmd[0.33] seconds)\n```",
        "generic",
        "",
    ),
]


GUIDED += [
    # A command's exit code in the other wordings tools use (round 31's 137, 35's 033 and 123,
    # 41's 019, 26's 016): its own output is above.
    (
        "```\nCommand 'docker --host HOST run --name go-cli registry:5000/go-cli:build-222' "
        "failed with exitCode 1\n```",
        "generic",
        "",
    ),
    ("```\nError - '/usr/local/bin/bundle install' returns 1.\n```", "generic", ""),
    (
        "```\ncommand '['/opt/miniconda3/bin/conda', 'info']' returned error (1): b''\n```",
        "generic",
        "",
    ),
    ("**exit with code 1, signal null**", "generic", ""),
]


NO_GUIDANCE += [
    # An HTTP status, a Windows crash's code, a signal: the cause (round 23's 071, 43's 245,
    # 67's 055, 17's 005).
    "PUT https://registry.hub.docker.com/v1/repositories/example/api/ returned 400",
    "```\nRequest Failed with status 400\n```",
    "```\nError: Command python D:\\a\\m\\run_all.py failed with code 3221225477.\n```",
    "```\nError: Command ['pkgutil', '--pkgs'] failed with code -9.\n```",
    # sudo with no terminal for its password (round 28's 189).
    "```\nsudo: no tty present and no askpass program specified\nRequirements installation "
    "failed with status: 1.\n```",
]


NO_GUIDANCE += [
    # Causes in words the rules did not know: a tool asking for what it needs (round 63's 080),
    # PHP's undefined key (round 53's 095), EEXIST after its call (round 56's 053), nginx's
    # gateway time-out (round 58's 007), kotlinc's error (round 50's 120).
    "```\nChecking 'python3'... ok.\nBuild dependency: Please install Python >= 3.5\n```",
    "```\n> @php artisan package:discover --ansi\nIn PackageManifest.php line 131:\n"
    "  Undefined index: name\n```",
    "```\nnpm ERR! EEXIST, open '/home/travis/.npm/x.lock'\nFile exists: /home/travis/.npm/x.lock\n"
    "Move it away, and try again.\n```",
    "```\n\u2022 downloaded  label=electron progress=100%\n\u2a2f Response code 504 (Gateway "
    "Time-out)\n```",
    "```\ne: /home/x/gen/android/buildSrc/src/main/kotlin/BuildTask.kt: (1, 25): Expecting a top "
    "level declaration\n```",
]


GUIDED += [
    # opam's hint on how to get an optional part is no cause (round 61's 048).
    (
        "```\nTo install ocp-browser, please install lambda-term.\nmake: *** [all] Error 2\n```",
        "generic",
        "make",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # A dumped field whose value is only a status or an error's class (round 28's 098, 22's
    # 140, round 1's 139): the object is cut before its message.
    (
        "```\n[Container] 2022/06/01 10:00:00 Running command sh docker-entrypoint.sh\n"
        "[Container] 2022/06/01 10:00:05 Phase context status code: see below\n"
        '          "PhaseStatus": "FAILED",\n          "PhaseType": "BUILD",\n```',
        "codebuild",
    ),
    (
        "```\n    at runQueries (/home/runner/work/_actions/analyze.js:113:19)\n"
        "    at processTicksAndRejections (internal/process/task_queues.js:93:5) {\n"
        "  name: 'CodeQLAnalysisError',\n```",
        "github",
    ),
]


NO_GUIDANCE += [
    # A field whose value says what went wrong is judged.
    '```\n{\n  "name": "Error",\n  "message": "ENOENT: no such file or directory, open x"\n}\n```',
]


CUT_BEFORE_THE_ERROR += [
    # A code block's language is no line of the log: one line alone in a block opened with
    # "```sh" is a log cut where its error would follow (round 48's 218, round 49's 035).
    (
        '```sh\n[_ -- --prefix=./api]   File "/home/user/api/pulumi.py", line 24, in create\n```',
        "generic",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # pipenv's exception before each line of pip's output it relays (round 70's 052): a
    # traceback cut before its exception.
    (
        '```\n[pipenv.exceptions.InstallError]:   File "/venv/lib/python3.11/site-packages/'
        'setuptools/__init__.py", line 103, in setup\n'
        "[pipenv.exceptions.InstallError]:     return distutils.core.setup(**attrs)\n"
        '[pipenv.exceptions.InstallError]:   File "/venv/lib/python3.11/site-packages/'
        'setuptools/_distutils/core.py", line 185, in setup\n```',
        "generic",
    ),
]


GUIDED += [
    # rustc's linker line with its "error: " dropped (round 69's 177).
    ("linking with `link.exe` failed: exit code: 1120", "generic", "linker"),
]


GUIDED += [
    # A chain of what the action was doing, down to @actions/exec's exit code (round 19's 071).
    (
        "Error: Failed to get R devel: Failed to get R 4.4.0: Failed to install qpdf: Error: The "
        "process '/usr/local/bin/brew' failed with exit code 1",
        "github-azure",
        "",
    ),
]


NO_GUIDANCE += [
    # After the chain, a message in words no rule knows is the cause (round 26's 124).
    "! Push failed: failed to read buildpack metadata: (<unknown>): mapping values are not "
    "allowed in this context at line 3 column 42",
]


GUIDED += [
    # cffi's verifier relaying distutils' compile error, under Ubuntu's apport hook failing in
    # sys.excepthook: the hook's traceback is not the program's (round 71's 068).
    (
        "```\n    cffi.error.VerificationError: CompileError: command 'x86_64-linux-gnu-gcc' "
        "failed with exit status 1\n    Error in sys.excepthook:\n    Traceback (most recent call "
        'last):\n      File "/usr/lib/python3/dist-packages/apport_python_hook.py", line 63, in '
        "apport_excepthook\n        import apt_pkg\n    ModuleNotFoundError: No module named "
        "'apt_pkg'\n\nOriginal exception was:\n    Traceback (most recent call\n```",
        "generic",
        "",
    ),
    # Rust's bootstrap before 1.70 relaying cargo doc, under the Open Build Service's seconds
    # column (round 71's 108).
    (
        '```\n[ 2356s] command did not execute successfully: "/home/abuild/cargo/bin/cargo" "doc" '
        '"-j" "12" "--m\n[ 2356s] expected success, got: exit code: 101\n[ 2356s] \n'
        "[ 2356s] failed to run: /home/abuild/rpmbuild/BUILD/rustc-1.21.0-src/build/bootstrap/"
        "debug/bootstrap doc --config config.toml\n```",
        "generic",
        "",
    ),
    # makepkg's failed PKGBUILD function, then Chaotic-AUR's container status (round 71's 117).
    (
        "```\nBuild complete.\n\n==> Starting check()...\n==> ERROR: A failure occurred in "
        "check().\n    Aborting...\nContainer pkg8e90c6cde99 failed with error code 4==> Starting "
        "check()...\n==> ERROR: A failure occurred in check().\n    Aborting...\n```",
        "generic",
        "",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # A GitHub job's set-up lines pasted without their line breaks (round 71's 176).
    (
        "2021-01-14T08:16:15.9856932Z ##[section] Request a runner to run this job "
        "2021-01-14T08:16:16.2143702Z Can't find any online and idle self-hosted runner in "
        "current repository that matches the required labels: 'ubuntu-latest' "
        "2021-01-14T08:16:16.3607032Z ##[section]Finishing: Request a runner to run this job "
        "2021-01-14T08:16:22.4752148Z Current runner version: '2.275.1' "
        "2021-01-14T08:16:22.4776789Z ##[group]Operating System 2021-01-14T08:16:22.4777722Z "
        "Ubuntu 2021-01-14T08:16:22.4779008Z ##[endgroup]",
        "github",
    ),
]


def test_a_flattened_logs_wrapper_line_is_numbered_as_pasted() -> None:
    # The line a wrapper is found on is the pasted line, not one of those it was split into.
    from slackbot.guidance import find_guidance

    flat = (
        "2021-01-14T08:16:15.9856932Z one 2021-01-14T08:16:15.9856933Z two "
        "2021-01-14T08:16:15.9856934Z three 2021-01-14T08:16:15.9856935Z "
        "Error: Process completed with exit code 1."
    )
    lines = ["intro", flat]
    found = find_guidance(lines, "\n".join(lines))
    assert found is not None and found.line_no == 2


NO_GUIDANCE += [
    # gcc's guess after its message ends the line in "?": a message, not a question (round 72's
    # 090, BuildKit's time before it).
    "```\n42.57 # github.com/mattn/go-sqlite3\n42.57 sqlite3-binding.c:38268:42: error: 'pread64' "
    "undeclared here (not in a function); did you mean 'pread'?\n42.57 38268 |   { \"pread64\", "
    "(sqlite3_syscall_ptr)pread64,    0  },\n```",
    # The C compiler's error a build script printed, that cargo relays as a warning (round 72's
    # 112).
    "```\nThe following warnings were emitted during compilation:\n\nwarning: clang: error: no "
    "such file or directory: 'rocksdb/db/compaction.cc'\nwarning: clang: error: no input files"
    "\n\nerror: failed to run custom build command for `librocksdb-sys v5.18.4`\n```",
    # PDO's error, its SQLSTATE first (round 72's 133).
    '> "SQLSTATE[IMSSP]: \n> This extension requires the Microsoft ODBC Driver 13 for SQL '
    "Server to communicate with SQL Server. \n> Access the following URL to download the ODBC "
    'Driver 13 for SQL Server for x64: \n> http://go.microsoft.com/fwlink/?LinkId=163712"',
]


GUIDED += [
    # A run's conclusion, one word in code in a sentence (round 72's 001).
    ("- Tag push consistently causes `startup_failure` for the release workflow", "github", ""),
    # cargo's wrapper after a person's colon, the sentence's full stop after its backtick
    # (round 72's 113).
    (
        "I am using github action to build the mac version of qdrant, but it prompts error: "
        "failed to run custom build command for `librocksdb-sys v0.10.0+7.9.2`.",
        "generic",
        "rustc",
    ),
    # A deploy bot's notice, then only a pointer to the log (round 72's 078).
    (
        "Deploy failed or was aborted. @someone, please check the logs [here](https://ci.example."
        "org/job/app/job/PR-112/2/display/redirect) (or [in the old UI](https://ci.example.org/"
        "job/app/job/PR-112/2//console)).",
        "generic",
        "",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # electron-builder's lines below the error level ("•"), whatever their words, over a build
    # cut before its error (round 72's 018).
    (
        "  • electron-builder  version=24.13.3 os=5.14.0\n"
        "  • loaded configuration  file=/root/web/electron-builder.yml\n"
        "  • public/electron.js not found. Please see https://example.org/electron-cra\n"
        "  • description is missed in the package.json  appPackageFile=/root/web/package.json\n"
        "  • packaging       platform=win32 arch=x64 electron=26.0.0 appOutDir=dist/win-unpacked\n"
        "  • building        target=nsis file=dist/app-Setup-1.0.5.exe archs=x64 oneClick=false",
        "generic",
    ),
    # A Jenkins stage named for what it tests, cut before its failure (round 72's 072).
    (
        "[Pipeline] stage (MAVEN 3.3 (fail))\nEntering stage MAVEN 3.3 (fail)\nProceeding\n"
        "[Pipeline] sh\n+ docker pull maven:3.3\n3.3: Pulling from library/maven",
        "jenkins",
    ),
    # A person's label and a dash over a BuildKit step cut before its error (round 72's 107).
    (
        "Error returned - \n#66 [linux/arm64 build-env 19/19] RUN go build -tags musl main.go\n"
        "#66 167.0 # github.com/confluentinc/confluent-kafka-go/kafka\n#66 167.",
        "generic",
    ),
    # libtool's echo of its compile command (round 72's 117, round 69's 181).
    (
        "/bin/sh /var/tmp/pear-build/grpc-1.2.0/libtool --mode=compile cc -Wall -Werror -std=c11\n"
        "libtool: compile:  cc -Wall -Werror -Wno-parentheses-equality -std=c11 -DPHP_ATOM_INC",
        "generic",
    ),
    # A source file named error.go in cgo's list of files (round 72's 143).
    (
        "```\ngo install -x github.com/mattn/go-sqlite3\nmkdir -p $WORK/github.com/mattn/_obj/\n"
        "-fno-stack-protector backup.go callback.go error.go sqlite3.go sqlite3_windows.go\n```",
        "generic",
    ),
]


NO_GUIDANCE += [
    # A person's bullets in chat, no fields: each may name the cause.
    "• the build fails on the deploy step\n• Error: permission denied for the deploy key",
    # An error in parsing what the tool was given names it (round 72's 192).
    "Error: failed to upload release. There's been an error parsing your app's provisioning "
    "profile. Ensure you are uploading a validly signed IPA and try again.",
    # A label over a message: the message is judged (round 69's 006 has a traceback below).
    "Error output:\nfatal: could not read Username for 'https://github.com': terminal prompts "
    "disabled",
]


GUIDED += [
    # pip 9's failed build-dependency install, its command quoting a requirement's marker
    # (round 70's 076, round 28's 059).
    (
        '`Command "/tmp/venv/bin/python3 -m pip install --ignore-installed --no-user --prefix '
        "/tmp/pip-build-env-xlsfga9z --no-warn-script-location --no-binary :none: --only-binary "
        ':none: -i https://pypi.org/simple -- setuptools>=40.6.0 wheel "cffi>=1.8,!=1.11.3; '
        "platform_python_implementation != 'PyPy'\"\" failed with error code 1 in None`",
        "generic",
        "",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # docker pull's lines, cut before the step's failure (round 30's 126).
    (
        "```\nlatest: Pulling from plugins/github-release\nDigest: sha256:"
        "fa70c21cc997880d9d43a7bbcc6cfc580b612b6e5186bc9d84c29e3663da29b1\n"
        "Status: Image is up to date for plugins/github-release:latest\n```",
        "generic",
    ),
]


CUT_BEFORE_THE_ERROR += [
    # One line alone that a logger printed at its info (or debug) level, saying nothing failed:
    # a step starting or going on, the log cut before its error (rounds 11, 12, 19, 48, 50).
    ("INFO Launching Electron...", "generic"),
    ("[INFO] Resolving class path of MavenProject: org.example:app.ui:1.0.0-SNAPSHOT", "generic"),
    ("[INFO - 10:28:17 AM] [build.single] Compiler query command line: gfortran -cpp", "generic"),
    ("`14:14:22.100 | info  - Using external babel", "generic"),
    ("DEBUG Starting Gradle Daemon (subsequent builds will be faster)", "generic"),
]


NO_GUIDANCE += [
    # At the info level, a line that says something failed is judged as a message ("because it
    # failed during startup"), and a level that is no info (PHP's "Notice:") is a message.
    "INFO - Stopping site prereview-dev because it failed during startup.",
    "Notice: file_put_contents(): Write of 61 bytes failed with errno=32 Broken pipe in x.php",
    # A word that only starts as a level is none ("Information" heading a sentence).
    "Informational: the deployment token has expired and must be rotated",
]


GUIDED += [
    # GitHub's checks summary under a pull request counts checks in progress and pending
    # (round 22's 069): a tally, not which check failed.
    ("1 errored, 1 failing, 75 in progress, and 642 successful checks", "generic", ""),
    ("1 failing, 2 pending, 1 neutral, 3 successful checks", "generic", ""),
]


CUT_BEFORE_THE_ERROR += [
    # Many lines of a record or a log in which no line names a cause, however much of it reads
    # as configuration: a build's record in JSON, a configure run (rounds 18, 33, 34, 44, 53).
    (
        '```json\n{\n    "id": "efc7eb7c",\n    "created": "2023-10-24T03:37:44.102Z",\n'
        '    "buildStatus": "FAILED",\n    "stage": "Install",\n    "branch": "main",\n'
        '    "commit": "4db7bda",\n    "runtime": "node18"\n}\n```',
        "generic",
    ),
    (
        "```\n"
        + "".join(
            f"configure: found program {name}\n"
            for name in ("cmp", "mkdir", "printf", "cut", "head", "grep", "xargs", "make", "git")
        )
        + "```",
        "generic",
    ),
]


NO_GUIDANCE += [
    # A long record whose field says what went wrong is judged: the field is the cause.
    '```json\n{\n    "id": "efc7eb7c",\n    "created": "2023-10-24T03:37:44.102Z",\n'
    '    "buildStatus": "FAILED",\n    "stage": "Install",\n    "branch": "main",\n'
    '    "error": "ENOENT: no such file or directory, open package.json",\n'
    '    "runtime": "node18"\n}\n```',
    # A configuration of a few lines is what someone chose to show, not a log cut short.
    "```yaml\nname: build\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n```",
]


# A command's exit status 1 or 2 closing a line is all that line says of why it failed,
# whatever command, step or target it names before it (first misses of rounds 45 to 71).
GUIDED += [
    ("Error: `yarn run build` failed for web@2.1.0 (exit code 1)", "generic", ""),
    ("Release script failed for v2.3.0, exit code: 2", "generic", ""),
    ("get sources failed: git clone failed: exit status 1", "generic", ""),
    ("**deploy** 20250101T101010 **FAILED (exit 1)**", "generic", ""),
    ('The command "bundle exec rake spec" failed, exit code 1', "generic", ""),
]

NO_GUIDANCE += [
    # Any other code says something of its own: an installer's, a signal's; an HTTP status is a
    # server's answer.
    "Installing Build Tools failed (installer exit code: 5003)",
    "Error: `yarn run build` failed for web@2.1.0 (exit code 137)",
    "Uploading the bundle failed: PUT https://example.org/api returned 403",
    # A test runner's status names the test that failed.
    "FAIL test_tls.sh (exit status: 1)",
    # A reason before the status is a cause.
    "Segmentation fault (core dumped): exit code 1",
    # In a longer excerpt the command's output stands above its status (a formatter's list of
    # files): it may show the cause in forms no rule reads.
    "```\nChecking formatting\n./pkg/server/api.go\n./pkg/store/store.go\n./pkg/store/raft.go\n"
    "./cmd/main.go\nError: `gofmt -l .` failed for app (exit code 1)\n```",
]


def test_an_exit_status_is_all_a_line_says_only_when_it_closes_the_line() -> None:
    from slackbot.guidance.notices import _reports_only_an_exit_status

    assert _reports_only_an_exit_status("make[1]: *** [Makefile:12: lint] Error 2")
    assert _reports_only_an_exit_status("Maven execution failed, exit code: '1'")
    assert not _reports_only_an_exit_status("error: exit status 1: cannot open shared object")
    assert not _reports_only_an_exit_status("build failed: exit code 0")
    assert not _reports_only_an_exit_status("failed to connect to db:5432: exit status 1")


# A line is read for what it is, not for an error word it holds: a tally of things that failed
# says how many failed, a name that holds an error word names a thing, and a notice that names
# the Gradle task that failed, or has a program's tag before it, says only that it failed
# (first misses of rounds 42 to 69).
GUIDED += [
    ("Task :core:assembleRelease FAILED", "generic", ""),
    ("Deployer: Failed to deploy...", "generic", ""),
    ("7 packages failed to build:\nError: Process completed with exit code 1.", "github", ""),
    ("+ test_timeout=30\nError: Process completed with exit code 1.", "github", ""),
]

NO_GUIDANCE += [
    # A reason after the notice is a cause, whatever the name before it.
    "Execution failed for task ':app:compileJava'. Could not resolve all files",
    "Deployer: Failed to deploy: connection refused",
    # A tally beside a reason, a count that is a time's or a version's, a log level; a count of
    # errors (a compiler's, a linter's), a server's answer.
    "Found 12 errors in 3 files.\nError: Process completed with exit code 1.",
    "HTTP 500 internal server error\nError: Process completed with exit code 1.",
    "3 failed: cannot open /dev/kvm\nError: Process completed with exit code 1.",
    "10:41:53 ERROR could not reach the registry\nError: Process completed with exit code 1.",
    "Building PHP 8.2.25 failed: missing libxml2\nError: Process completed with exit code 1.",
    # A Node error code in capitals is a cause, underscores and all.
    "ERR_OSSL_EVP_UNSUPPORTED\nError: Process completed with exit code 1.",
]


def test_a_tally_or_a_name_with_an_error_word_names_no_cause() -> None:
    from slackbot.guidance.causes import _names_a_cause

    assert not _names_a_cause("Summary: 3 packages failed, 12 built")
    assert not _names_a_cause("Build report: built=12 failed=3")
    # A tally of tests is the user's tests failing.
    assert _names_a_cause("Tests: 2 failed, 31 passed, 33 total")
    assert not _names_a_cause("4 dependencies errored.")
    assert not _names_a_cause("export fail_fast=false")
    assert not _names_a_cause("ok  \texample.org/pkg/errors\t0.010s")
    assert _names_a_cause("2 failed: permission denied")
    assert _names_a_cause("ValueError: invalid literal for int()")
    assert _names_a_cause("14:02:11 ERROR connection refused")


# Round 75: BitBake's ExecutionError for a task's script (also cut inside the word), the
# Buildkite agent's checkout retry, Heroku's release-phase notice; a Windows Installer log cut
# before its failure (its "Note: 1: 2205 ..." lines and WiX's skipped components are routine);
# a command's usage text; TeX's last line alone.
GUIDED += [
    (
        "NOTE: recipe u-boot-aspeed-1_v2016.07+gitAUTOINC+1ded9fa3a2-r0: task do_compile: Started\n"
        "ERROR: u-boot-aspeed-1_v2016.07+gitAUTOINC+1ded9fa3a2-r0 do_compile: oe_runmake failed\n"
        "ERROR: u-boot-aspeed-1_v2016.07+gitAUTOINC+1ded9fa3a2-r0 do_compile: ExecutionErr",
        "generic",
        "",
    ),
    (
        "ERROR: busybox-1.35.0-r0 do_compile: ExecutionError('/build/tmp/work/core2-64-poky-linux/"
        "busybox/1.35.0-r0/temp/run.do_compile.4242', 1, None, None)",
        "generic",
        "",
    ),
    (
        "`Warning: Checkout failed! exit status 128 (Attempt 1/3 Retrying in 2s)`",
        "buildkite",
        "",
    ),
    ('"due to a release phase command in release v6"', "heroku", ""),
]
CUT_BEFORE_THE_ERROR += [
    (
        "MSI (s) (48:A8) [21:02:23:880]: Doing action: InstallFiles\n"
        "Action start 21:02:23: InstallFiles.\n"
        "MSI (s) (48:A8) [21:02:23:882]: Note: 1: 2262 2: Error 3: -2147287038 \n"
        "MSI (s) (48:A8) [21:02:23:883]: Doing action: CreateShortcuts",
        "generic",
    ),
    (
        "MSI (s) (E4:84) [08:01:49:591]: Skipping action: SetMetricsPathFlag (condition is false)\n"
        "MSI (s) (E4:84) [08:01:49:591]: Doing action: Wix5SchedFirewallExceptionsInstall_X64\n"
        "Action ended 8:01:49: SetListenFlag. Return value 1.\n"
        "MSI (s) (E4:94) [08:01:49:606]: Invoking remote custom action. DLL: "
        "C:\\Windows\\Installer\\MSIC1BC.tmp, Entrypoint: SchedFirewallExceptionsInstall\n"
        "Action start 8:01:49: Wix5SchedFirewallExceptionsInstall_X64.\n"
        "SchedFirewallExceptions:  Component 'C_FirewallException' action state (0) doesn't "
        "match request (1)\n"
        "SchedFirewallExceptions:  No firewall exceptions scheduled\n"
        "MSI (s) (E4:84) [08:01:49:622]: Doing action: SetCreateConfigFile",
        "generic",
    ),
    (
        "  -d, --debug                      If brewing fails, open an interactive\n"
        "                                   debugging session with access to IRB or a\n"
        "      --ignore-dependencies        An unsupported Homebrew development flag to\n"
        "                                   skip installing any dependencies of any kind.",
        "generic",
    ),
    ("Output written on Bugzilla.pdf (180 pages, 626340 bytes).", "generic"),
]
NO_GUIDANCE += [
    # The failed action in the same installer log is its cause.
    "MSI (s) (48:A8) [21:02:23:880]: Doing action: InstallFiles\n"
    "Action start 21:02:23: InstallFiles.\n"
    "Error 1603. A fatal error occurred during installation.\n"
    "Action ended 21:02:23: InstallFiles. Return value 3.",
    # An option's error is not a usage text's row.
    "--frozen-lockfile: error: the lockfile needs to be updated",
]
# A line in which the tool says it went on past what it reports (it ignored it, continued
# without it, or will try again) names no cause of the failure: the excerpt, that line and
# nothing else naming a cause, is cut before its error (round 30's 176, 31's 029, 52's 109,
# 75's 092 and 194).
GUIDED += [
    (
        "Error creating Conda environment, retrying after short sleep.\n"
        "Error creating Conda environment, retrying after short sleep.",
        "generic",
        "",
    ),
    ("Warning: Artifact upload failed! exit status 1 (Attempt 1/3 Retrying in 2s)", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    ("uploading logs, if this fails, it's not a big deal.", "generic"),
    (
        "[INFO] --- javadoc:3.0.1:jar (attach-javadocs) @ app ---\n"
        "[ERROR] Error fetching link: /x/target/apidocs/package-list. Ignored it.\n"
        "[INFO] Building jar: /x/target/app-javadoc.jar",
        "generic",
    ),
    (
        "Patch could not be applied with `git am`. Continuing without patching.\n"
        "Running configure...\nRunning make...",
        "generic",
    ),
]

NO_GUIDANCE += [
    # The attempt's reason is a cause, retried or not: a refusal, an errno's name, a host.
    "Connection refused, retrying in 5s",
    "Error: connect ETIMEDOUT 104.16.0.35:443, retrying in 10s",
    "fatal: unable to access 'https://github.com/x/y/': Could not resolve host: github.com "
    "(attempt 1/3)",
    # What the tool went on past does not hide the cause a later line names.
    "[ERROR] Error fetching link: /x/package-list. Ignored it.\n"
    "[ERROR] /src/App.java:[3,8] cannot find symbol",
    # A person's words that something is no big deal, about a cause they quote.
    "Ignoring it is not a big deal for me, but the build still dies with: "
    "Error: Cannot find module 'left-pad'",
]


def test_a_line_the_tool_went_on_past_is_told_from_a_cause() -> None:
    from slackbot.guidance.asides import _goes_on
    from slackbot.guidance.notices import _reports_a_failed_attempt

    assert _goes_on("error. This subsequent import will be ignored. [C:\\src\\a.csproj]")
    assert _goes_on("'Batch file could not be found' is also safe to ignore.")
    assert not _goes_on("Ignored files: 3")
    assert not _goes_on("error: continuing is not possible")
    assert _reports_a_failed_attempt("Checkout failed! (Attempt 2 of 3)")
    assert not _reports_a_failed_attempt("Retrying... Build failed")
    assert not _reports_a_failed_attempt("Download failed: permission denied, retrying")


# One line alone that reports a step under way (a verb in -ing opening it), or the step's output
# written, and nothing failed: the log cut before the step's end (round 35's 210, 38's 066, 39's
# 046, 47's 141, 52's 027, 74's 105, 75's 040).
CUT_BEFORE_THE_ERROR += [
    ("`Waiting for the test Pod to start ... `", "generic"),
    ("    Deploying using S3 provider", "generic"),
    ("[EnvInject] - Loading node environment variables.", "generic"),
    ("\u2560\u2550 Uploading 1 file to Google Cloud Storage", "generic"),
    ("mx build log written to C:\\Users\\me\\graal\\vm\\mxbuild\\buildlog.html", "generic"),
    ("Output written on paper.pdf (180 pages, 626340 bytes).", "generic"),
]

NO_GUIDANCE += [
    # A failure or a cause in the line is judged as before.
    "Building the app fails with a missing header",
    "Waiting for the lock timed out",
    # A verb and its object alone may be a tool's message; a line opened by an adjective in -ing
    # names what conflicts; a warning says what is wrong.
    '"Disallowing packages"',
    "Conflicting versions of constructs in type system: previously loaded 3.2.23, trying to "
    "load 3.2.25",
    "Warning: the running version of Bundler is older than the version that created the lockfile",
    # A step's line above a cause does not hide it.
    "Deploying using S3 provider\nAccess Denied",
]


def test_a_step_under_way_is_told_from_a_message() -> None:
    from slackbot.guidance.cut_logs import _says_a_step_is_under_way

    assert _says_a_step_is_under_way("Configuring in: /home/me/osrm-backend/build/default")
    assert _says_a_step_is_under_way("-- Build files have been written to: /home/me/build")
    assert not _says_a_step_is_under_way("Something about the pools starting in April")
    assert not _says_a_step_is_under_way("Testing this now, brb")
    assert not _says_a_step_is_under_way("Meeting notes: we agreed to ship on Friday.")
    assert not _says_a_step_is_under_way("Looking into it with my team tomorrow")
    assert not _says_a_step_is_under_way(
        "Installing the dependencies of the project, then all of its plugins and all of their "
        "own dependencies too"
    )


# A row of a listing whose columns are aligned with spaces or tabs (a run list, a merge gate's
# summary, a device farm's results): a status column that only says failed, and columns that
# name the job, its time, its counts, read as a status table's row between "|" is (round 32's
# 161, 36's 004 and 032, 73's 073).
GUIDED += [
    (
        "```\nlint      FAILURE    steps=3   2m 10s\npytest    CANCELLED  steps=0\n```",
        "generic",
        "",
    ),
    ("nightly deep gate #65   2026-09-10   FAILURE", "generic", ""),
]

NO_GUIDANCE += [
    # A log's level in the first column is no status: its message follows.
    'ERROR:  extension "vector" is not available',
    "error\t18-Dec-2023 12:19:17\tthread 'rustc' panicked at 'no saved object file'",
    # A message in a column, or a cause in a cell, is a cause.
    "PIPELINE ID         IMAGES    STEPS\n"
    "branches/develop    ERROR     'script' requires a list of commands, step #0 is not a command",
    "build    FAILED    permission denied",
]


def test_a_listings_aligned_columns_are_read_as_cells() -> None:
    from slackbot.guidance.tables import _aligned_cells

    assert _aligned_cells("lint      FAILURE    steps=3") == "lint|FAILURE|steps=3"
    assert (
        _aligned_cells("failed\tpython 2.7\t10 minutes ago") == "failed|python 2.7|10 minutes ago"
    )
    assert _aligned_cells("one space between words") == ""
    assert _aligned_cells("[ERROR]   build failed") == ""


def test_a_listings_row_that_passed_is_no_failed_row() -> None:
    from slackbot.guidance.tables import _aligned_cells, _passed

    assert _passed(_aligned_cells("ok  \terrors\t0.008s"))
    assert not _passed(_aligned_cells("lint      FAILURE    steps=3"))


# Among a longer log's lines, a deprecation is one of its warnings: the thing still works, and
# the excerpt is cut before its error (round 27's 235, 31's 093, 70's 133). Pasted alone, it is
# the message the person chose to quote, and may be what broke (round 41's 039, 43's 161).
CUT_BEFORE_THE_ERROR += [
    (
        "```\n$ bundle exec rake test\n"
        "DEPRECATION WARNING: Using legacy connection handling is deprecated. Please set\n"
        "`legacy_connection_handling` to `false` in your application.\n"
        "Run options: --seed 4242\n# Running:\n..........\n```",
        "generic",
    ),
]

NO_GUIDANCE += [
    "PHP Deprecated:  Using ${var} in strings is deprecated, use {$var} instead in "
    "/app/src/Workflow.php on line 21",
    "(node) v8::ObjectTemplate::Set() with non-primitive values is deprecated\n"
    "(node) and will stop working in the next major release.",
    # A cause below the deprecations is still a cause.
    "```\n$ bundle exec rake test\n"
    "DEPRECATION WARNING: Using legacy connection handling is deprecated. Please set\n"
    "`legacy_connection_handling` to `false` in your application.\n"
    "Run options: --seed 4242\n# Running:\n"
    "ActiveRecord::ConnectionNotEstablished: could not connect to server: Connection refused\n```",
]


def test_a_command_alone_is_a_log_cut_before_its_output() -> None:
    """A paste of only the command a build ran (its environment before it, or a shell prompt)
    shows no output, so no cause (round 76's 097); a command with a failure's words, or a
    sentence, is not one."""
    from slackbot.guidance import find_guidance
    from slackbot.guidance.cut_logs import _is_a_command_alone

    for line in (
        "GOOS=linux GOARCH=arm GOARM=6 go build -x -o out/release/linux/arm/ProjectName",
        "$ cargo build --release --target armv7-unknown-linux-gnueabihf",
        "CGO_ENABLED=0 go test ./...",
    ):
        assert _is_a_command_alone(line), line
        assert find_guidance([line], line) is not None, line
    for line in (
        "go build ./...",  # no prompt, no environment: may be a message's quote
        "$ npm install failed with ENOENT",
        "GOARCH=arm is not supported by this go build",
    ):
        assert not _is_a_command_alone(line), line


GUIDED += [
    # Round 76's 174: a pod's container status in the API's JSON, reason "Error" only.
    (
        '{"name":"werft-checkout","state":{"terminated":{"exitCode":128,"reason":"Error",'
        '"startedAt":"2020-07-06T01:30:12Z","finishedAt":"2020-07-06T01:30:12Z"}}}',
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # ... but not one whose reason names a cause.
    '{"name":"build","state":{"terminated":{"exitCode":137,"reason":"OOMKilled",'
    '"startedAt":"2020-07-06T01:30:12Z"}}}',
]


GUIDED += [
    # opam's block header quoted without its "#=== ... ===#" frame (round 77's 090).
    ("`ERROR while installing cppo.1.6.4`", "generic", ""),
    # Travis's command-failed line cut after "during" (round 77's 105).
    (
        'The command "sudo installer -pkg "/tmp/R.pkg" -target /" failed and exited with 1 during ',
        "travis",
        "",
    ),
    # Nuxt 2's fatal box over an execa error printed by older Node as "{ Error: ..." (round 77's 113).
    (
        "╭─────────────────────────────╮\n"
        "│   ✖ Nuxt Fatal Error        │\n"
        "│   Error: Nuxt Build Error   │\n"
        "╰─────────────────────────────╯\n"
        '{ Error: Command failed: nuxt build --standalone --config-file "nuxt.config.js"\n'
        "    at makeError (/tmp/utils/build-module/node_modules/execa/index.js:174:9)",
        "generic",
        "",
    ),
    # static-php-cli relaying make's exit code (round 77's 121).
    (
        "[07:24:32] [ERRO] Uncaught SPC\\exception\\RuntimeException: Command run failed with "
        "code[2]: cd '/home/runner/work/flow/source/php-src' && make -j2",
        "github",
        "",
    ),
]


GUIDED += [
    # Old Nix's last line cut by the paste inside its first path, under the cascade of "cannot
    # build derivation" lines (round 78's 001).
    (
        "cannot build derivation '/nix/store/abc-stdenv-darwin.drv': 35 dependencies couldn't "
        "be built\nerror: build of '/nix/store/g5agc0rlbgw",
        "generic",
        "",
    ),
    # bld's summary over jobs that failed (round 78's 015).
    ("Running job    : producer\nOne or more jobs completed with errors", "generic", ""),
    # Tauri's script failure quoted by a person with the script's name alone (round 78's 016).
    ("the bundler replaces the real stderr with `failed to run bundle_dmg.sh`", "generic", ""),
    # Go's bootstrap tool on a command that failed, its output above (round 78's 067).
    (
        "cmd/go\ngo tool dist: FAILED: /go/pkg/tool/linux_arm/5g -o $WORK/_go_.5 -p main "
        "/go/src/cmd/go/build.go",
        "generic",
        "",
    ),
    # Go's releasebot stopping after a failed check (round 78's 148).
    (
        "## PROBLEMS WITH RELEASE\n\n  - RELEASE BUILD FAILED\n"
        "  - **Found errors during release. Stopping!**\n\n## Log",
        "generic",
        "",
    ),
    # rustc's linker failure cut before the linker's notes (round 78's 186).
    (
        "$ rustc --target=wasm32-unknown-emscripten hello.rs\nerror: linking with `emcc` failed:",
        "generic",
        "linker",
    ),
    # glog's fatal line with an empty message (round 78's 255).
    ("F0318 10:19:37.871436    4576 create.go:81] ", "generic", ""),
    # A Codespaces log's "date time: " stamp leaves its colon before the Dev Containers CLI's
    # error (round 78's 023).
    (
        "2023-09-29 06:35:35.804Z: Error: Command failed: docker buildx build --load -f x .\n"
        "2023-09-29 06:35:35.811Z:     at IAA (/usr/lib/node_modules/@devcontainers/cli/dist/"
        "spec-node/devContainersSpecCLI.js:462:1066)",
        "generic",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # A bot's comment folding a command's streams, cut at the fold of its standard error
    # (round 78's 002).
    (
        "##### Command\n\n```\n  $ pipenv update --dev\n```\n\n<details>\n"
        "  <summary>Standard output</summary>\n\n```\nRunning $ pipenv lock then $ pipenv sync.\n"
        "```\n\n</details>\n\n<details>\n  <summary>Standard error</summary>\n",
        "generic",
    ),
    # A package named with an error word's stem (pip's wheel build of forbiddenfruit, round
    # 78's 019).
    (
        "Building wheels for collected packages: forbiddenfruit\n"
        "  Running setup.py bdist_wheel for forbiddenfruit: started\n"
        "  running build_py\n  creating build/lib.linux-x86_64-2.7/forbiddenfruit",
        "generic",
    ),
    # Python's warning and the source line it quotes, then a build cut (round 78's 031).
    (
        "running build_ext\n"
        "C:\\Python37\\lib\\site-packages\\torch\\utils\\cpp_extension.py:237: UserWarning: "
        "Error checking compiler version for cl: [WinError 2] The system cannot find the file "
        "specified\n"
        "  warnings.warn('Error checking compiler version for {}: {}'.format(compiler, error))\n"
        "building '_ext' extension\nEmitting ninja build file D:\\x\\build.ninja...\n"
        "Compiling objects...",
        "generic",
    ),
    # An on_failure step archiving what it finds (round 78's 061).
    (
        "7z a failure.zip *.Rcheck\\*\nScanning the drive:\n0 files, 0 bytes\n"
        "Creating archive: failure.zip",
        "generic",
    ),
    # Cabal's configure listing of programs it did and did not find (round 78's 088).
    (
        "Using Cabal-3.4.0.0 compiled by ghc-8.8\nUsing compiler: ghc-8.10.3\nNo alex found\n"
        "Using ar found on system at: C:\\ghc\\mingw\\bin\\ar.exe\nNo c2hs found\n"
        "Using gcc version 9.2.0 found on system at:",
        "generic",
    ),
    # Go test output with a tool's zero totals, cut before the failure (round 78's 117).
    (
        "=== RUN   TestDecodeGoSyntax\n=== RUN   TestObjdumpLoong64\n"
        "totalTest: 417 total skip: 0 total error: 0\n"
        "    ext_test.go:179: 417 test cases, 0 expected mismatches, 0 failures\n"
        "totalTest: 417 total skip: 0 total error:",
        "generic",
    ),
    # Gradle's warning on a Java installation it skips, in a configuration cut before its
    # failure (round 78's 231).
    (
        "$ ./gradlew wrapper --gradle-version=8.2.1\n> Configure project :jdk11\n"
        "Kotlin DSL property assignment is an incubating feature.\n"
        "> Configure project :jmh-panama\n"
        "Directory '/opt/jdk/build/jdk' (Gradle property 'org.gradle.java.installations.paths') "
        "used for java installations does not exist\n> Configure project :kotlin",
        "generic",
    ),
]

NO_GUIDANCE += [
    # The error a command of Go's bootstrap failed with, after the command (round 78's 179).
    "go tool dist: FAILED: /go/pkg/tool/aix_ppc64/go_bootstrap install cmd/asm: fork/exec "
    "/go/pkg/tool/aix_ppc64/go_bootstrap: exec format error",
    # npm's debug log: the stack's first line is the error (round 78's 008).
    "43 verbose stack SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR "
    "(is a directory) /p/node_modules/.bin\n"
    "43 verbose stack     at new SystemError (node:internal/errors:250:5)",
    # libtest's line for a failed test names it (round 78's 110).
    "```\ntest [debuginfo-gdb] debuginfo-gdb/macro-stepping.rs ... FAILED\n```",
    # gox on a platform it cannot build (round 78's 180).
    '$ gox --osarch="solaris/amd64"\nNo valid platforms to build for. If you specified a '
    "value\nfor the 'os', 'arch', or 'osarch' flags, make sure you're\nusing a valid value.",
    # LLVM's crash report (round 78's 185).
    "12 llvm-ar 0x0000000106818599 main + 361\nStack dump:\n"
    "0.\tProgram arguments: /emsdk/bin/llvm-ar xo /x/libcore.rlib",
    # jarsigner on an entry with no private key (round 78's 208).
    "Sign APK\njarsigner: key associated with upload not a private key\n"
    "Failed to sign APK, err: exit status 1\nexit status 1",
    # The Android Gradle plugin's signing check (round 78's 210).
    "* What went wrong:\nExecution failed for task ':app:validateSigningRelease'.\n"
    "> Keystore file not set for signing config release\n\nBUILD FAILED in 6m 3s",
]

GUIDED += [
    # xcodebuild's summary with fastlane's exit status from the line below run onto it, quoted
    # in a person's sentence (round 78's 244).
    (
        "**But running as a CI job in Jenkins I get an error**: `** ARCHIVE FAILED ** Exit "
        "status: 65`",
        "jenkins",
        "xcode",
    ),
]

NO_GUIDANCE += [
    # catkin_tools on a package its workspace does not hold (round 78's 054).
    "+ catkin run_tests -i --no-deps hrpsys_ros_bridge_tutorials\n\n"
    "Given package 'hrpsys_ros_bridge_tutorials' is not in the workspace\n\n"
    "Profile:                     default",
    # R's warning on a command its shell could not run, over the compilation it failed
    # (round 78's 065).
    'Warning: running command \'make -f "d:/R/etc/i386/Makeconf" SHLIB="x.dll"\' had status '
    "127\nERROR: compilation failed for package 'LakeMetabolizer'\n"
    "* removing 'c:/RLibrary/LakeMetabolizer'\nCommand exited with code 1",
    # BitBake's task whose script was killed (exit status 137; round 78's 071).
    "ERROR: coreutils-9.0-r0 do_package_write_rpm: ExecutionError('/build/tmp/work/coreutils/"
    "temp/run.BUILDSPEC.3060701', 137, None, None)\n"
    "ERROR: Logfile of failure stored in: /build/tmp/work/coreutils/temp/log.do_package_write_rpm",
]

NO_GUIDANCE += [
    # PostgreSQL's refusal relayed by Ruby's Logger at its debug level (round 78's 096).
    "Starting app_db_1 ... \n"
    'D, [2017-10-31T16:55:57.604416 #5] DEBUG -- : FATAL:  database "app_development" does not '
    "exist\nDatabase 'app_test' already exists\n"
    "I, [2017-10-31T16:56:01.961131 #17]  INFO -- : Raven 2.5.3 configured",
]

NO_GUIDANCE += [
    # sdkmanager's missing package, which it prints as a warning (round 79's 009).
    "Warning: Failed to find package 'patcher;v4'\n"
    "[===                                    ] 10% Computing updates...\n"
    "Error: Process completed with exit code 1.",
    # FreeBSD's pkg on a package its repositories lack (round 79's 021).
    "pkg: No packages available to install matching 'py311-pip' have been found in the "
    "repositories\n##[error]ssh exited with code 1",
    # PyInstaller's bootloader: its message, then its guess as a question (round 79's 054).
    "$ cp dist/blank /tmp\n$ ./blank\n"
    "[PYI-1020329:ERROR] Failed to allocate PyConfig structure! Unsupported python version?",
    # An HTTP error the code did not handle, then the handler's traceback cut (round 79's 068).
    '  File "/usr/local/lib/python3.6/site-packages/gitlab/__init__.py", line 564, in '
    "http_request\n    response_body=result.content,\n"
    "gitlab.exceptions.GitlabHttpError: 406: Branch cannot be merged\n\n"
    "During handling of the above exception, another exception occurred:\n\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.6/site-packages/reconcile/gitlab_housekeeping.py", line '
    "219, in run",
    # Subversion's error, its code first (round 79's 074).
    "svn: E155007: '/home/travis' is not a working copy\n- Adding built files to\n"
    "A         /tmp/HDMI2USB-firmware-prebuilt/archive/master/tinyfpga_bx\nSaving image*.bin",
    # ldid's assertion in xgo's iOS toolchain (round 79's 164).
    "Bootstrapping ios-7.0/arm-7...\nruntime/cgo\n"
    "ldid.cpp(602): _assert(): Swap(mach_header_->filetype) == MH_EXECUTE || "
    "Swap(mach_header_->filetype) == MH_DYLIB\nnet",
    # pecl on a package with no release (round 79's 177).
    '+ pecl install expect\nNo releases available for package "pecl.php.net/expect"\n'
    "install failed",
    # supervisord's program it could not start, logged at its info level (round 79's 217).
    "...\nINFO spawnerr: can't find command '/usr/sbin/php5-fpm'\n...\n"
    "INFO gave up: php5-fpm entered FATAL state, too many start retries too quickly",
    # kbuild's refusal of a source tree with a build in it (round 79's 238).
    "Using /home/gtucker/kernelci-core/linux as source for kernel\n"
    "  /home/gtucker/kernelci-core/linux is not clean, please run 'make mrproper'\n"
    "  in the '/home/gtucker/kernelci-core/linux' directory.\n"
    "make[1]: *** [/home/gtucker/kernelci-core/linux/Makefile:1032: prepare3] Error 1",
    # Gradle's line over what kept it from resolving a task's dependencies, nested below it,
    # whatever its words (round 79's 256).
    "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
    "Could not determine the dependencies of task ':compileKotlin'.\n> 1",
    # Gradle on a process it could not start (round 79's 278).
    "`Error:Execution failed for task ':buildNative'.\n"
    "> A problem occurred starting process 'command 'null/ndk-build''`",
    # Gradle on a copy onto itself (round 79's 280).
    "* What went wrong:\nExecution failed for task ':kortholt:externalNativeBuildDebug'.\n"
    "> Source /Users/x/kortholt/build/intermediates/cmake/debug/obj/x86/libpd.so and "
    "destination /Users/x/kortholt/build/intermediates/cmake/debug/obj/x86/libpd.so must be "
    "different",
    # A bootstrap script asking for the tool it needs (round 79's 291).
    "$ ./Scripts/bootstrap.sh\nFetching dependencies\n"
    "Please make sure that you have Carthage installed (https://github.com/Carthage/Carthage)\n"
    "Note: We are expecting that carthage installed in /usr/local/bin/",
    # A table of tests whose failed row names the test that failed (round 79's 300).
    "| Test name | Status |\n| ------------- | ------------- |\n| demand-backup | passed |\n"
    "| init-deploy | passed |\n| ns-mode | failed |",
    # Maven 2's reason for its failure at its info level (round 79's 304).
    "[INFO] [release:prepare]\n"
    "[INFO] ------------------------------------------------------------------------\n"
    "[ERROR] BUILD FAILURE\n"
    "[INFO] ------------------------------------------------------------------------\n"
    "[INFO] You don't have a SNAPSHOT project in the reactor projects list.\n"
    "[INFO] ------------------------------------------------------------------------",
]

GUIDED += [
    # Nuitka's exit, quoted last in a person's sentence in single quotes (round 79's 016).
    (
        "when I add to the command --onefile or --standalone it gives me an error 'FATAL: Error, "
        "please report the issue with above output.'",
        "generic",
        "",
    ),
    # GitHub's exit status, a Windows status negative as a signed number (round 79's 024).
    (
        "```\ngcc.exe (x86_64-posix-seh-rev2, Built by MinGW-Builds project) 14.2.0\n"
        "Copyright (C) 2024 Free Software Foundation, Inc.\n"
        "##[error]Process completed with exit code -2147483644.\n```",
        "github",
        "",
    ),
    # rpmbuild's warning on a missing %changelog and mock's exception for the command it ran
    # (round 79's 025).
    (
        "```\nmake: *** [Makefile:32: cmds] Error 1\n"
        "error: Bad exit status from /var/tmp/rpm-tmp.3OLb0m (%build)\nRPM build warnings:\n"
        "RPM build errors:\n    source_date_epoch_from_changelog set but %changelog is missing\n"
        "    Bad exit status from /var/tmp/rpm-tmp.3OLb0m (%build)\nChild return code was: 1\n"
        "EXCEPTION: [Error('Command failed: \\n # /usr/bin/systemd-nspawn -q -M "
        "7f42214dce254a68bd3c004878a9097f -D /var/lib/mock/fedora-37-x86_64-1671452448.881559/"
        "root\n```",
        "generic",
        "make",
    ),
    # Embench's build_all.py on the files its compiler did not compile (round 79's 103).
    (
        "Warning: Compilation of beebsc.c from source directory /Users/user/embench-iot/support "
        "to binary directory /Users/user/embench-iot/bd/support failed\n"
        "Warning: Compilation of main.c from source directory /Users/user/embench-iot/support to "
        "binary directory /Users/user/embench-iot/bd/support failed",
        "generic",
        "",
    ),
    # Older BitBake's task failure without the recipe, and its runqueue's line (round 79's 117).
    (
        "ERROR: Function failed: do_compile (log file is located at /home/karthik/build/tmp/work/"
        "i586-nlp-32-poky-linux/cmake/3.8.2-r0/temp/log.do_compile.1048)\n"
        "ERROR: Task (/home/karthik/poky/meta/recipes-devtools/cmake/cmake_3.8.2.bb:do_compile) "
        "failed with exit code '1'",
        "generic",
        "",
    ),
    # glued's rule for a package (round 79's 121).
    (
        "[2021-11-17 14:20:54] ** build\n"
        "[2021-11-17 14:20:56] ERROR: failed to execute rule build of linux / rpi4",
        "generic",
        "",
    ),
    # latexmk's last word, quoted in italics (round 79's 132).
    ('*"Errors, so I did not complete making targets"*', "generic", ""),
    # LaTeX Workshop's step echoed and its exit (round 79's 135).
    (
        "Recipe step 1: pdflatex, -synctex=1,-interaction=nonstopmode,-file-line-error,/mnt/c/"
        "Users/x/latex/main\nLaTeX build process spawned. PID: 174.\n"
        "LaTeX log parsed with 59 messages.\n"
        "Recipe returns with error: 1/null. PID: 174. message: .",
        "generic",
        "",
    ),
    # The Mbed online compiler's last line (round 79's 276).
    (
        "Error: The build system did not finish successfully.\n"
        "Info: Unable to download. Fix the reported errors...",
        "generic",
        "",
    ),
    # ndk-build stopping after its own reason, which the paste lacks (round 79's 279).
    ("Error:(115) *** Android NDK: Aborting    .  Stop.", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # Nuitka's heading over a compiler command whose output the paste lacks (round 79's 017).
    (
        '```\n<clcache> /Fomodule.loguru._simple_sinks.obj /c "module.loguru._simple_sinks.c" '
        "/nologo /std:c11\n\nUnexpected output from this command:\n"
        '<clcache> /Fomodule.loguru._recattrs.obj /c "module.loguru._recattrs.c" /nologo '
        "/std:c11\n```",
        "generic",
    ),
    # Nuitka's progress at its info and warning levels, cut (round 79's 019).
    (
        "C:\\Users\\x\\HelloWorld>python -m nuitka --standalone --onefile hello.py\n"
        "Nuitka-Options:INFO: Used command line options: --standalone --onefile hello.py\n"
        "Nuitka:WARNING: Using very slow fallback for ordered sets, please install 'ordered-set' "
        "PyPI package for best Python compile time performance.\n"
        "Nuitka:INFO: Starting Python compilation with Nuitka '1.3.2' on Python '3.10' commercial "
        "grade 'not installed'.\nNuitka:INFO: Running C compilation via Scons.\n"
        "Nuitka-Scons:INFO: Backend C compil",
        "generic",
    ),
    # apt's progress cut at update-initramfs' warning on firmware (round 79's 114).
    (
        "Setting up linux-image-5.10.110-rockchip-rk3588 (5.10.110-1) ...\n"
        "update-initramfs: Generating /boot/initrd.img-5.10.110-rockchip-rk3588\n"
        "W: Possible missing firmware /lib/firmware/rtl_bt/rtl8761a_config.bin for built-in "
        "driver btrtl",
        "generic",
    ),
]

NO_GUIDANCE += [
    # BitBake's task whose script a signal ended (exit status 139, SIGSEGV), over its runqueue's
    # line for the task (round 69's 081).
    "ERROR: Execution of '/home/hope/DunfellOS/tegra-demo-distro/build/tmp/work/"
    "jetson_tx2_devkit-oe4t-linux/demo-image-full/1.0-r0/temp/run.do_image_ext4.23014' failed "
    "with exit code 139\n"
    "ERROR: Task (/home/hope/DunfellOS/tegra-demo-distro/layers/meta-tegrademo/recipes-demo/"
    "images/demo-image-full.bb:do_image_ext4) failed with exit code '1'",
]

GUIDED += [
    # cargo's error after libtest's line for the test its binary was running when it crashed,
    # the excerpt cut inside cargo's "Caused by" (round 79's 167).
    (
        "running 23 tests\n"
        "test tests::test_cos_bf16_interop ... error: test failed, to rerun pass `--lib`\n\n"
        "Caused by:\n"
        "  process didn't exit successfully: `CARGO=/usr/bin/cargo CARGO_MANIFEST_DIR=/usr/share/"
        "cargo/registry/simsimd-6.4.0",
        "generic",
        "cargo",
    ),
    # Passenger when the application did not start, its own error not pasted (round 79's 216).
    (
        "3/23/2016 11:51:56 AM[ 2016-03-23 10:51:47.3677 49/7f5651cac7c0 age/Cor/CoreMain.cpp:707"
        " ]: Passenger core online, PID 49\n"
        "3/23/2016 11:52:00 AMApp 78 stdout:\n"
        "3/23/2016 11:52:02 AM[ 2016-03-23 10:52:01.0192 49/7f5648b53700 age/Cor/App/"
        "Implementation.cpp:304 ]: Could not spawn process for application /home/app/webapp: An "
        "error occurred while starting up the preloader.",
        "generic",
        "",
    ),
    # SNANA's summary of its failed jobs, their mode unknown (round 79's 069).
    (
        "```\nFAIL_SUMMARY:\n   NJOB_FAIL(TOTAL):           2  # \n"
        "   NJOB_FAIL(ABORT):           0  # tail LOG file for more info\n"
        "   NJOB_FAIL(UNKNOWN):         2  # segFault? diskQuota? wallTime?\n\nFAILURE-0001:\n"
        "  JOB_LOG_FILE:       TMP_rpur_PIP_RP_ROMAN_FPA_SALT_DATA_ROMAN_SNIaMODEL00-0009_55084.LOG \n"
        "  FAIL_REPEAT_SCRIPT: FAIL_REPEAT_PIP_RP_ROMAN_FPA_SALT_DATA_ROMAN_SNIaMODEL00-0009_55084.CMD \n"
        "  FAIL_MODE:          UNKNOWN \n```",
        "generic",
        "",
    ),
    # BitBake's fetcher, cut inside the command it ran (round 79's 246).
    (
        "ERROR: azure-uamqp-c-1.2.4-r0 do_unpack: Fetcher failure: Fetch command export "
        'PSEUDO_DISABLED=1; export DBUS_SESSION_BUS_ADDRESS="unix:path=/run/user/1000/bus"; '
        'export PATH="/media/bogdan/Disk3/xilinx/build2/tmp/sysroots-uninative/x86_64-linux/usr/'
        "bin:/media/bogdan/Disk3/xilinx/build2/tmp/work/cortexa9t2hf-neon-xilinx-linux-gnueabi/",
        "generic",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # A person's mark where they cut lines out, over a log line cut short (round 79's 213).
    (
        "```\n[...]\nfabmanager_staging_1  | 2019-09-19 21:02:40,458 INFO sp\n```",
        "generic",
    ),
    # A logger's JSON record cut before its message (round 79's 302).
    ('```\n{"level":"error","ts":1601914929.4117632,"logger":"\n', "generic"),
]

NO_GUIDANCE += [
    # Passenger's message that names its cause (a search excerpt, cut as it was found).
    "[ E 2018-10-04 13:14:38.8609 7006/Ti age/Cor/App/Implementation.cpp:221 ]: Could not "
    "spawn process for application /var/www/html/redmine: An operating system error occurred "
    "while preparing to spawn an application process: Cannot create FIFO file /tmp/passenger.spa",
    # A logger's JSON record with its error and message (round 27's 121).
    '{"level":"error","error":"can\'t detect an available backend engine","time":'
    '"2024-02-08T20:01:34Z","message":"cannot find backend engine \'auto-detect\'"}',
]

CUT_BEFORE_THE_ERROR += [
    # glibc's ar line, its objects listed by directory ("assert/stamp.os"), and ar's progress,
    # cut before the link's error (round 79's 234).
    (
        "```\nmv -f /mnt/hdd/cross-hurd/tmp/src/glibc.first_obj/rt/stamp.osT "
        "/mnt/hdd/cross-hurd/tmp/src/glibc.first_obj/rt/stamp.os\n"
        "cd /mnt/hdd/cross-hurd/tmp/src/glibc.first_obj && /mnt/hdd/cross-hurd/tmp/cross-tools/"
        "bin/../lib/gcc/i586-pc-gnu/5.3.0/../../../../i586-pc-gnu/bin/ar cruv libc_pic.a `cat "
        "mach/stamp.os hurd/stamp.os csu/stamp.os iconv/stamp.os locale/stamp.os "
        "assert/stamp.os ctype/stamp.os`\nr - rt/clock_getcpuclockid.os\nr - rt/clock_getres.os\n"
        "r - rt/clock_get\n```",
        "generic",
    ),
]

GUIDED += [
    # Bundlephobia's bare BuildError, as its site shows it, as its API's JSON answer and that
    # answer's fields one a line, and its class alone (round 27's 075, 077, 078, 083, 074).
    ("BuildError: Failed to build this package.", "generic", ""),
    (
        '`{code: "BuildError", message: "Failed to build this package.", details: {name: '
        '"BuildError"}}`',
        "generic",
        "",
    ),
    (
        '```\ncode: "BuildError"\nmessage: "Failed to build this package."\n'
        'details: {name: "BuildError"}\n```',
        "generic",
        "",
    ),
    (
        '{"code":"BuildError","message":"Failed to build this package.","details":{"name":'
        '"BuildError"}}"',
        "generic",
        "",
    ),
    ("`BuildError`", "generic", ""),
]

CUT_BEFORE_THE_ERROR += [
    # distutils' build_py warning on a package directory without __init__.py: the wheel's build
    # goes on, and the excerpt stops before its error (round 22's 024, round 29's 029).
    (
        "```\nBuilding wheel for seqeval (setup.py): started\n  running bdist_wheel\n"
        "  running build\n  running build_py\n"
        "  package init file 'seqeval\\__init__.py' not found (or not a regular file)\n"
        "  package init file 'seqeval\\metrics\\__init__.py' not found (or not a regular file)\n"
        "```",
        "generic",
    ),
]

NO_GUIDANCE += [
    # The same warning above the error that stopped the build (dlib's setup.py).
    "  running build_py\n"
    "  package init file 'tools/python/dlib/__init__.py' not found (or not a regular file)\n"
    "  running build_ext\n  \n  ERROR: CMake must be installed to build dlib",
]

GUIDED += [
    # Netlify's bot comment on a pull request whose deploy preview failed (round 37's 043, 044).
    (
        '### <span aria-hidden="true">❌</span> Deploy Preview for *stackblitz-docs* failed. '
        "**[Why did it fail? →](https://app.netlify.com/projects/stackblitz-docs/deploys/"
        "68bf644c43edcf0008a2e444?deploy_diagnostics=true)**\n\n|  Name | Link |\n"
        "|:-:|------------------------|\n"
        '|<span aria-hidden="true">🔨</span> Latest commit | '
        "8c909dd4c5be3d639955326a3c33cc79701bd3e9 |\n"
        '|<span aria-hidden="true">🔍</span> Latest deploy log | '
        "https://app.netlify.com/projects/stackblitz-docs/deploys/68bf644c43edcf0008a2e444 |",
        "netlify",
        "",
    ),
]

NO_GUIDANCE += [
    # docs.rs' build log: rustwide relays the build's output at its own INFO level, and the
    # build script's error is the cause (round 33's 161).
    "[INFO] [stderr]   process didn't exit successfully: `/opt/rustwide/target/debug/build/"
    "shellfirm-bb5a33254cf5943e/build-script-build` (exit status: 1)\n"
    "[INFO] [stderr]   --- stderr\n"
    "[INFO] [stderr]   Error: could not find repository from '/opt/rustwide/workdir'; "
    "class=Repository (6); code=NotFound (-3)",
]

GUIDED += [
    # Yarn's release webhook refusing a CircleCI build that failed (round 32's 198, 199).
    (
        '```\nBuild #4440 in wrong status (failed), expected "success". Not releasing it.\n```',
        "generic",
        "",
    ),
]

GUIDED += [
    # GitHub's annotation on a matrix job that fail-fast canceled, as a person quoted it (round
    # 21's 011), and as GitHub's checks API gives it.
    ("\"The job was canceled because 'x86_64-unknown-linux-gnu\" failed.'", "github", ""),
    ('The job was canceled because "_3_8_12_0" failed.', "github", ""),
]

NO_GUIDANCE += [
    # The job's own time limit is the cause.
    'The job was canceled because "run-pipeline" exceeded the maximum execution time of 15 minutes',
]

GUIDED += [
    # "failed" cut where the paste ends: the notice it completes (round 27's 006, round 78's 055).
    (
        "Build attempt failed, attempting again.\nStarting build.\n"
        "Creating directories for build environment.\nBuild faile",
        "generic",
        "",
    ),
    (
        "[build] Summary: 0 of 2 packages succeeded.\n[build]   Ignored:   None.\n"
        "[build]   Warnings:  None.\n[build]   Abandoned: 1 packages were abandoned.\n"
        "[build]   Faile",
        "generic",
        "",
    ),
]

CUT_BEFORE_THE_ERROR += [
    # An error's message cut after its first letters where the paste ends (round 27's 180, round
    # 34's 135, round 74's 172).
    (
        "   Compiling crossbeam-deque v0.7.2\n   Compiling rayon v1.3.0\nerror: li",
        "generic",
    ),
    (
        "> Task :buildSrc:check UP-TO-DATE\n> Task :buildSrc:build UP-TO-DATE\nfatal: no",
        "generic",
    ),
]

NO_GUIDANCE += [
    # A message of its own words, whole (round 33's 161's build script).
    "  --- stderr\n"
    "Error: could not find repository from '/opt/rustwide/workdir'; class=Repository (6); "
    "code=NotFound (-3)",
]

NO_GUIDANCE += [
    # glibc's abort on a buffer overrun is the cause (round 23's 164), and its stack protector's.
    "```\n... com.t_oster.liblasercut.BlackWhiteRasterTest\n*** buffer overflow detected ***\n```",
    "overflow me : 1234567890123456789012345678901234\nNah..\n"
    "*** stack smashing detected ***: terminated\nAborted (core dumped)",
]

GUIDED += [
    # Elastic's Jenkins pipeline library on a pull request whose build was aborted (round 29's
    # 158).
    (
        "## :grey_exclamation: Build Aborted\n  \n"
        "  > Either there was a build timeout or someone aborted the build.",
        "jenkins",
        "",
    ),
]

GUIDED += [
    # ofborg's comment on a nixpkgs pull request whose build failed (round 34's 086).
    (
        "Failure on aarch64-linux [(full log)](https://logs.nix.ci/?key=nixos/nixpkgs.35033&"
        "attempt_id=5c69bd4b-9f6d-447f-96ca-66c9fcb8a074)\n\n"
        "<details><summary>Partial log (click to expand)</summary><p>\n\n```\n"
        "post-installation fixup\nshrinking RPATHs of ELF executab",
        "generic",
        "",
    ),
]

GUIDED += [
    # Bundler's line over the exception the command it ran raised, the exception not pasted
    # (round 31's 117, round 8's 045).
    (
        "> bundler: failed to load command: rspec (/home/travis/build/makersacademy/"
        "learn_to_program/vendor/bundle/ruby/2.2.0/bin/rspec)",
        "travis",
        "bundler",
    ),
    (
        "```\n❯ bundle exec rake             \n"
        "bundler: failed to load command: rake (/Users/ydah/.rbenv/versions/3.5-dev/bin/rake)\n```",
        "generic",
        "bundler",
    ),
]

NO_GUIDANCE += [
    # The exception below it is the cause (round 58's 086).
    "bundler: failed to load command: rackup (/usr/local/bin/rackup)\n"
    "RuntimeError: The web app not built. Build with the Angular CLI and Try Again, e.g. ng build "
    '--deploy-url="/.dist"',
]

GUIDED += [
    # Git LFS's notice and its pointers to the log it wrote the error to (round 21's 112).
    (
        "$ git lfs pull\nCould not pull\n\n"
        "Errors logged to C:\\Users\\DELL\\.git\\lfs\\objects\\logs\\20190328T212413.7886684.log\n"
        "Use `git lfs logs last` to view the log.",
        "generic",
        "",
    ),
]

NO_GUIDANCE += [
    # The error above the pointers is the cause (round 48's 215).
    "Downloading generator/generator (3.4 MB)\n"
    "Error downloading object: generator/generator (b38867c): Smudge error: Error downloading "
    "generator/generator (b38867cad1e8158a3bd12e9ce16d780a6387479e41de8cb94b0aaa5929c94b33): "
    "batch request: invalid character '\\x1b' after top-level value\n\n"
    "Errors logged to /usr/local/repo/.git/lfs/logs/20200413T162324.612468631.log\n"
    "Use `git lfs logs last` to view the log.",
]
GUIDED += [
    # Round 80's 074: opam 2.0's error report, its banner and summary over its debug state lines,
    # one listing the switch's compilers (a variant named "4.02.0+improved-errors"); the
    # package's build output not pasted.
    (
        "=-=- Error report -=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=  🐫\n"
        "The following actions failed\n  ∗  install ocamlbuild 0.12.0\nNo changes have been performed\n"
        "00:14.958  STATE                   SWITCH    : 4.06.0\n"
        "00:14.958  STATE                   COMPILERS : { 3.07, 4.01.0+PIC, 4.02.0+improved-errors,"
        " 4.02.0+modular-implicits, 4.02.0+rc1 }",
        "generic",
        "",
    ),
    # Round 80's 080: opam 1's line for the package whose build failed and its block over the
    # command it ran, the command's output not pasted.
    (
        "```\nBuild commands:\n  configure --prefix /Users/ashish/.opam/system\n  make\n"
        "Uninstalling oclosure.0-dev\n"
        "The compilation of oclosure.0-dev failed in /Users/ashish/.opam/system/build/oclosure.0-dev."
        '\n\n[ERROR] while installing oclosure.0-dev\n= [RUN] "configure --prefix '
        '/Users/ashish/.opam/system"\n```',
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 80's 045: an issue form's heading over the Azure Pipelines Gulp task's log, cut
    # before any error.
    (
        "### Error logs\n"
        "2018-04-24T17:07:41.9307054Z ##[section]Starting: gulp bundle\n"
        "2018-04-24T17:07:41.9311350Z Task         : Gulp\n"
        "2018-04-24T17:07:42.3024951Z [command]C:\\NPM\\Modules\\gulp.cmd bundle --gulpfile "
        "D:\\a\\1\\s\\gulpfile.js --ship\n"
        "2018-04-24T17:07:46.8869440Z Build target: SHIP\n"
        "2018-04-24T17:07:46.9420532Z [17:07:46] Using gulpfile D:\\a\\1\\s\\gulpfile.js\n"
        "2018-04-24T17:07:46.9480333Z [17:07:46] Starting gulp\n"
        "2018-04-24T17:07:46.9485512Z [17:07:46] Starting 'bundle'...\n",
        "azure",
        "",
    ),
]
GUIDED += [
    # Round 80's 183: Rust's bootstrap echoing the cargo command it runs (a feature named
    # "panic-unwind" among its arguments), the log cut in cargo's warnings before the error.
    (
        "~~~~\n"
        "RUST_BACKTRACE=1 python3 src/bootstrap/bootstrap.py build --config debian/config.toml -vvv --on-fail env\n"
        "[..]\n"
        "Dirty - /<<PKGBUILDDIR>>/build/armv5te-unknown-linux-gnueabi/stage1-std\n"
        '  c Sysroot { compiler: Compiler { stage: 1, host: TargetSelection { triple: "armv5te-unknown-linux-gnueabi", file: None } } }\n'
        "Building stage1 std artifacts (armv5te-unknown-linux-gnueabi -> x86_64-unknown-linux-gnu)\n"
        'running: "/usr/bin/cargo" "build" "--target" "x86_64-unknown-linux-gnu" "-Zbinary-dep-depinfo" "-j" "4" "-v" "-v" "--release" "--features" "panic-unwind backtrace" "--manifest-path" "/<<PKGBUILDDIR>>/library/test/Cargo.toml" "--message-format" "json-render-diagnostics"\n'
        "warning: config profiles require the `-Z config-profile` command-line option (found profile `release` in environment variable `CARGO_PROFILE_RELEASE`)\n"
        "warning: Patch `backtrace v0.3.50 (/<<PKGBUILDDIR>>/library/backtrace)` was not used in the crate graph.\n"
        "Check that the patched package version and available features are compatible\n"
        "with the dependency requirements. If the patch has a different version from\n"
        "~~~~",
        "generic",
        "",
    ),
    # Round 80's 190: a QA script's verdict before Node's execSync message, the command's
    # stderr not pasted.
    ("`FAILED — Command failed: node dist/index.js ...`", "generic", ""),
]
NO_GUIDANCE += [
    # Round 80's 066: R CMD check's note on files an older R cannot read names its cause.
    "```\nFound file(s) with version 3 serialization:\n  ‘build/vignette.rds’\n"
    "Such files are only readable in R >= 3.5.0.\n"
    "Recreate them with R < 3.5.0 or save(version = 2) or saveRDS(version = 2) as appropriate\n```",
]
GUIDED += [
    # Round 80's 001: a pull request's merge box quoted in a person's question, which check
    # failed not said.
    (
        "`Some checks were not successful` is this something we should/can fix?",
        "generic",
        "",
    ),
]
GUIDED += [
    # Round 80's 207: MSBuild going on past its VSTest task's errors, its summary and Jenkins'
    # exit status, the failing tests not pasted.
    (
        "```\n"
        "[2021-02-17T01:54:40.000Z]      6>DispatchToInnerBuildsWithVSTestTarget:\n"
        '[2021-02-17T01:54:40.000Z]          Build continuing because "ContinueOnError" on the task "MSBuild" is set to "ErrorAndContinue".\n'
        '[2021-02-17T01:54:40.000Z]          Build continuing because "ContinueOnError" on the task "MSBuild" is set to "ErrorAndContinue".\n'
        '[2021-02-17T01:54:40.000Z]      6>Done Building Project "C:\\Users\\jenkins\\workspace\\net_apm-agent-dotnet-mbp_PR-1178\\apm-agent-dotnet\\test\\Elastic.Apm.Tests\\Elastic.Apm.Tests.csproj" (VSTest target(s)) -- FAILED.\n'
        '[2021-02-17T01:54:40.000Z]      1>Done Building Project "C:\\Users\\jenkins\\workspace\\net_apm-agent-dotnet-mbp_PR-1178\\apm-agent-dotnet\\ElasticApmAgent.sln" (VSTest target(s)) -- FAILED.\n'
        "[2021-02-17T01:54:40.000Z] \n"
        "[2021-02-17T01:54:40.000Z] Build FAILED.\n"
        "[2021-02-17T01:54:40.000Z]     0 Warning(s)\n"
        "[2021-02-17T01:54:40.000Z]     0 Error(s)\n"
        "[2021-02-17T01:54:40.000Z] \n"
        "[2021-02-17T01:54:40.000Z] Time Elapsed 01:44:50.15\n"
        "[2021-02-17T01:54:40.000Z] Terminate batch job (Y/N)? \n"
        "[2021-02-17T01:54:40.039Z] script returned exit code 1\n"
        "[2021-02-17T01:54:41.128Z] Sending interrupt signal to process\n"
        "[2021-02-17T01:54:42.443Z] Post stage\n"
        "```",
        "jenkins",
        "msbuild",
    ),
]
GUIDED += [
    # Round 80's 242: MSBuild's console repeats "error MSB4018: " before each frame of the
    # exception of a task that failed unexpectedly; a frame names no cause, the exception's
    # message above it was not pasted.
    (
        "```\n"
        "D:\\core-1-2\\_tool\\dotnet\\sdk\\5.0.400\\Sdks\\Microsoft.NET.Sdk.BlazorWebAssembly\\"
        "targets\\Microsoft.NET.Sdk.BlazorWebAssembly.ServiceWorkerAssetsManifest.targets(140,5): "
        "error MSB4018:    at Microsoft.Build.BackEnd.TaskBuilder.ExecuteInstantiatedTask("
        "ITaskExecutionHost taskExecutionHost, TaskLoggingContext taskLoggingContext, TaskHost "
        "taskHost, ItemBucket bucket, TaskExecutionMode howToExecuteTask) [D\n"
        "##[error]Error: The process 'D:\\core-1-2\\_tool\\dotnet\\dotnet.exe' failed with exit "
        "code 1\n"
        "##[error]Dotnet command failed with non-zero exit code on the following projects : D:\n"
        "```",
        "azure",
        "",
    ),
    # Round 80's 236: a custom resource's Lambda answered FAILED with only a pointer to its logs
    # (cdk-github-runners' image builder) ...
    (
        "```\nReceived response status [FAILED] from custom resource. Message returned: See logs "
        "in github-runners-test-FargatebuilderLogs2F794091-ua0BLZphQJsE/86f4aee4-df3e-4054-aabb-"
        "8354c9509e13 (deploy again with 'cdk deploy -R' or logRemovalPolicy=RemovalPolicy.RETAIN"
        " if they are already deleted)\n```",
        "generic",
        "cloudformation",
    ),
    # ... or with the reason AWS's cfn-response module sends by default.
    (
        "Received response status [FAILED] from custom resource. Message returned: See the "
        "details in CloudWatch Log Stream: 2020/01/01/[$LATEST]0123456789abcdef0123456789abcdef",
        "generic",
        "cloudformation",
    ),
    # Round 80's 076: OASIS's setup.ml on the ocamlbuild command that failed, cut before its
    # code, and make's status.
    (
        "### stderr\n\n"
        "E: Failure(\"Command ''/home/l-dumbrava/.opam/4.01.0dev+trunk/bin/ocamlbuild' "
        "lib/libcore_kernel_stubs.a lib/dllcore_kernel_stubs.so lib/core_kernel.cma "
        "check_caml_m...[truncated]\n"
        "make: **\\* [build] Error 1",
        "generic",
        "make",
    ),
    # Round 80's 162: Elastic's Jenkins bot, its note that it lists only some failed steps.
    (
        "### Steps errors [![25](https://img.shields.io/badge/25%20-red)](https://apm-ci.elastic.co"
        "/blue/organizations/jenkins/apm-agent-ruby%2Fapm-agent-ruby-mbp%2FPR-956/detail/PR-956/1"
        "//pipeline)\n"
        "  <details><summary>Expand to view the steps failures</summary>\n  <p>\n\n"
        "  > Show only the first 10 steps failures\n  \n##### `Shell Script`\n<ul>\n"
        '<li>Took 2 min 8 sec . View more details on <a href="https://apm-ci.elastic.co//blue/rest'
        "/organizations/jenkins/pipelines/apm-agent-ruby/pipelines/apm-agent-ruby-mbp/pipelines/"
        'PR-956/runs/1/steps/4069/log/?start=0">here</a></li>\n'
        "<li>Description: <code>[2021-02-04T11:41:05.831Z] + ./spec/scripts/spec.sh "
        "docker.elastic.co/observability-ci/jruby:9.2-11-</code></l1>\n</ul>",
        "jenkins",
        "",
    ),
    # Round 80's 098: rebar 2's Common Test run, its "ERROR: erl -noshell ..." cut before
    # rebar's "failed with error: N and output:" ...
    (
        "```\n==> api (eunit)\n  All 94 tests passed.\n==> api (ct)\n"
        'ERROR: erl  -noshell -pa "/home/todd/bin/my_shapesmith_fork/nodes/apps/api/ebin" '
        '"/home/todd/bin/my_shapesmith_fork/nodes/deps/meck/ebin" "/home/todd/\n```',
        "generic",
        "",
    ),
    # ... and rebar's whole line over the command's output.
    (
        "ERROR: sh -c 'make -C c_src' failed with error: 2 and output:",
        "generic",
        "",
    ),
    # Round 80's 091: RVM's notice that the project's Ruby is not installed, which Netlify's
    # build goes on past by installing it; the log cut before the build's error.
    (
        "7:53:27 PM: Now using node v10.24.1 (npm v6.14.12)\n"
        "7:53:27 PM: Started restoring cached build plugins\n"
        "7:53:27 PM: Finished restoring cached build plugins\n"
        "7:53:27 PM: Required ruby-3.2.0 is not installed.\n"
        "7:53:27 PM: To install do: 'rvm install \"ruby-3.2.0\"'\n"
        "7:53:27 PM: Attempting ruby version 3.2.0, read from .ruby-version file\n"
        "7:53:27 PM: Started restoring cached ruby version\n"
        "7:53:27 PM: Finished restoring cached ruby version\n"
        "7:53:28 PM: Using ruby ver",
        "netlify",
        "",
    ),
]
NO_GUIDANCE += [
    # MSB4018's own line names the exception, and so a cause: only its frames are set aside.
    "C:\\Program Files\\dotnet\\sdk\\8.0.300\\Sdks\\Microsoft.NET.Sdk\\targets\\"
    "Microsoft.PackageDependencyResolution.targets(266,5): error MSB4018: "
    "System.IO.IOException: The process cannot access the file because it is being used by "
    "another process.\n"
    "Error: Process completed with exit code 1.",
    # RVM's notice with no install after it is what stopped the build.
    "Required ruby-3.2.0 is not installed.\nTo install do: 'rvm install \"ruby-3.2.0\"'\n"
    "Error: Process completed with exit code 1.",
    # A custom resource's reason that names its error is the cause.
    "Received response status [FAILED] from custom resource. Message returned: Error: "
    "AccessDenied: User is not authorized to perform: ecr:CreateRepository",
]
GUIDED += [
    # Round 81's 026: OpenShift CI's ci-operator over a build that failed with OpenShift's generic
    # reason, CMake's "errors occurred" and the build script's exit status, CMake's error not
    # pasted.
    (
        "```\ncould not wait for build: the build bin failed after 1m22s with reason "
        "DockerBuildFailed: Docker build strategy has failed.\n\n"
        "-- Configuring incomplete, errors occurred!\n"
        'See also "/go/src/github.com/coreos/rpm-ostree/libdnf-build/CMakeFiles/CMakeOutput.log".\n'
        "error: build error: running '/bin/bash -c set -o errexit; ..._INSTALLDEPS=1 "
        "./ci/build-check.sh' failed with exit code 1\n```",
        "github-azure",
        "",
    ),
    # Round 81's 094: a build script's own "Something went wrong!" under its progress.
    (
        "  >> [1/21] Creating Directories (if needed)...\n  >> [2/21] Configuring GMP...\n"
        "  ERROR: Something went wrong!\n  Last Process Took: 0m0.00s",
        "generic",
        "",
    ),
    # TravisBuddy's comment on a build that errored (kubeflow/trainer#579).
    ("Something went wrong with the build.", "generic", ""),
    # Round 81's 114: waf's failed task under Portage's die() for the compile phase, the build log
    # pointed to.
    (
        "Build failed\n -> task in 'engineio' failed with exit status 1: \n"
        " * ERROR: media-sound/nuvolaplayer-4.16.0::ROKO__ failed (compile phase):\n"
        " *   build failed\n * \n * Call stack:\n"
        " *     ebuild.sh, line  125:  Called src_compile\n"
        " * The complete build log is located at "
        "'/portage/log/media-sound:nuvolaplayer-4.16.0:20200119-093633.log'.",
        "generic",
        "",
    ),
    # Portage's die() with emake's wrapper as its message (jorgicio/jorgicio-gentoo-overlay#78).
    (
        " * ERROR: net-im/corebird-1.4::jorgicio failed (compile phase):\n *   emake failed",
        "generic",
        "",
    ),
    # Round 81's 151: Capistrano 2's failed remote command, wrapped by the paste, git's output
    # not pasted.
    (
        "failed: \"sh -c 'if [ -d /var/www/app/shared/cached-copy ]; then cd /var/www/\n"
        "app/shared/cached-copy && git fetch -q origin && git fetch --tags -q origin\n"
        "&& git reset -q --hard f7363adfad40c2af79482761f370c9d2bb && git clean -q\n"
        "-d -x -f; fi'\" ",
        "generic",
        "capistrano",
    ),
    # Round 81's 168: Ansible 1.x's failed task, its result cut before drush's output.
    (
        "```\nTASK: [Updating database] ***************************************************** \n"
        'failed: [localhost] => {"changed": true, "cmd": "APP_ENV=dev drush -y updb -l '
        'http://upgrade.openy.cibox.tools/build1750", "delta": "0:00:55.1540\n```',
        "generic",
        "",
    ),
    # Round 81's 176: systemctl's pointer to the unit's status and journal, and the deploy
    # tool's summary of the ssh command that ran it.
    (
        "```\nINFO:ce:Restarting service on i-06ed5693f23de40da@52.91.72.9\n"
        "Job for compiler-explorer.service failed because the control process exited with error "
        'code. See "systemctl status compiler-explorer.service" and "journalctl -xe" for '
        "details.\n```",
        "generic",
        "",
    ),
    # systemctl's two lines as a terminal shows them.
    (
        "$ sudo systemctl restart nginx\n"
        "Job for nginx.service failed because the control process exited with error code.\n"
        'See "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.',
        "generic",
        "",
    ),
    # Round 81's 184: a bot's report headed by the build's number.
    ("## [#761] FAILED on indigo\n\ndocker build failed", "generic", ""),
    # Round 81's 189: Parity's pipeline-stopper, the job's log only linked.
    (
        "The CI pipeline was cancelled due to failure one of the required jobs.\n"
        "**Job name**: cargo-clippy\n"
        "**Logs**: https://gitlab.parity.io/parity/mirrors/polkadot-sdk/-/jobs/4697247",
        "gitlab",
        "",
    ),
    # Round 81's 192: eld's summary of a link whose errors it printed above.
    ("Fatal: Linking had errors. 'null'", "generic", "linker"),
    # Round 81's 099: exrm's summary, relx's error not pasted.
    (
        "```\n==> Generating release...\n"
        "==> Failed to build release. Please fix any errors and try again.\n```",
        "generic",
        "",
    ),
    # Round 81's 143: rustc's linker failure under Taskcluster's run-task prefix, the excerpt cut
    # inside the linker's command line.
    (
        "[task 2021-03-10T04:25:44.505Z]    Compiling sync_manager_ffi v0.1.0 "
        "(/builds/worker/checkouts/src/components/sync_manager/ffi)\n"
        "[task 2021-03-10T04:25:59.305Z] error: linking with `x86_64-w64-mingw32-gcc` failed: "
        "exit code: 1\n[task 2021-03-10T04:25:59.305Z]   |\n"
        '[task 2021-03-10T04:25:59.405Z]   = note: "x86_64-w64-mingw32-gcc" '
        '"-fno-use-linker-plugin" "-Wl,--nxcompat" "-Wl,--dynamicbase" "-m64" "/bu',
        "generic",
        "linker",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 81's 045: a Tekton PipelineRun's log as tkn prints it, a step's logger at its warning
    # level over image pull lines, cut before the build's error.
    (
        '> [build : build-step-git-source-petclinic-git-4wq7q] {"level":"warn","ts":'
        '1564963582.9377377,"logger":"fallback-logger","caller":"logging/config.go:65","msg":'
        '"Fetch GitHub commit ID from kodata failed: \\"KO_DATA_PATH\\" does not exist or is '
        'empty"}\n'
        "> [build : build-step-build] STEP 1: FROM registry.access.redhat.com/redhat-openjdk-18/"
        "openjdk18-openshift\n"
        "> [build : build-step-build] Getting image source signatures\n"
        "> [build : build-step-build] Copying blob sha256:5c2598df456066d90ae3ed81592c54247800071c"
        "7ee8845985a93db7e95e936f\n> [build :",
        "generic",
    ),
]
NO_GUIDANCE += [
    # OpenShift's build reasons that name their cause stay causes.
    "could not wait for build: the build src failed after 30s with reason FetchSourceFailed: "
    "Failed to fetch the input source.",
    # Portage's die() with a message that names the cause (jorgicio/jorgicio-gentoo-overlay#237).
    " * ERROR: app-editors/marker-2020.04.04.2::jorgicio failed (prepare phase):\n"
    " *   The source directory '/tmp/portage/app-editors/marker-2020.04.04.2/work/Marker' "
    "doesn't exist",
]
NO_GUIDANCE += [
    # Round 81's 127: rake's abort over Ruby's Interrupt exception (the CI's time limit sent
    # SIGINT): the exception is the cause.
    "```\n86 examples, 0 failures\n\nRandomized with seed 29299\n\nrake aborted!\nInterrupt: \n"
    "/app/Rakefile:592:in `block in <top (required)>'\n"
    "/usr/local/bundle/gems/rake-13.0.1/exe/rake:27:in `<top (required)>'\n```",
    # Round 81's 095: gprbuild's error on a project file, its message cut, after configure's
    # checks.
    "checking for gprbuild... gprbuild\nconfig.status: creating security.gpr\n"
    "gprbuild -m -q -p -Psecurity.gpr -XBUILD=distrib -XPROCESSORS=8\n"
    "utilada_xml.gpr:7:17: a project with n",
]

NO_GUIDANCE += [
    # Round 82 (w82u): a checker's verdict that a file is wrong (232), and an Arma config rapifier's
    # duplicated class under the packing script's failure line (019), name their causes.
    "Incorrect solution 2/2\n/home/rhel/ansible-files/apache.yml has incorrect content. Be sure to"
    " copy and paste from the example.",
    "```\n- compat_spe build failed!\n  Log P:\\temp\\compat_spe.packing.log tail:\n"
    "    3474: duplicated 'ace_csw_baseTripod'\n    3475:\n"
    "    3476: \\z\\ace\\addons\\compat_spe\\config.cpp Rapify:Rap: In File"
    " \\z\\ace\\addons\\compat_spe\\CfgVehicles\\turrets.hpp: circa Line 19 Rap: duplicated token"
    " or class\n```",
]
GUIDED += [
    # Round 82's 007: Netlify's build image when the installer it ran failed.
    (
        "5:10:09 PM: Error during Yarn install\n"
        "5:10:09 PM: Build was terminated: Build script returned non-zero exit code: 1",
        "netlify",
        "",
    ),
    ("Error during PNPM install", "netlify", ""),
    # Round 82's 072: CodeBuild's summary of a command that spans lines.
    (
        "```bash\nCOMMAND_EXECUTION_ERROR: Error while executing command: \n"
        'sudo -Hu runner /home/runner/config.sh --unattended --url "${REGISTRATION_URL}" '
        '--token "${RUNNER_TOKEN}" --ephemeral --work _work\nReason: exit status 1\n```',
        "codebuild",
        "",
    ),
    # Round 82's 092, 094, 090: Cloud Foundry's staging failures.
    (
        "2016-07-18T13:10:48.25-0500 [STG/22]     OUT -----> Downloaded app buildpack cache (133M)\n"
        "2016-07-18T13:10:48.43-0500 [STG/0]      OUT Staging failed: Buildpack compilation step "
        "failed\n2016-07-18T13:10:48.43-0500 [STG/0]      ERR \n"
        "2016-07-18T13:10:48.57-0500 [API/0]      ERR encountered error: App staging failed in the "
        "buildpack compile phase",
        "cloudfoundry",
        "",
    ),
    (
        "-error\nError staging application: App staging failed in the buildpack compile phase\n"
        "FAILED",
        "cloudfoundry",
        "",
    ),
    (
        "Failed to Compile droplet error...\n\n"
        "2017-03-15T17:40:38.601-04:00 [STG/0] [OUT] -----> Java Buildpack Version: v3.14 (offline)\n"
        "2017-03-15T17:40:38.611-04:00 [STG/0] [ERR] Failed to compile droplet\n"
        "2017-03-15T17:40:38.650-04:00 [STG/0] [OUT] Destroying container",
        "cloudfoundry",
        "",
    ),
    (
        "Staging failed: Buildpack compilation step failed\n\nFAILED\nBuildpackCompileFailed",
        "cloudfoundry",
        "",
    ),
    # Round 82's 089: a Jenkins library's cf push step pointing above, its catchError step.
    (
        "17:57:02 [INFO] Application failed to stage, reason was 'BuildpackCompileFailed'\n"
        "[Pipeline] // stage\n"
        "17:57:02 ERROR: [hsbcRdpCloudFoundryPush] The application 'mock-services' failed to "
        "stage, see above for reason!\n[Pipeline] // catchError\n[Pipeline] End of Pipeline\n"
        "ERROR: There was a build failure, please see the build log above for details\n"
        "Finished: FAILURE",
        "jenkins",
        "",
    ),
    # Round 82's 091: BOSH's packaging script, its truncated stdout apt's suggestions.
    (
        " Failed compiling packages > statsite/abf4980a9e439c5a9242ce8cceeb3b071e5ccfa8: Action "
        "Failed get_task: Task 786f1e1e-ac9e-42c3-60eb-208755dbcb34 result: Compiling package "
        "statsite: Running packaging script: Command exited with 1; Truncated stdout: Suggested "
        "packages:\n  python-genshi python-lxml python-distribute python-distribute-doc\n"
        "Recommended packages:\n  python-dev-all",
        "generic",
        "",
    ),
    # Round 82's 099: GoCD's agent reporting the job's result.
    (
        "2015-05-22 00:17:38,525 [loopThread] INFO  thoughtworks.go.work.DefaultGoPublisher:107 - "
        "Agent [python, 192.168.109.232, 1c360ee1-fc68-46ba-ae8b-2ff486e29320] is reporting build "
        "result [Failed] to Go Server for Build [ICM-Test/508/Test-Install/1/Test-Install/8376]",
        "gocd",
        "",
    ),
    # Round 82's 167: cargo's "due to previous error" (one error, no count).
    (
        "error: could not compile `screenshots` due to previous error\n"
        "warning: build failed, waiting for other jobs to finish...",
        "generic",
        "rustc",
    ),
    # Round 82's 194: Ninja's failed link, cut inside the command (gcc's -Wl, options name no
    # cause).
    (
        "```\n[28608/28612] SOLINK ./lib/libnw.so\nFAILED: lib/libnw.so lib/libnw.so.TOC \n"
        'python "build/toolchain/gcc_solink_wrapper.py" --sofile="./lib/libnw.so" -- clang++ '
        "-shared -Wl,--fatal-warnings -fPIC -Wl,-z,noexecstack -o ./lib/libnw.so -Wl,-soname=libnw"
        "\n```",
        "generic",
        "ninja",
    ),
    # Round 82's 184: Prefect's git storage relaying a failed git pull.
    (
        "```\n15:40:13.632 | ERROR   | prefect.runner.storage.git-repository.outer - Failed to pull "
        "latest changes with exit code Command '['git', 'pull', 'origin', '--recurse-submodules', "
        "'--depth', '1']' returned non-zero exit status 1.\n```",
        "generic",
        "",
    ),
    # Round 82's 021: distutils' CompileError raised in a build backend's traceback.
    (
        "    raise CompileError(msg)\n"
        "distutils.compilers.C.errors.CompileError: command '/opt/rh/gcc-toolset-13/root/usr/bin/"
        "gcc' failed with exit code 1",
        "generic",
        "",
    ),
    ("error: command '/usr/bin/gcc' failed with exit code 1", "generic", ""),
    # Round 82's 144: Scalingo's deployer, the app's output at boot not pasted; the builder's
    # .slugignore cleaning above it.
    (
        "-----> .slugignore detected, cleaning project before packaging\n"
        " !     'doc': No such file or directory\n"
        "       '/tmp/cache' has been removed from the image\n"
        " Build complete, shipping your container...\n Waiting for your application to boot... \n"
        " !   Error deploying the application\n"
        " !   → Your application has stopped unexpectedly with the following output:",
        "scalingo",
        "",
    ),
    # Scalingo's "Deployment Issues" page prints the deployer's arrow as "->".
    (
        " !   -> Invalid return code from buildpack",
        "scalingo",
        "",
    ),
]
GUIDED += [
    # Round 82's 204: CMake's error heading cut before its command.
    (
        "2022-07-14T12:19:45.1481634Z -- Building for: Visual Studio 16 2019\n"
        "2022-07-14T12:19:45.1726457Z CMake Error at CMakeLists.txt:16",
        "github-azure",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # Round 82's 112: make's cleanup with "|| true", docker's error for it, then the log cut.
    (
        "```bash\nmake plugin-publish-packages\n"
        "docker stop temp-package-registry && docker rm -v temp-package-registry || true\n"
        "Error response from daemon: No such container: temp-package-registry\n"
        "docker run -d -p 5001:5000 --name temp-package-registry mirror.gcr.io/library/registry:2\n"
        "Status: Downloaded newer image for mirror.gcr.io/library/registry:2\n```",
        "generic",
    ),
]
GUIDED += [
    # "Failed to build/render ..." with an exit status, or over a list, stays a notice (round
    # 15's 160, round 17's 072).
    ("Error: Failed to render chart: exit status 1", "generic", ""),
    ("Python build finished successfully!\nFailed to build these modules:\n_ctypes", "generic", ""),
]
NO_GUIDANCE += [
    # Round 55's 089: rustc's own reason after "failed to build archive:" is the cause.
    "error: failed to build archive: function not supported\n\n"
    "error: could not compile `cfg-if` due to previous error",
    # Round 56's 028: CMake's whole heading after the check it was running.
    "```\n                     -- Checking for SciPy\n"
    "                    CMake Error at cmake/python.cmake:544 (message):",
    # A command's failure ignored with "|| true" sets aside only its own output line.
    "rm -r build || true\nrm: cannot remove 'build': No such file or directory\n"
    "docker pull registry.example.com/app:1.0\n"
    "Error response from daemon: manifest for registry.example.com/app:1.0 not found: "
    "manifest unknown",
    # Cloud Foundry's other staging failure names its cause.
    "Error staging application: An app was not successfully detected by any available buildpack\n"
    "FAILED",
]


def test_goreleaser_config_version_notice_stands_back_when_the_run_went_on(
    matcher: Matcher,
) -> None:
    # Round 82's 164: GoReleaser 2.5 printed the line as a notice and went on.
    went_on = (
        "/opt/runner/_work/_tool/goreleaser-action/2.5.0/x64/goreleaser release --clean\n"
        "  • only configurations files on  version: 2  are supported, yours is  version: 0 , "
        "please update your configuration\n"
        "  • cleaning distribution directory\n  • loading environment variables\n"
        "  • getting and validating git state\n"
    )
    assert not matcher.match(went_on).matches
    stopped = (
        "  • only configurations files on version: 2 are supported, yours is version: 0, please "
        "update your configuration\n"
        "  ⨯ release failed after 0s                  error=only configurations files on "
        "version: 2 are supported, yours is version: 0, please update your configuration\n"
    )
    found = matcher.match(stopped).matches
    assert found and found[0].entry_id == "deprecation/goreleaser-config-version-unsupported"


NO_GUIDANCE += [
    # Round 82's 044: a setting the Makefile requires, named before make's wrapper line.
    "[root@0d8c61705653 musl-cross-make-0.9.8]# make\n"
    "TARGET must be set via config.mak or command line.\nmake: *** [all] Error 1",
    # Round 82's 113: Go's wait on a child already reaped (ECHILD) before Convox's wrapper.
    "build │ cf27ae36fa00: Pushed\n"
    "2016/08/19 09:44:46 wait: no child processes\nERROR: my-app build failed",
    # Round 82's 080: Convox's monitor naming why it replaced instances.
    "$ convox logs --app convox --filter=why --since=96h\n"
    '2016-08-14T18:47:08Z web:20160720033913/a1ed13601010 who="convox/monitor" '
    'what="marked instance i-2fb58eb1 unhealthy" why="ECS reported agent disconnected"',
    # Round 82's 100: Artifactory's Gradle extractor leaving out configurations it could not resolve.
    "Artifacts for configuration 'debugRuntimeClasspath' were not all resolved, skipping\n"
    "Artifacts for configuration 'default' were not all resolved, skipping",
    # Round 83's 158: a script under test refusing to run without root stops RSpec early.
    "MyScripts::Scripts::MyCustomerData::Sync\n  #_get_field_value\n    returns a nil\n"
    "  #sync\nMust run as root\n\nFinished in 0.02764 seconds (files took 0.70052 seconds to"
    " load)\n11 examples, 0 failures",
]


# Session 19 (g19): wrapper-only pastes of tuned rounds 50 to 81 that got neither an answer nor
# guidance. Each form is written from the tool's source text.
GUIDED += [
    # npm 1 on Windows relays the lifecycle script's status through `cmd "/c"`; npm's "ERR!"
    # pasted without its "npm" heading (round 52's 034).
    (
        "ERR! mod@0.1.4 install: `node-gyp rebuild`\n"
        'ERR! `cmd "/c" "node-gyp rebuild"` failed with 1\nERR! \n'
        "ERR! Failed at the mod@0.1.4 install script.",
        "generic",
        "npm",
    ),
    # phpbrew's BuildTask when make failed (round 70's 154).
    (
        "PhpBrew\\Exception\\SystemCommandException: Make failed: \nTrace:\n\n"
        "    0) PhpBrew\\Tasks\\BuildTask->run(PhpBrew\\Build)",
        "generic",
        "",
    ),
    # Django's request logger over a traceback cut before its exception (round 69's 022).
    (
        "ERROR Internal Server Error: /json\nTraceback (most recent call last):\n"
        '  File "/usr/lib/python3/site-packages/django/core/handlers/base.py", line 89, in '
        "get_response",
        "generic",
        "",
    ),
    # Odoo's JSON-RPC error over the server's traceback, cut (round 74's 059).
    (
        "Odoo Server Error\n\nTraceback (most recent call last):\n"
        '  File "/opt/odoo/odoo/http.py", line 648, in _handle_exception\n'
        "    return super(JsonRequest, self)._handle_exception(exception)",
        "generic",
        "",
    ),
    # pipenv's notice that it makes the virtualenv again, and its install line cut after the
    # requirement (round 56's 175).
    (
        "Virtualenv already exists!\nRemoving existing virtualenv...\n"
        "Installing dependencies from Pipfile.lock (7214ea)...\n"
        "An error occurred while installing requests==2.23.0;",
        "generic",
        "",
    ),
    # compiletest's run-make failure, cut before make's output (round 53's 118).
    (
        "---- [run-make] tests/run-make/jobserver-error stdout ----\n\nerror: make failed\n"
        "status: exit status: 2\n"
        'command: cd "/checkout/tests/run-make/jobserver-error" && "make"',
        "generic",
        "",
    ),
    # Rush's verdict after an operation failed (round 73's 173).
    ("rush build (1 minute 47.9 seconds)\nOperations failed.", "generic", ""),
    # pacote's git dependency whose inner npm install failed; that npm's lines are relayed, and
    # the paste is cut in its "command failed" (round 62's 074).
    (
        "npm ERR! code 1\nnpm ERR! git dep preparation failed\n"
        "npm ERR! npm WARN using --force Recommended protections disabled.\n"
        "npm ERR! npm ERR! code 1\nnpm ERR! npm ERR! command fail",
        "generic",
        "npm",
    ),
    # exrm's release failure after Conform's notice that it has no schema (round 81's 099).
    (
        "==> Conform: Loading schema...\n"
        "==> Conform: No schema found, conform will not be packaged in this release!\n"
        "==> Generating release...\n"
        "==> Failed to build release. Please fix any errors and try again.",
        "generic",
        "",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # flutter_tools' trace of a build target it starts (round 70's 216).
    (
        "[ +292 ms] > Task :app:preBuild UP-TO-DATE\n"
        "[ +330 ms] debug_android_application: Starting due to {InvalidatedReason.inputChanged}\n"
        "[   +7 ms] > Task :app:preDebugBuild UP-TO-DATE\n"
        "[   +6 ms] > Task :app:generateDebugBuildConfig UP-TO-DATE",
        "generic",
    ),
    # Cloud Build's first line alone: the log cut before any step ran (round 74's 106).
    ('starting build "00000000-0000-4000-8000-000000000000"', "cloudbuild"),
    # PHP's Windows configure (confutils.js) finding optional libraries missing (round 74's 121).
    (
        "Checking for library edit_a.lib;edit.lib ... <not found>\n"
        "Checking for ffi.h ... <not found>\n"
        "Checking for library libiconv_a.lib ... <not found>\n"
        "Checking for library iconv.lib ... <not found>",
        "generic",
    ),
]


NO_GUIDANCE += [
    # Each form above stands back when its paste shows the cause.
    "Internal Server Error: /json\nTraceback (most recent call last):\n"
    '  File "/app/views.py", line 3, in index\n'
    "    import MySQLdb\nImportError: No module named MySQLdb",
    'ERR! `cmd "/c" "node-gyp rebuild"` failed with 1\n'
    'gyp ERR! stack Error: Can\'t find Python executable "python", you can set the PYTHON env '
    "variable.",
    # The inner npm's own error under pacote's line is the cause.
    "npm ERR! git dep preparation failed\nnpm ERR! npm ERR! code EACCES\n"
    "npm ERR! npm ERR! syscall mkdir\n"
    "npm ERR! npm ERR! Error: EACCES: permission denied, mkdir '/root/.npm/_cacache'",
    "Checking for library libxml2.lib ... <not found>\nERROR: Cannot find libxml2",
]


# Round 83 (g83): wrapper and status lines the guidance did not read as such, and the cause lines
# it did not see.
GUIDED += [
    # Cargokit (flutter_rust_bridge's and rinf's Rust builder) relays cargo's lines at its SEVERE
    # level: rustc's linker wrapper, collect2's status, cargo's "could not compile" (round 83's
    # 167, cunarist/rinf#201; the same lines in fzyzcjy/flutter_rust_bridge#1753 and #2827).
    (
        "Launching lib/main.dart on Linux in debug mode...\n"
        "SEVERE: error: linking with `cc` failed: exit status: 1\n"
        "SEVERE:           collect2: error: ld returned 1 exit status\n"
        "SEVERE: error: could not compile `memoffset` (build script) due to previous error\n"
        "SEVERE: warning: build failed, waiting for other jobs to finish...\n"
        "Building Linux application...\n"
        "Exception: Build process failed",
        "generic",
        "linker",
    ),
    # Xcode's build system under a command that failed, its tool's message above it (round 83's
    # 224, keymanapp/keyman#3855; 2ndalpha/gasmask#165, openframeworks/projectGenerator#224).
    ("Command CodeSign failed with a nonzero exit code\n\n** BUILD FAILED **", "generic", "xcode"),
    # A test script's status for a child process that ended with no code of its own (Node's
    # null; round 83's 019, microsoft/vscode-docker#1615).
    ("`Tests exited with code: null`", "generic", ""),
]
CUT_BEFORE_THE_ERROR += [
    # Packer's builder before each line: a log's lines, here Pester's passing tests, cut before
    # the one that failed (round 83's 058, actions/runner-images#11253).
    (
        "azure-arm.image: Describing Windows Updates\n"
        "azure-arm.image:   [+] WindowsUpdateDone.txt should exist 5ms (2ms|3ms)\n"
        "azure-arm.image:   [+] Security Intelligence Update for Microsoft Defender Antivirus - "
        "KB2267602 (Version 1.421.1098.0) - Current Channel (Broad) 4ms (2ms|2ms)\n"
        "azure-arm.image:   [+]",
        "generic",
    ),
    # A scan that found nothing is no cause (round 83's 201, hashicorp/terraform#27371: IBM Cloud
    # Schematics' workspace log cut before its error).
    (
        " 2020/12/25 08:54:10 Getting tar download command\n"
        " 2020/12/25 08:54:13 No Vulnerabilities Found. Successfully saved all the files from the "
        "repo.\n"
        " 2020/12/25 08:54:14 Successfully read the README file\n"
        " 2020/12/25 08:54:15 Done with the Activity",
        "generic",
    ),
    # GNU ld's --verbose search for a library: paths tried, not a cause (round 83's 217,
    # microsoft/VSLinux#56).
    (
        "1> Invoking ld (TaskId:45)\n1> GNU ld version 2.23.52.0.1-55.el7 20130226\n"
        "1> attempt to open /usr/lib/gcc/x86_64-redhat-linux/4.8.5/libnana.a failed\n"
        "1> attempt to open /lib/../lib64/libnana.a failed\n"
        "1> attempt to open /root/nana/nana/build/bin/libnana.a succ",
        "generic",
    ),
    # The Command Line task's inputs echoed, a switch among them (round 83's 268,
    # microsoft/azure-pipelines-tasks#3894).
    (
        "Starting: Run dotnet publish\n"
        "Working directory: 'C:\\a\\1\\s'\n"
        "Fail on standard error: 'False'\n"
        "Modify environment: 'False'\n"
        'C:\\Windows\\system32\\cmd.exe /c "dotnet publish -c release -o C:\\a\\1\\a"',
        "azure",
    ),
]
NO_GUIDANCE += [
    # Cap'n Proto's Disconnected, the reason an OCluster job failed (round 83's 055,
    # ocurrent/docker-base-images#295).
    "2024-07-30 01:53.49: Got resource from pool OCluster\nJob succeeded\n"
    "2024-07-30 01:58.50: Job failed: Disconnected: Switch turned off",
    # An exception's message over its frames, whatever its words (round 83's 065: SvelteKit's
    # adapter calling an API the kit removed; sveltejs/kit#4224).
    "> Using @sveltejs/adapter-vercel\n"
    "> builder.prerender() has been removed. Prerendering now takes place in the build phase\n"
    "    at Object.prerender (file:///x/node_modules/@sveltejs/kit/dist/chunks/index4.js:183:10)\n"
    "    at adapt (file:///x/node_modules/@sveltejs/adapter-vercel/index.js:116:38)",
    # The exception chain of the Maven run maven-invoker-plugin forked, at its INFO level (round
    # 83's 101, yegor256/rexsl#30).
    "[INFO] Caused by: org.sonatype.aether.transfer.ArtifactNotFoundException: Could not find "
    "artifact com.rexsl:rexsl:pom:1.0-SNAPSHOT\n[INFO] ... 36 more\n"
    "[ERROR] Re-run Maven using the -X switch to enable full debug logging.",
    # A plugin's floor for the tool that runs it, after Maven's wrapper (round 83's 241,
    # DataTorrent/Apex-old#116) and in Jenkins' words (round 83's 116,
    # GoogleCloudPlatform/continuous-deployment-on-kubernetes#160).
    "[ERROR] Failed to execute goal com.github.siom79.japicmp:japicmp-maven-plugin:0.5.1:cmp "
    "(default) on project dt-api: The plugin com.github.siom79.japicmp:japicmp-maven-plugin:0.5.1"
    " requires Maven version 3.1.0 -> [Help 1]",
    "Kubernetes plugin version 1.25.0\n"
    "You must update Jenkins from version 2.204.5 to version 2.217 or later to run this plugin.",
    # The Go compiler's diagnostic, no level word before it (round 83's 151, ipfs/kubo#5429; 153,
    # akrylysov/pogreb#43).
    "core/corehttp/gateway_test.go:42:9: constant 18446744073709551615 overflows uint",
    # A Pester test that failed, named, under Packer's builder (round 76's 017,
    # actions/runner-images#9356).
    "azure-arm.image: [-] Latest and Prior CodeQL Bundles are unique 1.43s (1.41s|21ms)\n"
    "azure-arm.image:    Expected regular expression '2.16.2' to not match '2.16.2', but it did "
    "match.\n"
    "azure-arm.image:    at <ScriptBlock>, C:\\image\\tests\\Tools.Tests.ps1:65",
]
GUIDED += [
    # pip's error it did not expect, the traceback cut before the exception's line (rounds 14,
    # 56, 70; freakent/dbus-mqtt-devices#75).
    (
        "  Installing build dependencies ... done\n"
        "  Getting requirements to build wheel ... done\n"
        "ERROR: Exception:\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.8/site-packages/pip/_internal/cli/base_command.py", line 186, '
        "in _main\n"
        "    status = self.run(options, args)\n"
        '  File "/usr/lib/python3.8/site-packages/pip/_internal/commands/install.py", line 331, '
        "in run\n"
        "    resolver.resolve(requirement_set)",
        "generic",
        "pip",
    ),
    # pip's traceback under its own "ERROR: Exception:" header, cut before the exception: the
    # header is pip's wrapper line, with pip's hint (it was read as a cut log before g20).
    (
        "  Getting requirements to build wheel ... done\nERROR: Exception:\n"
        "Traceback (most recent call last):\n"
        '  File "/venv/lib/python3.12/site-packages/pip/_internal/cli/base_command.py", line 180,'
        " in exc_logging_wrapper\n    status = run_func(*args)\n"
        '  File "/venv/lib/python3.12/site-packages/pip/_vendor/resolvelib/resolvers.py", line'
        " 427, in resolve\n    failure_causes = self._attempt_to_pin_criterion(name)",
        "generic",
        "pip",
    ),
    # Gradle's TaskDependencyResolveException in its stack-trace form, cut in its frames before
    # the "Caused by:" lines (round 73's 146, 148; armcha/Space-Navigation-View#118), and its
    # heading quoted in a sentence (round 73's 147).
    (
        "    * Exception is:\n"
        "    org.gradle.api.internal.tasks.TaskDependencyResolveException: Could not determine the "
        "dependencies of task ':app:compileDebugJavaWithJavac'.\n"
        "            at org.gradle.api.internal.tasks.CachingTaskDependencyResolveContext."
        "getDependencies(CachingTaskDependencyResolveContext.java:68)\n"
        "    at org.gradle.execution.plan.TaskDependencyResolver.resolveDependenciesFor("
        "TaskDependencyResolver.java:46)",
        "generic",
        "gradle",
    ),
    (
        "Gradle reports that `Could not determine the dependencies of task ':uploadAllLocal'`.",
        "generic",
        "gradle",
    ),
    # Cloud Foundry's Diego builder when the supply scripts failed, or the buildpack's compile
    # step in its own words (cloudfoundry/nodejs-buildpack#117;
    # danhigham/cloudfoundry-tmate-buildpack#5), the Node.js buildpack's line over a failed
    # install (cloudfoundry/nodejs-buildpack#196), and the cf CLI's v6 "Error restarting
    # application" (gogolok/cloudfoundry-buildpack-elixir#8, round 81's 103).
    (
        "Staging...\n-----> Download go 1.9.1\n"
        "Failed to compile droplet: Failed to run all supply scripts: exit status 60",
        "cloudfoundry",
        "",
    ),
    (
        "   2017-12-12T11:44:18.02-0800 [STG/0] OUT -----> Compiling libevent v2.0.21...\n"
        "   2017-12-12T11:44:18.06-0800 [STG/0] ERR Failed to compile droplet: Failed to compile "
        "droplet: exit status 6\n"
        "   2017-12-12T11:44:18.08-0800 [STG/0] OUT Exit status 223\n"
        "   2017-12-12T11:44:18.09-0800 [STG/0] OUT Destroying container\n"
        "   2017-12-12T11:44:18.59-0800 [STG/0] OUT Successfully destroyed container",
        "cloudfoundry",
        "",
    ),
    (" **ERROR** Unable to build dependencies: exit status 1", "cloudfoundry", ""),
    (
        "-----> Fetching Erlang 19.3\nFailed to compile droplet\nExit status 223\n"
        "Destroying container\nSuccessfully destroyed container\n\nFAILED\n"
        "Error restarting application: BuildpackCompileFailed",
        "cloudfoundry",
        "",
    ),
    # firebase-tools wrapping the error that stopped it packing Hosting's files or the functions'
    # directory: --debug or firebase-debug.log shows it (round 74's 095, firebase/firebase-tools
    # #366; firebase/functions-samples#173).
    ('"Error: There was an issue preparing Hosting files for upload."', "firebase", ""),
    (
        "i  functions: preparing functions directory for uploading...\n\n"
        "Error: Problem preparing functions directory for upload.",
        "firebase",
        "",
    ),
]
NO_GUIDANCE += [
    # pip's traceback pasted to its exception's line names the cause (rupa/epub#29).
    "s eta 0:09:56ERROR: Exception:\nTraceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.7/dist-packages/pip/_vendor/urllib3/response.py", line 438, '
    "in _error_catcher\n    yield\n"
    '  File "/usr/lib/python3.7/ssl.py", line 911, in read\n'
    "    return self._sslobj.read(len, buffer)\n"
    "socket.timeout: The read operation timed out",
    # Cloud Foundry's staging wrappers under the buildpack's own error (round 81's 061,
    # dgodd/concourse-summary#13; round 82's 095, GSA/data.gov#5947).
    "in ./libs/kemal/kemal.cr:2: while requiring \"multipart\": can't find file 'multipart' "
    "relative to '/tmp/app/libs/kemal'\nrequire \"multipart\"\n^\nFailed to compile droplet\n"
    "Exit status 223\nStaging failed: Exited with status 223\n\nFAILED\n"
    "Error restarting application: BuildpackCompileFailed",
    "   Failed to compile droplet: Failed to compile droplet: exit status 1\n"
    "   Failed to read buildpack config.yml for buildpack key "
    "https://github.com/cloudfoundry/apt-buildpack: open /tmp/contents1874444234/deps/1/"
    "config.yml: no such file or directoryExit status 223\n"
    "BuildpackCompileFailed - App staging failed in the buildpack compile phase\nFAILED",
]


# Round 84's wrapper-only pastes: the wrapper line as the tool prints it, and its general form.
GUIDED += [
    # A person's sentence that says the step crashes, quoting the runner's line (round 84's 017).
    (
        "* This crashes with `Error: Process completed with exit code 127.`: "
        "`./${BUILD_DIR}/tools/iree-compile.exe",
        "github",
        "",
    ),
    # Jenkins' sh step relays a negative status too (the process killed: round 84's 052).
    ("[Pipeline] sh\nERROR: script returned exit code -1\nFinished: FAILURE", "jenkins", ""),
    # BuildKit's plain progress line for the failed RUN step, cut in its command (round 84's 164).
    ('`#10 ERROR: process "/bin/sh -c set -eux ;   curl     --silent ...`', "generic", "docker"),
    # A build script's abort line after a build it ran failed (round 84's 087).
    ("```\n.NET 3.5 Compact Framework Build failed, aborting!\n```", "generic", ""),
    ("Build failed, aborting!", "generic", ""),
    # A script's relay of a command's exit status, the command in single quotes, under
    # xcodebuild's summary (round 84's 254).
    (
        "`The following build commands failed:\n    CompileSwift normal x86_64\n(1 failure)\n"
        "ERROR - Command 'xcodebuild clean build -scheme App -destination platform=iOS "
        "Simulator,name=iPhone 6s -destination-timeout 60' failed with error code: 65`",
        "generic",
        "xcode",
    ),
    # Flutter's heading over xcodebuild's output when that output is only its notice (round 84's
    # 251).
    (
        "Xcode build done.                                           30.7s\n"
        "Failed to build iOS app\nError output from Xcode build:\n↳\n    ** BUILD FAILED **\n",
        "generic",
        "xcode",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # MSBuild-form warnings and messages (link.exe's LNK4099, NuGet's NU1603, the SDK's
    # NETSDK1057) are set aside: a log of them is cut before its error (round 84's 211, 233, 247).
    (
        "```\nPortableRuntime.lib(gcwks.obj) : warning LNK4099: PDB 'PortableRuntime.pdb' was not "
        "found with 'PortableRuntime.lib(gcwks.obj)' or at 'D:\\bin\\PortableRuntime.pdb'; "
        "linking object as if no debug info\n"
        "main.lib(main.obj) : warning LNK4099: PDB 'main.pdb' was not found with "
        "'main.lib(main.obj)' or at 'D:\\bin\\main.pdb'; linking object as if no debug info\n```",
        "generic",
    ),
    (
        "```\n  Restore completed in 16.53 ms for /src/App/App.csproj.\n"
        "/src/App.Tests/App.Tests.csproj : warning NU1603: Castle.Core 4.0.0 depends on "
        "System.ComponentModel.TypeConverter (>= 4.0.1) but System.ComponentModel.TypeConverter "
        "4.0.1 was not found. An approximate best match of System.ComponentModel.TypeConverter "
        "4.1.0 was resolved.\n  Restore completed in 32 ms for /src/App.Tests/App.Tests.csproj.\n```",
        "generic",
    ),
    (
        "```\n  Determining projects to restore...\n  All projects are up-to-date for restore.\n"
        "C:\\Program Files\\dotnet\\sdk\\7.0.200\\Sdks\\Microsoft.NET.Sdk\\targets\\"
        "Microsoft.NET.RuntimeIdentifierInference.targets(287,5): message NETSDK1057: You are "
        "using a preview version of .NET. See: https://aka.ms/dotnet-support-policy "
        "[C:\\src\\Api\\Api.csproj]\n  Building image 'demoapi' with tags latest\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # A linker warning that names why the link failed: a library of another machine type
    # (round 84's 236).
    "       (Link target) ->\n"
    "         C:\\Program Files (x86)\\Windows Kits\\10\\Lib\\10.0.22621.0\\um\\x86\\DbgHelp.Lib : "
    "warning LNK4272: library machine type 'x86' conflicts with target machine type 'x64' "
    "[C:\\src\\fbec.vcxproj]\n",
    # Flutter's heading over xcodebuild's own messages: they are read (round 16's 112).
    "Failed to build iOS app\nError output from Xcode build:\n↳\n"
    "    objc[36473]: Class AMSupportURLSession is implemented in both ?? (0x1ff69e7f0) and ?? "
    "(0x1176ac308). One of the two will be used. Which one is undefined.\n",
]


GUIDED += [
    # An installer's line naming what it did and with which tool, no detail (round 84's 104).
    (
        "ERROR: Error while trying to download Jupyter-PHP dependencies with Composer.",
        "generic",
        "",
    ),
    # git's progress on stderr, reported as an error by the task that ran it (round 84's 205).
    (
        "\"2019-11-28T18:31:12.0534537Z ##[error]Error: Cloning into 'C:\\agent\\_work\\r1\\a\\repo'"
        '..."',
        "github-azure",
        "",
    ),
    # A logger's time since its previous line is cut; Xcode's archive is a build; xcodebuild's
    # "--- xcodebuild: WARNING" is no Buildkite section (round 84's 252).
    (
        "```\n• building for iOS Simulator +52ms\n• ERROR: failed to archive project +43957ms\n"
        "• Command line invocation:\n    /Applications/Xcode.app/Contents/Developer/usr/bin/"
        "xcodebuild build -configuration Debug -scheme app\n\n"
        "--- xcodebuild: WARNING: Using the first of multiple matching destinations:\n"
        "{ platform:iOS, id:dvtdevice-DVTiPhonePlaceholder-iphoneos:placeholder, name:Any iOS "
        "Device }\n```",
        "generic",
        "",
    ),
    # link.exe's notes on incremental LTCG name no cause; Ninja's FAILED line is the wrapper
    # (round 84's 235).
    (
        "```shell\nPrevious IPDB not found, fall back to full compilation.\n"
        "All 999 functions were compiled because no usable IPDB/IOBJ from previous compilation "
        "was found.\nFinished generating code\n"
        "[37/54] Linking CXX shared library src\\benchmark_main.dll\n"
        "FAILED: src/benchmark_main.dll src/benchmark_main.lib\n"
        'cmd.exe /C "cd . && "C:\\Program Files\\CMake\\bin\\cmake.exe" -E vs_link_dll\n```',
        "generic",
        "ninja",
    ),
]
CUT_BEFORE_THE_ERROR += [
    # logrus at its warning level behind the process a platform names (round 84's 214).
    (
        "```\n"
        + '2016-07-20T16:14:16Z web:20160719172302/e4802502381e time="2016-07-20T16:14:16Z" '
        'level=warning msg="net/http.serverHandler.ServeHTTP(0xc820243980, 0xc8204a81c0)" '
        "at=build.create id=191922278 line=38 ns=kernel state=error\n" * 3 + "```",
        "generic",
    ),
    # Xcode's DVTAssertions warnings, their Details included (round 84's 253).
    (
        "[Xcode] 2019-04-16 18:59:05.198 xcodebuild[2194:82274] [MT] DVTAssertions: Warning in "
        "/Library/Caches/com.apple.xbs/Sources/DVTiOSFrameworks/DVTiOSFrameworks-14090/"
        "IDEiOSSupportCore/DVTiPhoneSimulatorLocator.m:255\n"
        "[Xcode] Details:  Simulator device <DVTiPhoneSimulator: 0x7fae77b19dd0> {\n"
        "[Xcode] \t\tSimDevice: iPhone XR (E76FFF68-1B3E-49D3-894B-FA2B64779BE8, iOS 12.1, Booted)\n"
        "[Xcode] } was not supported by any known simulator system roots\n"
        "[Xcode] Object:   <DVTiPhoneSimulatorLocator: 0x7fae7769d3b0>\n"
        "[Xcode] Method:   -matchDevice:againstOptions:genericOnly:allowAliases:\n"
        "[Xcode] Thread:   <NSThread: 0x7fae74c17dc0>{number = 1, name = main}\n"
        "[Xcode] Please file a bug at http://bugreport.apple.com with this warning message and "
        "any useful information you can provide.\n",
        "generic",
    ),
    # dazzle's probe for the layer's image before it builds it, then the build cut (round 84's
    # 149).
    (
        '```\n step 05  building addon image                        name="lang-go"\n'
        "              image not built yet                         error=Error response from "
        "daemon: manifest for gitpod/dazzle-wsfull-build:build-1d486dab not found\n"
        "              Step 1/9 : FROM gitpod/dazzle-wsfull-build:base-29b3e9b9\n"
        "               ---> bed4c4b46d59\n              Step 2/9 : USER gitpod\n"
        "               ---> Running in 867afaa25633\n```",
        "generic",
    ),
]
NO_GUIDANCE += [
    # An installer's own exit code under Packer's wrapper (round 84's 046).
    "    vhd: Starting Install Votive2019.vsix...\n"
    "    vhd: Unsuccessful exit code returned by the installation process: 2003.\n"
    "==> vhd: Provisioning step had errors: Running the cleanup provisioner, if present...",
    # The legacy builder's refusal of a Dockerfile with no FROM first (round 84's 197).
    "$ docker build -t joel/yubikey-serv:0.1 .\nSending build context to Docker daemon 120.8 kB\n"
    "Step 1 : ENV KEYS_AMOUNT = 10\nPlease provide a source image with `from` prior to commit",
    # A relay's DEBUG level before every line of a test run: the lines are read (round 84's 032).
    "Relevant detail:\n[...]\n"
    + "DEBUG: PASS: tests/unit/test_nvtable\n" * 4
    + "DEBUG: FAIL: modules/basicfuncs/tests/test_basicfuncs\n"
    'DEBUG: ./test-driver: line 107: 10914 Aborted                 (core dumped) "$@" > '
    "$log_file 2>&1\n" + "DEBUG: PASS: tests/unit/test_template\n" * 3,
    # A release gate that found no run for the commit (round 84's 089).
    "```\nNo successful ci.yml run found for c6bc42aa33ece1838b8efef1b5b042682a8da14b.\n"
    "Wait for CI on main to pass, then push the tag.\n```",
]


GUIDED += [
    # Symfony's console wraps Process's "The command ... failed." at its width; Composer's note
    # on a deprecated option is a warning (round 84's 122).
    (
        "Error Output:\n================\nIn Client.php line 103:\n\n"
        '  The command "cd /var/www/laravel/releases/95 && /usr/bin/php /var/www/larav  \n'
        "  el/releases/95/composer.phar install --verbose --prefer-dist --no-progress   \n"
        '  --no-interaction --no-dev --optimize-autoloader --no-suggest" failed.        \n\n'
        "  Exit Code: 1 (General error)\n\n  Host Name: deploy.example.com\n\n"
        "  ================\n"
        '  You are using the deprecated option "--no-suggest". It has no effect and wi  \n'
        "  ll break in Composer 3.\n  Installing dependencies from lock file\n",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # A heading that says only that something failed, over the tool's message in words
    # (auditwheel's; round 84's 023).
    "```\nRepairing wheels failed:\n\ndulwich-0.20.20-cp36-cp36m-linux_x86_64.whl is consistent "
    'with the\nfollowing platform tag: "linux_aarch64".\n```',
    # The tool's question about what it could not build, right below its notice (dex's; round
    # 84's 196).
    "```\n$ dex run --build badevops/cop\n* building badevops/cop images...\n"
    "unable to build dex/v1/cop:latest\nis cop:latest provided by a source?\n"
    "$ dex run --build cop\n* building */cop images...\n- building dex/v1/cop:latest\n"
    "Sending build context to Docker daemon 8.704 kB\n```",
    # A DVTAssertions warning cut before its plea is read: its Details may be what broke (round
    # 37's 158).
    "```\n2015-08-06 07:25:16.647 xcodebuild[892:4242]  DVTAssertions: Warning in "
    "/SourceCache/IDEXcode3ProjectSupport/Xcode3Core/LegacyProjects/Frameworks/DevToolsCore\n"
    "Details:  Failed to load dependencies output contents from ``/Users/distiller/Library/"
    "Developer/Xcode/DerivedData/Demo/Build/Intermediates/Pods.build/RxSwift.build/Zip.d``.\n"
    '    NSUnderlyingError = "Error Domain=NSPOSIXErrorDomain Code=2 \\"No such file or '
    'directory\\""\n```',
]
NO_GUIDANCE += [
    # A diff's added lines ("+" and their own indent) are read as what they add, not as a shell's
    # trace: an RSpec failure in the output a spec expects (round 84's 132).
    " ```ruby\n       +  1) 2\n       +     Failure/Error: raise 'AppMod failure'\n       +\n"
    "       +     RuntimeError:\n       +       AppMod failure\n"
    "       +     # ./app/app_mod.rb:4:in 'trigger_failure'\n",
]
GUIDED += [
    # A shell's trace is still one: "+ command", then the wrapper line.
    ("+ make test\nmake: *** [Makefile:3: test] Error 1", "generic", "make"),
]
NO_GUIDANCE += [
    # A state polled over and over at the paste's end: what the step waited on (Packer's
    # sysprep wait; round 84's 048).
    "==> vhd: Provisioning with powershell script: /tmp/powershell-provisioner867035536\n"
    "    vhd: IMAGE_STATE_COMPLETE\n" + "    vhd: IMAGE_STATE_UNDEPLOYABLE\n" * 7,
]
CUT_BEFORE_THE_ERROR += [
    # A progress line repeated is no state: the log is cut while the step goes on.
    ("```\n" + "Waiting for the build to finish...\n" * 6 + "```", "generic"),
]
GUIDED += [
    # An error message a console wrapped at its width inside its path, read as one line:
    # electron-builder's "<exe> exited with code 1" (rounds 68's 050 and 82's 055).
    (
        "> Error: C:\\Users\\dev\\app\\node_modules\n"
        "> \\app-builder-bin\\win\\x64\\app-builder.exe exited with code 1\n"
        ">     at ChildProcess.childProcess.once.code (C:\\Users\\dev\\app\\node_modules\\"
        "builder-util\\src\\util.ts:244:14)\n"
        ">     at Object.onceWrapper (events.js:317:30)",
        "generic",
        "",
    ),
    (
        "```\nError: D:\\Home\\app\\node_modules\\app-builder-bin\\win\\ia\n"
        "32\\app-builder.exe exited with code 1\n```",
        "generic",
        "",
    ),
]
NO_GUIDANCE += [
    # The same wrap over a message that names its cause is read as that message.
    "```\nError: C:\\Users\\dev\\app\\node_modules\n"
    "\\ffi-napi\\build\\ffi_bindings.node is not a valid Win32 application.\n```",
    # R CMD check's verdict that a check failed, over what it found: the cause, in its words
    # (rounds 80's 065 and 068).
    "```\n* checking top-level files ... WARNING\n"
    "A complete check needs the 'checkbashisms' script\n```",
    "```\n* checking DESCRIPTION meta-information ... WARNING\n"
    "Dependence on R version '3.3.3' not with patchlevel 0\n```",
]
CUT_BEFORE_THE_ERROR += [
    # R CMD check's checks that passed are a log cut before its failure; so is autoconf's check
    # (no "* " before it) over a line in words.
    (
        "```\n* checking top-level files ... OK\n* checking for left-over files ... OK\n"
        "* checking index information ... OK\n```",
        "generic",
    ),
    ("```\nchecking for gcc... WARNING\nA complete check needs the script\n```", "generic"),
]


def test_a_path_cut_by_a_wrap_is_joined_only_to_the_rest_of_a_path() -> None:
    # The line below must go on with the path (a separator before its first space): words
    # below an error that is a path are not its rest.
    found = _guidance("```\nError: C:\\Users\\dev\\app\\node_modules\nsee the log above\n```")
    assert found is None or "see the log" not in found[2]
    lines = ["Error: /home/dev/app/node_modules", "/x/y.so exited with code 1"]
    wrapper = find_guidance(lines, "\n".join(lines))
    assert (
        wrapper is not None
        and wrapper.line == "Error: /home/dev/app/node_modules/x/y.so exited with code 1"
    )


NO_GUIDANCE += [
    # A step's output right below its inputs, not indented as they are, is its output: a cause
    # (round 73's 211).
    "```\nRun cp --parents ./**/target/*-reports/*.xml unit/\n"
    "  cp --parents ./**/target/*-reports/*.xml unit/\n  shell: /usr/bin/bash -e {0}\n"
    "  env:\n    JAVA_HOME: /opt/hostedtoolcache/Java/8/x64\n"
    "cp: failed to get attributes of './**': No such file or directory\n"
    "Error: Process completed with exit code 1.\n```",
    # An error's label alone, over its message: the message, whatever its words (rounds 44's
    # 039 and 81's 012).
    "Error:\n```\nSomething went wrong while creating your site on Netlify.\n```",
    "```\nError:\nModuleNot found: tests.conftest\n```",
]
GUIDED += [
    # An input indented below "env:" is still an input, whatever its words.
    (
        "```\nRun make build\n  make build\n  shell: /usr/bin/bash -e {0}\n  env:\n"
        "    JAVA_HOME: /opt/hostedtoolcache/Java/8/x64\n    BUILD_ERROR: failed to build\n"
        "Error: Process completed with exit code 1.\n```",
        "github",
        "",
    ),
    # A wrapper line under the label is read as one, and a label at the paste's end labels
    # nothing.
    ("```\nError:\nError: Process completed with exit code 1.\n```", "github", ""),
    ("```\nnpm ERR! code ELIFECYCLE\nError:\n```", "generic", "npm"),
]
GUIDED += [
    # The label over its message's first letters at the paste's end: the paste is cut before
    # the message (Minitest's report; round 54's 089).
    ("```\nRun options: --seed 45381\n# Running:\n.....E\nError:\nPar\n```", "generic", ""),
]
GUIDED += [
    # Inputs after a timestamp the cleaning cuts: their indentation as pasted tells nothing, and
    # they are still inputs (round 10's 048).
    (
        "2023-09-22T05:07:17.4341399Z ##[group]Run shivammathur/setup-php@v2\n"
        "2023-09-22T05:07:17.4341700Z with:\n"
        "2023-09-22T05:07:17.4341891Z   php-version: 8.4\n"
        "2023-09-22T05:07:17.4342207Z   ini-values: error_reporting=-1, log_errors_max_len=0\n"
        "2023-09-22T05:07:17.4342988Z   tools: none\n"
        "2023-09-22T05:07:18.1234567Z ##[error]Process completed with exit code 1.",
        "github",
        "",
    ),
]
NO_GUIDANCE += [
    # The exception's message in words under Gradle's headline: the cause, whatever its words
    # (rounds 45's 157, 52's 191, 63's 220, 77's 224).
    "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
    "A problem occurred configuring project ':navit:android'.\n> NDK not configured.\n"
    "  Download it with SDK manager.\n",
    "* What went wrong:\nExecution failed for task ':app:buildGplayReleasePreBundle'.\n"
    "> Sequence contains more than one matching element.\n\n* Try:\n"
    "Run with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 12s",
]
GUIDED += [
    # Below the headline, a message that only says tests failed, a class's name alone, or an
    # exit status alone names no cause (rounds 34's 177, 41's 169, 49's 004).
    (
        "* What went wrong:\nExecution failed for task ':baseTest'.\n"
        "> At least one test failed (see log).\n\nBUILD FAILED in 1m",
        "generic",
        "gradle",
    ),
    (
        "* What went wrong:\nExecution failed for task ':app:x'.\n"
        "> kotlin.jvm.functions.Function1\n\nBUILD FAILED in 3s",
        "generic",
        "gradle",
    ),
    (
        "* What went wrong:\nExecution failed for task ':frontend:buildFe'.\n"
        "> Process 'command '/opt/yarn'' finished with non-zero exit value 1\n\n"
        "BUILD FAILED in 3s",
        "generic",
        "gradle",
    ),
]
