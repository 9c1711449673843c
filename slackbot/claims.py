"""Conditions on a claim that hold for every entry of a kind: when the line an entry was
recognised by cannot show what the entry says, the line does not offer it.

An entry's own ``unless`` and ``skip_lines`` say what that entry must not claim; they are
written for the pastes it was tuned on and do not carry to another entry. The rules here are
read off the first-measurement wrong claims of several held-out rounds and apply to every
entry they name, tuned or not. The matcher asks :func:`is_unsupported_user_code_claim` for
each line a user-code class is offered on.
"""

from __future__ import annotations

from collections.abc import Iterable

import re2

from slackbot.suite_failure import is_not_the_projects, line_pattern

#: Where a line places a failure: a Python frame (``File "x.py", line 3``) or a compiler's
#: diagnostic (``x.c:3:5: error:``, ``x.h(12): error C2371:``), rustc's location line or
#: pytest's short frame; whichever group matched is the file (``frame``: pytest's).
_AT_FILE = line_pattern(
    r"^\s*(?:"
    r'File "([^"\n]+)", line \d+'
    r"|((?:[A-Za-z]:)?[^\s:(\"'`]+\.\w+)"
    r"(?::\d+(?::\d+)?:\s*(?:fatal )?error\b|\(\d+(?:,\d+)?\)\s*:\s*(?:fatal )?error\b)"
    # rustc's location line under its error (`  --> path/x.rs:12:5`) and pytest's short
    # traceback frame (`path/x.py:168: in exec_module`): the same place, printed on its own line
    # (prec19: held-out round 79, 173 and round 69, 067, claimed on first sight).
    r"|(?:Error: +)?--> ((?:[A-Za-z]:)?[^\s:]+\.rs):\d+:\d+"
    r"|(?P<frame>(?:[A-Za-z]:)?[^\s:]+\.py):\d+: in \S"
    r")",
)

#: A test module (``test_x.py``, ``x_test.py``, ``conftest.py``): in a pytest frame, the suite
#: under test even where it runs from an install (a distribution's or conda-forge's test phase
#: runs a package's own tests from site-packages; held-out round 68, 021).
_TEST_MODULE = line_pattern(r"(?:^|[/\\])(?:test_[^/\\]*|[^/\\]*_test|conftest)\.py$")

#: A release of a project unpacked right in a home directory (``/root/tool-0.3.5/``,
#: ``/home/dev/app-2.1/``): where a user builds the project they paste about, not a package
#: another tool unpacked, though its name carries a version as a package's does. Also the
#: release makepkg unpacks under a package folder in a home directory
#: (``/home/dev/build/php-x/src/x-5.12.0/``: a user packaging that project's release, held-out
#: round 78, 146); a build chroot's ``/build/<pkg>/src/`` is not a home directory. Also the
#: source package Debian's sbuild unpacks and builds, ``/build/reproducible-path/<pkg>-<version>/``
#: (buildd and reproducible-builds logs): the package under build, its dependencies being
#: installed under ``/usr`` (held-out round 81, 202: CppAD's own header on armhf). Also the
#: source Gentoo's Portage unpacks and builds, ``/var/tmp/portage/<category>/<pkg>-<version>/work/
#: <pkg>-<version>/``: the package under build, as sbuild's (held-out round 83, 253: primecount's
#: bundled libdivide.h under GCC 15).
_OWN_RELEASE = line_pattern(
    r"^(?:/root|/home/[^/\s]+|/Users/[^/\s]+|[A-Za-z]:[/\\]Users[/\\][^/\\\s]+|/build/reproducible-path"
    r"|/var/tmp/portage/[\w+.-]+/[\w+.-]+/work)"
    r"(?:/(?:[^/\s]+/){1,3}src)?"
    r"[/\\][\w.]+-v?\d+\.\d+[\w.+-]*[/\\]",
)


#: An application deployed under ``/opt`` (``/opt/app/main.py``, a container's working
#: directory): the project's own code, unless the folder is one a toolchain or an SDK installs.
_OPT_FOLDER = line_pattern(r"^/opt/([^/\s]+)/")
_OPT_TOOLCHAINS = frozenset(
    (
        "android",
        "android-sdk",
        "anaconda",
        "anaconda3",
        "conda",
        "ghc",
        "homebrew",
        "hostedtoolcache",
        "intel",
        "local",
        "microsoft",
        "miniconda",
        "miniconda3",
        "python",
        "rh",
        "ros",
    )
)


def places_failure_outside_project(line: str) -> bool:
    """Whether ``line`` is a frame or a compiler's diagnostic in a file the project does not
    own (a system or SDK header, a package cache, a toolchain, an unpacked release of a
    package), by the structural recogniser's own test of a file."""
    found = _AT_FILE.search(line)
    if found is None:
        return False
    path = next(group for group in found.groups() if group)
    if found.group("frame") and _TEST_MODULE.search(path) is not None:
        return False
    own = _OWN_RELEASE.search(path) or _deployed_under_opt(path)
    inside = path[own.end() - 1 :] if own is not None else path
    return is_not_the_projects(inside)


def _deployed_under_opt(path: str) -> re2._Match | None:
    found = _OPT_FOLDER.search(path)
    if found is None or found.group(1).lower() in _OPT_TOOLCHAINS:
        return None
    return found


def is_unsupported_user_code_claim(line: str) -> bool:
    """Whether ``line`` cannot show a failure in the user's own code or tests, whichever
    user-code class's pattern it fits.

    A compiler's error in an installed header or a fetched package's source, or a traceback's
    frame in the interpreter's library or a downloaded package's ``setup.py``, is the
    toolchain's or the dependency's failure: the classes that had a skip line for it were
    tuned on it; those that had none claimed it on first sight (held-out rounds 45, 48, 52,
    57, 61, 62 and 70).
    """
    return places_failure_outside_project(line)


#: A line that stands for lines elided from a paste: dots or an ellipsis alone.
_ELISION = line_pattern(r"^\s*(?:\.{2,}|…)\s*$")

#: A linker's header for the list of symbols it could not resolve, which names none itself:
#: Apple's ld64 (``Undefined symbols for architecture x86_64:``) and its newer linker
#: (``ld: Undefined symbols:``) print each symbol and its referrers on the lines after it.
_SYMBOL_LIST_HEADER = line_pattern(r"^\s*(?:ld: )?Undefined symbols(?: for architecture \w+)?:\s*$")


def is_cut_after_symbol_list_header(line: str, lines_after: Iterable[str]) -> bool:
    """Whether ``line`` is a linker's header for the symbols it could not resolve and the
    paste is cut right after it: no line follows it, or only dots that stand for the lines
    left out (``lines_after`` is read only as far as its first line that is not blank).

    Whether such a link failure is the project's is told by the symbols and their referrers
    (a system framework's symbol, a library's, the interpreter's), so the header alone places
    nothing in the project: a Python extension's link on macOS cut after the header was
    claimed as the project's compile error (held-out round 79, 059, labelled none). A line
    that itself reports what failed and ends in a colon (``1 of 7 tests failed:``, an
    exception's message) is not such a header.
    """
    if _SYMBOL_LIST_HEADER.search(line) is None:
        return False
    following = next((later for later in lines_after if later.strip()), None)
    return following is None or _ELISION.search(following) is not None
