"""Consents in the window's guard: in the real editor, ticking the valid consent of the
person a post names lets the name through, live, and a day past that consent's end
brings the finding back; once saved, the week's warnings, the card's shield and the
printed plan's mark leave the post alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from guard_editing import THURSDAY, open_editor, underlines
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner.core.consent import ConsentRecord, Use
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.guard_warnings import GuardWarning
from planner.store import Store
from planner.store.guard_records import add_name
from planner.ui.consent.post_section import PatientSection
from planner.ui.guard.window_checks import stop_posts
from planner.ui.window.main_window import MainWindow

NAME = "Margaret Ellis"
STORY = f"{NAME} is smiling again after her implant"
TEXT = f"{STORY}."
# With no valid consent linked: her name, and her own treatment told as a patient's story.
UNCONSENTED = [(NAME, "stop"), (STORY.removeprefix(NAME), "caution")]  # the name shows as stop
SHOTS = Path("/work/tmp/guardint")
FIRST = dt.date(2026, 11, 1)


def guard_posts(window: MainWindow) -> list[int]:
    return [w.post_id for w in window.report.warnings if isinstance(w, GuardWarning)]


def test_ticking_a_valid_consent_lets_the_name_through_everywhere(
    window: MainWindow, store: Store
) -> None:
    add_name(store, NAME)
    covers = frozenset({Use.PHOTO, Use.NAME})
    until = dt.date(2027, 1, 31)
    record = store.consents.add(ConsentRecord(None, NAME, covers, frozenset(), FIRST, until))
    post = store.add(Post(Platform.X, Kind.ORIGINAL, TEXT, Status.SCHEDULED, THURSDAY,
                          dt.time(11, 0)))  # fmt: skip
    assert post.id is not None and record.id is not None
    window.refresh()
    assert guard_posts(window) == [post.id, post.id]
    assert window.week_view._card_cache.shields == {post.id: "stop"}
    assert stop_posts(window.context, [post]) == {post.id}

    editor, guard = open_editor(window, post.id)
    box, palette = editor.text_edit, editor.palette()
    assert underlines(box, palette) == UNCONSENTED
    (patient,) = [s for s in editor.sections if isinstance(s, PatientSection)]
    patient.features.setChecked(True)
    patient.uses[Use.PHOTO].setChecked(True)
    assert underlines(box, palette) == UNCONSENTED  # no consent linked yet
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    editor.grab().save(str(SHOTS / "editor-consent-unlinked.png"))
    row = next(patient.picker.item(i) for i in range(patient.picker.count()))
    row.setCheckState(Qt.CheckState.Checked)
    assert underlines(box, palette) == []
    assert guard.summary.text() == "Guard: nothing here to stop or question."
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout settles with the findings list gone
    editor.grab().save(str(SHOTS / "editor-consent-linked.png"))

    # The consent ends on 31 Jan: a post moved past it names her again, at once.
    editor.date_edit.setDate(QDate(2027, 2, 2))
    assert underlines(box, palette) == UNCONSENTED
    assert [f.category for f in guard.found.open] == ["patient-story", "privacy"]
    editor.date_edit.setDate(QDate(THURSDAY.year, THURSDAY.month, THURSDAY.day))
    assert underlines(box, palette) == []
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.dialog is None
    assert store.get(post.id).consents == frozenset({record.id})

    assert guard_posts(window) == []
    assert window.week_view._card_cache.shields == {}
    assert stop_posts(window.context, [store.get(post.id)]) == frozenset()
    plan = window.file_actions._plans()[0]
    (card,) = [c for c in plan.cards() if c.post.id == post.id]
    assert not card.check

    # Revoked the day before the post: the name is a finding again, in every place.
    store.consents.revoke(record.id, THURSDAY - dt.timedelta(days=1))
    window.refresh()
    assert guard_posts(window) == [post.id, post.id]
    assert window.week_view._card_cache.shields == {post.id: "stop"}
    plan = window.file_actions._plans()[0]
    (card,) = [c for c in plan.cards() if c.post.id == post.id]
    assert card.check
