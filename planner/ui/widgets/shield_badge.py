"""The guard's colours and its shield badge: red for stop, amber for caution.

Painted, so it needs no emoji font; the "!" inside and the shield's outline keep it
readable in grey and next to the orange of shared posts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QListWidgetItem

from planner.core.guard_warnings import GuardWarning
from planner.ui.widgets.theme import is_dark, readable_on, warning_colour

STOP = "stop"
CAUTION = "caution"
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3  # (post id, start, end) of a guard warning


def severity_colour(severity: str, palette: QPalette) -> QColor:
    """Red for stop (the warnings' red), amber for caution, readable on the page."""
    if severity == STOP:
        return warning_colour(palette)
    return QColor("#FFC857") if is_dark(palette) else QColor("#A86A00")


def shield_path(rect: QRectF) -> QPainterPath:
    """A shield filling ``rect``: flat top, straight sides, a point at the bottom."""
    w, h = rect.width(), rect.height()
    left, top = rect.left(), rect.top()
    path = QPainterPath(QPointF(left + w / 2, top))
    path.lineTo(left + w, top + h * 0.14)
    path.lineTo(left + w, top + h * 0.48)
    path.cubicTo(left + w, top + h * 0.78, left + w * 0.72, top + h * 0.92, left + w / 2, top + h)
    path.cubicTo(left + w * 0.28, top + h * 0.92, left, top + h * 0.78, left, top + h * 0.48)
    path.lineTo(left, top + h * 0.14)
    path.closeSubpath()
    return path


def paint_shield(painter: QPainter, rect: QRectF, severity: str, palette: QPalette) -> None:
    """The badge in ``rect`` (about as wide as it is tall): the severity's colour with a
    "!" in the colour that reads on it, and an outline in the page's colour."""
    fill = severity_colour(severity, palette)
    side = min(rect.width(), rect.height())
    shield = QRectF(0, 0, side * 0.86, side)
    shield.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), max(side / 12, 1.0)))
    painter.setBrush(fill)
    painter.drawPath(shield_path(shield))
    mark = readable_on(fill)
    pen = QPen(mark, max(side / 8, 1.3))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = shield.center().x()
    painter.drawLine(QPointF(x, shield.top() + side * 0.24), QPointF(x, shield.top() + side * 0.56))
    painter.drawPoint(QPointF(x, shield.top() + side * 0.74))
    painter.restore()


def shield_icon(severity: str, palette: QPalette, size: int = 32) -> QIcon:
    """The badge as an icon, for lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_shield(painter, QRectF(0, 0, size, size), severity, palette)
    painter.end()
    return QIcon(pixmap)


def guard_item(item: QListWidgetItem, warning: GuardWarning, palette: QPalette) -> None:
    """Make a warnings-list item a guard finding's: its shield, and what a click opens."""
    item.setIcon(shield_icon(warning.severity, palette))
    item.setData(FINDING_ROLE, (warning.post_id, warning.start, warning.end))
    item.setToolTip(f"{warning.message}\nClick to open the post at this finding.")


def shield_note(severity: str | None) -> str:
    """What a card's tooltip adds about its shield ("" for none)."""
    if severity is None:
        return ""
    if severity == STOP:
        return "\nGuard: something here must not be posted as it is. Open the post to see it."
    return "\nGuard: something here is worth a second look. Open the post to see it."
