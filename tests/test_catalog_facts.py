"""Dated facts of the catalog, refreshed against the vendors' changelogs and releases."""

from __future__ import annotations

from slackbot.catalog import Catalog, Entry
from slackbot.matching import Matcher, clean_log
from tests.answers import best_id

ARTIFACT = "deprecation/github-actions-artifact-v3-deprecated"
SHALLOW = "git/shallow-clone-no-tags"
NODE = "deprecation/github-actions-node-runtime-deprecated"
NPM = "auth/npm-e401-eneedauth"


def _row(entry: Entry, component: str) -> tuple[str, str | None, str]:
    (row,) = [v for v in entry.versions if v.component == component]
    return row.status, row.deprecated, row.notes or ""


def test_artifact_v3_cutoff_is_the_changelogs_january_30_2025(catalog: Catalog) -> None:
    entry = catalog.entries[ARTIFACT]
    status, deprecated, notes = _row(
        entry, "actions/upload-artifact and actions/download-artifact v3"
    )
    assert (status, deprecated) == ("removed", "2025-01-30")
    assert "November 30, 2024" in notes  # the first announced date, said to be superseded
    assert any("2024-12-05" in str(doc.url) for doc in entry.docs)
    assert entry.verified_on is not None


def test_checkout_fetch_tags_bug_is_fixed_in_v6_0_2(catalog: Catalog) -> None:
    entry = catalog.entries[SHALLOW]
    status, _, notes = _row(entry, "actions/checkout before v6.0.2")
    assert status == "fixed" and "v6.0.2" in notes and "1471" in notes
    dead_end = next(d for d in entry.dead_ends if d.id == "fetch-tags-with-depth-1")
    assert "v6.0.2" in dead_end.reason.en and "v6.0.2" in (dead_end.reason.zh or "")
    sources = {str(s.url) for s in entry.sources}
    assert "https://github.com/actions/checkout/releases/tag/v6.0.2" in sources


def test_node_runtime_title_is_the_current_node_20_wording(
    catalog: Catalog, matcher: Matcher
) -> None:
    entry = catalog.entries[NODE]
    assert entry.title.startswith(
        "Node.js 20 is deprecated. The following actions target Node.js 20 but are being "
        "forced to run on Node.js 24: "
    )
    older = [
        "Node.js 20 actions are deprecated. The following actions are running on Node.js 20 "
        "and may not work as expected: actions/checkout@v4. Actions will be forced to run "
        "with Node.js 24 by default starting June 16th, 2026.",
        "Node.js 16 actions are deprecated. Please update the following actions to use "
        "Node.js 20: actions/checkout@v3.",
        "Node.js 12 actions are deprecated. Please update the following actions to use "
        "Node.js 16: actions/checkout@v2.",
        "The following actions uses node12 which is deprecated and will be forced to run on "
        "node16: actions/checkout@v2.",
        "Node 20 is being deprecated. This workflow is running with Node 24 by default.",
    ]
    for line in [entry.title, *older]:
        assert best_id(matcher, line) == NODE, line


def test_npm_e401_title_is_one_real_line(catalog: Catalog, matcher: Matcher) -> None:
    entry = catalog.entries[NPM]
    assert entry.title == (
        "npm error Unable to authenticate, your authentication token seems to be invalid."
    )
    example_lines = {ln for ex in entry.match.examples for ln in clean_log(ex).splitlines()}
    assert entry.title in example_lines  # a line npm prints, not two joined
    assert best_id(matcher, entry.title) == NPM
