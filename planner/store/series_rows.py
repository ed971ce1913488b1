"""Series rows: a ``Series`` to a row and back, saving series changes, and the days a
series leaves out when one of its posts moves away or is deleted on its own.

Rows are read with plain SQL on the store's connection and written inside the edit's
transaction (``Session``), beside the post changes they go with. A series new in a
change set carries a negative id (``planner.core.series.NEW_SERIES_ID``); saving it
gives it a real one, and ``link_posts`` puts that id on the set's posts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from planner.core.domain import Kind, Platform, Post, Status, format_time, parse_time

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:  # the rules' expansion (dateutil) loads only when a series is read
    from typing import Any, TypeAlias

    from sqlmodel import Session

    from planner.core.series import Series

    SeriesChange: TypeAlias = tuple[Series | None, Series | None]
    Change: TypeAlias = tuple[Post | None, Post | None]

COLUMNS = (
    "id, rrule, time, zone, start_day, end_day, skipped, platform, kind, status, text, link, notes"
)
SELECT_SERIES = f"SELECT {COLUMNS} FROM series"


class UnreadableSeries(ValueError):
    """A stored series row holds a value this version cannot read."""


class SeriesChanged(ValueError):
    """A series another program changed (or deleted) since it was read."""

    def __init__(self, series_id: int) -> None:
        self.series_id = series_id
        super().__init__(
            f"Series {series_id} was changed or deleted elsewhere after it was shown, so "
            "this change was not made. The plan is shown again as it is now."
        )


def skipped_text(days: Iterable[dt.date]) -> str:
    return ",".join(day.isoformat() for day in sorted(days))


def skipped_days(text: str) -> frozenset[dt.date]:
    return frozenset(dt.date.fromisoformat(part) for part in text.split(",") if part.strip())


def series_from_row(row: Sequence[Any]) -> Series:
    """A Series from a row in ``COLUMNS`` order; UnreadableSeries names it when it cannot."""
    from planner.core.recurrence import SeriesRule
    from planner.core.series import Series

    try:
        rule = SeriesRule(
            rrule=row[1],
            time=parse_time(row[2]),
            zone=row[3],
            start=dt.date.fromisoformat(row[4]),
            end=None if row[5] is None else dt.date.fromisoformat(row[5]),
            skipped=skipped_days(row[6]),
        )
        return Series(
            rule=rule,
            platform=Platform(row[7]),
            kind=Kind(row[8]),
            status=Status(row[9]),
            text=str(row[10]),
            link=str(row[11]),
            notes=str(row[12]),
            id=int(row[0]),
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise UnreadableSeries(
            f"series {row[0]} holds a value this version cannot read: {exc}"
        ) from exc


def series_values(series: Series) -> dict[str, Any]:
    rule = series.rule
    return {
        "rrule": rule.rrule,
        "time": format_time(rule.time),
        "zone": rule.zone,
        "start_day": rule.start.isoformat(),
        "end_day": None if rule.end is None else rule.end.isoformat(),
        "skipped": skipped_text(rule.skipped),
        "platform": series.platform.value,
        "kind": series.kind.value,
        "status": series.status.value,
        "text": series.text,
        "link": series.link,
        "notes": series.notes,
    }


def _sql(session: Session, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
    return session.connection().exec_driver_sql(
        sql, params if isinstance(params, dict) else tuple(params)
    )


def _stored(session: Session, series_id: int) -> Series | None:
    row = _sql(session, f"{SELECT_SERIES} WHERE id = ?", (series_id,)).fetchone()
    return None if row is None else series_from_row(row)


def _same_but_skipped(a: Series, b: Series) -> bool:
    return replace(a, rule=replace(a.rule, skipped=frozenset())) == replace(
        b, rule=replace(b.rule, skipped=frozenset())
    )


def save_series(
    session: Session, changes: Sequence[SeriesChange]
) -> tuple[list[SeriesChange], dict[int, int]]:
    """Insert and update the series of ``changes`` (deletes wait for ``delete_series``, after
    the posts have let go of them). Returns the changes with the ids new series were given,
    and the real id of each placeholder id.

    A ``before`` must still be what the store holds, but for the days it leaves out: a
    day another edit added meanwhile is kept (``SeriesChanged`` otherwise).
    """
    saved: list[SeriesChange] = []
    new_ids: dict[int, int] = {}
    for before, after in changes:
        if before is not None:
            assert before.id is not None
            stored = _stored(session, before.id)
            if stored is None or not _same_but_skipped(stored, before):
                raise SeriesChanged(before.id)
            if after is not None:
                added_since = stored.rule.skipped - before.rule.skipped
                skipped = after.rule.skipped | added_since
                after = replace(after, id=before.id, rule=replace(after.rule, skipped=skipped))
                values = series_values(after)
                assignments = ", ".join(f"{name} = :{name}" for name in values)
                _sql(
                    session,
                    f"UPDATE series SET {assignments} WHERE id = :id",
                    {**values, "id": before.id},
                )
        elif after is not None:
            values = series_values(after)
            if after.id is not None and after.id > 0:  # back under its own id (an undo)
                if _stored(session, after.id) is not None:
                    raise ValueError(f"Series {after.id} already exists, so it cannot be restored.")
                values["id"] = after.id
            names = ", ".join(values)
            marks = ", ".join(f":{name}" for name in values)
            cursor = _sql(session, f"INSERT INTO series ({names}) VALUES ({marks})", values)
            new_id = int(cursor.lastrowid)
            if after.id is not None and after.id < 0:
                new_ids[after.id] = new_id
            after = replace(after, id=new_id)
        saved.append((before, after))
    return saved, new_ids


def delete_series(session: Session, changes: Sequence[SeriesChange]) -> None:
    """Delete the series that ``changes`` end with None (once no post names them)."""
    for before, after in changes:
        if before is not None and after is None:
            _sql(session, "DELETE FROM series WHERE id = ?", (before.id,))


def link_posts(changes: Sequence[Change], new_ids: dict[int, int]) -> list[Change]:
    """``changes`` with each placeholder series id replaced by the saved series' id."""
    if not new_ids:
        return list(changes)

    def linked(post: Post | None) -> Post | None:
        if post is None or post.series is None or post.series >= 0:
            return post
        return post.with_changes(series=new_ids[post.series])

    return [(before, linked(after)) for before, after in changes]


def skip_days_left(
    session: Session, changes: Sequence[Change], written: Iterable[int] = ()
) -> None:
    """Leave out of its series the day of each post that left it: deleted, moved to
    another day, or taken out of the series. A series ``written`` by the same change set
    says its own days, and is left as it is."""
    exempt = set(written)
    leaving: dict[int, set[dt.date]] = {}
    for before, after in changes:
        if before is None or before.series is None or before.series_day is None:
            continue
        if before.series in exempt:
            continue
        gone = after is None or after.series != before.series or after.date != before.series_day
        if gone:
            leaving.setdefault(before.series, set()).add(before.series_day)
    for series_id, days in leaving.items():
        row = _sql(session, "SELECT skipped FROM series WHERE id = ?", (series_id,)).fetchone()
        if row is None:
            continue
        try:
            have = skipped_days(str(row[0]))
        except ValueError:
            continue  # an unreadable row is reported where it is read, not here
        if not days <= have:
            _sql(session, "UPDATE series SET skipped = ? WHERE id = ?",
                 (skipped_text(have | days), series_id))  # fmt: skip


def check_saved(changes: Sequence[SeriesChange]) -> None:
    """Refuse, before anything is written, a series that could not make a post."""
    for _before, after in changes:
        if after is not None and (problems := after.problems()):
            raise ValueError(problems[0])
