"""Small and large windows: the panels share the width, collapse and come back; cards
and ideas use the room they have; --size says when it cannot be that small."""

from __future__ import annotations

import datetime as dt
import os
import struct
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.widgets.card_painter import CardFonts, card_height_for
from planner.ui.window.main_window import MainWindow
from planner.ui.window.panel_layout import SIDE, TRAY, WEEK, panel_widths

SAMPLE_WEEK = Week(2026, 49)
TUE = SAMPLE_WEEK.days()[1]


def resized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QApplication.processEvents()  # the layouts settle after the resize


def test_the_panels_take_a_share_of_the_width_within_their_bounds() -> None:
    assert panel_widths(1000) == (140, 660, 200)
    tray, week, side = panel_widths(1900)
    assert (tray, side) == (266, 380) and week == 1900 - tray - side
    assert panel_widths(4000) == (320, 3280, 400)  # no wider than they need
    assert panel_widths(1000, tray=False) == (0, 800, 200)


def test_at_1000_by_700_the_side_panels_give_way_and_the_cards_show_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    resized(qtbot, window, 1400, 900)
    wide = window.splitter.sizes()
    resized(qtbot, window, 1000, 700)
    small = window.splitter.sizes()
    assert small[TRAY] < wide[TRAY] and small[SIDE] < wide[SIDE]  # both panels shrank
    view = window.week_view
    fonts = CardFonts.from_font(view.font())
    column = view.header_rect(TUE).width()
    assert column >= 80  # room for a time and some words on every card
    for post_id in view.shown_ids():
        card = view.card_rect(post_id)
        assert card is not None
        # Its time line and at least one line of text, never the time alone.
        assert card.height() >= card_height_for(1, fonts) - 3, post_id
    # Tuesday's badge is whole, not "⚠ 2/1…".
    notes = view.day_header_notes()
    assert notes[1] in ("2/1 Facebook", "2/1 FB")


def test_at_1920_by_1080_the_tray_widens_and_cards_grow_past_three_lines(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    resized(qtbot, window, 1920, 1080)
    tray = window.ideas_tray
    assert window.splitter.sizes()[TRAY] >= 250
    items = tray.list
    fonts = CardFonts.from_font(items.font())
    assert not items.horizontalScrollBar().isVisible()
    for row in range(items.count()):
        rect = items.visualItemRect(items.item(row))
        assert rect.width() <= items.viewport().width()
        assert rect.height() >= card_height_for(2, fonts)  # the idea, not one cut line
    view = window.week_view
    longest = max(store.posts_in_week(SAMPLE_WEEK), key=lambda p: len(p.text))
    card = view.card_rect(longest.id)  # type: ignore[arg-type]
    assert card is not None
    assert card.height() > card_height_for(3, CardFonts.from_font(view.font()))


def test_a_panel_collapses_from_the_view_menu_and_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_ideas = window.panels.show_tray
    assert show_ideas in window.view_menu.actions()
    week_before = window.splitter.sizes()[WEEK]
    show_ideas.trigger()
    assert window.splitter.sizes()[TRAY] == 0
    assert window.splitter.sizes()[WEEK] > week_before  # the week takes the room
    show_ideas.trigger()
    assert window.splitter.sizes()[TRAY] >= 140
    window.panels.show_side.trigger()
    assert window.splitter.sizes()[SIDE] == 0


def test_a_panel_dragged_shut_is_shut_and_stays_as_dragged(
    qtbot: QtBot, window: MainWindow
) -> None:
    handle = window.splitter.handle(SIDE)  # between the week and the side column
    start = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(600, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(600, 0))
    assert window.splitter.sizes()[SIDE] == 0
    assert not window.panels.show_side.isChecked()
    before = window.splitter.sizes()[TRAY]
    resized(qtbot, window, 1600, 900)
    assert window.splitter.sizes()[TRAY] == before  # sized by hand: kept


def png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def screenshot(tmp_path: Path, size: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    db = tmp_path / "plan.db"
    if not db.exists():
        with open_store(db) as store:
            store.add_many(sample_fortnight(Week.containing(dt.date.today())))
    shot = tmp_path / f"shot-{size}.png"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])}
    env.pop("QT_QPA_PLATFORM", None)  # a screenshot goes offscreen by itself
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(db), "--screenshot", str(shot),
         "--size", size],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    return done, shot


def test_size_800_by_600_really_makes_that_size(tmp_path: Path) -> None:
    done, shot = screenshot(tmp_path, "800x600")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert png_size(shot) == (800, 600)


def test_a_size_below_the_least_says_so_in_one_line(tmp_path: Path) -> None:
    done, shot = screenshot(tmp_path, "300x250")
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("planner: warning: the window cannot be smaller than ")
    width, height = png_size(shot)
    assert line.endswith(f", so it is {width}x{height} rather than 300x250")
    assert width > 300 and height >= 250


def test_a_squeezed_bar_settles_instead_of_laying_out_forever(
    qtbot: QtBot, window: MainWindow
) -> None:
    resized(qtbot, window, 1000, 700)  # the bar squeezes its platform buttons
    assert window.week_bar._squeezed > 0
    requests: list[int] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(1)
            return False

    counter = Counter()
    window.week_bar.installEventFilter(counter)
    qtbot.wait(300)  # idle: nothing should change
    window.week_bar.removeEventFilter(counter)
    assert len(requests) < 5  # it used to be hundreds: a step back, taken again, each time
