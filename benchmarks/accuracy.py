"""Accuracy on the regression corpus: right entry first, and unrelated failures matched.

python -m benchmarks.accuracy [--misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from slackbot.catalog import load_catalog
from slackbot.matching import Matcher

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
MARKER = "# expect: "


def read_fixture(path: Path) -> tuple[str, str]:
    """The expected id (or ``none``) and the log without its marker line."""
    first, _, rest = path.read_text(encoding="utf-8", errors="replace").partition("\n")
    if not first.startswith(MARKER):
        raise ValueError(f"{path} lacks its '{MARKER}<id>' line")
    return first[len(MARKER) :].strip(), rest


def evaluate(matcher: Matcher, folder: str) -> tuple[int, int, list[str]]:
    """(right, total, misses) over the fixtures of one folder."""
    right, misses = 0, []
    paths = sorted((FIXTURES / folder).glob("*.log"))
    for path in paths:
        expected, log = read_fixture(path)
        best = matcher.match(log).best
        got = best.entry_id if best else "none"
        if got == expected:
            right += 1
        else:
            misses.append(
                f"{path.name}: expected {expected}, got {got}"
                + (f" ({best.score}: {best.line[:90]!r})" if best else "")
            )
    return right, len(paths), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    matcher = Matcher(load_catalog())
    print("| corpus | logs | right entry first / nothing matched | rate |")
    print("|---|---:|---:|---:|")
    labels = {
        "logs": "curated logs (known errors)",
        "wild": "pasted in public issues",
        "unrelated": "unrelated failures (must match nothing)",
    }
    for folder, label in labels.items():
        right, total, misses = evaluate(matcher, folder)
        print(f"| {label} | {total} | {right} | {100 * right / max(total, 1):.1f} % |")
        if args.misses:
            for miss in misses:
                print(f"|   miss | {miss} | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
