"""The week's conscience: the mix gauge and the list of warnings.

``MixGauge`` paints the week's original / shared / promotional split as one stacked bar,
then one row per kind with its target band. The list shows each warning in the rules'
own words; activating one asks the window to select the posts it is about.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Kind
from planner.core.guard_warnings import GuardWarning
from planner.core.rules import WeekReport
from planner.core.settings import Settings
from planner.ui.widgets.shield_badge import FINDING_ROLE, guard_item
from planner.ui.widgets.theme import badge_text, gauge_track, kind_colour, warning_colour

IDS_ROLE = Qt.ItemDataRole.UserRole


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100)}%"


class MixGauge(QWidget):
    """A stacked bar of the week's kinds, and each kind against its band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: WeekReport | None = None
        self.settings = Settings()
        self.setAccessibleName("Content mix")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_report(self, report: WeekReport, settings: Settings) -> None:
        self.report = report
        self.settings = settings
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
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
        noun = "post" if n == 1 else "posts"
        return f"{n} {noun} this week: too few to judge the mix (needs {needed})."

    def _row(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(260, self._row() * 5 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        track = gauge_track(palette)
        row = self._row()
        width = float(self.width())
        self._paint_bar(painter, QRectF(0, 2, width, row + 2), track)
        if self.report is None or not self.report.enough_to_judge:
            painter.setPen(text)
            box = QRectF(0, row + 10, width, row * 3)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            painter.drawText(box, int(flags) | int(Qt.TextFlag.TextWordWrap), self.too_few_text())
            return
        metrics = self.fontMetrics()
        label_w = max(metrics.horizontalAdvance(f"{k.label} 100%") for k in Kind) + 8
        range_w = metrics.horizontalAdvance(" 100–100% ") + 4
        for i, kind in enumerate(Kind):
            top = row * (i + 1) + 10
            self._paint_kind_row(painter, kind, QRectF(0, top, width, row), label_w, range_w)

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

    def _paint_kind_row(
        self, painter: QPainter, kind: Kind, rect: QRectF, label_w: float, range_w: float
    ) -> None:
        assert self.report is not None
        palette = self.palette()
        share = self.report.mix[kind].share
        band = self.settings.bands[kind]
        outside = any(getattr(w, "kind", None) is kind for w in self.report.warnings)
        text_colour = (
            warning_colour(palette) if outside else palette.color(QPalette.ColorRole.WindowText)
        )
        painter.setPen(text_colour)
        align = Qt.AlignmentFlag.AlignVCenter
        label = f"{kind.label} {_pct(share)}"
        painter.drawText(QRectF(rect.left(), rect.top(), label_w, rect.height()), align, label)
        track = QRectF(
            rect.left() + label_w, rect.center().y() - 4, rect.width() - label_w - range_w, 8
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gauge_track(palette))
        painter.drawRoundedRect(track, 3, 3)
        colour = kind_colour(kind)
        band_colour = QColor(colour)
        band_colour.setAlpha(110)
        painter.setBrush(band_colour)
        band_rect = QRectF(
            track.left() + track.width() * band.min,
            track.top() - 2,
            max(track.width() * (band.max - band.min), 2.0),
            track.height() + 4,
        )
        painter.drawRect(band_rect)
        # The week's share as a solid marker with a dark outline, readable on the band.
        x = track.left() + track.width() * share
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, track.center().y()), 5, 5)
        painter.setPen(text_colour)
        span = f"{round(band.min * 100)}–{round(band.max * 100)}%"
        right = QRectF(rect.right() - range_w, rect.top(), range_w, rect.height())
        painter.drawText(right, int(align) | int(Qt.AlignmentFlag.AlignRight), span)


class WarningsPanel(QWidget):
    """The mix gauge above the week's warnings."""

    postsRequested = Signal(object)  # list[int]: the posts a warning is about
    findingRequested = Signal(int, int, int)  # a guard finding: post id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Warnings panel")
        self.title = QLabel("Content mix")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.gauge = MixGauge()
        self.warnings_title = QLabel("Warnings")
        self.warnings_title.setFont(bold)
        self.list = QListWidget()
        self.list.setAccessibleName("Warnings")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.gauge)
        layout.addSpacing(6)
        layout.addWidget(self.warnings_title)
        layout.addWidget(self.list, 1)

    def set_report(self, report: WeekReport, settings: Settings) -> None:
        self.gauge.set_report(report, settings)
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for warning in report.warnings:
            item = QListWidgetItem(icon, warning.message)
            item.setData(IDS_ROLE, list(warning.post_ids))
            item.setToolTip(warning.message + "\nClick to select these posts.")
            if isinstance(warning, GuardWarning):
                guard_item(item, warning, self.palette())
            self.list.addItem(item)
        if not report.warnings:
            item = QListWidgetItem("No warnings this week.")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        count = len(report.warnings)
        self.warnings_title.setText(f"Warnings ({count})" if count else "Warnings")

    def messages(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item.text() for item in items if item.data(IDS_ROLE) is not None]

    def _activated(self, item: QListWidgetItem) -> None:
        ids = item.data(IDS_ROLE)
        if ids:
            self.postsRequested.emit([int(i) for i in ids])
        if (finding := item.data(FINDING_ROLE)) is not None:
            self.findingRequested.emit(*finding)
