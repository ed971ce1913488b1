"""A repeating post's occurrences travel through the shared calendar as posts of their
own: each with its own uid and event. The series stays on the computer that made it; a
change from the calendar keeps the post in its series, and a moved or deleted
occurrence's day is left out, so the top-up never makes it again."""

from __future__ import annotations

import datetime as dt

from sync_helpers import Computer

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.recurrence import SeriesRule
from planner.core.series_edits import start_series
from planner.store.series_store import get_series, series_posts, top_up

TUESDAY = dt.date(2026, 12, 1)
NINE = dt.time(9, 0)
Pair = tuple[Computer, Computer]


def four_tuesdays(computer: Computer) -> list[Post]:
    """A series of four weekly posts made at ``computer``, as the window saves one."""
    rule = SeriesRule("FREQ=WEEKLY;BYDAY=TU;COUNT=4", NINE, computer.zone, TUESDAY)
    first = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Tip of the week", Status.SCHEDULED,
                 TUESDAY, NINE)  # fmt: skip
    edit = start_series(None, first, rule, TUESDAY)
    _, series = computer.store.apply_series_changes(edit.posts, edit.series)
    made = series[0][1]
    assert made is not None and made.id is not None
    return series_posts(computer.store, made.id)


def test_each_occurrence_is_its_own_event_with_its_own_uid(computers: Pair) -> None:
    desk, home = computers
    posts = four_tuesdays(desk)
    uids = [p.uid for p in posts]
    assert len(uids) == 4 and len(set(uids)) == 4 and all(len(uid) == 36 for uid in uids)
    assert desk.sync().to_json() == {"sent": 4, "received": 0, "conflicts": 0}
    assert home.sync().to_json() == {"sent": 0, "received": 4, "conflicts": 0}
    arrived = home.posts()
    assert sorted(arrived) == sorted(uids)
    # At home they are plain posts: the rule is the desk's, and it alone tops them up.
    assert {(p.series, p.series_day) for p in arrived.values()} == {(None, None)}
    assert [arrived[p.uid].date for p in posts] == [p.date for p in posts]
    assert desk.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}


def test_a_move_and_a_delete_from_the_calendar_keep_the_series_whole(computers: Pair) -> None:
    desk, home = computers
    first, second, third, fourth = four_tuesdays(desk)
    desk.sync()
    home.sync()
    home.edit(second.uid, date=second.date + dt.timedelta(days=1))  # to Wednesday
    home.edit(third.uid, text="Tip of the week: floss")
    home.delete(fourth.uid)
    assert home.sync().to_json() == {"sent": 3, "received": 0, "conflicts": 0}
    assert desk.sync().to_json() == {"sent": 0, "received": 3, "conflicts": 0}

    assert first.series is not None
    kept = {p.uid: p for p in series_posts(desk.store, first.series)}
    assert sorted(kept) == sorted([first.uid, second.uid, third.uid])
    moved = kept[second.uid]
    assert moved.date == dt.date(2026, 12, 9) and moved.series_day == second.series_day
    assert kept[third.uid].text == "Tip of the week: floss"
    skipped = get_series(desk.store, first.series).rule.skipped
    assert skipped == {second.series_day, fourth.series_day}
    # The top-up makes neither the moved day nor the deleted one again.
    assert top_up(desk.store, TUESDAY) == 0
    assert desk.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
