"""Checking a proposed entry as ``ci-error lint`` would, and suggesting its pattern.

Pure: no Slack, no store. The propose form is built in :mod:`slackbot.views`; the
proposal and the draft it becomes are in :mod:`slackbot.drafts`.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from slackbot.catalog import Catalog, Entry, compile_pattern
from slackbot.drafts import FIELDS, MAX_CHARS, MIN_CHARS, OPTIONAL, Draft, Proposal, entry_data
from slackbot.errors import CatalogError
from slackbot.lint import generic_line_hit
from slackbot.matching import Matcher, Tier, clean_log, mask_line
from slackbot.messages import Lang, say
from slackbot.redaction import REDACTED
from slackbot.schema import parse_entry

_PLACEHOLDER = re.compile(r"<(?:url|email|uuid|hash|ip|path|ver|q|n|secret)>")
_SPECIAL = re.compile(r"([\\.^$|?*+()\[\]{}])")
#: What stands for each masked part in a suggested pattern.
_WILDCARDS = {"<q>": r"\S.*?", "<n>": r"\d+"}
_ANY_TOKEN = r"\S+"
#: Where an entry's schema error shows in the form.
_FORM_FIELD = {"match": "pattern", "workarounds": "workaround_title", "dead_ends": "dead_end_title"}


def _escape(literal: str) -> str:
    return _SPECIAL.sub(r"\\\1", literal)


def suggest_pattern(line: str) -> str:
    """An RE2 pattern for ``line``: its literal core kept, its variable parts generalised.

    Paths, URLs, versions, hashes, quoted names and long numbers (what
    :func:`~slackbot.matching.mask_line` masks) and redacted secrets become wildcards;
    masked parts at the start and end are dropped, since a pattern is searched anywhere
    in a line.
    """
    masked = mask_line(clean_log(line.replace(REDACTED, "<secret>")).strip()).strip()
    pieces = _PLACEHOLDER.split(masked)
    holes = _PLACEHOLDER.findall(masked)
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if piece:
            out.append(_escape(piece))
        if index < len(holes):
            out.append(_WILDCARDS.get(holes[index], _ANY_TOKEN))
    # Drop wildcards (and the blanks around them) at either end.
    wild = {*_WILDCARDS.values(), _ANY_TOKEN}
    while out and (out[0] in wild or not out[0].strip()):
        out.pop(0)
    while out and (out[-1] in wild or not out[-1].strip()):
        out.pop()
    pattern = "".join(out).strip()
    return pattern[: MAX_CHARS["pattern"]]


def draft_entry(draft: Draft) -> Entry:
    """The catalog entry a draft stands for; ``CatalogError`` if it breaks the schema."""
    return parse_entry(entry_data(draft), expected_id=draft.id, path=draft.id)


def check_proposal(
    proposal: Proposal,
    *,
    catalog: Catalog,
    matcher: Matcher,
    categories: tuple[str, ...],
    drafts: dict[str, Draft],
    proposed_by: str,
    lang: Lang,
) -> dict[str, str]:
    """What is wrong with a proposal, by field (empty when it may be kept).

    The same rules as ``ci-error lint``: the pattern compiles with RE2, matches the
    pasted line by signature and matches none of the generic lines every log has; the
    line is not one an entry already recognises; the id is free (a person may edit
    their own pending draft).
    """
    errors: dict[str, str] = {}
    values = asdict(proposal)
    for name in FIELDS:
        value = values[name]
        if not value and name not in OPTIONAL:
            errors[name] = say("draft_required", lang)
        elif len(value) > MAX_CHARS[name]:
            errors[name] = say("draft_too_long", lang, limit=MAX_CHARS[name])
        elif value and len(value) < MIN_CHARS.get(name, 0):
            errors[name] = say("draft_too_short", lang, limit=MIN_CHARS[name])
    if proposal.dead_end_title and not proposal.dead_end_reason:
        errors.setdefault("dead_end_reason", say("draft_dead_end_reason", lang))
    if proposal.category and proposal.category not in categories:
        errors.setdefault("category", say("draft_bad_category", lang))
    if "pattern" not in errors:
        try:
            compiled = compile_pattern(proposal.pattern)
        except ValueError as exc:
            errors["pattern"] = say("draft_pattern_invalid", lang, reason=str(exc)[-150:])
        else:
            hit = generic_line_hit(compiled)
            if hit is not None:
                errors["pattern"] = say("draft_pattern_generic", lang, line=hit[:100])
    if errors:
        return errors

    taken = drafts.get(proposal.entry_id)
    if taken is not None:
        if taken.proposed_by != proposed_by or taken.status != "pending":
            return {"title": say("draft_id_taken", lang, entry_id=proposal.entry_id)}
    elif proposal.entry_id in catalog.entries:
        return {"title": say("draft_id_taken", lang, entry_id=proposal.entry_id)}

    draft = Draft(proposal, proposed_by, 0.0)
    try:
        entry = draft_entry(draft)
    except CatalogError as exc:
        field = exc.field.split(".")[0]
        return {_FORM_FIELD.get(field, field if field in FIELDS else "title"): exc.message[:150]}
    alone = Matcher(Catalog.of({entry.id: entry}))
    own = alone.match(proposal.line).best
    if own is None or own.tier is not Tier.SIGNATURE:
        return {"pattern": say("draft_pattern_misses", lang)}
    known = matcher.match(proposal.line).best
    if known is not None and known.tier is Tier.SIGNATURE and known.entry_id != entry.id:
        return {"line": say("draft_line_known", lang, entry_id=known.entry_id)}
    return {}
