"""Painting one frame of the month view, back to front: cells, day numbers, awareness
names, limit badges, the chips (from the card cache), "+N more", each week's mix, a
hovering drop, and the focus frame. Nothing here is a widget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from planner.core.domain import DAY_NAMES, Kind, Post, month_abbr
from planner.core.rules import MixWarning, WeekReport
from planner.ui.month.chip_painter import paint_chip
from planner.ui.month.content import DayCell, MonthLayout
from planner.ui.month.geometry import DAYS, MonthGeometry
from planner.ui.week.words import badge_forms
from planner.ui.widgets import theme
from planner.ui.widgets.awareness_mark import paint_awareness_line
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.card_painter import (
    CardFonts,
    paint_drop_slot,
    paint_letter_badge,
    paint_warning_box,
    paint_warning_mark,
)

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True, slots=True)
class MonthHover:
    """A drag over a day: the post as it would land, and what the drop would break."""

    day: dt.date
    ghost: Post | None
    text: str | None
    copy: bool
    badge: tuple[str, ...]  # the day's limit badge as the drop would leave it


def paint_month(
    painter: QPainter,
    layout: MonthLayout,
    *,
    selected: set[int],
    hover: MonthHover | None,
    focused: bool,
    card_cache: CardPixmapCache,
    palette: QPalette,
    font: QFont,
    fonts: CardFonts,
    ratio: float,
) -> None:
    geo = layout.geo
    painter.fillRect(QRectF(0, 0, geo.width, geo.height), theme.base(palette))
    _paint_header(painter, geo, palette, font)
    content = layout.content
    for cell in layout.cells:
        _paint_cell_back(painter, cell, content.month, content.today, palette)
    _paint_lines(painter, geo, palette)
    small = _small(font)
    for cell in layout.cells:
        badge = hover.badge if hover is not None and hover.day == cell.day else None
        _paint_cell_front(painter, geo, cell, content.month, content.today, badge, palette,
                          font, small)  # fmt: skip
    painter.save()
    painter.setClipRect(geo.grid)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chips: Iterable[tuple[QRectF, Post, bool]] = (
        (chip.rect, chip.post, chip.post.id in selected)
        for cell in layout.cells
        for chip in cell.chips
    )
    card_cache.paint_cards(painter, chips, geo.grid, palette, fonts, focused=focused, ratio=ratio)
    if hover is not None:
        _paint_hover(painter, layout, hover, palette, font, fonts)
    painter.restore()
    for row in range(geo.rows):
        _paint_mix(painter, geo.mix_rect(row), layout.report_for_row(row), palette, font, small)
    if focused:
        painter.setPen(QPen(theme.focus_colour(palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(1, 1, geo.width - 2, geo.height - 2))


def _small(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.85)
    else:
        small.setPixelSize(max(round(font.pixelSize() * 0.85), 6))
    return small


def _paint_header(painter: QPainter, geo: MonthGeometry, palette: QPalette, font: QFont) -> None:
    painter.fillRect(QRectF(0, 0, geo.width, geo.header_height), theme.header_fill(palette))
    metrics = QFontMetricsF(font)
    wide = all(metrics.horizontalAdvance(n) <= geo.column_width - 8 for n in DAY_NAMES)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    for column in range(DAYS):
        name = DAY_NAMES[column] if wide else DAY_NAMES[column][:3]
        painter.drawText(geo.header_rect(column), _CENTRE, name)
    mix = QRectF(geo.grid.right(), 0, geo.mix_width, geo.header_height)
    title = "Week's mix" if metrics.horizontalAdvance("Week's mix") <= mix.width() - 6 else "Mix"
    painter.drawText(mix, _CENTRE, title)


def _paint_cell_back(
    painter: QPainter, cell: DayCell, month: int, today: dt.date, palette: QPalette
) -> None:
    if cell.day == today:
        painter.fillRect(cell.rect, theme.today_tint(palette))
    elif cell.day.month != month:
        painter.fillRect(
            cell.rect, theme.blend(theme.header_fill(palette), theme.base(palette), 0.6)
        )
    elif cell.day.weekday() >= 5:
        painter.fillRect(cell.rect, theme.weekend_shade(palette))


def _paint_lines(painter: QPainter, geo: MonthGeometry, palette: QPalette) -> None:
    grid = geo.grid
    painter.setPen(QPen(theme.grid_line(palette, strong=True), 1))
    for column in range(DAYS + 1):
        x = round(grid.left() + column * geo.column_width) + 0.5
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
    right = grid.right() + geo.mix_width
    for row in range(geo.rows + 1):
        y = round(grid.top() + row * geo.row_height) - 0.5
        painter.drawLine(QPointF(grid.left(), y), QPointF(right, y))


def _paint_cell_front(
    painter: QPainter,
    geo: MonthGeometry,
    cell: DayCell,
    month: int,
    today: dt.date,
    hover_badge: tuple[str, ...] | None,
    palette: QPalette,
    font: QFont,
    small: QFont,
) -> None:
    rect = cell.rect
    line = QRectF(rect.left() + 4, rect.top() + 2, rect.width() - 8, geo.day_line - 2)
    if hover_badge is not None:
        forms = hover_badge
    else:
        forms = badge_forms(list(cell.limits)) if cell.limits else ()
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    # The first of the month is named ("1 Dec") when that leaves room for a warning mark.
    label = str(cell.day.day)
    named = f"{cell.day.day} {month_abbr(cell.day)}"
    mark_room = QFontMetricsF(small).height() + 10 if forms else 0
    if cell.day.day == 1 and metrics.horizontalAdvance(named) + 12 + mark_room <= line.width():
        label = named
    if cell.day == today:
        width = QFontMetricsF(bold).horizontalAdvance(label) + 12
        pill = QRectF(line.left() - 2, line.top() + 1, width, line.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.focus_colour(palette))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.setFont(bold)
        painter.drawText(pill, _CENTRE, label)
        label_width = width
    else:
        outside = cell.day.month != month
        colour = theme.muted_text(palette) if outside else palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawText(line, _LEFT, label)
        label_width = metrics.horizontalAdvance(label)
    if forms:
        _paint_badge(painter, line, label_width + 8, forms, palette, small)
    if cell.awareness:
        names = [a.name for a in cell.awareness]
        paint_awareness_line(painter, geo.awareness_rect(cell.day, 0), names, palette, small)
    if cell.more and cell.more_rect is not None:
        painter.setFont(small)
        painter.setPen(theme.muted_text(palette))
        painter.drawText(cell.more_rect.adjusted(4, 0, 0, 0), _LEFT, f"+{cell.more} more")


def _paint_badge(
    painter: QPainter,
    line: QRectF,
    taken: float,
    forms: tuple[str, ...],
    palette: QPalette,
    font: QFont,
) -> None:
    """The day's limit warning, right-aligned in the day line, in the longest form that fits."""
    metrics = QFontMetricsF(font)
    mark = metrics.height() * 0.8
    room = line.width() - taken
    text = next((f for f in forms if metrics.horizontalAdvance(f) + mark + 14 <= room), "")
    width = (metrics.horizontalAdvance(text) + mark + 14) if text else mark + 4
    box = QRectF(line.right() - width, line.top() + 1, width, line.height() - 2)
    if text:
        paint_warning_box(painter, box, text, palette, font, wrap=False)
    else:  # no room for words: the mark alone; the tooltip says what is wrong
        paint_warning_mark(painter, box.adjusted(1, 1, -1, -1), theme.warning_colour(palette))


def _paint_mix(
    painter: QPainter,
    rect: QRectF,
    report: WeekReport | None,
    palette: QPalette,
    font: QFont,
    small: QFont,
) -> None:
    """The week's posts and its share of each kind, red where a share is outside its band."""
    if report is None:
        return
    painter.fillRect(rect.adjusted(1, 0, 0, -1), theme.header_fill(palette))
    metrics = QFontMetricsF(small)
    line = metrics.height() + 1
    inner = rect.adjusted(8, 4, -6, -4)
    painter.setFont(small)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    posts = f"{report.posts} post{'' if report.posts == 1 else 's'}"
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), _LEFT, posts)
    if not report.enough_to_judge:
        if inner.height() >= 2 * line:
            painter.setPen(theme.muted_text(palette))
            words = "too few to judge"
            if metrics.horizontalAdvance(words) > inner.width():
                words = "too few"
            painter.drawText(QRectF(inner.left(), inner.top() + line, inner.width(), line), _LEFT,
                             words)  # fmt: skip
        return
    outside = {w.kind for w in report.warnings if isinstance(w, MixWarning)}
    bar_top = inner.top() + line + 1
    left = inner.left()
    for kind in Kind:  # the week's mix as one bar, in the kinds' colours
        width = inner.width() * report.mix[kind].share
        painter.fillRect(QRectF(left, bar_top, width, 5), theme.kind_colour(kind))
        left += width
    for index, kind in enumerate(Kind):
        top = bar_top + 8 + index * line
        if top + line > inner.bottom() + 2:
            break
        badge = QRectF(inner.left(), top + 1, line - 3, line - 3)
        paint_letter_badge(painter, badge, kind, small)
        share = f"{round(report.mix[kind].share * 100)}%"
        text = QRectF(badge.right() + 5, top, inner.right() - badge.right() - 5, line)
        painter.setFont(small)
        if kind in outside:
            painter.setPen(theme.warning_colour(palette))
            mark = QRectF(text.right() - line + 3, top + 1, line - 3, line - 3)
            paint_warning_mark(painter, mark, theme.warning_colour(palette))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(text, _LEFT, share)


def _paint_hover(
    painter: QPainter,
    layout: MonthLayout,
    hover: MonthHover,
    palette: QPalette,
    font: QFont,
    fonts: CardFonts,
) -> None:
    cell = layout.cell(hover.day)
    if cell is None:
        return
    paint_drop_slot(painter, cell.rect.adjusted(1, 1, -1, -1), palette, copy=hover.copy)
    geo = layout.geo
    if hover.ghost is not None:
        lines = 1 if cell.awareness else 0
        index = min(len(cell.chips), max(geo.chip_slots(hover.day, lines) - 1, 0))
        painter.save()
        painter.setOpacity(0.88)
        paint_chip(painter, geo.chip_rect(hover.day, lines, index), hover.ghost, palette, fonts)
        painter.restore()
    if hover.text:
        height = QFontMetricsF(font).height() + 6
        box = QRectF(cell.rect.left() + 3, cell.rect.bottom() - height - 3, cell.rect.width() - 6,
                     height)  # fmt: skip
        paint_warning_box(painter, box, hover.text, palette, font, wrap=False)
