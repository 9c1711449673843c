"""Diagnosing a CI run from its link, against the fake GitHub API on loopback.

    python -m benchmarks.runs               # 10 runs of link → diagnosis, then memory
    python -m benchmarks.runs --runs 20

The fakes run in a child process (``--serve``), so they do not compete with the
measured reader for the interpreter. Measured:

* link → diagnosis for a GitHub run with three failed jobs whose logs are 10 MB each
  (real failure lines after build noise): the jobs found, each log streamed from the
  storage host GitHub redirects to, and matched against the real catalog (built once,
  as in the bot); p50 and p95;
* the memory a fresh process gains, over its idle size, while it streams one log
  (``VmHWM`` after ``/proc/self/clear_refs``, Linux): a 50 MB log, and a 60 MB log from
  a host without ranges (its last 50 MB kept while streaming); and for a 50 MB log,
  streaming plus matching.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.ci_fakes import FakeGitHub, FakeLog, GitHubJob, LogStorage

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "ghs_" + "B3nchT0ken" * 4
LOGS = ROOT / "tests" / "fixtures" / "logs"
TAILS = [
    "permissions--github-token-resource-not-accessible--1",
    "config--github-actions-input-required--1",
    "auth--npm-e401-eneedauth--1",
]


def _tail(name: str) -> str:
    return (LOGS / f"{name}.log").read_text("utf-8").split("\n", 1)[1]


def serve() -> int:
    """Start the fakes, print their URLs as one JSON line, serve until stdin closes."""
    storage = LogStorage().start()
    plain = LogStorage(ranges=False).start()
    github = FakeGitHub(TOKEN, storage).start()
    jobs = [
        GitHubJob(
            100 + i,
            f"job {i}",
            steps=[("Set up job", "success"), ("Build", "failure")],
            log=FakeLog(_tail(name), filler_mb=10),
        )
        for i, name in enumerate(TAILS)
    ]
    github.add_run("acme/app", 1, jobs)
    github.add_run(
        "acme/app", 2, [GitHubJob(200, "fifty", log=FakeLog(_tail(TAILS[0]), filler_mb=49.9))]
    )
    github.add_run(
        "acme/app", 3, [GitHubJob(300, "sixty", log=FakeLog(_tail(TAILS[0]), filler_mb=60))]
    )
    no_ranges = FakeGitHub(TOKEN, plain).start()
    no_ranges.add_run(
        "acme/app", 3, [GitHubJob(300, "sixty", log=FakeLog(_tail(TAILS[0]), filler_mb=60))]
    )
    print(
        json.dumps(
            {
                "api": github.api_url,
                "run": github.link("acme/app/actions/runs/1"),
                "fifty": github.link("acme/app/actions/runs/2"),
                "plain_api": no_ranges.api_url,
                "sixty": no_ranges.link("acme/app/actions/runs/3"),
            }
        ),
        flush=True,
    )
    sys.stdin.read()
    return 0


def _env(api: str) -> dict[str, str]:
    return {"GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": api}


def _status() -> dict[str, int]:
    with open("/proc/self/status") as status:
        return {
            line.split(":")[0]: int(line.split()[1]) >> 10
            for line in status
            if line.startswith(("VmHWM", "VmRSS"))
        }


def measure_memory(api: str, url: str, match: bool) -> int:
    """In a fresh process: MB gained over idle while reading (and matching) one log."""
    from slackbot.catalog import load_catalog
    from slackbot.config import run_settings_from_env
    from slackbot.matching import Matcher
    from slackbot.runs import RunReader, parse_run_link

    settings = run_settings_from_env(_env(api))
    matcher = Matcher(load_catalog()) if match else None
    link = parse_run_link(url, settings)
    assert link is not None
    with RunReader(settings) as reader:
        (job,) = reader.failed_jobs(link)
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset VmHWM to the current size
        idle = _status()["VmRSS"]
        log = reader.read_log(job)
        kept = len(log.data)
        if matcher is not None:
            text = log.text()
            del log
            result = matcher.match(text)
            assert result.best is not None
        peak = _status()["VmHWM"]
    print(json.dumps({"growth_mb": peak - idle, "kept_mb": kept / (1 << 20)}))
    return 0


def _memory(api: str, url: str, *, match: bool = False) -> float:
    command = [sys.executable, "-m", "benchmarks.runs", "--memory", api, url]
    if match:
        command.append("--match")
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return float(json.loads(done.stdout)["growth_mb"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--memory", nargs=2, metavar=("API", "URL"), help=argparse.SUPPRESS)
    parser.add_argument("--match", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve()
    if args.memory:
        return measure_memory(*args.memory, match=args.match)

    from slackbot.catalog import load_catalog
    from slackbot.config import run_settings_from_env
    from slackbot.matching import Matcher
    from slackbot.runs import parse_run_link, read_failed_jobs

    fakes = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.runs", "--serve"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert fakes.stdout is not None
        urls = json.loads(fakes.stdout.readline())
        matcher = Matcher(load_catalog())
        settings = run_settings_from_env(_env(urls["api"]))
        totals: list[float] = []
        reads: list[float] = []
        cpu: list[float] = []
        for _ in range(args.runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            link = parse_run_link(urls["run"], settings)
            assert link is not None
            reading = 0.0
            found = []
            mark = time.perf_counter()
            for _job, log in read_failed_jobs(link, settings):
                reading += time.perf_counter() - mark
                result = matcher.match(log.text())
                found.append(result.best.entry_id if result.best else None)
                mark = time.perf_counter()
            totals.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            reads.append(reading)
            assert len(found) == 3 and None not in found, found
            print(f"run: {totals[-1]:.2f} s", file=sys.stderr)
        fifty = _memory(urls["api"], urls["fifty"])
        sixty = _memory(urls["plain_api"], urls["sixty"])
        whole = _memory(urls["api"], urls["fifty"], match=True)
    finally:
        assert fakes.stdin is not None
        fakes.stdin.close()
        fakes.wait(timeout=10)

    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]

    rows = [
        (
            f"link → diagnosis, 3 failed jobs × 10 MB logs: p50 / p95 ({args.runs} runs)",
            f"{pct(totals, 0.5):.2f} / {pct(totals, 0.95):.2f} s",
        ),
        ("… of which reading (API calls, redirects, logs): p50", f"{pct(reads, 0.5):.2f} s"),
        (
            "… CPU time of the reading and matching process: p50 / p95",
            f"{pct(cpu, 0.5):.2f} / {pct(cpu, 0.95):.2f} s",
        ),
        ("memory while streaming a 50 MB log (over idle)", f"{fifty:.0f} MB"),
        ("memory while streaming a 60 MB log without ranges (last 50 MB kept)", f"{sixty:.0f} MB"),
        ("memory while streaming and matching a 50 MB log", f"{whole:.0f} MB"),
    ]
    print("| measure | result |")
    print("|---|---:|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
