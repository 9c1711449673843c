"""Rows of a status table: a stage, a job or a check with its status, in cells between "|" or
in columns a listing aligns with spaces (a pipeline bot's progress table, ``gh run list``).

A row whose only failure is a status cell says that the stage failed, not why; a row with
another status describes a stage that did not fail.
"""

from __future__ import annotations

from collections.abc import Sequence

import re2

from slackbot.guidance._options import _OPTIONS
from slackbot.guidance.causes import _names_a_cause
from slackbot.guidance.notices import (
    _FAILURE_WORD,
    _LABELS,
    _NOTICE_LINE,
    _NOTICE_WORD,
    _NOTICE_WORDS,
)

#: A status cell of a table: a Slack or GitHub emoji code (":x:", ":heavy_check_mark:").
_EMOJI_CODE = re2.compile(r":[a-z0-9_+-]{1,40}:", _OPTIONS)
#: A status cell's words for a stage that did not fail (or has not run).
_NOT_FAILED_STATUS = frozenset(
    [
        "pending",
        "complete",
        "completed",
        "success",
        "successful",
        "succeeded",
        "passed",
        "pass",
        "ok",
        "done",
        "skipped",
        "queued",
        "waiting",
        "running",
        "n",
        "a",
    ]
)
_ROW_FAILED, _ROW_NOT_FAILED = "failed", "not failed"


def _row_status(line: str, raw_row: str) -> str:
    """What ``line`` says as a row of a status table (a stage, its status): ``failed``, ``not
    failed``, or empty when it is no such row or names its failure (:func:`_status_row`).
    ``raw_row`` is the line as pasted, where known (a listing's columns aligned with spaces,
    which cleaning closes up), else empty."""
    aligned = _aligned_cells(raw_row) if raw_row and "|" not in line else ""
    if line.count("|") >= 2 or aligned:
        return _ROW_NOT_FAILED if _passed(aligned) else _status_row(aligned or line)
    return ""


def _status_row(line: str) -> str:
    """What a row of a status table says (cells split on "|"): ``failed`` when one cell is only
    a failure status ("failed", "❌ failed", "Failed") and no other names a cause (a stage's
    name, its duration, an emoji: a pipeline bot's or a release bot's progress table, round 40's
    224, 43's 200, 51's 090); ``not failed`` when a cell is only another status ("✅ complete",
    "⬜ pending", "n/a") and none a failure: that row's other cells describe a stage that did
    not fail; else empty (a row that names its failure, or no status at all)."""
    cells = [cell.strip() for cell in line.split("|")]
    cells = [cell for cell in cells if cell and cell.strip("-: ")]
    if len(cells) < 2 or len(cells) > _NOTICE_WORDS:
        return ""
    failed = done = 0
    others: list[str] = []
    for cell in cells:
        words = _NOTICE_WORD.findall(_EMOJI_CODE.sub(" ", cell)) if len(cell) < 40 else []
        if words and len(words) <= 2 and all(_FAILURE_WORD.match(w) for w in words):
            failed += 1
        elif words and len(words) <= 2 and all(w.lower() in _NOT_FAILED_STATUS for w in words):
            done += 1
        else:
            others.append(cell)
    if failed == 1 and not any(_names_a_cause(_LABELS.sub(" ", cell)) for cell in others):
        return _ROW_FAILED
    return _ROW_NOT_FAILED if done and not failed else ""


#: A table's header over tests and their results ("| Test name | Status |"): its first cell.
_TEST_HEADER_CELL = re2.compile(r"(?i)^tests?(?:[ _-]?(?:name|case|suite))?$", _OPTIONS)
#: How far above a failed row its table's header is looked for.
_HEADER_REACH = 200


def _under_a_test_header(lines: Sequence[str], index: int) -> bool:
    """Whether the row ``lines[index]`` is in a table whose header names tests ("| Test name |
    Status |"): its failed row names the test that failed, the project's failure (an operator's
    e2e harness, round 79's 300), not a stage's."""
    for above in reversed(lines[max(0, index - _HEADER_REACH) : index]):
        if above.count("|") < 2:
            return False  # the table ends above the row
        cells = [cell.strip() for cell in above.split("|") if cell.strip()]
        if cells and _TEST_HEADER_CELL.match(cells[0]) is not None:
            return True
    return False


#: Columns a listing aligns with two spaces or more, or a tab, between a line's words.
_COLUMN_GAP = re2.compile(r"\S(?: {2,}|\t)\S", _OPTIONS)
_COLUMN_SPLIT = re2.compile(r" {2,}|\t", _OPTIONS)
#: A test runner's status in a line's first column, the test it ran after it: no stage's row.
_TEST_STATUS_CELLS = frozenset(["FAIL", "PASS", "ERROR"])
#: The most words a listing's cell holds: more are a message.
_CELL_WORDS = 6
#: The level a logger prints in a line's first column, its message after it: no status.
_LEVEL_COLUMN = frozenset(["error", "err", "errors", "fatal", "severe", "crit", "critical"])


def _aligned_cells(row: str) -> str:
    """A listing's row whose columns are aligned with spaces or tabs (``gh run list``'s, a
    merge gate's summary: a job's name, its status, its steps), as cells between "|"; empty
    when the line has no such columns."""
    row = row.strip()
    if len(row) > _NOTICE_LINE or _COLUMN_GAP.search(row) is None:
        return ""
    cells = _COLUMN_SPLIT.split(row)
    if cells[0].strip("[]:!|> ").lower() in _LEVEL_COLUMN:
        return ""  # a log's level in its first column ("ERROR:  extension ... is not available")
    if cells[0] in _TEST_STATUS_CELLS:
        return ""  # a test runner's status before the test it failed (" FAIL  src/App.test.js")
    if any(cell.count(" ") >= _CELL_WORDS for cell in cells):
        return ""  # a message in a column ("ERROR     'script' requires a list of commands")
    return "|".join(cells)


def _passed(cells: str) -> bool:
    """Whether a listing's row (cells between "|") has a status column that did not fail: its
    other columns name things, whatever their words ("ok  \terrors\t0.008s": go test's package
    named errors)."""
    return bool(cells) and any(c.strip().lower() in _NOT_FAILED_STATUS for c in cells.split("|"))
