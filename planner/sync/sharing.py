"""Whether sharing is on, with which account, and what a sync did: what the window needs
at start with no sync running. Light on purpose: the calendar libraries (icalendar,
caldav) load only when a sync runs (planner.sync.engine)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.core.settings import Settings
from planner.io.zones import system_zone_name
from planner.sync.client import Account
from planner.sync.errors import SharingOff

ROUNDS = 3  # a conflict won here needs two; a third catches a change made meanwhile


@dataclass
class SyncResult:
    """What a sync did, in total."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    deferred: int = 0  # left for the next sync: changed here or there while it ran
    problems: list[str] = field(default_factory=list)
    finished: dt.datetime | None = None  # UTC, when the last round was recorded
    again: bool = False  # the last round asked for another

    def to_json(self) -> dict[str, int]:
        """``{"sent": 3, "received": 1, "conflicts": 0}`` (``planner sync --json``)."""
        return {"sent": self.sent, "received": self.received, "conflicts": self.conflicts}

    def add(self, other: SyncResult) -> None:
        self.sent += other.sent
        self.received += other.received
        self.conflicts += other.conflicts
        self.deferred = other.deferred  # only the last round's are still waiting
        self.problems = list(dict.fromkeys([*self.problems, *other.problems]))
        self.finished = other.finished or self.finished
        self.again = other.again

    def summary(self) -> str:
        """``Sent 3, received 1, 0 conflicts.``"""
        conflicts = "1 conflict" if self.conflicts == 1 else f"{self.conflicts} conflicts"
        return f"Sent {self.sent}, received {self.received}, {conflicts}."


def sharing_on(settings: Settings) -> bool:
    return bool(settings.sync_url.strip())


def practice_zone(settings: Settings) -> str | None:
    """The practice's IANA zone: its setting, else the system's (None: unknown)."""
    return settings.timezone or system_zone_name()


def account_for(settings: Settings, password: str) -> Account:
    """The account the settings name; SharingOff when they name none."""
    if not sharing_on(settings):
        raise SharingOff()
    return Account(
        settings.sync_url.strip(), settings.sync_user.strip(), settings.sync_calendar, password
    )
