"""The window's first frame shows the week of a store whose pages are not checked yet;
the check runs right after that paint, and nothing is written before it has passed.
A store the check finds damaged gets the same offer of its backup as at opening."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from event_loops import next_loop_runs_its_timers
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.app import Launch
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import StoreError, open_store
from planner.store.backups import DAILY, take_snapshot
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at

if TYPE_CHECKING:
    from conftest import MakeWindow

TODAY = dt.date(2026, 12, 2)
WEEK = Week(2026, 49)


def post(text: str, day: dt.date) -> Post:
    return Post(Platform.X, Kind.SHARED, text, status=Status.DRAFT, date=day, time=dt.time(9, 0))


def plan_with_history(path: Path) -> None:
    """Three posts in WEEK, written first, then a year of older posts after them."""
    with open_store(path) as store:
        store.add_many(
            [post(f"this week {i}", WEEK.monday + dt.timedelta(days=i)) for i in range(3)]
        )
        older = [
            post(f"older {i} " + "words " * 30, dt.date(2025, 1, 1) + dt.timedelta(days=i % 300))
            for i in range(600)
        ]
        store.add_many(older)


def damage_older_posts(path: Path) -> None:
    """Noise over a few of the post table's pages that hold older posts only: the
    week's reads (its rows, the ideas and the count, by the date index) never touch
    them, so only the check of every page finds the damage."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'post' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    conn.close()
    assert len(leaves) > 20
    noise = random.Random(11)
    with open(path, "r+b") as handle:
        for page in leaves[len(leaves) // 2 : len(leaves) // 2 + 3]:
            handle.seek((page - 1) * page_size + 8)
            handle.write(noise.randbytes(page_size - 16))


def launched(make_window: MakeWindow, path: Path, tmp_path: Path, *answers: bool) -> Launch:
    """Open the store before the window shows, as ``run_app`` does."""
    prompts = ScriptedPrompts.replying(*answers)
    context = AppContext(
        prompts=prompts, qsettings=qsettings_at(tmp_path / "w.ini"), today=lambda: TODAY
    )
    window = make_window(context, week=WEEK, shown=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launch = Launch(app, window, path, None)
    launch.open_store(check_pages=False)
    return launch


def test_the_week_shows_first_and_edits_wait_for_the_check(
    qtbot: QtBot, make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    plan_with_history(db_file)
    launch = launched(make_window, db_file, tmp_path)
    window, store = launch.window, launch.store
    assert store is not None and not store.pages_checked
    assert len(window.week_view.shown_ids()) == 3  # read before the check
    assert window.context.read_only and not window.week_view.acceptDrops()
    assert not window.window_actions.new_post.isEnabled()
    with pytest.raises(StoreError, match="not been checked"):
        store.add(post("too early", WEEK.monday))
    with qtbot.waitSignal(window.weekPainted):
        window.show()
    qtbot.waitUntil(lambda: store.pages_checked)  # right after the paint, by itself
    assert not window.context.read_only and window.week_view.acceptDrops()
    assert window.window_actions.new_post.isEnabled()
    qtbot.waitUntil(lambda: launch.preparing is not None)
    assert launch.preparing is not None
    launch.preparing.join(timeout=30)
    assert launch.finish(0) == 0


def test_damage_found_after_the_paint_offers_the_backup(
    qtbot: QtBot, make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    plan_with_history(db_file)
    take_snapshot(db_file, DAILY, now=dt.datetime(2026, 12, 1, 8, 0))
    damage_older_posts(db_file)
    damaged = db_file.read_bytes()
    launch = launched(make_window, db_file, tmp_path, True)
    window, prompts = launch.window, launch.window.context.prompts
    assert isinstance(prompts, ScriptedPrompts)
    assert launch.store is not None and prompts.questions == []  # the week read fine
    window.show()
    qtbot.waitUntil(lambda: len(prompts.questions) == 1)
    assert str(db_file) in prompts.questions[0] and "damaged" in prompts.questions[0]
    restored = launch.store
    assert restored is not None and restored.pages_checked and not launch.failed
    assert restored.count() == 603 and len(window.week_view.shown_ids()) == 3
    assert not window.context.read_only  # the restored plan can be edited
    kept = list((db_file.parent / "backups").glob("planner.db.damaged.*"))
    assert any(file.read_bytes() == damaged for file in kept)
    assert launch.finish(0) == 0


def test_declining_the_backup_closes_the_window_and_writes_nothing(
    qtbot: QtBot, make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    plan_with_history(db_file)
    take_snapshot(db_file, DAILY)
    damage_older_posts(db_file)
    damaged = db_file.read_bytes()
    launch = launched(make_window, db_file, tmp_path, False)
    prompts = launch.window.context.prompts
    assert isinstance(prompts, ScriptedPrompts)
    launch.window.show()
    qtbot.waitUntil(lambda: launch.failed)
    assert len(prompts.questions) == 1 and "planner restore" in prompts.errors[0]
    assert not launch.window.isVisible() and not launch.window.context.has_store
    assert launch.finish(0) == 1
    assert db_file.read_bytes() == damaged
    assert next_loop_runs_its_timers()  # a failed start leaves no request to end it
