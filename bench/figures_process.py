"""Figures measured on child processes: start, peak memory and ``planner check``.

Every child runs the same interpreter (the one running the bench) with the same
environment: offscreen Qt, bytecode cached as an installed app has it, and its own fresh
home and config folders, so the app never restores a window state from an earlier run
and never touches the user's files.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Figure, Goal, interleaved
from bench.store_builder import BenchPlan

CHILD = Path(__file__).with_name("child_window.py")
ROOT = CHILD.resolve().parent.parent
SIZE = "1400x900"
SETTLE_MS = 1000  # from the week painted to the first drop: a person needs a second at least
TIMEOUT = 120

BARE_CHECK = """\
import json, sqlite3, sys
db, week, first, last = sys.argv[1:5]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
names = ("id", "platform", "kind", "status", "date", "time", "text", "link", "notes")
rows = con.execute(
    "SELECT id, platform, kind, status, date, time, text, link, notes FROM post"
    " WHERE date BETWEEN ? AND ? ORDER BY date, time, id", (first, last)).fetchall()
print(json.dumps({"week": week, "posts": [dict(zip(names, row)) for row in rows]}))
"""


@dataclass
class WindowRun:
    window_ms: float  # process start to the window's first full paint
    week_ms: float  # process start to the first paint of the week with its posts
    shown_mib: float  # peak resident memory (VmHWM) with the week shown
    peak_mib: float  # peak over the child's life: for the app, after its first drop
    drop_ms: float  # the app's first drop (0 for the bare window)


def child_env(work: Path) -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=work))
    skip = ("PLANNER_", "BENCH_", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    # The planner of this checkout, wherever the bench is started and whatever is installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(
        # Compiled once, by the warm-up runs, into the bench's folder: an installed app
        # starts from bytecode, and the source tree stays clean.
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home),
    )
    return env


def run_child(argv: list[str], work: Path) -> tuple[float, str]:
    """Run ``argv``; its wall time in ms and its stdout. Fails loudly on a bad exit."""
    env = child_env(work)
    env["BENCH_T0"] = repr(time.time())
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=TIMEOUT)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}:\n{done.stderr}")
    return elapsed, done.stdout


def window_run(mode: str, plan: BenchPlan, work: Path) -> WindowRun:
    target = str(plan.path)
    if mode == "stack":  # a fresh file for its one row
        target = str(Path(tempfile.mkdtemp(prefix="stack-", dir=work)) / "stack.db")
    argv = [sys.executable, str(CHILD), mode, target, str(plan.week), SIZE]
    _, out = run_child([*argv, str(SETTLE_MS)], work)
    line = next((ln for ln in out.splitlines() if ln.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"the {mode} window reported nothing:\n{out}")
    values = {k: float(v) for k, v in (item.split("=", 1) for item in line.split()[1:])}
    shown = values["peak"] / 1024
    return WindowRun(
        values["window"],
        values["week"],
        shown,
        values.get("peak_used", values["peak"]) / 1024,
        values.get("drop", 0.0),
    )


def start_and_memory(plan: BenchPlan, runs: int, work: Path) -> tuple[list[Figure], list[float]]:
    """Start (to the window, and to the week with its posts) and peak memory against a
    bare window, and against a bare window with sqlmodel writing one row; also the times
    of each fresh app's first drop."""
    done: dict[str, list[WindowRun]] = {"bare": [], "stack": [], "app": []}
    order = list(done)
    for mode in order:  # warm the disk cache for the libraries each one loads
        window_run(mode, plan, work)
    for run in range(runs):  # each goes first in turn, so machine load falls on all
        for mode in order[run % 3 :] + order[: run % 3]:
            done[mode].append(window_run(mode, plan, work))
    bare, stack, app = done["bare"], done["stack"], done["app"]
    bare_name = "bare QMainWindow, first paint"
    figures = [
        Figure("Start: window painted", "ms", Goal.RATIO, 2.0, bare_name),
        Figure("Start: week with posts painted", "ms", Goal.RATIO, 2.0, bare_name),
        Figure("Peak memory", "MiB", Goal.EXTRA, 20, "bare QMainWindow + sqlmodel writing one row"),
        Figure("Peak memory over a bare window", "MiB", Goal.NONE, 0, "bare QMainWindow"),
    ]
    picks = [lambda r: r.window_ms, lambda r: r.week_ms, lambda r: r.peak_mib, lambda r: r.peak_mib]
    for fig, pick, base in zip(figures, picks, (bare, bare, stack, bare), strict=True):
        fig.subject = [pick(r) for r in app]
        fig.baseline = [pick(r) for r in base]
    shown = statistics.median(r.shown_mib for r in app)
    stack_cost = statistics.median(r.peak_mib for r in stack) - figures[3].baseline_median
    figures[2].note = f"the app with its week shown, before any edit: {shown:.1f} MiB"
    figures[3].note = f"sqlmodel writing one row costs a bare window {stack_cost:+.1f} MiB"
    return figures, [r.drop_ms for r in app]


def check(plan: BenchPlan, runs: int, work: Path) -> Figure:
    """``planner check --week W --json`` against a bare sqlite3 query printing JSON."""
    week = str(plan.week)
    subject_argv = [sys.executable, "-m", "planner", "check", "--db", str(plan.path)]
    subject_argv += ["--week", week, "--json"]
    bare_argv = [sys.executable, "-c", BARE_CHECK, str(plan.path), week]
    bare_argv += [plan.week.monday.isoformat(), plan.week.sunday.isoformat()]
    found: dict[str, int] = {}

    def bare() -> float:
        elapsed, out = run_child(bare_argv, work)
        found["bare"] = len(_json(out)["posts"])
        return elapsed

    def subject() -> float:
        elapsed, out = run_child(subject_argv, work)
        found["app"] = _json(out)["posts"]
        return elapsed

    bare()  # warm-up, unmeasured: both read the same file pages
    subject()
    base, subj = interleaved(runs, bare, subject)
    if found["app"] != found["bare"]:
        raise RuntimeError(f"check saw {found['app']} posts, the bare query {found['bare']}")
    return Figure(
        "planner check --json (process)",
        "ms",
        Goal.RATIO,
        1.5,
        "python + sqlite3 query + json",
        subject=subj,
        baseline=base,
    )


def _json(text: str) -> dict:  # type: ignore[type-arg]
    import json

    return json.loads(text)
