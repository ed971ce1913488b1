"""The time zone an engagement file's instants become wall-clock times in."""

from __future__ import annotations


def practice_zone(setting: str) -> str:
    """The practice's IANA zone: ``practice.timezone`` when set, else the system's (the
    ``TZ`` variable honoured), else UTC when the system's cannot be named."""
    if setting:
        return setting
    from planner.io.ics import local_zone_name  # only an import with no zone set needs it

    return local_zone_name() or "UTC"
