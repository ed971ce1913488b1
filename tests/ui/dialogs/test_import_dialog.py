"""Import CSV… from the window: the preview, the choices a Hootsuite file needs, a bad row
that stops everything, and the whole import as one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import file_window_support
import pytest
from file_window_support import WEEK, click, open_dialog, unsaved
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.dialogs.import_rows import COLUMNS
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.main_window import MainWindow

# The window over the sample fortnight with scripted file dialogs, as the export tests use.
dialogs = file_window_support.dialogs
window = file_window_support.window

HEADER = "date,time,weekday,platform,kind,status,text,link,notes"
# No day above 12: 03/04 is 3 April or 4 March, 05/06 is 5 June or 6 May.
AMBIGUOUS = (
    '03/04/2026 09:00,"Spring check-ups: book now, spaces are going",https://example.org/book\r\n'
    "05/06/2026 14:30,Meet our new hygienist\r\n"
)
DATE, TIME, TEXT = COLUMNS.index("Date"), COLUMNS.index("Time"), COLUMNS.index("Text")


def preview(window: MainWindow, dialogs: ScriptedDialogs, path: Path) -> ImportDialog:
    dialogs.extend(path)
    window.file_actions.import_csv.trigger()
    dialog = open_dialog(window)
    assert isinstance(dialog, ImportDialog)
    return dialog


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def choose(dialog: ImportDialog, platform: Platform, kind: Kind) -> None:
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData(platform.value))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind.value))


def test_the_csv_round_trip_through_the_window_is_one_undo_step(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    store.add(
        Post(Platform.X, Kind.SHARED, "=1+1 is how 'tis done,\nsaid the dentist", Status.DRAFT,
             WEEK.monday, dt.time(7, 45), "https://example.org/a,b", "'quoted' notes")
    )  # fmt: skip
    window.refresh()
    before = store.posts_in_week(WEEK)
    dialogs.extend(tmp_path / "week.csv")
    window.file_actions.export_week_csv.trigger()
    window.edits.delete_posts([p.id for p in before if p.id is not None])
    assert store.posts_in_week(WEEK) == []
    others = store.count()

    dialog = preview(window, dialogs, tmp_path / "week.csv")
    assert dialog.layout_label.text() == (
        f"Found: Social Media Planner CSV (with header), {len(before)} rows."
    )
    assert not dialog.options.isVisibleTo(dialog)  # nothing to ask for our own format
    assert dialog.model.rowCount() == len(before)
    assert {cell(dialog, r, 1) for r in range(len(before))} == {"New"}
    assert store.posts_in_week(WEEK) == []  # nothing written by the preview
    assert dialog.import_button.text() == f"Import {len(before)} Posts"
    click(qtbot, dialog.import_button)

    after = store.posts_in_week(WEEK)
    assert unsaved(after) == unsaved(before)
    assert window.dialog is None
    assert window.window_actions.undo.text() == f"Undo Import {len(before)} posts from week.csv"
    assert sorted(window.week_view.selected_ids()) == sorted(p.id for p in after)
    assert list(store.path.parent.glob("backups/planner.db.pre-import.*"))  # a copy first

    window.window_actions.undo.trigger()  # one step takes the whole file out
    assert store.posts_in_week(WEEK) == []
    assert store.count() == others
    window.window_actions.redo.trigger()
    assert store.posts_in_week(WEEK) == after  # back with the same ids


@pytest.mark.parametrize(
    ("order", "days"),
    [("dmy", [dt.date(2026, 4, 3), dt.date(2026, 6, 5)]),
     ("mdy", [dt.date(2026, 3, 4), dt.date(2026, 5, 6)])],
)  # fmt: skip
def test_a_hootsuite_file_lands_on_the_days_of_the_order_chosen(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    order: str,
    days: list[dt.date],
) -> None:
    (tmp_path / "bulk.csv").write_text(AMBIGUOUS, encoding="utf-8")
    dialog = preview(window, dialogs, tmp_path / "bulk.csv")
    assert dialog.layout_label.text() == (
        "Found: Hootsuite bulk file (no header; dates could be day/month/year or "
        "month/day/year), 2 rows."
    )
    # Until everything is chosen the rows wait, as the file has them, and Import is off.
    assert cell(dialog, 0, 1) == "Waiting for the choices above"
    assert (cell(dialog, 0, DATE), cell(dialog, 0, TIME)) == ("03/04/2026", "09:00")
    assert not dialog.import_button.isEnabled()
    assert dialog.dmy_radio.text() == "Day first (dd/mm/yyyy): 03/04/2026 is Fri 3 Apr 2026"
    assert dialog.mdy_radio.text() == "Month first (mm/dd/yyyy): 03/04/2026 is Wed 4 Mar 2026"

    choose(dialog, Platform.FACEBOOK, Kind.ORIGINAL)
    assert not dialog.import_button.isEnabled()  # the date order is still open
    assert dialog.summary.text() == "Choose the date order above; then every row is checked."
    # Both orders, live: the preview re-reads the file at each click.
    click(qtbot, dialog.dmy_radio)
    assert [cell(dialog, r, DATE) for r in (0, 1)] == ["Fri 3 Apr 2026", "Fri 5 Jun 2026"]
    click(qtbot, dialog.mdy_radio)
    assert [cell(dialog, r, DATE) for r in (0, 1)] == ["Wed 4 Mar 2026", "Wed 6 May 2026"]
    click(qtbot, dialog.dmy_radio if order == "dmy" else dialog.mdy_radio)
    assert cell(dialog, 1, TIME) == "14:30"
    assert cell(dialog, 0, TEXT) == "Spring check-ups: book now, spaces are going"
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)

    imported = store.posts_between(min(days), max(days))
    assert [p.date for p in imported] == days
    assert [p.time for p in imported] == [dt.time(9, 0), dt.time(14, 30)]
    assert {(p.platform, p.kind, p.status) for p in imported} == {
        (Platform.FACEBOOK, Kind.ORIGINAL, Status.SCHEDULED)
    }
    assert imported[0].link == "https://example.org/book"
    assert window.week == Week.containing(days[0])  # the window shows where they landed


def test_a_hootsuite_file_with_a_day_above_12_asks_no_date_order(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    bulk = tmp_path / "bulk.csv"
    bulk.write_text("25/12/2026 10:00,Merry Christmas from the team\n", encoding="utf-8")
    dialog = preview(window, dialogs, bulk)
    assert "day/month/year dates" in dialog.layout_label.text()
    assert not dialog.dmy_radio.isVisibleTo(dialog)
    choose(dialog, Platform.INSTAGRAM, Kind.ORIGINAL)
    assert cell(dialog, 0, DATE) == "Fri 25 Dec 2026"
    click(qtbot, dialog.import_button)
    assert [p.text for p in store.posts_between(dt.date(2026, 12, 25), dt.date(2026, 12, 25))] == [
        "Merry Christmas from the team"
    ]


def test_a_file_with_a_bad_row_writes_nothing_and_says_which_row_and_why(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"{HEADER}\r\n"
        "2026-12-01,09:00,Tuesday,facebook,original,scheduled,Flu clinic Saturday,,\r\n"
        "2026-12-02,10:00,Wednesday,x,promo,scheduled,Book a check-up,,\r\n"
        "2026-12-03,11:00,Thursday,linkedin,shared,draft,Team news,,\r\n",
        encoding="utf-8",
    )
    count, undo_steps = store.count(), window.context.undo_stack.count()
    dialog = preview(window, dialogs, bad)
    assert not dialog.import_button.isEnabled()
    reason = "unknown kind 'promo'; use one of original, shared, promotional"
    assert dialog.summary.text().splitlines() == [
        "Nothing can be imported: 1 of 3 rows has a problem (highlighted). "
        "Fix the file, save it and import it again.",
        f"Row 3: {reason}",
    ]
    states = [cell(dialog, r, 1) for r in range(3)]
    assert states == ["OK", reason, "OK"]
    bad_row = dialog.model.index(1, 1)
    assert bad_row.data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert dialog.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert bad_row.data(Qt.ItemDataRole.ToolTipRole) == f"Row 3: {reason}"
    assert dialog.posts() == []

    click(qtbot, dialog.import_button)  # disabled: the click does nothing
    dialog.reject()
    assert store.count() == count
    assert window.context.undo_stack.count() == undo_steps


def test_a_file_in_no_known_layout_is_named_and_cannot_be_imported(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    odd = tmp_path / "shopping.csv"
    odd.write_text("milk,eggs\nbread,jam\n", encoding="utf-8")
    dialog = preview(window, dialogs, odd)
    assert dialog.layout_label.text().startswith(
        "Found: Not a file this app can read: the first row, 'milk,eggs',"
    )
    assert dialog.model.rowCount() == 1
    assert cell(dialog, 0, 0) == "1"
    assert dialog.summary.text().startswith("Nothing can be imported: the planner reads the CSV")
    assert not dialog.import_button.isEnabled()


def test_dates_in_two_orders_are_refused_with_both_rows_named(
    window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("25/12/2026 10:00,Christmas\n12/31/2026 10:00,New Year\n", encoding="utf-8")
    dialog = preview(window, dialogs, mixed)
    assert not dialog.options.isVisibleTo(dialog)
    assert dialog.summary.text().startswith("Nothing can be imported: Row 1 has '25/12/2026 10:00'")
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_not_text_is_refused_before_any_preview(
    window: MainWindow, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    utf32 = tmp_path / "excel.csv"
    utf32.write_bytes(f"{HEADER}\r\n".encode("utf-32"))
    dialogs.extend(utf32)
    window.file_actions.import_csv.trigger()
    assert window.dialog is None
    assert prompts.errors == [
        f'Cannot import {utf32}: The file is UTF-32 text, not UTF-8; save it as "CSV UTF-8" '
        "and import it again."
    ]


def test_cancelling_the_file_dialog_opens_nothing(
    window: MainWindow, dialogs: ScriptedDialogs
) -> None:
    window.file_actions.import_csv.trigger()
    assert [a.what for a in dialogs.asked] == ["open"]
    assert window.dialog is None
