"""The ink of the printed page: fonts, kind colours and borders, and text that fits.

Every size is given in device pixels by the caller, who derives it from the page rect,
so the same code serves a 1200 dpi PDF, a printer and a small test image.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.core.domain import Kind, Status
from planner.core.page_plan import KIND_PRINT_STYLES, STATUS_PRINT_STYLES

# Condensed first: a day column is narrow, and more of each post's words fit.
FONT_FAMILIES = ["DejaVu Sans Condensed", "DejaVu Sans", "Arial Narrow", "Arial", "Helvetica"]
INK = QColor("#111111")
FAINT = QColor("#6b6b6b")
RULE = QColor("#9a9a9a")
PAPER = QColor("#ffffff")
HEADING_FILL = QColor("#e4e4e4")
PLACEHOLDER = "□"  # in place of a pictograph the font cannot draw: seen, not silently lost
# The height of a landscape A4 page inside 10 mm margins, in points. Every size on the
# page is a share of the page's height, so a point is this share of it (Letter is 3%
# taller): "9 pt" means the same on paper, in a PDF and in a test image.
PAGE_POINTS = 539.0


def font(px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(FONT_FAMILIES)
    result.setPixelSize(max(1, round(px)))
    result.setBold(bold)
    result.setItalic(italic)
    # Unhinted advances are the same on screen, image and PDF, so eliding agrees.
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No "fi" or "ff" ligatures: text copied or searched in the PDF reads as typed.
    result.setFeature(QFont.Tag("liga"), 0)
    return result


def metrics(painter: QPainter, f: QFont) -> QFontMetricsF:
    return QFontMetricsF(f, painter.device())


def kind_colour(kind: Kind) -> QColor:
    return QColor(kind.colour)


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white; ``amount`` 0 is white, 1 is the colour."""
    return QColor(
        round(255 - (255 - colour.red()) * amount),
        round(255 - (255 - colour.green()) * amount),
        round(255 - (255 - colour.blue()) * amount),
    )


def border_colour(kind: Kind) -> QColor:
    # Darkened so the border prints as near-black on a black-and-white printer.
    return kind_colour(kind).darker(220)


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    f: QFont,
    *,
    colour: QColor = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    elide: bool = True,
) -> None:
    """One line in ``rect``, vertically centred, cut with "…" when it is too wide."""
    painter.setFont(f)
    painter.setPen(colour)
    if elide:
        text = metrics(painter, f).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def fitted_font(
    painter: QPainter, lines: Sequence[str], width: float, px: float, **style: bool
) -> QFont:
    """The font of ``px`` pixels, shrunk until the widest line fits ``width`` whole."""
    f = font(px, **style)
    widest = max((metrics(painter, f).horizontalAdvance(t) for t in lines), default=0.0)
    if widest > width > 0:
        f = font(px * width / widest * 0.98, **style)
    return f


def points(page_height: float) -> float:
    """Device pixels per point on a page ``page_height`` pixels tall."""
    return page_height / PAGE_POINTS


def count_lines(painter: QPainter, text: str, f: QFont, width: float, most: int = 60) -> int:
    """How many lines ``text`` wraps to at ``width`` (as ``wrap_lines`` wraps it), up to
    ``most``."""
    if not text:
        return 0
    lines = wrap_lines(painter, text, f, width, most)
    if len(lines) == most and lines[-1].endswith("…"):
        return most + 1  # more than ``most``: it would be cut
    return len(lines)


def wrap_lines(painter: QPainter, text: str, f: QFont, width: float, count: int) -> list[str]:
    """Fill up to ``count`` lines word by word; the last one is cut with "…".

    A word wider than the line (a web address) is broken where the line ends.
    """
    fm = metrics(painter, f)
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < count - 1:
        line = words[0]
        taken = 1
        if fm.horizontalAdvance(line) > width:
            head = _longest_prefix(fm, line, width)
            lines.append(head)
            words[0] = line[len(head) :]
            continue
        for word in words[1:]:
            if fm.horizontalAdvance(f"{line} {word}") > width:
                break
            line = f"{line} {word}"
            taken += 1
        lines.append(line)
        words = words[taken:]
    if words:
        lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


def _longest_prefix(fm: QFontMetricsF, word: str, width: float) -> str:
    low, high = 1, len(word)  # at least one character, so the loop always moves on
    while low < high:
        mid = (low + high + 1) // 2
        if fm.horizontalAdvance(word[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return word[:low]


def printable(text: str, fm: QFontMetricsF) -> str:
    """The text as the page can print it: a pictograph the font cannot draw (an emoji)
    becomes one visible PLACEHOLDER, never a silent gap. What is drawn as one emoji (a
    sequence joined by U+200D, a skin tone after it, a flag's two letters) is one
    placeholder."""
    placeholder = PLACEHOLDER if fm.inFontUcs4(ord(PLACEHOLDER)) else "?"
    kept: list[str] = []
    after_placeholder = joined = half_flag = False
    for ch in text:
        if ch in "\ufe0e\ufe0f":  # emoji style selectors: they draw nothing
            continue
        if ch == "\u200d":  # a joiner: what follows belongs to the emoji before it
            joined = after_placeholder
            continue
        code = ord(ch)
        tone = 0x1F3FB <= code <= 0x1F3FF
        flag = 0x1F1E6 <= code <= 0x1F1FF
        pictograph = unicodedata.category(ch) in ("So", "Sk", "Co", "Cn") or tone or flag
        if pictograph and not fm.inFontUcs4(code):
            same_emoji = after_placeholder and (joined or tone or (flag and half_flag))
            if not same_emoji:
                kept.append(placeholder)
            half_flag = flag and not (same_emoji and half_flag)
            after_placeholder, joined = True, False
            continue
        after_placeholder = joined = half_flag = False
        kept.append(ch)
    return " ".join("".join(kept).split())


def status_border_pen(kind: Kind, status: Status, unit: float) -> QPen:
    """The border that tells statuses apart without colour, as the calendar does: a
    draft dashed, a scheduled post solid, a published one thin and grey."""
    style = STATUS_PRINT_STYLES.get(status, STATUS_PRINT_STYLES[Status.SCHEDULED]).border
    pen = QPen(border_colour(kind))
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if style == "dashed":
        pen.setWidthF(unit * 0.12)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # square caps would close the gaps
        pen.setDashPattern([3.5, 2.5])
    elif style == "thin":
        pen.setColor(RULE)
        pen.setWidthF(unit * 0.05)
    else:
        pen.setWidthF(unit * 0.09)
    return pen


def draw_kind_frame(
    painter: QPainter, rect: QRectF, kind: Kind, unit: float, status: Status = Status.SCHEDULED
) -> None:
    """Fill, hatching (promotional) and status border of one card or key swatch."""
    style = KIND_PRINT_STYLES[kind]
    colour = kind_colour(kind)
    quiet = status is Status.PUBLISHED
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint(colour, 0.06 if quiet else 0.14))
    painter.drawRect(rect)
    if style.hatched:
        _hatch(painter, rect, tint(colour, 0.25 if quiet else 0.45), unit)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = status_border_pen(kind, status, unit)
    half = pen.widthF() / 2
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


def draw_tick(painter: QPainter, rect: QRectF, colour: QColor = INK) -> None:
    """A bold check mark in ``rect``: a published post, drawn so no font is needed."""
    side = min(rect.width(), rect.height())
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    pen = QPen(colour)
    pen.setWidthF(side * 0.16)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(
        [
            QPointF(left + side * 0.12, top + side * 0.55),
            QPointF(left + side * 0.40, top + side * 0.82),
            QPointF(left + side * 0.90, top + side * 0.20),
        ]
    )
    painter.restore()


def draw_warning_mark(painter: QPainter, rect: QRectF) -> None:
    """A black triangle with a white "!": a day over a platform's limit."""
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
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(INK)
    painter.drawPolygon(triangle)
    pen = QPen(PAPER)
    pen.setWidthF(side * 0.12)
    painter.setPen(pen)
    x = left + side / 2
    painter.drawLine(QLineF(x, top + side * 0.32, x, top + side * 0.6))
    painter.drawPoint(QPointF(x, top + side * 0.75))
    painter.restore()


def _hatch(painter: QPainter, rect: QRectF, colour: QColor, unit: float) -> None:
    # Drawn as lines, not a pattern brush: brush patterns are in device pixels and
    # vanish into grey at printer resolution.
    pen = QPen(colour)
    pen.setWidthF(unit * 0.07)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    step = unit * 0.55
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QLineF(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top())))
        x += step
    painter.restore()


def draw_letter_badge(painter: QPainter, rect: QRectF, kind: Kind, unit: float) -> None:
    """The kind's letter, black on white in a box of the kind's colour."""
    painter.save()
    pen = QPen(border_colour(kind))
    pen.setWidthF(unit * 0.07)
    painter.setPen(pen)
    painter.setBrush(PAPER)
    painter.drawRect(rect)
    painter.restore()
    draw_text(
        painter,
        rect,
        kind.letter,
        font(rect.height() * 0.8, bold=True),
        align=Qt.AlignmentFlag.AlignHCenter,
        elide=False,
    )


def ruled_box(painter: QPainter, rect: QRectF, spacing: float, unit: float) -> None:
    """A box with writing lines: the staff-meeting notes."""
    painter.save()
    pen = QPen(INK)
    pen.setWidthF(unit * 0.06)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    line_pen = QPen(RULE)
    line_pen.setWidthF(unit * 0.03)
    painter.setPen(line_pen)
    y = rect.top() + spacing
    while y < rect.bottom() - spacing * 0.4:
        painter.drawLine(QLineF(rect.left() + unit * 0.3, y, rect.right() - unit * 0.3, y))
        y += spacing
    painter.restore()
