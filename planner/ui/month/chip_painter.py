"""A post as a small chip of the month: the kind's colour and letter, its time and its
platform, then as much of its text as fits. Narrow cells drop the text, then the letter
(the colour and the tooltip still say the kind), then shrink the type; the time and the
platform stay longest. Every chip of one width reads alike: the layout is chosen for
the widest time and platform, once per width."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from planner.core.domain import Platform, Post, format_time
from planner.ui.widgets import theme
from planner.ui.widgets.card_painter import (
    RADIUS,
    CardFonts,
    elided,
    paint_letter_badge,
    paint_selection_ring,
    paint_warning_mark,
)
from planner.ui.widgets.shield_badge import paint_shield

STRIP = 3.0
PAD = 2.0


@dataclass(frozen=True, slots=True)
class ChipLayout:
    """How chips of one width are drawn."""

    badge: float  # the letter badge's side, 0 for none
    time_font: QFont
    time_metrics: QFontMetricsF
    text_font: QFont
    text_metrics: QFontMetricsF
    gap: float  # after the time
    short_hours: bool  # "8:30" rather than "08:30"


_LAYOUTS: dict[tuple[float, float, str], ChipLayout] = {}


def chip_layout(width: float, height: float, fonts: CardFonts) -> ChipLayout:
    """The richest layout whose widest time and platform fit ``width`` (kept per width)."""
    key = (round(width, 1), round(height, 1), fonts.text.key())
    found = _LAYOUTS.get(key)
    if found is None:
        if len(_LAYOUTS) > 256:
            _LAYOUTS.clear()
        found = _LAYOUTS[key] = _chip_layout(width, height, fonts)
    return found


def _chip_layout(width: float, height: float, fonts: CardFonts) -> ChipLayout:
    room = width - STRIP - 2 * PAD
    badge = min(fonts.line_height - 3, height - 4)
    widest = max((p.short for p in Platform), key=fonts.small_metrics.horizontalAdvance)
    candidates = (
        ChipLayout(badge, fonts.bold, fonts.bold_metrics, fonts.text, fonts.text_metrics, 3, False),
        ChipLayout(0, fonts.bold, fonts.bold_metrics, fonts.text, fonts.text_metrics, 3, False),
        ChipLayout(0, fonts.small, fonts.small_metrics, fonts.small, fonts.small_metrics, 2, False),
        ChipLayout(0, fonts.small, fonts.small_metrics, fonts.small, fonts.small_metrics, 2, True),
    )

    def needed(layout: ChipLayout) -> float:
        time = layout.time_metrics.horizontalAdvance("0:00" if layout.short_hours else "00:00")
        badge_room = layout.badge + 3 if layout.badge else 0.0
        return badge_room + time + layout.gap + layout.text_metrics.horizontalAdvance(widest)

    return next((c for c in candidates if needed(c) <= room), candidates[-1])


def paint_chip(
    painter: QPainter,
    rect: QRectF,
    post: Post,
    palette: QPalette,
    fonts: CardFonts,
    *,
    selected: bool = False,
    focused: bool = False,
    consent_problem: bool = False,
    shield: str | None = None,
) -> None:
    """One chip in ``rect`` (one line high); at its right end, when the chip has room,
    the guard's shield (``shield`` "stop" or "caution") and a warning mark when the
    post's consent does not hold."""
    layout = chip_layout(rect.width(), rect.height(), fonts)
    painter.save()
    fill = theme.card_fill(post.kind, palette)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.kind_colour(post.kind))
    painter.drawRoundedRect(rect, RADIUS, RADIUS)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(STRIP, 0, 0, 0), RADIUS - 1, RADIUS - 1)
    painter.fillRect(rect.adjusted(STRIP, 0, -RADIUS, 0), fill)
    painter.setPen(QPen(theme.card_border(post.kind, palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)

    x = rect.left() + STRIP + PAD
    right = rect.right() - PAD
    side = min(rect.height() - 2, fonts.line_height - 1)
    if shield is not None and right - x >= 4 * side:
        mark = QRectF(right - side, rect.center().y() - side / 2, side, side)
        paint_shield(painter, mark, shield, palette)
        right = mark.left() - 2
    if consent_problem and right - x >= 4 * side:
        mark = QRectF(right - side, rect.center().y() - side / 2, side, side)
        paint_warning_mark(painter, mark, theme.warning_colour(palette))
        right = mark.left() - 2
    if layout.badge:
        side = layout.badge
        paint_letter_badge(painter, QRectF(x, rect.center().y() - side / 2, side, side),
                           post.kind, fonts.bold)  # fmt: skip
        x += side + 3
    painter.setPen(theme.text_on(fill))
    time = format_time(post.time) if post.time else ""
    if layout.short_hours:
        time = time.removeprefix("0")
    if time:
        _text(painter, rect, x, time, layout.time_font, layout.time_metrics)
        x += layout.time_metrics.horizontalAdvance(time) + layout.gap
    metrics = layout.text_metrics
    rest = right - x
    label = post.platform.label if metrics.horizontalAdvance(post.platform.label) <= rest else ""
    label = label or post.platform.short
    if rest > metrics.horizontalAdvance(label) + 24:
        words = elided(f"{label} · {post.first_line}", metrics, rest)
    else:
        words = label if metrics.horizontalAdvance(label) <= rest + 0.5 else ""
    if words:
        _text(painter, rect, x, words, layout.text_font, metrics)
    painter.restore()
    if selected:
        paint_selection_ring(painter, rect, palette, focused=focused)


def _text(
    painter: QPainter, rect: QRectF, x: float, text: str, font: QFont, metrics: QFontMetricsF
) -> None:
    """``text`` from ``x``, centred in the chip's height (a point, not a rect: no layout)."""
    painter.setFont(font)
    y = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    painter.drawText(QPointF(x, y), text)
