"""Copying a week and week templates: same weekday, same wall-clock time, new posts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.week_plans import (
    TemplateSlot,
    apply_template,
    as_new_post,
    copy_week,
    template_from_week,
)
from planner.core.weeks import Week

# 2027-W12 runs Mon 22 to Sun 28 March; London's clocks go forward on the 28th.
BEFORE_CHANGE = Week(2027, 12)
AFTER_CHANGE = Week(2027, 14)  # Mon 5 to Sun 11 April, on summer time


def post(day: dt.date | None, at: dt.time | None, text: str, **more: object) -> Post:
    status = Status.IDEA if day is None else Status.SCHEDULED
    made = Post(Platform.FACEBOOK, Kind.ORIGINAL, text, status=status, date=day, time=at)
    return made.with_changes(**more) if more else made


def sample_week() -> list[Post]:
    return [
        post(dt.date(2027, 3, 22), dt.time(9, 0), "Monday tip", id=1, link="https://a.example"),
        post(dt.date(2027, 3, 26), dt.time(17, 30), "Friday offer", id=2, notes="check price"),
        post(dt.date(2027, 3, 28), dt.time(10, 15), "Sunday share", id=3),
        post(None, None, "An idea", id=4),
        post(dt.date(2027, 3, 29), dt.time(9, 0), "Next week's", id=5),
        post(dt.date(2027, 3, 21), dt.time(9, 0), "Last week's", id=6),
    ]


def test_copying_keeps_weekday_and_wall_clock_time_across_the_clock_change() -> None:
    copies = copy_week(sample_week(), BEFORE_CHANGE, AFTER_CHANGE)
    assert [(p.date, p.time, p.text) for p in copies] == [
        (dt.date(2027, 4, 5), dt.time(9, 0), "Monday tip"),
        (dt.date(2027, 4, 9), dt.time(17, 30), "Friday offer"),
        (dt.date(2027, 4, 11), dt.time(10, 15), "Sunday share"),
    ]
    assert {(p.link, p.notes) for p in copies} >= {("https://a.example", ""), ("", "check price")}


def test_copies_are_new_drafts_unless_told_and_the_originals_stay() -> None:
    originals = sample_week()
    copies = copy_week(originals, BEFORE_CHANGE, AFTER_CHANGE)
    assert {p.id for p in copies} == {None}
    assert {p.status for p in copies} == {Status.DRAFT}
    scheduled = copy_week(originals, BEFORE_CHANGE, AFTER_CHANGE, status=Status.SCHEDULED)
    assert {p.status for p in scheduled} == {Status.SCHEDULED}
    assert originals == sample_week()
    with pytest.raises(ValueError, match="draft, scheduled or published"):
        copy_week(originals, BEFORE_CHANGE, AFTER_CHANGE, status=Status.IDEA)


def test_copying_into_a_missing_hour_moves_forward_when_the_zone_is_given() -> None:
    early = [post(dt.date(2027, 3, 21), dt.time(1, 30), "Night owl")]
    into_change = copy_week(early, Week(2027, 11), BEFORE_CHANGE, zone="Europe/London")
    assert [(p.date, p.time) for p in into_change] == [(dt.date(2027, 3, 28), dt.time(2, 30))]
    as_written = copy_week(early, Week(2027, 11), BEFORE_CHANGE)
    assert [(p.date, p.time) for p in as_written] == [(dt.date(2027, 3, 28), dt.time(1, 30))]


def test_copying_a_week_onto_itself_gives_the_same_plan_as_new_posts() -> None:
    week_posts = [p for p in sample_week() if p.date in BEFORE_CHANGE]
    copies = copy_week(sample_week(), BEFORE_CHANGE, BEFORE_CHANGE, status=Status.SCHEDULED)
    assert copies == [as_new_post(p) for p in week_posts]


@given(
    offsets=st.lists(
        st.tuples(st.integers(0, 6), st.integers(0, 23), st.integers(0, 59)), max_size=12
    ),
    source_shift=st.integers(-300, 300),
    target_shift=st.integers(-300, 300),
)
def test_copying_there_and_back_returns_the_same_plan(
    offsets: list[tuple[int, int, int]], source_shift: int, target_shift: int
) -> None:
    source, target = Week(2027, 20).shifted(source_shift), Week(2027, 20).shifted(target_shift)
    plan = [
        post(source.monday + dt.timedelta(days=d), dt.time(h, m), f"post {i}")
        for i, (d, h, m) in enumerate(offsets)
    ]
    there = copy_week(plan, source, target)
    assert all(p.date in target for p in there)
    back = copy_week(there, target, source, status=Status.SCHEDULED)
    assert sorted((p.date, p.time, p.text) for p in back) == sorted(
        (p.date, p.time, p.text) for p in plan
    )


def test_a_template_is_the_week_by_weekday_and_time() -> None:
    template = template_from_week(sample_week(), BEFORE_CHANGE)
    assert [(s.weekday, s.time, s.text) for s in template] == [
        (0, dt.time(9, 0), "Monday tip"),
        (4, dt.time(17, 30), "Friday offer"),
        (6, dt.time(10, 15), "Sunday share"),
    ]
    assert template[0].link == "https://a.example"
    assert template[1].notes == "check price"


def test_applying_a_template_makes_new_posts_on_those_weekdays() -> None:
    template = template_from_week(sample_week(), BEFORE_CHANGE)
    posts = apply_template(template, AFTER_CHANGE)
    assert [(p.date, p.time, p.text, p.status, p.id) for p in posts] == [
        (dt.date(2027, 4, 5), dt.time(9, 0), "Monday tip", Status.DRAFT, None),
        (dt.date(2027, 4, 9), dt.time(17, 30), "Friday offer", Status.DRAFT, None),
        (dt.date(2027, 4, 11), dt.time(10, 15), "Sunday share", Status.DRAFT, None),
    ]
    assert all(not p.problems() for p in posts)
    scheduled = apply_template(template, AFTER_CHANGE, Status.SCHEDULED)
    assert {p.status for p in scheduled} == {Status.SCHEDULED}
    # The template made from the week it was applied to is the template again.
    assert template_from_week(posts, AFTER_CHANGE) == template


def test_template_slots_round_trip_through_plain_data() -> None:
    slot = TemplateSlot(3, dt.time(8, 5), Platform.X, Kind.SHARED, "Read this", "https://b", "n")
    data = slot.to_dict()
    assert data == {
        "weekday": 3,
        "time": "08:05",
        "platform": "x",
        "kind": "shared",
        "text": "Read this",
        "link": "https://b",
        "notes": "n",
    }
    assert TemplateSlot.from_dict(data) == slot


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"weekday": 7}, "0 (Monday) to 6 (Sunday)"),
        ({"weekday": "1"}, "not a number from 0 to 6"),
        ({"time": "9am"}, "write it as HH:MM"),
        ({"platform": "myspace"}, "unknown platform"),
        ({"text": None}, "text is not text"),
    ],
)
def test_bad_template_data_is_refused_by_field(change: dict[str, object], says: str) -> None:
    data: dict[str, object] = {
        **TemplateSlot(0, dt.time(9), Platform.X, Kind.SHARED, "t").to_dict(),
        **change,
    }
    with pytest.raises(ValueError) as caught:
        TemplateSlot.from_dict(data)
    assert says in str(caught.value)


def test_template_data_missing_a_field_names_it() -> None:
    data = TemplateSlot(0, dt.time(9), Platform.X, Kind.SHARED, "t").to_dict()
    del data["kind"]
    with pytest.raises(ValueError, match="has no kind"):
        TemplateSlot.from_dict(data)
