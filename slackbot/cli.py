"""The ``ci-error`` command line: match logs, show and list entries, lint the catalog.

Exit codes: 0 success (or something matched), 1 nothing matched / lint problems,
2 bad input (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from slackbot.errors import CiErrorError, RunProblem, unreadable
from slackbot.messages import Lang, say

if TYPE_CHECKING:
    from slackbot.catalog import Catalog
    from slackbot.config import RunSettings
    from slackbot.matching import Matcher, MatchResult

# Only what a command needs is imported when it runs: `ci-error match` is a step in CI
# jobs, and the schema (pydantic), Redis and Slack libraries cost more than the match.

CHUNK_BYTES = 1 << 20


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"ci-error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ci-error", description="Recognise CI errors and show the known fix.")
    parser.add_argument(
        "--catalog", type=Path, default=None, help="catalog directory (default: CATALOG_DIR)"
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    match = commands.add_parser(
        "match", help="diagnose log files ('-' for stdin) and links to failed CI runs"
    )
    match.add_argument("files", nargs="+", metavar="FILE|URL")
    match.add_argument(
        "--json", action="store_true", help="one JSON object per input (per failed job of a link)"
    )
    match.add_argument("--top", type=int, default=3, metavar="N")
    match.add_argument("--lang", choices=["en", "zh"], default="en")

    show = commands.add_parser("show", help="show one entry")
    show.add_argument("entry_id", metavar="ID")
    show.add_argument("--lang", choices=["en", "zh"], default="en")

    listing = commands.add_parser("list", help="list the entries")
    listing.add_argument("--tag", default=None)

    lint = commands.add_parser("lint", help="check the whole catalog")
    lint.add_argument("--warnings", action="store_true", help="also list the warnings")
    commands.add_parser("schema", help="print the JSON Schema of an entry")

    votes = commands.add_parser("votes", help="export or import the votes")
    actions = votes.add_subparsers(dest="votes_command", required=True, parser_class=_Parser)
    export = actions.add_parser("export", help="write every vote to stdout")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    load = actions.add_parser("import", help="read votes from a file written by export")
    load.add_argument("file", metavar="FILE")
    for name, what, top in (
        ("gaps", "the most frequent unrecognised errors", 20),
        ("feedback", "the latest 'wrong match' reports", 20),
        ("stats", "entries by hits and votes", 10),
    ):
        commands.add_parser(name, help=what).add_argument(
            "--top", type=int, default=top, metavar="N"
        )

    drafts = commands.add_parser("drafts", help="entries proposed from Slack")
    draft_actions = drafts.add_subparsers(
        dest="drafts_command", required=True, parser_class=_Parser
    )
    listed = draft_actions.add_parser("list", help="list the drafts, newest first")
    listed.add_argument(
        "--status", choices=["pending", "approved", "rejected", "all"], default="all"
    )
    exported = draft_actions.add_parser(
        "export", help="write the approved drafts as catalog files, for a pull request"
    )
    exported.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="catalog directory to write into (default: the last CATALOG_DIR)",
    )

    importer = commands.add_parser("import", help="draft catalog entries from other sources")
    kinds = importer.add_subparsers(dest="import_kind", required=True, parser_class=_Parser)
    page = kinds.add_parser("errorcanon", help="draft entries from ErrorCanon pages")
    page.add_argument("files", nargs="+", metavar="FILE")
    page.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="catalog directory to write the drafts into (default: the last CATALOG_DIR)",
    )
    return parser


def _read_input(name: str, stdin: TextIO) -> Iterator[str]:
    """The input in pieces of about ``CHUNK_BYTES`` (memory stays flat for a big log).

    Raises :class:`CiErrorError` with one line when the input cannot be read.
    """
    if name == "-":
        while piece := stdin.read(CHUNK_BYTES):
            yield piece
        return
    try:
        with Path(name).open("rb") as raw:
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            while block := raw.read(CHUNK_BYTES):
                yield decoder.decode(block)
            yield decoder.decode(b"", final=True)
    except OSError as exc:
        raise unreadable(name, exc) from None


def _roots(args: argparse.Namespace) -> tuple[Path, ...]:
    from slackbot.config import catalog_dirs_from_env

    return (args.catalog,) if args.catalog else catalog_dirs_from_env()


def _cache_dir() -> Path:
    from slackbot.config import cache_dir_from_env

    return cache_dir_from_env()


def _load(args: argparse.Namespace) -> Catalog:
    """The catalog, read once per command (a match reads it only to print a card)."""
    loaded: Catalog | None = getattr(args, "loaded_catalog", None)
    if loaded is None:
        from slackbot.catalog import load_catalog

        loaded = args.loaded_catalog = load_catalog(
            _roots(args), cache_dir=_cache_dir(), fingerprint=getattr(args, "fingerprint", None)
        )
    return loaded


def _cmd_match(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    if args.top < 1:
        raise CiErrorError("--top must be at least 1")
    from slackbot.compiled import catalog_fingerprint
    from slackbot.matching import load_matcher
    from slackbot.redaction import redact

    # Computed once: the card, if one is printed, reads the catalog of the same files.
    args.fingerprint = catalog_fingerprint(_roots(args))
    matcher = load_matcher(_roots(args), _cache_dir(), fingerprint=args.fingerprint)
    lang: Lang = args.lang
    any_match = False
    run_settings: RunSettings | None = None
    for name in args.files:
        if name.startswith(("http://", "https://")):
            if run_settings is None:
                from slackbot.config import run_settings_from_env

                run_settings = run_settings_from_env()
            for report in _read_link(name, run_settings, matcher, args.top, err):
                any_match = any_match or bool(report.result.matches)
                _write_report(out, args, report, lang)
            continue
        result = matcher.match_stream(_read_input(name, stdin), top=args.top).with_lines(redact)
        any_match = any_match or bool(result.matches)
        header = f"==> {name} <==" if len(args.files) > 1 else ""
        _write_report(out, args, _Report(result, {"input": name}, header), lang)
    return 0 if any_match else 1


@dataclass(frozen=True)
class _Report:
    """One diagnosis to print: the result, its JSON fields, a header line for people."""

    result: MatchResult
    fields: dict[str, object]
    header: str


def _write_report(out: TextIO, args: argparse.Namespace, report: _Report, lang: Lang) -> None:
    from slackbot.cards import render_terminal, render_terminal_no_match, render_terminal_wrapper

    result = report.result
    if args.json:
        record = {**report.fields, "matches": [m.as_dict() for m in result.matches]}
        if result.hint:
            record["hint"] = result.hint
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if report.header:
        out.write(report.header + "\n")
    if result.best is None and result.wrapper is not None:
        out.write(render_terminal_wrapper(result.wrapper, lang) + "\n")
    elif result.best is None:
        out.write(render_terminal_no_match(result, lang) + "\n")
    else:
        entry = _load(args).entries[result.best.entry_id]
        out.write(render_terminal(entry, lang, match=result.best, others=result.matches[1:]))
        out.write("\n")


def _read_link(
    url: str, settings: RunSettings, matcher: Matcher, top: int, err: TextIO
) -> Iterator[_Report]:
    """One report per failed job of the run ``url`` links to (at most ``MAX_JOBS``)."""
    from slackbot.runs import MAX_JOBS, RunReader, parse_run_link

    link = parse_run_link(url, settings)
    if link is None:
        raise CiErrorError(f"{url}: {say('run_not_link')}")

    from slackbot.redaction import redact

    def clean(line: str) -> str:
        return redact(line, settings.secrets)

    try:
        with RunReader(settings) as reader:
            jobs = reader.failed_jobs(link)
            if len(jobs) > MAX_JOBS:
                more = say("run_more_jobs", count=len(jobs) - MAX_JOBS)
                err.write(f"ci-error: {url}: {more}\n")
            for job in jobs[:MAX_JOBS]:
                log = reader.read_log(job)
                truncated, text = log.truncated, log.text()
                del log  # the bytes are not needed once decoded
                result = matcher.match(text, top=top).with_lines(clean)
                del text
                step = clean(job.step) if job.step else None
                about = [clean(job.name), *([f"step: {step}"] if step else [])]
                if truncated:
                    about.append(say("run_log_truncated", limit=settings.max_log_mb))
                fields: dict[str, object] = {
                    "input": job.url,
                    "run": url,
                    "job": clean(job.name),
                    "step": step,
                    "truncated": truncated,
                }
                yield _Report(result, fields, f"==> {job.url} <==\n" + " · ".join(about))
    except RunProblem as problem:
        raise CiErrorError(f"{url}: {problem}") from None


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    from slackbot.cards import render_terminal

    catalog = _load(args)
    entry = catalog.get(args.entry_id)
    if entry is None:
        raise CiErrorError(say("unknown_entry", entry_id=args.entry_id).replace("`", "'"))
    out.write(render_terminal(entry, args.lang) + "\n")
    return 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    catalog = _load(args)
    entries = catalog.with_tag(args.tag) if args.tag else list(catalog)
    width = max((len(e.id) for e in entries), default=0)
    for entry in entries:
        out.write(f"{entry.id:<{width}}  {entry.title}\n")
    return 0


def _cmd_lint(args: argparse.Namespace, out: TextIO) -> int:
    from slackbot.lint import lint_catalog

    catalog = _load(args)
    problems = lint_catalog(catalog)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    for problem in [*errors, *warnings] if args.warnings else errors:
        out.write(f"{problem}\n")
    if errors:
        out.write(f"{len(errors)} problem(s) in the catalog\n")
        return 1
    if warnings and not args.warnings:
        out.write(f"{len(warnings)} warning(s); see them with `ci-error lint --warnings`\n")
    examples = sum(len(e.match.examples) for e in catalog)
    out.write(say("cli_lint_ok", count=len(catalog), examples=examples) + "\n")
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    stdin = stdin or sys.stdin
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        if args.command == "match":
            return _cmd_match(args, out, err, stdin)
        if args.command == "show":
            return _cmd_show(args, out)
        if args.command == "list":
            return _cmd_list(args, out)
        if args.command == "lint":
            return _cmd_lint(args, out)
        if args.command == "schema":
            from slackbot.schema import catalog_json_schema

            out.write(catalog_json_schema())
            return 0
        if args.command == "import":
            from slackbot.importer import run_import

            return run_import(args, out)
        from slackbot.store_cli import run_store_command

        return run_store_command(args, _load(args), out)
    except CiErrorError as exc:
        err.write(f"ci-error: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
