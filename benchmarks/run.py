"""Measure catalog loading and matching speed; print a Markdown table.

    python -m benchmarks.run            # the real catalog, 1 000 and 10 000 entries
    python -m benchmarks.run --sizes 1000

Three tables: the catalog sizes (loading, building, pastes, a 10 MB log, and a process
getting ready from a warm cache, with its resident memory), the shipped catalog on a fixed
set of real pastes, then the command line as a CI step runs it (whole process, median of 5),
beside `grep -c -F -f` of the signatures' literal text over the same file.

Synthetic catalogs are generated under benchmarks/.generated/ (git-ignored).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.accuracy import load_fixture
from benchmarks.generate import generate
from slackbot.catalog import load_catalog
from slackbot.matching import Matcher

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "benchmarks" / ".generated"
UNRELATED = sorted((ROOT / "tests" / "fixtures" / "unrelated").glob("*.log"))
KNOWN = sorted((ROOT / "tests" / "fixtures" / "logs").glob("*.log"))
#: Real pastes that never change (held-out rounds 3 to 12), so that the shipped catalog's
#: paste time compares across catalogs: the size table's pastes come from each catalog's own
#: examples, and move with it.
FIXED_PASTES = [
    path
    for round_no in range(3, 13)
    for path in sorted((ROOT / "tests" / "fixtures" / f"heldout-r{round_no}").glob("*.log"))
]


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _p50_p99_ms(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return ordered[len(ordered) // 2] * 1e3, ordered[int(len(ordered) * 0.99) - 1] * 1e3


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


READY_PROBE = """
import resource, sys, time
from pathlib import Path
started = time.perf_counter()
from slackbot.catalog import load_catalog
from slackbot.matching import load_matcher
root, cache = Path(sys.argv[1]), Path(sys.argv[2])
catalog = load_catalog(root, cache_dir=cache)
matcher = load_matcher(root, cache)
matcher.match("warm")
ready = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # Linux counts the parent's peak at fork in ru_maxrss: VmHWM is this process's own
    with open("/proc/self/status") as status:
        rss = next(int(s.split()[1]) for s in status if s.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    pass
print(f"{ready:.3f} {rss:.0f}")
"""


def _ready(root: Path, cache: Path) -> tuple[float, float]:
    """Seconds and peak MB of a fresh process loading the catalog and matcher from cache."""
    subprocess.run(
        [sys.executable, "-c", READY_PROBE, str(root), str(cache)], check=True, capture_output=True
    )  # fills the cache
    out = subprocess.run(
        [sys.executable, "-c", READY_PROBE, str(root), str(cache)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


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
        ready, resident = _ready(root, Path(cache))
    catalog = load_catalog(root)
    built: list[Matcher] = []
    build = _timed(lambda: built.append(Matcher(catalog)))
    matcher = built[0]
    matcher.prepare()  # as the bot does in the background once it is up
    lines = [e.match.examples[0].split("\n")[-1] for e in catalog]
    pastes = _pastes(lines, 400, rng)
    p50, p99 = _p50_p99_ms([_timed(lambda p=p: matcher.match(p)) for p in pastes])  # type: ignore[misc]
    log = _big_log(10, rng)
    big = statistics.median(_timed(lambda: matcher.match(log)) for _ in range(3))
    return {
        "entries": label,
        "load (YAML)": f"{cold:.2f} s",
        "load (cached)": f"{warm:.2f} s",
        "matcher build": f"{build:.2f} s",
        "ready from warm cache": f"{ready:.2f} s",
        "resident": f"{resident:.0f} MB",
        "paste p50": f"{p50:.2f} ms",
        "paste p99": f"{p99:.2f} ms",
        "10 MB log": f"{big:.2f} s",
    }


def _literals(catalog_root: Path) -> list[str]:
    """The longest plain-text run of each signature (what `grep -F` can look for)."""
    found = []
    for entry in load_catalog(catalog_root):
        for pattern in entry.match.texts:
            runs = re.findall(r"[A-Za-z0-9 _:'.,/-]{8,}", re.sub(r"\\.", " ", pattern))
            if runs:
                found.append(max(runs, key=len).strip())
    return sorted({f for f in found if len(f) >= 8})


def _process(args: list[str], stdin: bytes = b"") -> tuple[float, float]:
    """Wall seconds and peak resident MB of one process (GNU time's %e and %M)."""
    timing = (
        subprocess.run(
            ["/usr/bin/time", "-f", "%e %M", *args],
            input=stdin,
            capture_output=True,
            check=False,
        )
        .stderr.decode()
        .strip()
        .splitlines()[-1]
        .split()
    )
    return float(timing[0]), int(timing[1]) / 1024


def real_pastes() -> list[tuple[str, str]]:
    """The shipped catalog's paste time on ``FIXED_PASTES``: p50, p99 and the whole set."""
    matcher = Matcher(load_catalog())
    matcher.prepare()
    logs = [load_fixture(path).log for path in FIXED_PASTES]
    for log in logs[:50]:
        matcher.match(log)
    runs = [[_timed(lambda log=log: matcher.match(log)) for log in logs] for _ in range(3)]
    best = min(runs, key=sum)  # the quietest of three passes: the machine drifts
    p50, p99 = _p50_p99_ms(best)
    return [
        ("pastes", f"{len(best)}"),
        ("p50", f"{p50:.2f} ms"),
        ("p99", f"{p99:.2f} ms"),
        ("all of them", f"{sum(best):.2f} s"),
    ]


def command_line(rng: random.Random) -> list[tuple[str, str]]:
    cli = [str(Path(sys.executable).parent / "ci-error"), "match"]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as work:
        env_cache = str(Path(work) / "cache")
        import os

        os.environ["CACHE_DIR"] = env_cache
        small = Path(work) / "one.log"
        small.write_text("npm ERR! code E404\n")
        unknown = Path(work) / "unknown.log"
        unknown.write_text("the frobnicator exploded\n")
        big = Path(work) / "big.log"
        big.write_text(_big_log(10, rng))
        huge = Path(work) / "huge.log"
        huge.write_text(_big_log(50, rng))
        literals = Path(work) / "literals.txt"
        literals.write_text("\n".join(_literals(ROOT / "catalog")) + "\n")
        # As an installed package would be: its bytecode written once (pip does it on
        # install; an environment with PYTHONDONTWRITEBYTECODE would otherwise compile
        # every module at every start).
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "slackbot")], check=True
        )
        _process([*cli, str(small)])  # warms the cache

        def median(args: list[str]) -> tuple[float, float]:
            runs = [_process(args) for _ in range(5)]
            return statistics.median(r[0] for r in runs), max(r[1] for r in runs)

        for label, args in (
            ("one line, no known error", [*cli, "--json", str(unknown)]),
            ("one line, known error, JSON", [*cli, "--json", str(small)]),
            ("one line, known error, card", [*cli, str(small)]),
            ("10 MB log", [*cli, "--json", str(big)]),
            ("50 MB log", [*cli, "--json", str(huge)]),
            (
                "grep -c -F -f (signatures' literals), 10 MB",
                ["grep", "-c", "-F", "-f", str(literals), str(big)],
            ),
        ):
            seconds, peak = median(args)
            rows.append((label, f"{seconds:.3f} s · {peak:.0f} MB"))
    return rows


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
    if "real" in args.sizes:
        print()
        print("| the shipped catalog on real pastes (held-out rounds 3 to 12) | |")
        print("|---|---:|")
        for label, value in real_pastes():
            print(f"| {label} | {value} |")
    print()
    print("| the command line, whole process (median of 5) | time · peak memory |")
    print("|---|---:|")
    for label, value in command_line(rng):
        print(f"| {label} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
