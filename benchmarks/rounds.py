"""Held-out rounds: the lists a new round is checked against, the merge checks, a summary.

    python -m benchmarks.rounds lists OUT             # prior-queries.txt, excluded-urls.txt
    python -m benchmarks.rounds check ROUND [--write FOLDER] [--parts ABCD]
    python -m benchmarks.rounds briefs ROUND --frozen CHECKOUT --deadline HH:MM --stop HH:MM
    python -m benchmarks.rounds counts ROUND [--parts ABCD]
    python -m benchmarks.rounds summary [--misses] [--dump FILE] FOLDER... | tuned
    python -m benchmarks.rounds relabel | floors | today-rows | compare | readme ...

A round is collected in parts (``ROUND/A``, ``ROUND/B``…, each with its ``NNN.log`` files and
``.sent.txt`` of the queries it sent, as ``tests/fixtures/heldout-brief.md`` asks), against
``ROUND/catalog-list.txt`` (the ``ci-error list`` of a frozen checkout) and the two lists
``lists`` writes there. ``check`` runs the merge checks and, with ``--write``, copies the parts'
files into one folder numbered in part order. ``briefs`` writes each part's brief (the task
header ``tests/fixtures/heldout-task.md``, then ``heldout-brief.md``, with the round's paths).
``summary`` prints one line per sample (a folder
of ``tests/fixtures`` or any path), ``tuned`` standing for every sample already tuned on.
The upkeep commands (``relabel``, ``floors``, ``today-rows``, ``compare``, ``readme``) live in
``benchmarks/round_upkeep.py``.
"""

from __future__ import annotations

import argparse
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.accuracy import FIXTURES, HELD_OUT, evaluate_heldout, hint_of, load_fixture
from slackbot.catalog import load_catalog
from slackbot.matching import Matcher, MatchResult
from slackbot.redaction import redact

ROOT = FIXTURES.parent.parent
HEADER_KEYS = ("expect", "kind", "cause", "system", "source", "query")
KINDS = ("tooling", "user-code", "wrapper-only")
#: Word-set Jaccard at or above which a query near-copies another (the brief's rule).
NEAR_COPY = 0.6
_THREAD = re.compile(
    r"github\.com/([\w.-]+)/([\w.-]+)/(issues|pull|pulls|discussions)/(\d+)", re.IGNORECASE
)
_WORD = re.compile(r"[a-z0-9]+")
_TABLE_ROW = re.compile(r"^\|\s*\d+\s*\|")
_QUOTED_PHRASE = re.compile(r'"([^"\n]+)"|\u201c([^\u201d\n]+)\u201d')


def thread_of(url: str) -> str | None:
    """A GitHub thread as ``github.com/owner/repo/issues/N`` (a pull request read as an issue)."""
    found = _THREAD.search(url)
    if found is None:
        return None
    owner, repo, kind, number = found.groups()
    kind = "issues" if kind.lower() in ("pull", "pulls") else kind.lower()
    return f"github.com/{owner.lower()}/{repo.lower()}/{kind}/{number}"


def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def near_copy(a: str, b: str) -> bool:
    """Whether two queries are the same or near-copies (word-set Jaccard >= 0.6)."""
    if a.lower() == b.lower():
        return True
    wa, wb = words(a), words(b)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= NEAR_COPY


def _long_enough(text: str) -> bool:
    return len(re.findall(r"[A-Za-z0-9]+", text)) >= 4


def prior_queries(fixtures: Path = FIXTURES) -> list[str]:
    """Every query of the earlier rounds: ``# query:`` lines, the READMEs' query-table cells and
    quoted phrases of four words or more (case-insensitively unique, in order)."""
    found: list[str] = []
    for folder in sorted(fixtures.glob("heldout*")):
        for path in sorted(folder.glob("*.log")):
            query = load_fixture(path).labels.get("query")
            if query:
                found.append(query)
        readme = folder / "README.md"
        if not readme.exists():
            continue
        text = readme.read_text(encoding="utf-8", errors="replace")
        for line in text.splitlines():
            if _TABLE_ROW.match(line):
                found += [c.strip().strip("`") for c in line.split("|") if _long_enough(c)]
        found += [a or b for a, b in _QUOTED_PHRASE.findall(text) if _long_enough(a or b)]
    unique: dict[str, str] = {}
    for query in found:
        unique.setdefault(query.lower(), query)
    return list(unique.values())


def named_threads(root: Path = ROOT) -> set[str]:
    """Every GitHub thread the project names (README, docs, tests, catalog, samples, benchmarks)."""
    threads: set[str] = set()
    paths = [root / "README.md"]
    for folder in ("docs", "tests", "catalog", "samples", "benchmarks"):
        paths += [p for p in (root / folder).rglob("*") if p.is_file()]
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for found in _THREAD.finditer(text):
            thread = thread_of(found.group(0))
            if thread:
                threads.add(thread)
    return threads


@dataclass(frozen=True)
class Paste:
    """One collected file of a part: its header and its text."""

    part: str
    path: Path
    header: dict[str, str]
    text: str


def read_part(folder: Path) -> Iterator[Paste]:
    """A part's files, read as the accuracy benchmark reads them (one without its ``# expect:``
    line has no header, which the checks report)."""
    for path in sorted(folder.glob("[0-9][0-9][0-9].log")):
        try:
            fixture = load_fixture(path)
        except ValueError:
            yield Paste(folder.name, path, {}, path.read_text(encoding="utf-8"))
            continue
        yield Paste(folder.name, path, fixture.labels, fixture.log)


def sent_queries(folder: Path) -> list[str]:
    """A part's sent queries (``.sent.txt``: one per line, ``N<TAB>theme<TAB>query``).

    A collector may add columns of its own after the query (round 59's part D added a
    names-a-tool flag); a line without the number and theme is the query alone.
    """
    sent = (folder / ".sent.txt").read_text(encoding="utf-8").splitlines()
    return [_query_of(line) for line in sent if line.strip()]


def _query_of(sent_line: str) -> str:
    columns = sent_line.split("\t")
    if len(columns) >= 3 and columns[0].strip().isdigit():
        return columns[2].strip()
    return columns[-1].strip()


def check_round(round_dir: Path, parts: str) -> tuple[list[Paste], list[str]]:
    """The parts' pastes, and every way they break the brief's rules."""
    catalog = (round_dir / "catalog-list.txt").read_text(encoding="utf-8").split("\n")
    ids = {line.split()[0] for line in catalog if line.strip()}
    excluded = set((round_dir / "excluded-urls.txt").read_text().split())
    prior = (round_dir / "prior-queries.txt").read_text(encoding="utf-8").splitlines()
    pastes: list[Paste] = []
    problems: list[str] = []
    taken: dict[str, str] = {}
    queries: list[tuple[str, str]] = []
    for part in parts:
        sent = sent_queries(round_dir / part)
        queries += [(part, q) for q in sent]
        for paste in read_part(round_dir / part):
            name = f"{part}/{paste.path.name}"
            problems += [f"{name}: {p}" for p in _paste_problems(paste, ids, sent)]
            thread = thread_of(paste.header.get("source", ""))
            if thread in excluded:
                problems.append(f"{name}: excluded thread {thread}")
            elif thread in taken:
                problems.append(f"{name}: thread taken by {taken[thread]} too")
            elif thread:
                taken[thread] = name
            pastes.append(paste)
    for index, (part, query) in enumerate(queries):
        earlier = next((p for p in prior if near_copy(query, p)), None)
        if earlier is not None:
            problems.append(f"{part}: query {query!r} near an earlier one, {earlier!r}")
        for other_part, other in queries[:index]:
            if other_part != part and near_copy(query, other):
                problems.append(f"{part}: query {query!r} near part {other_part}'s {other!r}")
    return pastes, problems


def _paste_problems(paste: Paste, ids: set[str], sent: list[str]) -> Iterator[str]:
    header = paste.header
    if tuple(header) != HEADER_KEYS:
        yield f"header keys {list(header)}, not {list(HEADER_KEYS)}"
    expect, kind = header.get("expect", ""), header.get("kind", "")
    if kind not in KINDS:
        yield f"kind {kind!r}"
    if kind == "wrapper-only" and expect != "none":
        yield "a wrapper-only paste labelled with an entry"
    if (kind == "user-code") != expect.startswith("user-code/"):
        yield f"kind {kind} with label {expect}"
    if expect not in ids and expect not in ("none", "user-code/other"):
        yield f"label {expect} is not in the catalog list"
    if thread_of(header.get("source", "")) is None:
        yield f"source {header.get('source')!r} is not a GitHub thread"
    if header.get("query") not in sent:
        yield "query not among the part's sent queries"
    if not paste.text.strip():
        yield "empty paste"
    if redact(paste.text) != paste.text:
        yield "the redaction changes the paste (a token?)"


def write_round(pastes: Iterable[Paste], folder: Path) -> list[str]:
    """Copy the pastes into ``folder`` as 001.log… in order; one mapping line per part."""
    folder.mkdir(parents=True, exist_ok=True)
    spans: dict[str, list[str]] = {}
    for number, paste in enumerate(pastes, start=1):
        shutil.copy(paste.path, folder / f"{number:03d}.log")
        spans.setdefault(paste.part, []).append(f"{number:03d}")
    return [f"part {part}: {s[0]}-{s[-1]}" for part, s in spans.items()]


def count_table(round_dir: Path, parts: str) -> list[str]:
    """The round README's counts table (Markdown rows)."""
    rows: dict[str, list[int]] = {}
    for part in parts:
        folder = round_dir / part
        hs = [p.header for p in read_part(folder)]
        counted = {
            "search look-ups": len(sent_queries(folder)),
            "kept": len(hs),
            "tooling": sum(h.get("kind") == "tooling" for h in hs),
            "tooling with a catalog entry": sum(
                h.get("kind") == "tooling" and h.get("expect") != "none" for h in hs
            ),
            "user-code": sum(h.get("kind") == "user-code" for h in hs),
            "user-code with a class (not `user-code/other`)": sum(
                h.get("kind") == "user-code" and h.get("expect") != "user-code/other" for h in hs
            ),
            "wrapper-only": sum(h.get("kind") == "wrapper-only" for h in hs),
            "local runs (`system: local`)": sum(h.get("system") == "local" for h in hs),
        }
        for label, value in counted.items():
            rows.setdefault(label, []).append(value)
    lines = ["| | " + " | ".join(f"part {p}" for p in parts) + " | total |"]
    lines.append("|---|" + "---|" * (len(parts) + 1))
    for label, values in rows.items():
        total = f"**{sum(values)}**" if label == "kept" else str(sum(values))
        lines.append(f"| {label} | " + " | ".join(map(str, values)) + f" | {total} |")
    return lines


#: Each part's themes and its cap of queries per theme (round 50's split, used since).
PART_THEMES = {
    "A": ("general reports, GitHub Actions, JS/TS, Python", 8),
    "B": (
        "GitLab CI, Jenkins, Azure Pipelines, CircleCI, Bitbucket, Travis, Buildkite, TeamCity, "
        "AppVeyor, Drone/Woodpecker (each its own theme), and the hosted builders (Netlify, "
        "Vercel, Cloud Build, CodeBuild, Amplify, Heroku, Render, Fly, GitHub Pages) together as "
        "one theme",
        4,
    ),
    "C": ("Ruby, PHP, Go, Rust", 8),
    "D": (
        "Java/Maven/Gradle, Android, iOS/Xcode/fastlane, .NET, C/C++/CMake, Docker/registries, "
        "Kubernetes/Helm, Terraform/Ansible/cloud CLIs, git/checkout/LFS",
        4,
    ),
}


def write_briefs(
    round_dir: Path, frozen: Path, deadline: str, stop: str, parts: str = "ABCD"
) -> list[Path]:
    """Write ``brief-X.md`` for each part: the task header, then the brief from "You collect 85"
    with this round's paths; create the shared files the collectors append to."""
    header = (FIXTURES / "heldout-task.md").read_text(encoding="utf-8")
    header = header[header.index("-->") + 4 :]
    body = (FIXTURES / "heldout-brief.md").read_text(encoding="utf-8")
    body = body[body.index("You collect 85") :]
    number = re.sub(r"\D", "", round_dir.name) or round_dir.name
    round_dir.mkdir(parents=True, exist_ok=True)
    for shared in ("sent-all.txt", "taken-all.txt"):
        (round_dir / shared).touch()
    written = []
    for part in parts:
        folder = round_dir / part
        folder.mkdir(parents=True, exist_ok=True)
        themes, cap = PART_THEMES[part]
        text = header.format(
            part=part,
            round=number,
            folder=folder,
            frozen=frozen,
            round_dir=round_dir,
            themes=themes,
            cap=cap,
            deadline=deadline,
            stop=stop,
        ) + _paths_of_round(body, round_dir, frozen, folder)
        path = round_dir / f"brief-{part}.md"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _paths_of_round(body: str, round_dir: Path, frozen: Path, folder: Path) -> str:
    body = body.replace("``", "`")
    body = re.sub(r"`prior-queries\.txt` \([^)]*\)`", f"`{round_dir}/prior-queries.txt`", body)
    body = re.sub(r"`excluded-urls\.txt` \([^)]*\)`", f"`{round_dir}/excluded-urls.txt`", body)
    body = body.replace("<frozen checkout>", str(frozen)).replace("<part folder>", str(folder))
    return body.replace("your part's folder", str(folder))


def summarise(folders: list[str], misses: bool = False, dump: Path | None = None) -> list[str]:
    """One line per sample (pastes, useful, covered, right, guided, user-code, wrong claims,
    needless guidance) and a total; ``dump`` gets one row per paste (label, kind, answer, hint)."""
    matcher = Matcher(load_catalog())
    lines = [f"{'sample':22} pastes useful cov/tool right/cov guided/wrap uc/ucs wrong needless"]
    rows: list[str] = []
    total = [0] * 11
    for name in folders:
        folder = Path(name) if Path(name).is_dir() else FIXTURES / name
        results: list[MatchResult] = []

        def match(text: str, results: list[MatchResult] = results) -> MatchResult:
            results.append(matcher.match(text))
            return results[-1]

        f = evaluate_heldout(match, str(folder.resolve()))
        for path, result in zip(sorted(folder.glob("*.log")), results, strict=True):
            fixture = load_fixture(path)
            got = result.best.entry_id if result.best is not None else "none"
            rows.append(
                f"{folder.name}/{path.name}\t{fixture.expected}\t{fixture.kind}\t{got}\t"
                f"{hint_of(result)}"
            )
        values = [f.pastes, f.useful, f.covered, f.tooling, f.right, f.covered, f.guided]
        values += [f.wrappers, f.recognised, f.user_code, f.wrong_claims]
        total = [a + b for a, b in zip(total, values, strict=True)]
        lines.append(_summary_line(folder.name, values, f.needless_guidance))
        if misses:
            lines += [f"    {miss}" for miss in f.misses]
    lines.append(_summary_line("TOTAL", total, None))
    if dump is not None:
        dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return lines


def _summary_line(name: str, v: list[int], needless: int | None) -> str:
    return (
        f"{name:22} {v[0]:6} {v[1]:6} {v[2]:4}/{v[3]:<4} {v[4]:4}/{v[5]:<4} {v[6]:4}/{v[7]:<4} "
        f"{v[8]:3}/{v[9]:<3} {v[10]:5}" + (f" {needless:5}" if needless is not None else "")
    )


def main(argv: list[str] | None = None) -> int:
    # round_upkeep builds on this module's functions: imported here, not at the top.
    from benchmarks import round_upkeep

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    lists = commands.add_parser("lists", help="write prior-queries.txt and excluded-urls.txt")
    lists.add_argument("out", type=Path)
    check = commands.add_parser("check", help="the merge checks of a collected round")
    check.add_argument("round", type=Path)
    check.add_argument("--parts", default="ABCD")
    check.add_argument("--write", type=Path, help="copy the files, numbered, into this folder")
    counts = commands.add_parser("counts", help="the round README's counts table")
    counts.add_argument("round", type=Path)
    counts.add_argument("--parts", default="ABCD")
    briefs = commands.add_parser("briefs", help="write the collectors' briefs of a new round")
    briefs.add_argument("round", type=Path)
    briefs.add_argument("--frozen", type=Path, required=True, help="the frozen checkout")
    briefs.add_argument("--deadline", required=True, help="HH:MM UTC: stop collecting")
    briefs.add_argument("--stop", required=True, help="HH:MM UTC: README finished")
    briefs.add_argument("--parts", default="ABCD")
    summary = commands.add_parser("summary", help="one line per sample")
    summary.add_argument("folders", nargs="+", help="folders, or 'tuned' for every tuned sample")
    summary.add_argument("--misses", action="store_true")
    summary.add_argument("--dump", type=Path)
    round_upkeep.add_commands(commands)
    args = parser.parse_args(argv)
    if hasattr(args, "upkeep"):
        return round_upkeep.run(args)
    if args.command == "lists":
        args.out.mkdir(parents=True, exist_ok=True)
        queries, threads = prior_queries(), sorted(named_threads())
        (args.out / "prior-queries.txt").write_text("\n".join(queries) + "\n", encoding="utf-8")
        (args.out / "excluded-urls.txt").write_text("\n".join(threads) + "\n", encoding="utf-8")
        print(f"{len(queries)} earlier queries, {len(threads)} threads named")
    elif args.command == "check":
        pastes, problems = check_round(args.round, args.parts)
        print(f"{len(pastes)} pastes, {len(problems)} problems")
        print("\n".join(f"  {problem}" for problem in problems))
        if args.write is not None:
            print("\n".join(write_round(pastes, args.write)))
        return 1 if problems else 0
    elif args.command == "briefs":
        for path in write_briefs(args.round, args.frozen, args.deadline, args.stop, args.parts):
            print(path)
    elif args.command == "counts":
        print("\n".join(count_table(args.round, args.parts)))
    else:
        tuned = [f for f, about in HELD_OUT.items() if "not tuned on" not in about]
        folders = [f for name in args.folders for f in (tuned if name == "tuned" else [name])]
        print("\n".join(summarise(folders, args.misses, args.dump)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
