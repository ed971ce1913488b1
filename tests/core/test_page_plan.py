"""The printed page's plan: what fits in a day, what spills, what continues, never a loss."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import (
    KIND_PRINT_STYLES,
    STATUS_PRINT_STYLES,
    LineRole,
    PageCapacity,
    PagePlan,
    build_page_plan,
    printed_line,
)
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week

WEEK = Week(2026, 49)
MONDAY = WEEK.monday
TUESDAY = MONDAY + dt.timedelta(days=1)
PRINTED = dt.date(2026, 11, 28)
SETTINGS = Settings(practice_name="Riverside Physio")
_ids = itertools.count(1)


def post(
    day: int = 0,
    hour: int = 9,
    minute: int = 0,
    kind: Kind = Kind.SHARED,
    platform: Platform = Platform.X,
    text: str | None = None,
) -> Post:
    post_id = next(_ids)
    return Post(
        platform=platform,
        kind=kind,
        text=text or f"Post number {post_id} about the clinic",
        status=Status.SCHEDULED,
        date=MONDAY + dt.timedelta(days=day),
        time=dt.time(hour, minute),
        id=post_id,
    )


def plan_of(posts: list[Post], capacity: PageCapacity | None = None) -> PagePlan:
    return build_page_plan(WEEK, posts, SETTINGS, PRINTED, capacity)


def every_post_once(plan: PagePlan, posts: list[Post]) -> None:
    """Each post is a card in its day or a line on exactly one overflow list."""
    in_cells = [card.post.id for day in plan.days for card in day.cards]
    listed = [p.id for p in plan.listed_posts()]
    seen = Counter(in_cells + listed)
    assert sorted(seen) == sorted(p.id for p in posts)
    assert all(count == 1 for count in seen.values())
    spilled = {card.post.id for day in plan.days for card in day.spilled}
    assert set(listed) == spilled


def test_heading_lines_name_the_practice_the_week_and_the_day_printed() -> None:
    plan = plan_of([post()])
    assert plan.practice_name == "Riverside Physio"
    assert plan.title == "Week 49 · 30 Nov – 6 Dec 2026"
    assert plan.printed_line == "Printed 28 Nov 2026"
    assert printed_line(dt.date(2027, 5, 3)) == "Printed 3 May 2027"
    assert [d.heading for d in plan.days] == [
        "Monday 30 Nov",
        "Tuesday 1 Dec",
        "Wednesday 2 Dec",
        "Thursday 3 Dec",
        "Friday 4 Dec",
        "Saturday 5 Dec",
        "Sunday 6 Dec",
    ]
    assert plan.page_count == 1


def test_posts_sit_in_their_day_in_time_order_and_others_are_left_out() -> None:
    late, early = post(day=2, hour=16), post(day=2, hour=8, minute=30)
    idea = Post(Platform.X, Kind.SHARED, "An idea", status=Status.IDEA, id=999)
    next_week = post(day=7)
    plan = plan_of([late, idea, next_week, early])
    wednesday = plan.days[2]
    assert [c.post.id for c in wednesday.cards] == [early.id, late.id]
    assert [c.time_label for c in wednesday.cards] == ["08:30", "16:00"]
    assert sum(day.total for day in plan.days) == 2


def test_a_card_shows_time_platform_letter_and_the_whole_text_on_one_line() -> None:
    card = plan_of([post(hour=10, minute=30, text="Sharing the\n\nflu  clinic   times")]).days[0]
    only = card.cards[0]
    assert only.text == "Sharing the flu clinic times"
    assert only.summary == "10:30 X S Sharing the flu clinic times"
    assert (only.letter, only.platform_label, only.is_draft) == ("S", "X", False)


def test_a_busy_day_keeps_what_fits_and_spills_the_rest_to_the_overflow_list() -> None:
    busy = [post(day=1, hour=8 + i // 2, minute=30 * (i % 2)) for i in range(10)]
    plan = plan_of(busy)
    tuesday = plan.days[1]
    assert plan.capacity.cards_per_cell == 7
    assert len(tuesday.cards) == 7 and len(tuesday.spilled) == 3
    assert tuesday.more_note == "+3 more: see list"
    assert [c.post.id for c in tuesday.spilled] == [b.id for b in busy[7:]]
    roles = [LineRole.HEADING, LineRole.POST, LineRole.POST, LineRole.POST]
    assert [line.role for line in plan.overflow] == roles
    assert plan.overflow[0].text == "More on Tue 1 Dec"
    assert plan.overflow[1].text.startswith("11:30 X S Post number")
    assert plan.has_overflow and plan.page_count == 1
    every_post_once(plan, busy)


def test_the_cell_size_decides_how_many_cards_fit() -> None:
    capacity = PageCapacity(lines_per_cell=9, lines_per_card=3)
    plan = plan_of([post(day=4, hour=8 + i) for i in range(5)], capacity)
    assert len(plan.days[4].cards) == 3 and len(plan.days[4].spilled) == 2


def test_a_quiet_week_gets_taller_cards_and_a_busy_one_the_smallest() -> None:
    capacity = PageCapacity()
    assert plan_of([post()]).card_lines == capacity.max_lines_per_card
    assert plan_of([post(day=0, hour=8 + i) for i in range(5)]).card_lines == 4
    assert plan_of([post(day=0, hour=8 + i) for i in range(12)]).card_lines == 3


def test_an_overflow_list_too_long_for_the_page_continues_on_page_two() -> None:
    capacity = PageCapacity(lines_per_cell=6, overflow_lines=5)
    posts = [post(day=1, hour=7 + i // 4, minute=i % 4 * 15) for i in range(12)]
    plan = plan_of(posts, capacity)
    assert plan.page_count == 2
    assert len(plan.overflow) <= capacity.overflow_lines
    assert plan.overflow[-1].role is LineRole.NOTE
    assert plan.overflow[-1].text == "Continued on page 2: 7 more posts"
    page_two = plan.continuation[0]
    assert page_two[0].text == "More on Tue 1 Dec (continued)"
    assert page_two[0].role is LineRole.HEADING
    every_post_once(plan, posts)


def test_a_day_heading_is_never_left_alone_at_the_bottom_of_the_box() -> None:
    capacity = PageCapacity(lines_per_cell=2, lines_per_card=2, overflow_lines=4)
    # Monday spills 2 (heading + 2 lines), Tuesday's heading would be line 4 of 4.
    posts = [post(day=0, hour=8 + i) for i in range(3)] + [
        post(day=1, hour=8 + i) for i in range(3)
    ]
    plan = plan_of(posts, capacity)
    assert plan.overflow[-2].role is not LineRole.HEADING
    assert plan.continuation[0][0].text == "More on Tue 1 Dec"
    every_post_once(plan, posts)


def test_continuation_pages_restate_the_heading_they_continue() -> None:
    capacity = PageCapacity(
        lines_per_cell=2,
        lines_per_card=2,
        overflow_lines=3,
        continuation_columns=1,
        continuation_lines_per_column=5,
    )
    posts = [post(day=3, hour=6 + i // 3, minute=i % 3 * 20) for i in range(20)]
    plan = plan_of(posts, capacity)
    assert plan.page_count > 3
    for page in plan.continuation:
        assert len(page) <= capacity.continuation_lines
        assert page[0].role is LineRole.HEADING
        assert page[0].text.startswith("More on Thu 3 Dec")
    every_post_once(plan, posts)


def test_a_forty_post_week_loses_none() -> None:
    posts = [post(day=i % 3, hour=7 + i // 3 % 14, minute=i % 4 * 15) for i in range(40)]
    plan = plan_of(posts)
    assert len(plan.cards()) == 40
    assert plan.has_overflow
    every_post_once(plan, posts)


def test_forty_posts_on_one_day_continue_on_a_second_page() -> None:
    posts = [post(day=5, hour=6 + i // 4, minute=i % 4 * 15) for i in range(40)]
    plan = plan_of(posts)
    assert plan.page_count == 2
    assert "Continued on page 2" in plan.overflow[-1].text
    every_post_once(plan, posts)


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.integers(0, 6), min_size=0, max_size=60),
    lines_per_cell=st.integers(2, 12),
    overflow_lines=st.integers(2, 8),
    per_column=st.integers(2, 9),
)
def test_no_post_is_ever_lost_whatever_the_sizes(
    days: list[int], lines_per_cell: int, overflow_lines: int, per_column: int
) -> None:
    capacity = PageCapacity(
        lines_per_cell=lines_per_cell,
        lines_per_card=2,
        max_lines_per_card=4,
        overflow_lines=overflow_lines,
        warning_lines=overflow_lines,
        continuation_columns=2,
        continuation_lines_per_column=per_column,
    )
    posts = [post(day=d, hour=6 + i % 16, minute=i % 60) for i, d in enumerate(days)]
    plan = plan_of(posts, capacity)
    every_post_once(plan, posts)
    assert len(plan.overflow) <= overflow_lines
    assert len(plan.warning_lines) <= overflow_lines
    assert all(len(page) <= capacity.continuation_lines for page in plan.continuation)


def test_warnings_are_the_rules_messages_wrapped_but_whole() -> None:
    posts = [
        post(day=1, platform=Platform.FACEBOOK, kind=Kind.PROMOTIONAL, hour=9 + i) for i in range(3)
    ]
    posts += [post(day=d, kind=Kind.SHARED) for d in range(2, 6)]
    plan = plan_of(posts)
    report = evaluate_week(WEEK, posts, SETTINGS)
    assert plan.warnings == tuple(w.message for w in report.warnings)
    assert len(plan.warnings) >= 2
    joined = " ".join(line.text for line in plan.warning_lines)
    for message in plan.warnings:
        assert message in joined
    assert all(len(line.text) <= plan.capacity.warning_chars for line in plan.warning_lines)
    starts = [line for line in plan.warning_lines if line.role is LineRole.WARNING]
    assert len(starts) == len(plan.warnings)


def test_warnings_that_do_not_fit_continue_whole_on_page_two() -> None:
    # Every day over the Facebook limit: seven warnings plus the mix.
    posts = [
        post(day=d, hour=9 + i, platform=Platform.FACEBOOK) for d in range(7) for i in range(2)
    ]
    capacity = PageCapacity(warning_lines=5, warning_chars=40)
    plan = plan_of(posts, capacity)
    assert plan.page_count == 2
    assert plan.warning_lines[-1].role is LineRole.NOTE
    assert plan.warning_lines[-1].text.startswith("Continued on page 2:")
    page_two = plan.continuation[0]
    assert page_two[0].text == "Warnings (continued)"
    everything = " ".join(ln.text for ln in (*plan.warning_lines, *page_two))
    for message in plan.warnings:
        assert message in everything
    first_page = " ".join(ln.text for ln in plan.warning_lines)
    rest = " ".join(ln.text for ln in page_two)
    for message in plan.warnings:  # never half on one page and half on the next
        assert (message in first_page) != (message in rest)


def test_the_mix_shows_each_share_against_target_and_band() -> None:
    kinds = [Kind.ORIGINAL] * 2 + [Kind.SHARED] * 3 + [Kind.PROMOTIONAL] * 2
    plan = plan_of([post(day=i, kind=k) for i, k in enumerate(kinds)])
    texts = [bar.text for bar in plan.mix]
    assert texts == [
        "Original 29% (2 of 7; target 30%, band 20–40%)",
        "Shared 43% (3 of 7; target 60%, band 50–70%) OUTSIDE",
        "Promotional 29% (2 of 7; target 10%, band up to 15%) OUTSIDE",
    ]
    assert [bar.inside for bar in plan.mix] == [True, False, False]
    assert plan.mix_note == "7 dated posts this week."


def test_too_few_posts_to_judge_the_mix_says_so_and_marks_nothing_outside() -> None:
    plan = plan_of([post(kind=Kind.PROMOTIONAL), post(day=1, kind=Kind.PROMOTIONAL)])
    assert all(bar.inside and not bar.judged for bar in plan.mix)
    assert plan.mix_note == "2 dated posts: too few to judge the mix (it needs 5)."
    assert plan.warnings == ()


def test_the_legend_gives_each_kind_a_letter_and_each_status_a_border() -> None:
    legend = plan_of([]).legend
    assert [entry.kind for entry in legend] == list(Kind)
    assert [entry.letter for entry in legend] == ["O", "S", "P"]
    assert [KIND_PRINT_STYLES[k].hatched for k in Kind] == [False, False, True]
    assert legend[0].text == "O = Original, own content"
    assert legend[2].text == "P = Promotional, selling (hatched)"
    assert [entry.colour for entry in legend] == [k.colour for k in Kind]
    # The border tells the status, as the calendar does: each its own.
    dated = (Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED)
    assert [STATUS_PRINT_STYLES[s].border for s in dated] == ["dashed", "solid", "thin"]
    assert [STATUS_PRINT_STYLES[s].ticked for s in dated] == [False, False, True]


def test_an_empty_week_prints_one_page_with_empty_days() -> None:
    plan = plan_of([])
    assert plan.page_count == 1
    assert all(day.total == 0 for day in plan.days)
    assert plan.overflow == () and plan.warnings == ()


def test_capacity_refuses_sizes_that_could_not_hold_a_card() -> None:
    with pytest.raises(ValueError, match="at least one card"):
        PageCapacity(lines_per_cell=1)
    with pytest.raises(ValueError, match="most lines"):
        PageCapacity(lines_per_card=4, max_lines_per_card=3)
    with pytest.raises(ValueError, match="two lines"):
        PageCapacity(overflow_lines=1)
