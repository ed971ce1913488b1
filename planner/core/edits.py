"""What an edit does to a post: the rules every way of editing shares.

The window's drops, nudges and menus, its editor, the command line and the importers all
call these functions, so a move, a copy or a schedule means the same thing everywhere.
Each takes a post and returns the new post; the store only saves what they return.
Rules that later features hang off an edit (the guard, consent, series) start here.
"""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Post, Status


def new_status(date: dt.date | None) -> Status:
    """The status a new post gets when none is given: an idea without a date, else a draft."""
    return Status.IDEA if date is None else Status.DRAFT


def moved(post: Post, date: dt.date, time: dt.time | None = None) -> Post:
    """``post`` on another day (and time; without one it keeps its own).

    An idea that gets a date becomes a draft; a dated post keeps its status, so a
    scheduled post moved stays scheduled and a published one stays published.
    """
    at = time if time is not None else post.time
    status = Status.DRAFT if post.status is Status.IDEA else post.status
    return post.with_changes(date=date, time=at, status=status)


def scheduled(idea: Post, date: dt.date, time: dt.time) -> Post:
    """An idea put on the calendar: a draft at that day and time."""
    return idea.with_changes(date=date, time=time, status=Status.DRAFT)


def unscheduled(post: Post) -> Post:
    """A post sent back to the ideas: no date, no time, status idea (and out of its series)."""
    return post.with_changes(date=None, time=None, status=Status.IDEA, series=None, series_day=None)


def copied(post: Post, date: dt.date | None, time: dt.time | None) -> Post:
    """A new post like ``post`` at another slot (``date=None``: a new idea).

    A copy is never already published and is never an idea once it has a date: such
    copies start as drafts. It has no id and no uid yet (the store gives it new ones),
    and it belongs to no series.
    """
    # The figures (reach, engagements) were the original's, not the copy's.
    unlinked = {"id": None, "uid": "", "series": None, "series_day": None,
                "reach": None, "engagements": None}
    if date is None:
        return post.with_changes(**unlinked, date=None, time=None, status=Status.IDEA)
    status = Status.DRAFT if post.status in (Status.IDEA, Status.PUBLISHED) else post.status
    return post.with_changes(**unlinked, date=date, time=time, status=status)


def edited(post: Post) -> Post:
    """A post as an editor describes it, made consistent: an idea keeps no date or time."""
    if post.status is Status.IDEA:
        return post.with_changes(date=None, time=None)
    return post


def published(post: Post) -> Post:
    """``post`` marked as published (it keeps its day and time)."""
    return post.with_changes(status=Status.PUBLISHED)
