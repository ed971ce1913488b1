"""How long does topping up recurring posts a year ahead take at start? Print the median.

    python bench/series_topup.py [--series 50] [--runs 21]

Each run reads every series rule afresh (as the app does from the store) and asks for the
occurrences missing in the coming 366 days. The series are weekly, on one to three
weekdays, in three time zones, and already have posts for the next few months, so part of
the year is missing, as after a few months without starting the app. Goal: well under
100 ms for 50 series.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``planner`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.core.recurrence import SeriesRule, missing_occurrences, occurrence_days

GOAL_MS = 100.0
TODAY = dt.date(2027, 3, 1)
ZONES = ("Europe/London", "America/New_York", "Europe/Berlin")
DAY_SETS = ("MO", "TU,TH", "MO,WE,FR", "SA", "WE,SU")


def make_rows(count: int) -> list[tuple[str, dt.time, str, dt.date]]:
    """What a store holds for each series: rule text, time, zone and start."""
    return [
        (
            f"FREQ=WEEKLY;INTERVAL={1 + i % 2};BYDAY={DAY_SETS[i % len(DAY_SETS)]}",
            dt.time(8 + i % 10, 15 * (i % 4)),
            ZONES[i % len(ZONES)],
            TODAY - dt.timedelta(days=30 * (i % 12)),
        )
        for i in range(count)
    ]


def existing_days(rows: list[tuple[str, dt.time, str, dt.date]]) -> list[set[dt.date]]:
    """The series days that already have posts: everything up to four months ahead."""
    until = TODAY + dt.timedelta(days=120)
    return [
        set(occurrence_days(SeriesRule(text, at, zone, start), start, until))
        for text, at, zone, start in rows
    ]


def top_up(rows: list[tuple[str, dt.time, str, dt.date]], existing: list[set[dt.date]]) -> int:
    made = 0
    for (text, at, zone, start), have in zip(rows, existing, strict=True):
        made += len(missing_occurrences(SeriesRule(text, at, zone, start), have, TODAY))
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--series", type=int, default=50)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args(argv)
    rows = make_rows(args.series)
    existing = existing_days(rows)
    samples: list[float] = []
    cpu: list[float] = []
    made = 0
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        made = top_up(rows, existing)
        samples.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    median = statistics.median(samples)
    print(
        f"Top-up of {args.series} weekly series, a year ahead ({made} posts to make): "
        f"median {median:.1f} ms, min {min(samples):.1f} ms, max {max(samples):.1f} ms "
        f"over {args.runs} runs (CPU time median {statistics.median(cpu):.1f} ms; "
        "a gap between the two is other work on the machine)"
    )
    verdict = "met" if median < GOAL_MS else "missed"
    print(f"Series top-up: goal {verdict} (under {GOAL_MS:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
