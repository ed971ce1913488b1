"""The settings by their dotted names, as ``planner settings`` reads and sets them.

``practice.name``, ``practice.timezone``, ``practice.phone`` (several separated by
``;``), ``practice.email``, ``practice.address``, ``practice.website``,
``practice.country``, ``limits.<platform>``, ``bands.<kind>.min`` and ``.max`` (a share,
``0.15`` or ``15%``), ``mix.minimum``, ``hours.start``, ``hours.end``, ``sync.url``,
``sync.user`` and ``sync.calendar``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.core.domain import Kind, Platform
from planner.core.settings import COUNTRIES, Band, Settings

_TEXT_FIELDS = {
    "practice.name": "practice_name",
    "practice.email": "email",
    "practice.address": "address",
    "practice.website": "website",
    "sync.url": "sync_url",
    "sync.user": "sync_user",
    "sync.calendar": "sync_calendar",
}
_WHOLE_FIELDS = {
    "mix.minimum": "min_posts_for_mix",
    "hours.start": "day_start_hour",
    "hours.end": "day_end_hour",
}


def keys() -> list[str]:
    """Every key, in the order ``planner settings`` lists them."""
    return [
        "practice.name",
        "practice.timezone",
        "practice.phone",
        "practice.email",
        "practice.address",
        "practice.website",
        "practice.country",
        *(f"limits.{platform.value}" for platform in Platform),
        *(f"bands.{kind.value}.{end}" for kind in Kind for end in ("min", "max")),
        "mix.minimum",
        "hours.start",
        "hours.end",
        "sync.url",
        "sync.user",
        "sync.calendar",
    ]


def value_of(settings: Settings, key: str) -> Any:
    """The value of ``key`` as JSON shows it (text, a whole number or a share)."""
    if key in _TEXT_FIELDS:
        return getattr(settings, _TEXT_FIELDS[key])
    if key in _WHOLE_FIELDS:
        return getattr(settings, _WHOLE_FIELDS[key])
    if key == "practice.timezone":
        return settings.timezone
    if key == "practice.phone":
        return "; ".join(settings.phones)
    if key == "practice.country":
        return settings.country
    section, _, rest = key.partition(".")
    if section == "limits":
        return settings.limit_for(_platform(rest, key))
    if section == "bands":
        kind_name, _, end = rest.partition(".")
        band = settings.bands[_kind(kind_name, key)]
        if end in ("min", "max"):
            return getattr(band, end)
    raise ValueError(_unknown(key))


def as_json(settings: Settings) -> dict[str, Any]:
    return {key: value_of(settings, key) for key in keys()}


def with_value(settings: Settings, key: str, text: str) -> Settings:
    """``settings`` with ``key`` set from ``text``; ValueError in one line when either
    is wrong, or when the result is not a usable set of settings."""
    changed = _set(settings, key.strip(), text.strip())
    problems = changed.problems()
    if problems:
        raise ValueError(problems[0])
    return changed


def _set(settings: Settings, key: str, text: str) -> Settings:
    if key in _TEXT_FIELDS:
        return settings.with_changes(**{_TEXT_FIELDS[key]: text})
    if key in _WHOLE_FIELDS:
        return settings.with_changes(**{_WHOLE_FIELDS[key]: _whole(text, key)})
    if key == "practice.timezone":
        return settings.with_changes(timezone=_zone(text))
    if key == "practice.phone":
        phones = tuple(part.strip() for part in text.split(";") if part.strip())
        return settings.with_changes(phones=phones)
    if key == "practice.country":
        country = text.upper()
        if country not in COUNTRIES:
            choices = ", ".join(COUNTRIES)
            raise ValueError(f"practice.country must be one of {choices}, not {text!r}")
        return settings.with_changes(country=country)
    section, _, rest = key.partition(".")
    if section == "limits":
        limits = dict(settings.daily_limits)
        limits[_platform(rest, key)] = _whole(text, key)
        return settings.with_changes(daily_limits=limits)
    if section == "bands":
        kind_name, _, end = rest.partition(".")
        kind = _kind(kind_name, key)
        if end not in ("min", "max"):
            raise ValueError(_unknown(key))
        bands = dict(settings.bands)
        low, high = bands[kind].min, bands[kind].max
        share = _share(text, key)
        low, high = (share, high) if end == "min" else (low, share)
        if low > high:
            raise ValueError(f"{key}: the band's min would be above its max ({low:g} > {high:g})")
        bands[kind] = Band(low, high)
        return settings.with_changes(bands=bands)
    raise ValueError(_unknown(key))


def _unknown(key: str) -> str:
    return f"there is no setting {key!r}; the settings are: {', '.join(keys())}"


def _parsed(parse: Callable[[str], Any], text: str, key: str) -> Any:
    try:
        return parse(text)
    except ValueError:
        raise ValueError(_unknown(key)) from None


def _platform(name: str, key: str) -> Platform:
    return _parsed(Platform.parse, name, key)  # type: ignore[no-any-return]


def _kind(name: str, key: str) -> Kind:
    return _parsed(Kind.parse, name, key)  # type: ignore[no-any-return]


def _whole(text: str, key: str) -> int:
    if not text.isascii() or not text.lstrip("-").isdigit():
        raise ValueError(f"{key} takes a whole number, not {text!r}")
    return int(text)


def _share(text: str, key: str) -> float:
    try:
        value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ValueError(f"{key} takes a share such as 0.15 or 15%, not {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{key} must be between 0 and 1 (0% and 100%), not {text!r}")
    return value


def _zone(text: str) -> str:
    if not text:
        return ""  # the system's zone
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"practice.timezone must be an IANA zone such as Europe/London, not {text!r}"
        ) from None
    return text
