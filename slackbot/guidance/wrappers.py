"""The wrapper lines: what a CI system or a build tool prints around a failure, not its cause.

A row of :data:`WRAPPERS` is ``(name, pattern)``. The name is a CI system that keeps the full log
on its own page (``github``, ``gitlab``, ... :data:`~slackbot.guidance.systems.LOG_PLACES`), a tool
whose own output above the line holds the cause (``npm``, ``gradle``, ``cargo``...), ``"shell"``,
or :data:`NOTICE` for a line that names neither. The pattern is RE2 (no backreferences, no
lookaround) and runs on a cleaned line (timestamps and ``##[error]`` prefixes already stripped).
The first row that matches names the line: a system's or tool's rows sit under its heading
(``# --- GitHub Actions ---``), in its group (``# === Build tools ===``), and a row that the
generic notices would also match is kept after them.

To add one: a row under its system's or tool's heading, the comment above it saying what prints
the line and which paste showed it (``round N's NNN``), and a test in ``tests/test_guidance.py``
that such a paste gets its guidance.
"""

from __future__ import annotations

import functools
from pathlib import Path

from slackbot.compiled import read_cached, write_cached
from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.systems import SHARED
from slackbot.pattern_set import PatternSet, Words, required_words

NOTICE = "notice"

#: (tool or system, pattern) for the lines a CI system or build tool prints around a
#: failure. The name says where the full log is, or which tool's output to look above.
WRAPPERS: tuple[tuple[str, str], ...] = (
    # === CI systems: each keeps the job's full log on its own page ===
    # --- GitHub Actions ---
    # (A Windows process's status may be an NTSTATUS, negative as a signed number: "Process
    # completed with exit code -2147483644."; round 79's 024.)
    ("github", r"^(?:Error: )?Process completed with exit code -?\d+\.?$"),
    # "null" when the process was killed by a signal (@actions/exec).
    # (A workflow command may follow a progress line that ended without a newline.)
    # Both from GitHub's toolkit (@actions/exec) and Azure's task library (its ToolRunner), and
    # both runners' "operation was canceled": the log's other lines tell which (SHARED).
    (
        SHARED,
        r"(?:^(?:Error: )?|::error::)The process '[^'\n]+' failed with exit code (?:-?\d+|null)$",
    ),
    (SHARED, r"^(?:Error: )?The operation was canceled\.$"),
    # A pull request's merge box over its checks, whatever CI ran them: each check's own page has
    # its log (round 80's 001).
    (NOTICE, r"^Some checks were not successful$"),
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
    # The annotation on a matrix job that fail-fast canceled when another job failed: that job's
    # log has the cause ('The job was canceled because "_3_8_12_0" failed.'; round 21's 011,
    # quoted with its quotes mixed up). Not the time limit's ("... exceeded the maximum execution
    # time of 15 minutes"), which is the cause.
    (
        "github",
        r"^[\"'\x{201c}]?(?:Error: )?The job was canceled because [\"'][^\"'\n]{1,200}[\"'] "
        r"failed\.[\"'\x{201d}]?$",
    ),
    # A run's conclusion when GitHub could not start it (a workflow file it refuses, a reusable
    # workflow it cannot resolve, an action the policy does not allow): the run's page shows
    # why, in an annotation (round 66's 050 to 053, the conclusion quoted alone).
    ("github", r"^startup_failure$"),
    # The runner's process wrapper cut inside its path by the paste.
    (SHARED, r"^(?:Error: )?The process '[^'\n]+$"),
    # GitHub's notification of a failed run, as its web and mobile inbox show it under the
    # repository and run number ("producto3 workflow run failed for main branch"; round 67's
    # 001): the run's page has the log.
    ("github", r"^\S[^\n]{0,100} workflow run failed for \S+ branch$"),
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
    # Parity's pipeline-stopper on a pull request when a required GitLab job failed: the job's
    # name and its log's link follow ("**Job name**: cargo-clippy", or "The job name - ..."
    # before 2022-11; paritytech/substrate#12717, polkadot#5874; round 81's 189).
    ("gitlab", r"^The CI pipeline was cancelled due to failure one of the required jobs\.$"),
    # GitLab's notice of a failed job (e-mail, chat), the job's number linked in Markdown.
    ("gitlab", r"^Job \[?#\d+\]?(?:\([^)\s]+\))? failed for [0-9a-f]{7,40}:?$"),
    # --- Jenkins ---
    # Elastic's pipeline library (apm-pipeline-library's notifyPR) commenting on a pull request
    # whose build was aborted: its heading and its fixed explanation (round 29's 158).
    (
        "jenkins",
        r"^(?:#{1,4} )?:grey_exclamation: Build Aborted$|"
        r"^(?:> )?Either there was a build timeout or someone aborted the build\.$",
    ),
    # Jenkins core when a build step's command fails; the Ansible plugin's AbortException.
    ("jenkins", r"^(?:FATAL|ERROR): command execution failed\.?$"),
    (
        "jenkins",
        r"^(?:ERROR: |FATAL: |hudson\.AbortException: )?Ansible playbook execution failed\.?$",
    ),
    # (A negative status when the agent lost the process: "ERROR: script returned exit code -1",
    # adoptium/aqa-tests#47; round 84's 052.)
    (
        "jenkins",
        r"^(?:ERROR: |hudson\.AbortException: |Execution error: )?script returned exit code -?\d+$",
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
    # NOAA-EMC global-workflow's CI bot commenting on a case that failed on an HPC machine: the
    # case, the machine, its run directory and the names of its error logs, not their lines
    # (the comment its CI scripts post with gh pr comment; round 65's 059).
    (NOTICE, r"^_?[\w.-]+_? \*\*FAILED\*\* on \S+ +\(pipeline ID: \d+\)$"),
    (NOTICE, r"^(?:Error Log Files|View Error Logs):$"),
    (NOTICE, r"^_?This failure was detected automatically by [\w-]+'s CI/CD Pipeline_?$"),
    # node-gyp's error when the build tool it ran (make, msbuild.exe) exited non-zero: the
    # compiler's output is above it ("gyp ERR! stack Error: `make` failed with exit code: 2"),
    # also where a CI report quotes it (round 63's 006: a Node.js reliability report). Kept
    # before Azure's "failed with exit code" row, which would take it for Azure's.
    (NOTICE, r"(?:^|\s|>)Error: `[^`\n]+` failed with exit code: -?\d+\b"),
    # setuptools (distutils) relaying the compiler's exit status: its error is above. Kept before
    # Azure's "failed with exit code" row, which would take it for Azure's (a local build's).
    ("shell", r"^error: command '[^'\n]+' failed with exit (?:status|code) -?\d+$"),
    # distutils' CompileError raised as it is (a build backend's traceback, pip's build of an
    # editable install): the compiler's error is above (round 82's 021, grpcio on ppc64le). Its
    # class is distutils.errors' or, in newer setuptools, distutils.compilers.C.errors'.
    (
        "shell",
        r"^(?:(?:setuptools\._)?distutils\.(?:compilers\.C\.)?errors\.)?"
        r"(?:CompileError|LinkError): command '[^'\n]+' failed with exit (?:status|code) -?\d+$",
    ),
    # --- Azure Pipelines ---
    ("azure", r"^(?:Bash|Cmd\.exe|PowerShell|pwsh) exited with code '-?\d+'\.?$"),
    ("azure", r"(?:^| )\S+ failed with return code:? ?-?\d+"),
    # "<tool> failed with exit code N": Azure's tasks, and GitHub's toolkit's "The process
    # '<tool>' failed with exit code N" quoted without its start (SHARED: the cues decide).
    (SHARED, r"(?:^| )\S+ failed with exit code:? ?-?\d+"),
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
    # NuGetInstaller's (the task NuGetCommand replaced) last line (round 68's 254).
    ("azure", r"^Packages failed to install$"),
    # The MSBuild and VSBuild tasks' summary of the process they ran.
    ("azure", r"^Process '[^'\n]+' exited with code '-?\d+'\.?$"),
    # azure-pipelines-task-lib's ToolRunner when the tool it ran failed: its output is above.
    ("shell", r"^(?:Error: )?\S+ failed with (?:return|exit) code: (?:-?\d+|null)$"),
    # The Azure DevOps Demo Generator's failed provisioning (its log follows).
    (NOTICE, r"^The log below will provide you insights into why the provisioning failed\."),
    # The web console's placeholder while a task's output has not reached it: the task's log (or
    # the agent's) has what it did (round 64's 072; microsoft/azure-pipelines-extensions#805,
    # microsoft/azure-pipelines-tasks#10535, microsoft/azure-pipelines-agent#3278).
    ("azure", r"^(?:\[undefined\])?Waiting for console output from (?:an )?agent\.{0,3}$"),
    # The agent's JobRunner when a task failed, over its own .NET frames (round 66's 071, round
    # 6's 128): the task's output above it has the error.
    (
        "azure",
        r"^(?:System\.Exception: )?Task [\w.-]+ failed\. This caused the job to fail\. "
        r"Look at the logs for the task for more details\.$",
    ),
    # --- CircleCI ---
    ("circleci", r"^\"?Exited with (?:code|status) (?:exit status )?\d+"),
    # A pull request's list of checks: the CI system's own page has the log.
    (NOTICE, r"(?i)\bYour tests failed on CircleCI$"),
    # --- Travis CI ---
    # "... failed and exited with 1 during ." (the stage name may be empty, and a paste may stop
    # at "during", round 77's 105). A command in single quotes is Symfony's Process quoting it
    # (below), not Travis.
    (
        "travis",
        r"^_?The command \"[^'\n][^\n]*\" (?:(?:exited|failed and exited) with \d+|failed\._?$|"
        r"failed\. Retrying, \d+ of \d+\.$)"
        r"(?: during(?: [\w ]{0,40})?)?\.{0,3}$",
    ),
    ("travis", r"^Done\. Your build exited with \d+\.$"),
    # TravisBuddy's comment on a pull request: Travis' own page has the log (round 64's 065;
    # justanr/datestuff#3, expertiza/expertiza#1283, with its older wording in
    # Homebrew/homebrew-cask#45539).
    (
        "travis",
        r"^TravisCI finished with status `?(?:errored|failed|canceled)`?, which means the build "
        r"failed because (?:of )?something unrelated to the tests, (?:such as|like) a problem "
        r"(?:with )?a dependency or the build process itself\.?$",
    ),
    # dpl 2 when the deploy script exited non-zero (it prints its status struct, not the
    # script's output).
    ("shell", r"^Script failed with status #<struct Dpl::"),
    # --- Netlify ---
    (
        "netlify",
        r"(?:^|: )(?:Build script returned non-zero exit code: \d+|\"?build\.command\"? failed)",
    ),
    # Netlify's build image (run-build-functions.sh) when the installer it ran exited non-zero:
    # the installer's own output is above (round 82's 007: "Error during Yarn install").
    (
        "netlify",
        r"^Error (?:during (?:Yarn|PNPM|NPM|gem) install|installing (?:pip dependencies|"
        r"Pipenv dependencies|bundler|NPM))$",
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
    # Netlify's bot comment on a pull request whose deploy preview failed: its heading links to
    # the deploy's log ("Why did it fail?"), its table to the commit and the log (round 37's 043,
    # 044).
    (
        "netlify",
        r"(?:^|[\s>])Deploy Preview for \*?[\w.-]+\*? (?:failed|canceled)\."
        r"(?: \*\*\[Why did it fail\? \x{2192}\]\([^()\s]+\)\*\*)?$",
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
    # Jekyll's footer under every build error, its version first, often wrapped after "command":
    # Jekyll's own message is above it (round 75's 139: Azure Static Web Apps' Oryx build).
    (
        NOTICE,
        r"^(?:\S+ )?(?:Jekyll \d[\w.]* +)?Please append `--trace` to the `\w+` command"
        r"(?: for any additional information or backtrace\.)?$",
    ),
    (NOTICE, r"^for any additional information or backtrace\.$"),
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
    # The same summary of a command that spans lines (a buildspec's multi-line command): its
    # first line and its last, the command between them (round 82's 072: cdk-github-runners'
    # CodeBuild runner).
    ("codebuild", r"^(?:COMMAND_EXECUTION_ERROR:? (?:Message: )?)?Error while executing command:$"),
    ("codebuild", r"^Reason: exit status \d+\}?$"),
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
    # A custom resource's Lambda that answered FAILED with only a pointer to its logs: the reason
    # cfn-response sends by default ("See the details in CloudWatch Log Stream: <stream>", AWS's
    # cfn-response module), or a builder's own "See logs in <group>/<stream>" (round 80's 236:
    # cdk-github-runners' image builder). The Lambda's log stream holds the cause.
    (
        "cloudformation",
        r"^(?:\S+ +)?Received response status \[FAILED\] from custom resource\. Message returned: "
        r"(?:See the details in CloudWatch Log Stream: \S+|See logs in \S+)",
    ),
    # `sam build` relaying a failed action of aws-lambda-builders ("Error: NodejsNpmBuilder:
    # NpmInstall - NPM Failed: <npm's output>") with nothing after it: the builder's output was
    # lost (aws/aws-lambda-builders#97, round 64's 053; aws/aws-sam-cli#2473,
    # aws-samples/serverless-coffee-workshop#68 show the form with its output).
    (
        NOTICE,
        r"^(?:Error: )?[A-Z]\w*(?:Workflow|Builder):[A-Z]\w* - (?:[\w.-]+ ){1,3}[Ff]ailed:?$",
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
    # OpenShift CI's ci-operator when the OpenShift build of an image failed (openshift/ci-tools,
    # pkg/steps: "could not wait for build: the build %s failed after %s with reason %s: %s", the
    # build's own log snippet below it): with OpenShift's generic reasons ("Docker build strategy
    # has failed.", "Generic Build failure - check logs for details.", openshift's build status
    # messages) it names no cause; the build's log has it (round 81's 026).
    (
        "prow",
        r"^(?:could not wait for build: )?the build [\w.-]+ failed after [\w.]+ with reason "
        r"(?:DockerBuildFailed: Docker build strategy has failed|GenericBuildFailed: Generic Build "
        r"failure - check logs for details)\.$",
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
    # Firebase App Hosting's CLI when the Cloud Build of a rollout failed: the build log it links to
    # has the cause (round 74's 096, where the CLI then printed "Deploy complete!").
    ("cloudbuild", r"\bapphosting: Rollout for backend \S+ failed\.$"),
    ("cloudbuild", r"\bapphosting: Failed to build your app\. Please inspect the build logs at "),
    # --- Firebase CLI ---
    # firebase-tools wrapping the error that stopped it as it packed Hosting's files or the
    # functions' directory (FirebaseError with the original error kept, printed only with
    # --debug and in firebase-debug.log: firebase-tools' deploy/hosting/prepare.js;
    # firebase/firebase-tools#366, firebase/functions-samples#173; round 74's 095).
    (
        "firebase",
        r"^(?:Error: )?(?:There was an issue preparing Hosting files|Problem preparing functions "
        r"directory) for upload\.$",
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
    # Heroku's notice that a deploy failed in its release phase (the Procfile's release: command,
    # a migration): the release's own output has the cause (`heroku releases:output v6`; round
    # 75's 054, the "Deploy to Heroku" button's message quoted alone).
    ("heroku", r"\bdue to a release phase command in release v\d+\b"),
    # herokuish's (Dokku's) summary of a failed app build.
    ("heroku", r"^(?:remote:\s+)?!\s+Failure during app build$"),
    # --- Scalingo ---
    # Scalingo's deployer when a deployment failed: its reason after an arrow on the next line
    # ("→ Invalid return code from buildpack", Scalingo's "Common Deployment Errors", "->" in its
    # later "Deployment Issues" page; "→ Your application has stopped unexpectedly with the
    # following output:", over the app's own output at boot: round 82's 144, cut there). The
    # buildpack's output above, or the app's below, has the cause.
    ("scalingo", r"^!\s+Error deploying the application$"),
    (
        "scalingo",
        r"^!\s+(?:(?:→|->) )?(?:Invalid return code from buildpack|Your application has stopped "
        r"unexpectedly with the following output:)$",
    ),
    # --- Cloud Foundry ---
    # Staging's lines when the buildpack's compile step failed: the buildpack's own output (the
    # staging log, `cf logs <app> --recent`) holds its error above them. The DEA's "Staging
    # failed: Buildpack compilation step failed" (cloudfoundry buildpacks' READMEs, the CLI's
    # "TIP: use 'cf logs <app> --recent' for more information" after it); Diego's builder
    # (buildpackapplifecycle's CompileFailMsg, "Failed to compile droplet", with its error after
    # it); the Cloud Controller's BuildpackCompileFailed, as the CLI and the app's events show it
    # ("Error staging application: App staging failed in the buildpack compile phase", the
    # "[API/0] ERR encountered error: ..." event). Round 82's 090, 092, 094.
    ("cloudfoundry", r"^Staging failed: Buildpack compilation step failed$"),
    # The Node.js buildpack's supply step when the npm or yarn install it ran exited non-zero
    # (libbuildpack's "**ERROR** " level before "Unable to build dependencies: %s"): the
    # install's own output is above it (cloudfoundry/nodejs-buildpack#196; round 74's 074).
    ("cloudfoundry", r"^\*\*ERROR\*\* Unable to build dependencies: exit status \d+$"),
    # (Diego's builder also says "Failed to run all supply scripts" and, for a buildpack's own
    # compile step, repeats its words: "Failed to compile droplet: Failed to compile droplet:
    # exit status 6"; cloudfoundry/nodejs-buildpack#117, knative/serving#1445,
    # danhigham/cloudfoundry-tmate-buildpack#5; round 74's 074.)
    (
        "cloudfoundry",
        r"^Failed to compile droplet(?:: (?:Failed to run (?:all )?(?:finalize|supply) scripts?: |"
        r"Failed to compile droplet: )?exit status \d+)?$",
    ),
    (
        "cloudfoundry",
        r"^(?:encountered error: |Error staging application(?: \"[^\"\n]+\")?: )?"
        r"(?:BuildpackCompileFailed - )?App staging failed in the buildpack compile phase\s*$",
    ),
    # (The cf CLI's v6 "Error restarting application: BuildpackCompileFailed", after `cf push` or
    # `cf restart`: gogolok/cloudfoundry-buildpack-elixir#8, dgodd/concourse-summary#13,
    # cloudfoundry-samples/spring-music#28; round 81's 103.)
    (
        "cloudfoundry",
        r"^(?:Error (?:restarting|starting|staging) application(?: \"[^\"\n]+\")?: )?"
        r"BuildpackCompileFailed$",
    ),
    # (The builder's line as a person titles the paste with it: "Failed to Compile droplet
    # error...", round 82's 090.)
    ("cloudfoundry", r"^(?i:Failed to compile droplet)(?: error)?(?:\.{3}|\x{2026})$"),
    # --- BOSH ---
    # The director's error when a package's packaging script exited non-zero while compiling
    # (bosh-agent wraps it as "Running packaging script", its file-logging command runner,
    # agent/cmdrunner, as "Command exited with N; Truncated stdout: ..., Truncated stderr: ..."):
    # the output it cuts, or the task's debug log (`bosh task <id> --debug`), has the error
    # (round 82's 091: apt's suggestions, all the cut kept).
    (
        NOTICE,
        r"^(?:Failed compiling packages > \S+: )?(?:Action Failed get_task: Task \S+ result: )?"
        r"Compiling package \S+: Running packaging script: Command exited with \d+; "
        r"Truncated stdout: ",
    ),
    # --- GoCD ---
    # The GoCD agent's log line reporting a job's result to the server (DefaultGoPublisher's
    # reportCompleting/reportCompleted: "{} is reporting build result [{}] to Go Server for {}"):
    # the job's console log on the server has the task's output (round 82's 099).
    (
        "gocd",
        r"(?:^|- )Agent \[[^\]\n]*\] is reporting build result \[Failed\] to Go Server for "
        r"(?:Build )?\[[^\]\n]*\]$",
    ),
    # --- Buildkite ---
    # The Buildkite agent's summary of a failed command step.
    ("buildkite", r"^(?:🚨 )?Command failed in (?:\d+h)?(?:\d+m)?[\d.]+m?s$"),
    # The agent retrying a checkout whose git command failed: git's own error is above it in the
    # job's log ("⚠️ Warning: Checkout failed! exit status 128 (Attempt 1/3 Retrying in 2s)";
    # round 75's 092).
    (
        "buildkite",
        r"^(?:⚠️ ?)?(?:Warning|Error): Checkout failed! exit status \d+"
        r"(?: \(Attempt \d+/\d+ Retrying in [^)\n]*\))?$",
    ),
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
    # --- compiletest (the Rust repository's test runner) ---
    # A run-make test whose make exited non-zero: compiletest prints the status and the command,
    # then make's stdout and stderr, which say why (fatal_proc_rec("make failed", ...);
    # round 53's 118).
    ("shell", r"^error(?: in revision `[^`\n]+`)?: make failed$"),
    # --- Rush (monorepo builds) ---
    # Rush's verdict after its operations ran, when one failed: each failed operation's output is
    # above it under "--[ FAILURE: <name> ]--" (OperationExecutionManager; round 73's 173).
    ("shell", r"^Operations failed\.$"),
    # --- exrm (Elixir releases) ---
    # exrm when relx failed to build the release: relx's own "===>" errors are above it
    # (ReleaseManager.Utils; round 81's 099).
    (
        NOTICE,
        r"^(?:==> )?(?:ERROR: )?\"?Failed to build release\. Please fix any errors and try "
        r"again\.\"?$",
    ),
    # === Frameworks' lines over the exception they caught ===
    # Each heads the traceback of the exception that caused it, and names none: the exception's
    # own line (and a "Caused by:") below the frames is the cause, and a paste cut before it
    # shows none.
    # Django's request logger for a 500 ("Internal Server Error: /json": log_response's
    # "%s: %s" with the reason phrase and the path, django/core/handlers/base.py; round 69's 022).
    (NOTICE, r"^(?:ERROR:? )?Internal Server Error: /\S*$"),
    # Odoo's JSON-RPC error over the server's traceback ('message': "Odoo Server Error",
    # odoo/http.py; round 74's 059).
    (NOTICE, r"^Odoo Server Error$"),
    # === JavaScript package managers and tools ===
    # --- pnpm ---
    ("pnpm", r"ERR_PNPM_(?:RECURSIVE_RUN_FIRST_FAIL|RECURSIVE_EXEC_FIRST_FAIL)\b"),
    # pnpm's own ELIFECYCLE line (before npm's pattern for it), also as a paste cuts it after
    # "with" (round 63's 177).
    ("pnpm", r"ELIFECYCLE\s+(?:Command|Test) failed with(?: exit code \d+\.?)?$"),
    # --- npm ---
    # npm's own lines, and the same lines in npm-debug.log (a line number and the level); npm's
    # "ERR!" may be pasted without its "npm" heading (round 52's 034, npm 1 on Windows).
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) code ELIFECYCLE$"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) errno -?\d+$"),
    # npm 7 and later: the exit code of a failed lifecycle command (npm 10 spells its level
    # "error"; round 59's 123).
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) code \d+$"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) [^\n]+: `[^`\n]+`$"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) Exit status \d+$"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) Failed at the \S+ \S+ script"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) This is probably not a problem with npm"),
    (
        "npm",
        r"^(?:(?:npm )?ERR!|npm error|\d+ error) (?:Lifecycle script `[^`\n]+` failed with error"
        r"|command failed|command (?:\S*[/\\])?(?:sh|bash|cmd\.exe) )",
    ),
    (
        "npm",
        r"^(?:(?:npm )?ERR! |npm error |\d+ error )?"
        r"Tell the author that this fails on your system:$",
    ),
    # npm 2 to 6's lifecycle lines pasted without their "npm ERR!" prefix, the failed command
    # joined to the line that introduces it (round 68's 036).
    ("npm", r"^Failed at the [\w@./-]+@[\w.+-]+ [\w:.-]+ script(?: '[^'\n]+')?\.$"),
    ("npm", r"^Tell the author that this fails on your system: \S[^\n]*$"),
    # npm's debug log (npm-debug.log): the lifecycle script that failed, not why.
    ("npm", r"^\d+ (?:info|error) (?:lifecycle )?\S+@\S+ Failed to exec \S+ script$"),
    ("npm", r"^(?:\d+ (?:verbose stack|error) )?Error: [\w@./-]+@[\w.-]+ [\w:-]+: `[^`\n]+`$"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) A complete log of this run can be found in"),
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) (?:path|workspace|location) "),
    ("npm", r"^(?:(?:npm )?ERR!|npm error)\s*$"),
    # pacote when the npm install it ran to prepare a git dependency failed: that install's own
    # lines follow, each after a second "npm ERR!" ({ message: 'git dep preparation failed' },
    # pacote's lib/git.js; round 62's 074).
    ("npm", r"^(?:(?:npm )?ERR!|npm error|\d+ error) git dep preparation failed$"),
    # npm's (and pnpm's) ELIFECYCLE summary.
    ("npm", r"^\[?ELIFECYCLE\]? +Command failed(?: with exit code \d+)?\.?$"),
    # npm 1 and 2 relaying a lifecycle script's status; on Windows its shell is `cmd "/c"`
    # (npm's lib/utils/lifecycle.js; npm 1's error handler prints it under "message": round
    # 52's 034, node-gyp's rebuild on Windows).
    (
        "npm",
        r"^(?:(?:npm )?ERR! (?:message )?|(?:\d+ )?error )?`(?:sh \"-c\"|cmd \"/c\") "
        r"\"[^\"\n]*\"` failed with \d+$",
    ),
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
    # lerna 2 and 3 relaying the script `lerna run` or `lerna exec` ran in a package (round 74's
    # 017: 'lerna ERR! test Errored while running script in ...'): the script's output is above.
    (NOTICE, r"^lerna ERR! [\w:-]+ Errored while running script in '[^'\n]+'$"),
    # ... and its own lines around npm's, which it relays below them: the callback and the command.
    (NOTICE, r"^lerna ERR! execute callback with error$"),
    (NOTICE, r"^lerna ERR! Error: Command failed: (?:npm|yarn|pnpm) run [\w:.-]+$"),
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
    # which is judged as any text is: the linker's message may end it; rounds 28, 29, 45), or
    # drop rustc's "error: " (round 69's 177), or cut it after its colon, before the status
    # (rustc's format!("linking with `{}` failed: {}", ...); round 78's 186).
    (
        "linker",
        r"^[#_]?(?:(?i:error): )?linking with (?:`[^`\n]+`|[\w.+-]+) failed"
        r"(?:: exit (?:status|code): -?\d+|:)?(?:$| +\|$| +\| += note: )",
    ),
    # Qualcomm's eld linker summing up a link whose errors it printed above ("Fatal: Linking had
    # errors.", the output file's name quoted after it since qualcomm/eld#1234; round 81's 192).
    ("linker", r"^Fatal: Linking had errors\.(?: '[^'\n]*')?$"),
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
    # Kubernetes' e2e runner (hack/e2e.go, kubetest) giving up on a step whose output is above
    # ("Error starting e2e cluster. Aborting.", log.Fatal after Go's log time; round 65's 147).
    (
        NOTICE,
        r"(?:^|\d\d:\d\d:\d\d )Error (?:building|starting|pushing|tearing down)(?: e2e cluster)?"
        r"\. Aborting\.$",
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
    # (Also after an "error: " label, as a test runner reports a test binary that aborted:
    # "error: exit code 134"; round 64's 116.)
    ("shell", r"(?i)^(?:error: )?exit code:? -?\d+$"),
    # A command said to have exited with a status or code, in any wording.
    (
        "shell",
        r"(?i)\bexited (?:with )?(?:non-zero )?(?:status|code|exit-code|exit code)?:? ?\(?-?\d+\)?",
    ),
    # A non-zero exit code or status, in any wording.
    ("shell", r"(?i)non-?zero exit (?:code|status)"),
    # A command said to have failed, exited or returned with a code, in the other wordings tools
    # use ("Command '<cmd>' failed with exitCode 1", "self-installer exits with code 1", "exit
    # with code 1, signal null", "failed with exit status = 143", "\"/usr/bin/python\" returned
    # error code 1.", "'/usr/local/bin/bundle install' returns 1.", "returned error (1)";
    # rounds 26, 31, 34, 35, 40, 41): the command's own output is above. An exit status is 1 to
    # 255: not an HTTP status ("returned 400"), nor a Windows crash's code (3221225477), nor a
    # signal's negative number (-9), which name the cause.
    (
        "shell",
        r"(?i)\b(?:exits|exit|failed|returned|returns) with (?:exit ?code|exit status|error code|"
        r"return code|code|status)(?: ?=)?:? ?\(?(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-5])\)?"
        r"(?:, signal \w+)?\.?$|"
        r"\breturn(?:s|ed) (?:error )?(?:code )?\(?(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-5])\)?"
        r"(?::? b'')?\.?$",
    ),
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
    # Older Node printed an uncaught error object as "{ Error: Command failed: ..."
    # (round 77's 113); a script's own report may put its verdict before it ("FAILED — Command
    # failed: node dist/index.js ...": round 80's 190).
    ("shell", r"^(?:\{ |FAILED [—-] )?(?:Error: )?Command failed: \S[^\n]*$"),
    # --- Python (subprocess, pip, setuptools, Poetry, pipenv) ---
    # Python's subprocess: the command's own output is above its traceback.
    (
        "shell",
        r"(?:^(?:subprocess\.)?CalledProcessError: Command [^\n]+? )?"
        r"returned non-zero exit status \d+\.?",
    ),
    # Prefect's git storage logging the CalledProcessError of a git pull it ran ("Failed to pull
    # latest changes with exit code {exc}", prefect/runner/storage.py), then cloning afresh: git's
    # own output is above it (round 82's 184).
    (
        "shell",
        r"^Failed to pull latest changes with exit code Command '[^\n]+' returned non-zero exit "
        r"status \d+\.?$",
    ),
    # The same exception cut inside its command, before the command's closing quote (its status
    # never pasted; round 73's 083: codesign run by a Bazel rule): the command's own output is
    # above it. A line that ends with the quote may be wrapped, its status on the next line
    # (round 30's 063, an access violation's status: a cause).
    ("shell", r"^(?:subprocess\.)?CalledProcessError: Command '\[[^\n]*[^'\s]$"),
    # pip relaying a build backend's failure (its output is above).
    ("shell", r"(?:[\w.]+\.)?InstallationSubprocessError: [^\n]+ exited with -?\d+$"),
    # cffi's verifier relaying the same distutils error when it compiles its C module (a
    # package's setup.py building with cffi): the compiler's error is above (round 71's 068).
    (
        "shell",
        r"^(?:cffi\.(?:error|ffiplatform)\.)?VerificationError: (?:CompileError|LinkError): "
        r"command '[^'\n]+' failed with exit (?:status|code) -?\d+$",
    ),
    # Python relaying a command's failure (Rust's x.py): the command's output is above.
    ("shell", r"^RuntimeError: failed to run: "),
    # pip 9's failed build-dependency install (its command's output is above it). A paste may
    # drop the temporary directory after "in", or wrap it onto the next line (round 63's 058;
    # digidotcom/xbeewificloudkit#7). Its command may quote a requirement's marker itself
    # ('-- setuptools wheel "cffi>=1.1; python_implementation != 'PyPy'""': pip's isolated
    # build environment, rounds 12, 28, 34, 62, 68, 70).
    (NOTICE, r"^Command \"[^\n]+\" failed with error code \d+(?: in(?: \S+)?)?$"),
    # A build script relaying the exit status of a command it ran, the command in single quotes
    # (sonar-swift's run-sonar-swift.sh, runCommand(): "ERROR - Command '$@' failed with error
    # code: $returnValue"; round 84's 254): the command's output above it has the cause.
    (NOTICE, r"^(?:ERROR(?: -|:) )?Command '[^'\n]+' failed with error code:? -?\d+\.?$"),
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
    # bioconda-utils' log of a command that failed (its docker run, conda build), maybe cut
    # inside the command, and its heading over that command's output, which holds the cause
    # (bioconda-recipes' troubleshooting: "find the first BIOCONDA ERROR, and start reading the
    # output below that line"; round 65's 061, 063).
    (NOTICE, r"^`?BIOCONDA ERROR COMMAND FAILED(?: \(exited with -?\d+\))?: "),
    (NOTICE, r"^BIOCONDA ERROR STDOUT\+STDERR:$"),
    # conda-build's summary when its source step failed (the download's or the patch's own
    # error is earlier in the build log it points to; round 73's 022).
    (NOTICE, r"^Failed to download or patch source\. Please see build log for info\.$"),
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
    # pip's own error it did not expect (base_command.py logs "Exception:" at its critical level,
    # with the traceback): the traceback's last line, the exception's type and message, is the
    # cause (freakent/dbus-mqtt-devices#75; rounds 56, 70: pastes cut inside the frames).
    ("pip", r"^ERROR: Exception:$"),
    # pip's failed subprocess (its output follows, under the box).
    (NOTICE, r"^(?:error|ERROR): subprocess-exited-with-error$"),
    (NOTICE, r"^[×x] [^\n]{1,120} did not run successfully\.$"),
    # pipenv retrying an install, and its retry line.
    (NOTICE, r"An error occurr?ed while installing [^\n]+! Will try again\.$"),
    # ... cut after the requirement, before its markers and hashes ("An error occurred while
    # installing requests==2.23.0;": round 56's 175).
    (NOTICE, r"^An error occurr?ed while installing [\w.-]+==[\w.+!-]+;?$"),
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
    # `bundle exec` when the command it ran raised: the exception follows the line (round 31's
    # 117, round 8's 045; Bundler's CLI::Exec).
    ("bundler", r"^bundler: failed to load command: [\w.-]+ \([^()\n]+\)$"),
    # Rake prints the exception on the line below.
    (NOTICE, r"^\.*rake aborted!?$"),  # after the progress dots of a spec run
    # Rake's sh: the command's own output is above.
    ("shell", r"^Command failed with status \(\d*\): \["),
    # rake's sh relaying a command's status (127: the shell did not find it).
    ("shell", r"^Command failed with status \(\d+\): \[[^\n]*\]$"),
    # The end of Ruby's crash report ("[BUG] Segmentation fault ..." and the C and Ruby backtraces
    # above it) on macOS, after the process's memory map: it points to macOS's crash report file
    # (round 75's 126: the tail of a report, cut below its [BUG] line).
    (NOTICE, r"^\[IMPORTANT\]$"),
    (NOTICE, r"^Don't forget to include the Crash Report log file under(?: DiagnosticReports)?$"),
    (NOTICE, r"^(?:DiagnosticReports )?directory in bug reports\.$"),
    # ruby-packer (rubyc) when a build command it ran failed, the command as Ruby inspects
    # Kernel#system's arguments (environment hash, command): its output is above (round 75's 147).
    ("shell", r"^Failed running \[(?:\{[^\n]*\}, )?\"[^\n]*\"\]$"),
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
    # (A paste may drop git's "!" column: round 48's 070.)
    ("shell", r"^(?:!\s+)?\[remote rejected\]\s+\S+ -> \S+ \(pre-receive hook declined\)$"),
    # git push refused: the reason is in the lines above (a hook's output, "[rejected]").
    ("shell", r"^error: failed to push some refs to '[^'\n]+'$"),
    # Git LFS when a command failed: its pointers to the log it wrote the error to, and `git lfs
    # pull`'s notice, which names no reason (round 21's 112).
    (NOTICE, r"^Could not pull$"),
    (NOTICE, r"^Errors logged to \S[^\n]{0,300}\.log$|^Use `git lfs logs last` to view the log\.$"),
    # git's lines after a submodule's own error.
    (NOTICE, r"^(?:fatal: )?Failed to recurse into submodule path '[^'\n]+'$"),
    (NOTICE, r"^(?:fatal: )?clone of '[^'\n]+' into submodule path '[^'\n]+' failed$"),
    # RepoSense (java.util.logging) when the git clone or checkout it ran failed: git's own
    # error is in the exception it logs below, or not printed at all (its GitClone logs only
    # "Exception met while cloning or checking out " + the repository + ".Analysis terminated.";
    # reposense/RepoSense#1681, round 64's 136).
    (
        NOTICE,
        r"^(?:SEVERE: )?Exception met while cloning or checking out(?: \S[^\n]*)?\."
        r"(?: ?Analysis terminated\.)?$",
    ),
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
        r"(?:fatal: \[[^\]\n]+\]: FAILED!|failed: \[[^\]\n]+\](?: \(item=[^\n]*\))?) => "
        r"\{\"changed\": (?:true|false), "
        r"(?:\"cmd\": |\"failed\": true, \"invocation\": \{\"module_args\": )",
    ),
    # A failed task whose result follows as JSON (its "msg" and "stderr" fields hold the
    # cause), and a failed loop item.
    ("ansible", r"^fatal: \[[^\]\n]+\]: FAILED! => \{$"),
    ("ansible", r"^failed: \[[^\]\n]+\](?: \(item=[^\n]*\))? => \{$"),
    # The end of a play whose hosts all failed.
    # (Ansible 1.x also when the play's hosts all failed in an earlier play: "FATAL: no hosts
    # matched or all hosts have already failed -- aborting"; ansible/ansible#1726, round 81's 210.)
    (
        NOTICE,
        r"^(?:FATAL|fatal): (?:no hosts matched or )?all hosts have already failed -- aborting$",
    ),
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
    # (also wrapped after its comma, as a message that quotes it may be: round 75's 203)
    (NOTICE, r"^(?:-- )?(?:Configuring incomplete, )?errors occurred!$"),
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
    # The download-at-configure idiom googletest's README long recommended (a sub-build in
    # googletest-download/ run with execute_process, then message(FATAL_ERROR "CMake step for
    # googletest failed: ${result}") or "Build step for ... failed: ..."), copied for other
    # dependencies too: the sub-build's output above, or its CMakeOutput.log, has the cause (round
    # 75's 203, where the sub-build's output was appended to the message).
    ("cmake", r"^(?:CMake|Build) step for [\w.+-]+ failed: -?\d+\b"),
    # vcpkg's CMake toolchain when the manifest's install failed (its log is named on the next
    # line).
    ("cmake", r"^CMake Error at \S*scripts/buildsystems/vcpkg\.cmake:\d+ \(message\):$"),
    ("cmake", r"^vcpkg install failed\.\s+See logs for more information:?$"),
    # --- SCons, Waf ---
    # SCons' last line after a failed target (its `scons: *** [target] Error N` and the
    # command's own output are above).
    ("scons", r"^scons: building terminated because of errors\.$"),
    # Waf's failed task ("failed (exit status 1):", and "failed with exit status 1:" in waf 2,
    # round 73's 085 and 086: the Source engine's modules).
    (NOTICE, r"^\s*-> task in '[^'\n]+' failed (?:\(exit status \d+\)|with exit status \d+):?\s*$"),
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
    # The same message quoted from its code on, without MSBuild's "error" (round 68's 253).
    ("msbuild", r"^MSB4181: The \"[^\"\n]+\" task returned false but did not log an error\.?$"),
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
    # lists it again under its trace (rounds 26, 38, 39). Its publish step's own exception when
    # it cannot tell why (System.Exception, or WebTools' own class in newer releases: "Publish
    # has encountered an error. We were unable to determine the cause of the error. Check the
    # output log for more details."; round 67's 150, 204, 205): the Output window has the build's
    # or the publish's error.
    (
        NOTICE,
        r"^`?(?:System\.AggregateException: (?:One or more errors occurred\.|"
        r"发生一个或多个错误。) ---> |---> \(Inner Exception #\d+\) )?"
        r"(?:System\.Exception|Microsoft\.WebTools\.Shared\.Exceptions\.WebToolsException): "
        r"(?:Build failed\. Check the Output window for more details\.|"
        r"Publish has encountered an error\. (?:We were unable to determine the cause of the "
        r"error\. )?Check the output log for more details\.|"
        r"发布失败。) ?(?:<---)?$",
    ),
    # A VS Code extension's error report that sends the reader to its Output channel: the Azure
    # App Service extension's "Deployment to "NAME" failed. See output channel for more
    # details." under "Error Message:" (round 76's 055 and 058); the channel has the cause.
    (
        NOTICE,
        r"^(?:Error Message: )?[^\n]*\bfailed\. See (?:the )?output channel for more details\.$",
    ),
    # .NET's AggregateException alone, as Cake prints it over the task's error.
    (NOTICE, r"^(?:Error: |System\.AggregateException: )?One or more errors occurred\.$"),
    # Cake when a task's tool failed (its output is above).
    (NOTICE, r"^An error occurred when executing task '[^'\n]+'\.$"),
    (NOTICE, r"^\.NET (?:Core )?CLI: Process returned an error \(exit code -?\d+\)\.$"),
    # --- Xcode ---
    # codesign -f's progress line for a bundle it re-signs (a re-signing tool's output, an app's
    # bundle step): it names no failure, and the error, when there is one, follows it (round 75's
    # 171).
    (
        NOTICE,
        r"^/[^\n]*\.(?:app|appex|framework|xctest|dylib)(?:/[^\n]*)?: "
        r"replacing existing signature$",
    ),
    # Xcode's note that a script phase printed errors: they are above it.
    (
        "xcode",
        r"^Command PhaseScriptExecution emitted errors but did not return a nonzero exit code"
        r" to indicate failure$",
    ),
    # Xcode's build system (Xcode 10 on) under a build command that failed, its tool's message
    # above it ("...app: errSecInternalComponent" over "Command CodeSign failed with a nonzero exit
    # code": 2ndalpha/gasmask#165, openframeworks/projectGenerator#224; round 83's 224).
    ("xcode", r"^Command [A-Z][A-Za-z]+ failed with a nonzero exit code$"),
    # (With fastlane's "Exit status: 65" from the line below it run onto it: round 78's 244.)
    ("xcode", r"^(?:[^\n]* )?\*\* (?:BUILD|ARCHIVE|TEST|CLEAN) FAILED \*\*(?: Exit status: \d+)?$"),
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
    # gym's banner after a failed xcodebuild, pointing at the build output above it (round 74's
    # 188: the banner and the lane context alone); its other sentences name no cause.
    (
        "xcode",
        r"^(?:(?:ERROR|INFO|WARN) )?(?:\[[\d:. -]+\]: )?Make sure to inspect the output above, "
        r"as usually you'll find more error information there$",
    ),
    (
        NOTICE,
        r"^(?:(?:ERROR|INFO|WARN) )?(?:\[[\d:. -]+\]: )?(?:"
        r"to troubleshoot build and signing issues: https://docs\.fastlane\.tools/\S*"
        r"|Before submitting an issue on GitHub, please follow the guide above and make"
        r"|sure your project is set up correctly\."
        r"|fastlane uses `xcodebuild` commands to generate your binary, you can see the"
        r"|the full commands printed out in yellow in the above log\.)$",
    ),
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
    # A build script's line when a build it ran failed ("$name Build failed, aborting!",
    # antlr4cs's build script; round 84's 087): that build's output above it has the cause.
    (NOTICE, r"(?i)^(?:[\w.+#-]{1,30} ){0,6}build failed, aborting[.!]?$"),
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
    # Gradle's native plugins (and the Android experimental plugin's NDK build) when the linker
    # or a compiler they ran failed: its output is above, and in the file named on the next line
    # ("See the complete log at: file:///.../output.txt"; round 63's 200;
    # googlearchive/android-audio-high-performance#30, android/ndk-samples#342).
    (
        NOTICE,
        r"^(?:(?:org\.gradle\.nativeplatform\.toolchain\.internal\.)?"
        r"CommandLineToolInvocationFailure: )?(?:Linker|Assembler|[\w+-]+(?: [\w+-]+)? "
        r"(?:compiler|archiver)) failed while (?:linking|compiling|assembling|archiving) "
        r"[^\n]+\.$",
    ),
    # The same line glued to Gradle's progress bar in a copied console.
    ("gradle", r"Build failed with an exception\.$"),
    ("gradle", r"^\* What went wrong:$"),
    ("gradle", r"^BUILD FAILED in "),
    # A heading under "What went wrong:": why Gradle could not resolve the task's inputs follows
    # in its "> " lines (a paste may cut the task's name).
    # Also as the exception's header under "* Exception is:" (--stacktrace), its frames and then
    # its "Caused by:" lines below (armcha/Space-Navigation-View#118, LawnchairLauncher/lawnchair
    # #3468, google/ksp#1502, gradle/gradle#5721; round 73's 146, 148), and quoted in a sentence
    # without its period (round 73's 147).
    (
        "gradle",
        r"^(?:org\.gradle\.api\.internal\.tasks\.TaskDependencyResolveException: )?"
        r"Could not determine the dependencies of task '[^'\n]*(?:'\.?)?$",
    ),
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
    # maven-release-plugin relaying the exit code of the Maven run it forked (release:prepare,
    # release:perform): that run's output above it has the error (round 68's 296;
    # checkstyle/checkstyle#11346, apache/pinot#5022, dima767/inspektr#14).
    (
        "maven",
        r"^(?:\[ERROR\] )?(?:Caused by: )?(?:org\.apache\.maven\.[\w.]+Exception: )?"
        r"(?:Failed to execute goal org\.apache\.maven\.plugins:maven-release-plugin:\S+ "
        r"\([^)\n]*\) on project [^:\s]+: )?Maven execution failed, exit code: '-?\d+'"
        r"(?: -> \[Help 1\])?$",
    ),
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
    # VS Code's Dev Containers: a step of its log ("Start: ...", then "Failed: ...") and the command
    # it ran ("Command failed: docker build ..."), Docker's own output above (round 75's 164).
    (
        "docker",
        r"^Failed: (?:Building an image from the Dockerfile(?: \(this can take a while\))?\.?|"
        r"Run: docker (?:build|compose|buildx build) [^\n]+)$",
    ),
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
    # docker-compose's line alone, cut before its reason, or with the reason Compose 1.28+ gives
    # for a BuildKit build, which is no reason ("ERROR: Service 'api' failed to build : Build
    # failed": docker/compose#11432, smallstep/step-sds#8; round 64's 098).
    (
        "docker",
        r"^(?:ERROR: |\*\*Error:\*\* )?Service '[^'\n]+' failed to build(?: ?: ?Build failed)?\.?$",
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
    # BuildKit's plain progress ("#10 ERROR: process \"/bin/sh -c ...\" did not complete
    # successfully: exit code: 1") cut inside the step's command, as people quote it (round
    # 84's 164): the step's output above it has the cause.
    ("docker", r"^(?:#\d+ )?ERROR: process \"/bin/(?:ba)?sh -c [^\"\n]*(?:\.\.\.|…)\"?$"),
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
    # Capistrano 2's CommandError for a remote command that exited non-zero ("failed: \"sh -c
    # '...'\" on host"; capistrano 2.x, lib/capistrano/command.rb: CommandError.new("failed:
    # #{message}"), each command wrapped in sh -c): the command's own output, above it as "**
    # [out :: host]", has the cause (round 81's 151, wrapped at 80 columns by the paste).
    ("capistrano", r"^failed: \"(?:sh|bash) -c '"),
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
    # The same status as the API returns it (kubectl get pod -o json, a CI system's pod record):
    # a container terminated with reason "Error", Kubernetes' word for a process that exited
    # non-zero on its own (OOMKilled or ContainerCannotRun would name a cause); its logs have it
    # (round 76's 174).
    (NOTICE, r"\"terminated\": ?\{\"exitCode\": ?[1-9]\d*, ?\"reason\": ?\"Error\""),
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
    # ofborg's comment on a nixpkgs pull request whose build failed on a platform: its full log
    # linked, a partial log below (round 34's 086).
    (
        NOTICE,
        r"^Failure on [\w-]{1,40}(?: \[\(full log\)\]\(https://logs\.nix\.ci/[^()\s]+\))?$",
    ),
    # Nix when a derivation could not be built (the builder's "failed with exit code" above it
    # is a generic wrapper; `nix log` has the log).
    (
        NOTICE,
        r"^(?:error: )?cannot build derivation '/nix/store/[^'\s]*"
        r"(?:': \d+ dependenc(?:y|ies) couldn't be built)?$",
    ),
    # Old Nix's last line when derivations failed (nix-build before 2.4: "error: build of
    # '/nix/store/...-rust-bindgen-0.42.2.drv' failed", several listed with commas): each
    # builder's own error is above its "builder for ... failed" line (round 67's 109, ofborg).
    (NOTICE, r"^(?:error: )?build of '/nix/store/[^'\s]+'(?:, '/nix/store/[^'\s]+')* failed$"),
    # (Cut by the paste inside its first path: round 78's 001, under the cascade of "cannot
    # build derivation" lines; Nix's Store::buildPaths, "build of %s failed".)
    (NOTICE, r"^(?:error: )?build of '/nix/store/[\w.+-]*$"),
    # nixpkgs-review's report on a pull request: its count of the packages that failed, over
    # their names (its template's "<summary>1 package failed to build:</summary>", with the
    # ":x:" mark in newer releases); each one's log is in the review's logs or `nix log`
    # (round 67's 078 to 080).
    (
        NOTICE,
        r"^(?:<summary>)?(?::x: )?\d+ packages? failed to build:(?:</summary>)?$",
    ),
    # --- Linux distributions' builds (BitBake, rpmbuild, debhelper, Armbian, Chromebrew) ---
    # BitBake's task failure: the task's own log file has the reason.
    # (BitBake before 1.36 printed it without the recipe: "ERROR: Function failed: do_compile
    # (log file is located at /x/temp/log.do_compile.1048)"; round 79's 117.)
    (
        NOTICE,
        r"^ERROR: (?:\S+ do_\w+: )?Function failed: do_\w+"
        r"(?: \(log file is located at [^)\n]*\)?)?$",
    ),
    # Its runqueue's line for the task that failed, the recipe and task named ("ERROR: Task
    # (/x/cmake_3.8.2.bb:do_compile) failed with exit code '1'"; round 79's 117).
    (NOTICE, r"^ERROR: Task \((?:[\w-]+:)?\S+\.bb:do_\w+\) failed with exit code '\d+'$"),
    # Its pointer to that log, and the heading over the log's lines it copies below.
    (NOTICE, r"^ERROR: Logfile of failure stored in: \S+$"),
    (NOTICE, r"^Log data follows:$"),
    # oe_runmake's own line before it (the task's log has make's error).
    (NOTICE, r"^ERROR: \S+ do_\w+: oe_runmake failed$"),
    # BitBake's exception for the task's shell script that exited non-zero
    # ("ERROR: <recipe> do_compile: ExecutionError('.../temp/run.do_compile.1234', 1, None,
    # None)"): the script's log has the reason; also cut inside the word (round 75's 033).
    (NOTICE, r"^ERROR: \S+ do_\w+: Execution(?:Err|Error(?:\([^\n]*)?)?$"),
    # BitBake's fetcher when the command it ran failed: the command's output below it has the
    # error ("ERROR: azure-uamqp-c-1.2.4-r0 do_unpack: Fetcher failure: Fetch command export
    # PSEUDO_DISABLED=1; ..."; round 79's 246, cut inside the command).
    (NOTICE, r"^ERROR: \S+ do_\w+: Fetcher failure: Fetch command \S"),
    # mock's exception for the command it ran in the chroot (rpmbuild, its build.log has the
    # error; "EXCEPTION: [Error('Command failed: \n # /usr/bin/systemd-nspawn -q -M ..."; mock's
    # util.py, round 79's 025).
    (NOTICE, r"^EXCEPTION: \[Error\('Command failed: \\n # \S"),
    # rpmbuild's %build scriptlet.
    (NOTICE, r"^(?:error: )?Bad exit status from /var/tmp/rpm-tmp\.\w+ \(%\w+\)$"),
    # debhelper and dpkg-buildpackage relaying make's status.
    # (debhelper before 12 printed it without "error: ": "dh_auto_test: pybuild --test ...
    # returned exit code 13", round 77's 048.)
    (NOTICE, r"^dh_\w+: (?:error: )?[^\n]+ returned exit code \d+$"),
    # pybuild's own line when the command of its plugin failed, with status 1 or 2 (the
    # command's output is above it; a fatal signal's status is a crash, not a wrapper's).
    (
        NOTICE,
        r"^(?:[^\n]*\s)?E: pybuild pybuild:\d+: \w+: plugin \w+ failed with: exit code=[12]: ",
    ),
    (NOTICE, r"^dpkg-buildpackage: error: debian/rules \S+ subprocess returned exit status \d+$"),
    # makepkg (Arch Linux, MSYS2) when a function of the PKGBUILD failed (build(), check(),
    # package_<name>()...): the function's own output is above (round 71's 117).
    # (The line-prefix rules cut makepkg's "==> ERROR: " before the rows see the line.)
    (NOTICE, r"^(?:==> ERROR: )?A failure occurred in [\w.+-]+\(\)\.$"),
    # ... and its last word under it; Chaotic-AUR's builder then reports the build container's
    # status, with makepkg's next line glued on when the log is replayed (round 71's 117).
    (NOTICE, r"^Aborting\.\.\.$"),
    (NOTICE, r"^Container [\w.-]+ failed with error code \d+(?:==> [^\n]*)?$"),
    # Armbian's build functions.
    (NOTICE, r"^(?:\[ error \] )?ERROR in function \w+ \[ [\w./-]+:\d+ \]$"),
    # Portage's die() over an ebuild phase that failed ("* ERROR: media-sound/nuvolaplayer-4.16.0
    # ::ROKO__ failed (compile phase):"): the die message follows on its own line ("emake failed",
    # "build failed", or a cause), the build log it points to has the tool's error (round 81's
    # 114; gentoo/gentoo#700, jorgicio/jorgicio-gentoo-overlay#78).
    (NOTICE, r"^(?:\* )?ERROR: [\w.+-]+/[\w.+-]+::[\w.-]+ failed \([\w ]+ phase\):$"),
    # ... and its die message when it is only the helper that failed ("emake failed", "ninja -v
    # -j6 -l0 failed", "(no error message)"; jorgicio/jorgicio-gentoo-overlay#78,
    # InBetweenNames/gentooLTO#828, gentoo/gentoo#700).
    (
        NOTICE,
        r"^\* +(?:(?:emake|econf|eninja|einstall|eant|eqmake\d?|(?:cmake|meson|ninja|make)"
        r"(?: [^\n]{1,80}?)?) failed|\(no error message\))$",
    ),
    # Chromebrew's line when a package's build command failed.
    (NOTICE, r"^[\w.+-]+ failed to build: `[^`\n]+` exited with \d+$"),
    # --- opam ---
    # opam's report on a package whose build command failed (opam 1.2's block header, opam 2's
    # summary and block header): the command's output follows under "# ".
    (NOTICE, r"^\[ERROR\] # opam-version \d[\w.~+-]*$"),
    (NOTICE, r"^\[ERROR\] The compilation of \S+ failed at \"[^\n]*$"),
    # opam 1's own line when a package's build failed, and its block over the command it ran:
    # the command's output is not in it (round 80's 080).
    (NOTICE, r"^The compilation of \S+ failed in \S+\.$"),
    (NOTICE, r"^\[ERROR\] while (?:compiling|installing|removing|fetching) \S+$"),
    # The block header is quoted without its "#=== ... ===#" frame too (round 77's 090).
    (NOTICE, r"^(?:#=== )?ERROR while (?:compiling|installing|removing|fetching) \S+(?: =*#)?$"),
    # opam 2's closing summary, a "λ build <package> <version>" line for each failed action
    # under it; each package's "#=== ERROR while ..." block above has its build's output (round
    # 58's 107).
    (NOTICE, r"^(?:┌─ )?The following actions failed$"),
    # ... and the banner opam 2.0 prints over that summary (round 80's 074).
    (NOTICE, r"^=-=- Error report -[=-]+(?:\s+🐫)?$"),
    # --- OASIS (OCaml's setup.ml) ---
    # setup.ml's report of a command it ran that failed: BaseExec.run fails with "Command '<cmd>'
    # terminated with error code <n>" (ocaml/oasis src/base/BaseExec.ml) and setup.ml prints the
    # exception as "E: Failure(...)"; the command's own output above it (ocamlbuild's) has the
    # error. A long command may be cut before the code (round 80's 076: opam building
    # core_kernel).
    (NOTICE, r"^E: Failure\(\"Command '[^\n]+$"),
    # --- static-php-cli ---
    # spc relaying the exit code of the command it ran (make, a configure script, cmake) as an
    # uncaught exception: that command's own output above holds the error (round 77's 121).
    (
        NOTICE,
        r"^(?:\[[\d:]+\] )?(?:\[ERRO\] )?(?:Uncaught )?SPC\\exception\\RuntimeException: "
        r"Command run failed with code\[-?\d+\]: [^\n]*$",
    ),
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
    # friendly-errors-webpack-plugin's summary (vue-cli 2, Nuxt 2) over the errors it prints
    # below it, with the time it aligns right glued on, after the webpack progress that the line
    # overwrote (round 68's 015).
    (
        NOTICE,
        r"(?:^|\s)ERROR\s+Failed to compile with \d+ errors?"
        r"(?:\s*\d{1,2}:\d\d:\d\d(?: ?[AP]M)?)?$",
    ),
    # Nuxt 2's consola box title over a fatal error: the error's own message is the box's next line
    # ("Error: Nuxt Build Error" when the build's errors were printed above it; round 77's 113).
    (NOTICE, r"^✖ Nuxt Fatal Error$"),
    # webpack's header over a module's error, naming only the module (and webpack 5 its
    # location): the message is on the lines below it (round 58's 218).
    (NOTICE, r"^ERROR in \.{1,2}/\S+(?: \d+:\d+(?:-\d+)?)?$"),
    # Angular's summary under esbuild's errors (ng build, Angular 17 and later).
    (NOTICE, r"^Application bundle generation failed\.(?: \[[\d.]+ seconds\])?$"),
    # gulp's task summary.
    (NOTICE, r"^(?:\[[\d:]+\] )?'[^'\n]+' errored after [\d.]+ ?(?:ms|s|min)$"),
    # --- Chromatic ---
    # Its CLI when the Storybook build script it ran failed: the script's own output is printed
    # below it, or is in the build log it names (chromaui/chromatic-cli's buildFailed message;
    # round 67's 019).
    (
        NOTICE,
        r"^The CLI tried to run your \S+ script, but the command failed\. This indicates a "
        r"problem with your Storybook\. Here's what to do:$",
    ),
    # --- nodemon ---
    # nodemon when the program it restarts exited with an error: the program's own output is
    # above it (round 58's 020).
    (NOTICE, r"^\[nodemon\] app crashed - waiting for file changes before starting\.\.\.$"),
    # --- electron-builder ---
    # electron-builder's helper that exited non-zero (its output is above), and its failed
    # rebuild (npm's output follows).
    (NOTICE, r"\bexited with code ERR_ELECTRON_BUILDER_CANNOT_EXECUTE(?: stackTrace=)?$"),
    (NOTICE, r"^(?:⨯ )?cannot execute\s+cause=exit status \d+$"),
    # --- GraalVM native-image ---
    # native-image's summary of a failed build, its heading over the exception, and the
    # exception when the linker failed: the linker's own error is in the "Linker command
    # output:" block below it (GraalVM's NativeImageViaCC.handleLinkerFailure; round 63's 203;
    # oracle/graal#10753, #8682).
    (NOTICE, r"^Failed generating '[^'\n]+' after [\dhms. ]{1,20}\.$"),
    (NOTICE, r"^The build process encountered an unexpected error:$"),
    (
        NOTICE,
        r"^(?:java\.lang\.RuntimeException: )?There was an error linking the native image: "
        r"Linker command exited with -?\d+\.?$",
    ),
    # --- Serverless Framework ---
    # The heading of its error box (v1 to v3): the error's message follows it, with a plugin's
    # own relaying ("Error: STDOUT: ..." of pip; round 63's 071;
    # serverless/serverless-python-requirements#418, #562, #663).
    (NOTICE, r"^(?:Serverless )?(?:Error|Exception) -{10,}$"),
    # --- bld (Kani-Maki-Gang/bld) ---
    # Its runner's summary when a job of several failed: the failed job's own output is in its
    # log above (its runner: anyhow!("One or more jobs completed with errors"); round 78's 015).
    (NOTICE, r"^One or more jobs completed with errors$"),
    # --- Tauri ---
    # The Tauri bundler when a bundling script failed (bundle_dmg.sh, the AppImage's), and the
    # CLI repeating it after its "Error" level: the script's own output is above it, printed
    # in full with --verbose (round 63's 177; tauri-apps/tauri#3055, tauri-action#801, #1003).
    (
        NOTICE,
        r"^(?:Error )?failed to bundle project:? error running [\w.-]+\.sh"
        r"(?:: `failed to run [^`\n]+`)?$",
    ),
    # Its command helper's own error, which that line quotes: the program at the path failed.
    # (Quoted with the script's name alone, as a person shortens it: round 78's 016.)
    (NOTICE, r"^failed to run (?:(?:/|[A-Za-z]:[\\/]|\.{1,2}/)\S+|bundle_(?:dmg|appimage)\.sh)$"),
    # --- Unreal Engine (AutomationTool, RunUAT) ---
    # UAT's summary of a cook (or other commandlet) that failed: the editor's log it names
    # ("see log ...", "Log.txt for full exception trace") has the commandlet's Error lines
    # (round 73's 105 to 108 and 110: packaging a project, CARLA's make package).
    ("unreal", r"(?:^|: )ERROR: Cook failed\.(?:\*\*)?$"),
    ("unreal", r"^AutomationTool exiting with ExitCode=[1-9]\d* \(\w+\)$"),
    ("unreal", r"^RunUAT ERROR: AutomationTool was unable to run successfully\.$"),
    ("unreal", r"^\(see \S[^\n]* for full exception trace\)$"),
    (
        "unreal",
        r"(?:\bLog\.WriteException: )?CommandletException: Editor terminated with exit code "
        r"-?[1-9]\d* while running \w+ for \S[^\n]*; see log \S[^\n]*$",
    ),
    # The editor's own tally at the end of a commandlet that logged errors (round 73's 106).
    ("unreal", r"\bLogInit: Display: Failure - [1-9]\d* error\(s\), \d+ warning\(s\)$"),
    (
        "unreal",
        r"\bTook [\d.,]+s to run (?:UE4Editor|UnrealEditor)(?:-Cmd)?(?:\.exe)?, ExitCode=[1-9]\d*$",
    ),
    # --- Salesforce CLI (sf project deploy validate / start) ---
    # The deploy's summary error: the component errors or failed Apex tests it counts are in the
    # table printed above it, or in the deploy's report (round 73's 099 to 101; its JSON output
    # carries the same message and a stack of the CLI's own frames).
    (
        NOTICE,
        r"(?:_?FailedValidationError: |\bError \(\d+\): )?\bFailed to validate the "
        r"deployment \(\w+\)\.(?: Due To:(?:\\n|\s)*\d+ component error\(s\))?_?"
        r"(?:\\n\s*at \S[^\n]*)?",
    ),
    # Its progress bar's last state ("Status: Failed | ███ | 93/93 Components").
    (NOTICE, r"^Status: Failed \| [^|\n]* \| \d+/\d+ Components$"),
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
    # --- Scala (scala-cli) ---
    # scala-cli's summary when the compile failed: the compiler's "[error]" lines are above it
    # (none when Bloop itself failed: run again with -v -v; round 63's 226;
    # VirtusLab/scala-cli#1054, #3993).
    (NOTICE, r"^Error compiling project \((?:Scala|Java) [^\n]+\)$"),
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
    # --- Erlang (rebar 2) ---
    # rebar's report of a command it ran that failed (rebar/rebar: src/rebar_utils.erl's
    # log_and_abort, src/rebar_ct.erl's failure_logger: "~s failed with error: ~w and
    # output:~n~s~n" behind ?ABORT's "ERROR: "); the
    # command's own output follows it. Common Test's run is an "erl -noshell -pa ..." command,
    # which a paste may cut before rebar's words (round 80's 098).
    (NOTICE, r"^ERROR: \S[^\n]* failed with error: -?\d+ and output:$"),
    (NOTICE, r"^ERROR: erl +-noshell -pa [^\n]*$"),
    # --- Elixir (exrm) ---
    # exrm's summary when relx could not build the release (ReleaseManager.Utils, "Failed to build
    # release. Please fix any errors and try again.", quoted after "==> ERROR:" by its error()
    # helper): relx's own error is above it (round 81's 099).
    (
        NOTICE,
        r"^(?:==> )?(?:ERROR: )?\"?Failed to build release\. Please fix any errors and try "
        r"again\.\"?$",
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
    # --- Unity, elm-spa, Platform.sh, ONLYOFFICE, OpenSearch, Konflux, Bundlephobia ---
    # Bundlephobia's API when its build service could not build the package: a bare BuildError
    # whatever the reason (its service down or out of memory, its own webpack config), as the
    # site shows it, as the API's JSON answer, or that answer's fields one a line; its class
    # alone quoted (round 27's 074, 075, 077, 078, 083).
    (
        NOTICE,
        r'^\{?(?:BuildError(?:: Failed to build this package\.)?|(?:"?(?:code|name)"?: ?'
        r'"BuildError"|"?message"?: ?"Failed to build this package\."|"?details"?: ?\{"?name"?: ?'
        r'"BuildError"\})(?:, ?(?:"?(?:code|name)"?: ?"BuildError"|"?message"?: ?"Failed to build '
        r'this package\."|"?details"?: ?\{"?name"?: ?"BuildError"\}))*)\}?"?$',
    ),
    # Yarn's release webhook refusing a CircleCI build that did not pass: the build's status only
    # ("Build #4440 in wrong status (failed), expected "success". Not releasing it.": round 32's
    # 198, 199); the build's own log has the cause.
    (
        NOTICE,
        r"^Build #\d+ in wrong status \([^()\n]{1,40}\), expected \"success\"\. "
        r"Not releasing it\.?$",
    ),
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
    # --- Nuitka ---
    # Its exit when a step it ran failed, the step's output above it ("FATAL: Error, please
    # report the issue with above output.", its sysexit; round 79's 016).
    (NOTICE, r"^(?:[\w-]+:)?(?:FATAL: )?Error, please report the issue with above output\.$"),
    # --- ndk-build ---
    # The NDK's make stopping after its own "Android NDK: <reason>" line ("Error:(115) ***
    # Android NDK: Aborting    .  Stop.", "add-application.mk:198: *** Android NDK:
    # Aborting...    .  Stop."; round 79's 279, android/ndk#425, AnySoftKeyboard#672).
    (NOTICE, r"^(?:[^\n]{0,300}?[: ])?\*\*\* Android NDK: Aborting(?:\.\.\.)? *\. +Stop\.$"),
    # --- LaTeX (latexmk, LaTeX Workshop) ---
    # latexmk when a run of (pdf)latex or bibtex failed: that run's output has the error
    # ("Latexmk: Errors, so I did not complete making targets"; round 79's 132).
    (NOTICE, r"^(?:Latexmk: )?Errors, so I did not complete making targets$"),
    # VS Code's LaTeX Workshop when a recipe's step exited non-zero: the LaTeX log has the error
    # ("Recipe returns with error: 1/null. PID: 174. message: ."; newer: "Recipe returns with
    # error code 2/null on PID 123."; round 79's 135).
    (
        NOTICE,
        r"^Recipe returns with error(?::| code) -?\d+/\w+(?:\. PID: \d+\.(?: message: \.?)?| on "
        r"PID \d+\.)?$",
    ),
    # --- Embedded builds (Mbed online compiler, glued, Embench) ---
    # The Mbed online compiler's last line (its build output has the errors; round 79's 276).
    (NOTICE, r"^Error: The build system did not finish successfully\.$"),
    # glued (LSTS's embedded Linux builder) on a package's rule, its output after it ("ERROR:
    # failed to execute rule build of linux / rpi4"; round 79's 121).
    (NOTICE, r"^ERROR: failed to execute rule \w+ of [\w.+-]+ / [\w.+-]+$"),
    # Embench's build_all.py on each file its compiler did not compile (the compiler's output is
    # in its log; "Warning: Compilation of crc_32.c from source directory /x/src/crc32 to binary
    # directory /x/bd/src/crc32 failed"; round 79's 103).
    (
        NOTICE,
        r"^Warning: Compilation of \S+ from source directory \S+ to binary directory \S+ failed$",
    ),
    # --- SNANA (submit_batch_jobs: its FAILURES.LOG) ---
    # Its summary of the batch's failed jobs, each job's block, and a failure whose mode it could
    # not tell: each job's log file has the error (an ABORT's messages follow its mode; round
    # 79's 069; submit_batch's failure_summary and failure_update).
    (NOTICE, r"^FAIL_SUMMARY:$"),
    (NOTICE, r"^NJOB_FAIL\((?:TOTAL|ABORT|ZERO_EVENTS|BAD_OUTPUT|UNKNOWN)\): +\d+ +#[^\n]*$"),
    (NOTICE, r"^FAILURE-\d{4}:$"),
    (NOTICE, r"^FAIL_REPEAT_SCRIPT: +\S+$"),
    (NOTICE, r"^FAIL_MODE: +UNKNOWN$"),
    # --- Phusion Passenger ---
    # Passenger when the application it spawned did not start, and its message says only so:
    # the application's own error follows ("Message from application: ...") or is in the error
    # page it saved ("Could not spawn process for application /home/app/webapp: An error
    # occurred while starting up the preloader."; round 79's 216). Its other messages after the
    # colon name a cause (a timeout, "The application encountered the following error: ...").
    (
        NOTICE,
        r"^(?:[^\n]{0,200}?\]: )?Could not spawn process for application \S*: "
        r"(?:An error occurred while starting up the preloader\.|An error occurred while starting "
        r"the web application\.(?: It exited before signalling successful startup back to "
        r"Phusion Passenger\.)?|The application process exited prematurely\.)$",
    ),
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
    # A tool's own line that something failed and that the reason is above it, or in the build
    # log ("ERROR: [hsbcRdpCloudFoundryPush] The application 'x' failed to stage, see above for
    # reason!", "ERROR: There was a build failure, please see the build log above for details";
    # round 82's 089, a Jenkins shared library's cf push step): it points to the lines above.
    (
        NOTICE,
        r"(?i)^(?:ERROR: )?(?:\[[\w.-]+\] )?[^\n]{0,200}?(?:failed(?: to \w+)?|failure), "
        r"(?:please )?see (?:above|the (?:build |console )?log(?: above)?) for (?:the )?"
        r"(?:reasons?|details|more (?:information|details))[.!]?$",
    ),
    (NOTICE, r"(?i)\ban unexpected error has occurred\b"),
    (NOTICE, r"(?i)^looks like something went wrong"),
    # The same words alone: a build script's own "ERROR: Something went wrong!" (free-ada's
    # build-tools.sh, round 81's 094), TravisBuddy's "Something went wrong with the build."
    # (kubeflow/trainer#579).
    (NOTICE, r"(?i)^(?:error:? )?something went wrong(?: with the build)?[.!]*$"),
    # (Also misspelt, as Visual Studio's publish dialog has it: "An error occured"; round 67's
    # 150.)
    (NOTICE, r"(?i)^an error (?:has )?occurr?ed[.!]?$"),
    (NOTICE, r"(?i)^failed to compile\.?$"),
    (NOTICE, r"(?i)\bfailure invoking "),
    (NOTICE, r"(?i)\bfailed to (?:update|deploy|publish|upload|release|complete) "),
    # (A colon may end it, over a list, or bring an exit status, "Failed to render chart: exit
    # status 1" (round 15's 160), but not a reason: in "error: failed to build archive: function
    # not supported", rustc's, the reason follows the colon; round 55's 089.)
    (
        NOTICE,
        r"(?i)\bfailed to (?:build|render|generate|package) (?:[\w@./:-]*[\w@./-] ){0,3}"
        r"[\w@./:-]*[\w@./-](?:: exit (?:status|code):? -?\d+)?:?\.?$",
    ),
    # A step, job or build said to have failed, and nothing after it: the why is elsewhere
    # (a bot's status comment, a task runner's summary, a Markdown heading; a bundler's
    # "Bundling failed", round 63's 012).
    (
        NOTICE,
        r"(?i)^[^\n]{0,80}\b(?:builds?|tests?|deploy(?:ment)?|jobs?|steps?|stages?|tasks?|"
        r"compil(?:e|ation)|install(?:ation)?|command|package|pipeline|workflow|checks?|"
        r"script|target|process|publish|release|trigger|bundl(?:e|ing))\b[^\n]{0,60}?\b(?:failed|failure|failing)"
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
    # MatrixOne's mo-tester summing up its SQL cases: counts, the failed cases are in its
    # error.txt and report.txt (its README's report example; round 65's 006).
    (
        NOTICE,
        r"^\[SUMMARY\] COST : [\d.]+m?s, TOTAL :\d+, SUCCESS : ?\d+, FAILED :[1-9]\d*, ",
    ),
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
    # (Also with the build's number before it, as a bot's comment heads its report: "## [#761]
    # FAILED on indigo", round 81's 184.)
    (NOTICE, r"(?i)^#+ ?(?:\[#\d+\] )?(?:failed|failure)\b(?: #+$)?"),
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
    # systemctl when a unit's start (or restart) job failed: the unit's own error is in its status
    # and the journal it points to ("Job for nginx.service failed because the control process
    # exited with error code." and 'See "systemctl status nginx.service" and "journalctl -xeu
    # nginx.service" for details.', on one line or two; round 81's 176).
    (
        NOTICE,
        r"^Job for [\w@.:\\-]+ failed because the control process exited with error code\."
        r"(?: See \"systemctl status [^\"\n]+\" and \"journalctl -xe(?:u [^\"\n]+)?\" for "
        r"details\.)?$",
    ),
    (
        NOTICE,
        r"^See \"systemctl status [^\"\n]+\" and \"journalctl -xe(?:u [^\"\n]+)?\" for details\.$",
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
    # A script or tool saying only that the build of one named thing failed, its output above
    # (a project's CMake script: "Cannot build Qt5. Please go to the mailing list for help.",
    # round 57's 092; Perl's die: "Could not build PDL-Drawing-Prima at .../Docker.pm line
    # 20.", round 61's 055; rustbuild's "Unable to build miri, skipping dist", round 15's 072;
    # "Failed building /tracim/frontend_app_admin_workspace_user.", round 44's 034).
    (
        NOTICE,
        r"(?i)^(?:cannot|can't|could not|couldn't|unable to|failed to) build [\w.:/+@-]+"
        r"(?: at \S+ line \d+)?[,.;]?(?: ?(?:skipping [\w ]{1,20}|please [^\n]{1,80}))?\.?$",
    ),
    (NOTICE, r"(?i)^failed building [\w.:/+@-]+\.?$"),
    # A release script's own pointer up the log.
    (NOTICE, r"\bEncountered an error, details should be above\.?$"),
    # A script's own "see logs above".
    (NOTICE, r"^(?:\w+(?:Error|Exception): )?[^\n]{1,80}\. ?Please see (?:the )?logs? above\.?$"),
    # === Kept after the generic patterns, which also match some of their lines ===
    # --- Rust (cargo, rustc, cargo-make, cargo-msrv) ---
    # cargo when a test binary exits non-zero: the failed tests are listed above it, or the
    # binary crashed (no "test result:" line).
    # (Also as GitHub's annotation of it, copied from the run's page with its "Error: " label:
    # round 64's 122.)
    # (After libtest's line for the test the binary was running when it crashed, its result
    # never printed: "test tests::test_cos_bf16_interop ... error: test failed, to rerun pass
    # `--lib`"; round 79's 167.)
    ("cargo", r"^(?:test \S+ \.\.\. )?[Ee]rror: test failed, to rerun pass ['`][^'`\n]+['`]$"),
    # cargo when rustc or a build script failed: rustc's own errors are above. (With one error,
    # cargo 1.58 to 1.71 said "due to previous error", no count: round 82's 167.)
    (
        "rustc",
        r"^[Ee]rror: [Cc]ould not compile [`'][^`'\n]+[`'](?: \([^)\n]+\))?"
        r"(?: due to (?:\d+ )?previous errors?)?(?:; \d+ warnings? emitted)?\.?$",
    ),
    # (Old cargo wrote "Process" with a capital and no "error: " before it: round 66's 172.)
    (
        "rustc",
        r"^(?:error: |Caused by:\s*)?[Pp]rocess didn't exit successfully: `[^`\n]+(?:`"
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
    # Rust's bootstrap (x.py) before 1.70 on a command it ran that failed: the command, maybe cut
    # by the paste, then its status; the command's own output is above them, and x.py's "failed
    # to run: .../bootstrap <subcommand>" follows (round 71's 108: cargo doc in an openSUSE
    # build of rustc 1.21).
    (NOTICE, r'^command did not execute successfully: "[^\n]*$'),
    (NOTICE, r"^expected success, got: exit (?:code|status): -?\d+$"),
    ("shell", r"^failed to run: \S*[/\\]bootstrap(?:\.exe)? \S"),
    (NOTICE, r"^build script failed, must exit now'?"),
    # The cc crate (cc-rs) in a build script, when the compiler or archiver it ran exited
    # non-zero: the command and its arguments, each quoted, then its status. The compiler's own
    # errors are printed above it, under the build script's "--- stderr" (round 58's 173, round
    # 61's 119; a long command is cut or wrapped by the paste).
    (
        NOTICE,
        r'^error occurred: Command "[^"\n]*"(?: "(?:[^"\\\n]|\\.)*")*(?: "(?:[^"\\\n]|\\.)*)?'
        r'(?: with args "[^"\n]*" did not execute successfully \(status code exit '
        r"(?:status|code): -?\d+\)\.)?$",
    ),
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
    # ... and its note when it lists only some of them (round 80's 162: 25 failed steps).
    ("jenkins", r"^(?:> )?Show only the first \d+ steps failures$"),
    # --- Go tools ---
    # Go's bootstrap tool (cmd/dist) when a command it ran failed: the command's own output is
    # printed above it (its run(): fatalf("FAILED: %v: %v", ...), fatalf's "go tool dist: "
    # prefix; Go 1.4's C dist printed "FAILED: <command>"). A long command may be wrapped by
    # the paste (round 78's 067).
    # The error after the command is its exit status, or a cause ("fork/exec ...: exec format
    # error": round 78's 179).
    ("shell", r"^go tool dist: FAILED: \S(?:[^:\n]|:[^ \n])*(?:: exit status \d+)?$"),
    # glog's (and klog's) line at its error or fatal level with an empty message: the severity,
    # date, time, thread and file:line header alone ("F0318 10:19:37.871436 4576 create.go:81] ";
    # round 78's 255). What failed was not printed on it.
    (NOTICE, r"^[EF]\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ [\w.-]+:\d+\]\s*$"),
    # Go's releasebot when a check before a release failed (golang.org/x/build cmd/releasebot:
    # w.logError("**Found errors during release. Stopping!**")); the failed check is logged
    # above it (round 78's 148).
    (NOTICE, r"^(?:\*\*)?Found errors during release\. Stopping!(?:\*\*)?$"),
    # A Go tool's error that only chains "failed to ..." down to an exit status (the command's
    # own output is above it), as a logrus fatal line, an "Error: ", after cobra's "error
    # during command execution", or in GoReleaser's summary. GoReleaser's docker pipe names the
    # image it failed to build and puts the build's output after the status (goreleaser/
    # goreleaser#4392): when that output is BuildKit's progress from its first step ("exit
    # status 1: #1 [internal] load build definition ..."), the failed step's error is further
    # down the build's log (round 63's 161); another message there (docker's "ERROR: ...") is
    # the cause.
    (
        "shell",
        r"^(?:(?:time=\"[^\"\n]{1,40}\" )?level=(?:fatal|error) msg=\"|Error: |"
        r"(?:\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?error during command execution: |"
        # GoReleaser's summary, whose hooks name the command they ran (round 41).
        r"⨯ +release failed after \S+ +error=)"
        r"(?:(?:failed|unable) to [\w ]{1,40}: |failed to run '[^'\n]{1,200}': |"
        r"failed to build \S+: |[\w ]{1,40} failed: )+(?:[\w ]{1,20}: )*exit status \d+"
        r"(?:\"?$|: #\d+ )",
    ),
    # srclib installing a language's toolchain when the toolchain's own build failed (make's
    # output is above it; round 12's 168, round 35's 150). The paste may cut it in the path.
    (
        "shell",
        r"^failed to install/upgrade [\w.+#-]{1,30} \([\w./-]+(?:\)(?: toolchain: "
        r"command \[[^\]\n]*\] failed: exit status \d+)?)?$",
    ),
    # logrus' exit status.
    (NOTICE, r'\blevel=error msg="exit status \d+"$'),
    # An installer's line when the dependency manager it ran failed, naming what it was doing
    # and with which tool, and no detail after it ("ERROR: Error while trying to download
    # Jupyter-PHP dependencies with Composer."; round 84's 104): the tool's own output has why.
    (
        NOTICE,
        r"^(?:ERROR: )?Error while trying to (?:download|install|update|fetch|resolve) "
        r"[\w .+-]{1,80} with [\w.+-]{1,40}\.?$",
    ),
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
    # ... and later phpbrew's (its BuildTask throws SystemCommandException, the build log's path
    # on it; round 70's 154).
    (NOTICE, r"^PhpBrew\\Exception\\SystemCommandException: Make failed:?$"),
    # --- cpanm ---
    # cpanm after a module's build failed: the build's output is in the build.log it names
    # (round 34's 090, round 61's 055). (Its "! Installing the dependencies failed: Module 'X'
    # is not installed" below may be the cause, when no build of X failed: round 34's 091.)
    (
        NOTICE,
        r"^! Installing [\w:.-]+ failed\. See \S+/build\.log for details\. "
        r"Retry with --force to force install it\.$",
    ),
    # --- tox ---
    # tox 3's summary.
    ("shell", r"^ERROR: +[\w.-]+: commands failed$"),
    # tox relaying the exit code of a command it ran in an environment, whose own output is
    # above: tox 2 and 3 ("ERROR: InvocationError: '<command>'", "ERROR: InvocationError for
    # command <command> (exited with code 1)"), tox 4 ("py: exit 1 (2.19 seconds) /dir> pytest
    # pid=95", "py: FAIL code 1 (0.50=setup[0.27]+cmd[0.23] seconds)"). Rounds 27, 29, 31, 44,
    # 64, 70.
    (
        "shell",
        r"^ERROR: +(?:[\w.-]+: )?InvocationError(?:: '[^'\n]+'| for command [^\n]+ \(exited with "
        r"code -?\d+\))$",
    ),
    ("shell", r"^[\w.-]+: exit -?\d+ \([\d.]+ seconds\) \S[^\n]*> [^\n]* pid=\d+$"),
    ("shell", r"^ *[\w.-]+: FAIL code -?\d+ \([^)\n]+ seconds?\)$"),
)


#: The wrappers' :func:`required_words`, once :func:`load_wrapper_words` has read them.
_wrapper_words: list[Words] | None = None


def load_wrapper_words(cache_dir: Path | None, fingerprint: str) -> None:
    """Read the wrappers' required words from ``guidance-<fingerprint>.json`` in ``cache_dir``
    (or work them out and keep them there), as :func:`~slackbot.matching.load_matcher` does
    the matcher's compiled form.

    Worked out from the patterns' parse, they cost a process about 45 ms at its first short
    paste; read back, well under a millisecond. ``fingerprint`` covers this package's code.
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
    """:data:`WRAPPERS`' patterns as one set: ``match(line)`` gives the rows a line matches."""
    return PatternSet([pattern for _, pattern in WRAPPERS], _OPTIONS, _wrapper_words)
