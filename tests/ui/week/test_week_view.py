"""The week grid: where cards sit, day badges, scrolling, keyboard and mouse, speed."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFontMetricsF, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from week_view_samples import (
    FRI,
    MON,
    SAT,
    THU,
    TUE,
    WED,
    WEEK,
    sample_ideas,
    sample_posts,
    sample_report,
)

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.ui.week.view import WeekView
from planner.ui.widgets import card_cache, theme

SIZE = (1100, 700)


def make_view(qtbot: QtBot, posts: list[Post] | None = None, **kwargs: object) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    shown = sample_posts() if posts is None else posts
    view.set_content(WEEK, shown, sample_report(shown), Settings(), today=WED, **kwargs)  # type: ignore[arg-type]
    view.set_ideas(sample_ideas())
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    return make_view(qtbot)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_each_card_sits_in_its_day_column_at_its_time(view: WeekView) -> None:
    for post in sample_posts():
        assert post.id is not None and post.date is not None and post.time is not None
        rect = view.card_rect(post.id)
        assert rect is not None, post
        column = view.header_rect(post.date)
        assert column.left() <= rect.left() and rect.right() <= column.right()
        assert view.slot_at(rect.topLeft() + QPoint(2, 2)) == (post.date, post.time)


def test_posts_at_the_same_time_sit_side_by_side_and_no_cards_overlap(view: WeekView) -> None:
    rects = {post_id: view.card_rect(post_id) for post_id in view.shown_ids()}
    assert len(rects) == 13
    for (a, rect_a), (b, rect_b) in itertools.combinations(rects.items(), 2):
        assert rect_a is not None and rect_b is not None
        assert not rect_a.intersects(rect_b), (a, b)
    monday = [rects[1], rects[2]]
    thursday = [rects[8], rects[9], rects[10]]
    for group in (monday, thursday):
        assert len({r.top() for r in group if r}) == 1  # same time, same height
        lefts = sorted(r.left() for r in group if r)
        assert lefts == sorted(set(lefts))  # each in its own lane
    column = view.header_rect(THU)
    assert sum(r.width() for r in thursday if r) > column.width() * 0.85  # lanes share the width


def test_a_long_text_grows_its_card_into_free_time_to_show_more_lines(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.resize(1000, 900)
    # Tue 10:00 "Whitening offer: 20% off all December" is free until 17:30; Mon 09:00
    # Facebook shares its hour with X, and Thu 11:00's three lanes are too narrow.
    single, short = view.card_rect(5), view.card_rect(12)
    lane = view.card_rect(1)
    assert single is not None and short is not None and lane is not None
    line = QFontMetricsF(view.font()).height()
    assert single.height() >= 3 * line  # its time, then two lines of text
    # Beside another card a card is narrower, so its text needs more lines: it grows
    # further into the free time below it.
    assert lane.height() > single.height()
    assert short.height() <= single.height()
    assert single.bottom() < view.slot_position(TUE, dt.time(17, 30)).y() - 4
    # Every card still starts at its time and none overlaps another.
    test_posts_at_the_same_time_sit_side_by_side_and_no_cards_overlap(view)
    test_each_card_sits_in_its_day_column_at_its_time(view)


def test_hidden_platforms_are_not_drawn(qtbot: QtBot) -> None:
    view = make_view(qtbot, hidden_platforms=frozenset({Platform.X}))
    x_ids = {p.id for p in sample_posts() if p.platform is Platform.X}
    assert x_ids and not x_ids & set(view.shown_ids())
    assert view.card_rect(2) is None
    # Monday's Facebook post now has the whole column width to itself.
    rect = view.card_rect(1)
    assert rect is not None and rect.width() > view.header_rect(MON).width() * 0.9


def test_a_day_over_its_limit_shows_a_badge_with_the_message_as_tooltip(
    view: WeekView, qtbot: QtBot
) -> None:
    assert view.day_badge_text(TUE) == "2/1 Facebook"
    assert all(view.day_badge_text(d) is None for d in WEEK.days() if d != TUE)
    header = view.header_rect(TUE)
    message = "Tue 1 Dec: 2 Facebook posts; the limit is 1 a day. Move one to another day."
    assert view.tooltip_at(header.center()) == message
    assert view.tooltip_at(view.header_rect(MON).center()) == ""
    help_event = QHelpEvent(QEvent.Type.ToolTip, header.center(), view.mapToGlobal(header.center()))
    QApplication.sendEvent(view, help_event)
    qtbot.waitUntil(lambda: QToolTip.text() == message)
    assert message in view.accessibleDescription()

    # The badge is drawn: the warning red appears in Tuesday's header and not Monday's.
    image = view.grab().toImage()
    red = theme.warning_colour(view.palette())

    def reds(rect: object) -> int:
        return sum(
            1
            for x in range(rect.left(), rect.right())  # type: ignore[attr-defined]
            for y in range(rect.top(), rect.bottom())  # type: ignore[attr-defined]
            if _close(image.pixelColor(x, y), red)
        )

    assert reds(header) > 20
    assert reds(view.header_rect(MON)) == 0


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < tolerance
    )


def test_today_is_highlighted_in_the_header(view: WeekView) -> None:
    image = view.grab().toImage()
    highlight = theme.focus_colour(view.palette())
    for day in WEEK.days():
        header = view.header_rect(day)
        pill = sum(
            1
            for x in range(header.left(), header.right())
            for y in range(header.top() + 4, header.top() + 20)  # below the focus frame
            if _close(image.pixelColor(x, y), highlight)
        )
        assert (pill > 100) == (day == WED), day


def test_working_hours_fill_the_height_and_the_rest_scrolls(view: WeekView) -> None:
    header = view.header_rect(MON)
    x = header.center().x()
    assert view.slot_at(QPoint(x, header.bottom() + 3)) == (MON, dt.time(7, 0))
    assert view.slot_at(QPoint(x, view.height() - 3)) == (MON, dt.time(20, 45))
    view.scroll_to_hour(0)
    assert view.slot_at(QPoint(x, header.bottom() + 3)) == (MON, dt.time(0, 0))
    view.scroll_to_hour(22)  # as far as the end of the day allows
    assert view.slot_at(QPoint(x, view.height() - 3)) == (MON, dt.time(23, 45))


def test_set_content_keeps_the_selection_of_posts_still_shown(view: WeekView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.selectionChanged):
        view.select_posts([9, 999, 5])
    assert view.selected_ids() == [9, 5]
    posts = [p for p in sample_posts() if p.id != 5]
    with qtbot.waitSignal(view.selectionChanged):
        view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WED)
    assert view.selected_ids() == [9]


def test_tab_walks_the_cards_in_time_order_then_leaves(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    view = WeekView(host)
    after = QPushButton("After", host)
    layout = QVBoxLayout(host)
    layout.addWidget(view)
    layout.addWidget(after)
    host.resize(1100, 760)
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WED)
    host.show()
    qtbot.waitExposed(host)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_ids() == [1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_ids() == [2]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected_ids() == [1]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.selected_ids() == [12]  # Saturday's, the last of the week
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()  # no keyboard trap past the last card


def test_arrows_select_by_day_and_by_time(view: WeekView, qtbot: QtBot) -> None:
    focus(qtbot, view)
    view.select_posts([1])  # Mon 09:00
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_ids() == [4]  # Tue 08:00: as near to 09:00 as 10:00, and earlier
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_ids() == [7]  # Wed 13:00
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_ids() == [13]  # Wed 19:30
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_ids() == [13]  # stays at the day's last card
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_ids() == [5]  # Tue 10:00 is nearest to 13:00
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_ids() == []


def test_alt_arrows_ask_to_move_the_selected_post_and_enter_edits(
    view: WeekView, qtbot: QtBot
) -> None:
    moves: list[tuple[int, object, object, bool]] = []
    edits: list[int] = []
    view.moveRequested.connect(lambda *args: moves.append(args))
    view.editRequested.connect(edits.append)
    focus(qtbot, view)
    view.select_posts([5])  # Tue 10:00
    alt = Qt.KeyboardModifier.AltModifier
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(view, key, alt)
    assert moves == [
        (5, WED, dt.time(10, 0), False),
        (5, MON, dt.time(10, 0), False),
        (5, TUE, dt.time(9, 45), False),
        (5, TUE, dt.time(10, 15), False),
    ]
    assert view.selected_ids() == [5]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert edits == [5, 5]


def test_alt_up_at_midnight_does_not_leave_the_day(qtbot: QtBot) -> None:
    early = Post(Platform.X, Kind.SHARED, "Night owl", Status.DRAFT, SAT, dt.time(0, 0), id=50)
    view = make_view(qtbot, [early])
    moves: list[object] = []
    view.moveRequested.connect(lambda *args: moves.append(args))
    focus(qtbot, view)
    view.select_posts([50])
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert moves == []
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert moves == [(50, SAT, dt.time(0, 15), False)]


def test_double_click_an_empty_slot_creates_and_a_card_edits(view: WeekView, qtbot: QtBot) -> None:
    slot = view.slot_position(FRI, dt.time(14, 30))
    with qtbot.waitSignal(view.createRequested) as created:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=slot + QPoint(0, 3))
    assert created.args == [FRI, dt.time(14, 30)]
    card = view.card_rect(11)
    assert card is not None
    with qtbot.waitSignal(view.editRequested) as edited:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=card.center())
    assert edited.args == [11]


def test_click_selects_and_ctrl_click_adds(view: WeekView, qtbot: QtBot) -> None:
    first, second = view.card_rect(3), view.card_rect(6)
    assert first is not None and second is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=first.center())
    assert view.selected_ids() == [3]
    assert view.hasFocus()
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second.center()
    )
    assert view.selected_ids() == [3, 6]
    empty = view.slot_position(SAT, dt.time(15, 0))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty)
    assert view.selected_ids() == []


def test_context_menu_asks_for_the_card_under_the_mouse_or_the_selected_one(
    view: WeekView, qtbot: QtBot
) -> None:
    card = view.card_rect(7)
    assert card is not None
    where = view.mapToGlobal(card.center())
    with qtbot.waitSignal(view.contextMenuRequested) as asked:
        QApplication.sendEvent(
            view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, card.center(), where)
        )
    assert asked.args == [7, where]
    assert view.selected_ids() == [7]
    with qtbot.waitSignal(view.contextMenuRequested) as asked:
        origin = QPoint(0, 0)
        keyboard = QContextMenuEvent.Reason.Keyboard
        QApplication.sendEvent(view, QContextMenuEvent(keyboard, origin, view.mapToGlobal(origin)))
    assert asked.args[0] == 7
    empty = view.slot_position(SAT, dt.time(15, 0))
    with qtbot.assertNotEmitted(view.contextMenuRequested):
        QApplication.sendEvent(
            view, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, empty, view.mapToGlobal(empty))
        )


def test_controls_have_names_and_the_selection_a_visible_focus_ring(
    view: WeekView, qtbot: QtBot
) -> None:
    assert view.accessibleName() == "Week calendar"
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert all(child.accessibleName() for child in view.findChildren(QWidget))
    card = view.card_rect(12)
    assert card is not None
    ring = theme.focus_colour(view.palette())
    edge = QPoint(card.left() - 1, card.center().y())
    assert not _close(view.grab().toImage().pixelColor(edge), ring)
    view.select_posts([12])
    assert "Selected: Sat 5 Dec 10:00 · Instagram · Original" in view.accessibleDescription()
    focus(qtbot, view)
    focused = view.grab().toImage()
    assert _close(focused.pixelColor(edge), ring)
    # The widget itself shows it has focus with a frame in the highlight colour.
    assert _close(focused.pixelColor(QPoint(1, view.height() // 2)), ring)


def busy_week() -> list[Post]:
    posts = sample_posts()
    kinds, platforms = list(Kind), list(Platform)
    for i in range(17):
        posts.append(
            Post(
                platform=platforms[i % 4],
                kind=kinds[i % 3],
                text=f"Extra post {i}: a longer first line about gums, teeth and check-ups",
                status=Status.DRAFT,
                date=WEEK.days()[i % 7],
                time=dt.time(8 + i % 12, 15 * (i % 4)),
                id=200 + i,
            )
        )
    return posts


def test_a_busy_week_is_shown_whole_and_repainted_from_its_rendered_cards(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty cards fit a frame because a repaint renders none of them again
    (bench/run.py times it on a real store)."""
    posts = busy_week()
    assert len(posts) == 30
    view = make_view(qtbot, posts)
    view.select_posts([5])
    report = sample_report(posts)
    view.grab()
    rendered: list[object] = []
    real_paint_card = card_cache.paint_card
    monkeypatch.setattr(
        card_cache, "paint_card", lambda *a, **k: rendered.append(a) or real_paint_card(*a, **k)
    )
    for _ in range(3):
        view.set_content(WEEK, posts, report, Settings(), today=WED)
        view.grab()
    assert rendered == []
    assert len(view.shown_ids()) == 30


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_on_a_colour_reads_at_wcag_aa(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    palette = dark_palette if dark else QApplication.palette()
    assert theme.is_dark(palette) == dark
    for kind in Kind:
        assert theme.contrast(theme.badge_text(kind), theme.kind_colour(kind)) >= 4.5, kind
        fill = theme.card_fill(kind, palette)
        assert theme.contrast(theme.text_on(fill), fill) >= 4.5, kind
    warning_fill = theme.warning_fill(palette)
    assert theme.contrast(theme.warning_colour(palette), warning_fill) >= 4.5
    assert theme.contrast(theme.text_on(warning_fill), warning_fill) >= 4.5


def test_a_switch_to_a_dark_palette_repaints_the_cards_dark(
    view: WeekView, dark_palette: QPalette
) -> None:
    card = view.card_rect(4)
    assert card is not None
    spot = card.bottomRight() - QPoint(6, 4)
    assert view.grab().toImage().pixelColor(spot).lightness() > 150
    view.setPalette(dark_palette)
    assert view.grab().toImage().pixelColor(spot).lightness() < 110
