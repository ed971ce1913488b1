"""The CSV export and import figures, in-process on both sides.

In a process, start-up would swamp the export itself (the ``check`` figure already
measures start-up), so both sides run here, each from opening its connection to the
file on disk. The app does what ``planner export --from --to --csv`` does after
parsing: open the store as its read commands do, read the year, write the
CSV atomically; the note gives the same with the store already open, as in the
window. The baseline reads the same rows with sqlite3 and writes the same columns
(weekday included) with the csv module, BOM and CRLF alike.

The import reads that year's file back as ``planner import --dry-run`` does (every
row checked, nothing written); its baseline splits the same file with the csv module.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.measure import Figure, Goal, interleaved
from bench.store_builder import BenchPlan

if TYPE_CHECKING:
    from planner.store import Store

HEADER = ["date", "time", "weekday", "platform", "kind", "status", "text", "link", "notes", "uid"]
QUERY = (
    "SELECT date, time, platform, kind, status, text, link, notes, uid FROM post"
    " WHERE date BETWEEN ? AND ? ORDER BY date, time, id"
)


def export_with_app(plan: BenchPlan, target: Path, store: Store | None = None) -> int:
    """As ``planner export`` does; with ``store``, as the window does, the store open."""
    from planner.cli.common import store_for_reading
    from planner.io.csv_format import write_csv

    first, last = plan.year_span()
    if store is not None:
        posts = store.posts_between(first, last)
    else:
        with store_for_reading(plan.path) as opened:  # the command's own way in
            assert opened is not None, "the bench store exists"
            posts = opened.posts_between(first, last)
    write_csv(posts, target)
    return len(posts)


def export_bare(plan: BenchPlan, target: Path) -> int:
    first, last = plan.year_span()
    con = sqlite3.connect(f"file:{plan.path}?mode=ro", uri=True)
    try:
        rows = con.execute(QUERY, (first.isoformat(), last.isoformat())).fetchall()
    finally:
        con.close()
    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for date, hour, platform, kind, status, text, link, notes, uid in rows:
            weekday = dt.date.fromisoformat(date).strftime("%A")
            writer.writerow([date, hour, weekday, platform, kind, status, text, link, notes, uid])
    return len(rows)


def csv_export(plan: BenchPlan, runs: int, work: Path) -> Figure:
    from planner.store import open_store

    app_file, bare_file = work / "app-year.csv", work / "bare-year.csv"
    counts: dict[str, int] = {}
    already_open: list[float] = []
    store = open_store(plan.path, create=False)

    def app() -> float:
        start = time.perf_counter()
        counts["app"] = export_with_app(plan, app_file)
        elapsed = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        export_with_app(plan, app_file, store)
        already_open.append((time.perf_counter() - start) * 1000)
        return elapsed

    def bare() -> float:
        start = time.perf_counter()
        counts["bare"] = export_bare(plan, bare_file)
        return (time.perf_counter() - start) * 1000

    try:
        app()  # warm-up: the first call imports the store's and the CSV's modules
        bare()
        already_open.clear()
        base, subj = interleaved(runs, bare, app)
    finally:
        store.close()
    # Bench texts hold no formula cells, so both files must match byte for byte.
    if counts["app"] != counts["bare"] or app_file.read_bytes() != bare_file.read_bytes():
        raise RuntimeError(f"the exports differ: {counts}")
    kept = statistics.median(already_open)
    ratio = kept / statistics.median(base)
    return Figure(
        f"CSV export of {plan.year} ({counts['app']:,} posts)",
        "ms",
        Goal.RATIO,
        1.5,
        "sqlite3 + csv module",
        subject=subj,
        baseline=base,
        note=f"with the store already open, as the window exports: {kept:.0f} ms ({ratio:.2f}×)",
    )


IMPORT_MS_PER_ROW = 0.2  # 10,000 rows in 2 s: the bound the import tests used to time


def import_with_app(source: Path) -> int:
    """As ``planner import --dry-run`` reads a file: every row checked, nothing written."""
    from planner.io.imports import read_import

    result = read_import(source)
    if result.errors:
        raise RuntimeError(f"the bench's own export did not import: {result.errors[0]}")
    return len(result.posts)


def import_bare(source: Path) -> int:
    with open(source, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1  # the header


def csv_import(plan: BenchPlan, runs: int, work: Path) -> Figure:
    """Read back the year that ``csv_export`` wrote (it must run first)."""
    source = work / "app-year.csv"
    counts: dict[str, int] = {}

    def app() -> float:
        start = time.perf_counter()
        counts["app"] = import_with_app(source)
        return (time.perf_counter() - start) * 1000

    def bare() -> float:
        start = time.perf_counter()
        counts["bare"] = import_bare(source)
        return (time.perf_counter() - start) * 1000

    app()  # warm-up: the first call imports the readers' modules
    bare()
    base, subj = interleaved(runs, bare, app)
    if counts["app"] != counts["bare"]:
        raise RuntimeError(f"the imports differ: {counts}")
    return Figure(
        f"CSV import of {plan.year} ({counts['app']:,} rows, checked)",
        "ms",
        Goal.ABSOLUTE,
        round(IMPORT_MS_PER_ROW * counts["app"], 1),
        "csv module, rows split only",
        subject=subj,
        baseline=base,
        note=f"{IMPORT_MS_PER_ROW} ms a row at most",
    )
