"""``ci-error import errorcanon FILE... [--out DIR]``: draft entries from ErrorCanon pages.

An ErrorCanon page (see ``tests/fixtures/errorcanon/``) is the text of a machine-written
web page about one error: its tags, headline and id, fix rate, confidence, evidence and
first-seen date, a versions table, the root cause in English and Chinese, the official
docs, workarounds with their success rates (and their steps in Chinese), and dead ends
with their fail rates. The importer keeps every one of those facts in a draft entry
(``status: draft``, ``provenance: ai_generated``, ``origin`` naming the page) that the
schema accepts. What the page cannot give is left for a person, marked so that
``ci-error lint`` refuses the entry until it is written: the match patterns, real
example lines and their sources, and any title the page lacks.

A page that cannot be read or is not an ErrorCanon page is refused with one line; so is
a draft that would overwrite a file. Nothing is written unless every page is good.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlparse

import yaml

from slackbot.catalog import (
    PLACEHOLDER_EXAMPLE,
    PLACEHOLDER_PATTERN,
    TODO,
    Entry,
    VersionRow,
)
from slackbot.errors import CatalogError, CiErrorError, unreadable
from slackbot.schema import parse_entry, validate

SITE = "ErrorCanon"
MAX_PAGE_BYTES = 1 << 20
PROVENANCES = ("ai_generated", "curated", "community", "vendor")
STATUSES = ("partial", "verified", "draft", "deprecated")
VERSION_STATUSES = ("active", "fixed", "deprecated", "removed", "unknown")
#: Section headings, in page order. The page's text sometimes runs a heading into the
#: line before it ("…cloud-providersWorkarounds"), so they are also split off line ends.
HEADINGS = (
    "Version Compatibility",
    "Root Cause",
    "Official Documentation",
    "Workarounds",
    "中文步骤",
    "Dead Ends",
)
ZH_MARKER = "中文"
NONE_CELLS = ("", "—", "–", "-", "n/a", "N/A")

_FIX_RATE = re.compile(r"^(\d{1,3})%\s*Fix Rate$")
_CONFIDENCE = re.compile(r"^(\d{1,3})%\s*Confidence$")
_EVIDENCE = re.compile(r"^(\d+)\s*Evidence$")
_FIRST_SEEN = re.compile(r"^(\d{4}-\d{2}-\d{2})\s*First Seen$")
_SUCCESS = re.compile(r"^(\d{1,3})% success\b\s*(.*)$")
_FAIL = re.compile(r"^(\d{1,3})% fail\b\s*(.*)$")
_URL = re.compile(r"https?://[^\s<>\"')]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class _Page:
    """An ErrorCanon page cut into its header and its sections."""

    name: str
    header: list[str]
    sections: dict[str, list[str]] = field(default_factory=dict)

    def section(self, heading: str) -> list[str]:
        return self.sections.get(heading, [])


def _split_headings(lines: Sequence[str]) -> Iterator[str]:
    for line in lines:
        for heading in HEADINGS:
            if line != heading and line.endswith(heading) and line.strip() != heading:
                yield line[: -len(heading)].rstrip()
                yield heading
                break
        else:
            yield line


def _cut(text: str, name: str) -> _Page:
    lines = [line.rstrip() for line in _split_headings(text.replace("\r\n", "\n").split("\n"))]
    header: list[str] = []
    page = _Page(name, header)
    current: list[str] = header
    for line in lines:
        if line.strip() in HEADINGS:
            current = page.sections.setdefault(line.strip(), [])
        else:
            current.append(line)
    return page


def _malformed(name: str, what: str) -> CiErrorError:
    return CiErrorError(f"{name}: not an ErrorCanon page: {what}")


def _number(lines: Sequence[str], pattern: re.Pattern[str], name: str, what: str) -> str:
    for line in lines:
        found = pattern.match(line.strip())
        if found:
            return found.group(1)
    raise _malformed(name, f"no {what}")


def _percent(value: str, name: str, what: str) -> int:
    number = int(value)
    if number > 100:
        raise _malformed(name, f"{what} {number}% is over 100%")
    return number


def _blocks(lines: Sequence[str]) -> list[list[str]]:
    """The items of a list section: each starts after a line that is just ``-``."""
    blocks: list[list[str]] = []
    for line in lines:
        if line.strip() == "-":
            blocks.append([])
        elif blocks:
            blocks[-1].append(line)
    return [block for block in blocks if any(line.strip() for line in block)]


def _first_sentence(text: str, *, chinese: bool = False) -> str:
    if chinese:
        end = text.find("。")
        return text[: end + 1] if 0 <= end < len(text) - 1 else text
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _slug(text: str, fallback: str, taken: set[str]) -> str:
    words = [w for w in _NOT_SLUG.sub(" ", text.lower()).split() if w][:6]
    slug = "-".join(words)[:60].strip("-") or fallback
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _text(en: str, zh: str | None) -> dict[str, str]:
    return {"en": en, "zh": zh} if zh else {"en": en}


def _versions(lines: Sequence[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """The versions table's rows, and notes about cells the schema cannot hold."""
    rows = [line.strip() for line in lines if line.strip().startswith("|")]
    if not rows:
        return [], []
    columns = [cell.strip().lower() for cell in rows[0].strip("|").split("|")]
    out: list[dict[str, Any]] = []
    remarks: list[str] = []
    for row in rows[1:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        if all(set(cell) <= set("-: ") for cell in cells):
            continue  # the |---|---| line
        values = {
            column: cell
            for column, cell in zip(columns, cells, strict=False)
            if cell not in NONE_CELLS
        }
        component = values.get("version") or values.get("component")
        if not component:
            continue
        version: dict[str, Any] = {"component": component}
        status = values.get("status", "").lower()
        if status in VERSION_STATUSES:
            version["status"] = status
        elif status:
            version["status"] = "unknown"
            remarks.append(f"{component}: status on the page: {values['status']}")
        for key in ("introduced", "deprecated", "notes"):
            if key in values:
                version[key] = values[key]
        validate(VersionRow, version)
        out.append(version)
    return out, remarks


def _root_cause(lines: Sequence[str], name: str) -> tuple[dict[str, str], str | None]:
    """The root cause in both languages, and the label the page shows before 中文."""
    en: list[str] = []
    zh: list[str] = []
    label: str | None = None
    current = en
    for line in lines:
        if current is en and line.strip().endswith(ZH_MARKER):
            label = line.strip()[: -len(ZH_MARKER)].strip() or None
            current = zh
        elif line.strip():
            current.append(line.strip())
    if not en:
        raise _malformed(name, "no root cause")
    return _text(" ".join(en), " ".join(zh) or None), label


def _docs(lines: Sequence[str], name: str) -> list[dict[str, str]]:
    docs: list[dict[str, str]] = []
    for url in _URL.findall("\n".join(lines)):
        parsed = urlparse(url)
        leaf = parsed.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
        title = leaf.replace("-", " ").replace("_", " ").strip().capitalize() or parsed.netloc
        docs.append({"url": url, "title": title})
    if not docs:
        raise _malformed(name, "no official documentation link")
    return docs


def _workarounds(page: _Page) -> list[dict[str, Any]]:
    chinese = [line.strip() for line in page.section("中文步骤") if line.strip()]
    taken: set[str] = set()
    out: list[dict[str, Any]] = []
    for index, block in enumerate(_blocks(page.section("Workarounds"))):
        lines = [line.strip() for line in block if line.strip()]
        found = _SUCCESS.match(lines[0])
        if found is None:
            raise _malformed(page.name, f"workaround {index + 1} has no 'N% success' line")
        summary = found.group(2).strip()
        steps = "\n".join(lines[1:]) or summary
        if not steps:
            raise _malformed(page.name, f"workaround {index + 1} has no text")
        title = _first_sentence(summary or steps)
        zh_steps = chinese[index] if index < len(chinese) else None
        zh_title = _first_sentence(zh_steps, chinese=True) if zh_steps else None
        out.append(
            {
                "id": _slug(title, f"workaround-{index + 1}", taken),
                "title": _text(title, zh_title),
                "success": _percent(found.group(1), page.name, f"workaround {index + 1}"),
                "steps": _text(steps, zh_steps),
            }
        )
    if not out:
        raise _malformed(page.name, "no workaround")
    return out


def _dead_ends(page: _Page) -> list[dict[str, Any]]:
    taken: set[str] = set()
    out: list[dict[str, Any]] = []
    for index, block in enumerate(_blocks(page.section("Dead Ends"))):
        lines = [line.strip() for line in block if line.strip()]
        found = _FAIL.match(lines[0])
        if found is None:
            raise _malformed(page.name, f"dead end {index + 1} has no 'N% fail' line")
        rest = ([found.group(2).strip()] if found.group(2).strip() else []) + lines[1:]
        if not rest:
            raise _malformed(page.name, f"dead end {index + 1} has no reason")
        title, reason = (rest[0], " ".join(rest[1:])) if len(rest) > 1 else (None, rest[0])
        out.append(
            {
                "id": _slug(title or "", f"dead-end-{index + 1}", taken),
                "title": {"en": title or f"{TODO} name what people try (the page gives only why)"},
                "fail": _percent(found.group(1), page.name, f"dead end {index + 1}"),
                "reason": {"en": reason},
            }
        )
    return out


def parse_page(text: str, name: str, *, today: dt.date | None = None) -> dict[str, Any]:
    """A draft entry's data from one ErrorCanon page; raise ``CiErrorError`` if malformed."""
    page = _cut(text, name)
    header = [line.strip() for line in page.header if line.strip()]
    where = next((i for i, line in enumerate(header) if line.startswith("ID:")), None)
    if where is None:
        raise _malformed(name, "no 'ID:' line")
    entry_id = header[where].removeprefix("ID:").strip()
    if where == 0:
        raise _malformed(name, "no headline before the 'ID:' line")
    title = header[where - 1]
    labels = header[: where - 1]
    figures = header[where + 1 :]
    provenance = next((label for label in labels if label in PROVENANCES), None)
    status = next((label for label in labels if label in STATUSES), None)
    tags = [label for label in labels if label not in (provenance, status)]
    first_seen = next((m.group(1) for m in map(_FIRST_SEEN.match, figures) if m), None)
    versions, remarks = _versions(page.section("Version Compatibility"))
    root_cause, label = _root_cause(page.section("Root Cause"), name)
    notes = [f"imported by ci-error import on {(today or dt.date.today()).isoformat()}"]
    notes += [
        f"the page's {what}: {value}"
        for what, value in (
            ("provenance", provenance),
            ("status", status),
            ("root-cause label", label),
        )
        if value
    ]
    notes += remarks
    data: dict[str, Any] = {
        "id": entry_id,
        "title": title,
        "tags": tags,
        "provenance": "ai_generated",
        "status": "draft",
        "fix_rate": _percent(_number(figures, _FIX_RATE, name, "fix rate"), name, "fix rate"),
        "confidence": _percent(
            _number(figures, _CONFIDENCE, name, "confidence"), name, "confidence"
        ),
        "evidence": int(_number(figures, _EVIDENCE, name, "evidence")),
    }
    if first_seen:
        try:
            data["first_seen"] = dt.date.fromisoformat(first_seen)
        except ValueError:
            raise _malformed(name, f"first seen {first_seen!r} is not a date") from None
    if versions:
        data["versions"] = versions
    data.update(
        root_cause=root_cause,
        docs=_docs(page.section("Official Documentation"), name),
        workarounds=_workarounds(page),
        dead_ends=_dead_ends(page),
        origin={"site": SITE, "page": entry_id, "note": "; ".join(notes)},
        match={"patterns": [PLACEHOLDER_PATTERN], "examples": [PLACEHOLDER_EXAMPLE]},
    )
    return data


class _Dumper(yaml.SafeDumper):
    """Block scalars for multi-line text, so that a person can edit the draft."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def draft_yaml(data: dict[str, Any]) -> str:
    """The draft as a YAML file, with the schema line editors validate against."""
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096)
    return "# yaml-language-server: $schema=../schema.json\n" + body


def _read(name: str) -> str:
    path = Path(name)
    try:
        if path.stat().st_size > MAX_PAGE_BYTES:
            raise CiErrorError(f"{name}: larger than {MAX_PAGE_BYTES >> 20} MB")
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise unreadable(name, exc) from None


def import_pages(files: Sequence[str], out_dir: Path) -> list[tuple[Path, Entry]]:
    """Parse and check every page, then write the drafts; refuse all at the first problem."""
    drafts: list[tuple[Path, str, Entry]] = []
    for name in files:
        data = parse_page(_read(name), name)
        target = out_dir / f"{data['id']}.yaml"
        text = draft_yaml(data)
        try:
            entry = parse_entry(yaml.safe_load(text), expected_id=str(data["id"]), path=str(target))
        except CatalogError as exc:
            raise CiErrorError(f"{name}: the draft would not pass the schema: {exc}") from None
        if target.exists() or any(target == seen for seen, _, _ in drafts):
            raise CiErrorError(f"{target}: already exists; not overwritten")
        drafts.append((target, text, entry))
    for target, text, _ in drafts:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise CiErrorError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return [(target, entry) for target, _, entry in drafts]


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``ci-error import errorcanon``; return the exit code."""
    from slackbot.config import catalog_dirs_from_env

    # Without --out, drafts go to the last catalog directory (a team's own, if set).
    out_dir: Path = args.out or args.catalog or catalog_dirs_from_env()[-1]
    for target, entry in import_pages(args.files, out_dir):
        out.write(
            f"wrote {target} ({entry.id}, draft): write its match patterns, real example "
            "lines and their sources, then run `ci-error lint`\n"
        )
    return 0
