"""Painting one post card, its letter badge, and the small warning marks of the grid.

Cards are painted, not child widgets: thirty of them repaint well inside a frame.
"""

from __future__ import annotations

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

from planner.core.domain import Kind, Platform, Post, Status, format_time
from planner.ui.widgets import theme
from planner.ui.widgets.shield_badge import paint_shield
from planner.ui.widgets.status_marks import card_look, paint_tick, tick_width

PAD = 3.0
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
STRIP = 5.0  # the kind-coloured edge of a card
RADIUS = 4.0
MAX_TEXT_LINES = 10  # a card grows into free time below it for at most this much text


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
    consent_problem: bool = False,
    shield: str | None = None,
) -> None:
    """One card: its status look, kind edge and badge, time and platform, then as much
    of its text as the card has room for; in the top right corner the guard's shield
    (``shield`` "stop" or "caution") and a warning mark when its consent does not hold."""
    painter.save()
    look = card_look(post, palette)
    fill = look.fill
    painter.setPen(Qt.PenStyle.NoPen)
    # The kind colour underneath shows as the left edge; cheaper than clipping a path.
    painter.setBrush(look.edge)
    painter.drawRoundedRect(rect, RADIUS, RADIUS)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(STRIP, 0, 0, 0), RADIUS - 1, RADIUS - 1)
    painter.fillRect(rect.adjusted(STRIP, 0, -RADIUS, 0), fill)
    painter.setPen(look.border)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = look.border.widthF() / 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS)

    line = fonts.line_height
    left = rect.left() + STRIP + PAD
    right = rect.right() - PAD
    top = rect.top() + min(PAD, max((rect.height() - line) / 2, 0))
    badge_size = min(line - 1, rect.height() - 2)
    badge = QRectF(left, top + (line - badge_size) / 2, badge_size, badge_size)
    if right - left >= badge_size:
        paint_letter_badge(painter, badge, post.kind, fonts.bold)
    if shield is not None and right - left >= 2 * badge_size + 2:
        paint_shield(painter, QRectF(right - badge_size, badge.top(), badge_size, badge_size),
                     shield, palette)  # fmt: skip
        right -= badge_size + 2
    x = badge.right() + 4
    time_text = format_time(post.time) if post.time else ""
    time_room = fonts.bold_metrics.horizontalAdvance(time_text)
    # The consent mark gives way to the time: the tooltip and the warnings say it too.
    if consent_problem and right - badge_size - 2 - x >= time_room:
        mark = QRectF(right - badge_size, badge.top(), badge_size, badge_size)
        paint_warning_mark(painter, mark, theme.warning_colour(palette))
        right = mark.left() - 2
    if look.ticked and right - x >= tick_width(line) + line:
        tick = QRectF(right - tick_width(line), top, tick_width(line), line)
        paint_tick(painter, tick.adjusted(0, 1, 0, -1), look.mark)
        right = tick.left() - 2

    painter.setPen(look.text)
    two_lines = rect.height() >= fonts.two_line_height - 0.5
    time_width = fonts.bold_metrics.horizontalAdvance(time_text) + 5 if time_text else 0.0
    label, words = card_text(post, right - x, fonts)
    first = QRectF(x, top, max(right - x, 0), line)
    if fonts.bold_metrics.horizontalAdvance(time_text) <= first.width():
        _draw_elided(painter, first, time_text, fonts.bold, fonts.bold_metrics)
    else:  # a sliver of a card: the time a size smaller, the tooltip has the rest
        _draw_elided(painter, first, time_text, fonts.small, fonts.small_metrics)
    rest = first.adjusted(time_width, 0, 0, 0)
    if not two_lines:
        shown = f"{label} · {words}" if label else words
        _draw_elided(painter, rest, shown, fonts.text, fonts.text_metrics)
    else:
        _draw_elided(painter, rest, label, fonts.text, fonts.text_metrics)
        second = QRectF(left, top + line + 1, max(rect.right() - PAD - left, 0), line)
        rows = max(int((rect.bottom() - PAD - second.top() + 1) // (line + 1)), 1)
        lines = wrapped(words, fonts.text_metrics, second.width(), rows)
        painter.setFont(fonts.text)
        for row, text in enumerate(lines):
            painter.drawText(second.translated(0, row * (line + 1)), _LEFT_MIDDLE, text)
    painter.restore()
    if selected:
        paint_selection_ring(painter, rect, palette, focused=focused)


def card_text(post: Post, room: float, fonts: CardFonts) -> tuple[str, str]:
    """What the first line shows after the time (the platform's name, its short name,
    or nothing), and the text under it: the whole post, led by the platform's short
    name when the first line had no room for it. ``room`` is the first line's width
    beside the badge."""
    words = " ".join(post.text.split())
    time_width = fonts.bold_metrics.horizontalAdvance("00:00") + 5 if post.time else 0.0
    for label in (post.platform.label, short_platform(post.platform)):
        if time_width + fonts.text_metrics.horizontalAdvance(label) <= room:
            return label, words
    return "", f"{short_platform(post.platform)} · {words}"


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
    show its whole text; 0 when it is too narrow to show text at all."""
    inner = width - STRIP - 2 * PAD
    line = fonts.line_height
    if inner <= line * 1.5:
        return 0
    beside_badge = inner - (line - 1) - 4
    if post.status is Status.PUBLISHED:
        beside_badge -= tick_width(line) + 2
    words = card_text(post, beside_badge, fonts)[1]
    # Wrapped as the card wraps it: an estimate from the text's width came up a line
    # short when words wrapped early, and cut the last words of a card with room.
    return min(
        max(len(wrapped(words, fonts.text_metrics, inner, MAX_TEXT_LINES)), 1), MAX_TEXT_LINES
    )


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
