"""The game plan's figures alone: month view, search as you type, series top-up.

    python bench/game_plan.py [--posts 50000] [--runs 7]

Builds the bench store (store_builder.py) in a temporary folder and prints the table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import table
from bench.store_builder import build_store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    from bench.figures_game_plan import game_plan_figures

    with tempfile.TemporaryDirectory(prefix="planner-bench-") as folder:
        work = Path(folder)
        plan = build_store(work / "bench.db", args.posts)
        figures = game_plan_figures(plan, args.runs, work)
    print(f"Store: {plan.posts:,} posts over {plan.first} to {plan.last}; week {plan.week}.")
    print()
    print(table(figures, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
