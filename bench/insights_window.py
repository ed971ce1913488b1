"""How long does the Insights window take to open on 5,000 records, against a bare widget?

    python bench/insights_window.py [--records 5000] [--runs 9]

Builds synthetic engagement outcomes for four networks over a year, then times opening
the Insights window at 1400×900 (reading the outcomes, the heat map, best slots,
least-tried hours and trend, laying out and painting) until its heat map has painted.
The baseline is a bare QWidget of the same size: shown, and timed until it has painted.
Runs interleave the two so machine load falls on both; prints medians and the ratio.
Also times switching platform in the open window (to a platform not counted since the
last refresh), against a bare repaint; and opening the window over a real store holding
the records (matched to planned posts, so each has its kind), as View → Insights… does
after an edit: the store reads its outcomes afresh.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if __package__ in (None, ""):  # run as a script: make ``planner`` and ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import Figure, Goal, interleaved
from planner.core.domain import Kind, Platform
from planner.core.engagement import Outcome
from planner.core.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.store import Store

TODAY = dt.date(2026, 12, 2)
SIZE = (1400, 900)
SHARES = {
    Platform.FACEBOOK: 0.4,
    Platform.X: 0.3,
    Platform.LINKEDIN: 0.15,
    Platform.INSTAGRAM: 0.15,
}
TIMEOUT_S = 10.0
STORE_WINDOW_RATIO = 40.0  # the goal against a bare QWidget, which only shows and paints


def synthetic_outcomes(count: int, seed: int = 16) -> list[Outcome]:
    """A year of posts at working hours, some evenings, every kind, realistic rates."""
    rng = random.Random(seed)
    platforms = list(SHARES)
    weights = list(SHARES.values())
    outcomes = []
    for _ in range(count):
        day = TODAY - dt.timedelta(days=rng.randrange(365))
        moment = dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60)))
        reach = rng.randrange(200, 5000)
        engagements = max(0, round(reach * rng.gauss(0.035, 0.012)))
        platform = rng.choices(platforms, weights)[0]
        kind = rng.choice([*Kind, None])
        outcomes.append(Outcome(platform, moment, reach, engagements, kind))
    return outcomes


def store_of_records(path: Path, count: int) -> int:
    """A store whose engagement is ``count`` synthetic records: each with a kind is about
    a planned post of that kind, at its time and with its text; the rest match none."""
    from planner.core.domain import Post, Status
    from planner.core.engagement import EngagementRecord
    from planner.store import open_store

    outcomes = synthetic_outcomes(count)
    records = [
        EngagementRecord(o.platform, o.published, f"Post {n}", o.reach, o.engagements, f"n{n}")
        for n, o in enumerate(outcomes)
    ]
    posts = [
        Post(o.platform, o.kind, f"Post {n}", Status.SCHEDULED, o.published.date(),
             o.published.time())
        for n, o in enumerate(outcomes)
        if o.kind is not None
    ]  # fmt: skip
    with open_store(path) as store:
        store.add_many(posts)
        plan = store.plan_engagement_import(records)
        store.apply_engagement(plan.record_changes, plan.post_changes)
        return plan.matched


def _paint_counter(widget: QWidget) -> list[int]:
    from PySide6.QtCore import QEvent, QObject

    count = [0]

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                count[0] += 1
            return False

    widget.installEventFilter(Counter(widget))
    return count


def _until_painted(app: QApplication, count: list[int], before: int = 0) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while count[0] <= before:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the widget never painted")


class InsightsBench:
    def __init__(self, records: int) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        self.app: QApplication = QApplication.instance() or QApplication([])  # type: ignore[assignment]
        self.outcomes = synthetic_outcomes(records)

    def _settle(self) -> None:
        end = time.perf_counter() + 0.04
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)

    def open_bare(self) -> float:
        from PySide6.QtWidgets import QWidget

        self._settle()
        start = time.perf_counter()
        widget = QWidget()
        widget.resize(*SIZE)
        painted = _paint_counter(widget)
        widget.show()
        _until_painted(self.app, painted)
        elapsed = (time.perf_counter() - start) * 1000
        widget.close()
        widget.deleteLater()
        return elapsed

    def open_insights(self) -> float:
        from planner.ui.dialogs.native_dialogs import ScriptedDialogs
        from planner.ui.dialogs.prompts import ScriptedPrompts
        from planner.ui.insights.insights_window import InsightsWindow

        self._settle()
        outcomes = self.outcomes
        start = time.perf_counter()
        window = InsightsWindow(
            lambda: outcomes, Settings(), TODAY, ScriptedDialogs(), ScriptedPrompts()
        )
        window.resize(*SIZE)
        painted = _paint_counter(window.heat_view)
        window.show()
        _until_painted(self.app, painted)
        elapsed = (time.perf_counter() - start) * 1000
        heat = window.heat
        assert heat is not None and heat.platform is Platform.FACEBOOK and not window.empty
        assert heat.records > 0.3 * len(outcomes) and window.best_lines()
        window.close()
        window.deleteLater()
        return elapsed

    def open_on_store(self, store: Store) -> float:
        """View → Insights… over ``store``, its outcomes read afresh (as after an edit)."""
        from planner.store.engagement_records import OutcomeCache
        from planner.ui.dialogs.native_dialogs import ScriptedDialogs
        from planner.ui.dialogs.prompts import ScriptedPrompts
        from planner.ui.insights.insights_window import InsightsWindow

        self._settle()
        store._outcomes = OutcomeCache()
        start = time.perf_counter()
        window = InsightsWindow(
            store.outcomes, store.settings, TODAY, ScriptedDialogs(), ScriptedPrompts()
        )
        window.resize(*SIZE)
        painted = _paint_counter(window.heat_view)
        window.show()
        _until_painted(self.app, painted)
        elapsed = (time.perf_counter() - start) * 1000
        heat = window.heat
        assert heat is not None and heat.records > 0.3 * len(self.outcomes) and not window.empty
        window.close()
        window.deleteLater()
        return elapsed

    def switches(self, runs: int) -> tuple[list[float], list[float]]:
        """Platform switches in one open window, against repaints of a bare widget."""
        from PySide6.QtWidgets import QWidget

        from planner.ui.dialogs.native_dialogs import ScriptedDialogs
        from planner.ui.dialogs.prompts import ScriptedPrompts
        from planner.ui.insights.insights_window import InsightsWindow

        outcomes = self.outcomes
        window = InsightsWindow(
            lambda: outcomes, Settings(), TODAY, ScriptedDialogs(), ScriptedPrompts()
        )
        window.resize(*SIZE)
        window.show()
        bare = QWidget()
        bare.resize(window.heat_view.size())
        bare.show()
        self._settle()
        map_paints, bare_paints = _paint_counter(window.heat_view), _paint_counter(bare)
        order = list(Platform)

        def switch() -> float:
            window.refresh()  # untimed: the next platform's map is not counted yet
            self._settle()
            target = order[(order.index(window.platform) + 1) % len(order)]
            before = map_paints[0]
            start = time.perf_counter()
            window.platform_box.setCurrentIndex(window.platform_box.findData(target))
            _until_painted(self.app, map_paints, before)
            return (time.perf_counter() - start) * 1000

        def repaint() -> float:
            self._settle()
            before = bare_paints[0]
            start = time.perf_counter()
            bare.update()
            _until_painted(self.app, bare_paints, before)
            return (time.perf_counter() - start) * 1000

        try:
            return interleaved(runs, repaint, switch)
        finally:
            window.close()
            bare.close()


def store_window_figure(runs: int, work: Path, records: int = 5000) -> Figure:
    """Opening Insights over a store of ``records`` records, against a bare QWidget."""
    from planner.store import open_store

    path = work / "insights.db"
    matched = store_of_records(path, records)
    bench = InsightsBench(records)
    with open_store(path) as store:
        bench.open_on_store(store)  # warm-up
        bench.open_bare()
        base, subject = interleaved(runs, bench.open_bare, lambda: bench.open_on_store(store))
    return Figure(
        f"Insights window over {records:,} engagement records",
        "ms",
        Goal.RATIO,
        STORE_WINDOW_RATIO,
        "bare QWidget shown and painted",
        subject=subject,
        baseline=base,
        note=f"{matched:,} records matched to planned posts; outcomes read afresh each time",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000, help="engagement records")
    parser.add_argument("--runs", type=int, default=9, help="measured runs of each")
    args = parser.parse_args(argv)
    bench = InsightsBench(args.records)
    bench.open_insights()  # warm-up: first imports and font loading are not the window's
    bench.open_bare()
    base, subject = interleaved(args.runs, bench.open_bare, bench.open_insights)
    switch_base, switch = bench.switches(args.runs)
    with tempfile.TemporaryDirectory(prefix="planner-insights-window-") as name:
        on_store = store_window_figure(args.runs, Path(name), args.records)
    print(f"| figure ({args.records} records, {SIZE[0]}×{SIZE[1]}) | app | baseline | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name, app, bare in (
        ("Open Insights until painted / bare QWidget show + paint", subject, base),
        ("Switch platform until painted / bare QWidget repaint", switch, switch_base),
        ("Open Insights over a store until painted / bare QWidget", on_store.subject,
         on_store.baseline),
    ):  # fmt: skip
        a, b = statistics.median(app), statistics.median(bare)
        print(f"| {name} | {a:.1f} ms | {b:.1f} ms | {a / b:.1f}× |")
    print(f"Medians of {args.runs} interleaved runs each, after one warm-up.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
