"""The mix gauges read as meters, not sliders: a filled bar, a target line, no handle,
and the mouse passes through them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.panels.mix_gauge import BAR_HEIGHT, MixGauge

WEEK = Week(2026, 49)
# 2 original, 4 shared, 1 promotional: 29%, 57%, 14%.
KINDS = [Kind.ORIGINAL, Kind.SHARED, Kind.SHARED, Kind.PROMOTIONAL, Kind.SHARED]
KINDS += [Kind.SHARED, Kind.ORIGINAL]


def week_posts() -> list[Post]:
    return [
        Post(Platform.X, kind, f"post {n}", date=WEEK.monday, time=dt.time(9), id=n + 1)
        for n, kind in enumerate(KINDS)
    ]


def shown_gauge(qtbot: QtBot) -> MixGauge:
    gauge = MixGauge()
    qtbot.addWidget(gauge)
    gauge.resize(320, gauge.sizeHint().height())
    gauge.set_report(evaluate_week(WEEK, week_posts(), Settings()), Settings())
    return gauge


def picture(gauge: MixGauge) -> QImage:
    image = QImage(gauge.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    gauge.render(image)
    return image


def kind_rows(image: QImage, x: int, kind: Kind) -> int:
    """How many pixels of column ``x`` are the kind's own colour."""
    colour = QColor(kind.colour)
    return sum(image.pixelColor(x, y) == colour for y in range(image.height()))


def test_each_share_is_a_bar_filled_from_the_left_with_no_handle(qtbot: QtBot) -> None:
    gauge = shown_gauge(qtbot)
    image = picture(gauge)
    report = evaluate_week(WEEK, week_posts(), Settings())
    for kind in Kind:
        track = gauge.track_rect(kind)
        end = track.left() + track.width() * report.mix[kind].share
        y = round(track.center().y())
        colour = QColor(kind.colour)
        band, target = Settings().bands[kind], Settings().targets[kind]
        marks = [track.left() + track.width() * f for f in (band.min, band.max, target)]
        # Filled from 0% to the share (the band's edges and the target cross it)...
        for x in range(round(track.left()) + 2, round(end) - 2, 3):
            if all(abs(x - mark) > 2 for mark in marks):
                assert image.pixelColor(x, y) == colour, (kind, x)
        # ...and nothing of the kind's colour past it on the track.
        for x in range(round(end) + 3, round(track.right()) - 1, 3):
            assert image.pixelColor(x, y) != colour, (kind, x)
        # At the bar's end it is as tall as the bar: no round knob standing out of it.
        # (The stacked bar at the top counts too: a column there is solid kind colour.)
        column = round(end) - 2
        in_row = sum(
            image.pixelColor(column, yy) == colour
            for yy in range(round(track.top()) - 8, round(track.bottom()) + 8)
        )
        assert 0 < in_row <= BAR_HEIGHT + 1, (kind, in_row)


def test_the_target_is_a_tall_line_across_the_track(qtbot: QtBot) -> None:
    gauge = shown_gauge(qtbot)
    image = picture(gauge)
    for kind in Kind:
        track = gauge.track_rect(kind)
        x = round(track.left() + track.width() * Settings().targets[kind])
        above, below = round(track.top()) - 3, round(track.bottom()) + 2
        for y in (above, below):
            dark = min(image.pixelColor(xx, y).lightness() for xx in (x - 1, x, x + 1))
            assert dark < 90, (kind, y)
        # Away from the target and the band's edges, nothing stands above the track.
        assert image.pixelColor(round(track.right()) - 2, above) == image.pixelColor(2, above)


class PressRecorder(QWidget):
    """The panel behind the gauge: it sees the presses the gauge lets through."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.presses += 1


def test_dragging_a_gauge_does_nothing_and_the_press_passes_through(qtbot: QtBot) -> None:
    behind = PressRecorder()
    qtbot.addWidget(behind)
    gauge = MixGauge(behind)
    QVBoxLayout(behind).addWidget(gauge)
    gauge.set_report(evaluate_week(WEEK, week_posts(), Settings()), Settings())
    behind.resize(320, gauge.sizeHint().height() + 20)
    behind.show()
    qtbot.waitExposed(behind)
    before = picture(gauge)
    track = gauge.track_rect(Kind.SHARED)
    start = track.center().toPoint()
    qtbot.mousePress(gauge, Qt.MouseButton.LeftButton, pos=start)
    assert QWidget.mouseGrabber() is not gauge
    qtbot.mouseMove(gauge, start + QPoint(60, 0))
    qtbot.mouseRelease(gauge, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert picture(gauge) == before
    assert behind.presses == 1  # the gauge did not take the press as its own
    assert gauge.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert gauge.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert "not controls" in gauge.toolTip()
