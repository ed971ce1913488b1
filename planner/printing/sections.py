"""The bottom of the printed page: key, mix bars, warnings and overflow lists.

Sizes come in as ``unit``, one line's height in device pixels, from the page painter.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from planner.core.domain import Kind, Status
from planner.core.page_plan import LineRole, MixBar, PageLine, PagePlan
from planner.printing.ink import (
    INK,
    draw_kind_frame,
    draw_letter_badge,
    draw_text,
    draw_tick,
    draw_warning_mark,
    fitted_font,
    font,
    kind_colour,
    metrics,
    printable,
)

BAND_FILL = QColor("#cfcfcf")


def section_title(painter: QPainter, rect: QRectF, title: str, unit: float) -> None:
    row = QRectF(rect.left(), rect.top(), rect.width(), unit * 1.2)
    draw_text(
        painter, row, title, fitted_font(painter, [title], row.width(), unit * 0.85, bold=True)
    )
    pen = QPen(INK)
    pen.setWidthF(unit * 0.05)
    painter.setPen(pen)
    painter.drawLine(QLineF(row.left(), row.bottom(), row.right(), row.bottom()))


def paint_line_box(
    painter: QPainter,
    rect: QRectF,
    title: str,
    lines: list[PageLine],
    unit: float,
) -> None:
    """A titled box of lines."""
    section_title(painter, rect, title, unit)
    top = rect.top() + unit * 1.4
    paint_lines(painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), lines, unit)


def paint_lines(painter: QPainter, rect: QRectF, lines: list[PageLine], unit: float) -> None:
    """Lines of the overflow list and the warnings, one ``unit`` high each.

    Warnings are never cut: their font shrinks until the widest line fits.
    """
    indent = unit * 0.9
    warn_texts = [ln.text for ln in lines if ln.role in (LineRole.WARNING, LineRole.WARNING_MORE)]
    warn_font = fitted_font(painter, warn_texts, rect.width() - indent, unit * 0.74)
    references = (LineRole.REFERENCE, LineRole.REFERENCE_MORE)
    ref_texts = [ln.text for ln in lines if ln.role in references]
    probe = font(unit * 0.74)
    ref_texts = [printable(text, metrics(painter, probe)) for text in ref_texts]
    ref_font = fitted_font(painter, ref_texts, rect.width() - indent * 0.5, unit * 0.74)
    for i, line in enumerate(lines):
        row = QRectF(rect.left(), rect.top() + i * unit, rect.width(), unit)
        if line.role is LineRole.HEADING:
            draw_text(painter, row, line.text, font(unit * 0.74, bold=True))
        elif line.role is LineRole.NOTE:  # shrunk to fit rather than cut
            note = fitted_font(
                painter, [line.text], row.width(), unit * 0.72, bold=True, italic=True
            )
            draw_text(painter, row, line.text, note, elide=False)
        elif line.role is LineRole.WARNING:
            draw_text(painter, row, "!", font(unit * 0.8, bold=True), elide=False)
            draw_text(painter, row.adjusted(indent, 0, 0, 0), line.text, warn_font, elide=False)
        elif line.role is LineRole.WARNING_MORE:
            draw_text(painter, row.adjusted(indent, 0, 0, 0), line.text, warn_font, elide=False)
        elif line.role in references:  # a note and a link: every character, never cut
            shown = printable(line.text, metrics(painter, ref_font))
            at = row if line.role is LineRole.REFERENCE else row.adjusted(indent * 0.5, 0, 0, 0)
            draw_text(painter, at, shown, ref_font, elide=False)
        elif line.card is not None:
            _paint_post_line(painter, row, line, unit)


def _paint_post_line(painter: QPainter, row: QRectF, line: PageLine, unit: float) -> None:
    """``10:30 X S Sharing ...`` with a small swatch of the kind's look in front."""
    assert line.card is not None
    kind = line.card.kind
    side = unit * 0.78
    swatch = QRectF(row.left(), row.top() + (unit - side) / 2, side * 1.3, side)
    draw_kind_frame(painter, swatch, kind, unit * 0.7)
    painter.fillRect(
        swatch.adjusted(side * 0.15, side * 0.3, -side * 0.8, -side * 0.3), kind_colour(kind)
    )
    text_row = row.adjusted(swatch.width() + unit * 0.3, 0, 0, 0)
    f = font(unit * 0.72)
    draw_text(painter, text_row, printable(line.text, metrics(painter, f)), f)


def paint_key_and_mix(painter: QPainter, rect: QRectF, plan: PagePlan, unit: float) -> None:
    """The key (kinds by letter, statuses by border, the day-limit mark) and the mix."""
    section_title(painter, rect, "Key", unit)
    y = rect.top() + unit * 1.4
    _paint_kinds_key(painter, QRectF(rect.left(), y, rect.width(), unit), plan, unit)
    y += unit
    _paint_status_key(painter, QRectF(rect.left(), y, rect.width(), unit), unit)
    y += unit * 1.25
    section_title(painter, QRectF(rect.left(), y, rect.width(), unit), "Mix against targets", unit)
    y += unit * 1.4
    mix_font = fitted_font(painter, [bar.text for bar in plan.mix], rect.width(), unit * 0.74)
    for bar in plan.mix:
        row = QRectF(rect.left(), y, rect.width(), unit)
        draw_text(painter, row, bar.text, mix_font, elide=False)
        _paint_mix_bar(painter, QRectF(rect.left(), y + unit, rect.width() * 0.9, unit * 0.6), bar)
        y += unit * 1.6
    note = QRectF(rect.left(), y, rect.width(), unit)
    how = "Bar: the share. Grey: the band. Tall line: the target."
    text = f"{plan.mix_note} {how}"
    draw_text(
        painter, note, text, fitted_font(painter, [text], rect.width(), unit * 0.66), elide=False
    )


def _paint_kinds_key(painter: QPainter, row: QRectF, plan: PagePlan, unit: float) -> None:
    """``[O] Original  [S] Shared  [P] Promotional (hatched)`` with each kind's swatch."""
    labels = [f"{e.label} ({e.style.look})" if e.style.look else e.label for e in plan.legend]
    swatch_w = unit * 1.5
    room = row.width() - len(labels) * (swatch_w + unit * 0.6)
    f = fitted_font(painter, ["  ".join(labels)], room, unit * 0.74)
    x = row.left()
    for entry, label in zip(plan.legend, labels, strict=True):
        swatch = QRectF(x, row.top() + unit * 0.1, swatch_w, unit * 0.8)
        draw_kind_frame(painter, swatch, entry.kind, unit * 0.8)
        badge = QRectF(
            swatch.left() + unit * 0.15, swatch.top() + unit * 0.1, unit * 0.6, unit * 0.6
        )
        draw_letter_badge(painter, badge, entry.kind, unit * 0.8)
        x = swatch.right() + unit * 0.25
        width = metrics(painter, f).horizontalAdvance(label)
        draw_text(painter, QRectF(x, row.top(), width + 1, unit), label, f, elide=False)
        x += width + unit * 0.6


def _paint_status_key(painter: QPainter, row: QRectF, unit: float) -> None:
    """``[- -] Draft  [---] Scheduled  [✓] Published  [!] Over a limit``."""
    entries = [
        (Status.DRAFT, "Draft"),
        (Status.SCHEDULED, "Scheduled"),
        (Status.PUBLISHED, "Published"),
    ]
    labels = [label for _status, label in entries] + ["Over a limit"]
    swatch_w = unit * 1.1
    room = row.width() - len(labels) * (swatch_w + unit * 0.6)
    f = fitted_font(painter, ["  ".join(labels)], room, unit * 0.74)
    x = row.left()
    for n, label in enumerate(labels):
        swatch = QRectF(x, row.top() + unit * 0.1, swatch_w, unit * 0.8)
        if n < len(entries):
            status = entries[n][0]
            draw_kind_frame(painter, swatch, Kind.ORIGINAL, unit * 0.8, status)
            if status is Status.PUBLISHED:
                draw_tick(
                    painter, swatch.adjusted(unit * 0.3, unit * 0.08, -unit * 0.3, -unit * 0.08)
                )
        else:
            draw_warning_mark(painter, swatch.adjusted(unit * 0.3, 0, -unit * 0.3, 0))
        x = swatch.right() + unit * 0.25
        width = metrics(painter, f).horizontalAdvance(label)
        draw_text(painter, QRectF(x, row.top(), width + 1, unit), label, f, elide=False)
        x += width + unit * 0.6


def _paint_mix_bar(painter: QPainter, rect: QRectF, bar: MixBar) -> None:
    """Grey band between two edge lines, the share as an outlined bar, the target as a tall
    line: every part is told apart by shape, so it reads without colour."""
    track = QRectF(
        rect.left(), rect.top() + rect.height() * 0.15, rect.width(), rect.height() * 0.7
    )
    thin = QPen(INK)
    thin.setWidthF(rect.height() * 0.05)
    thick = QPen(INK)
    thick.setWidthF(rect.height() * 0.14)

    def x_of(fraction: float) -> float:
        return track.left() + track.width() * fraction

    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAND_FILL)
    painter.drawRect(
        QRectF(
            x_of(bar.band.min), track.top(), x_of(bar.band.max) - x_of(bar.band.min), track.height()
        )
    )
    painter.setPen(thin)
    for edge in (bar.band.min, bar.band.max):
        painter.drawLine(QLineF(x_of(edge), track.top(), x_of(edge), track.bottom()))
    painter.setBrush(kind_colour(bar.kind))
    if bar.share > 0:
        painter.drawRect(
            QRectF(
                track.left(),
                track.top() + track.height() * 0.25,
                track.width() * bar.share,
                track.height() * 0.5,
            )
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(track)
    painter.setPen(thick)
    x = x_of(bar.target)
    painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
    painter.restore()
