"""Tools → Reply to a Review…: the template by stars filled from the settings, the live
check with its marks, Copy, Save to the log, Export, and the template editor."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.replies import load_templates
from planner.core.settings import Settings
from planner.store import Store
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.replies.reply_dialog import NO_FINDINGS, ReplyDialog
from planner.ui.replies.templates_dialog import TemplatesDialog
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

RIVERSIDE = Settings(
    practice_name="Riverside Dental Care",
    phones=("0113 496 0000", "0113 496 0001"),
    email="hello@riversidedental.co.uk",
    address="14 Mill Lane, Leeds LS6 2QB",
    country="GB",
)


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, store: Store) -> ReplyDialog:
    store.save_settings(RIVERSIDE)
    made = ReplyDialog(context)
    qtbot.addWidget(made)
    made.show()
    return made


def marks(dialog: ReplyDialog) -> list[tuple[int, int]]:
    """(start, length) of each underline the reply box draws, in Qt's units."""
    found = []
    block = dialog.reply_edit.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append((block.position() + span.start, span.length))
        block = block.next()
    return found


def test_the_window_opens_it_from_the_tools_menu(window: MainWindow) -> None:
    (action,) = [a for a in window.tools_menu.actions() if a.text() == "&Reply to a Review…"]
    action.trigger()
    assert isinstance(window.dialog, ReplyDialog)
    window.dialog.reject()


def test_the_template_follows_the_stars_filled_with_the_practice(dialog: ReplyDialog) -> None:
    assert dialog.stars == 5 and dialog.template().name == "positive-1"
    assert "Everyone at Riverside Dental Care will be delighted" in dialog.reply
    dialog.set_stars(4)  # still positive: the reply stays
    assert dialog.template().name == "positive-1"
    dialog.set_stars(3)
    assert dialog.template().name == "mixed-1"
    assert "please call Riverside Dental Care on 0113 496 0000" in dialog.reply
    dialog.set_stars(1)
    assert dialog.template().name == "negative-1"
    assert dialog.findings == [] and dialog.findings_label.text() == NO_FINDINGS


def test_a_reply_the_user_changed_is_replaced_only_when_they_say_so(
    dialog: ReplyDialog, prompts: ScriptedPrompts
) -> None:
    dialog.reply_edit.setPlainText("My own words, thank you.")
    prompts.extend([False])
    dialog.set_stars(1)
    assert dialog.reply == "My own words, thank you."
    assert (
        "Replace your changes to the reply with the negative-1 template?" in (prompts.questions[0])
    )
    prompts.extend([False])
    dialog.choose_template("negative-3")
    assert dialog.reply == "My own words, thank you."
    assert dialog.template().name == "positive-1"  # the box shows where the reply came from
    prompts.extend([True])
    dialog.choose_template("negative-3")
    assert dialog.template().name == "negative-3" and dialog.reply.startswith("We are sorry")


def test_the_reply_is_checked_as_it_is_written_and_the_marks_sit_on_the_words(
    dialog: ReplyDialog,
) -> None:
    dialog.reviewer_edit.setText("Janet Moss")
    assert dialog.findings == []  # the templates never name anyone
    dialog.reply_edit.setPlainText("🦷 Thanks Janet!\nSo glad your crown feels right.")
    assert [(f.category, f.excerpt) for f in dialog.findings] == [
        ("privacy", "Janet"),
        ("confirms-patient", "your crown"),
    ]
    # The tooth is two UTF-16 units: "Janet" starts at Qt position 10, not 9.
    assert marks(dialog) == [(10, 5), (25, 10)]  # the second line starts at 17
    assert dialog.reply_edit.finding_at(11) == dialog.findings[0]
    assert dialog.reply_edit.finding_at(3) is None
    lines = dialog.findings_label.text().splitlines()
    assert lines[0].startswith("Stop — “Janet”: The reviewer's name: Janet.")
    dialog.reviewer_edit.clear()
    assert [f.category for f in dialog.findings] == ["confirms-patient"]


@pytest.mark.parametrize(
    ("stars", "reviewer", "review"),
    [
        (5, "Janet Moss", "Dr Shah fitted my crown and it feels perfect."),
        (3, "Grace Hope", "Hygienist was great but I waited 40 minutes for my appointment."),
        (2, "Mark Green", "They lost my x-rays and charged me twice. Avoid."),
        (1, "Li Na", "Absolute rubbish. Rude staff, useless dentist, I'm reporting you."),
    ],
)
def test_a_reply_to_a_real_looking_review_comes_out_clean(
    dialog: ReplyDialog, stars: int, reviewer: str, review: str
) -> None:
    dialog.review_edit.setPlainText(review)
    dialog.reviewer_edit.setText(reviewer)
    dialog.set_stars(stars)
    assert dialog.findings == [] and reviewer.split()[0] not in dialog.reply
    for template in load_templates():
        dialog.choose_template(template.name)
        assert dialog.findings == [], template.name


def test_copy_puts_the_reply_on_the_clipboard_and_asks_first_when_it_is_unsafe(
    dialog: ReplyDialog, prompts: ScriptedPrompts
) -> None:
    assert dialog.copy()
    assert QApplication.clipboard().text() == dialog.reply
    clean = dialog.reply
    dialog.reply_edit.setPlainText("We are sorry about your visit.")
    prompts.extend([False])
    assert not dialog.copy()
    assert QApplication.clipboard().text() == clean
    assert "“your visit”" in prompts.questions[0] and prompts.questions[0].endswith(
        "Copy it anyway?"
    )


def test_save_keeps_the_reply_in_the_log_and_never_the_reviewers_name(
    dialog: ReplyDialog, store: Store, prompts: ScriptedPrompts
) -> None:
    dialog.review_edit.setPlainText("Lovely staff, Janet here!")
    dialog.reviewer_edit.setText("Janet Moss")
    dialog.site_box.setCurrentIndex(dialog.site_box.findData("Yelp"))
    dialog.set_stars(4)
    assert dialog.save()
    (entry,) = store.replies.entries()
    assert (entry.date.isoformat(), entry.site, entry.stars) == ("2026-12-02", "Yelp", 4)
    assert entry.review == "Lovely staff, Janet here!" and entry.reply == dialog.reply
    assert b"Moss" not in store.path.read_bytes()
    assert dialog.status_label.text() == "Kept in the replies log (1 reply)."
    dialog.reply_edit.setPlainText("As your dentist, we disagree.")
    prompts.extend([False])
    assert not dialog.save() and len(store.replies.entries()) == 1


def test_export_writes_the_log_as_csv_for_its_owner_only_never_over_the_store(
    dialog: ReplyDialog, context: AppContext, store: Store, prompts: ScriptedPrompts,
    tmp_path: Path,
) -> None:  # fmt: skip
    assert not dialog.export()
    assert prompts.of("info")[-1].message.startswith("No replies have been kept yet")
    dialog.save()
    target = tmp_path / "out" / "replies"
    target.parent.mkdir()
    link = target.parent / "store-link.csv"  # a name that looks harmless, but is the store
    link.symlink_to(store.path)
    before = store.path.read_bytes()
    context.files = ScriptedDialogs.replying(link, target)
    assert not dialog.export()
    assert "is the store planner.db itself" in prompts.errors[-1]
    assert store.path.read_bytes() == before
    assert dialog.export()
    written = target.with_suffix(".csv")
    rows = list(csv.reader(io.StringIO(written.read_text("utf-8-sig"), newline="")))
    assert rows[0] == ["date", "site", "stars", "review", "reply"]
    assert rows[1][:3] == ["2026-12-02", "Google", "5"] and rows[1][4] == dialog.reply
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_a_read_only_store_refuses_to_keep_the_reply(
    qtbot: QtBot, db_file: Path, prompts: ScriptedPrompts, store: Store
) -> None:
    from planner.store import open_store

    store.close()
    before = db_file.read_bytes()
    with open_store(db_file, read_only=True) as read_only:
        made = ReplyDialog(AppContext(read_only, prompts=prompts))
        qtbot.addWidget(made)
        assert not made.save()
    assert "cannot be saved" in prompts.errors[0]
    assert db_file.read_bytes() == before


def test_edited_templates_are_kept_in_the_store_and_used(
    qtbot: QtBot, dialog: ReplyDialog, store: Store, prompts: ScriptedPrompts
) -> None:
    dialog.edit_templates()
    editor = dialog.dialog
    assert isinstance(editor, TemplatesDialog) and editor.name == "positive-1"
    assert not editor.save_button.isEnabled() and not editor.reset_button.isEnabled()
    editor.text_edit.setPlainText("Thank you so much! The team at {practice} is thrilled.")
    thrilled = "Thank you so much! The team at Riverside Dental Care is thrilled."
    assert editor.preview.text() == thrilled
    assert editor.save() and editor.reset_button.isEnabled()
    assert store.replies.edited_templates() == {
        "positive-1": "Thank you so much! The team at {practice} is thrilled."
    }
    assert editor.names.item(0).text() == "positive-1, edited"
    # A template whose every reply would confirm a patient is saved only when confirmed.
    editor.text_edit.setPlainText("We hope your treatment at {practice} went well.")
    assert editor.check_label.text().startswith("Stop — “your treatment”")
    prompts.extend([False])
    assert not editor.save()
    editor.reject()
    assert dialog.dialog is None
    assert dialog.reply == thrilled
    assert dialog.template_box.currentText() == "positive-1 (positive, edited)"
    dialog.edit_templates()
    editor = dialog.dialog
    assert isinstance(editor, TemplatesDialog)
    assert editor.reset()
    assert store.replies.edited_templates() == {}
    editor.reject()
    assert dialog.reply.startswith("Thank you for taking the time")
