"""The Consent window's list: the filters and their counts, sorting, the empty states,
and the posts linked to the selected record."""

from __future__ import annotations

from memory_book import TODAY, SampleBook, days
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from planner.ui.consent.table_model import (
    COLUMNS,
    EXPIRES,
    PERSON,
    STATUS,
    ConsentFilter,
    caution_colour,
)
from planner.ui.consent.window import NO_RECORDS, NONE_SELECTED, ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.widgets.theme import warning_colour


def tab_texts(window: ConsentWindow) -> list[str]:
    return [window.filter_tabs.tabText(i) for i in range(window.filter_tabs.count())]


def cells(window: ConsentWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_each_filter_shows_its_records_and_its_count(consent_window: ConsentWindow) -> None:
    assert tab_texts(consent_window) == [
        "All (8)",
        "Valid (4)",
        "Expiring within 30 days (2)",
        "Expired (2)",
        "Revoked (2)",
    ]
    # Sorted by person: Amira, Eve, J. Smith, Li Wei, Maria, Priya, Sam, Tom.
    assert consent_window.shown_ids() == [2, 8, 1, 4, 6, 5, 7, 3]
    expected = {
        ConsentFilter.VALID: [2, 1, 4, 3],  # the expiring ones are valid today
        ConsentFilter.EXPIRING: [4, 3],
        ConsentFilter.EXPIRED: [6, 5],
        ConsentFilter.REVOKED: [8, 7],
        ConsentFilter.ALL: [2, 8, 1, 4, 6, 5, 7, 3],
    }
    for chosen, ids in expected.items():
        consent_window.set_filter(chosen)
        assert consent_window.shown_ids() == ids, chosen
        assert consent_window.list_stack.currentWidget() is consent_window.table


def test_the_cells_say_what_each_record_covers_and_where_it_stands(
    consent_window: ConsentWindow,
) -> None:
    window = consent_window
    window.set_filter(ConsentFilter.EXPIRING)
    row = [window.model.index(0, c).data() for c in range(len(COLUMNS))]
    assert row == ["4", "Li Wei", "Testimonial, name", "All", "2 Dec 2025", "2 Dec 2026",
                   "Expires today", "0"]  # fmt: skip
    window.set_filter(ConsentFilter.ALL)
    assert cells(window, STATUS) == [
        "Valid", "Revoked on 23 Oct 2026", "Valid", "Expires today", "Expired", "Expired",
        "Revoked on 22 Nov 2026", "Expires in 12 days",
    ]  # fmt: skip
    assert cells(window, EXPIRES)[:2] == ["No end date", "No end date"]
    assert window.model.index(0, 2).data() == "Everything"
    assert window.model.index(0, 3).data() == "Facebook, Instagram"
    status = window.model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert status == warning_colour(window.palette())
    assert window.model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    expiring = window.model.index(3, STATUS).data(Qt.ItemDataRole.ForegroundRole)
    assert expiring == caution_colour(window.palette()) and expiring != status


def test_sorting_by_a_column_keeps_the_selection(
    qtbot: QtBot, consent_window: ConsentWindow
) -> None:
    window = consent_window
    assert window.select(5)
    header = window.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(STATUS) + 5, 5),
    )
    # Expiring first (soonest end first), then expired, revoked, and valid ones last.
    assert window.shown_ids() == [4, 3, 6, 5, 8, 7, 1, 2]
    selected = window.selected()
    assert selected is not None and selected.id == 5
    window.table.sortByColumn(EXPIRES, Qt.SortOrder.DescendingOrder)
    assert window.shown_ids()[:2] in ([2, 8], [8, 2])  # no end date sorts last
    assert window.selected() == selected


def test_a_filter_with_no_records_says_so(
    qtbot: QtBot, prompts: ScriptedPrompts, empty_book: SampleBook
) -> None:
    book = empty_book
    book.record("J. Smith", expires=days(300))
    window = ConsentWindow(book, prompts, book.move_to_ideas, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.set_filter(ConsentFilter.EXPIRED)
    assert window.list_stack.currentWidget() is window.empty_label
    assert window.empty_label.text() == "No consent has expired."
    window.set_filter(ConsentFilter.VALID)
    assert window.list_stack.currentWidget() is window.table


def test_an_empty_book_says_how_to_start(
    qtbot: QtBot, prompts: ScriptedPrompts, empty_book: SampleBook
) -> None:
    book = empty_book
    window = ConsentWindow(book, prompts, book.move_to_ideas, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.empty_label.text() == NO_RECORDS
    assert window.list_stack.currentWidget() is window.empty_label
    assert not window.edit_button.isEnabled() and not window.revoke_button.isEnabled()
    assert window.linked_title.text() == NONE_SELECTED
    assert window.linked_pane.isHidden()
    book.record("J. Smith")
    window.refresh()
    assert not window.linked_pane.isHidden()
    assert window.shown_ids() == [1]


def test_the_selected_records_posts_show_with_why_the_consent_fails_them(
    consent_window: ConsentWindow,
) -> None:
    window = consent_window
    assert window.linked_title.text() == NONE_SELECTED
    window.select(1)
    assert window.linked_title.text() == "Posts linked to Consent #1 (J. Smith)"
    assert "Signed form: Cabinet B, 2026" in window.details_label.text()
    lines = [window.linked_list.item(i).text() for i in range(window.linked_list.count())]
    assert lines == [
        "Thu 12 Nov 2026 09:30, Facebook: Team day at the practice, with our patients' smiles",
        "Tue 8 Dec 2026 09:30, X: Meet our hygienist: how to floss well",
        "Idea, Facebook: Before and after: a whitening story",
    ]
    window.select(5)  # Priya Patel's consent expired three days ago
    (line,) = [window.linked_list.item(i) for i in range(window.linked_list.count())]
    assert line.text() == (
        "Mon 7 Dec 2026 09:30, Instagram: Priya's new smile  —  Expired on 29 Nov 2026"
    )
    assert line.foreground().color() == warning_colour(window.palette())
    window.select(3)
    assert window.linked_list.item(0).text() == "No posts are linked to this consent yet."


def test_revoked_records_cannot_be_revoked_again(consent_window: ConsentWindow) -> None:
    consent_window.select(7)
    assert consent_window.edit_button.isEnabled()
    assert not consent_window.revoke_button.isEnabled()
    assert "Notes: Asked by phone to stop; form kept." in consent_window.details_label.text()


def test_a_dark_palette_recolours_the_warnings(
    consent_window: ConsentWindow, dark_palette: QPalette
) -> None:
    light = warning_colour(consent_window.palette())
    consent_window.setPalette(dark_palette)
    dark = warning_colour(consent_window.palette())
    assert dark != light
    assert consent_window.model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole) == dark


def test_names_are_never_cut_short_and_a_wide_window_is_filled(
    qtbot: QtBot, consent_window: ConsentWindow
) -> None:
    table = consent_window.table
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(name) for name in cells(consent_window, PERSON))
    for width in (640, 1200):
        consent_window.resize(width, 520)
        qtbot.waitUntil(lambda: consent_window.width() == width)  # noqa: B023 (waited here)
        assert table.columnWidth(PERSON) > longest
        # The columns reach the table's right edge: no blank band after the last one.
        assert table.horizontalHeader().length() >= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # at 1200 everything fits
