"""What the listeners ask for: diagnose text, rebuild cards, count votes, build App Home.

:class:`Helpdesk` joins the pure core (catalog, matching, cards) to the store and the
metrics; it knows nothing of Slack's transport, so listeners stay a few lines each.
A store that is down never stops a diagnosis: only votes report it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slackbot.cards import (
    Card,
    CardContext,
    build_card,
    build_no_match,
    build_notice,
    slack_date,
)
from slackbot.catalog import Catalog, Lang
from slackbot.config import Settings
from slackbot.errors import InvalidVote, StoreUnavailable
from slackbot.matching import Matcher, MatchResult, mask_line
from slackbot.messages import say
from slackbot.metrics import Metrics
from slackbot.rates import Hits, Tally
from slackbot.redaction import redact
from slackbot.store import Feedback, Store, VoteOutcome, check_vote
from slackbot.store.base import WEEK

log = logging.getLogger(__name__)

#: Longest text one request may ask us to read; the rest of a log is not looked at.
MAX_TEXT_CHARS = 20 << 20
MAX_GAP_CHARS = 300


@dataclass(frozen=True)
class VoteReply:
    """What a vote click answers: the refreshed card (if any) and a short note."""

    card: Card | None
    note: str


def _no_backticks(text: str) -> str:
    return text.replace("`", "'")


class Helpdesk:
    """The bot's behaviour, independent of how Slack requests arrive."""

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        store: Store,
        metrics: Metrics,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self.catalog = catalog
        self.matcher = Matcher(catalog)
        self.store = store
        self.metrics = metrics
        self._clock = clock

    # --- diagnosis ----------------------------------------------------------------

    def redact(self, text: str) -> str:
        """``text`` without any secret, the bot's own tokens included."""
        return redact(text, self.settings.secrets)

    def diagnose(self, text: str, *, top: int = 3) -> MatchResult:
        """Match ``text`` and count the outcome; every line the result quotes is redacted."""
        started = time.perf_counter()
        # Only the lines a result quotes ever leave the matcher: redacting them (not the
        # whole text, which may be megabytes) is what keeps secrets out of replies.
        result = self.matcher.match(text[:MAX_TEXT_CHARS], top=top).with_lines(self.redact)
        self.metrics.match_seconds.observe(time.perf_counter() - started)
        if result.best is not None:
            self.metrics.matches.labels(entry=result.best.entry_id).inc()
        else:
            self.metrics.no_matches.inc()
        return result

    def record_outcome(self, result: MatchResult) -> None:
        """Count a hit, or queue the unmatched line as a gap; never fails the caller."""
        try:
            if result.best is not None:
                self.store.record_hit(result.best.entry_id, self._clock())
            elif result.decisive_line.strip():
                line = mask_line(result.decisive_line)[:MAX_GAP_CHARS].strip()
                self.store.record_gap(line, self._clock())
        except StoreUnavailable as exc:
            log.warning("store unavailable, outcome not counted: %s", exc)

    def answer(self, text: str, lang: Lang, *, ephemeral: bool) -> Card:
        """The card for the best match in ``text``, or the no-match answer."""
        if not text.strip():
            return build_notice(say("empty_text", lang))
        result = self.diagnose(text)
        self.record_outcome(result)
        return self.card_for(result, lang, ephemeral=ephemeral)

    def card_for(self, result: MatchResult, lang: Lang, *, ephemeral: bool) -> Card:
        """The card of a result's best match, or the no-match answer with near misses."""
        best = result.best
        if best is None:
            return build_no_match(result, lang)
        context = CardContext.from_match(best, result.matches[1:], lang=lang, ephemeral=ephemeral)
        return self.card(context)

    def card(self, context: CardContext, *, shared_by: str | None = None) -> Card:
        """Render the card a context describes, with current votes and hits."""
        entry = self.catalog.entries[context.entry_id]
        runner_ups = [self.catalog.entries[o] for o in context.others if o in self.catalog]
        tallies: dict[str, Tally] | None = None
        hits: Hits | None = None
        try:
            tallies = self.store.tallies(entry.id, [w.id for w in entry.workarounds])
            hits = self.store.hits(entry.id, self._clock())
        except StoreUnavailable as exc:
            log.warning("store unavailable, card shows catalog estimates: %s", exc)
        return build_card(
            entry, context, runner_ups=runner_ups, tallies=tallies, hits=hits, shared_by=shared_by
        )

    def show(self, entry_id: str, lang: Lang, *, ephemeral: bool = True) -> Card:
        """The card of one entry by id, or a note that there is none."""
        if entry_id not in self.catalog:
            return build_notice(say("unknown_entry", lang, entry_id=entry_id[:120]))
        return self.card(CardContext(entry_id=entry_id, lang=lang, ephemeral=ephemeral))

    def context_from(self, value: str) -> tuple[CardContext, str]:
        """Decode a button value; ``InvalidVote`` when it is forged or names no entry."""
        try:
            context, target = CardContext.decode(value)
        except ValueError as exc:
            raise InvalidVote(str(exc)) from None
        if context.entry_id not in self.catalog:
            raise InvalidVote(f"unknown entry {context.entry_id!r}")
        return context, target

    # --- votes and feedback -------------------------------------------------------

    def vote(self, value: str, user_id: str, direction: str) -> VoteReply:
        """Apply a 👍 / 👎 click; the reply says whether it was recorded."""
        try:
            context, workaround_id = self.context_from(value)
            checked = check_vote(self.catalog, context.entry_id, workaround_id, direction)
        except InvalidVote as exc:
            log.info("refused vote from %s: %s", user_id, exc)
            self.metrics.votes.labels(outcome="invalid").inc()
            return VoteReply(None, say("vote_invalid"))
        try:
            outcome = self.store.vote(context.entry_id, workaround_id, user_id, checked)
        except StoreUnavailable as exc:
            log.warning("vote not recorded: %s", exc)
            self.metrics.votes.labels(outcome="not_recorded").inc()
            return VoteReply(None, say("vote_not_recorded", context.lang))
        self.metrics.votes.labels(outcome=outcome.value).inc()
        note = {
            VoteOutcome.RECORDED: "vote_thanks",
            VoteOutcome.CHANGED: "vote_changed",
            VoteOutcome.UNCHANGED: "vote_unchanged",
        }[outcome]
        return VoteReply(self.card(context), say(note, context.lang))

    def wrong_match(self, value: str, user_id: str) -> str:
        """Keep a "wrong match" report; the note to show the reporter."""
        try:
            context, _ = self.context_from(value)
        except InvalidVote:
            return say("vote_invalid")
        try:
            self.store.record_feedback(
                Feedback(
                    entry_id=context.entry_id,
                    line=self.redact(context.line),
                    user_id=user_id,
                    at=self._clock(),
                )
            )
        except StoreUnavailable:
            return say("vote_not_recorded", context.lang)
        return say("wrong_match_thanks", context.lang)

    # --- App Home -----------------------------------------------------------------

    def home_view(self, lang: Lang) -> dict[str, Any]:
        """The App Home tab: catalog size, top matches this week, top gaps."""
        try:
            top = [
                (entry_id, count, self.store.hits(entry_id, self._clock()))
                for entry_id, count in self.store.top_hits(WEEK, 5, self._clock())
                if entry_id in self.catalog
            ]
            gaps = self.store.top_gaps(5)
        except StoreUnavailable:
            top, gaps = [], []
        top_lines = [
            f"• `{entry_id}` {self.catalog.entries[entry_id].title[:120]} — {count}"
            + (
                f" · {say('last_seen', lang, when=slack_date(hits.last_seen))}"
                if hits.last_seen
                else ""
            )
            for entry_id, count, hits in top
        ] or [say("home_none", lang)]
        gap_lines = [f"• `{_no_backticks(gap.line[:150])}` — {gap.count}" for gap in gaps] or [
            say("home_none", lang)
        ]

        def section(text: str) -> dict[str, Any]:
            return {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}

        return {
            "type": "home",
            "blocks": [
                {"type": "header", "text": {"type": "plain_text", "text": say("home_title", lang)}},
                section(say("home_intro", lang)),
                section(say("home_catalog_size", lang, count=len(self.catalog))),
                {"type": "divider"},
                section(f"*{say('home_top_matches', lang)}*\n" + "\n".join(top_lines)),
                section(f"*{say('home_top_gaps', lang)}*\n" + "\n".join(gap_lines)),
                {"type": "divider"},
                section(say("home_add_entry", lang)),
                section(say("usage", lang)),
            ],
        }
