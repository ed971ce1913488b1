"""The warnings panel: the gauge's words and the list of warnings, clickable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.panels.legend import KindLegend
from planner.ui.panels.warnings_panel import MixGauge, WarningsPanel

WEEK = Week(2026, 49)
TUE = dt.date(2026, 12, 1)


def post(post_id: int, kind: Kind, platform: Platform = Platform.X, day: int = 0) -> Post:
    return Post(
        platform,
        kind,
        f"post {post_id}",
        date=WEEK.monday + dt.timedelta(days=day),
        time=dt.time(9, 0),
        id=post_id,
    )


def panel_for(qtbot: QtBot, posts: list[Post], settings: Settings | None = None) -> WarningsPanel:
    settings = settings or Settings()
    panel = WarningsPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 420)
    panel.set_report(evaluate_week(WEEK, posts, settings), settings)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_too_few_posts_are_not_judged(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, [post(1, Kind.PROMOTIONAL), post(2, Kind.PROMOTIONAL)])
    assert panel.gauge.summary() == "2 posts this week: too few to judge the mix (needs 5)."
    assert panel.messages() == []
    assert panel.list.item(0).text() == "No warnings this week."


def test_each_warning_is_listed_in_the_rules_words(qtbot: QtBot) -> None:
    posts = [
        post(1, Kind.PROMOTIONAL, Platform.FACEBOOK, day=1),
        post(2, Kind.PROMOTIONAL, Platform.FACEBOOK, day=1),
        post(3, Kind.SHARED),
        post(4, Kind.SHARED),
        post(5, Kind.SHARED),
        post(6, Kind.SHARED),
        post(7, Kind.ORIGINAL),
    ]
    panel = panel_for(qtbot, posts)
    report = evaluate_week(WEEK, posts, Settings())
    assert panel.messages() == [w.message for w in report.warnings]
    assert panel.messages()[1] == (
        "Promotional is 29% of this week (2 of 7 posts); keep it at or below 15%. "
        "Change one to shared or original, or add posts."
    )
    assert "Tue 1 Dec: 2 Facebook posts; the limit is 1 a day." in panel.messages()[-1]
    assert panel.warnings_title.text() == f"Warnings ({len(report.warnings)})"
    assert panel.gauge.summary() == "7 posts: Original 14%, Shared 57%, Promotional 29%"


def test_clicking_a_warning_asks_for_its_posts(qtbot: QtBot) -> None:
    posts = [
        post(11, Kind.ORIGINAL, Platform.FACEBOOK, day=1),
        post(12, Kind.SHARED, Platform.FACEBOOK, day=1),
    ]
    panel = panel_for(qtbot, posts)
    item = panel.list.item(0)
    rect = panel.list.visualItemRect(item)
    with qtbot.waitSignal(panel.postsRequested) as signal:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [[11, 12]]


def test_the_gauge_paints_the_kind_colours(qtbot: QtBot) -> None:
    gauge = MixGauge()
    qtbot.addWidget(gauge)
    gauge.resize(300, gauge.sizeHint().height())
    posts = [post(1, Kind.ORIGINAL), post(2, Kind.SHARED), post(3, Kind.SHARED)]
    posts += [post(4, Kind.SHARED), post(5, Kind.PROMOTIONAL)]
    gauge.set_report(evaluate_week(WEEK, posts, Settings()), Settings())
    image = QImage(gauge.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    gauge.render(image)
    y = 6  # inside the stacked bar
    assert image.pixelColor(5, y) == QColor(Kind.ORIGINAL.colour)  # the first 20%
    assert image.pixelColor(150, y) == QColor(Kind.SHARED.colour)  # 20% to 80%
    assert image.pixelColor(295, y) == QColor(Kind.PROMOTIONAL.colour)  # the last 20%


def test_the_legend_names_each_kind(qtbot: QtBot) -> None:
    legend = KindLegend()
    qtbot.addWidget(legend)
    assert legend.accessibleDescription() == "O: Original, S: Shared, P: Promotional"
    assert legend.sizeHint().width() > 3 * legend.fontMetrics().horizontalAdvance("Original")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_empty_gauge_track_follows_the_palette(
    qtbot: QtBot, dark: bool, dark_palette: QPalette
) -> None:
    gauge = MixGauge()
    qtbot.addWidget(gauge)
    palette = dark_palette if dark else QApplication.palette()
    gauge.setPalette(palette)
    gauge.resize(300, gauge.sizeHint().height())
    # Five posts, all original: the kinds' rows show their tracks, the bar is full.
    posts = [post(i, Kind.ORIGINAL) for i in range(1, 6)]
    gauge.set_report(evaluate_week(WEEK, posts, Settings()), Settings())
    image = gauge.grab().toImage()
    window = palette.color(QPalette.ColorRole.Window)
    row = gauge.fontMetrics().height() + 6  # as the gauge lays out its rows
    # The promotional row's track, right of its band (0–15%) and its marker (0%).
    at = QPoint(round(gauge.width() * 0.62), round(row * 3 + 10 + row / 2))
    track = image.pixelColor(at * image.devicePixelRatio())
    assert track != window  # a track is drawn there...
    # ...a step from the window towards the text, not a light grey on a dark panel.
    assert (track.lightness() > window.lightness()) == dark, track.name()
    assert abs(track.lightness() - window.lightness()) < 90, track.name()
