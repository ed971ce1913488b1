"""Where things sit in a day column: minutes, pixels, snapping and side-by-side lanes.

Pure arithmetic shared by the week view (and anything else that draws a day): no Qt.
A card covers a span of minutes from its start; cards whose spans overlap share the
column width in lanes, so no card is ever drawn on top of another.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

MINUTES_PER_DAY = 24 * 60
SNAP_MINUTES = 15
CARD_MINUTES = 30

K = TypeVar("K", bound=Hashable)


def minutes_of(value: dt.time) -> int:
    """Minutes since midnight."""
    return value.hour * 60 + value.minute


def time_at(minutes: int) -> dt.time:
    """The wall-clock time ``minutes`` after midnight, kept inside the day."""
    minutes = min(max(int(minutes), 0), MINUTES_PER_DAY - 1)
    return dt.time(minutes // 60, minutes % 60)


def snap_down(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The start of the ``step``-minute slot holding ``minutes``, inside the day."""
    slot = math.floor(minutes / step) * step
    return min(max(slot, 0), MINUTES_PER_DAY - step)


def snap_up(minutes: float, step: int = SNAP_MINUTES) -> int:
    """``minutes`` rounded up to a whole number of ``step``-minute slots."""
    return math.ceil(minutes / step) * step


def nudged(value: dt.time, delta_minutes: int) -> dt.time | None:
    """``value`` moved by ``delta_minutes``, or None when that leaves the day."""
    minutes = minutes_of(value) + delta_minutes
    if not 0 <= minutes < MINUTES_PER_DAY:
        return None
    return time_at(minutes)


def hours_to_fit(visible_px: float, start_hour: int, end_hour: int, minimum_px: float) -> float:
    """Pixels per hour so ``start_hour``..``end_hour`` fill ``visible_px``, never below
    ``minimum_px`` (then the working day scrolls instead of getting unreadable)."""
    hours = max(end_hour - start_hour, 1)
    return max(visible_px / hours, minimum_px)


def card_span(px_per_hour: float, min_card_px: float, least: int = CARD_MINUTES) -> int:
    """Minutes a card covers: ``least``, or more when that is too short to read."""
    needed = min_card_px / px_per_hour * 60 if px_per_hour > 0 else least
    return max(least, snap_up(needed))


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps minutes of the day to a y coordinate; ``top`` is where midnight would be."""

    top: float
    px_per_hour: float

    def y_of(self, minutes: float) -> float:
        return self.top + minutes * self.px_per_hour / 60

    def minutes_at(self, y: float) -> float:
        return (y - self.top) * 60 / self.px_per_hour

    def slot_at(self, y: float, step: int = SNAP_MINUTES) -> int:
        """The snapped start of the slot under ``y``."""
        return snap_down(self.minutes_at(y), step)


@dataclass(frozen=True, slots=True)
class Placement(Generic[K]):
    """One card's place: its minutes and its lane among ``lanes`` equal lanes."""

    key: K
    start: int
    end: int
    lane: int
    lanes: int


def assign_lanes(items: Iterable[tuple[K, int]], span: int = CARD_MINUTES) -> list[Placement[K]]:
    """Give each (key, start minute) a lane so overlapping cards sit side by side.

    Cards overlap when their ``span``-minute extents intersect. A cluster is a run of
    cards that overlap one another in a chain; every card in a cluster gets the same
    lane count, so their widths match, and each takes the lowest free lane. Placements
    come back in start order (ties keep the input order).
    """
    if span <= 0:
        raise ValueError("a card must cover at least one minute")
    ordered = sorted(enumerate(items), key=lambda pair: (pair[1][1], pair[0]))
    placed: list[Placement[K]] = []
    cluster: list[tuple[K, int, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def close_cluster() -> None:
        lanes = len(lane_ends)
        placed.extend(
            Placement(key, start, start + span, lane, lanes) for key, start, lane in cluster
        )

    for _, (key, start) in ordered:
        if cluster and start >= cluster_end:
            close_cluster()
            cluster, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(start + span)
        else:
            lane_ends[lane] = start + span
        cluster.append((key, start, lane))
        cluster_end = max(lane_ends)
    if cluster:
        close_cluster()
    return placed


def grown_ends(placements: Iterable[Placement[K]], span: int, wanted: dict[K, int]) -> dict[K, int]:
    """How far down each card of one day may grow to show more of its text: to
    ``wanted[key]`` minutes after its start, never into the next card that starts after
    its own ``span`` (cards that start within it sit in other lanes) nor past midnight.
    Never less than ``span``, so lanes and overlaps are as ``assign_lanes`` made them."""
    ordered = sorted(placements, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    ends: dict[K, int] = {}
    for p in ordered:
        after = bisect_left(starts, p.start + span)
        free = starts[after] if after < len(starts) else MINUTES_PER_DAY
        want = max(wanted.get(p.key, span), span)
        ends[p.key] = p.start + max(span, min(want, free - p.start))
    return ends
