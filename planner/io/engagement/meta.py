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
from collections.abc import Callable

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


def _record(
    row: RowView,
    platform: Platform,
    published: tuple[dt.datetime, bool],
    *,
    text: str,
    reach: int | None,
    engagements: int | None,
) -> EngagementRecord:
    """The record of a row of any of Meta's exports: each keys a post by its Post ID (or
    permalink) and links to it by the permalink."""
    moment, known = published
    return EngagementRecord(
        platform=platform,
        published=moment,
        text=text,
        reach=reach,
        engagements=engagements,
        network_id=_network_id(row),
        link=row.text("permalink"),
        time_known=known,
    )


def read_facebook_row(row: RowView, context: ReadContext) -> EngagementRecord:
    published = _published(row, "publish time")
    clicks = ("total clicks", "link clicks")
    if row.has(_COMBINED):  # already reactions + comments + shares; adding them counts twice
        engagements = row.total((_COMBINED,), clicks)
    else:
        engagements = row.total(("reactions",), ("comments",), ("shares",), clicks)
    return _record(
        row,
        Platform.FACEBOOK,
        published,
        text=row.text("description", "title"),
        reach=row.count(*REACH),
        engagements=engagements,
    )


def read_instagram_row(row: RowView, context: ReadContext) -> EngagementRecord:
    return _record(
        row,
        Platform.INSTAGRAM,
        _published(row, "publish time"),
        text=row.text("description"),
        reach=row.count(*REACH),
        engagements=row.total(("likes",), ("comments",), ("shares",)),
    )


_STORIES = "lifetime post stories by action type - "
_TALKING = "lifetime talking about this (post) by action type - "


def read_facebook_insights_row(row: RowView, context: ReadContext) -> EngagementRecord:
    published = _published(row, "posted")
    engagements = row.total(
        *((_STORIES + action, _TALKING + action) for action in ("like", "comment", "share")),
        ("lifetime post consumptions by type - link clicks",),
    )
    if engagements is None:
        engagements = row.count("lifetime engaged users")
    return _record(
        row,
        Platform.FACEBOOK,
        published,
        text=row.text("post message"),
        reach=row.count("lifetime post total reach", "lifetime post total impressions"),
        engagements=engagements,
    )


def _meta_layout(
    key: str,
    title: str,
    needs: tuple[tuple[str, ...], ...],
    read_row: Callable[[RowView, ReadContext], EngagementRecord],
) -> Layout:
    """Every Meta export keys its rows by Post ID, and may describe its columns in words
    in a second header row."""
    return Layout(key, title, needs, read_row, id_column="post id", may_describe_columns=True)


FACEBOOK = _meta_layout(
    "facebook",
    "Meta Business Suite Facebook post export",
    (
        ("Post ID",),
        ("Page ID", "Page name"),
        ("Publish time",),
        ("Reach", "Impressions", "Views"),
        ("Reactions, Comments and Shares", "Reactions", "Comments", "Shares"),
    ),
    read_facebook_row,
)

INSTAGRAM = _meta_layout(
    "instagram",
    "Meta Business Suite Instagram post export",
    (
        ("Post ID",),
        ("Account ID", "Account username"),
        ("Publish time",),
        ("Reach", "Impressions", "Views"),
        ("Likes", "Comments", "Shares"),
    ),
    read_instagram_row,
)

FACEBOOK_INSIGHTS = _meta_layout(
    "facebook-insights",
    "Facebook Insights post export (before Business Suite)",
    (
        ("Post ID",),
        ("Posted",),
        ("Post Message",),
        ("Lifetime Post Total Reach", "Lifetime Post Total Impressions"),
    ),
    read_facebook_insights_row,
)
