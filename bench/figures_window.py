"""Figures measured in-process on the real window over the bench store: week switch
and drop, each until the view and the warnings are updated and painted.

Both are timed from the user's action (the Next Week action; a real QDropEvent with
the app's MIME data) until the frame is painted: ``sendPostedEvents()`` delivers the
update requests Qt posted, which paint and flush the window. Timers are left out on
purpose: work the app defers to idle time (rendering the next week ahead) is not part
of the frame, and runs untimed while the bench idles between steps, as between a
person's key presses. A paint counter on the week view proves each timed step painted.
The baseline is a bare QWidget of the week view's size: ``update()`` and the same
``sendPostedEvents()``. The first step of each kind is a warm-up and is not in the
median; its time is given in the note.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.drops import DROP_TIME, drop_a_day_later, movable_post
from bench.measure import Figure, Goal, interleaved
from bench.store_builder import BenchPlan

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.ui.window.main_window import MainWindow

FRAME_MS = 16.0
IDLE_MS = 40.0  # between steps: a person does not act every few milliseconds
SIZE = (1400, 900)


def _paint_counter(widget: QWidget) -> list[int]:
    """A one-element list that counts the paint events ``widget`` receives."""
    from PySide6.QtCore import QEvent, QObject

    count = [0]

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                count[0] += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return count


class WindowBench:
    """The real main window over the bench store, and a bare widget beside it."""

    def __init__(self, plan: BenchPlan, work: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QWidget

        from planner.store import open_store
        from planner.ui.dialogs.prompts import ScriptedPrompts
        from planner.ui.window.context import AppContext, qsettings_at
        from planner.ui.window.main_window import MainWindow

        self.app: QApplication = QApplication.instance() or QApplication([])  # type: ignore[assignment]
        self.store = open_store(plan.path)
        context = AppContext(prompts=ScriptedPrompts(), qsettings=qsettings_at(work / "w.ini"))
        self.window: MainWindow = MainWindow(context, week=plan.week)
        self.window.remember_state = False
        self.window.resize(*SIZE)
        self.window.show()
        self._settle()
        self.window.finish_setup()  # the whole window, whenever its timer would have run
        self.window.attach_store(self.store)
        self._settle()
        self.view_paints = _paint_counter(self.window.week_view)
        self.bare = QWidget()
        self.bare.resize(self.window.week_view.size())
        self.bare.show()
        self._settle()
        self.bare_paints = _paint_counter(self.bare)

    def _settle(self, ms: float = IDLE_MS) -> None:
        """Run the event loop for ``ms``, so idle work is done before the next step."""
        end = time.perf_counter() + ms / 1000
        self.app.processEvents()
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)

    def close(self) -> None:
        self.window.close()
        self.bare.close()
        self._settle()
        self.store.close()

    # -- one timed step each ---------------------------------------------------------

    def bare_repaint(self) -> float:
        self._settle()
        before = self.bare_paints[0]
        start = time.perf_counter()
        self.bare.update()
        self.app.sendPostedEvents()
        elapsed = (time.perf_counter() - start) * 1000
        assert self.bare_paints[0] > before, "the bare widget did not paint"
        return elapsed

    def next_week(self) -> float:
        window = self.window
        self._settle()
        before_week, before_paints = window.week, self.view_paints[0]
        start = time.perf_counter()
        window.window_actions.next_week.trigger()
        self.app.sendPostedEvents()
        elapsed = (time.perf_counter() - start) * 1000
        assert window.week == before_week.next(), "the week did not change"
        assert window.report.week == window.week, "the warnings are of another week"
        assert window.week_view.week == window.week, "the view shows another week"
        assert self.view_paints[0] > before_paints, "the week view did not paint"
        return elapsed

    def drop(self) -> float:
        """Drop one of the week's posts a day later; undo it afterwards, untimed."""
        window = self.window
        self._settle()
        post = movable_post(window)
        report, paints = window.report, self.view_paints[0]
        elapsed, drop = drop_a_day_later(self.app, window, post)
        assert drop.isAccepted(), "the view refused the drop"
        assert post.id is not None and post.date is not None
        moved = self.store.get(post.id)
        day = post.date + dt.timedelta(days=1)
        assert (moved.date, moved.time) == (day, DROP_TIME), "the store was not written"
        assert window.report is not report, "the warnings were not re-evaluated"
        assert self.view_paints[0] > paints, "the week view did not paint"
        window.context.undo_stack.undo()  # untimed: the next drop starts from the same plan
        self.app.processEvents()
        assert self.store.get(post.id) == post
        return elapsed


def window_figures(plan: BenchPlan, runs: int, work: Path) -> list[Figure]:
    bench = WindowBench(plan, work)
    try:
        first_switch = bench.next_week()
        switch_base, switch = interleaved(runs, bench.bare_repaint, bench.next_week)
        first_drop = bench.drop()
        drop_base, drops = interleaved(runs, bench.bare_repaint, bench.drop)
    finally:
        bench.close()
    bare_name = "bare QWidget update + paint"
    return [
        Figure(
            "Week switch (next week, warnings, painted)",
            "ms",
            Goal.ABSOLUTE,
            FRAME_MS,
            bare_name,
            subject=switch,
            baseline=switch_base,
            note=f"first switch in the bench window (not in the median) {first_switch:.1f} ms",
        ),
        Figure(
            "Drop (store written, warnings, painted)",
            "ms",
            Goal.ABSOLUTE,
            FRAME_MS,
            bare_name,
            subject=drops,
            baseline=drop_base,
            note=f"first drop in the bench window (not in the median) {first_drop:.1f} ms",
        ),
    ]
