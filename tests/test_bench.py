"""The benchmark runs end to end on a small store and reports every figure with a verdict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = [
    "Start: window painted",
    "Start: week with posts painted",
    "Week switch",
    "Drop",
    "Month view switch",
    "Month page",
    "Month drop",
    "Search as you type",
    "Top-up of 50 weekly series",
    "planner check --json",
    "CSV export of",
    "CSV import of",
    "Guard: check a post of 280 characters",
    "Guard: check a post of 2,000 characters",
    "Guard: import and word lists",
    "Guard: keystroke to underline",
    "Guard: first frame, guard after it",
    "Engagement import, a year of four networks",
    "Insights window over",
    "Peak memory",
]


@pytest.mark.slow
def test_quick_bench_prints_every_figure_its_baseline_and_a_verdict(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,  # the bench must not depend on where it is started
    )
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    verdicts = [line for line in done.stdout.splitlines() if ": goal " in line]
    for name in FIGURES:
        row = next((r for r in rows if r.startswith(f"| {name}")), None)
        assert row is not None, f"no row for {name}:\n{done.stdout}"
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        # figure, app, baseline, what the baseline is, goal, result
        assert len(cells) == 6
        assert re.fullmatch(r"[\d.]+ (ms|MiB)", cells[1]), cells
        assert re.fullmatch(r"[\d.]+ (ms|MiB)", cells[2]), cells
        assert cells[4].startswith("≤")
        assert cells[5].endswith(("met", "MISSED"))
        verdict = next((v for v in verdicts if v.startswith(name)), None)
        assert verdict is not None and re.search(r"goal ≤ .* (met|MISSED) \(", verdict)
    assert len(verdicts) == len(FIGURES)
    # Memory is also shown against a bare window alone, for comparison, with no goal.
    compared = next(r for r in rows if r.startswith("| Peak memory over a bare window"))
    cells = [cell.strip() for cell in compared.strip("|").split("|")]
    assert cells[3] == "bare QMainWindow" and cells[4] == "none"
    assert re.fullmatch(r"[+-][\d.]+ MiB", cells[5]), cells
    memory = next(r for r in rows if r.startswith("| Peak memory |"))
    assert "sqlmodel writing one row" in memory
    assert not list(tmp_path.glob("planner-bench-*")), "the bench left its folder behind"
