"""The Beta-Binomial refinement of success rates."""

from __future__ import annotations

import pytest

from slackbot.rates import Tally, prior_weight, refine


def test_no_votes_keeps_the_estimate() -> None:
    rate = refine(85, Tally(), evidence=1, confidence=88)
    assert (rate.refined, rate.voted, rate.likely_dead_end) == (85, False, False)


def test_worked_example_from_the_readme() -> None:
    # n0 = 1 + 2*0.88 + 2*1 = 4.76; alpha = 0.85*4.76 + 14; beta = 0.15*4.76 + 8
    assert prior_weight(1, 88) == pytest.approx(4.76)
    rate = refine(85, Tally(up=14, down=8), evidence=1, confidence=88)
    assert rate.refined == round(100 * (0.85 * 4.76 + 14) / (4.76 + 22))
    assert rate.refined == 67


def test_an_estimate_no_report_backs_is_flagged_after_a_few_votes() -> None:
    flagged_after = next(
        n
        for n in range(1, 30)
        if refine(85, Tally(down=n), evidence=0, confidence=70).likely_dead_end
    )
    assert flagged_after <= 5
    backed = next(
        n
        for n in range(1, 60)
        if refine(85, Tally(down=n), evidence=10, confidence=70).likely_dead_end
    )
    assert backed > 2 * flagged_after


@pytest.mark.parametrize("prior", [10, 50, 85])
def test_votes_move_the_rate_the_right_way(prior: int) -> None:
    up = refine(prior, Tally(up=10), evidence=0, confidence=50).refined
    down = refine(prior, Tally(down=10), evidence=0, confidence=50).refined
    assert down < prior < up or (prior == 50 and down < 50 < up)


def test_more_evidence_makes_the_estimate_stickier() -> None:
    weak = refine(80, Tally(down=5), evidence=0, confidence=20).refined
    strong = refine(80, Tally(down=5), evidence=20, confidence=100).refined
    assert weak < strong


def test_likely_dead_end_needs_enough_clearly_negative_votes() -> None:
    assert not refine(85, Tally(down=4), evidence=0, confidence=50).likely_dead_end
    assert refine(85, Tally(up=1, down=20), evidence=0, confidence=50).likely_dead_end
    assert not refine(85, Tally(up=10, down=10), evidence=0, confidence=50).likely_dead_end
