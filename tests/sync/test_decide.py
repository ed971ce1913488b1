"""The three-way decision, cell by cell (pure: no server, no store)."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.store.sync_tables import ItemStatus
from planner.sync.decide import (
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
)
from planner.sync.mapping import PlannerEvent, version_hash

UID = "0b5c2d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
SYNCED = Post(
    Platform.FACEBOOK,
    Kind.ORIGINAL,
    "As last synced",
    date=dt.date(2026, 12, 1),
    time=dt.time(9, 0),
    id=7,
    uid=UID,
)
STATUS = ItemStatus(UID, f"/practice/plan/{UID}.ics", '"v1"', version_hash(SYNCED), 2)
EDITED_HERE = SYNCED.with_changes(text="Edited here")
IDEA_HERE = SYNCED.with_changes(date=None, time=None, status=Status.IDEA)
EARLY, LATE = dt.datetime(2026, 12, 1, 8, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)


def there(text: str = "Edited there", changed: dt.datetime | None = LATE) -> RemoteItem:
    post = SYNCED.with_changes(id=None, text=text)
    return RemoteItem(STATUS.href, '"v2"', PlannerEvent(post, changed, 3))


def one(
    here: Post | None,
    remote: RemoteItem | None = None,
    *,
    gone: bool = False,
    status: ItemStatus | None = STATUS,
    here_at: dt.datetime | None = EARLY,
) -> object:
    actions = decide(
        {UID: here} if here is not None else {},
        {UID: here_at} if here_at is not None else {},
        {UID: status} if status is not None else {},
        {UID: remote} if remote is not None else {},
        {UID} if gone else set(),
    )
    return actions[0] if actions else None


def test_nothing_changed_is_nothing_to_do() -> None:
    assert one(SYNCED) is None


def test_changed_on_one_side_goes_to_the_other() -> None:
    assert one(EDITED_HERE) == Update(EDITED_HERE, STATUS)
    assert one(None) == RemoveRemote(STATUS, None)
    assert one(IDEA_HERE) == RemoveRemote(STATUS, IDEA_HERE)
    remote = there()
    assert one(SYNCED, remote) == Download(remote, SYNCED)
    assert one(SYNCED, gone=True) == RemoveLocal(SYNCED, STATUS)


def test_new_on_one_side_goes_to_the_other() -> None:
    assert one(SYNCED, status=None) == Upload(SYNCED, None)
    remote = there()
    assert one(None, remote, status=None) == Download(remote, None)
    assert one(IDEA_HERE, status=None) is None  # an idea never goes on the calendar


def test_the_same_change_on_both_sides_is_only_recorded() -> None:
    remote = there("Edited here")
    assert one(EDITED_HERE, remote) == Record(remote)
    assert one(SYNCED.with_changes(text="Edited here"), remote, status=None) == Record(remote)


def test_an_edit_beats_a_delete_either_way() -> None:
    assert one(EDITED_HERE, gone=True) == Upload(EDITED_HERE, STATUS.href, 3, kept=True)
    remote = there()
    assert one(None, remote) == Download(remote, None, kept=True)


def test_gone_on_both_sides_is_forgotten() -> None:
    assert one(None, gone=True) == Forget(UID)
    assert one(IDEA_HERE, gone=True) == Forget(UID)


@pytest.mark.parametrize(
    ("here_at", "there_at", "here_wins"),
    [
        (LATE, EARLY, True),
        (EARLY, LATE, False),
        (LATE, LATE, False),  # a tie goes to the calendar, which already holds it
        (None, EARLY, False),  # a change time nobody knows here loses
        (LATE, None, False),  # the calendar only says "changed since": it wins
    ],
)
def test_both_changed_the_later_change_wins(
    here_at: dt.datetime | None, there_at: dt.datetime | None, here_wins: bool
) -> None:
    remote = there(changed=there_at)
    assert one(EDITED_HERE, remote, here_at=here_at) == Conflict(
        EDITED_HERE, remote, here_wins, here_at, there_at
    )


def test_sent_back_to_the_ideas_here_and_edited_there_is_a_conflict() -> None:
    remote = there()
    decided = one(IDEA_HERE, remote)
    assert isinstance(decided, Conflict) and decided.local == IDEA_HERE


def test_never_synced_on_both_sides_but_different_is_a_conflict() -> None:
    remote = there()
    assert isinstance(one(EDITED_HERE, remote, status=None), Conflict)


def test_every_post_gets_at_most_one_action_in_uid_order() -> None:
    posts = {f"u{n}": SYNCED.with_changes(uid=f"u{n}", text=f"P{n}") for n in range(5)}
    actions = decide(posts, {}, {}, {}, set())
    assert [a.post.uid for a in actions if isinstance(a, Upload)] == sorted(posts)


def test_a_conflict_copy_is_a_new_idea_that_says_where_it_came_from() -> None:
    loser = EDITED_HERE.with_changes(notes="photo from Sam", status=Status.SCHEDULED)
    copy = conflict_copy(loser, "this computer's", EARLY, "Europe/London")
    assert (copy.id, copy.uid, copy.status, copy.date, copy.time) == (
        None,
        "",
        Status.IDEA,
        None,
        None,
    )
    assert (copy.text, copy.platform, copy.kind) == (loser.text, loser.platform, loser.kind)
    assert copy.notes == (
        "Conflict copy: this computer's version, changed 1 Dec 2026 08:00, "
        "planned for Tue 1 Dec 2026 09:00.\nphoto from Sam"
    )
    assert copy.problems() == []
