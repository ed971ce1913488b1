"""X's account analytics "content" export (analytics → Content → Export data).

Post id, Date, Post text, Post Link, Impressions, Likes, Engagements, Bookmarks, Shares,
New follows, Replies, Reposts, Profile visits, Detail Expands, URL Clicks, …

``Date`` is a day with no time (``"Tue, Jul 14, 2026"``). The time comes from the post
id: since 2010 an X id holds the milliseconds since X's epoch in its high bits,
``(id >> 22) + 1288834974657``, a UTC instant turned into the practice's zone here. When
the id gives another day than ``Date`` (±1 day for time zones), the id is not trusted and
the record keeps the day alone.
"""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Platform
from planner.core.engagement import EngagementRecord
from planner.io.engagement.cells import X_EPOCH_MS, moment_from_id, parse_day
from planner.io.engagement.table import Layout, ReadContext, RowView

# What PRODUCT.md counts as engagement: reactions, comments, shares and clicks. X's own
# "Engagements" also counts detail expands and profile visits, so it is the fallback.
_PARTS = (("likes",), ("replies",), ("reposts",), ("shares",), ("url clicks",))


def read_x_row(row: RowView, context: ReadContext) -> EngagementRecord:
    day = parse_day(row.value("date"))
    post_id = row.text("post id")
    link = row.text("post link")
    if not post_id and not link:
        raise ValueError("the Post id is empty")
    moment = moment_from_id(post_id, day, X_EPOCH_MS, context.zone)
    engagements = row.total(*_PARTS)
    if engagements is None:
        engagements = row.count("engagements")
    return EngagementRecord(
        platform=Platform.X,
        published=moment or dt.datetime.combine(day, dt.time()),
        text=row.text("post text"),
        reach=row.count("impressions"),
        engagements=engagements,
        network_id=post_id or link,
        link=link,
        time_known=moment is not None,
    )


X_CONTENT = Layout(
    key="x",
    title="X account analytics content export",
    needs=(("Post id",), ("Date",), ("Post text",), ("Impressions",)),
    read_row=read_x_row,
    id_column="post id",
)
