"""View → Insights…: what the networks say worked, per platform and per kind.

The window reads its outcomes through a callable, so it never knows where they are kept,
and works out everything else with the pure core: the heat map, the best slots, the
least-tried hours, the four-week trend (planner/core/insights.py, best_times.py). Print
and Save as PNG paint the same map on paper (planner/printing/insights_page.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.best_times import (
    least_tried_words,
    posts_words,
    slot_words,
    trend_words,
    working_hours,
)
from planner.core.domain import Kind, Platform
from planner.core.engagement import Outcome
from planner.core.insights import HeatMap, Trend, best_slots, heat_map, rate_trend
from planner.core.settings import Settings
from planner.printing.insights_page import InsightsSheet
from planner.ui.dialogs.native_dialogs import NativeDialogs
from planner.ui.dialogs.prompts import Prompts
from planner.ui.insights.heat_map_view import HeatMapView
from planner.ui.insights.insights_output import InsightsOutput

IMPORT_HELP = (
    "Export your posts' results from the network (Meta Business Suite for Facebook and "
    "Instagram, X analytics, LinkedIn page analytics), then bring the file in with "
    "File → Import Engagement…, or on the command line with: planner insights import FILE"
)
NO_BEST = "None yet: a slot needs 3 posts with engagement to be judged."
_Choice = tuple[Platform, Kind | None, tuple[int, ...], dt.date]


def _fixed(value: Settings | Callable[[], Settings]) -> Callable[[], Settings]:
    return value if callable(value) else (lambda: value)


class InsightsWindow(QWidget):
    """The heat map of one platform and kind, and what it says, in a window of its own.

    ``outcomes`` is read when the window opens and at each ``refresh()``; ``settings``
    gives the working hours and ``today`` the end of the four-week trend (each a value or
    a callable). ``files`` and ``prompts`` ask where to save and report failures.
    ``refuse`` may name a reason a chosen path must not be written (the store's files).
    """

    importRequested = Signal()  # the empty state's button: open File → Import Engagement…
    saved = Signal(object)  # Path: a PNG was written
    printed = Signal()

    def __init__(
        self,
        outcomes: Callable[[], Sequence[Outcome]],
        settings: Settings | Callable[[], Settings],
        today: dt.date | Callable[[], dt.date],
        files: NativeDialogs,
        prompts: Prompts,
        *,
        folder: Callable[[], Path] = Path.home,
        refuse: Callable[[Path], str | None] | None = None,
        platform: Platform | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._read = outcomes
        self._settings = _fixed(settings)
        self._today: Callable[[], dt.date] = today if callable(today) else (lambda: today)
        self.output = InsightsOutput(self, files, prompts, folder=folder, refuse=refuse)
        self._outcomes: list[Outcome] = []
        self._by_platform: dict[Platform, list[Outcome]] = {p: [] for p in Platform}
        self._counts: dict[_Choice, tuple[HeatMap, Trend]] = {}
        self._heat: HeatMap | None = None
        self.setWindowTitle("Insights")
        self.setAccessibleName("Insights")
        self._build()
        self.refresh(platform)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.platform_box = QComboBox()
        self.platform_box.setAccessibleName("Platform")
        for platform in Platform:
            self.platform_box.addItem(platform.label, platform)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName("Kind of post")
        self.kind_box.addItem("All kinds", None)
        for kind in Kind:
            self.kind_box.addItem(kind.label, kind)
        self.records_label = QLabel()
        self.records_label.setAccessibleName("Records")
        self.print_button = QPushButton("Print…")
        self.png_button = QPushButton("Save as PNG…")
        self.print_button.clicked.connect(lambda: self.output.print_sheet(self.sheet()))
        self.png_button.clicked.connect(lambda: self.output.save_png(self.sheet()))
        self.platform_box.currentIndexChanged.connect(self._show)
        self.kind_box.currentIndexChanged.connect(self._show)
        top = QHBoxLayout()
        for text, box in (("&Platform:", self.platform_box), ("&Kind:", self.kind_box)):
            label = QLabel(text)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
            top.addSpacing(8)
        top.addWidget(self.records_label, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.png_button)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_content())
        self.stack.addWidget(self._build_empty())
        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status_label)
        self.output.message.connect(self.status_label.setText)
        self.output.saved.connect(self.saved)
        self.output.printed.connect(self.printed)
        self.resize(1100, 720)

    def _build_content(self) -> QWidget:
        content = QWidget()
        self.map_title = QLabel()
        self.map_title.setWordWrap(True)
        self.heat_view = HeatMapView()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.map_title)
        left.addWidget(self.heat_view, 1)
        left.addStretch(0)
        self.best_label = self._text_label("Best slots")
        self.least_label = self._text_label("Least tried working hours")
        self.trend_label = self._text_label("Last four weeks")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        for title, label in (
            ("Best slots", self.best_label),
            ("Least tried, to keep experimenting", self.least_label),
            ("Four-week trend", self.trend_label),
        ):
            side.addWidget(self._heading(title))
            side.addWidget(label)
            side.addSpacing(10)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        width = round(self.fontMetrics().horizontalAdvance("x") * 44)
        side_widget.setFixedWidth(width)
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addSpacing(12)
        row.addWidget(side_widget)
        return content

    def _build_empty(self) -> QWidget:
        page = QWidget()
        self.empty_title = self._heading("")
        bigger = QFont(self.empty_title.font())
        bigger.setPointSizeF(max(bigger.pointSizeF(), 9.0) * 1.3)
        self.empty_title.setFont(bigger)
        self.empty_label = self._text_label("How to import engagement")
        self.empty_label.setText(IMPORT_HELP)
        self.import_button = QPushButton("Import Engagement…")
        self.import_button.clicked.connect(self.importRequested)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.empty_title)
        column.addWidget(self.empty_label)
        column.addSpacing(8)
        column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(round(self.fontMetrics().horizontalAdvance("x") * 80))
        row = QHBoxLayout(page)
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        return page

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        return label

    @staticmethod
    def _text_label(name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return label

    # -- what is shown -----------------------------------------------------------------

    @property
    def platform(self) -> Platform:
        return Platform(self.platform_box.currentData())

    @property
    def kind(self) -> Kind | None:
        data = self.kind_box.currentData()
        return None if data is None else Kind(data)

    @property
    def heat(self) -> HeatMap | None:
        return self._heat

    @property
    def empty(self) -> bool:
        """True while the window shows how to import instead of a map."""
        return self.stack.currentIndex() == 1

    def set_selection(self, platform: Platform, kind: Kind | None = None) -> None:
        self.platform_box.blockSignals(True)
        self.platform_box.setCurrentIndex(self.platform_box.findData(platform))
        self.platform_box.blockSignals(False)
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self._show()

    def refresh(self, platform: Platform | None = None) -> None:
        """Read the outcomes again (after an import or an edit) and show them.

        With no ``platform``, the first refresh picks the platform with the most records.
        """
        self._outcomes = list(self._read())
        self._counts.clear()
        # Sorted by platform once, so a switch counts only that platform's records.
        self._by_platform = {p: [] for p in Platform}
        for outcome in self._outcomes:
            self._by_platform[outcome.platform].append(outcome)
        if platform is None and self._heat is None and self._outcomes:
            counts = {p: len(found) for p, found in self._by_platform.items()}
            platform = max(Platform, key=lambda p: counts[p])  # ties: the first listed
        if platform is not None:
            self.platform_box.blockSignals(True)
            self.platform_box.setCurrentIndex(self.platform_box.findData(platform))
            self.platform_box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        platform, kind = self.platform, self.kind
        heat, trend = self._counted(platform, kind)
        self._heat = heat
        what = _what(platform, kind)
        on_map = sum(cell.posts for cell in heat.cells.values())
        self.records_label.setText(self.records_text(heat))
        has_records = heat.records > 0
        self.print_button.setEnabled(has_records)
        self.png_button.setEnabled(has_records)
        if not has_records:
            self.heat_view.set_heat(None)
            self.empty_title.setText(
                "No engagement imported yet."
                if not self._outcomes
                else f"No engagement for {what} yet."
            )
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        hours = heat.hours
        span = f"{hours[0]:02d}:00–{hours[-1] + 1:02d}:00" if hours else "no working hours"
        self.map_title.setText(
            f"<b>{what}</b>: median engagement rate by weekday and working hour ({span}); "
            f"{posts_words(on_map)} on the map."
        )
        self.heat_view.set_heat(heat)
        best = best_slots(heat)
        self.best_label.setText("\n".join(slot_words(c) for c in best) if best else NO_BEST)
        self.least_label.setText("\n".join(least_tried_words(heat)))
        self.trend_label.setText(trend_words(trend))

    def _counted(self, platform: Platform, kind: Kind | None) -> tuple[HeatMap, Trend]:
        """The map and trend of one choice, kept until the next refresh: switching back
        and forth between platforms does not count the history again."""
        hours, today = tuple(working_hours(self._settings())), self._today()
        key = (platform, kind, hours, today)
        found = self._counts.get(key)
        if found is None:
            outcomes = self._by_platform[platform]
            heat = heat_map(outcomes, platform, hours, kind=kind)
            trend = rate_trend(outcomes, today, platform=platform, kind=kind)
            found = self._counts[key] = (heat, trend)
        return found

    def records_text(self, heat: HeatMap) -> str:
        noun = "record" if heat.records == 1 else "records"
        return f"{heat.records} {noun} with engagement for {_what(heat.platform, heat.kind)}"

    def best_lines(self) -> list[str]:
        return self.best_label.text().splitlines()

    def least_lines(self) -> list[str]:
        return self.least_label.text().splitlines()

    def trend_text(self) -> str:
        return self.trend_label.text()

    def sheet(self) -> InsightsSheet:
        """What Print and Save as PNG put on the page: the map and its words."""
        heat = self._heat
        assert heat is not None, "the window shows a map once it has refreshed"
        today = self._today()
        subtitle = f"{self.records_text(heat)}. Printed {today.isoformat()}."
        return InsightsSheet(
            title=f"Insights: {_what(heat.platform, heat.kind)}",
            subtitle=subtitle,
            heat=heat,
            sections=(
                ("Best slots", tuple(self.best_lines())),
                ("Least tried, to keep experimenting", tuple(self.least_lines())),
                ("Four-week trend", (self.trend_text(),)),
            ),
        )


def _what(platform: Platform, kind: Kind | None) -> str:
    kinds = "all kinds" if kind is None else f"{kind.value} posts"
    return f"{platform.label} ({kinds})"
