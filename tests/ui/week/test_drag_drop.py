"""Drag and drop on the week grid with real Qt drag events: the hover highlight and
preview, moves and copies, ideas in from the tray and cards out to it.

Qt delivers a sent drag-move, drop or leave to the widget that accepted the last
drag-enter, so every test starts with an enter and ends with a drop or a leave.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from week_view_samples import (
    FRI,
    MON,
    THU,
    TUE,
    WED,
    WEEK,
    FakeDragLoop,
    drag_over,
    drop_at,
    leave,
    sample_ideas,
    sample_posts,
    sample_report,
    shown_tray,
)

from planner.core.domain import Platform, Post
from planner.core.settings import Settings
from planner.ui.week.view import WeekView
from planner.ui.widgets import theme
from planner.ui.widgets.card_painter import CardFonts, paint_card
from planner.ui.widgets.mime import MIME_TYPE, ids_from_mime, ids_to_mime

Move = tuple[int, object, object, bool]


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WED)
    view.set_ideas(sample_ideas())
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def moves(view: WeekView) -> list[Move]:
    recorded: list[Move] = []
    view.moveRequested.connect(lambda *args: recorded.append(args))
    return recorded


def test_mime_carries_ids_and_nothing_else() -> None:
    mime = ids_to_mime([5, 12])
    assert mime.formats() == [MIME_TYPE]
    assert ids_from_mime(mime) == [5, 12]
    assert ids_from_mime(None) == []
    foreign = QMimeData()
    foreign.setText("5")
    assert ids_from_mime(foreign) == []
    damaged = QMimeData()
    damaged.setData(MIME_TYPE, b"5,DROP TABLE")
    assert ids_from_mime(damaged) == []


def test_hover_highlights_the_slot_and_previews_the_warning_before_anything_changes(
    view: WeekView, moves: list[Move]
) -> None:
    target = view.slot_position(TUE, dt.time(14, 0))
    before = view.grab().toImage().pixelColor(target)
    # Friday's Facebook post over Tuesday, which already has two.
    assert drag_over(view, target, ids_to_mime([11]))
    assert view.drop.target == (TUE, dt.time(14, 0))
    assert view.drop.preview_text == "would be 3 Facebook posts; limit 1"
    assert moves == []
    hovered = view.grab().toImage()
    assert hovered.pixelColor(target) != before  # a ghost of the card fills the slot
    # ...outlined in the highlight colour.
    column_left = view.header_rect(TUE).left()
    outline = [hovered.pixelColor(column_left + dx, target.y()) for dx in range(1, 5)]
    highlight = theme.focus_colour(view.palette())
    assert highlight.blue() > highlight.red()
    assert any(c.blue() > c.red() + 40 for c in outline)

    # Moving on to a day with room clears the warning at once.
    assert drag_over(view, view.slot_position(THU, dt.time(15, 0)), ids_to_mime([11]))
    assert view.drop.target == (THU, dt.time(15, 0))
    assert view.drop.preview_text is None

    leave(view)  # what Qt sends when Esc cancels or the cursor leaves
    assert view.drop.target is None
    assert view.drop.preview_text is None
    assert view.grab().toImage().pixelColor(target) == before
    assert moves == []


def test_the_ghost_in_the_slot_shows_the_time_the_drop_would_give(
    view: WeekView, moves: list[Move]
) -> None:
    friday = next(p for p in sample_posts() if p.id == 11)  # Fri 16:00 Facebook
    target = view.slot_position(TUE, dt.time(14, 45))
    assert drag_over(view, target, ids_to_mime([11]))
    ghost = view.drop.ghost
    assert ghost is not None
    assert (ghost.id, ghost.date, ghost.time) == (11, TUE, dt.time(14, 45))
    assert ghost.text == friday.text
    assert moves == []

    # The painted ghost carries "14:45", not the card's own "16:00": its time reads
    # like a card painted at 14:45 and unlike one painted at 16:00.
    rect = view.card_rect(11)
    assert rect is not None
    quarter = view.slot_position(TUE, dt.time(15, 0)).y() - target.y()
    top = target.y() - quarter // 2  # the slot's top, give or take a pixel
    shot = view.grab().toImage()
    at_target = _painted_card(replace(friday, date=TUE, time=dt.time(14, 45)), view, rect)
    at_origin = _painted_card(friday, view, rect)
    left = view.header_rect(TUE).left() + 2

    def distance(reference: QImage) -> int:
        # The best match over a few pixels of placement, to be free of rounding.
        return min(
            _distance(shot, reference, QPoint(left + dx, top + dy), rect.width() // 2, 18)
            for dx in range(-1, 2)
            for dy in range(-2, 4)
        )

    # (Not zero: the ghost is a little translucent and outlined.)
    assert distance(at_target) < distance(at_origin) * 0.75

    leave(view)
    assert view.drop.ghost is None


def _painted_card(post: Post, view: WeekView, rect: QRect) -> QImage:
    image = QImage(rect.size(), QImage.Format.Format_ARGB32)
    image.fill(theme.base(view.palette()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_card(painter, QRectF(0, 0, rect.width(), rect.height()), post, view.palette(),
               CardFonts.from_font(view.font()))  # fmt: skip
    painter.end()
    return image


def _distance(shot: QImage, reference: QImage, corner: QPoint, width: int, height: int) -> int:
    """How differently ``shot`` at ``corner`` and ``reference`` paint their top-left
    ``width`` x ``height`` (where a card's time is)."""
    total = 0
    for x in range(width):
        for y in range(height):
            here = shot.pixelColor(corner.x() + x, corner.y() + y).lightness()
            total += abs(here - reference.pixelColor(x, y).lightness())
    return total


def test_a_drop_asks_to_move_to_the_snapped_slot(view: WeekView, moves: list[Move]) -> None:
    slot = view.slot_position(WED, dt.time(14, 15))
    inside = slot + QPoint(0, 4)  # a little past 14:22: still the 14:15 slot
    assert view.slot_at(inside) == (WED, dt.time(14, 15))
    mime = ids_to_mime([11])
    assert drag_over(view, inside, mime)
    drop = drop_at(view, inside, mime)
    assert drop.isAccepted()
    assert drop.dropAction() == Qt.DropAction.MoveAction
    assert moves == [(11, WED, dt.time(14, 15), False)]
    assert view.drop.target is None


def test_ctrl_drop_copies_and_the_preview_counts_the_original(
    view: WeekView, moves: list[Move]
) -> None:
    mime = ids_to_mime([1])  # Monday's Facebook post
    later = view.slot_position(MON, dt.time(15, 0))
    assert drag_over(view, later, mime)
    assert view.drop.preview_text is None  # moving within its day adds nothing
    assert drag_over(view, later, mime, copy=True)
    assert view.drop.preview_text == "would be 2 Facebook posts; limit 1"
    drop = drop_at(view, later, mime, copy=True)
    assert drop.dropAction() == Qt.DropAction.CopyAction
    assert moves == [(1, MON, dt.time(15, 0), True)]


def test_drops_on_the_header_or_axis_are_refused(view: WeekView, moves: list[Move]) -> None:
    mime = ids_to_mime([11])
    header = view.header_rect(TUE).center()
    assert not drag_over(view, header, mime)  # the enter is taken, the move refused
    assert view.drop.target is None
    assert not drop_at(view, header, mime).isAccepted()
    axis = QPoint(5, view.slot_position(TUE, dt.time(12, 0)).y())
    assert not drag_over(view, axis, mime)
    assert not drop_at(view, axis, mime).isAccepted()
    assert moves == []


def test_foreign_drags_are_not_accepted(view: WeekView) -> None:
    text = QMimeData()
    text.setText("hello")
    assert not drag_over(view, view.slot_position(TUE, dt.time(12, 0)), text)


def test_dropping_a_card_where_it_already_is_asks_nothing(
    view: WeekView, moves: list[Move]
) -> None:
    rect = view.card_rect(11)
    assert rect is not None
    spot = view.slot_position(FRI, dt.time(16, 0))
    assert drag_over(view, spot, ids_to_mime([11]))
    assert drop_at(view, spot, ids_to_mime([11])).isAccepted()
    assert moves == []


def test_hidden_platforms_still_count_in_the_preview(qtbot: QtBot) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    posts = sample_posts()
    hidden = frozenset({Platform.FACEBOOK})
    view.set_content(WEEK, posts, sample_report(posts), Settings(), hidden_platforms=hidden)
    view.set_ideas(sample_ideas())
    assert drag_over(view, view.slot_position(TUE, dt.time(12, 0)), ids_to_mime([101]))
    assert view.drop.preview_text == "would be 3 Facebook posts; limit 1"
    leave(view)


def press_and_drag(qtbot: QtBot, widget: object, start: QPoint) -> None:
    """A real left press, then a move past the drag distance, as a hand would."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    distance = QApplication.startDragDistance()
    qtbot.mouseMove(widget, start + QPoint(distance + 3, distance + 3))


def test_a_real_mouse_drag_of_a_card_moves_it(
    view: WeekView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = view.card_rect(3)  # Mon 12:30 Instagram
    assert card is not None
    loop = FakeDragLoop(view, view.slot_position(THU, dt.time(9, 0)))
    loop.install(monkeypatch)
    press_and_drag(qtbot, view, card.topLeft() + QPoint(6, 4))  # grabbed by its top
    assert loop.ids == [3]
    assert not loop.pixmap_null  # the card goes with the cursor
    assert loop.seen_target == (THU, dt.time(9, 0))
    assert moves == [(3, THU, dt.time(9, 0), False)]
    assert view.drop.target is None


def test_a_card_grabbed_lower_down_lands_where_it_is_drawn(
    view: WeekView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = view.card_rect(3)
    assert card is not None
    # Grab the card half an hour below its top: the card's top is 30 minutes above
    # the cursor, so a drop with the cursor in the 10:00 slot puts the post at 09:30.
    grab = view.slot_position(MON, dt.time(13, 0))
    assert card.contains(grab)
    loop = FakeDragLoop(view, view.slot_position(THU, dt.time(10, 0)))
    loop.install(monkeypatch)
    press_and_drag(qtbot, view, grab)
    assert moves == [(3, THU, dt.time(9, 30), False)]


def test_a_real_ctrl_drag_copies_and_esc_cancels(
    view: WeekView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = view.card_rect(6)  # Tue 17:30 Facebook
    assert card is not None
    start = card.topLeft() + QPoint(6, 4)
    cancelled = FakeDragLoop(view, view.slot_position(WED, dt.time(9, 0)), cancel=True)
    cancelled.install(monkeypatch)
    press_and_drag(qtbot, view, start)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start)
    assert cancelled.seen_target == (WED, dt.time(9, 0))  # it hovered...
    assert moves == []  # ...and nothing moved
    assert view.drop.target is None

    copied = FakeDragLoop(view, view.slot_position(WED, dt.time(9, 0)), copy=True)
    copied.install(monkeypatch)
    press_and_drag(qtbot, view, start)
    assert moves == [(6, WED, dt.time(9, 0), True)]


def test_an_idea_dragged_from_the_tray_is_scheduled_with_a_preview(
    view: WeekView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = shown_tray(qtbot)
    item = tray.item_rect(101)  # a Facebook idea
    assert item is not None
    loop = FakeDragLoop(view, view.slot_position(TUE, dt.time(12, 0)))
    loop.on_hover = lambda: list(moves)
    loop.install(monkeypatch)
    press_and_drag(qtbot, tray.list.viewport(), item.center())
    assert loop.ids == [101]
    assert loop.seen_preview == "would be 3 Facebook posts; limit 1"
    assert loop.hover_result == []  # nothing asked before the drop
    assert moves == [(101, TUE, dt.time(12, 0), False)]


def test_a_card_dragged_onto_the_tray_becomes_an_idea(
    view: WeekView, moves: list[Move], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tray = shown_tray(qtbot)
    asked: list[int] = []
    tray.unscheduleRequested.connect(asked.append)
    card = view.card_rect(7)
    assert card is not None
    loop = FakeDragLoop(tray, tray.rect().center())
    loop.on_hover = tray.is_drop_highlighted
    loop.install(monkeypatch)
    press_and_drag(qtbot, view, card.topLeft() + QPoint(6, 4))
    assert loop.hover_result is True
    assert asked == [7]
    assert moves == []
    assert not tray.is_drop_highlighted()


def test_a_drag_waiting_at_the_bottom_edge_scrolls_to_later_hours(
    view: WeekView, qtbot: QtBot
) -> None:
    mime = ids_to_mime([11])
    column = view.header_rect(WED).center().x()
    edge = QPoint(column, view.height() - 5)
    assert drag_over(view, edge, mime)
    first = view.drop.target
    assert first is not None and first[1] < dt.time(21, 0)
    qtbot.waitUntil(lambda: (view.drop.target or first)[1] >= dt.time(21, 30), timeout=3000)
    assert any(timer.isActive() for timer in view.findChildren(QTimer))  # it is scrolling
    leave(view)
    assert not any(timer.isActive() for timer in view.findChildren(QTimer))  # stopped


@pytest.mark.parametrize("width", [1100, 760])
def test_while_dragging_the_day_header_shows_a_short_badge_whole(
    view: WeekView, width: int
) -> None:
    view.resize(width, 700)
    # Friday's Facebook post over Tuesday, which already has two.
    assert drag_over(view, view.slot_position(TUE, dt.time(14, 0)), ids_to_mime([11]))
    notes = view.day_header_notes()
    assert notes[1] in ("3/1 Facebook", "3/1 FB")
    if width == 1100:
        assert notes[1] == "3/1 Facebook"
    # The full sentence stays under the slot.
    assert view.drop.preview_text == "would be 3 Facebook posts; limit 1"
    assert all(note is None or "…" not in note for note in notes)
    leave(view)
    assert view.day_header_notes()[1] in ("2/1 Facebook", "2/1 FB")  # the day's own badge
