"""The window's file dialogs refuse the store, its side files, lock and backups, by
real path, with one clear message, and write nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import file_window_support
import pytest

from planner.io import csv_format
from planner.ui.dialogs.native_dialogs import SaveChoice, ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.main_window import MainWindow

dialogs = file_window_support.dialogs
window = file_window_support.window

ACTIONS = {
    ".csv": lambda w: w.file_actions.export_week_csv,
    ".pdf": lambda w: w.file_actions.export_pdf,
    ".ics": lambda w: w.file_actions.export_calendar,
}


@pytest.mark.parametrize("suffix", [".csv", ".pdf", ".ics"])
@pytest.mark.parametrize("into", ["planner.db", "planner.db-wal", "planner.db-shm"])
def test_a_chosen_file_that_links_to_a_store_file_is_refused(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    suffix: str,
    into: str,
) -> None:
    link = tmp_path / f"week{suffix}"
    link.symlink_to(tmp_path / into)
    assert (tmp_path / into).exists()  # the open store has its -wal and -shm
    before = (tmp_path / "planner.db").read_bytes()
    dialogs.extend(SaveChoice(link, overwrite_confirmed=True))
    ACTIONS[suffix](window).trigger()
    assert len(prompts.errors) == 1
    message = prompts.errors[0]
    assert message.startswith(f"{link} is the store")
    assert message.endswith("; choose another file. Nothing was written.")
    assert link.is_symlink()
    assert (tmp_path / "planner.db").read_bytes() == before
    assert "Wrote" not in window.statusBar().currentMessage()


def test_a_file_in_the_backups_folder_is_refused(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "planner.db.manual.20261201T090000").write_bytes(b"a snapshot")
    dialogs.extend(backups / "planner.db.manual.20261201T090000.pdf")
    window.file_actions.export_pdf.trigger()
    assert prompts.errors == [
        f"{backups / 'planner.db.manual.20261201T090000.pdf'} is in the store's backups folder "
        f"{backups}; choose another file. Nothing was written."
    ]
    assert sorted(p.name for p in backups.iterdir()) == ["planner.db.manual.20261201T090000"]


def test_printing_to_a_file_that_is_the_store_is_refused(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    link = tmp_path / "printer.pdf"
    link.symlink_to(tmp_path / "planner.db")
    before = (tmp_path / "planner.db").read_bytes()
    dialogs.extend(link)  # the scripted printer prints to this file
    window.file_actions.print.trigger()
    assert len(prompts.errors) == 1
    assert prompts.errors[0].startswith(f"{link} is the store planner.db itself")
    assert (tmp_path / "planner.db").read_bytes() == before


def test_a_raw_os_error_is_one_sentence_naming_the_file(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "week.csv"

    def broken(path: object, data: bytes) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(target))

    monkeypatch.setattr(csv_format, "atomic_write_text", lambda p, t: broken(p, b""))
    dialogs.extend(target)
    window.file_actions.export_week_csv.trigger()
    assert prompts.errors == [f"Cannot use {target}: {os.strerror(errno.EXDEV).lower()}."]
