"""The practice's settings: the rule thresholds and the working day.

Stored in the database as one JSON object; defaults are the product's rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from planner.core.domain import PLATFORMS, Kind, Platform

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True, slots=True)
class Band:
    """The share of a week's posts a kind may have, as fractions (0.2 is 20%)."""

    min: float
    max: float

    def __post_init__(self) -> None:
        if not 0.0 <= self.min <= self.max <= 1.0:
            raise ValueError(
                f"a band runs from 0% to 100%, low to high; got {self.min}..{self.max}"
            )


def default_bands() -> dict[Kind, Band]:
    return {
        Kind.ORIGINAL: Band(0.20, 0.40),
        Kind.SHARED: Band(0.50, 0.70),
        Kind.PROMOTIONAL: Band(0.0, 0.15),
    }


def default_targets() -> dict[Kind, float]:
    """The golden ratio the bands sit around: 30% / 60% / 10%."""
    return {Kind.ORIGINAL: 0.30, Kind.SHARED: 0.60, Kind.PROMOTIONAL: 0.10}


COUNTRIES = ("GB", "US")


def default_daily_limits() -> dict[Platform, int]:
    return {platform: info.daily_limit for platform, info in PLATFORMS.items()}


@dataclass(frozen=True, slots=True)
class Settings:
    """The practice's details, the rule thresholds, the working day shown and sharing."""

    practice_name: str = "My Practice"
    bands: dict[Kind, Band] = field(default_factory=default_bands)
    targets: dict[Kind, float] = field(default_factory=default_targets)
    min_posts_for_mix: int = 5
    daily_limits: dict[Platform, int] = field(default_factory=default_daily_limits)
    day_start_hour: int = 7
    day_end_hour: int = 21
    # The practice's own details: the guard never flags them, replies are signed with
    # them, and the country decides the phone format and the awareness days shown.
    timezone: str = ""  # an IANA zone; empty: the system's (TZ honoured)
    phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    website: str = ""
    country: str = "GB"  # GB or US
    # Sharing through a CalDAV server (off while the url is empty); the password is
    # kept in the system keyring, never here.
    sync_url: str = ""
    sync_user: str = ""
    sync_calendar: str = ""

    def problems(self) -> list[str]:
        """Why these settings cannot be used, in plain words; empty when they can."""
        found: list[str] = []
        if not self.practice_name.strip():
            found.append("The practice name is empty.")
        if self.min_posts_for_mix < 1:
            found.append("The fewest posts to judge the mix must be at least 1.")
        for platform, limit in self.daily_limits.items():
            if limit < 0:
                found.append(f"The {platform.label} daily limit cannot be negative.")
        if not 0 <= self.day_start_hour < self.day_end_hour <= 24:
            found.append("The working day must start before it ends, between 0 and 24.")
        if self.country not in COUNTRIES:
            found.append(f"The country must be one of {', '.join(COUNTRIES)}.")
        return found

    def limit_for(self, platform: Platform) -> int:
        return self.daily_limits.get(platform, platform.info.daily_limit)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "practice_name": self.practice_name,
            "bands": {k.value: [b.min, b.max] for k, b in self.bands.items()},
            "targets": {k.value: v for k, v in self.targets.items()},
            "min_posts_for_mix": self.min_posts_for_mix,
            "daily_limits": {p.value: n for p, n in self.daily_limits.items()},
            "day_start_hour": self.day_start_hour,
            "day_end_hour": self.day_end_hour,
            "timezone": self.timezone,
            "phones": list(self.phones),
            "email": self.email,
            "address": self.address,
            "website": self.website,
            "country": self.country,
            "sync_url": self.sync_url,
            "sync_user": self.sync_user,
            "sync_calendar": self.sync_calendar,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Read stored settings; anything missing or unknown falls back to the default."""
        base = cls()
        bands = dict(base.bands)
        for name, pair in dict(data.get("bands", {})).items():
            bands[Kind.parse(name)] = Band(float(pair[0]), float(pair[1]))
        targets = dict(base.targets)
        for name, value in dict(data.get("targets", {})).items():
            targets[Kind.parse(name)] = float(value)
        limits = dict(base.daily_limits)
        for name, value in dict(data.get("daily_limits", {})).items():
            limits[Platform.parse(name)] = int(value)
        return cls(
            practice_name=str(data.get("practice_name", base.practice_name)),
            bands=bands,
            targets=targets,
            min_posts_for_mix=int(data.get("min_posts_for_mix", base.min_posts_for_mix)),
            daily_limits=limits,
            day_start_hour=int(data.get("day_start_hour", base.day_start_hour)),
            day_end_hour=int(data.get("day_end_hour", base.day_end_hour)),
            timezone=str(data.get("timezone", base.timezone)),
            phones=tuple(str(phone) for phone in data.get("phones", base.phones)),
            email=str(data.get("email", base.email)),
            address=str(data.get("address", base.address)),
            website=str(data.get("website", base.website)),
            country=str(data.get("country", base.country)),
            sync_url=str(data.get("sync_url", base.sync_url)),
            sync_user=str(data.get("sync_user", base.sync_user)),
            sync_calendar=str(data.get("sync_calendar", base.sync_calendar)),
        )
