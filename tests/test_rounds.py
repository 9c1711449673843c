"""The checks a new held-out round is merged with, and the upkeep commands of the tuned rounds
(benchmarks/rounds.py, benchmarks/round_upkeep.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# --- the upkeep commands (benchmarks/round_upkeep.py), on a made-up checkout in tmp_path -------


def _checkout(root: Path) -> Path:
    """A made-up checkout: HELD_OUT, one catalog entry, round 5 (tuned on, two pastes and a
    README), round 6 (not tuned on), the FLOORS and docs/accuracy.md's today rows."""
    (root / "benchmarks").mkdir(parents=True)
    (root / "benchmarks" / "accuracy.py").write_text(
        "HELD_OUT = {\n"
        '    "heldout-r5": "round 5, tuned on since",\n'
        '    "heldout-r6": "round 6, measured first, not tuned on",\n'
        '    "heldout-r9": "round 9, 13 pastes only",\n'
        "}\n"
    )
    (root / "catalog" / "auth").mkdir(parents=True)
    (root / "catalog" / "auth" / "known-entry.yaml").write_text("id: auth/known-entry\n")
    r5 = root / "tests" / "fixtures" / "heldout-r5"
    source = "https://github.com/o/r/issues/5"
    _paste(r5, "001.log", "none", "wrapper-only", source, "q")
    _paste(r5, "002.log", "auth/known-entry", "tooling", source, "q")
    with (r5 / "002.log").open("a") as log:
        log.write("# expect-baseline: none\n")  # a paste's own line, after the header
    (r5 / "003.log").write_text(
        "# expect: none\n# expect-baseline: auth/known-entry\n# kind: tooling\nError\n"
    )
    (r5 / "README.md").write_text("# Round 5\n\n## Files\n\n- 001, 002\n")
    _paste(root / "tests" / "fixtures" / "heldout-r6", "001.log", "none", "tooling", source, "q")
    (root / "tests" / "fixtures" / "heldout-r6" / "README.md").write_text("# Round 6\n")
    (root / "tests" / "test_heldout_regression.py").write_text(
        'FLOORS = {\n    "heldout-r5": (10, 5, 4, 1),  # why\n    "heldout-r7": (9, 4, 4, 0),\n}\n'
    )
    (root / "docs").mkdir()
    (root / "docs" / "accuracy.md").write_text(
        "| round | pastes |\n"
        "| round 5 today (tuned on, relabelled) | 20 | regression | 10 (50 %) | 6 / 10 (60 %) "
        "| 5 / 6 (83 %) | 4 / 5 (80 %) | 1 (5 %) |\n"
        "\nafter the table\n"
    )
    return root


def _summary(tmp_path: Path, r5: list[int], r7: list[int]) -> str:
    """``summary tuned``'s text, for rounds 5, 7 and 9 (r5, r7: pastes, useful, covered,
    tooling, right, guided, wrappers, wrong)."""
    lines = ["sample  pastes useful ..."]
    for name, (pastes, useful, covered, tooling, right, guided, wrappers, wrong) in (
        ("heldout-r5", r5),
        ("heldout-r7", r7),
        ("heldout-r9", [13, 7, 6, 8, 6, 1, 2, 0]),
    ):
        values = [pastes, useful, covered, tooling, right, covered, guided, wrappers, 0, 0, wrong]
        lines.append(rounds._summary_line(name, values, 0))
    path = tmp_path / "summary.txt"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = rounds.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_relabel_sets_the_label_notes_why_and_lists_it_in_the_readme(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _checkout(tmp_path / "repo")
    argv = ["relabel", "5", "1.log", "auth/known-entry", "tooling", "the cause shows", "pass 1"]

    status, out, err = _run([*argv, "--root", str(root)], capsys)

    assert (status, err) == (0, "")
    log = (root / "tests/fixtures/heldout-r5/001.log").read_text().split("\n")
    assert log[:2] == ["# expect: auth/known-entry", "# kind: tooling"]
    note = "# relabel: none -> auth/known-entry: the cause shows [kind wrapper-only -> tooling] (pass 1)"
    assert log[6:8] == [note, "Error: Process completed with exit code 1."]
    readme = (root / "tests/fixtures/heldout-r5/README.md").read_text()
    assert readme.endswith(
        "- 001, 002\n\n## Relabelled since\n\n- 001: none -> auth/known-entry (pass 1).\n"
    )
    assert out.splitlines()[0] == f"tests/fixtures/heldout-r5/001.log: {note}"

    status, _, err = _run(
        ["relabel", "5", "1", "none", "-", "back", "pass 2", "--root", str(root)], capsys
    )
    assert status == 0 and "warning: a wrapper-only" not in err
    assert readme_lines(root)[-2:] == [
        "- 001: none -> auth/known-entry (pass 1).",
        "- 001: auth/known-entry -> none (pass 2).",
    ]


def readme_lines(root: Path) -> list[str]:
    return (root / "tests/fixtures/heldout-r5/README.md").read_text().splitlines()


def test_relabel_refuses_what_the_script_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _checkout(tmp_path / "repo")
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    refusals = {
        ("6", "1", "none", "-"): "heldout-r6 is held out",
        ("4", "1", "none", "-"): "heldout-r4 is not in benchmarks/accuracy.py's HELD_OUT",
        ("5", "1", "auth/unknown", "tooling"): "catalog/auth/unknown.yaml does not exist",
        ("5", "1", "none", "wrapper-only"): "001.log is already none (wrapper-only)",
        ("5", "1", "none", "odd"): "KIND 'odd' is not one of",
        ("5", "3", "auth/known-entry", "-"): "003.log has an '# expect-baseline:' line",
        ("5", "9", "none", "-"): "009.log does not exist",
    }
    for (number, nnn, expect, kind), message in refusals.items():
        status, out, err = _run(
            ["relabel", number, nnn, expect, kind, "why", "tag", "--root", str(root)], capsys
        )
        assert (status, out) == (1, ""), message
        assert err.startswith("relabel: ") and message in err

    status, _, err = _run(
        ["relabel", "5", "2", "user-code/other", "tooling", "why", "t", "--root", str(root)], capsys
    )
    assert status == 0 and "warning: kind tooling with label user-code/other" in err
    del before[root / "tests/fixtures/heldout-r5/002.log"]
    del before[root / "tests/fixtures/heldout-r5/README.md"]
    assert all(path.read_bytes() == text for path, text in before.items())


def test_floors_says_where_each_round_stands_and_raises_the_floors_above(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _checkout(tmp_path / "repo")
    test = root / "tests/test_heldout_regression.py"
    summary = _summary(tmp_path, [20, 11, 6, 10, 5, 4, 5, 1], [15, 9, 5, 8, 4, 3, 4, 0])

    status, out, _ = _run(["floors", summary, "--root", str(root)], capsys)

    assert status == 1
    assert out.splitlines() == [
        "heldout-r5     above           today (11, 5, 4, 1)  floor (10, 5, 4, 1)",
        "heldout-r7     BELOW FLOOR     today (9, 4, 3, 0)  floor (9, 4, 4, 0)",
        "heldout-r9     no floor        today (7, 6, 1, 0)",
    ]
    status, out, _ = _run(["floors", summary, "--write", "--add", "--root", str(root)], capsys)
    assert out.splitlines()[-1] == "2 FLOORS line(s) written to tests/test_heldout_regression.py"
    assert test.read_text().splitlines()[1:4] == [
        '    "heldout-r5": (11, 5, 4, 1),  # why',
        '    "heldout-r7": (9, 4, 4, 0),',
        '    "heldout-r9": (7, 6, 1, 0),',
    ]
    _run(["floors", summary, "--write", "--lower", "--root", str(root)], capsys)
    assert test.read_text().splitlines()[2] == '    "heldout-r7": (9, 4, 3, 0),'
    status, out, _ = _run(["floors", summary, "--root", str(root)], capsys)
    assert status == 0 and all(" equal " in line for line in out.splitlines())


def test_today_rows_checks_updates_and_adds_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _checkout(tmp_path / "repo")
    doc = root / "docs/accuracy.md"
    summary = _summary(tmp_path, [20, 10, 6, 10, 5, 4, 5, 1], [15, 9, 5, 8, 4, 3, 4, 0])

    status, out, _ = _run(["today-rows", summary, "--check", "--root", str(root)], capsys)

    assert status == 0
    assert out.splitlines() == [
        "round 5: equal",
        "round 7: MISSING",
        "  built: | round 7 today (tuned on) | 15 | regression | 9 (60 %) | 5 / 8 (63 %) "
        "| 4 / 5 (80 %) | 3 / 4 (75 %) | 0 (0 %) |",
        "round 9: skipped (round 9, 13 pastes only)",
    ]
    summary = _summary(tmp_path, [20, 11, 7, 10, 6, 4, 5, 1], [15, 9, 5, 8, 4, 3, 4, 0])
    status, out, _ = _run(["today-rows", summary, "--check", "--root", str(root)], capsys)
    assert status == 1 and "round 5: DIFFERS" in out
    before = doc.read_text()
    _run(["today-rows", summary, "--write", "--root", str(root)], capsys)
    lines = doc.read_text().splitlines()
    assert lines[1] == before.splitlines()[1]  # STALE, not rewritten without --update
    assert lines[2].startswith("| round 7 today (tuned on) | 15 |") and lines[3] == ""
    _, out, _ = _run(["today-rows", summary, "--write", "--update", "--root", str(root)], capsys)
    assert out.splitlines()[-1] == "0 row(s) inserted, 1 updated in docs/accuracy.md"
    assert doc.read_text().splitlines()[1] == (
        "| round 5 today (tuned on, relabelled) | 20 | regression | 11 (55 %) | 7 / 10 (70 %) "
        "| 6 / 7 (86 %) | 4 / 5 (80 %) | 1 (5 %) |"
    )
    with pytest.raises(SystemExit):
        rounds.main(["today-rows", summary, "--write", "--check", "--root", str(root)])
    # A round whose README lists relabels gets a new row labelled so.
    r7 = root / "tests" / "fixtures" / "heldout-r7"
    r7.mkdir(parents=True)
    (r7 / "README.md").write_text("# Round 7\n\n## Relabelled since\n\n- 003: none -> x (t).\n")
    lines = doc.read_text().splitlines()
    doc.write_text("\n".join(line for line in lines if "round 7 today" not in line))
    _, out, _ = _run(["today-rows", summary, "--write", "--root", str(root)], capsys)
    assert out.splitlines()[0].startswith("| round 7 today (tuned on, relabelled) | 15 |")


def test_compare_names_the_answers_lost_gained_and_the_wrong_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.dump", tmp_path / "new.dump"
    old.write_text(
        "r/001.log\tauth/a\ttooling\tauth/a\t\n"
        "r/002.log\tnone\twrapper-only\tnone\twrapper-only\n"
        "r/003.log\tuser-code/x\tuser-code\tauth/b\t\n"
        "r/004.log\tnone\ttooling\tnone\t\n"
    )
    new.write_text(
        "r/001.log\tauth/a\ttooling\tauth/b\t\n"
        "r/002.log\tnone\twrapper-only\tnone\twrapper-only\n"
        "r/003.log\tuser-code/x\tuser-code\tuser-code/x\t\n"
        "r/005.log\tnone\twrapper-only\tnone\twrapper-only\n"
    )

    status, out, _ = _run(["compare", str(old), str(new)], capsys)

    assert status == 0
    assert out.splitlines() == [
        "LOST (1)",
        "  r/001.log: auth/a [tooling] got auth/a  =>  auth/a [tooling] got auth/b",
        "GAINED (2)",
        "  r/003.log: user-code/x [user-code] got auth/b  =>  user-code/x [user-code] got user-code/x",
        "  r/005.log: -  =>  none [wrapper-only] got none (wrapper-only)",
        "NEWWRONG (1)",
        "  r/001.log: auth/a [tooling] got auth/a  =>  auth/a [tooling] got auth/b",
        "FIXEDWRONG (1)",
        "  r/003.log: user-code/x [user-code] got auth/b  =>  user-code/x [user-code] got user-code/x",
        "ONLY OLD (1): r/004.log",
        "ONLY NEW (1): r/005.log",
        "TOTAL pastes 4 -> 4, useful 2 -> 3 (-1 +2), wrong claims 1 -> 1 (+1 -1)",
    ]


def test_readme_puts_the_header_the_counts_and_each_parts_readme_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    round_dir = tmp_path / "r99"
    for part in "AB":
        _paste(round_dir / part, "001.log", "none", "wrapper-only", "https://x", f"q {part}")
        (round_dir / part / ".sent.txt").write_text(f"1\tgeneral\tq {part}\n")
    (round_dir / "A" / "README.md").write_text(
        "# Part A\n\n## Method\n\n```\n# a shell comment\n```\n\n### Files\n"
    )
    (round_dir / "B" / "README.md").write_text("Part B's notes\n")
    (tmp_path / "header.md").write_text("# Round 99\n\nWhat it is.\n\n")
    out = tmp_path / "README.md"

    status, printed, _ = _run(
        ["readme", str(round_dir), str(tmp_path / "header.md"), str(out)], capsys
    )

    assert status == 0 and printed == f"{out}: header, counts (AB), 2 part README(s)\n"
    text = out.read_text()
    assert text.startswith(
        "# Round 99\n\nWhat it is.\n\n## Counts\n\n| | part A | part B | total |\n"
    )
    assert "| kept | 1 | 1 | **2** |\n" in text
    assert text.endswith(
        "## Part A (its own numbers)\n\n### Method\n\n```\n# a shell comment\n```\n\n#### Files\n"
        "\n## Part B (its own numbers)\nPart B's notes\n"
    )
    (round_dir / "B" / "README.md").unlink()
    status, _, err = _run(["readme", str(round_dir), str(tmp_path / "header.md"), str(out)], capsys)
    assert status == 1 and err == "readme: no README.md in part(s) B\n"
