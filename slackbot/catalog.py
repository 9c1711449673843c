"""The catalog of known CI errors: its entries, their rules, and loading them.

One YAML file per entry at ``<catalog>/<category>/<slug>.yaml``; the entry's ``id``
is ``<category>/<slug>`` and must equal its path. The entry types are plain frozen
dataclasses whose fields carry their rules as :data:`~typing.Annotated` markers
(:class:`Limits`, :class:`Check`). :mod:`slackbot.schema` enforces those rules with
pydantic on data from outside (entry files, drafts, imported pages) and compiles every
signature with RE2 (linear time), so a catalog that loads is a catalog the matcher can
run safely. A catalog read back from its cache was validated when the cache was written:
that path builds the dataclasses directly and imports neither pydantic nor YAML.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import mmap
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import re2

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

# The markers below are the rules of the entry types' fields. pydantic reads them (by
# its ``__get_pydantic_core_schema__`` protocol) when slackbot.schema validates data;
# nothing else does. Plain classes: building dataclasses costs every start its time.


class Limits:
    """Bounds on a value: a string's length and pattern, a number's range, a list's size.

    The keywords are those of pydantic-core's string, integer and list schemas.
    """

    __slots__ = ("bounds",)

    def __init__(self, **bounds: int | str | bool) -> None:
        self.bounds = bounds

    def __repr__(self) -> str:
        return f"Limits({self.bounds})"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: Callable[[Any], dict[str, Any]]
    ) -> dict[str, Any]:
        return {**handler(source), **self.bounds}


class Check:
    """A function run on a value: after the value's own validation, or with ``before``
    on the input as given. It returns the value or raises ``ValueError``.
    """

    __slots__ = ("before", "function")

    def __init__(self, function: Callable[[Any], Any], *, before: bool = False) -> None:
        self.function = function
        self.before = before

    def __repr__(self) -> str:
        return f"Check({self.function.__name__}{', before=True' if self.before else ''})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        inner = dict(handler(source))
        # A class's schema is a definition shared by every field of that class: the
        # check must become part of it, or fields after the first would skip it.
        ref = inner.pop("ref", None)
        if self.before:
            return core_schema.no_info_before_validator_function(self.function, inner, ref=ref)
        return core_schema.no_info_after_validator_function(self.function, inner, ref=ref)


class JsonFormat:
    """The ``format`` a value has in the catalog's JSON Schema (``uri``, say)."""

    __slots__ = ("format",)

    def __init__(self, format: str) -> None:
        self.format = format

    def __repr__(self) -> str:
        return f"JsonFormat({self.format!r})"

    def __get_pydantic_json_schema__(
        self, schema: Any, handler: Callable[[Any], dict[str, Any]]
    ) -> dict[str, Any]:
        return {**handler(schema), "format": self.format}


# The checks' patterns are compiled on first use (by ``re``'s cache): only validation
# needs them, and compiling them would slow every start.
_HTTP_URL = r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$"


def _http_url(url: str) -> str:
    # pydantic's URL types import half the e-mail stack: a plain check of what an entry
    # needs (an absolute http(s) link) keeps validation light.
    if not re.match(_HTTP_URL, url):
        raise ValueError("Input should be a valid URL (http or https, with a host)")
    return url


Percent = Annotated[int, Limits(ge=0, le=100)]
Priority = Annotated[int, Limits(ge=0, le=100)]
Slug = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
EntryId = Annotated[str, Limits(pattern=r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", max_length=120)]
NonEmpty = Annotated[str, Limits(min_length=1, strip_whitespace=True)]
HttpUrl = Annotated[str, Check(_http_url), JsonFormat("uri")]

#: What pydantic is told of every entry type: frozen, and a field it does not know is an error.
_CLOSED = {"extra": "forbid", "frozen": True}

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
_FOLDED_CJK_SPACE = f"(?<=[{_CJK}]) (?=[{_CJK}])"


def _text_from_string(value: Any) -> Any:
    return {"en": value} if isinstance(value, str) else value


def _unfold_chinese(text: str | None) -> str | None:
    # YAML's folded scalars (>-) join lines with a space, which Chinese does not use.
    return re.sub(_FOLDED_CJK_SPACE, "", text) if text else text


def _labels(tags: Any) -> Any:
    # YAML reads a tag such as 403 as an int; tags are labels.
    return [str(tag) for tag in tags] if isinstance(tags, list) else tags


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A piece of text in English with an optional Chinese translation.

    In YAML a plain string is shorthand for ``{en: <string>}``.
    """

    __pydantic_config__ = _CLOSED

    en: NonEmpty
    zh: Annotated[NonEmpty | None, Check(_unfold_chinese)] = None

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Callable[[Any], Any]) -> Any:
        return Check(_text_from_string, before=True).__get_pydantic_core_schema__(source, handler)

    def get(self, lang: Lang) -> str:
        """The text in ``lang``, falling back to English where there is no translation."""
        return self.zh if lang == "zh" and self.zh else self.en


@dataclass(frozen=True, slots=True, kw_only=True)
class VersionRow:
    """One row of the version-compatibility table."""

    __pydantic_config__ = _CLOSED

    component: NonEmpty
    status: Literal["active", "fixed", "deprecated", "removed", "unknown"] = "active"
    introduced: str | None = None
    deprecated: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DocLink:
    """An official documentation page."""

    __pydantic_config__ = _CLOSED

    url: HttpUrl
    title: NonEmpty


@dataclass(frozen=True, slots=True, kw_only=True)
class Workaround:
    """Something that fixes the error, with the share of cases it fixes."""

    __pydantic_config__ = _CLOSED

    id: Slug
    title: Text
    steps: Text
    success: Percent
    review_note: Text | None = field(
        default=None,
        metadata={
            "description": "Why a reviewer doubts this advice; the card shows it as unverified."
        },
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Workaround:
        """A workaround from :meth:`Entry.to_dict`'s data (see :meth:`Entry.from_dict`)."""
        note = data.get("review_note")
        return cls(
            id=data["id"],
            title=Text(**data["title"]),
            steps=Text(**data["steps"]),
            success=data["success"],
            review_note=None if note is None else Text(**note),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DeadEnd:
    """Something people try that does not work, and why."""

    __pydantic_config__ = _CLOSED

    id: Slug
    title: Text
    fail: Percent
    reason: Text

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeadEnd:
        """A dead end from :meth:`Entry.to_dict`'s data (see :meth:`Entry.from_dict`)."""
        return cls(
            id=data["id"],
            title=Text(**data["title"]),
            fail=data["fail"],
            reason=Text(**data["reason"]),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where an entry's facts or example lines come from, and how the entry was chosen."""

    __pydantic_config__ = _CLOSED

    url: HttpUrl
    note: str | None = field(
        default=None,
        metadata={
            "description": "What this source backs (an example, a fact) or why the entry exists."
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PatternSpec:
    """A pattern with a priority of its own (a form that names the root cause, say), or one
    that recognises a line by its shape."""

    __pydantic_config__ = _CLOSED

    pattern: NonEmpty
    priority: Priority | None = field(
        default=None, metadata={"description": "Its own priority; the entry's when left out."}
    )
    shape: bool = field(
        default=False,
        metadata={
            "description": (
                "The pattern recognises a line by its shape (a test's id, a file and line, a "
                "summary's figures) and holds no fixed text of 4 characters: it is searched "
                "in every paste, and `ci-error lint` asks every other pattern for such text."
            )
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Origin:
    """The page an entry was imported from, when that page has no URL of its own."""

    __pydantic_config__ = _CLOSED

    site: NonEmpty = field(
        metadata={"description": "Where the page was published, e.g. ErrorCanon."}
    )
    page: NonEmpty = field(metadata={"description": "The page's id on that site."})
    note: str | None = field(
        default=None,
        metadata={"description": "What the entry kept of the page, and what was corrected."},
    )


def _patterns_compile(patterns: list[str | PatternSpec]) -> list[str | PatternSpec]:
    for item in patterns:
        pattern = item if isinstance(item, str) else item.pattern
        if compile_pattern(pattern).search("") is not None:
            raise ValueError(f"pattern {pattern!r} matches the empty string")
    return patterns


def _plain_patterns_compile(patterns: list[str]) -> list[str]:
    items: list[str | PatternSpec] = list(patterns)
    _patterns_compile(items)
    return patterns


def _extract_has_one_group(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        if compile_pattern(pattern).groups != 1:
            raise ValueError(f"extract pattern {pattern!r} needs exactly one capture group")
    return patterns


@dataclass(frozen=True, slots=True, kw_only=True)
class Signature:
    """How the matcher recognises the entry.

    ``patterns`` are RE2 regular expressions searched in each cleaned log line
    (case-sensitive unless they start with ``(?i)``); ``examples`` are real error
    lines or short excerpts, used for fuzzy matching and as regression tests.
    ``priority`` breaks ties between entries whose patterns both hit: the entry
    that names the root cause gets the higher number, the last symptom the lower. A
    pattern written as ``{pattern, priority}`` has a priority of its own.
    """

    __pydantic_config__ = _CLOSED

    patterns: Annotated[
        list[NonEmpty | PatternSpec], Limits(min_length=1), Check(_patterns_compile)
    ]
    examples: Annotated[list[NonEmpty], Limits(min_length=1)]
    priority: Priority = 50
    extract: Annotated[list[NonEmpty], Check(_extract_has_one_group)] = field(
        default_factory=list,
        metadata={
            "description": (
                "RE2 patterns with one capture group each: what failed (a test id, a "
                "file:line), quoted on the card of a failure in the user's own code."
            )
        },
    )

    unless: Annotated[list[NonEmpty], Check(_plain_patterns_compile)] = field(
        default_factory=list,
        metadata={
            "description": (
                "RE2 patterns of lines that show the entry does not explain the text: "
                "when any line of a paste or log matches one, the entry is not offered "
                "(a job that waited for a runner and then started; a tool's own probe "
                "that prints the same error and recovers)."
            )
        },
    )
    requires: Annotated[list[NonEmpty], Check(_plain_patterns_compile)] = field(
        default_factory=list,
        metadata={
            "description": (
                "RE2 patterns of lines of which the text must hold at least one for the "
                "entry to be offered (a Python traceback cut before its exception line "
                "says nothing of the cause)."
            )
        },
    )
    skip_lines: Annotated[list[NonEmpty], Check(_plain_patterns_compile)] = field(
        default_factory=list,
        metadata={
            "description": (
                "RE2 patterns of lines the entry's patterns are not counted on: a line "
                "that matches a pattern and one of these is passed over (a compiler error "
                "in a vendored or installed package is not the project's code)."
            )
        },
    )

    @property
    def texts(self) -> list[str]:
        """The patterns' regular expressions, in order."""
        return [p if isinstance(p, str) else p.pattern for p in self.patterns]

    def priority_of(self, index: int) -> int:
        """The priority of the pattern at ``index`` (its own, or the entry's)."""
        item = self.patterns[index]
        if isinstance(item, str) or item.priority is None:
            return self.priority
        return item.priority

    def is_shape(self, index: int) -> bool:
        """Whether the pattern at ``index`` is marked as recognising a line's shape."""
        item = self.patterns[index]
        return not isinstance(item, str) and item.shape

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Signature:
        """A signature from :meth:`Entry.to_dict`'s data (see :meth:`Entry.from_dict`)."""
        patterns = [p if isinstance(p, str) else PatternSpec(**p) for p in data["patterns"]]
        return cls(**{**data, "patterns": patterns})


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One known CI error, as stored in ``catalog/<category>/<slug>.yaml``."""

    __pydantic_config__ = _CLOSED

    id: EntryId
    title: NonEmpty
    tags: Annotated[list[NonEmpty], Check(_labels, before=True)] = field(default_factory=list)
    provenance: Literal["ai_generated", "curated", "community", "vendor"]
    status: Literal["partial", "verified", "draft", "deprecated"]
    fix_rate: Percent
    confidence: Percent
    evidence: Annotated[int, Limits(ge=0)] = field(
        metadata={"description": "How many independent reports back the figures."}
    )
    first_seen: dt.date | None = field(
        default=None,
        metadata={"description": "When the error was first reported, where a source dates it."},
    )
    verified_on: dt.date | None = field(
        default=None,
        metadata={
            "description": "The last day a person checked the entry against the vendor's docs."
        },
    )
    versions: list[VersionRow] = field(default_factory=list)
    root_cause: Text
    docs: list[DocLink] = field(
        default_factory=list,
        metadata={
            "description": "The vendor's documentation pages (lint requires one, drafts aside)."
        },
    )
    workarounds: Annotated[list[Workaround], Limits(min_length=1)]
    dead_ends: list[DeadEnd] = field(default_factory=list)
    reproduce: Text | None = field(
        default=None,
        metadata={
            "description": (
                "How to run the failing part locally (entries of the user-code category)."
            )
        },
    )
    sources: list[Source] = field(
        default_factory=list,
        metadata={
            "description": (
                "Pages the example lines and facts come from, and how the entry was chosen."
            )
        },
    )
    origin: Origin | None = field(
        default=None,
        metadata={
            "description": (
                "The page the entry was imported from (ci-error import), if it has no URL."
            )
        },
    )
    match: Signature

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

    def to_dict(self) -> dict[str, Any]:
        """The entry as JSON data, as its YAML file would hold it (``None`` fields left out)."""
        return _plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        """An entry from :meth:`to_dict`'s data, *not validated*: for data this code wrote
        (the catalog's cache). Data from elsewhere goes through :mod:`slackbot.schema`."""
        fields = {
            **data,
            "versions": [VersionRow(**row) for row in data.get("versions", ())],
            "root_cause": Text(**data["root_cause"]),
            "docs": [DocLink(**doc) for doc in data.get("docs", ())],
            "workarounds": [Workaround.from_dict(w) for w in data["workarounds"]],
            "dead_ends": [DeadEnd.from_dict(d) for d in data.get("dead_ends", ())],
            "sources": [Source(**source) for source in data.get("sources", ())],
            "match": Signature.from_dict(data["match"]),
        }
        for day in ("first_seen", "verified_on"):
            if day in data:
                fields[day] = dt.date.fromisoformat(data[day])
        if "reproduce" in data:
            fields["reproduce"] = Text(**data["reproduce"])
        if "origin" in data:
            fields["origin"] = Origin(**data["origin"])
        return cls(**fields)


def _plain(value: Any) -> Any:
    """``value`` (an entry or a part of one) as JSON data, ``None`` fields left out."""
    if isinstance(value, str | int):
        return value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return {
        name: _plain(item)
        for name in value.__dataclass_fields__
        if (item := getattr(value, name)) is not None
    }


@dataclass(frozen=True)
class EntrySignature:
    """What the matcher needs of an entry: its id, title and signature."""

    id: str
    title: str
    match: Signature


class _CacheFile:
    """A catalog's cache: a header line (the ids, and where each entry's line ends), then
    one JSON line per entry. Lines are read when asked for, from a map of the file that
    stays valid when a newer catalog replaces the file.
    """

    def __init__(
        self, path: Path, data: bytes | mmap.mmap, ids: list[str], ends: list[int], body: int
    ) -> None:
        self.path = path
        self._data = data
        self.ids = ids
        self._ends = ends
        self._body = body

    @classmethod
    def open(cls, path: Path) -> _CacheFile | None:
        """The cache at ``path``, or ``None`` when there is none or it is not whole."""
        try:
            with path.open("rb") as file:
                try:
                    data: bytes | mmap.mmap = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
                except (OSError, ValueError):  # a file system without mmap, an empty file
                    data = file.read()
            body = data.find(b"\n") + 1
            header = json.loads(data[:body])
            ids, ends = header["ids"], header["ends"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not ids or len(ids) != len(ends) or body + ends[-1] != len(data):
            return None
        return cls(path, data, ids, ends, body)

    def read(self, index: int) -> dict[str, Any]:
        """The JSON data of the entry at ``index``."""
        start = self._body + (self._ends[index - 1] if index else 0)
        try:
            data: dict[str, Any] = json.loads(self._data[start : self._body + self._ends[index]])
        except ValueError:
            raise CatalogError(
                "the catalog's cache is damaged: delete it", path=str(self.path)
            ) from None
        return data


def _write_cache(cache: Path, entries: Sequence[Entry]) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        for stale in cache.parent.glob("catalog-*.jsonl"):
            stale.unlink(missing_ok=True)
        lines = [
            json.dumps(e.to_dict(), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
            for e in entries
        ]
        header = {
            "ids": [e.id for e in entries],
            "ends": list(itertools.accumulate(map(len, lines))),
        }
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as out:
            out.write(json.dumps(header, separators=(",", ":")).encode() + b"\n")
            out.writelines(lines)
        partial.replace(cache)
    except OSError:
        pass  # a cache that cannot be written only costs speed next time


class _CachedEntries(Mapping[str, Entry]):
    """Entries read back from the cache, each built on first use.

    The cache holds entries that were validated when it was written; building only the
    entries a process uses keeps start-up short for a big catalog.
    """

    def __init__(self, cache: _CacheFile) -> None:
        self._cache = cache
        self._index = {entry_id: index for index, entry_id in enumerate(cache.ids)}
        self._built: dict[str, Entry] = {}

    def __getitem__(self, entry_id: str) -> Entry:
        entry = self._built.get(entry_id)
        if entry is None:
            entry = Entry.from_dict(self._cache.read(self._index[entry_id]))
            self._built[entry_id] = entry
        return entry

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._cache.ids)

    def __len__(self) -> int:
        return len(self._index)


class _CachedSignatures(Sequence[EntrySignature]):
    """The signatures of cached entries, read on first use (a cached matcher needs none)."""

    def __init__(self, cache: _CacheFile) -> None:
        self._cache = cache
        self._built: list[EntrySignature] | None = None

    def _all(self) -> list[EntrySignature]:
        if self._built is None:
            self._built = []
            for index in range(len(self._cache.ids)):
                data = self._cache.read(index)
                signature = Signature.from_dict(data["match"])
                self._built.append(EntrySignature(data["id"], data["title"], signature))
        return self._built

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._cache.ids)


class _CachedPaths(Mapping[str, Path]):
    """Each cached entry's file: its path in the last catalog directory that has it."""

    def __init__(self, entries: Mapping[str, Entry], roots: list[Path]) -> None:
        self._entries = entries
        self._roots = roots
        self._found: dict[str, Path] = {}

    def __getitem__(self, entry_id: str) -> Path:
        path = self._found.get(entry_id)
        if path is None:
            if entry_id not in self._entries:
                raise KeyError(entry_id)
            candidates = [root / f"{entry_id}.yaml" for root in self._roots]
            path = next((p for p in reversed(candidates) if p.is_file()), candidates[0])
            self._found[entry_id] = path
        return path

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class _Overlay(Mapping[str, Entry]):
    """Entries of a catalog with more added; an added one with the same id wins."""

    def __init__(self, base: Mapping[str, Entry], added: Mapping[str, Entry]) -> None:
        self._base = base
        self._added = added

    def __getitem__(self, entry_id: str) -> Entry:
        if entry_id in self._added:
            return self._added[entry_id]
        return self._base[entry_id]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._added or entry_id in self._base

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
    paths: Mapping[str, Path] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        entries: dict[str, Entry],
        root: Path | None = None,
        paths: Mapping[str, Path] | None = None,
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


def _read_cache(cache: Path, roots: list[Path]) -> Catalog | None:
    found = _CacheFile.open(cache)
    if found is None:
        return None
    entries = _CachedEntries(found)
    return Catalog(
        entries=entries,
        signatures=_CachedSignatures(found),
        root=roots[0],
        paths=_CachedPaths(entries, roots),
    )


def load_catalog(
    root: Roots = None, *, cache_dir: Path | None = None, fingerprint: str | None = None
) -> Catalog:
    """Load and validate every ``*.yaml`` entry below ``root`` (one directory or several).

    With several directories, an entry in a later one replaces the entry with the same
    id in an earlier one (a team's own catalog beside the shipped one). Raises
    :class:`CatalogError` naming the file and the field at the first problem. With
    ``cache_dir``, a validated copy is kept there (see :class:`_CacheFile`) and reused
    while no file of the catalog has changed: YAML parsing dominates start-up. A caller
    that has just computed the catalog's ``fingerprint`` passes it.
    """
    roots = catalog_roots(root)
    cache = None
    if cache_dir is not None:
        # The fingerprint lists the catalog: with a current cache, that is all it takes.
        cache = cache_dir / f"catalog-{fingerprint or catalog_fingerprint(roots)}.jsonl"
        cached = _read_cache(cache, roots)
        if cached is not None:
            return cached
    from slackbot.schema import load_entry_file

    entries: dict[str, Entry] = {}
    paths: dict[str, Path] = {}
    for directory, path in catalog_files(roots):
        entry = load_entry_file(path, directory)
        entries[entry.id] = entry
        paths[entry.id] = path
    if cache is not None:
        _write_cache(cache, list(entries.values()))
    return Catalog.of(entries, roots[0], paths)
