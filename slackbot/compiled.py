"""The catalog's files and their compiled form, without the schema's weight.

What a process needs to know before it reads any entry: where the catalog is, which
files it holds, and a fingerprint that changes whenever one of them (or the code that
reads them) changes. The command line uses this to load a compiled, cached matcher at
once instead of validating every entry at each start.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slackbot.errors import CatalogError

#: The category of failures in the user's own code (tests, compilers, linters).
USER_CODE = "user-code"
#: The code that decides what a cached catalog or matcher holds: a change invalidates it.
_CODE = ("catalog.py", "matching.py", "guidance/*.py", "compiled.py", "pattern_set.py")

Roots = Path | Sequence[Path] | None


def default_catalog_dir() -> Path:
    """The repository's ``catalog/`` (the Docker image sets ``CATALOG_DIR`` instead)."""
    return Path(__file__).resolve().parent.parent / "catalog"


def catalog_roots(root: Roots) -> list[Path]:
    """The catalog directories, resolved, in order (later ones win)."""
    if root is None:
        return [default_catalog_dir().resolve()]
    return [p.resolve() for p in ([root] if isinstance(root, Path) else root)]


def catalog_files(root: Roots = None) -> list[tuple[Path, Path]]:
    """Every entry file as ``(its catalog directory, its path)``, directories in order.

    Raises :class:`CatalogError` for a missing directory or a misplaced file.
    """
    found: list[tuple[Path, Path]] = []
    for directory in catalog_roots(root):
        if not directory.is_dir():
            raise CatalogError("the catalog directory does not exist", path=str(directory))
        entries, stray = _yaml_files(directory)
        if stray:
            raise CatalogError(
                "entries must be at <category>/<slug>.yaml, one level deep", path=str(stray[0])
            )
        found += [(directory, path) for path in entries]
    if not found:
        raise CatalogError("the catalog has no entries", path=str(catalog_roots(root)[0]))
    return found


def _yaml_files(directory: Path) -> tuple[list[Path], list[Path]]:
    """The ``<category>/<slug>.yaml`` files below ``directory``, and YAML files elsewhere.

    Both sorted. ``os.walk`` rather than ``Path.glob``: this runs at every start.
    """
    entries: list[tuple[str, str]] = []
    stray: list[Path] = []
    for top, _, files in os.walk(directory):
        relative = os.path.relpath(top, directory)
        one_deep = relative != os.curdir and os.sep not in relative
        for name in files:
            if one_deep and name.endswith(".yaml"):
                entries.append((relative, name))
            elif fnmatch.fnmatchcase(name, "*.y*ml") and not one_deep:
                stray.append(Path(top, name))
    return [directory / c / n for c, n in sorted(entries)], sorted(stray)


def _code_digest() -> bytes:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for pattern in _CODE:
        for path in sorted(here.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.digest()


def catalog_fingerprint(root: Roots = None) -> str:
    """Changes whenever an entry file is added, removed or changed (or the code is)."""
    digest = hashlib.sha256(_code_digest())
    for number, (directory, path) in enumerate(catalog_files(root)):
        stat = os.stat(path)
        digest.update(
            f"{directory}\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{number}\n".encode()
        )
    return digest.hexdigest()[:24]


def read_cached(cache_dir: Path, kind: str, fingerprint: str) -> Any:
    """A cached JSON document, or ``None`` when there is none for this fingerprint."""
    try:
        return json.loads((cache_dir / f"{kind}-{fingerprint}.json").read_bytes())
    except (OSError, ValueError):
        return None


def write_cached(cache_dir: Path, kind: str, fingerprint: str, data: Any) -> None:
    """Keep a JSON document for this fingerprint (and drop older ones of the same kind)."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for stale in cache_dir.glob(f"{kind}-*.json"):
            stale.unlink(missing_ok=True)
        target = cache_dir / f"{kind}-{fingerprint}.json"
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        partial.replace(target)
    except OSError:
        pass  # a cache that cannot be written only costs speed next time
