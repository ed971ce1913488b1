"""Once the week has painted, the launch loads the database layer for edits in a worker
thread, so the first drag does not wait for it; a read-only plan needs none."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from event_loops import run_queued_zero_timers
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.app import Launch
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)


def seed(db: Path) -> None:
    """The sample fortnight in the plan, written and closed before the launch opens it."""
    seeded = open_store(db)
    seeded.add_many(sample_fortnight(WEEK))
    seeded.close()


def start(qtbot: QtBot, make_window: MakeWindow, db: Path, ini: Path) -> Launch:
    context = AppContext(prompts=ScriptedPrompts(), qsettings=qsettings_at(ini))
    window = make_window(context, week=WEEK)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launch = Launch(app, window, db, None)
    with qtbot.waitSignal(window.weekPainted):
        launch.open_store()
    return launch


def test_edits_are_prepared_in_a_worker_after_the_week_paints(
    qtbot: QtBot,
    make_window: MakeWindow,
    db_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(db_file)
    calls: list[str] = []
    prepare = Store.prepare_edits

    def recording(store: Store) -> None:
        calls.append(threading.current_thread().name)
        prepare(store)

    monkeypatch.setattr(Store, "prepare_edits", recording)
    launch = start(qtbot, make_window, db_file, tmp_path / "w.ini")
    qtbot.waitUntil(lambda: launch.preparing is not None)
    assert launch.preparing is not None
    launch.preparing.join(timeout=30)
    assert calls == ["prepare-edits"]  # once, and not on the event loop's thread
    assert launch.finish(0) == 0


def test_a_read_only_plan_prepares_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    db_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(db_file)
    db_file.chmod(0o400)
    calls: list[str] = []
    monkeypatch.setattr(Store, "prepare_edits", lambda store: calls.append("called"))
    launch = start(qtbot, make_window, db_file, tmp_path / "w.ini")
    assert launch.window.context.read_only
    run_queued_zero_timers(qtbot)  # the ones the week's paint queued, prepare_edits too
    assert launch.preparing is None and calls == []
    launch.finish(0)
    db_file.chmod(0o600)
