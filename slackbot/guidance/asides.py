"""Lines that name no cause whatever their words, set aside before a line is judged: warnings
(the CI's marks, CMake's blocks and checks, BuildKit's build checks, a compiler's warning and
the source it quotes, a deprecation among a log's lines), a traceback's source lines (Python's,
pytest's, cleo's), what the tool went on past, a log's lines below its error level, a new
Gradle's release highlights, a GitHub step's inputs, and sys.excepthook's own traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.lines import _EXCEPTION_LINE, _as_pasted, _without_line_prefix
from slackbot.guidance.notices import _LABELS, _NOTICE_LINE

#: The headers of CMake's warning blocks, whose paragraphs are indented below them.
_CMAKE_WARNINGS = ("CMake Warning", "CMake Deprecation Warning")
#: CMake's checks of the platform: a header or function that is not there is a feature the
#: project may do without (round 46).
_CMAKE_CHECK = re2.compile(
    r"^-- (?:Looking for|Performing Test|Check(?:ing)? (?:for|if|whether)) [^\n]* - "
    r"(?:not found|Failed|no)$",
    _OPTIONS,
)

#: Scalingo's builder removing what .slugignore lists before it packages the image: a listed path
#: that is not there gets rm's "No such file or directory" after its "!", and the build goes on
#: ("Build complete, shipping your container..."; round 82's 144).
_SLUGIGNORE_STEP = "-----> .slugignore detected, cleaning project before packaging"
_SLUGIGNORE_ITEM = re2.compile(
    r"^(?:!\s+'[^'\n]+': No such file or directory|'[^'\n]+' has been removed from the image)$",
    _OPTIONS,
)
#: The end of a shell command whose failure the script ignores.
_FAILURE_IGNORED = (" || true", " || :")
#: What Gradle prints on its first run of a new version, over a list of features.
_GRADLE_HIGHLIGHTS = "Here are the highlights of this release:"
#: BuildKit's heading over its build checks' warnings (https://docs.docker.com/build/checks/):
#: a build that passed shows them too.
_BUILD_CHECKS = re2.compile(r"^\d+ warnings? found \(use docker --debug to expand\):$", _OPTIONS)


#: A line in which the tool says it goes on past what it reports ("Error fetching link: ....
#: Ignored it.", "This subsequent import will be ignored.", "Patch could not be applied with `git
#: am`. Continuing without patching.", "uploading logs, if this fails, it's not a big deal."):
#: whatever it names did not stop the run, and names no cause of its failure. MSBuild puts the
#: project's path in brackets after it.
_GOES_ON = re2.compile(
    r"(?i)(?:\bignored it|\bwill be ignored|\bcontinuing (?:without|anyway)\b|\bnot a big deal|"
    r"\b(?:is|are) (?:also )?safe to ignore|\bcan (?:safely )?be (?:safely )?ignored)[^\w\n]*"
    r"(?:[\w ,'-]{0,40}[.!)]*)?(?:\s*\[[^\]\n]{1,300}\])?\s*$",
    _OPTIONS,
)


#: A deprecation ("... is deprecated. Please set ...", Rails' "DEPRECATION WARNING:", "has been
#: deprecated"): the thing still works. Pasted alone (a few lines), it is what the person chose
#: to quote, and may be what broke (round 41's 039, 43's 161); among a longer log's lines it is
#: one of its warnings (rounds 25, 27, 31, 45, 70).
_DEPRECATED = re2.compile(
    r"(?i)\b(?:is|are|has been|have been|now|been) deprecated\b|^\W*DEPRECATION WARNING|"
    # (Composer's on an option it ignores: 'You are using the deprecated option "--no-suggest".
    # It has no effect and will break in Composer 3.': round 84's 122.)
    r"\bdeprecated!|^You are using the deprecated option \S",
    _OPTIONS,
)


#: Python's warnings module: "path.py:lineno: UserWarning: message", then the source line of
#: the call that warned (torch's cpp_extension, "warnings.warn('Error checking compiler version
#: for {}: {}'.format(compiler, error))": round 78's 031). The program went on.
_PYTHON_WARNING = re2.compile(r"^\S[^\n]*\.py:\d+: (?:[A-Z]\w*)?Warning: ", _OPTIONS)
#: Gradle's toolchain registry on a Java installation it was pointed at and skips, logged at its
#: warning level without the word (its installationExists(): logger.warn("Directory {} used for
#: java installations does not exist", ...), the location's source in brackets; round 78's 231).
_GRADLE_JAVA_INSTALLATION = re2.compile(
    r"^(?:Directory|Path for java installation) '[^'\n]+'(?: \([^)\n]{1,80}\))?"
    r"(?: auto-detected)? (?:used for java installations does not exist|"
    r"points to a file, not a directory)$",
    _OPTIONS,
)
#: Cabal's configure step listing the programs it looked for, at its info level: "No alex
#: found" beside "Using gcc version 9.2.0 found on system at: ..." (Distribution.Simple.Configure's
#: reportProgram, "No " ++ programName prog ++ " found"; round 78's 088). An optional tool it
#: did not find is no failure.
_CABAL_NO_PROGRAM = re2.compile(r"^No [\w.+-]{1,40} found$", _OPTIONS)
_CABAL_FOUND = " found on system at:"
_GRADLE_SKIPPED_JAVA = ("does not exist", "not a directory")


#: A warning or a message in MSBuild's canonical form ("origin(line,col): category code: text"),
#: which link.exe, NuGet and the .NET SDK print in too ("x.lib(y.obj) : warning LNK4099: PDB
#: 'x.pdb' was not found", "x.csproj : warning NU1603: ... was not found", "...targets(287,5):
#: message NETSDK1057: You are using a preview version of .NET"; round 84's 211, 233, 247): the
#: build went on past it (https://learn.microsoft.com/visualstudio/msbuild/msbuild-diagnostic-
#: format-for-tasks).
_MSBUILD_WARNING = re2.compile(
    r"^[^\n]*?(?:\(\d+(?:,\d+){0,3}\))? ?: (?:warning|message) ([A-Z]{1,9}\d{2,6}) ?: ", _OPTIONS
)
#: The warnings of that form that name why a link or a build that failed did (LNK4272: a library
#: of another machine type than the target's, whose symbols the link then misses: round 84's
#: 236; MSB3270: a reference built for another processor architecture).
_WARNINGS_THAT_NAME_A_CAUSE = frozenset({"LNK4272", "MSB3270"})


def _is_an_msbuild_warning(line: str) -> bool:
    """Whether ``line`` is a warning or a message in MSBuild's canonical form that names no
    cause (:data:`_MSBUILD_WARNING`, :data:`_WARNINGS_THAT_NAME_A_CAUSE`)."""
    if ": warning " not in line and ": message " not in line:
        return False
    found = _MSBUILD_WARNING.match(line)
    return found is not None and found.group(1) not in _WARNINGS_THAT_NAME_A_CAUSE


#: The last line of an Xcode framework's DVTAssertions warning ("... DVTAssertions: Warning in
#: /Library/Caches/com.apple.xbs/Sources/DVTiOSFrameworks/.../DVTiPhoneSimulatorLocator.m:255",
#: then "Details:", "Object:", "Method:", "Thread:" and this plea, a logger's prefix maybe
#: before each): what the block says (a simulator "was not supported by any known simulator
#: system roots") is the framework's own assertion, which xcodebuild goes on past (round 84's
#: 253, Appium's "[Xcode] " before each line; the plea names bugreport.apple.com, later
#: feedbackassistant.apple.com). A block cut before its plea is read: its Details may be what
#: broke (round 37's 158: "Failed to load dependencies output contents ...").
_DVT_WARNING_END = " with this warning message and any useful information you can provide"
#: The most lines such a block runs to its plea.
_DVT_WARNING_LINES = 16


def _goes_on(line: str) -> bool:
    """Whether ``line`` says the tool goes on past what it reports (:data:`_GOES_ON`)."""
    lowered = line.lower()
    if len(line) > _NOTICE_LINE or not any(w in lowered for w in ("ignor", "continu", "deal")):
        return False
    return _GOES_ON.search(line) is not None


#: The annotations of a warning and of an error (``##[warning]``, ``::error``...), which
#: cleaning strips.
_WARNING_MARK = re2.compile(r"##\[(?:warning|debug)\]|^\s*::(?:warning|debug)", _OPTIONS)
_ERROR_MARK = re2.compile(r"##\[error\]|^\s*::error", _OPTIONS)


def _marked_lines(lines: Sequence[str], raw: str) -> tuple[frozenset[int], frozenset[int]]:
    """The indices of ``lines`` that ``raw`` marks as warnings (or debug), and as errors.

    A warning or a debug line names no cause; a line the CI marks as an error does, unless it is a
    wrapper line. Cleaning drops the marks, and keeps line numbers unless it splits
    Jenkins' ``<br>``: then nothing is known.
    """
    if "warning" not in raw and "error" not in raw and "debug" not in raw:
        return frozenset(), frozenset()
    raw_lines = _as_pasted(raw, lines)
    if not raw_lines:
        return frozenset(), frozenset()
    warnings, errors = set(), set()
    for index, line in enumerate(raw_lines):
        if ("warning" in line or "debug" in line) and _WARNING_MARK.search(line) is not None:
            warnings.add(index)
        elif "error" in line and _ERROR_MARK.search(line) is not None:
            errors.add(index)
    return frozenset(warnings), frozenset(errors)


#: pytest's separator between the frames of a long traceback ("_ _ _ _ ..."), and the location
#: line that ends a frame ("venv/.../pluggy/_manager.py:80: ", "test_x.py:12: AssertionError").
#: Between them, the frame's source, indented by four spaces or marked with ">".
_PYTEST_SEPARATOR = re2.compile(r"^(?:_ ){10,}_?\s*$", _OPTIONS)
_PYTEST_LOCATION = re2.compile(r"^\S+:\d+:(?:\s|$)", _OPTIONS)


def _pytest_source_lines(lines: Sequence[str], raw: str) -> frozenset[int]:
    """The indices of ``lines`` that are a frame's source in pytest's long traceback: after its
    separator ("_ _ _ ..."), the lines ``raw`` indents by four spaces or marks with ">", up to
    the frame's location line. The code a test or a plugin runs says no more than a frame does,
    whatever its words (``raise session.Interrupted("%d error%s during collection")``: round
    66's 046); the "E" lines under it are the failure, and are judged.

    Cleaning takes the indentation: ``raw`` is read, when its lines are ``lines``'.
    """
    if "_ _ _ _ _" not in raw:
        return frozenset()
    raw_lines = _as_pasted(raw, lines)
    if not raw_lines:
        return frozenset()
    found: set[int] = set()
    in_frame = False
    for index, raw_line in enumerate(raw_lines):
        line = lines[index].strip()
        if not line:
            continue
        if _PYTEST_SEPARATOR.match(line):
            in_frame = True
        elif in_frame and _PYTEST_LOCATION.match(line):
            in_frame = False
        elif in_frame and raw_line.endswith(line):
            indent = raw_line[: len(raw_line) - len(line)]
            if indent.endswith("    ") or indent.rstrip().endswith(">"):
                found.add(index)
    return frozenset(found)


#: A frame of a Python traceback, printed above the line of source it ran.
_PYTHON_FRAME = re2.compile(r'^\s*(?:> )?File "[^"\n]+", line \d+, in \S+\s*$', _OPTIONS)
#: A frame's header in cleo's traceback (Poetry: "  13  .venv/.../chef.py:88 in _prepare_sdist"),
#: and the numbered source lines under it ("→  88│ return self._prepare(", its bar cleaned).
_CLEO_FRAME = re2.compile(r"^\s*\d{1,4} +\S+\.py:\d+ in [\w<>.]+$", _OPTIONS)
_CLEO_SOURCE = re2.compile(r"^(?:→ +)?\d{1,6}(?:│|\s|$)", _OPTIONS)


#: A compiler's diagnostic and its kind (javac, javadoc, gcc, clang): a warning is printed above
#: the line of source it quotes, a note belongs to the diagnostic above it.
_COMPILER_DIAGNOSTIC = re2.compile(r"\S:\d+(?::\d+)?: (warning|(?:fatal )?error|note): ", _OPTIONS)


def _diagnostic_of(line: str) -> str:
    """The kind of compiler diagnostic ``line`` is (``warning``, ``error``, ``fatal error``,
    ``note``), or empty."""
    found = (
        _COMPILER_DIAGNOSTIC.search(line)
        if ": " in line and ("error: " in line or "warning: " in line or "note: " in line)
        else None
    )
    return found.group(1) if found is not None else ""


#: A line of electron-builder's or GoReleaser's log (builder-util's and apex/log's cli handler):
#: its level's mark, the message, two spaces or more and its fields ("  • loaded configuration
#: file=electron-builder.yml", "   • building binaries  parallelism=4"). Every level but error
#: is marked "•"; the error's mark is "⨯".
_BULLET_LOG_LINE = re2.compile(r"(?m)^[ \t]*• \S[^\n]*? {2,}[A-Za-z_.]+=", _OPTIONS)


def _logs_levels_as_bullets(raw: str) -> bool:
    """Whether ``raw`` holds two lines or more of a log whose levels below error are marked "•"
    (:data:`_BULLET_LOG_LINE`): in it, a "•" line is a step, an info or a warning, not the
    failure, whatever its words ("• public/electron.js not found. Please see ...", the react-cra
    preset's note, over a build cut before its error: round 72's 018). A person's list in chat,
    with no fields, is not such a log."""
    if "• " not in raw or "=" not in raw:
        return False
    return any(count >= 2 for count, _ in enumerate(_BULLET_LOG_LINE.finditer(raw), start=1))


#: RVM's notice that the Ruby a project asks for is not installed, and its hint under it.
_RVM_NOT_INSTALLED = re2.compile(r"^Required ruby-[\w.-]+ is not installed\.$", _OPTIONS)

#: An input of a GitHub step as its log prints it under ``with:`` (``key: value`` once
#: cleaning has taken the indentation).
_STEP_INPUT = re2.compile(r"^[\w.-]+: ", _OPTIONS)


class _Asides:
    """Which lines of a paste to set aside, asked line by line in order (:meth:`sets_aside`),
    and what they showed on the way: the lines the CI marked as errors (:attr:`errors`, judged
    as causes) and whether a line said the tool went on past what it reports (:attr:`went_on`).
    A ``short_paste`` (a few lines) keeps its deprecations: one may be what broke."""

    def __init__(self, lines: Sequence[str], raw: str, *, short_paste: bool) -> None:
        self._lines = lines
        self._short_paste = short_paste
        self._warnings, self.errors = _marked_lines(lines, raw)
        self._pytest_source = _pytest_source_lines(lines, raw)
        self._below_error_bullets = _logs_levels_as_bullets(raw)
        self._cabal_listing = any(_CABAL_FOUND in line for line in lines)
        self.went_on = False
        # What a line above opened, to which the lines below it belong.
        self._cmake_warning = self._highlights = self._build_checks = False
        self._cleo_frame = self._inputs = self._compiler_warned = False
        # The lines as pasted, with their indentation (empty when cleaning did not keep them
        # one for one), and the indentation of the "env:" or "with:" line over a step's inputs.
        self._rows = _as_pasted(raw, lines) if raw else []
        self._inputs_indent = -1
        # Python's report when sys.excepthook itself raised (Ubuntu's apport hook failing to
        # import apt_pkg): that traceback is the hook's, and the program's own follows "Original
        # exception was:" (round 71's 068).
        self._excepthook = False
        # Scalingo's builder cleaning what .slugignore lists (round 82's 144).
        self._slugignore = False
        # Xcode's DVTAssertions warning, its Details, Object, Method and Thread lines to its
        # closing plea to file a bug (round 84's 253).
        self._dvt_warning = False

    def _ruby_installed_after(self, index: int, line: str) -> bool:
        """Whether ``line`` is RVM's "Required ruby-X is not installed." and one of the next
        lines says the build goes on to install that Ruby: Netlify's build image prints
        "Attempting ruby version X, read from .ruby-version file" after it and installs it, so
        RVM's notice (and its "To install do: ..." under it) is no failure (round 80's 091)."""
        if _RVM_NOT_INSTALLED.match(line) is None:
            return False
        return any(
            _without_line_prefix(later).startswith("Attempting ruby version ")
            for later in self._lines[index + 1 : index + 4]
        )

    def sets_aside(self, index: int, line: str) -> bool:
        """Whether ``line``, the paste's line ``index`` without its prefix, names no cause
        whatever its words."""
        lines = self._lines
        if self._dvt_warning:
            self._dvt_warning = _DVT_WARNING_END not in line
            return True
        if "DVTAssertions: Warning in " in line and any(
            _DVT_WARNING_END in later for later in lines[index + 1 : index + _DVT_WARNING_LINES]
        ):
            self._dvt_warning = True
            return True  # Xcode's internal assertion, logged as a warning: the build went on
        # A CMake warning's indented paragraphs, to its first unindented line.
        if self._cmake_warning:
            self._cmake_warning = not line or lines[index][:1] in (" ", "\t")
            if self._cmake_warning:
                return True
        if line.startswith(_CMAKE_WARNINGS):
            self._cmake_warning = True
            return True
        if line.startswith("-- ") and _CMAKE_CHECK.match(line):
            return True
        if self._highlights:  # a new Gradle's release highlights name features, not causes
            self._highlights = line.startswith("- ")
            if self._highlights:
                return True
        if line == _GRADLE_HIGHLIGHTS:
            self._highlights = True
            return True
        if self._build_checks:  # BuildKit's build checks: lint warnings, each a "- " item
            self._build_checks = line.startswith("- ")
            if self._build_checks:
                return True
        if "(use docker --debug to expand)" in line and _BUILD_CHECKS.match(line):
            self._build_checks = True
            return True
        if self._slugignore:
            # the paths it removed, and those it lists that are not there: the build goes on
            self._slugignore = _SLUGIGNORE_ITEM.match(line) is not None
            if self._slugignore:
                return True
        if line == _SLUGIGNORE_STEP:
            self._slugignore = True
            return True
        if self._excepthook:  # the hook's traceback, to the program's ("Original exception was:")
            self._excepthook = line != "Original exception was:"
            return True
        if line == "Error in sys.excepthook:":
            self._excepthook = True
            return True
        if not line:
            self._inputs = self._cleo_frame = False
            return True
        if self._cleo_frame and _CLEO_SOURCE.match(line):
            return True  # a cleo frame's source lines: code, whatever words they hold
        self._cleo_frame = ".py:" in line and _CLEO_FRAME.match(line) is not None
        if self._cleo_frame:
            return True
        if index in self._warnings or index in self._pytest_source:
            return True
        if not self._short_paste and "eprecat" in line and _DEPRECATED.search(line) is not None:
            return True  # among a log's lines, a deprecation is a warning in other words
        if _goes_on(line):  # the tool went on past it: a warning in other words
            self.went_on = True
            return True
        if index and lines[index - 1].rstrip().endswith(_FAILURE_IGNORED):
            # the output of a command echoed with "|| true" after it (make's echo of a cleanup,
            # "docker stop x && docker rm -v x || true", then "Error response from daemon: No such
            # container: x"; round 82's 112): its failure was ignored, and the run went on
            self.went_on = True
            return True
        if line.startswith("Required ruby-") and self._ruby_installed_after(index, line):
            self.went_on = True
            return True
        if self._below_error_bullets and line.startswith("• "):
            return True  # electron-builder's or GoReleaser's line below the error level
        if (
            index
            and 'File "' in lines[index - 1]
            and _PYTHON_FRAME.search(lines[index - 1]) is not None
            and _EXCEPTION_LINE.search(line) is None
        ):
            return True  # the frame's source line: code, whatever words it holds
        if _is_an_msbuild_warning(line):
            return True  # a warning, or a message, whatever its words
        if "Warning: " in line and _PYTHON_WARNING.search(line) is not None:
            return True  # a warning, whatever its message
        if (
            index
            and "Warning: " in lines[index - 1]
            and _PYTHON_WARNING.search(lines[index - 1]) is not None
        ):
            return True  # the source line Python's warnings module prints under a warning
        if line.endswith(_GRADLE_SKIPPED_JAVA) and _GRADLE_JAVA_INSTALLATION.match(line):
            return True
        if self._cabal_listing and line.startswith("No ") and _CABAL_NO_PROGRAM.match(line):
            return True
        if index and _diagnostic_of(lines[index - 1]) == "warning":
            return True  # the source line a compiler quotes under its warning
        diagnostic = _diagnostic_of(line)
        if diagnostic == "note" and self._compiler_warned:
            return True  # a note under a warning is the warning's
        if diagnostic and diagnostic != "note":
            self._compiler_warned = diagnostic == "warning"
        if line in ("with:", "env:"):  # a GitHub step's inputs follow
            self._inputs = True
            self._inputs_indent = self._indent_of(index)
            return True
        if (
            self._inputs
            and _STEP_INPUT.search(line) is not None
            and not _LABELS.match(line)
            and self._below_the_inputs_line(index)
        ):
            return True
        self._inputs = False
        return False

    def _indent_of(self, index: int) -> int:
        """How far line ``index`` is indented as pasted (-1 when the rows are not known)."""
        if not self._rows or index >= len(self._rows):
            return -1
        row = self._rows[index]
        return len(row) - len(row.lstrip())

    def _below_the_inputs_line(self, index: int) -> bool:
        """Whether line ``index`` is indented below the "env:" or "with:" line, as a step's
        inputs are (or the rows are not known). The step's output that follows the inputs is
        not ("cp: failed to get attributes of './**': No such file or directory" right below
        them, as a copied log shows it without its group's end: round 73's 211). The "env:" line
        at the row's start (after a timestamp the cleaning cuts) tells nothing: round 10's 048."""
        indent = self._indent_of(index)
        return indent < 0 or self._inputs_indent <= 0 or indent > self._inputs_indent
