"""Consents in the main window: Tools → Consents… over the store, a revocation whose
affected posts go back to ideas as one undo step, the warnings panel, the marked cards
and the printed plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.consent import ConsentRecord, Use
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.printing.page_painter import paint_week_page
from planner.printing.pages import export_week_pdf
from planner.store import Store
from planner.ui.consent.revoke import RevokeDialog
from planner.ui.consent.window import ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.panels.notices import HEADING, notice_texts
from planner.ui.widgets.theme import warning_colour
from planner.ui.window.main_window import MainWindow

WEEK = Week(2026, 49)  # TODAY is Wed 2 Dec 2026
PHOTO = frozenset({Use.PHOTO})


def smith(**changes: object) -> ConsentRecord:
    record = ConsentRecord(None, "J. Smith", frozenset({Use.PHOTO, Use.NAME}), frozenset(),
                           dt.date(2026, 6, 20), dt.date(2027, 6, 20))  # fmt: skip
    return record.with_changes(**changes)


def featuring(day: int, text: str, consents: frozenset[int], at: int = 10) -> Post:
    return Post(Platform.INSTAGRAM, Kind.ORIGINAL, text, Status.SCHEDULED,
                WEEK.monday + dt.timedelta(days=day), dt.time(at, 0), uses=PHOTO,
                consents=consents)  # fmt: skip


def tool(window: MainWindow, text: str) -> None:
    (action,) = [a for a in window.tools_menu.actions() if a.text() == text]
    assert action.isEnabled()
    action.trigger()


def open_consents(window: MainWindow) -> ConsentWindow:
    tool(window, "&Consents…")
    dialog = window.dialog
    assert isinstance(dialog, ConsentWindow)
    return dialog


def test_the_tools_menu_has_the_consents_and_the_review_replies(window: MainWindow) -> None:
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "&Consents…" in texts and "&Reply to a Review…" in texts


def test_revoking_sends_the_posts_it_affects_to_ideas_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    record = store.consents.add(smith())
    linked = frozenset({record.id or 0})
    before = store.add(featuring(0, "Smile of the week, Monday", linked))
    thursday = store.add(featuring(3, "J. Smith's new smile", linked))
    saturday = store.add(featuring(5, "J. Smith, a month on", linked, at=11))
    window.refresh()
    consents = open_consents(window)
    assert consents.shown_ids() == [record.id]
    assert consents.select(record.id or 0)
    consents.revoke_button.click()
    dialog = consents.dialog
    assert isinstance(dialog, RevokeDialog)
    dialog.date_edit.setDate(QDate(2026, 12, 3))
    prompts.extend([True])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    stack = window.context.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Move 2 Posts to Ideas"
    assert store.consents.get(record.id or 0).revoked == dt.date(2026, 12, 3)
    for post in (thursday, saturday):
        moved = store.get(post.id or 0)
        assert moved.is_idea and moved.status is Status.IDEA and moved.consents == linked
    assert store.get(before.id or 0) == before  # before the revocation: untouched
    assert not any("revoked" in m for m in window.warnings_panel.messages())

    stack.undo()  # one undo brings both back, and the rule says why they should not be
    assert [store.get(p.id or 0) for p in (thursday, saturday)] == [thursday, saturday]
    revoked = [m for m in window.warnings_panel.messages() if "was revoked on 3 Dec 2026" in m]
    assert len(revoked) == 2
    assert store.consents.get(record.id or 0).revoked == dt.date(2026, 12, 3)
    stack.redo()
    assert store.get(thursday.id or 0).is_idea
    consents.reject()


def test_a_revocation_kept_in_place_shows_in_the_warnings_at_once(
    qtbot: QtBot, window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    record = store.consents.add(smith())
    post = store.add(featuring(4, "J. Smith's new smile", frozenset({record.id or 0})))
    window.refresh()
    assert not any("revoked" in m for m in window.warnings_panel.messages())
    consents = open_consents(window)
    consents.select(record.id or 0)
    consents.revoke_button.click()
    dialog = consents.dialog
    assert isinstance(dialog, RevokeDialog)
    prompts.extend([False])  # keep the post where it is
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.context.undo_stack.count() == 0
    assert store.get(post.id or 0) == post
    assert any(
        "Consent #1 (J. Smith) was revoked on 2 Dec 2026" in m
        for m in window.warnings_panel.messages()
    )


def test_the_warnings_panel_lists_the_problems_and_the_consents_ending_soon(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    soon = store.consents.add(smith(person="Tom O'Neill", expires=dt.date(2026, 12, 14)))
    stale = store.consents.add(smith(person="Priya Patel", expires=dt.date(2026, 11, 29)))
    expired = store.add(featuring(4, "Priya's whitening", frozenset({stale.id or 0})))
    missing = store.add(featuring(5, "A brave little smile", frozenset()))
    store.add(featuring(1, "Tom's video, part one", frozenset({soon.id or 0})))
    window.refresh()
    panel = window.warnings_panel
    consent_lines = [m for m in panel.messages() if "consent" in m.lower()]
    assert consent_lines == [
        "Fri 4 Dec 10:00, Instagram: Consent #2 (Priya Patel) expired on 29 Nov 2026, "
        "before this post on 4 Dec. Renew it or move the post to ideas.",
        "Sat 5 Dec 10:00, Instagram: This post features a patient (photo) but no consent is "
        "linked. Link their signed consent, or move the post to ideas until it is signed.",
        # After the rules' lines, the guard's: "Priya's whitening" is her story.
        "Fri 4 Dec 10:00, Instagram: This seems to tell a person's treatment (\"Priya's "
        'whitening") and no valid consent is linked. If they are a patient, link their consent '
        "to the post, or rewrite it without them.",
    ]
    assert notice_texts(panel.list) == [
        "Consent #1 (Tom O'Neill) expires on 14 Dec 2026, in 12 days. Renew it, or posts "
        "after that day that feature Tom O'Neill will be flagged."
    ]
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert texts.index(HEADING) > texts.index(consent_lines[-1])  # after the warnings
    with qtbot.waitSignal(panel.postsRequested) as asked:
        item = next(
            panel.list.item(i) for i in range(panel.list.count())
            if panel.list.item(i).text() == consent_lines[0]
        )  # fmt: skip
        panel.list.itemClicked.emit(item)
    assert asked.args == [[expired.id]]
    assert missing.id is not None


def warm_pixels(image: QImage, rect: QRect, colour: QColor) -> int:
    return sum(
        1
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
        if image.pixelColor(x, y) == colour
    )


def test_a_card_with_a_consent_problem_is_marked_and_says_why(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    record = store.consents.add(smith())
    good = store.add(featuring(3, "J. Smith's new smile", frozenset({record.id or 0})))
    bad = store.add(featuring(4, "A brave little smile", frozenset(), at=15))
    window.refresh()
    view = window.week_view
    image = view.grab().toImage()
    colour = warning_colour(view.palette())
    rects = {p.id: view.card_rect(p.id or 0) for p in (good, bad)}
    assert all(rects.values())
    corner = {i: QRect(r.right() - 20, r.top(), 20, 20) for i, r in rects.items() if r}
    assert warm_pixels(image, corner[bad.id], colour) > 10
    assert warm_pixels(image, corner[good.id], colour) == 0
    tip = view.tooltip_at(QPoint(rects[bad.id].center()))  # type: ignore[union-attr]
    assert tip.endswith("but no consent is linked. Link their signed consent, or move the "
                        "post to ideas until it is signed.")  # fmt: skip
    assert "consent" not in view.tooltip_at(QPoint(rects[good.id].center()))  # type: ignore[union-attr]


@pytest.fixture
def marked_week() -> tuple[list[Post], dict[int, ConsentRecord]]:
    record = smith().with_changes(id=1, expires=dt.date(2026, 12, 1))
    posts = [
        featuring(3, "J. Smith's new smile", frozenset({1})).with_changes(id=10),
        featuring(2, "Our opening hours", frozenset()).with_changes(id=11, uses=frozenset()),
    ]
    return posts, {1: record}


def test_the_printed_plan_tags_the_card_and_lists_the_problem(
    qapp: object, tmp_path: Path, marked_week: tuple[list[Post], dict[int, ConsentRecord]]
) -> None:
    from planner.core.consent_rule import ConsentCheck

    posts, records = marked_week
    settings = Settings(practice_name="Riverside Family Dental")
    printed = dt.date(2026, 11, 28)
    plan = build_page_plan(WEEK, posts, settings, printed, consents=ConsentCheck(records))
    assert plan.consent_posts == frozenset({10})
    image = QImage(1400, 990, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    layout = paint_week_page(painter, QRectF(0, 0, 1400, 990), plan)
    painter.end()
    inked = {}
    for card in layout.cards:
        top_right = card.rect.toRect()
        band = QRect(top_right.center().x(), top_right.top(), top_right.width() // 2, 14)
        inked[card.post_id] = warm_pixels(image, band, QColor("#111111"))
    assert inked[10] > 5 * max(inked[11], 1)  # the black CONSENT tag
    target = tmp_path / "week.pdf"
    export_week_pdf(target, WEEK, posts, settings, printed, ConsentCheck(records))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "CONSENT" in text
    assert "Consent #1 (J. Smith) expired on 1 Dec 2026, before this post on 3 Dec." in text
