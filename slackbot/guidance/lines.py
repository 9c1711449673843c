"""What kind of line a line is (a log's, a CI system's, configuration or code), what a log
viewer or a relaying tool puts before each line (:data:`_LINE_PREFIXES`), and a log's lines
run together on one (:func:`_unflattened`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import re2

from slackbot.guidance._options import _BIG_OPTIONS, _OPTIONS
from slackbot.guidance.wrappers import _wrappers

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
    # A Java object printed as its class and identity hash (Object.toString, "android:
    # com.android.build.gradle.internal.dsl.BaseAppModuleExtension_Decorated@721811f2"), as
    # Gradle's `properties` task dumps a project: a program's output, not a file someone wrote
    # (round 67's 176, 179).
    r"\b[a-z]\w*(?:\.\w+){2,}\.[A-Z][\w$]*@[0-9a-f]{5,8}$|"
    # git's and uv's hints; npm's tree of what it installed (npm 2 names each package's
    # folder).
    r"^hint: |^\s*(?:[├└│]── |[+`|]-- )[@\w./-]+@\d|^[@\w./-]+@\d[\w.+-]* node_modules/\S+$|"
    # A relaying tool's name before a timestamp (Packer's builder, a log viewer's stream);
    # macOS' unified log (level, tab, time).
    r"^\s*[\w.-]{1,40}: \[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|"
    r"^\s*[a-z]{4,7}\t\d\d:\d\d:\d\d\.\d+ [+-]\d{4}\t|"
    # Packer's builder before each line of a build ("==> amazon-ebs: Launching a source AWS
    # instance...", "    azure-arm.image: Describing Windows Updates": its type, and the source's
    # name in an HCL template; pastebin.com/Qr8eWHNW, appveyor/build-images#168,
    # actions/runner-images#11253, round 83's 058).
    r"^\s*(?:==> )?(?:amazon-(?:ebs|instance|chroot|ebssurrogate|ebsvolume)|"
    r"azure-(?:arm|chroot|dtl)|googlecompute|vsphere-(?:iso|clone)|virtualbox-(?:iso|ovf|vm)|hyperv-(?:iso|vmcx)|"
    r"vmware-(?:iso|vmx)|proxmox-(?:iso|clone)|parallels-(?:iso|pvm)|qemu)(?:\.[\w-]+)?: |"
    # autoconf's and libtool's checks ("checking for gcc... gcc"), also under a job number
    # ("2: checking ...": round 68's 195).
    r"^\s*(?:\d{1,3}: )?checking [^\n]{1,200}?\.\.\.(?: |$)|"
    # libtool's echo of the command it runs ("libtool: compile:  cc -Wall ...", "libtool: link:
    # x86_64-linux-gnu-gcc ..."; a PHP extension's or a C library's build: rounds 40, 48, 58,
    # 59, 69, 70, 72).
    r"^\s*libtool: (?:compile|link|install|finish): |"
    # docker pull's lines ("latest: Pulling from plugins/github-release", "Digest: sha256:...",
    # "Status: Downloaded newer image for maven:3.3"): a key and a value, but a log's (28 rounds'
    # pastes hold them; round 30's 126 shows nothing else, cut before the failure).
    r"^\s*(?:[\w.-]+: Pulling from \S|Digest: sha256:[0-9a-f]{64}\s*$|"
    r"Status: (?:Downloaded newer image|Image is up to date) for \S)|"
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
    # Gradle's banner on the first run of a version, its configuration phase; PHPUnit's banner
    # (round 64's 127).
    r"^\s*(?:Welcome to Gradle \d[\w.-]*!$|> Configure project \S)|"
    r"^PHPUnit \d+\.\d+[\w.-]* by Sebastian Bergmann and contributors\.$|"
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


def _is_source(line: str) -> bool:
    """Whether ``line`` reads as configuration or code (and not as a log's line)."""
    return _SOURCE_LINE.search(line) is not None and _LOG_LINE.search(line) is None


#: The exception that ends a traceback (a paste may drop the frame's source line above it).
_EXCEPTION_LINE = re2.compile(r"^\s*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception): ", _OPTIONS)
_QUOTE = re2.compile(r"^\s*>(?: |$)", _OPTIONS)
#: The time Netlify's deploy log puts before every line ("9:45:30 PM: ").
_NETLIFY_TIME = re2.compile(r"^(?:\d{1,2}:\d\d:\d\d )?(?:AM|PM): ", _OPTIONS)

#: The line number a log viewer puts before each line (CodeBuild's, copied with the text).
_LINE_NUMBER = re2.compile(r"^\d{1,7} \| ", _OPTIONS)
#: BuildKit's plain progress with its step number cut ("124.3 error: could not compile"; round 50).
_BUILDKIT_TIME = re2.compile(r"^\d{1,5}\.\d(?: |$)", _OPTIONS)
#: BuildKit's seconds under 100, to three decimals under 10 and two under 100 ("96.06 make: ***"),
#: its step number cut (round 68's 080).
_BUILDKIT_SHORT_TIME = re2.compile(r"^(?:\d\.\d{3}|\d\d\.\d\d) ", _OPTIONS)
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
#: Terraform's provisioner before each line of the command it runs on a resource
#: ("module.node.null_resource.provision[2] (remote-exec): ").
_TERRAFORM_EXEC = re2.compile(r"^[\w.\[\]\"-]+ \((?:remote|local)-exec\): ", _OPTIONS)
#: VS Code's Dev Containers (Remote - Containers) log: the process and the milliseconds since
#: the extension started, before each line (its ISO timestamp already cut by cleaning).
_DEVCONTAINER_TIME = re2.compile(r"^(?:\[PID \d+\] )?\[\d+ ms\] ", _OPTIONS)
#: The Android Gradle plugin's external native build: the CMakeLists.txt (or Android.mk), the
#: variant and the ABI before each line CMake or ndk-build printed.
_AGP_NATIVE_BUILD = re2.compile(r"^\S[^\n]*? : C/C\+\+ [\w.-]+\|[\w.-]+ : ", _OPTIONS)
#: The task and step that Tekton's CLI puts before each line of a PipelineRun's log (`tkn
#: pipelinerun logs`: "[build : build-step-build] STEP 1: FROM ..."; round 81's 045). Tekton's
#: task and step names are DNS labels: lower case, digits and hyphens.
_TEKTON_STEP = re2.compile(r"^\[[a-z0-9][a-z0-9-]{0,62} : [a-z0-9][a-z0-9-]{0,62}\] ?", _OPTIONS)
#: Cloud Foundry's log source and stream before each line `cf logs` shows ("[STG/0]      OUT ",
#: "[API/0] [ERR] ", "[APP/PROC/WEB/0] OUT "; round 82's 090, 092), its time already cleaned.
_CF_SOURCE = re2.compile(
    r"^\[(?:STG|API|APP|CELL|DEA|RTR|SSH|LGR|HEALTH)(?:/[\w.-]+){1,4}\]\s+"
    r"\[?(?:OUT|ERR)\]?(?: +|$)",
    _OPTIONS,
)
#: Prefect's console log: its level and logger after the time cleaning cut ("15:40:13.632 |
#: ERROR   | prefect.runner.storage.git-repository.outer - "; round 82's 184).
_PREFECT_LOGGER = re2.compile(
    r"^\| (?:DEBUG|INFO|WARNING|ERROR|CRITICAL) +\| [\w-]+(?:\.[\w-]+)* - ", _OPTIONS
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
_STD_STREAM = re2.compile(r"^(?:Error: )?STD(?:OUT|ERR):\s*", _OPTIONS)
#: A line Cargokit relays at its SEVERE level that is cargo's or rustc's: one of their levels,
#: rustc's notes (the linker's collect2 line among them), cargo's progress.
_CARGOKIT_RELAY = re2.compile(
    r"^SEVERE: +(?:(?:error|warning)(?:\[E\d{4}\])?: |(?:\S*[\\/])?collect2(?:\.exe)?: |"
    r"= (?:note|help): |(?:Compiling|Checking|Finished) \S)",
    _OPTIONS,
)
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
_MONOLOG_LEVELS = frozenset(
    ("DEBUG", "INFO", "NOTICE", "WARNING", "ERROR", "CRITICAL", "ALERT", "EMERGENCY")
)
_MONOLOG = re2.compile(
    rf"^[A-Za-z]\w{{0,40}}\.(?:{'|'.join(sorted(_MONOLOG_LEVELS))}): "
    r"|\s*(?:\{[^{}\n]{0,200}\}|\[\]) (?:\{[^{}\n]{0,200}\}|\[\])$",
    _OPTIONS,
)
_DATE_TIME_COLUMN = re2.compile(r"^\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d \| ?", _OPTIONS)
#: Gradle's console progress bar, redrawn before a line ("> Configuring > 1/1 projects").
_GRADLE_PROGRESS = re2.compile(
    r"^(?:>? ?(?:Configuring > \d+/\d+ projects|Building \d+%(?:\d+%)*)(?: > :[\w:-]+)?)+ ?",
    _OPTIONS,
)
#: The seconds since the build began that the Open Build Service puts before every line of a
#: package's build log ("[ 2356s] ").
_OBS_TIME = re2.compile(r"^\[ *\d+s\] ", _OPTIONS)
#: The time Vercel's build log puts before every line ("20:13:03.830 | ").
_VERCEL_TIME = re2.compile(r"^(?:\d\d:\d\d:\d\d\.\d{3} )?\| ", _OPTIONS)


class _Prefix(NamedTuple):
    """A prefix :func:`_without_line_prefix` cuts: where it may be (``guard``, cheap, on the line
    as the rows above left it), how it is cut, and one line it is cut from with what is left
    (the tests run each example through). ``starts``: every first character of a line the guard
    may hold for ("0" for any digit, as ``str.isdigit`` has it; empty: any line), so that a line
    meets only the guards of the rows its first character leaves (:data:`_ROWS_BY_START`)."""

    guard: Callable[[str], bool]
    cut: Callable[[str], str]
    example: str
    stripped: str
    starts: str


def _cut(pattern: Any, replacement: str = "", *, strip: bool = True) -> Callable[[str], str]:
    """The first match of ``pattern`` replaced (then the line stripped, unless told not to)."""
    if strip:
        return lambda line: pattern.sub(replacement, line, count=1).strip()
    return lambda line: pattern.sub(replacement, line, count=1)


def _cut_times(line: str) -> str:
    # Each pattern is tried only where its literal is: most lines that begin with a digit have
    # none of the three, and a substitution costs more than the test.
    if "M: " in line:
        line = _NETLIFY_TIME.sub("", line, count=1)
    line = line.strip()
    if " | " in line:
        line = _LINE_NUMBER.sub("", line, count=1)
    line = line.strip()
    if "." in line[:6]:
        line = _BUILDKIT_TIME.sub("", line, count=1)
    return str(line.strip())


#: What a log viewer or a relaying tool puts before each line, cut in this order. A new one is
#: one row, its reason in the comment above it.
_LINE_PREFIXES: tuple[_Prefix, ...] = (
    # The colon a tool's "date time: " stamp leaves once cleaning has cut the date and time
    # (the Dev Containers CLI's "2023-09-29 06:35:35.804Z: Error: Command failed: ..." in a
    # Codespaces creation log: round 78's 023).
    _Prefix(
        lambda line: line.startswith(": "),
        lambda line: line[2:].strip(),
        ": Error: Command failed: docker buildx build --load .",
        "Error: Command failed: docker buildx build --load .",
        ":",
    ),
    # git push relaying the server's output (a Heroku or Dokku build, a pre-receive hook): the
    # line is the server's (round 63's 061: pip's "ERROR: Exception:" under Heroku's build).
    _Prefix(
        lambda line: line.startswith("remote: "),
        lambda line: line[8:].strip(),
        "remote:        ERROR: Exception:",
        "ERROR: Exception:",
        "r",
    ),
    # serverless-python-requirements relaying pip's output in its error ("Error: STDOUT: ...",
    # then "STDERR: ..."): the lines are pip's (round 63's 071;
    # serverless/serverless-python-requirements#418, #562).
    _Prefix(
        lambda line: line.startswith(("Error: STDOUT:", "STDOUT:", "STDERR:")),
        _cut(_STD_STREAM),
        "STDERR:     ERROR: Command errored out with exit status 1:",
        "ERROR: Command errored out with exit status 1:",
        "ES",
    ),
    # Bamboo's kind and date columns.
    _Prefix(
        lambda line: "\t" in line and _BAMBOO_PREFIX.match(line) is not None,
        _cut(_BAMBOO_PREFIX),
        "error\t08-Nov-2018 07:10:12\tnpm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
        "besc",
    ),
    # Dependabot's container before each line.
    _Prefix(
        lambda line: line.startswith(("updater | ", "proxy | ")),
        lambda line: line.split("| ", 1)[1].strip(),
        "updater | Dependabot encountered an unknown error",
        "Dependabot encountered an unknown error",
        "up",
    ),
    # Dependabot's time, level and job.
    _Prefix(
        lambda line: line[:2] == "20" and "<job_" in line,
        _cut(_DEPENDABOT_JOB, strip=False),
        "2023/05/01 10:00:00 ERROR <job_123456> Handled error whilst updating x",
        "Handled error whilst updating x",
        "0",
    ),
    # Terraform's provisioner relaying the output of what it runs on a resource: the line is
    # that command's (round 65's 165: salt's summary, "Failed:     7", under remote-exec).
    _Prefix(
        lambda line: "-exec): " in line,
        _cut(_TERRAFORM_EXEC),
        "null_resource.provision[2] (remote-exec): Failed:     7",
        "Failed:     7",
        "",
    ),
    # VS Code's Dev Containers log (round 75's 164: "[PID 9580] [243802 ms] Command failed:
    # ...docker.exe build ...").
    _Prefix(
        lambda line: line.startswith("[") and " ms] " in line[:40],
        _cut(_DEVCONTAINER_TIME),
        "[PID 9580] [243802 ms] Command failed: docker build -f .devcontainer/Dockerfile .",
        "Command failed: docker build -f .devcontainer/Dockerfile .",
        "[",
    ),
    # The Android Gradle plugin relaying its external native build (CMake, ndk-build): the line is
    # CMake's ("CMake Error at ...", "Configuration failed."; round 75's 203).
    _Prefix(
        lambda line: " : C/C++ " in line,
        _cut(_AGP_NATIVE_BUILD),
        "/p/src/main/cpp/CMakeLists.txt : C/C++ debug|arm64-v8a : Configuration failed.",
        "Configuration failed.",
        "",
    ),
    # Tekton's CLI before each line of a PipelineRun's log: the task and the step (round 81's
    # 045: a step's logger at its warning level, under the task's name).
    _Prefix(
        lambda line: line.startswith("[") and " : " in line[:130],
        _cut(_TEKTON_STEP),
        "[build : build-step-build] Getting image source signatures",
        "Getting image source signatures",
        "[",
    ),
    # Cloud Foundry's log source and stream: the line is the stager's, the buildpack's or the
    # app's (round 82's 092: "Staging failed: Buildpack compilation step failed" under STG).
    _Prefix(
        lambda line: (
            line.startswith("[") and "/" in line[:20] and _CF_SOURCE.match(line) is not None
        ),
        _cut(_CF_SOURCE),
        "[STG/0]      OUT Staging failed: Buildpack compilation step failed",
        "Staging failed: Buildpack compilation step failed",
        "[",
    ),
    # crosstool-NG's level column, a runner's "Error: " before it or before make's own line.
    _Prefix(
        lambda line: line.startswith(("[", "Error: ")),
        lambda line: _crosstool_line(line),
        "[EXTRA]    Building final gcc compiler",
        "Building final gcc compiler",
        "[E",
    ),
    # Prefect's level and logger (round 82's 184: its git storage relaying a failed git pull).
    _Prefix(
        lambda line: line.startswith("| ") and _PREFECT_LOGGER.match(line) is not None,
        _cut(_PREFECT_LOGGER),
        "| ERROR   | prefect.flow_runs - Command '['git']' returned non-zero exit status 1.",
        "Command '['git']' returned non-zero exit status 1.",
        "|",
    ),
    # kas's logger before BitBake's lines.
    _Prefix(
        lambda line: line.startswith("- ") and _KAS_LEVEL.match(line) is not None,
        _cut(_KAS_LEVEL, strip=False),
        "- ERROR    - Command returned non-zero exit status 1",
        "Command returned non-zero exit status 1",
        "-",
    ),
    # Listr's arrow before a task's output (Chromatic's "→ Command failed: build-storybook ...";
    # round 67's 019). (Cleo's arrow before a frame's source line is read as one with it.)
    _Prefix(
        lambda line: line.startswith("→ "),
        lambda line: line[2:].strip(),
        "→ Command failed: build-storybook -- --output-dir /tmp/chromatic--31522-Y2kKkIx9HmLt",
        "Command failed: build-storybook -- --output-dir /tmp/chromatic--31522-Y2kKkIx9HmLt",
        "→",
    ),
    # pipenv relaying each line of pip's output under the exception it raises
    # ("[pipenv.exceptions.InstallError]:   File ...", "[pipenv.exceptions.ResolutionFailure]:
    # ..."): the line is pip's (round 70's 052).
    _Prefix(
        lambda line: line.startswith("[pipenv.exceptions.") and "]: " in line,
        lambda line: line.split("]: ", 1)[1].strip(),
        '[pipenv.exceptions.InstallError]:   File "/x/setuptools/__init__.py", line 103, in setup',
        'File "/x/setuptools/__init__.py", line 103, in setup',
        "[",
    ),
    # lerna relaying the output of npm, which ran a package's script for it ("lerna ERR! npm ERR!
    # code ELIFECYCLE", "lerna ERR! > pkg@1.0.0 test ..."): the line is npm's (round 74's 017).
    _Prefix(
        lambda line: line.startswith(("lerna ERR! npm ", "lerna ERR! > ")),
        lambda line: line[11:].strip(),
        "lerna ERR! npm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
        "l",
    ),
    # npm relaying the lines of the npm it ran to prepare a git dependency ("npm ERR! npm WARN
    # ...", "npm ERR! npm ERR! code 1", under pacote's "git dep preparation failed"): the line is
    # the inner npm's (round 62's 074).
    _Prefix(
        lambda line: line.startswith(("npm ERR! npm ", "npm error npm ")),
        lambda line: line.split(" ", 2)[2].strip(),
        "npm ERR! npm WARN using --force Recommended protections disabled.",
        "npm WARN using --force Recommended protections disabled.",
        "n",
    ),
    # xcpretty's marker.
    _Prefix(
        lambda line: line.startswith("▸ "),
        lambda line: line[2:],
        "▸ Compiling AppDelegate.swift",
        "Compiling AppDelegate.swift",
        "▸",
    ),
    # A Markdown heading: a title.
    _Prefix(
        lambda line: line.startswith("# ") and line[2:3].isalpha(),
        lambda line: line[2:],
        "# Deploy failed",
        "Deploy failed",
        "#",
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
        "CE",
    ),
    # A Markdown code span closed after a line.
    _Prefix(
        lambda line: line.endswith("`") and line.count("`") % 2 == 1,
        lambda line: line[:-1].rstrip(),
        "make: *** [all] Error 2 `",
        "make: *** [all] Error 2",
        "",
    ),
    # electron-builder's field before npm's first line.
    _Prefix(
        lambda line: line.startswith("errorOut="),
        lambda line: line[9:],
        "errorOut=npm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
        "e",
    ),
    # Markdown's inline code opened before a line; Buck relaying a tool's stderr.
    _Prefix(
        lambda line: line.startswith(("` ", "stderr: ")),
        lambda line: line.split(" ", 1)[1].strip(),
        "stderr: ld: symbol(s) not found for architecture arm64",
        "ld: symbol(s) not found for architecture arm64",
        "`s",
    ),
    # Gradle's logger (--debug, with or without its time).
    _Prefix(
        lambda line: (
            (line.startswith("[") or line[:1].isdigit())
            and "] [org.gradle." in line
            and _GRADLE_LOGGER.match(line) is not None
        ),
        _cut(_GRADLE_LOGGER),
        "10:00:00.123 [ERROR] [org.gradle.internal.buildevents.BuildExceptionReporter] "
        "FAILURE: Build failed with an exception.",
        "FAILURE: Build failed with an exception.",
        "[0",
    ),
    # Vagrant's machine name before a provisioner's lines.
    _Prefix(
        lambda line: line.startswith("==> "),
        _cut(_VAGRANT_PREFIX),
        "==> default: The SSH command responded with a non-zero exit status.",
        "The SSH command responded with a non-zero exit status.",
        "=",
    ),
    # The Open Build Service's seconds column (openSUSE's and others' package builds; round 71's
    # 108: rustc's bootstrap relaying a failed cargo doc).
    _Prefix(
        lambda line: line.startswith("[") and _OBS_TIME.match(line) is not None,
        _cut(_OBS_TIME),
        "[ 2356s] expected success, got: exit code: 101",
        "expected success, got: exit code: 101",
        "[",
    ),
    # Netlify's time, CodeBuild's line numbers, BuildKit's seconds.
    _Prefix(
        lambda line: line[:1].isdigit() or line[:4] in ("AM: ", "PM: "),
        _cut_times,
        "9:45:30 PM: Build script returned non-zero exit code: 2",
        "Build script returned non-zero exit code: 2",
        "0AP",
    ),
    # BuildKit's seconds under 100, with its step number cut.
    _Prefix(
        lambda line: line[:1].isdigit() and _BUILDKIT_SHORT_TIME.match(line) is not None,
        _cut(_BUILDKIT_SHORT_TIME),
        "96.06 make: *** [Makefile:2375: all] Error 2",
        "make: *** [Makefile:2375: all] Error 2",
        "0",
    ),
    # Earthly's target.
    _Prefix(
        lambda line: line.startswith("+") and _EARTHLY_PREFIX.match(line) is not None,
        _cut(_EARTHLY_PREFIX),
        "+check | go: downloading github.com/x/y v1.0.0",
        "go: downloading github.com/x/y v1.0.0",
        "+",
    ),
    # Monolog's channel and level, and its context and extra after the line (every match).
    _Prefix(
        lambda line: (
            ": " in line
            and (line[-1] in "}]" or _head_level(line) in _MONOLOG_LEVELS)
            and _MONOLOG.search(line) is not None
        ),
        lambda line: _MONOLOG.sub("", line).strip(),
        'RunCommand.INFO: Build failed {"buildID":"10"} []',
        "Build failed",
        "",
    ),
    # flutter -v's time.
    _Prefix(
        lambda line: line.startswith("[ ") or line.startswith("[+"),
        _cut(_FLUTTER_TIME),
        "[  +12 ms] Gradle task assembleDebug failed with exit code 1",
        "Gradle task assembleDebug failed with exit code 1",
        "[",
    ),
    # TeamCity's time and block.
    _Prefix(
        lambda line: line.startswith("[") and _TEAMCITY_PREFIX.match(line) is not None,
        _cut(_TEAMCITY_PREFIX),
        "[06:11:25][Step 1/3] Process exited with code 1",
        "Process exited with code 1",
        "[",
    ),
    # frontend-maven-plugin's level before npm's (or Yarn's) lines.
    _Prefix(
        lambda line: line.startswith(
            ("[INFO] npm ", "[ERROR] npm ", "[INFO] yarn ", "[ERROR] yarn ")
        ),
        lambda line: line.split("] ", 1)[1],
        "[INFO] npm run build",
        "npm run build",
        "[",
    ),
    # maven-release-plugin (and maven-invoker-plugin) relaying the Maven run it forked at its own
    # INFO level: the line is that run's, level and all (round 68's 297: "[INFO] [ERROR]
    # Unresolveable build extension ..."), and so is the exception chain that run printed under
    # its error ("[INFO] Caused by: org.sonatype.aether.transfer.ArtifactNotFoundException: Could
    # not find artifact ...": round 83's 101).
    _Prefix(
        lambda line: line.startswith(
            (
                "[INFO] [ERROR] ",
                "[INFO] [WARNING] ",
                "[INFO] [INFO] ",
                "[INFO] [DEBUG] ",
                "[INFO] Caused by: ",
            )
        ),
        lambda line: line[7:],
        "[INFO] [ERROR] BUILD FAILURE",
        "[ERROR] BUILD FAILURE",
        "[",
    ),
    # rustwide (docs.rs' builds, crater) relaying the build's output at its own INFO level: the
    # line is the build's, whatever its level (round 33's 161, round 42's 089).
    _Prefix(
        lambda line: line.startswith(("[INFO] [stderr] ", "[INFO] [stdout] ")),
        lambda line: line[16:].strip(),
        "[INFO] [stderr]   Error: could not find repository from '/opt/rustwide/workdir'; "
        "class=Repository (6); code=NotFound (-3)",
        "Error: could not find repository from '/opt/rustwide/workdir'; class=Repository (6); "
        "code=NotFound (-3)",
        "[",
    ),
    # Cargokit (flutter_rust_bridge's, rinf's Rust builder) relaying cargo's output at its own
    # SEVERE level: the line is cargo's or rustc's ("SEVERE: error: linking with `cc` failed: exit
    # status: 1", "SEVERE:           collect2: error: ld returned 1 exit status";
    # fzyzcjy/flutter_rust_bridge#1753, #2827; round 83's 167). Only a line of cargo's shape (its
    # levels, or indented as rustc's notes are) is cut: a Java logger's SEVERE line is its own.
    _Prefix(
        lambda line: line.startswith("SEVERE: ") and _CARGOKIT_RELAY.match(line) is not None,
        lambda line: line[8:].strip(),
        "SEVERE: warning: build failed, waiting for other jobs to finish...",
        "warning: build failed, waiting for other jobs to finish...",
        "S",
    ),
    # Stack's --verbose log once its time is cleaned ("...: [debug] ...").
    _Prefix(
        lambda line: line.startswith(": [") and line[3:4].islower(),
        lambda line: line[2:],
        ": [debug] Process finished in 12ms",
        "[debug] Process finished in 12ms",
        ":",
    ),
    # A log viewer's date and time column ("08-Nov-2018 07:10:12 | ").
    _Prefix(
        lambda line: line[:1].isdigit() and _DATE_TIME_COLUMN.match(line) is not None,
        _cut(_DATE_TIME_COLUMN),
        "08-Nov-2018 07:10:12 | npm ERR! code ELIFECYCLE",
        "npm ERR! code ELIFECYCLE",
        "0",
    ),
    # Vercel's time column; one "|": not a table's row.
    _Prefix(
        lambda line: (line[:1].isdigit() or line.startswith("| ")) and line.count("|") == 1,
        _cut(_VERCEL_TIME),
        '20:13:03.830 | Error: Command "npm run build" exited with 1',
        'Error: Command "npm run build" exited with 1',
        "0|",
    ),
    # Gradle's console progress bar ("> Configuring > 1/1 projects", "> Building 25%"), redrawn
    # before each line where the terminal could not move the cursor (Travis, a plain log): the
    # line is what follows it ("BUILD FAILED", make's "Error 1"; round 6's 149, round 12's 168).
    _Prefix(
        lambda line: (
            line.startswith(("Configuring > ", "Building ", "> "))
            and _GRADLE_PROGRESS.match(line) is not None
        ),
        _cut(_GRADLE_PROGRESS),
        "> Configuring > 1/1 projects> Configuring > 1/1 projectsBUILD FAILED",
        "BUILD FAILED",
        "CB>",
    ),
)


#: The rows whose guard may hold for a line, with their place in the table, by the line's first
#: character ("0" for a digit); a character no row names leaves the rows that name none.
_ROWS_ANY_START: tuple[tuple[int, _Prefix], ...] = tuple(
    (index, row) for index, row in enumerate(_LINE_PREFIXES) if not row.starts
)
_ROWS_BY_START: dict[str, tuple[tuple[int, _Prefix], ...]] = {
    start: tuple(
        (index, row)
        for index, row in enumerate(_LINE_PREFIXES)
        if not row.starts or start in row.starts
    )
    for start in {start for row in _LINE_PREFIXES for start in row.starts}
}


def _rows_for(line: str) -> tuple[tuple[int, _Prefix], ...]:
    """The rows of :data:`_LINE_PREFIXES` whose guard may hold for ``line``, in order."""
    start = line[:1]
    if start.isdigit():
        start = "0"
    return _ROWS_BY_START.get(start, _ROWS_ANY_START)


def _without_line_prefix(line: str) -> str:
    """``line`` stripped, without what a log viewer or a relaying tool puts before each line
    (:data:`_LINE_PREFIXES`, in order)."""
    line = line.strip()
    rows = _rows_for(line)
    done = 0  # the rows above this place in the table have had their turn
    while rows:
        for index, row in rows:
            if index < done or not row.guard(line):
                continue
            cut = row.cut(line)
            done = index + 1
            if cut != line:  # a new first character: the rows below are those it leaves
                line = cut
                rows = _rows_for(line)
                break
        else:
            rows = ()
    return line


def _head_level(line: str) -> str:
    """The word after the last dot before ``line``'s first colon: Monolog's level, if the line
    begins with its channel and level."""
    return line.partition(":")[0].rpartition(".")[2]


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
    if not line.startswith("Error: "):
        return line
    return str(_RELAYED_STDERR.sub(r"\1", line, count=1))


#: The runner's timestamp (GitHub's, Azure's) inside a line, after a space: a log pasted where
#: its line breaks were lost (an issue form's one-line field).
_INLINE_RUNNER_TIME = re2.compile(r" \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z ", _OPTIONS)
#: How many of them make a line a flattened log rather than a line that quotes a time.
_FLATTENED_TIMES = 3


def _unflattened(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """``lines`` with each line that holds several of the runner's timestamps split at each of
    them (the timestamp cut, as cleaning cuts it), so a log pasted without its line breaks is
    read line by line (round 71's 176: a job's set-up lines on one line); with, for each line
    returned, the index of the line it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        # Each timestamp ends in "Z ": a line with fewer cannot hold enough (no search).
        if line.count("Z ") < _FLATTENED_TIMES:
            out.append(line)
            origin.append(index)
            continue
        spans = [found.span() for found in _INLINE_RUNNER_TIME.finditer(line)]
        if len(spans) < _FLATTENED_TIMES:
            out.append(line)
            origin.append(index)
            continue
        begin = 0
        for start, end in spans:  # each line without its timestamp, as cleaning leaves a line
            out.append(line[begin:start])
            origin.append(index)
            begin = end
        out.append(line[begin:])
        origin.append(index)
    return out, origin


def _as_pasted(raw: str, lines: Sequence[str]) -> list[str]:
    """``raw``'s lines, where cleaning kept them one for one as ``lines`` (it takes their marks
    and indentation, and keeps their number unless it splits Jenkins' ``<br>``); else empty."""
    raw_lines = raw.replace("\r\n", "\n").split("\n")
    return raw_lines if len(raw_lines) == len(lines) else []
