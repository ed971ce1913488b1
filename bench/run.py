"""Is the planner fast on years of data? Build a big store, measure, print a table.

    python bench/run.py [--posts 50000] [--runs 7] [--quick]

Builds a store of twenty years of posts in a temporary folder, then measures each
figure against a baseline taken in the same run, interleaving the two so machine load
falls on both. Prints the medians as a table and one line per figure saying whether
its goal is met. Exits 0 either way: missing a goal is a finding, not a crash.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import Figure, table
from bench.store_builder import build_store

QUICK_POSTS = 300
QUICK_RUNS = 1


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000, help="posts in the store")
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each figure")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a smoke run: {QUICK_POSTS} posts, {QUICK_RUNS} run (unless given)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        given = argv if argv is not None else sys.argv[1:]
        if "--posts" not in given:
            args.posts = QUICK_POSTS
        if "--runs" not in given:
            args.runs = QUICK_RUNS
    if args.posts < 100 or args.runs < 1:
        parser.error("--posts must be at least 100 and --runs at least 1")
    return args


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def engagement_figures(runs: int, work: Path) -> list[Figure]:
    """A year of four networks' engagement imported, and Insights opened over 5,000."""
    from bench.insights_import import store_import_figure
    from bench.insights_window import store_window_figure

    (work / "engagement").mkdir()
    (work / "insights").mkdir()
    return [
        store_import_figure(runs, work / "engagement"),
        store_window_figure(runs, work / "insights"),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from bench.figures_export import csv_export, csv_import
    from bench.figures_guard import guard_figures
    from bench.figures_process import check, start_and_memory
    from bench.figures_window import window_figures

    with tempfile.TemporaryDirectory(prefix="planner-bench-") as folder:
        work = Path(folder)
        started = time.perf_counter()
        plan = build_store(work / "bench.db", args.posts)
        say(
            f"Built {plan.posts:,} posts ({plan.ideas} ideas), {plan.first} to {plan.last}, "
            f"in {time.perf_counter() - started:.1f} s; week {plan.week}, year {plan.year}."
        )
        say("Start and memory…")
        figures, first_drops = start_and_memory(plan, args.runs, work)
        say("Week switch and drop…")
        in_window = window_figures(plan, args.runs, work)
        drop = in_window[1]
        drop.note = (
            f"the first drop of a freshly started app: {statistics.median(first_drops):.0f} ms; "
            + drop.note
        )
        figures += in_window
        say("Month, search and series top-up…")
        from bench.figures_game_plan import game_plan_figures

        figures += game_plan_figures(plan, args.runs, work)
        say("planner check…")
        figures.append(check(plan, args.runs, work))
        say("CSV export…")
        figures.append(csv_export(plan, args.runs, work))
        say("CSV import…")
        figures.append(csv_import(plan, args.runs, work))
        say("Engagement import and the Insights window…")
        figures += engagement_figures(args.runs, work)
        say("The guard…")
        figures += guard_figures(plan, args.runs, work)
    figures.sort(key=lambda fig: fig.unit == "MiB")  # the order: memory last
    print(f"Store: {plan.posts:,} posts over {plan.first} to {plan.last}; week {plan.week}.")
    print()
    print(table(figures, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
