"""LinkedIn's page post export (Page → Analytics → Posts → Export), .xls or .xlsx.

Its "All posts" sheet has a note in its first row and the header in the second:
Post title, Post link, Post type, Campaign name, Posted by, Created date, Campaign start
date, Campaign end date, Audience, Impressions, Views (excluding off-site video views),
Off-site views, Clicks, Click through rate (CTR), Likes, Comments, Reposts, Follows,
Engagement rate, Content Type. Older files say "Date" and "Shares".

``Created date`` is a day (``11/27/2026``, month first, or a date cell). The time comes
from the post link when it names an activity: like X, a LinkedIn activity id holds the
milliseconds since 1970 in its high bits (id >> 22). Trusted only when it gives the same
day (±1 for time zones); otherwise the record keeps the day alone.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.core.domain import Platform
from planner.core.engagement import EngagementRecord
from planner.io.engagement.cells import moment_from_id, parse_moment
from planner.io.engagement.table import Layout, ReadContext, RowView

# urn:li:activity:7300…, urn:li:share:…, urn:li:ugcPost:…, or …/posts/name-activity-7300…-AbCd
_URN = re.compile(r"urn:li:(activity|share|ugcPost):(\d+)", re.IGNORECASE)
_ACTIVITY_IN_PATH = re.compile(r"activity-(\d{15,})", re.IGNORECASE)
_UNIX_EPOCH_MS = 0
_PARTS = (("likes", "reactions"), ("comments",), ("reposts", "shares"), ("clicks",))


def _post_urn(link: str) -> tuple[str, str] | None:
    """(urn, id digits) named by a post link, or None."""
    urn = _URN.search(link)
    if urn:
        return f"urn:li:{urn.group(1)}:{urn.group(2)}", urn.group(2)
    path = _ACTIVITY_IN_PATH.search(link)
    if path:
        return f"urn:li:activity:{path.group(1)}", path.group(1)
    return None


def read_linkedin_row(row: RowView, context: ReadContext) -> EngagementRecord:
    day, time = parse_moment(row.value("created date", "date"))
    link = row.text("post link")
    if not link:
        raise ValueError("the Post link is empty")
    urn = _post_urn(link)
    published = dt.datetime.combine(day, time or dt.time())
    if time is None and urn is not None:
        moment = moment_from_id(urn[1], day, _UNIX_EPOCH_MS, context.zone)
        if moment is not None:
            published, time = moment, moment.time()
    return EngagementRecord(
        platform=Platform.LINKEDIN,
        published=published,
        text=row.text("post title"),
        reach=row.count("impressions", "views (excluding off-site video views)", "views"),
        engagements=row.total(*_PARTS),
        network_id=urn[0] if urn else link,
        link=link,
        time_known=time is not None,
    )


LINKEDIN = Layout(
    key="linkedin",
    title="LinkedIn page post export",
    needs=(("Post title",), ("Post link",), ("Created date", "Date"), ("Impressions",)),
    read_row=read_linkedin_row,
    id_column="post link",
)
