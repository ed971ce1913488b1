"""A post as a small chip of the month: the kind's colour and letter, its time and its
platform, then as much of its text as fits. Narrow cells drop the text, then the letter
(the colour and the tooltip still say the kind), then shrink the type; the time and the
platform stay longest."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QPen

from planner.core.domain import Platform, Post, format_time
from planner.ui.widgets import theme
from planner.ui.widgets.card_painter import (
    RADIUS,
    CardFonts,
    elided,
    paint_letter_badge,
    paint_selection_ring,
)

STRIP = 3.0
PAD = 2.0
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def paint_chip(
    painter: QPainter,
    rect: QRectF,
    post: Post,
    palette: QPalette,
    fonts: CardFonts,
    *,
    selected: bool = False,
    focused: bool = False,
) -> None:
    """One chip in ``rect`` (one line high)."""
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

    left = rect.left() + STRIP + PAD
    room = rect.right() - PAD - left
    full = format_time(post.time) if post.time else ""
    short = post.platform.short
    badge = min(fonts.line_height - 3, rect.height() - 4)
    # The richest of: letter, bold time, platform; bold time, platform; then small type,
    # at last with the hour's leading zero dropped ("8:30").
    layouts = (
        (True, fonts.bold, fonts.text, full),
        (False, fonts.bold, fonts.text, full),
        (False, fonts.small, fonts.small, full),
        (False, fonts.small, fonts.small, full.removeprefix("0")),
    )
    # Chosen for the widest time and platform, so every chip of a month reads alike.
    widest = max((p.short for p in Platform), key=QFontMetricsF(fonts.small).horizontalAdvance)
    for with_badge, time_font, plain, time in layouts:
        time_m, plain_m = QFontMetricsF(time_font), QFontMetricsF(plain)
        gap = 3 if time_font is fonts.bold else 2
        sample = time_m.horizontalAdvance("00:00" if len(time) == 5 else "0:00") + gap
        needed = sample + plain_m.horizontalAdvance(widest) + (badge + 3 if with_badge else 0)
        if needed <= room:
            break
    time_w = time_m.horizontalAdvance(time) + gap if time else 0.0
    painter.setPen(theme.text_on(fill))
    x = left
    if with_badge:
        box = QRectF(x, rect.center().y() - badge / 2, badge, badge)
        paint_letter_badge(painter, box, post.kind, fonts.bold)
        painter.setPen(theme.text_on(fill))
        x += badge + 3
    if time:
        painter.setFont(time_font)
        painter.drawText(QRectF(x, rect.top(), time_w, rect.height()), _LEFT, time)
        x += time_w
    rest = max(rect.right() - PAD - x, 0.0)
    label = post.platform.label if plain_m.horizontalAdvance(post.platform.label) <= rest else short
    words = (
        f"{label} · {post.first_line}" if rest > plain_m.horizontalAdvance(label) + 24 else label
    )
    if plain_m.horizontalAdvance(words) <= rest or words != label:
        painter.setFont(plain)
        painter.drawText(QRectF(x, rect.top(), rest, rect.height()), _LEFT,
                         elided(words, plain_m, rest))  # fmt: skip
    painter.restore()
    if selected:
        paint_selection_ring(painter, rect, palette, focused=focused)
