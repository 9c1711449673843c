"""What the listeners ask for: diagnose text, rebuild cards, count votes, build App Home.

:class:`Helpdesk` joins the pure core (catalog, matching, cards) to the store and the
metrics; it knows nothing of Slack's transport, so listeners stay a few lines each.
A store that is down never stops a diagnosis: only votes report it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from slackbot.cards import (
    Card,
    CardContext,
    RunJob,
    build_card,
    build_no_match,
    build_notice,
    build_part_view,
    build_run_card,
    build_unfurl,
    build_wrapper_guidance,
    headline,
)
from slackbot.catalog import Catalog, Entry, load_catalog
from slackbot.compiled import USER_CODE, catalog_fingerprint
from slackbot.config import Settings
from slackbot.dashboard import Dashboard, TopEntry, find_disagreements, tally_votes
from slackbot.drafts import CUSTOM, MAX_CHARS, Draft, DraftStatus, Proposal
from slackbot.errors import (
    CatalogError,
    FileProblem,
    InvalidVote,
    RunProblem,
    StoreTimeout,
    StoreUnavailable,
)
from slackbot.guidance import looks_like_log
from slackbot.matching import Matcher, MatchResult, mask_line
from slackbot.messages import Lang, say
from slackbot.metrics import Metrics
from slackbot.proposals import check_proposal, draft_entry, suggest_pattern
from slackbot.rates import Hits, Tally
from slackbot.redaction import redact
from slackbot.runs import parse_run_link, read_failed_jobs, run_links_in
from slackbot.store import Feedback, Stores, VoteOutcome
from slackbot.store.base import MAX_DRAFTS, WEEK
from slackbot.views import build_home_view, build_propose_view
from slackbot.voting import check_vote

log = logging.getLogger(__name__)

#: Longest text one request may ask us to read; the rest of a log is not looked at.
MAX_TEXT_CHARS = 20 << 20
MAX_GAP_CHARS = 300
MAX_FILES = 3
#: A message is answered once. Slack retries an event at once, then after 1 and 5
#: minutes: the claim outlives the last retry, and is given back if answering fails.
CLAIM_TTL = 15 * 60
#: The same error pasted again in a thread within this time gets a pointer, not a card.
SEEN_TTL = 7 * 86_400
#: Seconds between checks of the store for drafts saved by other replicas.
DRAFT_SYNC = 2.0
#: Message subtypes that carry something a person posted; the rest (edits, deletions,
#: joins, bot messages) get no answer.
ANSWERED_SUBTYPES = (None, "file_share", "thread_broadcast")
#: Slack file types and MIME types worth reading as a log (gzip-compressed ones too).
TEXT_FILETYPES = frozenset(
    [
        *("text", "log", "csv", "tsv", "json", "yaml", "xml", "markdown", "diff", "patch"),
        *("shell", "python", "javascript", "typescript", "java", "go", "rust", "ruby", "php"),
        *("c", "cpp", "csharp", "kotlin", "swift", "groovy", "gzip"),
    ]
)
TEXT_MIMETYPES = frozenset(
    [
        "application/json",
        "application/x-yaml",
        "application/yaml",
        "application/xml",
        "application/x-sh",
        "application/javascript",
        "application/gzip",
        "application/x-gzip",
    ]
)
TEXT_SUFFIXES = (".log", ".txt", ".out", ".err", ".log.gz", ".txt.gz", ".gz")


@dataclass(frozen=True)
class SharedFile:
    """A file shared in a message, as the event (or ``files.info``) describes it."""

    id: str
    name: str
    size: int = 0
    mimetype: str = ""
    filetype: str = ""
    url: str = ""

    @classmethod
    def from_slack(cls, data: Mapping[str, Any]) -> SharedFile:
        """Read a file object of an event or of ``files.info``."""
        size = data.get("size")
        return cls(
            id=str(data.get("id") or ""),
            name=str(data.get("name") or data.get("id") or "file")[:100],
            size=size if isinstance(size, int) and size >= 0 else 0,
            mimetype=str(data.get("mimetype") or "").lower(),
            filetype=str(data.get("filetype") or "").lower(),
            url=str(data.get("url_private_download") or data.get("url_private") or ""),
        )

    @property
    def described(self) -> bool:
        """Whether the event said what kind of file this is (else ``files.info`` will)."""
        return bool(self.url and (self.mimetype or self.filetype))

    @property
    def looks_like_text(self) -> bool:
        """A log, a text file or a gzip-compressed one; not a screenshot or a document."""
        if self.mimetype.startswith("text/") or self.mimetype in TEXT_MIMETYPES:
            return True
        if self.filetype:
            return self.filetype in TEXT_FILETYPES
        return not self.mimetype and self.name.lower().endswith(TEXT_SUFFIXES)


class FileReader(Protocol):
    """Reads shared files from Slack (the listeners' side: Web API and download)."""

    def describe(self, shared: SharedFile) -> SharedFile:
        """The file as ``files.info`` describes it (URL, type, size)."""

    def read(self, shared: SharedFile, *, max_bytes: int) -> str:
        """The file's text, decompressed; raises :class:`FileProblem` saying why not."""


@dataclass(frozen=True)
class Message:
    """A message posted in a channel the bot is in."""

    channel: str
    ts: str
    user: str = ""
    text: str = ""
    thread_ts: str = ""
    subtype: str | None = None
    from_bot: bool = False
    public: bool = False
    files: tuple[SharedFile, ...] = ()

    @property
    def thread(self) -> str:
        """Where an answer goes: the message's thread, or a new one under it."""
        return self.thread_ts or self.ts


@dataclass
class Reply:
    """Cards to post in a message's thread, under a claim that no one else answers it.

    ``marks`` note which errors the thread has a card for; like the claim, they are
    given back if the cards cannot be posted.
    """

    cards: list[Card]
    claim: str
    marks: tuple[str, ...] = ()
    settled: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Submission:
    """What a proposal became: the errors to show by field, or the draft kept."""

    errors: dict[str, str]
    draft: Draft | None = None


@dataclass(frozen=True)
class VoteReply:
    """What a vote click answers: the refreshed card (if any), a short note, and the
    card's context (to redraw a modal instead)."""

    card: Card | None
    note: str
    context: CardContext | None = None


def _no_backticks(text: str) -> str:
    return text.replace("`", "'")


class Helpdesk:
    """The bot's behaviour, independent of how Slack requests arrive."""

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        store: Stores,
        metrics: Metrics,
        *,
        matcher: Matcher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        #: The catalog from files, and the one in use: with the live drafts added.
        self._files = (catalog, matcher or Matcher(catalog))
        self._loaded = self._files
        self._drafts: dict[str, Draft] = {}
        self._drafts_revision = -1
        self._watching = threading.Event()
        self.store = store
        self.metrics = metrics
        self._clock = clock
        self._claims: set[str] = set()
        self._claims_lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._fingerprint = self._catalog_fingerprint()

    # --- the catalog, reloaded when its files change ---------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._loaded[0]

    @property
    def matcher(self) -> Matcher:
        return self._loaded[1]

    def _catalog_fingerprint(self) -> str:
        try:
            return catalog_fingerprint(self.settings.catalog_dirs)
        except CatalogError:
            return ""

    def reload_catalog(self, *, force: bool = False) -> bool:
        """Load the catalog again if one of its files changed (or ``force``); whether it did.

        The new catalog and matcher are built aside and swapped in at once, so requests
        go on meanwhile. A broken file keeps the previous catalog and logs why.
        """
        with self._reload_lock:
            fingerprint = self._catalog_fingerprint()
            if fingerprint == self._fingerprint and not force:
                return False
            self._fingerprint = fingerprint
            try:
                catalog = load_catalog(
                    self.settings.catalog_dirs, cache_dir=self.settings.cache_dir
                )
            except CatalogError as exc:
                log.error("catalog not reloaded, the previous one stays: %s", exc)
                return False
            matcher = Matcher(catalog)
            matcher.prepare()
            self._files = (catalog, matcher)
            self._merge_drafts()
            log.info("catalog reloaded: %d entries", len(catalog))
            return True

    def sync_drafts(self, *, force: bool = False) -> bool:
        """Read the drafts again if any was saved since the last read (by any replica);
        whether the catalog in use changed. A store that is down changes nothing."""
        try:
            revision = self.store.drafts.revision()
            if revision == self._drafts_revision and not force:
                return False
            drafts = self.store.drafts.drafts()
        except StoreUnavailable as exc:
            log.warning("store unavailable, drafts not read: %s", exc)
            return False
        with self._reload_lock:
            self._drafts = {draft.id: draft for draft in drafts}
            self._drafts_revision = revision
            self._merge_drafts()
        return True

    def _merge_drafts(self) -> None:
        # Under _reload_lock. A file entry with the draft's id wins: it was merged.
        catalog, matcher = self._files
        live: dict[str, Entry] = {}
        for draft in self._drafts.values():
            if not draft.live or draft.id in catalog.entries:
                continue
            try:
                live[draft.id] = draft_entry(draft)
            except CatalogError as exc:
                log.warning("draft %s left out: %s", draft.id, exc)
        if not live:
            self._loaded = (catalog, matcher)
            return
        merged = catalog.adding(live)
        matcher = Matcher(merged)
        matcher.prepare()
        self._loaded = (merged, matcher)

    def keep_current(self, catalog_every: float, drafts_every: float = DRAFT_SYNC) -> None:
        """Read new drafts every ``drafts_every`` seconds, and check the catalog's files
        every ``catalog_every`` (0: never), until :meth:`stop_watching`. First, prepare
        the matcher in use (every later one is prepared before it is swapped in)."""
        stop = self._watching

        def watch() -> None:
            self.matcher.prepare()
            last_files = time.monotonic()
            while not stop.wait(drafts_every):
                # One failed round must not end the thread: nothing would read drafts or
                # files again until a restart (redis-py raises plain errors, not RedisError,
                # on a connection closed under it).
                try:
                    self.sync_drafts()
                    if catalog_every and time.monotonic() - last_files >= catalog_every:
                        last_files = time.monotonic()
                        self.reload_catalog()
                except Exception:
                    log.exception("catalog watch: this round failed, the next one retries")

        threading.Thread(target=watch, name="catalog-watch", daemon=True).start()

    def stop_watching(self) -> None:
        """Stop the thread :meth:`keep_current` started (at shutdown)."""
        self._watching.set()

    # --- diagnosis ----------------------------------------------------------------

    def redact(self, text: str) -> str:
        """``text`` without any secret, the bot's own tokens included."""
        return redact(text, self.settings.secrets)

    def diagnose(self, text: str, *, top: int = 3) -> MatchResult:
        """Match ``text`` and count the outcome; every line the result quotes is redacted."""
        started = time.perf_counter()
        # Only the lines a result quotes ever leave the matcher: redacting them (not the
        # whole text, which may be megabytes) is what keeps secrets out of replies.
        # A log reports its failure at the end: past the limit, the end is what is read.
        result = self.matcher.match(text[-MAX_TEXT_CHARS:], top=top).with_lines(self.redact)
        self.metrics.match_seconds.observe(time.perf_counter() - started)
        if result.best is not None:
            self.metrics.matches.labels(entry=result.best.entry_id).inc()
        else:
            self.metrics.no_matches.inc()
        return result

    def record_outcome(self, result: MatchResult, *, public: bool) -> None:
        """Count a hit, or queue the unmatched line as a gap; never fails the caller.

        ``public`` says whether the text was seen in a public channel: App Home shows
        only those gaps, the command line shows all of them to an operator.
        """
        try:
            if result.best is not None:
                self.store.hits.record_hit(result.best.entry_id, self._clock())
            elif result.wrapper is None and result.decisive_line.strip():
                line = mask_line(result.decisive_line)[:MAX_GAP_CHARS].strip()
                self.store.gaps.record_gap(line, self._clock(), public=public)
        except StoreUnavailable as exc:
            log.warning("store unavailable, outcome not counted: %s", exc)

    def answer(self, text: str, lang: Lang, *, ephemeral: bool, public: bool = False) -> Card:
        """The card for the best match in ``text`` (or in the run it links to), or the
        no-match answer."""
        if not text.strip():
            return build_notice(say("empty_text", lang))
        run = self.diagnose_run(text, lang, ephemeral=ephemeral, quiet=False)
        if run is not None:
            return run
        result = self.diagnose(text)
        self.record_outcome(result, public=public)
        return self.card_for(result, lang, ephemeral=ephemeral)

    def answer_command(self, text: str, lang: Lang, *, public: bool = False) -> Card:
        """What ``/ci-error <text>`` asks for: help, one entry, or a diagnosis."""
        words = text.split()
        if not words or words[0].lower() in ("help", "-h", "--help"):
            return build_notice(say("usage", lang))
        if words[0].lower() == "show" and len(words) == 2:
            return self.show(words[1], lang)
        return self.answer(text, lang, ephemeral=True, public=public)

    # --- runs from their links -----------------------------------------------------

    def read_run(self, url: str) -> list[RunJob]:
        """Each failed job of the run ``url`` links to, with its diagnosis.

        Raises :class:`RunProblem` (no token, not allowed, 404, rate limit, deadline…).
        """
        link = parse_run_link(url, self.settings.runs)
        if link is None:
            raise RunProblem("run_not_link")
        jobs: list[RunJob] = []
        for job, log in read_failed_jobs(link, self.settings.runs):
            text = log.text()
            del log  # the bytes are not needed once decoded
            result = self.diagnose(text)
            self.record_outcome(result, public=False)
            jobs.append(RunJob(self.redact(job.name), self.redact(job.step or ""), job.url, result))
        return jobs

    def diagnose_run(self, text: str, lang: Lang, *, ephemeral: bool, quiet: bool) -> Card | None:
        """The card of the first CI run ``text`` links to, or ``None`` without a run link.

        A link that cannot be read gets a one-line answer, or none when ``quiet`` (a link
        pasted in a channel: nobody asked the bot).
        """
        links = run_links_in(text, self.settings.runs, limit=1)
        if not links:
            return None
        try:
            jobs = self.read_run(links[0].url)
        except RunProblem as problem:
            log.info("run %s not read: %s", links[0].url, problem)
            if quiet:
                return None
            return build_notice(say(problem.reason, lang, **problem.values))
        first = next((job for job in jobs if job.result.best is not None), None)
        card = None
        if first is not None and first.result.best is not None:
            context = CardContext.from_match(first.result.best, lang=lang, ephemeral=ephemeral)
            card = self.card(context)
        return build_run_card(links[0].url, jobs, lang, card, ephemeral=ephemeral)

    def unfurl(self, url: str, lang: Lang) -> dict[str, Any] | None:
        """A compact diagnosis of a failed run for ``chat.unfurl``, or ``None``."""
        try:
            jobs = self.read_run(url)
        except RunProblem as problem:
            log.info("run %s not unfurled: %s", url, problem)
            return None
        found = [
            (job, self.catalog.entries[job.result.best.entry_id])
            for job in jobs
            if job.result.best is not None and job.result.best.entry_id in self.catalog
        ]
        return build_unfurl(jobs, found, lang) if jobs else None

    # --- messages in channels -----------------------------------------------------

    def reply_to_message(
        self, message: Message, *, lang: Callable[[], Lang], files: FileReader
    ) -> Reply | None:
        """The cards a message deserves in its thread, or ``None`` to stay silent.

        People and their logs get an answer; chatter, bots, edits, unreadable or
        non-text files, and errors nobody knows get silence. The message is claimed
        (``SET NX``) only once there is something to answer, so that one replica and
        one of Slack's retries answer it; call :meth:`settle` once the cards are posted
        or have failed.
        """
        if message.from_bot or message.subtype not in ANSWERED_SUBTYPES:
            return None
        if not self.settings.answers_in(message.channel):
            return None
        results: list[MatchResult] = []
        cards: list[Card] = []
        if message.files:
            for shared in message.files[:MAX_FILES]:
                answer = self._answer_file(shared, message, lang, files)
                if isinstance(answer, Card):
                    cards.append(answer)
                elif answer is not None:
                    results.append(answer)
        elif run_links_in(message.text, self.settings.runs, limit=1):
            run = self.diagnose_run(message.text, lang(), ephemeral=False, quiet=True)
            if run is not None:
                cards.append(run)
        else:
            result = self.diagnose(message.text)
            # Unasked, a channel gets the wrapper guidance only for what is clearly a log.
            if result.best is not None or (result.wrapper and looks_like_log(message.text)):
                results.append(result)
        if not cards and not results:
            return None
        key = f"msg:{message.channel}:{message.ts}"
        if not self._claim(key):
            return None
        marks: list[str] = []
        for result in results:
            self.record_outcome(result, public=message.public)
            best = result.best
            if best is not None:
                mark = f"seen:{message.channel}:{message.thread}:{best.entry_id}"
                if not self._mark(mark):
                    pointer = say("same_error_above", lang(), title=headline(best.title))
                    cards.append(build_notice(pointer))
                    continue
                marks.append(mark)
            cards.append(self.card_for(result, lang(), ephemeral=False))
        return Reply(cards, key, tuple(marks))

    def _answer_file(
        self, shared: SharedFile, message: Message, lang: Callable[[], Lang], files: FileReader
    ) -> Card | MatchResult | None:
        """A file's diagnosis, a card saying why it could not be read, or ``None``."""
        limit = self.settings.max_file_mb << 20
        try:
            if not shared.described:
                shared = files.describe(shared)
            if not shared.looks_like_text:
                return None
            if shared.size > limit:
                raise FileProblem("file_too_large", limit=self.settings.max_file_mb)
            text = files.read(shared, max_bytes=limit)
        except FileProblem as problem:
            log.info("file %s not read: %s", shared.id, problem.reason)
            if problem.reason == "file_binary":
                return None
            reason = say(problem.reason, lang(), **problem.values)
            return build_notice(say("file_unreadable", lang(), name=shared.name, reason=reason))
        result = self.diagnose(text)
        if result.best is None and result.wrapper is None:
            return None
        return result

    def _claim(self, key: str) -> bool:
        try:
            claimed = self.store.claims.claim(key, CLAIM_TTL)
        except StoreUnavailable as exc:
            # Answering twice beats never answering: without the store, skip de-duplication.
            log.warning("store unavailable, answering %s without de-duplication: %s", key, exc)
            claimed = True
        if claimed:
            with self._claims_lock:
                self._claims.add(key)
        return claimed

    def _mark(self, key: str) -> bool:
        """Note that a thread has a card for an error; False if it had one already."""
        try:
            return self.store.claims.claim(key, SEEN_TTL)
        except StoreUnavailable:
            return True  # without the store, a second card beats none

    def settle(self, reply: Reply, *, delivered: bool) -> None:
        """Keep the claim of a delivered reply; give back that of a failed one."""
        if reply.settled:
            return
        reply.settled = True
        with self._claims_lock:
            self._claims.discard(reply.claim)
        if not delivered:
            self._release(reply.claim)
            for mark in reply.marks:
                self._release(mark)

    def release_claims(self) -> int:
        """Give back every claim whose reply was not delivered (at shutdown); how many."""
        with self._claims_lock:
            pending, self._claims = self._claims, set()
        for key in pending:
            self._release(key)
        return len(pending)

    def _release(self, key: str) -> None:
        try:
            self.store.claims.release(key)
        except StoreUnavailable:
            log.warning("could not release claim %s", key)

    def card_for(self, result: MatchResult, lang: Lang, *, ephemeral: bool) -> Card:
        """The card of a result's best match, or the no-match answer with near misses."""
        best = result.best
        if best is None:
            if result.wrapper is not None:
                return build_wrapper_guidance(result.wrapper, lang)
            return build_no_match(result, lang)
        context = CardContext.from_match(best, result.matches[1:], lang=lang, ephemeral=ephemeral)
        return self.card(context)

    def _figures(
        self, entry_id: str, workaround_ids: list[str]
    ) -> tuple[dict[str, Tally] | None, Hits | None]:
        try:
            return (
                self.store.votes.tallies(entry_id, workaround_ids),
                self.store.hits.hits(entry_id, self._clock()),
            )
        except StoreUnavailable as exc:
            log.warning("store unavailable, card shows catalog estimates: %s", exc)
            return None, None

    def card(self, context: CardContext) -> Card:
        """Render the card a context describes, with current votes and hits."""
        entry = self.catalog.entries[context.entry_id]
        runner_ups = [self.catalog.entries[o] for o in context.others if o in self.catalog]
        tallies, hits = self._figures(entry.id, [w.id for w in entry.workarounds])
        return build_card(entry, context, runner_ups=runner_ups, tallies=tallies, hits=hits)

    def part_view(self, context: CardContext, part: str, *, note: str = "") -> dict[str, Any]:
        """The modal with one part of an entry (``workarounds``, ``dead_ends``, ``details``,
        or ``entry``: a runner-up's card), with current votes and hits."""
        entry = self.catalog.entries[context.entry_id]
        tallies, hits = self._figures(entry.id, [w.id for w in entry.workarounds])
        return build_part_view(entry, context, part, tallies=tallies, hits=hits, note=note)

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
        # A button value comes back from Slack: its line is input like any other.
        return replace(context, line=self.redact(context.line)), target

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
            outcome = self.store.votes.vote(context.entry_id, workaround_id, user_id, checked)
        except StoreTimeout as exc:
            # The vote was sent but not confirmed: it may be stored. Clicking again is safe.
            log.warning("vote not confirmed: %s", exc)
            self.metrics.votes.labels(outcome="unconfirmed").inc()
            return VoteReply(None, say("vote_unconfirmed", context.lang))
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
        return VoteReply(self.card(context), say(note, context.lang), context)

    def wrong_match(self, value: str, user_id: str) -> str:
        """Keep a "wrong match" report; the note to show the reporter."""
        try:
            context, _ = self.context_from(value)
        except InvalidVote:
            return say("vote_invalid")
        try:
            self.store.feedback.record_feedback(
                Feedback(
                    entry_id=context.entry_id,
                    line=context.line,
                    user_id=user_id,
                    at=self._clock(),
                )
            )
        except StoreUnavailable:
            return say("vote_not_recorded", context.lang)
        return say("wrong_match_thanks", context.lang)

    # --- drafts proposed from Slack ------------------------------------------------

    def categories(self) -> tuple[str, ...]:
        """The categories a proposal may pick: the catalog's (but user-code), then custom."""
        found = {entry_id.partition("/")[0] for entry_id in self.catalog.entries}
        return (*sorted(found - {USER_CODE, CUSTOM}), CUSTOM)

    def propose_view(self, line: str, lang: Lang) -> dict[str, Any]:
        """The propose-an-entry form, pre-filled with ``line`` (redacted) and a pattern."""
        line = " ".join(self.redact(line).split())[: MAX_CHARS["line"]]
        pattern = suggest_pattern(line) if line else ""
        return build_propose_view(line, pattern, self.categories(), lang)

    def submit_draft(self, values: Mapping[str, str], user: str, lang: Lang) -> Submission:
        """Check a submitted proposal and keep it as a draft; the errors by field if not.

        Every field is redacted first: a draft is shown to everyone.
        """
        proposal = Proposal.from_fields({k: self.redact(str(v)) for k, v in values.items()})
        try:
            drafts = {draft.id: draft for draft in self.store.drafts.drafts()}
        except StoreUnavailable as exc:
            log.warning("draft not saved: %s", exc)
            return Submission({"title": say("draft_not_saved", lang)})
        errors = check_proposal(
            proposal,
            catalog=self.catalog,
            matcher=self.matcher,
            categories=self.categories(),
            drafts=drafts,
            proposed_by=user,
            lang=lang,
        )
        if errors:
            return Submission(errors)
        pending = sum(1 for d in drafts.values() if d.status == "pending")
        if proposal.entry_id not in drafts and len(drafts) >= MAX_DRAFTS:
            return Submission({"title": say("draft_too_many", lang, count=pending)})
        draft = Draft(proposal, user, self._clock())
        try:
            self.store.drafts.save_draft(draft)
        except StoreUnavailable as exc:
            log.warning("draft not saved: %s", exc)
            return Submission({"title": say("draft_not_saved", lang)})
        log.info("draft %s proposed by %s", draft.id, user)
        return Submission({}, draft)

    def review_draft(self, draft_id: str, user: str, *, approve: bool, lang: Lang) -> str:
        """Approve or reject a draft (admins only); the note to show the reviewer."""
        if user not in self.settings.admin_users:
            return say("review_not_admin", lang)
        try:
            draft = next((d for d in self.store.drafts.drafts() if d.id == draft_id), None)
            if draft is None:
                return say("review_unknown", lang)
            status: DraftStatus = "approved" if approve else "rejected"
            self.store.drafts.save_draft(draft.reviewed(status, user, self._clock()))
        except StoreUnavailable as exc:
            log.warning("review not saved: %s", exc)
            return say("vote_not_recorded", lang)
        log.info("draft %s %s by %s", draft_id, status, user)
        self.sync_drafts()
        return say(f"review_{status}", lang, entry_id=draft_id)

    # --- App Home -----------------------------------------------------------------

    def dashboard(self, user: str) -> Dashboard:
        """App Home's figures; parts the store cannot give now are left empty."""
        catalog = self.catalog
        now = self._clock()
        top: list[TopEntry] = []
        disagreements = []
        gaps = []
        drafts: list[Draft] = []
        try:
            for entry_id, count in self.store.hits.top_hits(WEEK, 5, now):
                entry = catalog.get(entry_id)
                if entry is not None:
                    hits = self.store.hits.hits(entry_id, now)
                    top.append(TopEntry(entry_id, headline(entry.title), count, hits))
            tallies = tally_votes(self.store.votes.export_votes())
            disagreements = find_disagreements(catalog, tallies, 5)
            gaps = self.store.gaps.top_gaps(5, public_only=True)
            if user in self.settings.admin_users:
                drafts = [d for d in self.store.drafts.drafts() if d.status == "pending"]
        except StoreUnavailable as exc:
            log.warning("store unavailable, App Home shows less: %s", exc)
        return Dashboard(len(catalog), top, disagreements, gaps, drafts)

    def home_view(self, lang: Lang, user: str = "", *, note: str = "") -> dict[str, Any]:
        """The App Home tab (``note``: the outcome of the user's last review, on top)."""
        return build_home_view(self.dashboard(user), lang, usage=say("usage", lang), note=note)
