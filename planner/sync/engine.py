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

from planner.core.domain import FIRST_DAY, LAST_DAY
from planner.store import Store
from planner.store.errors import PostChanged
from planner.sync.client import Account, CalendarConnection
from planner.sync.exchange import LocalSnapshot, Outcome, exchange
from planner.sync.sharing import ROUNDS, SyncResult


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
