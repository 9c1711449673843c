"""``ci-error votes|gaps|feedback|stats|drafts``: read and move what the store keeps.

The store is the one the bot uses: ``REDIS_URL`` when set, else ``DATA_DIR``'s SQLite
file. A bad import file is refused whole, before anything is written.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

import yaml

from slackbot.catalog import Catalog
from slackbot.config import store_location_from_env
from slackbot.dashboard import find_disagreements, tally_votes
from slackbot.drafts import Draft
from slackbot.errors import CiErrorError, InvalidVote, unreadable
from slackbot.store import Stores, VoteRecord, open_store
from slackbot.store.base import DAY, MONTH
from slackbot.voting import check_vote

FIELDS = ("entry_id", "workaround_id", "user_id", "direction")


def write_votes(records: list[VoteRecord], fmt: str, out: TextIO) -> None:
    """Votes as JSON lines or CSV (with a header)."""
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows([getattr(r, f) for f in FIELDS] for r in records)
        return
    for record in records:
        out.write(json.dumps(asdict(record)) + "\n")


def read_votes(text: str, catalog: Catalog, source: str) -> list[VoteRecord]:
    """Parse an export (JSON lines or CSV); refuse the whole file at the first bad row."""
    stripped = text.lstrip()
    rows: list[dict[str, Any]]
    if stripped.startswith("{"):
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise CiErrorError(f"{source}:{number}: not a JSON object") from None
            if not isinstance(row, dict):
                raise CiErrorError(f"{source}:{number}: not a JSON object")
            rows.append(row)
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    records = []
    for number, row in enumerate(rows, 1):
        values = {f: str(row.get(f) or "") for f in FIELDS}
        if not values["user_id"]:
            raise CiErrorError(f"{source}: vote {number} has no user_id")
        try:
            direction = check_vote(
                catalog, values["entry_id"], values["workaround_id"], values["direction"]
            )
        except InvalidVote as exc:
            raise CiErrorError(f"{source}: vote {number}: {exc}") from None
        records.append(
            VoteRecord(values["entry_id"], values["workaround_id"], values["user_id"], direction)
        )
    return records


def _ago(at: float) -> str:
    seconds = max(0, int(time.time() - at))
    for unit, size in (("d", DAY), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit} ago"
    return f"{seconds}s ago"


def _stats(store: Stores, catalog: Catalog, top: int, out: TextIO) -> None:
    out.write("Entries by hits (24 h / 7 d / 30 d)\n")
    for entry_id, month in store.hits.top_hits(MONTH, top):
        hits = store.hits.hits(entry_id)
        out.write(f"  {hits.day:>5} {hits.week:>5} {month:>5}  {entry_id}\n")
    tallies = tally_votes(store.votes.export_votes())
    votes: Counter[str] = Counter()
    for (entry_id, _), tally in tallies.items():
        if entry_id in catalog:
            votes[entry_id] += tally.total
    out.write("Entries by votes\n")
    for entry_id, total in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        out.write(f"  {total:>5}  {entry_id}\n")
    out.write("Workarounds whose votes differ most from the catalog estimate\n")
    for d in find_disagreements(catalog, tallies, top):
        out.write(f"  {d.prior:>3}% est. → {d.refined:>3}%  {d.entry_id} / {d.workaround_id}\n")


def export_drafts(drafts: list[Draft], out_dir: Path) -> list[tuple[Path, str]]:
    """Write each approved draft as ``<out_dir>/<category>/<slug>.yaml``; what was written
    or skipped (a file that exists is never overwritten), as (path, note) pairs."""
    from slackbot.drafts import entry_data
    from slackbot.importer import draft_yaml
    from slackbot.schema import parse_entry

    done: list[tuple[Path, str]] = []
    for draft in drafts:
        if draft.status != "approved":
            continue
        target = out_dir / f"{draft.id}.yaml"
        if target.exists():
            done.append((target, "exists, skipped"))
            continue
        text = draft_yaml(entry_data(draft))
        try:
            parse_entry(yaml.safe_load(text), expected_id=draft.id, path=str(target))
        except CiErrorError as exc:
            done.append((target, f"not written: {exc}"))
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CiErrorError(f"{target}: cannot write ({exc.strerror or exc})") from None
        done.append((target, "written"))
    return done


def _drafts(args: argparse.Namespace, store: Stores, out: TextIO) -> None:
    drafts = store.drafts.drafts()
    if args.drafts_command == "list":
        for draft in drafts:
            if args.status in ("all", draft.status):
                day = time.strftime("%Y-%m-%d", time.gmtime(draft.proposed_at))
                out.write(
                    f"{draft.status:<9} {day}  {draft.id}  {draft.proposed_by}  "
                    f"{draft.proposal.title}\n"
                )
        return
    from slackbot.config import catalog_dirs_from_env

    out_dir: Path = args.out or args.catalog or catalog_dirs_from_env()[-1]
    done = export_drafts(drafts, out_dir)
    for target, note in done:
        out.write(f"{target}: {note}\n")
    written = sum(1 for _, note in done if note == "written")
    out.write(f"{written} approved draft(s) written; check them with `ci-error lint`\n")


def run_store_command(args: argparse.Namespace, catalog: Catalog, out: TextIO) -> int:
    """Run one of the store's subcommands; return the exit code."""
    if getattr(args, "top", 1) < 1:
        raise CiErrorError("--top must be at least 1")
    store = open_store(store_location_from_env())
    try:
        if args.command == "votes" and args.votes_command == "export":
            write_votes(store.votes.export_votes(), args.format, out)
        elif args.command == "votes":
            path = Path(args.file)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise unreadable(args.file, exc) from None
            records = read_votes(text, catalog, args.file)
            changed = store.votes.import_votes(records)
            out.write(f"imported {len(records)} votes ({changed} new or changed)\n")
        elif args.command == "gaps":
            for gap in store.gaps.top_gaps(args.top):
                out.write(f"{gap.count:>6}  {_ago(gap.last_seen):>9}  {gap.line}\n")
        elif args.command == "drafts":
            _drafts(args, store, out)
        elif args.command == "feedback":
            for report in store.feedback.feedback(args.top):
                out.write(
                    f"{_ago(report.at):>9}  {report.entry_id}  {report.user_id}  {report.line}\n"
                )
        else:
            _stats(store, catalog, args.top, out)
    finally:
        store.close()
    return 0
