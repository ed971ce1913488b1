"""The week view's awareness days: the game plan gives each day's names, the day headers
show them (DayBadges holds them), and a double-click on one asks for a post about it
(``WeekView.awarenessRequested``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from planner.ui.week.badges import DayBadges


class AwarenessHeaders:
    """What the week view answers about its days' awareness days (a mixin of WeekView)."""

    _badges: DayBadges

    def set_awareness(self, names: Mapping[dt.date, Sequence[str]]) -> None:
        """The awareness days the headers name, by day; drawn with the refresh that
        gives them (the window's refresh repaints the week)."""
        self._badges.set_awareness(names)

    def awareness_names(self, day: dt.date) -> tuple[str, ...]:
        return self._badges.awareness(day)
