"""Untrusted text is handled in linear time: 40 000 hostile characters per alphabet.

A whole message, and each text step on its own, is run at two lengths: four times the text
must cost about four times the time, not sixteen (a step quadratic in a line's length). The
times themselves are measured by ``python -m benchmarks.hostile``; nothing here times anything
finely.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.hostile import ALPHABETS, hostile_messages
from slackbot.catalog import Catalog
from slackbot.claims import places_failure_outside_project
from slackbot.config import Settings
from slackbot.helpdesk import Helpdesk
from slackbot.listeners.text import slack_to_plain
from slackbot.matching import Matcher, clean_log, mask_line, quoted_messages
from slackbot.metrics import Metrics
from slackbot.redaction import redact
from slackbot.store import open_sqlite
from slackbot.suite_failure import recognise_suite_failure
from slackbot.tool_output import recognise_tool_output
from tests.conftest import BOT_TOKEN

MESSAGES = hostile_messages()
QUARTER = hostile_messages(len(MESSAGES["newlines"]) // 4)
#: Timer noise and fixed costs, beside the factor.
SLACK = 0.05


@pytest.fixture(scope="module")
def helpdesk(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Helpdesk:
    store = open_sqlite(Path(tmp_path_factory.mktemp("hostile")) / "store.sqlite3")
    return Helpdesk(Settings(bot_token=BOT_TOKEN), catalog, store, Metrics())


def _elapsed(step: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    step(text)
    return time.perf_counter() - started


def _best(step: Callable[[str], object], text: str) -> float:
    return min(_elapsed(step, text) for _ in range(3))


def _assert_linear(read: Callable[[int], float], count: int) -> None:
    """``read(n)`` times n hostile units: four times as many may take at most eight times as long
    (twice linear, plus the timer's slack), which a quadratic stage exceeds."""
    quarter, whole = read(count), read(4 * count)
    assert whole < 8 * quarter + SLACK, f"{quarter:.3f} s, then {whole:.3f} s"


@pytest.mark.parametrize("alphabet", ALPHABETS)
def test_a_hostile_message_is_diagnosed_in_linear_time(helpdesk: Helpdesk, alphabet: str) -> None:
    text = MESSAGES[alphabet]
    assert len(text) == 40_000 and len(QUARTER[alphabet]) == 10_000

    def diagnose(message: str) -> object:
        return helpdesk.diagnose(slack_to_plain(message))

    quarter, whole = _best(diagnose, QUARTER[alphabet]), _best(diagnose, text)
    assert whole < 8 * quarter + SLACK, f"{alphabet!r}: {quarter:.3f} s, then {whole:.3f} s"


def recognise_suite_failure_in(text: str) -> object:
    """The structural recogniser on a cleaned text, as the matcher calls it."""
    return recognise_suite_failure(clean_log(text).split("\n"))


def recognise_tool_output_in(text: str) -> object:
    """The recogniser of compilers' and go test's reports on a cleaned text, as the matcher
    calls it."""
    return recognise_tool_output(clean_log(text).split("\n"))


def quoted_messages_in(text: str) -> object:
    """The quoted messages of a cleaned text, as the matcher reads them."""
    return quoted_messages(clean_log(text).split("\n"))


@pytest.mark.parametrize(
    "step",
    [
        slack_to_plain,
        clean_log,
        mask_line,
        redact,
        recognise_suite_failure_in,
        recognise_tool_output_in,
        places_failure_outside_project,
        quoted_messages_in,
    ],
)
def test_each_text_step_is_linear_on_every_alphabet(step: Callable[[str], object]) -> None:
    # Compared with the step on a quarter of the text, not with a fixed budget: a busy machine
    # (load 10 on two cores) made a linear step miss 0.5 s, where a quadratic one takes seconds.
    slow = {}
    for name, text in MESSAGES.items():
        quarter, whole = _best(step, QUARTER[name]), _best(step, text)
        if whole >= 8 * quarter + SLACK:
            slow[name] = f"{quarter:.3f} s, then {whole:.3f} s"
    assert not slow, f"{step.__name__} not linear on {slow}"


def test_long_lines_keep_their_head_and_tail() -> None:
    line = "HEAD " + "x" * 100_000 + " Error: the real failure"
    cleaned = clean_log(f"first\n{line}\nlast")
    lines = cleaned.split("\n")
    assert lines[0] == "first" and lines[2] == "last"
    assert lines[1].startswith("HEAD ") and lines[1].endswith("Error: the real failure")
    assert len(lines[1]) <= 2_000


def test_many_parts_of_a_wrapper_line_printed_last_are_read_in_linear_time() -> None:
    # A line that names a cause but is only a part of a wrapper line elsewhere in the paste
    # says no more than that line (round 63's 006); looking for it in every other line made
    # a paste of such parts, its wrapper line last, quadratic (1 000 lines: seconds).
    from slackbot.guidance import find_guidance

    part = "q error: " + "a" * 24
    wrapper = f"Error: `{part}b` failed with exit code: 1"

    def read(count: int) -> float:
        lines = [part] * count + [wrapper]
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 250)


def test_many_lines_of_ruby_and_php_runners_reports_are_read_in_linear_time() -> None:
    # PHPUnit's progress lines, minitest's defect headings (each reads the line below) and
    # RSpec's expected/got pairs are told in one pass, whatever their number.
    block = "..F.. 5 / 9 ( 55%)\n  1) Failure:\nA#b [x.rb:1]:\nexpected: 1\n got: 2\n(using ==)\n"

    def read(count: int) -> float:
        return _best(recognise_tool_output_in, block * count)

    _assert_linear(read, 500)


def test_many_frames_of_a_pytest_traceback_are_read_in_linear_time() -> None:
    # pytest's frames (a separator, source lines, a location line) are told from the raw
    # paste in one pass, whatever their number (round 66's 046).
    from slackbot.guidance import find_guidance
    from slackbot.matching import strip_decorations

    frame = "_ " * 40 + '\n\n    def f():\n        raise Interrupted("an error")\n\nx.py:3: \n'

    def read(count: int) -> float:
        text = frame * count
        lines = strip_decorations(text).split("\n")
        return _best(lambda raw: find_guidance(lines, raw), text)

    _assert_linear(read, 250)


def test_many_lines_that_open_a_span_no_line_closes_are_read_in_linear_time() -> None:
    # A wrapper line in a quote or code span opened on one line and closed on another is looked
    # for within 20 lines of it (round 67's 041, 001): a paste of lines that each open a span
    # that no line closes is still read in one pass.
    from slackbot.guidance import find_guidance

    opened = "`Process completed with exit code 1."

    def read(count: int) -> float:
        lines = [opened] * count
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 1_000)


def test_many_handled_exceptions_are_read_in_linear_time() -> None:
    # Each line looks at most two lines below it for Python's chaining notice (round 68's 062).
    from slackbot.guidance import find_guidance

    chained = (
        "KeyError: 'a'\n\nDuring handling of the above exception, another exception occurred:\n"
    )

    def read(count: int) -> float:
        text = chained * count
        lines = text.split("\n")
        return _best(lambda raw: find_guidance(lines, raw), text)

    _assert_linear(read, 250)


def test_many_rows_of_a_status_table_are_read_in_linear_time() -> None:
    # Each row of a bot's status table is split into its cells once (round 51's 090).
    from slackbot.guidance import find_guidance

    row = "| stage | ✅ complete | 39s | " + "| " * 20 + "|"

    def read(count: int) -> float:
        lines = [row] * count + ["| plan | ❌ failed | 36s |"]
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 250)


def test_long_lines_near_a_test_tally_or_a_failed_test_name_are_read_in_linear_time(
    helpdesk: Helpdesk,
) -> None:
    # The generic test class's tally ('EXECUTED: 100 ... failures: 13') and FAILED-column shapes
    # scan free text after a count or a name: lines that almost match must stay linear.
    line = "EXECUTED: 1 " + "Tests 1 failures: " * 200 + "test.test.test" * 50 + " FAILE"

    def read(count: int) -> float:
        text = "\n".join([line] * count)
        return _best(lambda raw: helpdesk.diagnose(slack_to_plain(raw)), text)

    _assert_linear(read, 10)


def test_lines_that_almost_name_a_failing_test_are_read_in_linear_time() -> None:
    # The recogniser's names scan free text after a marker ('✗ ', 'FAIL: ', ' › ', a quote, a
    # count): lines that almost match, each read for a name, a tally and an assertion.

    line = (
        "FAIL: "
        + "test_" * 60
        + " › " * 40
        + "'a" * 60
        + " 1 failed, " * 30
        + "Expected "
        + "a::" * 60
        + " FAILE ✗ x.test." * 20
    )

    def read(count: int) -> float:
        lines = [line] * count
        return _best(lambda _: recognise_suite_failure(lines), "")

    _assert_linear(read, 250)


def test_lists_of_results_headings_and_progress_lines_are_read_in_linear_time() -> None:
    # A failing item looks for a passing one near it, a heading marker for a test-shaped name
    # anywhere after it, the words of the machine's are read with the names blanked, a progress
    # line is dots with an F: lines that almost match each, many of them, must stay linear.

    passing = "PASS " + "a_test.b::c " * 40
    failing = (
        "SETUP FAIL: "
        + "x_test.go:1: " * 40
        + "test_push(Pull " * 30
        + "Test_docker.image " * 30
        + "* name Error During Tes"
    )
    progress = ".F.E" * 300 + "F.x"

    def read(count: int) -> float:
        lines = [passing, failing, progress, "building"] * count
        return _best(lambda _: recognise_suite_failure(lines), "")

    _assert_linear(read, 250)


def test_lines_that_almost_report_a_compiler_error_or_a_go_test_are_read_in_linear_time() -> None:
    # Each error looks a few lines below for its location, each Go error at the line above for
    # its package's header, each test message at what follows its location: lines that almost
    # match, many of them, must stay linear.
    rust = "error[E0308]: " + "error: " * 40 + "--> " * 40 + "x.r"
    location = " --> " + "a/" * 80 + "b.rs" + " -->" * 40
    header = "# " + "a/" * 80 + "b"
    go = "./" + "x.go:1:" * 60 + " a.B " * 40 + "vet: "
    test = "    " + "a_test.go:1: " * 60 + "FAIL: a_test.go:" * 20

    def read(count: int) -> float:
        lines = [rust, location, header, go, test, "building"] * count
        return _best(lambda _: recognise_tool_output(lines), "")

    _assert_linear(read, 250)


def test_many_named_failure_notices_and_fallbacks_are_read_in_linear_time() -> None:
    # A failure notice is read again without the things it names (paths, versions, commits, code
    # spans, links), and a fallback ("X not found, using Y") is looked for on every line: lines
    # of names and near-fallbacks that almost match must stay linear.
    from slackbot.guidance import find_guidance

    # (Each line reads as no cause, so that every line is read.)
    named = "FAIL " + "a/b#1 `c' [d](e://f) 6a221db x86_64 " * 6 + "[build failed]"
    fallback = "could not find " * 10 + "not found " * 10 + "x not found, using y"

    def read(count: int) -> float:
        lines = [named, fallback] * count
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 250)


def test_many_near_checks_passes_and_no_detail_sentences_are_read_in_linear_time() -> None:
    # autoconf's "checking ...... result", a passed test's line, a person's "does not say
    # which" and a step's failed status are looked for on every line: lines that are one, after long runs that almost are,
    # must stay linear (none names a cause, so every line is read).
    from slackbot.guidance import find_guidance

    lines = [
        "(cached) " * 10 + "checking " + "a... " * 40 + "yes",
        "ok  " + "errors/" * 40 + "x 0.008s",
        "The build failed but " + "does not say " * 15 + "no other " * 10 + "which",
        "Installing " + "a: ...x... " * 12 + "b... failed (1.5s)",
        "'" + "a returns with code = (2560) " * 8 + "' exits with exit code: (1)",
        "Error: " + "Failed to get a: failing b, " * 8 + "Error: The process 'x' failed with exit "
        "code 1",
    ]

    def read(count: int) -> float:
        many = lines * count
        return _best(lambda text: find_guidance(many, text), "\n".join(many))

    _assert_linear(read, 100)


def test_many_code_fences_with_a_language_are_read_in_linear_time() -> None:
    # The languages of a paste's code blocks ("```bash") are looked for in the whole paste:
    # many fences, and lines that almost are one, must stay linear.
    from slackbot.guidance import find_guidance

    def read(count: int) -> float:
        lines = ["```bash", "  ```" + "b" * 30 + " x", "progress 10%"] * count
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 250)


def test_a_log_pasted_without_its_line_breaks_is_split_in_linear_time() -> None:
    # A line that holds several of the runner's timestamps is split at each of them: long lines of
    # timestamps, and of near-timestamps that are not one (a digit short, no "Z"), must stay linear.
    from slackbot.guidance import find_guidance

    line = (
        " 2021-01-14T08:16:15.9856932Z a" * 20
        + " 2021-01-14T08:16:15.985693Z b" * 20
        + " 2021-01-14T08:16:15.9856932 c" * 20
    )

    def read(count: int) -> float:
        lines = [line * count]
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 25)


def test_notices_pointing_to_the_log_labels_and_bullet_logs_are_read_in_linear_time() -> None:
    # A notice's pointer to the log is looked for from each separator, a label heading, a
    # compiler's "did you mean ...?", a log whose levels are bullets, a one-word code span in
    # a sentence: lines that almost are each must stay linear.
    from slackbot.guidance import find_guidance

    lines = [
        "Deploy failed. " + "please check the logs [a](b) " * 6 + "see the x y output here .",
        "  • a" + " b" * 30 + "  k=v",
        "Error returned " + "- " * 20,
        "a.c:1:2: error: x; did you mean 'y'? " + "did you mean " * 10 + "z?",
        "it causes `startup_failure` for " + "`a` " * 30 + "x",
        "there has been an error " + "parsing " * 20,
    ]

    def read(count: int) -> float:
        many = lines * count
        return _best(lambda text: find_guidance(many, text), "\n".join(many))

    _assert_linear(read, 100)


def test_one_long_line_of_clock_and_level_marks_is_read_in_linear_time() -> None:
    # One line alone is read for a logger's info level after a code span's mark and a clock
    # time (rounds 11-50): a line of many such marks, none a level, is read in one pass.
    from slackbot.guidance import find_guidance

    marks = "` 12:34:56.7 |[ inf"

    def read(count: int) -> float:
        lines = [marks * count]
        return _best(lambda text: find_guidance(lines, text), lines[0])

    _assert_linear(read, 250)


def test_many_lines_that_almost_close_in_an_exit_status_are_read_in_linear_time() -> None:
    # A line is read for an exit status at its end (and again without its failure words) when
    # it holds an exit status's marks: lines of near statuses, each under the notice's length.
    from slackbot.guidance.notices import _reports_only_an_exit_status

    near = "x failed ] Error exit code return code 3 exited with status '" * 4 + "1' x"

    def read(count: int) -> float:
        lines = [near[: 60 + i % 240] for i in range(count)]
        return _best(lambda _: [_reports_only_an_exit_status(line) for line in lines], "")

    _assert_linear(read, 2_500)


def test_many_lines_opening_quotes_that_never_close_are_read_in_linear_time(
    matcher: Matcher,
) -> None:
    # Each line opens a quotation that the line never closes: the search for a quoted message
    # pairs quotes within a line only, so the text is still read once.
    def read(count: int) -> float:
        text = '"a quoted message that never ends `and a span\n' * count
        return _best(matcher.match, text)

    _assert_linear(read, 250)


def test_many_near_tallies_names_and_tagged_notices_are_read_in_linear_time() -> None:
    # A line is read again without its tallies of failures, its snake_case names and paths, its
    # quoted one-word names, Gradle task paths and a leading tag: lines of near tallies ("3
    # failed" after a time's colon), near names and near tags, long and short.
    from slackbot.guidance import is_bare_failure_notice
    from slackbot.guidance.causes import _names_a_cause

    near = "12:3 failed a_b_c/d_ ':x:y' \"q\" Tag: 4 a b c errors= 7 " * 6 + "x/"

    def read(count: int) -> float:
        lines = [near[: 40 + i % 260] for i in range(count)]
        return _best(
            lambda _: [(_names_a_cause(ln), is_bare_failure_notice(ln)) for ln in lines], ""
        )

    _assert_linear(read, 600)


def test_many_near_retries_and_lines_gone_past_are_read_in_linear_time() -> None:
    # A line is read for a retry at its end, or for the words that the tool went on past it,
    # when it holds their marks: lines of near retries and near "ignored it", each under the
    # notice's length.
    from slackbot.guidance.asides import _goes_on
    from slackbot.guidance.notices import _reports_a_failed_attempt

    near = "x failed, retry (attempt 1/ ignored i continuing [a] will be ignore " * 4 + "x"

    def read(count: int) -> float:
        lines = [near[: 60 + i % 240] for i in range(count)]
        return _best(
            lambda _: [(_goes_on(line), _reports_a_failed_attempt(line)) for line in lines], ""
        )

    _assert_linear(read, 2_500)


def test_many_near_steps_under_way_are_read_in_linear_time() -> None:
    # One line alone is read for a step under way or its output written: lines of near verbs in
    # -ing and near "written to", none closing the pattern, each under the notice's length.
    from slackbot.guidance.cut_logs import _says_a_step_is_under_way

    near = "[a] Waiting x written t " * 12

    def read(count: int) -> float:
        lines = [near[: 40 + i % 200] + "," for i in range(count)]
        return _best(lambda _: [_says_a_step_is_under_way(line) for line in lines], "")

    _assert_linear(read, 2_500)


def test_many_rows_of_near_aligned_columns_are_read_in_linear_time() -> None:
    # A line as pasted is read for columns aligned with spaces or tabs, then as cells: a paste
    # of many rows of near columns (single spaces between runs of gaps), each under the notice's
    # length, is still read once.
    from slackbot.guidance import find_guidance

    near = "a  b\tFAILED x " * 20

    def read(count: int) -> float:
        lines = [near[: 40 + i % 200] for i in range(count)]
        return _best(lambda text: find_guidance(lines, text), "\n".join(lines))

    _assert_linear(read, 500)
