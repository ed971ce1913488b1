"""A child process for the start and memory figures: the real app, a bare window, or
a bare window with the user's chosen stack (sqlmodel, so SQLAlchemy and pydantic) writing
one row.

    python bench/child_window.py app DB WEEK WxH SETTLE_MS
    python bench/child_window.py bare - - WxH SETTLE_MS
    python bench/child_window.py stack FILE - WxH SETTLE_MS

The parent puts its clock (time.time()) in BENCH_T0 just before it starts this process,
so each time printed runs from process start. The app goes through ``planner.cli.entry.main``,
exactly as ``python -m planner --db DB --week WEEK --size WxH``; the bench only listens
to the window's own signals (firstPainted, weekPainted), so nothing in the app changes.
Each mark is taken in a zero timer queued from the paint, i.e. once that paint pass has
finished. SETTLE_MS after the last paint the child takes its peak memory; the app then
drops one card with real drag events (its first edit), times it and quits. The stack
child writes its row into FILE right after its first paint, as the app loads its
database layer after its own.

Prints one line: ``BENCH window=<ms> week=<ms> peak=<KiB>`` and, for the app,
``drop=<ms> peak_used=<KiB>`` (the peak after that first drop).
"""

from __future__ import annotations

import os
import sys
import time

T0 = float(os.environ.get("BENCH_T0") or time.time())
marks: dict[str, float] = {}


def mark(name: str) -> None:
    marks.setdefault(name, (time.time() - T0) * 1000)


def peak_kib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: ru_maxrss survives
    exec, so a child would inherit the bench's own size from the fork."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def report() -> None:
    marks.setdefault("peak", peak_kib())
    sys.stdout.write(" ".join(["BENCH", *(f"{k}={v:.1f}" for k, v in marks.items())]) + "\n")
    sys.stdout.flush()


def run_app(db: str, week: str, size: str, settle_ms: int) -> int:
    import planner.app as launcher  # light: the window's modules load inside run_app

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from bench.drops import drop_a_day_later, movable_post

    original = launcher.Launch.__init__

    def listening(self, app, window, db_path, screenshot):  # type: ignore[no-untyped-def]
        original(self, app, window, db_path, screenshot)
        from PySide6.QtCore import QTimer

        def week_done() -> None:
            mark("week")
            marks["week_cpu"] = time.thread_time() * 1000  # this thread: workers left out
            marks["guard_loaded"] = float("planner.core.guard" in sys.modules)  # never yet
            QTimer.singleShot(settle_ms, first_drop)

        def first_drop() -> None:
            # The first edit of a fresh app: it may have to load what reading did not.
            marks["peak"] = peak_kib()
            elapsed, drop = drop_a_day_later(app, window, movable_post(window))
            if not drop.isAccepted():
                raise SystemExit("the first drop was refused")
            marks["drop"] = elapsed
            marks["peak_used"] = peak_kib()
            window.context.undo_stack.undo()  # leave the bench's store as it was
            app.quit()

        # Connected before run_app connects its own store opening, so these zero
        # timers run first: a mark is never held up by the work queued after it.
        window.firstPainted.connect(lambda: QTimer.singleShot(0, lambda: mark("window")))
        window.weekPainted.connect(lambda: QTimer.singleShot(0, week_done))

    launcher.Launch.__init__ = listening  # type: ignore[method-assign]
    from planner.cli.entry import main

    code = main(["--db", db, "--week", week, "--size", size])
    report()
    return code


def write_one_row(path: str) -> None:
    """The least the user's stack does: sqlmodel makes a table and writes one row."""
    from sqlmodel import Field, Session, SQLModel, create_engine

    class Row(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        text: str

    engine = create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Row(text="one row"))
        session.commit()
    engine.dispose()


def run_bare(size: str, settle_ms: int, stack_file: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    def done() -> None:
        mark("window")
        mark("week")  # a bare window has no week to wait for
        if stack_file is not None:
            write_one_row(stack_file)
        QTimer.singleShot(settle_ms, app.quit)

    class BareWindow(QMainWindow):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                QTimer.singleShot(0, done)

    window = BareWindow()
    window.setWindowTitle("Bare")
    window.setCentralWidget(QWidget())
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    code = app.exec()
    report()
    return code


if __name__ == "__main__":
    mode, db_arg, week_arg, size_arg, settle_arg = sys.argv[1:6]
    if mode == "app":
        sys.exit(run_app(db_arg, week_arg, size_arg, int(settle_arg)))
    sys.exit(run_bare(size_arg, int(settle_arg), db_arg if mode == "stack" else None))
