"""The painted heat map: the best cell is the darkest, too few is marked, each cell speaks."""

from __future__ import annotations

import pytest
from insights_history import history
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from planner.core.domain import Platform
from planner.core.insights import HeatMap, best_slots, heat_map
from planner.printing.heat_map_page import HeatInk
from planner.ui.insights.heat_map_view import HeatMapView
from planner.ui.widgets.theme import is_dark, luminance

HOURS = range(7, 21)


def shown_view(qtbot: QtBot, heat: HeatMap, palette: QPalette | None = None) -> HeatMapView:
    view = HeatMapView()
    qtbot.addWidget(view)
    if palette is not None:
        view.setPalette(palette)
    view.set_heat(heat)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def pixel(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor((point * image.devicePixelRatio()).toPoint())


def corner(rect: QRectF) -> QPointF:
    """Inside the cell, clear of its centred words."""
    return rect.topLeft() + QPointF(4, 4)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_best_cell_is_the_darkest_and_darkness_follows_the_rate(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    heat = heat_map(history(), Platform.FACEBOOK, HOURS)
    view = shown_view(qtbot, heat, dark_palette if dark else QApplication.palette())
    assert is_dark(view.palette()) == dark
    image = view.grab().toImage()
    judged = [cell for cell in heat.filled() if not cell.too_few]
    assert len(judged) == 4
    shade = {
        (c.weekday, c.hour): luminance(pixel(image, corner(view.cell_rect(c.weekday, c.hour))))
        for c in judged
    }
    best = best_slots(heat)[0]
    assert (best.weekday, best.hour) == (1, 10)
    others = [value for slot, value in shade.items() if slot != (1, 10)]
    assert shade[(1, 10)] < min(others)
    # Greyscale reads the same order as the rates: a higher median is always darker.
    by_rate = sorted(judged, key=lambda c: c.median or 0)
    values = [shade[(c.weekday, c.hour)] for c in by_rate]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)
    # A working hour with no posts is the plain empty colour, not the lightest of the scale.
    empty = pixel(image, corner(view.cell_rect(5, 7)))
    assert empty == HeatInk.from_palette(view.palette()).empty
    assert luminance(empty) != pytest.approx(values[0], abs=0.02)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_cell_with_fewer_than_three_posts_is_striped_and_says_so(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    heat = heat_map(history(), Platform.FACEBOOK, HOURS)
    assert heat.cell(4, 16).too_few and not heat.cell(3, 14).too_few
    view = shown_view(qtbot, heat, dark_palette if dark else QApplication.palette())
    image = view.grab().toImage()

    def colours_along_top(weekday: int, hour: int) -> set[str]:
        rect = view.cell_rect(weekday, hour)
        y = rect.top() + 4
        xs = range(round(rect.left()) + 2, round(rect.right()) - 4)
        return {pixel(image, QPointF(x, y)).name() for x in xs}

    striped = colours_along_top(4, 16)
    plain = colours_along_top(3, 14)
    empty = HeatInk.from_palette(view.palette()).empty.name()
    assert len(plain) == 1 and empty not in plain
    assert empty in striped and len(striped) >= 3  # the page, the stripe, their edges
    assert view.description_at(view.cell_rect(4, 16).center()) == (
        "Friday 16:00–17:00: 2 posts, median engagement rate 25.0% (too few to judge)"
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_legend_ramp_runs_from_light_to_dark_between_the_lowest_and_best_rate(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    view = shown_view(qtbot, heat_map(history(), Platform.FACEBOOK, HOURS),
                      dark_palette if dark else QApplication.palette())  # fmt: skip
    image = view.grab().toImage()
    bar = view.painted.scale_bar
    assert bar.width() > 50 and view.painted.legend.contains(bar)
    ink = HeatInk.from_palette(view.palette())
    y = bar.center().y()
    low = pixel(image, QPointF(bar.left() + 3, y))
    high = pixel(image, QPointF(bar.right() - 3, y))
    assert luminance(low) > luminance(high)
    for seen, wanted in ((low, ink.scale[0]), (high, ink.scale[-1])):
        assert abs(seen.red() - wanted.red()) + abs(seen.blue() - wanted.blue()) < 30
    # The best slot is painted the colour at the dark end of the ramp.
    best = pixel(image, corner(view.cell_rect(1, 10)))
    assert best == ink.scale[-1]


def test_each_cell_has_its_tooltip(qtbot: QtBot) -> None:
    view = shown_view(qtbot, heat_map(history(), Platform.FACEBOOK, HOURS))
    centre = view.cell_rect(1, 10).center().toPoint()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, view.mapToGlobal(centre))
    QApplication.sendEvent(view, event)
    assert QToolTip.text() == "Tuesday 10:00–11:00: 5 posts, median engagement rate 5.2%"
    empty = view.cell_rect(6, 7).center()
    assert view.description_at(empty) == "Sunday 07:00–08:00: no posts yet"
    assert view.description_at(QPointF(1, 1)) is None  # the margin
    QToolTip.hideText()


def test_the_arrow_keys_walk_the_cells_and_the_description_follows(qtbot: QtBot) -> None:
    view = shown_view(qtbot, heat_map(history(), Platform.FACEBOOK, HOURS))
    assert view.accessibleName() == "Engagement heat map"
    assert view.accessibleDescription().startswith("Facebook: 6 of 98 working hours have posts")
    seen: list[object] = []
    view.currentSlotChanged.connect(seen.append)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_slot == (0, 7)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_slot == (1, 10)
    assert view.accessibleDescription() == (
        "Tuesday 10:00–11:00: 5 posts, median engagement rate 5.2%"
    )
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # stops at Monday
    assert view.current_slot == (0, 10)
    assert seen == [(0, 7), (0, 8), (0, 9), (0, 10), (1, 10), (0, 10)]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(3, 14).center().toPoint())
    assert view.current_slot == (3, 14)


def test_the_ring_marks_the_current_cell(qtbot: QtBot) -> None:
    view = shown_view(qtbot, heat_map(history(), Platform.FACEBOOK, HOURS))
    rect = view.cell_rect(2, 11)
    edge = QPointF(rect.left() + 2, rect.center().y())
    before = pixel(view.grab().toImage(), edge)
    view.set_current_slot((2, 11))
    after = pixel(view.grab().toImage(), edge)
    focus = view.palette().color(QPalette.ColorRole.Highlight)
    assert before != after
    assert abs(after.hue() - focus.hue()) <= 10 or after == focus


def test_no_map_paints_only_the_page(qtbot: QtBot) -> None:
    view = HeatMapView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    assert pixel(image, QPointF(200, 150)) == base
    assert view.map_layout().cells == {}
    assert view.description_at(QPointF(QPoint(200, 150))) is None
