"""A series of posts: its rule and what each of its posts says, and its occurrences as posts.

Every occurrence is a real post that carries the series' id and its series day (see
``Post.series`` and ``Post.series_day``). The series keeps what a new occurrence says,
so topping up a year ahead makes posts like the ones the user already has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.recurrence import Occurrence, SeriesRule, missing_occurrences

HORIZON_DAYS = 366  # occurrences exist this far ahead of today
# A series not yet saved is named by a negative id inside one change set; the store
# gives it a real one and links the set's posts to it.
NEW_SERIES_ID = -1


@dataclass(frozen=True, slots=True)
class Series:
    """How a series repeats (``rule``) and what its posts say. ``id`` is None, or
    ``NEW_SERIES_ID`` in a change set, until the store has saved it."""

    rule: SeriesRule
    platform: Platform
    kind: Kind
    text: str
    status: Status = Status.DRAFT
    link: str = ""
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.status not in (Status.DRAFT, Status.SCHEDULED):
            raise ValueError("A series makes draft or scheduled posts.")

    @classmethod
    def like(cls, post: Post, rule: SeriesRule, series_id: int | None = None) -> Series:
        """A series whose posts say what ``post`` says."""
        return cls(rule, post.platform, post.kind, post.text, series_status(post.status),
                   post.link, post.notes, series_id)  # fmt: skip

    def saying(self, post: Post) -> Series:
        """This series with what ``post`` says (text, kind, platform, status, link, notes)."""
        return replace(
            self,
            platform=post.platform,
            kind=post.kind,
            text=post.text,
            status=series_status(post.status),
            link=post.link,
            notes=post.notes,
        )

    def post_for(self, occurrence: Occurrence) -> Post:
        """The new post of one occurrence."""
        return Post(
            platform=self.platform,
            kind=self.kind,
            text=self.text,
            status=self.status,
            date=occurrence.date,
            time=occurrence.time,
            link=self.link,
            notes=self.notes,
            series=self.id,
            series_day=occurrence.day,
        )

    def problems(self) -> list[str]:
        """Why a post of this series could not be saved; empty when it can."""
        sample = Post(self.platform, self.kind, self.text, Status.DRAFT,
                      dt.date(2000, 1, 3), dt.time(9, 0), self.link, self.notes)  # fmt: skip
        return sample.problems()


def series_status(status: Status) -> Status:
    """The status a series gives its new posts: scheduled stays, anything else is a draft."""
    return Status.SCHEDULED if status is Status.SCHEDULED else Status.DRAFT


def series_days(posts: Iterable[Post]) -> dict[int, set[dt.date]]:
    """The series days that have a post, by series id."""
    found: dict[int, set[dt.date]] = {}
    for post in posts:
        if post.series is not None and post.series_day is not None:
            found.setdefault(post.series, set()).add(post.series_day)
    return found


def missing_posts(
    series: Sequence[Series],
    days_with_posts: Mapping[int, Iterable[dt.date]],
    today: dt.date,
    horizon_days: int = HORIZON_DAYS,
) -> list[Post]:
    """The new posts that bring every series up to ``horizon_days`` ahead of ``today``.

    ``days_with_posts`` are, by series id, the series days that already have a post
    (their series days, not their dates: a post moved on its own still stands for its
    day). Days before ``today`` are never filled in.
    """
    made: list[Post] = []
    for one in series:
        assert one.id is not None, "only a saved series is topped up"
        have = days_with_posts.get(one.id, ())
        made += [one.post_for(o) for o in missing_occurrences(one.rule, have, today, horizon_days)]
    return made
