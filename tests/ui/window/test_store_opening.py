"""The window at start: every bad store gets a dialog naming the file and what to do, a
second window is refused, a read-only store opens read-only, and the day's snapshot
waits until the plan has painted."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from event_loops import run_queued_zero_timers
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.app import Launch
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import open_store
from planner.store.backups import DAILY, list_snapshots, take_snapshot
from planner.store.lock_owner import lock_owner, lock_path
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow
from planner.ui.window.store_opening import open_for_window

if TYPE_CHECKING:
    from conftest import MakeWindow

TODAY = dt.date(2026, 12, 2)
WEEK = Week(2026, 49)


def post(text: str, day: int = 1) -> Post:
    return Post(
        Platform.X, Kind.SHARED, text, status=Status.DRAFT,
        date=dt.date(2026, 12, day), time=dt.time(9, 0),
    )  # fmt: skip


def planned_store(path: Path, count: int = 3, size: int = 40) -> None:
    with open_store(path) as store:
        store.add_many([post(f"post {i} " + "words " * size, 1 + i % 6) for i in range(count)])


class Started:
    """A window started the way the app starts it: show, then open the store."""

    def __init__(
        self,
        make_window: MakeWindow,
        path: Path,
        prompts: ScriptedPrompts,
        ini: Path,
        before_open: Callable[[MainWindow], None] | None = None,
    ) -> None:
        self.prompts = prompts
        context = AppContext(prompts=prompts, qsettings=qsettings_at(ini), today=lambda: TODAY)
        self.window = make_window(context, week=WEEK)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.launch = Launch(app, self.window, path, None)
        if before_open is not None:
            before_open(self.window)
        self.launch.open_store()
        self.code: int | None = None
        if self.launch.failed:
            self.finish()

    def finish(self) -> int:
        if self.code is None:
            self.code = self.launch.finish(0)
        return self.code


@pytest.fixture
def start(make_window: MakeWindow, tmp_path: Path) -> Iterator[object]:
    started: list[Started] = []

    def starter(
        path: Path, *answers: bool, before_open: Callable[[MainWindow], None] | None = None
    ) -> Started:
        prompts = ScriptedPrompts.replying(*answers)
        one = Started(make_window, path, prompts, tmp_path / "w.ini", before_open)
        started.append(one)
        return one

    yield starter
    for one in started:
        one.finish()


def corrupt_pages(path: Path) -> None:
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    pages = path.stat().st_size // page_size
    assert pages > 20
    noise = random.Random(5)
    with open(path, "r+b") as handle:
        for page in range(pages // 2, pages // 2 + 3):
            handle.seek(page * page_size + 8)
            handle.write(noise.randbytes(page_size - 16))


def test_a_damaged_store_offers_the_newest_good_backup_and_restores_it(
    start, db_file: Path
) -> None:
    planned_store(db_file, count=400, size=30)
    good = take_snapshot(db_file, DAILY, now=dt.datetime(2026, 12, 1, 8, 0))
    newer_but_bad = good.with_name("planner.db.daily.20261202T080000")
    newer_but_bad.write_bytes(b"half a copy")  # unreadable: never offered
    corrupt_pages(db_file)
    damaged = db_file.read_bytes()

    started = start(db_file, True)

    (question,) = started.prompts.questions
    assert str(db_file) in question and "damaged" in question
    assert "Tue 1 Dec 2026 08:00" in question and "400 posts" in question
    assert started.launch.store is not None and started.launch.store.count() == 400
    assert started.window.isVisible() and not started.launch.failed
    assert len(started.window.week_view.shown_ids()) > 0
    kept = [
        file
        for file in (db_file.parent / "backups").glob("planner.db.damaged.*")
        if not file.name.endswith(("-wal", "-shm"))  # its side files go with it
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert [s.title for s in started.prompts.of("info")] == ["Backup Restored"]


def test_declining_the_backup_leaves_the_file_and_says_what_to_do(start, db_file: Path) -> None:
    planned_store(db_file, count=400, size=30)
    take_snapshot(db_file, DAILY)
    corrupt_pages(db_file)
    damaged = db_file.read_bytes()
    started = start(db_file, False)
    assert len(started.prompts.questions) == 1
    (error,) = started.prompts.errors
    assert str(db_file) in error and "planner restore" in error
    assert started.launch.failed and not started.window.isVisible()
    assert db_file.read_bytes() == damaged
    assert not lock_path(db_file).exists()  # the lock went with the window


def test_a_file_that_is_no_longer_a_database_is_offered_its_backup(start, db_file: Path) -> None:
    planned_store(db_file)
    take_snapshot(db_file, DAILY)
    Path(f"{db_file}-wal").unlink(missing_ok=True)
    db_file.write_text("overwritten by a spreadsheet export\n" * 50)
    started = start(db_file, True)
    assert "not a planner store any more" in started.prompts.questions[0]
    assert started.launch.store is not None and started.launch.store.count() == 3


def test_a_store_from_a_newer_version_is_refused_with_what_to_do(start, db_file: Path) -> None:
    planned_store(db_file)
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_file.read_bytes()
    started = start(db_file)
    assert started.prompts.questions == []  # no backup is offered over a newer plan
    (error,) = started.prompts.errors
    assert str(db_file) in error and "Update the app" in error
    assert started.launch.failed and db_file.read_bytes() == before


SECOND_WINDOW = """
import sys
from planner.cli.entry import main
sys.exit(main(["--db", sys.argv[1]]))
"""


@contextmanager
def window_in_another_process(db_file: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A real planner window (offscreen) in its own process, holding the store."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    other = subprocess.Popen([sys.executable, "-c", SECOND_WINDOW, str(db_file)], env=env)
    try:
        deadline = time.monotonic() + 30
        while lock_owner(db_file) != other.pid:
            assert other.poll() is None, "the other window exited"
            assert time.monotonic() < deadline, "the other window never took the lock"
            time.sleep(0.05)
        yield other
    finally:
        other.kill()
        other.wait()


def test_a_second_window_on_the_same_store_is_refused(start, db_file: Path) -> None:
    planned_store(db_file)
    with window_in_another_process(db_file) as other:
        started = start(db_file)
        (error,) = started.prompts.errors
        assert str(db_file) in error and "already open in another" in error
        assert f"process {other.pid}" in error
        assert started.launch.failed and started.launch.store is None
        other.send_signal(signal.SIGKILL)  # the other window crashes...
        other.wait()
    assert lock_path(db_file).exists() and lock_owner(db_file) is None
    again = start(db_file)  # ...and its stale lock does not keep the plan closed
    assert again.prompts.errors == [] and again.launch.store is not None
    assert lock_owner(db_file) == os.getpid()
    assert stat.S_IMODE(lock_path(db_file).stat().st_mode) == 0o600
    again.finish()
    assert not lock_path(db_file).exists()


def test_two_windows_in_one_process_are_refused_too(tmp_path: Path, db_file: Path) -> None:
    planned_store(db_file)
    first = open_for_window(db_file, ScriptedPrompts())
    try:
        assert first.store is not None
        second = open_for_window(db_file, ScriptedPrompts())
        assert second.store is None and "already open" in second.failure
    finally:
        assert first.store is not None
        first.store.close()
        first.release()
    third = open_for_window(db_file, ScriptedPrompts())
    assert third.store is not None
    third.store.close()
    third.release()


@contextmanager
def made_read_only(path: Path) -> Iterator[None]:
    """chmod a-w, and as root also chattr +i: root ignores the write bits."""
    old = stat.S_IMODE(path.stat().st_mode)
    path.chmod(old & ~0o222)
    pinned = False
    if os.geteuid() == 0 and shutil.which("chattr"):
        pinned = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
    try:
        yield
    finally:
        if pinned:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(old)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_store_opens_read_only_with_a_banner_and_no_editing(
    start, qtbot: QtBot, tmp_path: Path, what: str
) -> None:
    db_file = tmp_path / "shared" / "planner.db"
    db_file.parent.mkdir()
    planned_store(db_file)
    before = db_file.read_bytes()
    target = db_file if what == "file" else db_file.parent
    with made_read_only(target):
        assert not os.access(target, os.W_OK) or os.geteuid() == 0
        started = start(db_file)
        window = started.window
        store = started.launch.store
        assert store is not None and store.read_only
        (notice,) = started.prompts.of("info")
        assert str(db_file) in notice.message and "read-only" in notice.message
        assert window.banner.isVisible() and str(db_file) in window.banner.text()
        assert not window.window_actions.new_post.isEnabled()
        assert not window.window_actions.settings.isEnabled()
        window.file_menu.aboutToShow.emit()
        assert not window.backup_actions.restore_action.isEnabled()
        assert not window.week_view.acceptDrops() and not window.ideas_tray.acceptDrops()
        qtbot.waitUntil(lambda: window.week_painted)
        run_queued_zero_timers(qtbot)  # the day's snapshot, queued by that paint
        started.launch.daily_snapshot()  # nothing to keep: the plan cannot change
        assert not (db_file.parent / "backups").exists()
        if what == "folder":
            assert not lock_path(db_file).exists()
        started.finish()
    assert db_file.read_bytes() == before


def test_the_days_snapshot_is_taken_after_the_plan_has_painted(
    start, qtbot: QtBot, db_file: Path
) -> None:
    planned_store(db_file)
    seen_at_paint: list[int] = []

    def watch(window: MainWindow) -> None:
        window.weekPainted.connect(lambda: seen_at_paint.append(len(list_snapshots(db_file))))

    started = start(db_file, before_open=watch)
    qtbot.waitUntil(lambda: len(list_snapshots(db_file)) == 1, timeout=5000)
    assert seen_at_paint == [0]  # the paint came first
    (taken,) = list_snapshots(db_file)
    assert taken.reason == DAILY and taken.posts == 3
    assert taken.taken.date() == TODAY
    started.finish()
    again = start(db_file)
    qtbot.waitUntil(lambda: again.window.week_painted)
    run_queued_zero_timers(qtbot)  # the day's snapshot, queued by that paint
    assert len(list_snapshots(db_file)) == 1  # one a day
    assert again.prompts.errors == []


def test_a_daily_backup_that_cannot_be_made_says_why_in_plain_words(db_file: Path) -> None:
    from planner.store.snapshot_names import backups_dir
    from planner.ui.window.store_opening import take_daily_snapshot

    store = open_store(db_file)
    try:
        store.add_many([Post(Platform.FACEBOOK, Kind.ORIGINAL, "Open late", status=Status.IDEA)])
        backups_dir(db_file).write_text("a file where the backups folder goes")
        prompts = ScriptedPrompts()
        assert take_daily_snapshot(store, dt.date(2026, 12, 2), prompts) is None
        (message,) = prompts.errors
        assert "part of the folder path is a file, not a folder" in message
        assert "Errno" not in message
        assert store.count() == 1  # the plan itself is untouched
    finally:
        store.close()
