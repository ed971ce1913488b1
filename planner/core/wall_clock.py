"""Wall-clock times in a named time zone: where they land, and when they cannot.

All times in the plan are the practice's local wall-clock time. Twice a year a wall-clock
time can be missing (the clocks jump over it) or happen twice (the clocks go back over
it). This module says which, and places a time the way the whole app does: a missing time
moves forward by the gap, a doubled one takes the first.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.core.domain import format_time, short_day

UTC = dt.UTC


@lru_cache(maxsize=64)
def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (``Europe/London``), or a ValueError a person can act on."""
    try:
        if not name or name != name.strip():
            raise ValueError
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"{name!r} is not a time zone; use an IANA name like Europe/London"
        ) from None


def place(day: dt.date, wall: dt.time, zone: ZoneInfo) -> dt.datetime:
    """``wall`` on ``day`` in ``zone``, as an aware datetime that really exists.

    A time inside a gap moves forward by the gap (02:30 on spring-forward night in New
    York is 03:30); a time that happens twice takes the first (fold=0).
    """
    # fold=0 reads a missing time with the offset from before the jump, so the round
    # trip through UTC lands after the gap by exactly its length.
    local = dt.datetime.combine(day, wall, tzinfo=zone)
    return local.astimezone(UTC).astimezone(zone)


class WallClockProblem(NamedTuple):
    """Why a wall-clock time needs a word: ``gap`` (it does not exist) or ``ambiguous``.

    ``time`` is the time the app will use: after the gap, or the first of the two.
    """

    kind: Literal["gap", "ambiguous"]
    time: dt.time
    message: str


def wall_clock_problem(day: dt.date, wall: dt.time, zone_name: str) -> WallClockProblem | None:
    """None when ``wall`` happens exactly once on ``day`` in the zone; otherwise what and why.

    For 01:30 on 28 March 2027 in Europe/London the message reads "01:30 on Sun 28 Mar
    2027 does not exist in Europe/London (clocks go forward); 02:30 is the time after
    the gap."
    """
    zone = zone_named(zone_name)
    placed = place(day, wall, zone)
    when = f"{format_time(wall)} on {short_day(day)} {day.year}"
    if (placed.date(), placed.time()) != (day, wall):
        after = format_time(placed.time())
        if placed.date() != day:
            after = f"{after} on {short_day(placed.date())}"
        return WallClockProblem(
            "gap",
            placed.time(),
            f"{when} does not exist in {zone_name} (clocks go forward); "
            f"{after} is the time after the gap.",
        )
    first = dt.datetime.combine(day, wall, tzinfo=zone)
    if first.utcoffset() != first.replace(fold=1).utcoffset():
        return WallClockProblem(
            "ambiguous",
            wall,
            f"{when} happens twice in {zone_name} (clocks go back); the first one is used.",
        )
    return None
