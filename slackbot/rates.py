"""Success rates refined by votes: a Beta-Binomial posterior.

The catalog's percentage ``p`` is the prior mean; its weight (pseudo-votes) grows with
the entry's evidence and confidence::

    n0 = 1 + 2 * confidence / 100 + 2 * min(evidence, 20)
    alpha = p * n0 + up          beta = (1 - p) * n0 + down
    refined = alpha / (alpha + beta)

An estimate that no report backs (evidence 0) weighs about two votes, so a few votes
move it. A workaround is a likely dead end once enough people voted (3 while the
figures are estimates, 5 once reports back them) and even an optimistic reading of the
posterior (mean + 1.28 standard deviations, about the 90th percentile) stays below one
half.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DEAD_END_MIN_VOTES = 5
DEAD_END_MIN_VOTES_ON_ESTIMATES = 3
DEAD_END_CEILING = 0.5


@dataclass(frozen=True)
class Tally:
    """Votes on one workaround."""

    up: int = 0
    down: int = 0

    @property
    def total(self) -> int:
        return self.up + self.down


@dataclass(frozen=True)
class Hits:
    """How often an entry matched in the rolling windows, and when it was last seen."""

    day: int = 0
    week: int = 0
    month: int = 0
    last_seen: float | None = None
    #: Matches in each of the last 7 days (24-hour windows ending now), oldest first.
    days: tuple[int, ...] = ()


@dataclass(frozen=True)
class Rate:
    """A workaround's success rate as the card shows it."""

    prior: int
    refined: int
    up: int
    down: int
    likely_dead_end: bool

    @property
    def voted(self) -> bool:
        return self.up + self.down > 0


def prior_weight(evidence: int, confidence: int) -> float:
    """How many votes the catalog's estimate is worth."""
    return 1.0 + 2.0 * confidence / 100.0 + 2.0 * min(evidence, 20)


def refine(prior_pct: int, tally: Tally, *, evidence: int, confidence: int) -> Rate:
    """The posterior success rate of a workaround given its votes."""
    p = min(max(prior_pct / 100.0, 0.0), 1.0)
    n0 = prior_weight(evidence, confidence)
    alpha = p * n0 + tally.up
    beta = (1.0 - p) * n0 + tally.down
    total = alpha + beta
    mean = alpha / total
    sd = math.sqrt(alpha * beta / (total * total * (total + 1.0)))
    enough = DEAD_END_MIN_VOTES_ON_ESTIMATES if evidence == 0 else DEAD_END_MIN_VOTES
    dead = tally.total >= enough and mean + 1.28 * sd < DEAD_END_CEILING
    return Rate(
        prior=prior_pct,
        refined=round(mean * 100),
        up=tally.up,
        down=tally.down,
        likely_dead_end=dead,
    )
