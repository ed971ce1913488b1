"""Painting one post card, its letter badge, and the small warning marks of the grid.

Cards are painted, not child widgets: thirty of them repaint well inside a frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from planner.core.domain import Kind, Platform, Post, format_time
from planner.ui.widgets import theme
from planner.ui.widgets.shield_badge import paint_shield

PAD = 3.0
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
STRIP = 5.0  # the kind-coloured edge of a card
RADIUS = 4.0
MAX_TEXT_LINES = 3  # a card grows into free time below it for at most this much text


def short_platform(platform: Platform) -> str:
    """The platform's short name (FB, X, LI, IG) for a card too narrow for its label;
    the tooltip carries the full name."""
    return platform.short


@dataclass(frozen=True, slots=True)
class CardFonts:
    """The fonts a card uses, and the metrics the layout needs from them."""

    text: QFont
    bold: QFont
    small: QFont  # for lanes too narrow for the time in the text font
    text_metrics: QFontMetricsF
    bold_metrics: QFontMetricsF
    small_metrics: QFontMetricsF

    @classmethod
    def from_font(cls, font: QFont) -> CardFonts:
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        if font.pointSizeF() > 0:
            small.setPointSizeF(font.pointSizeF() * 0.85)
        else:  # a font sized in pixels
            small.setPixelSize(max(round(font.pixelSize() * 0.85), 6))
        return cls(
            QFont(font),
            bold,
            small,
            QFontMetricsF(font),
            QFontMetricsF(bold),
            QFontMetricsF(small),
        )

    @property
    def line_height(self) -> float:
        return self.bold_metrics.height()

    @property
    def two_line_height(self) -> float:
        """The least card height that shows both lines: time and platform, then text."""
        return 2 * self.line_height + 2 * PAD + 1


def paint_letter_badge(painter: QPainter, rect: QRectF, kind: Kind, font: QFont) -> None:
    """The kind colour with its letter, so the card reads in grey and for colour-blindness."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.kind_colour(kind))
    painter.drawRoundedRect(rect, 2.5, 2.5)
    painter.setPen(theme.badge_text(kind))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, kind.letter)


def paint_card(
    painter: QPainter,
    rect: QRectF,
    post: Post,
    palette: QPalette,
    fonts: CardFonts,
    *,
    selected: bool = False,
    focused: bool = False,
    shield: str | None = None,
) -> None:
    """One card: tinted body, kind edge and badge, time and platform, first line of text;
    ``shield`` ("stop" or "caution") adds the guard's badge at the top right."""
    painter.save()
    fill = theme.card_fill(post.kind, palette)
    painter.setPen(Qt.PenStyle.NoPen)
    # The kind colour underneath shows as the left edge; cheaper than clipping a path.
    painter.setBrush(theme.kind_colour(post.kind))
    painter.drawRoundedRect(rect, RADIUS, RADIUS)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(STRIP, 0, 0, 0), RADIUS - 1, RADIUS - 1)
    painter.fillRect(rect.adjusted(STRIP, 0, -RADIUS, 0), fill)
    painter.setPen(QPen(theme.card_border(post.kind, palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)

    line = fonts.line_height
    left = rect.left() + STRIP + PAD
    right = rect.right() - PAD
    top = rect.top() + min(PAD, max((rect.height() - line) / 2, 0))
    badge_size = min(line - 1, rect.height() - 2)
    badge = QRectF(left, top + (line - badge_size) / 2, badge_size, badge_size)
    if right - left >= badge_size:
        paint_letter_badge(painter, badge, post.kind, fonts.bold)

    head_right = right  # the first line leaves room for the guard's shield
    if shield is not None and right - left >= 2 * badge_size + 2:
        head_right = right - badge_size - 2
        paint_shield(painter, badge.translated(head_right + 2 - badge.left(), 0), shield, palette)
    painter.setPen(theme.text_on(fill))
    two_lines = rect.height() >= fonts.two_line_height - 0.5
    x = badge.right() + 4
    time_text = format_time(post.time) if post.time else ""
    text_metrics = fonts.text_metrics
    time_width = fonts.bold_metrics.horizontalAdvance(time_text) + 5 if time_text else 0.0
    short = short_platform(post.platform)
    narrow = time_width + text_metrics.horizontalAdvance(short) > head_right - x
    first = QRectF(x, top, max(head_right - x, 0), line)
    second = QRectF(left, top + line + 1, max(right - left, 0), line)
    if narrow:
        # Too narrow for time and platform on one line: platform beside the badge,
        # time below it, a size smaller; the tooltip has the rest.
        _draw_elided(painter, first, short, fonts.small, fonts.small_metrics)
        if two_lines:
            second.setLeft(rect.left() + STRIP + 1)
            _draw_elided(painter, second, time_text, fonts.small, fonts.small_metrics)
    else:
        _draw_elided(painter, first, time_text, fonts.bold, fonts.bold_metrics)
        label = post.platform.label
        if text_metrics.horizontalAdvance(label) > head_right - x - time_width:
            label = short
        if not two_lines:
            label = f"{label} · {post.first_line}"
        _draw_elided(painter, first.adjusted(time_width, 0, 0, 0), label, fonts.text, text_metrics)
        if two_lines:
            rows = max(int((rect.bottom() - PAD - second.top() + 1) // (line + 1)), 1)
            lines = wrapped(post.first_line, text_metrics, second.width(), rows)
            painter.setFont(fonts.text)
            for row, text in enumerate(lines):
                painter.drawText(second.translated(0, row * (line + 1)), _LEFT_MIDDLE, text)
    painter.restore()
    if selected:
        paint_selection_ring(painter, rect, palette, focused=focused)


def paint_drag_chip(
    painter: QPainter, rect: QRectF, post: Post, palette: QPalette, fonts: CardFonts
) -> None:
    """The small card that follows the cursor: badge, platform and text on one line."""
    painter.save()
    fill = theme.card_fill(post.kind, palette)
    painter.setPen(QPen(theme.kind_colour(post.kind), 1.5))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), RADIUS, RADIUS)
    line = fonts.line_height
    side = line - 1
    badge = QRectF(rect.left() + PAD + 1, rect.center().y() - side / 2, side, side)
    paint_letter_badge(painter, badge, post.kind, fonts.bold)
    painter.setPen(theme.text_on(fill))
    text = QRectF(
        badge.right() + 4, rect.top(), rect.right() - PAD - badge.right() - 4, rect.height()
    )
    words = f"{post.platform.label} · {post.first_line}"
    _draw_elided(painter, text, words, fonts.text, fonts.text_metrics)
    painter.restore()


def _draw_elided(
    painter: QPainter, rect: QRectF, text: str, font: QFont, metrics: QFontMetricsF
) -> None:
    if rect.width() <= 0 or not text:
        return
    painter.setFont(font)
    painter.drawText(rect, _LEFT_MIDDLE, elided(text, metrics, rect.width()))


def text_lines_wanted(post: Post, width: float, fonts: CardFonts) -> int:
    """How many lines of text (at most MAX_TEXT_LINES) a card ``width`` wide needs to
    show its first line whole; 0 when it is too narrow to show text at all."""
    inner = width - STRIP - 2 * PAD
    header = fonts.bold_metrics.horizontalAdvance("00:00") + 5 + fonts.line_height + 4
    if inner <= header + fonts.text_metrics.horizontalAdvance("FB"):
        return 0
    # A prefix is enough to know it overflows the lines a card may have.
    sample = post.first_line[: int(MAX_TEXT_LINES * inner / 2) + 2]
    wide = fonts.text_metrics.horizontalAdvance(sample) * 1.1  # words wrap, not letters
    return min(max(math.ceil(wide / inner), 1), MAX_TEXT_LINES)


def card_height_for(text_lines: int, fonts: CardFonts) -> float:
    """The card height that shows its time line and ``text_lines`` lines of text."""
    return (1 + text_lines) * (fonts.line_height + 1) + 2 * PAD + 2


def wrapped(text: str, metrics: QFontMetricsF, width: float, rows: int) -> list[str]:
    """``text`` broken at spaces into at most ``rows`` lines of ``width``; the last
    shown line ends with an ellipsis when text is left over."""
    if width <= 0 or rows <= 0 or not text:
        return []
    rest = text[: int(rows * width / 2) + 2]  # more than fits, without laying out it all
    cut = len(rest) < len(text)
    lines: list[str] = []
    while rest and len(lines) < rows - 1:
        fits = metrics.horizontalAdvance(rest) <= width
        if fits and not cut:
            lines.append(rest)
            return lines
        words = rest.split(" ")
        line = words[0]
        for word in words[1:]:
            if metrics.horizontalAdvance(f"{line} {word}") > width:
                break
            line = f"{line} {word}"
        if metrics.horizontalAdvance(line) > width:
            line = elided(line, metrics, width)
            if line.endswith("…"):
                line = line[:-1]  # a word longer than the card: break it, no ellipsis
        if not line:
            break
        lines.append(line)
        rest = rest[len(line) :].lstrip(" ")
    if rest:
        lines.append(elided(rest + "…" if cut else rest, metrics, width))
    return lines


def elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``, as QFontMetricsF.elidedText does.

    Laying out a whole 280-character tweet to show a dozen of its characters was most
    of a card's cost. A prefix that does not fit elides exactly as the whole text does,
    and no visible glyph is under 2 px wide, so width/2 characters hardly ever fit; when
    they do (zero-width characters), the whole text is elided after all.
    """
    keep = int(width / 2) + 2
    shown = metrics.elidedText(text[:keep], Qt.TextElideMode.ElideRight, width)
    if len(text) > keep and shown == text[:keep]:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return shown


def paint_selection_ring(
    painter: QPainter, rect: QRectF, palette: QPalette, *, focused: bool
) -> None:
    """A ring in the highlight colour with a page-coloured line inside, so it shows on
    every kind colour; thicker while the calendar has keyboard focus."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    width = 3.0 if focused else 2.0
    painter.setPen(QPen(theme.focus_colour(palette), width))
    painter.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), RADIUS + 1, RADIUS + 1)
    painter.setPen(QPen(theme.base(palette), 1))
    inner = width / 2 + 0.5
    painter.drawRoundedRect(rect.adjusted(inner, inner, -inner, -inner), RADIUS, RADIUS)
    painter.restore()


def paint_warning_mark(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A filled triangle with an exclamation mark, drawn so it needs no emoji font."""
    side = min(rect.width(), rect.height())
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    triangle = QPolygonF(
        [
            QPointF(left + side / 2, top),
            QPointF(left + side, top + side * 0.92),
            QPointF(left, top + side * 0.92),
        ]
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(triangle)
    painter.setPen(QPen(theme.readable_on(colour), max(side / 9, 1.2)))
    x = left + side / 2
    painter.drawLine(QPointF(x, top + side * 0.34), QPointF(x, top + side * 0.62))
    painter.drawPoint(QPointF(x, top + side * 0.77))
    painter.restore()


def paint_warning_box(
    painter: QPainter, rect: QRectF, text: str, palette: QPalette, font: QFont, *, wrap: bool
) -> None:
    """A red-outlined box with a warning mark and ``text`` (elided, or wrapped)."""
    colour = theme.warning_colour(palette)
    painter.save()
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(theme.warning_fill(palette))
    painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
    metrics = QFontMetricsF(font)
    mark = metrics.height() * 0.8
    paint_warning_mark(painter, QRectF(rect.left() + 4, rect.top() + 3, mark, mark), colour)
    painter.setFont(font)
    painter.setPen(theme.text_on(theme.warning_fill(palette)) if wrap else colour)
    text_rect = rect.adjusted(mark + 7, 2, -4, -2)
    if wrap:
        painter.drawText(text_rect, int(_LEFT_TOP | Qt.TextFlag.TextWordWrap), text)
    else:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, _LEFT_MIDDLE, shown)
    painter.restore()


_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def warning_box_height(text: str, width: float, font: QFont) -> float:
    """The height a wrapped warning box needs at ``width``."""
    metrics = QFontMetricsF(font)
    mark = metrics.height() * 0.8
    bounds = metrics.boundingRect(
        QRectF(0, 0, max(width - mark - 11, 10), 10_000),
        int(_LEFT_TOP | Qt.TextFlag.TextWordWrap),
        text,
    )
    return bounds.height() + 6


def paint_drop_slot(
    painter: QPainter, rect: QRectF, palette: QPalette, *, copy: bool, filled: bool = True
) -> None:
    """The highlighted target under the cursor: where the card will land. Over a ghost
    card it is only the outline, so the ghost's time and text stay readable."""
    colour = theme.focus_colour(palette)
    painter.save()
    fill = QColor(colour)
    fill.setAlpha(60)
    painter.setBrush(fill if filled else Qt.BrushStyle.NoBrush)
    pen = QPen(colour, 2)
    if copy:
        pen.setStyle(Qt.PenStyle.DashLine)  # a copy leaves the original where it is
    painter.setPen(pen)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), RADIUS, RADIUS)
    painter.restore()
