"""A record finds its planned post: same platform, within 60 minutes, text first."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.engagement import EngagementRecord, texts_begin_the_same
from planner.core.engagement_matching import match_records

NOON = dt.datetime(2026, 11, 24, 12, 0)


def post(
    post_id: int,
    at: dt.datetime,
    text: str = "Planned post",
    platform: Platform = Platform.FACEBOOK,
) -> Post:
    return Post(
        platform=platform,
        kind=Kind.ORIGINAL,
        text=text,
        status=Status.SCHEDULED,
        date=at.date(),
        time=at.time(),
        id=post_id,
    )


def record(
    at: dt.datetime,
    text: str = "Something else entirely",
    platform: Platform = Platform.FACEBOOK,
    network_id: str = "n1",
    time_known: bool = True,
) -> EngagementRecord:
    return EngagementRecord(platform, at, text, 100, 5, network_id, time_known=time_known)


@pytest.mark.parametrize(
    ("minutes", "matched"), [(59, True), (-59, True), (61, False), (-61, False)]
)
def test_a_record_matches_within_sixty_minutes_either_side(minutes: int, matched: bool) -> None:
    published = NOON + dt.timedelta(minutes=minutes)
    expected = 7 if matched else None
    assert match_records([record(published)], [post(7, NOON)]) == [expected]
    # The text rule has the same window: the same text 61 minutes away is no match either.
    assert match_records([record(published, "Planned post")], [post(7, NOON)]) == [expected]


def test_the_post_whose_text_begins_the_same_wins_over_a_nearer_one() -> None:
    posts = [
        post(1, NOON + dt.timedelta(minutes=2), "Reminder: the practice closes at 1pm"),
        post(2, NOON + dt.timedelta(minutes=45), "Flu jabs for staff are done! Our team is ready"),
    ]
    exported = record(NOON, "FLU JABS for staff   are done!  Our team is READY for winter.")
    assert match_records([exported], posts) == [2]


def test_without_a_text_match_the_nearest_post_is_taken() -> None:
    posts = [post(1, NOON - dt.timedelta(minutes=30)), post(2, NOON + dt.timedelta(minutes=10))]
    assert match_records([record(NOON)], posts) == [2]


def test_a_post_is_matched_at_most_once_and_row_order_changes_nothing() -> None:
    posts = [post(1, NOON), post(2, NOON + dt.timedelta(minutes=50))]
    near = record(NOON + dt.timedelta(minutes=5), network_id="near")
    far = record(NOON + dt.timedelta(minutes=20), network_id="far")
    assert match_records([near, far], posts) == [1, 2]
    assert match_records([far, near], posts) == [2, 1]
    assert match_records([near, far], [post(1, NOON)]) == [1, None]


def test_a_text_match_is_never_taken_by_another_records_nearest_guess() -> None:
    posts = [post(1, NOON, "Open evening on Thursday"), post(2, NOON + dt.timedelta(minutes=40))]
    nearest_guess = record(NOON + dt.timedelta(minutes=1), network_id="guess")
    by_text = record(NOON + dt.timedelta(minutes=30), "Open evening on Thursday!", network_id="t")
    assert match_records([nearest_guess, by_text], posts) == [2, 1]


def test_other_platforms_ideas_and_unsaved_posts_never_match() -> None:
    idea = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Planned post", Status.IDEA, id=4)
    unsaved = post(5, NOON).with_changes(id=None)
    posts = [post(3, NOON, platform=Platform.X), idea, unsaved]
    assert match_records([record(NOON, "Planned post")], posts) == [None]


def test_a_record_with_only_a_day_matches_by_its_text_on_that_day() -> None:
    morning = dt.datetime(2026, 11, 24, 8, 0)
    posts = [post(1, morning, "We are hiring a dental nurse"), post(2, morning.replace(hour=17))]
    day_only = record(
        morning.replace(hour=0), "We are hiring a dental nurse to join us", time_known=False
    )
    assert match_records([day_only], posts) == [1]
    other_text = record(morning.replace(hour=0), "Thank you all", time_known=False)
    assert match_records([other_text], posts) == [None]


def test_a_reimported_record_stays_on_the_post_it_matched_before() -> None:
    posts = [post(1, NOON), post(2, NOON + dt.timedelta(minutes=3))]
    again = record(NOON + dt.timedelta(minutes=3), network_id="fb-9")
    assert match_records([again], posts) == [2]
    assert match_records([again], posts, known={(Platform.FACEBOOK, "fb-9"): 1}) == [1]
    # A post that is gone (or already taken) lets the record be matched afresh.
    assert match_records([again], posts, known={(Platform.FACEBOOK, "fb-9"): 99}) == [2]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Flu jabs for staff are done! Our team", "flu jabs for staff are done!our team is", True),
        ("A" * 30 + "one ending", "a" * 30 + "another ending", True),  # 30 characters only
        ("Flu clinic", "Flu clinic open on Saturday", True),  # a shortened export text
        ("Flu clinic", "Flu jabs", False),
        ("", "", False),
        ("Ｆｌｕ\u00a0clinic", "flu clinic", True),  # full-width letters, a no-break space
    ],
)
def test_texts_begin_the_same_over_thirty_characters(first: str, second: str, same: bool) -> None:
    assert texts_begin_the_same(first, second) is same
