"""The guard where files go out and come in: the question before an export of posts with
open stop findings, the printed mark in the PDF, and the import preview's Guard column
(which never blocks the import)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import file_window_support
from file_window_support import WEEK, click, open_dialog
from guard_editing import PHONE, flagged_post
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from planner.core.guard import Acknowledgement
from planner.core.page_plan import CHECK_WORDS
from planner.store import Store
from planner.store.guard_records import add_acknowledgement
from planner.ui.dialogs.import_dialog import ImportDialog
from planner.ui.dialogs.import_rows import COLUMNS
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.main_window import MainWindow

dialogs = file_window_support.dialogs
window = file_window_support.window
GUARD, TEXT = COLUMNS.index("Guard"), COLUMNS.index("Text")
HEADER = "date,time,weekday,platform,kind,status,text,link,notes"


def pdf_text(path: Path) -> str:
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def test_an_export_with_open_stop_findings_asks_first_and_says_how_many(
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    store.add(flagged_post())
    window.refresh()
    dialogs.extend(tmp_path / "week.csv")
    prompts.extend([False])
    window.file_actions.export_week_csv.trigger()
    assert prompts.questions == [
        "1 post of Week 49 · 30 Nov – 6 Dec 2026 has open stop findings: something the "
        "guard says must not be posted as it is (a patient's details, a name on the "
        "do-not-mention list, disparaging or profane words). Export anyway? The cards show "
        "a red shield; open each post to see what the guard found."
    ]
    assert dialogs.asked == []  # asked before the file was even chosen
    assert not (tmp_path / "week.csv").exists()
    prompts.extend([True])
    window.file_actions.export_week_csv.trigger()
    assert (tmp_path / "week.csv").exists()


def test_an_acknowledged_finding_exports_without_a_question(
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    post = store.add(flagged_post())
    assert post.id is not None
    ack = Acknowledgement("privacy", PHONE, "the ward's number", dt.datetime(2026, 12, 1))
    add_acknowledgement(store, post.id, ack)
    window.refresh()
    dialogs.extend(tmp_path / "week.csv")
    window.file_actions.export_week_csv.trigger()
    assert prompts.questions == []
    assert (tmp_path / "week.csv").exists()


def test_the_printed_plan_marks_the_card_to_check_before_posting(
    window: MainWindow,
    store: Store,
    dialogs: ScriptedDialogs,
    prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:
    dialogs.extend(tmp_path / "clean.pdf")
    window.file_actions.export_pdf.trigger()
    assert CHECK_WORDS not in pdf_text(tmp_path / "clean.pdf")

    store.add(flagged_post())
    window.refresh()
    prompts.extend([True])
    dialogs.extend(tmp_path / "plan.pdf")
    window.file_actions.export_pdf.trigger()
    text = pdf_text(tmp_path / "plan.pdf")
    assert f"11:00 X ! {CHECK_WORDS} Get well soon!" in text
    assert text.count(CHECK_WORDS) == 2  # the card, and the warnings box that explains it
    assert f'1 post is marked "{CHECK_WORDS}"' in text


def test_the_import_preview_shows_each_rows_findings_and_still_imports(
    qtbot: QtBot, window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        f"2026-12-16,09:00,,x,original,draft,Ring Sue on {PHONE},,",
        "2026-12-16,10:00,,facebook,original,draft,Our best dentist in town,,",
        "2026-12-16,11:00,,facebook,promotional,draft,Book now for £20 off,,",
        "2026-12-16,12:00,,linkedin,shared,draft,Brushing twice a day matters,,",
    ]
    (tmp_path / "in.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    dialogs.extend(tmp_path / "in.csv")
    window.file_actions.import_csv.trigger()
    dialog = open_dialog(window)
    assert isinstance(dialog, ImportDialog)
    cells = [str(dialog.model.index(r, GUARD).data()) for r in range(4)]
    assert cells == ["Stop: privacy", "Caution: claims", "", ""]
    tip = str(dialog.model.index(0, GUARD).data(3))  # the tooltip role
    assert tip.startswith(f"Stop: A phone number that is not the practice's own: {PHONE}.")
    assert tip.endswith("The row imports all the same.")
    assert str(dialog.model.index(0, TEXT).data()) == f"Ring Sue on {PHONE}"
    assert "The guard found something in 2 rows, 1 of them to stop" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    assert len(store.posts_between(dt.date(2026, 12, 16), dt.date(2026, 12, 16))) == 4
    assert WEEK.monday < dt.date(2026, 12, 16)


def test_a_long_file_is_guarded_in_its_first_thousand_rows(qtbot: QtBot) -> None:
    from planner.core.guard_setup import GuardSetup
    from planner.core.guard_week import post_findings
    from planner.ui.guard.import_cells import GUARDED_ROWS

    checked: list[int] = []

    def check(post):  # type: ignore[no-untyped-def]
        checked.append(1)
        return post_findings(post, GuardSetup()).open

    row = f"2026-12-16,09:00,,x,original,draft,Ring Sue on {PHONE},,"
    text = "\n".join([HEADER, *[row] * (GUARDED_ROWS + 2)]) + "\n"
    dialog = ImportDialog(text, "big.csv", lambda posts: True, check_post=check)
    qtbot.addWidget(dialog)
    assert len(checked) == GUARDED_ROWS
    assert str(dialog.model.index(GUARDED_ROWS - 1, GUARD).data()) == "Stop: privacy"
    assert str(dialog.model.index(GUARDED_ROWS, GUARD).data()) == ""
    assert "The guard looked at the first 1,000 rows here" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
