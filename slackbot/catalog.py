"""The catalog of known CI errors: its schema, loading and validation.

One YAML file per entry at ``<catalog>/<category>/<slug>.yaml``; the entry's ``id``
is ``<category>/<slug>`` and must equal its path. Loading validates every file with
the pydantic models below and compiles every signature with RE2 (linear time), so
a catalog that loads is a catalog the matcher can run safely.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import re2
import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from slackbot.compiled import (
    USER_CODE,
    Roots,
    catalog_files,
    catalog_fingerprint,
    catalog_roots,
)
from slackbot.drafts import ORIGIN_SITE
from slackbot.errors import CatalogError
from slackbot.messages import Lang

Percent = Annotated[int, Field(ge=0, le=100)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
EntryId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", max_length=120)
]
NonEmpty = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
_HTTP_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")


def _http_url(url: str) -> str:
    # pydantic's URL types import half the e-mail stack: the command line starts faster
    # with a plain check of what an entry needs (an absolute http(s) link).
    if not _HTTP_URL.match(url):
        raise ValueError("Input should be a valid URL (http or https, with a host)")
    return url


HttpUrl = Annotated[str, AfterValidator(_http_url), Field(json_schema_extra={"format": "uri"})]

#: libyaml's loader is ~10x faster than the pure-Python one; fall back where it is missing.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: The signature patterns are compiled with these options: linear time, bounded memory.
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
_RE2_OPTIONS.max_mem = 8 << 20


def compile_pattern(pattern: str) -> Any:
    """Compile an authored signature with RE2, or raise ``ValueError`` saying why."""
    try:
        return re2.compile(pattern, _RE2_OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(f"pattern {pattern!r} does not compile with RE2: {reason}") from None


#: What ``ci-error import`` writes where a person must write the signature. The schema
#: accepts it and it can match no text (nothing follows the end of the text); lint refuses it.
PLACEHOLDER_PATTERN = r"\A\z(?:write the match patterns)"
#: The importer's stand-in for the real example lines; lint refuses it.
PLACEHOLDER_EXAMPLE = "TODO: real lines"
#: Starts any other text the importer could not fill in; lint refuses it.
TODO = "TODO:"


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is something the importer left for a person to write."""
    return text == PLACEHOLDER_PATTERN or text.startswith(TODO)


_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
_FOLDED_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Text(_Strict):
    """A piece of text in English with an optional Chinese translation.

    In YAML a plain string is shorthand for ``{en: <string>}``.
    """

    en: NonEmpty
    zh: NonEmpty | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain_string(cls, value: Any) -> Any:
        return {"en": value} if isinstance(value, str) else value

    @field_validator("zh")
    @classmethod
    def _unfold_chinese(cls, text: str | None, info: ValidationInfo) -> str | None:
        if not text or (info.context and info.context.get("trusted")):
            return text
        # YAML's folded scalars (>-) join lines with a space, which Chinese does not use.
        return _FOLDED_CJK_SPACE.sub("", text)

    def get(self, lang: Lang) -> str:
        """The text in ``lang``, falling back to English where there is no translation."""
        return self.zh if lang == "zh" and self.zh else self.en


class VersionRow(_Strict):
    """One row of the version-compatibility table."""

    component: NonEmpty
    status: Literal["active", "fixed", "deprecated", "removed", "unknown"] = "active"
    introduced: str | None = None
    deprecated: str | None = None
    notes: str | None = None


class DocLink(_Strict):
    """An official documentation page."""

    url: HttpUrl
    title: NonEmpty


class Workaround(_Strict):
    """Something that fixes the error, with the share of cases it fixes."""

    id: Slug
    title: Text
    steps: Text
    success: Percent
    review_note: Text | None = Field(
        default=None,
        description="Why a reviewer doubts this advice; the card shows it as unverified.",
    )


class DeadEnd(_Strict):
    """Something people try that does not work, and why."""

    id: Slug
    title: Text
    fail: Percent
    reason: Text


class Source(_Strict):
    """Where an entry's facts or example lines come from, and how the entry was chosen."""

    url: HttpUrl
    note: str | None = Field(
        default=None,
        description="What this source backs (an example, a fact) or why the entry exists.",
    )


class PatternSpec(_Strict):
    """A pattern with a priority of its own (a form that names the root cause, say)."""

    pattern: NonEmpty
    priority: int = Field(ge=0, le=100)


class Origin(_Strict):
    """The page an entry was imported from, when that page has no URL of its own."""

    site: NonEmpty = Field(description="Where the page was published, e.g. ErrorCanon.")
    page: NonEmpty = Field(description="The page's id on that site.")
    note: str | None = Field(
        default=None, description="What the entry kept of the page, and what was corrected."
    )


class Signature(_Strict):
    """How the matcher recognises the entry.

    ``patterns`` are RE2 regular expressions searched in each cleaned log line
    (case-sensitive unless they start with ``(?i)``); ``examples`` are real error
    lines or short excerpts, used for fuzzy matching and as regression tests.
    ``priority`` breaks ties between entries whose patterns both hit: the entry
    that names the root cause gets the higher number, the last symptom the lower. A
    pattern written as ``{pattern, priority}`` has a priority of its own.
    """

    patterns: list[NonEmpty | PatternSpec] = Field(min_length=1)
    examples: list[NonEmpty] = Field(min_length=1)
    priority: int = Field(default=50, ge=0, le=100)
    extract: list[NonEmpty] = Field(
        default_factory=list,
        description=(
            "RE2 patterns with one capture group each: what failed (a test id, a "
            "file:line), quoted on the card of a failure in the user's own code."
        ),
    )

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(
        cls, patterns: list[str | PatternSpec], info: ValidationInfo
    ) -> list[str | PatternSpec]:
        if info.context and info.context.get("trusted"):
            return patterns  # read back from the cache, compiled when first loaded
        for item in patterns:
            pattern = item if isinstance(item, str) else item.pattern
            compiled = compile_pattern(pattern)
            if compiled.search("") is not None:
                raise ValueError(f"pattern {pattern!r} matches the empty string")
        return patterns

    @property
    def texts(self) -> list[str]:
        """The patterns' regular expressions, in order."""
        return [p if isinstance(p, str) else p.pattern for p in self.patterns]

    def priority_of(self, index: int) -> int:
        """The priority of the pattern at ``index`` (its own, or the entry's)."""
        item = self.patterns[index]
        return self.priority if isinstance(item, str) else item.priority

    @field_validator("extract")
    @classmethod
    def _extract_has_one_group(cls, patterns: list[str], info: ValidationInfo) -> list[str]:
        if info.context and info.context.get("trusted"):
            return patterns
        for pattern in patterns:
            if compile_pattern(pattern).groups != 1:
                raise ValueError(f"extract pattern {pattern!r} needs exactly one capture group")
        return patterns


class Entry(_Strict):
    """One known CI error, as stored in ``catalog/<category>/<slug>.yaml``."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"title": "ci-error catalog entry"},
    )

    id: EntryId
    title: NonEmpty
    tags: list[NonEmpty] = Field(default_factory=list)
    provenance: Literal["ai_generated", "curated", "community", "vendor"]
    status: Literal["partial", "verified", "draft", "deprecated"]
    fix_rate: Percent
    confidence: Percent
    evidence: int = Field(ge=0, description="How many independent reports back the figures.")
    first_seen: dt.date | None = Field(
        default=None, description="When the error was first reported, where a source dates it."
    )
    verified_on: dt.date | None = Field(
        default=None,
        description="The last day a person checked the entry against the vendor's docs.",
    )
    versions: list[VersionRow] = Field(default_factory=list)
    root_cause: Text
    docs: list[DocLink] = Field(
        default_factory=list,
        description="The vendor's documentation pages (lint requires one, drafts aside).",
    )
    workarounds: list[Workaround] = Field(min_length=1)
    dead_ends: list[DeadEnd] = Field(default_factory=list)
    reproduce: Text | None = Field(
        default=None,
        description="How to run the failing part locally (entries of the user-code category).",
    )
    sources: list[Source] = Field(
        default_factory=list,
        description="Pages the example lines and facts come from, and how the entry was chosen.",
    )
    origin: Origin | None = Field(
        default=None,
        description="The page the entry was imported from (ci-error import), if it has no URL.",
    )
    match: Signature

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_as_strings(cls, tags: Any) -> Any:
        # YAML reads a tag such as 403 as an int; tags are labels.
        return [str(tag) for tag in tags] if isinstance(tags, list) else tags

    def duplicate_ids(self) -> tuple[str, str] | None:
        """The field and message of the first repeated workaround or dead-end id."""
        groups: tuple[tuple[str, Sequence[Workaround | DeadEnd]], ...] = (
            ("workarounds", self.workarounds),
            ("dead_ends", self.dead_ends),
        )
        for kind, items in groups:
            seen: set[str] = set()
            for index, item in enumerate(items):
                if item.id in seen:
                    return f"{kind}.{index}.id", f"duplicate id {item.id!r} in {kind}"
                seen.add(item.id)
        return None

    @property
    def category(self) -> str:
        """The first part of the id: ``auth``, ``dependency``, ``user-code`` …"""
        return self.id.partition("/")[0]

    @property
    def proposed_in_slack(self) -> bool:
        """A draft proposed from Slack (its origin names the proposer).

        Lint lets such a draft lack translations, docs, sources and more advice (as
        warnings), so that it can be merged as it was approved, then completed.
        """
        return (
            self.status == "draft" and self.origin is not None and self.origin.site == ORIGIN_SITE
        )

    @property
    def is_user_code(self) -> bool:
        """Whether the entry is a failure in the code being built, not in CI."""
        return self.category == USER_CODE

    def texts(self) -> Iterator[tuple[str, Text]]:
        """Every translatable text of the entry, with its field path."""
        yield "root_cause", self.root_cause
        if self.reproduce is not None:
            yield "reproduce", self.reproduce
        for i, w in enumerate(self.workarounds):
            yield f"workarounds.{i}.title", w.title
            yield f"workarounds.{i}.steps", w.steps
            if w.review_note is not None:
                yield f"workarounds.{i}.review_note", w.review_note
        for i, d in enumerate(self.dead_ends):
            yield f"dead_ends.{i}.title", d.title
            yield f"dead_ends.{i}.reason", d.reason

    def workaround(self, workaround_id: str) -> Workaround | None:
        """The workaround with this id, or ``None``."""
        return next((w for w in self.workarounds if w.id == workaround_id), None)


_TRUSTED = {"trusted": True}


@dataclass(frozen=True)
class EntrySignature:
    """What the matcher needs of an entry: its id, title and signature."""

    id: str
    title: str
    match: Signature


class _CachedEntries(Mapping[str, Entry]):
    """Entries read back from the cache, each validated on first use.

    The cache holds entries that were validated when it was written; deferring the
    (slow) model construction keeps start-up short for a big catalog.
    """

    def __init__(self, raw: dict[str, bytes]) -> None:
        self._raw = raw
        self._built: dict[str, Entry] = {}

    def __getitem__(self, entry_id: str) -> Entry:
        entry = self._built.get(entry_id)
        if entry is None:
            entry = Entry.model_validate_json(self._raw[entry_id], context=_TRUSTED)
            self._built[entry_id] = entry
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class _Overlay(Mapping[str, Entry]):
    """Entries of a catalog with more added; an added one with the same id wins."""

    def __init__(self, base: Mapping[str, Entry], added: Mapping[str, Entry]) -> None:
        self._base = base
        self._added = added

    def __getitem__(self, entry_id: str) -> Entry:
        if entry_id in self._added:
            return self._added[entry_id]
        return self._base[entry_id]

    def __iter__(self) -> Iterator[str]:
        yield from self._base
        yield from (entry_id for entry_id in self._added if entry_id not in self._base)

    def __len__(self) -> int:
        return len(self._base) + sum(1 for entry_id in self._added if entry_id not in self._base)


@dataclass(frozen=True)
class Catalog:
    """All entries, by id, in a stable order."""

    entries: Mapping[str, Entry]
    signatures: Sequence[EntrySignature]
    root: Path | None = None
    paths: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        entries: dict[str, Entry],
        root: Path | None = None,
        paths: dict[str, Path] | None = None,
    ) -> Catalog:
        """A catalog of validated entries."""
        signatures = [EntrySignature(e.id, e.title, e.match) for e in entries.values()]
        return cls(entries=entries, signatures=signatures, root=root, paths=paths or {})

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self.entries

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def with_tag(self, tag: str) -> list[Entry]:
        return [entry for entry in self if tag in entry.tags]

    def adding(self, entries: Mapping[str, Entry]) -> Catalog:
        """This catalog with ``entries`` added (they win over entries with their id).

        The catalog's own entries are not built again: adding a few is cheap.
        """
        kept = [s for s in self.signatures if s.id not in entries]
        added = [EntrySignature(e.id, e.title, e.match) for e in entries.values()]
        return Catalog(
            entries=_Overlay(self.entries, entries),
            signatures=[*kept, *added],
            root=self.root,
            paths=self.paths,
        )


def _location(error: Mapping[str, Any]) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(top level)"


def parse_entry(data: Any, *, expected_id: str, path: str) -> Entry:
    """Validate one entry's data; raise :class:`CatalogError` with the file and field."""
    if not isinstance(data, dict):
        raise CatalogError("an entry must be a YAML mapping", path=path)
    try:
        entry = Entry.model_validate(data)
    except ValidationError as exc:
        first: Mapping[str, Any] = exc.errors(include_url=False)[0]
        message = first["msg"].removeprefix("Value error, ")
        more = len(exc.errors()) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise CatalogError(message, path=path, field=_location(first)) from None
    duplicate = entry.duplicate_ids()
    if duplicate is not None:
        raise CatalogError(duplicate[1], path=path, field=duplicate[0])
    if entry.id != expected_id:
        raise CatalogError(
            f"id {entry.id!r} does not match the file's path (expected {expected_id!r})",
            path=path,
            field="id",
        )
    return entry


def load_entry_file(path: Path, root: Path) -> Entry:
    """Read and validate one YAML entry file below ``root``."""
    relative = path.relative_to(root)
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"cannot read the file: {exc}", path=shown) from None
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CatalogError(f"invalid YAML: {problem}", path=shown, field=where) from None
    expected = relative.with_suffix("").as_posix()
    return parse_entry(data, expected_id=expected, path=shown)


class _CachedSignatures(Sequence[EntrySignature]):
    """The signatures of cached entries, read on first use (a cached matcher needs none)."""

    def __init__(self, parsed: list[dict[str, Any]]) -> None:
        self._parsed = parsed
        self._built: list[EntrySignature] | None = None

    def _all(self) -> list[EntrySignature]:
        if self._built is None:
            self._built = [
                EntrySignature(
                    data["id"],
                    data["title"],
                    Signature.model_validate(data["match"], context=_TRUSTED),
                )
                for data in self._parsed
            ]
        return self._built

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._parsed)


def _read_cache(cache: Path, roots: list[Path]) -> Catalog | None:
    try:
        raw: dict[str, bytes] = {}
        parsed: list[dict[str, Any]] = []
        for line in cache.read_bytes().splitlines():
            data = json.loads(line)
            raw[data["id"]] = line
            parsed.append(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    signatures = _CachedSignatures(parsed)
    if not raw:
        return None
    paths: dict[str, Path] = {}
    for entry_id in raw:
        candidates = [r / f"{entry_id}.yaml" for r in roots]
        paths[entry_id] = next((p for p in reversed(candidates) if p.is_file()), candidates[0])
    return Catalog(entries=_CachedEntries(raw), signatures=signatures, root=roots[0], paths=paths)


def _write_cache(cache: Path, catalog: Catalog) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for stale in cache.parent.glob("catalog-*.jsonl"):
            stale.unlink(missing_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("w", encoding="utf-8") as out:
            for entry in catalog:
                out.write(entry.model_dump_json() + "\n")
        partial.replace(cache)
    except OSError:
        pass  # a cache that cannot be written only costs speed next time


def load_catalog(root: Roots = None, *, cache_dir: Path | None = None) -> Catalog:
    """Load and validate every ``*.yaml`` entry below ``root`` (one directory or several).

    With several directories, an entry in a later one replaces the entry with the same
    id in an earlier one (a team's own catalog beside the shipped one). Raises
    :class:`CatalogError` naming the file and the field at the first problem. With
    ``cache_dir``, a validated copy is kept there (one JSON line per entry) and reused
    while no file of the catalog has changed: YAML parsing dominates start-up.
    """
    roots = catalog_roots(root)
    found = catalog_files(roots)
    cache = cache_dir / f"catalog-{catalog_fingerprint(roots)}.jsonl" if cache_dir else None
    if cache is not None and cache.is_file():
        cached = _read_cache(cache, roots)
        if cached is not None:
            return cached
    entries: dict[str, Entry] = {}
    paths: dict[str, Path] = {}
    for directory, path in found:
        entry = load_entry_file(path, directory)
        entries[entry.id] = entry
        paths[entry.id] = path
    catalog = Catalog.of(entries, roots[0], paths)
    if cache is not None:
        _write_cache(cache, catalog)
    return catalog


def catalog_json_schema() -> str:
    """The JSON Schema of one entry, as committed in ``catalog/schema.json``."""
    schema = Entry.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
