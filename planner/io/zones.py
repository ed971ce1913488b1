"""The practice's time zone, by its IANA name: ``practice.timezone``, else the system's.

Calendar files need a real zone name (``Europe/London``) so that every calendar app
places 09:00 at 09:00 on both sides of a clock change. The system names its zone in the
``TZ`` variable, or by the file ``/etc/localtime`` links to, or in ``/etc/timezone``.
``TZ`` may also hold a POSIX rule such as ``GMT0BST``: that is no IANA name, and it
overrides the system's files, so the zone whose abbreviations and offsets it describes
(``Europe/London``) is looked up instead of taking the files' zone (often UTC).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import zoneinfo
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

# Files in the zone database that are not names a calendar app knows.
_NOT_ZONE_NAMES = frozenset({"localtime", "posixrules", "Factory"})
# A POSIX TZ rule: standard name and offset, then an optional daylight name, offset, rules.
_NAME = r"(?:[A-Za-z]{3,}|<[+\-\w]+>)"
_OFFSET = r"[+-]?\d{1,2}(?::\d{2}){0,2}"
_POSIX_TZ = re.compile(rf"({_NAME})({_OFFSET})(?:({_NAME})({_OFFSET})?(?:,.*)?)?")


def practice_zone_name(setting: str = "", environ: Mapping[str, str] | None = None) -> str | None:
    """``setting`` (the ``practice.timezone`` setting) when it names a zone, else the
    system's zone; None when neither can be named."""
    if setting and zone_or_none(setting) is not None:
        return setting
    return system_zone_name(environ)


def system_zone_name(
    environ: Mapping[str, str] | None = None,
    localtime: str = "/etc/localtime",
    timezone_file: str = "/etc/timezone",
) -> str | None:
    """The system's IANA zone (``Europe/London``), or None when it cannot be named.

    ``TZ`` comes first (the way every program on the system reads it). A POSIX rule in
    ``TZ`` is matched to the zone it describes; the system's files are then not used,
    because ``TZ`` overrides them.
    """
    env = os.environ if environ is None else environ
    tz = env.get("TZ", "").lstrip(":")
    if tz:
        if _is_zone_name(tz):
            return tz
        if Path(tz).is_absolute():  # TZ=/usr/share/zoneinfo/Europe/Paris
            return _name_from_path(tz)
        return zone_for_posix_rule(tz)
    candidates: list[str] = []
    # /etc/localtime links into the zone database on Linux and macOS.
    link = os.path.realpath(localtime)
    if "zoneinfo/" in link:
        candidates.append(_name_from_path(link) or "")
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path(timezone_file).read_text(encoding="utf-8").strip())
    return next((name for name in candidates if _is_zone_name(name)), None)


def _name_from_path(path: str) -> str | None:
    if "zoneinfo/" not in path:
        return None
    name = path.split("zoneinfo/", 1)[1].removeprefix("posix/").removeprefix("right/")
    return name if _is_zone_name(name) else None


def _is_zone_name(name: str) -> bool:
    return bool(name) and name not in _NOT_ZONE_NAMES and zone_or_none(name) is not None


def zone_or_none(name: str) -> zoneinfo.ZoneInfo | None:
    """The zone called ``name``, or None when there is none by that name."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


@lru_cache(maxsize=16)
def zone_for_posix_rule(rule: str, year: int = 2026) -> str | None:
    """The IANA zone a POSIX ``TZ`` rule describes: ``GMT0BST`` is ``Europe/London``,
    ``EST5EDT`` is ``America/New_York``. None when no zone has those names and offsets.

    Zones are compared by their abbreviations and offsets in January and July of
    ``year``; among several, the one the zone database gives the most other names to
    (``GB`` and ``Europe/Belfast`` are ``Europe/London``) is taken.
    """
    match = _POSIX_TZ.fullmatch(rule.strip())
    if match is None:
        return None
    std_name, std_offset, dst_name, dst_offset = match.groups()
    std = (std_name.strip("<>"), -_seconds(std_offset))
    if not dst_name and std[1] == 0 and std[0] in ("UTC", "GMT", "UCT", "Z"):
        return "Etc/UTC"
    wanted = {std}
    if dst_name:
        dst_seconds = -_seconds(dst_offset) if dst_offset else std[1] + 3600
        wanted.add((dst_name.strip("<>"), dst_seconds))
    found = [name for name in sorted(_region_zones()) if _describes(name, wanted, year)]
    if not found:
        return None
    aliases = _alias_counts()
    return max(found, key=lambda name: aliases.get(name, 0))  # the first of equals


def _seconds(offset: str) -> int:
    sign = -1 if offset.startswith("-") else 1
    parts = [int(part) for part in offset.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _describes(name: str, wanted: set[tuple[str, int]], year: int) -> bool:
    zone = zone_or_none(name)
    if zone is None:
        return False
    seen = set()
    for month in (1, 7):
        moment = dt.datetime(year, month, 15, 12, tzinfo=dt.UTC).astimezone(zone)
        offset = moment.utcoffset()
        seen.add((moment.tzname() or "", int(offset.total_seconds()) if offset else 0))
    return seen == wanted


_REGIONS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/",
            "Europe/", "Indian/", "Pacific/")  # fmt: skip


@lru_cache(maxsize=1)
def _region_zones() -> frozenset[str]:
    """Zone names by region (``Europe/London``); not legacy names like ``GB``."""
    return frozenset(n for n in zoneinfo.available_timezones() if n.startswith(_REGIONS))


@lru_cache(maxsize=1)
def _alias_counts() -> dict[str, int]:
    """How many other names the zone database links to each zone (``tzdata.zi``)."""
    folders = [Path(folder) for folder in zoneinfo.TZPATH]
    with contextlib.suppress(ImportError):
        import tzdata  # the zone database as a package, where the system has none

        folders.append(Path(tzdata.__file__).parent / "zoneinfo")
    for folder in folders:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            lines = (folder / "tzdata.zi").read_text(encoding="utf-8").splitlines()
            counts: dict[str, int] = {}
            for line in lines:
                if line.startswith("L "):
                    target = line.split()[1]
                    counts[target] = counts.get(target, 0) + 1
            return counts
    return {}


FALLBACK_ZONE = "UTC"  # when neither the settings nor the system name a zone


def practice_zone_or_utc(setting: str = "") -> str:
    """The zone the practice's wall-clock times are in: ``practice_zone_name``, else UTC
    (a series or a copied week needs some zone to step over clock changes in)."""
    return practice_zone_name(setting) or FALLBACK_ZONE
