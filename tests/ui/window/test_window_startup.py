"""Starting the window: what it remembers, the first-run offer, bad stores, the
screenshot, and a start that does not wait for the database layer."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from event_loops import next_loop_runs_its_timers
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.app import Launch
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.panels.start_panel import StartPanel
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

TODAY = dt.date(2026, 12, 2)


def test_the_last_week_and_the_geometry_come_back(
    make_window: MakeWindow, context: AppContext, store: Store, window_settings: Path
) -> None:
    first = make_window(context, week=None, shown=False)
    first.attach_store(store)
    assert first.week == Week(2026, 49)  # no memory yet: the week of today
    first.show()
    first.resize(1000, 540)  # not the default 1400x900
    first.set_week(Week(2027, 3))
    first.close()

    again = AppContext(
        store,
        prompts=ScriptedPrompts(),
        qsettings=qsettings_at(window_settings),
        today=lambda: TODAY,
    )
    second = make_window(again, week=None, shown=False)
    second.attach_store(store)
    assert second.week == Week(2027, 3)
    assert second.week_bar.title.text().startswith("Week 3 ·")
    # Restoring fits the window to the screen; the offscreen screen is only 800 wide.
    assert second.height() == 540
    assert second.width() < 1400
    second.close()


def test_a_week_given_on_the_command_line_wins(
    make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    context.qsettings().setValue("view/week", "2027-W03")
    window = make_window(context, week=Week(2026, 51), shown=False)
    assert window.week == Week(2026, 51)
    window.close()


def test_an_empty_store_offers_the_sample_fortnight_inside_the_window(
    make_window: MakeWindow, context: AppContext, store: Store, prompts: ScriptedPrompts
) -> None:
    window = make_window(context, week=Week(2027, 10), shown=False)
    window.show()
    window.attach_store(store)
    assert prompts.shown == []  # no question before or over the window
    [panel] = window.week_view.findChildren(StartPanel)
    assert panel.isVisible()
    panel.sample.click()
    assert store.count() == len(sample_fortnight(Week(2026, 49)))
    assert window.week == Week(2026, 49)  # it shows the sample, in the week of today
    assert len(window.warnings_panel.messages()) == 1
    assert not panel.isVisible()
    # One undo takes the whole sample away again.
    assert window.window_actions.undo.text() == "Undo Load Sample Fortnight"
    window.window_actions.undo.trigger()
    assert store.count() == 0
    assert panel.isVisible()
    window.close()


def test_a_store_with_posts_is_not_offered_anything(
    make_window: MakeWindow, context: AppContext, store: Store, prompts: ScriptedPrompts
) -> None:
    store.add_many(sample_fortnight(Week(2026, 49))[:1])
    window = make_window(context, week=None, shown=False)
    window.attach_store(store)
    assert prompts.shown == []
    window.close()


def test_a_bad_store_at_start_is_named_and_nothing_crashes(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, window_settings: Path
) -> None:
    bad = tmp_path / "not-a-plan.db"
    bad.write_bytes(b"this is a shopping list, not a database" * 100)
    prompts = ScriptedPrompts()
    context = AppContext(prompts=prompts, qsettings=qsettings_at(window_settings))
    window = make_window(context, week=None, shown=False)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launch = Launch(app, window, bad, None)
    launch.open_store()
    assert launch.failed and launch.store is None
    assert len(prompts.errors) == 1
    assert str(bad) in prompts.errors[0]
    assert not window.isVisible()
    assert bad.read_bytes().startswith(b"this is a shopping list")  # left untouched
    assert launch.finish(0) == 1
    assert next_loop_runs_its_timers()  # a failed start leaves no request to end it


def run_planner(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_screenshot_writes_the_real_window_as_a_png(db_file: Path, tmp_path: Path) -> None:
    store = open_store(db_file)
    store.add_many(sample_fortnight(Week(2026, 49)))
    store.close()
    shot = tmp_path / "window.png"
    result = run_planner(
        "--db", str(db_file), "--screenshot", str(shot), "--week", "2026-W49", "--size", "1400x900"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1400, 900)
    # Three kinds of cards at least: the three kind colours appear in the picture.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1400, 3) for y in range(0, 900, 3)}
    assert {"#0072b2", "#e69f00", "#d55e00"} <= colours


def test_screenshot_of_a_bad_store_fails_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    result = run_planner("--db", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode != 0
    assert str(bad) in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_the_window_module_does_not_load_the_database_layer() -> None:
    """The window paints before SQLAlchemy is imported; keep it that way."""
    code = (
        "import sys, planner.app, planner.ui.window.main_window, planner.ui.undo.commands;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_whole_window_does_not_load_the_calendar_libraries() -> None:
    """With sharing off, the sync's parts in the window load no calendar library
    (icalendar, caldav): they cost the window about 17 MiB for nothing."""
    code = (
        "import sys, planner.ui.window.completion, planner.ui.sync.install;"
        "heavy = ('icalendar', 'caldav', 'planner.sync.engine');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_first_frame_shows_the_week_and_the_rest_fills_in_without_moving_it(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    store.add_many(sample_fortnight(Week(2026, 49)))
    window = MainWindow(context, week=Week(2026, 49))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.attach_store(store)  # as run_app does: the store before the window shows
    first: dict[str, object] = {}

    def at_first_frame() -> None:
        first["finished"] = window.setup_finished
        first["cards"] = len(window.week_view.shown_ids())
        first["view"] = window.week_view.geometry()
        first["title"] = window.week_bar.title.text()
        first["menus"] = [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu)]
        first["entries"] = len(window.file_menu.actions())

    window.weekPainted.connect(at_first_frame)
    with qtbot.waitSignal(window.weekPainted):
        window.show()
    assert first["finished"] is False
    assert first["cards"] == len(store.posts_in_week(Week(2026, 49)))
    assert first["title"] == "Week 49 · 30 Nov – 6 Dec 2026"
    assert first["menus"] == ["&File", "&Edit", "&View"]  # the menu bar has its height
    assert first["entries"] == 0
    # Right after that frame, with no call from outside: the tray, warnings and menus.
    qtbot.waitUntil(lambda: window.setup_finished)
    QApplication.sendPostedEvents()  # the layout requests the new parts posted
    assert window.week_view.geometry() == first["view"]  # the week did not move
    assert window.ideas_tray.list.count() == len(store.ideas()) > 0
    assert window.warnings_panel.messages()  # the sample's Facebook day
    assert window.window_actions.next_week.shortcuts()
    entries = len(window.file_menu.actions())
    assert entries > 0
    window.finish_setup()  # a second call adds nothing
    assert len(window.file_menu.actions()) == entries
    window.close()


def test_the_window_module_leaves_the_side_panels_and_file_actions_for_later() -> None:
    """What finish_setup builds is not imported for the first frame."""
    later = (
        "planner.ui.panels.ideas_tray",
        "planner.ui.panels.warnings_panel",
        "planner.ui.panels.legend",
        "planner.ui.window.menus",
        "planner.ui.window.file_actions",
        "planner.ui.dialogs.restore_dialog",
        "planner.ui.window.backup_actions",
        "planner.ui.window.completion",
        "planner.printing.pages",
        "planner.ui.dialogs.print_dialogs",
        "planner.ui.dialogs.editor_dialog",
        "planner.core.guard",
        "planner.ui.guard.window_guard",
    )
    code = (
        "import sys, planner.app, planner.ui.window.main_window, planner.ui.window.store_opening;"
        f"print(sorted(m for m in sys.modules if m in {later!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
