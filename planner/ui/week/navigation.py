"""Which card the keyboard selects next: Tab in time order, arrows by day.

Plain Python over (id, day, start) triples, so the rules are easy to read and test.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class CardSlot(NamedTuple):
    post_id: int
    day: int  # 0 is Monday
    start: int  # minutes since midnight
    lane: int


def in_time_order(cards: Sequence[CardSlot]) -> list[CardSlot]:
    return sorted(cards, key=lambda c: (c.day, c.start, c.lane, c.post_id))


def step_in_order(cards: Sequence[CardSlot], current: int | None, step: int) -> int | None:
    """The card ``step`` places from ``current`` in time order; None past either end.

    With nothing selected, a forward step gives the first card and a backward one the last.
    """
    ordered = in_time_order(cards)
    if not ordered:
        return None
    ids = [c.post_id for c in ordered]
    if current not in ids:
        return ids[0] if step > 0 else ids[-1]
    index = ids.index(current) + step
    return ids[index] if 0 <= index < len(ids) else None


def step_in_day(cards: Sequence[CardSlot], current: int | None, step: int) -> int | None:
    """Up and Down: the previous or next card of the same day, staying put at the ends."""
    ordered = in_time_order(cards)
    by_id = {c.post_id: c for c in ordered}
    if current not in by_id:
        return step_in_order(cards, None, step)
    day = by_id[current].day
    same_day = [c.post_id for c in ordered if c.day == day]
    index = min(max(same_day.index(current) + step, 0), len(same_day) - 1)
    return same_day[index]


def step_across_days(cards: Sequence[CardSlot], current: int | None, step: int) -> int | None:
    """Left and Right: the card nearest in time on the next day (either way) that has one."""
    by_id = {c.post_id: c for c in cards}
    if current not in by_id:
        return step_in_order(cards, None, step)
    here = by_id[current]
    day = here.day + step
    while 0 <= day < 7:
        candidates = [c for c in cards if c.day == day]
        if candidates:
            best = min(candidates, key=lambda c: (abs(c.start - here.start), c.start, c.lane))
            return best.post_id
        day += step
    return current
