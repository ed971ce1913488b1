"""The Insights page for paper and PNG: a title, the heat map, and what it says in words.

``paint_insights_page`` lays one ``InsightsSheet`` into any rect of any paint device,
in black ink on white whatever the window's palette, with every size taken from the
rect. ``insights_png`` renders it to PNG bytes; ``print_insights`` onto a printer or
PDF writer. QtGui only: no widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QRectF
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter, QPen

from planner.core.insights import HeatMap
from planner.printing.heat_map_page import HeatInk, HeatMapLayout, paint_heat_map
from planner.printing.ink import FAINT, INK, draw_text, fitted_font, font, metrics, wrap_lines

PNG_SIZE = (1800, 1150)
MAP_SHARE = 0.68  # of the width; the words take the rest
MAX_SECTION_LINES = 6


@dataclass(frozen=True, slots=True)
class InsightsSheet:
    """What one page shows: the title, a line under it, the map, and titled sections."""

    title: str
    subtitle: str
    heat: HeatMap
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()


def paint_insights_page(painter: QPainter, rect: QRectF, sheet: InsightsSheet) -> HeatMapLayout:
    """Paint the page into ``rect``; returns where the map put each cell."""
    painter.save()
    painter.fillRect(rect, HeatInk.paper().page)
    unit = min(rect.height() / 34, rect.width() / 48)  # one line of body text
    title = QRectF(rect.left(), rect.top(), rect.width(), unit * 1.8)
    title_font = fitted_font(painter, [sheet.title], rect.width(), unit * 1.4, bold=True)
    draw_text(painter, title, sheet.title, title_font)
    sub = QRectF(rect.left(), title.bottom(), rect.width(), unit * 1.3)
    draw_text(painter, sub, sheet.subtitle, font(unit * 0.85), colour=FAINT)
    pen = QPen(INK)
    pen.setWidthF(unit * 0.06)
    painter.setPen(pen)
    rule_y = sub.bottom() + unit * 0.4
    painter.drawLine(QLineF(rect.left(), rule_y, rect.right(), rule_y))
    body_top = rule_y + unit * 0.8
    map_rect = QRectF(rect.left(), body_top, rect.width() * MAP_SHARE, rect.bottom() - body_top)
    layout = paint_heat_map(painter, map_rect, sheet.heat, HeatInk.paper(), font(unit * 0.8))
    words = QRectF(
        map_rect.right() + unit * 1.5,
        body_top,
        rect.right() - map_rect.right() - unit * 1.5,
        rect.bottom() - body_top,
    )
    _paint_sections(painter, words, sheet.sections, unit)
    painter.restore()
    return layout


def _paint_sections(
    painter: QPainter,
    rect: QRectF,
    sections: tuple[tuple[str, tuple[str, ...]], ...],
    unit: float,
) -> None:
    body = font(unit * 0.85)
    heading = font(unit * 0.95, bold=True)
    line_h = metrics(painter, body).height() * 1.15
    y = rect.top()
    for title, lines in sections:
        if y + line_h * 2 > rect.bottom():
            return
        for part in wrap_lines(painter, title, heading, rect.width(), 2):
            draw_text(painter, QRectF(rect.left(), y, rect.width(), line_h * 1.2), part, heading)
            y += line_h * 1.2
        y += line_h * 0.1
        for line in lines:
            for part in wrap_lines(painter, line, body, rect.width(), MAX_SECTION_LINES):
                if y + line_h > rect.bottom():
                    return
                draw_text(painter, QRectF(rect.left(), y, rect.width(), line_h), part, body)
                y += line_h
        y += line_h * 0.8


def insights_image(sheet: InsightsSheet, size: tuple[int, int] = PNG_SIZE) -> QImage:
    """The page as an image, white with a margin, ready to save or to look at in a test."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    margin = min(width, height) * 0.04
    painter = QPainter(image)
    try:
        paint_insights_page(
            painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), sheet
        )
    finally:
        painter.end()
    return image


def insights_png(sheet: InsightsSheet, size: tuple[int, int] = PNG_SIZE) -> bytes:
    """The page as PNG bytes, for an atomic write."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs ask for bytes, but PySide6 6.11 takes only a str format here.
    if not insights_image(sheet, size).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def print_insights(device: QPagedPaintDevice, sheet: InsightsSheet) -> None:
    """Paint the page onto a printer or PDF writer, as one page."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer could not start; check that it is ready.")
    try:
        paint_insights_page(painter, QRectF(0, 0, device.width(), device.height()), sheet)
    finally:
        painter.end()
