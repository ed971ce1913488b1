"""Revoking a consent: the day asked, the dated posts it affects listed, and moving them
back to ideas handed over once, as one step, only when the user says yes."""

from __future__ import annotations

import datetime as dt

import pytest
from memory_book import SampleBook, days
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.domain import Platform, Status
from planner.ui.consent.revoke import RevokeDialog
from planner.ui.consent.table_model import ConsentFilter
from planner.ui.consent.window import ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts


def open_revoke(qtbot: QtBot, window: ConsentWindow, consent_id: int) -> RevokeDialog:
    assert window.select(consent_id)
    qtbot.mouseClick(window.revoke_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, RevokeDialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: RevokeDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.fixture
def smith_posts(book: SampleBook) -> list[int]:
    """More posts on J. Smith's consent: one published, one more scheduled."""
    smith = book.records[1]
    published = book.post(smith, days(1), "Our open day, in pictures", status=Status.PUBLISHED)
    later = book.post(smith, days(6), "Flossing, part two", platform=Platform.LINKEDIN,
                      at=dt.time(8, 0))  # fmt: skip
    return [p.id for p in (published, later) if p.id is not None]


def test_revoking_lists_the_affected_posts_and_moves_them_to_ideas_once(
    qtbot: QtBot,
    consent_window: ConsentWindow,
    book: SampleBook,
    prompts: ScriptedPrompts,
    smith_posts: list[int],
) -> None:
    consent_window.refresh()
    dialog = open_revoke(qtbot, consent_window, 1)
    assert dialog.on == dt.date(2026, 12, 2)  # today
    assert dialog.affected_label.text().startswith("3 dated posts linked to it are on")
    dialog.date_edit.setDate(QDate(2026, 12, 4))
    assert dialog.affected_label.text().startswith("2 dated posts linked to it are on")
    dialog.date_edit.setDate(QDate(2026, 12, 3))
    prompts.extend([True])
    click_ok(qtbot, dialog)

    assert consent_window.dialog is None
    assert book.records[1].revoked == dt.date(2026, 12, 3)
    (question,) = prompts.questions
    assert question == (
        "Consent #1 (J. Smith) is revoked from 3 Dec 2026. 2 dated posts linked to it are "
        "on that day or later:\n"
        "• Tue 8 Dec 2026 08:00, LinkedIn: Flossing, part two\n"
        "• Tue 8 Dec 2026 09:30, X: Meet our hygienist: how to floss well\n\n"
        "Already published, so take it down on the network by hand:\n"
        "• Thu 3 Dec 2026 09:30, Facebook: Our open day, in pictures\n\n"
        "Move them back to ideas? One Undo brings them back."
    )
    (moved,) = book.moves  # one call, so one undo step
    assert [p.id for p in moved] == [smith_posts[1], 2]
    assert all(book.posts[p.id].status is Status.IDEA for p in moved if p.id)
    assert book.posts[smith_posts[0]].status is Status.PUBLISHED
    assert book.posts[1].date == days(-20)  # before the revocation: untouched
    # The record now shows as revoked, still selected, and cannot be revoked twice.
    selected = consent_window.selected()
    assert selected is not None and selected.revoked == dt.date(2026, 12, 3)
    assert not consent_window.revoke_button.isEnabled()
    assert consent_window.filter_tabs.tabText(4) == "Revoked (3)"


def test_declining_keeps_the_posts_where_they_are(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook, prompts: ScriptedPrompts
) -> None:
    dialog = open_revoke(qtbot, consent_window, 5)  # Priya Patel: one post, in 5 days
    prompts.extend([False])
    click_ok(qtbot, dialog)
    assert "Move it back to ideas?" in prompts.questions[0]
    assert book.moves == []
    assert book.posts[4].status is Status.SCHEDULED
    assert book.records[5].revoked == dt.date(2026, 12, 2)


def test_a_revocation_with_no_dated_posts_after_it_only_says_so(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook, prompts: ScriptedPrompts
) -> None:
    dialog = open_revoke(qtbot, consent_window, 5)
    dialog.date_edit.setDate(QDate(2026, 12, 8))  # after Priya's post on 7 Dec
    assert dialog.affected_label.text() == "No dated post linked to it is on this day or later."
    click_ok(qtbot, dialog)
    assert prompts.questions == [] and book.moves == []
    (info,) = prompts.of("info")
    assert info.message == (
        "Consent #5 (Priya Patel) is revoked from 8 Dec 2026. No dated post linked to it is "
        "on that day or later."
    )


def test_the_revocation_day_cannot_be_before_signing(
    qtbot: QtBot, consent_window: ConsentWindow
) -> None:
    dialog = open_revoke(qtbot, consent_window, 1)
    dialog.date_edit.setDate(QDate(2025, 1, 1))
    assert dialog.on == dt.date(2026, 6, 20)  # the day it was signed
    dialog.reject()


def test_a_refused_revocation_changes_nothing(
    qtbot: QtBot, consent_window: ConsentWindow, book: SampleBook, prompts: ScriptedPrompts
) -> None:
    consent_window.set_filter(ConsentFilter.VALID)
    dialog = open_revoke(qtbot, consent_window, 1)
    refused = book.refuse_next()
    click_ok(qtbot, dialog)
    assert prompts.errors == [refused]
    assert consent_window.dialog is dialog
    assert book.records[1].revoked is None and book.moves == []
    dialog.reject()
    assert consent_window.dialog is None
