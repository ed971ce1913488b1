"""The printed week page, painted in one function for printer, preview, PDF and image.

``paint_week_page`` draws one page of a ``PagePlan`` into any rect of any paint device.
Every size comes from the rect, so it reads the same at 1200 dpi and in a test image.
It returns where it put each card, so tests can look at the pixels there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from planner.core.domain import Kind
from planner.core.page_plan import DayCell, LineRole, PageLine, PagePlan, PlanCard
from planner.printing.guard_mark import paint_check_line
from planner.printing.ink import (
    FAINT,
    HEADING_FILL,
    INK,
    PAPER,
    RULE,
    draw_kind_frame,
    draw_letter_badge,
    draw_text,
    fitted_font,
    font,
    kind_colour,
    metrics,
    printable,
    ruled_box,
    wrap_lines,
)
from planner.printing.sections import paint_key_and_mix, paint_line_box, paint_lines, section_title

# The page in fractions of its height: header, day grid, then the bottom band.
HEADER_BOTTOM = 0.085
GRID_TOP = 0.10
GRID_BOTTOM = 0.665
BAND_TOP = 0.685
DAY_HEADING = 0.036
LEFT_COLUMN = 0.30  # legend and mix, as a fraction of the width
RIGHT = Qt.AlignmentFlag.AlignRight
DRAFT = "draft"
MIN_ASPECT = 1.25  # Letter landscape is 1.29, A4 landscape 1.41
LANDSCAPE_ASPECT = 1.414


@dataclass(frozen=True, slots=True)
class PaintedCard:
    """Where one post's card landed; ``swatch`` is solid in the kind's colour."""

    post_id: int | None
    kind: Kind
    rect: QRectF
    swatch: QRectF


@dataclass(slots=True)
class PageLayout:
    page: int
    cards: list[PaintedCard] = field(default_factory=list)


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
        title_unit = rect.height() * (1 - BAND_TOP) / 15.4
        section_title(painter, spare, "More notes", title_unit)
        ruled_box(painter, spare.adjusted(0, title_unit * 1.4, 0, 0), title_unit * 1.6, title_unit)
    _paint_header(painter, rect, plan, page)
    if page == 0:
        _paint_grid(painter, _band(rect, GRID_TOP, GRID_BOTTOM), plan, layout)
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


def _paint_grid(painter: QPainter, grid: QRectF, plan: PagePlan, layout: PageLayout) -> None:
    heading_h = grid.height() * DAY_HEADING / (GRID_BOTTOM - GRID_TOP)
    # One extra line at the bottom of each cell for "+3 more: see list".
    unit = (grid.height() - heading_h) / (plan.capacity.lines_per_cell + 1)
    col_w = grid.width() / 7
    for i, day in enumerate(plan.days):
        cell = QRectF(grid.left() + i * col_w, grid.top(), col_w, grid.height())
        _paint_day(painter, cell, heading_h, unit, day, plan, layout)
    pen = QPen(RULE)
    pen.setWidthF(unit * 0.05)
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
    unit: float,
    day: DayCell,
    plan: PagePlan,
    layout: PageLayout,
) -> None:
    head = QRectF(cell.left(), cell.top(), cell.width(), heading_h)
    painter.fillRect(head, HEADING_FILL)
    pad = unit * 0.3
    count = f"{day.total} post" + ("" if day.total == 1 else "s")
    inner = head.adjusted(pad, 0, -pad, 0)
    heading_font = font(heading_h * 0.5, bold=True)
    heading = day.heading
    if metrics(painter, heading_font).horizontalAdvance(heading) > inner.width():
        heading = day.short_heading
    draw_text(painter, inner, heading, heading_font)
    count_font = font(heading_h * 0.36)
    heading_w = metrics(painter, heading_font).horizontalAdvance(heading)
    count_w = metrics(painter, count_font).horizontalAdvance(count)
    if day.total and heading_w + pad + count_w <= inner.width():  # only when it fits whole
        draw_text(painter, inner, count, count_font, colour=FAINT, align=RIGHT, elide=False)
    lines = plan.card_lines
    top = head.bottom()
    for n, card in enumerate(day.cards):
        card_rect = QRectF(
            cell.left() + pad,
            top + n * lines * unit + unit * 0.15,
            cell.width() - 2 * pad,
            lines * unit - unit * 0.3,
        )
        layout.cards.append(_paint_card(painter, card_rect, card, unit, lines))
    note_rect = QRectF(cell.left() + pad, cell.bottom() - unit * 1.05, cell.width() - 2 * pad, unit)
    if day.spilled:
        draw_text(painter, note_rect, day.more_note, font(unit * 0.72, bold=True, italic=True))
    elif not day.cards:
        empty = QRectF(cell.left() + pad, top + unit * 0.2, cell.width() - 2 * pad, unit)
        draw_text(painter, empty, "No posts", font(unit * 0.7, italic=True), colour=FAINT)


def _paint_card(
    painter: QPainter, rect: QRectF, card: PlanCard, unit: float, lines: int
) -> PaintedCard:
    kind = card.kind
    draw_kind_frame(painter, rect, kind, unit)
    inset = unit * 0.3
    swatch = QRectF(rect.left() + inset, rect.top() + inset, unit * 0.42, rect.height() - 2 * inset)
    painter.fillRect(swatch, kind_colour(kind))
    text_left = swatch.right() + unit * 0.25
    line_h = (rect.height() - 2 * inset) / lines
    badge_side = line_h * 1.05
    badge = QRectF(rect.right() - inset - badge_side, rect.top() + inset, badge_side, badge_side)
    draw_letter_badge(painter, badge, kind, unit)
    header = QRectF(text_left, rect.top() + inset, badge.left() - text_left - unit * 0.2, line_h)
    # Capped so "08:30 Instagram draft" fits a day column; taller cards get more lines.
    px = min(line_h * 0.8, unit * 0.56)
    bold = font(px, bold=True)
    time_w = metrics(painter, bold).horizontalAdvance(card.time_label + " ")
    draw_text(painter, header, card.time_label, bold, elide=False)
    platform = header.adjusted(time_w, 0, 0, 0)
    body = font(px)
    label = card.platform_label
    if metrics(painter, body).horizontalAdvance(label) > platform.width():
        label = card.platform_short  # "IG" reads better than "Inst…"
    draw_text(painter, platform, label, body)
    if card.is_draft:
        room = platform.width() - metrics(painter, body).horizontalAdvance(label + " ")
        tag = fitted_font(painter, [DRAFT], room, px * 0.85, bold=True, italic=True)
        draw_text(painter, platform, DRAFT, tag, align=RIGHT, elide=False)
    body_w = rect.right() - inset - text_left
    words = printable(card.text, metrics(painter, body))
    first = 2 if card.check else 1  # the guard's mark takes the line under the header
    if card.check:
        paint_check_line(painter, QRectF(text_left, header.bottom(), body_w, line_h), px)
    for i, text in enumerate(wrap_lines(painter, words, body, body_w, lines - first)):
        row = QRectF(text_left, header.top() + (i + first) * line_h, body_w, line_h)
        draw_text(painter, row, text, body, elide=False)
    return PaintedCard(card.post.id, kind, QRectF(rect), swatch)


def _paint_bottom(painter: QPainter, band: QRectF, plan: PagePlan) -> None:
    cap = plan.capacity
    w = band.width()
    gap = w * 0.012
    left = QRectF(band.left(), band.top(), w * LEFT_COLUMN, band.height())
    x = left.right() + gap
    # Warnings, then the overflow list when there is one; the notes take the rest.
    widths = (0.27, 0.23) if plan.overflow else (0.33, 0.0)
    warn = QRectF(x, band.top(), w * widths[0], band.height())
    rows = max(cap.warning_lines, cap.overflow_lines) + 1.4
    unit = band.height() / rows
    paint_key_and_mix(painter, left, plan, unit)
    paint_line_box(painter, warn, "Warnings", _warning_lines(plan), unit)
    x = warn.right() + gap
    if plan.overflow:
        more = QRectF(x, band.top(), w * widths[1], band.height())
        paint_line_box(painter, more, "More posts", list(plan.overflow), unit)
        x = more.right() + gap
    notes = QRectF(x, band.top(), band.right() - x, band.height())
    section_title(painter, notes, "Notes for the staff meeting", unit)
    box = notes.adjusted(0, unit * 1.4, 0, 0)
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
