"""Loading and validating the catalog: every kind of bad entry names its file and field."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from slackbot.catalog import Catalog, Entry, load_catalog
from slackbot.errors import CatalogError
from slackbot.lint import lint_catalog
from slackbot.schema import catalog_json_schema
from tests.conftest import FIXTURES, ROOT

SEED = "policy/github-actions-oidc-token-403-forbidden"


def _seed() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "catalog" / f"{SEED}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _write(root: Path, entry_id: str, data: Any) -> Path:
    path = root / f"{entry_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def _broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(_seed())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda d: d.update(colour="red"), "colour", "Extra inputs are not permitted"),
        (lambda d: d.update(fix_rate=120), "fix_rate", "less than or equal to 100"),
        (
            lambda d: d["workarounds"][0].update(success=-1),
            "workarounds.0.success",
            "greater than or equal to 0",
        ),
        (lambda d: d["dead_ends"][1].update(fail=101), "dead_ends.1.fail", "less than or equal"),
        (lambda d: d.update(id="policy/another-slug"), "id", "does not match the file's path"),
        (
            lambda d: d["workarounds"][1].update(id=d["workarounds"][0]["id"]),
            "workarounds",
            "duplicate id",
        ),
        (
            lambda d: d["match"].update(patterns=["(unclosed"]),
            "match.patterns",
            "does not compile with RE2",
        ),
        (
            lambda d: d["match"].update(patterns=["(a)\\1"]),
            "match.patterns",
            "does not compile with RE2",
        ),
        (
            lambda d: d["match"].update(patterns=["(?=lookahead)x"]),
            "match.patterns",
            "does not compile with RE2",
        ),
        (lambda d: d["match"].update(patterns=["x*"]), "match.patterns", "matches the empty"),
        (
            lambda d: d["match"].update(patterns=["((a{100}){100}){100}"]),
            "match.patterns",
            "does not compile with RE2",
        ),
        (lambda d: d.pop("root_cause"), "root_cause", "Field required"),
        (
            lambda d: d["workarounds"][0]["title"].pop("en"),
            "workarounds.0.title.en",
            "Field required",
        ),
        (lambda d: d["docs"][0].update(url="not a url"), "docs.0.url", "URL"),
        (lambda d: d.update(first_seen="yesterday"), "first_seen", "date"),
    ],
)
def test_bad_entries_are_refused_with_file_and_field(
    tmp_path: Path, change: Any, field: str, message: str
) -> None:
    path = _write(tmp_path, SEED, _broken(change))
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.field.startswith(field)
    assert message in caught.value.message
    assert str(path) in str(caught.value)


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, SEED, "id: policy/x\ntitle: [unclosed\n")
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.field.startswith("line ")


def test_a_key_given_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    # YAML would keep the second silently: two people's `unless:` blocks, one lost.
    seed = (ROOT / "catalog" / f"{SEED}.yaml").read_text(encoding="utf-8")
    twice = seed.replace("\nmatch:\n", "\nmatch:\n  priority: 50\n  priority: 60\n", 1)
    assert twice != seed
    path = _write(tmp_path, SEED, twice)
    with pytest.raises(CatalogError, match="'priority' is given twice") as caught:
        load_catalog(tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.field.startswith("line ")


def test_non_mapping_and_misplaced_files_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, SEED, "- just\n- a list\n")
    with pytest.raises(CatalogError, match="mapping"):
        load_catalog(tmp_path)
    other = tmp_path / "second"
    _write(other, SEED, _seed())
    _write(other, "policy/deeper/entry", _seed())
    with pytest.raises(CatalogError, match="one level deep"):
        load_catalog(other)


def test_empty_or_missing_catalog_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no entries"):
        load_catalog(tmp_path)
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog(tmp_path / "nope")


def test_plain_string_is_english_text(tmp_path: Path) -> None:
    data = _seed()
    data["root_cause"] = "Only English here."
    _write(tmp_path, SEED, data)
    entry = load_catalog(tmp_path).entries[SEED]
    assert entry.root_cause.get("zh") == "Only English here."


def test_a_plain_string_is_english_text_in_every_text_field(tmp_path: Path) -> None:
    data = _seed()
    data["workarounds"][1].update(title="Second fix", steps="Do this.", review_note="Doubted.")
    data["dead_ends"][0].update(title="Tried this", reason="It cannot work.")
    data["reproduce"] = "Run the job again."
    _write(tmp_path, SEED, data)
    entry = load_catalog(tmp_path).entries[SEED]
    second, dead = entry.workarounds[1], entry.dead_ends[0]
    assert (second.title.en, second.steps.en) == ("Second fix", "Do this.")
    assert second.review_note is not None and second.review_note.en == "Doubted."
    assert (dead.title.en, dead.reason.en) == ("Tried this", "It cannot work.")
    assert entry.reproduce is not None and entry.reproduce.get("zh") == "Run the job again."


def test_seed_entry_is_corrected_and_says_where_it_came_from(catalog: Catalog) -> None:
    entry = catalog.entries[SEED]
    # The headline is what @actions/core prints when the token service refuses.
    assert entry.title.startswith("Error message: Failed to get ID Token. Error Code : 403 ")
    assert "Can't issue ID_TOKEN for audience" in entry.title
    assert "audience" in entry.root_cause.en and entry.root_cause.zh
    # Figures nobody backs are gone: estimates only, no date, no unsourced versions.
    assert entry.evidence == 0 and entry.confidence < 88 and entry.first_seen is None
    components = " ".join(v.component for v in entry.versions)
    assert "2.315.0" not in components and "3.10" not in components
    assert entry.verified_on == dt.date(2026, 12, 3)
    assert entry.origin is not None
    assert (entry.origin.site, entry.origin.page) == ("ErrorCanon", SEED)
    assert "2024-01-10" in (entry.origin.note or "")  # the seed's dropped facts stay visible
    # Top workaround: the audience, with the values each consumer expects.
    top = entry.workarounds[0]
    assert top.id == "request-the-audience-the-consumer-expects"
    for value in (
        "sts.amazonaws.com",
        "api://AzureADTokenExchange",
        "workload_identity_provider",
        "${{ github.server_url }}/${{ github.repository_owner }}",
    ):
        assert value in top.steps.en and value in (top.steps.zh or "")
    # The page's first two fixes are dead ends, with the reason; the third moved.
    dead = {d.id: d for d in entry.dead_ends}
    assert "no 'OIDC Token' allow-list" in dead["allow-repo-in-org-oidc-settings"].reason.en
    assert "PUT /orgs/ORG/actions/permissions" in dead["enable-repo-oidc-option"].reason.en
    assert "security downgrade" in dead["enable-repo-oidc-option"].reason.en
    assert "permissions/github-actions-id-token-permission-missing" in (
        dead["add-id-token-write"].reason.en
    )
    assert "permissions/github-actions-id-token-permission-missing" in catalog
    advice = " ".join(w.steps.en for w in entry.workarounds)
    assert "allowed_actions=all" not in advice and "OIDC Token" not in advice
    assert entry.workaround("fix-cloud-trust-policy") is None
    trust = catalog.entries["auth/aws-assume-role-with-web-identity-denied"].workarounds[0]
    assert "IAM role's trust policy" in trust.steps.en
    assert "environment:" in trust.steps.en and "customization/sub" in trust.steps.en


def test_seed_entry_examples_are_real_lines_with_their_sources(catalog: Catalog) -> None:
    entry = catalog.entries[SEED]
    sources = {str(s.url) for s in entry.sources}
    wild = sorted((FIXTURES / "wild").glob(f"{SEED.replace('/', '--')}--*.log"))
    assert len(wild) >= 4
    for path in wild:
        source = path.read_text("utf-8").splitlines()[1].removeprefix("# source: ")
        assert source in sources, f"{path.name}: {source} is not among the entry's sources"
    assert any("Can't issue ID_TOKEN for audience" in ex for ex in entry.match.examples)
    assert not any("Failed to request OIDC token" in ex for ex in entry.match.examples)


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "catalog" / "schema.json").read_text(encoding="utf-8")
    assert committed == catalog_json_schema(), "run: ci-error schema > catalog/schema.json"


def test_the_whole_catalog_lints_clean(catalog: Catalog) -> None:
    problems = [p for p in lint_catalog(catalog) if p.severity == "error"]
    assert problems == [], "\n".join(map(str, problems))


def test_lint_asks_for_complete_entries(tmp_path: Path) -> None:
    data = _seed()
    data["root_cause"] = {"en": "Only English."}
    data["workarounds"] = data["workarounds"][:1]
    data["dead_ends"] = []
    data["sources"] = []
    data["verified_on"] = "2020-01-01"
    _write(tmp_path, SEED, data)
    problems = lint_catalog(load_catalog(tmp_path), today=dt.date(2026, 12, 1))
    errors = {p.field for p in problems if p.severity == "error"}
    warnings = {p.field for p in problems if p.severity == "warning"}
    assert {"root_cause.zh", "workarounds", "dead_ends", "sources"} <= errors
    assert warnings == {"verified_on"}


def test_lint_asks_user_code_entries_to_extract_and_reproduce(tmp_path: Path) -> None:
    data = _seed()
    data["id"] = "user-code/some-test-failure"
    _write(tmp_path, "user-code/some-test-failure", data)
    fields = {p.field for p in lint_catalog(load_catalog(tmp_path))}
    assert {"reproduce", "match.extract"} <= fields
    data["reproduce"] = {"en": "Run it.", "zh": "运行它。"}
    data["match"]["extract"] = ["for (nothing-like-this)", "Error Code : (\\d+)"]
    _write(tmp_path, "user-code/some-test-failure", data)
    fields = {p.field for p in lint_catalog(load_catalog(tmp_path))}
    assert "match.extract.0" in fields
    assert not {"reproduce", "match.extract", "match.extract.1"} & fields


def test_extract_patterns_need_one_group(tmp_path: Path) -> None:
    data = _seed()
    data["match"]["extract"] = ["no group here"]
    _write(tmp_path, SEED, data)
    with pytest.raises(CatalogError, match="one capture group"):
        load_catalog(tmp_path)


def test_lint_catches_examples_claimed_by_another_entry(tmp_path: Path) -> None:
    _write(tmp_path, SEED, _seed())
    thief = _seed()
    thief["id"] = "policy/greedy-copy"
    thief["match"]["priority"] = 90
    thief["match"]["examples"] = ["Error: Failed to request OIDC token: 403 Forbidden. x y z"]
    _write(tmp_path, "policy/greedy-copy", thief)
    problems = [str(p) for p in lint_catalog(load_catalog(tmp_path))]
    assert any(SEED in p and "matches policy/greedy-copy first" in p for p in problems)


def test_lint_catches_examples_no_pattern_matches_and_broad_patterns(tmp_path: Path) -> None:
    data = _seed()
    data["match"]["examples"].append("Something else entirely went wrong here today")
    data["match"]["patterns"].append("(?i)exit code 1")
    _write(tmp_path, SEED, data)
    problems = [str(p) for p in lint_catalog(load_catalog(tmp_path))]
    example = f"match.examples.{len(data['match']['examples']) - 1}"
    pattern = f"match.patterns.{len(data['match']['patterns']) - 1}"
    assert any(example in p and "no pattern" in p for p in problems), problems
    assert any(pattern in p and "generic line" in p for p in problems), problems


def test_lint_asks_for_a_literal_the_prefilter_can_skip_a_pattern_by(tmp_path: Path) -> None:
    # A pattern with no fixed text of 4 characters is searched in every paste.
    data = _seed()
    data["match"]["patterns"] += [
        r"^\w+ \d+ [a-z]{3}\b",
        r"(?:FAIL|ERROR): \w+ \(\S+\)",
        {"pattern": r"^\w+ \d+ [a-z]{4}\b", "shape": True},
    ]
    data["match"]["examples"] += ["FAIL: test_api (tests.test_api)", "abc 12 defg"]
    _write(tmp_path, SEED, data)
    problems = [str(p) for p in lint_catalog(load_catalog(tmp_path))]
    count = len(data["match"]["patterns"])
    bare, phrase, marked = (f"match.patterns.{count - k}" for k in (3, 2, 1))
    assert any(bare in p and "no literal of 4 characters" in p for p in problems), problems
    assert not any(phrase in p for p in problems), problems  # "fail: " or "error: "
    assert not any(marked in p for p in problems), problems  # marked `shape: true`


def test_cache_gives_the_same_catalog_and_follows_changes(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog" / "policy", root / "policy")
    cache = tmp_path / "cache"
    fresh = load_catalog(root, cache_dir=cache)
    assert len(list(cache.glob("catalog-*.jsonl"))) == 1
    cached = load_catalog(root, cache_dir=cache)
    assert list(cached.signatures) == list(fresh.signatures)
    assert dict(cached.entries) == dict(fresh.entries)
    assert cached.paths == fresh.paths

    path = root / f"{SEED}.yaml"
    path.write_text(path.read_text("utf-8").replace("fix_rate: 70", "fix_rate: 45"), "utf-8")
    changed = load_catalog(root, cache_dir=cache)
    assert changed.entries[SEED].fix_rate == 45
    assert len(list(cache.glob("catalog-*.jsonl"))) == 1  # the stale copy is gone


def test_every_entry_comes_back_from_the_cache_as_it_was(catalog: Catalog) -> None:
    for entry in catalog:
        assert Entry.from_dict(json.loads(json.dumps(entry.to_dict()))) == entry, entry.id


def _cached_policy(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The policy category as a catalog, loaded once: its root, cache dir and cache file."""
    import shutil

    root = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog" / "policy", root / "policy")
    cache = tmp_path / "cache"
    load_catalog(root, cache_dir=cache)
    (stored,) = cache.glob("catalog-*.jsonl")
    return root, cache, stored


def test_a_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    root, cache, stored = _cached_policy(tmp_path)
    stored.write_text("{not json\n")
    assert load_catalog(root, cache_dir=cache).entries[SEED].fix_rate == 70
    (stored,) = cache.glob("catalog-*.jsonl")
    stored.write_bytes(stored.read_bytes()[:-10])  # cut short
    assert load_catalog(root, cache_dir=cache).entries[SEED].fix_rate == 70


def test_a_cached_entry_is_read_only_when_used(tmp_path: Path) -> None:
    root, cache, stored = _cached_policy(tmp_path)
    header, *lines = stored.read_bytes().split(b"\n")
    damaged = lines.index(next(line for line in lines if SEED.encode() in line))
    lines[damaged] = b"{" + b"x" * (len(lines[damaged]) - 1)  # the same length
    stored.write_bytes(b"\n".join([header, *lines]))
    cached = load_catalog(root, cache_dir=cache)
    assert SEED in cached.entries and len(cached) == len(lines) - 1
    other = next(entry_id for entry_id in cached.entries if entry_id != SEED)
    assert cached.entries[other].id == other
    with pytest.raises(CatalogError, match="cache is damaged"):
        cached.entries[SEED]


def test_the_benchmark_generator_writes_a_catalog_that_loads_and_matches(tmp_path: Path) -> None:
    from benchmarks.generate import generate
    from slackbot.matching import Matcher

    generated = load_catalog(generate(40, tmp_path / "generated"))
    assert len(generated) == 40
    entry = next(iter(generated))
    best = Matcher(generated).match(entry.match.examples[0]).best
    assert best is not None and best.entry_id == entry.id
