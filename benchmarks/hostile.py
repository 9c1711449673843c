"""Hostile inputs: one 40 000-character message per alphabet, timed through every step.

python -m benchmarks.hostile

Each alphabet repeats a fragment that makes a careless regular expression match or
nearly match at every position (runs of separators, unclosed markup, quotes, half
tokens), so a step whose cost grows with the square of a line's length shows at once.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

#: Fragments repeated to the message length; each targets a family of patterns.
ALPHABETS: dict[str, str] = {
    "_a": "_a",
    "a.": "a.",
    "a-": "a-",
    "%": "%",
    "=": "=",
    "/": "/",
    "a/": "a/",
    "<": "<",
    "<@": "<@U",
    "<http": "<http://x|",
    "quotes": "\"'`",
    "nested quotes": "'\"",
    "token=": "token=a",
    "password:": "password: a ",
    "a@": "a@",
    "://": "://a:",
    "1.": "1.",
    "0a": "0a",
    "[": "[",
    "section": "section_start:1:a[",
    "make": "make: *** [",
    "esc]": "\x1b]",
    "##[error]": "##[error]",
    "1 ": "1 ",
    "> ": "> ",
    "backslash": "a\\",
    "tabs": " \t",
    "bearer": "bearer ",
    "eyJ": "eyJaaaaaaaaa.",
    "code 1": "exit code 1 ",
    "cjk": "构建失败",
    "newlines": "a\n",
    "carriage returns": "ab\r",
    "<br>": "x<br>",
    "ansi": "\x1b[31m",
    "error lines": "error: x\n",
    # GitHub's inline line links, CodeBuild's line numbers, indented lines, stack frames.
    "step links": "[1](https://github.com/",
    "line numbers": "1 | ",
    "indent": "    a\n ",
    "frames": "at a.b (",
    # A command's long options and a jobs table's rows (the guidance's cut-log rules).
    "options": "--a=",
    "status": "a FAILED steps=1 ",
    # Monolog's channel and level with its context (the guidance strips them).
    "monolog": "a.INFO: b {} []\n",
    # Go's levelled log, logrus' fields, oh-my-zsh's prompt, Symfony's bracketed exception
    # (lines the guidance reads as naming no cause, or as a wrapper).
    "golog": "2019/12/16 21:46:11 [DEBUG] a\n",
    "logrus": 'time="a" level=info ',
    "prompt": "\u279c  a git:(",
    "symfony": "[Symfony\\",
    # A compiler's diagnostic in an installed header, line after line (the matcher's test of
    # the file a user-code class is offered on).
    "diagnostics": "/usr/a.c:1:2: error: a\n",
    # libtest's failures' heading over the tests' list, pytest's traceback entry and E line
    # (the test runners' reports read by slackbot.tool_output).
    "failures": "failures:\n a_b\n",
    "pytest": "t.py:1: in a\nE a.py::b\n",
    # A secret's name followed by what redaction reads as no secret: a working directory,
    # prose, a variable's name, a Java object, an environment dump's next variable.
    "pwd": "$PWD:/a ",
    "prose": "aToken: ab ",
    "variable": "token=${A}",
    "object": "a-token=a.B$W@1 ",
    "env dump": "A_TOKEN: A_B:",
    # A query string's parameters, each named like a secret (redaction's query-string rule).
    "query": "?a=1&token=a",
    # Buildkite's copied log view (a ``--`` separator over ``  | `` gutters, stripped in
    # cleaning) and minitest's unnumbered heading over a blank line (slackbot.tool_output).
    "buildkite": "--\n  | Failure:\n\n",
    # Lua's assert message and a test script's main chunk at the bottom of its traceback
    # (slackbot.suite_failure), repeated without end.
    "lua": "a.lua:1: assertion failed!\n\ttest.lua:1: in main chunk\n",
    # An error message cut in its path by a console's wrap, over the rest of the path (the
    # guidance joins the two lines).
    "wrapped path": "Error: C:\\a\\b\n\\c.d e\n",
    # A failure notice over the tool's question about what failed, in a code block (the
    # guidance reads the question once per notice; the fence is looked for once a paste).
    "question": "```\nunable to build a/b:c\nis b:c provided by a source?\n",
}

MESSAGE_CHARS = 40_000


def hostile_messages(length: int = MESSAGE_CHARS) -> dict[str, str]:
    """One message of ``length`` characters per alphabet, ending in a real error line."""
    tail = " Error: Process completed with exit code 1."
    return {
        name: (fragment * (length // len(fragment) + 1))[: length - len(tail)] + tail
        for name, fragment in ALPHABETS.items()
    }


def time_once(step: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    step(text)
    return time.perf_counter() - started


def message_pipeline() -> Callable[[str], object]:
    """What the bot does with a pasted message: unmark, match, redact what it quotes."""
    from slackbot.catalog import load_catalog
    from slackbot.listeners.text import slack_to_plain
    from slackbot.matching import Matcher
    from slackbot.redaction import redact

    matcher = Matcher(load_catalog())

    def run(text: str) -> object:
        return matcher.match(slack_to_plain(text)).with_lines(redact)

    return run


def main(argv: list[str] | None = None) -> int:
    from slackbot.listeners.text import slack_to_plain
    from slackbot.matching import clean_log, mask_line
    from slackbot.redaction import redact

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=MESSAGE_CHARS)
    args = parser.parse_args(argv)
    # Each step alone on the whole message (to show each is linear), then the whole path.
    steps: dict[str, Callable[[str], object]] = {
        "slack_to_plain": slack_to_plain,
        "clean_log": clean_log,
        "mask_line": mask_line,
        "redact": redact,
        "whole message": message_pipeline(),
    }
    print(f"| alphabet ({args.chars} chars) | " + " | ".join(steps) + " |")
    print("|---|" + "---:|" * len(steps))
    worst = 0.0
    for name, text in hostile_messages(args.chars).items():
        times = [time_once(step, text) for step in steps.values()]
        worst = max(worst, times[-1])
        print(f"| `{name}` | " + " | ".join(f"{t * 1000:.1f} ms" for t in times) + " |")
    print(f"\nslowest whole message: {worst * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
