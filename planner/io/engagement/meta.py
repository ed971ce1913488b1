"""Meta's post exports: Facebook and Instagram from Business Suite, and Facebook's older one.

Business Suite (Insights → Content → Export), one header row:
  Facebook: Post ID, Page ID, Page name, Title, Description, Duration (sec), Publish time,
  Caption type, Permalink, …, Data comment, Date, Views, Reach, "Reactions, Comments and
  Shares", Reactions, Comments, Shares, Total clicks, …
  Instagram: Post ID, Account ID, Account username, Account name, Description, Duration
  (sec), Publish time, Permalink, Post type, Data comment, Date, Views, Reach, Likes,
  Shares, Follows, Comments, Saves
Publish time is month first, 24-hour: ``11/27/2026 09:00``. ``Date`` says "Lifetime" (the
period the figures cover), so the day comes from Publish time. Files from before 2025
say Impressions where newer ones say Views (and there "Views" counted video views), so
the reach falls back to Impressions first, then Views.

The older Facebook Insights post export (Post ID, Permalink, Post Message, Type, …,
Posted, Lifetime Post Total Reach, …) has a second header row describing each column in
words; the table reader skips it.
"""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Platform
from planner.core.engagement import EngagementRecord
from planner.io.engagement.cells import parse_moment
from planner.io.engagement.table import Layout, ReadContext, RowView

REACH = ("reach", "impressions", "views")
_COMBINED = "reactions, comments and shares"


def _published(row: RowView, column: str) -> tuple[dt.datetime, bool]:
    day, time = parse_moment(row.value(column))
    return dt.datetime.combine(day, time or dt.time()), time is not None


def _network_id(row: RowView) -> str:
    """The post id, or the permalink when a spreadsheet turned the id into 1.22158E+17."""
    post_id = row.text("post id")
    if post_id and not any(mark in post_id.upper() for mark in ("E+", ".")):
        return post_id
    link = row.text("permalink")
    if link:
        return link
    if post_id:
        raise ValueError(f"the Post ID {post_id!r} was rounded by a spreadsheet")
    raise ValueError("the Post ID is empty")


def read_facebook_row(row: RowView, context: ReadContext) -> EngagementRecord:
    published, known = _published(row, "publish time")
    clicks = ("total clicks", "link clicks")
    if row.has(_COMBINED):  # already reactions + comments + shares; adding them counts twice
        engagements = row.total((_COMBINED,), clicks)
    else:
        engagements = row.total(("reactions",), ("comments",), ("shares",), clicks)
    return EngagementRecord(
        platform=Platform.FACEBOOK,
        published=published,
        text=row.text("description", "title"),
        reach=row.count(*REACH),
        engagements=engagements,
        network_id=_network_id(row),
        link=row.text("permalink"),
        time_known=known,
    )


def read_instagram_row(row: RowView, context: ReadContext) -> EngagementRecord:
    published, known = _published(row, "publish time")
    return EngagementRecord(
        platform=Platform.INSTAGRAM,
        published=published,
        text=row.text("description"),
        reach=row.count(*REACH),
        engagements=row.total(("likes",), ("comments",), ("shares",)),
        network_id=_network_id(row),
        link=row.text("permalink"),
        time_known=known,
    )


_STORIES = "lifetime post stories by action type - "
_TALKING = "lifetime talking about this (post) by action type - "


def read_facebook_insights_row(row: RowView, context: ReadContext) -> EngagementRecord:
    published, known = _published(row, "posted")
    engagements = row.total(
        *((_STORIES + action, _TALKING + action) for action in ("like", "comment", "share")),
        ("lifetime post consumptions by type - link clicks",),
    )
    if engagements is None:
        engagements = row.count("lifetime engaged users")
    return EngagementRecord(
        platform=Platform.FACEBOOK,
        published=published,
        text=row.text("post message"),
        reach=row.count("lifetime post total reach", "lifetime post total impressions"),
        engagements=engagements,
        network_id=_network_id(row),
        link=row.text("permalink"),
        time_known=known,
    )


FACEBOOK = Layout(
    key="facebook",
    title="Meta Business Suite Facebook post export",
    needs=(
        ("Post ID",),
        ("Page ID", "Page name"),
        ("Publish time",),
        ("Reach", "Impressions", "Views"),
        ("Reactions, Comments and Shares", "Reactions", "Comments", "Shares"),
    ),
    read_row=read_facebook_row,
    id_column="post id",
    may_describe_columns=True,
)

INSTAGRAM = Layout(
    key="instagram",
    title="Meta Business Suite Instagram post export",
    needs=(
        ("Post ID",),
        ("Account ID", "Account username"),
        ("Publish time",),
        ("Reach", "Impressions", "Views"),
        ("Likes", "Comments", "Shares"),
    ),
    read_row=read_instagram_row,
    id_column="post id",
    may_describe_columns=True,
)

FACEBOOK_INSIGHTS = Layout(
    key="facebook-insights",
    title="Facebook Insights post export (before Business Suite)",
    needs=(
        ("Post ID",),
        ("Posted",),
        ("Post Message",),
        ("Lifetime Post Total Reach", "Lifetime Post Total Impressions"),
    ),
    read_row=read_facebook_insights_row,
    id_column="post id",
    may_describe_columns=True,
)
