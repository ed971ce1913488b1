"""Best-time hints in words: for the editor, the drag preview and the Insights window.

Built on the heat map of planner/core/insights.py. ``BestTimes`` works the map out once
for one platform, so a drag that asks at every hover does not count the history again;
``best_time_hint`` and ``editor_hint`` are the one-shot forms of the same answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from planner.core.domain import DAY_NAMES, Kind, Platform
from planner.core.engagement import Outcome
from planner.core.insights import MIN_POSTS, Cell, HeatMap, Trend, best_slots, heat_map, least_tried
from planner.core.settings import Settings

__all__ = [
    "BestTimes",
    "best_time_hint",
    "editor_hint",
    "least_tried_words",
    "percent",
    "posts_words",
    "slot_name",
    "slot_words",
    "trend_words",
    "working_hours",
]

DASH = "\u2014"  # the em dash of "Tue 10:00 — 5.2% (5 posts)"


def working_hours(settings: Settings) -> range:
    """The hours the week view shows, each the start of one heat-map row."""
    return range(settings.day_start_hour, settings.day_end_hour)


def percent(rate: Fraction | float | None) -> str:
    """A rate as a percentage with one decimal ("5.2%"); a dash when there is none."""
    return "–" if rate is None else f"{float(rate) * 100:.1f}%"


def posts_words(count: int) -> str:
    return f"{count} post" if count == 1 else f"{count} posts"


def slot_name(weekday: int, hour: int) -> str:
    """The slot as people say it, "Tue 10:00" (English day names, whatever the locale)."""
    return f"{DAY_NAMES[weekday][:3]} {hour:02d}:00"


def slot_words(cell: Cell) -> str:
    """One best slot as the window lists it: "Tue 10:00 — 5.2% (5 posts)"."""
    name = slot_name(cell.weekday, cell.hour)
    return f"{name} {DASH} {percent(cell.median)} ({posts_words(cell.posts)})"


def least_tried_words(heat: HeatMap, limit: int = 3) -> list[str]:
    """The least-tried working hours, one line each, and how many more share the fewest.

    ``["Mon 07:00 — no posts", "Mon 08:00 — no posts", "Mon 09:00 — no posts",
    "and 40 more working hours with no posts"]``; empty when there are no hours.
    """
    cells = least_tried(heat, limit)
    lines = [f"{slot_name(c.weekday, c.hour)} {DASH} {_tried(c.posts)}" for c in cells]
    if cells:
        fewest = cells[-1].posts
        same = sum(1 for c in heat.cells.values() if c.posts == fewest)
        shown = sum(1 for c in cells if c.posts == fewest)
        if same > shown:
            noun = "working hour" if same - shown == 1 else "working hours"
            lines.append(f"and {same - shown} more {noun} with {_tried(fewest)}")
    return lines


def _tried(posts: int) -> str:
    return "no posts" if posts == 0 else posts_words(posts)


def trend_words(trend: Trend) -> str:
    """The trend note when the rate is falling, else a plain comparison of the windows."""
    note = trend.note()
    if note is not None:
        return note
    if trend.recent is None and trend.before is None:
        return "No posts with engagement in the last eight weeks to compare."
    if trend.recent is None:
        return "No posts with engagement in the last four weeks yet."
    if trend.before is None:
        return (
            f"Last four weeks: median {percent(trend.recent)} over "
            f"{posts_words(trend.recent_posts)}; nothing in the four weeks before to compare."
        )
    return (
        f"Last four weeks: median {percent(trend.recent)} over "
        f"{posts_words(trend.recent_posts)}, against {percent(trend.before)} over "
        f"{posts_words(trend.before_posts)} in the four weeks before."
    )


@dataclass(frozen=True, slots=True)
class BestTimes:
    """One platform's heat map and what it says about when to post."""

    heat: HeatMap
    best: tuple[Cell, ...]
    least: tuple[Cell, ...]

    @classmethod
    def of(
        cls,
        outcomes: Iterable[Outcome],
        platform: Platform,
        hours: Iterable[int],
        *,
        kind: Kind | None = None,
    ) -> BestTimes:
        """Count ``outcomes`` once for ``platform`` (and ``kind``) over the working hours."""
        heat = heat_map(outcomes, platform, hours, kind=kind)
        return cls(heat, tuple(best_slots(heat)), tuple(least_tried(heat)))

    @property
    def platform(self) -> Platform:
        return self.heat.platform

    def best_at(self, weekday: int, hour: int) -> Cell | None:
        """The best slot at that weekday and hour, or None when it is not one of them."""
        return next((c for c in self.best if (c.weekday, c.hour) == (weekday, hour)), None)

    def hint_at(self, date: dt.date, time: dt.time) -> str | None:
        """A sentence when ``date`` at ``time`` falls in one of the three best slots."""
        cell = self.best_at(date.weekday(), time.hour)
        if cell is None:
            return None
        label = self.platform.label
        return (
            f"{slot_name(cell.weekday, cell.hour)} is one of {label}'s best times: "
            f"{percent(cell.median)} median engagement over {posts_words(cell.posts)}."
        )

    def editor_text(self) -> str:
        """The best slots and the least-tried hours in two sentences, for the editor."""
        label = self.platform.label
        if not self.best:
            return f"Too few published posts with engagement on {label} yet to name best times."
        best = ", ".join(
            f"{slot_name(c.weekday, c.hour)} ({percent(c.median)}, {posts_words(c.posts)})"
            for c in self.best
        )
        text = f"Best times on {label}: {best}."
        least = [c for c in self.least if c.posts < MIN_POSTS]
        if least:
            names = ", ".join(slot_name(c.weekday, c.hour) for c in least)
            text += f" Least tried, to keep experimenting: {names}."
        return text


def best_time_hint(
    outcomes: Iterable[Outcome],
    platform: Platform,
    date: dt.date,
    time: dt.time,
    hours: Iterable[int],
) -> str | None:
    """ "Tue 10:00 is one of X's best times: 5.2% median engagement over 5 posts."

    None when that weekday and hour is not one of the platform's three best slots
    (cells of the working ``hours`` with at least 3 posts), or lies outside the hours.
    """
    return BestTimes.of(outcomes, platform, hours).hint_at(date, time)


def editor_hint(outcomes: Iterable[Outcome], platform: Platform, hours: Iterable[int]) -> str:
    """The platform's three best slots and its least-tried working hours, in words.

    "Too few published posts with engagement on X yet to name best times." when no
    working hour has 3 posts with engagement.
    """
    return BestTimes.of(outcomes, platform, hours).editor_text()
