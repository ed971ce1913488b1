"""The replies log as CSV: the plan's file shape, formulas neutralised, written whole."""

from __future__ import annotations

import csv
import datetime as dt
import io
import stat
from pathlib import Path

from planner.core.reply_log import LOG_HEADER, LoggedReply
from planner.io.csv_format import restore
from planner.io.replies_csv import replies_to_csv, write_replies_csv

ENTRIES = [
    LoggedReply(dt.date(2026, 12, 1), "Google", 5, "Lovely, thanks!\nWill be back.", "Thank you!"),
    LoggedReply(dt.date(2026, 12, 2), "other", 1, '=HYPERLINK("evil")', "We are sorry, café."),
]


def test_the_log_reads_back_cell_for_cell() -> None:
    text = replies_to_csv(ENTRIES)
    assert text.startswith("\ufeffdate,site,stars,review,reply\r\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows[0] == list(LOG_HEADER)
    assert rows[2][3] == '\'=HYPERLINK("evil")'  # a spreadsheet shows it, never runs it
    assert [[restore(cell) for cell in row] for row in rows[1:]] == [e.cells() for e in ENTRIES]


def test_the_file_is_written_whole_and_for_its_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "replies.csv"
    write_replies_csv(ENTRIES, target)
    assert target.read_bytes() == replies_to_csv(ENTRIES).encode("utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["replies.csv"]  # no temporary file left
