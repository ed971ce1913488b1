"""The game plan's figures on the bench store: switching to the month, paging a month,
dropping a chip on another day of the month, searching as each letter is typed, and
topping up fifty weekly series.

The window figures are timed like the week's (figures_window.py): from the user's
action (the Month action, Page Down, a real QDropEvent with the app's MIME data, a
letter in the search box) until the frame is painted. The top-up is timed on the store
alone, from reading the series to the last new post written, on a fresh copy each run.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.figures_window import FRAME_MS, WindowBench, _paint_counter
from bench.measure import Figure, Goal, interleaved
from bench.store_builder import BenchPlan

if TYPE_CHECKING:
    from planner.ui.month.view import MonthView

TOP_UP_GOAL_MS = 100.0
SERIES = 50
SEARCHED = "fluoride"  # typed a letter at a time; "flu" alone finds thousands of posts


class Clock:
    """Wall time, and the main thread's CPU time beside it: on a machine shared with
    other work the wall time grows while the CPU time still says what the app spent."""

    def __init__(self) -> None:
        self.cpu: dict[str, list[float]] = {}

    def start(self) -> tuple[float, float]:
        return time.perf_counter(), time.thread_time()

    def stop(self, name: str, started: tuple[float, float]) -> float:
        wall, cpu = started
        self.cpu.setdefault(name, []).append((time.thread_time() - cpu) * 1000)
        return (time.perf_counter() - wall) * 1000

    def note(self, name: str) -> str:
        samples = self.cpu.get(name, [])
        if not samples:
            return ""
        return f"main-thread CPU time median {statistics.median(samples):.1f} ms"


class GamePlanBench(WindowBench):
    """The bench window, with the month and the search panel ready."""

    def __init__(self, plan: BenchPlan, work: Path) -> None:
        super().__init__(plan, work)
        self.clock = Clock()
        game_plan = self.window.game_plan
        assert game_plan is not None
        self.game_plan = game_plan
        game_plan.show_month()  # made once, as the first Ctrl+2 of a session makes it
        self._settle()
        assert game_plan.month_view is not None
        self.month: MonthView = game_plan.month_view
        self.month_paints = _paint_counter(self.month)
        game_plan.show_week()
        self._settle()

    def month_switch(self) -> float:
        """Ctrl+2 from the week: the month read, judged and painted."""
        self.game_plan.show_week()
        self._settle()
        before = self.month_paints[0]
        start = self.clock.start()
        self.game_plan.show_month_action.trigger()
        self.app.sendPostedEvents()
        elapsed = self.clock.stop("switch", start)
        assert self.month_paints[0] > before, "the month did not paint"
        assert self.window.views.currentWidget() is self.month
        return elapsed

    def month_page(self) -> float:
        """Page Down in the month: the next month read, judged and painted."""
        if not self.game_plan.month_shown:
            self.game_plan.show_month()
        self._settle()
        before, title = self.month_paints[0], self.month.title
        start = self.clock.start()
        self.window.window_actions.next_week.trigger()
        self.app.sendPostedEvents()
        elapsed = self.clock.stop("page", start)
        assert self.month.title != title and self.month_paints[0] > before
        self.window.window_actions.previous_week.trigger()  # untimed: back where it was
        return elapsed

    def month_drop(self) -> float:
        """A chip dropped on the next day of the month; undone afterwards, untimed."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

        from planner.ui.widgets.mime import ids_to_mime

        if not self.game_plan.month_shown:
            self.game_plan.show_month()
        self._settle()
        shown = [self.month.known_post(i) for i in self.month.shown_ids()]
        post = next(p for p in shown[len(shown) // 2 :] if p and p.date and p.date.weekday() < 6)
        assert post.id is not None and post.date is not None
        day = post.date + dt.timedelta(days=1)
        point = QPointF(self.month.day_position(day))
        mime = ids_to_mime([post.id])
        actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
        left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        self.app.sendEvent(self.month, QDragEnterEvent(point.toPoint(), actions, mime, left, plain))
        self.app.sendEvent(self.month, QDragMoveEvent(point.toPoint(), actions, mime, left, plain))
        self.app.processEvents()
        drop = QDropEvent(point, actions, mime, left, plain)
        before = self.month_paints[0]
        start = self.clock.start()
        self.app.sendEvent(self.month, drop)
        self.app.sendPostedEvents()
        elapsed = self.clock.stop("drop", start)
        assert drop.isAccepted() and self.month_paints[0] > before
        assert self.store.get(post.id).date == day, "the store was not written"
        self.window.context.undo_stack.undo()
        self.app.processEvents()
        assert self.store.get(post.id) == post
        return elapsed

    def search_letters(self) -> list[float]:
        """Type ``SEARCHED`` a letter at a time: each letter's search, list and paint."""
        self.game_plan.open_search()
        panel = self.game_plan.search_panel
        assert panel is not None
        panel.box.clear()
        self._settle()
        times: list[float] = []
        for end in range(1, len(SEARCHED) + 1):
            start = self.clock.start()
            panel.box.setText(SEARCHED[:end])
            self.app.sendPostedEvents()
            times.append(self.clock.stop("search", start))
        assert panel.found, "the search found nothing"
        panel.hide()
        self.game_plan.show_week()
        return times


def game_plan_figures(plan: BenchPlan, runs: int, work: Path) -> list[Figure]:
    bench = GamePlanBench(plan, work)
    try:
        first_switch = bench.month_switch()
        switch_base, switches = interleaved(runs, bench.bare_repaint, bench.month_switch)
        page_base, pages = interleaved(runs, bench.bare_repaint, bench.month_page)
        first_drop = bench.month_drop()
        drop_base, drops = interleaved(runs, bench.bare_repaint, bench.month_drop)
        bench.search_letters()  # warm-up
        letters: list[float] = []
        letter_base: list[float] = []
        for _ in range(runs):
            letters += bench.search_letters()
            letter_base += [bench.bare_repaint() for _ in SEARCHED]
    finally:
        bench.close()
    bare = "bare QWidget update + paint"
    figures = [
        Figure("Month view switch (Ctrl+2: read, judged, painted)", "ms", Goal.ABSOLUTE,
               FRAME_MS, bare, switches, switch_base,
               note=f"first switch (not in the median) {first_switch:.1f} ms; "
                    + bench.clock.note("switch")),
        Figure("Month page (Page Down: next month, painted)", "ms", Goal.ABSOLUTE, FRAME_MS,
               bare, pages, page_base, note=bench.clock.note("page")),
        Figure("Month drop (store written, month judged, painted)", "ms", Goal.ABSOLUTE,
               FRAME_MS, bare, drops, drop_base,
               note=f"first drop (not in the median) {first_drop:.1f} ms; "
                    + bench.clock.note("drop")),
        Figure("Search as you type (one letter: found, listed, painted)", "ms", Goal.ABSOLUTE,
               FRAME_MS, bare, letters, letter_base,
               note=f"'{SEARCHED}' typed a letter at a time, {len(letters)} letters; "
                    + bench.clock.note("search")),
    ]  # fmt: skip
    figures.append(top_up_figure(runs, work))
    return figures


# -- topping up ---------------------------------------------------------------------------


def series_store(path: Path, made_on: dt.date, count: int = SERIES) -> None:
    """A store with ``count`` weekly series made on ``made_on`` (a year of posts each)."""
    from planner.core.domain import Kind, Platform, Post, Status
    from planner.core.recurrence import SeriesRule
    from planner.core.series_edits import start_series
    from planner.store import open_store

    zones = ("Europe/London", "America/New_York", "Europe/Berlin")
    days = ("MO", "TU,TH", "MO,WE,FR", "SA", "WE,SU")
    with open_store(path) as store:
        for i in range(count):
            first = made_on + dt.timedelta(days=i % 7)
            text = f"FREQ=WEEKLY;INTERVAL={1 + i % 2};BYDAY={days[i % len(days)]}"
            at = dt.time(8 + i % 10, 15 * (i % 4))
            rule = SeriesRule(text, at, zones[i % len(zones)], first)
            post = Post(Platform.X, Kind.SHARED, f"Weekly tip {i}", Status.DRAFT, first, rule.time)
            edit = start_series(None, post, rule, made_on)
            store.apply_series_changes(edit.posts, edit.series)


def top_up_figure(runs: int, work: Path) -> Figure:
    """Top up 50 weekly series four months after they were made (a fresh copy each run)."""
    from planner.store import open_store
    from planner.store.series_store import top_up

    made_on = dt.date.today()
    template = work / "series.db"
    series_store(template, made_on)
    later = made_on + dt.timedelta(days=120)
    samples: list[float] = []
    baseline: list[float] = []
    cpu: list[float] = []
    made = 0
    for run in range(runs + 1):
        copy = work / f"series-{run}.db"
        shutil.copyfile(template, copy)
        with open_store(copy) as store:
            # The window tops up after its first refresh over a checked store, which has
            # made the store's check for unreadable rows; a write would make it first.
            store.unreadable_rows()
            start = time.perf_counter()
            store.count()  # the baseline: one read of the same store
            baseline.append((time.perf_counter() - start) * 1000)
            start, start_cpu = time.perf_counter(), time.thread_time()
            made = top_up(store, later)
            elapsed = (time.perf_counter() - start) * 1000
            spent = (time.thread_time() - start_cpu) * 1000
        if run:  # the first run is a warm-up
            samples.append(elapsed)
            cpu.append(spent)
        copy.unlink()
    return Figure(
        f"Top-up of {SERIES} weekly series (read, expanded, {made} posts written)", "ms",
        Goal.ABSOLUTE, TOP_UP_GOAL_MS, "one count(*) of the same store", samples, baseline[1:],
        note="four months after they were made, a fresh copy of the store each run; "
        f"main-thread CPU time median {statistics.median(cpu):.1f} ms",
    )  # fmt: skip
