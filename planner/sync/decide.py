"""The three-way decision: for each post, which side changed since the last sync, and
the one small action that brings the two sides together.

The last synced version of each post is in its status row (its hash, the event's ETag).
A post changed here when its hash differs (or it was deleted, or sent back to the
ideas); it changed on the calendar when the event's ETag differs (or it is gone).

- Changed on one side only: that side's version goes to the other (upload, update,
  delete there; download, delete here).
- Changed on both sides, to the same thing: only the status is brought up to date.
- Changed on both sides, differently: the later change wins, and the other version is
  kept here as an idea marked "conflict copy". An edit beats a delete: a post deleted
  on one side and edited on the other comes back with the edit.
- Nothing is ever decided from a side that was emptied: see ``SideEmptied`` in
  ``planner.sync.errors`` (checked before this runs).

Pure: no network, no store, no clock (times are passed in).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping, Set
from dataclasses import dataclass

from planner.core import edits
from planner.core.domain import MONTH_NAMES, Post, format_time, short_day
from planner.store.sync_tables import ItemStatus
from planner.sync.mapping import PlannerEvent, same_version, version_hash

CONFLICT_COPY = "Conflict copy"


@dataclass(frozen=True, slots=True)
class RemoteItem:
    """A planner event as fetched now: where it is, its ETag, what it says."""

    href: str
    etag: str
    event: PlannerEvent

    @property
    def post(self) -> Post:
        return self.event.post


# -- the actions ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Upload:
    """Put a post here on the calendar as a new event (``kept``: it was deleted there
    but edited here, and the edit wins)."""

    post: Post
    href: str | None  # None: a new event named after the uid
    sequence: int = 0
    kept: bool = False


@dataclass(frozen=True, slots=True)
class Update:
    """Send a post changed here to its event, if the event is still as last synced."""

    post: Post
    status: ItemStatus


@dataclass(frozen=True, slots=True)
class RemoveRemote:
    """Take an event off the calendar: its post was deleted here (``local`` None) or
    sent back to the ideas."""

    status: ItemStatus
    local: Post | None


@dataclass(frozen=True, slots=True)
class Download:
    """Take the calendar's version: a new post, a change, or (``kept``) a post deleted
    here but edited there, which comes back."""

    remote: RemoteItem
    local: Post | None
    kept: bool = False


@dataclass(frozen=True, slots=True)
class RemoveLocal:
    """The event was deleted on the calendar and the post was not changed here."""

    local: Post
    status: ItemStatus


@dataclass(frozen=True, slots=True)
class Record:
    """Both sides hold the same version: remember it."""

    remote: RemoteItem


@dataclass(frozen=True, slots=True)
class Forget:
    """Off the calendar and not on it here: the status row goes."""

    uid: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Changed on both sides, differently. The later change wins; the other version
    becomes an idea marked "conflict copy"."""

    local: Post
    remote: RemoteItem
    local_wins: bool
    local_changed_at: dt.datetime | None
    remote_changed_at: dt.datetime | None


Action = Upload | Update | RemoveRemote | Download | RemoveLocal | Record | Forget | Conflict


# -- deciding ---------------------------------------------------------------------------


def decide(
    local: Mapping[str, Post],
    changed_at: Mapping[str, dt.datetime],
    status: Mapping[str, ItemStatus],
    remote: Mapping[str, RemoteItem],
    gone: Set[str],
) -> list[Action]:
    """The actions that bring here and the calendar together.

    ``local``: every post here that has a uid, by uid (ideas too). ``changed_at``: when
    each changed here. ``status``: the rows of the last sync. ``remote``: the planner
    events that are new or changed on the calendar since then (fetched now), by uid.
    ``gone``: uids of status rows whose event is no longer on the calendar.
    A uid in neither ``remote`` nor ``gone`` is on the calendar as last synced.
    """
    actions: list[Action] = []
    uids = sorted(set(status) | set(remote) | {u for u, p in local.items() if not p.is_idea})
    for uid in uids:
        action = _decide_one(
            local.get(uid), changed_at.get(uid), status.get(uid), remote.get(uid), uid in gone
        )
        if action is not None:
            actions.append(action)
    return actions


def _decide_one(
    here: Post | None,
    here_at: dt.datetime | None,
    last: ItemStatus | None,
    there: RemoteItem | None,
    there_gone: bool,
) -> Action | None:
    if last is None:
        return _never_synced(here, here_at, there)
    here_changed = here is None or here.is_idea or version_hash(here) != last.hash
    if there is None and not there_gone:  # the calendar holds the last synced version
        if not here_changed:
            return None
        if here is None or here.is_idea:
            return RemoveRemote(last, here)
        return Update(here, last)
    if there_gone:
        if here is None or here.is_idea:
            return Forget(last.uid)
        if here_changed:  # edited here, deleted there: the edit wins
            return Upload(here, last.href, last.sequence + 1, kept=True)
        return RemoveLocal(here, last)
    assert there is not None
    if here is None:  # deleted here, changed there: the edit wins
        return Download(there, None, kept=True)
    if not here.is_idea and same_version(here, there.post):
        return Record(there)
    if not here_changed:
        return Download(there, here)
    return _conflict(here, here_at, there)


def _never_synced(
    here: Post | None, here_at: dt.datetime | None, there: RemoteItem | None
) -> Action | None:
    if there is None:
        if here is None or here.is_idea:
            return None
        return Upload(here, None)
    if here is None:
        return Download(there, None)
    if not here.is_idea and same_version(here, there.post):
        return Record(there)
    return _conflict(here, here_at, there)


def _conflict(here: Post, here_at: dt.datetime | None, there: RemoteItem) -> Conflict:
    # A change time nobody knows loses here (a post from before change times were kept)
    # and wins on the calendar (the calendar only says that it changed since).
    there_at = there.event.changed_at
    local_wins = here_at is not None and there_at is not None and here_at > there_at
    return Conflict(here, there, local_wins, here_at, there_at)


# -- conflict copies --------------------------------------------------------------------


def conflict_copy(
    version: Post, side: str, changed_at: dt.datetime | None, zone_name: str | None
) -> Post:
    """The losing ``version`` as a new idea, its notes marked "Conflict copy" with where
    it came from (``side``: "this computer's" or "the calendar's"), when it changed, and
    when it was planned for."""
    parts = [f"{CONFLICT_COPY}: {side} version"]
    if changed_at is not None:
        parts.append(f"changed {local_moment(changed_at, zone_name)}")
    if version.date is not None:
        planned = short_day(version.date) + f" {version.date.year}"
        if version.time is not None:
            planned += f" {format_time(version.time)}"
        parts.append(f"planned for {planned}")
    note = ", ".join(parts) + "."
    copy = edits.copied(version, None, None)
    return copy.with_changes(notes=f"{note}\n{version.notes}" if version.notes else note)


def local_moment(moment: dt.datetime, zone_name: str | None) -> str:
    """``1 Dec 2026 10:42``, in the practice's zone (the system's when it has none)."""
    local = moment.astimezone(zoneinfo.ZoneInfo(zone_name) if zone_name else None)
    month = MONTH_NAMES[local.month - 1][:3]
    return f"{local.day} {month} {local.year} {local.hour:02d}:{local.minute:02d}"
