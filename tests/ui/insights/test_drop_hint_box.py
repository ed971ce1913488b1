"""Where a drag's best-time hint is drawn: under the slot and its warning, or above them
when the hours end too soon below."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from planner.ui.week.drop_hint import GAP, hint_box, hint_box_height
from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.widgets.card_painter import warning_box_height

HINT = "Tue 10:00 is one of Facebook's best times: 5.2% median engagement over 5 posts."
WARNING = "would be 3 Facebook posts; limit 1"
# 60 px an hour, nothing scrolled: 10:00 is at 40 + 600 px; the body ends at 1000 px.
GEOMETRY = WeekGeometry(1000, 1000, 40, 50, 16, 60, 0, 0, 30)


def test_the_hint_sits_below_the_slot_and_below_a_warning(qapp: QApplication) -> None:
    font = QFont(qapp.font())
    slot = GEOMETRY.slot_rect(1, 600, 30)
    alone = hint_box(GEOMETRY, 1, 600, 30, None, HINT, font)
    assert alone.top() == slot.bottom() + GAP
    assert alone.height() == hint_box_height(HINT, GEOMETRY.column_width - 6, font)
    warned = hint_box(GEOMETRY, 1, 600, 30, WARNING, HINT, font)
    below_warning = warning_box_height(WARNING, GEOMETRY.column_width - 6, font) + GAP
    assert warned.top() == alone.top() + below_warning
    assert warned.left() == GEOMETRY.column_left(1) + 3


def test_late_in_the_day_the_hint_goes_above_the_slot_and_its_warning(qapp: QApplication) -> None:
    font = QFont(qapp.font())
    late = 15 * 60 + 30  # 15:30: its slot ends 30 px above the body's bottom
    slot = GEOMETRY.slot_rect(1, late, 30)
    assert slot.bottom() + 60 > GEOMETRY.body.bottom()
    alone = hint_box(GEOMETRY, 1, late, 30, None, HINT, font)
    assert alone.bottom() == slot.top() - GAP
    warned = hint_box(GEOMETRY, 1, late, 30, WARNING, HINT, font)
    above_warning = warning_box_height(WARNING, GEOMETRY.column_width - 6, font) + GAP
    assert warned.bottom() == slot.top() - GAP - above_warning
