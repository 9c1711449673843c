"""Proposing an entry: the suggested pattern, the checks a proposal must pass, the draft
as the store keeps it and as an entry, and the export that lint accepts."""

from __future__ import annotations

import dataclasses
import io
import time
from pathlib import Path

import pytest

from slackbot.catalog import Catalog, compile_pattern
from slackbot.cli import main
from slackbot.drafts import CUSTOM, Draft, Proposal
from slackbot.matching import Matcher, Tier
from slackbot.proposals import check_proposal, draft_entry, suggest_pattern
from slackbot.store import Stores
from slackbot.views import build_propose_view, read_propose_view
from tests.conftest import CATALOG_DIR

LINE = "Error: widgetctl could not reserve a build slot on pool gpu-large after 1200 s"
OIDC_LINE = "##[error]Failed to request OIDC token: 403 Forbidden"
OIDC_ENTRY = "policy/github-actions-oidc-token-403-forbidden"


def _proposal(**changes: str) -> Proposal:
    good = Proposal(
        line=LINE,
        pattern=r"widgetctl could not reserve a build slot on pool \S+",
        category="resources",
        title="widgetctl cannot reserve a build slot",
        root_cause="The widget farm has no free slot in the pool the job asks for.",
        workaround_title="Ask for a smaller pool",
        workaround_steps="Set `pool: gpu-small` in the job.",
        dead_end_title="Re-run the job at once",
        dead_end_reason="The pool stays full for hours.",
    )
    return dataclasses.replace(good, **changes)


def _check(catalog: Catalog, matcher: Matcher, proposal: Proposal, **kw: object) -> dict[str, str]:
    options: dict[str, object] = {
        "catalog": catalog,
        "matcher": matcher,
        "categories": ("auth", "resources", CUSTOM),
        "drafts": {},
        "proposed_by": "U0USER001",
        "lang": "en",
    }
    options.update(kw)
    return check_proposal(proposal, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("line", "kept", "generalised"),
    [
        (LINE, "could not reserve a build slot on pool", "1200"),
        (
            "E: The repository 'http://ppa.example.org/foo jammy Release' does not have a "
            "Release file.",
            "does not have a Release file",
            "ppa.example.org",
        ),
        (
            "npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fwidgets - Not found",
            "npm ERR! 404 Not Found - GET",
            "registry.npmjs.org",
        ),
        (
            "2026-12-03T10:00:01.123Z ##[error]tool v2.31.4 cannot open /home/runner/w/x.cfg",
            "cannot open",
            "2.31.4",
        ),
    ],
)
def test_the_suggested_pattern_keeps_the_words_and_generalises_the_rest(
    line: str, kept: str, generalised: str
) -> None:
    pattern = suggest_pattern(line)
    assert kept in pattern.replace("\\", "")
    assert generalised not in pattern
    assert compile_pattern(pattern).search(line) is not None
    # The same error with other variable parts still matches.
    other = line.replace("1200", "37").replace("2.31.4", "3.0.1")
    assert compile_pattern(pattern).search(other) is not None


def test_a_good_proposal_passes_and_matches_its_line_by_signature(
    catalog: Catalog, matcher: Matcher
) -> None:
    proposal = _proposal()
    assert _check(catalog, matcher, proposal) == {}
    entry = draft_entry(Draft(proposal, "U0USER001", time.time()))
    assert entry.id == "resources/widgetctl-cannot-reserve-a-build-slot"
    assert entry.status == "draft" and entry.proposed_in_slack
    best = Matcher(catalog.adding({entry.id: entry})).match(f"noise\n{LINE}\nmore").best
    assert best is not None and best.entry_id == entry.id and best.tier is Tier.SIGNATURE


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"pattern": "widgetctl (could not"}, "pattern", "RE2"),
        ({"pattern": "exit code 1"}, "pattern", "every CI log"),
        ({"pattern": "widget farm is on fire"}, "pattern", "does not match the error line"),
        ({"pattern": "abc"}, "pattern", "At least 8"),
        ({"line": OIDC_LINE, "pattern": "Failed to request OIDC token"}, "line", OIDC_ENTRY),
        ({"title": ""}, "title", "fill this in"),
        ({"root_cause": "x" * 2001}, "root_cause", "At most 2000"),
        ({"dead_end_reason": ""}, "dead_end_reason", "why"),
        ({"category": "made-up"}, "category", "Pick a category"),
    ],
)
def test_a_bad_proposal_is_told_what_to_fix_by_field(
    catalog: Catalog, matcher: Matcher, changes: dict[str, str], field: str, says: str
) -> None:
    errors = _check(catalog, matcher, _proposal(**changes))
    assert field in errors, errors
    assert says in errors[field]


def test_an_id_that_exists_is_refused_but_its_proposer_may_edit_a_pending_draft(
    catalog: Catalog, matcher: Matcher
) -> None:
    taken = _proposal(category="policy", title="GitHub Actions OIDC token 403 forbidden")
    assert taken.entry_id == OIDC_ENTRY
    clash = _check(catalog, matcher, taken, categories=("policy", CUSTOM))
    assert "exists" in clash["title"]
    mine = Draft(_proposal(), "U0USER001", 1.0)
    drafts = {mine.id: mine}
    assert _check(catalog, matcher, _proposal(), drafts=drafts) == {}
    assert (
        "exists"
        in _check(catalog, matcher, _proposal(), drafts=drafts, proposed_by="U0OTHER")["title"]
    )
    approved = {mine.id: mine.reviewed("approved", "U0ADMIN01", 2.0)}
    assert "exists" in _check(catalog, matcher, _proposal(), drafts=approved)["title"]


def test_a_draft_survives_the_store_format_and_garbage_is_refused() -> None:
    draft = Draft(_proposal(), "U0USER001", 1_700_000_000.5).reviewed("approved", "U0A", 2.0)
    assert Draft.from_json(draft.to_json()) == draft
    for garbage in ("", "[]", '{"proposal": {}}', '{"status": "lost"}'):
        with pytest.raises(ValueError):
            Draft.from_json(garbage)


def test_the_form_reads_back_what_it_was_filled_with(catalog: Catalog) -> None:
    view = build_propose_view(LINE, suggest_pattern(LINE), ("auth", "resources", CUSTOM), "zh")
    state: dict[str, dict[str, dict[str, object]]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        if element["type"] == "static_select":
            value: dict[str, object] = {
                "type": "static_select",
                "selected_option": element["options"][1],
            }
        else:
            value = {"type": "plain_text_input", "value": element.get("initial_value")}
        state[block["block_id"]] = {element["action_id"]: value}
    values, lang = read_propose_view({**view, "state": {"values": state}})
    assert lang == "zh"
    assert values["line"] == LINE and values["category"] == "resources"
    assert values["pattern"] == suggest_pattern(LINE)
    assert values["title"] == ""


def test_approved_drafts_export_to_files_that_lint_accepts(
    catalog: Catalog, redis_store: Stores, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    approved = Draft(_proposal(), "U0USER001", 1_700_000_000.0).reviewed(
        "approved", "U0ADMIN01", 1_700_000_100.0
    )
    pending = Draft(_proposal(title="Some other widget failure here"), "U0USER002", 5.0)
    redis_store.drafts.save_draft(approved)
    redis_store.drafts.save_draft(pending)
    backend = redis_store.backend
    monkeypatch.setenv("REDIS_URL", backend.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("REDIS_PREFIX", backend.prefix)  # type: ignore[attr-defined]
    team = tmp_path / "team"
    team.mkdir()

    def run(*argv: str) -> str:
        out = io.StringIO()
        assert main(list(argv), out=out) == 0
        return out.getvalue()

    listed = run("drafts", "list", "--status", "pending")
    assert pending.id in listed and approved.id not in listed
    assert "1 approved draft(s) written" in run("drafts", "export", "--out", str(team))
    written = team / f"{approved.id}.yaml"
    assert written.is_file() and not (team / f"{pending.id}.yaml").exists()

    monkeypatch.setenv("CATALOG_DIR", f"{CATALOG_DIR}:{team}")
    linted = run("lint", "--warnings")
    assert "catalog OK" in linted
    # What a reviewer completes after the merge: warnings, not errors.
    for field in ("docs", "sources", "workarounds", "root_cause.zh"):
        assert f"warning: {written}: {field}:" in linted
    # A second export leaves the file alone.
    assert "exists, skipped" in run("drafts", "export", "--out", str(team))
