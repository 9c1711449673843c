"""Measure catalog loading and matching speed; print a Markdown table.

    python -m benchmarks.run            # the real catalog, 1 000 and 10 000 entries
    python -m benchmarks.run --sizes 1000

Synthetic catalogs are generated under benchmarks/.generated/ (git-ignored).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import generate
from slackbot.catalog import load_catalog
from slackbot.matching import Matcher

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "benchmarks" / ".generated"
UNRELATED = sorted((ROOT / "tests" / "fixtures" / "unrelated").glob("*.log"))
KNOWN = sorted((ROOT / "tests" / "fixtures" / "logs").glob("*.log"))


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _big_log(size_mb: int, rng: random.Random) -> str:
    """A log of ``size_mb`` MB: build noise with known errors in the middle and at the end."""
    noise = [
        "2024-05-01T10:11:12.1234567Z   Compiling module {n} of 9000 (src/pkg{n}/mod.rs)",
        "2024-05-01T10:11:12.1234567Z [INFO] Downloaded from central: https://repo/x/{n}.jar",
        "2024-05-01T10:11:12.1234567Z npm WARN deprecated pkg{n}@1.0.{n}: use something else",
        "2024-05-01T10:11:12.1234567Z test_module_{n}.py::test_case_{n} PASSED",
        "2024-05-01T10:11:12.1234567Z \x1b[32m✓\x1b[0m renders component {n} (12 ms)",
    ]
    errors = [p.read_text("utf-8").split("\n", 1)[1] for p in KNOWN[:5]]
    lines: list[str] = []
    size = 0
    while size < size_mb << 20:
        line = rng.choice(noise).format(n=rng.randrange(100_000))
        lines.append(line)
        size += len(line) + 1
    lines.insert(len(lines) // 2, errors[0])
    lines.append(errors[1])
    return "\n".join(lines)


def _pastes(catalog_lines: list[str], count: int, rng: random.Random) -> list[str]:
    unrelated = [p.read_text("utf-8").split("\n", 1)[1] for p in UNRELATED]
    return [rng.choice(catalog_lines) if i % 2 else rng.choice(unrelated) for i in range(count)]


def measure(size: int | None, rng: random.Random) -> dict[str, str]:
    if size is None:
        root = ROOT / "catalog"
        label = f"{len(load_catalog(root))} (real)"
    else:
        root = GENERATED / f"catalog-{size}"
        if not root.is_dir() or sum(1 for _ in root.glob("*/*.yaml")) != size:
            generate(size, root)
        label = f"{size:,}".replace(",", " ")
    with tempfile.TemporaryDirectory() as cache:
        cold = _timed(lambda: load_catalog(root, cache_dir=Path(cache)))
        warm = _timed(lambda: load_catalog(root, cache_dir=Path(cache)))
    catalog = load_catalog(root)
    built: list[Matcher] = []
    build = _timed(lambda: built.append(Matcher(catalog)))
    matcher = built[0]
    lines = [e.match.examples[0].split("\n")[-1] for e in catalog]
    pastes = _pastes(lines, 400, rng)
    times = sorted(_timed(lambda p=p: matcher.match(p)) for p in pastes)  # type: ignore[misc]
    p50 = times[len(times) // 2] * 1e3
    p99 = times[int(len(times) * 0.99) - 1] * 1e3
    log = _big_log(10, rng)
    big = statistics.median(_timed(lambda: matcher.match(log)) for _ in range(3))
    return {
        "entries": label,
        "load (YAML)": f"{cold:.2f} s",
        "load (cached)": f"{warm:.2f} s",
        "matcher build": f"{build:.2f} s",
        "paste p50": f"{p50:.2f} ms",
        "paste p99": f"{p99:.2f} ms",
        "10 MB log": f"{big:.2f} s",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="real,1000,10000",
        help="comma-separated catalog sizes; 'real' is the shipped catalog",
    )
    args = parser.parse_args(argv)
    rng = random.Random(11)
    rows = []
    for raw in args.sizes.split(","):
        size = None if raw.strip() == "real" else int(raw)
        rows.append(measure(size, rng))
        print(f"measured {rows[-1]['entries']}", file=sys.stderr)
    headers = list(rows[0])
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join("---:" for _ in headers) + "|")
    for row in rows:
        print("| " + " | ".join(row[h] for h in headers) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
