"""File → Restore from Backup…: the list, the question, the restore and the fresh view;
and a full disk, which shows the error and keeps the edit on screen to retry."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.weeks import Week, date_range_label
from planner.store import Store, open_store
from planner.store.backups import DAILY, PRE_RESTORE, list_snapshots, take_snapshot
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.dialogs.restore_dialog import RestoreDialog
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
TUE = WEEK.days()[1]


def click(qtbot: QtBot, dialog: RestoreDialog) -> None:
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)


def test_the_list_shows_date_posts_and_dates_and_restores_the_chosen_one(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    sample_count = store.count()
    span = store.date_span()
    assert span is not None
    take_snapshot(store, DAILY, now=dt.datetime(2026, 11, 30, 8, 15))
    window.edits.delete_posts([p.id for p in store.posts_in_week(WEEK) if p.id is not None])
    assert window.week_view.shown_ids() == []
    take_snapshot(store, DAILY, now=dt.datetime(2026, 12, 1, 8, 15))

    window.file_menu.aboutToShow.emit()
    assert window.backup_actions.restore_action in window.file_menu.actions()
    assert window.backup_actions.restore_action.isEnabled()
    window.backup_actions.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    rows = [
        [dialog.table.topLevelItem(i).text(c) for c in range(4)]
        for i in range(dialog.table.topLevelItemCount())
    ]
    assert rows[0][:2] == ["Tue 1 Dec 2026, 08:15", "Daily"]
    assert rows[1] == [
        "Mon 30 Nov 2026, 08:15",
        "Daily",
        str(sample_count),
        date_range_label(*span),
    ]
    assert span[0] == WEEK.monday

    prompts.extend([False])  # first thoughts: not now
    dialog.select_row(1)
    click(qtbot, dialog)
    assert "Mon 30 Nov 2026 08:15" in prompts.questions[-1]
    assert window.dialog is dialog and dialog.isVisible()  # nothing happened
    assert window.week_view.shown_ids() == []

    prompts.extend([True])
    click(qtbot, dialog)
    assert window.dialog is None
    restored = window.context.store
    assert restored.count() == sample_count
    assert len(window.week_view.shown_ids()) == len(restored.posts_in_week(WEEK))
    assert window.context.undo_stack.count() == 0  # the old history is gone
    assert "Restored" in window.statusBar().currentMessage()
    # The plan as it was (the week emptied) was kept first, and is in the list.
    kept = [s for s in list_snapshots(restored.path) if s.reason == PRE_RESTORE]
    assert len(kept) == 1 and kept[0].posts == sample_count - len(restored.posts_in_week(WEEK))
    # The window keeps working on the restored store.
    window.edits.delete_posts([restored.posts_in_week(WEEK)[0].id])  # type: ignore[list-item]
    assert restored.count() == sample_count - 1


def test_no_backups_yet_says_where_they_will_be(
    window: MainWindow, prompts: ScriptedPrompts, store: Store
) -> None:
    window.backup_actions.restore_action.trigger()
    assert window.dialog is None
    (notice,) = prompts.of("info")
    assert "no backups" in notice.message and str(store.path.parent / "backups") in notice.message


def test_an_unreadable_snapshot_is_shown_but_cannot_be_chosen(
    window: MainWindow, store: Store
) -> None:
    take_snapshot(store, DAILY, now=dt.datetime(2026, 11, 30, 8, 15))
    broken = store.path.parent / "backups" / "planner.db.daily.20261201T081500"
    broken.write_bytes(b"not a copy at all" * 100)
    window.backup_actions.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.table.topLevelItem(0).text(3).startswith("Unreadable")
    assert not dialog.table.topLevelItem(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.selected() == dialog.snapshots[1]  # the readable one is preselected
    dialog.reject()


# -- a full disk ------------------------------------------------------------------------


class FullDisk:
    """Fill and free the disk under a store.

    Where the test may mount a file system (root, as in the test container), the store
    lives on a 1 MB tmpfs and a filler file takes its last byte: SQLite meets a real
    ENOSPC. Elsewhere SQLite's ``max_page_count`` caps the store at its current size,
    which makes SQLite answer exactly as for a full disk (SQLITE_FULL).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        self.mounted = (
            os.geteuid() == 0
            and subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
                capture_output=True,
            ).returncode
            == 0
        )
        self.store: Store | None = None
        self.filler = folder / "filler"

    def fill(self, store: Store) -> None:
        self.store = store
        if not self.mounted:
            pages = store._raw.execute("PRAGMA page_count").fetchone()[0]
            store._raw.execute(f"PRAGMA max_page_count = {pages}")
            return
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass  # ENOSPC: the disk is full now
        finally:
            os.close(fd)

    def free(self) -> None:
        if not self.mounted:
            assert self.store is not None
            self.store._raw.execute("PRAGMA max_page_count = 1073741823")
            return
        self.filler.unlink()

    def unmount(self) -> None:
        if self.mounted:
            subprocess.run(["umount", str(self.folder)], check=True)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[FullDisk]:
    disk = FullDisk(tmp_path / "small-disk")
    yield disk
    disk.unmount()


def test_a_full_disk_shows_the_error_and_keeps_the_edit_to_retry(
    qtbot: QtBot, make_window: MakeWindow, full_disk: FullDisk, window_settings: Path
) -> None:
    store = open_store(full_disk.folder / "planner.db")
    prompts = ScriptedPrompts()
    context = AppContext(store, prompts=prompts, qsettings=qsettings_at(window_settings))
    try:
        window = make_window(context, store)
        assert prompts.shown == []  # the empty plan asks nothing; its start panel shows
        full_disk.fill(store)
        window.edits.new_post_at(TUE, dt.time(9, 30))
        editor = window.dialog
        assert isinstance(editor, PostEditor)
        text = "Our spring newsletter is out. " * 2000  # ~60,000 characters
        editor.text_edit.setPlainText(text)
        press_ok: Callable[[], None] = lambda: qtbot.mouseClick(  # noqa: E731
            editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        press_ok()
        (error,) = prompts.errors
        assert "disk is full" in error and str(store.path) in error
        assert editor.isVisible() and window.dialog is editor
        assert editor.text_edit.toPlainText() == text  # the edit is still on screen
        assert store.count() == 0 and context.undo_stack.count() == 0
        assert window.save_state.text() == "Not saved"

        full_disk.free()
        press_ok()
        assert window.dialog is None
        assert [p.text for p in store.posts_between(TUE, TUE)] == [text]
        assert context.undo_stack.count() == 1
        window.close()
    finally:
        store.close()
