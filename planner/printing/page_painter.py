"""The printed week page, painted in one function for printer, preview, PDF and image.

``paint_week_page`` draws one page of a ``PagePlan`` into any rect of any paint device.
Every size comes from the rect, so it reads the same at 1200 dpi and in a test image.
It returns where it put each card and the type size its cards got, so tests can look
at the pixels there. The cards themselves are painted in day_cards.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.core.page_plan import DayCell, LineRole, PageLine, PagePlan
from planner.printing.day_cards import (
    CardType,
    PaintedCard,
    fit_cards,
    lay_out_day,
    paint_card,
    paint_empty_day,
    paint_more_note,
)
from planner.printing.ink import (
    FAINT,
    HEADING_FILL,
    INK,
    PAPER,
    RULE,
    draw_text,
    draw_warning_mark,
    fitted_font,
    font,
    metrics,
    points,
    ruled_box,
)
from planner.printing.sections import paint_key_and_mix, paint_line_box, paint_lines, section_title

# The page in fractions of its height: header, day grid, then the bottom band.
HEADER_BOTTOM = 0.085
GRID_TOP = 0.095
GRID_BOTTOM = 0.705
BAND_TOP = 0.725
DAY_HEADING = 0.05  # the day's name, then its count and any day-limit mark
AWARENESS_ROW = 0.024  # a row more in every heading of a week with awareness days
BAND_ROWS = 12.0  # lines of the bottom band: about 9 pt on the page
LEFT_COLUMN = 0.27  # key and mix, as a fraction of the width
RIGHT = Qt.AlignmentFlag.AlignRight
MIN_ASPECT = 1.25  # Letter landscape is 1.29, A4 landscape 1.41
LANDSCAPE_ASPECT = 1.414


@dataclass(slots=True)
class PageLayout:
    page: int
    cards: list[PaintedCard] = field(default_factory=list)
    text_pt: float = 0.0  # the cards' type size, in points
    whole: bool = True  # every card shows its whole text


def paint_week_page(painter: QPainter, rect: QRectF, plan: PagePlan, page: int = 0) -> PageLayout:
    """Paint page ``page`` (0 is the week; later pages continue its lists) into ``rect``."""
    if not 0 <= page < plan.page_count:
        raise ValueError(f"the plan for {plan.week} has {plan.page_count} page(s), not {page + 1}")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, PAPER)
    rect, spare = _landscape_part(QRectF(rect))
    layout = PageLayout(page=page)
    if page == 0 and spare.height() > rect.height() * 0.1:
        title_unit = rect.height() * (1 - BAND_TOP) / BAND_ROWS
        section_title(painter, spare, "More notes", title_unit)
        ruled_box(painter, spare.adjusted(0, title_unit * 1.4, 0, 0), title_unit * 1.6, title_unit)
    _paint_header(painter, rect, plan, page)
    if page == 0:
        _paint_grid(
            painter, _band(rect, GRID_TOP, GRID_BOTTOM), plan, layout, points(rect.height())
        )
        _paint_bottom(painter, _band(rect, BAND_TOP, 1.0), plan)
    else:
        _paint_continuation(painter, _band(rect, GRID_TOP, 1.0), plan, page)
    painter.restore()
    return layout


def _landscape_part(rect: QRectF) -> tuple[QRectF, QRectF]:
    """The page is laid out landscape. On paper turned upright it takes the top, at full
    width, and the rest of the sheet is left below for notes."""
    if rect.width() >= rect.height() * MIN_ASPECT:
        return rect, QRectF()
    height = rect.width() / LANDSCAPE_ASPECT
    top = QRectF(rect.left(), rect.top(), rect.width(), height)
    gap = height * 0.04
    spare = QRectF(rect.left(), top.bottom() + gap, rect.width(), rect.height() - height - gap)
    return top, spare


def _band(rect: QRectF, top: float, bottom: float) -> QRectF:
    h = rect.height()
    return QRectF(rect.left(), rect.top() + h * top, rect.width(), h * (bottom - top))


def _paint_header(painter: QPainter, rect: QRectF, plan: PagePlan, page: int) -> None:
    h = rect.height()
    name_row = QRectF(rect.left(), rect.top(), rect.width() * 0.78, h * 0.05)
    # A long practice name shrinks a little before it is cut.
    name_font = fitted_font(painter, [plan.practice_name], name_row.width(), h * 0.036, bold=True)
    if name_font.pixelSize() < h * 0.026:
        name_font = font(h * 0.026, bold=True)
    draw_text(painter, name_row, plan.practice_name, name_font)
    title = plan.title if page == 0 else f"{plan.title} (continued)"
    title_row = QRectF(rect.left(), rect.top() + h * 0.05, rect.width() * 0.6, h * 0.033)
    draw_text(painter, title_row, title, font(h * 0.026))
    side = QRectF(rect.left() + rect.width() * 0.78, rect.top(), rect.width() * 0.22, h * 0.05)
    draw_text(painter, side, plan.printed_line, font(h * 0.018), colour=FAINT, align=RIGHT)
    if plan.page_count > 1:
        label = plan.page_label(page)
        if page + 1 < plan.page_count:
            label += f", continued on page {page + 2}"
        side2 = QRectF(
            rect.left() + rect.width() * 0.6, rect.top() + h * 0.05, rect.width() * 0.4, h * 0.033
        )
        draw_text(painter, side2, label, font(h * 0.018, bold=True), align=RIGHT)
    pen = QPen(INK)
    pen.setWidthF(h * 0.002)
    painter.setPen(pen)
    y = rect.top() + h * HEADER_BOTTOM
    painter.drawLine(QLineF(rect.left(), y, rect.right(), y))


def _paint_grid(
    painter: QPainter, grid: QRectF, plan: PagePlan, layout: PageLayout, pt: float
) -> None:
    rows = DAY_HEADING + (AWARENESS_ROW if any(plan.awareness) else 0.0)
    heading_h = grid.height() * rows / (GRID_BOTTOM - GRID_TOP)
    col_w = grid.width() / 7
    sizing = fit_cards(painter, plan.days, col_w, grid.height() - heading_h, pt)
    layout.text_pt, layout.whole = sizing.px / pt, sizing.whole
    for i, day in enumerate(plan.days):
        cell = QRectF(grid.left() + i * col_w, grid.top(), col_w, grid.height())
        _paint_day(painter, cell, heading_h, i, day, sizing, layout, plan)
    pen = QPen(RULE)
    pen.setWidthF(sizing.line * 0.05)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i in range(8):
        x = grid.left() + i * col_w
        painter.drawLine(QLineF(x, grid.top(), x, grid.bottom()))
    painter.drawLine(QLineF(grid.left(), grid.bottom(), grid.right(), grid.bottom()))
    painter.drawLine(QLineF(grid.left(), grid.top(), grid.right(), grid.top()))


def _paint_day(
    painter: QPainter,
    cell: QRectF,
    heading_h: float,
    index: int,
    day: DayCell,
    sizing: CardType,
    layout: PageLayout,
    plan: PagePlan,
) -> None:
    head = QRectF(cell.left(), cell.top(), cell.width(), heading_h)
    names = plan.awareness[index] if index < len(plan.awareness) else ()
    _paint_day_heading(painter, head, day, names, 3 if any(plan.awareness) else 2)
    unit = sizing.line
    for n, rect in enumerate(lay_out_day(cell, head.bottom(), index, day, sizing)):
        lines = sizing.text_lines[(index, n)]
        card = day.cards[n]
        consent = card.post.id in plan.consent_posts  # its consent does not hold: tagged
        layout.cards.append(paint_card(painter, rect, card, sizing, lines, unit, consent))
    pad = unit * 0.22
    note_rect = QRectF(cell.left() + pad, cell.bottom() - unit * 1.05, cell.width() - 2 * pad, unit)
    if day.spilled:
        paint_more_note(painter, note_rect, day.more_note, sizing)
    elif not day.cards:
        empty = QRectF(cell.left() + pad, head.bottom() + unit * 0.2, cell.width() - 2 * pad, unit)
        paint_empty_day(painter, empty, sizing)


def _paint_day_heading(
    painter: QPainter, head: QRectF, day: DayCell, awareness: Sequence[str] = (), rows: int = 2
) -> None:
    """The day's name; in a week with awareness days, the day's own under it (in
    italics); then how many posts, and a mark for each platform over its daily limit
    ("2/1 Facebook"), which wins the room when both do not fit."""
    painter.fillRect(head, HEADING_FILL)
    pad = head.height() * 0.24 / rows
    inner = head.adjusted(pad, pad * 0.5, -pad, -pad * 0.5)
    row = inner.height() / rows
    name_row = QRectF(inner.left(), inner.top(), inner.width(), row)
    info_row = QRectF(inner.left(), inner.bottom() - row, inner.width(), row)
    if awareness:  # the first by name, and how many more
        shown = awareness[0] + (f" +{len(awareness) - 1}" if len(awareness) > 1 else "")
        aware_row = name_row.translated(0, row)
        draw_text(painter, aware_row, f"\u25c6 {shown}", font(row * 0.7, italic=True))
    heading_font = font(row * 0.82, bold=True)
    heading = day.heading
    if metrics(painter, heading_font).horizontalAdvance(heading) > name_row.width():
        heading = day.short_heading
    draw_text(painter, name_row, heading, heading_font)
    info_font = font(row * 0.7)
    right = info_row.right()
    if day.limits:
        mark_font = font(row * 0.7, bold=True)
        text = ", ".join(day.limits)
        text_w = metrics(painter, mark_font).horizontalAdvance(text)
        side = row * 0.78
        box = QRectF(
            right - text_w - side - row * 0.5, info_row.top(), text_w + side + row * 0.5, row
        )
        box = box.intersected(info_row)
        pen = QPen(INK)
        pen.setWidthF(row * 0.06)
        painter.save()
        painter.setPen(pen)
        painter.setBrush(PAPER)
        painter.drawRect(box)
        painter.restore()
        mark = QRectF(box.left() + row * 0.15, box.top() + (row - side) / 2, side, side)
        draw_warning_mark(painter, mark)
        words = box.adjusted(side + row * 0.3, 0, -row * 0.1, 0)
        draw_text(painter, words, text, mark_font)
        right = box.left() - row * 0.3
    count = f"{day.total} post" + ("" if day.total == 1 else "s")
    if (
        day.total
        and metrics(painter, info_font).horizontalAdvance(count) <= right - info_row.left()
    ):
        draw_text(painter, info_row, count, info_font, colour=FAINT, elide=False)


def _paint_bottom(painter: QPainter, band: QRectF, plan: PagePlan) -> None:
    w = band.width()
    gap = w * 0.012
    unit = band.height() / BAND_ROWS
    left = QRectF(band.left(), band.top(), w * LEFT_COLUMN, band.height())
    x = left.right() + gap
    # Warnings, then the overflow list and the notes and links when there are any;
    # the staff-meeting notes take the rest.
    warn = QRectF(x, band.top(), w * (0.25 if plan.overflow else 0.33), band.height())
    paint_key_and_mix(painter, left, plan, unit)
    paint_line_box(painter, warn, "Warnings", _warning_lines(plan), unit)
    x = warn.right() + gap
    if plan.overflow:
        more = QRectF(x, band.top(), w * 0.25, band.height())
        lines = list(plan.overflow)
        posts = any(line.role is LineRole.POST for line in lines)
        notes = any(line.role is LineRole.REFERENCE for line in lines)
        title = (
            "More posts, notes and links"
            if posts and notes
            else ("More posts" if posts else "Notes and links")
        )
        if lines and lines[0].text == title:
            lines = lines[1:]  # the box's title says it already
        paint_line_box(painter, more, title, lines, unit)
        x = more.right() + gap
    notes_box = QRectF(x, band.top(), band.right() - x, band.height())
    section_title(painter, notes_box, "Notes for the staff meeting", unit)
    box = notes_box.adjusted(0, unit * 1.4, 0, 0)
    ruled_box(painter, box, spacing=unit * 1.6, unit=unit)


def _warning_lines(plan: PagePlan) -> list[PageLine]:
    if plan.warnings:
        return list(plan.warning_lines)
    return [PageLine("None: the mix and the daily limits are all fine.", LineRole.NOTE)]


def _paint_continuation(painter: QPainter, body: QRectF, plan: PagePlan, page: int) -> None:
    cap = plan.capacity
    lines = list(plan.continuation[page - 1])
    columns = cap.continuation_columns
    per_column = cap.continuation_lines_per_column
    gap = body.width() * 0.02
    col_w = (body.width() - gap * (columns - 1)) / columns
    unit = body.height() / per_column
    for c in range(columns):
        chunk = lines[c * per_column : (c + 1) * per_column]
        if not chunk:
            break
        col = QRectF(body.left() + c * (col_w + gap), body.top(), col_w, body.height())
        paint_lines(painter, col, chunk, unit)
