"""The editor's note for a time the clocks skip or pass twice, in the practice's zone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.store import Store
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.wall_clock_note import WallClockNote
from planner.ui.window.main_window import MainWindow

SHOTS = Path("/work/tmp/roundtrip")


def edit(window: MainWindow, store: Store, day: dt.date, at: dt.time) -> PostEditor:
    saved = store.add(Post(Platform.FACEBOOK, Kind.ORIGINAL, "Clocks go forward tonight",
                           Status.SCHEDULED, day, at))  # fmt: skip
    window.refresh()
    window.edits.edit_post(saved.id or 0)
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    return editor


def note_of(editor: PostEditor) -> str | None:
    (note,) = [s for s in editor.sections if isinstance(s, WallClockNote)]
    return note.label.text() if note.widget.isVisibleTo(editor) else None


def test_a_skipped_time_is_named_and_the_time_after_the_gap_offered(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.save_settings(Settings(timezone="Europe/London"))
    editor = edit(window, store, dt.date(2027, 3, 28), dt.time(1, 30))
    assert note_of(editor) == (
        "01:30 on Sun 28 Mar 2027 does not exist in Europe/London (clocks go forward); "
        "02:30 is the time after the gap."
    )
    if SHOTS.is_dir():
        editor.grab().save(str(SHOTS / "editor-clock-change.png"))
    (note,) = [s for s in editor.sections if isinstance(s, WallClockNote)]
    assert note.use_after.text() == "Use 02:30"  # type: ignore[attr-defined]
    qtbot.mouseClick(note.use_after, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert editor.time_edit.time() == QTime(2, 30)
    assert note_of(editor) is None


def test_a_doubled_time_is_named_and_a_normal_one_is_not(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    store.save_settings(Settings(timezone="Europe/London"))
    editor = edit(window, store, dt.date(2026, 10, 25), dt.time(1, 30))
    assert note_of(editor) == (
        "01:30 on Sun 25 Oct 2026 happens twice in Europe/London (clocks go back); "
        "the first one is used."
    )
    (note,) = [s for s in editor.sections if isinstance(s, WallClockNote)]
    assert not note.use_after.isVisibleTo(editor)  # type: ignore[attr-defined]
    editor.date_edit.setDate(QDate(2026, 10, 26))
    assert note_of(editor) is None
    editor.reject()


@pytest.mark.parametrize(
    ("zone", "tz", "shown"),
    [("", "America/New_York", False), ("", "Europe/London", True),
     ("Asia/Tokyo", "Europe/London", False)],
)  # fmt: skip
def test_the_practice_zone_decides(
    window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch,
    zone: str, tz: str, shown: bool,
) -> None:  # fmt: skip
    monkeypatch.setenv("TZ", tz)
    store.save_settings(Settings(timezone=zone))
    editor = edit(window, store, dt.date(2027, 3, 28), dt.time(1, 30))
    assert (note_of(editor) is not None) is shown
