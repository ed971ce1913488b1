"""Painting the week grid behind the cards: day columns, hour lines, axis and headers."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from planner.core.domain import Post, short_day
from planner.ui.week.grid_geometry import DAYS, WeekGeometry
from planner.ui.widgets import theme
from planner.ui.widgets.awareness_mark import paint_awareness_line, paint_awareness_mark
from planner.ui.widgets.card_painter import (
    CardFonts,
    paint_card,
    paint_drop_slot,
    paint_warning_box,
    warning_box_height,
)


@dataclass(frozen=True, slots=True)
class DayHeader:
    day: dt.date
    today: bool
    # The day's warning badge in the forms it may take, longest first: a day over its
    # limit, or, while a drag hovers, what the drop would break.
    note: tuple[str, ...] = ()
    past: bool = False  # gone by: its name is drawn quieter
    awareness: tuple[str, ...] = ()  # the day's awareness days, by name


def note_room(column_width: float, font: QFont) -> float:
    """How wide a header badge's text may be beside its warning mark."""
    return column_width - 6 - QFontMetricsF(font).height() * 0.8 - 16


def fitted_note(forms: tuple[str, ...], column_width: float, font: QFont) -> str | None:
    """The longest of ``forms`` that fits a header badge, or the last one cut short."""
    if not forms:
        return None
    metrics = QFontMetricsF(font)
    room = note_room(column_width, font)
    for form in forms:
        if metrics.horizontalAdvance(form) <= room:
            return form
    return metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, room)


def header_height(font: QFont) -> float:
    # Whole pixels, so the header's edge is crisp rather than a blend.
    return float(math.ceil(2 * QFontMetricsF(font).height() + 16))


def axis_width(font: QFont) -> float:
    return float(math.ceil(QFontMetricsF(font).horizontalAdvance("00:00") + 16))


def day_labels(
    days: list[dt.date],
    width: float,
    metrics: QFontMetricsF,
    today_metrics: QFontMetricsF,
    today: dt.date | None = None,
) -> list[str]:
    """The days' names in the longest form in which all fit ``width``: "Mon 30 Nov",
    "Mon 30", "30". One form for the whole row reads evenly; cutting a name mid-word
    ("Mon 3…") would read as another date."""
    forms = [short_day, lambda day: short_day(day).rsplit(" ", 1)[0]]
    for form in forms:
        labels = [form(day) for day in days]
        if all(
            (today_metrics if day == today else metrics).horizontalAdvance(label) <= width
            for day, label in zip(days, labels, strict=True)
        ):
            return labels
    return [str(day.day) for day in days]


def header_fonts(font: QFont) -> tuple[QFont, QFont]:
    """The day names' font, and the bold one of today's pill."""
    bold = QFont(font)
    bold.setBold(True)
    return font, bold


def paint_grid(
    painter: QPainter,
    geo: WeekGeometry,
    palette: QPalette,
    *,
    today_index: int | None,
    work_start: int,
    work_end: int,
    past_days: int = 0,
) -> None:
    """Columns with weekend and off-hours shading, the first ``past_days`` days hatched
    as gone by, today tinted, hour and half-hour lines."""
    body = geo.body
    scale = geo.scale
    painter.fillRect(body, theme.base(palette))
    shade = theme.weekend_shade(palette)
    early = QRectF(
        body.left(), scale.y_of(0), body.width(), scale.y_of(work_start * 60) - scale.y_of(0)
    )
    late_top = scale.y_of(work_end * 60)
    late = QRectF(
        body.left(), late_top, body.width(), scale.y_of(24 * 60) + geo.bottom_pad - late_top
    )
    painter.fillRect(early.intersected(body), shade)
    painter.fillRect(late.intersected(body), shade)
    for index in (5, 6):
        painter.fillRect(geo.column_rect(index), shade)
    for index in range(min(past_days, DAYS)):
        paint_past_column(painter, geo.column_rect(index), palette)
    if today_index is not None:
        painter.fillRect(geo.column_rect(today_index), theme.today_tint(palette))

    faint = QPen(theme.grid_line(palette, strong=False), 1)
    strong = QPen(theme.grid_line(palette, strong=True), 1)
    for half_hours in range(48 + 1):
        y = round(scale.y_of(half_hours * 30)) + 0.5
        if not body.top() <= y <= body.bottom():
            continue
        painter.setPen(strong if half_hours % 2 == 0 else faint)
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
    painter.setPen(strong)
    for index in range(DAYS + 1):
        x = round(geo.column_left(index)) + 0.5
        painter.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))


def paint_past_column(painter: QPainter, column: QRectF, palette: QPalette) -> None:
    """A day gone by: a deeper grey and fine diagonal lines, apart from the weekend's
    plain grey in black and white too."""
    painter.fillRect(column, theme.past_shade(palette))
    painter.save()
    painter.setClipRect(column, Qt.ClipOperation.IntersectClip)
    painter.setPen(QPen(theme.past_hatch(palette), 1))
    step = 9.0
    x = column.left() - column.height()
    while x < column.right():
        painter.drawLine(QPointF(x, column.bottom()), QPointF(x + column.height(), column.top()))
        x += step
    painter.restore()


def paint_axis(painter: QPainter, geo: WeekGeometry, palette: QPalette, font: QFont) -> None:
    """Hour labels beside the grid, each centred on its line."""
    body = geo.body
    area = QRectF(0, body.top(), geo.axis_width, body.height())
    painter.save()
    painter.fillRect(area, theme.header_fill(palette))
    painter.setClipRect(area)
    painter.setFont(font)
    painter.setPen(theme.muted_text(palette))
    line = QFontMetricsF(font).height()
    for hour in range(24):
        y = geo.scale.y_of(hour * 60)
        if y < body.top() - line or y > body.bottom() + line:
            continue
        # Labels at the edges stay whole rather than half cut off.
        top = min(max(y - line / 2, body.top() + 1) if hour else y + 1, body.bottom() - line)
        label = QRectF(0, top, geo.axis_width - 6, line)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00"
        )
    painter.restore()


def paint_headers(
    painter: QPainter, geo: WeekGeometry, palette: QPalette, headers: list[DayHeader], font: QFont
) -> None:
    """Day names ("Mon 30 Nov"), today as a pill, and a warning badge under a day over a limit."""
    band = QRectF(0, 0, geo.width, geo.header_height)
    painter.fillRect(band, theme.header_fill(palette))
    metrics = QFontMetricsF(font)
    line = metrics.height()
    bold = header_fonts(font)[1]
    bold_metrics = QFontMetricsF(bold)
    today = next((h.day for h in headers if h.today), None)
    days = [h.day for h in headers]
    labels = day_labels(days, geo.column_width - 6, metrics, bold_metrics, today)
    for index, header in enumerate(headers):
        rect = geo.header_rect(index)
        label = labels[index]
        name_rect = QRectF(rect.left(), rect.top() + 4, rect.width(), line + 2)
        if header.today:
            width = min(bold_metrics.horizontalAdvance(label) + 14, rect.width() - 4)
            pill = QRectF(rect.center().x() - width / 2, name_rect.top(), width, name_rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.focus_colour(palette))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.setFont(bold)
        else:
            text = palette.color(QPalette.ColorRole.WindowText)
            painter.setPen(theme.muted_text(palette) if header.past else text)
            painter.setFont(font)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignCenter, label)

        note = fitted_note(header.note, rect.width(), font)
        if note:
            width = min(metrics.horizontalAdvance(note) + line * 0.8 + 16, rect.width() - 6)
            box = QRectF(rect.center().x() - width / 2, name_rect.bottom() + 3, width, line + 4)
            paint_warning_box(painter, box, note, palette, font, wrap=False)
        elif header.awareness:  # the warning, when there is one, keeps the line
            row = QRectF(rect.left() + 5, name_rect.bottom() + 3, rect.width() - 10, line + 4)
            paint_awareness_line(painter, row, header.awareness, palette, font)
        if header.awareness and note:
            mark = QRectF(rect.left() + 3, name_rect.top(), 9, line)
            paint_awareness_mark(painter, mark, palette)
    painter.setPen(QPen(theme.grid_line(palette, strong=True), 1))
    y = geo.header_height - 0.5
    painter.drawLine(QPointF(0, y), QPointF(geo.width, y))


def paint_drop_hover(
    painter: QPainter,
    geo: WeekGeometry,
    day: int,
    start: int,
    span: int,
    preview: str | None,
    palette: QPalette,
    font: QFont,
    *,
    copy: bool,
    ghost: Post | None = None,
    fonts: CardFonts | None = None,
) -> None:
    """The highlighted slot a drop would land on, with a ghost of the card as it would
    land (its new time on it) and, under it, what the drop would break."""
    slot = geo.slot_rect(day, start, span)
    if ghost is not None and fonts is not None:
        painter.save()
        painter.setOpacity(0.88)  # a ghost: the cards it passes over still show through
        paint_card(painter, geo.card_rect(day, start, span, 0, 1), ghost, palette, fonts)
        painter.restore()
    paint_drop_slot(painter, slot, palette, copy=copy, filled=ghost is None)
    if not preview:
        return
    width = geo.column_width - 6
    height = warning_box_height(preview, width, font)
    top = slot.bottom() + 3
    if top + height > geo.body.bottom():
        top = slot.top() - 3 - height  # no room below: show it above the slot
    box = QRectF(geo.column_left(day) + 3, top, width, height)
    paint_warning_box(painter, box, preview, palette, font, wrap=True)
