"""Synthetic catalogs for the benchmarks, varied like real entries.

Each synthetic entry is a real entry of the catalog with its identity, its distinctive
words and numbers changed: new ids, new literal tokens in titles, patterns and examples
(so every entry keeps a distinct signature), the same shape and size of text.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from slackbot.catalog import load_catalog

DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")


def _token(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)}{rng.randrange(10_000, 99_999)}{rng.choice(WORDS)}"


def _tokened(token: str, pattern: str | dict[str, Any]) -> str | dict[str, Any]:
    """``pattern`` (a string or a ``{pattern, priority}``) behind the literal ``token``."""
    if isinstance(pattern, dict):
        return {**pattern, "pattern": _tokened(token, pattern["pattern"])}
    return f"{re.escape(token)}.*{pattern.removeprefix('(?i)')}"


def generate(size: int, target: Path, source: Path | None = None, seed: int = 7) -> Path:
    """Write ``size`` entries below ``target`` (replacing it); return ``target``."""
    rng = random.Random(seed)
    real = list(load_catalog(source))
    if target.exists():
        shutil.rmtree(target)
    for number in range(size):
        base = real[number % len(real)].to_dict()
        token = _token(rng)
        category = f"{base['id'].split('/')[0]}{number % 7}"
        slug = f"{base['id'].split('/')[1]}-{number}"
        base["id"] = f"{category}/{slug}"
        base["title"] = f"{token}: {base['title']}"
        # Every signature gains the entry's own literal token, as distinct real errors differ.
        base["match"]["patterns"] = [_tokened(token, p) for p in base["match"]["patterns"]]
        base["match"]["examples"] = [
            "\n".join(f"{token} {line}" for line in example.split("\n"))
            for example in base["match"]["examples"]
        ]
        path = target / category / f"{slug}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            yaml.dump(base, Dumper=DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    return target
