"""The week's content mix as read-only gauges: one stacked bar of the kinds, then one
row per kind with its share as a filled bar against its band and target.

Nothing here looks like a control. A round marker on a track reads as a slider's
handle and people tried to drag it; so the share is a bar filled from the left, the
band a bracketed stretch of the track and the target one tall line across it, and
the widget takes no focus, keeps the arrow cursor and lets the mouse pass through.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.core.domain import Kind
from planner.core.rules import WeekReport
from planner.core.settings import Settings
from planner.ui.widgets.theme import (
    badge_text,
    blend,
    gauge_track,
    kind_colour,
    warning_colour,
)

BAR_HEIGHT = 8.0  # a kind's share bar
LEAST_TRACK = 100.0  # below this a row names its kind by letter ("O 30%") to widen the bar
TARGET_REACH = 4.0  # how far the target line stands out above and below the track


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100)}%"


class MixGauge(QWidget):
    """A stacked bar of the week's kinds, and each kind against its band and target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: WeekReport | None = None
        self.settings = Settings()
        self.setAccessibleName("Content mix")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def set_report(self, report: WeekReport, settings: Settings) -> None:
        self.report = report
        self.settings = settings
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary() + "\nThe bars show the week; they are not controls.")
        self.update()

    def summary(self) -> str:
        if self.report is None:
            return ""
        if not self.report.enough_to_judge:
            return self.too_few_text()
        return self.report.mix_summary

    def too_few_text(self) -> str:
        n = self.report.posts if self.report else 0
        needed = self.settings.min_posts_for_mix
        if n == 0:
            return f"No posts this week yet: the mix is judged from {needed} posts."
        noun = "post" if n == 1 else "posts"
        return f"{n} {noun} this week: too few to judge the mix (needs {needed})."

    def _row(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(260, self._row() * 5 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(150, self.sizeHint().height())

    # A gauge shows; it is not handled. The events go on to the panel beneath.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def short_labels(self) -> bool:
        """Whether the rows name their kinds by letter, for room in a narrow panel."""
        return self._track_width(self._label_width(short=False)) < LEAST_TRACK

    def row_label(self, kind: Kind, share: float) -> str:
        name = kind.letter if self.short_labels() else kind.label
        return f"{name} {_pct(share)}"

    def _label_width(self, *, short: bool) -> float:
        metrics = self.fontMetrics()
        return (
            max(metrics.horizontalAdvance(f"{k.letter if short else k.label} 100%") for k in Kind)
            + 8
        )

    def _range_width(self) -> float:
        return self.fontMetrics().horizontalAdvance(" 100–100% ") + 4

    def _track_width(self, label_w: float) -> float:
        return self.width() - label_w - self._range_width()

    def track_rect(self, kind: Kind) -> QRectF:
        """Where ``kind``'s share bar runs, from 0% at its left to 100% at its right."""
        row = self._row()
        label_w = self._label_width(short=self.short_labels())
        range_w = self._range_width()
        top = row * (list(Kind).index(kind) + 1) + 10
        centre = top + row / 2
        width = max(self.width() - label_w - range_w, 10)
        return QRectF(label_w, centre - BAR_HEIGHT / 2, width, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        row = self._row()
        self._paint_bar(painter, QRectF(0, 2, float(self.width()), row + 2), gauge_track(palette))
        if self.report is None or not self.report.enough_to_judge:
            painter.setPen(text)
            box = QRectF(0, row + 10, float(self.width()), row * 3)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, int(flags) | int(Qt.TextFlag.TextWordWrap), self.too_few_text())
            return
        for kind in Kind:
            self._paint_kind_row(painter, kind)

    def _paint_bar(self, painter: QPainter, rect: QRectF, track: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 3, 3)
        report = self.report
        if report is None or report.posts == 0:
            return
        left = rect.left()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for kind in Kind:
            share = report.mix[kind].share
            if share <= 0:
                continue
            segment = QRectF(left, rect.top(), rect.width() * share, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kind_colour(kind))
            painter.drawRect(segment)
            label = f"{kind.letter} {_pct(share)}"
            if painter.fontMetrics().horizontalAdvance(label) + 6 > segment.width():
                label = kind.letter
            if painter.fontMetrics().horizontalAdvance(label) + 4 <= segment.width():
                painter.setPen(badge_text(kind))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
            left += segment.width()
        painter.setFont(self.font())

    def _paint_kind_row(self, painter: QPainter, kind: Kind) -> None:
        assert self.report is not None
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        share = self.report.mix[kind].share
        band = self.settings.bands[kind]
        target = self.settings.targets.get(kind)
        outside = any(getattr(w, "kind", None) is kind for w in self.report.warnings)
        text_colour = warning_colour(palette) if outside else text
        track = self.track_rect(kind)
        row = QRectF(0, track.center().y() - self._row() / 2, float(self.width()), self._row())
        align = Qt.AlignmentFlag.AlignVCenter
        painter.setPen(text_colour)
        label = QRectF(0, row.top(), track.left() - 8, row.height())
        painter.drawText(label, align, self.row_label(kind, share))
        span = f"{round(band.min * 100)}–{round(band.max * 100)}%"
        right = QRectF(track.right(), row.top(), self.width() - track.right(), row.height())
        painter.drawText(right, int(align) | int(Qt.AlignmentFlag.AlignRight), span)

        def x_of(fraction: float) -> float:
            return track.left() + track.width() * min(max(fraction, 0.0), 1.0)

        # The track: square ends, like a meter, not a slider's rounded groove.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gauge_track(palette))
        painter.drawRect(track)
        # The band: a lighter stretch of the track between two bracket lines.
        band_rect = QRectF(x_of(band.min), track.top(), x_of(band.max) - x_of(band.min), BAR_HEIGHT)
        painter.setBrush(blend(kind_colour(kind), window, 0.35))
        painter.drawRect(band_rect)
        # The week's share: the bar filled from 0%, exactly as tall as the track.
        if share > 0:
            painter.setBrush(kind_colour(kind))
            painter.drawRect(
                QRectF(track.left(), track.top(), x_of(share) - track.left(), BAR_HEIGHT)
            )
        edge = QPen(blend(text, window, 0.6), 1)
        edge.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(edge)
        for fraction in (band.min, band.max):
            x = x_of(fraction)
            painter.drawLine(QLineF(x, track.top() - 2, x, track.bottom() + 2))
        # The target: one tall line in the text colour, standing out of the track.
        if target is not None:
            pen = QPen(text, 2)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            x = x_of(target)
            painter.drawLine(
                QLineF(x, track.top() - TARGET_REACH, x, track.bottom() + TARGET_REACH)
            )
