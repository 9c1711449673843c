"""What redaction changes in the pastes we hold: every span, with its rule and its line.

python -m benchmarks.redaction [--spans]

Runs ``redact`` over every paste in tests/fixtures (the held-out rounds, logs, wild,
unrelated) and samples/, rule by rule as ``redact`` applies them, and prints how many
files and spans each rule changes; ``--spans`` lists each distinct changed line too (the
rule, the text before and after), to tell real secrets from ordinary text. A held-out round
still being collected (its README says so) is not read: see ``SKIPPED``.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from slackbot import redaction

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
#: A held-out sample being collected: unseen until it is measured, so never read here.
SKIPPED = frozenset({"heldout-r78"})


def pastes() -> list[Path]:
    """Every paste we hold, in a stable order."""
    folders = [
        path
        for path in sorted(FIXTURES.iterdir())
        if path.is_dir()
        and path.name not in SKIPPED
        and (path.name.startswith("heldout") or path.name in {"logs", "wild", "unrelated"})
    ]
    folders.append(ROOT / "samples")
    return [path for folder in folders for path in sorted(folder.rglob("*.log"))]


#: Characters of context kept on each side of a changed span.
CONTEXT = 70


def changed_spans(text: str) -> list[tuple[int, str, str, str]]:
    """(rule number, text before, the span replaced, text after) for each span ``redact``
    replaces in ``text``, the context cut at the line's ends."""
    spans: list[tuple[int, str, str, str]] = []
    for number, rule in enumerate(redaction._RULES):
        current = text

        def replace(match: Any, number: int = number, current: str = current) -> str:
            whole: str = match.group(0)
            replaced = redaction._replace(match)
            if replaced != whole:
                # What ``_replace`` swaps: the rule's one group, or the whole match.
                start, end = match.span(1) if match.re.groups else match.span()
                line_start = current.rfind("\n", 0, start) + 1
                line_end = current.find("\n", end)
                line_end = len(current) if line_end < 0 else line_end
                before = current[max(line_start, start - CONTEXT) : start]
                after = current[end : min(line_end, end + CONTEXT)]
                spans.append((number, before, current[start:end], after))
            return replaced

        text = rule.sub(replace, text)
    return spans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", action="store_true", help="list each distinct changed line")
    args = parser.parse_args(argv)
    files = changed_files = 0
    spans_by_rule: Counter[int] = Counter()
    files_by_rule: dict[int, set[Path]] = defaultdict(set)
    lines: Counter[tuple[int, str, str, str]] = Counter()
    for path in pastes():
        files += 1
        spans = changed_spans(path.read_text(encoding="utf-8", errors="replace"))
        changed_files += bool(spans)
        for number, before, secret, after in spans:
            spans_by_rule[number] += 1
            files_by_rule[number].add(path)
            lines[(number, before.lstrip(), secret[:CONTEXT], after.rstrip())] += 1
    print(f"{files} pastes, {changed_files} changed, {sum(spans_by_rule.values())} spans")
    print(f"{len(lines)} distinct changed spans\n")
    print("| rule | files | spans | pattern |")
    print("|---:|---:|---:|---|")
    for number, count in sorted(spans_by_rule.items()):
        pattern = redaction._RULES[number].pattern
        short = pattern if len(pattern) <= 60 else pattern[:57] + "..."
        print(f"| {number} | {len(files_by_rule[number])} | {count} | `{short}` |")
    if args.spans:
        for (number, before, secret, after), count in sorted(lines.items()):
            print(f"[{number}] x{count} {before}>>{secret}<<{after}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
