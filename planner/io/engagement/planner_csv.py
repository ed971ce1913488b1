"""The app's own engagement CSV: ``date,time,platform,text,reach,engagements``.

For a network the app cannot read, or figures copied by hand. Dates are ``YYYY-MM-DD``
(or month first, as the exports write them); times ``HH:MM``, ``H:MM``, ``HH:MM:SS`` or
12-hour ``h:mm PM``. Reach and engagements may be blank.

The file has no post id, so a record's key is its day, time and the start of its text:
importing the file again updates those records.
"""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Platform
from planner.core.engagement import EngagementRecord, text_key
from planner.io.engagement.cells import parse_moment
from planner.io.engagement.table import Layout, ReadContext, RowView

HEADER = ("date", "time", "platform", "text", "reach", "engagements")


def read_planner_row(row: RowView, context: ReadContext) -> EngagementRecord:
    date_text, time_text = row.text("date"), row.text("time")
    if not date_text:
        raise ValueError("the date is empty")
    value = row.value("date")
    if isinstance(value, dt.datetime | dt.date):  # a workbook's date cell
        day, time = parse_moment(value)[0], None
        if time_text:
            time = parse_moment(f"{day.isoformat()} {time_text}")[1]
    else:
        day, time = parse_moment(f"{date_text} {time_text}".strip())
    platform_text = row.text("platform")
    if not platform_text:
        raise ValueError("the platform is empty")
    platform = Platform.parse(platform_text)
    text = row.text("text")
    published = dt.datetime.combine(day, time or dt.time())
    clock = time.strftime("%H:%M") if time else ""
    return EngagementRecord(
        platform=platform,
        published=published,
        text=text,
        reach=row.count("reach"),
        engagements=row.count("engagements"),
        network_id=" ".join(part for part in (day.isoformat(), clock, text_key(text)) if part),
        time_known=time is not None,
    )


PLANNER = Layout(
    key="planner",
    title="Social Media Planner engagement CSV",
    needs=tuple((name,) for name in HEADER),
    read_row=read_planner_row,
    id_column="date",
)
