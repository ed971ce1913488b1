"""The printed plan as a staff-meeting handout: numbered notes and links, day-limit
marks and statuses, decided before anything is painted."""

from __future__ import annotations

import datetime as dt
import itertools

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import LineRole, PageCapacity, PagePlan, build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week

WEEK = Week(2026, 49)
PRINTED = dt.date(2026, 11, 28)
_ids = itertools.count(1)


def post(day: int, hour: int, **changes: object) -> Post:
    made = Post(
        Platform.X,
        Kind.SHARED,
        f"Post {hour:02d} about the clinic",
        Status.SCHEDULED,
        WEEK.days()[day],
        dt.time(hour),
        id=next(_ids),
    )
    return made.with_changes(**changes)  # type: ignore[arg-type]


def plan_of(posts: list[Post], capacity: PageCapacity | None = None) -> PagePlan:
    return build_page_plan(WEEK, posts, Settings(), PRINTED, capacity)


def test_a_quiet_day_prints_notes_and_links_on_the_cards() -> None:
    noted = post(2, 15, notes="Ask Dr Patel before posting.", link="https://example.org/a")
    plain = post(0, 10)
    plan = plan_of([noted, plain])
    cards = {card.post.id: card for card in plan.cards()}
    assert cards[noted.id].note == "Ask Dr Patel before posting. https://example.org/a"
    assert cards[noted.id].ref is None and cards[plain.id].note == ""
    assert plan.overflow == ()  # nothing to list below


def test_a_busy_day_numbers_its_notes_in_time_order_and_lists_them() -> None:
    later = post(2, 15, notes="Ask Dr Patel before posting.")
    earlier = post(1, 9, link="https://example.org/flu", platform=Platform.FACEBOOK)
    plain = post(0, 10)
    # Cells counted as too small for any note on a card: every note is numbered.
    plan = plan_of([later, earlier, plain], PageCapacity(cell_lines=3))
    cards = {card.post.id: card for card in plan.cards()}
    assert (cards[earlier.id].ref, cards[later.id].ref, cards[plain.id].ref) == (1, 2, None)
    roles = [line.role for line in plan.overflow]
    assert roles[0] is LineRole.HEADING and roles[1] is LineRole.REFERENCE
    assert roles.count(LineRole.REFERENCE) == 2
    assert set(roles[1:]) <= {LineRole.REFERENCE, LineRole.REFERENCE_MORE}
    text = " ".join(line.text for line in plan.overflow)
    assert plan.overflow[0].text == "Notes and links"
    assert "1. Tue 09:00 Facebook: https://example.org/flu" in text
    assert "2. Wed 15:00 X: Ask Dr Patel before posting." in text
    assert [c.post.id for c in plan.references()] == [earlier.id, later.id]
    assert plan.listed_posts() == []  # no post is spilled: the notes are not posts


def test_many_notes_continue_whole_on_page_two_with_the_count() -> None:
    notes = "Remember to attach the photo of the new waiting room, with consent."
    posts = [post(day % 7, 8 + day // 7, notes=notes) for day in range(12)]
    plan = plan_of(posts, PageCapacity(overflow_lines=6, cell_lines=3))
    assert plan.page_count == 2
    assert plan.overflow[-1].role is LineRole.NOTE
    assert plan.overflow[-1].text.startswith("Continued on page 2: ")
    assert plan.overflow[-1].text.endswith(" notes")
    first = [ln for ln in plan.overflow if ln.role is LineRole.REFERENCE]
    rest = [ln for ln in plan.continuation[0] if ln.role is LineRole.REFERENCE]
    assert len(first) + len(rest) == 12  # every note once
    assert plan.continuation[0][0].text == "Notes and links (continued)"
    # A note is never split: its last line on page 1 is not followed by its rest.
    assert plan.overflow[-2].role in (LineRole.REFERENCE, LineRole.REFERENCE_MORE)
    assert plan.continuation[0][1].role is LineRole.REFERENCE


def test_a_day_over_a_limit_carries_its_mark() -> None:
    posts = [post(1, 9 + i, platform=Platform.FACEBOOK) for i in range(3)]
    plan = plan_of([*posts, post(3, 9)])
    assert plan.days[1].limits == ("3/1 Facebook",)
    assert all(day.limits == () for i, day in enumerate(plan.days) if i != 1)


def test_each_card_knows_its_status() -> None:
    statuses = [Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED]
    plan = plan_of([post(0, 9 + i, status=s) for i, s in enumerate(statuses)])
    assert [card.status for card in plan.days[0].cards] == statuses
    assert [card.is_draft for card in plan.days[0].cards] == [True, False, False]


def test_a_full_day_keeps_short_texts_whole_and_shares_the_rest() -> None:
    from planner.core.page_fitting import share_lines

    assert share_lines([2, 3, 1], 10) == [2, 3, 1]  # everything fits whole
    assert share_lines([1, 9, 9], 9) == [1, 4, 4]  # the short one whole, the rest shared
    assert share_lines([5, 5, 5], 2, least=1) == [1, 1, 1]  # never less than the least
    assert sum(share_lines([8, 2, 6, 3], 12)) == 12
