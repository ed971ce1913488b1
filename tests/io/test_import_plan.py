"""Deciding each imported row against the store: new, update, unchanged or duplicate,
and the changes a spreadsheet's guesses would make."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.import_plan import lookups_needed, plan_import, spreadsheet_guess

MONDAY = dt.date(2026, 11, 30)


def stored(n: int, **changes: object) -> Post:
    base = Post(Platform.FACEBOOK, Kind.ORIGINAL, f"Post {n}", Status.SCHEDULED,
                MONDAY + dt.timedelta(days=n % 7), dt.time(9, 0), id=n, uid=f"uid-{n}")  # fmt: skip
    return base.with_changes(**changes)


def as_read(post: Post, **changes: object) -> Post:
    """The post as a file row brings it: no id."""
    return post.with_changes(id=None, **changes)


def test_each_rule_and_the_summary() -> None:
    store = [stored(n) for n in range(1, 6)]
    by_uid = {p.uid: p for p in store}
    rows = [
        (2, as_read(store[0])),  # same uid, same fields: unchanged
        (3, as_read(store[1], text="Post 2, edited", time=dt.time(10, 30))),  # update
        (4, as_read(store[2], uid="")),  # no uid, same content: duplicate
        (5, as_read(store[3], uid="", platform=Platform.X)),  # no uid, other platform: new
        (6, as_read(store[4], uid="from-another-store", text="Elsewhere")),  # unknown uid: new
    ]
    plan = plan_import(rows, by_uid, store)
    assert [(r.row, r.action) for r in plan.rows] == [
        (2, "unchanged"), (3, "update"), (4, "duplicate"), (5, "new"), (6, "new")
    ]  # fmt: skip
    update = plan.rows[1]
    assert update.changed == ("time", "text")
    assert update.post == store[1].with_changes(text="Post 2, edited", time=dt.time(10, 30))
    assert update.before == store[1]
    assert plan.rows[2].post == store[2]
    new_with_uid = plan.rows[4].post
    assert (new_with_uid.id, new_with_uid.uid) == (None, "from-another-store")
    assert plan.summary() == "2 new, 1 updated, 1 unchanged, 1 duplicate skipped"
    assert plan.changes() == [
        (store[1], update.post),
        (None, plan.rows[3].post),
        (None, new_with_uid),
    ]


def test_the_summary_counts_plurals() -> None:
    store = [stored(1), stored(2)]
    rows = [(2, as_read(p, uid="")) for p in store]
    assert plan_import(rows, {}, store).summary() == (
        "0 new, 0 updated, 0 unchanged, 2 duplicates skipped"
    )


def test_line_breaks_a_spreadsheet_rewrote_are_no_change() -> None:
    original = stored(1, text="Line one\r\nLine two", notes="a\rb")
    row = as_read(original, text="Line one\nLine two", notes="a\nb")
    (planned,) = plan_import([(2, row)], {original.uid: original}, [original]).rows
    assert planned.action == "unchanged"
    edited = as_read(original, text="Line one\nLine 2")
    (planned,) = plan_import([(2, edited)], {original.uid: original}).rows
    assert (planned.action, planned.changed) == ("update", ("text",))


def test_a_row_without_uid_duplicates_an_idea_too() -> None:
    idea = stored(1, status=Status.IDEA, date=None, time=None)
    row = as_read(idea, uid="")
    (planned,) = plan_import([(2, row)], {}, [idea]).rows
    assert planned.action == "duplicate"


def test_lookups_name_the_uids_and_the_days_to_read() -> None:
    posts = [
        stored(1, uid="b"),
        stored(2, uid=""),
        stored(5, uid=""),
        stored(3, uid="a"),
        stored(4, uid="", date=None, time=None, status=Status.IDEA),
    ]
    needed = lookups_needed(posts)
    assert needed.uids == ("a", "b")
    assert (needed.first, needed.last) == (MONDAY + dt.timedelta(2), MONDAY + dt.timedelta(5))
    assert needed.ideas
    assert not lookups_needed(posts[:2]).ideas


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("0012345", "12345", "dropped its leading zeros"),
        ("007", "7.0", "dropped its leading zeros"),
        ("3/4", "03/04/26", "read it as a date"),
        ("3/4", "4-Mar", "read it as a date"),
        ("1/2", "2026-01-02", "read it as a date"),
        ("11-12", "Nov 12", "read it as a date"),
        ("123456789012345", "1.23457E+14", "rounded it to a number"),
    ],
)
def test_spreadsheet_guesses_are_named(old: str, new: str, words: str) -> None:
    message = spreadsheet_guess("text", old, new)
    assert message == f"the text {old!r} would become {new!r}: a spreadsheet may have {words}"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("0012345", "0012346"),  # an edit
        ("12345", "1234"),
        ("3/4 of patients", "03/04/26 of patients"),  # not a whole cell
        ("3/4", "three quarters"),
        ("Flu clinic", "Flu clinic on Saturday"),
        ("0", "0"),
    ],
)
def test_edits_are_not_flagged(old: str, new: str) -> None:
    assert spreadsheet_guess("text", old, new) is None


def test_an_update_that_looks_like_a_guess_is_flagged() -> None:
    original = stored(1, text="0012345", notes="3/4")
    row = as_read(original, text="12345", notes="03/04/26")
    (planned,) = plan_import([(7, row)], {original.uid: original}).rows
    assert planned.action == "update"
    assert planned.flags == (
        "the text '0012345' would become '12345': a spreadsheet may have dropped its leading zeros",
        "the notes '3/4' would become '03/04/26': a spreadsheet may have read it as a date",
    )
    plan = plan_import([(7, row)], {original.uid: original})
    assert plan.flagged == [planned]
