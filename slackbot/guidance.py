"""Pastes that show no cause: wrapper lines, generic failure notices, logs cut too early.

A paste that shows only ``Process completed with exit code 1`` (or ``ERROR: Job failed``,
``npm ERR! code ELIFECYCLE``, ``Deploy failed``, ``** BUILD FAILED **``…), or a log cut
before its error, cannot be diagnosed: the cause is elsewhere in the log. :func:`find_guidance`
recognises such a paste and the system it comes from, so the answer can say where that
system keeps the full log and what to paste instead.

Every pattern is RE2 and runs on cleaned lines (timestamps and ``##[error]`` prefixes
already stripped).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import re2

from slackbot.compiled import read_cached, write_cached
from slackbot.pattern_set import PatternSet, Words, required_words

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.never_nl = True
#: For the patterns of thousands of characters that judge every line (a cause, no cause, a
#: log's line): within RE2's default 8 MB their automaton's states were thrown away and
#: rebuilt all the time (_NOT_A_CAUSE took 130 µs a line, 12 µs with room; about 14 MB).
_BIG_OPTIONS = re2.Options()
_BIG_OPTIONS.log_errors = False
_BIG_OPTIONS.never_nl = True
_BIG_OPTIONS.max_mem = 64 << 20

NOTICE = "notice"

#: (tool or system, pattern) for the lines a CI system or build tool prints around a
#: failure. The name says where the full log is, or which tool's output to look above.
WRAPPERS: tuple[tuple[str, str], ...] = (
    # === CI systems: each keeps the job's full log on its own page ===
    # --- GitHub Actions ---
    ("github", r"^(?:Error: )?Process completed with exit code \d+\.?$"),
    # "null" when the process was killed by a signal (@actions/exec).
    # (A workflow command may follow a progress line that ended without a newline.)
    (
        "github",
        r"(?:^(?:Error: )?|::error::)The process '[^'\n]+' failed with exit code (?:-?\d+|null)$",
    ),
    ("github", r"^(?:Error: )?The operation was canceled\.$"),
    # A self-hosted runner's console (run.sh), after its timestamp: the job's log has the cause.
    ("github", r"^:? ?Job \S[^\n]* completed with result: (?:Failed|Canceled)$"),
    # CodeQL's analyze step relaying the CLI's exit code.
    (
        "github",
        r"(?:CodeQLAnalysisError: )?Error running analysis for [\w-]+: Error: The process "
        r"'[^'\n]+' failed with "
        r"exit code -?\d+$",
    ),
    # ARC's Kubernetes container hook relaying a failed command (before GitLab's wording).
    ("github", r"failed to run script step: command terminated with non-zero exit code\b"),
    # An action relaying @actions/exec's error for the tool it ran.
    (
        "github",
        r"^(?:Error: )?[\w.-]+/[\w.-]+ failed with: The process '[^'\n]+' failed with "
        r"exit code -?\d+$",
    ),
    ("github", r"Executing the custom container implementation failed"),
    # google-github-actions: gcloud failed; its own error is in the step log below.
    (
        "github",
        r"^(?:Error: )?(?:google-github-actions/[\w-]+ failed with: )?"
        r"failed to execute gcloud command `[^`\n]*`:?",
    ),
    # lukka's run-cmake and run-vcpkg: the tool's exit code, then the action's summary of it.
    ("github", r"\bfailed with error code:? '-?\d+'\.?"),
    ("github", r"^(?:Error: )?[\w-]+ action execution failed: "),
    # A row of `gh run list`.
    ("github", r"^completed\s+failure\s+\S"),
    # The runner's process wrapper cut inside its path by the paste.
    ("github", r"^(?:Error: )?The process '[^'\n]+$"),
    # GitHub's e-mail on a failed run: its jobs below, each with its annotations' count.
    ("github", r"^Run failed for \S+ \([0-9a-f]{7,40}\)$"),
    ("github", r"^(?:\* )?[^\n]{1,120} failed \(\d+ annotations?\)$"),
    # A job's line in GitHub's notification e-mail.
    ("github", r"^Failed in \d+ (?:seconds?|minutes?)(?: and \d+ seconds?)?$"),
    # GitHub's list of checks on a pull request.
    (NOTICE, r"(?i)^[^\n]{1,80} Failing after \d+[smh]\b"),
    # --- nektos/act (GitHub Actions run locally) ---
    # nektos/act runs a workflow locally; its step lines hold the output.
    ("act", r"^(?:Error: )?exit with `FAILURE`: \d+$"),
    ("act", r"exitcode '\d+': failure$"),
    ("act", r"^\[[^\]\n]+\] +❌ +Failure - "),
    # --- GitLab CI ---
    ("gitlab", r"Job failed: (?:command terminated with )?exit code \d+"),
    ("gitlab", r"command terminated with (?:non-zero )?exit code"),
    # gitlab-ci-local's job summary (jest's FAIL lines name a file, with its extension; go
    # test's, a package and its time).
    (NOTICE, r"^FAIL +[A-Za-z][\w:-]*$"),
    # GitLab's notice of a failed job (e-mail, chat), the job's number linked in Markdown.
    ("gitlab", r"^Job \[?#\d+\]?(?:\([^)\s]+\))? failed for [0-9a-f]{7,40}:?$"),
    # --- Jenkins ---
    # Jenkins core when a build step's command fails; the Ansible plugin's AbortException.
    ("jenkins", r"^(?:FATAL|ERROR): command execution failed\.?$"),
    (
        "jenkins",
        r"^(?:ERROR: |FATAL: |hudson\.AbortException: )?Ansible playbook execution failed\.?$",
    ),
    (
        "jenkins",
        r"^(?:ERROR: |hudson\.AbortException: |Execution error: )?script returned exit code \d+$",
    ),
    ("jenkins", r"^Build step '[^'\n]+' marked build as failure$"),
    # A post-build step that failed the build (the publisher's own lines are above; round 31).
    ("jenkins", r"^Build step '[^'\n]+' changed build result to FAILURE$"),
    ("jenkins", r"^Finished: (?:FAILURE|UNSTABLE|ABORTED)$"),
    # A parallel branch's end: the branch's own lines above it hold the error.
    ("jenkins", r"^(?:\[[^\]\n]+\] )?Failed in branch [^\n]+$"),
    # A pipeline's build step relaying a downstream job's result: that job's log has it.
    (
        "jenkins",
        r"(?:^|: )Propagating downstream job result: \S+, Result: (?:FAILURE|UNSTABLE|ABORTED)\b",
    ),
    # The Parameterized Trigger plugin relaying a downstream build's result.
    ("jenkins", r"^\S+ #\d+ completed\. Result was (?:FAILURE|UNSTABLE|ABORTED)$"),
    # The GitHub pull request builder setting the commit's status.
    ("jenkins", r"^Setting status of [0-9a-f]{7,40} to (?:FAILURE|ERROR) with url "),
    # The status OpenShift's Jenkins posts on a pull request, as a mail reply quotes it
    # ("continuous-integration/openshift-jenkins/merge FAILURE (" and the job's URL below).
    ("jenkins", r"^continuous-integration/[\w.-]+(?:/[\w.-]+)* FAILURE(?: \([^\n]*)?$"),
    # The superCI bot's comment: a status and a return code, the log behind its link.
    ("jenkins", r"^Status: failure, return code = (?:__)?\d+(?:__)?$"),
    # The build log excerpt a Jenkins mail or pull-request comment carries (its HTML heading
    # and the ${BUILD_LOG} token's "[...truncated N lines...]"), flattened onto one line: what
    # follows on that line is the log's end, judged as any text is (rounds 11, 27, 34, 53).
    (
        "jenkins",
        r"<h2>Build result: (?:FAILURE|UNSTABLE|ABORTED)</span></h2>"
        r"(?:\[\.\.\.truncated [\w. ]{1,20}\.\.\.\])?",
    ),
    # The Build Failure Analyzer when none of its causes matched.
    ("jenkins", r"^\.*\[BFA\] No failure causes found$"),  # after a test run's dots
    # The stage status a pipeline's bot posts.
    (
        "jenkins",
        r"^(?:\w+ )?[Ss]tage [^\n]{1,80} completed with status (?:FAILURE|UNSTABLE)\.?(?:\s|$)",
    ),
    # Elastic's Jenkins bot listing a build's failed steps: "Error signal" is the name of the
    # pipeline's error step, its description the message the pipeline gave it ("<job> tests
    # failed : hudson.AbortException: script returned exit code 1"); the log behind its link
    # has the cause. (The bot's HTML closes its list items with "</l1>".)
    ("jenkins", r"^(?:#{1,6} )?(?:\*\*Name\*\*: )?`Error signal`$"),
    (
        "jenkins",
        r"^(?:<li>)?Description: (?:<code>)?[\w.:#/-]+ tests faile(?:d(?: : hudson\."
        r"AbortException: script returned exit code \d+)?)?(?:</code></l1>)?$",
    ),
    # stakater's Jenkins bot commenting on a failed build.
    (NOTICE, r"Yikes! You better fix it before anyone else finds out![^\n]*$"),
    # --- Azure Pipelines ---
    ("azure", r"^(?:Bash|Cmd\.exe|PowerShell|pwsh) exited with code '-?\d+'\.?$"),
    ("azure", r"(?:^| )\S+ failed with (?:return|exit) code:? ?-?\d+"),
    ("azure", r"^\S+ failed with error: "),
    # The agent's note that a task's own process (node, powershell) exited non-zero.
    ("azure", r"^Exit code -?\d+ returned from process: file name '"),
    # DotNetCoreCLI@2's summary; the project paths after it name no cause.
    (
        "azure",
        r"^(?:Error: )?Dotnet command failed with non-zero exit code on the following "
        r"projects\b.*$",
    ),
    # DotNetCoreCLI@2 when the command failed before naming projects (round 25).
    ("azure", r"^(?:Error: )?Dotnet command failed with non-zero exit code: -?\d+\.?$"),
    # NuGetCommand's last line: NuGet's own errors are above it.
    ("azure", r"^Packages failed to restore$"),
    # The MSBuild and VSBuild tasks' summary of the process they ran.
    ("azure", r"^Process '[^'\n]+' exited with code '-?\d+'\.?$"),
    # azure-pipelines-task-lib's ToolRunner when the tool it ran failed: its output is above.
    ("shell", r"^(?:Error: )?\S+ failed with (?:return|exit) code: (?:-?\d+|null)$"),
    # The Azure DevOps Demo Generator's failed provisioning (its log follows).
    (NOTICE, r"^The log below will provide you insights into why the provisioning failed\."),
    # --- CircleCI ---
    ("circleci", r"^\"?Exited with (?:code|status) (?:exit status )?\d+"),
    # A pull request's list of checks: the CI system's own page has the log.
    (NOTICE, r"(?i)\bYour tests failed on CircleCI$"),
    # --- Travis CI ---
    # "... failed and exited with 1 during ." (the stage name may be empty). A command in
    # single quotes is Symfony's Process quoting it (below), not Travis.
    (
        "travis",
        r"^_?The command \"[^'\n][^\n]*\" (?:(?:exited|failed and exited) with \d+|failed\._?$|"
        r"failed\. Retrying, \d+ of \d+\.$)"
        r"(?: during [\w ]{0,40})?\.{0,3}$",
    ),
    ("travis", r"^Done\. Your build exited with \d+\.$"),
    # dpl 2 when the deploy script exited non-zero (it prints its status struct, not the
    # script's output).
    ("shell", r"^Script failed with status #<struct Dpl::"),
    # --- Netlify ---
    (
        "netlify",
        r"(?:^|: )(?:Build script returned non-zero exit code: \d+|\"?build\.command\"? failed)",
    ),
    # Netlify's plugin error block: its header, and where the error was raised.
    (
        "netlify",
        r'^(?:Plugin "[^"\n]+" failed|In "on\w{1,30}" event in "[^"\n]+" from '
        r"[^\n]+)$",
    ),
    # Netlify's build summary: the stage that failed, not why.
    (
        "netlify",
        r"(?:^|: )(?:Failing build: Failed to build site|[Ff]ailed during stage '[^'\n]+':)",
    ),
    # Netlify's deploy list copied as one line: the deploy's state and its time around the
    # summary ("Production failed: <summary>: Today at 12:43 pm"; round 51).
    (
        "netlify",
        r"^(?:Production|Deploy Preview(?: #?\d+)?|Branch deploy)(?:: [^\s:]+)? failed(?:: |$)|"
        r": (?:Today|Yesterday) at \d{1,2}:\d\d ?[AaPp][Mm]$",
    ),
    # Netlify's deploy-preview check as GitHub shows it.
    (
        NOTICE,
        r"(?i)\b(?:deploy/netlify|[\w.-]+/[\w.-]+/deploy-preview)\b[^\n]* "
        r"Deploy Preview (?:failed|cancell?ed)\b",
    ),
    # --- Vercel ---
    ("vercel", r"^(?:Error: |BUILD_UTILS_SPAWN_\d+: )?Command \"[^\"\n]+\" exited with \d+$"),
    # The Vercel CLI's own summary and its pointer to the build logs.
    # (Before 2020 the CLI was `now`; it listed each build with its state and time.)
    (
        "vercel",
        r"^Error! (?:Build failed|Check your logs at \S+ or run `(?:vercel|now) logs [^`\n]+`\.?)$",
    ),
    ("vercel", r"^\S+ Error \[\d+(?:\.\d+)?m?s\]$"),
    # The `now` CLI (2017) when the deployment's npm script failed: its output is in the build log.
    ("vercel", r"^(?:Error: )?`npm run-script [\w:-]+` failed for \S+@\S+ \(exit code \d+\)$"),
    # --- GitHub Pages ---
    # The Jekyll build of GitHub Pages (jekyll-build-pages) puts its whole debug log in one
    # error annotation, its lines squashed onto one: what follows the heading is judged as any
    # text is, and Jekyll's own error, when the paste has it, is a cause (rounds 12, 21).
    ("github-pages", r"^(?:Error: +)?Logging at level: debug(?: |$)"),
    # --- TeamCity ---
    (
        "teamcity",
        r"^(?:> ?)?Process (?:finished|exited) with (?:positive |non-zero )?exit code"
        r"(?: -?\d+ \(some tests have failed\)\.)?",
    ),
    # A quality gate that failed (TeamCity's): its report is on the page it names.
    (NOTICE, r"^Quality gate failed\. See \S+ to get full insight\.$"),
    # --- AWS Amplify ---
    ("amplify", r"^!+ ?(?:Build failed|Non-Zero Exit Code detected)"),
    # --- AWS CodeBuild ---
    # CodeBuild's phase summary: the buildspec command and its exit status.
    (
        "codebuild",
        r"(?:COMMAND_EXECUTION_ERROR:? (?:Message: )?)?Error while executing command: "
        r"[^\n]+\. Reason: exit status \d+\}?$",
    ),
    (
        "codebuild",
        r"^(?:\[Container\] [\d/]{10} [\d:]{8}(?:\.\d+)? )?(?:Command did not exit successfully "
        r"[^\n]+ exit status \d+|Phase complete: \w+ State: FAILED)$",
    ),
    # --- AWS CloudFormation (the AWS CLI, the SAM CLI, the CDK) ---
    # A stack that failed to create or update says only that, or which resources failed: each
    # resource's own failed event (or a nested stack's events) holds the reason (rounds 21, 41).
    # `aws cloudformation deploy` and `sam deploy`, over the command that lists the events.
    ("cloudformation", r"^Failed to create/update the stack\. Run the following command$"),
    ("cloudformation", r"^to fetch the list of events leading up to the failure$"),
    # The CDK when a new stack rolled back.
    (
        "cloudformation",
        r"^(?:❌ +\S+ failed: (?:Error: )?)?The stack named \S+ failed creation, it may need to "
        r"be manually deleted from the AWS console: [A-Z_]+$",
    ),
    # The stack's own event (in the console's table or describe-stack-events' JSON), a nested
    # stack's as its parent reports it.
    (
        "cloudformation",
        r"(?:Embedded stack \S+ was not successfully created: )?The following resource\(s\) "
        r"failed to (?:create|update|delete): \[[\w, ]*\]\.(?: \.)?(?: Rollback requested by "
        r"user\.)?",
    ),
    # --- Prow ---
    # Prow's bootstrap/scenario runner, at the end of the job's build log.
    ("prow", r"Finished run, return code is [1-9]\d*$"),
    # Prow's (and Jenkins X Lighthouse's) comment on a pull request: a table of the failed
    # jobs and their links follows, the errors are in the jobs' logs.
    (
        "prow",
        r"^@[\w-]+: The following tests? (?:\*\*)?failed(?:\*\*)?, say `/retest` to rerun "
        r"(?:them all|all failed tests)(?: or `/retest-required` to rerun all mandatory failed "
        r"tests)?:$",
    ),
    # Prow's image builder relaying gcloud's exit status.
    ("shell", r"Failed to run some build jobs: \[error running \[[^\n]*$"),
    # --- Bitrise ---
    # Bitrise's step summary table: "| x | <step> (exit code: 1) | 2.1 sec |", or with an
    # emoji for the mark (round 34).
    ("bitrise", r"^\| (?:x|\x{1F6AB}) +\| [^|\n]+ \(exit code: \d+\) *\|"),
    # A Bitrise step's command error (round 34); its own output is above it.
    ("bitrise", r"^Command failed, error: exit status \d+$"),
    ("bitrise", r"^[\w-]+@[\d.]{1,20} \(exit code: \d+\)\s*$"),
    # --- Google Cloud Build ---
    # Cloud Build's line for a step that failed; `gcloud builds list`: build id first, status
    # last.
    (
        "cloudbuild",
        r'^(?:ERROR: |BUILD FAILURE: Build step failure: )?build step \d+ "[^"\n]+" failed: '
        r"step exited with non-zero status: -?\d+$",
    ),
    (
        "cloudbuild",
        r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12} .*"
        r" (?:FAILURE|INTERNAL_ERROR|TIMEOUT|EXPIRED)$",
    ),
    # --- Heroku ---
    # Heroku's slug compiler when the buildpack's bin/compile failed: its output is above.
    # ("!Push rejected", with no space after the "!".)
    ("heroku", r"^(?:remote:\s+)?!?\s*Push rejected, failed to compile \S[^\n]* app\.?$"),
    ("heroku", r"Slug compilation failed: failed to compile \S[^\n]* app\.?$"),
    ("heroku", r"^(?:remote:\s+)?!\s+Push failed$"),
    # The "Deploy to Heroku" button's build: the build log it links to has the cause.
    (
        "heroku",
        r"^There was an issue building your app\. This can mean your app\.json's project"
        r"(?: is not a valid Heroku application\.)?",
    ),
    # The Ruby buildpack when rake assets:precompile failed (rake's output is above).
    ("heroku", r"^(?:remote:\s+)?!?\s*Precompiling assets failed\.?$"),
    # herokuish's (Dokku's) summary of a failed app build.
    ("heroku", r"^(?:remote:\s+)?!\s+Failure during app build$"),
    # --- Buildkite ---
    # The Buildkite agent's summary of a failed command step.
    ("buildkite", r"^(?:🚨 )?Command failed in (?:\d+h)?(?:\d+m)?[\d.]+m?s$"),
    # The agent's initial command that failed: the job's log has its output.
    (NOTICE, r"Initial command failed: Job failed with code \d+$"),
    # --- Fly.io ---
    # flyctl's V1 deployment monitor over an instance that failed (its logs have the cause).
    ("fly", r"^\d+ desired, \d+ placed, \d+ healthy, [1-9]\d* unhealthy\b"),
    ("fly", r"^Failed Instances$"),
    # --- AppVeyor ---
    # AppVeyor's note that a command threw with no message after it (with one, the message is
    # what PowerShell took for the error: a cause).
    ("appveyor", r"^Command executed with exception: ?$"),
    # AppVeyor's comment on a pull request when its build failed: the build's log behind the link
    # has the cause (round 58's 069).
    (
        "appveyor",
        r"^(?::x: )?\[Build [^\]\n]{1,200} failed\]\(https://ci\.appveyor\.com/[^)\s]+\)",
    ),
    # --- Drone, Woodpecker ---
    # drone-runner-kube reports every failed step this way; the step's log has the cause.
    (
        NOTICE,
        r"^step-failure: kubernetes has failed: container failed to start: id=\S+ "
        r"exitcode=[1-9]\d* reason=Error\b",
    ),
    # Woodpecker's agent on a failed workflow.
    (NOTICE, r"desc = workflow finished with error\b"),
    # ocaml-ci's (OCurrent's) job status when a command it ran exited non-zero, the command's
    # arguments perhaps wrapped onto the next lines; the job's log has the command's output
    # (rounds 13, 28).
    (
        NOTICE,
        r"^(?:x |❌ )?\(analysis\) \(failed: Command (?:\"[^\"\n]*\" ?)+"
        r"(?:exited with status \d+\))?$",
    ),
    (NOTICE, r"^(?:\"[^\"\n]*\" ?)+exited with status \d+\)$"),
    # ownCloud's Drone pipelines (.drone.star) commenting on a pull request when an acceptance
    # test pipeline failed early; the stage's log behind the link has the cause (rounds 37, 50).
    (
        NOTICE,
        r"^(?::boom: )?(?:Acceptance tests pipeline <strong>[^<\n]{1,200}</strong>|"
        r"The acceptance tests pipeline) failed\. The build has been cancelled\.$",
    ),
    # --- Coolify ---
    # Coolify's deployment job when it failed: the exception's message follows it in the
    # deployment's log (round 57's 133).
    (NOTICE, r"Oops something is not okay, are you okay\?(?: 😢)?$"),
    # === JavaScript package managers and tools ===
    # --- pnpm ---
    ("pnpm", r"ERR_PNPM_(?:RECURSIVE_RUN_FIRST_FAIL|RECURSIVE_EXEC_FIRST_FAIL)\b"),
    # pnpm's own ELIFECYCLE line (before npm's pattern for it).
    ("pnpm", r"ELIFECYCLE\s+(?:Command|Test) failed with exit code \d+\.?$"),
    # --- npm ---
    # npm's own lines, and the same lines in npm-debug.log (a line number and the level).
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) code ELIFECYCLE$"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) errno -?\d+$"),
    # npm 7 and later: the exit code of a failed lifecycle command (npm 10 spells its level
    # "error"; round 59's 123).
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) code \d+$"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) [^\n]+: `[^`\n]+`$"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) Exit status \d+$"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) Failed at the \S+ \S+ script"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) This is probably not a problem with npm"),
    (
        "npm",
        r"^(?:npm (?:ERR!|error)|\d+ error) (?:Lifecycle script `[^`\n]+` failed with error"
        r"|command failed|command (?:\S*[/\\])?(?:sh|bash|cmd\.exe) )",
    ),
    (
        "npm",
        r"^(?:npm (?:ERR!|error) |\d+ error )?Tell the author that this fails on your system:$",
    ),
    # npm's debug log (npm-debug.log): the lifecycle script that failed, not why.
    ("npm", r"^\d+ (?:info|error) (?:lifecycle )?\S+@\S+ Failed to exec \S+ script$"),
    ("npm", r"^(?:\d+ (?:verbose stack|error) )?Error: [\w@./-]+@[\w.-]+ [\w:-]+: `[^`\n]+`$"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) A complete log of this run can be found in"),
    ("npm", r"^(?:npm (?:ERR!|error)|\d+ error) (?:path|workspace|location) "),
    ("npm", r"^npm (?:ERR!|error)\s*$"),
    # npm's (and pnpm's) ELIFECYCLE summary.
    ("npm", r"^\[?ELIFECYCLE\]? +Command failed(?: with exit code \d+)?\.?$"),
    # npm 1 and 2 relaying a lifecycle script's status.
    ("npm", r"^(?:npm ERR! |(?:\d+ )?error )?`sh \"-c\" \"[^\"\n]*\"` failed with \d+$"),
    # frontend-maven-plugin relaying npm's or yarn's exit status: their output is above.
    (
        "npm",
        r"Failed to run task: '[^'\n]+' failed\. "
        r"(?:org\.apache\.commons\.exec\.ExecuteException: )?"
        r"Process exited with an error: \d+ \(Exit value: \d+\)",
    ),
    # --- npm's callers (create-react-app, node-gyp, lerna) ---
    # create-react-app giving up after the npm or yarn install it ran: their output is above.
    (NOTICE, r"(?:^|\s)Aborting installation\.$"),
    (NOTICE, r"^(?:npm install|yarnpkg add|yarn add) [^\n]* has failed\.$"),
    # node-pre-gyp relaying node-gyp's exit code.
    (
        NOTICE,
        r"^(?:node-pre-gyp ERR! \w+ )?Failed to execute '\S*(?:node-gyp|nw-gyp)(?:\.cmd|\.js)? ",
    ),
    # lerna relaying a lifecycle script that failed.
    (NOTICE, r'^lerna ERR! lifecycle "[^"\n]+" errored in "[^"\n]+", exiting \d+$'),
    # --- Yarn ---
    ("yarn", r"^(?:error )?Command failed with exit code \d+\.?$"),
    ("yarn", r"^info Visit https://yarnpkg\.com/en/docs/cli/\S+ for documentation"),
    # Yarn 2+ when a package's build script fails: its output is only in the build.log named.
    (
        "yarn",
        r"(?:^|YN0009: (?:│ )?)\S+ couldn't be built successfully \(exit code -?\d+"
        r"(?:, logs can be found here: [^)\n]+)?\)$",
    ),
    ("yarn", r"^(?:➤ )?YN0000: (?:[·└] )?Failed with errors in \d"),
    # Yarn 2+'s link step announcing a package's build (YN0007, MUST_BUILD): a progress line,
    # whose "the last one failed" is the reason to build again, no failure of its own.
    (
        "yarn",
        r"^(?:➤ )?YN0007: (?:│ )?\S+ must be built because it never did before or the last one "
        r"failed$",
    ),
    # `yarn workspaces foreach` when a workspace others depend on failed: its output is above.
    (
        "yarn",
        r"^(?:➤ )?YN0000: (?:[·└│] )?The command failed for workspaces that are depended upon "
        r"by other workspaces; can't satisfy the dependency graph$",
    ),
    # Yarn 1's request for a bug report: its own error line, and yarn-error.log, say what
    # failed.
    (
        NOTICE,
        r"please open a bug report with the information provided in \"?[^\"\n]*yarn-error\.log",
    ),
    # --- Turborepo ---
    ("turbo", r"(?:^ERROR\s+run failed: command\s+exited|\) \S+ run \S+ exited) \(\d+\)"),
    # === Exit statuses relayed: a command's status, its own output above ===
    # --- Compilers (Clang, GCC) ---
    # Clang's error limit and its count of what it printed: the errors themselves are above.
    (NOTICE, r"^(?:fatal error: )?too many errors emitted, stopping now \[-ferror-limit=\]$"),
    (NOTICE, r"^\d+ (?:warnings? and )?\d+ errors? generated\.$"),
    # --- Linkers ---
    # rustc and gcc when the linker failed: the linker's own message ends rustc's note, or
    # is above collect2's line. A paste may mangle it: a "#" or "_" left of Markdown before it,
    # rustc's next lines squashed after it (its gutter "|", then "= note:" and the command,
    # which is judged as any text is: the linker's message may end it; rounds 28, 29, 45).
    (
        "linker",
        r"^[#_]?(?i:error): linking with (?:`[^`\n]+`|[\w.+-]+) failed"
        r"(?:: exit (?:status|code): -?\d+)?(?:$| +\|$| +\| += note: )",
    ),
    # Go's linker when the external linker failed: gcc's own message follows the line.
    ("linker", r"(?:^|[\\/])link(?:\.exe)?: running [\w.+-]+ failed: exit status -?\d+$"),
    # collect2's line as gcc prints it, and as IDEs show it: Qt Creator's issues pane puts ":-1:"
    # and a second "error:" before it, Dev-C++ a tab and "[Error]"; a person may drop a colon or
    # the closing "exit status" (round 61's 020).
    (
        "linker",
        r"^(?:\S*[\\/])?collect2(?:\.exe)?(?::-1:|:|\s)\s*(?:(?i:\[error\]|error):? ){1,2}"
        r"ld returned -?\d+(?: exit status)?$",
    ),
    # --- Generic exit statuses ---
    # An exit status alone, or after the command it belongs to.
    ("shell", r"^(?:Error: |error: )?exit status \d+$"),
    ("shell", r"(?:command|script) `?\S+`? failed: exit status \d+$"),
    # The tail of a wrapped "... failed with exit code N" line; Drone's step footer.
    (
        "shell",
        r"(?i)^(?:failed |exited |finished )?with (?:exit code|exit status|return code):? "
        r"-?\d+\.?$",
    ),
    # (Any case: "Exit code 139" alone, as a person copies a tool's last line; round 61's 142.)
    ("shell", r"(?i)^exit code:? -?\d+$"),
    # A command said to have exited with a status or code, in any wording.
    (
        "shell",
        r"(?i)\bexited (?:with )?(?:non-zero )?(?:status|code|exit-code|exit code)?:? ?\(?-?\d+\)?",
    ),
    # A non-zero exit code or status, in any wording.
    ("shell", r"(?i)non-?zero exit (?:code|status)"),
    # bash reporting a job killed by SIGABRT: the program's own message is above it.
    ("shell", r"^\S+: line \d+: \d+ Aborted(?: \(core dumped\))? \S"),
    # A shell's trace of the script's own `exit 1`.
    ("shell", r"^\+ ?exit [1-9]\d*$"),
    # A Go tool relaying a command's status.
    ("shell", r": exit status [1-9]\d*$"),
    # gomobile relaying a command it ran ("gomobile: go build ... failed: exit status 2") or the
    # go command's status with its stderr after it, which is judged on its own (round 59's 156,
    # 165): the command's own output is above, or in that stderr.
    ("shell", r"^(?:\S*[/\\])?gomobile(?:\.exe)?: \S[^\n]* failed: exit status \d+$"),
    ("shell", r"^gomobile: err: exit status \d+: stderr: "),
    # Tekton's reason for a failed TaskRun's step, in its status ("Message:") and as tkn's
    # "Error: task X has failed: ...": the step's exit code and the command that shows its log
    # (round 59's 199).
    (
        "shell",
        r"^(?:Error: task [\w.-]+ has failed: |Message: +)?\"[\w.-]+\" exited with code \d+ "
        r"\(image: \"[^\"\n]*\"\); for logs run: kubectl ",
    ),
    # --- Node child processes (execa, child_process) ---
    # execa's message (Netlify's "Error message" for build.command); stderr follows it.
    ("shell", r"^Command failed with exit code \d+: [^\n]+$"),
    # A Node child-process error (execa) dumped as an object, without its message.
    ("shell", r"^exitCode: (?:[1-9]\d*|undefined|null),?$"),
    # Node's child_process.execSync: the command's own output is above.
    ("shell", r"^(?:Error: )?Command failed: \S[^\n]*$"),
    # --- Python (subprocess, pip, setuptools, Poetry, pipenv) ---
    # Python's subprocess: the command's own output is above its traceback.
    (
        "shell",
        r"(?:^(?:subprocess\.)?CalledProcessError: Command [^\n]+? )?"
        r"returned non-zero exit status \d+\.?",
    ),
    # pip relaying a build backend's failure (its output is above).
    ("shell", r"(?:[\w.]+\.)?InstallationSubprocessError: [^\n]+ exited with -?\d+$"),
    # setuptools (distutils) relaying the compiler's exit status: its error is above.
    ("shell", r"^error: command '[^'\n]+' failed with exit (?:status|code) -?\d+$"),
    # Python relaying a command's failure (Rust's x.py): the command's output is above.
    ("shell", r"^RuntimeError: failed to run: "),
    # pip 9's failed build-dependency install.
    (NOTICE, r"^Command \"[^\"\n]+\" failed with error code \d+ in \S+$"),
    # The same line for a setup.py run through pip's setuptools shim (whose own quotes are inside
    # the command), as a paste cuts it before the shim's end (round 57's 025).
    (
        NOTICE,
        r"exec\(compile\(code, __file__, 'exec'\)\)\"[^\n]*\" failed with error code -?\d+"
        r"(?: in \S+)?$",
    ),
    # pip 9 to 19's heading over a failed command's output ("ERROR: " from pip 19): the output
    # below it has the cause (a paste may cut the command).
    (NOTICE, r"^(?:ERROR: )?Complete output from command [^\n]*$"),
    # pip's legacy "Command errored out" (the command's output follows).
    (NOTICE, r"^ERROR: Command errored out with exit status \d+:(?: |$)"),
    # pip's progress line for a phase that failed (the phase's output follows it), and the
    # older pip's "<phase>: finished with status 'error'".
    (
        NOTICE,
        r"^(?:Installing build dependencies|Getting requirements to build (?:wheel|editable)|"
        r"Preparing (?:wheel |editable )?metadata(?: \([\w.]+\))?|Installing backend "
        r"dependencies)(?: \.\.\. error|: finished with status 'error')$",
    ),
    # pip's failed subprocess (its output follows, under the box).
    (NOTICE, r"^(?:error|ERROR): subprocess-exited-with-error$"),
    (NOTICE, r"^[×x] [^\n]{1,120} did not run successfully\.$"),
    # pipenv retrying an install, and its retry line.
    (NOTICE, r"An error occurr?ed while installing [^\n]+! Will try again\.$"),
    (NOTICE, r"(?i)^(?:=> => # )?Installing initially[–\- ]failed dependencies(?:…|\.{3})?$"),
    # Poetry's installer: the error is in the log it names.
    (
        NOTICE,
        r"^(?:Installing Poetry \([\w.+-]+\): An error occurred\. Removing partial "
        r"environment\.|Poetry installation failed\.)$",
    ),
    # Poetry relaying the pip command it ran (pip's output follows).
    (
        NOTICE,
        r"^Command \[[^\n]+\] errored with the following return code -?\d+(?:, and output:)?$",
    ),
    # --- Ruby (rake, RubyGems, Bundler, RVM, ruby-build) ---
    # Bundler when a gem failed to install: the gem's own error is above it (a line break may
    # cut it after "Bundler" or "cannot"; rounds 36, 42).
    (
        "bundler",
        r"^An error occurred while installing [\w.-]+ \([^)\n]+\), and Bundler"
        r"(?: cannot(?: continue\.?)?)?$",
    ),
    # Rake prints the exception on the line below.
    (NOTICE, r"^\.*rake aborted!?$"),  # after the progress dots of a spec run
    # Rake's sh: the command's own output is above.
    ("shell", r"^Command failed with status \(\d*\): \["),
    # rake's sh relaying a command's status (127: the shell did not find it).
    ("shell", r"^Command failed with status \(\d+\): \[[^\n]*\]$"),
    # RubyGems when a gem's native extension failed: mkmf's output is above.
    ("make", r"^make(?: install)? failed, exit code \d+$"),
    # RVM's failed build step and its halt: the log it names has the cause.
    (NOTICE, r"^\W?Error running '[^\n]+',?$|^please read \S+\.log$"),
    (NOTICE, r"There has been an error while running \w+\. Halting the installation\."),
    # ruby-build's summary: its log has the cause.
    (NOTICE, r"^BUILD FAILED \([^)\n]+ using ruby-build [\w.-]+\)$"),
    # --- git ---
    # git push refused by the server's pre-receive hook (Heroku, Dokku): the hook's output
    # is above.
    ("shell", r"^!\s+\[remote rejected\]\s+\S+ -> \S+ \(pre-receive hook declined\)$"),
    # git push refused: the reason is in the lines above (a hook's output, "[rejected]").
    ("shell", r"^error: failed to push some refs to '[^'\n]+'$"),
    # git's lines after a submodule's own error.
    (NOTICE, r"^(?:fatal: )?Failed to recurse into submodule path '[^'\n]+'$"),
    (NOTICE, r"^(?:fatal: )?clone of '[^'\n]+' into submodule path '[^'\n]+' failed$"),
    # --- Retry wrappers ---
    # A retry wrapper (nick-fields/retry and the like) giving up on a command.
    ("shell", r"^failed after \d+ attempts: "),
    ("shell", r"^attempt \d+ failed; retrying in \d+s: "),
    # --- Ansible ---
    # An Ansible task whose command exited non-zero: its stderr is in the same record (what
    # follows is judged as any text is). Also an Ansible 2.0 record that opens with the
    # module's arguments, and the line as ansible.log (log_path) or a Packer builder prints it
    # (rounds 8's 018, 18's 078, 21's 110).
    (
        "shell",
        r"^(?:[\d-]{5,10} [\d:]{8},\d{3} p=\d+ u=\S+ n=ansible \| |[\w.-]{1,60}: )?"
        r"fatal: \[[^\]\n]+\]: FAILED! => \{\"changed\": (?:true|false), "
        r"(?:\"cmd\": |\"failed\": true, \"invocation\": \{\"module_args\": )",
    ),
    # A failed task whose result follows as JSON (its "msg" and "stderr" fields hold the
    # cause), and a failed loop item.
    ("ansible", r"^fatal: \[[^\]\n]+\]: FAILED! => \{$"),
    ("ansible", r"^failed: \[[^\]\n]+\](?: \(item=[^\n]*\))? => \{$"),
    # The end of a play whose hosts all failed.
    (NOTICE, r"^(?:FATAL|fatal): all hosts have already failed -- aborting$"),
    # The play recap: how many tasks failed on a host, not why.
    (
        NOTICE,
        r"^[\w.:@\[\]-]+\s*: ok=\d+\s+changed=\d+\s+"
        r"unreachable=(?:[1-9]\d*\s+failed=\d+|\d+\s+failed=[1-9]\d*)",
    ),
    # Vagrant's Ansible provisioner.
    (
        NOTICE,
        r"^Ansible failed to complete successfully\. Any error output should be visible above\."
        r"(?: Please fix these errors and try again\.)?$",
    ),
    # --- AWS Elastic Beanstalk (cfn-init), AWS deploy services ---
    # cfn-init's command summary (Elastic Beanstalk): the command's output is above.
    ("shell", r"^(?:[\d-]+ [\d:,]+ )?\[ERROR\] Command \S+ \([^)\n]*\) failed$"),
    ("shell", r"\[ERROR\] Error encountered during build of \S+: Command \S+ failed$"),
    ("shell", r"^cfnbootstrap\.construction_errors\.ToolError(?:: Command \S+ failed)?$"),
    # A command's exit status as AWS' deploy services report it.
    (NOTICE, r"Error while executing command: [^\n]{1,300}\. Reason: exit status \d+"),
    # --- PowerShell ---
    # PowerShell stopping on a native command's stderr (the rest of the line is that stderr,
    # judged on its own).
    (
        "shell",
        r"^The running command stopped because the preference variable \"ErrorActionPreference\" "
        r"or common parameter is set to Stop: ",
    ),
    # --- Puppet ---
    # An exec whose command returned another exit code than it expected (the command's
    # "returned N instead of", and the resource's "change from notrun" line).
    ("shell", r"\breturned (?:-?\d+ )?instead of one of \[[\d, ]+\]$"),
    ("shell", r"/returns: change from '?notrun'? to \[?'?0'?\]? failed: "),
    # A resource Puppet skips once a package, file or repository it depends on failed
    # ("Notice: /Stage[main]/...: Dependency Package[php-cli] has failures: true"): the failed
    # resource's own error is above. An Exec's title is the command that failed: a cause.
    (
        NOTICE,
        r"^(?:Notice: )?/[^\n]+: Dependency (?:[A-Z]\w*::)*(?:Package|File|Repository|Service|"
        r"User|Group|Ini_setting|Vcsrepo|Yumrepo)\[[^\n]+\] has failures: true$",
    ),
    # === Build tools ===
    # --- make ---
    # make's line for a recipe that failed, and for one marked with "-" ("make: [target] Error
    # 2 (ignored)"), or one that SIGTERM ended ("Terminated": a timeout or a cancel stopped the
    # job; what stopped it is in the CI's log; rounds 9, 58). GitHub's Markdown escapes the third
    # asterisk when it is pasted outside a code block.
    (
        "make",
        r"^(?:g?make|mingw32-make)(?:\[\d+\])?: (?:\*\*\\?\* )?\[[^\]\n]*\] "
        r"(?:Error -?\d+|Terminated$)",
    ),
    # make before 4.2 names the recipe that failed on a line of its own.
    ("make", r"^\S+:\d+: recipe for target '[^'\n]+' failed$"),
    # make -k when a target's prerequisite failed: the failing recipe's output is above it
    # (round 57's 092).
    (
        "make",
        r"^(?:g?make|mingw32-make)(?:\[\d+\])?: Target [`'][^'\n]+' not remade because of "
        r"errors\.$",
    ),
    # A make target's status quoted alone.
    ("make", r"^make [^\n]{1,200} failed: exit (?:code|status) \d+$"),
    # The OpenJDK build's heading over the failing commands' output.
    ("make", r"^=== Output from failing command\(s\) repeated here ===$"),
    # --- PlatformIO ---
    # pio run's banner when an environment's build failed: the compiler's or the linker's error
    # is above it (round 58's 116).
    (NOTICE, r"^=+ \[FAILED\] Took [\d.]+ seconds =+$"),
    # --- Ninja ---
    # Ninja's line over the failed command, naming every output of the failed edge (objects, a
    # linked binary; newer Ninja puts "[code=N] " first); the compiler's or the linker's error
    # follows the command.
    (
        "ninja",
        r"^FAILED: (?:\[code=-?\d+\] )?(?:\S+\.(?:o|obj|exe|dll|so|a|lib|dylib)|\S+/[\w.+-]+)"
        r"(?: (?:\S+\.(?:o|obj|exe|dll|so|a|lib|dylib)|\S+/[\w.+-]+))*\s*$",
    ),
    # Ninja before 1.7 (ninja-build/ninja#1033) put the failed command itself after "FAILED: "
    # (CMake's "cd <dir> && ..." before it, then a program and its first option; the rest of the
    # command is judged as any text is): the compiler's error follows it (round 61's 070).
    ("ninja", r"^FAILED: (?:cd \S+ && )?(?:\S*[\\/])?[\w.+-]+(?:\.exe)? -[A-Za-z]"),
    # Ninja naming the command of a job that failed: the compiler's error follows it.
    ("ninja", r"^ninja: job failed: [^\n]*$"),
    # --- Bazel ---
    # Bazel's summary of an action that failed: the tool's own error is above it.
    (
        "bazel",
        r"^(?:\(\d\d:\d\d:\d\d\) )?ERROR: \S+/BUILD(?:\.bazel)?:\d+:\d+: [^\n]* failed:? "
        r"\(Exit \d+\)[^\n]*$",
    ),
    # A failed target and build: the action's own error is above.
    ("bazel", r"^Target //\S* failed to build$"),
    (
        "bazel",
        r"^(?:bazel )?FAILED: Build did NOT complete successfully"
        r"(?: \(\d+ packages loaded[^)\n]*\))?$",
    ),
    # --- Ant ---
    # Ant's chain of build files down to the task that failed.
    ("ant", r"^\S+\.xml:\d+: The following error occurred while exec"),
    # The exec task with failonerror, alone, after its build file's line, or as maven-antrun
    # relays it ("An Ant BuildException has occured: exec returned: 1"): the program's own
    # output is above (round 61's 183).
    ("ant", r"(?:^|: )exec returned: -?\d+$"),
    # The javac task summing up the compiler's errors (they are above it).
    ("ant", r"^(?:\S+\.xml:\d+: )?Compile failed; see the compiler error output for details\.$"),
    # --- CMake, vcpkg ---
    # CMake's summary of a configure step whose errors are above, and the log it names.
    (NOTICE, r"^(?:-- )?Configuring incomplete, errors occurred!$"),
    (NOTICE, r"^Error in configuration process, project files may be invalid\.?$"),
    (NOTICE, r"^See also \"[^\"\n]+/CMake(?:Error|Output)\.log\"\.$"),
    (NOTICE, r"^CMake Generate step failed\. +Build files cannot be regenerated correctly\.$"),
    # cmake4eclipse: CMake's own console has the reason.
    (NOTICE, r"^Buildfile generation error occurred\.*$"),
    ("cmake", r"^cmake exited with status \d+\. See CMake console for details\.$"),
    # Visual Studio's CMake integration (MSBuild's "1>" prefix), CMake itself.
    (NOTICE, r"(?i)^(?:\d{1,3}> ?)?(?:cmake )?configuration failed\.?$"),
    # CMake Tools' configure summary.
    (NOTICE, r"^(?:\[\w+\] )?Error\(s\) when configuring the project$"),
    # A CMake ExternalProject step whose log file has the reason.
    (
        "cmake",
        r"^CMake Error at \S+-(?:mkdir|download|update|patch|configure|build|install|test)"
        r"(?:-[\w]+)?\.cmake:\d+ \(message\):$",
    ),
    # vcpkg's CMake toolchain when the manifest's install failed (its log is named on the next
    # line).
    ("cmake", r"^CMake Error at \S*scripts/buildsystems/vcpkg\.cmake:\d+ \(message\):$"),
    ("cmake", r"^vcpkg install failed\.\s+See logs for more information:?$"),
    # --- SCons, Waf ---
    # SCons' last line after a failed target (its `scons: *** [target] Error N` and the
    # command's own output are above).
    ("scons", r"^scons: building terminated because of errors\.$"),
    # Waf's failed task.
    (NOTICE, r"^\s*-> task in '[^'\n]+' failed \(exit status \d+\):?\s*$"),
    # --- MSBuild / .NET ---
    # MSBuild's detailed log over a failed task, target or project: the error is above.
    (
        "msbuild",
        r"(?:^|>)Done (?:executing task|building target|Building Project) \"[^\"\n]+\""
        r"[^\n]* -- FAILED\.$",
    ),
    # MSBuild's and Visual Studio's summaries (Visual Studio's in the IDE's language), and
    # `dotnet run` / `dotnet watch` refusing to start: the errors are listed above them.
    ("msbuild", r"^(?:\d+>)?Build FAILED\.$"),
    (
        "msbuild",
        r"^(?:\d{1,3}>)?={5,} ?[\w ]{1,30}: [^\n=]*(?:\b[1-9]\d* failed\b|\bFehler bei [1-9]\d*)"
        r"[^\n=]* ?={5,}$",
    ),
    ("msbuild", r"^The build failed\. Fix the build errors and run again\.$"),
    # MSBuild when a task failed without logging why (VSTest's task: the test run's log has it).
    # The task's name in quotes, or in escaped quotes when the line is quoted in JSON (round 50).
    (
        "msbuild",
        r"(?:^\"\w+\": \")?error MSB4181: The \\?\"[^\"\n]+\" task returned false but did not log "
        r"an error\.?(?:\",?$)?",
    ),
    # MSBuild's terminal logger (.NET 8 and later): a project's line and the build's summary.
    (
        "msbuild",
        r"^[\w.-]+(?: [\w.-]+){0,2} failed with (?:errors|\d+ error\(s\)(?: and \d+ "
        r"warning\(s\))?) \(\d+(?:\.\d+)?s\)(?: → \S[^\n]*)?$",
    ),
    (
        "msbuild",
        r"^Build failed with (?:errors|\d+ error\(s\)(?: and \d+ warning\(s\))?) in "
        r"\d+(?:\.\d+)?s$",
    ),
    # The test target of .NET's own repositories (Arcade, BuildTools) when a test assembly
    # failed: its failing tests are in the xunit output above and in the results file it names
    # (rounds 21, 27).
    (
        NOTICE,
        r"(?:^|: )error : One or more tests failed while running tests from '[^'\n]+'\.? "
        r"[Pp]lease check [^\n]{1,300}? for details!(?: \[[^\]\n]*\]?)?$",
    ),
    # MSBuild's count of errors (Visual Studio's summary is an msbuild pattern above).
    (NOTICE, r"^\d+ Error\(s\)$"),
    (
        NOTICE,
        r"^(?:\d{1,3}>)?Done building (?:target \"[^\"\n]+\" in )?project \"[^\"\n]+\"\.? ?"
        r"-- FAILED\.?$",
    ),
    # C# Dev Kit's test summary when the run aborted: the reason is in its Output window (round
    # 57's 176).
    (NOTICE, r"^Result: (?:❌ )?Test Run Aborted \(See Output Window for details\)$"),
    # dotnet new's restore post-action.
    (NOTICE, r"^(?:Restore failed|Post action failed)\.$"),
    # --- Chocolatey ---
    # choco install's summary when a package failed (older and newer wording): the reasons
    # follow under "Failures", and chocolatey.log has the install's output (rounds 38, 58).
    (
        NOTICE,
        r"Chocolatey installed \d+/\d+ packages?(?:\(s\))?\. [1-9]\d* packages?(?:\(s\))? "
        r"failed\.",
    ),
    # A build script's own "this command failed" (dotnet source-build's build.ps1), and the
    # repo that failed.
    (NOTICE, r"^Command failed to execute: "),
    (NOTICE, r"^'[\w.-]+' failed during build\.$"),
    # Visual Studio's build and publish exception, in the IDE's language (Chinese: "publish
    # failed"), a Markdown code span perhaps opened before it, and as the AggregateException
    # lists it again under its trace (rounds 26, 38, 39).
    (
        NOTICE,
        r"^`?(?:System\.AggregateException: (?:One or more errors occurred\.|"
        r"发生一个或多个错误。) ---> |---> \(Inner Exception #\d+\) )?"
        r"System\.Exception: (?:Build failed\. Check the Output window for more details\.|"
        r"发布失败。)(?:<---)?$",
    ),
    # .NET's AggregateException alone, as Cake prints it over the task's error.
    (NOTICE, r"^(?:Error: |System\.AggregateException: )?One or more errors occurred\.$"),
    # Cake when a task's tool failed (its output is above).
    (NOTICE, r"^An error occurred when executing task '[^'\n]+'\.$"),
    (NOTICE, r"^\.NET (?:Core )?CLI: Process returned an error \(exit code -?\d+\)\.$"),
    # --- Xcode ---
    # Xcode's note that a script phase printed errors: they are above it.
    (
        "xcode",
        r"^Command PhaseScriptExecution emitted errors but did not return a nonzero exit code"
        r" to indicate failure$",
    ),
    ("xcode", r"^(?:[^\n]* )?\*\* (?:BUILD|ARCHIVE|TEST|CLEAN) FAILED \*\*$"),
    ("xcode", r"^`?The following build commands failed:$"),
    # The count xcodebuild prints under the failed commands.
    ("xcode", r"^\(\d+ failures?\)$"),
    # Bitrise's Xcode steps and GitHub actions wrapping xcodebuild: its exit status only
    # (65 is xcodebuild's "build failed").
    (
        "xcode",
        r"^(?:Archive|Build|Test|Analyze|Export(?: archive)?) failed, error: exit status \d+$",
    ),
    ("xcode", r"(?i)^(?:Error: )?xcodebuild(?: action)? failed(?: with exit code)? \(?\d+\)?!?$"),
    # fastlane (gym, sh): xcodebuild's or a command's exit status, its summary of a failed
    # build ("ERROR [2016-06-09 12:23:41.45]: Exit status: 65").
    ("xcode", r"^(?:(?:ERROR|INFO|WARN) )?(?:\[[\d:. -]{6,30}\]: )?Exit status: \d+$"),
    ("xcode", r"^(?:\[!\] )?Exit status of command '[^'\n]+' was \d+ instead of 0\.?$"),
    # gym's summary of a failed xcodebuild (also raised from fastlane_core's UI, the frame first).
    (
        "xcode",
        r"(?:^|\]: |: )(?:\[!\] )?Error (?:building|packaging up) the application"
        r"(?: - see the log above)?(?: \(FastlaneCore::[\w:]*\)?)?[`\s]*$",
    ),
    # Bitrise's xcode-archive step when xcodebuild left no .xcarchive: its log is above.
    ("xcode", r"(?i)^(?:failed to archive the project: )?no archive generated at: \S[^\n]*$"),
    # cordova-ios relaying xcodebuild's exit code.
    ("xcode", r"^Error code \d+ for command(?::? [^\n]*)?$"),
    # Xcode's package graph it could not resolve (the reason follows it).
    (NOTICE, r"^Resolving Package Graph Failed$"),
    # Swift Build (Xcode, SwiftPM) over the command line of a compile task that failed: the
    # compiler's diagnostics are above it (round 58's 092).
    (NOTICE, r"^Failed frontend command:$"),
    # Bitrise's Xcode steps relaying xcodebuild's status.
    (
        NOTICE,
        r"(?:Failed to run Xcode \w+: )?(?:Failed to \w+, error: )?"
        r"Failed to run xcodebuild command, error: exit status \d+\.?$",
    ),
    # --- fastlane, App Store Connect ---
    # fastlane's own summaries: sh's exit status, pilot's upload, the run's end.
    (
        "fastlane",
        r"(?:^|: )\"?Shell command exited with exit status \d+ instead of 0\.?\"?(?: \([\w:]+\))?$",
    ),
    ("fastlane", r"Error uploading ipa file, (?:for )?more information see above(?: \(\w+\))?$"),
    ("fastlane", r"^(?:(?:ERROR|INFO) )?(?:\[[\d:. -]+\]: )?fastlane finished with errors$"),
    # fastlane's iTMSTransporter wrapper: the error is above it.
    (
        NOTICE,
        r"Although errors occurred during execution of iTMSTransporter, it returned success status",
    ),
    # The Transporter's (altool's, iTMSTransporter's) summary of a rejected upload, the errors it
    # counts listed with their reasons around it, and its logger's line with no message left
    # (round 59's 201).
    (NOTICE, r"^UPLOAD FAILED with \d+ errors?$"),
    (NOTICE, r"^ERROR: \[ContentDelivery\.Uploader(?:\.[0-9A-Fa-f]+)?\]$"),
    # App Store Connect's headline over the validation errors that give the reason.
    (NOTICE, r"^\W*Asset [Vv]alidation [Ff]ailed\W*$"),
    # --- CocoaPods ---
    # pod lib lint and pod spec lint when xcodebuild failed: the compiler's own errors follow it
    # as "- ERROR | xcodebuild:  file:line: error: ..." (round 57's 075).
    (
        "cocoapods",
        r"^(?:- )?ERROR \| (?:\[[\w ]+\] )?xcodebuild: +Returned an unsuccessful exit code\."
        r"(?: You\b[^\n]*)?$",
    ),
    # --- Flutter, Expo, Codemagic ---
    # Flutter's iOS build after CocoaPods failed (its output is above); Codemagic's summary.
    ("cocoapods", r"^Error running pod install$"),
    (NOTICE, r"^(?:Build failed :\||Failed to build for (?:iOS|Android|macOS))$"),
    # Expo's classic build service: the build's page has its log.
    (NOTICE, r"^(?:\[exp\] )?(?:Android|iOS): There was an error with this build\.$"),
    # Expo's and React Native's packager when Metro failed: Metro's own error is in its log.
    (NOTICE, r"^Failed building JavaScript bundle\.?$"),
    # Flutter when Xcode's build or the launch failed.
    (NOTICE, r"^Could not build the (?:precompiled )?application for the (?:simulator|device)\.$"),
    (NOTICE, r"^Error (?:launching|starting) application on [^\n]{1,80}\.$"),
    (NOTICE, r"^Unable to run application$"),
    # --- Gradle ---
    ("gradle", r"FAILURE: Build (?:failed with an exception|completed with \d+ failures)\.$"),
    # The same line glued to Gradle's progress bar in a copied console.
    ("gradle", r"Build failed with an exception\.$"),
    ("gradle", r"^\* What went wrong:$"),
    ("gradle", r"^BUILD FAILED in "),
    # A heading under "What went wrong:": why Gradle could not resolve the task's inputs follows
    # in its "> " lines (a paste may cut the task's name).
    ("gradle", r"^Could not determine the dependencies of task '[^'\n]*(?:'\.)?$"),
    (
        "gradle",
        r"^(?:org\.gradle\.api\.tasks\.TaskExecutionException: )?"
        r"Execution failed for task '[^'\n]+'\.$",
    ),
    # The same line in Android Studio's Messages view, glued to its "Error:".
    ("gradle", r"^Error:Execution failed for task '[^'\n]+'\.?$"),
    ("gradle", r"^> Process '[^'\n]+' finished with non-zero exit value \d+$"),
    ("gradle", r"^\* Try:$"),
    # A worker action that failed: its cause is on the "> " lines below it.
    ("gradle", r"^(?:> )?A failure occurred while executing \S+$"),
    # Gradle's worker API over the failures of its work items (round 46).
    ("gradle", r"^(?:> )?There was a failure while executing work items$"),
    # Gradle's failure header in its stack-trace form ("Exception is:"): the cause is in
    # the "Caused by:" lines below the frames (TeamCity puts its report tag before them).
    (
        "gradle",
        r"^(?:\[[\d:]+\])?(?:\[Gradle failure report\] )?"
        r"(?:org\.gradle\.api\.GradleScriptException: )?"
        r"A problem occurred evaluating (?:root )?project '[^'\n]+'\.$",
    ),
    ("gradle", r"^(?:> )?Run with --(?:stacktrace|info|debug|scan)"),
    # The exception around a failed configuration (its "Caused by:" lines follow).
    # Also as a "Caused by:" of a longer chain, ProjectConfigurationException's own header
    # ("* Exception is:" above it), and a task's name cut by the paste (rounds 31, 52).
    (
        "gradle",
        r"^(?:Caused by: )?org\.gradle\.(?:internal\.exceptions\.LocationAwareException|"
        r"api\.ProjectConfigurationException): (?:A problem occurred "
        r"(?:configuring|evaluating) (?:root )?project '[^'\n]+'\.|Execution failed for task "
        r"'[^'\n]+(?:'\.)?)$",
    ),
    # The Kotlin Gradle plugin's exception over the compiler's "e: file.kt:..." lines, which
    # are above it (round 29).
    (
        "gradle",
        r"^(?:Caused by: |> )?(?:org\.gradle\.api\.GradleException: )?"
        r"Compilation error\. See log for more details$",
    ),
    # Android Studio's Build window pointing to its Messages view.
    (
        "gradle",
        r"^(?:\d{1,2}:\d\d (?:AM|PM)\s+)?(?:Gradle build finished with \d+ error\(s\)"
        r"(?: and \d+ warning\(s\))? in [\d.]+ ?m?s|Build APK\(s\): Errors while building APK\. "
        r"You can find the errors in the 'Messages' view\.)$",
    ),
    # Gradle's --debug state of a process it ran.
    ("gradle", r"^Changing state to: FAILED$"),
    # The Gradle Tooling API's failed build (its "Caused by:" chain follows).
    (
        "gradle",
        r"^(?:(?:\| )?Error Command \[[\w-]+\] error: |org\.gradle\.tooling\.BuildException: )?"
        r"Could not execute build using (?:connection to )?Gradle (?:distribution|installation) "
        r"'[^'\n]+'\.(?: \(NOTE: Stack trace has been filtered\. Use --verbose to see entire "
        r"trace\.\))?$",
    ),
    # --- Maven ---
    # The goal and project only: what follows names the cause, unless it is Maven's own
    # pointer to the compiler's or the tests' output above.
    (
        "maven",
        r"^(?:\[ERROR\] |Error: |org\.apache\.maven\.lifecycle\.LifecycleExecutionException: )?"
        r"Failed to execute goal \S+(?: \([^)\n]*\))?"
        r"(?: on project [^:\s]+)?"
        r"(?:: (?:Compilation failure|There (?:are|were) test failures|"
        r"There was a timeout or other error in the fork)\b[^\n]*$|:?\s*$)?",
    ),
    ("maven", r"^\[(?:ERROR|INFO)\] BUILD FAILURE$"),
    # The reactor summary's line for the module that failed (Maven 3.0: "FAILURE [6.981s]").
    ("maven", r"^\[INFO\] [^\n]{1,120}? \.{2,} ?FAILURE \[\s*[\d.:]+ ?(?:s|min)?\]$"),
    (
        "maven",
        r"^(?:\[ERROR\]|Error:) (?:-> \[Help 1\]|Re-run Maven using the -X switch|To see the full "
        r"stack trace|For more information about the errors|"
        r"\[Help 1\] http(?:\S*/Mojo(?:Failure|Execution)Exception\s*$)?)",
    ),
    ("maven", r"^\[ERROR\]\s*$"),
    # The footer's way to resume the reactor from the module that failed.
    (
        "maven",
        r"^\[ERROR\] (?:After correcting the problems, you can resume the build with the command"
        r"|mvn <(?:args|goals)> -rf :[\w.-]+)\s*$",
    ),
    # exec-maven-plugin (and frontend-maven-plugin) relaying the command's exit value.
    (
        "maven",
        r"^(?:Caused by: )?org\.apache\.commons\.exec\.ExecuteException: Process exited with an "
        r"error: -?\d+ \(Exit value: -?\d+\)$",
    ),
    # frontend-maven-plugin relaying npm or yarn (their output is above).
    (
        "maven",
        r"Failed to execute goal com\.github\.eirslett:frontend-maven-plugin:\S+ \([^)\n]*\) "
        r"on project \S+: Failed to run task(?:: '[^'\n]*' failed\.)?(?: org\.apache\.commons\."
        r"exec\.ExecuteException: Process exited with an error: -?\d+ \(Exit value: -?\d+\))?",
    ),
    # frontend-maven-plugin's failed task (the npm or webpack output is above).
    (
        "maven",
        r"^`?(?:org\.apache\.maven\.plugin\.MojoFailureException: )?Failed to run task"
        r"(?: \(com\.github\.eirslett:frontend-maven-plugin:[^)\n]+\))?(?: at)?\s*$",
    ),
    # Maven skipping a module after another one failed.
    (
        "maven",
        r"^(?:\[ERROR\] )?(?:[^\n]{1,200}: )?This project has been banned from the build due to "
        r"previous failures\.$",
    ),
    # maven-invoker-plugin's summary of the projects it built: their own output is above
    # (and its exception in Maven's -e stack trace; round 37).
    (NOTICE, r"^(?:\[ERROR\] )?The following builds failed:$"),
    (
        "maven",
        r"^(?:Caused by: )?org\.apache\.maven\.plugin\.MojoFailureException: \d+ builds? "
        r"failed\. See console output above for details\.$",
    ),
    (NOTICE, r"^(?:\[ERROR\] )?\*\s+\S*pom\.xml$"),
    # --- Docker ---
    ("docker", r"failed to solve: process \""),
    # docker-compose puts the service before it; docker-py its BuildError and the caller. The
    # command may hold quotes of its own (PowerShell's -Command '...'), and a person quoting the
    # line may drop "The command" (a "@bors retry" reason; rounds 31, 37).
    (
        "docker",
        r"^(?:(?:ERROR: |\*\*Error:\*\* )?Service '[^'\n]+' failed to build ?: ?|"
        r"(?:[\w.]+ failed on )?(?:docker\.errors\.)?BuildError: |@bors retry )?"
        r"(?:The command )?'[^\n]+' returned a non-zero code: \d+$",
    ),
    # BuildKit: the RUN step's command and exit code, with the prefixes it comes with
    # (buildx 0.2x puts "failed to build:" before them, build-push-action "buildx failed with:").
    (
        "docker",
        r"(?i)(?:(?:error: )?buildx (?:call )?failed with: )?(?:error: )?(?:failed to build: )?"
        r"(?:failed to solve: )?"
        r"(?:rpc error: code = \w+ desc = )?"
        r"(?:executor failed running \[[^\n]+\]: (?:exit code: \d+|runc did not terminate)|"
        r"process \"[^\n]+\" did not complete successfully: exit code: \d+)",
    ),
    # BuildKit's progress: the step that failed, its output is in the block below it.
    ("docker", r"^=> ERROR \[[^\]\n]+\] [^\n]*$"),
    ("docker", r"^ERROR \[(?:[\w.-]+ )?\d+/\d+\] (?:RUN|COPY|ADD|FROM|WORKDIR) [^\n]*$"),
    # The header of the Dockerfile excerpt BuildKit quotes around the failed instruction.
    ("docker", r"^(?:ERROR:? |Error )?\s*Dockerfile(?:\.[\w.-]+)?:\d+$"),
    # Docker's Go client relaying the legacy builder's RUN failure as a JSON error.
    ("docker", r"^\* Status: The command '[^'\n]+' returned a non-zero code: \d+, Code: \d+$"),
    # docker-java (Jenkins' docker plugins) when the build's stream ended without an image id:
    # the daemon's error is in the build output above it.
    (
        "docker",
        r"^(?:com\.github\.dockerjava\.api\.)?DockerClientException: Could not build image$",
    ),
    # --- Composer ---
    # Composer relaying a script of composer.json that failed: its output is above.
    ("composer", r"^Script \S[^\n]* handling the [\w-]+ event returned with error code \d+$"),
    # Composer 2 and Symfony Flex's auto-scripts name only the script, or only the event.
    ("composer", r"^Script [\w:@.-]+ returned with error code \d+$"),
    ("composer", r"\b(?:pre|post)-[\w-]+ event returned with error code \d+$"),
    # --- Laravel ---
    # The queue worker's line for a job that failed (queue:work, queue:listen), with or without
    # its time and job id: the exception is in the application's log or the failed_jobs table
    # (round 61's 130).
    (
        NOTICE,
        r"^(?:\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\](?:\[[\w-]+\])? )?Failed: +"
        r"(?:[A-Za-z_]\w*\\)+[A-Za-z_]\w*(?:@\w+)?$",
    ),
    # --- Zephir ---
    # Zephir when the PHP extension's C compile failed: the compiler's output is in the log named.
    (
        NOTICE,
        r"^(?:Zephir\\(?:Exception\\)?CompilerException: )?Internal extension compilation failed\. "
        r"Check compile-errors\.log for more information\.?$",
    ),
    # --- uv ---
    # uv's failed build (the backend's output follows it, under [stderr]).
    ("uv", r"^(?:[×x] )?Failed to build `[^`\n]+`$"),
    ("uv", r"^(?:error: |[├╰]─▶ )?The build backend returned an error$"),
    (
        "uv",
        r"^(?:Caused by: |[├╰]─▶ )?Call to `[\w.:]+` failed \(exit (?:code|status): -?\d+\)$",
    ),
    # --- pytest ---
    # pytest's bare summary line.
    (
        "pytest",
        r"(?:^|\W )=* ?\d+ (?:passed|failed)(?:,? \d+ (?:passed|failed|errors?|skipped|"
        r"xfailed|xpassed|warnings?|deselected|rerun))+ in [\d.]+s(?: \([\d:]+\))? ?=*$",
    ),
    # pytest's collection errors: each one's traceback follows its heading.
    ("pytest", r"^=+ ERRORS =+$"),
    ("pytest", r"^_+ ERROR collecting \S+ _+$"),
    # (A person's note may stand for the "!!!" a Markdown renderer would eat, round 56.)
    ("pytest", r"Interrupted: \d+ errors? during collection ?!*$"),
    (
        "pytest",
        r"^(?:-> )?(?:collected \d+ items? / \d+ errors?(?: / \d+ (?:selected|deselected))*|"
        r"\d+ tests? collected, \d+ errors?(?: in [\d.]+s)?)$",
    ),
    # --- go-task ---
    # go-task's chain of failed tasks.
    (
        "task",
        r"^task: Failed to run task \"[^\"\n]+\": (?:task: Failed to run task .*)?"
        r"exit status \d+$",
    ),
    # --- Capistrano (SSHKit) ---
    # Capistrano's abort: the exception follows it.
    ("capistrano", r"^cap aborted!$"),
    # SSHKit when a remote command exited non-zero: the command's own output follows as "<cmd>
    # stdout:" and "<cmd> stderr:".
    (
        "capistrano",
        r"^SSHKit::Runner::ExecuteError: Exception while executing (?:as|on host) [^:\n]+: "
        r"[^\n]{1,200} exit status: \d+$",
    ),
    # --- Terraform, Packer, Pulumi ---
    # Packer when a provisioner failed: the provisioner's output above has the cause.
    (NOTICE, r"^Provisioning step had errors: Running the cleanup provisioner, if present\.\.\.$"),
    # HashiCorp's go-multierror heading (Terraform, Packer, Docker's Go clients): the
    # errors are the "* " items under it.
    (NOTICE, r"^`?\d+ errors? occurred:$"),
    # CML's JSON log relaying a Terraform command that failed: the message opens with the
    # command, and Terraform's output (its "Error:" block last) follows in the same string; a
    # message that goes on on its line (escaped lines) is judged whole.
    (
        NOTICE,
        r"^\{\"level\":\"error\",\"message\":\"terraform (?:-chdir=\S+ )?"
        r"(?:init|plan|apply|destroy)\b[^\"\n\\]*$",
    ),
    # Terraform's failed plan (its "Error:" block follows).
    (NOTICE, r"^Planning failed\. Terraform encountered an error while generating this plan\.$"),
    # Pulumi's summary under the resource errors it printed above.
    (NOTICE, r"^error: (?:preview|update|refresh|destroy) failed$"),
    # --- Kubernetes ---
    # chart-testing's (ct) summary: helm's own error for the chart is above it.
    (NOTICE, r"^(?:Error: )?Error (?:installing|linting) charts: Error processing charts$"),
    # A Kubernetes pod described: the container's exit code; its logs have the cause.
    (NOTICE, r"^Exit Code:\s+[1-9]\d*$"),
    # Listings of Kubernetes objects (pods, Tekton TaskRuns, Jenkins X activities): a status
    # column next to ages or durations.
    (
        NOTICE,
        r"^[\w./:@-]+\s+(?:True|False|Unknown|\d+/\d+)\s+"
        r"(?:Failed|Error|Errored|Failure)\s+(?:\d+\s+)?\d+(?:\.\d+)?[smhd]\w{0,10}\b",
    ),
    (
        NOTICE,
        r"\s(?:\d+[hms]){1,3}\s+(?:\d+[hms]){1,3}\s+(?:Failed|Error|Errored|Failure)"
        r"(?:\s+https?://\S+)?\s*$",
    ),
    # --- Nix ---
    # Nix when a derivation could not be built (the builder's "failed with exit code" above it
    # is a generic wrapper; `nix log` has the log).
    (
        NOTICE,
        r"^(?:error: )?cannot build derivation '/nix/store/[^'\s]*"
        r"(?:': \d+ dependenc(?:y|ies) couldn't be built)?$",
    ),
    # --- Linux distributions' builds (BitBake, rpmbuild, debhelper, Armbian, Chromebrew) ---
    # BitBake's task failure: the task's own log file has the reason.
    (
        NOTICE,
        r"^ERROR: \S+ do_\w+: Function failed: do_\w+(?: \(log file is located at [^)\n]*\)?)?$",
    ),
    # Its pointer to that log, and the heading over the log's lines it copies below.
    (NOTICE, r"^ERROR: Logfile of failure stored in: \S+$"),
    (NOTICE, r"^Log data follows:$"),
    # oe_runmake's own line before it (the task's log has make's error).
    (NOTICE, r"^ERROR: \S+ do_\w+: oe_runmake failed$"),
    # rpmbuild's %build scriptlet.
    (NOTICE, r"^(?:error: )?Bad exit status from /var/tmp/rpm-tmp\.\w+ \(%\w+\)$"),
    # debhelper and dpkg-buildpackage relaying make's status.
    (NOTICE, r"^dh_\w+: error: [^\n]+ returned exit code \d+$"),
    (NOTICE, r"^dpkg-buildpackage: error: debian/rules \S+ subprocess returned exit status \d+$"),
    # Armbian's build functions.
    (NOTICE, r"^(?:\[ error \] )?ERROR in function \w+ \[ [\w./-]+:\d+ \]$"),
    # Chromebrew's line when a package's build command failed.
    (NOTICE, r"^[\w.+-]+ failed to build: `[^`\n]+` exited with \d+$"),
    # --- opam ---
    # opam's report on a package whose build command failed (opam 1.2's block header, opam 2's
    # summary and block header): the command's output follows under "# ".
    (NOTICE, r"^\[ERROR\] # opam-version \d[\w.~+-]*$"),
    (NOTICE, r"^\[ERROR\] The compilation of \S+ failed at \"[^\n]*$"),
    (NOTICE, r"^#=== ERROR while (?:compiling|installing|removing|fetching) \S+ =*#$"),
    # opam 2's closing summary, a "λ build <package> <version>" line for each failed action
    # under it; each package's "#=== ERROR while ..." block above has its build's output (round
    # 58's 107).
    (NOTICE, r"^(?:┌─ )?The following actions failed$"),
    # --- R (pak) ---
    # pak on a package it failed to build (the installation output follows).
    (NOTICE, r"^✖ Failed to build \S+ \S+(?: \([\d.]+m?s\))?$"),
    (NOTICE, r"^! (?:error in pak subprocess|Failed to build source package \S+\.)$"),
    (NOTICE, r"^Caused by error in `stop_task_build\(state, worker\)`:$"),
    # --- Spack ---
    # Spack's failed build command (the package's code follows, the build log has the error).
    (NOTICE, r"^(?:==> Error: )?ProcessError: Command exited with status -?\d+:$"),
    # --- webpack, Angular, gulp ---
    # webpack's summary of errors printed above it.
    (
        NOTICE,
        r"^webpack(?: \d+\.\d+\.\d+)? compiled with \d+ errors?(?: and \d+ warnings?)? in \d+ ms$",
    ),
    (NOTICE, r"^\d+ errors? ha(?:s|ve) detailed information that is not shown\.$"),
    # webpack's header over a module's error, naming only the module (and webpack 5 its
    # location): the message is on the lines below it (round 58's 218).
    (NOTICE, r"^ERROR in \.{1,2}/\S+(?: \d+:\d+(?:-\d+)?)?$"),
    # Angular's summary under esbuild's errors (ng build, Angular 17 and later).
    (NOTICE, r"^Application bundle generation failed\.(?: \[[\d.]+ seconds\])?$"),
    # gulp's task summary.
    (NOTICE, r"^(?:\[[\d:]+\] )?'[^'\n]+' errored after [\d.]+ ?(?:ms|s|min)$"),
    # --- nodemon ---
    # nodemon when the program it restarts exited with an error: the program's own output is
    # above it (round 58's 020).
    (NOTICE, r"^\[nodemon\] app crashed - waiting for file changes before starting\.\.\.$"),
    # --- electron-builder ---
    # electron-builder's helper that exited non-zero (its output is above), and its failed
    # rebuild (npm's output follows).
    (NOTICE, r"\bexited with code ERR_ELECTRON_BUILDER_CANNOT_EXECUTE(?: stackTrace=)?$"),
    (NOTICE, r"^(?:⨯ )?cannot execute\s+cause=exit status \d+$"),
    # --- DLRN (RDO's package builder) ---
    # DLRN's summary when packages failed to build: each package's build log has the error
    # (round 57's 003).
    (
        NOTICE,
        r"\b(?:\d+ )?packages not built correctly(?: for component \S+)?: not updating the "
        r"consistent symlink'?$",
    ),
    # --- Haskell (cabal-install) ---
    # cabal-install's summary of a package whose build failed (the exception, "ExitFailure 1",
    # follows; the build's own output is above or in its log; round 57's 101).
    (
        NOTICE,
        r"^(?:cabal: Error: some packages failed to install:\s*)?[\w.-]+-\d[\w.]* failed during "
        r"the [\w -]{1,30} (?:step|phase)\. The exception was:$",
    ),
    # --- Julia (Pkg's precompilation) ---
    # Pkg's summary of the packages that failed to precompile (older Pkg points to
    # Pkg.precompile(), newer to `julia> err`), the heading of its report and each package's
    # "Failed to precompile" line: the package's own error is printed under them by an explicit
    # precompile (round 61's 059, 060, 063).
    (
        "julia",
        r"^\d+ dependenc(?:y|ies) errored\.(?: To see a full report either run "
        r"`import Pkg; Pkg\.precompile\(\)` or load the packages?)?$",
    ),
    (
        "julia",
        r"^(?:For a report of the errors see|To see a full report use) `julia> err`\.?"
        r"(?: To retry use `pkg> precompile`)?$",
    ),
    (
        "julia",
        r"^(?:ERROR: )?The following \d+ (?:direct )?dependenc(?:y|ies) failed to precompile:$",
    ),
    (
        "julia",
        r"^(?:ERROR: (?:LoadError: )?)?Failed to precompile \S+ \[[0-9a-f-]{36}\] to "
        r"[\"']?[^\n]+[\"']?\.?$",
    ),
    # --- Nim (nimble) ---
    # nimble when a task's script raised: the message is above it, or hidden ("Tip: N messages
    # have been suppressed, use --verbose"; round 61's 065).
    ("nimble", r"^Error: +Exception raised during nimble script execution$"),
    # --- Workflow engines (Nextflow, Cromwell, Caper) ---
    # Nextflow's failed process (its "Command error:" section has the cause) and its progress
    # line.
    (NOTICE, r"^ERROR ~ Error executing process > '[^'\n]+'$"),
    (NOTICE, r"Process `[^`\n]+` terminated with an error exit status \(\d+\)"),
    (NOTICE, r"process > \S+ (?:\(\d+\) )?\[\s*\d+%\] \d+ of \d+, failed: \d+"),
    # Caper over Cromwell, and Cromwell's delocalization of a task that exited non-zero.
    (
        NOTICE,
        r"\bCromwell failed\. returncode=\d+$|\bWorkflow failed\. Auto-troubleshooting\.\.\.$|"
        r"\|caper\.cli\|ERROR\| Check stdout in \S+$",
    ),
    (NOTICE, r"\[Delocalization\] Unexpected exit status \d+ while running "),
    # --- Chef ---
    # Chef's resource that ran a command.
    (NOTICE, r"^Error executing action `\w+` on resource '[^'\n]+'$"),
    # --- Deployer, PHPUnit ---
    # Deployer runs its deploy:failed task once a task has failed; its failed task (the
    # command and its output follow).
    (NOTICE, r"^(?:➤ )?Executing task deploy:failed$"),
    (NOTICE, r"^\[[\w.@-]+\] error in [\w./-]+ on line \d+:$"),
    # PHPUnit's child process that died (its output is above).
    (
        NOTICE,
        r"^(?:Fatal error: |PHPUnit\\Framework\\Exception: )?Premature end of PHP process when "
        r"running \S[^\n]*$",
    ),
    # --- crosstool-NG, snapcraft and charmcraft ---
    # crosstool-NG's footer (its build.log has the failed command's output).
    (NOTICE, r"^(?:\[ERROR\]\s+)?>>\s+Build failed in step '[^'\n]+'$"),
    (NOTICE, r"^\[ERROR\]\s+>>(?:\s|$)"),
    # The craft tools' (snapcraft, charmcraft) failed build in their instance.
    (NOTICE, r"^Failed to execute pack in instance\.$"),
    # --- SAP Project Piper ---
    # Project Piper's failed library step and deploy command (as Jenkins' AbortException
    # relays it too), and a step whose command failed ("[cloudFoundryDeploy] Step execution
    # failed (category: undefined). Error: running command 'cf' failed: ...").
    (NOTICE, r"An error occurred in the library step: \w+$"),
    (
        NOTICE,
        r"(?:^(?:hudson\.AbortException: |ERROR: )?\[(?:ERROR\]\[)?[\w-]+)?\] The execution of "
        r"the deploy command failed, see the log for details\.$",
    ),
    (
        NOTICE,
        r"^(?:hudson\.AbortException: )?\[[\w-]+\] Step execution failed \(category: \w+\)\. "
        r"Error: running command '[^'\n]+' failed: cmd\.Run\(\) failed: exit status \d+$",
    ),
    # --- Unity, elm-spa, Platform.sh, ONLYOFFICE, OpenSearch, Konflux ---
    # Konflux's (Tekton) task that updates a GitOps repository when git push failed: the task
    # hides git's own output (round 59's 203).
    (NOTICE, r"^Failed to push update to gitops repository: \S+$"),
    # OpenSearch's build scripts (opensearch-build) on a component that failed: the command to
    # build it again, its own output above (round 59's 080).
    (NOTICE, r"^(?:ERROR +)?Error building [\w.-]+, retry with: \S"),
    # Unity's build task finding no output (the editor log has the reason).
    (
        NOTICE,
        r"^The Unity build task finished without results\. Check editor logs for details\.$",
    ),
    # elm-spa when it cannot parse the Elm compiler's report (elm make shows it).
    (NOTICE, r"^! elm-spa failed to understand an error$"),
    # Platform.sh's last build line.
    (NOTICE, r"^E: Error: Unable to build application, aborting\.$"),
    # ONLYOFFICE's build scripts relaying a command's status.
    (NOTICE, r"^Error \([\w./-]+\): -?\d+$"),
    # --- Bots and gates (bors, Zuul, Dependabot) ---
    # bors (homu) on a pull request: the CI builder's page has the log (its name alone, or
    # linked to the build as homu writes it: "Test failed - [builder](url)").
    (NOTICE, r"(?:^|\W )Test failed - (?:[\w.-]+|\[[\w.-]+\]\([^()\s]+\))$"),
    # Zuul's report of each job's result.
    (
        NOTICE,
        r"^- \S+ : (?:FAILURE|ABORTED|UNSTABLE|TIMED_OUT|POST_FAILURE|RETRY_LIMIT|NODE_FAILURE|"
        r"ERROR)(?: in (?:\d+h )?(?:\d+m )?\d+s)?(?: \(non-voting\))?$",
    ),
    # Microsoft Docs' build (OPS) on a pull request when its build threw: the raw log has the
    # exception (round 59's 048, round 26's 073).
    (
        NOTICE,
        r"An exception occurred during the build process\. Please check the raw log and retry "
        r"building your content again\.(?: If the issue persists, please open a ticket in \S+ "
        r"and include the URL of publishing report(?: as well as below information: One or more "
        r"errors occurred)?\.*)?",
    ),
    # Dependabot's notices that point to its logs.
    (NOTICE, r"^\"?Dependabot encountered an unknown error\.?\"?$"),
    (
        NOTICE,
        r"^\"?Dependabot failed to update your dependencies because an unexpected error "
        r"occurred\. See the logs for more details\.\"?$",
    ),
    # === Generic failure notices: they say that something failed, not why ===
    # --- Generic notices ---
    # Generic notices that a build, deploy or job failed, without saying why. A notice
    # may share its line with a cause: the rest of the line is checked for one.
    (
        NOTICE,
        r"(?i)\b(?:build|deploy|deployment|push|job|step|task|pipeline|workflow|page build|"
        r"check|publish action|compilation|release|analysis)s?\s+(?:has\s+|have\s+)?"
        r"(?:failed|failure|errored|error|unsuccessful)\b",
    ),
    (
        NOTICE,
        r"(?i)^(?:build|job|deploy|deployment|pipeline) (?:status|state|result):?\s*"
        r"(?:failure|failed|error)\b",
    ),
    # Alone on its line, or after a bare timestamp (fastlane's "[1655721736.94]: error").
    (
        NOTICE,
        r"(?i)^(?:\[[\d.:T Z-]{6,40}\]:? ?|\[error\] )?"
        r"(?:error|failed|failure|build failed)[.!:]?$",
    ),
    (NOTICE, r"(?i)^(?:\[error\]:? ?)?failed to (?:deploy|build|publish|release)\.?$"),
    (NOTICE, r"(?i)completed with status:?\s*\[?failed\]?"),
    (NOTICE, r"(?i)\ban unexpected error has occurred\b"),
    (NOTICE, r"(?i)^looks like something went wrong"),
    (NOTICE, r"(?i)^an error (?:has )?occurred[.!]?$"),
    (NOTICE, r"(?i)^failed to compile\.?$"),
    (NOTICE, r"(?i)\bfailure invoking "),
    (NOTICE, r"(?i)\bfailed to (?:update|deploy|publish|upload|release|complete) "),
    (
        NOTICE,
        r"(?i)\bfailed to (?:build|render|generate|package) (?:[\w@./:-]+ ){0,3}[\w@./:-]+\.?$",
    ),
    # A step, job or build said to have failed, and nothing after it: the why is elsewhere
    # (a bot's status comment, a task runner's summary, a Markdown heading).
    (
        NOTICE,
        r"(?i)^[^\n]{0,80}\b(?:builds?|tests?|deploy(?:ment)?|jobs?|steps?|stages?|tasks?|"
        r"compil(?:e|ation)|install(?:ation)?|command|package|pipeline|workflow|checks?|"
        r"script|target|process|publish|release|trigger)\b[^\n]{0,60}?\b(?:failed|failure|failing)"
        r"[.!*:`]{0,6}\s*$",
    ),
    # A chat bot's report of a build's status (Cloud Build's notifier): its link has the log.
    (NOTICE, r"(?i)\b(?:status|state): \**(?:failure|failed|error)\**$"),
    (
        NOTICE,
        r"(?i)\b(?:deployment|build|job|run|task|step|pipeline) ended with "
        r"(?:HasError|errors?|failure)\b",
    ),
    # A job's final status.
    (NOTICE, r"^Final Job Status: (?:Cancelled|Canceled|Failed)$"),
    # A build tool's count of the packages it failed to build.
    (
        NOTICE,
        r"(?i)^\d+ (?:packages?|projects?|targets?|modules?)\b[^\n]{0,80}\b[1-9]\d* failed\b"
        r"[^\n]{0,20}$",
    ),
    # A build script's return code beside its log files.
    (NOTICE, r"(?i)^failed to build \(returncode -?\d+\)"),
    # Listings of runs or builds: a status column, not a cause.
    (
        NOTICE,
        r"(?i)\b(?:failed|failing|failure|errored|error) \d+ "
        r"(?:seconds?|minutes?|hours?|days?) ago\b",
    ),
    (NOTICE, r"(?i)\bconclusion[\"']?\s*[=:]\s*[\"']?(?:failure|failed|timed_out)\b"),
    # A build script's and a gate bot's notices, a runner's summary of targets.
    (NOTICE, r"^Build failed with exit code \d+\. Check errors above\.$"),
    (NOTICE, r"^Build in [\w -]{1,40} aborted\.$"),
    (NOTICE, r"^SUMMARY: Total: \d+ targets?, Passed: \d+, Failed: [1-9]\d*\.$"),
    # --- Pointers to a log elsewhere or above ---
    # A pointer to a log file the paste does not hold.
    (
        NOTICE,
        r"(?i)(?:^\W{0,3} ?(?:error:? )?(?:[\w.-]+ ){0,3}failed(?:\.{1,3}|[.!,;:])? ?(?:please )?)?"
        r"\b(?:check|see|look at|consult) (?:the )?(?:full )?(?:log(?: file)?:? )?['\"]?"
        r"\S+\.(?:log|txt)['\"]?(?: and ['\"]?\S+\.(?:log|txt)['\"]?)?"
        r"(?: for (?:(?:more )?details|more information|the full (?:log|output)))?\.?$",
    ),
    # A pointer to a tool's console output.
    (NOTICE, r"(?i)^see the (?:console )?(?:output )?logs? [^\n]{0,60}for more information\b"),
    # Banners and pointers that only say where the error is.
    (NOTICE, r"(?i)^#+ ?(?:failed|failure)\b(?: #+$)?"),
    (NOTICE, r"^# >{3,} ERROR REPORT <{3,}$"),
    (
        NOTICE,
        r"(?i)^(?:[\w ]{1,40}: |\W{0,3} ?(?:[\w.-]+ ){0,3}failed[.!]{0,3} )?(?:please )?"
        r"(?:see|check|search for errors in|look for errors in|look at) (?:the )?"
        r"(?:logs?|output|errors?|error (?:messages?|output|logs?))(?: output)? above\b",
    ),
    # A pointer to the log that has the error ("'cli' failed during build see '...log'").
    (
        NOTICE,
        r"(?i)(?:^\s*(?:'[^'\n]+'|(?:[\w.-]+ ){0,3}\S+) failed"
        r"(?: (?:during|while) [\w ]{1,30}?)?[,.]? (?:please )?)?"
        r"\bsee (?:the )?(?:log(?: file)?|'[^'\n]+\.log'|\"[^\"\n]+\.log\"|\S+\.log) "
        r"for (?:more )?(?:information|details|error logs?)\b",
    ),
    # cronic: the command's output follows.
    (NOTICE, r"^Cronic detected failure(?: or error output)? for the command:$"),
    # A web server's access line for a request that failed with a 5xx (Tornado's log format,
    # after a "date time:" stamp whose colon the cleaning leaves): the handler's traceback,
    # above it in the server's log, has the cause.
    (
        NOTICE,
        r"^:? ?(?:\[[\w.-]{1,40}\] +)?(?:ERROR|WARNING):? 5\d\d (?:GET|POST|PUT|PATCH|DELETE|HEAD) "
        r"\S+ \([^)\n]{1,60}\) [\d.]+ms$",
    ),
    # A builder's pointer up its log ("There was a problem setting up Node, see the above logs
    # for details.", cloud.gov Pages).
    (
        NOTICE,
        r"(?i)^(?:error:? (?:\[[\w-]{1,20}\] )?)?there was a problem [^,.\n]{1,60}[,.] ?"
        r"see the (?:above )?logs?(?: above)? for (?:more )?details\.?$",
    ),
    # A release script's own pointer up the log.
    (NOTICE, r"\bEncountered an error, details should be above\.?$"),
    # A script's own "see logs above".
    (NOTICE, r"^(?:\w+(?:Error|Exception): )?[^\n]{1,80}\. ?Please see (?:the )?logs? above\.?$"),
    # === Kept after the generic patterns, which also match some of their lines ===
    # --- Rust (cargo, rustc, cargo-make, cargo-msrv) ---
    # cargo when a test binary exits non-zero: the failed tests are listed above it, or the
    # binary crashed (no "test result:" line).
    ("cargo", r"^error: test failed, to rerun pass ['`][^'`\n]+['`]$"),
    # cargo when rustc or a build script failed: rustc's own errors are above.
    (
        "rustc",
        r"^[Ee]rror: [Cc]ould not compile [`'][^`'\n]+[`'](?: \([^)\n]+\))?"
        r"(?: due to \d+ previous errors?)?(?:; \d+ warnings? emitted)?\.?$",
    ),
    (
        "rustc",
        r"^(?:error: |Caused by:\s*)?process didn't exit successfully: `[^`\n]+(?:`"
        r"(?: \((?:exit (?:status|code)|signal): [^)\n]+\))?)?$",
    ),
    # cargo when a build script failed: its output is under "--- stderr" (old cargo had no
    # "error: " before it, and a capital F). Its crate may be cut off where a person quotes the
    # line in backticks and cargo's own backticks end the quote (round 59's 187).
    (
        "rustc",
        r"^(?:error: )?[Ff]ailed to run custom build command for"
        r"(?: (?:`[^`\n]+`|[\w-]+ v[\w.+-]+(?: \([^)\n]*\))?))?$",
    ),
    # cargo install: rustc's errors are above.
    ("rustc", r"^error: failed to compile `[^`\n]+`, intermediate artifacts can be found at "),
    # rustc's last line after the errors it printed (a relaying tool may show only this).
    (
        "rustc",
        r"^error: aborting due to (?:previous error|\d+ previous errors)"
        r"(?:; \d+ warnings? emitted)?$",
    ),
    # cargo-make's summary of a task whose script or command failed (the tool's output is
    # above it).
    ("rustc", r"^\[cargo-make\] (?:ERROR - Unable to execute script\.|WARN - Build Failed\.)$"),
    # cargo-msrv's verdict on the check it ran (cargo's or rustc's error is above it).
    (
        "rustc",
        r"^(?:Failed check command .+ didn't succeed|Crate source was found to be incompatible "
        r"with its MSRV '[^'\n]+'(?:, as defined in '[^'\n]+')?)$",
    ),
    # cargo-msrv's failed check (cargo's output follows).
    (NOTICE, r"^Check for toolchain '[^'\n]+' failed with:$"),
    # cargo's CliError when its only message is a count of failed jobs.
    ("rustc", r"^Error: CliError \{ error: Some\(\d+ jobs? failed\), exit_code: \d+ \}$"),
    # The cmake crate's panic in a build script: the failing build's own output is above.
    (NOTICE, r"^thread '[^'\n]+' panicked at '$"),
    (NOTICE, r"^command did not execute successfully, got: exit (?:code|status): -?\d+$"),
    (NOTICE, r"^build script failed, must exit now'?"),
    # --- Zig (the build runner's summary) ---
    # `zig build` after a failed step: its summary line (0.11 to 0.15: "; 1 failed" or
    # "(1 failed)") and the tree of steps under it, each failed one marked "transitive
    # failure", "failure" or "N errors". Each step's own error is printed above the summary.
    # A summary or step that counts failed tests names them: it is a test run's result.
    (
        "zig",
        r"^Build Summary: \d+/\d+ steps succeeded(?:;? \(?\d+ (?:failed|skipped|timed out)\)?)*"
        r"(?: \(disable with --summary none\))?$",
    ),
    # (The tree's glyphs are cleaned away; its ASCII form, "+- " and "|  ", is not.)
    ("zig", r"^(?:(?:\| +)*\+- )?[\w.-]+(?: [^\n]{1,200}?)? transitive failure$"),
    (
        "zig",
        r"^(?:(?:\| +)*\+- )?(?:run|install|compile (?:exe|lib|obj|test)|"
        r"zig (?:build-(?:exe|lib|obj)|test)|WriteFile|test|check) "
        r"[^\n]{1,200}? (?:failure|\d+ errors?)$",
    ),
    # --- Gradle (its older task line, its compile task) ---
    # An old Gradle's failed task (":test FAILED", before "> Task").
    ("gradle", r"^:[\w:.-]+ FAILED$"),
    # The compile task summing up a compiler's errors (they are above it).
    (
        "gradle",
        r"^(?:Caused by: )?(?:org\.gradle\.api\.internal\.tasks\.compile\.)?"
        r"CompilationFailedException: Compilation failed(?:;[^\n]*)?$",
    ),
    # --- Jenkins (a build step that threw) ---
    # Jenkins when a build step threw (the exception follows).
    ("jenkins", r"^(?:ERROR: )?Build step failed with exception$"),
    # A pipeline script's own error step pointing at a build's log it archived (mbed-os's CI:
    # "Build 'NAME' failed. Check 'DIR/NAME.log' in the archived files for more details.").
    (
        "jenkins",
        r"^(?:ERROR: )?(?:Error while running pipeline script: )?Build '[^'\n]+' failed\. "
        r"Check '[^'\n]+' in the archived files for more details\.$",
    ),
    # Elastic's Jenkins bot commenting on a pull request (apm-pipeline-library): its heading over
    # the failed steps and their folded list (each step's error under it, when pasted).
    ("jenkins", r"^#{2,4} Steps errors(?: \S+)?$"),
    ("jenkins", r"^(?:<details>)?<summary>Expand to view the steps failures</summary>$"),
    # --- Go tools ---
    # A Go tool's error that only chains "failed to ..." down to an exit status (the command's
    # own output is above it), as a logrus fatal line, an "Error: ", after cobra's "error
    # during command execution", or in GoReleaser's summary.
    (
        "shell",
        r"^(?:(?:time=\"[^\"\n]{1,40}\" )?level=(?:fatal|error) msg=\"|Error: |"
        r"(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?error during command execution: |"
        # GoReleaser's summary, whose hooks name the command they ran (round 41).
        r"⨯ +release failed after \S+ +error=)"
        r"(?:(?:failed|unable) to [\w ]{1,40}: |failed to run '[^'\n]{1,200}': |"
        r"[\w ]{1,40} failed: )+(?:[\w ]{1,20}: )*exit status \d+\"?$",
    ),
    # logrus' exit status.
    (NOTICE, r'\blevel=error msg="exit status \d+"$'),
    # --- Symfony Process ---
    # Symfony's Process component (phpbrew, phpswitch, Composer plugins): the command's output
    # follows under "Output:" or is above.
    ("shell", r"^\[Symfony\\Component\\Process\\Exception\\ProcessFailedException\]$"),
    ("shell", r"^The command \"'[^\n]*\" failed\.$"),
    # Its exit code line (Deployer, Laravel's tools) under "The command ... failed."
    (NOTICE, r"^(?:with )?Exit Code: -?\d+ ?\([^)\n]{1,40}\)$"),
    # --- phpbrew ---
    # phpbrew's build task when make exited non-zero: make's output is in the build's log
    # (build.log under the version's source directory; round 57's 132).
    (NOTICE, r"^RuntimeException: Make failed\.$"),
    # --- tox ---
    # tox 3's summary.
    ("shell", r"^ERROR: +[\w.-]+: commands failed$"),
)

#: Where a log comes from, when no wrapper line names the system.
SYSTEM_CUES: tuple[tuple[str, str], ...] = (
    ("github-pages", r"(?i)page build failed|troubleshooting-github-pages|github-pages"),
    ("readthedocs", r"(?i)read the docs|readthedocs"),
    ("amplify", r"(?i)amplify|Z \[(?:INFO|WARNING|ERROR)\]: "),
    ("render", r"(?i)render\.com|/render/|onrender"),
    ("heroku", r"(?i)heroku|^remote: |^-----> |^ !\s+Push failed"),
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
    # (Not .NET's "--- End of inner exception stack trace ---", in any language: it ends so.)
    (
        "buildkite",
        r"(?i)buildkite|^(?:~~~|\+\+\+) |^--- (?:[^s\n]|s[^t\n]|st[^d\n])(?:[^\n]*[^\n-])?$",
    ),
    ("bitbucket", r"(?i)bitbucket[- ]pipelines"),
    ("cloudbuild", r"(?i)cloud build|gcloud builds|cloudbuild"),
    ("codebuild", r"(?i)\bcodebuild|^\[Container\] \d{4}/\d\d/\d\d "),  # not xcodebuild
    ("prow", r"(?i)\bprow\b|spyglass|gubernator|^[IWE]\d{4} \d\d:\d\d:\d\d\.\d{3}\] "),
    ("act", r"nektos/act|exit with `FAILURE`|^\[[^\]\n]+\] +(?:⭐|🚀|✅|❌|🏁) |/var/run/act/"),
    ("circleci", r"(?i)circleci|^#!/bin/bash -eo pipefail"),
    ("travis", r"(?i)travis"),
    ("jenkins", r"(?i)^\[Pipeline\]|jenkins|hudson\.|^Started by (?:user|an SCM|timer|upstream)"),
    ("gitlab", r"(?i)gitlab|section_start:|^Running with gitlab|^Preparing the \"\S+\" executor"),
    # GitHub's runner routing log, which GitHub once printed under Azure's "##[section]".
    (
        "github",
        r"Request a runner to run this job|"
        r"online and (?:idle|busy) (?:self-hosted |hosted )?runner",
    ),
    # Azure's work folder ("/Users/runner/work/1/s", "D:\\a\\1\\s") before GitHub's runner path.
    (
        "azure",
        r"(?i)^##\[section\]|azure|^Agent name:|/_work/_tasks|##vso\[|/work/\d+/s/|\\a\\\d+\\s\\|"
        r"^(?-i:Starting|Finishing): \S",
    ),
    (
        "github",
        r"(?i)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z|##\[(?:group|endgroup|error)\]|"
        r"^Run \S+/\S+@|github actions|self[- ]hosted runner|JobDispatcher|"
        # GitHub's own marks of "actions/", not the word in any path (fastlane's actions/,
        # src/actions/, Abstractions/): an action and its ref ("uses: actions/checkout@v4"),
        # GitHub's actions organisation and a run's page, an action's toolkit package, the
        # runner's folders (its _actions, actions-runner, a hosted runner's work folder).
        r"\bactions/[\w.-]+@|\bgithub(?:\.com)?/actions/|github\.com/[\w.-]+/[\w.-]+/actions/|"
        r"github-actions/|@actions/|/_actions/|/actions-runner/|/(?:home|Users)/runner/work/",
    ),
)

#: The systems that have their own place for the full log (the rest are tools).
LOG_PLACES = frozenset(name for name, _ in SYSTEM_CUES) | {"generic"}

#: A line that names a cause: an error word outside the lines above.
_CAUSE_WORDS = re2.compile(
    r"(?i)(?:\b(?:error|fail|fatal|denied|exception|killed|unable|cannot|can't|could not|"
    r"not found|invalid|refused|forbidden|unauthori[sz]ed|timed? ?out|no such|panic|abort|"
    r"missing|mismatch|exceeded|reasons?:|segmentation fault|SIG(?:SEGV|ABRT|BUS|ILL|FPE|KILL)|"
    r"no [\w./-]{1,40}(?: files?)? found|no longer (?:maintained|supported|available)|"
    r"incompatible|(?:does not|doesn't|did not) exist|bad credentials|not installed|"
    r"(?:does not|doesn't) match|is not defined|build constraints exclude all|"
    r"(?:does not|do not|doesn't|don't) contain|c level backtrace information|illegal instruction|"
    r"unknown (?:blob|manifest|revision|options?|flag|shorthand flag|command|version)\b|"
    r"refusing|wrong architecture|requires a newer version|"
    r"crash(?:ed|es)?|cancell?ed|vulnerable|unsupported|not supported|deprecated|"
    r"exceeds|unreachable|couldn[’']t|unexpected|already exists?|core dumped|malformed|"
    r"unknown [\w-]{1,20} relocation|relocation truncated to fit|no rule to make target|"
    # --- A tool's refusal in its own words (round 59) ---
    # Go's flag package on an option the command does not define; Composer's autoload check on a
    # class whose namespace does not match its path; pacman's conflict with a pinned dependency; cvs
    # refusing to tag a modified file; a deployment skipped because a variable has not matched
    # (AppVeyor); a program a tool finds unavailable (ridk's MSYS2).
    r"flag provided but not defined|does not comply with|breaks dependency|is locally modified|"
    r"(?:has|have) not matched|(?:seems|appears) to be (?:unavailable|not available)|"
    # --- Versions: a requirement, an API level a dependency needs, a tool too old ---
    r"requires [^\n]{1,60}? or (?:higher|newer|later|above)\b|"
    r"(?:against|requires?|needs?) (?:\w+ ){0,3}version \d[\w.]* or later\b|"
    r"is too old\b|"
    # --- A value a tool refuses or did not expect, a path it says does not appear to exist ---
    r"is not a valid\b|\bnot recognized\b|(?:does not|doesn't) appear to exist|"
    r"expected\b[^\n]{1,80}?\bbut (?:got|found|was)\b|"
    r"no matching [\w-]{1,40} found|(?:has|have|must) to be|"
    r"is not a (?:commit|git repository|directory|file)\b|"
    # --- The C library's messages beyond "No such file" and "denied" (strerror) ---
    r"is a directory|not a directory|read-only file system|no space left on device|"
    r"directory not empty|text file busy|too many open files|operation not permitted|"
    r"argument list too long|broken pipe|connection reset|device or resource busy|"
    # --- Windows ---
    # cmd.exe's refusal of a command line, in English and in German.
    r"access violation|the syntax of the command is incorrect|syntaxfehler|"
    # --- Compilers and linkers ---
    # A missing symbol without its class (and Ruby's NoMethodError and NameError; round 32), one
    # defined twice (ld64's "duplicate symbol _x in:"), a file format the linker refuses, a
    # compiler's note under its diagnostic.
    r"undefined (?:method|local variable or method|reference to|symbols?)\b|duplicate symbols? \S|"
    r"building for [^,\n]{1,40}, but linking|"
    # A program a driver ran, killed by a signal ("collect2: ld terminated with signal 11
    # [Segmentation fault]", "... terminated with signal 9 [Killed]"; round 62's 166).
    r"(?:terminated|killed) (?:with|by) signal \d+|"
    r"\w+:\d+:\d+: note: |"
    # --- Python, Go ---
    # Python's missing module without its class; Go's import path it cannot resolve, its
    # struct field it does not know, its undefined name; gobind's package with nothing to bind
    # (under gomobile's line relaying it, round 59's 164).
    r"no module named|"
    r"unrecognized import path|unknown field\b|\bundefined: [\w.]|no exported names in the |"
    # GOPATH mode's import comment check ("code in directory .../uber-go/zap expects import
    # \"go.uber.org/zap\""; round 62's 209).
    r"code in directory \S+ expects import |"
    # The go command's own errors, which it prefixes with the subcommand ("go build: -race
    # requires cgo", "go install: no install location for directory ... outside GOPATH"; its
    # progress says "go: downloading ..."; round 61's 140, 163), and its refusal of a go.mod
    # where one must not be ("$GOPATH/go.mod exists but should not"; round 61's 125).
    r"(?-i:^go (?:build|install|run|test|vet|list): \S)|exists but should not\b|"
    # --- git's stash with nothing in it; an Azure agent refusing a job request it holds ---
    r"no stash entries found|is already running or has already completed|"
    # --- Tests: Gradle's test JVM that exited, TAP's failed test, an assertion ---
    r"gradle test executor \d+' finished with non-zero exit value|"
    r"not ok \d|assert(?:ion)?\b|"
    # --- A tool's usage, printed when it refuses its arguments (ruby-build, git clone, npm,
    # opam, docker-php-ext-install: round 62's 216): a program, maybe a subcommand, then an
    # option or a placeholder. (argparse's usage, with its [-h], is set aside: its error line
    # follows it.)
    r"(?-i:^\s*[Uu]sage: (?:/\S+/)?[\w.-]+(?: [a-z][\w-]*)? [\[<])|"
    # --- An HTTP server's error; a shell's option without its argument ---
    r"\b50[0234] (?:service unavailable|bad gateway|gateway time-?out|internal server error)\b|"
    r"option requires an argument)|"
    r"\bERR_[A-Z_]{3,}|"
    # A symbol ld64 lists as undefined (round 50); a C++ signature may end in ")" before the quote.
    r"\", referenced from:$|"
    # Ruby's crash report ("file.rb:112: [BUG] Illegal instruction"): no word before the bracket.
    r"\[BUG\] |"
    # apt's and dpkg's errors ("E: Repository ... changed its 'Label' value"); a diagnostic's
    # code as .NET, NuGet, MSVC's linker and WPF's markup compiler print it (MSBuild's own MSB
    # codes are left out: MSB3073 and its kin are wrappers).
    r"(?-i:^E: [A-Z]|\b(?:CS|FS|BC|MC|NU|LNK|NETSDK|XA|XC)\d{4}: )|"
    # A class name (TypeError, IOException), not a flag or a word that ends so (-Werror).
    # (Upper-case only: "e213" in a UUID is no code.)
    r"(?-i:\w(?:Error|Exception)\b|\bENO[A-Z]+|\bE\d{3}\b)|"
    # pytest's header over a failed test's report.
    r"(?:^|\s)_{3,} [\w\[\]:.,/ -]+ _{3,}$|"
    # The github-pages gem's error line ("github-pages 232 | Error: <Jekyll's message>") inside
    # the squashed debug annotation, its "Error:" label cut with the annotation's.
    r"(?-i:\bgithub-pages \d+ \| ))",
    _BIG_OPTIONS,
)
#: Lines that carry no cause even when they hold an error word: warnings, progress,
#: stack frames, commands being echoed.
_NOT_A_CAUSE = re2.compile(
    r"(?i)^(?:\[?(?:info|warn|warning|debug|debu|trace|notice|verbose)\]?(?::|!? |\s)|"
    # Go's log with a level (Terraform, Packer, Vagrant), logrus below warning, Cloud Foundry
    # buildpacks' warnings, oh-my-zsh's prompt (a branch name may say "failed").
    r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \[(?:DEBUG|TRACE|INFO|WARN)\] |"
    r"time=\"[^\"\n]{1,40}\" level=(?:debug|info|warning|trace) |\*\*WARNING\*\* |"
    r"➜ +\S+ git:\([^)\n]{0,200}\) |"
    # rake --trace's task lines (a task may be called db:abort_if_pending_migrations) and
    # GoReleaser's note on a step it skips ("pipe skipped error=not a snapshot").
    r"\*\* (?:Invoke|Execute) \S|\s*•\s+pipe skipped\b|"
    # An environment dump (NPM_CONFIG_LOGLEVEL=error), package.json's default test script,
    # BuildKit's and pnpm's (workspace | WARN) warnings, a JSON log line below error.
    r"(?-i:[A-Z][A-Z0-9_]{2,})=\S*$|\"[\w:-]+\": \"echo |=> WARN: |[\w./@-]+ \| WARN |"
    r"(?:[\w.-]+ +\| |[A-Z][a-z]{2} +\d+ [\d:]{8} \S+ [\w.-]+(?:\[\d+\])?: )?"
    r"\{\"level\":\"(?:warn|warning|info|debug|trace)\"|"
    r"npm (?:warn|notice|info|verb)|yarn warn|warning:|[\w./-]+: warning|"
    r"npm (?:ERR!|error) gyp (?:info|verb|http) |"
    # node-gyp's make, quiet: a target it builds ("CC(target) Release/obj.target/x.o"), also
    # where npm relays the failed script's output (round 59's 123).
    r"(?:npm (?:ERR!|error) +)?(?-i:CC|CXX|LINK|SOLINK|SOLINK_MODULE|AR|ACTION|COPY|TOUCH)"
    r"\((?:target|host)\) |\s*\*? ?\[new (?:branch|tag)\] |"
    # A Ruby backtrace's frame, numbered as Ruby 2.5 to 2.7 print it ("10: from x.rb:229:in").
    r"(?:\d{1,4}: )?from \S+:\d+:in |"
    # A script's own message as its source has it (the log shows whether it ran).
    r"echo [\"']|"
    r"at \S|#\d+\s|File \"|from \S+ import|\+ |\$ |> |\[command\]|Run command:|Running |"
    # npm-debug.log's numbered lines below its error level.
    r"\d{1,7} (?:silly|verbose|info|warn|http|timing) |"
    # A Rust backtrace's frame without its address ("2: autotools::fail").
    r"\d{1,3}: (?:[\w<>]+::)+[\w<>{}#]+$|"
    r"Retrying|(?:Build )?Cache not found|\**Error message:\**$|"
    r"(?:INFO|WARN|DEBU|TRAC)\[\d+\]|Starting a Gradle Daemon|"
    # Yarn's notices that a package must be (re)built or fetched.
    r"(?:➤ )?YN00(?:07|08|13): |"
    # Bundler's note on a gem the Gemfile lists twice (its last sentence on a line of its own).
    r"While it's not a problem now, it could cause errors if you change the version|"
    # A field of an object dumped with a literal value ("failed: true,").
    r"[\w$-]+: (?:true|false|undefined|null|''|\"\"|\[\]|\{\}|-?\d+),?$|"
    # People's own words around a paste.
    r"(?:i|i'm|i've|we|we're|our|my|it|this|that|since|after|when|why|how|what|does|is|"
    r"the (?:below|above)|"
    r"has anyone|anyone|hi|hello|hey|thanks|please)\s|"
    r"(?:can|could) (?:you|i|we|someone|somebody|anyone|this|that|it|be|there)\b|"
    # A command echoed with its absolute path and options (setup-* actions, @actions/exec),
    # and a Windows program's with its slash options (MSBuild echoing csc.exe or cl.exe, also
    # as npm relays node-gyp's MSBuild output: round 61's 194).
    r"(?:\"[A-Za-z]:\\[^\"\n]+\"|[A-Za-z]:\\[^\s:\"]+|/[^\s:]+) "
    r"(?:[^\s-]\S* ){0,3}--?[A-Za-z]|"
    r"(?:\d{1,4}>\s*|npm (?:ERR!|error) +)?\"?[A-Za-z]:\\[^\n\"]{1,200}?\.exe\"? /[A-Za-z]|"
    # The legacy Docker builder's warning under a step ("---> [Warning] The requested image's
    # platform ... does not match the detected host platform").
    r"---> \[Warning\] |"
    # setup-* actions looking in the tool cache before they download.
    r"Version \S+ was not found in the local cache|Not found in manifest\.|"
    # GitHub's routing log before a job gets a runner (every job of 2020-2021 has it).
    r"Can't find any online and idle (?:self-hosted |hosted )?(?:or hosted )?runner|"
    r"Found online and (?:busy|idle) (?:self-hosted |hosted )?runners? in |"
    # tox 4's debug and info lines ("py: 92 D discover exe ... [file.py:58]").
    r"[\w.-]{1,40}: \d+ [DI] |"
    # A traceback's source lines that raise, and its chaining notice.
    r"raise \S|During handling of the above exception, another exception occurred|"
    # A compiler's note under its error; semantic-release's info and success lines.
    # (Windows consoles get "»", "i", "√"; "⚠" is its warning.)
    r"(?-i:note): |(?:\[[\d:]{5,8}(?: [AP]M)?\] |[AP]M\] )?\[semantic-release\] "
    r"(?:\[[^\]\n]+\] )?[›»] +(?:ℹ|✔|⚠|i|√)\s|"
    # xcodebuild's build commands ("RegisterExecutionPolicyException <path> (in target").
    r"(?:builtin-)?[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+ [^\n]*\(in target '[^'\n]+' "
    r"from project '[^'\n]+'\)$|builtin-[\w-]+ |"
    # A Kubernetes object described: a container's or condition's reason that names none.
    r"Reason:\s+(?:Completed|Error|Failed)$|"
    # Ansible's play recap; fastlane's note on Xcode versions after any failed build.
    r"(?:\S+\s*: )?ok=\d+\s+changed=\d+\s+unreachable=\d+\s+failed=\d+|"
    r"Maybe the error shown is caused by using the wrong version of Xcode|"
    # The headers of Netlify's error block.
    r"(?:Error (?:message|location)|Plugin details|Resolved config)$|"
    # Bundler's list of the gems it uses or installs (a gem may be named "timeout").
    r"(?:Using|Installing|Fetching) [\w.-]+ \d+(?:\.\w+)+(?: \([\w.-]+\))?"
    r"(?: from \S+)?$|"
    # MSVC's notice under MSBuild's PrepareForBuild target.
    r"Structured output is enabled\. The formatting of compiler diagnostics|"
    # The GitHub runner's note when an action adds problem matchers ("Added matchers:
    # 'checkout-git'. Problem matchers scan action output for known warning or error strings
    # and report these inline."; round 61's 218).
    r"Added matchers: '[^\n]*'\. Problem matchers scan |"
    # Rails' db:create and db:drop on a database that is already there, or already gone: a
    # notice on stderr, and the task goes on (round 61's 168).
    r"(?-i:Database '[^'\n]+' (?:already exists|does not exist))$|"
    # A property list's key (an xcodebuild or actool result: "<key>com.apple.actool.errors</key>")
    # names a field; what failed is in the value below it (round 61's 225).
    r"<key>[^<>\n]*</key>$)|"
    # Headers and progress that name no cause: Composer's trace header, a Jenkins
    # plugin's info line, Go's and cargo's progress, a cache that is skipped.
    r"Exception trace:$|Run #|\[[\w./ -]+\] \[(?:INFO|WARN|WARNING|DEBUG)\] |"
    r"go: (?:downloading|finding|extracting|found) |"
    r"(?:Compiling|Checking|Fresh|Downloaded|Downloading|Documenting|Locking|Adding) "
    r"\S+ v\d|[^\n]*\bcontinuing with (?:the )?build\b|"
    # A state a tool is about to change ("Pull request branch 'x' does not exist yet").
    r"[^\n]* does not exist yet\.?$|"
    r"# timeout=\d+$|\?$|"
    # Lines that start as a tool's own notice, not a cause: Composer's probe for a CA bundle
    # (-vvv), pip's header over its own traceback, a Python warning, a traceback's chaining
    # notice, numpy.distutils' note, make's directory lines, rustc's note holding the linker's
    # command line (its message comes after it), a configure check that finds nothing (waf,
    # autoconf), a build tool's progress on one file (mkmf's "linking shared-object
    # x/fatal.so"), conda's solver retrying with another index, GitHub's annotation
    # locations, .NET's async frame separator, Gradle's stack header and its empty error
    # lines, a make-style variable dump, CodeBuild's notes, an annotation's label over a
    # compiler note's gutter, Maven's closing help lines.
    r"^\s*(?:Checked (?:CA file|directory) \S+ (?:does not exist|: valid)|ERROR: Exception:$|"
    r"\S+:\d+: \w*Warning: |The above exception was the direct cause of the following|"
    r"Missing compiler_cxx fix for |g?make(?:\[\d+\])?: (?:Entering|Leaving) directory |"
    r"= note: \"[^\"\n]+\" \"|"
    r"Checking (?:for|if|whether) [^\n]*(?::|\.\.\.) *(?:not found|no)$|"
    r"(?:compiling|linking(?: shared-object)?|installing|generating) [\w./@+-]+$|"
    r"Solving environment: failed with (?:current_repodata\.json|initial frozen solve)|"
    r"(?:warning|failure|error|notice) at [\w./-]+:\d+$|"
    r"--- End of (?:stack trace from previous location|inner exception stack trace ---$)|"
    r"(?:\* )?Exception is:$|"
    # Docker's note before it pulls an image it does not have (round 43); a shell's trace of
    # an assignment (fail_fast=false), MSBuild's note on a directory it need not remove,
    # Ginkgo's summary of a passing run (round 42).
    r"Unable to find image '[^'\n]+' locally$|\++ \w+=\S*$|"
    r"Directory \"[^\"\n]+\" doesn't exist\. Skipping\.$|SUCCESS! -- \d+ Passed \| 0 Failed \||"
    # autoprefixer's warnings, testcontainers' wait for a container (round 44).
    r"autoprefixer: \S+: |(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?⏳ Waiting for container id |"
    # a batch script's own line echoed by cmd (round 45).
    r"if (?:not )?errorlevel \d+ |"
    r"\[ERROR\] \[org\.gradle\.[\w.]+\]\s*$|[A-Z][A-Z0-9_]*FLAGS\s*=|"
    r"(?:\[Container\] [\d/ :]+ )?(?:No commands found for phase name: |"
    r"Setting HTTP client timeout to higher timeout)|Error:\s+\|$|"
    r"(?:\[ERROR\]|Error:) (?:To see the full stack trace of the errors|"
    r"Re-run Maven using the -X|For more information about the errors and possible solutions)|"
    # Jenkins' note on a stage it did not run; rich's traceback marking its source line.
    r"Stage \"[^\"\n]+\" skipped due to earlier failure|❱ \d+ )|"
    # The alternatives below stand alone (each anchors itself where it must), by tool.
    # --- Generic: words that name no cause in their context ---
    # A fallback that recovers; a step a tool skips; a notice of something still working that
    # will go ("deprecated and will be removed"); a step that creates what is missing ("... if
    # it does not exist"); a command whose fallback message is its source ("mkdir x || echo
    # 'x already existed'"); a compiler's note on how to silence the warning above it.
    r"[^\n]*(?:;| -) falling back to |"
    r"[^\n]* - Skipping\.?$|"
    r"[^\n]*\bwill be removed in a future\b|"
    r"[^\n]*\bif (?:it|they) (?:does|do)(?: not|n't) (?:already )?exist\.?$|"
    r"[^\n]*\|\| echo [\"']|"
    r"[^\n]*: note: [^\n]* to silence this warning\b|"
    # javac's notes on a file (or files) that use a deprecated API or unchecked operations,
    # printed on every such build, failed or not (round 59's 196).
    r"^Note: (?:\S[^\n]*\.java uses|Some input files use) (?:or overrides? a deprecated API|"
    r"unchecked or unsafe operations)\.$|"
    # OPS's (Microsoft Docs') heading and table row over the errors it lists below them.
    r"^(?:#{1,6} )?:x: Validation status: (?:errors|warnings)$|"
    r"^\[[^\]\n]*\]\([^)\n]*\) \| :x: ?Error \| [^\n]*\| \[Details\]\(#user-content-[\w-]+\)$|"
    # A test runner's mark on a test that passed (nodeunit's, mocha's, jest's): the test's name
    # may hold an error word ("✔ testThrowError"; round 58's 050).
    r"^[✔✓] |"
    # A row of a results table that counts nothing; a task's boolean or numeric input in a
    # JSON dump.
    r"\|\s*(?:Failed|Errors?|Failures?|Skipped)\s*\|\s*0\s*\|?$|"
    r"^\"[\w.-]+\": \"?(?:true|false|\d+)\"?,?$|"
    # --- Loggers below their error level ---
    # log4j's warnings; a logger's INFO line after its name (Akka, logback); one with its
    # level before its time (krane's "[INFO][2018-10-25 17:10:32 -0700]"); Python's logging
    # ("[2020-10-13 15:35:51,564 cachito.workers.scm DEBUG"); klog's info and warning lines
    # (Kubernetes); PostgreSQL's LOG level (its shutdown after initdb: "aborting any active
    # transactions").
    r"log4j:WARN |"
    r"[\w.-]+ +(?:INFO|DEBUG) +- |"
    r"^\[(?:INFO|DEBUG)\]\[\d{4}-\d\d-\d\d[ T]\d\d:|"
    r"^(?:\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} )?[\w.]+ (?:DEBUG|INFO) [\w.]+\] |"
    # Python's logging as "logger.name: LEVEL message" below warning, also where StackStorm's
    # execution result quotes an action's stderr in its "error:" field (round 58's 038).
    r"^(?:error: )?(?:\w+\.)+\w+: (?:DEBUG|INFO)\s+\S|"
    r"^[IW]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ [\w.-]+:\d+\] |"
    # Unreal Engine's log below its Warning verbosity ("LogCook: Display: Unable to read previous
    # cook inisettings ... invalidating cook"), also as UAT relays it and as a tool relays its
    # time-stamped lines; not its summary repeating an error under Display ("LogInit: Display:
    # LogBlueprint: Error: ..."; round 58's 147).
    r"^(?:ProcessResult\.StdOut:\s+)?(?:\[[\d.:-]+\]\[ *\d+\])?Log[A-Z]\w*: "
    r"(?:Display|Log|Verbose|VeryVerbose): (?:\[[\d.:-]+\]\[ *\d+\]Log[A-Z]\w*: "
    r"(?:Display|Log|Verbose|VeryVerbose): )?(?:[^L\[\n]|L[^o\n]|Lo[^g\n])|"
    # A Julia stack frame and its location line ("[1] error(s::String)", "@ Base ./error.jl:35"),
    # after Pkg's "Failed to precompile" too (round 61's 063).
    r"^\[\d{1,4}\] (?:top-level scope$|\(::|[\w.!]+\()|^@ [\w.]+ \S+:\d+(?: \[inlined\])?$|"
    # Android's logcat (threadtime format) below error: a booting device's warnings are
    # routine (round 58's 255).
    r"^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ [VDIW] |"
    r"(?:^|> |\] )LOG: {1,2}\S|"
    # --- GitHub Actions ---
    # The runner evaluating a job's settings.
    r"\|?Evaluate (?:job |step )?(?:continueOnError|timeoutMinutes|condition)$|"
    # --- Jenkins ---
    # The timeout step ("[Pipeline] timeout") and its limit; every inbound agent's start
    # (round 25); the commit message Jenkins echoes.
    r"Timeout set to expire in \d|timeout$|"
    r"Both error and output logs will be printed to |"
    r"^Commit message: \"|"
    # SAP Piper's report of a library step's error: its heading over the error's own line.
    r"^The error was:$|"
    # --- TeamCity ---
    # Its note on a clean checkout.
    r"(?:\[Updating sources\] )?Will perform clean checkout\. Reason: |"
    # --- Bitrise ---
    # A step's title.
    r"\| (?:\(\d+\) [\w-]+@[\d.]+|(?:id|version|collection|toolkit|time): [^|\n]*) *\|$|"
    # --- AWS CodeBuild ---
    # Every run's provisioning (round 25).
    r"(?:\[Container\] [\d/]+ [\d:.]+ )?(?:Setting HTTP client timeout to higher timeout for "
    r"S3 source|Unable to initialize cache download: no paths specified to be cached)$|"
    # --- Netlify ---
    # Its notices of a build cache it has not got.
    r"No cached dependencies found\. Cloning fresh repo|"
    r"^Expected build cache - but failed to find it$|"
    # --- Heroku ---
    # The list of "possible problems" under a failed Node.js build; the Python buildpack
    # advising a newer patch release (the build goes on).
    r"^- (?:A module may be missing from 'dependencies' in package\.json|Node version not "
    r"specified in package\.json|Dangerous semver range|node_modules checked into source control)|"
    r"^!?\s*The latest version of Python [\d.]+ is python-[\d.]+ \(you are using "
    r"python-[\d.]+, which is unsupported\)\.$|"
    # --- Docker ---
    # docker push's and docker pull's progress on a layer it has; the classic builder echoing
    # a Dockerfile instruction.
    r"[0-9a-f]{12}: Layer already exists|Image already exists: [0-9a-f]{12}$|"
    r"[0-9a-f]{12}: Already exists$|"
    r"^Step \d+/\d+ : [A-Z]+\b|"
    # BuildKit's line for a step it took from its cache: the step did not run, its command is no
    # cause (round 58's 222: an echo of "not supported" in a cached RUN).
    r"^=> CACHED \[|"
    # --- npm, Turborepo, webpack, Cordova, eslint, Vite ---
    # npm-debug.log's lower levels; turbo's daemon check that falls back; webpack's advice on
    # showing the details of its errors; Cordova's hook that has no scripts; eslint's
    # warnings.
    r"^\s*\d+ (?:silly|verbose|timing|http) |"
    r"Failed to check if we can skip restoring outputs for |"
    r"^Use 'stats\.errorDetails: true' resp\. '--stats-error-details' to show it\.$|"
    r"No scripts found for hook \"|"
    r"\d+:\d+\s+(?-i:Warning|warning)\b|"
    # Vite's debug output (DEBUG=vite:*) dumping its resolved configuration: option names and
    # values (warnOnError: true), no cause.
    r"^\s*vite:config(?:\s|$)|"
    # --- Xcode ---
    # xcodebuild's distribution logging after its timestamp; the App Intents step; xcpretty's
    # mark on a warning.
    r"xcodebuild\[\d+:\d+\] \[MT\] IDEDistribution|"
    r"appintentsnltrainingprocessor\[\d+:\d+\] |"
    r"\x{26a0}\x{fe0f}? |"
    # --- MSBuild / MSVC / .NET ---
    # A warning with its code; the detailed log on a target it must run; a compile command as
    # MSBuild echoes it (its flags, not a cause); a target it ignores (vcpkg's targets); MSVC
    # ignoring an option it does not know (GCC's -O3 passed to cl); NUnit's and VSTest's
    # summaries of a run without failures.
    r"[^\n]*\(\d+(?:,\d+){0,3}\): warning [A-Z]{1,6}\d+|"
    r"^\s*Output file \"[^\"\n]+\" does not exist\.$|"
    r"^(?:\d{1,3}>)?cl(?:\.exe)? /c |"
    r"^The target \"[^\"\n]+\" listed in an? (?:Before|After)Targets attribute at \"[^\n]+ "
    r"does not exist in the project, and will be ignored\.$|"
    r"^\s*cl(?:\.exe)? : Command line warning D9\d{3} : |"
    r"Not run: \d+, Invalid: 0, |"
    r"^Total tests: \d+\. Passed: \d+\. Failed: 0\. Skipped: \d+\.?$|"
    # nuget restore's detailed verbosity printing its project-to-project timeout setting.
    r"^MSBuild P2P timeout \[ms\]: \d+$|"
    # .NET's base exception class cut before its message (it names no kind of failure).
    r"^System\.Exception:?$|"
    # --- CMake ---
    # A link command as CMake's Ninja rules echo it.
    r"^: && \S|"
    # --- Bazel ---
    # Its hint under a failed build.
    r"^Use +(?:--verbose_failures +)?to see the command lines of failed build steps\.$|"
    # --- Maven, Surefire ---
    # Maven's help link and its help line wrapped; Surefire's pointer to its dump files; a
    # test summary that counts no failure.
    r"\[ERROR\] \[Help \d+\] \S+$|of the errors, re-run Maven with the -e switch\.?$|"
    r"Please refer to dump files \(if any exist\) |"
    r"Tests run: \d+, (?:Errors: 0, Failures: 0|Failures: 0, Errors: 0)\b|"
    # --- Gradle ---
    # Its notice on deprecated features (every Gradle 7 build that uses one prints it, failed
    # or not).
    r"^Deprecated Gradle features were used in this build, making it incompatible with Gradle \d|"
    # Its logger's level and name (--debug) with the line cut inside the name: no message left.
    r"^(?:\d\d:\d\d:\d\d\.\d{3} )?\[(?:ERROR|WARN|INFO|DEBUG|LIFECYCLE|QUIET)\] "
    r"\[org\.gradle\.[\w.$]*$|"
    # --- Rust ---
    # A backtrace's frame with its address, and without it (std::panicking::try).
    r"\d+: +0x[0-9a-f]+ - |"
    r"^\s*(?:\d{1,3}: +)?(?:<[^\n]+>|[A-Za-z_]\w*)(?:::(?:<[^\n]+>|[\w{}$#.]+(?:<[^\n]*>)?))+$|"
    # --- Ruby ---
    # Ruby's Logger below error ("I, [time #pid] INFO -- "); a frame with no message;
    # Bundler's note on groups it left out; Ruby's build finding the bundled gems it downloads
    # already there, and configuring a directory (its extension -test-/fatal); RSpec's summary
    # of a run without failures.
    r"[IDW], \[[^\]\n]{1,60}\] +(?:INFO|DEBUG|WARN) -- |"
    r"^\s*\S+\.rb:\d+:in [`'][^'\n]+'$|"
    r"^Gems in the groups? [\w ,]+ (?:were|was) not installed\.$|"
    r"^gems/[\w.-]+\.gem already exists$|"
    r"^configuring -?[\w.+-]*(?:/[\w.+-]+)+$|"
    r"^\d+ examples?, 0 failures\b|"
    # --- Python (uv) ---
    # uv's advice under a failed build.
    r"^hint: (?:This usually indicates|Build failures usually indicate) a problem with the package|"
    # --- Other tools ---
    # Terraform's note on a plan not saved; ssh-agent -k; GoReleaser's notice of a
    # configuration key that still works (round 26); Composer's -vvv note on a cache directory
    # it creates; SSHKit's note that a command printed nothing; dub's note on a package that
    # is not a git checkout; the Unity editor's debugger agent finding its port taken (every
    # batch-mode run on a shared agent may print it; the build goes on); Haskell Stack
    # building its package index for the first time.
    r"Note: You didn't use the -out option to save this plan|(?:echo )?Agent pid \d+ killed;?$|"
    r"^\s*• DEPRECATED: \S+ should not be used anymore\b|"
    r"^Cache directory does not exist \(cache-[\w-]+-dir\):|"
    r"^\S+ (?:stdout|stderr): Nothing written$|"
    r"^Note: Failed to determine version of package \S+ at [^\n]+\. Assuming ~master\.$|"
    r"^debugger-agent: Unable to listen on \d+$|"
    r"^Cannot update index \(no local copy\)$|"
    # Stack's warning that no snapshot package provides a build tool a dependency lists, and
    # its note under it (the build goes on: where the tool is really missing, the error comes
    # later; round 58's 102, 103).
    r"^No packages found in snapshot which provide a \"[^\"\n]+\" executable, which is a "
    r"build-tool dependency of \"|"
    r"^Missing build-tools may be caused by dependencies of the build-tool being overridden by "
    r"extra-deps\.|"
    # catkin build's summary of its workspace: a space it has not created yet is "[missing]"
    # (round 58's 127).
    r"^(?:Source|Build|Devel|Install|Log) Space:\s+\[(?:exists|missing|unused)\] |"
    # Azure Container Registry's build agent (acb) starting a step: its timeout and working
    # directory are settings, not a timeout that struck (round 57's 134).
    r"^(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?Executing step ID: [\w.-]+\. Timeout\(sec\): \d+, "
    r"Working directory: '[^'\n]*', Network: '[^'\n]*'$|"
    # Coolify building an image it has not built yet (round 57's 133).
    r"\bImage not found \([^)\n]{1,200}\)\. Building new image\.$|"
    # shtool (PHP's phpize and configure) finding no terminal for bold text: a warning on
    # every build without a tty (after BuildKit's seconds too).
    r"(?:^|\s)shtool:echo:Warning: unable to determine terminal sequence for bold mode$|"
    # Zinc's note (Gradle's and Gatling's Scala compile) that it recompiles everything after the
    # compiler's setup changed: on every clean build, whatever fails later.
    r"Pruning sources from previous analysis, due to incompatible CompileSetup\.$|"
    # argparse's usage: its own error line below it names the cause.
    r"\s*usage: \S+(?: [a-z][\w-]*)? \[-h\]|"
    # A logger's line cut inside its prefix ("[ERROR] [org." of Gradle's --debug log, the paste
    # cut there): a level label and part of the logger's name, no message.
    r"\[[A-Z]{4,9} ?\] \[[\w.$]{0,200}$",
    _BIG_OPTIONS,
)
#: An exception a tool logs at its warning level (a Jenkins library's ``WARN: Error:
#: hudson.AbortException: ...``), and cargo relaying a C compiler's error from a build script
#: (``warning: error: unable to create target``); not the rest of that script's output.
#: And a Java exception java.util.logging's INFO level carries (Jenkins' inbound agent retrying
#: its connection: ``INFO: Failed to connect to the master. Will try again:
#: java.net.ConnectException Connection refused``; round 59's 097).
#: And ExtUtils::MakeMaker's missing prerequisite, which it only warns of (``Warning:
#: prerequisite TestConfig 0 not found.``): what fails later is the module that needs it
#: (round 61's 056).
_WARNED_ERROR = re2.compile(
    r"^(?:WARN(?:ING)?:\s+(Error: [\w.]+(?:Error|Exception): \S[^\n]*)|"
    r"warning: ((?:fatal )?error: \S[^\n]*)|"
    r"INFO: (\S[^\n]*\b(?:[a-z]\w*\.){2,}[A-Z]\w*(?:Error|Exception)\b[^\n]*)|"
    r"Warning: (prerequisite \S+ \S+ not found\.?))$",
    _OPTIONS,
)
#: What a tool puts before a line it passes on from a script (Yarn's build step).
#: Gradle's own log prefix (``--debug``, ``--info``): level and logger, then the message.
#: sbt's level, once or twice (a scripted test's output inside sbt's).
_RELAYED = re2.compile(
    r"^(?:(?:➤ )?YN\d{4}: (?:\S+ STD(?:OUT|ERR) )?|"
    r"\[(?:error|warn|info|debug)\]\s+(?:\[(?:error|warn|info|debug)\]\s+)?|"
    r"\[(?:ERROR|WARN|INFO|DEBUG|LIFECYCLE|QUIET)\] \[[\w.$]+\] |"
    # TeamCity's tag on the lines of Gradle's failure report.
    r"(?:\[[\d:]+\])?\[Gradle failure report\] |"
    # npm's debug log (npm-debug.log): a line number and a level.
    r"\d+ (?:error|verbose|info|silly) |"
    # electron-builder's field for the failed command's error output (round 54).
    r"errorOut=)",
    _OPTIONS,
)
#: The annotations of a warning and of an error (``##[warning]``, ``::error``...), which
#: cleaning strips.
_WARNING_MARK = re2.compile(r"##\[(?:warning|debug)\]|^\s*::(?:warning|debug)", _OPTIONS)
_ERROR_MARK = re2.compile(r"##\[error\]|^\s*::error", _OPTIONS)
#: Lines only a log has: timestamps, CI markers, tool prefixes, shell traces, stack frames.
_LOG_LINE = re2.compile(
    r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d{1,2}:\d\d:\d\d|##\[|::(?:error|warning)|"
    # A Rust backtrace's frame and its location (round 34); a Ruby backtrace's numbered frame
    # (Ruby 2.5 to 2.7, round 59's 218).
    r"\d+: +0x[0-9a-f]+ - |at /rustc/[0-9a-f]{7,40}/|\d{1,4}: from \S+:\d+:in |"
    r"\[(?:ERROR|INFO|WARN(?:ING)?|DEBUG)\]|npm (?:ERR!|error|WARN|warn)|yarn |error |Error: |"
    r"fatal: |warning: |\$ |\+ |Run |Step \d+/\d+|#\d+ |at \S+ \(|File \"|Traceback|"
    r"\S+\.(?:py|js|ts|go|rs|java|kt|rb|c|cc|cpp|h):\d+|E\s{2,}|FAILED |PASS |FAIL |ERROR:|"
    r"> Task |BUILD |Exit code|exit code|Exited with|INFO|WARN|DEBU|ERRO|"
    r"(?:Task|Description|Version|Author|Help)\s+: |Triggering |First time build|"
    # go-check's result lines (round 49).
    r"(?:PASS|FAIL|SKIP|MISS|PANIC): \S+_test\.go:\d+: )|"
    # Azure Pipelines' step boundaries (round 47).
    r"^(?:Starting|Finishing): \S[^\n]{0,80}$|"
    r"\[(?:DEBUG|INFO|WARN|WARNING|ERROR)\]|# timeout=\d+$|"
    # logrus' text format; the fields of conda's error report.
    r"^time=\"\d{4}-\d\d-\d\dT|^\s*CIO_TEST=|"
    r"^\s*(?:active environment|user config file|populated config files|conda version) : |"
    # A tool's progress on a file, package or URL; a progress bar.
    r"(?i:^\s*(?:adding|removing|copying|creating|uploading|downloading|installing|collecting|"
    r"building|compiling|linking|fetching|resolving|extracting|unpacking|cloning|pulling|"
    r"pushing|generating|writing) +['\"]?[\w@~+-]*[/.@:=]\S*)|\d{1,3}% ?[━█▉#=]{3,}|"
    # A Java or Groovy stack frame (Jenkins' CPS frames have a class loader before it).
    r"^\s*at (?:PluginClassLoader for [\w.-]+//)?[\w$.<>/-]+\(|"
    # The GitHub runner's diagnostic log; Composer's -vvv commands; Maven's reactor.
    r"^\[(?:WORKER |RUNNER )?\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ [A-Z]{3,4} \w+\]|"
    r"^\s*(?:Executing command \([^)\n]+\): |Running `|Collecting package metadata \(|"
    r"Solving environment: )|^Scanning for projects\.\.\.$|^Reactor Build Order:$|"
    r"^[^\n]+ {2,}\[(?:pom|jar|war|ear|maven-plugin|bundle|aar)\]$|"
    # CodeBuild's own lines.
    r"^\[Container\] \d{4}/\d\d/\d\d \d\d:\d\d:\d\d |"
    # git's and uv's hints; npm's tree of what it installed (npm 2 names each package's
    # folder).
    r"^hint: |^\s*(?:[├└│]── |[+`|]-- )[@\w./-]+@\d|^[@\w./-]+@\d[\w.+-]* node_modules/\S+$|"
    # A relaying tool's name before a timestamp (Packer's builder, a log viewer's stream);
    # macOS' unified log (level, tab, time).
    r"^\s*[\w.-]{1,40}: \[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|"
    r"^\s*[a-z]{4,7}\t\d\d:\d\d:\d\d\.\d+ [+-]\d{4}\t|"
    # pnpm's install progress (round 54).
    r"^Progress: resolved \d+, reused \d+, downloaded \d+, added \d+|"
    # A syslog line (BSD format: date, host, process and its id; round 53).
    r"^[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d \S+ [^\n:\[]{1,60}\[\d+\]: |"
    # BuildKit's plain progress (a build's steps, its context).
    r"^\s*(?:[a-z]: \S+ )?\[(?:\d+/\d+|internal|[\w.-]+ \d+/\d+)\] |"
    # A Ruby backtrace frame.
    r"^\s*from \S+:\d+:in [`']|"
    # setup-* actions finding, downloading and unpacking a tool.
    r"^\s*(?:Attempting to download \S|Acquiring \S+ - \S+ from |Download from \"?https?:|"
    r"Extract(?:ing)? (?:downloaded archive|\.\.\.)|Not found in manifest\.|"
    r"Version \S+ (?:was not found in the local cache|is available for downloading))|"
    # Cypress' run header.
    r"^\s*(?:\(Run (?:Starting|Finished)\)|"
    r"(?:│\s*)?(?:Cypress:\s+\d+\.\d+\.\d+|Browser:\s+(?:Electron|Chrome|Chromium|Firefox|Edge)"
    r" \d|Specs:\s+\d+ found|Running:\s+\S+\.(?:js|ts|jsx|tsx|cjs|mjs|coffee)\b))|"
    # tox 4's log format; Go's log package; java.util.logging; .NET's console logger.
    r"^\s*[\w.-]{1,40}: \d+ [DIWE] \S.* \[[\w/.-]+\.py:\d+\]$|"
    r"^\s*(?:[A-Z]{2,8}: ?)?\d{4}/\d\d/\d\d \d\d:\d\d:\d\d|"
    r"^[\s|]*(?:[A-Z][a-z]{2} \d{1,2}, \d{4} \d{1,2}:\d\d:\d\d [AP]M \S|"
    r"(?:INFO|WARNING|SEVERE|FINE|CONFIG): )|"
    r"^\s*(?:dbug|info|warn|fail|crit|trce): [\w.]+\[\d+\]|"
    # npm's debug log (npm-debug.log, quoted or not); webpack's stats; turbo's run header.
    r"^\s*(?:> )?\d+ (?:silly|verbose) \S|"
    r"^\s*(?:> )?\d+ (?:silly|verbose|info|timing|http) "
    r"(?:cli|using|lifecycle|run-script|stack|pkgid|cwd|exit|it worked|\S+@[\d.]+)\b|"
    r"^\s*(?:Hash: [0-9a-f]{16,}|Version: webpack \d|Time: \d+ms$)|\[(?:emitted|built)\]|"
    r"^\s*• (?:Packages in scope: |Running \S+ in \d+ packages|Remote caching (?:en|dis)abled)|"
    # electron-builder's steps ("  • packaging  platform=linux arch=x64").
    r"^\s{2,}[•⨯] [^\n=]{1,80} {2,}[\w.-]{1,40}=\S|"
    # The JVM's notice of its options; a commit as git log shows it.
    r"^\s*Picked up (?:_JAVA_OPTIONS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS):|^commit [0-9a-f]{40}$|"
    # sbt's levels; semantic-release's lines.
    r"^\[(?:info|warn|error|success|debug)\] |\[semantic-release\] |"
    # Cloud Build's steps and source fetch.
    r"^\s*(?:Step #\d+(?: - \"[^\"\n]+\")?: |(?:Starting|Finished) Step #\d+|"
    r"(?:FETCHSOURCE|BUILD)\s*$|_?starting build \"[\w-]{36}\"|"
    r"Fetching storage object: gs://|Operation completed over \d+ objects)|"
    # xcodebuild's build commands and what it echoes under them.
    r"^\s*(?:builtin-)?[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+ \S[^\n]*\(in target '|"
    r"^\s+cd /\S|^\s+export [A-Z_]{2,}\\?=|^\s*(?:Signing Identity: |Probing signature of /)|"
    # A command @actions/exec echoes with its absolute path (/usr/bin/git config --local ...).
    r"^\s*/(?:[\w.+-]+/){0,10}s?bin/[\w.+-]+ (?:[\w.-]+ ){0,2}'?--?\w|"
    # MSBuild's detailed log, with or without its node prefix.
    r"^\s*(?:\d{1,3}>\s*)?(?:Done building (?:target|project) \"|Set Property: |"
    r"Output (?:files|Property|Item)s?: |(?:Added|Removed) Item\(s\): )|"
    r"^\s*\d{1,3}>\s*(?:Target|Task|Building target|Skipping target) \"|"
    # Bundler's gems; MSBuild's restore, outputs and file steps (normal verbosity).
    r"^\s*(?:Using|Installing|Fetching) [\w.-]+ \d+(?:\.\w+)+(?: \([\w.-]+\))?$|"
    r"^\s*(?:Determining projects to restore\.\.\.|All projects are up-to-date for restore\.|"
    r"[\w.-]+ -> (?:[A-Za-z]:\\|/)\S|(?:Creating directory|Creating|Touching) \"[^\"\n]+\"|"
    r"Project \"[^\"\n]+\" on node \d+)|"
    # git push's progress and what the remote (Heroku, Dokku...) prints back.
    r"^\s*(?:remote:\s|(?:Enumerating|Counting|Compressing|Writing) objects: \d)|"
    # Gradle's banner on the first run of a version, its configuration phase.
    r"^\s*(?:Welcome to Gradle \d[\w.-]*!$|> Configure project \S)|"
    # git fetch's and push's ref updates.
    r"^\s*(?:[*+!= -] \[(?:new (?:branch|tag|ref)|up to date|rejected|deleted)\] |"
    r"[+ ]?[0-9a-f]{7,}\.\.\.?[0-9a-f]{7,} +\S+ +-> |From (?:https?://|ssh://|git@)\S)|"
    # Composer's package steps; a test runner's progress dots; Travis' worker header.
    r"^\s*(?:- (?:Installing|Updating|Upgrading|Downgrading|Removing) \S+ \(|"
    r"[.FEsSx*]{20,}\s*$|Running \d+ tests?\b|Worker information$|Build system information$|"
    r"Build language: )|"
    # docker compose's service prefix; docker pull's layers; MSBuild's banner; CMake's
    # compiler checks.
    r"^[\w.-]{1,60}\s+\| \S|^\s*[0-9a-f]{12}: (?:Pulling fs layer|Waiting|Verifying Checksum|"
    r"Download complete|Pull complete|Already exists|Downloading|Extracting)\b|"
    r"^\s*(?:Microsoft \(R\) Build Engine version |Copyright \(C\) Microsoft Corporation)|"
    r"^\s*(?:ignore line|link line|arg) \[|"
    # Go's module downloads; cargo's progress.
    r"^\s*(?:go: (?:downloading|finding|extracting) \S|"
    r"(?:Compiling|Checking|Downloaded|Documenting|Finished) \S+ v?\d)|"
    # node-gyp's levels; Yarn 1's steps; rustc's notes under an error.
    r"^\s*(?:gyp (?:info|http|verb|sill|WARN|ERR!) |\[\d/\d\] [A-Z][a-z]+ |= (?:note|help): )|"
    # A tool's prefix on the output of each of its jobs (Nix: "python3.13-cython> ").
    r"^[\w.+-]{2,60}> \S|"
    # Vite's debug output (DEBUG=vite:*), its namespace before each line.
    r"^\s*vite:[a-z][\w-]*(?:\s|$)|"
    # A tool's lower-case tag (kubeadm's phases, CMake Tools' channels), bare or in a JSON
    # list of output lines; Terraform's progress on a resource.
    r"^\s*\"?\[[a-z][\w./-]{0,29}\] \S|"
    r"^\S+(?: \((?:local|remote)-exec\))?: (?:Creating|Destroying|Modifying|Reading|"
    r"Refreshing state|Still (?:creating|destroying|modifying|reading)|Creation complete|"
    r"Destruction complete|Modifications complete|Read complete|Provisioning with|"
    r"Executing|Start)\b|"
    # yum's and dnf's transaction table (after a provisioner's machine name).
    r"^\s*(?:[\w.-]{1,40}:\s+)?[\w.+-]+\s+(?:x86_64|noarch|i686|aarch64|ppc64le|s390x)\s+\S+\s+"
    r"[\w.@/-]+\s+[\d.]+ [kMG]$|"
    # A JSON log line with its level (a Go service's zap or logrus output).
    r"^\s*\{\"[^\n]*\"(?:level|severity)\":\s?\"(?i:debug|info|warn|warning|trace)\"|"
    # Gradle's task listing.
    r"^\s*(?:Tasks runnable from (?:root )?project\b|"
    r"(?:Android|Build|Build Setup|Help|Install|Verification|Cleanup|Other|Documentation) tasks$)|"
    # Unreal Engine's log with its verbosity (after UAT's relay prefix, or a tool's time stamp).
    r"^\s*(?:ProcessResult\.StdOut:\s+)?(?:\[[\d.:-]+\]\[ *\d+\])?Log[A-Z]\w*: "
    r"(?:Display|Warning|Error|Log|Verbose|VeryVerbose): |"
    # mkmf.log's heading over each test program it compiled (Ruby's native extensions).
    r"^checked program was:$|"
    # debootstrap's and apt's one-letter levels ("I: Retrieving Packages", "W: ...", "E: ...").
    r"^[IWE]: [A-Z]|"
    # make's lines on the directories it enters and leaves (round 58's 117).
    r"^\s*g?make(?:\[\d+\])?: (?:Entering|Leaving) directory |"
    # A frame's header in cleo's traceback (Poetry).
    r"^\s*\d{1,4} +\S+\.py:\d+ in [\w<>.]+$|"
    # Android's logcat (threadtime format).
    r"^\s*\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ [VDIWEF] |"
    # cmake-js' levels and steps; the include chain GCC prints before a diagnostic.
    r"^\s*info (?:TOOL|CMD|RUN|DIST|find VS) |^\s*In file included from \S+:\d+",
    _BIG_OPTIONS,
)
#: Lines only a CI system's log viewer has: one makes a paste a log on its own. Its
#: section, group, command and debug markers, the step links GitHub adds to copied
#: lines, an action's ``Run owner/action@ref`` header, Bitrise's step table.
_CI_LOG_MARK = re2.compile(
    r"##\[(?:section|group|endgroup|command|debug)\]|^\s*\[command\]|"
    r"\]\(https://github\.com/[^)\s]+#step:\d+:\d+\)|"
    r"^\s*Run [\w.-]+/[\w.-]+(?:/[\w./-]+)?@[\w./-]+\s*$|"
    r"^\+-{3}\+-{10,}\+-{5,}\+\s*$|"
    # A path only a hosted runner has.
    r"/opt/hostedtoolcache/|/home/runner/work/|/Users/runner/work/|"
    # nektos/act's step lines; the title row of a Bitrise step.
    r"^\s*\[[^\]\n]+\] +(?:⭐|🚀|🐳|✅|❌|🏁|🧪|☁|💬|⚙) |"
    r"^\s*\| \(\d+\) [\w./@-]+ *\|\s*$|"
    # A compiler command line echoed by MSBuild (csc's references).
    r"/reference:\"[^\"\n]+\" /reference:|"
    # Ansible's task and play headers.
    r"^\s*(?:TASK|PLAY|RUNNING HANDLER|PLAY RECAP)(?: \[[^\]\n]*\])? \*{3,}\s*$",
    _OPTIONS,
)
#: A line of a pasted configuration or program rather than of output: YAML keys and list
#: items, JSON braces, comments, Dockerfile instructions, source code.
_SOURCE_LINE = re2.compile(
    r"^\s*(?:- )?[\w.\"'-]+:(?:\s|$)|^\s*[-{}\[\]],?\s*$|^\s*- [\w./@\"'${}-]+\s*$|"
    r"^\s*\[[\w.\"' -]+\]\s*$|^\s*[{\[]\s*[\"'{\[]|^\s*#|"
    r"^\s*(?:FROM|RUN|COPY|ADD|WORKDIR|ENV|ARG|CMD|ENTRYPOINT|EXPOSE|USER|LABEL|VOLUME)\s|"
    r"^\s*(?:def|class|import|from|function|const|let|var|if|elif|else|for|while|return|"
    r"public|private|package|func|fn|use|module|export|try|catch|except|with)\b|"
    r"[{;(,\\]\s*$|^\s*[})\]]|"
    # An assignment, a bare call, a code block's language tag.
    r"^\s*[\w.\[\]'\"]+ = \S|^\s*[\w.]+\(.*\)\s*$|"
    r"^(?:python|py|ya?ml|json|bash|sh|shell|js|javascript|ts|typescript|dockerfile|toml|"
    r"ini|xml|groovy|ruby|rb|go|rust|java|kotlin|c|cpp|csharp|cs|php|hcl|terraform)\s*$",
    _OPTIONS,
)
#: An input of a GitHub step as its log prints it under ``with:`` (``key: value`` once
#: cleaning has taken the indentation).
_STEP_INPUT = re2.compile(r"^[\w.-]+: ", _OPTIONS)
#: A frame of a Python traceback, printed above the line of source it ran.
_PYTHON_FRAME = re2.compile(r'^\s*(?:> )?File "[^"\n]+", line \d+, in \S+\s*$', _OPTIONS)
#: A frame's header in cleo's traceback (Poetry: "  13  .venv/.../chef.py:88 in _prepare_sdist"),
#: and the numbered source lines under it ("→  88│ return self._prepare(", its bar cleaned).
_CLEO_FRAME = re2.compile(r"^\s*\d{1,4} +\S+\.py:\d+ in [\w<>.]+$", _OPTIONS)
_CLEO_SOURCE = re2.compile(r"^(?:→ +)?\d{1,6}(?:│|\s|$)", _OPTIONS)
#: The exception that ends a traceback (a paste may drop the frame's source line above it).
_EXCEPTION_LINE = re2.compile(r"^\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception): ", _OPTIONS)
#: A compiler's diagnostic and its kind (javac, javadoc, gcc, clang): a warning is printed above
#: the line of source it quotes, a note belongs to the diagnostic above it.
_COMPILER_DIAGNOSTIC = re2.compile(r"\S:\d+(?::\d+)?: (warning|(?:fatal )?error|note): ", _OPTIONS)
_QUOTE = re2.compile(r"^\s*>(?: |$)", _OPTIONS)
_URL = re2.compile(r"\b[a-z][\w+.-]{0,20}://[^\s'\"<>]+", _OPTIONS)
_ERROR_FILE = re2.compile(
    # (A view or module named for errors, error_view.ex, as a build compiles it; round 52.)
    # (Ruby's net/http/exceptions.rb in a crash report's loaded features; round 60.)
    r"(?i)(?:[\w.-]*[\w-]|[/\\])(?:error|exception)[\w.-]*\.(?:c?js|mjs|ts|log|txt|json|py|rb|sh|"
    r"exs?|erb|php|go|java|kt|cs|swift|vue|[jt]sx|html?|s?css)\b|"
    # A source or object file named for its errors or exceptions (a build's compile line, round
    # 48; waf's failed task "{task: cxx error.cc -> error_1.o}", round 56).
    r"[\w./-]*(?:errors?|exceptions?)[\w-]*\.(?:c|cc|cpp|cxx|h|hpp|lo|o|obj|dep)\b|"
    # A file named for errors in a path, whatever its extension (a test's expected output,
    # "tests/error001.stderr", in Bazel's list of a rule's files; round 61's 044).
    r"[\w.@:-]*[/\\](?:errors?|exceptions?)[\w-]*\.[A-Za-z]\w{0,9}\b|"
    # A package's name and version as cabal, cpanm and sdists spell them
    # ("safe-exceptions-0.1.7.2", "Test-Exception-0.43"; round 61's 042).
    r"\b[A-Za-z][\w.]*-(?:[\w.]+-)*(?:errors?|exceptions?)(?:-[A-Za-z][\w.]*)*-v?\d+(?:\.\d+)+\b|"
    r"\b(?:errors?|exceptions?)(?:-[A-Za-z][\w.]*)*-v?\d+(?:\.\d+)+\b",
    _OPTIONS,
)
#: A server's status for a request, as go-github's and buildkite-agent's API errors print it
#: ("POST https://agent.buildkite.com/v3/jobs/.../pipelines: 102", "GET https://...: 404 Not
#: Found []"): a reason, unlike the URL alone. Not a success (2xx).
_HTTP_ANSWER = re2.compile(
    r"(?:^|\s)(?:GET|POST|PUT|PATCH|DELETE|HEAD) [a-z][\w+.-]{0,20}://\S+: [1345]\d\d\b", _OPTIONS
)
#: A build that ran but left no output where the tool looks for it: Flutter's "Gradle build
#: failed to produce an .apk file." (".aab file", "an Android bundle package"; round 59's 195,
#: round 36's 228), Nix's "builder for '...drv' failed to produce output path". The words of
#: the "build failed" notice, but a cause.
_FAILED_TO_PRODUCE = re2.compile(r"\bfailed to produce (?:an?|the|any|output)\b", _OPTIONS)
#: A field of a record dumped as JSON or as Python's repr whose value says nothing happened
#: (``u'failed': False``, ``"error": null``, ``"errors": []``): its key names no cause (an
#: Ansible task's result, round 61's 031). Only a quoted key: ``TypeError: None`` is a message.
_EMPTY_FIELD = re2.compile(
    r"u?(?:'[\w$-]+'|\"[\w$-]+\"): "
    r"(?:[Ff]alse|None|null|undefined|0|\[\]|\{\}|''|\"\")(?:[,}\]\s]|$)",
    _OPTIONS,
)
_PACKAGE_SPEC = re2.compile(r"[\w./-]*[\w-]@[~^]?\d[\w.+-]*", _OPTIONS)
#: A module as Ivy (sbt, Ant, Gradle's Ivy repositories) names it: organisation#module;revision
#: ("Resolving com.typesafe.play#play-exceptions;2.3.6 ...", "found org.x#error-prone;1.0").
_IVY_MODULE = re2.compile(r"[\w.-]+#[\w.-]+;[\w.+-]+", _OPTIONS)
#: A command's long option, its value after "=" or, as Nim's compiler and VSTest take it, after
#: ":" ("--styleCheck:error", "--logger:trx"; round 61's 067).
_LONG_OPTION = re2.compile(r"(?:^|\s)--[A-Za-z][\w-]*(?:[=:]\S*)?", _OPTIONS)
_WARNING_FLAG = re2.compile(r"(?:^|\s)-(?:W[a-z][\w=-]*|warn-error|f[a-z][\w=+-]*)", _OPTIONS)
#: A define on a command line (a C compiler's -DNAME=1, zig build's -Dskip-compile-errors,
#: Maven's -Dmaven.test.failure.ignore=true), bare or quoted as the cc crate prints its args.
_DEFINE_FLAG = re2.compile(r"(?:^|[\s\"'])-D[A-Za-z_][\w.-]*(?:=\S*)?", _OPTIONS)
#: How many log-like lines make a message a log even with no failure line in it.
LOG_LINES_FOR_A_LOG = 3
#: Lines with no error word at all that make a paste a log cut before its failure.
_CUT_LOG_LINES = 4


#: The wrappers' :func:`required_words`, once :func:`load_wrapper_words` has read them.
_wrapper_words: list[Words] | None = None


def load_wrapper_words(cache_dir: Path | None, fingerprint: str) -> None:
    """Read the wrappers' required words from ``guidance-<fingerprint>.json`` in ``cache_dir``
    (or work them out and keep them there), as :func:`~slackbot.matching.load_matcher` does
    the matcher's compiled form.

    Worked out from the patterns' parse, they cost a process about 45 ms at its first short
    paste; read back, well under a millisecond. ``fingerprint`` covers this file's code.
    """
    global _wrapper_words
    if cache_dir is None:
        return  # worked out when first needed, if ever
    words = read_cached(cache_dir, "guidance", fingerprint)
    if not (isinstance(words, list) and len(words) == len(WRAPPERS)):
        words = [required_words(pattern) for _, pattern in WRAPPERS]
        write_cached(cache_dir, "guidance", fingerprint, words)
    _wrapper_words = words
    _wrappers.cache_clear()


@functools.cache
def _wrappers() -> PatternSet:
    return PatternSet([pattern for _, pattern in WRAPPERS], _OPTIONS, _wrapper_words)


@functools.cache
def _system_cues() -> PatternSet:
    # Every line of a paste is looked at, and three cues hold no word to look for first
    # (a time column, a date): literal-first searched those three on each line, 5 µs a line
    # against under 1 µs for the set of the few cues, compiled at once (about a millisecond).
    return PatternSet(
        [pattern for _, pattern in SYSTEM_CUES], _OPTIONS, set_after_chars=0, literal_first_below=0
    )


#: The marks people quote a whole line in: Markdown's backtick, and the acute accent that some
#: keyboards give for it.
_QUOTES = '"`\u00b4'
#: Markdown's list markers, before a wrapper line a person lists.
_LIST_MARKERS = ("- ", "* ", "+ ")
#: The headers of CMake's warning blocks, whose paragraphs are indented below them.
_CMAKE_WARNINGS = ("CMake Warning", "CMake Deprecation Warning")
#: CMake's checks of the platform: a header or function that is not there is a feature the
#: project may do without (round 46).
_CMAKE_CHECK = re2.compile(
    r"^-- (?:Looking for|Performing Test|Check(?:ing)? (?:for|if|whether)) [^\n]* - "
    r"(?:not found|Failed|no)$",
    _OPTIONS,
)

#: The time Netlify's deploy log puts before every line ("9:45:30 PM: ").
_NETLIFY_TIME = re2.compile(r"^(?:\d{1,2}:\d\d:\d\d )?(?:AM|PM): ", _OPTIONS)

#: The line number a log viewer puts before each line (CodeBuild's, copied with the text).
_LINE_NUMBER = re2.compile(r"^\d{1,7} \| ", _OPTIONS)
#: BuildKit's plain progress with its step number cut ("124.3 error: could not compile"; round 50).
_BUILDKIT_TIME = re2.compile(r"^\d{1,5}\.\d(?: |$)", _OPTIONS)
#: Gradle's level and logger before each line under ``--debug``.
_GRADLE_LOGGER = re2.compile(
    r"^(?:\d\d:\d\d:\d\d\.\d{3} )?\[(?:ERROR|WARN|INFO|DEBUG|LIFECYCLE|QUIET)\] "
    r"\[org\.gradle\.[\w.$]+\] ",
    _OPTIONS,
)
#: Bamboo's build log: the line's kind and date in tab-separated columns.
_BAMBOO_PREFIX = re2.compile(
    r"^(?:build|error|simple|command)\t\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d\t", _OPTIONS
)
#: Dependabot's updater: its time, level and job after the container's name.
_DEPENDABOT_JOB = re2.compile(
    r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d (?:DEBUG|INFO|WARN|ERROR) <job_[\w-]{1,40}> ", _OPTIONS
)
#: MSBuild relaying a custom build step's line (``CUSTOMBUILD : error : could not compile `x`
#: [D:\\a\\b.vcxproj]``): the origin, the level and the project it names (perhaps cut) are
#: MSBuild's.
_MSBUILD_RELAY = re2.compile(
    r"^(?:CUSTOMBUILD|EXEC) : (error|warning) : ([^\n]*?)(?: \[[^\]\n]+(?:\.\w*proj\])?)?$",
    _OPTIONS,
)
#: kas's logger before BitBake's lines (``2018-01-26 20:54:52 - ERROR    - ``, its time cleaned).
#: crosstool-NG's level column (``[EXTRA]    ``, ``[ERROR]    ``), and the ``Error: `` a runner
#: relaying its stderr puts before each line (before its level, or a sub-make's ``make[N]: ***``;
#: a GitHub annotation's "Error: make: ***" may sit under a cause the guidance cannot read).
_CTNG_LEVEL = re2.compile(
    r"^(?:Error: +)?\[(INFO |EXTRA|DEBUG|ERROR|WARN |ALL +|CFG +|FILE )\] +", _OPTIONS
)
_RELAYED_STDERR = re2.compile(r"^Error: +(make\[\d+\]: \*\*\* )", _OPTIONS)
_KAS_LEVEL = re2.compile(r"^- (?:DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+- ", _OPTIONS)
#: Vagrant's machine name before a provisioner's lines (``==> default: ``).
_VAGRANT_PREFIX = re2.compile(r"^==> [\w.-]{1,40}: ", _OPTIONS)
#: Earthly's target before each line of its output (``+check | ``).
_EARTHLY_PREFIX = re2.compile(r"^\+[\w.-]{1,40} \| ", _OPTIONS)
#: flutter -v's time since the last line before each of its lines ("[  +12 ms] ", "[        ] ").
_FLUTTER_TIME = re2.compile(r"^\[(?: +| *\+\d{1,6} m?s)\] ", _OPTIONS)
#: TeamCity's time and block before every line of its build log ("[06:11:25][Step 1/3] "), also
#: in the downloaded log's form with the line's status between them ("[16:56:24]W: [Step 4/9] ",
#: "[14:23:49] : "; round 59's 250).
_TEAMCITY_PREFIX = re2.compile(
    r"^\[\d\d:\d\d:\d\d\](?:[WEFi ]?: )?(?:\[[^\]\n]{1,40}\])? ?", _OPTIONS
)
#: Monolog's channel and level before a PHP tool's line, and its context and extra after it
#: (PHPCI's build log: "RunCommand.INFO: ... {"buildID":"10"} []").
_MONOLOG = re2.compile(
    r"^[A-Za-z]\w{0,40}\.(?:DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY): "
    r"|\s*(?:\{[^{}\n]{0,200}\}|\[\]) (?:\{[^{}\n]{0,200}\}|\[\])$",
    _OPTIONS,
)
#: The time Vercel's build log puts before every line ("20:13:03.830 | ").
#: A GitHub or Azure log line's time and error mark, as a person quotes the line whole.
_STEP_TIME_AND_MARK = re2.compile(
    r"^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?)?(?:##\[error\])?", _OPTIONS
)
_DATE_TIME_COLUMN = re2.compile(r"^\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d \| ?", _OPTIONS)
_VERCEL_TIME = re2.compile(r"^(?:\d\d:\d\d:\d\d\.\d{3} )?\| ", _OPTIONS)
#: What Gradle prints on its first run of a new version, over a list of features.
_GRADLE_HIGHLIGHTS = "Here are the highlights of this release:"
#: BuildKit's heading over its build checks' warnings (https://docs.docker.com/build/checks/):
#: a build that passed shows them too.
_BUILD_CHECKS = re2.compile(r"^\d+ warnings? found \(use docker --debug to expand\):$", _OPTIONS)
_GRADLE_WORKER = ("A failure occurred while executing ", "> A failure occurred while executing ")

#: Words that label a line as an error without saying which (``Error:``, ``[ERROR]``).
#: Not a field that holds the cause (goreleaser's ``⨯ release failed  error=...``).
_LABELS = re2.compile(r"(?i)\b(?:error|failure|fatal|runtimeerror)\b(?::|[^=]|$)", _OPTIONS)


#: A failure notice in general words only ("This job failed", "BUILD FAILED", "Tests failed.",
#: "The operation was canceled"): it says that something failed, not what. Any other word (a
#: tool, a file, a reason) makes the line a cause.
_FAILURE_WORD = re2.compile(
    r"(?i)^(?:failed|fails?|failing|failure|failures|errors?|errored|crashed|aborted|cancell?ed|"
    r"broken?)$",
    _OPTIONS,
)
_GENERAL_WORD = re2.compile(
    r"(?i)^(?:the|this|that|a|an|has|have|had|was|were|is|are|been|be|with|in|after|due|to|of|"
    r"you|your|our|it|its|and|or|for|on|at|all|some|something|one|another|other|now|again|still|"
    r"just|ci|"
    r"builds?|building|jobs?|steps?|tasks?|runs?|pipelines?|stages?|workflows?|checks?|"
    r"deploy(?:ment|s)?|command|script|process|compil(?:ation|e)|operation|tests?|testing|"
    r"execution|release|publish|converge|rollout|status|results?|suite|action|phase|state|"
    r"start(?:ed)?|during|attempts?|attempting|retrying|containers?|\d+(?:\.\d+)?%?|m?s|min|"
    # counts and retries ("THERE ARE ERRORS", "2 errors generated.", "failed 5 times and
    # won't be retried")
    r"there|generated|times|retried|won|t|"
    # what a notice says is missing ("test fail without any output")
    r"without|any|output|messages?|reason|details?|information)$",
    _OPTIONS,
)
#: Python's engine: RE2's findall decodes each match's offsets in Python, 80 µs a line. The
#: pattern cannot backtrack (a word or a number, each a run of one class), and ``[0-9]`` is
#: RE2's ``\d``.
_NOTICE_WORD = re.compile(r"[A-Za-z]+|[0-9]+(?:\.[0-9]+)?%?")
_NOTICE_WORDS = 10
_SENTENCE_WORDS = 30
_SENTENCE_MIN_WORDS = 4
_NOT_IN_A_SENTENCE = frozenset("'\"`[](){}<>=*")
#: The quotes a person puts around a line they copy: backticks, straight double quotes, or
#: the curly ones a rich text editor types.
_QUOTE_MARKS = ("`", '"', "\u201c")
#: What a line needs to hold a wrapper in a person's sentence: a quote, or a colon before it.
_SENTENCE_MARKS = (*_QUOTE_MARKS, ": ")
#: Longer than this, a line is a sentence or a log line, not a notice (nor quotes one).
_NOTICE_LINE = 300
_FAILURE_STEMS = ("fail", "error", "crash", "abort", "cancel", "broke")
_QUOTED = re2.compile(r'["\x{201c}]([^"\x{201d}\n]{1,80})["\x{201d}]', _OPTIONS)
_BACKTICKED = re2.compile(r"`([^`\n]{3,300})`", _OPTIONS)


def is_bare_failure_notice(line: str) -> bool:
    """Whether ``line`` only says, in general words, that something failed, or quotes such a
    notice as all there was to see ('there is no error message, only "BUILD FAILED"')."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not any(stem in lowered for stem in _FAILURE_STEMS):
        return False  # most lines of a long log: no regex for them
    quoted = _QUOTED.findall(line) if '"' in line else []
    if any(" " in q.strip() and _is_notice(q) for q in quoted):
        return True
    return _is_notice(line)


def _is_notice(line: str) -> bool:
    # A heading over what failed ("failures:"), or a field (result=failed), is not a notice.
    if line.rstrip().endswith(":") or "=" in line or line.count(" ") > 2 * _NOTICE_WORDS:
        return False
    words = _NOTICE_WORD.findall(line)
    if not words or len(words) > _NOTICE_WORDS:
        return False
    return any(_FAILURE_WORD.match(w) for w in words) and all(
        _FAILURE_WORD.match(w) or _GENERAL_WORD.match(w) for w in words
    )


@dataclass(frozen=True)
class Wrapper:
    """A paste that shows no cause: where its full log is, and the line that says so.

    ``system`` is where the full log is (``github`` … ``generic``); ``tool`` the build
    tool whose output to read above the line (``npm``, ``make``…), if one printed it;
    ``line`` is the wrapper or failure notice, empty when the excerpt shows no failure.
    """

    system: str
    line: str
    line_no: int
    tool: str = ""


def is_wrapper_line(line: str) -> bool:
    """Whether ``line`` (cleaned) is one a CI system or build tool prints around a failure."""
    return bool(_wrappers().match(line.strip()))


def log_lines(text: str, limit: int = 500) -> int:
    """How many of the first ``limit`` lines look like log output (at most 3 counted).

    A line quoted as in an e-mail (``> ``) counts as what it quotes.
    """
    count = 0
    for line in text.split("\n")[:limit]:
        if _CI_LOG_MARK.search(line) is not None:
            return LOG_LINES_FOR_A_LOG
        unquoted = _QUOTE.sub("", line, count=1)
        if any(_LOG_LINE.search(ln) is not None or is_wrapper_line(ln) for ln in {line, unquoted}):
            count += 1
            if count >= LOG_LINES_FOR_A_LOG:
                break
    return count


def looks_like_log(text: str) -> bool:
    """Whether a chat message is a pasted log: a code block, or two lines only a log has.

    A channel gets the guidance only for such a message; a sentence that merely
    mentions an exit code is conversation.
    """
    return "```" in text or log_lines(text) >= 2


def _system_of(lines: Sequence[str]) -> str:
    found: set[int] = set()
    for line in dict.fromkeys(lines):  # a line repeated (blank, a progress line) says it once
        found.update(_system_cues().match(line))
    return SYSTEM_CUES[min(found)][0] if found else "generic"


_NOT_TOOLS = (NOTICE, "shell")


def find_guidance(lines: Sequence[str], raw: str = "") -> Wrapper | None:
    """What a paste that shows no cause needs, or ``None`` when it shows one.

    ``lines`` are cleaned lines (``raw``, the text as pasted, tells whether it is a log).
    The paste shows no cause when no line names one once the wrapper lines, failure
    notices, warnings, stack frames and people's own words are set aside, and it either
    holds such a wrapper line or is plainly a log cut before its error (three lines that
    only a log has, one among three, or two lines or more that are not mostly a pasted
    configuration or program; one line alone is the message someone chose to quote, unless
    it only says in general words that something failed). An error the catalog does not know
    is a cause: its answer is "unknown error".
    """
    last: tuple[str, str, int] | None = None
    tool = ""
    warnings, errors = _marked_lines(lines, raw)
    highlights = inputs = cmake_warning = nested = compiler_warned = cleo_frame = False
    build_checks = False
    for index, raw_line in enumerate(lines):
        line = _without_line_prefix(raw_line)
        if cmake_warning:  # a CMake warning's indented paragraphs, to its first unindented line
            cmake_warning = not line or raw_line[:1] in (" ", "\t")
            if cmake_warning:
                continue
        if line.startswith(_CMAKE_WARNINGS):
            cmake_warning = True
            continue
        if line.startswith("-- ") and _CMAKE_CHECK.match(line):
            continue
        if highlights:  # a new Gradle's release highlights name features, not causes
            highlights = line.startswith("- ")
            if highlights:
                continue
        if line == _GRADLE_HIGHLIGHTS:
            highlights = True
            continue
        if build_checks:  # BuildKit's build checks: lint warnings, each a "- " item
            build_checks = line.startswith("- ")
            if build_checks:
                continue
        if "(use docker --debug to expand)" in line and _BUILD_CHECKS.match(line):
            build_checks = True
            continue
        if not line:
            inputs = cleo_frame = False
            continue
        if cleo_frame and _CLEO_SOURCE.match(line):
            continue  # a cleo frame's source lines: code, whatever words they hold
        cleo_frame = ".py:" in line and _CLEO_FRAME.match(line) is not None
        if cleo_frame:
            continue
        if index in warnings:
            continue
        if (
            index
            and _PYTHON_FRAME.search(lines[index - 1]) is not None
            and _EXCEPTION_LINE.search(line) is None
        ):
            continue  # the frame's source line: code, whatever words it holds
        if index and _diagnostic_of(lines[index - 1]) == "warning":
            continue  # the source line a compiler quotes under its warning
        diagnostic = _diagnostic_of(line)
        if diagnostic == "note" and compiler_warned:
            continue  # a note under a warning is the warning's
        if diagnostic and diagnostic != "note":
            compiler_warned = diagnostic == "warning"
        if line in ("with:", "env:"):  # a GitHub step's inputs follow
            inputs = True
            continue
        if inputs and _STEP_INPUT.search(line) is not None and not _LABELS.match(line):
            continue
        inputs = False
        hits = _wrappers().match(line)
        if not hits and line[:2] in _LIST_MARKERS:  # a wrapper line as a Markdown list item
            listed = _wrappers().match(line[2:])
            if listed:
                hits, line = listed, line[2:]
        if not hits and line.startswith("**") and line.endswith("**") and len(line) > 4:
            bold = _wrappers().match(line[2:-2])  # a wrapper line in Markdown's bold
            if bold:
                hits, line = bold, line[2:-2]
        if len(line) > 2 and line[0] == line[-1] and line[0] in _QUOTES:
            quoted = _wrappers().match(line[1:-1])
            if quoted:
                hits, line = quoted, line[1:-1]
        elif any(mark in line for mark in _SENTENCE_MARKS) and (
            not hits or _names_a_cause(_without_wrappers(line, hits))
        ):
            in_sentence, inner = _wrapper_in_a_sentence(line)
            if in_sentence:
                hits, line = in_sentence, inner
        if nested and not hits:
            return None  # the worker's exception Gradle nests under it, whatever its words
        if hits and _wrapper_names_no_cause(line, hits):
            names = [WRAPPERS[hit][0] for hit in sorted(hits)]
            nested = line.startswith(_GRADLE_WORKER)
            last = (names[0], line, index + 1)
            if not tool:  # a tool's own pattern may share its line with a generic one
                tool = next((n for n in names if n not in LOG_PLACES and n not in _NOT_TOOLS), "")
            continue
        if is_bare_failure_notice(line):
            last = (NOTICE, line, index + 1)
            continue
        if line.endswith(":") and _introduces_a_wrapper(line, lines[index + 1 : index + 3]):
            continue
        if (index in errors and _NOT_A_CAUSE.search(line) is None) or _names_a_cause(line):
            return None
    system = _system_of(raw.split("\n") if raw else lines)
    if last is not None:
        name, line, line_no = last
        if name in LOG_PLACES:  # the CI system that printed the line knows best
            system = name
        return Wrapper(system, line, line_no, tool)
    # Three lines in which nothing names a cause, one of them a log's, are a cut log
    # (a tool's progress lines, a push to Heroku) even without more marks of one.
    found = log_lines(raw or "\n".join(lines))
    filled = [ln for ln in lines if ln.strip()]
    if found >= LOG_LINES_FOR_A_LOG or (found and len(filled) >= 3):
        return Wrapper(system, "", 0)
    sources = sum(1 for ln in filled if _is_source(ln))
    if len(filled) >= 2 and sources * 2 < len(filled):
        return Wrapper(system, "", 0)
    # Four lines or more without a single error word, not all of them a configuration or a
    # program (a JSON dump, a `kubectl describe`, a tool's settings with a line of its output):
    # the excerpt stops before its failure, whatever its share of key: value lines.
    if (
        len(filled) >= _CUT_LOG_LINES
        and sources < len(filled)
        and not any(_CAUSE_WORDS.search(ln) for ln in filled)
    ):
        return Wrapper(system, "", 0)
    return None


def _diagnostic_of(line: str) -> str:
    found = _COMPILER_DIAGNOSTIC.search(line) if ": " in line else None
    return found.group(1) if found is not None else ""


def _wrapper_in_a_sentence(line: str) -> tuple[list[int], str]:
    """A wrapper line a person quotes or introduces with a colon in a sentence that names no
    cause: its hits and the wrapper line, or nothing."""
    if any(mark in line for mark in _QUOTE_MARKS):
        hits, inner = _quoted_wrapper(line)
        if hits:
            return hits, inner
    return _introduced_wrapper(line) if ": " in line else ([], line)


def _quoted_wrapper(line: str) -> tuple[list[int], str]:
    """A wrapper line quoted in backticks or double quotes in a sentence that names no cause
    ("CI tests fail due to `make: *** [all] Error 2`", 'the nightly build on osx is throwing
    the following error: `The command "..." failed and exited with 1`'): its hits and the
    quoted line, or nothing. Other quoted words (a package, a command) belong to the sentence;
    two quoted wrapper lines are not one line quoted."""
    spans = _BACKTICKED.findall(line) or _QUOTED.findall(line)
    found: list[tuple[str, str, list[int]]] = []
    for span in spans:
        if " " not in span.strip():  # a line, not a word ("failed": true)
            continue
        quoted = _STEP_TIME_AND_MARK.sub("", span.strip(), count=1)
        hits = _wrappers().match(quoted)
        if hits:
            found.append((span, quoted, hits))
    if len(found) == 1 and _tells_no_cause(line.replace(found[0][0], " ")):
        return found[0][2], found[0][1]
    return [], line


def _wrapper_names_no_cause(line: str, hits: Sequence[int]) -> bool:
    """Whether a line that holds wrapper phrases names no cause beside them: nothing left once
    they are cut, no message quoted beside them, and no wrapper's words that are part of a
    cause (a build that ran but left no output where the tool looks)."""
    if _names_a_cause(_without_wrappers(line, hits)) or _quotes_a_cause(line):
        return False
    return "failed to produce" not in line or _FAILED_TO_PRODUCE.search(line) is None


def _quotes_a_cause(line: str) -> bool:
    """Whether ``line`` quotes in backticks, beside its wrapper, a message of several words that
    names a cause ("Observe output `MSYS2 seems to be unavailable` and `Installation failed:
    MSYS2 installer failed`"): a wrapper pattern that reads from the line's start takes the
    person's words and the quoted message in with it."""
    if "`" not in line:
        return False
    for span in _BACKTICKED.findall(line):
        quoted = span.strip()
        if quoted.count(" ") < 2 or _wrappers().match(quoted):
            continue  # a label ("Error signal"), a step's name, or the wrapper line itself
        if _names_a_cause(_LABELS.sub(" ", quoted)):
            return True
    return False


def _introduced_wrapper(line: str) -> tuple[list[int], str]:
    """A wrapper line after a person's sentence and a colon that name no cause ("The Github
    Actions for node.js CI builder fail: Process completed with exit code 134."): its hits and
    the line. A tool's own "error: ...: exit code: 1120" is a message, not a sentence."""
    head, _, tail = line.partition(": ")
    if not _says_only_that_it_failed(head):
        return [], line
    hits = _wrappers().match(tail)
    return (hits, tail) if hits else ([], line)


def _introduces_a_wrapper(line: str, below: Sequence[str]) -> bool:
    """Whether ``line`` is a person's words that say something failed, name no cause and end
    in a colon before the wrapper line they paste ("CI fails again with un-descriptive conda
    error message:"), ``below`` being the next lines (a blank one may come first). A tool's
    "Error: ...:" is a message, not a person's words."""
    if _LABELS.match(line) or not _says_only_that_it_failed(line[:-1]):
        return False
    pasted = next((text for text in map(_without_line_prefix, below) if text), "")
    return bool(pasted) and bool(_wrappers().match(pasted))


def _says_only_that_it_failed(sentence: str) -> bool:
    """Whether ``sentence`` is a person's words that say something failed and name no cause
    ("The Github Actions for node.js CI builder fail", "CI fails again with un-descriptive
    conda error message")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) < _SENTENCE_MIN_WORDS or any(c in sentence for c in _NOT_IN_A_SENTENCE):
        return False
    if not any(stem in sentence.lower() for stem in _FAILURE_STEMS):
        return False
    return _tells_no_cause(sentence)


def _tells_no_cause(sentence: str) -> bool:
    """Whether a sentence around a wrapper line names no cause, once the words that only say
    something failed are set aside: what it is about ("the julia nightly build on osx") and
    how it was seen ("re-running shows")."""
    words = _NOTICE_WORD.findall(sentence)
    if len(words) > _SENTENCE_WORDS:
        return False
    told = [w for w in words if not (_FAILURE_WORD.match(w) or _GENERAL_WORD.match(w))]
    return not _names_a_cause(" ".join(told))


def _is_source(line: str) -> bool:
    """Whether ``line`` reads as configuration or code (and not as a log's line)."""
    return _SOURCE_LINE.search(line) is not None and _LOG_LINE.search(line) is None


class _Prefix(NamedTuple):
    """A prefix :func:`_without_line_prefix` cuts: where it may be (``guard``, cheap, on the line
    as the rows above left it), how it is cut, and one line it is cut from with what is left
    (the tests run each example through)."""

    guard: Callable[[str], bool]
    cut: Callable[[str], str]
    example: str
    stripped: str


def _cut(pattern: Any, replacement: str = "", *, strip: bool = True) -> Callable[[str], str]:
    """The first match of ``pattern`` replaced (then the line stripped, unless told not to)."""
    if strip:
        return lambda line: pattern.sub(replacement, line, count=1).strip()
    return lambda line: pattern.sub(replacement, line, count=1)


def _cut_times(line: str) -> str:
    line = _NETLIFY_TIME.sub("", line, count=1).strip()
    line = _LINE_NUMBER.sub("", line, count=1).strip()
    return str(_BUILDKIT_TIME.sub("", line, count=1).strip())


#: What a log viewer or a relaying tool puts before each line, cut in this order. A new one is
#: one row, its reason in the comment above it.
_LINE_PREFIXES: tuple[_Prefix, ...] = (
    # Bamboo's kind and date columns.
    _Prefix(
        lambda line: "\t" in line and _BAMBOO_PREFIX.match(line) is not None,
        _cut(_BAMBOO_PREFIX),
        "error\t08-Nov-2018 07:10:12\tnpm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
    ),
    # Dependabot's container before each line.
    _Prefix(
        lambda line: line.startswith(("updater | ", "proxy | ")),
        lambda line: line.split("| ", 1)[1].strip(),
        "updater | Dependabot encountered an unknown error",
        "Dependabot encountered an unknown error",
    ),
    # Dependabot's time, level and job.
    _Prefix(
        lambda line: line[:2] == "20" and "<job_" in line,
        _cut(_DEPENDABOT_JOB, strip=False),
        "2023/05/01 10:00:00 ERROR <job_123456> Handled error whilst updating x",
        "Handled error whilst updating x",
    ),
    # crosstool-NG's level column, a runner's "Error: " before it or before make's own line.
    _Prefix(
        lambda line: line.startswith(("[", "Error: ")),
        lambda line: _crosstool_line(line),
        "[EXTRA]    Building final gcc compiler",
        "Building final gcc compiler",
    ),
    # kas's logger before BitBake's lines.
    _Prefix(
        lambda line: line.startswith("- ") and _KAS_LEVEL.match(line) is not None,
        _cut(_KAS_LEVEL, strip=False),
        "- ERROR    - Command returned non-zero exit status 1",
        "Command returned non-zero exit status 1",
    ),
    # xcpretty's marker.
    _Prefix(
        lambda line: line.startswith("▸ "),
        lambda line: line[2:],
        "▸ Compiling AppDelegate.swift",
        "Compiling AppDelegate.swift",
    ),
    # A Markdown heading: a title.
    _Prefix(
        lambda line: line.startswith("# ") and line[2:3].isalpha(),
        lambda line: line[2:],
        "# Deploy failed",
        "Deploy failed",
    ),
    # MSBuild relaying a custom build step's line: cargo's "error: ..." again.
    _Prefix(
        lambda line: (
            line.startswith(("CUSTOMBUILD : ", "EXEC : "))
            and _MSBUILD_RELAY.match(line) is not None
        ),
        _cut(_MSBUILD_RELAY, r"\1: \2", strip=False),
        "CUSTOMBUILD : error : could not compile `x` [D:\\a\\b.vcxproj]",
        "error: could not compile `x`",
    ),
    # A Markdown code span closed after a line.
    _Prefix(
        lambda line: line.endswith("`") and line.count("`") % 2 == 1,
        lambda line: line[:-1].rstrip(),
        "make: *** [all] Error 2 `",
        "make: *** [all] Error 2",
    ),
    # electron-builder's field before npm's first line.
    _Prefix(
        lambda line: line.startswith("errorOut="),
        lambda line: line[9:],
        "errorOut=npm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
    ),
    # Markdown's inline code opened before a line; Buck relaying a tool's stderr.
    _Prefix(
        lambda line: line.startswith(("` ", "stderr: ")),
        lambda line: line.split(" ", 1)[1].strip(),
        "stderr: ld: symbol(s) not found for architecture arm64",
        "ld: symbol(s) not found for architecture arm64",
    ),
    # Gradle's logger (--debug, with or without its time).
    _Prefix(
        lambda line: (
            (line.startswith("[") or line[:1].isdigit()) and _GRADLE_LOGGER.match(line) is not None
        ),
        _cut(_GRADLE_LOGGER),
        "10:00:00.123 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] "
        "FAILURE: Build failed with an exception.",
        "FAILURE: Build failed with an exception.",
    ),
    # Vagrant's machine name before a provisioner's lines.
    _Prefix(
        lambda line: line.startswith("==> "),
        _cut(_VAGRANT_PREFIX),
        "==> default: The SSH command responded with a non-zero exit status.",
        "The SSH command responded with a non-zero exit status.",
    ),
    # Netlify's time, CodeBuild's line numbers, BuildKit's seconds.
    _Prefix(
        lambda line: line[:1].isdigit() or line[:4] in ("AM: ", "PM: "),
        _cut_times,
        "9:45:30 PM: Build script returned non-zero exit code: 2",
        "Build script returned non-zero exit code: 2",
    ),
    # Earthly's target.
    _Prefix(
        lambda line: line.startswith("+") and _EARTHLY_PREFIX.match(line) is not None,
        _cut(_EARTHLY_PREFIX),
        "+check | go: downloading github.com/x/y v1.0.0",
        "go: downloading github.com/x/y v1.0.0",
    ),
    # Monolog's channel and level, and its context and extra after the line (every match).
    _Prefix(
        lambda line: ": " in line and _MONOLOG.search(line) is not None,
        lambda line: _MONOLOG.sub("", line).strip(),
        'RunCommand.INFO: Build failed {"buildID":"10"} []',
        "Build failed",
    ),
    # flutter -v's time.
    _Prefix(
        lambda line: line.startswith("[ ") or line.startswith("[+"),
        _cut(_FLUTTER_TIME),
        "[  +12 ms] Gradle task assembleDebug failed with exit code 1",
        "Gradle task assembleDebug failed with exit code 1",
    ),
    # TeamCity's time and block.
    _Prefix(
        lambda line: line.startswith("[") and _TEAMCITY_PREFIX.match(line) is not None,
        _cut(_TEAMCITY_PREFIX),
        "[06:11:25][Step 1/3] Process exited with code 1",
        "Process exited with code 1",
    ),
    # frontend-maven-plugin's level before npm's (or Yarn's) lines.
    _Prefix(
        lambda line: line.startswith(
            ("[INFO] npm ", "[ERROR] npm ", "[INFO] yarn ", "[ERROR] yarn ")
        ),
        lambda line: line.split("] ", 1)[1],
        "[INFO] npm run build",
        "npm run build",
    ),
    # Stack's --verbose log once its time is cleaned ("...: [debug] ...").
    _Prefix(
        lambda line: line.startswith(": [") and line[3:4].islower(),
        lambda line: line[2:],
        ": [debug] Process finished in 12ms",
        "[debug] Process finished in 12ms",
    ),
    # A log viewer's date and time column ("08-Nov-2018 07:10:12 | ").
    _Prefix(
        lambda line: line[:1].isdigit() and _DATE_TIME_COLUMN.match(line) is not None,
        _cut(_DATE_TIME_COLUMN),
        "08-Nov-2018 07:10:12 | npm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
    ),
    # Vercel's time column; one "|": not a table's row.
    _Prefix(
        lambda line: (line[:1].isdigit() or line.startswith("| ")) and line.count("|") == 1,
        _cut(_VERCEL_TIME),
        '20:13:03.830 | Error: Command "npm run build" exited with 1',
        'Error: Command "npm run build" exited with 1',
    ),
)


def _without_line_prefix(line: str) -> str:
    """``line`` stripped, without what a log viewer or a relaying tool puts before each line
    (:data:`_LINE_PREFIXES`, in order)."""
    line = line.strip()
    for prefix in _LINE_PREFIXES:
        if prefix.guard(line):
            line = prefix.cut(line)
    return line


def _crosstool_line(line: str) -> str:
    """``line`` without crosstool-NG's level column and a runner's "Error: " before it, or
    before make's own line. Maven prints "[ERROR]" and "[DEBUG]" too: those two are cut only
    before a wrapper line that is no exception; crosstool-NG's error box (">>") is a message,
    its level kept."""
    found = _CTNG_LEVEL.match(line)
    if found is not None:
        rest = line[found.end() :]
        if rest.startswith((">>", "[")):  # or Gradle's logger, its own column after its level
            return line
        if found.group(1) in ("ERROR", "DEBUG") and (
            not _wrappers().match(rest) or _EXCEPTION_LINE.match(rest) is not None
        ):
            return line  # an AWS Lambda's Python logger: "[ERROR] CalledProcessError: ..."
        line = rest
    return str(_RELAYED_STDERR.sub(r"\1", line, count=1))


def _names_a_cause(line: str) -> bool:
    if "<missing>" in line:  # docker history's and Python's build notes' placeholder
        line = line.replace("<missing>", "")
    if "--" in line:  # a command's options (--timeout=, --no-fail-fast) name no cause
        line = _LONG_OPTION.sub(" ", line)
    if "-W" in line or "-warn-error" in line or "-f" in line:
        # nor a compiler's warning flags (-Wno-..., OCaml's) or its options (-fno-exceptions)
        line = _WARNING_FLAG.sub(" ", line)
    if "-D" in line:  # nor a define, whatever its name (round 61's 073: -Dskip-compile-errors)
        line = _DEFINE_FLAG.sub(" ", line)
    warned = _WARNED_ERROR.match(line)
    if warned is not None:  # a tool logging an error at its warning (or info) level
        line = warned.group(1) or warned.group(2) or warned.group(3) or warned.group(4)
    if line.endswith("?") and line.startswith(("error: ", "error[")):
        line = line[:-1]  # a compiler's suggestion ("perhaps an -L flag is missing?"), no question
    if _NOT_A_CAUSE.search(line) is not None:
        return False
    if _RELAYED.search(line) is not None:  # judge what the script printed
        line = _RELAYED.sub("", line, count=1)
    if "://" in line:  # a URL's path names no cause (".../errorprone/error_prone-2.1.jar")
        if _HTTP_ANSWER.search(line) is not None:
            return _NOT_A_CAUSE.search(line) is None  # but a server's answer to it does
        line = _URL.sub(" ", line)
    if "rror" in line or "xception" in line:  # nor a file named so (yarn-error.log, exceptions.c)
        line = _ERROR_FILE.sub(" ", line)
    if "@" in line:  # nor a package's name and version (assert@1.1.2, errno@0.1.1)
        line = _PACKAGE_SPEC.sub(" ", line)
    if "#" in line and ";" in line:  # nor a module Ivy resolves (play#play-exceptions;2.3.6)
        line = _IVY_MODULE.sub(" ", line)
    if "': " in line or '": ' in line:  # nor a dumped field that holds no failure
        line = _EMPTY_FIELD.sub(" ", line)
    return _CAUSE_WORDS.search(line) is not None and _NOT_A_CAUSE.search(line) is None


def _marked_lines(lines: Sequence[str], raw: str) -> tuple[frozenset[int], frozenset[int]]:
    """The indices of ``lines`` that ``raw`` marks as warnings (or debug), and as errors.

    A warning or a debug line names no cause; a line the CI marks as an error does, unless it is a
    wrapper line. Cleaning drops the marks, and keeps line numbers unless it splits
    Jenkins' ``<br>``: then nothing is known.
    """
    if "warning" not in raw and "error" not in raw and "debug" not in raw:
        return frozenset(), frozenset()
    raw_lines = raw.replace("\r\n", "\n").split("\n")
    if len(raw_lines) != len(lines):
        return frozenset(), frozenset()
    warnings, errors = set(), set()
    for index, line in enumerate(raw_lines):
        if ("warning" in line or "debug" in line) and _WARNING_MARK.search(line) is not None:
            warnings.add(index)
        elif "error" in line and _ERROR_MARK.search(line) is not None:
            errors.add(index)
    return frozenset(warnings), frozenset(errors)


def _without_wrappers(line: str, hits: Sequence[int]) -> str:
    """What is left of a line once its wrapper phrases and bare "error" labels are cut."""
    kept = list(line)
    for hit in hits:
        for found in _wrappers().pattern(hit).finditer(line):
            start, end = found.span()
            kept[start:end] = [" "] * (end - start)
    return str(_LABELS.sub(" ", "".join(kept)))
