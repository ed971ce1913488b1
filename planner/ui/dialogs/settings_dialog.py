"""The practice's settings: name, mix bands, the fewest posts to judge, daily limits, hours.

Problems show inside the dialog as the values are typed, OK waits until there are none,
and the dialog closes only once ``save`` (which pushes a ChangeSettings command) says the
store took the new settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Kind, Platform
from planner.core.settings import Band, Settings
from planner.ui.sync.sharing_section import SharingSection
from planner.ui.widgets.form_parts import ok_cancel_buttons, problems_label, show_problems


def _spin(low: int, high: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box


class SettingsDialog(QDialog):
    """Edit ``settings``; ``save`` returns False when the store refused them."""

    def __init__(
        self,
        settings: Settings,
        save: Callable[[Settings], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._base = settings
        self._save = save

        self.name_edit = QLineEdit(settings.practice_name)
        self.name_edit.setAccessibleName("Practice name")

        self.band_min: dict[Kind, QSpinBox] = {}
        self.band_max: dict[Kind, QSpinBox] = {}
        mix = QGroupBox("Content mix (share of a week's posts)")
        grid = QGridLayout(mix)
        grid.addWidget(QLabel("At least"), 0, 1)
        grid.addWidget(QLabel("At most"), 0, 2)
        for row, kind in enumerate(Kind, start=1):
            band = settings.bands[kind]
            self.band_min[kind] = _spin(
                0, 100, round(band.min * 100), f"{kind.label} at least", "%"
            )
            self.band_max[kind] = _spin(0, 100, round(band.max * 100), f"{kind.label} at most", "%")
            grid.addWidget(QLabel(f"{kind.label} ({kind.letter})"), row, 0)
            grid.addWidget(self.band_min[kind], row, 1)
            grid.addWidget(self.band_max[kind], row, 2)
        self.min_posts = _spin(1, 100, settings.min_posts_for_mix, "Fewest posts to judge the mix")
        grid.addWidget(QLabel("Judge the mix from"), len(Kind) + 1, 0)
        grid.addWidget(self.min_posts, len(Kind) + 1, 1)
        grid.addWidget(QLabel("posts a week"), len(Kind) + 1, 2)

        self.limits: dict[Platform, QSpinBox] = {}
        limits = QGroupBox("Daily limit per platform")
        limit_form = QFormLayout(limits)
        for platform in Platform:
            self.limits[platform] = _spin(
                0, 99, settings.limit_for(platform), f"{platform.label} posts a day"
            )
            limit_form.addRow(f"{platform.label}:", self.limits[platform])

        self.start_hour = _spin(0, 23, settings.day_start_hour, "Day starts at", ":00")
        self.end_hour = _spin(1, 24, settings.day_end_hour, "Day ends at", ":00")
        hours = QHBoxLayout()
        hours.addWidget(self.start_hour)
        hours.addWidget(QLabel("to"))
        hours.addWidget(self.end_hour)
        hours.addStretch(1)

        form = QFormLayout()
        form.addRow("Practice &name:", self.name_edit)
        hours_label = QLabel("Working &hours:")
        hours_label.setBuddy(self.start_hour)  # a row holding a layout gets no buddy itself
        form.addRow(hours_label, hours)

        self.sharing = SharingSection(settings)
        self.problems_label = problems_label()
        self.buttons = ok_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(mix)
        layout.addWidget(limits)
        layout.addWidget(self.sharing)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        # Checked as they are typed: a problem shows at once and OK waits until it is fixed.
        self.name_edit.textChanged.connect(self._check)
        spins = [*self.band_min.values(), *self.band_max.values(), *self.limits.values()]
        for box in [*spins, self.min_posts, self.start_hour, self.end_hour]:
            box.valueChanged.connect(self._check)
        for edit in self.sharing.edits:
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problems = self.problems()
        show_problems(self.problems_label, problems, self.palette())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def problems(self) -> list[str]:
        found: list[str] = []
        for kind in Kind:
            if self.band_min[kind].value() > self.band_max[kind].value():
                found.append(f"{kind.label}: 'at least' is above 'at most'.")
        if not found:
            found.extend(self.settings().problems())
        return found + self.sharing.problems()

    def settings(self) -> Settings:
        """The settings as the fields describe them (bands checked by ``problems``)."""
        bands = dict(self._base.bands)
        for kind in Kind:
            low, high = self.band_min[kind].value(), self.band_max[kind].value()
            if low <= high:
                bands[kind] = Band(low / 100, high / 100)
        return self.sharing.applied_to(self._base).with_changes(
            practice_name=self.name_edit.text().strip(),
            bands=bands,
            min_posts_for_mix=self.min_posts.value(),
            daily_limits={p: box.value() for p, box in self.limits.items()},
            day_start_hour=self.start_hour.value(),
            day_end_hour=self.end_hour.value(),
        )

    def accept(self) -> None:
        problems = self.problems()
        show_problems(self.problems_label, problems, self.palette())
        if problems:
            return
        settings = self.settings()
        if settings == self._base or self._save(settings):
            self.sharing.keep_password()  # problems() made sure a keyring is there
            super().accept()
