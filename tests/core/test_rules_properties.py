"""Properties of the rules that must hold for any week."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.rules import RuleWarning, daily_limit_warnings, evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week

WEEK = Week(2026, 49)


@st.composite
def week_posts(draw: st.DrawFn) -> list[Post]:
    count = draw(st.integers(0, 30))
    posts = []
    for i in range(count):
        day = WEEK.monday + dt.timedelta(days=draw(st.integers(0, 6)))
        posts.append(
            Post(
                platform=draw(st.sampled_from(list(Platform))),
                kind=draw(st.sampled_from(list(Kind))),
                text="post",
                status=draw(st.sampled_from([Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED])),
                date=day,
                time=dt.time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45]))),
                id=i + 1,
            )
        )
    return posts


def comparable(warnings: list[RuleWarning]) -> list[tuple[object, ...]]:
    """Warnings in their reported order; the ids inside one warning form a set."""
    return [(tuple(sorted(w.to_json().items())), tuple(sorted(w.post_ids))) for w in warnings]


@given(week_posts(), st.randoms())
def test_warnings_do_not_depend_on_order(posts: list[Post], rnd: object) -> None:
    shuffled = list(posts)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first = evaluate_week(WEEK, posts, Settings())
    second = evaluate_week(WEEK, shuffled, Settings())
    assert comparable(first.warnings) == comparable(second.warnings)
    assert first.mix == second.mix


@given(week_posts(), st.data())
def test_moving_a_post_changes_only_those_two_days(posts: list[Post], data: st.DataObject) -> None:
    if not posts:
        return
    moving = data.draw(st.sampled_from(posts))
    target = WEEK.monday + dt.timedelta(days=data.draw(st.integers(0, 6)))
    moved = [p.with_changes(date=target) if p.id == moving.id else p for p in posts]

    def by_day(ps: list[Post]) -> dict[dt.date, set[tuple[object, ...]]]:
        out: dict[dt.date, set[tuple[object, ...]]] = {}
        for w in daily_limit_warnings(ps, Settings()):
            out.setdefault(w.date, set()).add((w.platform, w.count))
        return out

    before, after = by_day(posts), by_day(moved)
    for day in WEEK.days():
        if day not in (moving.date, target):
            assert before.get(day) == after.get(day)


@given(week_posts())
def test_mix_counts_add_up(posts: list[Post]) -> None:
    report = evaluate_week(WEEK, posts, Settings())
    assert sum(share.count for share in report.mix.values()) == report.posts == len(posts)
    if report.posts < Settings().min_posts_for_mix:
        assert all(w.rule != "mix" for w in report.warnings)
