"""The replies log as a CSV file: date, site, stars, review and reply.

The same file shape as the plan's exports: UTF-8 with a byte-order mark (so Excel shows
accents), one CRLF row per reply, and every cell a spreadsheet would run as a formula
neutralised. Written whole or not at all, readable by its owner only.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable

from planner.core.reply_log import LOG_HEADER, LoggedReply
from planner.io.atomic import atomic_write_text
from planner.io.csv_format import neutralise
from planner.io.records import BOM


def replies_to_csv(entries: Iterable[LoggedReply]) -> str:
    """The whole file: BOM, header, one row per reply in the order given."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(LOG_HEADER)
    for entry in entries:
        writer.writerow([neutralise(cell) for cell in entry.cells()])
    return BOM + buffer.getvalue()


def write_replies_csv(entries: Iterable[LoggedReply], path: str | os.PathLike[str]) -> None:
    """Export atomically: an old file stays whole if anything fails (ExportError)."""
    atomic_write_text(path, replies_to_csv(entries))
