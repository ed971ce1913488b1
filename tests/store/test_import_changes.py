"""What an import needs of the store: posts by uid, and a file's changes saved at once."""

from __future__ import annotations

import datetime as dt

from store_helpers import scheduled

from planner.io.import_plan import plan_import
from planner.store import Store

TUE = dt.date(2026, 12, 1)


def test_posts_with_uids_finds_them_by_uid(store: Store) -> None:
    saved = store.add_many([scheduled(TUE, f"0{n}:00", text=f"Post {n}") for n in range(1, 4)])
    found = store.posts_with_uids([saved[0].uid, saved[2].uid, "not-there", ""])
    assert found == {saved[0].uid: saved[0], saved[2].uid: saved[2]}
    many = store.posts_with_uids([saved[1].uid] + [f"u{n}" for n in range(1200)])
    assert many == {saved[1].uid: saved[1]}


def test_a_plan_is_saved_in_one_go_keeping_uids(store: Store) -> None:
    first, second = store.add_many([scheduled(TUE, "09:00"), scheduled(TUE, "10:00", text="B")])
    rows = [
        (2, first.with_changes(id=None, text="Edited in a spreadsheet")),
        (3, second.with_changes(id=None)),
        (4, scheduled(TUE, "11:00", text="New from another store").with_changes(uid="elsewhere-1")),
    ]
    plan = plan_import(rows, store.posts_with_uids([first.uid, second.uid, "elsewhere-1"]))
    saved = store.apply_changes(plan.changes())
    assert [after.uid for _before, after in saved if after] == [first.uid, "elsewhere-1"]
    week = store.posts_between(TUE, TUE)
    assert [(p.uid, p.text) for p in week] == [
        (first.uid, "Edited in a spreadsheet"),
        (second.uid, "B"),
        ("elsewhere-1", "New from another store"),
    ]
    assert store.get(first.id or 0).id == first.id
