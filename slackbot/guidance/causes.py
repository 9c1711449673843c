"""Whether a line names a cause (:func:`_names_a_cause`, at the end): its error words, and the
lines and words that name none."""

from __future__ import annotations

import re2

from slackbot.guidance._options import _BIG_OPTIONS, _OPTIONS

#: A line that names a cause: an error word outside the lines above.
_CAUSE_WORDS = re2.compile(
    r"(?i)(?:\b(?:error|fail|fatal|denied|exception|killed|unable|cannot|can't|could not|"
    r"not found|invalid|refused|forbidden\b|unauthori[sz]ed|timed? ?out|no such|panic|abort|"
    r"missing|mismatch|exceeded|reasons?:|segmentation fault|SIG(?:SEGV|ABRT|BUS|ILL|FPE|KILL)|"
    r"no [\w./-]{1,40}(?: files?)? found|"
    # (With the words that qualify it, for what it looked: "No successful ci.yml run found for
    # c6bc42a.", a release gate's, round 84's 089. Not "No suitable checks publisher found.",
    # "no previously-included directories found matching 'docs'": notes, rounds 10 to 81.)
    r"no (?:[\w./-]{1,40} ){1,2}(?:runs?|builds?|versions?|releases?|artifacts?|workflows?|"
    r"jobs?|tags?|commits?|packages?) found for \S|"
    # What a package manager finds no installer or version for ("No suitable installer found
    # for manifest Microsoft.DotNet.Runtime.9": winget's validation, round 65's 033, 034).
    r"no (?:suitable|compatible|applicable|usable) [\w./+-]{1,40} found|"
    r"no longer (?:maintained|supported|available)|"
    r"incompatible|(?:does not|doesn't|did not) exist|bad credentials|not installed|"
    r"(?:does not|doesn't) match|is not defined|build constraints exclude all|"
    # The Go compiler's (and go vet's) diagnostic: a location in a Go file and its message, with
    # no word of a level before it ("gateway_test.go:42:9: constant 18446744073709551615
    # overflows uint": round 83's 151, 153).
    r"\.go:\d+:\d+: \S|"
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
    # A setting a tool requires and was not given ("TARGET must be set via config.mak or command
    # line.": musl-cross-make, round 82's 044).
    r"\bmust be (?:set|specified|defined|provided|given)\b|"
    # A program that refuses to run without root ("Must run as root", "This script must be run
    # as root": a script under test that exits, RSpec's run stopping early; round 83's 158).
    r"\bmust (?:be )?run (?:as|by) root\b|"
    # A machine or a service its monitor found unhealthy, and an agent that lost its connection
    # (Convox's "marked instance i-x unhealthy" why="ECS reported agent disconnected": round
    # 82's 080); Artifactory's Gradle build-info extractor leaving out a configuration it could
    # not resolve ("Artifacts for configuration 'default' were not all resolved, skipping":
    # round 82's 100).
    r"\bunhealthy\b|\bagent disconnected\b|\bwere not all resolved\b|"
    # A connection lost, given as the reason with its own detail (Cap'n Proto RPC's Disconnected
    # exception, as OCluster's workers report it: "Job failed: Disconnected: Switch turned off",
    # round 83's 055).
    r"disconnected: \S|"
    # --- Versions: a requirement, an API level a dependency needs, a tool too old ---
    r"requires [^\n]{1,60}? or (?:higher|newer|later|above)\b|"
    r"(?:against|requires?|needs?) (?:\w+ ){0,3}version \d[\w.]* or later\b|"
    r"is too old\b|"
    # A plugin's own floor for the tool that runs it: Maven's "The plugin X requires Maven version
    # 3.1.0" (after "Failed to execute goal ...: ", round 83's 241; apache/maven's
    # PluginIncompatibleException), Jenkins' "You must update Jenkins from version 2.204.5 to
    # version 2.217 or later to run this plugin." (round 83's 116).
    r"\brequires (?:Maven|Gradle|Jenkins|Java|JDK) version \d|"
    r"\bmust update [\w.-]{1,30} from version \S+ to version \S+ or later\b|"
    # R CMD check on files an older R cannot read ("Such files are only readable in R >= 3.5.0.":
    # round 80's 066).
    r"only readable (?:in|by) [\w.-]{1,20} >= ?\d|"
    # --- A value a tool refuses or did not expect, a path it says does not appear to exist ---
    r"is not a valid\b|\bnot recognized\b|(?:does not|doesn't) appear to exist|"
    # A checker's verdict that something is wrong ("/home/rhel/ansible-files/apache.yml has
    # incorrect content.", "Incorrect solution 2/2": a lab's solution check, round 82's 232);
    # warnings ("has incorrect peer dependency") are set aside before this is read.
    r"\b(?:is|are|was|were|has|have) (?:an? )?incorrect\b|^incorrect\b|"
    # A name or a class defined twice, as a compiler or a config rapifier says so ("Rap:
    # duplicated token or class", "duplicated 'ace_csw_baseTripod'": an Arma addon's config,
    # round 82's 019).
    # (Not Bundler's note "Remove any duplicate entries", on a gem listed twice: round 38.)
    r"\bduplicated? (?:tokens?|class(?:es)?|symbols?|definitions?|declarations?)\b|"
    r"\bduplicated ['\"]|"
    # getopt's, argparse's, a compiler's and a linker's refusal of what they were given
    # ("base64: unrecognized option: decode", "error: unrecognized arguments: -c",
    # "unrecognized command-line option '-m64'"; rounds 14, 39, 43, 44, 70).
    r"\bunrecogni[sz]ed\b|"
    # sudo with no terminal to ask for a password on ("sudo: no tty present and no askpass
    # program specified"; round 28's 189).
    r"no tty present|"
    # A tool asking for what it needs ("Build dependency: Please install Python >= 3.5", "please
    # install composer.", "Please install uthash": rounds 29, 63, 68); PHP's notice on a key or a
    # name it does not have ("Undefined array key", "Undefined index: name": rounds 29, 53);
    # strerror's EEXIST after its call ("File exists: /home/travis/.npm/x.lock", "File exists @
    # sys_fail2": rounds 19, 56); the gateway's time-out as nginx spells it ("Response code 504
    # (Gateway Time-out)": round 58); kotlinc's error ("e: /x/BuildTask.kt: (1, 25): Expecting
    # a top level declaration", "e: file:///x/A.kt:3:1 ..."; round 50).
    r"\bplease install\b|\bundefined (?:index|offset|variable|property|array key|constant)\b|"
    r"(?-i:(?:^|: )File exists\b)|\btime-out\b|"
    # Ruby's Interrupt exception (SIGINT: a CI's no-output time limit, a person's Ctrl-C) as rake
    # and Ruby print it, its message empty ("rake aborted!" over "Interrupt: "; round 81's 127).
    r"(?-i:^Interrupt:? ?$)|"
    # GNAT's and gprbuild's errors: the location and the message, with no "error:" before it as
    # GCC's other front ends print ("utilada_xml.gpr:7:17: a project with n", cut; round 81's
    # 095). Their warnings say "warning:", and are set aside.
    r"(?-i:^\S+\.(?:adb|ads|gpr):\d+:\d+: )|"
    r"^e: (?:file://)?\S+\.kts?(?::\d+:\d+ |: \(\d+, \d+\): )|"
    r"expected\b[^\n]{1,80}?\bbut (?:got|found|was)\b|"
    # An assertion's other wording ("... .os should be ubuntu22 but was ubuntu24": round 38's
    # 002); what there is not enough of ("not enough bytes", "not enough memory": round 57's 100);
    # a value a service does not know ("rs-1.62.0 runtime is unknown": round 51's 073; not a
    # target's name, "x86_64-unknown-linux-gnu is unknown-linux-gnu": round 60's 076).
    r"should be\b[^\n]{1,80}?\bbut (?:got|found|was|is)\b|not enough\b|is unknown(?:$|[^\w-])|"
    r"no matching [\w-]{1,40} found|(?:has|have|must) to be|"
    r"is not a (?:commit|git repository|directory|file)\b|"
    # --- The C library's messages beyond "No such file" and "denied" (strerror) ---
    r"is a directory|not a directory|read-only file system|no space left on device|"
    r"directory not empty|text file busy|too many open files|operation not permitted|"
    r"argument list too long|broken pipe|connection reset|device or resource busy|"
    # ECHILD, as Go's os/exec prints a wait that found no child to reap ("wait: no child
    # processes": Convox's build process after its push, round 82's 113).
    r"no child processes|"
    # ENAMETOOLONG ("File name too long"), as git for Windows prints it ("Filename too long";
    # round 66's 208).
    r"file ?name too long|"
    # The dynamic loader refusing a library built for other pages ("libx.so: ELF load command
    # address/offset not properly aligned", glibc on a 16K- or 64K-page kernel; round 46's 136).
    r"ELF load command [^\n]{0,40}not properly aligned|"
    # --- Shells ---
    # A name export, read or a function definition refuses (bash, dash, zsh: "export: `a.b':
    # not a valid identifier", the message wrapped onto its own line in round 66's 180).
    r"not a valid identifier|"
    # --- Windows ---
    # cmd.exe's refusal of a command line, in English and in German; a venv's launcher whose
    # base interpreter is gone ("No Python at 'c:\python38\python.exe'"; round 66's 093).
    r"access violation|the syntax of the command is incorrect|syntaxfehler|"
    # --- Signing, build tools' refusals ---
    # jarsigner on a keystore entry that holds no private key (its resources: "key associated
    # with {0} not a private key"; round 78's 208); gox on a platform list none of which it can
    # build ("No valid platforms to build for."; round 78's 180).
    r"\bnot a private key\b|\bno valid [\w./-]{1,40} (?:to|for|found)\b|"
    # The Android Gradle plugin's validateSigning task on a signing config with no keystore
    # ("Keystore file not set for signing config release", "Keystore file '/x.jks' not found for
    # signing config 'release'."; round 78's 210).
    r"\bkeystore file [^\n]{0,200}? for signing config\b|"
    # A thing a workspace tool was given that the workspace does not hold (catkin_tools: "Given
    # package 'hrpsys_ros_bridge_tutorials' is not in the workspace"; round 78's 054). R's
    # system() on a command the shell could not find (status 127: "running command 'make -f
    # ...' had status 127"; round 78's 065).
    r"\bis not in the workspace\b|\bhad status 127\b|"
    # LLVM's crash report (PrettyStackTrace): a tool of its (clang, llvm-ar, rustc's backend)
    # crashed (round 78's 185).
    r"^\s*Stack dump:\s*$|"
    # glibc's abort on a buffer overrun its fortify or stack-protector checks caught ("*** buffer
    # overflow detected ***", "*** stack smashing detected ***: terminated"; round 23's 164).
    r"(?:buffer overflow|stack smashing) detected \*\*\*|"
    r"(?-i:\bNo Python at ')|"
    # --- Compilers and linkers ---
    # A missing symbol without its class (and Ruby's NoMethodError and NameError; round 32), one
    # defined twice (ld64's "duplicate symbol _x in:"), a file format the linker refuses, a
    # compiler's note under its diagnostic.
    r"undefined (?:method|local variable or method|reference to|symbols?)\b|duplicate symbols? \S|"
    # GNU ld's symbol defined twice ("multiple definition of `foo'"; round 66's 133, 160).
    r"multiple definition of\b|"
    # GNU ld refusing code not built position-independent in a shared object or a PIE
    # ("relocation R_X86_64_32S against `.rodata' can not be used when making a shared object;
    # recompile with -fPIC"; round 67's 159).
    r"can ?not be used when making a (?:shared object|PIE object|PDE object)\b|"
    r"recompile with -fPI[CE]\b|"
    r"building for [^,\n]{1,40}, but linking|"
    # A program a driver ran, killed by a signal ("collect2: ld terminated with signal 11
    # [Segmentation fault]", "... terminated with signal 9 [Killed]"; round 62's 166).
    r"(?:terminated|killed) (?:with|by) signal \d+|"
    r"\w+:\d+:\d+: note: |"
    # --- Scala ---
    # A diagnostic's location in Scala source, as scalac prints it under sbt's or scala-cli's
    # "[error]" level (cut as a relay's label): "./Main.scala:1:1: Illegal start of toplevel
    # definition", or Scala 3's location alone over its message (round 63's 226;
    # VirtusLab/scala-cli#1054, #3993).
    r"\.(?:scala|sc|sbt):\d+:\d+(?::|$)|"
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
    # --- Maven: the dependencies its dependency analysis flags (round 67's 017) ---
    r"(?:unused declared|used undeclared|non-test scoped test only) dependencies found\b|"
    # --- Bundler: a gem whose dependencies its index and the lockfile do not list ("Downloading
    # debug-1.7.1 revealed dependencies not in the API or the lockfile"; round 66's 123, 125) ---
    r"revealed dependencies not in the\b|"
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
    r"option requires an argument|"
    # A shell's or a BSD tool's refusal of an option ("set: Illegal option -o pipefail", dash
    # on a pipefail line; "sed: illegal option -- r"; round 65's 149), and the shell's
    # parameter expansion on a variable not set ("semver: parameter null or not set" from
    # ${semver:?}, "unbound variable" under set -u; round 65's 117).
    r"illegal option\b|parameter (?:null or )?not set\b|unbound variable\b)|"
    r"\bERR_[A-Z_]{3,}|"
    # rollup's import that a module does not export ('"srOnlyStyles" is not exported by
    # "../x.js"'); an option a build needs that the environment turned off ("-linkmode=external
    # requires external (cgo) linking, but cgo is not enabled"): round 68's 059, 210.
    r"(?-i:\" is not exported by(?: \"|$))|requires [^\n]{1,80}?,? but [^\n]{1,40}? (?:is|are) not "
    r"enabled\b|"
    # test-unit's and minitest's nil assertions ("<nil> expected to not be nil.", "<1> was
    # expected to be nil.", "Expected nil to not be nil."; round 68's 010).
    r"expected(?: \S+)? to not be nil\b|was expected to be nil\b|"
    # A platform a tool builds for only on itself ("Build for macOS is supported only on macOS":
    # electron-builder, round 68's 053).
    r"(?:is|are) (?:only supported|supported only) on\b|"
    # A symbol ld64 lists as undefined (round 50); a C++ signature may end in ")" before the quote.
    r"\", referenced from:$|"
    # Ruby's crash report ("file.rb:112: [BUG] Illegal instruction"): no word before the bracket.
    r"\[BUG\] |"
    # apt's and dpkg's errors ("E: Repository ... changed its 'Label' value"); a diagnostic's
    # code as .NET, NuGet, MSVC's linker and WPF's markup compiler print it (MSBuild's own MSB
    # codes are left out: MSB3073 and its kin are wrappers).
    r"(?-i:^E: [A-Z]|\b(?:CS|FS|BC|MC|NU|LNK|NETSDK|XA|XC)\d{4}: )|"
    # A class name (TypeError, IOException), not a flag or a word that ends so (-Werror).
    # (Upper-case only: "e213" in a UUID is no code; nor is a GUID's group between hyphens,
    # "{7315AF68-E777-496A-...}" in a Windows installer's registry key, round 63's 093.)
    r"(?-i:\w(?:Error|Exception)\b|\bENO[A-Z]+|(?:^|[^\w-])E\d{3}\b)|"
    # pytest's header over a failed test's report.
    r"(?:^|\s)_{3,} [\w\[\]:.,/ -]+ _{3,}$|"
    # rustfmt --check's header over a file it would format otherwise ("Diff in
    # /home/travis/build/.../builder.rs at line 1458:", newer "Diff in src/lib.rs:12:"; round
    # 65's 084).
    r"(?-i:^Diff in \S[^\n]*(?: at line |:)\d+:$)|"
    # The github-pages gem's error line ("github-pages 232 | Error: <Jekyll's message>") inside
    # the squashed debug annotation, its "Error:" label cut with the annotation's.
    r"(?-i:\bgithub-pages \d+ \| )|"
    # PDO's error, its SQLSTATE code first ("SQLSTATE[IMSSP]: This extension requires the
    # Microsoft ODBC Driver 13 for SQL Server", "SQLSTATE[HY000] [2002] Connection refused":
    # the driver's or the server's answer; rounds 5, 37, 44, 72).
    r"(?-i:\bSQLSTATE\[[0-9A-Z]{5}\])|"
    # --- A tool's refusal in its own words (round 79) ---
    # FreeBSD's pkg on a package its repositories lack ("pkg: No packages available to install
    # matching 'py311-pip' have been found in the repositories"; 021); PEAR's pecl on a package
    # with no release ("No releases available for package \"pecl.php.net/expect\""; 177).
    r"\bno packages available to install matching\b|\bno releases available for package\b|"
    # Subversion's error, its code first ("svn: E155007: '/home/travis' is not a working copy";
    # 074; its warnings are "svn: warning: W155010").
    r"(?-i:^svn: E\d{6}: )|"
    # ldid's assertion ("ldid.cpp(602): _assert(): Swap(mach_header_->filetype) == MH_EXECUTE
    # ..."; xgo's iOS toolchain, 164).
    r"(?-i:\(\d+\): _assert\(\): )|"
    # kbuild's refusal of a source tree with a build in it ("/x/linux is not clean, please run
    # 'make mrproper'"; 238).
    r"\bis not clean, please run\b|"
    # Gradle on a process it could not start ("A problem occurred starting process 'command
    # 'null/ndk-build''"; 278); on a copy onto itself ("Source /x/libpd.so and destination
    # /x/libpd.so must be different"; 280).
    r"\bproblem occurred starting process\b|\band destination \S[^\n]{0,400}? must be different\b|"
    # maven-release-plugin's release:prepare with nothing to release (round 79's 304).
    r"(?-i:^You don't have a SNAPSHOT project in the reactor projects list\b))",
    _BIG_OPTIONS,
)
#: Lines that carry no cause even when they hold an error word: warnings, progress,
#: stack frames, commands being echoed.
#: A row of a command's usage text: a short option and a long one (or long ones alone), its
#: argument, then what it does in a sentence (brew's "-d, --debug  If brewing fails, open an
#: interactive", "--ignore-dependencies  An unsupported Homebrew development flag"). The row
#: describes an option; a paste of such rows is cut before the tool's error (round 75's 043).
_USAGE_ROW = re2.compile(
    r"^\s*(?:-[A-Za-z0-9], )?--[a-z][\w-]*(?:, --[a-z][\w-]*)*"
    r"(?:[= ](?:<[^>\n]+>|[A-Z][A-Z_]*|\[[^\]\n]+\]))? +[A-Z][a-z]",
    _OPTIONS,
)

_NOT_A_CAUSE = re2.compile(
    r"(?i)^(?:\[?(?:info|warn|warning|debug|debu|trace|notice|verbose)\]?(?::|!? |\s)|"
    # Go's log with a level (Terraform, Packer, Vagrant), logrus below warning, Cloud Foundry
    # buildpacks' warnings, oh-my-zsh's prompt (a branch name may say "failed").
    r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d \[(?:DEBUG|TRACE|INFO|WARN)\] |"
    # (Also behind the process that a platform's log names before each line: convox's
    # "web:20160719172302/e4802502381e time=... level=warning msg=...", round 84's 214.)
    r"(?:[\w.-]{1,40}:[\w./-]{1,80} )?time=\"[^\"\n]{1,40}\" level=(?:debug|info|warning|trace) |"
    r"\*\*WARNING\*\* |"
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
    # Rust's bootstrap (x.py) echoing a command it runs, its arguments quoted ("running:
    # \"/usr/bin/cargo\" \"build\" ... \"--features\" \"panic-unwind backtrace\"": round 80's 183).
    r"running: \"|"
    # A task's input echoed with its value, a switch ("Fail on standard error: 'False'", under
    # "Working directory: 'C:\\a\\1\\s'": the Command Line task of Azure Pipelines' agent,
    # microsoft/azure-pipelines-tasks#3894, round 83's 268): a setting, not a cause.
    r"[a-z][\w ]{2,40}: '(?:true|false)'$|"
    # GNU ld's --verbose trace of its search for each library and CRT object ("attempt to open
    # /usr/lib64/libnana.a failed", the next directory tried after it; under MSBuild's node
    # prefix in Visual Studio's Linux projects: microsoft/VSLinux#56, round 83's 217): a path
    # tried, not a cause.
    r"(?:\d{1,3}>\s*)?attempt to open \S+ (?:failed|succeeded)$|"
    # npm-debug.log's numbered lines below its error level.
    r"\d{1,7} (?:silly|verbose|info|warn|http|timing) |"
    # A Rust backtrace's frame without its address ("2: autotools::fail").
    r"\d{1,3}: (?:[\w<>]+::)+[\w<>{}#]+$|"
    r"Retrying|(?:Build )?Cache not found|\**Error message:\**$|"
    # MSBuild's console repeats an error's prefix on every line of a multi-line message, so the
    # exception of a task that failed unexpectedly (MSB4018) comes one frame a line, each behind
    # "<targets>(line,col): error MSB4018: ": a frame, however prefixed (round 80's 242).
    r"[^\n]*?\(\d+,\d+\): error MSB\d{4}: +at [\w.`<>\[\],]+\(|"
    # link.exe's notes on incremental link-time code generation (/LTCG:incremental) when it
    # finds no earlier build to reuse: it compiles everything, and goes on (round 84's 235).
    r"Previous IPDB not found, fall back to full compilation\.$|"
    r"All \d+ functions were compiled because no usable IPDB/IOBJ from previous compilation "
    r"was found\.$|"
    # MSBuild going on past a task whose errors it was told to keep going after (round 80's 207).
    r"Build continuing because \"ContinueOnError\" on the task \"[\w.]+\" is set to "
    r"\"ErrorAndContinue\"\.$|"
    # A Markdown heading over a log, an issue form's ("### Error logs": round 80's 045).
    r"#{2,6} +(?:[\w-]+ ){0,3}(?:logs?|output|messages?):?$|"
    r"(?:INFO|WARN|DEBU|TRAC)\[\d+\]|Starting a Gradle Daemon|"
    # Yarn's notices that a package must be (re)built or fetched.
    r"(?:➤ )?YN00(?:07|08|13): |"
    # The Erlang shell's banner ("Eshell V12.0  (abort with ^G)"): how to leave it, no failure
    # (round 73's 089: rebar3 shell, the paste cut where the shell's output begins).
    r"Eshell V[\d.]+ +\(abort with \^G\)|"
    # distutils' build_py warning on a package directory with no __init__.py (setuptools goes on
    # building the wheel: rounds 22's 024, 29's 029).
    r"\s*package init file '[^'\n]{1,300}' not found \(or not a regular file\)$|"
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
    # The fields of a VS Code extension's error report above its message ("Action:
    # appService.Deploy", "Error type: Error"; round 76's 055, 058).
    r"(?-i:Action: [a-z]\w*(?:\.\w+)+|Error type: [A-Z]\w*)$|"
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
    # BitBake's info level (NOTE: lines; its errors are ERROR:) and Bundler's deprecation
    # notices, as the tools spell them (round 68's 246, 171).
    r"(?-i:NOTE: |\[DEPRECATED\] )|"
    # Ansible's debug lines (ANSIBLE_DEBUG: the pid and the time, also after its log file's
    # "p= u= |" columns): the scheduler's states ("fail_state=FAILED_NONE"; round 68's 237).
    r"(?:p=\d+ u=\S+ \| +)?\d{1,7} \d{9,10}\.\d{5}(?::| \[)|"
    # A property list's key (an xcodebuild or actool result: "<key>com.apple.actool.errors</key>")
    # names a field; what failed is in the value below it (round 61's 225).
    r"<key>[^<>\n]*</key>$|"
    # Windows Installer's verbose log (msiexec /l*v): its "Note: 1: 2205 2: ... 3: Error" lines
    # are internal codes the installer logs and goes on from (a table or stream it does not
    # have), and WiX's custom actions log a component they skip ("SchedFirewallExceptions:
    # Component 'X' action state (0) doesn't match request (2)"); a failed install shows as an
    # action's "Return value 3." (round 75's 004, 006, 008: logs cut before their failure).
    r"(?-i:MSI \([sc]\) \([0-9A-F]{2}[:!][0-9A-F]{2}\) \[[\d:]{8,12}\]: Note: 1: \d+ )|"
    r"(?-i:\w+: +Component '[^'\n]+' action state \(-?\d+\) doesn't match request "
    r"\(-?\d+\)$|"
    # WiX's firewall extension when the package adds no rule (a firewall "exception").
    r"\w+: +No firewall exceptions(?: s\w*)?$))|"
    # Headers and progress that name no cause: Composer's trace header, a Jenkins
    # plugin's info line, Go's and cargo's progress, a cache that is skipped.
    r"Exception trace:$|Run #|\[[\w./ -]+\] \[(?:INFO|WARN|WARNING|DEBUG)\] |"
    # Nuitka's log below its error level ("Nuitka:WARNING: Using very slow fallback for ordered
    # sets", "Nuitka-Options:INFO: Used command line options: ..."), and its heading over a
    # command whose compiler printed anything, warnings too ("Unexpected output from this
    # command:", its SconsSpawn); LaTeX Workshop's step, its command echoed ("Recipe step 1:
    # pdflatex, -synctex=1,-interaction=nonstopmode,-file-line-error,/x/main"). Round 79's 017,
    # 019, 135.
    r"^Nuitka(?:-[\w-]+)?:(?:INFO|WARNING): |^Unexpected output from this command:$|"
    r"^Recipe step \d+: |"
    # rpmbuild's warning on a spec with no %changelog (under "RPM build warnings:"), and
    # update-initramfs' on firmware a driver may load (round 79's 025, 114).
    r"^source_date_epoch_from_changelog set but %changelog is missing$|"
    r"^W: Possible missing firmware \S+ for (?:built-in driver|module) \S+$|"
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
    # (PHP's Windows configure, confutils.js, marks a result in angle brackets: "Checking for
    # library edit_a.lib;edit.lib ... <not found>"; round 74's 121.)
    r"Checking (?:for|if|whether) [^\n]*(?::|\.\.\.) *(?:not found|no|<not found>|<no>)$|"
    # autoconf's check and its result, whatever they name ("checking how to hardcode library
    # paths into programs... unsupported", "checking value of ENOCIGAR... -1"; rounds 27, 48):
    # configure's "configure: error: " says what stops it (round 58's 156 prints it after the
    # check's dots).
    r"(?:\(cached\) )*(?-i:checking) [^\n]{1,200}?\.\.\. (?:\(cached\) )?[^\s:][^\n:]*$|"
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
    # A package's hint on how to get an optional part ("To install ocp-browser, please install
    # lambda-term."; opam, round 61's 048).
    r"^To install [^\n]{1,80}, please install |"
    # A dumped field whose value is only a status or an error's class ('"PhaseStatus": "FAILED",',
    # '"name": "Error",', "code: \"BuildError\""; rounds 22, 27, 28, 34, 69): the object's message
    # field, if any, is judged on its own line. (Not a shell's "result=failed", which a script
    # prints as its outcome.)
    r"^[\"']?[\w.$-]{1,40}[\"']?\s*:\s*[\"']?(?:[A-Z]\w{0,40}Error|Error|ERROR|error|"
    r"Exception|FAILED|FAILURE|Failed|failed|failure|errored)[\"']?,?$|"
    # A thing a tool finds missing, or there already, and what it does instead, after a stop
    # ("notarytool not found, trying legacy.", "JDKToUse not found. Using default JAVA_HOME",
    # "Namespace gauth already exists. Will use it.", "Pipfile.lock not found, creating…",
    # "Release this.tag doesn't exists, creating one": rounds 28, 35, 44, 48, 56, 69); not
    # "freetype2 not found using pkg-config", where "using" says how it looked.
    r"[^\n]*\b(?:not found|(?:does not|doesn't|did not) exists?|already exists|"
    r"could not (?:find|locate) [^\n]{1,80}?)(?:[,.;!\x{2026}]|\.\.\.) *(?:-+ *)?"
    r"(?:will use|using|trying|creating|created|continuing|skipping|no need|"
    r"falling back|ignoring)\b|"
    r"[^\n]* - Skipping\.?$|"
    r"[^\n]*\bwill be removed in a future\b|"
    # A deprecated API named with its replacement, as a build plugin warns of it on every build
    # (AGP's "registerResGeneratingTask is deprecated, use registerGeneratedResFolders(
    # FileCollection)", after fastlane's relay mark too; round 64's 173). Not a compiler's
    # "error: ..." (a diagnostic starts with its label or its file).
    r"^(?:▸ )?[A-Za-z_][\w.$]*(?:\(\))? is deprecated(?:,|;| -)? (?:please )?use \S|"
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
    # A test that passed, as TAP ("ok 12 - returns error on bad input"), go test ("ok  errors
    # 0.008s", the standard library's package named errors), pytest -v ("...::test_x PASSED
    # [ 40%]") and other runners ("[PASSED]: exec create API - returns error when missing Cmd")
    # print it: its name may hold an error word (rounds 35, 70).
    r"^ok\s+(?:\d+\b|\S+\s+(?:\d+(?:\.\d+)?s|\(cached\))(?:\s|$))|"
    # (Rust's libtest: "test ops::parse::err::unrecognised ... ok"; round 64's 107.)
    r"^test \S+ \.\.\. ok$|"
    r"^(?-i:\[PASSED\]:? |PASSED:? )|(?-i:^\S+::\S+ PASSED(?: +\[ *\d+%\])?$)|"
    # Its word for one (Automake's and go-check's "PASS: x", iotjs' "PASS : test-assert.js",
    # jest's "PASS src/x.test.js", go test's "--- PASS: TestX"; round 67's 022).
    r"(?-i:^(?:--- )?PASS(?: ?:)? +\S)|"
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
    # zerolog's console format (Go) below its error level, after its default time ("8:29AM WRN
    # Error encountered while executing ...": a step retried; round 64's 135). Its levels are
    # TRC, DBG, INF, WRN, ERR, FTL, PNC.
    r"^(?:\d{1,2}:\d\d[AP]M )?(?:TRC|DBG|INF|WRN) \S|"
    # --- GitHub Actions ---
    # The runner evaluating a job's settings.
    r"\|?Evaluate (?:job |step )?(?:continueOnError|timeoutMinutes|condition)$|"
    # --- Jenkins ---
    # The timeout step ("[Pipeline] timeout", its end "// timeout", git's "# timeout=10" cut)
    # and its limit; every inbound agent's start (round 25); the commit message Jenkins echoes.
    # (Only those: a message that ends in "timeout" may be one that struck, "dial tcp
    # 10.201.2.123:6443: i/o timeout": round 31's 171, round 24's 119.)
    r"Timeout set to expire in \d|(?:^(?:\[Pipeline\] )?(?:// )?|# )timeout$|"
    # The catchError and warnError steps' start and end ("[Pipeline] // catchError"): a step's
    # name, not an error (round 82's 089).
    r"^(?:\[Pipeline\] )?(?:// )?(?:catchError|warnError)$|"
    r"Both error and output logs will be printed to |"
    # A stage's start, its name the pipeline's own ("[Pipeline] stage (MAVEN 3.3 (fail))",
    # its prefix cleaned, then "Entering stage MAVEN 3.3 (fail)"; round 72's 072).
    r"^(?:\[Pipeline\] )?stage \([^\n]+\)$|^Entering stage \S|"
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
    # The distribution log's (IDEDistribution*.log) notes on what an export may do without: an
    # archive with no user entitlements for an embedded library (Error Domain=NSCocoaErrorDomain
    # Code=4, on every such export; round 63's 215).
    r"\[MT\] \[OPTIONAL\] |"
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
    # libtest's lines for a test that passed or was ignored, and its summary of a binary without
    # failures: a test's name may hold an error word ("test parse::invalid ... ok"), and "0
    # failed" counts none (cargo test cut before the failure: round 64's 107).
    r"^test \S+ \.\.\. (?:ok|ignored)$|^test result: ok\. \d+ passed; 0 failed; |"
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
    # pip's deprecation notices, which it logs as warnings ("DEPRECATION: Python 2.7 reached the
    # end of its life ..."; the install goes on; round 63's 079).
    r"^DEPRECATION: |"
    # pipenv removing a virtualenv to make it again with the Python asked for ("Virtualenv already
    # exists!", then "Removing existing virtualenv..."; pipenv's ensure_virtualenv; round 56's
    # 175).
    r"^Virtualenv already exists!$|"
    # uv's advice under a failed build.
    r"^hint: (?:This usually indicates|Build failures usually indicate) a problem with the package|"
    # --- Flutter ---
    # flutter_tools' trace of a build target it runs, and why ("debug_android_application:
    # Starting due to {InvalidatedReason.inputChanged}"; build_system.dart; round 70's 216):
    # an input changed, no failure.
    r"^(?:\[ *\+\d+ ms\] )*[\w-]+: Starting due to \{(?:InvalidatedReason\.\w+(?:, )?)+\}$|"
    # --- Elixir ---
    # exrm's notice (Conform's warn) that a release without a schema leaves Conform out; the
    # release goes on (round 81's 099).
    r"^(?:(?:==> )?Conform: )?No schema found, conform will not be packaged in this release!$|"
    # --- Other tools ---
    # Terraform's note on a plan not saved; ssh-agent -k; GoReleaser's notice of a
    # configuration key that still works (round 26); Composer's -vvv note on a cache directory
    # it creates; SSHKit's note that a command printed nothing; dub's note on a package that
    # is not a git checkout; the Unity editor's debugger agent finding its port taken (every
    # batch-mode run on a shared agent may print it; the build goes on); Haskell Stack
    # building its package index for the first time.
    r"Note: You didn't use the -out option to save this plan|(?:echo )?Agent pid \d+ killed;?$|"
    # (GoReleaser's deprecation notice of a key or flag is a warning: "• DEPRECATED: --rm-dist
    # was deprecated in favor of --clean, check ...", "• DEPRECATED: brews should not be used
    # anymore"; round 63's 129. Not its notice of a build it skipped: "• DEPRECATED: skipped
    # darwin/arm64 build on Go < 1.16 for compatibility" is why the binary is missing; round
    # 65's 098, round 25's 133.) pflag's (cobra's) note on a deprecated flag, printed before the
    # command runs with it ("Flag --rm-dist has been deprecated, please use --clean instead";
    # round 63's 129, ejoffe/spr#338); its option may be blanked by then.
    r"^\s*• DEPRECATED: [^\n]*\b(?:deprecated|should not be used)\b|"
    r"^Flag (?:--[\w-]+|shorthand -\w)? +has been deprecated, |"
    r"^Cache directory does not exist \(cache-[\w-]+-dir\):|"
    # bash started as an interactive shell with no terminal (bash -i in docker run, a CI's
    # runner): a notice, and the script goes on ("bash: cannot set terminal process group (-1):
    # Inappropriate ioctl for device", "bash: no job control in this shell"; round 65's 061).
    r"^(?:bash: )?cannot set terminal process group \(-?\d+\): Inappropriate ioctl for device$|"
    r"^(?:bash: )?no job control in this shell$|"
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
    # ... and dazzle's probe for a layer's image before it builds it, the daemon's answer as a
    # logged field (round 84's 149).
    r"^image not built yet\s+error=Error response from daemon: manifest for \S+ not found|"
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
#: (round 61's 056). And R's warning on a command its shell could not run. And git clean's
#: warning on a file it could not remove, and the dependencies Maven's dependency analysis flags.
#: And a PostgreSQL server's FATAL that Ruby's Logger relays at its debug level. And sdkmanager's
#: missing package, supervisord's program it could not start, Maven 2's reason for its failure.
_WARNED_ERROR = re2.compile(
    r"^(?:WARN(?:ING)?:\s+(Error: [\w.]+(?:Error|Exception): \S[^\n]*)|"
    r"warning: ((?:fatal )?error: \S[^\n]*)|"
    # A build script's output that cargo relays as warnings ("The following warnings were
    # emitted during compilation:"): the C compiler's errors, the driver named first
    # ("warning: clang: error: no such file or directory: 'rocksdb/db/compaction.cc'"; round
    # 72's 112).
    r"warning: ((?:clang|gcc|cc|c\+\+|g\+\+|clang\+\+|cl|ld|lld): (?:fatal )?error: \S[^\n]*)|"
    r"INFO: (\S[^\n]*\b(?:[a-z]\w*\.){2,}[A-Z]\w*(?:Error|Exception)\b[^\n]*)|"
    r"Warning: (prerequisite \S+ \S+ not found\.?)|"
    # R's system() on a command its shell could not run (status 127, "command not found"), which
    # R only warns of; the package's compilation fails on it (round 78's 065).
    r"Warning: running (command '[^\n]*' had status 127)|"
    # A PostgreSQL server's error that Ruby's Logger (ActiveRecord) prints at its debug or info
    # level ("D, [2017-10-31T16:55:57.604416 #5] DEBUG -- : FATAL:  database \"x\" does not
    # exist"): the server refused the connection (round 78's 096).
    r"[DI], \[[^\]\n]{1,60}\] +(?:DEBUG|INFO) -- [^:\n]{0,40}: ((?:FATAL|PANIC): +\S[^\n]*)|"
    # git clean's only word on a file it could not remove, which fails the checkout that cleans
    # the workspace ("warning: failed to remove out/Release/.nfs0000...: Device or resource busy";
    # round 67's 045, round 45's 149).
    r"warning: (failed to remove \S+: \S[^\n]*)|"
    # maven-dependency-plugin's analyze goal, which logs the dependencies it flags as warnings
    # and fails the build on them with failOnWarning (round 67's 017).
    r"\[WARNING\] ((?:Unused declared|Used undeclared|Non-test scoped test only) dependencies "
    r"found:)|"
    # The Android SDK's sdkmanager on a package its repository does not offer, which it prints
    # as a warning and exits 1 on ("Warning: Failed to find package 'patcher;v4'"; round 79's 009).
    r"Warning: (Failed to find package '[^'\n]+')|"
    # supervisord's log of a program it could not start, at its info level ("INFO spawnerr: can't
    # find command '/usr/sbin/php5-fpm'", "INFO gave up: php5-fpm entered FATAL state, too many
    # start retries too quickly"; round 79's 217).
    r"(?:[\d-]{10} [\d:,]{8,12} )?INFO ((?:spawnerr: \S|gave up: \S+ entered FATAL state\b)[^\n]*)|"
    # Maven 2's reason for a BUILD FAILURE, at its info level, as maven-release-plugin's
    # release:prepare gives it ("[INFO] You don't have a SNAPSHOT project in the reactor
    # projects list."; round 79's 304).
    r"\[INFO\] (You don't have a SNAPSHOT project in the reactor projects list\b[^\n]*))$",
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
_URL = re2.compile(r"\b[a-z][\w+.-]{0,20}://[^\s'\"<>]+", _OPTIONS)
_ERROR_FILE = re2.compile(
    # (A view or module named for errors, error_view.ex, as a build compiles it; round 52.)
    # (Ruby's net/http/exceptions.rb in a crash report's loaded features; round 60.)
    # (Composer's provider files, "provider-illuminate$exception.json", that -vvv reads from its
    # cache; round 63's 090.)
    r"(?i)(?:[\w.$-]*[\w$-]|[/\\])(?:error|exception)[\w.-]*\.(?:c?js|mjs|ts|log|txt|json|py|"
    r"rb|sh|exs?|erb|php|go|java|kt|cs|swift|vue|[jt]sx|html?|s?css)\b|"
    # A source or object file named for its errors or exceptions (a build's compile line, round
    # 48; waf's failed task "{task: cxx error.cc -> error_1.o}", round 56).
    r"[\w./-]*(?:errors?|exceptions?)[\w-]*\.(?:c|cc|cpp|cxx|h|hpp|lo|o|obj|dep)\b|"
    # A file named for errors in a path, whatever its extension (a test's expected output,
    # "tests/error001.stderr", in Bazel's list of a rule's files; round 61's 044).
    r"[\w.@:-]*[/\\](?:errors?|exceptions?)[\w-]*\.[A-Za-z]\w{0,9}\b|"
    # A package's name and version as cabal, cpanm and sdists spell them
    # ("safe-exceptions-0.1.7.2", "Test-Exception-0.43"; round 61's 042).
    r"\b[A-Za-z][\w.]*-(?:[\w.]+-)*(?:errors?|exceptions?)(?:-[A-Za-z][\w.]*)*-v?\d+(?:\.\d+)+\b|"
    r"\b(?:errors?|exceptions?)(?:-[A-Za-z][\w.]*)*-v?\d+(?:\.\d+)+\b|"
    # A source file so named alone, in a compiler's list of the files it is given ("backup.go
    # callback.go error.go sqlite3.go" in go install -x's cgo command; rounds 56, 58, 72).
    r"(?:^|\s)(?:errors?|exceptions?)[\w-]*\.(?:go|c|cc|cpp|h|rs|js|ts|py|rb|java|php)(?:\s|$)|"
    # An archive or a log named for a failure, which a step writes after one ("7z a failure.zip
    # *.Rcheck\*", AppVeyor's on_failure: round 78's 061).
    r"(?:^|\s)(?i:errors?|exceptions?|fail(?:ed|ures?)?)[\w-]*\.(?:zip|7z|tar|tgz|gz|log|txt)"
    r"(?:\s|$)",
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
#: The machinery that handles errors, named (PHP's set_error_handler, "Old error handler was:
#: _drupal_error_handler" a test prints; round 64's 127): a handler is no failure.
_ERROR_HANDLER = re2.compile(r"(?i)\b(?:error|exception)[ _-]?handlers?\b", _OPTIONS)
#: A time limit as a setting, in a record dumped as Python's repr or JSON (``timeout=120``,
#: ``'timeout': 30``, ``"read_timeout": 60``): its name is no timeout that struck (SAM's debug log
#: dumping a function's definition; round 64's 048).
_TIMEOUT_SETTING = re2.compile(
    r"(?i)(?:\b[\w-]*timeout[\w-]*=|['\"][\w-]*timeout[\w-]*['\"]: )\d+(?:\.\d+)?(?:ms|s)?\b",
    _OPTIONS,
)
_PACKAGE_SPEC = re2.compile(r"[\w./-]*[\w-]@[~^]?\d[\w.+-]*", _OPTIONS)
#: A version with its variant after "+", as opam names an OCaml compiler ("4.02.0+improved-errors"
#: among the switch's compilers in opam's debug state lines; round 80's 074): a name, no failure.
_VERSION_VARIANT = re2.compile(r"\b\d+(?:\.\d+)+(?:\+[\w.-]+)+", _OPTIONS)
#: A module as Ivy (sbt, Ant, Gradle's Ivy repositories) names it: organisation#module;revision
#: ("Resolving com.typesafe.play#play-exceptions;2.3.6 ...", "found org.x#error-prone;1.0").
_IVY_MODULE = re2.compile(r"[\w.-]+#[\w.-]+;[\w.+-]+", _OPTIONS)
#: A command's long option, its value after "=" or, as Nim's compiler and VSTest take it, after
#: ":" ("--styleCheck:error", "--logger:trx"; round 61's 067).
_LONG_OPTION = re2.compile(r"(?:^|\s)--[A-Za-z][\w-]*(?:[=:]\S*)?", _OPTIONS)
#: (Also what gcc passes on to the linker, the assembler or the preprocessor,
#: "-Wl,--fatal-warnings": round 82's 194, a link command cut after it.)
_WARNING_FLAG = re2.compile(
    r"(?:^|\s)-(?:W[alp],\S*|W[a-z][\w=-]*|warn-error|f[a-z][\w=+-]*)", _OPTIONS
)
#: A define on a command line (a C compiler's -DNAME=1, zig build's -Dskip-compile-errors,
#: Maven's -Dmaven.test.failure.ignore=true), bare or quoted as the cc crate prints its args.
_DEFINE_FLAG = re2.compile(r"(?:^|[\s\"'])-D[A-Za-z_][\w.-]*(?:=\S*)?", _OPTIONS)
#: A count of failures that is zero (``0 failed``, ``0 errors``, ``Failed: 0``): a tally of a run
#: in which nothing failed names no cause (browserstack-runner's line per browser, "Passed: 260
#: tests, 252 passed, 0 failed, 8 skipped"; round 66's 030), nor one of hosts unreachable (an
#: Ansible recap's line cut before its "failed=": round 67's 184), nor a test tool's totals ("total
#: skip: 0 total error: 0", "0 expected mismatches, 0 failures": round 78's 117). Any other
#: count keeps its word.
_ZERO_COUNT = re2.compile(
    r"(?i)\b(?:0 (?:[a-z]+ )?(?:failed|failures?|failing|errors?|errored|mismatch(?:es)?)|"
    r"(?:failed|failures|failing|errors|errored|unreachable|total error)(?::|=) ?0)\b|"
    # (A total cut by the paste after its name.)
    r"(?i)\btotal errors?:$",
    _OPTIONS,
)
#: A scan or a check that found nothing, said in words ("No Vulnerabilities Found.": IBM Cloud
#: Schematics fetching a workspace's source, round 83's 201; Snyk's "no vulnerable paths found"):
#: a zero count, whatever the word counted.
_NOTHING_FOUND = re2.compile(
    r"(?i)\bno (?:known )?(?:vulnerabilit(?:y|ies)|vulnerable paths|issues|problems|errors|"
    r"violations)(?: were)? found\b",
    _OPTIONS,
)
#: A tally of things that failed, whatever its count ("15 packages failed to build:", "1
#: failing", "4 dependencies errored", "FAILED :1205", "failed=3"): how many failed, not why. A
#: package builder's or a runner's summary line, its causes in the lines above it (first misses
#: of rounds 58, 61, 65, 66, 67, 69). Not a count of errors ("Found 46 errors", "3 errors /
#: 56 skipped"): a compiler's, a linter's, a collector's errors are the user's code, and a
#: server's "500 internal server error" its answer. The count stands alone (not a time's
#: seconds, "15:22:53 FAILED", nor a version's last part, "PHP 8.2.25 failed"), the words after
#: it are in lower case (a log level is not), and no colon follows.
_FAILURE_TALLY = re2.compile(
    r"(?:^|[\s(,;|*>])\d+ (?:[a-z]+ ){0,2}(?:failed|failing|errored)(?:[^\w:]|$)|"
    r"(?i:\bfailed ?[:=] ?\d+\b)",
    _OPTIONS,
)
#: A name that holds an error word as one of its parts: a snake_case identifier in lower case
#: (a setting ``fail_fast=false``, a test ``test_timeout``, a function ``on_error_exit``) or a
#: path's segment (``github.com/coreos/etcd/error``, ``~/Downloads/failure logs``): the thing
#: named, not a failure (first misses of rounds 42, 45, 52, 60). Only the name is cut, and
#: only when the word is in it: a path beside a cause stays as the cause's patterns read it. Node's
#: codes (``ERR_OSSL_EVP_UNSUPPORTED``) are in capitals, and stay causes.
_NAME_WITH_A_CAUSE_WORD = re2.compile(
    r"\b(?:[a-z0-9]+_)+(?:errors?|fail\w*|fatal|timeout|exceptions?|abort\w*|crash\w*)"
    r"(?:_[a-z0-9]+)*\b|"
    r"\b(?:errors?|fail\w*|fatal|timeout|exceptions?|abort\w*|crash\w*)(?:_[a-z0-9]+)+\b|"
    # A path: from the root or home, or with a host's or file's dot, or two slashes; a word
    # pair ("Failure/Error:", "devices/emulators") is not one.
    r"(?:^|[\s\"'(=:])(?:[~.$]?/|[\w-]+\.[\w.-]*/|[\w.-]+/[\w.-]+/)(?:[\w.-]+/)*[\w.-]*"
    r"(?i:errors?|fail\w*|fatal|timeout|exceptions?|crash\w*)[\w.-]*(?:/[\w.-]*)*|"
    # A directory so named with a file in it, its extension named ("assert/stamp.os" among the
    # objects glibc's ar line lists: round 79's 234).
    r"(?:^|[\s\"'(=:`])(?i:errors?|fail\w*|fatal|exceptions?|crash\w*|assert\w*|abort\w*)/"
    r"[\w-]+\.[A-Za-z]\w{0,5}\b",
    _OPTIONS,
)


#: A tally of tests, not of packages or steps: "tests", "passed", "examples", minitest's "runs".
_COUNTS_TESTS = re2.compile(
    r"(?i)\b(?:tests?|passed|passing|examples?|specs?|assertions?|runs)\b", _OPTIONS
)


def _names_a_cause(line: str) -> bool:
    """Whether ``line`` names a cause: an error word (:data:`_CAUSE_WORDS`) is left once what
    names none is cut (options, flags, URLs, files and packages named for errors, zero counts,
    tallies) and no pattern of :data:`_NOT_A_CAUSE` holds."""
    if "[-] " in line and _PESTER_FAILED.search(line) is not None:
        return True  # a Pester test that failed, named: its assertion follows
    if line.startswith(("Please make sure ", "Please provide ")) and _ASKS_FOR_A_TOOL.match(line):
        return True  # a script's own words, which open as a person's would
    if "xit code" in line and _INSTALLER_STATUS.search(line) is not None:
        return True  # an installer's own code for why it failed
    if "<missing>" in line:  # docker history's and Python's build notes' placeholder
        line = line.replace("<missing>", "")
    if "--" in line:  # a command's options (--timeout=, --no-fail-fast) name no cause
        if _USAGE_ROW.match(line) is not None:
            return False  # nor does a usage text's row, whatever its description says
        line = _LONG_OPTION.sub(" ", line)
    if "-W" in line or "-warn-error" in line or "-f" in line:
        # nor a compiler's warning flags (-Wno-..., OCaml's) or its options (-fno-exceptions)
        line = _WARNING_FLAG.sub(" ", line)
    if "-D" in line:  # nor a define, whatever its name (round 61's 073: -Dskip-compile-errors)
        line = _DEFINE_FLAG.sub(" ", line)
    if " verbose stack " in line:  # npm's debug log: the stack's first line is the error
        stacked = _NPM_STACK_ERROR.match(line)
        if stacked is not None:
            line = stacked.group(1)
    warned = _WARNED_ERROR.match(line)
    if warned is not None:  # a tool logging an error at its warning (or info) level
        line = next(group for group in warned.groups() if group)
    if line.endswith("?") and line.startswith(("error: ", "error[")):
        line = line[:-1]  # a compiler's suggestion ("perhaps an -L flag is missing?"), no question
    elif line.endswith("?") and "mean" in line:
        line = _SUGGESTION.sub("", line)  # nor its "did you mean 'pread'?" after the message
    elif line.endswith("?") and "ERROR]" in line:
        # nor a tool's guess after the message it logged at its error level
        guessed = _GUESS_AFTER_AN_ERROR.match(line)
        line = guessed.group(1) if guessed is not None else line
    if _NOT_A_CAUSE.search(line) is not None:
        return False
    if _RELAYED.search(line) is not None:  # judge what the script printed
        line = _RELAYED.sub("", line, count=1)
    if "://" in line:  # a URL's path names no cause (".../errorprone/error_prone-2.1.jar")
        if _HTTP_ANSWER.search(line) is not None:
            return _NOT_A_CAUSE.search(line) is None  # but a server's answer to it does
        line = _URL.sub(" ", line)
    if "rror" in line or "xception" in line or "ail" in line:
        # nor a file named so (yarn-error.log, exceptions.c, failure.zip)
        line = _ERROR_FILE.sub(" ", line)
    if "andler" in line:  # nor the handler of errors (set_error_handler)
        line = _ERROR_HANDLER.sub(" ", line)
    if "@" in line:  # nor a package's name and version (assert@1.1.2, errno@0.1.1)
        line = _PACKAGE_SPEC.sub(" ", line)
    if "+" in line:  # nor a version's variant (4.02.0+improved-errors)
        line = _VERSION_VARIANT.sub(" ", line)
    if "#" in line and ";" in line:  # nor a module Ivy resolves (play#play-exceptions;2.3.6)
        line = _IVY_MODULE.sub(" ", line)
    if "': " in line or '": ' in line:  # nor a dumped field that holds no failure
        line = _EMPTY_FIELD.sub(" ", line)
    if "imeout" in line or "IMEOUT" in line:  # nor a time limit set (timeout=120)
        line = _TIMEOUT_SETTING.sub(" ", line)
    if "0" in line:  # nor a count of failures that is zero ("252 passed, 0 failed")
        line = _ZERO_COUNT.sub(" ", line)
    if "ound" in line or "OUND" in line:  # nor a scan that found nothing ("No issues found")
        line = _NOTHING_FOUND.sub(" ", line)
    if "_" in line or "/" in line:  # nor a name with an error word as its part (fail_fast=)
        line = _NAME_WITH_A_CAUSE_WORD.sub(" ", line)
    if any(c.isdigit() for c in line) and not _COUNTS_TESTS.search(line):
        # nor a tally of failed packages, steps or dependencies ("15 packages failed to build");
        # a test's failure is the user's code failing, whatever the tally says of it
        line = _FAILURE_TALLY.sub(" ", line)
    return _CAUSE_WORDS.search(line) is not None and _NOT_A_CAUSE.search(line) is None


#: A message a tool logged at its error level with its guess at the reason after it, as a
#: question ("[PYI-1020329:ERROR] Failed to allocate PyConfig structure! Unsupported python
#: version?": PyInstaller's bootloader, round 79's 054): the message is no question.
_GUESS_AFTER_AN_ERROR = re2.compile(
    r"^(\[[\w.:-]{0,40}\bERROR\] [^\n]*?[.!]) [^\n.!?]{1,80}\?$", _OPTIONS
)


#: Pester 5's line for a test that failed: "[-]", the test's name, its time and the time of its
#: setup ("[-] Latest and Prior CodeQL Bundles are unique 1.43s (1.41s|21ms)", under Packer's
#: builder in the runner images' build: round 76's 017, actions/runner-images#9356); "[+]" for
#: one that passed.
_PESTER_FAILED = re2.compile(
    r"(?:^|\s)\[-\] \S[^\n]* \d+(?:\.\d+)?m?s \(\d+(?:\.\d+)?m?s\|\d+(?:\.\d+)?m?s\)$", _OPTIONS
)


#: A script asking for the tool it needs and stopping ("Please make sure that you have Carthage
#: installed (https://github.com/Carthage/Carthage)": WebDriverAgent's bootstrap, round 79's 291).
_ASKS_FOR_A_TOOL = re2.compile(
    r"^Please make sure (?:that )?you have [\w.+-]{1,40} installed\b|"
    # The Docker daemon's legacy builder on a Dockerfile whose first instruction is not FROM
    # (moby's builder: "Please provide a source image with `from` prior to commit"; round 84's
    # 197).
    r"^Please provide a source image with `from` prior to commit$",
    _OPTIONS,
)


#: An installer's exit code (four digits and more: Windows Installer's 1603, VSIXInstaller's 2003,
#: an installer's 5003) closing the line that reports it: the installer's own code for why it
#: failed ("Unsuccessful exit code returned by the installation process: 2003.", the Azure
#: Pipelines images' Install-VSIXFromFile under Packer; round 84's 046). A shell's status (1, 2,
#: 127, a signal's 137) is a notice's, read elsewhere.
_INSTALLER_STATUS = re2.compile(
    r"(?i)\binstall(?:er|ation)?\b[^\n]{0,80}\bexit code\b[^\n]{0,40}?[: ] ?\d{4,5}\.?$|"
    r"(?i)\bexit code\b[^\n]{0,40}\binstall(?:er|ation)?\b[^\n]{0,80}?[: ] ?\d{4,5}\.?$",
    _OPTIONS,
)


#: npm's debug log (npm-debug.log, or the log npm names) at its verbose level: the first line of
#: the stack it logs is the error itself, a class named before its code or message
#: ("43 verbose stack SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR";
#: round 78's 008). Plain "Error: ..." there is npm's lifecycle wrapper; the frames are "at ...".
_NPM_STACK_ERROR = re2.compile(
    r"^\s*(?:> )?\d{1,7} verbose stack ([A-Z]\w*[a-z]\w*(?:Error|Exception)\b[^\n]*)$", _OPTIONS
)


#: A tool's guess at what was meant, after its message ("error: 'pread64' undeclared here (not
#: in a function); did you mean 'pread'?", "cc: error: unknown argument '-qversion'; did you mean
#: '--version'?": gcc, clang, dmd; rounds 21, 22, 31, 48, 57, 58, 72): the line is a message, not a
#: question.
_SUGGESTION = re2.compile(r"(?i)[;,]? +did you mean\b[^\n]{0,200}\?$", _OPTIONS)
