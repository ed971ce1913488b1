"""The engagement heat map, painted with QtGui only: the Insights window, print and PNG.

``paint_heat_map`` draws one ``HeatMap`` (planner/core/insights.py) into any rect:
weekdays as columns, as in the week view, and working hours as rows. A cell's colour
is its median engagement rate on one blue ramp, light to dark, so darker is better in
colour, in greyscale and for every kind of colour blindness. Each cell shows its posts;
a cell with fewer than 3 is striped and says "too few". Below the grid, the legend.
Sizes come from the font and the rect, so the same code serves a window and a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
)

from planner.core.domain import DAY_NAMES
from planner.core.insights import Cell, HeatMap

# ColorBrewer "Blues": steps of even lightness, readable in greyscale. The dark palette
# leaves out the palest (glaring on a dark page) and the darkest (lost in it).
SCALE_LIGHT = (
    "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b",
)  # fmt: skip
SCALE_DARK = ("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c")
DARK_TEXT = QColor(20, 20, 20)
LIGHT_TEXT = QColor(255, 255, 255)
TOO_FEW = "too few"
MAX_ROW_LINES = 3.4  # taller rows only spread the map thin
HEADER_LINES = 1.6
LEGEND_LINES = 3.6
Slot = tuple[int, int]  # (weekday, hour)


@dataclass(frozen=True)
class HeatInk:
    """The colours of one heat map: from a window's palette, or for paper."""

    page: QColor
    text: QColor
    muted: QColor
    empty: QColor  # a cell with no posts
    focus: QColor
    scale: tuple[QColor, ...]  # lowest rate first, highest (darkest) last

    @classmethod
    def from_palette(cls, palette: QPalette) -> HeatInk:
        page = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = page.lightness() < 128
        return cls(
            page=page,
            text=text,
            muted=_mix(text, page, 0.65),
            empty=_mix(text, page, 0.10 if dark else 0.05),
            focus=palette.color(QPalette.ColorRole.Highlight),
            scale=tuple(QColor(c) for c in (SCALE_DARK if dark else SCALE_LIGHT)),
        )

    @classmethod
    def paper(cls) -> HeatInk:
        return cls(
            page=QColor("#ffffff"),
            text=QColor("#111111"),
            muted=QColor("#5c5c5c"),
            empty=QColor("#f2f2f2"),
            focus=QColor("#111111"),
            scale=tuple(QColor(c) for c in SCALE_LIGHT),
        )

    def colour_at(self, position: float) -> QColor:
        """The scale's colour at ``position`` (0 lowest rate, 1 highest), linear between steps."""
        position = min(max(position, 0.0), 1.0) * (len(self.scale) - 1)
        low = min(int(position), len(self.scale) - 2)
        return _mix(self.scale[low + 1], self.scale[low], position - low)


def scale_span(heat: HeatMap) -> tuple[Fraction, Fraction] | None:
    """The lowest and highest median the colours run between.

    Over the cells with 3 posts or more when there are any, so one lucky post cannot
    pale the rest and the best slot is the darkest; otherwise over every cell with posts.
    """
    judged = [c.median for c in heat.cells.values() if c.median is not None and not c.too_few]
    rates = judged or [c.median for c in heat.cells.values() if c.median is not None]
    return (min(rates), max(rates)) if rates else None


def scale_position(rate: Fraction, span: tuple[Fraction, Fraction]) -> float:
    """Where ``rate`` sits on the scale, 0 to 1; a scale of one rate is all dark."""
    low, high = float(span[0]), float(span[1])
    if high <= low:
        return 1.0
    return min(max((float(rate) - low) / (high - low), 0.0), 1.0)


def percent(rate: Fraction | None) -> str:
    return "–" if rate is None else f"{float(rate) * 100:.1f}%"


def cell_description(cell: Cell) -> str:
    """What a cell holds in words, for its tooltip and for screen readers."""
    slot = f"{DAY_NAMES[cell.weekday]} {cell.hour:02d}:00–{(cell.hour + 1) % 24:02d}:00"
    if cell.posts == 0:
        return f"{slot}: no posts yet"
    noun = "post" if cell.posts == 1 else "posts"
    text = f"{slot}: {cell.posts} {noun}, median engagement rate {percent(cell.median)}"
    return text + (" (too few to judge)" if cell.too_few else "")


@dataclass
class HeatMapLayout:
    """Where each part of the map goes; the window hit-tests its cells with it."""

    cells: dict[Slot, QRectF] = field(default_factory=dict)
    day_labels: list[QRectF] = field(default_factory=list)
    hour_labels: list[QRectF] = field(default_factory=list)
    legend: QRectF = field(default_factory=QRectF)
    scale_bar: QRectF = field(default_factory=QRectF)  # the legend's ramp, once painted

    def slot_at(self, point: QPointF) -> Slot | None:
        return next((slot for slot, rect in self.cells.items() if rect.contains(point)), None)


def tallest_map(hours: int, fm: QFontMetricsF) -> float:
    """The height past which a map of ``hours`` rows grows no taller."""
    return fm.height() * (HEADER_LINES + LEGEND_LINES + max(hours, 1) * MAX_ROW_LINES)


def layout_heat_map(rect: QRectF, heat: HeatMap, fm: QFontMetricsF) -> HeatMapLayout:
    """Columns per weekday, rows per hour, the legend below; rows of at most 3.4 lines."""
    line = fm.height()
    label_w = fm.horizontalAdvance("00:00") + line * 0.8
    header_h = line * HEADER_LINES
    legend_h = line * LEGEND_LINES
    rows, columns = max(len(heat.hours), 1), max(len(heat.weekdays), 1)
    row_h = max(min((rect.height() - header_h - legend_h) / rows, line * MAX_ROW_LINES), 1.0)
    col_w = max((rect.width() - label_w) / columns, 1.0)
    top = rect.top() + header_h
    left = rect.left() + label_w
    layout = HeatMapLayout()
    for c, day in enumerate(heat.weekdays):
        layout.day_labels.append(QRectF(left + c * col_w, rect.top(), col_w, header_h))
        for r, hour in enumerate(heat.hours):
            layout.cells[(day, hour)] = QRectF(left + c * col_w, top + r * row_h, col_w, row_h)
    for r in range(len(heat.hours)):
        layout.hour_labels.append(QRectF(rect.left(), top + r * row_h, label_w - line * 0.4, row_h))
    legend_top = top + rows * row_h + line * 0.6
    layout.legend = QRectF(left, legend_top, rect.right() - left, legend_h - line * 0.6)
    return layout


class _Words:
    """Font metrics with the widths of one paint remembered: cells repeat their words."""

    def __init__(self, fm: QFontMetricsF) -> None:
        self.fm = fm
        self.line = fm.height()
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            found = self._widths[text] = self.fm.horizontalAdvance(text)
        return found


def paint_heat_map(
    painter: QPainter,
    rect: QRectF,
    heat: HeatMap,
    ink: HeatInk,
    font: QFont,
    *,
    current: Slot | None = None,
) -> HeatMapLayout:
    """Paint the map, its axis labels and its legend into ``rect``; ``current`` is ringed."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    fm = QFontMetricsF(font, painter.device())
    layout = layout_heat_map(rect, heat, fm)
    bold = QFont(font)
    bold.setBold(True)
    painter.setPen(ink.text)
    painter.setFont(bold)
    for day, label in zip(heat.weekdays, layout.day_labels, strict=True):
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), DAY_NAMES[day][:3])
    painter.setFont(font)
    right_middle = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for hour, label in zip(heat.hours, layout.hour_labels, strict=True):
        painter.drawText(label, int(right_middle), f"{hour:02d}:00")
    span = scale_span(heat)
    words = _Words(fm)
    gap = max(words.line * 0.08, 1.0)
    for slot, cell_rect in layout.cells.items():
        box = cell_rect.adjusted(0, 0, -gap, -gap)
        _paint_cell(painter, box, heat.cell(*slot), span, ink, words)
    if current is not None and current in layout.cells:
        _paint_ring(painter, layout.cells[current].adjusted(0, 0, -gap, -gap), ink, gap)
    layout.scale_bar = _paint_legend(painter, layout.legend, span, ink, fm)
    painter.restore()
    return layout


def _paint_cell(
    painter: QPainter,
    rect: QRectF,
    cell: Cell,
    span: tuple[Fraction, Fraction] | None,
    ink: HeatInk,
    words: _Words,
) -> None:
    painter.fillRect(rect, ink.empty)
    if cell.posts == 0 or cell.median is None or span is None:
        return
    colour = ink.colour_at(scale_position(cell.median, span))
    lines = _cell_lines(cell, rect, words)
    block = _text_block(rect, lines, words)
    if cell.too_few:
        _stripes(painter, rect, colour, words.line * 0.22)
        if lines:  # a calm patch behind the words, so they read over any stripe
            pad = words.line * 0.2
            plate = block.adjusted(-pad, -pad * 0.5, pad, pad * 0.5).intersected(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.empty)
            painter.drawRoundedRect(plate, pad, pad)
        painter.setPen(ink.text)
    else:
        painter.fillRect(rect, colour)
        painter.setPen(text_on(colour))
    for i, text in enumerate(lines):
        row = QRectF(rect.left(), block.top() + i * words.line, rect.width(), words.line)
        painter.drawText(row, int(Qt.AlignmentFlag.AlignCenter), text)


def _cell_lines(cell: Cell, rect: QRectF, words: _Words) -> list[str]:
    """The longest words that fit: posts, then the rate or "too few", as room allows."""
    noun = "post" if cell.posts == 1 else "posts"
    second = TOO_FEW if cell.too_few else percent(cell.median)
    room = rect.width() - words.line * 0.4
    if rect.height() >= words.line * 2.2:
        first = f"{cell.posts} {noun}"
        if words.width(first) > room:
            first = str(cell.posts)
        return [first] if words.width(second) > room else [first, second]
    for text in (f"{cell.posts} · {second}", str(cell.posts)):
        if words.width(text) <= room:
            return [text]
    return []


def _text_block(rect: QRectF, lines: list[str], words: _Words) -> QRectF:
    width = max((words.width(t) for t in lines), default=0.0)
    height = words.line * len(lines)
    centre = rect.center()
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def _stripes(painter: QPainter, rect: QRectF, colour: QColor, width: float) -> None:
    # Lines, not a pattern brush: brush patterns are in device pixels and vanish on paper.
    pen = QPen(colour)
    pen.setWidthF(width)
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setPen(pen)
    step = width * 2.2
    x = rect.left() - rect.height()
    while x < rect.right():
        painter.drawLine(QLineF(x, rect.bottom(), x + rect.height(), rect.top()))
        x += step
    painter.restore()


def _paint_ring(painter: QPainter, rect: QRectF, ink: HeatInk, gap: float) -> None:
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    width = max(gap * 2, 2.0)
    painter.setPen(QPen(ink.page, width + 2))
    painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
    painter.setPen(QPen(ink.focus, width))
    painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
    painter.restore()


def _paint_legend(
    painter: QPainter,
    rect: QRectF,
    span: tuple[Fraction, Fraction] | None,
    ink: HeatInk,
    fm: QFontMetricsF,
) -> QRectF:
    """The ramp between the lowest and highest median, then what stripes and numbers mean.

    Returns where the ramp went."""
    line = fm.height()
    left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    row = QRectF(rect.left(), rect.top(), rect.width(), line * 1.4)
    title = "Median engagement rate"
    painter.setPen(ink.text)
    painter.drawText(row, int(left_middle), title)
    x = rect.left() + fm.horizontalAdvance(title) + line * 0.8
    low_text, high_text = (percent(span[0]), percent(span[1])) if span else ("–", "–")
    painter.drawText(QRectF(x, row.top(), line * 5, row.height()), int(left_middle), low_text)
    x += fm.horizontalAdvance(low_text) + line * 0.4
    bar_w = max(min(line * 10, rect.right() - x - fm.horizontalAdvance(high_text) - line), 0.0)
    bar = QRectF(x, row.center().y() - line * 0.4, bar_w, line * 0.8)
    gradient = QLinearGradient(bar.topLeft(), bar.topRight())
    for i, colour in enumerate(ink.scale):
        gradient.setColorAt(i / (len(ink.scale) - 1), colour)
    painter.fillRect(bar, QBrush(gradient))
    painter.setPen(QPen(ink.muted, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    painter.setPen(ink.text)
    x = bar.right() + line * 0.4
    high_rect = QRectF(x, row.top(), max(rect.right() - x, 0.0), row.height())
    painter.drawText(high_rect, int(left_middle), f"{high_text} (darker is better)")
    second = QRectF(rect.left(), row.bottom() + line * 0.3, rect.width(), line * 1.4)
    swatch = QRectF(second.left(), second.center().y() - line * 0.45, line * 1.6, line * 0.9)
    painter.fillRect(swatch, ink.empty)
    _stripes(painter, swatch, ink.colour_at(0.6), line * 0.22)
    painter.setPen(ink.muted)
    text_rect = second.adjusted(swatch.width() + line * 0.5, 0, 0, 0)
    words = "Fewer than 3 posts: too few to judge.  The number in a cell is its posts."
    words = fm.elidedText(words, Qt.TextElideMode.ElideRight, text_rect.width())
    painter.drawText(text_rect, int(left_middle), words)
    return bar


def text_on(background: QColor) -> QColor:
    """Near-black or white, whichever has the more contrast on ``background`` (WCAG)."""
    return QColor(DARK_TEXT if _dark_reads_better(background.rgb()) else LIGHT_TEXT)


@lru_cache(maxsize=256)
def _dark_reads_better(rgb: int) -> bool:
    lum = _luminance(QColor.fromRgb(rgb))
    return (lum + 0.05) / (_luminance(DARK_TEXT) + 0.05) >= 1.05 / (lum + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = channel(colour.red()), channel(colour.green()), channel(colour.blue())
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _mix(front: QColor, back: QColor, amount: float) -> QColor:
    """``amount`` of ``front`` over ``back``: 0 is all back, 1 all front."""
    return QColor(
        round(front.red() * amount + back.red() * (1 - amount)),
        round(front.green() * amount + back.green() * (1 - amount)),
        round(front.blue() * amount + back.blue() * (1 - amount)),
    )
