"""Sync in the window, against a real Radicale: on demand and in the background, off the
GUI thread, with the last sync in the status bar and every change in the log."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from radicale_server import PASSWORD, RadicaleServer, make_calendar, plain_calendar
from sharing_helpers import turn_sharing_on

from planner.core.domain import Kind, Platform, Post
from planner.store import Store, open_store
from planner.sync.client import CalendarConnection
from planner.sync.engine import sync
from planner.sync.sharing import SyncResult, account_for, practice_zone
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.sync.controller import SyncController
from planner.ui.sync.log_dialog import SyncLogDialog
from planner.ui.window.main_window import MainWindow

TUESDAY = dt.date(2026, 12, 1)  # in the window's week, 2026-W49
pytestmark = pytest.mark.usefixtures("password")


def controller_of(window: MainWindow) -> SyncController:
    found = window.findChild(SyncController)
    assert isinstance(found, SyncController)
    return found


def every_dated_post(store: Store) -> list[Post]:
    return store.posts_between(dt.date(1900, 1, 1), dt.date(2200, 12, 31))


def sync_store(store: Store) -> None:
    settings = store.settings()
    with CalendarConnection(account_for(settings, PASSWORD)) as connection:
        sync(store, connection, zone_name=practice_zone(settings))


def sync_now(qtbot: QtBot, controller: SyncController) -> SyncResult:
    """Sync → Sync Now, and what it did once it is done."""
    with qtbot.waitSignal(controller.finished, timeout=20_000) as done:
        controller.sync_action.trigger()
    result = done.args[0]
    assert isinstance(result, SyncResult)
    return result


def synced_window(
    qtbot: QtBot, window: MainWindow, store: Store, calendar: tuple[str, str]
) -> tuple[SyncController, SyncResult]:
    """The window with sharing on and its first sync done."""
    turn_sharing_on(store, *calendar)
    controller = controller_of(window)
    return controller, sync_now(qtbot, controller)


def wait_for_sync(qtbot: QtBot, controller: SyncController) -> None:
    qtbot.waitUntil(lambda: not controller.busy, timeout=20_000)


@pytest.fixture
def changed_at_home(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    shared_calendar: tuple[str, str],
) -> Iterator[tuple[SyncController, Post]]:
    """The window synced; then the plan at home (another store on the same calendar)
    synced too, changed a Tuesday post to "Changed at home" and sent it. The window's
    sync and its copy of that post."""
    controller, _first = synced_window(qtbot, window, store, shared_calendar)
    post = next(p for p in store.posts_in_week(window.week) if p.date == TUESDAY)
    home = open_store(tmp_path / "home.db")
    turn_sharing_on(home, *shared_calendar)
    sync_store(home)
    there = next(p for p in every_dated_post(home) if p.uid == post.uid)
    home.apply_changes([(there, there.with_changes(text="Changed at home"))])
    sync_store(home)
    yield controller, post
    home.close()


def test_sync_now_sends_receives_and_shows_when(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    shared_calendar: tuple[str, str],
) -> None:
    home = open_store(tmp_path / "home.db")
    turn_sharing_on(home, *shared_calendar)
    home.add(Post(Platform.X, Kind.SHARED, "Written at home", date=TUESDAY, time=dt.time(18, 0)))
    sync_store(home)
    turn_sharing_on(store, *shared_calendar)
    controller = controller_of(window)
    controller.show_state()
    assert controller.status.isVisible() and controller.status.text() == "Not synced yet"

    dated = len(every_dated_post(store))
    result = sync_now(qtbot, controller)
    assert (result.sent, result.received, result.conflicts) == (dated, 1, 0)
    assert "Written at home" in {p.text for p in window.posts.values()}  # on screen
    assert controller.status.text().startswith("Synced ")
    assert window.statusBar().currentMessage() == result.summary()
    sync_store(home)
    assert len(home.posts_in_week(window.week)) == len(store.posts_in_week(window.week))
    home.close()


def test_the_network_runs_off_the_gui_thread_and_the_gui_keeps_going(
    qtbot: QtBot, window: MainWindow, store: Store, shared_calendar: tuple[str, str]
) -> None:
    turn_sharing_on(store, *shared_calendar)
    controller = controller_of(window)
    release = threading.Event()
    threads: list[str] = []

    def slow_server(method: str, url: str) -> None:
        threads.append(threading.current_thread().name)
        release.wait(10)  # every request waits until the test lets it go

    controller.connection_options = {"on_request": slow_server}
    ticks: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start(10)
    controller.sync_action.trigger()
    qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
    qtbot.wait(200)  # the first request is held: the GUI runs on meanwhile
    assert controller.busy and len(ticks) >= 5
    window.show_next_week()  # and still takes edits and clicks
    window.show_previous_week()
    release.set()
    wait_for_sync(qtbot, controller)
    ticker.stop()
    assert threading.main_thread().name not in threads


def test_the_background_sync_brings_changes_in_on_its_own(
    qtbot: QtBot, window: MainWindow, changed_at_home: tuple[SyncController, Post]
) -> None:
    controller, _post = changed_at_home
    controller.timer.setInterval(50)  # "every few minutes", made quick
    qtbot.waitUntil(
        lambda: "Changed at home" in {p.text for p in window.posts.values()}, timeout=20_000
    )


def test_a_post_edited_here_while_the_sync_ran_is_never_written_over(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    changed_at_home: tuple[SyncController, Post],
) -> None:
    controller, post = changed_at_home

    release = threading.Event()
    controller.connection_options = {"on_request": lambda m, u: release.wait(10)}
    controller.sync_action.trigger()
    qtbot.wait(100)
    # While the sync is out, the window edits the same post (through its undo stack).
    window.edits.edit_post(post.id)
    editor = window.dialog
    assert editor is not None
    editor.text_edit.setPlainText("The window's words")  # type: ignore[attr-defined]
    editor.accept()
    release.set()
    with qtbot.waitSignal(controller.finished, timeout=20_000) as done:
        pass
    assert done.args[0].conflicts == 1
    texts = {p.text for p in [*store.posts_in_week(window.week), *store.ideas()]}
    assert {"Changed at home", "The window's words"} <= texts  # both kept, one as a copy


def test_the_sync_log_opens_from_the_tools_menu(
    qtbot: QtBot, window: MainWindow, store: Store, shared_calendar: tuple[str, str]
) -> None:
    controller, _first = synced_window(qtbot, window, store, shared_calendar)
    assert controller.log_action in window.tools_menu.actions()
    controller.log_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SyncLogDialog)
    assert dialog.table.rowCount() == len(every_dated_post(store))
    assert dialog.table.item(0, 1).text() == "Sent to the calendar (new)"
    assert "On this computer:" in dialog.detail.toPlainText()
    assert "  text: " in dialog.detail.toPlainText()
    dialog.reject()


def test_a_server_that_cannot_be_reached_is_said_once_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    prompts: ScriptedPrompts,
    radicale_server: RadicaleServer,
) -> None:
    make_calendar(radicale_server.url, "plan")
    turn_sharing_on(store, radicale_server.url, "plan")
    radicale_server.stop()
    controller = controller_of(window)
    before = store.posts_in_week(window.week)
    with qtbot.waitSignal(controller.failed, timeout=20_000) as failed:
        controller.sync_action.trigger()
    assert failed.args[0].startswith("cannot reach the calendar server at ")
    assert prompts.errors == [failed.args[0][0].upper() + failed.args[0][1:]]
    assert controller.status.text() == "Sync failed · not synced yet"
    assert store.posts_in_week(window.week) == before
    # In the background the same failure only shows in the status bar.
    controller.sync_in_background()
    wait_for_sync(qtbot, controller)
    assert len(prompts.errors) == 1


def test_a_wiped_calendar_is_refused_and_start_over_is_offered(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    prompts: ScriptedPrompts,
    shared_calendar: tuple[str, str],
) -> None:
    controller, first = synced_window(qtbot, window, store, shared_calendar)
    for event in plain_calendar(*shared_calendar).events():
        event.delete()
    before = every_dated_post(store)
    prompts.extend([True])  # "Start over now?" Yes.
    again = sync_now(qtbot, controller)
    (question,) = prompts.questions
    assert "holds none of the" in question and question.endswith("Start over now?")
    assert again.sent == first.sent  # the plan went back, whole
    assert every_dated_post(store) == before
