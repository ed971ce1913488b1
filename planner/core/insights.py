"""Learn what works: the weekday × hour heat map, the best slots, the trend, the JSON.

Everything here counts Outcomes (planner/core/engagement.py): a published post's reach
and engagements, when it went out, and its kind when known. Rates are exact fractions
until they are shown, so the "20% or more below" and the median never depend on how a
float rounds.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from planner.core.domain import Kind, Platform
from planner.core.engagement import EngagementRecord, Outcome, engagement_rate

__all__ = [
    "BEST_SLOTS",
    "MIN_POSTS",
    "Cell",
    "HeatMap",
    "Outcome",
    "Trend",
    "best_slots",
    "engagement_rate",
    "exact_median",
    "heat_map",
    "insights_json",
    "least_tried",
    "outcomes_from_records",
    "rate_trend",
]

MIN_POSTS = 3  # a cell with fewer posts is "too few" to judge
BEST_SLOTS = 3
TREND_WEEKS = 4
TREND_DROP = Fraction(1, 5)  # a note when the recent median is 20% or more below
ALL_WEEKDAYS = range(7)
JSON_RATE_DIGITS = 4


@dataclass(frozen=True, slots=True)
class Cell:
    """One weekday (0 is Monday) at one hour: how many posts, and their median rate."""

    weekday: int
    hour: int
    posts: int
    median: Fraction | None  # None when the cell has no posts

    @property
    def rate(self) -> float | None:
        return None if self.median is None else float(self.median)

    @property
    def too_few(self) -> bool:
        """Fewer than 3 posts: the rate is shown, but marked as too few to judge."""
        return self.posts < MIN_POSTS


@dataclass(frozen=True, slots=True)
class HeatMap:
    """The working hours of every weekday for one platform, and one kind if given."""

    platform: Platform
    kind: Kind | None
    weekdays: tuple[int, ...]
    hours: tuple[int, ...]
    cells: dict[tuple[int, int], Cell]
    records: int  # outcomes of this platform (and kind), in working hours or not

    def cell(self, weekday: int, hour: int) -> Cell:
        return self.cells[(weekday, hour)]

    def rows(self) -> list[list[Cell]]:
        """One row per weekday, one cell per hour, in order: what the window paints."""
        return [[self.cells[(day, hour)] for hour in self.hours] for day in self.weekdays]

    def filled(self) -> list[Cell]:
        """The cells holding at least one post, by weekday then hour."""
        return [cell for row in self.rows() for cell in row if cell.posts]


def outcomes_from_records(
    records: Iterable[EngagementRecord],
    matches: Sequence[int | None],
    kinds: dict[int, Kind],
) -> list[Outcome]:
    """Outcomes of imported records, each with the kind of the post it matched (if any).

    ``matches`` is what match_records returned for the same records; ``kinds`` maps a
    post id to its kind.
    """
    return [
        Outcome.from_record(record, kinds.get(post_id) if post_id is not None else None)
        for record, post_id in zip(records, matches, strict=True)
    ]


def heat_map(
    outcomes: Iterable[Outcome],
    platform: Platform,
    hours: Iterable[int],
    *,
    kind: Kind | None = None,
    weekdays: Iterable[int] = ALL_WEEKDAYS,
) -> HeatMap:
    """Posts and median engagement rate per weekday and working hour, for one platform.

    Only outcomes with a rate and a known time of day land in a cell; ``records`` still
    counts every outcome of the platform (and of ``kind``, when one is given).
    """
    hour_list = tuple(sorted(set(hours)))
    day_list = tuple(sorted(set(weekdays)))
    if any(not 0 <= hour <= 23 for hour in hour_list):
        raise ValueError("working hours run from 0 to 23")
    if any(not 0 <= day <= 6 for day in day_list):
        raise ValueError("weekdays run from 0 (Monday) to 6 (Sunday)")
    rates: dict[tuple[int, int], list[_Parts]] = defaultdict(list)
    records = 0
    for outcome in outcomes:
        if outcome.platform is not platform or (kind is not None and outcome.kind is not kind):
            continue
        records += 1
        parts = _rate_parts(outcome)
        if parts is None or not outcome.time_known:
            continue
        rates[(outcome.published.weekday(), outcome.published.hour)].append(parts)
    cells = {
        (day, hour): _cell(day, hour, rates.get((day, hour), []))
        for day in day_list
        for hour in hour_list
    }
    return HeatMap(platform, kind, day_list, hour_list, cells, records)


# A rate as (engagements, reach) whole numbers: a Fraction is made only for the median.
_Parts = tuple[int, int]


def _rate_parts(outcome: Outcome) -> _Parts | None:
    """``engagement_rate``'s fraction, unreduced: reach 0 or missing divides by one."""
    engagements, reach = outcome.engagements, outcome.reach
    if engagements is None:
        return None
    return (engagements, reach) if reach is not None and reach > 0 else (engagements, 1)


def _cell(weekday: int, hour: int, rates: list[_Parts]) -> Cell:
    return Cell(weekday, hour, len(rates), _median(rates) if rates else None)


def exact_median(rates: Sequence[Fraction]) -> Fraction:
    """The median of ``rates``, exactly as ``statistics.median`` gives it, found faster.

    Comparing two fractions multiplies out both, so sorting thousands is slow; they are
    sorted on their floats instead. A float rounds correctly, so it never swaps two values,
    only makes nearly equal ones tie: the run of ties around the middle is then sorted
    exactly, and the middle is exact.
    """
    return _median([(rate.numerator, rate.denominator) for rate in rates])


def _median(rates: Sequence[_Parts]) -> Fraction:
    if not rates:
        raise statistics.StatisticsError("no median for empty data")
    # int / int is correctly rounded (and quicker than making each a Fraction).
    floats = [top / bottom for top, bottom in rates]
    order = sorted(range(len(rates)), key=floats.__getitem__)
    middle = len(order) // 2
    for index in (middle - 1, middle) if len(order) % 2 == 0 else (middle,):
        low, high = index, index + 1
        while low > 0 and floats[order[low - 1]] == floats[order[index]]:
            low -= 1
        while high < len(order) and floats[order[high]] == floats[order[index]]:
            high += 1
        if high - low > 1:
            order[low:high] = sorted(order[low:high], key=lambda i: Fraction(*rates[i]))
    if len(order) % 2:
        return Fraction(*rates[order[middle]])
    return (Fraction(*rates[order[middle - 1]]) + Fraction(*rates[order[middle]])) / 2


def best_slots(heat: HeatMap, limit: int = BEST_SLOTS) -> list[Cell]:
    """The best cells with at least 3 posts, best first.

    Ties go to the cell with more posts (more to go on), then to the earlier slot.
    """
    judged = [cell for cell in heat.cells.values() if not cell.too_few]
    judged.sort(key=lambda c: (-(c.median or 0), -c.posts, c.weekday, c.hour))
    return judged[:limit]


def least_tried(heat: HeatMap, limit: int = BEST_SLOTS) -> list[Cell]:
    """The working hours with the fewest posts, to keep experimenting; earlier slot first."""
    cells = sorted(heat.cells.values(), key=lambda c: (c.posts, c.weekday, c.hour))
    return cells[:limit]


@dataclass(frozen=True, slots=True)
class Trend:
    """The median rate of the last four weeks against the four weeks before them."""

    recent: Fraction | None
    before: Fraction | None
    recent_posts: int
    before_posts: int
    platform: Platform | None = None

    @property
    def change(self) -> Fraction | None:
        """The relative change, -1/4 for a quarter down; None when it cannot be told."""
        if self.recent is None or self.before is None or self.before == 0:
            return None
        return self.recent / self.before - 1

    @property
    def falling(self) -> bool:
        """The recent median is 20% or more below the one before (exactly at 20% too)."""
        change = self.change
        return change is not None and change <= -TREND_DROP

    def note(self) -> str | None:
        """A sentence for the panel when the rate is falling, else None."""
        change = self.change
        if not self.falling or change is None or self.recent is None or self.before is None:
            return None
        where = f"{self.platform.label} " if self.platform is not None else ""
        return (
            f"The {where}engagement rate of the last four weeks is {_percent(-change)} below "
            f"the four weeks before (median {_percent(self.recent, 1)} against "
            f"{_percent(self.before, 1)}). Try other days or hours, or another kind of post."
        )


def rate_trend(
    outcomes: Iterable[Outcome],
    today: dt.date,
    *,
    platform: Platform | None = None,
    kind: Kind | None = None,
) -> Trend:
    """Compare the median rate of the four weeks up to ``today`` with the four before.

    The last four weeks are the 28 days ending with ``today``; the four before are the
    28 days before those. Posts whose time of day is unknown still count: the day is.
    """
    span = dt.timedelta(weeks=TREND_WEEKS)
    recent_start = today - span + dt.timedelta(days=1)
    before_start = recent_start - span
    recent: list[_Parts] = []
    before: list[_Parts] = []
    for outcome in outcomes:
        if platform is not None and outcome.platform is not platform:
            continue
        if kind is not None and outcome.kind is not kind:
            continue
        rate, day = _rate_parts(outcome), outcome.published.date()
        if rate is None:
            continue
        if recent_start <= day <= today:
            recent.append(rate)
        elif before_start <= day < recent_start:
            before.append(rate)
    return Trend(
        _median(recent) if recent else None,
        _median(before) if before else None,
        len(recent),
        len(before),
        platform,
    )


def insights_json(
    outcomes: Iterable[Outcome],
    platform: Platform,
    hours: Iterable[int],
    *,
    kind: Kind | None = None,
    weekdays: Iterable[int] = ALL_WEEKDAYS,
) -> dict[str, Any]:
    """``planner insights --platform P [--kind K] --json``, in the PRODUCT.md shape.

    ``cells`` lists the cells with at least one post, by weekday then hour; ``best`` the
    three best slots. Rates are rounded to 4 decimals.
    """
    heat = heat_map(outcomes, platform, hours, kind=kind, weekdays=weekdays)
    return {
        "platform": platform.value,
        "records": heat.records,
        "cells": [_cell_json(cell) for cell in heat.filled()],
        "best": [_cell_json(cell) for cell in best_slots(heat)],
    }


def _cell_json(cell: Cell) -> dict[str, Any]:
    rate = None if cell.rate is None else round(cell.rate, JSON_RATE_DIGITS)
    return {"weekday": cell.weekday, "hour": cell.hour, "posts": cell.posts, "rate": rate}


def _percent(value: Fraction, decimals: int = 0) -> str:
    return f"{float(value) * 100:.{decimals}f}%"
