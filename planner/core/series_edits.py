"""Editing, moving and deleting posts of a series: this post, this and the following, or all.

The meaning is Google Calendar's. "This post" changes one post; the series leaves out a
day whose post moved away or was deleted, so topping up never makes it again. "This and
the following" splits the series in two at the post's day: the days before stay as they
were, and a new series carries the change from that day on. "All" changes the series and
every post of it. Published posts are the record of what went out: a change to several
posts leaves them as they are, and deleting their series keeps them as plain posts.

Each function returns a ``SeriesEdit``: the series rows and the posts to save together,
as (before, after) pairs, which the store saves in one transaction and the window undoes
in one step. A series made here has the id ``NEW_SERIES_ID`` until the store saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from planner.core.domain import Post, Status
from planner.core.recurrence import (
    SeriesRule,
    ended_after,
    missing_occurrences,
    occurrence_days,
    split_series,
)
from planner.core.series import HORIZON_DAYS, NEW_SERIES_ID, Series, series_status
from planner.core.series_shift import shifted_rule
from planner.core.wall_clock import place, zone_named

PostChange = tuple[Post | None, Post | None]
SeriesChange = tuple[Series | None, Series | None]
# What an edit of one post may carry over to the other posts of its series.
CONTENT_FIELDS = ("platform", "kind", "text", "status", "link", "notes")


class Scope(StrEnum):
    """Which posts of a series a change is for."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"

    @property
    def label(self) -> str:
        return SCOPE_LABELS[self]


SCOPE_LABELS = {
    Scope.THIS: "This post",
    Scope.FOLLOWING: "This and the following posts",
    Scope.ALL: "All posts of the series",
}


@dataclass(frozen=True)
class SeriesEdit:
    """Series rows and posts to save together, each as (before, after)."""

    series: list[SeriesChange] = field(default_factory=list)
    posts: list[PostChange] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.series or self.posts)


def start_series(
    before: Post | None,
    post: Post,
    rule: SeriesRule,
    today: dt.date,
    horizon_days: int = HORIZON_DAYS,
) -> SeriesEdit:
    """Make ``post`` (new when ``before`` is None) the first post of a new series repeating
    by ``rule``, with the series' other posts up to ``horizon_days`` ahead of ``today``."""
    if post.date is None or post.time is None:
        raise ValueError("An idea cannot repeat; give the post a date and time first.")
    if before is not None and before.series is not None:
        raise ValueError("This post already repeats; change its series instead.")
    series = Series.like(post, replace(rule, start=post.date, time=post.time), NEW_SERIES_ID)
    first = post.with_changes(series=NEW_SERIES_ID, series_day=post.date)
    others = missing_occurrences(series.rule, {post.date}, today, horizon_days)
    return SeriesEdit(
        series=[(None, series)],
        posts=[(before, first), *((None, series.post_for(o)) for o in others)],
    )


def edit_in_series(
    series: Series,
    posts: Sequence[Post],
    before: Post,
    after: Post,
    scope: Scope,
    today: dt.date,
    rule: SeriesRule | None = None,
    horizon_days: int = HORIZON_DAYS,
) -> SeriesEdit:
    """Save ``after`` (an edit or a move of ``before``, a post of ``series``) for ``scope``.

    ``posts`` are all the posts of the series as stored. ``rule``, when given, is a new
    repeat rule (for "this and the following" or "all" only); its start and time are
    taken from the edit.
    """
    _check_member(series, before)
    if after.date is None or after.time is None:
        raise ValueError("A post of a series keeps a date; unschedule it to make it an idea.")
    if scope is Scope.THIS:
        if rule is not None:
            raise ValueError("A new repeat rule is for this and the following posts, or all.")
        return _edit_this(series, before, after)
    day = before.series_day
    assert day is not None and before.date is not None and before.time is not None
    shift = (after.date - before.date).days
    changed = {name: getattr(after, name) for name in CONTENT_FIELDS
               if getattr(after, name) != getattr(before, name)}  # fmt: skip
    time = after.time if after.time != before.time else series.rule.time
    if scope is Scope.FOLLOWING:
        earlier, later = _split(series.rule, day)
        if earlier is not None:
            kept = [p for p in posts if p.series_day is not None and p.series_day >= day]
            new = _changed_series(series, later, shift, time, changed, rule, NEW_SERIES_ID)
            return SeriesEdit(
                series=[(series, replace(series, rule=earlier)), (None, new)],
                posts=_reconcile(
                    series, new, kept, shift, changed, before, after, today, horizon_days
                ),
            )
    new = _changed_series(series, series.rule, shift, time, changed, rule, series.id)
    return SeriesEdit(
        series=[(series, new)],
        posts=_reconcile(series, new, posts, shift, changed, before, after, today, horizon_days),
    )


def delete_in_series(
    series: Series, posts: Sequence[Post], target: Post, scope: Scope
) -> SeriesEdit:
    """Delete ``target``, a post of ``series``, with the posts ``scope`` names."""
    _check_member(series, target)
    day = target.series_day
    assert day is not None
    if scope is Scope.THIS:
        skipped = series.rule.skipped | {day}
        after = replace(series, rule=replace(series.rule, skipped=skipped))
        return SeriesEdit(series=[(series, after)], posts=[(target, None)])
    if scope is Scope.FOLLOWING and day > series.rule.start:
        return end_series(series, posts, day - dt.timedelta(days=1))
    return delete_series(series, posts)


def end_series(series: Series, posts: Sequence[Post], last_day: dt.date) -> SeriesEdit:
    """The series with no day after ``last_day``: later posts are deleted (published ones
    stay, as plain posts)."""
    after = replace(series, rule=ended_after(series.rule, last_day))
    later = [p for p in posts if p.series_day is not None and p.series_day > last_day]
    return SeriesEdit(series=[(series, after)], posts=_let_go(later))


def delete_series(series: Series, posts: Sequence[Post]) -> SeriesEdit:
    """The series and its posts deleted (published ones stay, as plain posts)."""
    return SeriesEdit(series=[(series, None)], posts=_let_go(posts))


def _let_go(posts: Sequence[Post]) -> list[PostChange]:
    """Deleted, or for a published post, kept out of any series."""
    return [
        (p, p.with_changes(series=None, series_day=None) if p.status is Status.PUBLISHED else None)
        for p in posts
    ]


def _check_member(series: Series, post: Post) -> None:
    if series.id is None or post.series != series.id or post.series_day is None:
        raise ValueError(f"Post {post.id} is not a post of series {series.id}.")


def _edit_this(series: Series, before: Post, after: Post) -> SeriesEdit:
    edit = SeriesEdit(posts=[(before, after)])
    day = before.series_day
    if after.date != day and day not in series.rule.skipped:
        assert day is not None
        skipped = series.rule.skipped | {day}
        edit.series.append((series, replace(series, rule=replace(series.rule, skipped=skipped))))
    return edit


def _split(rule: SeriesRule, day: dt.date) -> tuple[SeriesRule | None, SeriesRule]:
    """``split_series``, also at a day the rule does not fall on (a post kept by a
    change of rule): the days before it, and the rest from it on."""
    try:
        return split_series(rule, day)
    except ValueError:
        if day <= rule.start:
            return None, rule
        whole = replace(rule, rrule=replace(rule.parsed, count=None).to_text())
        earlier = ended_after(whole, day - dt.timedelta(days=1))
        return earlier, replace(rule, start=day)


def _changed_series(
    series: Series,
    rule: SeriesRule,
    shift: int,
    time: dt.time,
    changed: dict[str, object],
    new_rule: SeriesRule | None,
    series_id: int | None,
) -> Series:
    """``series`` from ``rule``'s start on, with the edit's changes."""
    moved = shifted_rule(rule, shift)
    if new_rule is None:
        rule = replace(moved, time=time)
    else:
        rule = replace(new_rule, start=moved.start, time=time, skipped=moved.skipped)
    content = dict(changed)
    if "status" in content:
        content["status"] = series_status(content["status"])  # type: ignore[arg-type]
    return replace(series, rule=rule, id=series_id, **content)  # type: ignore[arg-type]


def _reconcile(
    old: Series,
    new: Series,
    posts: Sequence[Post],
    shift: int,
    changed: dict[str, object],
    before: Post,
    after: Post,
    today: dt.date,
    horizon_days: int,
) -> list[PostChange]:
    """The posts of ``old`` brought in line with ``new``: each unpublished post's day moves
    by ``shift``; a post on a day of the new rule takes its changes (and, if it sat where
    the old rule put it, the new rule's time); one on no such day is deleted; and the new
    rule's days from today on that have no post get one. ``before`` becomes ``after``."""
    old_zone, new_zone = zone_named(old.rule.zone), zone_named(new.rule.zone)
    whole = replace(new.rule, skipped=frozenset())  # a moved post's day is skipped, not gone
    # The post edited first: its day is its own even if another post also moves there.
    moving = sorted(
        (p for p in posts if p.status is not Status.PUBLISHED or p.id == before.id),
        key=lambda p: p.id != before.id,
    )
    days = [p.series_day + dt.timedelta(days=shift) for p in moving if p.series_day]
    last = max([today + dt.timedelta(days=horizon_days), *days])
    in_rule = set(occurrence_days(whole, whole.start, last))
    changes: list[PostChange] = []
    claimed: set[dt.date] = set()
    for post in moving:
        assert post.series_day is not None and post.date is not None and post.time is not None
        day = post.series_day + dt.timedelta(days=shift)
        edited = post.id == before.id  # kept, even on a day a new rule leaves out
        if not edited and (day not in in_rule or day in claimed):
            changes.append((post, None))
            continue
        claimed.add(day)
        if edited:
            moved = after.with_changes(series=new.id, series_day=day)
        else:
            in_step = place(post.series_day, old.rule.time, old_zone)
            where: dict[str, object] = {}
            if (post.date, post.time) == (in_step.date(), in_step.time()):
                placed = place(day, new.rule.time, new_zone)
                where = {"date": placed.date(), "time": placed.time()}
            moved = post.with_changes(**changed, **where, series=new.id, series_day=day)
        if moved != post:
            changes.append((post, moved))
    have = claimed | {p.series_day for p in posts if p.series_day and p not in moving}
    for occurrence in missing_occurrences(new.rule, have, today, horizon_days):
        changes.append((None, new.post_for(occurrence)))
    return changes
