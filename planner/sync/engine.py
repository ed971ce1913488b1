"""A whole sync: read the store, exchange with the calendar, record the outcome.

The three steps are separate so that the window can read and record on its GUI thread
and run only ``exchange`` (the network) on a worker::

    snapshot = take_snapshot(store, account, zone)      # the store, quick
    outcome = exchange(snapshot, connection, now)       # the network, slow
    result = record(store, outcome)                     # the store, one transaction

``sync`` does all three, round after round while one asks for another (a conflict won
here is sent in the second round), for the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.core.domain import FIRST_DAY, LAST_DAY
from planner.core.settings import Settings
from planner.io.ics import local_zone_name
from planner.store import Store
from planner.store.errors import PostChanged
from planner.sync.client import Account, CalendarConnection
from planner.sync.errors import SharingOff
from planner.sync.exchange import LocalSnapshot, Outcome, exchange

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
    return settings.timezone or local_zone_name()


def account_for(settings: Settings, password: str) -> Account:
    """The account the settings name; SharingOff when they name none."""
    if not sharing_on(settings):
        raise SharingOff()
    return Account(
        settings.sync_url.strip(), settings.sync_user.strip(), settings.sync_calendar, password
    )


def take_snapshot(
    store: Store, account: Account, zone_name: str | None, *, start_over: bool = False
) -> LocalSnapshot:
    """What the sync needs of the store. The status rows count only when they belong to
    this account's calendar; ``start_over`` drops them too (nothing is deleted: both
    sides' posts are then matched afresh by uid)."""
    tables = store.sync_tables()
    state = tables.state()
    reset = start_over or state.calendar != account.identity
    posts = [*store.posts_between(FIRST_DAY, LAST_DAY), *store.ideas()]
    return LocalSnapshot(
        calendar=account.identity,
        calendar_name=account.calendar,
        zone_name=zone_name,
        posts={post.uid: post for post in posts if post.uid},
        changed_at=tables.changed_at(),
        status={} if reset else tables.status(),
        foreign={} if reset else tables.foreign(),
        token=None if reset else state.token,
        last_sync=state.last_sync,
        reset=reset,
    )


def record(store: Store, outcome: Outcome) -> SyncResult:
    """Save a round's outcome in one transaction. When a post it would change was
    changed here meanwhile, only what was sent is recorded, and another round is due."""
    result = SyncResult(
        outcome.sent,
        outcome.received,
        outcome.conflicts,
        outcome.deferred,
        list(outcome.problems),
        outcome.records.state.last_sync,
        outcome.again,
    )
    try:
        store.apply_changes(outcome.changes, sync=outcome.records)
    except (PostChanged, KeyError):
        store.apply_changes([], sync=outcome.sent_only)
        result.received = 0
        result.conflicts = outcome.sent_conflicts
        result.deferred += 1
        result.again = True
        result.finished = None
    return result


def sync(
    store: Store,
    connection: CalendarConnection,
    *,
    zone_name: str | None,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    start_over: bool = False,
    rounds: int = ROUNDS,
) -> SyncResult:
    """Sync ``store`` with the calendar of ``connection``, in as many rounds as needed
    (at most ``rounds``). Raises a ``SyncError`` with the store untouched when the
    first round cannot finish."""
    total = SyncResult()
    for round_number in range(rounds):
        snapshot = take_snapshot(
            store, connection.account, zone_name, start_over=start_over and round_number == 0
        )
        total.add(record(store, exchange(snapshot, connection, now)))
        if not total.again:
            break
    return total
