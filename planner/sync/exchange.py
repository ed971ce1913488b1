"""One round of a sync over the network: list, fetch, decide, and send.

``exchange`` reads the calendar (the changes since the sync-token, then the changed
events in a few multiget requests), decides with ``decide``, and carries out the
actions that write to the calendar, each guarded by If-Match / If-None-Match. What is
to change here comes back as an ``Outcome``: post changes and the status, log and
token to record, applied by the caller in one store transaction. It never touches the
store, so the window runs it off the GUI thread.

A conflict this computer wins is settled in two rounds: this one keeps the calendar's
version as a conflict copy and records it as last synced; the next round then finds
only "changed here" and sends the winner. The losing version is thus saved before it
is overwritten, and a connection that breaks between the two loses nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.core.domain import Post, format_time
from planner.store.change_sets import Change
from planner.store.sync_tables import ItemStatus, LogEntry, SyncRecords, SyncState
from planner.sync.client import CalendarConnection, PreconditionFailed
from planner.sync.decide import (
    Action,
    Conflict,
    Download,
    Forget,
    Record,
    RemoteItem,
    RemoveLocal,
    RemoveRemote,
    Update,
    Upload,
    conflict_copy,
    decide,
    local_moment,
)
from planner.sync.errors import SideEmptied
from planner.sync.mapping import (
    EventUnreadable,
    describe_post,
    event_ics,
    merged,
    read_event,
    synced_values,
    version_hash,
)

EMPTIED_FROM = 2  # posts synced last time, from which "none left" means "wiped"


@dataclass(frozen=True)
class LocalSnapshot:
    """What the store holds, read before a round (on the GUI thread, in the window)."""

    calendar: str  # the account's identity, which the status rows must belong to
    calendar_name: str  # as the user named it, for messages
    zone_name: str | None
    posts: dict[str, Post]  # every post with a uid, by uid
    changed_at: dict[str, dt.datetime]
    status: dict[str, ItemStatus]
    foreign: dict[str, str]  # href -> ETag of events left alone
    token: str | None
    last_sync: dt.datetime | None
    reset: bool = False  # the rows were for another calendar (or a start over)


@dataclass
class Outcome:
    """What a round decided for the store, and what it did on the calendar."""

    changes: list[Change] = field(default_factory=list)
    records: SyncRecords = field(default_factory=lambda: SyncRecords(SyncState()))
    # Recorded instead of ``records`` when ``changes`` cannot be applied (a post was
    # edited here meanwhile): what was sent, with the old token, so nothing fetched
    # this round is skipped by the next.
    sent_only: SyncRecords = field(default_factory=lambda: SyncRecords(SyncState()))
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    sent_conflicts: int = 0  # of those, settled by a write to the calendar (an edit kept)
    deferred: int = 0  # writes the server refused because the event changed meanwhile
    problems: list[str] = field(default_factory=list)
    again: bool = False  # another round is needed right away


class _Round:
    """The bookkeeping of one round."""

    def __init__(self, snapshot: LocalSnapshot, now: dt.datetime) -> None:
        self.snapshot = snapshot
        self.now = now
        self.outcome = Outcome()
        self.put: list[ItemStatus] = []
        self.forget: list[str] = []
        self.log: list[LogEntry] = []
        self.sent_put: list[ItemStatus] = []
        self.sent_forget: list[str] = []
        self.sent_log: list[LogEntry] = []

    def note(self, action: str, uid: str, summary: str, **versions: Post | None) -> None:
        detail = {side: _plain(post) for side, post in versions.items()}
        entry = LogEntry(self.now, action, uid, summary, json.dumps(detail, ensure_ascii=False))
        self.log.append(entry)

    def sent(
        self,
        status: ItemStatus | None,
        uid: str,
        summary: str,
        action: str = "sent",
        **versions: Post | None,
    ) -> None:
        """A write to the calendar that succeeded: recorded even if the rest is not."""
        if status is not None:
            self.put.append(status)
            self.sent_put.append(status)
        else:
            self.forget.append(uid)
            self.sent_forget.append(uid)
        self.note(action, uid, summary, **versions)
        self.sent_log.append(self.log[-1])
        self.outcome.sent += 1


def exchange(
    snapshot: LocalSnapshot,
    connection: CalendarConnection,
    now: Callable[[], dt.datetime],
) -> Outcome:
    """One round against the calendar; see the module's docstring."""
    listing = connection.listing(snapshot.token)
    by_href = {s.href: s for s in snapshot.status.values()}
    known = {**snapshot.foreign, **{h: s.etag for h, s in by_href.items()}}
    # A complete listing names every event; otherwise the server names those removed.
    gone_hrefs = set(known) - set(listing.etags) if listing.complete else set(listing.gone)
    wanted = sorted(h for h, e in listing.etags.items() if not e or known.get(h) != e)
    fetched = connection.fetch(wanted)
    gone_hrefs |= set(wanted) - {f.href for f in fetched}

    here = _Round(snapshot, now())
    outcome = here.outcome
    remote: dict[str, RemoteItem] = {}
    foreign_put: dict[str, str] = {}
    unreadable: set[str] = set()  # uids left be this round
    for item in fetched:
        try:
            event = read_event(item.data, zone_name=snapshot.zone_name)
        except EventUnreadable as exc:
            outcome.problems.append(str(exc))
            was = by_href.get(item.href)
            unreadable.update(uid for uid in (exc.uid, was.uid if was else "") if uid)
            continue
        if event is None:
            foreign_put[item.href] = item.etag
        elif event.uid in remote:
            twice = f"two events on the calendar are post {event.uid}; the second is left be"
            outcome.problems.append(twice)
        else:
            remote[event.uid] = RemoteItem(item.href, item.etag, event)
    fetched_hrefs = {item.href for item in fetched}
    gone = {
        s.uid
        for s in snapshot.status.values()
        if s.uid not in remote
        and (s.href in gone_hrefs or s.href in fetched_hrefs)
        and s.uid not in unreadable
    }
    _refuse_an_emptied_side(snapshot, remote, gone)

    status = {u: s for u, s in snapshot.status.items() if u not in unreadable}
    local = {u: p for u, p in snapshot.posts.items() if u not in unreadable}
    remote = {u: r for u, r in remote.items() if u not in unreadable}
    for action in decide(local, snapshot.changed_at, status, remote, gone):
        _carry_out(action, here, connection)

    foreign_forget = [h for h in snapshot.foreign if h in gone_hrefs or h in fetched_hrefs]
    foreign_forget = [h for h in foreign_forget if h not in foreign_put]
    state = SyncState(snapshot.calendar, listing.token, here.now)
    outcome.records = SyncRecords(
        state,
        reset=snapshot.reset,
        put=here.put,
        forget=here.forget,
        foreign_put=foreign_put,
        foreign_forget=foreign_forget,
        log=here.log,
    )
    old_state = SyncState(snapshot.calendar, snapshot.token, snapshot.last_sync)
    outcome.sent_only = SyncRecords(
        old_state,
        reset=snapshot.reset,
        put=here.sent_put,
        forget=here.sent_forget,
        log=here.sent_log,
    )
    outcome.again = outcome.again or outcome.deferred > 0
    return outcome


def _refuse_an_emptied_side(
    snapshot: LocalSnapshot, remote: dict[str, RemoteItem], gone: set[str]
) -> None:
    """vdirsyncer's StorageEmpty: a side that holds none of what it held at the last sync
    was wiped, and deciding from it would wipe the other side. (From two posts up: the
    one post of a plan deleted is a plain delete.)"""
    status = snapshot.status
    if len(status) < EMPTIED_FROM or snapshot.reset:
        return
    on_calendar = sum(1 for uid in status if uid not in gone) + sum(
        1 for uid in remote if uid not in status
    )
    if on_calendar == 0:
        raise SideEmptied("calendar", snapshot.calendar_name, len(status))
    if not any(not post.is_idea for post in snapshot.posts.values()):
        raise SideEmptied("here", snapshot.calendar_name, len(status))


def _carry_out(action: Action, here: _Round, connection: CalendarConnection) -> None:
    outcome = here.outcome
    snapshot = here.snapshot
    try:
        if isinstance(action, Upload | Update):
            _send(action, here, connection)
        elif isinstance(action, RemoveRemote):
            last = action.status
            connection.remove(last.href, last.etag)
            why = "deleted here" if action.local is None else "sent back to the ideas here"
            label = last.label if action.local is None else describe_post(action.local)
            summary = f"Taken off the calendar ({why}): {label}"
            here.sent(None, last.uid, summary, here=action.local)
    except PreconditionFailed:
        outcome.deferred += 1  # changed on the calendar meanwhile: the next round decides
        return
    if isinstance(action, Download):
        post = action.remote.post
        after = post if action.local is None else merged(action.local, post)
        outcome.changes.append((action.local, after))
        here.put.append(_status_of(action.remote))
        outcome.received += 1
        if action.kept:
            outcome.conflicts += 1
            summary = "Conflict: deleted here but changed on the calendar; the change wins"
            here.note("conflict", post.uid, f"{summary}: {describe_post(post)}", calendar=post)
        else:
            what = "new" if action.local is None else "changed"
            summary = f"Received from the calendar ({what}): {describe_post(post)}"
            here.note("received", post.uid, summary, here=action.local, calendar=post)
    elif isinstance(action, RemoveLocal):
        outcome.changes.append((action.local, None))
        here.forget.append(action.local.uid)
        outcome.received += 1
        summary = f"Deleted here (deleted on the calendar): {describe_post(action.local)}"
        here.note("received", action.local.uid, summary, here=action.local)
    elif isinstance(action, Record):
        here.put.append(_status_of(action.remote))
    elif isinstance(action, Forget):
        here.forget.append(action.uid)
    elif isinstance(action, Conflict):
        _settle(action, here, snapshot.zone_name)


def _send(action: Upload | Update, here: _Round, connection: CalendarConnection) -> None:
    post = action.post
    snapshot = here.snapshot
    changed = snapshot.changed_at.get(post.uid, here.now)
    if isinstance(action, Update):
        sequence = action.status.sequence + 1
        body = event_ics(post, zone_name=snapshot.zone_name, changed_at=changed, sequence=sequence)
        href = action.status.href
        etag = connection.replace(href, body, action.status.etag)
        summary = f"Sent to the calendar (changed): {describe_post(post)}"
    else:
        sequence = action.sequence
        body = event_ics(post, zone_name=snapshot.zone_name, changed_at=changed, sequence=sequence)
        href = action.href or connection.href_for(post.uid)
        etag = connection.create(href, body)
        summary = f"Sent to the calendar (new): {describe_post(post)}"
        if action.kept:
            here.outcome.conflicts += 1
            here.outcome.sent_conflicts += 1
            summary = (
                "Conflict: deleted on the calendar but changed here; the change wins and "
                f"is back on the calendar: {describe_post(post)}"
            )
    status = ItemStatus(post.uid, href, etag, version_hash(post), sequence, describe_post(post))
    kind = "conflict" if isinstance(action, Upload) and action.kept else "sent"
    here.sent(status, post.uid, summary, kind, here=post)


def _settle(conflict: Conflict, here: _Round, zone_name: str | None) -> None:
    """The later change wins; the other version becomes a conflict copy (an idea)."""
    outcome = here.outcome
    outcome.conflicts += 1
    mine, theirs = conflict.local, conflict.remote.post
    mine_at, theirs_at = conflict.local_changed_at, conflict.remote_changed_at
    here.put.append(_status_of(conflict.remote))  # the calendar's version: last synced now
    if conflict.local_wins:
        copy = conflict_copy(theirs, "the calendar's", theirs_at, zone_name)
        outcome.changes.append((None, copy))
        outcome.again = True  # the next round sends this computer's version
        kept, lost = "this computer's", "the calendar's"
    else:
        copy = conflict_copy(mine, "this computer's", mine_at, zone_name)
        outcome.changes.append((mine, merged(mine, theirs)))
        outcome.changes.append((None, copy))
        outcome.received += 1
        kept, lost = "the calendar's", "this computer's"
    kept_when = mine_at if conflict.local_wins else theirs_at
    kept_at = f" (changed {local_moment(kept_when, zone_name)})" if kept_when else ""
    summary = (
        f"Conflict: changed on both sides; {kept} version{kept_at} is the later and was "
        f'kept, {lost} is now an idea marked "conflict copy": {describe_post(theirs)}'
    )
    here.note("conflict", mine.uid, summary, here=mine, calendar=theirs)


def _status_of(remote: RemoteItem) -> ItemStatus:
    post = remote.post
    return ItemStatus(
        post.uid,
        remote.href,
        remote.etag,
        version_hash(post),
        remote.event.sequence,
        describe_post(post),
    )


def _plain(post: Post | None) -> dict[str, object] | None:
    """A post for the log's detail: its synced fields as text."""
    if post is None:
        return None
    plain: dict[str, object] = {}
    for name, value in synced_values(post).items():
        if isinstance(value, dt.time):
            value = format_time(value)
        plain[name] = (
            None if value is None else list(value) if isinstance(value, tuple) else str(value)
        )
    return plain
