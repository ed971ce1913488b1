"""Which planned post each engagement record is about (PRODUCT.md, "Learn what works").

A record matches the post on the same platform within 60 minutes whose text begins the
same (first 30 characters, ignoring case and spaces); else the nearest post within 60
minutes. A post is matched at most once.

Text matches are settled first over the whole file, then the nearest ones, each pass
taking the closest pairs first. So one record's nearest guess never takes a post that
another record names by its text, and the order of rows in the file changes nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from planner.core.domain import Platform, Post
from planner.core.engagement import EngagementRecord, texts_begin_the_same

MATCH_WINDOW = dt.timedelta(minutes=60)

# (pass, gap, record index, post time, post id): text matches (pass 0) before nearest (1).
_Pair = tuple[int, dt.timedelta, int, dt.datetime, int]


def match_records(
    records: Sequence[EngagementRecord],
    posts: Sequence[Post],
    *,
    window: dt.timedelta = MATCH_WINDOW,
    known: Mapping[tuple[Platform, str], int] | None = None,
) -> list[int | None]:
    """The id of the post each record is about, or None; one entry per record, in order.

    Only saved posts with a date and a time take part. ``known`` maps (platform,
    network id) to the post an earlier import matched, so importing the same file again
    keeps every record on its post. A record whose time of day is unknown matches only
    by its text, on the same day.
    """
    known = known or {}
    result: list[int | None] = [None] * len(records)
    taken: set[int] = set()
    timeline = _Timeline(posts)
    for index, record in enumerate(records):
        post_id = known.get((record.platform, record.network_id))
        if post_id is not None and post_id in timeline.ids and post_id not in taken:
            result[index] = post_id
            taken.add(post_id)
    pairs: list[_Pair] = []
    for index, record in enumerate(records):
        if result[index] is None:
            pairs.extend(_pairs_for(index, record, timeline, window))
    pairs.sort()
    for _, _, index, _, post_id in pairs:
        if result[index] is None and post_id not in taken:
            result[index] = post_id
            taken.add(post_id)
    return result


class _Timeline:
    """The dated posts of each platform in time order, for finding those near a moment."""

    def __init__(self, posts: Sequence[Post]) -> None:
        by_platform: dict[Platform, list[tuple[dt.datetime, int, Post]]] = defaultdict(list)
        for post in posts:
            if post.id is None or post.date is None or post.time is None:
                continue
            moment = dt.datetime.combine(post.date, post.time)
            by_platform[post.platform].append((moment, post.id, post))
        self.ids = {post_id for entries in by_platform.values() for _, post_id, _ in entries}
        self._entries = {
            platform: sorted(entries, key=lambda entry: entry[:2])
            for platform, entries in by_platform.items()
        }
        self._moments = {p: [e[0] for e in entries] for p, entries in self._entries.items()}

    def between(
        self, platform: Platform, start: dt.datetime, end: dt.datetime
    ) -> list[tuple[dt.datetime, int, Post]]:
        """The platform's posts from ``start`` to ``end``, both included."""
        moments = self._moments.get(platform, [])
        low = bisect.bisect_left(moments, start)
        high = bisect.bisect_right(moments, end)
        return self._entries[platform][low:high] if moments else []


def _pairs_for(
    index: int, record: EngagementRecord, timeline: _Timeline, window: dt.timedelta
) -> list[_Pair]:
    pairs: list[_Pair] = []
    if not record.time_known:
        day = dt.datetime.combine(record.published.date(), dt.time())
        end = day + dt.timedelta(days=1) - dt.timedelta(microseconds=1)
        for moment, post_id, post in timeline.between(record.platform, day, end):
            if texts_begin_the_same(record.text, post.text):
                pairs.append((0, moment - day, index, moment, post_id))
        return pairs
    start, end = record.published - window, record.published + window
    for moment, post_id, post in timeline.between(record.platform, start, end):
        gap = abs(moment - record.published)
        same_text = texts_begin_the_same(record.text, post.text)
        pairs.append((0 if same_text else 1, gap, index, moment, post_id))
    return pairs
