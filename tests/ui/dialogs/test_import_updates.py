"""The import preview against the plan: updates by uid, unchanged rows, duplicates, the
date order of a re-saved planner file, and a spreadsheet's guesses flagged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import file_window_support
from file_window_support import WEEK, click, open_dialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.csv_format import HEADER
from planner.store import Store
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.dialogs.import_rows import COLUMNS
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.main_window import MainWindow

dialogs = file_window_support.dialogs
window = file_window_support.window
STATE, TEXT = COLUMNS.index("State"), COLUMNS.index("Text")
SHOTS = Path("/work/tmp/roundtrip")


def preview(window: MainWindow, dialogs: ScriptedDialogs, path: Path) -> ImportDialog:
    dialogs.extend(path)
    window.file_actions.import_csv.trigger()
    dialog = open_dialog(window)
    assert isinstance(dialog, ImportDialog)
    return dialog


def states(dialog: ImportDialog) -> list[str]:
    return [str(dialog.model.index(r, STATE).data()) for r in range(dialog.model.rowCount())]


def save_shot(dialog: ImportDialog, name: str) -> None:
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / name))


def test_a_week_brought_back_from_a_spreadsheet_updates_it_in_one_undo_step(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    store.add(Post(Platform.X, Kind.SHARED, "Ref 0012345", Status.DRAFT, WEEK.monday,
                   dt.time(7, 45), notes="0012345"))  # fmt: skip
    window.refresh()
    before = store.posts_in_week(WEEK)
    dialogs.extend(tmp_path / "week.csv")
    prompts.extend([True])  # the guard reads "Ref 0012345" as a record number: export anyway
    window.file_actions.export_week_csv.trigger()
    assert prompts.questions[-1].startswith("1 post of Week 49")
    exported = (tmp_path / "week.csv").read_text(encoding="utf-8-sig")
    lines = exported.splitlines()
    last = before[-1]
    assert lines[-1].endswith(last.uid) and "\n" not in last.text
    # The spreadsheet re-typed the number; its user edited one text and typed a row again.
    edited = exported.replace(",0012345,", ",12345,").replace(last.text, "Edited in Calc")
    again = lines[-2].rsplit(",", 1)[0] + ","  # the post before the last, without its uid
    (tmp_path / "back.csv").write_text(edited + again + "\r\n", encoding="utf-8")

    undo_steps = window.context.undo_stack.count()
    dialog = preview(window, dialogs, tmp_path / "back.csv")
    found = states(dialog)
    mine = next(n for n, p in enumerate(before) if p.text == "Ref 0012345")
    assert found[mine] == "Update: notes (check it)"
    assert found[len(before) - 1] == "Update: text"
    assert found[len(before)] == "Duplicate, skipped"
    assert found.count("Unchanged") == len(before) - 2
    flagged = dialog.model.index(mine, STATE)
    assert flagged.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert flagged.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Row {mine + 2}: notes was '0012345'; the notes '0012345' would become '12345': "
        "a spreadsheet may have dropped its leading zeros"
    )
    assert dialog.model.index(len(before), STATE).data(Qt.ItemDataRole.BackgroundRole) is None
    summary = dialog.summary.text().splitlines()
    unchanged = len(before) - 2
    assert summary[0].endswith(f": 0 new, 2 updated, {unchanged} unchanged, 1 duplicate skipped.")
    assert summary[1] == ("Check 1 highlighted row: a spreadsheet may have changed what it shows.")
    assert dialog.import_button.text() == "Import 2 Posts"
    save_shot(dialog, "import-preview-updates.png")
    click(qtbot, dialog.import_button)

    after = store.posts_in_week(WEEK)
    assert len(after) == len(before)  # nothing doubled
    changed = {p.id: p for p in after}
    assert changed[last.id].text == "Edited in Calc"
    assert changed[last.id].uid == last.uid
    (number,) = [p for p in after if p.text == "Ref 0012345"]
    assert number.notes == "12345"
    assert window.context.undo_stack.count() == undo_steps + 1
    window.window_actions.undo.trigger()  # one step puts both back
    assert store.posts_in_week(WEEK) == before
    window.window_actions.redo.trigger()
    assert store.posts_in_week(WEEK) == after


def test_the_same_file_twice_has_nothing_to_import(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.extend(tmp_path / "week.csv")
    window.file_actions.export_week_csv.trigger()
    count = store.count()
    dialog = preview(window, dialogs, tmp_path / "week.csv")
    assert set(states(dialog)) == {"Unchanged"}
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text().splitlines()[-1] == (
        "Every post of the file is already in the plan: nothing to import."
    )
    click(qtbot, dialog.import_button)
    assert store.count() == count


def test_a_planner_file_with_dates_either_way_asks_the_order(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    typed = tmp_path / "typed.csv"
    typed.write_text(
        ";".join(HEADER) + "\n03/04/27;9:00:00 AM;;x;shared;draft;Spring;;;\n"
        "05/06/2027;2:30 PM;;x;shared;draft;Summer;;;\n",
        encoding="utf-8",
    )
    dialog = preview(window, dialogs, typed)
    assert dialog.options.isVisibleTo(dialog)
    assert not dialog.platform_box.isVisibleTo(dialog)  # only Hootsuite files need those
    assert dialog.dmy_radio.isVisibleTo(dialog)
    assert dialog.dmy_radio.text() == "Day first (dd/mm/yyyy): 03/04/27 is Sat 3 Apr 2027"
    assert set(states(dialog)) == {"Waiting for the choices above"}
    assert dialog.summary.text() == "Choose the date order above; then every row is checked."
    assert not dialog.import_button.isEnabled()
    save_shot(dialog, "import-preview-date-order.png")
    click(qtbot, dialog.mdy_radio)
    assert states(dialog) == ["New", "New"]
    click(qtbot, dialog.import_button)
    posts = store.posts_between(dt.date(2027, 3, 4), dt.date(2027, 5, 6))
    assert [(p.date, p.time, p.text) for p in posts] == [
        (dt.date(2027, 3, 4), dt.time(9, 0), "Spring"),
        (dt.date(2027, 5, 6), dt.time(14, 30), "Summer"),
    ]
