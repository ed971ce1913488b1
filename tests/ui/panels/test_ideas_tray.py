"""The ideas tray: what it lists, how it asks for edits, and calendar cards dropped on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from week_view_samples import FakeDragLoop, drag_over, drop_at, leave, sample_ideas, shown_tray

from planner.ui.panels.ideas_tray import IdeasTray
from planner.ui.widgets import theme
from planner.ui.widgets.mime import ids_to_mime


@pytest.fixture
def tray(qtbot: QtBot) -> IdeasTray:
    return shown_tray(qtbot)


def test_lists_the_ideas_under_a_heading_with_names_for_screen_readers(tray: IdeasTray) -> None:
    assert tray.heading.text() == "Ideas"
    assert tray.accessibleName() == "Ideas"
    assert tray.list.accessibleName() == "Ideas list"
    assert all(
        w.accessibleName()
        for w in tray.findChildren(QWidget)
        if not isinstance(w, QLabel) and w.parent() is tray
    )
    assert tray.ids() == [101, 102, 103]
    item = tray.list.item(1)
    assert item.text() == "Gift vouchers for Christmas"
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Promotional idea for Instagram: Gift vouchers for Christmas"
    # Each idea is drawn as a card in its kind colour.
    rect = tray.item_rect(102)
    assert rect is not None
    image = tray.list.viewport().grab().toImage()
    vermillion = theme.kind_colour(sample_ideas()[1].kind)
    strip = image.pixelColor(QPoint(rect.left() + 6, rect.center().y()))
    assert strip == vermillion


def test_set_ideas_keeps_the_selection_and_drops_ideas_that_left(
    tray: IdeasTray, qtbot: QtBot
) -> None:
    rect = tray.item_rect(102)
    assert rect is not None
    qtbot.mouseClick(tray.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tray.selected_ids() == [102]
    tray.set_ideas(sample_ideas()[1:])
    assert tray.selected_ids() == [102]
    with qtbot.waitSignal(tray.selectionChanged):
        tray.set_ideas(sample_ideas()[:1])
    assert tray.selected_ids() == []
    tray.set_ideas([])
    assert tray.ids() == []


def test_the_same_ideas_again_rebuild_nothing_but_a_changed_one_shows(tray: IdeasTray) -> None:
    # A week switch hands the tray the same ideas: the list keeps its items, unpainted.
    items = [tray.list.item(row) for row in range(tray.list.count())]
    tray.set_ideas(sample_ideas())
    assert [tray.list.item(row) for row in range(tray.list.count())] == items
    renamed = [sample_ideas()[0].with_changes(text="Spring clean your toothbrush"),
               *sample_ideas()[1:]]  # fmt: skip
    tray.set_ideas(renamed)
    assert tray.list.item(0).text() == "Spring clean your toothbrush"
    assert tray.ids() == [101, 102, 103]


def test_double_click_or_enter_asks_to_edit(tray: IdeasTray, qtbot: QtBot) -> None:
    rect = tray.item_rect(103)
    assert rect is not None
    viewport = tray.list.viewport()
    # The click first, as a hand gives it: the item view only takes a double-click on
    # the item it saw pressed.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tray.editRequested) as edited:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert edited.args == [103]
    tray.list.setFocus()
    tray.list.setCurrentRow(0)
    with qtbot.waitSignal(tray.editRequested) as edited:
        qtbot.keyClick(tray.list, Qt.Key.Key_Return)
    assert edited.args == [101]


def test_a_calendar_card_dropped_on_the_tray_asks_to_unschedule(
    tray: IdeasTray, qtbot: QtBot
) -> None:
    asked: list[int] = []
    tray.unscheduleRequested.connect(asked.append)
    over_list = tray.list.geometry().center()  # the list passes drops up to the tray
    mime = ids_to_mime([7])
    assert drag_over(tray, over_list, mime)
    assert tray.is_drop_highlighted()
    assert asked == []
    drop = drop_at(tray, over_list, mime)
    assert drop.isAccepted() and drop.dropAction() == Qt.DropAction.MoveAction
    assert asked == [7]
    assert not tray.is_drop_highlighted()


def test_an_idea_dropped_back_on_the_tray_is_ignored_and_leave_clears(tray: IdeasTray) -> None:
    asked: list[int] = []
    tray.unscheduleRequested.connect(asked.append)
    assert not drag_over(tray, tray.rect().center(), ids_to_mime([101]))
    assert not tray.is_drop_highlighted()
    assert drag_over(tray, tray.rect().center(), ids_to_mime([5]))
    leave(tray)
    assert not tray.is_drop_highlighted()
    assert asked == []


def test_a_real_drag_out_of_the_tray_carries_the_idea_id(
    tray: IdeasTray, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = QWidget()
    qtbot.addWidget(target)
    loop = FakeDragLoop(target, QPoint(5, 5)).install(monkeypatch)
    rect = tray.item_rect(102)
    assert rect is not None
    qtbot.mousePress(tray.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseMove(tray.list.viewport(), rect.center() + QPoint(30, 30))
    assert loop.ids == [102]
    assert not loop.pixmap_null


def test_an_empty_tray_says_how_to_fill_it(tray: IdeasTray, qtbot: QtBot) -> None:
    full = tray.list.viewport().grab().toImage()
    tray.set_ideas([])
    empty = tray.list.viewport().grab().toImage()
    ink = theme.muted_text(tray.palette())
    # The hint is drawn in the middle of the empty list.
    centre = empty.rect().center()
    band = [
        empty.pixelColor(x, y)
        for x in range(10, empty.width() - 10)
        for y in range(centre.y() - 20, centre.y() + 20)
    ]
    assert any(abs(c.red() - ink.red()) < 40 and c != empty.pixelColor(1, 1) for c in band)
    assert full != empty
