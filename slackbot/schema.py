"""Validating catalog data from outside: entry files, drafts from Slack, imported pages.

The entry types of :mod:`slackbot.catalog` are plain dataclasses whose fields carry their
rules; pydantic enforces them here. Only what reads untrusted data imports this module
(and so pydantic and YAML): a catalog read back from its cache needs neither.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import TypeAdapter, ValidationError

from slackbot.catalog import Entry
from slackbot.errors import CatalogError

T = TypeVar("T")

#: libyaml's loader is ~10x faster than the pure-Python one; fall back where it is missing.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_FAST_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last one
    silently, so two ``unless:`` blocks written by two people would lose the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


#: The JSON Schema's title for an entry (``catalog/schema.json``).
SCHEMA_TITLE = "ci-error catalog entry"

#: pydantic words these errors differently for dataclasses than for its own models, which
#: the catalog used first: authors keep the messages they know.
_MESSAGES = {
    "unexpected_keyword_argument": "Extra inputs are not permitted",
    "dataclass_type": "Input should be a valid dictionary or instance of {class_name}",
}


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(kind: type[T]) -> TypeAdapter[T]:
    adapter: TypeAdapter[T] | None = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


def validate(kind: type[T], data: Any) -> T:
    """``data`` as a ``kind`` (an entry or one of its parts); pydantic's ``ValidationError``
    says what is wrong."""
    return _adapter(kind).validate_python(data)


def _location(error: Mapping[str, Any]) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(top level)"


def _message(error: Mapping[str, Any]) -> str:
    template = _MESSAGES.get(error["type"])
    message = template.format(**error.get("ctx", {})) if template else str(error["msg"])
    return message.removeprefix("Value error, ")


def parse_entry(data: Any, *, expected_id: str, path: str) -> Entry:
    """Validate one entry's data; raise :class:`CatalogError` with the file and field."""
    if not isinstance(data, dict):
        raise CatalogError("an entry must be a YAML mapping", path=path)
    try:
        entry = validate(Entry, data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        message = _message(errors[0])
        more = len(errors) - 1
        if more:
            message += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise CatalogError(message, path=path, field=_location(errors[0])) from None
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
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CatalogError(f"invalid YAML: {problem}", path=shown, field=where) from None
    expected = relative.with_suffix("").as_posix()
    return parse_entry(data, expected_id=expected, path=shown)


def catalog_json_schema() -> str:
    """The JSON Schema of one entry, as committed in ``catalog/schema.json``."""
    schema = _adapter(Entry).json_schema()
    schema["title"] = SCHEMA_TITLE
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
