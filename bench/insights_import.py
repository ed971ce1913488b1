"""How long does reading a year of engagement take, against the bare csv module?

    python bench/insights_import.py [--runs 7] [--zone Europe/London]

Writes a year of synthetic exports for four networks into a temporary folder: Facebook
and Instagram (Meta Business Suite CSV, one and two posts a day), X (content export CSV,
five a day) and LinkedIn (.xlsx, one each working day). Then times
planner.io.engagement.read_engagement on each against a baseline that only splits the
same rows with csv.reader (LinkedIn's baseline reads a CSV copy of its sheet, since the
csv module cannot open a workbook). Runs interleave the two so machine load falls on
both; prints medians and the ratios.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``planner`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.io.engagement import read_engagement

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
