"""Wrapper lines: what CI systems and build tools print around a failure, not its cause.

A paste that shows only ``Process completed with exit code 1`` (or ``ERROR: Job failed``,
``npm ERR! code ELIFECYCLE``, ``make: *** [all] Error 2``…) cannot be diagnosed: the
cause was printed above it. :func:`find_wrapper` recognises such a paste, and says which
system printed it, so the answer can say where that system keeps the full log.

The patterns are RE2 and run on cleaned lines (timestamps and ``##[error]`` prefixes
already stripped), in one pass over the text with an ``re2.Set``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import re2

#: (system, pattern) for each wrapper line. The system names where the full log is.
WRAPPERS: tuple[tuple[str, str], ...] = (
    # GitHub Actions
    ("github", r"^(?:Error: )?Process completed with exit code \d+\.?$"),
    ("github", r"^(?:Error: )?The process '[^'\n]{1,300}' failed with exit code \d+$"),
    # GitLab CI
    ("gitlab", r"^ERROR: Job failed: (?:command terminated with )?exit code \d+"),
    ("gitlab", r"^command terminated with exit code \d+$"),
    # Jenkins
    ("jenkins", r"^(?:ERROR: )?script returned exit code \d+$"),
    ("jenkins", r"^Build step '[^'\n]{1,100}' marked build as failure$"),
    ("jenkins", r"^Finished: (?:FAILURE|UNSTABLE)$"),
    # Azure Pipelines
    ("azure", r"^(?:Bash|Cmd\.exe|PowerShell|pwsh) exited with code '-?\d+'\.?$"),
    ("azure", r"^Script failed with (?:exit code|error): "),
    # CircleCI
    ("circleci", r"^Exited with (?:code|status) (?:exit status )?\d+$"),
    # Travis CI
    ("travis", r"^The command \"[^\"\n]{1,500}\" (?:exited|failed and exited) with \d+\.?$"),
    ("travis", r"^Done\. Your build exited with \d+\.$"),
    # Netlify, Vercel and others that run an npm script
    ("netlify", r"^(?:Build script returned non-zero exit code: \d+|\"build\.command\" failed)"),
    ("vercel", r"^Error: Command \"[^\"\n]{1,300}\" exited with \d+$"),
    # npm, yarn, pnpm
    ("npm", r"^npm (?:ERR!|error) code ELIFECYCLE$"),
    ("npm", r"^npm (?:ERR!|error) errno -?\d+$"),
    ("npm", r"^npm (?:ERR!|error) [^\n]{1,200}: `[^`\n]{1,300}`$"),
    ("npm", r"^npm (?:ERR!|error) Exit status \d+$"),
    ("npm", r"^npm (?:ERR!|error) Failed at the \S+ \S+ script"),
    ("npm", r"^npm (?:ERR!|error) This is probably not a problem with npm"),
    (
        "npm",
        r"^npm (?:ERR!|error) (?:Lifecycle script `[^`\n]{1,200}` failed with error"
        r"|command failed|command (?:sh|bash|cmd\.exe) )",
    ),
    ("npm", r"^npm (?:ERR!|error) A complete log of this run can be found in"),
    ("npm", r"^npm (?:ERR!|error) (?:path|workspace|location) "),
    ("npm", r"^npm (?:ERR!|error)\s*$"),
    ("yarn", r"^(?:error )?Command failed with exit code \d+\.?$"),
    ("yarn", r"^info Visit https://yarnpkg\.com/en/docs/cli/\S+ for documentation"),
    ("pnpm", r"^\S*\s*ERR_PNPM_(?:RECURSIVE_RUN_FIRST_FAIL|RECURSIVE_EXEC_FIRST_FAIL)\b"),
    ("pnpm", r"^\S*\s*ELIFECYCLE\s+(?:Command|Test) failed with exit code \d+\.?$"),
    # make, shells, subprocesses
    ("make", r"^(?:g?make|mingw32-make)(?:\[\d+\])?: \*\*\* \[[^\]\n]{0,300}\] Error \d+"),
    ("shell", r"^(?:Error: )?exit status \d+$"),
    ("shell", r"returned non-zero exit status \d+\.?$"),
    # Gradle, Maven
    ("gradle", r"^FAILURE: Build failed with an exception\.$"),
    ("gradle", r"^\* What went wrong:$"),
    ("gradle", r"^BUILD FAILED in "),
    ("gradle", r"^Execution failed for task '[^'\n]{1,200}'\.$"),
    ("gradle", r"^> Process '[^'\n]{1,300}' finished with non-zero exit value \d+$"),
    ("gradle", r"^\* Try:$"),
    ("gradle", r"^> Run with --(?:stacktrace|info|debug|scan)"),
    ("maven", r"^\[ERROR\] Failed to execute goal [^\n]{1,400}$"),
    ("maven", r"^\[(?:ERROR|INFO)\] BUILD FAILURE$"),
    (
        "maven",
        r"^\[ERROR\] (?:-> \[Help 1\]|Re-run Maven using the -X switch|To see the full "
        r"stack trace|For more information about the errors|\[Help 1\] http)",
    ),
    ("maven", r"^\[ERROR\]\s*$"),
    # Docker / BuildKit
    (
        "docker",
        r"(?:^ERROR: |^Error: |^)failed to solve: process \"[^\"\n]{1,500}\" did not complete "
        r"successfully: exit code: \d+",
    ),
    ("docker", r"^The command '[^'\n]{1,500}' returned a non-zero code: \d+$"),
)

#: Systems that say where the full log is; tools (npm, make…) fall back to the CI's.
CI_SYSTEMS = frozenset(
    ["github", "gitlab", "jenkins", "azure", "circleci", "travis", "netlify", "vercel"]
)

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.never_nl = True

#: A line that still names a cause once wrapper lines are set aside.
_CAUSE_WORDS = re2.compile(
    r"(?i)(?:error|fail|fatal|denied|exception|killed|unable|cannot|can't|could not|"
    r"not found|invalid|refused|forbidden|unauthori[sz]ed|timed? ?out|no such|panic|abort|"
    r"missing|mismatch|exceeded|ENO[A-Z]+|E\d{3}\b)",
    _OPTIONS,
)


#: Lines only a log has: timestamps, CI markers, tool prefixes, shell traces, stack frames.
_LOG_LINE = re2.compile(
    r"^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|##\[|::(?:error|warning)|"
    r"\[(?:ERROR|INFO|WARN(?:ING)?|DEBUG)\]|npm (?:ERR!|error|WARN|warn)|yarn |error |Error: |"
    r"fatal: |warning: |\$ |\+ |Run |Step \d+/\d+|#\d+ |at \S+ \(|File \"|Traceback|"
    r"\S+\.(?:py|js|ts|go|rs|java|kt|rb|c|cc|cpp|h):\d+|E\s{2,}|FAILED |PASS |FAIL |ERROR:|"
    r"> Task |BUILD |Exit code|exit code|Exited with)",
    _OPTIONS,
)


def looks_like_log(text: str) -> bool:
    """Whether a chat message is a pasted log: a code block, or two lines only a log has.

    A channel gets the wrapper guidance only for such a message; a sentence that merely
    mentions an exit code is conversation.
    """
    if "```" in text:
        return True
    count = 0
    for line in text.split("\n")[:500]:
        if _LOG_LINE.search(line) is not None or is_wrapper_line(line):
            count += 1
            if count >= 2:
                return True
    return False


def _compile_set() -> Any:
    wrappers = re2.Set.SearchSet(_OPTIONS)
    for _, pattern in WRAPPERS:
        wrappers.Add(pattern)
    wrappers.Compile()
    return wrappers


_WRAPPER_SET = _compile_set()


@dataclass(frozen=True)
class Wrapper:
    """The wrapper line that a paste ends in, and the system that printed it."""

    system: str
    line: str
    line_no: int


def is_wrapper_line(line: str) -> bool:
    """Whether ``line`` (cleaned) is one a CI system or build tool prints around a failure."""
    return bool(_WRAPPER_SET.Match(line.strip()))


def find_wrapper(lines: Sequence[str]) -> Wrapper | None:
    """The wrapper a paste shows instead of a cause, or ``None``.

    ``lines`` are cleaned lines. The paste is wrapper-only when it holds a wrapper line
    and no other line names a cause (an error the catalog does not know is a cause: the
    answer then is "unknown error", not "paste more"). The system is the CI system of
    the last wrapper line that names one, else the tool of the last wrapper line.
    """
    last: Wrapper | None = None
    last_ci: Wrapper | None = None
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        hits = _WRAPPER_SET.Match(line)
        if not hits:
            if _CAUSE_WORDS.search(line) is not None:
                return None
            continue
        system = WRAPPERS[min(hits)][0]
        last = Wrapper(system, line, index + 1)
        if system in CI_SYSTEMS:
            last_ci = last
    return last_ci or last
