"""The File menu's way out: CSV, PDF, calendar, preview and print from the window, with
native dialogs scripted, the last folder remembered, overwrites asked, failures said."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import file_window_support
import pytest
from file_window_support import (
    PRACTICE,
    WEEK,
    click,
    csv_rows,
    open_dialog,
    open_window,
    temp_leftovers,
)
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.io import atomic
from planner.io.csv_format import HEADER
from planner.store import Store
from planner.ui.dialogs.native_dialogs import SaveChoice, ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.dialogs.range_dialog import DateRangeDialog
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.file_actions import LAST_FOLDER_KEY
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

# The window over the sample fortnight with scripted file dialogs, as the import tests use.
dialogs = file_window_support.dialogs
window = file_window_support.window


def menu_texts(window: MainWindow) -> list[str]:
    return [a.text() or "---" for a in window.file_menu.actions()]


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    raw = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split()), len(reader.pages)


def test_the_file_menu_holds_import_exports_and_printing_with_standard_keys(
    window: MainWindow,
) -> None:
    texts = menu_texts(window)
    start = texts.index("&Import CSV…") - 1
    assert texts[start : start + 13] == [
        "---",
        "&Import CSV…",
        "Import &Engagement…",  # planner/ui/insights/insights_actions.py
        "---",
        "Export &Week as CSV…",
        "Export &Range as CSV…",
        "Export P&DF…",
        "Export &Calendar…",
        "---",
        "Print Pre&view…",
        "&Print…",
        "Print &Weeks…",
        "---",
    ]
    assert texts.index("&Settings…") > start  # above Settings and Quit
    actions = window.file_actions
    assert actions.print.shortcut() == QKeySequence("Ctrl+P")
    assert actions.import_csv.shortcut() == QKeySequence("Ctrl+O")
    assert actions.export_week_csv.shortcut() == QKeySequence("Ctrl+Shift+S")


def test_export_week_as_csv_writes_the_week_and_remembers_the_folder(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    window_settings: Path,
) -> None:
    folder = tmp_path / "for the locum"
    folder.mkdir()
    dialogs.extend(folder / "week.csv")
    window.file_actions.export_week_csv.trigger()

    rows = csv_rows(folder / "week.csv")
    assert rows[0] == HEADER
    week_posts = store.posts_in_week(WEEK)
    assert len(rows) - 1 == len(week_posts) > 5
    assert sorted(r[6] for r in rows[1:]) == sorted(p.text for p in week_posts)
    assert window.statusBar().currentMessage().startswith(f"Wrote {len(week_posts)} posts of ")
    # The dialog offered the week's name in the Documents folder (none used before).
    assert dialogs.asked[0].path is not None
    assert dialogs.asked[0].path.name == "plan-2026-W49.csv"
    # People read the week by its number and dates, not its ISO name.
    assert dialogs.asked[0].title == "Export Week 49 · 30 Nov – 6 Dec 2026 as CSV"
    message = window.statusBar().currentMessage()
    assert message.endswith(f" of Week 49 · 30 Nov – 6 Dec 2026 to {folder / 'week.csv'}.")
    # Next time, and in the next session, it starts in the folder used.
    window.file_actions.export_pdf.trigger()  # cancelled: the script is empty
    assert dialogs.asked[1].path == folder / "plan-2026-W49.pdf"
    window.stored.sync()
    assert qsettings_at(window_settings)().value(LAST_FOLDER_KEY) == str(folder)


def test_injection_cells_are_neutralised_in_the_exported_csv(
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    day = WEEK.monday
    hostile = ['=HYPERLINK("http://evil.example","Book")', "+44 20 7946 0000", "@SUM(A1)"]
    for n, text in enumerate(hostile):
        post = Post(Platform.X, Kind.SHARED, text, Status.DRAFT, day, dt.time(8, n))
        store.add(post.with_changes(notes="-1+1" if n == 0 else ""))
    window.refresh()
    dialogs.extend(tmp_path / "week.csv")
    prompts.extend([True])  # the phone number is a stop finding: export anyway
    window.file_actions.export_week_csv.trigger()
    assert prompts.questions[-1].startswith("1 post of Week 49 · 30 Nov – 6 Dec 2026 has")

    data = (tmp_path / "week.csv").read_bytes()
    assert b'"\'=HYPERLINK(""http://evil.example"",""Book"")"' in data
    assert b",'+44 20 7946 0000," in data
    assert b",'@SUM(A1)," in data
    assert b",'-1+1," in data
    for row in csv_rows(tmp_path / "week.csv")[1:]:
        for cell in row:
            assert cell[:1] not in {"=", "+", "-", "@", "\t", "\r"}, row


def test_export_pdf_holds_the_practice_name_and_the_week(
    window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.extend(tmp_path / "plan")  # no suffix typed: .pdf is added
    window.file_actions.export_pdf.trigger()
    text, pages = pdf_text(tmp_path / "plan.pdf")
    assert pages == 1
    assert PRACTICE in text
    assert "30 Nov" in text and "6 Dec 2026" in text
    first = store.posts_in_week(WEEK)[0]
    assert first.text.split()[0] in text


def test_export_calendar_parses_back_with_one_event_per_post(
    window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    dialogs.extend(tmp_path / "staff.ics")
    window.file_actions.export_calendar.trigger()
    calendar = Calendar.from_ical((tmp_path / "staff.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    week_posts = store.posts_in_week(WEEK)
    assert len(events) == len(week_posts)
    assert {str(e["UID"]) for e in events} == {
        f"{p.uid}@social-media-planner" for p in week_posts
    }


def test_export_range_asks_for_the_days_then_writes_them(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.file_actions.export_range_csv.trigger()
    dialog = open_dialog(window)
    assert isinstance(dialog, DateRangeDialog)
    # It starts on the week shown and the next: how far ahead people plan.
    assert dialog.chosen_range() == (WEEK.monday, WEEK.next().sunday)
    fortnight = len(store.posts_between(WEEK.monday, WEEK.next().sunday))
    assert dialog.note.text() == f"30 Nov – 13 Dec 2026: 14 days, {fortnight} posts."

    dialog.last_edit.setDate(QDate(2026, 11, 1))  # before the first day
    assert not dialog.export_button.isEnabled()
    assert "before the first" in dialog.note.text()

    first, last = WEEK.days()[1], WEEK.days()[4]  # Tuesday to Friday
    dialog.first_edit.setDate(QDate(first.year, first.month, first.day))
    dialog.last_edit.setDate(QDate(last.year, last.month, last.day))
    dialogs.extend(tmp_path / "tue-fri.csv")
    click(qtbot, dialog.export_button)

    rows = csv_rows(tmp_path / "tue-fri.csv")[1:]
    expected = store.posts_between(first, last)
    assert len(rows) == len(expected) > 0
    assert {r[0] for r in rows} <= {d.isoformat() for d in WEEK.days()[1:5]}
    assert dialogs.asked[-1].path is not None
    assert dialogs.asked[-1].path.name == "plan-2026-12-01-to-2026-12-04.csv"


def test_the_preview_opens_on_the_week_shown_with_one_page_per_week(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    def preview_pages() -> tuple[str, int]:
        window.file_actions.print_preview.trigger()
        dialog = open_dialog(window)
        assert isinstance(dialog, QPrintPreviewDialog)
        qtbot.waitExposed(dialog)
        widget = dialog.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        title, pages = dialog.windowTitle(), widget.pageCount()
        dialog.reject()
        return title, pages

    assert preview_pages() == (f"Print Preview · {WEEK.title()}", 1)
    crowded = WEEK.shifted(5)
    store.add_many(
        [
            Post(Platform.X, Kind.SHARED, f"Tip {n}", Status.DRAFT, crowded.monday, dt.time(7, n))
            for n in range(40)
        ]
    )
    window.set_week(crowded)
    title, pages = preview_pages()
    assert title == f"Print Preview · {crowded.title()}"
    assert pages == 2  # forty posts on one day continue on a second page; none is lost


def test_ctrl_p_prints_the_week_after_the_print_dialog(
    qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # cancelled
    assert [a.what for a in dialogs.asked] == ["print"]
    assert list(tmp_path.glob("*.pdf")) == []

    dialogs.extend(tmp_path / "printer.pdf")  # the scripted printer prints to a file
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text, pages = pdf_text(tmp_path / "printer.pdf")
    assert pages == 1
    assert PRACTICE in text
    assert window.statusBar().currentMessage() == "Printed Week 49 · 30 Nov – 6 Dec 2026 (1 page)."


def test_replacing_a_file_the_dialog_did_not_ask_about_asks_first(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    target = tmp_path / "week.csv"
    target.write_bytes(b"the old plan")
    # A dialog that did not ask, then a typed name that gets ".csv" added: both ask.
    prompts.extend([False, False])
    dialogs.extend(SaveChoice(target, overwrite_confirmed=False), tmp_path / "week")
    window.file_actions.export_week_csv.trigger()
    window.file_actions.export_week_csv.trigger()
    assert prompts.questions == [f"week.csv already exists in {tmp_path}. Replace it?"] * 2
    assert target.read_bytes() == b"the old plan"
    assert window.statusBar().currentMessage() == ""

    prompts.extend([True])
    dialogs.extend(SaveChoice(target, overwrite_confirmed=False))
    window.file_actions.export_week_csv.trigger()
    assert csv_rows(target)[0] == HEADER

    # The platform's dialog already asked: no second question.
    dialogs.extend(SaveChoice(target, overwrite_confirmed=True))
    window.file_actions.export_week_csv.trigger()
    assert len(prompts.questions) == 3


@pytest.mark.parametrize("when", ["never there", "removed after choosing"])
def test_a_write_into_a_missing_folder_says_so_and_leaves_nothing(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    when: str,
) -> None:
    folder = tmp_path / "usb stick"
    target = folder / "week.csv"
    if when == "never there":
        dialogs.extend(target)
    else:
        folder.mkdir()

        def choose_then_unplug() -> Path:
            shutil.rmtree(folder)
            return target

        dialogs.extend(choose_then_unplug)
    window.file_actions.export_week_csv.trigger()
    assert prompts.errors == [f"Cannot save {target}: the folder does not exist ({folder})."]
    assert not folder.exists()
    assert temp_leftovers(tmp_path) == []
    assert window.stored.value(LAST_FOLDER_KEY) is None  # a folder that failed is not kept


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary_file(
    window: MainWindow,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"last week's plan")

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", full)
    dialogs.extend(SaveChoice(target))  # the platform's dialog asked to replace it
    window.file_actions.export_pdf.trigger()
    assert prompts.errors == [f"Cannot save {target}: the disk is full."]
    assert target.read_bytes() == b"last week's plan"
    assert temp_leftovers(tmp_path) == []


def test_a_read_only_plan_exports_but_does_not_import(
    make_window: MakeWindow, db_file: Path, tmp_path: Path, window_settings: Path
) -> None:
    from planner.store import open_store

    with open_store(db_file) as writable:
        open_window(make_window, AppContext(writable, prompts=ScriptedPrompts()), writable).close()
    store = open_store(db_file, read_only=True)
    prompts = ScriptedPrompts()
    dialogs = ScriptedDialogs.replying(tmp_path / "week.csv", tmp_path / "plan.csv")
    context = AppContext(
        store, prompts=prompts, qsettings=qsettings_at(window_settings), files=dialogs
    )
    window = make_window(context, store, shown=False)
    window.file_menu.aboutToShow.emit()
    assert not window.file_actions.import_csv.isEnabled()
    assert window.file_actions.export_week_csv.isEnabled()
    window.file_actions.export_week_csv.trigger()
    assert (tmp_path / "week.csv").is_file()
    window.file_actions.choose_import()  # as a shortcut would, past the greyed item
    assert prompts.errors == ["The plan is read-only, so nothing can be imported into it."]
    assert [a.what for a in dialogs.asked] == ["save"]
    window.close()
    store.close()
