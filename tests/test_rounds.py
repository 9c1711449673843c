"""The checks a new held-out round is merged with (benchmarks/rounds.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import rounds
from benchmarks.rounds import check_round, count_table, near_copy, thread_of, write_round


def test_a_pull_request_is_read_as_its_issue() -> None:
    assert thread_of("https://github.com/Owner/Repo/pull/12#x") == "github.com/owner/repo/issues/12"
    assert thread_of("https://gitlab.com/a/b/-/issues/1") is None


def test_a_reworded_query_with_most_of_the_same_words_is_a_near_copy() -> None:
    assert near_copy("CI build fails after update, log below", "ci build FAILS after update log")
    assert not near_copy("CI build fails after update, log below", "gradle release job red on tags")


def _paste(folder: Path, name: str, expect: str, kind: str, source: str, query: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    header = [expect, kind, "a cause", "github-actions", source, query]
    keys = ["expect", "kind", "cause", "system", "source", "query"]
    text = "".join(f"# {k}: {v}\n" for k, v in zip(keys, header, strict=True))
    (folder / name).write_text(text + "Error: Process completed with exit code 1.\n")


def test_the_merge_check_names_each_broken_rule(tmp_path: Path) -> None:
    (tmp_path / "catalog-list.txt").write_text("auth/known-entry   an example line\n")
    (tmp_path / "excluded-urls.txt").write_text("github.com/old/repo/issues/1\n")
    (tmp_path / "prior-queries.txt").write_text("pipeline went red after the update, log below\n")
    a, b = tmp_path / "A", tmp_path / "B"
    _paste(a, "001.log", "none", "wrapper-only", "https://github.com/o/r/issues/5", "q one a")
    _paste(
        a, "002.log", "auth/known-entry", "tooling", "https://github.com/old/repo/pull/1", "q one a"
    )
    _paste(b, "001.log", "auth/unknown", "tooling", "https://github.com/o/r/issues/5", "q two b")
    (a / ".sent.txt").write_text("1\tgeneral\tq one a\tno\n")  # a column of the part's own
    (b / ".sent.txt").write_text("1\tgitlab\tpipeline went red after the update log below\n")

    pastes, problems = check_round(tmp_path, "AB")

    assert len(pastes) == 3
    assert problems == [
        "A/002.log: excluded thread github.com/old/repo/issues/1",
        "B/001.log: label auth/unknown is not in the catalog list",
        "B/001.log: query not among the part's sent queries",
        "B/001.log: thread taken by A/001.log too",
        "B: query 'pipeline went red after the update log below' near an earlier one, "
        "'pipeline went red after the update, log below'",
    ]
    assert count_table(tmp_path, "AB")[3] == "| kept | 2 | 1 | **3** |"
    assert write_round(pastes, tmp_path / "out") == ["part A: 001-002", "part B: 003-003"]
    assert (tmp_path / "out" / "003.log").read_text().startswith("# expect: auth/unknown")


def test_a_file_without_its_header_is_reported_not_a_crash(tmp_path: Path) -> None:
    for name in ("catalog-list.txt", "excluded-urls.txt", "prior-queries.txt"):
        (tmp_path / name).write_text("\n")
    (tmp_path / "A").mkdir()
    (tmp_path / "A" / ".sent.txt").write_text("1\tgeneral\tq\n")
    (tmp_path / "A" / "001.log").write_text("Error: Process completed with exit code 1.\n")

    _, problems = check_round(tmp_path, "A")

    assert problems[0] == (
        "A/001.log: header keys [], not ['expect', 'kind', 'cause', 'system', 'source', 'query']"
    )


def test_each_part_gets_its_themes_and_this_rounds_paths(tmp_path: Path) -> None:
    round_dir, frozen = tmp_path / "r99", tmp_path / "frozen99"
    written = rounds.write_briefs(round_dir, frozen, "10:00", "10:10", parts="AC")

    assert [p.name for p in written] == ["brief-A.md", "brief-C.md"]
    brief = (round_dir / "brief-C.md").read_text(encoding="utf-8")
    assert brief.startswith("# Your task: collect part C of a held-out sample (round 99)")
    assert "Ruby, PHP, Go, Rust. At most 8 queries per theme" in brief
    assert f"`{round_dir}/prior-queries.txt`" in brief
    assert f"`{round_dir}/excluded-urls.txt`" in brief
    assert f"{frozen}/catalog/<id>.yaml" in brief
    assert "You collect 85" in brief and "{" not in brief.split("You collect 85")[0]
    assert "<part folder>" not in brief and "<frozen checkout>" not in brief
    assert (round_dir / "sent-all.txt").exists() and (round_dir / "C").is_dir()
