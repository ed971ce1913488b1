"""The ink of the printed page: fonts, kind colours and borders, and text that fits.

Every size is given in device pixels by the caller, who derives it from the page rect,
so the same code serves a 1200 dpi PDF, a printer and a small test image.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from planner.core.domain import Kind
from planner.core.page_plan import KIND_PRINT_STYLES

# Condensed first: a day column is narrow, and more of each post's words fit.
FONT_FAMILIES = ["DejaVu Sans Condensed", "DejaVu Sans", "Arial Narrow", "Arial", "Helvetica"]
INK = QColor("#111111")
FAINT = QColor("#6b6b6b")
RULE = QColor("#9a9a9a")
PAPER = QColor("#ffffff")
HEADING_FILL = QColor("#e4e4e4")


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
    """Drop pictographs the font cannot draw (emoji), which would print as empty boxes."""
    kept = []
    for ch in text:
        if ch in "\u200d\ufe0e\ufe0f":  # joiners and emoji style selectors
            continue
        if not fm.inFontUcs4(ord(ch)) and unicodedata.category(ch) in ("So", "Sk", "Co", "Cn"):
            continue
        kept.append(ch)
    return " ".join("".join(kept).split())


def kind_border_pen(kind: Kind, unit: float) -> QPen:
    """The border that tells kinds apart without colour: solid, dashed or double."""
    style = KIND_PRINT_STYLES[kind].border
    pen = QPen(border_colour(kind))
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if style == "dashed":
        pen.setWidthF(unit * 0.11)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # square caps would close the gaps
        pen.setDashPattern([3.5, 3.0])
    elif style == "double":
        pen.setWidthF(unit * 0.13)
    else:
        pen.setWidthF(unit * 0.08)
    return pen


def draw_kind_frame(painter: QPainter, rect: QRectF, kind: Kind, unit: float) -> None:
    """Fill, pattern and border of one kind's card or legend swatch."""
    style = KIND_PRINT_STYLES[kind]
    colour = kind_colour(kind)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tint(colour, 0.14))
    painter.drawRect(rect)
    if style.hatched:
        _hatch(painter, rect, tint(colour, 0.45), unit)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = kind_border_pen(kind, unit)
    half = pen.widthF() / 2
    painter.setPen(pen)
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    if style.border == "double":
        inner = QPen(pen)
        inner.setWidthF(unit * 0.06)
        painter.setPen(inner)
        gap = unit * 0.26
        painter.drawRect(rect.adjusted(gap, gap, -gap, -gap))
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
