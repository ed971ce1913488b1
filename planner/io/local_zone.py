"""The practice's time zone: the one Settings names, else the system's (``TZ`` honoured)."""

from __future__ import annotations

import contextlib
import os
import zoneinfo
from pathlib import Path

from planner.core.settings import Settings

FALLBACK_ZONE = "UTC"  # when neither the settings nor the system name a zone


def local_zone_name() -> str | None:
    """The system's IANA zone (``Europe/London``), or None when it cannot be named."""
    candidates: list[str] = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    # /etc/localtime links into the zone database on Linux and macOS.
    link = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in link:
        name = link.split("zoneinfo/", 1)[1]
        candidates.append(name.removeprefix("posix/").removeprefix("right/"))
    for name in candidates:
        if name and name not in _NOT_ZONE_NAMES and zone_or_none(name) is not None:
            return name
    return None


# Files in the zone database that are not names a calendar app knows.
_NOT_ZONE_NAMES = frozenset({"localtime", "posixrules", "Factory"})


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def practice_zone(settings: Settings) -> str:
    """The IANA zone the practice's wall-clock times are in: ``practice.timezone`` when
    set, else the system's, else UTC."""
    if settings.timezone and zone_or_none(settings.timezone) is not None:
        return settings.timezone
    return local_zone_name() or FALLBACK_ZONE
