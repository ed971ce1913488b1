"""What the month view shows, and where: the posts of each day as chips (as many as fit,
then "+N more"), the day's awareness lines and limit badge, and each week's report.

``MonthLayout`` is rebuilt when the content or the size changes; painting and hit-tests
only read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from planner.core.awareness import AwarenessDay
from planner.core.consent_rule import consent_notes
from planner.core.domain import Platform, Post, Status
from planner.core.guard_warnings import shield_flags
from planner.core.post_filter import PostFilter
from planner.core.rules import DailyLimitWarning, WeekReport
from planner.core.settings import Settings
from planner.ui.month.geometry import DAYS, MonthGeometry

AWARENESS_LINES = 1  # a cell names one awareness day; more are "+N" and in the tooltip


@dataclass(frozen=True)
class MonthContent:
    """The month given to the view: its posts (hidden platforms and statuses included:
    the rules and the drop preview count them), the reports of its week rows, its
    awareness days."""

    year: int
    month: int
    posts: Sequence[Post] = ()
    reports: Sequence[WeekReport] = ()
    awareness: Mapping[dt.date, Sequence[AwarenessDay]] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    today: dt.date = field(default_factory=dt.date.today)
    hidden: frozenset[Platform] = frozenset()
    hidden_statuses: frozenset[Status] = frozenset()
    # The chips' shields when the reports do not hold the guard's findings yet: those of
    # the last month checked, so a refresh does not blink them off until it is checked.
    shields: Mapping[int, str] | None = None


@dataclass(frozen=True, slots=True)
class Chip:
    post: Post
    rect: QRectF


@dataclass(frozen=True, slots=True)
class DayCell:
    """One day as laid out: its chips, how many posts did not fit, its badge."""

    day: dt.date
    rect: QRectF
    chips: tuple[Chip, ...]
    more: int  # posts shown as "+N more"
    more_rect: QRectF | None
    awareness: tuple[AwarenessDay, ...]
    limits: tuple[DailyLimitWarning, ...]


class MonthLayout:
    """The cells of one month at one size."""

    def __init__(self, geo: MonthGeometry, content: MonthContent) -> None:
        self.geo = geo
        self.content = content
        by_day: dict[dt.date, list[Post]] = {}
        shown = PostFilter(content.hidden, content.hidden_statuses)
        for post in content.posts:
            if post.date is not None and shown.shows(post):
                by_day.setdefault(post.date, []).append(post)
        limits: dict[dt.date, list[DailyLimitWarning]] = {}
        for report in content.reports:
            for warning in report.warnings:
                if isinstance(warning, DailyLimitWarning):
                    limits.setdefault(warning.date, []).append(warning)
        self.cells = [
            self._cell(day, by_day.get(day, []), tuple(limits.get(day, ()))) for day in geo.days()
        ]
        self._chips = {c.post.id: c for cell in self.cells for c in cell.chips}
        self._reports = {report.week.monday: report for report in content.reports}
        # Posts whose consent does not hold: their chips are marked, their tooltips say why.
        self.consent_notes = consent_notes(w for r in content.reports for w in r.warnings)
        self.shields = (shield_flags(w for r in content.reports for w in r.warnings)
                        if content.shields is None else dict(content.shields))  # fmt: skip

    def _cell(
        self, day: dt.date, posts: list[Post], limits: tuple[DailyLimitWarning, ...]
    ) -> DayCell:
        geo = self.geo
        aware = tuple(self.content.awareness.get(day, ()))
        lines = min(len(aware), AWARENESS_LINES)
        slots = geo.chip_slots(day, lines)
        posts = sorted(posts, key=lambda p: (p.time or dt.time(), p.id or 0))
        shown = posts if len(posts) <= slots else posts[: max(slots - 1, 0)]
        chips = tuple(Chip(p, geo.chip_rect(day, lines, i)) for i, p in enumerate(shown))
        more = len(posts) - len(shown)
        more_rect = geo.chip_rect(day, lines, len(shown)) if more and slots else None
        return DayCell(day, geo.cell_rect(day), chips, more, more_rect, aware, limits)

    def cell(self, day: dt.date) -> DayCell | None:
        index = self.geo.index_of(day)
        return None if index is None else self.cells[index]

    def chip(self, post_id: int) -> Chip | None:
        return self._chips.get(post_id)

    def chip_at(self, point: QPointF) -> Chip | None:
        day = self.geo.day_at(point)
        cell = None if day is None else self.cell(day)
        if cell is None:
            return None
        return next((chip for chip in cell.chips if chip.rect.contains(point)), None)

    def awareness_at(self, point: QPointF) -> AwarenessDay | None:
        """The awareness day whose name is drawn under ``point``."""
        day = self.geo.day_at(point)
        cell = None if day is None else self.cell(day)
        if cell is None or not cell.awareness:
            return None
        line = self.geo.awareness_rect(cell.day, 0)
        return cell.awareness[0] if line.adjusted(-2, -1, 2, 1).contains(point) else None

    def shown_ids(self) -> list[int]:
        """The ids of the chips drawn, day by day and by time."""
        return [c.post.id for cell in self.cells for c in cell.chips if c.post.id is not None]

    def report_for_row(self, row: int) -> WeekReport | None:
        return self._reports.get(self.geo.first + dt.timedelta(days=row * DAYS))
