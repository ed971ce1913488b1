"""This post, this and the following, or all: what each does to a series and its posts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.recurrence import SeriesRule, occurrence_days
from planner.core.series import NEW_SERIES_ID, Series, missing_posts, series_days
from planner.core.series_edits import (
    Scope,
    SeriesEdit,
    delete_in_series,
    edit_in_series,
    end_series,
    start_series,
)
from planner.core.series_shift import shifted_rule

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
NINE = dt.time(9, 0)
MONDAY = dt.date(2027, 3, 1)  # four Mondays before London's clocks go forward
TODAY = MONDAY


def first_post(day: dt.date = MONDAY, at: dt.time = NINE) -> Post:
    return Post(Platform.FACEBOOK, Kind.ORIGINAL, "Tip of the week", Status.DRAFT, day, at)


def saved(edit: SeriesEdit, series_id: int = 7) -> tuple[Series, list[Post]]:
    """What the store would hold after ``edit``: the series with an id, posts with ids."""
    (_, series), *_ = edit.series
    assert series is not None
    series = replace(series, id=series_id)
    posts = [
        after.with_changes(id=index + 1, series=series_id)
        for index, (_, after) in enumerate(edit.posts)
        if after is not None
    ]
    return series, posts


def weekly(zone: str = LONDON, text: str = "FREQ=WEEKLY;BYDAY=MO") -> tuple[Series, list[Post]]:
    rule = SeriesRule(text, NINE, zone, MONDAY)
    return saved(start_series(None, first_post(), rule, TODAY))


def by_day(posts: list[Post]) -> dict[dt.date, Post]:
    return {p.series_day: p for p in posts if p.series_day is not None}


def apply(posts: list[Post], edit: SeriesEdit) -> list[Post]:
    """``posts`` with the edit's post changes made (new posts get fresh ids)."""
    by_id = {p.id: p for p in posts}
    next_id = max(by_id) + 1
    for before, after in edit.posts:
        if before is not None:
            del by_id[before.id]
        if after is not None:
            if after.id is None:
                after, next_id = after.with_changes(id=next_id), next_id + 1
            by_id[after.id] = after
    return sorted(by_id.values(), key=lambda p: (p.series or 0, p.series_day or dt.date.min))


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK])
def test_a_new_series_is_its_first_post_and_a_year_of_posts_at_nine_local(zone: str) -> None:
    series, posts = weekly(zone)
    assert posts[0].series_day == MONDAY and posts[0].text == "Tip of the week"
    assert len(posts) == 53  # the first Monday and the 52 after it, a year ahead
    assert {p.time for p in posts} == {NINE}
    assert all(p.date == p.series_day and p.date.weekday() == 0 for p in posts)
    assert series.rule.start == MONDAY and series.rule.time == NINE


def test_a_post_that_is_not_dated_cannot_repeat() -> None:
    idea = Post(Platform.X, Kind.SHARED, "Maybe later", Status.IDEA)
    rule = SeriesRule("FREQ=WEEKLY", NINE, LONDON, MONDAY)
    with pytest.raises(ValueError, match="cannot repeat"):
        start_series(None, idea, rule, TODAY)


def test_this_post_changes_one_post_and_its_move_leaves_the_day_out() -> None:
    series, posts = weekly()
    target = by_day(posts)[dt.date(2027, 3, 15)]
    moved = target.with_changes(date=dt.date(2027, 3, 16), time=dt.time(11, 0))
    edit = edit_in_series(series, posts, target, moved, Scope.THIS, TODAY)
    assert edit.posts == [(target, moved)]
    ((_, after),) = edit.series
    assert after is not None and after.rule.skipped == {dt.date(2027, 3, 15)}
    # Topping up later never makes the left day again.
    assert missing_posts([after], series_days(apply(posts, edit)), TODAY) == []


def test_all_carries_a_new_text_to_every_unpublished_post_and_keeps_the_record() -> None:
    series, posts = weekly()
    posts[0] = posts[0].with_changes(status=Status.PUBLISHED)  # went out already
    target = posts[2]
    edit = edit_in_series(series, posts, target, target.with_changes(text="New tip"), Scope.ALL,
                          TODAY)  # fmt: skip
    after = apply(posts, edit)
    assert [p.text for p in after[1:]] == ["New tip"] * 52
    assert after[0] == posts[0]
    ((_, new_series),) = edit.series
    assert new_series is not None and new_series.text == "New tip" and new_series.id == series.id


@pytest.mark.parametrize("zone", [LONDON, NEW_YORK])
def test_all_moved_a_day_later_is_weekly_on_tuesday_still_at_nine(zone: str) -> None:
    series, posts = weekly(zone)
    target = by_day(posts)[dt.date(2027, 3, 8)]
    edit = edit_in_series(series, posts, target, target.with_changes(date=dt.date(2027, 3, 9)),
                          Scope.ALL, TODAY)  # fmt: skip
    ((_, after_series),) = edit.series
    assert after_series is not None
    assert after_series.rule.rrule == "FREQ=WEEKLY;BYDAY=TU"
    after = apply(posts, edit)
    assert len(after) == 53
    assert all(p.date.weekday() == 1 and p.time == NINE for p in after if p.date)
    # The same posts moved: no post was deleted and made again.
    assert {p.id for p in after} == {p.id for p in posts}


def test_all_at_another_time_moves_every_post_to_it_across_the_clock_change() -> None:
    series, posts = weekly()
    target = posts[5]
    edit = edit_in_series(series, posts, target, target.with_changes(time=dt.time(8, 30)),
                          Scope.ALL, TODAY)  # fmt: skip
    after = apply(posts, edit)
    assert {p.time for p in after} == {dt.time(8, 30)}


def test_this_and_the_following_splits_the_series_in_two() -> None:
    series, posts = weekly()
    day = dt.date(2027, 4, 5)
    target = by_day(posts)[day]
    later = target.with_changes(text="Spring tip", time=dt.time(10, 0))
    edit = edit_in_series(series, posts, target, later, Scope.FOLLOWING, TODAY)
    (old_before, old_after), (none, new) = edit.series
    assert old_before == series and none is None
    assert old_after is not None and new is not None and new.id == NEW_SERIES_ID
    earlier_days = occurrence_days(old_after.rule, MONDAY, dt.date(2028, 12, 31))
    assert earlier_days == [MONDAY + dt.timedelta(weeks=n) for n in range(5)]
    assert new.rule.start == day and new.rule.time == dt.time(10, 0)
    assert new.text == "Spring tip"
    after = apply(posts, edit)
    before_split = [p for p in after if p.series_day < day]
    from_split = [p for p in after if p.series_day >= day]
    assert all(p.series == series.id and p.text == "Tip of the week" for p in before_split)
    assert all(p.series == NEW_SERIES_ID and p.time == dt.time(10, 0) for p in from_split)
    assert len(before_split) + len(from_split) == 53


def test_following_shares_out_a_count() -> None:
    rule = SeriesRule("FREQ=WEEKLY;BYDAY=MO;COUNT=10", NINE, LONDON, MONDAY)
    series, posts = saved(start_series(None, first_post(), rule, TODAY))
    assert len(posts) == 10
    target = posts[4]
    edit = edit_in_series(series, posts, target, target.with_changes(text="x"), Scope.FOLLOWING,
                          TODAY)  # fmt: skip
    (_, earlier), (_, later) = edit.series
    assert earlier is not None and later is not None
    assert later.rule.parsed.count == 6
    assert len(apply(posts, edit)) == 10


def test_following_from_the_first_post_is_all() -> None:
    series, posts = weekly()
    edit = edit_in_series(series, posts, posts[0], posts[0].with_changes(text="x"),
                          Scope.FOLLOWING, TODAY)  # fmt: skip
    ((before, after),) = edit.series
    assert before == series and after is not None and after.id == series.id


def test_deleting_this_following_or_all() -> None:
    series, posts = weekly()
    posts[1] = posts[1].with_changes(status=Status.PUBLISHED)
    target = posts[10]
    this = delete_in_series(series, posts, target, Scope.THIS)
    assert this.posts == [(target, None)]
    assert this.series[0][1] is not None and this.series[0][1].rule.skipped == {target.series_day}
    following = delete_in_series(series, posts, target, Scope.FOLLOWING)
    assert [before for before, after in following.posts if after is None] == posts[10:]
    assert following.series[0][1] is not None
    assert following.series[0][1].rule.end == target.series_day - dt.timedelta(days=1)
    everything = delete_in_series(series, posts, target, Scope.ALL)
    assert everything.series == [(series, None)]
    kept = [after for _, after in everything.posts if after is not None]
    assert kept == [posts[1].with_changes(series=None, series_day=None)]  # the record stays


def test_ending_after_a_day_deletes_the_later_posts() -> None:
    series, posts = weekly()
    edit = end_series(series, posts, dt.date(2027, 3, 20))
    assert len([p for p, after in edit.posts if after is None]) == 50


def test_a_scope_other_than_this_is_needed_for_a_new_rule() -> None:
    series, posts = weekly()
    rule = SeriesRule("FREQ=WEEKLY;BYDAY=TU", NINE, LONDON, MONDAY)
    with pytest.raises(ValueError, match="following"):
        edit_in_series(series, posts, posts[1], posts[1], Scope.THIS, TODAY, rule=rule)


def test_a_new_rule_for_all_keeps_the_post_edited_and_fills_the_new_days() -> None:
    series, posts = weekly()
    rule = SeriesRule("FREQ=WEEKLY;BYDAY=MO,TH", NINE, LONDON, MONDAY)
    edit = edit_in_series(series, posts, posts[0], posts[0], Scope.ALL, TODAY, rule=rule)
    after = apply(posts, edit)
    assert {p.date.weekday() for p in after} == {0, 3}
    assert len(after) == 53 + 52


def test_shifting_a_monthly_rule_past_the_month_is_refused_in_words() -> None:
    rule = SeriesRule("FREQ=MONTHLY;BYMONTHDAY=31", NINE, LONDON, dt.date(2027, 1, 31))
    with pytest.raises(ValueError, match="out of the month"):
        shifted_rule(rule, 1)
    second_tuesday = SeriesRule("FREQ=MONTHLY;BYDAY=2TU", NINE, LONDON, dt.date(2027, 1, 12))
    assert shifted_rule(second_tuesday, 1).rrule == "FREQ=MONTHLY;BYDAY=2WE"


def test_a_post_of_another_series_is_refused() -> None:
    series, posts = weekly()
    stranger = posts[1].with_changes(series=99)
    with pytest.raises(ValueError, match="not a post of series"):
        delete_in_series(series, posts, stranger, Scope.THIS)
