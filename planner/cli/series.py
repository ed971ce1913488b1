"""Repeating posts on the command line: ``add --repeat``, and ``series list | end | delete``.

Commands never ask which posts a change is for: ``move``, ``edit`` and ``delete`` of one
post change that post alone (its series leaves its day out), and ``series end`` and
``series delete`` change the rest.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from planner.cli.clock_warnings import warn_about_wall_clock
from planner.cli.common import (
    post_line,
    store_for_reading,
    store_for_writing,
    warn_about_day,
)
from planner.cli.errors import CliError
from planner.cli.post_edit import warn_about_consent
from planner.console import say, say_json, warn
from planner.core.domain import Post, format_time, short_day
from planner.core.recurrence import SeriesRule, check_series, next_dates
from planner.core.recurrence_words import describe
from planner.core.series import Series
from planner.core.series_edits import SeriesEdit, delete_series, end_series, start_series
from planner.core.settings import Settings
from planner.io.zones import practice_zone_or_utc
from planner.store import Store
from planner.store.series_store import (
    all_series,
    get_series,
    post_counts,
    series_posts,
)


def add_series(args: argparse.Namespace, path: Path, post: Post) -> int:
    """``add ... --repeat RRULE``: the post and its series, a year ahead; prints its id."""
    if post.date is None or post.time is None:
        raise CliError("an idea does not repeat; give --date and --time with --repeat", 2)
    with store_for_reading(path) as store:
        settings = store.settings() if store else Settings()
    try:
        zone = practice_zone_or_utc(settings.timezone)
        rule = SeriesRule(args.repeat, post.time, zone, post.date)
        check_series(rule)
    except ValueError as exc:
        raise CliError(f"--repeat: {exc}", 2) from None
    edit = start_series(None, post, rule, dt.date.today())
    with store_for_writing(path) as store:
        saved, _ = store.apply_series_changes(edit.posts, edit.series)
        first = saved[0][1]
        assert first is not None
        say(str(first.id))
        warn_about_day(store, first)
        warn_about_consent(store, first)
        warn_about_wall_clock(first, store.settings())
    return 0


def series_command(args: argparse.Namespace, path: Path) -> int:
    if args.action == "list":
        return _list(args, path)
    with store_for_reading(path) as store:
        series = _get(store, args.series, path)
        assert store is not None
        posts = series_posts(store, args.series)
        if args.action == "end":
            if args.after < series.rule.start:
                raise CliError(
                    f"series {series.id} starts on {series.rule.start.isoformat()}; "
                    "end it on that day or later, or delete it",
                    2,
                )
            edit = end_series(series, posts, args.after)
            done = f"Ended series {series.id} after {short_day(args.after)} {args.after.year}"
        elif args.first is not None and args.first > series.rule.start:
            edit = end_series(series, posts, args.first - dt.timedelta(days=1))
            done = f"Deleted series {series.id} from {short_day(args.first)} {args.first.year}"
        else:
            edit = delete_series(series, posts)
            done = f"Deleted series {series.id}"
        store.check_pages()  # opened for reading; an edit needs every page checked
        store.apply_series_changes(edit.posts, edit.series)
    say(f"{done}: {_what_went(edit)}.")
    return 0


def _what_went(edit: SeriesEdit) -> str:
    deleted = sum(1 for _, after in edit.posts if after is None)
    kept = sum(1 for _, after in edit.posts if after is not None)
    text = f"{deleted} post{'' if deleted == 1 else 's'} deleted"
    if kept:
        text += f", {kept} published kept as plain posts"
    return text


def _get(store: Store | None, series_id: int, path: Path) -> Series:
    try:
        if store is None:
            raise KeyError(series_id)
        return get_series(store, series_id)
    except KeyError:
        raise CliError(f"there is no series {series_id} in {path}") from None


def _list(args: argparse.Namespace, path: Path) -> int:
    today = dt.date.today()
    with store_for_reading(path) as store:
        found = all_series(store) if store else None
        counts = post_counts(store) if store else {}
        firsts = {s.id: _first_post(store, s) for s in found.series} if store and found else {}
    series = found.series if found else []
    for series_id in found.unreadable if found else []:
        warn(f"series {series_id} holds a value this version cannot read; it is left out")
    if args.json:
        say_json([_to_json(s, counts.get(s.id or 0, 0), today) for s in series], indent=2)
        return 0
    if not series:
        say("No repeating posts.")
    for one in series:
        nexts = next_dates(one.rule, today - dt.timedelta(days=1), 1)
        upcoming = f"next {short_day(nexts[0].date)} {nexts[0].date.year}" if nexts else "ended"
        count = counts.get(one.id or 0, 0)
        say(
            f"{one.id:>4}  {describe(one.rule)}, at {format_time(one.rule.time)} "
            f"({one.rule.zone}) · {count} post{'' if count == 1 else 's'} · {upcoming}"
        )
        if (first := firsts.get(one.id)) is not None:
            say(f"      {post_line(first, 50)}")
    return 0


def _first_post(store: Store, series: Series) -> Post | None:
    posts = series_posts(store, series.id) if series.id is not None else []
    return posts[0] if posts else None


def _to_json(series: Series, posts: int, today: dt.date) -> dict[str, object]:
    rule = series.rule
    return {
        "id": series.id,
        "rrule": rule.rrule,
        "description": describe(rule),
        "time": format_time(rule.time),
        "zone": rule.zone,
        "start": rule.start.isoformat(),
        "end": None if rule.end is None else rule.end.isoformat(),
        "skipped": sorted(day.isoformat() for day in rule.skipped),
        "platform": series.platform.value,
        "kind": series.kind.value,
        "status": series.status.value,
        "text": series.text,
        "link": series.link,
        "notes": series.notes,
        "posts": posts,
        "next": [o.date.isoformat() for o in next_dates(rule, today - dt.timedelta(days=1), 5)],
    }
