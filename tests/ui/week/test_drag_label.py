"""The label that rides above a dragged card shows its words, however narrow the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDrag, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from week_view_samples import WED, WEEK, sample_posts, sample_report

from planner.core.settings import Settings
from planner.ui.week.view import WeekView
from planner.ui.widgets.card_painter import PAD, CardFonts
from planner.ui.widgets.drop_controller import CHIP_MAX_WIDTH, chip_label


def dragged_chip(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: WeekView, post_id: int
) -> QPixmap:
    """Start a real mouse drag of the card; the pixmap the drag carries."""
    carried: list[QPixmap] = []

    def exec_(drag: QDrag, *args: object) -> Qt.DropAction:
        carried.append(drag.pixmap())
        return Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", exec_)
    card = view.card_rect(post_id)
    assert card is not None
    start = card.topLeft() + QPoint(6, 4)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    step = QApplication.startDragDistance() + 3
    qtbot.mouseMove(view, start + QPoint(step, step))
    assert len(carried) == 1
    return carried[0]


def text_room(chip: QPixmap, fonts: CardFonts) -> float:
    """The width left for the words beside the kind badge (as paint_drag_chip lays it)."""
    width = chip.deviceIndependentSize().width()
    return width - (PAD + 1 + fonts.line_height - 1 + 4) - PAD


@pytest.mark.parametrize("post_id", [5, 1])  # a short text, and a long one
def test_a_narrow_card_drags_a_label_wide_enough_for_its_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, post_id: int
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(560, 600)  # columns about 65 px wide
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WED)
    view.show()
    qtbot.waitExposed(view)
    card = view.card_rect(post_id)
    assert card is not None and card.width() < 80
    chip = dragged_chip(qtbot, monkeypatch, view, post_id)
    fonts = CardFonts.from_font(view.font())
    post = next(p for p in posts if p.id == post_id)
    words = fonts.text_metrics.horizontalAdvance(chip_label(post))
    room = text_room(chip, fonts)
    if words + 40 < CHIP_MAX_WIDTH:  # "Facebook · Whitening offer: 20% off all December"
        assert room >= words  # whole, not "Facebook · …"
    else:  # a long first line: a sentence's worth shows before the ellipsis
        assert room >= CHIP_MAX_WIDTH - 40
        assert fonts.text_metrics.horizontalAdvance("Facebook · Flu clinic opens on") < room
