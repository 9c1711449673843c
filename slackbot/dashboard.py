"""What App Home and ``ci-error stats`` report: matches over the week, votes that
disagree with the catalog's estimates, unrecognised errors, drafts to review.

Pure: the helpdesk reads the store and hands the figures in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from slackbot.catalog import Catalog, Text
from slackbot.drafts import Draft
from slackbot.rates import Hits, Tally, refine
from slackbot.store.base import Gap, VoteRecord

BARS = "▁▂▃▄▅▆▇█"
NO_BAR = "·"


@dataclass(frozen=True)
class TopEntry:
    """An entry among the most matched of the week."""

    entry_id: str
    title: str
    week: int
    hits: Hits


@dataclass(frozen=True)
class Disagreement:
    """A workaround whose votes moved its success rate away from the catalog's estimate."""

    entry_id: str
    workaround_id: str
    title: Text
    prior: int
    refined: int
    votes: int

    @property
    def gap(self) -> int:
        return abs(self.refined - self.prior)


@dataclass(frozen=True)
class Dashboard:
    """Everything App Home shows; ``drafts`` only for admins."""

    catalog_size: int
    top: Sequence[TopEntry] = ()
    disagreements: Sequence[Disagreement] = ()
    gaps: Sequence[Gap] = ()
    drafts: Sequence[Draft] = field(default_factory=tuple)


def bar_chart(counts: Sequence[int]) -> str:
    """``▁▃█·▂`` : one bar per count, scaled to the largest; a dot for zero."""
    top = max(counts, default=0)
    if top <= 0:
        return NO_BAR * len(counts)
    return "".join(
        NO_BAR if count <= 0 else BARS[min(len(BARS) - 1, (count * len(BARS) - 1) // top)]
        for count in counts
    )


def tally_votes(records: Iterable[VoteRecord]) -> dict[tuple[str, str], Tally]:
    """The tally of each (entry, workaround) that has votes."""
    ups: Counter[tuple[str, str]] = Counter()
    downs: Counter[tuple[str, str]] = Counter()
    for record in records:
        key = (record.entry_id, record.workaround_id)
        (ups if record.direction == "up" else downs)[key] += 1
    return {key: Tally(ups[key], downs[key]) for key in ups.keys() | downs.keys()}


def find_disagreements(
    catalog: Catalog, tallies: dict[tuple[str, str], Tally], limit: int
) -> list[Disagreement]:
    """The workarounds whose refined rate is furthest from the estimate (most votes first
    among equals); workarounds no longer in the catalog are left out."""
    found = []
    for (entry_id, workaround_id), tally in tallies.items():
        entry = catalog.get(entry_id)
        workaround = entry.workaround(workaround_id) if entry is not None else None
        if entry is None or workaround is None or not tally.total:
            continue
        rate = refine(
            workaround.success, tally, evidence=entry.evidence, confidence=entry.confidence
        )
        found.append(
            Disagreement(
                entry_id,
                workaround_id,
                workaround.title,
                rate.prior,
                rate.refined,
                tally.total,
            )
        )
    found.sort(key=lambda d: (-d.gap, -d.votes, d.entry_id, d.workaround_id))
    return found[:limit]
