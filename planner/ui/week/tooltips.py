"""What the week view's tooltips say: a day's awareness days and limit warnings over its
header, a post's full summary, the guard's word on its shield and its consent problems
over its card."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from planner.ui.week.badges import DayBadges
from planner.ui.week.positions import WeekPositions
from planner.ui.week.words import card_summary
from planner.ui.widgets.shield_badge import shield_note


def tooltip_text(
    positions: WeekPositions,
    badges: DayBadges,
    notes: Mapping[int, Sequence[str]],
    point: QPointF,
    shields: Mapping[int, str] | None = None,
) -> str:
    """The tooltip at ``point`` ("" where there is nothing to say)."""
    header_day = positions.geometry.header_day_at(point)
    if header_day is not None:
        return badges.tooltip(header_day)
    post_id = positions.card_at(point)
    card = None if post_id is None else positions.card(post_id)
    if card is None:
        return ""
    shield = shield_note((shields or {}).get(card.post_id))  # "" for none
    summary = card_summary(card.post, full=True) + shield
    return "\n".join([summary, *notes.get(card.post_id, [])])


def show_tooltip(widget: QWidget, event: QEvent, text: str) -> None:
    """Show ``text`` for a tooltip ``event`` on ``widget``, or hide the tooltip for ""."""
    assert isinstance(event, QHelpEvent)
    if text:
        QToolTip.showText(event.globalPos(), text, widget)
    else:
        QToolTip.hideText()
        event.ignore()
