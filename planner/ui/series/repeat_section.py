"""The editor's Repeat control: how the post repeats, in words, with its next five dates.

"Every week on Monday, until 30 Jun 2027", then "Next: Mon 7 Dec, Mon 14 Dec, …". It
edits no field of the post itself: saving a post that repeats goes through the series
editing (planner.ui.series.series_editing), which asks this section for its rule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from planner.core.domain import DAY_NAMES, Post, Status, format_time, short_day
from planner.core.recurrence import SeriesRule, check_series, next_dates
from planner.core.recurrence_words import describe
from planner.core.repeat_choice import (
    Ends,
    Frequency,
    MonthlyBy,
    RepeatChoice,
    choice_for,
    nth_in_month,
)
from planner.core.series import Series
from planner.core.wall_clock import wall_clock_problem
from planner.ui.widgets.plan_dates import from_qdate, to_qdate
from planner.ui.widgets.theme import warning_colour

if TYPE_CHECKING:
    from planner.ui.dialogs.editor_dialog import PostEditor
    from planner.ui.window.context import AppContext

FREQUENCIES: list[tuple[Frequency, str, str]] = [
    ("NONE", "Does not repeat", ""),
    ("DAILY", "Every day", "day"),
    ("WEEKLY", "Every week", "week"),
    ("MONTHLY", "Every month", "month"),
    ("YEARLY", "Every year", "year"),
    ("CUSTOM", "Custom rule…", ""),
]
ENDS: list[tuple[Ends, str]] = [("never", "Never"), ("on", "On"), ("after", "After")]
PREVIEW = 5
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


class RepeatSection:
    """An EditorSection (planner.ui.dialogs.editor_dialog) for a post's repeat rule."""

    def __init__(self, zone: str, series: Series | None, today: dt.date) -> None:
        self.zone = zone
        self.series = series  # the post's series, or None for a post that does not repeat
        self.today = today
        self._editor: PostEditor | None = None
        self._filling = False
        self._days_chosen = series is not None  # else the weekday follows the post's day
        self._touched = False  # a field of this control was changed by the user

    # ----- what the series editing asks ---------------------------------------------

    def rule_text(self) -> str | None:
        """The rule the fields describe for the post's day; None: does not repeat.
        ValueError with a sentence when the fields make no rule."""
        return self.choice().to_text(self._start())

    def rule_for(self, post: Post) -> SeriesRule | None:
        """The series rule for ``post`` (its day, time, the practice's zone), or None."""
        if post.date is None or post.time is None:
            return None  # an idea does not repeat
        return self._rule_at(post.date, post.time)

    def changed(self) -> bool:
        """Whether the user chose a rule: any rule for a post that did not repeat; for a
        post of a series, a change made in this control (moving the post's day alone
        changes no rule, though a rule read back from its day may read differently)."""
        if self.series is None:
            try:
                return self.rule_text() is not None
            except ValueError:
                return True
        return self._touched

    def problem(self) -> str | None:
        try:
            when = self._when()
            if when is not None:
                self._rule_at(*when)
            else:
                self.rule_text()
        except ValueError as exc:
            return str(exc)
        return None

    def _when(self) -> tuple[dt.date, dt.time] | None:
        """The day and time the editor's fields give the post; None for an idea. Read
        from the fields, not ``editor.post()``: the section is built before they are."""
        editor = self._editor
        if editor is None or editor.status is Status.IDEA:
            return None
        value = editor.time_edit.time()
        return from_qdate(editor.date_edit.date()), dt.time(value.hour(), value.minute())

    def _rule_at(self, day: dt.date, at: dt.time) -> SeriesRule | None:
        text = self.rule_text()
        if text is None:
            return None
        rule = SeriesRule(text, at, self.zone, day)
        check_series(rule)
        return rule

    # ----- the EditorSection protocol --------------------------------------------------

    def apply(self, post: Post) -> Post:
        return post  # the rule is saved with the series, not in the post

    def attach(self, editor: PostEditor) -> QWidget:
        self._editor = editor
        box = QGroupBox("Repeat")
        box.setAccessibleName("Repeat")
        form = QFormLayout(box)
        self.freq = QComboBox()
        self.freq.setAccessibleName("Repeat")
        for value, name, _unit in FREQUENCIES:
            self.freq.addItem(name, value)
        self.interval = QSpinBox()
        self.interval.setRange(1, 99)
        self.interval.setAccessibleName("Every how many")
        self.interval.setPrefix("every ")
        first = self.first_row = QHBoxLayout()
        first.addWidget(self.freq, 1)
        first.addWidget(self.interval)
        label = QLabel("&How often:")
        label.setBuddy(self.freq)  # a row holding a layout gets no buddy itself
        form.addRow(label, first)

        self.days_row = QWidget()
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        self.day_buttons: list[QToolButton] = []
        for name in DAY_NAMES:
            button = QToolButton()
            button.setText(name[:2])
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.toggled.connect(self._day_toggled)
            self.day_buttons.append(button)
            days.addWidget(button)
        days.addStretch(1)
        form.addRow("On:", self.days_row)
        self.monthly = QComboBox()
        self.monthly.setAccessibleName("Which day of the month")
        form.addRow("On:", self.monthly)
        self.custom = QLineEdit()
        self.custom.setAccessibleName("Repeat rule")
        self.custom.setPlaceholderText("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        form.addRow("Rule:", self.custom)

        self.ends = QComboBox()
        self.ends.setAccessibleName("Ends")
        for end, end_label in ENDS:
            self.ends.addItem(end_label, end)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("ddd d MMM yyyy")
        self.until.setAccessibleName("Last day")
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setSuffix(" times")
        self.count.setAccessibleName("How many times")
        ends = self.ends_row = QHBoxLayout()
        ends.addWidget(self.ends)
        ends.addWidget(self.until, 1)
        ends.addWidget(self.count, 1)
        form.addRow("Ends:", ends)

        self.summary = QLabel()
        self.summary.setAccessibleName("Repeat summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.summary)
        self.form = form

        self._fill()
        for signal in (self.freq.currentIndexChanged, self.interval.valueChanged,
                       self.monthly.currentIndexChanged, self.custom.textChanged,
                       self.ends.currentIndexChanged, self.until.dateChanged,
                       self.count.valueChanged):  # fmt: skip
            signal.connect(self._changed)
        for signal in (editor.date_edit.dateChanged, editor.time_edit.timeChanged,
                       editor.status_box.currentIndexChanged):  # fmt: skip
            signal.connect(self._post_changed)
        self._show()
        return box

    # ----- the fields ------------------------------------------------------------------

    def choice(self) -> RepeatChoice:
        if self._editor is None:  # not shown: the series' own rule
            return choice_for(self.series.rule.rrule if self.series else None, self._start())
        days = tuple(i for i, b in enumerate(self.day_buttons) if b.isChecked())
        return RepeatChoice(
            freq=self.freq.currentData(),
            interval=self.interval.value(),
            weekdays=days,
            monthly_by=self.monthly.currentData() or "day",
            ends=self.ends.currentData(),
            until=from_qdate(self.until.date()),
            count=self.count.value(),
            custom=self.custom.text(),
        )

    def _start(self) -> dt.date:
        if self._editor is not None:
            return from_qdate(self._editor.date_edit.date())
        return self.series.rule.start if self.series else self.today

    def _fill(self) -> None:
        self._filling = True
        start = self._start()
        rule = self.series.rule if self.series is not None else None
        choice = choice_for(rule.rrule if rule else None, start)
        if rule is not None and rule.end is not None and choice.freq != "CUSTOM":
            choice = replace(choice, ends="on", until=rule.end)
        self.freq.setCurrentIndex(max(self.freq.findData(choice.freq), 0))
        self.interval.setValue(choice.interval)
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index in (choice.weekdays or (start.weekday(),)))
        self._fill_monthly(start, choice.monthly_by)
        self.custom.setText(choice.custom or (rule.rrule if rule else ""))
        self.ends.setCurrentIndex(max(self.ends.findData(choice.ends), 0))
        until = choice.until or start + dt.timedelta(days=182)
        self.until.setDate(to_qdate(until))
        self.count.setValue(choice.count)
        self._filling = False

    def _fill_monthly(self, start: dt.date, chosen: MonthlyBy) -> None:
        name = DAY_NAMES[start.weekday()]
        self.monthly.blockSignals(True)
        self.monthly.clear()
        self.monthly.addItem(f"on day {start.day}", "day")
        self.monthly.addItem(
            f"on the {_ORDINAL.get(nth_in_month(start), 'fifth')} {name}", "weekday"
        )
        self.monthly.addItem(f"on the last {name}", "last")
        self.monthly.setCurrentIndex(max(self.monthly.findData(chosen), 0))
        self.monthly.blockSignals(False)

    def _post_changed(self) -> None:
        start = self._start()
        self._fill_monthly(start, self.monthly.currentData() or "day")
        if not self._days_chosen:
            self._filling = True
            for index, button in enumerate(self.day_buttons):
                button.setChecked(index == start.weekday())
            self._filling = False
        self._show()

    def _day_toggled(self) -> None:
        if not self._filling:
            self._days_chosen = True
        self._changed()

    def _changed(self) -> None:
        if self._filling:
            return
        self._touched = True
        self._show()
        if self._editor is not None:
            self._editor.fields_changed()

    def _show(self) -> None:
        """Only the fields the frequency uses, and the rule in words with its next dates."""
        freq = self.freq.currentData()
        repeats = freq != "NONE"
        self.interval.setVisible(freq in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY"))
        unit = next(u for v, _, u in FREQUENCIES if v == freq)
        self.interval.setSuffix(f" {unit}s")
        self.interval.setSpecialValueText(f"every {unit}")  # "every week", not "every 1 weeks"
        self._row(self.days_row, freq == "WEEKLY")
        self._row(self.monthly, freq == "MONTHLY")
        self._row(self.custom, freq == "CUSTOM")
        ends = self.ends.currentData()
        self.form.setRowVisible(self.ends_row, repeats and freq != "CUSTOM")
        self.until.setVisible(repeats and freq != "CUSTOM" and ends == "on")
        self.count.setVisible(repeats and freq != "CUSTOM" and ends == "after")
        self.summary.setVisible(repeats)
        self.summary.setText(self.words())
        problem = self.problem() is not None
        colour = warning_colour(self.summary.palette()).name() if problem else ""
        self.summary.setStyleSheet(f"color: {colour};" if problem else "")

    def _row(self, widget: QWidget, shown: bool) -> None:
        self.form.setRowVisible(widget, shown)

    def words(self) -> str:
        """The rule in words and the next five dates, or why there is no rule."""
        when = self._when()
        if when is None:
            return "An idea does not repeat; give the post a date first."
        day, at = when
        try:
            rule = self._rule_at(day, at)
        except ValueError as exc:
            return str(exc)
        if rule is None:
            return ""
        dates = next_dates(rule, day - dt.timedelta(days=1), PREVIEW)
        own_day = bool(dates) and dates[0].day == day
        shown = []
        for occurrence in dates:
            label = f"{short_day(occurrence.date)} {occurrence.date.year}"
            if occurrence.time != at:  # moved forward by a clock change
                label += f" {format_time(occurrence.time)}"
            shown.append(label)
        text = f"{describe(rule)}, at {format_time(at)}."
        if shown:
            more = "…" if len(dates) == PREVIEW else "."
            text += f"\nNext: {', '.join(shown)}{more}"
        gap = next((wall_clock_problem(o.date, at, self.zone) for o in dates
                    if o.time != at), None)  # fmt: skip
        if gap is not None:
            text += f"\n{gap.message}"
        if dates and not own_day:
            text += f"\nThis post stays on {short_day(day)} {day.year}, before the rule's days."
        return text


def repeat_section(context: AppContext, post: Post | None) -> RepeatSection:
    """The Repeat section for an editor of ``post`` (None: a new post)."""
    from planner.io.zones import practice_zone_or_utc
    from planner.store.series_store import get_series

    series = None
    if post is not None and post.series is not None and context.has_store:
        try:
            series = get_series(context.store, post.series)
        except (KeyError, ValueError):
            series = None  # gone or unreadable: the post is edited as a plain post
    zone = practice_zone_or_utc(context.settings().timezone)
    return RepeatSection(zone, series, context.today())
