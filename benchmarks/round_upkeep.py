"""Upkeep of the tuned rounds, registered as ``python -m benchmarks.rounds`` commands.

    python -m benchmarks.rounds relabel ROUND NNN EXPECT KIND|- REASON TAG
    python -m benchmarks.rounds floors [SUMMARY] [--write] [--lower] [--add]
    python -m benchmarks.rounds today-rows [SUMMARY] [--write | --check] [--update]
    python -m benchmarks.rounds compare OLD.dump NEW.dump
    python -m benchmarks.rounds readme ROUNDDIR HEADER OUT

SUMMARY is the text output of ``summary tuned`` (``-`` reads stdin); without it, ``floors`` and
``today-rows`` run ``summary tuned`` on this checkout themselves. Each command works on the
checkout given by ``--root`` (by default the one this module is in).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from benchmarks.accuracy import HELD_OUT, evaluate_heldout
from benchmarks.rounds import ROOT, count_table, summarise

KINDS = ("tooling", "user-code", "wrapper-only")
RELABELLED = "## Relabelled since"
FLOORS_FILE = Path("tests/test_heldout_regression.py")
ACCURACY_DOC = Path("docs/accuracy.md")
_FLOORS_COLUMNS = re.compile(
    r"^(heldout(?:-r\d+)?)\s+(\d+)\s+(\d+)\s+\d+/\d+\s+(\d+)/\d+\s+(\d+)/\d+\s+\d+/\d+\s+(\d+)"
)
_FLOOR = re.compile(r'^(    "(heldout(?:-r\d+)?)": )\((\d+), (\d+), (\d+), (\d+)\)(,.*)$')
_ROW_COLUMNS = re.compile(
    r"^(heldout(?:-r\d+)?)\s+(\d+)\s+(\d+)\s+(\d+)/(\d+)\s+(\d+)/(\d+)\s+(\d+)/(\d+)"
    r"\s+\d+/\d+\s+(\d+)"
)
_TODAY = re.compile(r"^\| round (\d+) today \(([^)]*)\) \|")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")

Row = tuple[str, str, str, str]


class UpkeepError(Exception):
    """A refusal: printed as ``COMMAND: message`` on stderr, exit status 1."""


# --- relabel -------------------------------------------------------------------------------


def held_out_of(root: Path) -> dict[str, str]:
    """``root``'s ``benchmarks/accuracy.py`` HELD_OUT, read without importing it."""
    tree = ast.parse((root / "benchmarks" / "accuracy.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "HELD_OUT":
            held_out: dict[str, str] = ast.literal_eval(value)
            return held_out
    raise UpkeepError("benchmarks/accuracy.py has no HELD_OUT")


def round_folder(round_arg: str) -> str:
    """A round's fixture folder: ``1`` is ``heldout``, ``N`` is ``heldout-rN``."""
    name = round_arg.strip()
    if name.startswith("heldout"):
        return name
    if not name.isdigit():
        raise UpkeepError(f"ROUND {round_arg!r} is not a number")
    return "heldout" if int(name) == 1 else f"heldout-r{int(name)}"


def header_end(lines: list[str]) -> int:
    """Index of the first line after the header (``benchmarks.accuracy.load_fixture``'s rule)."""
    for index, line in enumerate(lines):
        key, sep, _ = line[2:].partition(": ")
        header = line.startswith("# ") and sep and key.replace("-", "").isalpha()
        if not header or not key.islower():
            return index
    return len(lines)


def add_to_relabelled(text: str, item: str) -> str:
    """``text`` (a round README) with ``item`` last in its "Relabelled since" section (made at
    the end if missing)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    start = next((i for i, line in enumerate(lines) if line.rstrip() == RELABELLED), None)
    if start is None:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", RELABELLED, "", item]
        return "\n".join(lines) + "\n"
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"#{1,2} ", lines[i])), len(lines)
    )
    last = end - 1
    while last > start and not lines[last].strip():
        last -= 1
    if last == start:  # an empty section: keep the blank line after the heading
        lines.insert(start + 1, "")
        last = start + 1
    lines.insert(last + 1, item)
    return "\n".join(lines) + "\n"


def relabel(
    root: Path, round_arg: str, number: str, expect: str, kind: str, reason: str, tag: str
) -> tuple[list[str], list[str]]:
    """Relabel a tuned round's paste: its ``# expect:`` (and ``# kind:`` unless KIND is ``-``),
    a ``# relabel: OLD -> EXPECT: REASON [kind A -> B] (TAG)`` line after its header, and
    ``- NNN: OLD -> EXPECT (TAG).`` at the end of the README's "Relabelled since" section.

    Refused (UpkeepError): a round HELD_OUT does not list or calls "not tuned on", a file with
    an ``# expect-baseline:`` line, an EXPECT with no catalog file (none and user-code/other
    excepted). Returns (warnings, lines written): a label the merge checks would reject is only
    warned about, as the tuned rounds hold a few.
    """
    number, expect, kind, reason, tag = (a.strip() for a in (number, expect, kind, reason, tag))
    folder = round_folder(round_arg)
    rounds = held_out_of(root)
    if folder not in rounds:
        raise UpkeepError(f"{folder} is not in benchmarks/accuracy.py's HELD_OUT")
    if "not tuned on" in rounds[folder]:
        raise UpkeepError(
            f"{folder} is held out ({rounds[folder]!r}): not relabelled by this script"
        )
    number = re.sub(r"\.log$", "", number)
    if not number.isdigit():
        raise UpkeepError(f"NNN {number!r} is not a number")
    number = f"{int(number):03d}"
    path = root / "tests" / "fixtures" / folder / f"{number}.log"
    readme = path.parent / "README.md"
    if not path.is_file():
        raise UpkeepError(f"{path} does not exist")
    if not readme.is_file():
        raise UpkeepError(f"{readme} does not exist")
    if not reason or "\n" in reason or not tag or "\n" in tag:
        raise UpkeepError("REASON and TAG must be one non-empty line each")
    known = expect in ("none", "user-code/other") or (root / "catalog" / f"{expect}.yaml").is_file()
    if not known:
        raise UpkeepError(f"catalog/{expect}.yaml does not exist")
    if kind != "-" and kind not in KINDS:
        raise UpkeepError(f"KIND {kind!r} is not one of {', '.join(KINDS)} or -")

    lines = path.read_bytes().decode("utf-8", errors="surrogateescape").split("\n")
    end = header_end(lines)
    header = lines[:end]
    if any(line.startswith("# expect-baseline:") for line in header):
        raise UpkeepError(
            f"{path.name} has an '# expect-baseline:' line: not relabelled by this script"
        )
    keys = [line[2:].partition(": ")[0] for line in header]
    if "expect" not in keys or "kind" not in keys:
        raise UpkeepError(f"{path.name} lacks its '# expect:' or '# kind:' line")
    old = header[keys.index("expect")][2:].partition(": ")[2].strip()
    old_kind = header[keys.index("kind")][2:].partition(": ")[2].strip()
    new_kind = old_kind if kind == "-" else kind
    if old == expect and old_kind == new_kind:
        raise UpkeepError(f"{path.name} is already {expect} ({old_kind})")
    warnings = []
    if new_kind == "wrapper-only" and expect != "none":
        warnings.append(f"warning: a wrapper-only paste labelled {expect}")
    if (new_kind == "user-code") != expect.startswith("user-code/"):
        warnings.append(f"warning: kind {new_kind} with label {expect}")

    lines[keys.index("expect")] = f"# expect: {expect}"
    lines[keys.index("kind")] = f"# kind: {new_kind}"
    change = f" [kind {old_kind} -> {new_kind}]" if new_kind != old_kind else ""
    note = f"# relabel: {old} -> {expect}: {reason}{change} ({tag})"
    lines.insert(end, note)
    path.write_bytes("\n".join(lines).encode("utf-8", errors="surrogateescape"))
    item = f"- {number}: {old} -> {expect} ({tag})."
    text = readme.read_bytes().decode("utf-8", errors="surrogateescape")
    readme.write_bytes(add_to_relabelled(text, item).encode("utf-8", errors="surrogateescape"))
    written = [f"{path.relative_to(root)}: {note}", f"{readme.relative_to(root)}: {item}"]
    return warnings, written


# --- floors --------------------------------------------------------------------------------


def floor_figures(summary: str) -> dict[str, tuple[int, int, int, int]]:
    """{round: (useful, right, guided, wrong claims)} of ``summary tuned``'s lines."""
    figures = {}
    for line in summary.splitlines():
        found = _FLOORS_COLUMNS.match(line)
        if found:
            _pastes, useful, right, guided, wrong = map(int, found.groups()[1:])
            figures[found.group(1)] = (useful, right, guided, wrong)
    return figures


def floor_verdict(today: tuple[int, ...], floor: tuple[int, ...]) -> str:
    """``BELOW FLOOR`` (any figure worse), ``equal`` or ``above``."""
    useful, right, guided, wrong = today
    f_useful, f_right, f_guided, f_wrong = floor
    if useful < f_useful or right < f_right or guided < f_guided or wrong > f_wrong:
        return "BELOW FLOOR"
    return "equal" if today == floor else "above"


def floors(
    root: Path, summary: str, write: bool = False, lower: bool = False, add: bool = False
) -> tuple[list[str], int]:
    """Compare each round of ``summary`` with its FLOORS line in
    tests/test_heldout_regression.py (BELOW FLOOR / above / equal / no floor); ``write``
    raises the floors of the rounds above theirs (a trailing comment kept), ``lower`` with it
    rewrites a BELOW FLOOR one too, ``add`` with it appends the rounds with no floor.
    Returns (lines to print, exit status: 1 if a round is below its floor)."""
    today = floor_figures(summary)
    if not today:
        raise UpkeepError("no round line in the summary")
    test = root / FLOORS_FILE
    lines = test.read_text(encoding="utf-8").split("\n")
    start = lines.index("FLOORS = {")
    end = next(i for i in range(start, len(lines)) if lines[i] == "}")
    at: dict[str, int] = {}  # round: index of its FLOORS line
    for index in range(start + 1, end):
        found = _FLOOR.match(lines[index])
        if found:
            at[found.group(2)] = index
    out: list[str] = []
    changed = below = 0
    for name, figures in today.items():
        shown = "({}, {}, {}, {})".format(*figures)
        if name not in at:
            out.append(f"{name:14} no floor        today {shown}")
            continue
        found = _FLOOR.match(lines[at[name]])
        assert found is not None
        floor = tuple(int(g) for g in found.groups()[2:6])
        verdict = floor_verdict(figures, floor)
        below += verdict == "BELOW FLOOR"
        detail = "" if verdict == "equal" else f"  floor ({', '.join(map(str, floor))})"
        out.append(f"{name:14} {verdict:15} today {shown}{detail}")
        if write and (verdict == "above" or (verdict == "BELOW FLOOR" and lower)):
            lines[at[name]] = f"{found.group(1)}{shown}{found.group(7)}"
            changed += 1
    missing = [n for n in today if n not in at]
    if write and add and missing:
        lines[end:end] = [f'    "{n}": ' + "({}, {}, {}, {}),".format(*today[n]) for n in missing]
        changed += len(missing)
    absent = [n for n in at if n not in today]
    if absent:
        out.append(f"floors not in the summary: {', '.join(absent)}")
    if write:
        if changed:
            test.write_text("\n".join(lines), encoding="utf-8")
        out.append(f"{changed} FLOORS line(s) written to {FLOORS_FILE}")
    return out, 1 if below else 0


# --- today-rows ----------------------------------------------------------------------------


def row_figures(summary: str) -> dict[str, tuple[int, ...]]:
    """{round: (pastes, useful, covered, tooling, right, covered, guided, wrappers, wrong)}."""
    figures = {}
    for line in summary.splitlines():
        found = _ROW_COLUMNS.match(line)
        if found:
            figures[found.group(1)] = tuple(int(g) for g in found.groups()[1:])
    return figures


def round_number(name: str) -> int:
    """``heldout`` is round 1, ``heldout-rN`` round N."""
    return 1 if name == "heldout" else int(name.removeprefix("heldout-r"))


def percent(part: int, whole: int) -> str:
    """``part / whole`` in per cent, rounded half up (as docs/accuracy.md's rows are)."""
    return str((200 * part + whole) // (2 * whole))


def _ratio(part: int, whole: int) -> str:
    return f"{part} / {whole} ({percent(part, whole)} %)" if whole else f"{part} / {whole}"


def today_row(number: int, label: str, f: tuple[int, ...]) -> str:
    """A ``| round N today (LABEL) | ...`` row of docs/accuracy.md."""
    pastes, useful, covered, tooling, right, covered2, guided, wrappers, wrong = f
    cells = [
        f"round {number} today ({label})",
        str(pastes),
        "regression",
        f"{useful} ({percent(useful, pastes)} %)",
        _ratio(covered, tooling),
        _ratio(right, covered2),
        _ratio(guided, wrappers),
        f"{wrong} ({percent(wrong, pastes)} %)",
    ]
    return "| " + " | ".join(cells) + " |"


def _new_row_label(root: Path, folder: str) -> str:
    """A new today row's label: "tuned on, relabelled" when the round's README lists relabels."""
    readme = root / "tests" / "fixtures" / folder / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.is_file() else ""
    _, _, relabels = text.partition(RELABELLED)
    return "tuned on, relabelled" if "\n- " in relabels else "tuned on"


def today_rows(
    root: Path, summary: str, write: bool = False, check: bool = False, update: bool = False
) -> tuple[list[str], int]:
    """docs/accuracy.md's "round N today" rows against ``summary``: a missing row is built
    (label "tuned on", or "tuned on, relabelled" where the round's README lists relabels) and
    printed, and inserted after the last today row with ``write``; a row whose figures differ
    is STALE, rewritten (label kept) with ``write`` and ``update``. ``check`` writes nothing
    and prints equal / DIFFERS / MISSING (exit 1 if one differs). Rounds whose HELD_OUT
    description does not say "tuned on" (round 9) are skipped."""
    if write and check:
        raise UpkeepError("--write and --check exclude each other")
    today = row_figures(summary)
    if not today:
        raise UpkeepError("no round line in the summary")
    about = held_out_of(root)
    doc = root / ACCURACY_DOC
    lines = doc.read_text(encoding="utf-8").split("\n")
    rows: dict[int, tuple[int, str]] = {}  # round: (line index, label)
    for index, line in enumerate(lines):
        found = _TODAY.match(line)
        if found:
            rows[int(found.group(1))] = (index, found.group(2))
    if not rows:
        raise UpkeepError(f"{ACCURACY_DOC} has no today row")
    last = max(index for index, _ in rows.values())
    out: list[str] = []
    new: list[str] = []
    differs = 0
    for name, figures in today.items():
        number = round_number(name)
        if "tuned on" not in about.get(name, "tuned on"):
            out.append(f"round {number}: skipped ({about[name]})")
            continue
        if number in rows:
            index, label = rows[number]
            row = today_row(number, label, figures)
            if row == lines[index]:
                if check:
                    out.append(f"round {number}: equal")
                continue
            differs += 1
            word = "DIFFERS" if check else "STALE"
            out.append(f"round {number}: {word}\n  doc:   {lines[index]}\n  built: {row}")
            if write and update:
                lines[index] = row
            continue
        row = today_row(number, _new_row_label(root, name), figures)
        if check:
            out.append(f"round {number}: MISSING\n  built: {row}")
            continue
        new.append(row)
        out.append(row)
    if check:
        return out, 1 if differs else 0
    if write:
        lines[last + 1 : last + 1] = new
        updated = differs if update else 0
        if new or updated:
            doc.write_text("\n".join(lines), encoding="utf-8")
        out.append(f"{len(new)} row(s) inserted, {updated} updated in {ACCURACY_DOC}")
    return out, 0


# --- compare -------------------------------------------------------------------------------


def read_dump(path: Path) -> dict[str, Row]:
    """``summary --dump`` rows: {file: (expect, kind, got, hint)}."""
    rows: dict[str, Row] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        cells = line.split("\t")
        cells += [""] * (5 - len(cells))
        rows[cells[0]] = (cells[1], cells[2], cells[3], cells[4])
    return rows


def judge_with(folder: Path) -> Callable[[Row], tuple[bool, bool]]:
    """(useful, wrong claim) of one dumped answer, as ``summary`` counts it: evaluate_heldout
    itself, on a one-file fixture written in ``folder``."""
    cache: dict[Row, tuple[bool, bool]] = {}

    def judge(row: Row) -> tuple[bool, bool]:
        if row not in cache:
            expect, kind, got, hint = row
            (folder / "001.log").write_text(
                f"# expect: {expect}\n# kind: {kind}\n# cause: c\n# system: s\n# source: s\n"
                "# query: q\npaste\n",
                encoding="utf-8",
            )
            best = None if got == "none" else SimpleNamespace(entry_id=got)
            answer = SimpleNamespace(best=best, hint=hint)
            figures = evaluate_heldout(lambda _text: answer, str(folder))
            assert figures.pastes == 1
            cache[row] = (bool(figures.useful), bool(figures.wrong_claims))
        return cache[row]

    return judge


def _shown(row: Row | None) -> str:
    if row is None:
        return "-"
    expect, kind, got, hint = row
    return f"{expect} [{kind}] got {got}" + (f" ({hint})" if hint else "")


def compare_dumps(old_path: Path, new_path: Path) -> list[str]:
    """Between two ``summary --dump`` files: LOST (useful before, not after), GAINED, NEWWRONG
    (a wrong claim after, not before), FIXEDWRONG, the files in one dump only, and totals.
    Each row is judged with its own dump's expect and kind."""
    old, new = read_dump(old_path), read_dump(new_path)
    with tempfile.TemporaryDirectory(prefix="compare-") as scratch:
        judge = judge_with(Path(scratch))
        judged_old = {f: judge(row) for f, row in old.items()}
        judged_new = {f: judge(row) for f, row in new.items()}
    nothing = (False, False)
    groups: dict[str, list[str]] = {"LOST": [], "GAINED": [], "NEWWRONG": [], "FIXEDWRONG": []}
    for name in sorted(set(old) | set(new)):
        (u0, w0), (u1, w1) = judged_old.get(name, nothing), judged_new.get(name, nothing)
        line = f"{name}: {_shown(old.get(name))}  =>  {_shown(new.get(name))}"
        if u0 and not u1:
            groups["LOST"].append(line)
        if u1 and not u0:
            groups["GAINED"].append(line)
        if w1 and not w0:
            groups["NEWWRONG"].append(line)
        if w0 and not w1:
            groups["FIXEDWRONG"].append(line)
    out: list[str] = []
    for title, lines in groups.items():
        out.append(f"{title} ({len(lines)})")
        out += [f"  {line}" for line in lines]
    for title, names in (("ONLY OLD", set(old) - set(new)), ("ONLY NEW", set(new) - set(old))):
        if names:
            out.append(f"{title} ({len(names)}): {' '.join(sorted(names))}")
    useful = [sum(u for u, _ in j.values()) for j in (judged_old, judged_new)]
    wrong = [sum(w for _, w in j.values()) for j in (judged_old, judged_new)]
    out.append(
        f"TOTAL pastes {len(old)} -> {len(new)}, useful {useful[0]} -> {useful[1]} "
        f"(-{len(groups['LOST'])} +{len(groups['GAINED'])}), wrong claims {wrong[0]} -> "
        f"{wrong[1]} (+{len(groups['NEWWRONG'])} -{len(groups['FIXEDWRONG'])})"
    )
    return out


# --- readme --------------------------------------------------------------------------------


def demote(text: str) -> str:
    """Drop the first ``# `` line (outside code fences); prefix every other heading with "#"."""
    out: list[str] = []
    fence: str | None = None
    dropped = False
    for line in text.splitlines(keepends=True):
        opening = _FENCE.match(line)
        if fence is None and opening:
            fence = opening.group(1)
        elif fence is not None:
            closing = (
                opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence)
            )
            if closing and not line.strip().strip(fence[0]):
                fence = None
        elif not dropped and line.startswith("# "):
            dropped = True
            continue
        else:
            line = _HEADING.sub(lambda m: f"{m.group(1)}#{m.group(2)}", line, count=1)
        out.append(line)
    return "".join(out)


def round_readme(round_dir: Path, header: Path, out: Path) -> str:
    """Write a collected round's README: HEADER's text, "## Counts" (the ``counts`` table of
    the parts found), then each part's README as "## Part X (its own numbers)", its first
    ``# `` line dropped and its headings one level deeper. Returns the line to print."""
    parts = sorted(
        p.name for p in round_dir.iterdir() if p.is_dir() and re.fullmatch(r"[A-Z]", p.name)
    )
    if not parts:
        raise UpkeepError(f"{round_dir} has no part folder (A, B, ...)")
    missing = [p for p in parts if not (round_dir / p / "README.md").is_file()]
    if missing:
        raise UpkeepError(f"no README.md in part(s) {', '.join(missing)}")
    text = header.read_text(encoding="utf-8").rstrip("\n") + "\n"
    text += "\n## Counts\n\n" + "\n".join(count_table(round_dir, "".join(parts))) + "\n"
    for part in parts:
        body = demote((round_dir / part / "README.md").read_text(encoding="utf-8"))
        text += f"\n## Part {part} (its own numbers)\n" + body.rstrip("\n") + "\n"
    out.write_text(text, encoding="utf-8")
    return f"{out}: header, counts ({''.join(parts)}), {len(parts)} part README(s)"


# --- the commands --------------------------------------------------------------------------


def tuned_summary() -> str:
    """``summary tuned`` of this checkout."""
    tuned = [f for f, about in HELD_OUT.items() if "not tuned on" not in about]
    return "\n".join(summarise(tuned))


def _summary_text(source: str | None) -> str:
    if source is None:
        return tuned_summary()
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8")


_ROOT_HELP = "the checkout to work on (default: the one this module is in)"


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the upkeep commands on ``benchmarks.rounds``' parser."""
    summary_help = "`summary tuned` output ('-': stdin; default: run it on this checkout)"
    relabel_ = commands.add_parser("relabel", help="relabel a tuned round's paste")
    for name in ("round", "number", "expect", "kind", "reason", "tag"):
        relabel_.add_argument(name)
    relabel_.add_argument("--root", type=Path, default=ROOT, help=_ROOT_HELP)
    relabel_.set_defaults(upkeep=_relabel_command)
    floors_ = commands.add_parser("floors", help="compare (and --write) the FLOORS")
    floors_.add_argument("summary", nargs="?", help=summary_help)
    for flag in ("--write", "--lower", "--add"):
        floors_.add_argument(flag, action="store_true")
    floors_.add_argument("--root", type=Path, default=ROOT, help=_ROOT_HELP)
    floors_.set_defaults(upkeep=_floors_command)
    rows = commands.add_parser("today-rows", help="docs/accuracy.md's 'round N today' rows")
    rows.add_argument("summary", nargs="?", help=summary_help)
    mode = rows.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    rows.add_argument("--update", action="store_true")
    rows.add_argument("--root", type=Path, default=ROOT, help=_ROOT_HELP)
    rows.set_defaults(upkeep=_today_rows_command)
    compare = commands.add_parser("compare", help="answers lost and gained between two dumps")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.set_defaults(upkeep=_compare_command)
    readme = commands.add_parser("readme", help="a collected round's README from its parts")
    readme.add_argument("round", type=Path)
    readme.add_argument("header", type=Path)
    readme.add_argument("out", type=Path)
    readme.set_defaults(upkeep=_readme_command)


def run(args: argparse.Namespace) -> int:
    """Run the upkeep command ``args`` names; a refusal goes to stderr with status 1."""
    try:
        status: int = args.upkeep(args)
    except UpkeepError as error:
        print(f"{args.command}: {error}", file=sys.stderr)
        return 1
    return status


def _relabel_command(args: argparse.Namespace) -> int:
    warnings, written = relabel(
        args.root, args.round, args.number, args.expect, args.kind, args.reason, args.tag
    )
    for warning in warnings:
        print(f"relabel: {warning}", file=sys.stderr)
    print("\n".join(written))
    return 0


def _floors_command(args: argparse.Namespace) -> int:
    out, status = floors(args.root, _summary_text(args.summary), args.write, args.lower, args.add)
    print("\n".join(out))
    return status


def _today_rows_command(args: argparse.Namespace) -> int:
    text = _summary_text(args.summary)
    out, status = today_rows(args.root, text, args.write, args.check, args.update)
    if out:
        print("\n".join(out))
    return status


def _compare_command(args: argparse.Namespace) -> int:
    print("\n".join(compare_dumps(args.old, args.new)))
    return 0


def _readme_command(args: argparse.Namespace) -> int:
    print(round_readme(args.round, args.header, args.out))
    return 0
