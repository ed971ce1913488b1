"""How long do reading and importing a year of engagement take, against bare baselines?

    python bench/insights_import.py [--runs 7] [--zone Europe/London]

Writes a year of synthetic exports for four networks into a temporary folder: Facebook
and Instagram (Meta Business Suite CSV, one and two posts a day), X (content export CSV,
five a day) and LinkedIn (.xlsx, one each working day). Then times
planner.io.engagement.read_engagement on each against a baseline that only splits the
same rows with csv.reader (LinkedIn's baseline reads a CSV copy of its sheet, since the
csv module cannot open a workbook). Runs interleave the two so machine load falls on
both; prints medians and the ratios.

Then imports the four files into a store holding the year's planned posts, as File →
Import Engagement… does (read, match, save records and published posts in one
transaction per file), against a baseline that splits the same files (csv.reader, and
openpyxl for the workbook) and inserts their rows with sqlite3's executemany into a bare
table; and imports them again (every record unchanged).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):  # run as a script: make ``planner`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import Figure, Goal, interleaved
from planner.io.engagement import read_engagement, read_engagement_file

if TYPE_CHECKING:
    from planner.store import Store

STORE_IMPORT_RATIO = 5.0  # the goal: at most this many times the bare split-and-insert

YEAR_START = dt.datetime(2026, 1, 1, 8, 0)
X_EPOCH_MS = 1_288_834_974_657
FACEBOOK_HEADER = (
    "Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,"
    "Permalink,Is crosspost,Is share,Post type,Languages,Custom labels,Funded content status,"
    'Data comment,Date,Views,Reach,"Reactions, Comments and Shares",Reactions,Comments,Shares,'
    "Total clicks,Link clicks,Other clicks"
)
INSTAGRAM_HEADER = (
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,"
    "Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves"
)
X_HEADER = (
    "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,"
    "New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,"
    "Permalink Clicks"
)
LINKEDIN_HEADER = [
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
    "Campaign start date", "Campaign end date", "Audience", "Impressions",
    "Views (excluding off-site video views)", "Off-site views", "Clicks",
    "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
    "Content Type",
]  # fmt: skip
CAPTION = '"Post {n}: flu clinic, open evening and a smile tip.\nBook online, call reception."'


def _moments(per_day: int, weekdays_only: bool = False) -> list[dt.datetime]:
    moments: list[dt.datetime] = []
    for day in range(365):
        start = YEAR_START + dt.timedelta(days=day)
        if weekdays_only and start.weekday() >= 5:
            continue
        moments.extend(start + dt.timedelta(hours=2 * i, minutes=7 * i) for i in range(per_day))
    return moments


def _us(moment: dt.datetime) -> str:
    return moment.strftime("%m/%d/%Y %H:%M")


def write_year(folder: Path) -> dict[str, tuple[Path, Path]]:
    """Each network's export and the CSV its baseline reads (the same file, but LinkedIn)."""
    lines = [FACEBOOK_HEADER]
    for n, at in enumerate(_moments(1)):
        caption = CAPTION.format(n=n)
        lines.append(
            f"1221{n:014d},1000,Practice,,{caption},,{_us(at)},,https://fb.example/{n},No,No,"
            f"Photos,,,,,Lifetime,{900 + n},{700 + n},{30 + n % 9},{20 + n % 7},5,{n % 4},12,7,5"
        )
    facebook = folder / "facebook.csv"
    facebook.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    lines = [INSTAGRAM_HEADER]
    for n, at in enumerate(_moments(2)):
        lines.append(
            f"1804{n:013d},1784,practice,Practice,{CAPTION.format(n=n)},0,{_us(at)},"
            f"https://ig.example/p/{n},IG image,,Lifetime,{2000 + n},{1500 + n},{90 + n % 11},"
            f"{n % 5},1,{n % 13},{n % 17}"
        )
    instagram = folder / "instagram.csv"
    instagram.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
    lines = [X_HEADER]
    for n, at in enumerate(_moments(5)):
        millis = int(at.replace(tzinfo=dt.UTC).timestamp() * 1000)
        post_id = ((millis - X_EPOCH_MS) << 22) | n
        lines.append(
            f'{post_id},"{at:%a, %b} {at.day}, {at.year}",{CAPTION.format(n=n)},'
            f'https://x.example/status/{post_id},"1,{n % 1000:03d}",{n % 9},{n % 40},0,0,0,'
            f"{n % 3},{n % 4},1,2,{n % 6},0,0"
        )
    x = folder / "x.csv"
    x.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return {
        "Facebook (CSV)": (facebook, facebook),
        "Instagram (CSV)": (instagram, instagram),
        "X (CSV)": (x, x),
        "LinkedIn (.xlsx)": _write_linkedin(folder),
    }


def _write_linkedin(folder: Path) -> tuple[Path, Path]:
    import openpyxl

    rows: list[list[object]] = [["All posts: organic and sponsored"], list(LINKEDIN_HEADER)]
    for n, at in enumerate(_moments(1, weekdays_only=True)):
        activity = (int(at.replace(tzinfo=dt.UTC).timestamp() * 1000) << 22) | n
        rows.append([
            f"Post {n}: we are hiring a dental nurse", f"https://li.example/urn:li:activity:{activity}",
            "Organic", "", "Practice Manager", at.strftime("%m/%d/%Y"), "", "", "All followers",
            600 + n, "", "", 20 + n % 9, 0.03, 15 + n % 7, n % 5, n % 3, 0, 0.07, "Text",
        ])  # fmt: skip
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "All posts"
    for row in rows:
        sheet.append(row)
    workbook = folder / "linkedin.xlsx"
    book.save(workbook)
    copy = folder / "linkedin.csv"
    with copy.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return workbook, copy


def bare_csv(path: Path) -> int:
    """The baseline: decode and split the rows, nothing more."""
    text = path.read_bytes().decode("utf-8-sig")
    return sum(1 for _ in csv.reader(io.StringIO(text, newline="")))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def planned_year(path: Path, zone: str) -> int:
    """A store holding a post planned for each record of ``write_year``'s files, five
    minutes before it went out, with its caption: every record has a post to match."""
    from planner.core.domain import Kind, Post, Status
    from planner.store import open_store

    with tempfile.TemporaryDirectory(prefix="planner-insights-plan-") as name:
        files = write_year(Path(name))
        records = [r for source, _ in files.values() for r in read_engagement(source, zone=zone)]
    posts = [
        Post(r.platform, Kind.ORIGINAL, r.text, Status.SCHEDULED,
             r.published.date(), (r.published - dt.timedelta(minutes=5)).time().replace(second=0))
        for r in records
        if r.time_known
    ]  # fmt: skip
    with open_store(path) as store:
        store.add_many(posts)
    return len(posts)


def import_into(store: Store, sources: list[Path], zone: str) -> tuple[int, int]:
    """Each file as File → Import Engagement… imports it; (records, posts published)."""
    records = published = 0
    for source in sources:
        found = read_engagement_file(source, zone=zone)
        plan = store.plan_engagement_import(found.records)
        store.apply_engagement(plan.record_changes, plan.post_changes)
        records += len(plan.rows)
        published += len(plan.post_changes)
    return records, published


BARE_TABLE = (
    "CREATE TABLE rows (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, g TEXT, h TEXT, i TEXT)"
)


def bare_rows(source: Path) -> list[list[object]]:
    """A file's rows, as bare as they come: csv.reader, or openpyxl for a workbook."""
    if source.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(source, read_only=True, data_only=True)
        try:
            return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        finally:
            book.close()
    text = source.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def bare_insert(sources: list[Path], target: Path) -> int:
    """The baseline: split each file and insert nine of its cells a row, in one transaction."""
    conn = sqlite3.connect(target)
    try:
        conn.execute(BARE_TABLE)
        count = 0
        with conn:
            for source in sources:
                rows = bare_rows(source)
                # The header is the first row of several cells: past LinkedIn's note.
                header = next(i for i, row in enumerate(rows) if sum(1 for c in row if c) > 2)
                body = [([*row, *[""] * 9])[:9] for row in rows[header + 1 :]]
                conn.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", body)
                count += len(body)
        return count
    finally:
        conn.close()


def store_import_figure(runs: int, work: Path, zone: str = "Europe/London") -> Figure:
    """Importing a year of four networks into a planned store, against split-and-insert."""
    from planner.store import open_store

    files = write_year(work)
    sources = [source for source, _ in files.values()]
    template = work / "planned.db"
    posts = planned_year(template, zone)
    seen: dict[str, tuple[int, int]] = {}
    again: list[float] = []

    def app() -> float:
        target = work / "import.db"
        for leftover in work.glob("import.db*"):
            leftover.unlink()
        shutil.copyfile(template, target)
        with open_store(target) as store:
            store.prepare_edits()  # the window loads the ORM once it has painted
            start = time.perf_counter()
            seen["app"] = import_into(store, sources, zone)
            elapsed = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            import_into(store, sources, zone)  # the same files again: all unchanged
            again.append((time.perf_counter() - start) * 1000)
        return elapsed

    def bare() -> float:
        target = work / "bare.db"
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        seen["bare"] = (bare_insert(sources, target), 0)
        return (time.perf_counter() - start) * 1000

    app()  # warm-up: the readers, the store and the workbook library load once
    bare()
    again.clear()
    base, subj = interleaved(runs, bare, app)
    records, published = seen["app"]
    if records != seen["bare"][0]:
        raise RuntimeError(f"the imports differ: {seen}")
    return Figure(
        f"Engagement import, a year of four networks ({records:,} records)",
        "ms",
        Goal.RATIO,
        STORE_IMPORT_RATIO,
        "csv module (openpyxl for .xlsx) + sqlite3 executemany",
        subject=subj,
        baseline=base,
        note=(
            f"into a store of {posts:,} planned posts, {published:,} marked published; "
            f"the same files again (all unchanged): {statistics.median(again):.0f} ms"
        ),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each file")
    parser.add_argument("--zone", default="Europe/London", help="the practice's time zone")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="planner-insights-bench-") as name:
        files = write_year(Path(name))
        app: dict[str, list[float]] = {label: [] for label in files}
        base: dict[str, list[float]] = {label: [] for label in files}
        counts = {
            label: len(read_engagement(path, zone=args.zone)) for label, (path, _) in files.items()
        }
        for _ in range(args.runs):
            for label, (path, copy) in files.items():
                app[label].append(timed(partial(read_engagement, path, zone=args.zone)))
                base[label].append(timed(partial(bare_csv, copy)))
    print("| file | posts | read_engagement | bare csv | ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label in files:
        a, b = statistics.median(app[label]), statistics.median(base[label])
        print(f"| {label} | {counts[label]} | {a:.1f} ms | {b:.1f} ms | {a / b:.1f}× |")
    csv_labels = [label for label in files if "CSV" in label]
    for title, labels in (("three CSV exports", csv_labels), ("all four networks", list(files))):
        a = sum(statistics.median(app[label]) for label in labels)
        b = sum(statistics.median(base[label]) for label in labels)
        posts = sum(counts[label] for label in labels)
        print(f"A year, {title} ({posts} posts): {a:.1f} ms against {b:.1f} ms, ratio {a / b:.1f}×")
    with tempfile.TemporaryDirectory(prefix="planner-insights-store-") as name:
        figure = store_import_figure(args.runs, Path(name), args.zone)
    print()
    print(figure.verdict())
    print(
        f"Medians of {args.runs}: {figure.subject_median:.0f} ms against "
        f"{figure.baseline_median:.0f} ms ({figure.baseline_name})."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
