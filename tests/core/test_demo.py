"""The sample fortnight: realistic, within the mix, and over one daily limit on purpose."""

from __future__ import annotations

from collections import Counter

import pytest

from planner.core.demo import sample_fortnight
from planner.core.domain import Kind, Platform, Status
from planner.core.rules import DailyLimitWarning, evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week

FIRST = Week(2026, 49)


def test_about_twenty_posts_on_every_platform() -> None:
    posts = sample_fortnight(FIRST)
    assert 18 <= len(posts) <= 24
    assert {p.platform for p in posts} == set(Platform)
    assert all(p.id is None for p in posts)


def test_every_post_could_be_saved() -> None:
    for post in sample_fortnight(FIRST):
        assert post.problems() == [], post


def test_dated_posts_fill_the_two_weeks_and_a_few_ideas_have_no_date() -> None:
    posts = sample_fortnight(FIRST)
    dated = [p for p in posts if p.date is not None]
    ideas = [p for p in posts if p.date is None]
    assert 2 <= len(ideas) <= 3
    assert all(p.status is Status.IDEA and p.time is None for p in ideas)
    weeks = Counter(Week.containing(p.date) for p in dated if p.date is not None)
    assert set(weeks) == {FIRST, FIRST.next()}
    assert min(weeks.values()) >= 8


def test_first_week_breaks_the_facebook_limit_on_one_day_and_nothing_else() -> None:
    report = evaluate_week(FIRST, sample_fortnight(FIRST), Settings())
    assert [(w.rule, w.platform, w.date.isoformat(), w.count) for w in report.warnings] == [
        ("daily-limit", Platform.FACEBOOK, "2026-12-01", 2)
    ]
    assert isinstance(report.warnings[0], DailyLimitWarning)


def test_second_week_keeps_every_rule() -> None:
    report = evaluate_week(FIRST.next(), sample_fortnight(FIRST), Settings())
    assert report.enough_to_judge
    assert report.warnings == []


def test_mix_is_in_the_spirit_of_30_60_10() -> None:
    dated = [p for p in sample_fortnight(FIRST) if p.date is not None]
    counts = Counter(p.kind for p in dated)
    share = {kind: counts[kind] / len(dated) for kind in Kind}
    assert 0.25 <= share[Kind.ORIGINAL] <= 0.35
    assert 0.55 <= share[Kind.SHARED] <= 0.65
    assert 1 <= counts[Kind.PROMOTIONAL] <= 2


def test_shared_posts_credit_their_source() -> None:
    for post in sample_fortnight(FIRST):
        if post.kind is Kind.SHARED:
            assert post.link.startswith("https://"), post.text
            assert any(
                name in post.text
                for name in ("Association", "Federation", "Foundation", "NHS", "ADA", "BDA")
            ), post.text


def test_no_post_is_about_a_patient() -> None:
    words = ("patient", "mrs ", "mr ", "our client")
    for post in sample_fortnight(FIRST):
        assert not any(word in post.text.lower() for word in words), post.text


@pytest.mark.parametrize("first", [Week(2020, 53), Week(2026, 1), Week(2026, 52)])
def test_fortnight_crosses_year_ends(first: Week) -> None:
    dated = [p.date for p in sample_fortnight(first) if p.date is not None]
    assert min(dated) == first.monday
    assert max(dated) <= first.next().sunday


def test_same_week_gives_the_same_fortnight() -> None:
    assert sample_fortnight(FIRST) == sample_fortnight(FIRST)
