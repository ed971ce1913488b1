"""Painting one frame of the month view, back to front: the cells with their day numbers,
awareness names, limit badges and "+N more", each week's mix (all of it the month's
"base", painted once per content and size and then reused), the chips from the card
cache, a hovering drop, and the focus frame. Nothing here is a widget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap

from planner.core.domain import DAY_NAMES, Kind, Post, month_abbr
from planner.core.rules import MixWarning, WeekReport
from planner.ui.month.chip_painter import paint_chip
from planner.ui.month.content import DayCell, MonthContent, MonthLayout
from planner.ui.month.geometry import DAYS, MonthGeometry
from planner.ui.month.pieces import PieceCache
from planner.ui.month.text import MonthFaces, cut, draw
from planner.ui.week.words import badge_forms
from planner.ui.widgets import theme
from planner.ui.widgets.awareness_mark import awareness_colour, paint_awareness_mark
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.card_painter import (
    CardFonts,
    paint_drop_slot,
    paint_letter_badge,
    paint_warning_box,
    paint_warning_mark,
)


@dataclass(frozen=True, slots=True)
class MonthHover:
    """A drag over a day: the post as it would land, and what the drop would break."""

    day: dt.date
    ghost: Post | None
    text: str | None
    copy: bool
    badge: tuple[str, ...]  # the day's limit badge as the drop would leave it


class MonthBase:
    """The frame without chips or hover, kept as a pixmap while content and size stay:
    a drag's hover repaints the month many times a second. It is made from pieces
    (``pieces``), so a change repaints only the days and weeks it touched."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._pixmap: QPixmap | None = None
        self.pieces = PieceCache()

    def paint(
        self, painter: QPainter, layout: MonthLayout, palette: QPalette, faces: MonthFaces,
        ratio: float,
    ) -> None:  # fmt: skip
        key = (id(layout), palette.cacheKey(), faces.normal.font.key(), ratio)
        if key != self._key or self._pixmap is None:
            pixmap = _scratch(layout.geo, ratio)
            inner = QPainter(pixmap)
            paint_base(inner, layout, palette, faces, self.pieces, ratio)
            inner.end()
            self._key, self._pixmap = key, pixmap
        painter.drawPixmap(0, 0, self._pixmap)

    def prefetch(
        self, layout: MonthLayout, palette: QPalette, faces: MonthFaces, ratio: float
    ) -> None:
        """Paint ``layout``'s days and weeks into the pieces, off screen."""
        scratch = _scratch(layout.geo, ratio)
        inner = QPainter(scratch)
        paint_base(inner, layout, palette, faces, self.pieces, ratio)
        inner.end()


def _scratch(geo: MonthGeometry, ratio: float) -> QPixmap:
    pixmap = QPixmap(QSize(max(round(geo.width * ratio), 1), max(round(geo.height * ratio), 1)))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def paint_month(
    painter: QPainter,
    layout: MonthLayout,
    *,
    selected: set[int],
    hover: MonthHover | None,
    focused: bool,
    base: MonthBase,
    card_cache: CardPixmapCache,
    palette: QPalette,
    faces: MonthFaces,
    fonts: CardFonts,
    ratio: float,
) -> None:
    geo = layout.geo
    base.paint(painter, layout, palette, faces, ratio)
    painter.save()
    painter.setClipRect(geo.grid)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chips = [
        (chip.rect, chip.post, chip.post.id in selected)
        for cell in layout.cells
        for chip in cell.chips
    ]
    card_cache.shields = layout.shields
    card_cache.paint_cards(painter, chips, geo.grid, palette, fonts, focused=focused, ratio=ratio,
                           marked=layout.consent_notes.keys())  # fmt: skip
    if hover is not None:
        _paint_hover(painter, layout, hover, palette, faces, fonts)
    painter.restore()
    if focused:
        painter.setPen(QPen(theme.focus_colour(palette), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(1, 1, geo.width - 2, geo.height - 2))


def paint_base(
    painter: QPainter,
    layout: MonthLayout,
    palette: QPalette,
    faces: MonthFaces,
    pieces: PieceCache,
    ratio: float,
) -> None:
    """Everything but the chips, the hover and the focus frame: each day's cell and each
    week's mix from ``pieces``, then the grid's lines over them."""
    geo = layout.geo
    content = layout.content
    painter.fillRect(QRectF(0, 0, geo.width, geo.height), theme.base(palette))
    look = (palette.cacheKey(), faces.normal.font.key())
    header = QRectF(0, 0, geo.width, geo.header_height)
    paint_header = partial(_paint_header, geo=geo, palette=palette, faces=faces)
    pieces.draw(painter, header, ("header", geo.column_width, geo.mix_width, *look),
                paint_header, ratio)  # fmt: skip
    colours = _CellColours.of(palette)
    for cell in layout.cells:
        key = _cell_key(cell, content.month, content.today, geo, look)
        paint = partial(_paint_cell, geo=geo, cell=cell, content=content, palette=palette,
                        faces=faces, colours=colours)  # fmt: skip
        pieces.draw(painter, cell.rect, key, paint, ratio)
    for row in range(geo.rows):
        report = layout.report_for_row(row)
        if report is not None:
            key = ("mix", *_mix_key(report), *look)
            paint = partial(_paint_mix, report=report, palette=palette, faces=faces)
            pieces.draw(painter, geo.mix_rect(row), key, paint, ratio)
    _paint_lines(painter, geo, palette)


@dataclass(frozen=True, slots=True)
class _CellColours:
    text: QColor
    muted: QColor
    outside: QColor
    weekend: QColor
    today: QColor

    page: QColor

    @classmethod
    def of(cls, palette: QPalette) -> _CellColours:
        return cls(
            palette.color(QPalette.ColorRole.Text),
            theme.muted_text(palette),
            theme.blend(theme.header_fill(palette), theme.base(palette), 0.6),
            theme.weekend_shade(palette),
            theme.today_tint(palette),
            theme.base(palette),
        )

    def fill(self, day: dt.date, month: int, today: dt.date) -> QColor:
        """Today tinted, days of other months greyed, weekends shaded, the rest the page."""
        if day == today:
            return self.today
        if day.month != month:
            return self.outside
        return self.weekend if day.weekday() >= 5 else self.page


def _cell_key(
    cell: DayCell, month: int, today: dt.date, geo: MonthGeometry, look: tuple[object, ...]
) -> Hashable:
    """Everything a day's cell shows."""
    limits = tuple((w.platform, w.count, w.limit) for w in cell.limits)
    names = tuple(a.name for a in cell.awareness)
    more = (cell.more, len(cell.chips)) if cell.more else None
    return ("cell", cell.day, cell.day.month == month, cell.day == today, limits, names, more,
            geo.day_line, geo.line, *look)  # fmt: skip


def _mix_key(report: WeekReport) -> tuple[object, ...]:
    outside = tuple(sorted(w.kind.value for w in report.warnings if isinstance(w, MixWarning)))
    shares = tuple(round(report.mix[kind].share, 4) for kind in Kind)
    return (report.posts, report.enough_to_judge, shares, outside)


def _paint_header(
    painter: QPainter, rect: QRectF, *, geo: MonthGeometry, palette: QPalette, faces: MonthFaces
) -> None:
    painter.translate(rect.topLeft())  # the header sits at the view's top left
    painter.fillRect(QRectF(0, 0, geo.width, geo.header_height), theme.header_fill(palette))
    face = faces.normal
    wide = all(face.width(n) <= geo.column_width - 8 for n in DAY_NAMES)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    for column in range(DAYS):
        name = DAY_NAMES[column] if wide else DAY_NAMES[column][:3]
        draw(painter, geo.header_rect(column), name, face, "centre")
    mix = QRectF(geo.grid.right(), 0, geo.mix_width, geo.header_height)
    title = "Week's mix" if face.width("Week's mix") <= mix.width() - 6 else "Mix"
    draw(painter, mix, title, face, "centre")


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


def day_line(geo: MonthGeometry, cell: DayCell) -> QRectF:
    """The band at the top of a day's cell: its number, and its limit badge."""
    rect = cell.rect
    return QRectF(rect.left() + 4, rect.top() + 2, rect.width() - 8, geo.day_line - 2)


def _paint_cell(
    painter: QPainter,
    rect: QRectF,
    *,
    geo: MonthGeometry,
    cell: DayCell,
    content: MonthContent,
    palette: QPalette,
    faces: MonthFaces,
    colours: _CellColours,
) -> None:
    """A day's cell, painted into ``rect`` (the piece's own place for ``cell.rect``)."""
    painter.translate(rect.topLeft() - cell.rect.topLeft())
    today, month = content.today, content.month
    painter.fillRect(cell.rect, colours.fill(cell.day, month, today))
    line = day_line(geo, cell)
    forms = badge_forms(list(cell.limits)) if cell.limits else ()
    # The first of the month is named ("1 Dec") when that leaves room for a warning mark.
    label = str(cell.day.day)
    named = f"{cell.day.day} {month_abbr(cell.day)}"
    mark_room = faces.small.metrics.height() + 10 if forms else 0
    if cell.day.day == 1 and faces.normal.width(named) + 12 + mark_room <= line.width():
        label = named
    if cell.day == today:
        width = faces.bold.width(label) + 12
        pill = QRectF(line.left() - 2, line.top() + 1, width, line.height() - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.focus_colour(palette))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        draw(painter, pill, label, faces.bold, "centre")
        label_width = width
    else:
        painter.setPen(colours.muted if cell.day.month != month else colours.text)
        draw(painter, line, label, faces.normal)
        label_width = faces.normal.width(label)
    if forms:
        paint_badge(painter, line, label_width + 8, forms, palette, faces)
    if cell.awareness:
        aware = geo.awareness_rect(cell.day, 0)
        names = [a.name for a in cell.awareness]
        words = names[0] + (f" +{len(names) - 1}" if len(names) > 1 else "")
        mark = paint_awareness_mark(painter, aware, palette)
        painter.setPen(awareness_colour(palette))
        shown = cut(words, faces.italic, aware.width() - mark - 3)
        draw(painter, aware.adjusted(mark + 3, 0, 0, 0), shown, faces.italic)
    if cell.more and cell.more_rect is not None:
        painter.setPen(colours.muted)
        draw(painter, cell.more_rect.adjusted(4, 0, 0, 0), f"+{cell.more} more", faces.small)


def paint_badge(
    painter: QPainter,
    line: QRectF,
    taken: float,
    forms: tuple[str, ...],
    palette: QPalette,
    faces: MonthFaces,
) -> None:
    """The day's limit warning, right-aligned in the day line, in the longest form that fits;
    the mark alone when no words fit (the tooltip says what is wrong)."""
    face = faces.small
    mark = face.metrics.height() * 0.8
    room = line.width() - taken
    text = next((f for f in forms if face.width(f) + mark + 14 <= room), "")
    width = (face.width(text) + mark + 14) if text else mark + 4
    box = QRectF(line.right() - width, line.top() + 1, width, line.height() - 2)
    colour = theme.warning_colour(palette)
    if not text:
        paint_warning_mark(painter, box.adjusted(1, 1, -1, -1), colour)
        return
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(theme.warning_fill(palette))
    painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)
    paint_warning_mark(painter, QRectF(box.left() + 4, box.center().y() - mark / 2, mark, mark),
                       colour)  # fmt: skip
    painter.setPen(colour)
    draw(painter, box.adjusted(mark + 7, 0, -4, 0), text, face)


def _paint_mix(
    painter: QPainter, rect: QRectF, report: WeekReport | None, palette: QPalette,
    faces: MonthFaces,
) -> None:  # fmt: skip
    """The week's posts, its mix as one bar, and each kind's share, red outside its band."""
    if report is None:
        return
    painter.fillRect(rect.adjusted(1, 0, 0, -1), theme.header_fill(palette))
    face = faces.small
    line = face.metrics.height() + 1
    inner = rect.adjusted(8, 4, -6, -4)
    ink = palette.color(QPalette.ColorRole.WindowText)
    painter.setPen(ink)
    posts = f"{report.posts} post{'' if report.posts == 1 else 's'}"
    draw(painter, QRectF(inner.left(), inner.top(), inner.width(), line), posts, face)
    if not report.enough_to_judge:
        if inner.height() >= 2 * line:
            painter.setPen(theme.muted_text(palette))
            words = (
                "too few to judge" if face.width("too few to judge") <= inner.width() else "too few"
            )
            draw(
                painter, QRectF(inner.left(), inner.top() + line, inner.width(), line), words, face
            )
        return
    outside = {w.kind for w in report.warnings if isinstance(w, MixWarning)}
    bar_top = inner.top() + line + 1
    left = inner.left()
    for kind in Kind:  # the week's mix as one bar, in the kinds' colours
        width = inner.width() * report.mix[kind].share
        painter.fillRect(QRectF(left, bar_top, width, 5), theme.kind_colour(kind))
        left += width
    warning = theme.warning_colour(palette)
    for index, kind in enumerate(Kind):
        top = bar_top + 8 + index * line
        if top + line > inner.bottom() + 2:
            break
        badge = QRectF(inner.left(), top + 1, line - 3, line - 3)
        paint_letter_badge(painter, badge, kind, face.font)
        share = f"{round(report.mix[kind].share * 100)}%"
        text = QRectF(badge.right() + 5, top, inner.right() - badge.right() - 5, line)
        if kind in outside:
            mark = QRectF(text.right() - line + 3, top + 1, line - 3, line - 3)
            paint_warning_mark(painter, mark, warning)
        painter.setPen(warning if kind in outside else ink)
        draw(painter, text, share, face)


def _paint_hover(
    painter: QPainter,
    layout: MonthLayout,
    hover: MonthHover,
    palette: QPalette,
    faces: MonthFaces,
    fonts: CardFonts,
) -> None:
    cell = layout.cell(hover.day)
    if cell is None:
        return
    geo = layout.geo
    paint_drop_slot(painter, cell.rect.adjusted(1, 1, -1, -1), palette, copy=hover.copy)
    if hover.badge:  # the day's badge as the drop would leave it, over the one it has
        line = day_line(geo, cell)
        taken = faces.normal.width(str(cell.day.day)) + 8
        fill = _CellColours.of(palette).fill(cell.day, layout.content.month, layout.content.today)
        painter.fillRect(line.adjusted(taken, 0, 0, 0), fill)
        paint_badge(painter, line, taken, hover.badge, palette, faces)
    if hover.ghost is not None:
        lines = 1 if cell.awareness else 0
        index = min(len(cell.chips), max(geo.chip_slots(hover.day, lines) - 1, 0))
        painter.save()
        painter.setOpacity(0.88)
        paint_chip(painter, geo.chip_rect(hover.day, lines, index), hover.ghost, palette, fonts)
        painter.restore()
    if hover.text:
        height = faces.normal.metrics.height() + 6
        box = QRectF(cell.rect.left() + 3, cell.rect.bottom() - height - 3, cell.rect.width() - 6,
                     height)  # fmt: skip
        paint_warning_box(painter, box, hover.text, palette, faces.normal.font, wrap=False)
