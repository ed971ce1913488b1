"""What each edit does to a post, the same for the window, the command line and imports."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import edits
from planner.core.domain import Kind, Platform, Post, Status

TUE = dt.date(2026, 12, 1)
FRI = dt.date(2026, 12, 4)
NINE = dt.time(9, 0)
TEN = dt.time(10, 0)


def post(status: Status = Status.SCHEDULED, **changes: object) -> Post:
    dated = status is not Status.IDEA
    base = Post(
        Platform.FACEBOOK,
        Kind.ORIGINAL,
        "Flu clinic on Saturday",
        status=status,
        date=TUE if dated else None,
        time=NINE if dated else None,
        link="https://example.org/flu",
        notes="ask Sam for the photo",
        id=7,
    )
    return base.with_changes(**changes)


@pytest.mark.parametrize("status", [Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED])
def test_a_move_keeps_a_dated_posts_status_and_everything_but_the_slot(status: Status) -> None:
    before = post(status)
    after = edits.moved(before, FRI, TEN)
    assert (after.date, after.time, after.status) == (FRI, TEN, status)
    assert after.with_changes(date=TUE, time=NINE) == before


def test_a_move_without_a_time_keeps_the_time() -> None:
    assert edits.moved(post(), FRI).time == NINE


def test_an_idea_moved_onto_the_calendar_becomes_a_draft() -> None:
    after = edits.moved(post(Status.IDEA), FRI, TEN)
    assert (after.date, after.time, after.status) == (FRI, TEN, Status.DRAFT)
    assert edits.scheduled(post(Status.IDEA), FRI, TEN) == after


def test_unscheduling_makes_an_idea_with_no_slot() -> None:
    after = edits.unscheduled(post(Status.PUBLISHED))
    assert (after.date, after.time, after.status, after.id) == (None, None, Status.IDEA, 7)
    assert after.problems() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (Status.IDEA, Status.DRAFT),
        (Status.DRAFT, Status.DRAFT),
        (Status.SCHEDULED, Status.SCHEDULED),
        (Status.PUBLISHED, Status.DRAFT),
    ],
)
def test_a_copy_is_new_and_never_already_published(source: Status, expected: Status) -> None:
    copy = edits.copied(post(source), FRI, TEN)
    assert (copy.id, copy.date, copy.time, copy.status) == (None, FRI, TEN, expected)
    assert (copy.text, copy.link, copy.notes) == (post().text, post().link, post().notes)


def test_a_copy_to_the_tray_is_an_idea() -> None:
    copy = edits.copied(post(), None, TEN)
    assert (copy.id, copy.date, copy.time, copy.status) == (None, None, None, Status.IDEA)


def test_an_edited_idea_drops_its_slot_and_a_dated_post_keeps_it() -> None:
    assert edits.edited(post(Status.IDEA, date=TUE, time=NINE)).date is None
    assert edits.edited(post(Status.DRAFT)) == post(Status.DRAFT)


def test_new_posts_are_ideas_without_a_date_and_drafts_with_one() -> None:
    assert edits.new_status(None) is Status.IDEA
    assert edits.new_status(TUE) is Status.DRAFT


def test_published_keeps_the_slot() -> None:
    after = edits.published(post(Status.DRAFT))
    assert (after.status, after.date, after.time) == (Status.PUBLISHED, TUE, NINE)
