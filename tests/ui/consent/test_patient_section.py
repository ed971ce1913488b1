"""The post editor's "Features a patient" section: the uses, the consent picker with
the greyed records and their reasons, the live consent check, and a save through the
window that links a consent as one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem
from pytestqt.qtbot import QtBot

from planner.core.consent import ConsentRecord, Use
from planner.core.domain import Kind, Platform, Post, Status
from planner.store import Store
from planner.ui.consent.post_section import NO_RECORDS, PICK_ONE, PatientSection
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.window.main_window import MainWindow

D = dt.date
RECORDS = [
    ConsentRecord(1, "J. Smith", frozenset({Use.PHOTO, Use.NAME}), frozenset(), D(2026, 6, 20),
                  D(2027, 6, 20)),
    ConsentRecord(2, "Amira Haddad", frozenset(Use), frozenset({Platform.INSTAGRAM}),
                  D(2025, 9, 14)),
    ConsentRecord(3, "Priya Patel", frozenset({Use.PHOTO}), frozenset(), D(2025, 11, 29),
                  D(2026, 11, 29)),
    ConsentRecord(4, "Sam Brown", frozenset({Use.STORY}), frozenset(), D(2026, 3, 12),
                  revoked=D(2026, 11, 22)),
    ConsentRecord(5, "Nora Quinn", frozenset({Use.PHOTO}), frozenset(), D(2026, 12, 10)),
]  # fmt: skip
POST = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Priya's whitening, before and after",
            Status.SCHEDULED, D(2026, 12, 4), dt.time(12, 0), id=7,
            uses=frozenset({Use.PHOTO}), consents=frozenset({3}))  # fmt: skip


def open_editor(qtbot: QtBot, post: Post | None, records: list[ConsentRecord] = RECORDS):
    saved: list[Post] = []
    section = PatientSection(records, post)
    editor = PostEditor(
        lambda p: saved.append(p) or True,
        post=post, date=D(2026, 12, 4), time=dt.time(9, 0), sections=[section],
    )  # fmt: skip
    qtbot.addWidget(editor)
    editor.show()
    return editor, section, saved


def items(section: PatientSection) -> list[QListWidgetItem]:
    return [section.picker.item(i) for i in range(section.picker.count())]


def row(section: PatientSection, consent_id: int) -> QListWidgetItem:
    return next(i for i in items(section) if i.data(Qt.ItemDataRole.UserRole) == consent_id)


def tickable(item: QListWidgetItem) -> bool:
    return bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)


def test_a_post_without_a_patient_keeps_the_section_folded(qtbot: QtBot) -> None:
    editor, section, _ = open_editor(qtbot, None)
    assert not section.features.isChecked() and section.details.isHidden()
    assert editor.post().uses == frozenset() and editor.post().consents == frozenset()
    section.features.setChecked(True)
    assert section.details.isVisible()
    assert section.status.text() == PICK_ONE


def test_only_consents_valid_for_the_post_can_be_ticked_the_rest_say_why(qtbot: QtBot) -> None:
    _, section, _ = open_editor(qtbot, None)
    section.features.setChecked(True)
    section.uses[Use.PHOTO].setChecked(True)
    texts = {item.data(Qt.ItemDataRole.UserRole): item.text() for item in items(section)}
    assert texts == {
        1: "J. Smith (#1) · until 20 Jun 2027",
        2: "Amira Haddad (#2) — Not for Facebook",
        3: "Priya Patel (#3) — Expired on 29 Nov 2026",
        4: "Sam Brown (#4) — Revoked on 22 Nov 2026; does not cover photo",
        5: "Nora Quinn (#5) — Signed on 10 Dec 2026, after this post",
    }
    # The ones that hold first, then the others; each by name.
    assert [item.data(Qt.ItemDataRole.UserRole) for item in items(section)] == [1, 2, 5, 3, 4]
    assert [tickable(row(section, i)) for i in (1, 2, 3, 4, 5)] == [True, False, False, False,
                                                                     False]  # fmt: skip
    assert "Not for this post: not for Facebook." in row(section, 2).toolTip()
    # A name the consent does not cover greys it out too; the picker follows the fields.
    section.uses[Use.NAME].setChecked(True)
    assert tickable(row(section, 1)) and not tickable(row(section, 3))
    section.uses[Use.VIDEO].setChecked(True)
    assert row(section, 1).text() == "J. Smith (#1) — Does not cover video"
    assert not tickable(row(section, 1))


def test_the_picker_follows_the_date_platform_and_status(qtbot: QtBot) -> None:
    editor, section, _ = open_editor(qtbot, None)
    section.features.setChecked(True)
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.INSTAGRAM))
    assert tickable(row(section, 2))
    editor.date_edit.setDate(QDate(2026, 12, 10))  # the day Nora Quinn signed
    assert tickable(row(section, 5))
    editor.status_box.setCurrentIndex(editor.status_box.findData(Status.IDEA))
    # An idea has no day: only revocations, uses and platforms count.
    assert [tickable(row(section, i)) for i in (1, 2, 3, 4, 5)] == [True, True, True, False, True]


def test_ticking_links_and_the_check_says_what_is_still_wrong(qtbot: QtBot) -> None:
    editor, section, saved = open_editor(qtbot, None)
    section.features.setChecked(True)
    section.uses[Use.PHOTO].setChecked(True)
    assert section.status.text().startswith("This post features a patient (photo) but no")
    row(section, 1).setCheckState(Qt.CheckState.Checked)
    assert section.linked_ids() == [1]
    assert section.status.text() == "Consent #1 (J. Smith) holds for this post."
    editor.text_edit.setPlainText("J. Smith's new smile")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (post,) = saved
    assert post.uses == frozenset({Use.PHOTO}) and post.consents == frozenset({1})


def test_a_linked_consent_that_no_longer_holds_is_shown_and_can_be_unlinked(
    qtbot: QtBot,
) -> None:
    editor, section, _ = open_editor(qtbot, POST)
    assert section.features.isChecked() and section.linked_ids() == [3]
    linked = row(section, 3)
    assert linked.checkState() == Qt.CheckState.Checked and tickable(linked)
    assert items(section)[0] is linked  # linked records come first
    assert section.status.text() == (
        "Consent #3 (Priya Patel) expired on 29 Nov 2026, before this post on 4 Dec. Renew "
        "it or move the post to ideas."
    )
    assert not editor.has_changes()
    linked.setCheckState(Qt.CheckState.Unchecked)
    assert section.linked_ids() == [] and not tickable(linked)
    assert editor.post().consents == frozenset() and editor.has_changes()
    # Unticking "Features a patient" drops uses and links from the post.
    section.features.setChecked(False)
    assert editor.post().uses == frozenset()


def test_with_no_records_the_picker_says_where_to_add_them(qtbot: QtBot) -> None:
    _, section, _ = open_editor(qtbot, None, records=[])
    section.features.setChecked(True)
    assert [item.text() for item in items(section)] == [NO_RECORDS]


@pytest.fixture
def linked_window(window: MainWindow, store: Store) -> tuple[MainWindow, Post]:
    store.consents.add(RECORDS[0].with_changes(id=None))
    post = next(p for p in store.posts_in_week(window.week) if p.platform is Platform.FACEBOOK)
    return window, post


def test_the_window_saves_the_link_as_one_undo_step(
    qtbot: QtBot, linked_window: tuple[MainWindow, Post], store: Store
) -> None:
    window, post = linked_window
    assert post.id is not None
    window.edits.edit_post(post.id)
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    (section,) = [s for s in editor.sections if isinstance(s, PatientSection)]
    section.features.setChecked(True)
    section.uses[Use.PHOTO].setChecked(True)
    assert "no consent is linked" in section.status.text()
    row(section, 1).setCheckState(Qt.CheckState.Checked)
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.dialog is None
    assert store.get(post.id).consents == frozenset({1})
    assert store.consents.linked_post_ids(1) == [post.id]
    window.context.undo_stack.undo()
    assert store.get(post.id) == post and store.consents.links() == {}
    window.context.undo_stack.redo()
    assert store.get(post.id).uses == frozenset({Use.PHOTO})
