"""Samples that have been measured and then tuned on must not slip back.

Once a held-out sample has had its first measurement (its README keeps it), its misses are
fixed and it becomes a regression sample: the figures below are what the catalog and the
guidance achieve on it today, and a change may only improve them. The latest round, not yet
worked on, is held to its first measurement too. Raise a floor when a change improves it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.accuracy import evaluate_heldout, load_fixture
from slackbot.matching import Matcher

#: folder: (useful answers, right entry first, wrapper-only guided, at most wrong claims)
#: Rounds 4, 10, 11, 18 and 22 lost one right entry each in round 30's pass, when a fuzzy line
#: stopped being shown as an entry unless it holds every word of an example (README, Accuracy,
#: footnote 20): on unseen pastes such claims were more often wrong than right.
#: The label-consistency pass (2026-12-05) relabelled pastes by the brief's rules where twins in
#: two rounds had opposite labels; a paste it moved from an entry to none lowers its round's
#: useful and right figures: round 13 lost one each by 007 (ld: library 'clang_rt.osx' not found,
#: toolchain/ld-cannot-find-library -> none; right again since cross-round pass 6 wrote
#: toolchain/macos-clang-rt-osx-not-found for it and its twins in rounds 31 and 34) and round 30 by 089 (runs-on evaluated to an empty
#: value, config/github-actions-invalid-workflow-file -> none; right again since cross-round pass 3
#: wrote config/github-actions-job-expression-evaluated-empty for it) and round 25 by 007 ("'.' is not
#: recognized": a ./script run by Windows cmd, toolchain/command-not-found -> none; the same pass's
#: relabel of 193 to container/dockerfile-copy-source-not-found gained them back).
#: Label-consistency pass 2 (2026-12-05) moved round 13's 143 from toolchain/ld-cannot-find-library to
#: none (its thread found a cause the generic entry does not name: a dependency's library not linked),
#: which the entry still claims (one useful and one right answer fewer, one wrong claim more), and
#: round 29's 052 from wrapper-only to the wheel-build entry (uv's "Failed to build", as its twin in
#: round 41), which it now matches: one guided paste fewer, one right entry more.
#: Label-consistency pass 3 moved pastes whose only failure line is one an entry is about from
#: wrapper-only to that entry (GitHub Pages' generic "Page build failed" notice: rounds 1, 21, 29, 30,
#: 31; MSBuild's MSB3073 alone: rounds 14, 22), and PHPUnit's progress marks cut before the summary
#: (round 26, 162) to user-code: the guided floors of rounds 1, 21, 26 and 29 fell by the pastes that
#: are now right entries or user-code classes instead.
#: Label-consistency pass 9 (2026-12-06) moved round 24's 049 (AppVeyor's bare "Command exited with code 127") from wrapper-only to toolchain/command-not-found like its round 52 twin 115 (one useful and one guided paste fewer), and round 26's 221 (an Espresso-Intents test) from user-code/gradle-test-failure to user-code/android-espresso-ui-test-failure, while the matcher still names the Gradle class (one useful answer fewer, one wrong claim more).
#: The same rule moved rounds 18's 148 (kaniko's `exit status 127`), 22's 131 (rake's `Command failed
#: with status (127)`) and 45's 131 to that entry, which now matches those lines and AppVeyor's: rounds
#: 18 and 22 one guided paste fewer each, and as many right entries more.
#: Label-consistency pass 11 (2026-12-06) moved round 20's 137 (libstdc++ symbols undefined: clang used as the C++ link driver, user-code/gcc-clang-compile-error -> none), round 41's 092 and round 43's 142 (a Rust setup action's extensionless rustup-init under _temp, toolchain/command-not-found -> none) and round 46's 162 (clang's "too many errors emitted" alone, -> wrapper-only), which the matcher still claims: one useful answer fewer and one wrong claim more each (round 43 also one right entry fewer).
#: Label pass 14 (2026-12-06) moved round 18's 104 (CS0246 on the hosted agent after its update, the
#: same source that built before: an environment-caused missing reference, as r8/165 and r25/270)
#: from user-code/dotnet-build-error to none, which the class still claims: one useful answer fewer,
#: one wrong claim more.
#: The same pass moved round 43's 215 (GoogleTest's testing::Message undefined) and round 51's 085
#: (cs50's get_string, -lcs50 left off) from user-code/gcc-clang-compile-error to none: a
#: third-party library's symbol, as label pass 12 drew the line; the class still claims both: one
#: useful answer fewer and one wrong claim more each.
FLOORS = {
    "heldout": (150, 84, 62, 2),
    "heldout-r3": (92, 44, 44, 0),
    "heldout-r4": (157, 96, 50, 0),
    "heldout-r5": (124, 70, 44, 1),
    # Round 6's 113 and 115 became wrapper-only when Heroku's summary line did (see its README).
    "heldout-r6": (131, 83, 40, 0),
    "heldout-r7": (120, 64, 47, 0),
    "heldout-r8": (129, 47, 70, 2),
    "heldout-r9": (7, 6, 1, 0),
    "heldout-r10": (133, 69, 56, 1),
    "heldout-r11": (133, 65, 62, 0),
    "heldout-r12": (129, 66, 50, 1),
    "heldout-r13": (117, 54, 45, 4),
    "heldout-r14": (125, 39, 66, 3),
    "heldout-r15": (124, 46, 66, 2),
    # Round 16's 019 (pytest's progress line with an F, cut there) relabelled from wrapper-only to
    # user-code in the twentieth session, as round 83's 029 of the same form: guided 36 -> 35.
    "heldout-r16": (125, 81, 35, 2),
    "heldout-r17": (121, 62, 47, 4),
    "heldout-r18": (136, 70, 59, 4),
    "heldout-r19": (138, 69, 62, 0),
    "heldout-r20": (111, 65, 29, 1),
    # Label pass 24 (2026-12-06) moved round 21's 013 (Bundler's closing line alone) from
    # toolchain/gem-native-extension-build-failed to wrapper-only, as rounds 42, 47 and 66 label that
    # line; the entry still claims it: one useful and one right answer fewer, one wrong claim more.
    "heldout-r21": (122, 43, 66, 1),
    "heldout-r22": (149, 63, 79, 8),
    "heldout-r23": (135, 67, 58, 1),
    "heldout-r24": (123, 58, 53, 3),
    "heldout-r25": (196, 99, 75, 7),
    "heldout-r26": (179, 104, 57, 3),
    "heldout-r27": (206, 100, 87, 2),
    # label16 (2026-12-07): the missing Debian rubygems-integration rake of a gem's extension step
    # (round 28, 165; round 63, 106; round 74, 116) relabelled none, as round 18, 067 and the entry's
    # own unless (2), which does not yet see the 'ruby: No such file or directory -- .../rake (LoadError)'
    # form: one useful and one right answer fewer, one wrong claim more in each round. Round 28's 036
    # (npm's node-gyp echo cut at 'gyp ERR! co') is now wrapper-only, guided.
    "heldout-r28": (213, 79, 114, 4),
    "heldout-r29": (228, 116, 103, 6),
    "heldout-r30": (182, 82, 85, 1),
    "heldout-r31": (175, 77, 77, 0),
    "heldout-r32": (138, 70, 55, 3),
    "heldout-r33": (177, 87, 72, 0),
    "heldout-r34": (182, 101, 67, 1),
    "heldout-r35": (199, 94, 88, 1),
    "heldout-r36": (193, 99, 73, 0),
    # uc28 (2026-12-07): 101 relabelled to user-code/test-suite-failure, which the structural last
    # resort (slackbot/suite_failure.py) now answers; the same for round 50's 158 and 51's 174.
    "heldout-r37": (161, 78, 74, 0),
    "heldout-r38": (148, 77, 56, 1),
    "heldout-r39": (146, 84, 50, 2),
    "heldout-r40": (164, 84, 68, 2),
    # 187 (only lit's "Failing Tests (6):" summary of a local cling build, labelled wrapper-only) is
    # claimed by user-code/test-suite-failure, the same lit form 189 is recognised by (2026-12-06).
    "heldout-r41": (142, 53, 46, 2),
    "heldout-r42": (110, 45, 53, 2),
    "heldout-r43": (176, 80, 76, 3),
    "heldout-r44": (160, 80, 63, 1),
    "heldout-r45": (163, 75, 69, 4),
    "heldout-r46": (116, 53, 46, 3),
    "heldout-r47": (92, 48, 37, 0),
    "heldout-r48": (158, 77, 66, 3),
    "heldout-r49": (118, 53, 50, 4),
    "heldout-r50": (124, 63, 41, 1),
    "heldout-r51": (137, 66, 54, 1),
    # Round 52 measured first with 14 wrong claims (81 useful); worked through since (see its
    # README: its entries tuned on 25 pastes, ten guidance forms, eight labels read again).
    # label16: npm lifecycle relays of a failed 'node-gyp rebuild' without gyp output (028, 029, 032,
    # 033, 034) relabelled none, wrapper-only, as round 35's 031: four guided more.
    "heldout-r52": (157, 78, 69, 2),
    # Rounds 53 and 54 measured first with 72 useful answers each (8 and 19 wrong claims); worked
    # through since (their READMEs: entries tuned on 15 and 26 pastes, 9 and 15 guidance forms).
    "heldout-r53": (113, 49, 52, 2),
    "heldout-r54": (123, 51, 56, 4),
    # Round 55 measured first on a frozen aff0178 with 83 useful answers (17 wrong claims); worked
    # through since (its README: entries tuned on 21 pastes, 16 guidance forms, five labels read
    # again, seven pastes relabelled to cross-round pass 16's entries).
    "heldout-r55": (125, 67, 50, 2),
    # Round 56 measured first on a frozen 26d56f1 with 93 useful answers (14 wrong claims; 99 and 9
    # with today's labels: label pass 13, cross-round pass 18); worked through since (its README).
    "heldout-r56": (141, 65, 62, 2),
    # Round 57 measured first on a frozen 24c5387 with 82 useful answers (15 wrong claims; 86 and 12
    # with the five labels read again after it, label pass 15); worked through since (its README).
    "heldout-r57": (132, 68, 56, 1),
    # Round 58 measured first on a frozen 1d411ed0 with 117 useful answers (15 wrong claims; the
    # same on 26d56f1; 123 and 10 with the labels read again after it, label pass 16); worked
    # through since (its README).
    "heldout-r58": (193, 88, 92, 1),
    # Round 59 measured first on a frozen ad62ab96 with 78 useful answers (11 wrong claims; the
    # same on 1d411ed0; 85 and 10 with the labels read again after it, label pass 17); worked
    # through since (its README).
    "heldout-r59": (141, 72, 62, 3),
    # Round 60 measured first on a frozen 9caff8bb with 77 useful answers (8 wrong claims; 75 on
    # 1d411ed0; 82 and 3 with the labels read again after it, label pass 18); worked through
    # since (its README).
    "heldout-r60": (124, 61, 51, 0),
    # Round 61 measured first on a frozen 5c31a30c with 92 useful answers (19 wrong claims; 91 on
    # 1d411ed0; 98 and 15 with the labels read again after it, label pass 19); worked through
    # since (its README).
    "heldout-r61": (154, 64, 81, 1),
    # Round 62 measured first on a frozen f8eb1e43 with 114 useful answers (26 wrong claims; the
    # same on 1d411ed0, 5c31a30c and after round 61's work-through; 124 and 17 with the labels
    # read again after it, label pass 20); worked through since (its README).
    "heldout-r62": (181, 99, 68, 6),
    # Round 63 measured first on a frozen 13b67677 with 102 useful answers (19 wrong claims; 108
    # and 13 with label pass 21's labels); worked through since. Guided 64 -> 63 (lc28): 058, pip's
    # egg_info line, relabelled from wrapper-only to the entry about that line, is now right instead.
    # label16: 106 relabelled none (see round 28).
    "heldout-r63": (160, 82, 63, 2),
    # Round 64 measured first on a frozen f25c61c3 with 90 useful answers (10 wrong claims; 94
    # and 6 with label pass 22's labels); worked through since.
    "heldout-r64": (128, 37, 69, 0),
    # Round 65 measured first on a frozen 864309f8 with 83 useful answers (5 wrong claims; 87
    # and 4 with label pass 23's labels); worked through since.
    "heldout-r65": (120, 57, 50, 0),
    # Round 66 measured first on a frozen 438563a5 with 89 useful answers (17 wrong claims; 86 on
    # f25c61c3, the session's start), not yet worked through. Pass 2, after round 65's work: 89
    # and 18 (148, claimed by go-runtime-unexpected-signal's Windows exception form from round
    # 65's 108; left for its work-through, not chosen from it here). Worked through since (the
    # tenth session): 148 is still claimed, a label doubt for label pass 24.
    "heldout-r66": (135, 71, 54, 4),
    # Round 67 measured first on its frozen checkout 67af4c12: 90 useful, 38 right, 50 guided, 12 wrong
    # claims (89 on f25c61c3); worked through since.
    "heldout-r67": (147, 71, 71, 0),
    # Round 68 measured first on its frozen checkout 7fb9e776: 126 useful, 55 right, 67 guided, 26
    # wrong claims (125 on f25c61c3); pass 2 (round 66 and 67's tooling and user-code work, cross-round
    # pass 24, label pass 24): 127, 26 wrong; worked through since.
    "heldout-r68": (198, 107, 81, 5),
    # Round 69 measured first on its frozen checkout c0d998a9 (101 useful, 32 right, 56 guided, 26
    # wrong claims; 97 on 67af4c12, the session's start); not tuned on. Pass 2, after the session's
    # work not chosen from it (round 67's guidance, round 68's work-through, cross-round pass 25,
    # label pass 25): 103 and 26; pass 3, the user-code classes' general conditions chosen from the
    # tuned rounds only: 103 and 24. Pass 4 (next session; its helpers' file lists included this
    # round by a flaw of the brief's grep, so not clean), labels re-read against the session's new
    # entries before they ran: 108 and 25 (the generic test-suite class claims 035, labelled none).
    # Tuned on since (cross-round pass 27, the generic class's general shapes, C/C++ conditions).
    "heldout-r69": (162, 68, 67, 8),
    # Round 70 measured first on its frozen checkout 7b2ae35d (120 useful, 48 right, 49 guided, 21
    # wrong claims; 119 on 67af4c12, 116 on f25c61c3); not tuned on. Its labels re-read against the
    # session's new entries (by reading, before they ran: 18 changed): 120 and 21 first; pass 2, the
    # session's work not chosen from it: 126 and 20. Tuned on since (the same session).
    "heldout-r70": (172, 69, 66, 4),
    # Round 71 measured first on its frozen checkout c69c66a4 (90 useful, 22 right, 45 guided, 9
    # wrong claims; the same on 7b2ae35d, the session's start); not tuned on. Pass 2, the rest of
    # the session's work (cross-round pass 27, the generic class's general shapes, guidance forms,
    # C/C++ conditions): 91 (155 guided) and 9. Pass 3, the next session's work not chosen from it
    # (cross-round pass 28, wrong-claim conditions, guidance forms, the structural recogniser): 93
    # and 9. Tuned on since (that session).
    "heldout-r71": (123, 38, 52, 0),
    # Round 72 measured first on its frozen checkout 605f230d (84 useful, 38 right, 46 guided, 36
    # wrong claims; 86 and 34 with two labels re-read before the session's new entries ran); pass
    # 2, the session's work not chosen from it: 86 and 34, the same answers. Tuned on since.
    "heldout-r72": (142, 85, 55, 7),
    # Round 73 measured first on its frozen checkout ddadcab8 (the twelfth session's work in: 85
    # useful, 36 right, 43 guided, 13 wrong claims; 84 and 13 on 605f230d, the session's start);
    # pass 2, the rest of the session's work not chosen from it (cross-round pass 29, structural
    # guidance rules): 86 (44 guided) and 13. Pass 3, the thirteenth session's work not chosen
    # from it: 87 and 13, one label re-read blind against cross-round pass 30 (049). Worked
    # through in the fourteenth session.
    "heldout-r73": (155, 82, 62, 3),
    # Round 74 measured first on its frozen checkout f9cb45dc (96 useful, 31 right, 52 guided, 17
    # wrong claims; 95 and 16 on 605f230d); pass 2, the thirteenth session's work not chosen from
    # it (structural recognisers of tools' reports, claims, guidance, cross-round pass 30): 97 and
    # 16. Worked through in the fourteenth session.
    # label16: 116 relabelled none (see round 28).
    "heldout-r74": (154, 59, 65, 5),
    # Round 75 measured first on its frozen checkout ec6a089c (114 useful, 48 right, 59 guided,
    # 12 wrong claims; the same answers on f9cb45dc); pass 2, the fourteenth session's work not
    # chosen from it (rounds 73 and 74 worked through, cross-round passes 31 and 32, precision and
    # user-code passes 14): the same answers. Worked through in the fifteenth session.
    "heldout-r75": (160, 77, 75, 2),
    # Round 76 collected at the fourteenth session's end, measured first on its frozen checkout
    # d3769e1b (92 useful, 28 right, 38 guided, 15 wrong claims; 90 and 15 on ec6a089c, the
    # session's start); pass 2, the fifteenth session's work not chosen from it (round 75 worked
    # through, surface-form, guidance, user-code and precision passes): 92 useful, 16 wrong claims
    # (070: a GCC crash form added to gcc-internal-compiler-error, labelled none against the older
    # entry). Worked through in the fifteenth session.
    "heldout-r76": (130, 46, 42, 2),
    # Round 77 collected at the fifteenth session's start, measured first on its frozen checkout
    # 833e4040 (115 useful, 31 right, 45 guided, 13 wrong claims; the same answers on ec6a089c);
    # pass 2, the session's work (none of it chosen from round 77): 116 useful, 14 wrong claims;
    # pass 3, after round 76's work-through and cross-round pass 33: the same answers. Worked
    # through at the fifteenth session's end.
    "heldout-r77": (168, 52, 52, 4),
    # Round 78 collected at the sixteenth session's start, measured first on its frozen checkout
    # 85d4a409 (121 useful, 43 right, 51 guided, 10 wrong claims; 118 and 10 on 833e4040, the
    # fifteenth session's start); pass 2, the sixteenth session's first work (cross-round pass
    # 34, fact-checks, a user-code pass, label questions; none of it chosen from round 78): the
    # same answers. Worked through in the sixteenth session.
    "heldout-r78": (180, 73, 71, 0),
    # Round 79 collected near the sixteenth session's end, measured first on its frozen checkout
    # 95e8d8f6 (120 useful, 34 right, 71 guided, 17 wrong claims; the same answers on 85d4a409,
    # the session's start); pass 2, the rest of the session's work (round 78's guidance, cross-
    # round pass 35): the same answers. Worked through in the seventeenth session (120 -> 173
    # useful, 17 -> 2 wrong claims).
    "heldout-r79": (187, 74, 91, 0),
    # Round 80 collected at the seventeenth session's start, measured first on its frozen
    # checkout 589e9a47 (99 useful, 25 right, 56 guided, 18 wrong claims; the same answers on
    # dc1311cf); pass 2, the session's whole work (none of it chosen from round 80): 100 useful,
    # 57 guided, the same wrong claims. Worked through at the session's end (100 -> 121 useful,
    # 18 -> 10 wrong claims), and again in the eighteenth session (121 -> 157, 10 -> 5).
    "heldout-r80": (162, 47, 70, 5),
    # Round 81 collected at the eighteenth session's start, measured first on its frozen
    # checkout c4486328 (102 useful, 16 right, 71 guided, 8 wrong claims); pass 2, the session's
    # work on rounds 60 to 80 (none of it chosen from round 81), at 4579bd4b: the same answers.
    # Worked through in the same session (102 -> 149 useful, 8 -> 2 wrong claims).
    "heldout-r81": (157, 40, 86, 2),
    # Round 82 collected at the nineteenth session's start, measured first on its frozen
    # checkout 3ba2a218 (113 useful, 40 right, 66 guided, 16 wrong claims). Worked through in
    # the same session (113 -> 169 useful, 16 -> 1 wrong claims; 26 relabels, 8 of them of
    # wrong claims to the entry that made them).
    "heldout-r82": (171, 76, 83, 1),
    # Round 83 collected at the twentieth session's start, measured first on its frozen
    # checkout 9d33a43c (136 useful, 49 right, 70 guided, 19 wrong claims). Worked through in
    # the same session (136 -> 198 useful, 19 -> 0 wrong claims; 32 relabels, 10 of them of
    # wrong claims to the entry that made them).
    "heldout-r83": (199, 97, 77, 0),
    # Round 84 collected at the twenty-first session's start, measured first on its frozen
    # checkout ab8088ea (124 useful, 60 right, 51 guided, 16 wrong claims). Worked through in
    # the same session (124 -> 181 useful, 16 -> 4 wrong claims; 14 relabels, 3 of them of
    # wrong claims to the entry that made them).
    "heldout-r84": (181, 94, 68, 4),
}


@pytest.mark.parametrize("folder", FLOORS)
def test_a_measured_sample_does_not_slip_back(matcher: Matcher, folder: str) -> None:
    useful, right, guided, wrong = FLOORS[folder]
    figures = evaluate_heldout(matcher.match, folder)
    assert figures.useful >= useful, f"{folder}: useful {figures.useful} < {useful}"
    assert figures.right >= right, f"{folder}: right entry first {figures.right} < {right}"
    assert figures.guided >= guided, f"{folder}: guided {figures.guided} < {guided}"
    assert figures.wrong_claims <= wrong, f"{folder}: wrong claims {figures.wrong_claims} > {wrong}"


def test_a_paste_that_opens_like_a_header_line_keeps_that_line(tmp_path: Path) -> None:
    # Round 39 took errors quoted in a thread's title; a title reads "# Error: ...".
    path = tmp_path / "001.log"
    headers = ["expect: none", "kind: wrapper-only", "cause: c", "system: local", "source: s"]
    path.write_text(
        "".join(f"# {h}\n" for h in [*headers, "query: q"])
        + "# Error: linking with cc failed: exit status: 1\n"
    )
    fixture = load_fixture(path)
    assert fixture.labels["query"] == "q"
    assert fixture.log == "# Error: linking with cc failed: exit status: 1\n"
