"""Lanes, snapping and the minute/pixel maths of a day column."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.layout import (
    CARD_MINUTES,
    TimeScale,
    assign_lanes,
    card_span,
    grown_ends,
    hours_to_fit,
    minutes_of,
    nudged,
    snap_down,
    snap_up,
    time_at,
)


def test_minutes_and_times_round_trip() -> None:
    assert minutes_of(dt.time(9, 30)) == 570
    assert time_at(570) == dt.time(9, 30)
    assert time_at(-5) == dt.time(0, 0)
    assert time_at(5000) == dt.time(23, 59)


@pytest.mark.parametrize(
    ("minutes", "snapped"),
    [(0, 0), (14.9, 0), (15, 15), (544, 540), (555, 555), (-30, 0), (1439, 1425), (2000, 1425)],
)
def test_snap_down_to_quarter_hours_inside_the_day(minutes: float, snapped: int) -> None:
    assert snap_down(minutes) == snapped


def test_snap_up() -> None:
    assert snap_up(31) == 45
    assert snap_up(30) == 30


def test_nudged_stays_in_the_day() -> None:
    assert nudged(dt.time(9, 0), 15) == dt.time(9, 15)
    assert nudged(dt.time(9, 0), -15) == dt.time(8, 45)
    assert nudged(dt.time(23, 45), 15) is None
    assert nudged(dt.time(0, 0), -15) is None


def test_working_hours_fill_the_height_but_never_get_unreadable() -> None:
    assert hours_to_fit(700, 7, 21, 30) == 50
    assert hours_to_fit(100, 7, 21, 30) == 30


def test_card_span_grows_when_the_hour_is_short() -> None:
    assert card_span(px_per_hour=80, min_card_px=36) == CARD_MINUTES
    # 36 px at 40 px an hour is 54 minutes: four quarter hours.
    assert card_span(px_per_hour=40, min_card_px=36) == 60


def test_time_scale_maps_both_ways() -> None:
    scale = TimeScale(top=-300.0, px_per_hour=50.0)
    assert scale.y_of(7 * 60) == 50.0
    assert scale.minutes_at(50.0) == 420.0
    assert scale.slot_at(50.0 + 50 * 20 / 60) == 7 * 60 + 15


def test_posts_at_the_same_time_sit_side_by_side() -> None:
    placed = assign_lanes([("a", 540), ("b", 540), ("c", 720)])
    by_key = {p.key: p for p in placed}
    assert (by_key["a"].lane, by_key["a"].lanes) == (0, 2)
    assert (by_key["b"].lane, by_key["b"].lanes) == (1, 2)
    assert (by_key["c"].lane, by_key["c"].lanes) == (0, 1)


def test_a_chain_of_overlaps_shares_one_lane_count_and_reuses_free_lanes() -> None:
    # 9:00 overlaps 9:15, 9:15 overlaps 9:30, but 9:00 has ended by 9:30.
    placed = assign_lanes([(1, 540), (2, 555), (3, 570)], span=30)
    assert [(p.key, p.lane, p.lanes) for p in placed] == [(1, 0, 2), (2, 1, 2), (3, 0, 2)]


def test_touching_cards_do_not_overlap() -> None:
    placed = assign_lanes([(1, 540), (2, 570)], span=30)
    assert all(p.lanes == 1 and p.lane == 0 for p in placed)


def test_span_must_be_positive() -> None:
    with pytest.raises(ValueError):
        assign_lanes([(1, 0)], span=0)


@given(
    starts=st.lists(st.integers(min_value=0, max_value=95).map(lambda q: q * 15), max_size=25),
    span=st.sampled_from([15, 30, 45, 60]),
)
def test_no_two_overlapping_cards_share_a_lane(starts: list[int], span: int) -> None:
    placed = assign_lanes(list(enumerate(starts)), span=span)
    assert sorted(p.key for p in placed) == list(range(len(starts)))
    for p in placed:
        assert 0 <= p.lane < p.lanes
        assert p.end - p.start == span
    for a in placed:
        for b in placed:
            if a.key < b.key and a.start < b.end and b.start < a.end:
                assert a.lane != b.lane
                assert a.lanes == b.lanes


def test_a_card_grows_into_free_time_but_stops_at_the_next_card() -> None:
    placed = assign_lanes([(1, 540), (2, 600), (3, 1380)], span=30)
    ends = grown_ends(placed, 30, {1: 90, 2: 45, 3: 90})
    assert ends == {1: 600, 2: 645, 3: 1440}  # 9:00 stops at 10:00; 23:00 at midnight
    assert grown_ends(placed, 30, {}) == {1: 570, 2: 630, 3: 1410}  # never below span


@given(
    starts=st.lists(st.integers(min_value=0, max_value=95).map(lambda q: q * 15), max_size=25),
    span=st.sampled_from([15, 30, 45]),
    wanted=st.integers(min_value=0, max_value=180),
)
def test_grown_cards_never_overlap(starts: list[int], span: int, wanted: int) -> None:
    placed = assign_lanes(list(enumerate(starts)), span=span)
    ends = grown_ends(placed, span, {p.key: wanted for p in placed})
    for a in placed:
        assert ends[a.key] >= a.end
        for b in placed:
            if a.key >= b.key or not (a.start < ends[b.key] and b.start < ends[a.key]):
                continue
            # Meeting in time: their horizontal extents must be apart.
            left_a, right_a = a.lane / a.lanes, (a.lane + 1) / a.lanes
            left_b, right_b = b.lane / b.lanes, (b.lane + 1) / b.lanes
            assert right_a <= left_b + 1e-9 or right_b <= left_a + 1e-9
