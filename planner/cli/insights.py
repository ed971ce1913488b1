"""``planner insights``: what worked on a platform, and importing what the networks say.

``insights --platform P [--kind K] [--json]`` only reads (and never creates a store);
``insights import FILE [--dry-run]`` reads the whole file first, so a file that cannot
be read writes nothing, then saves its records and the posts they publish in one
transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json
from planner.core.best_times import (
    least_tried_words,
    posts_words,
    slot_words,
    trend_words,
    working_hours,
)
from planner.core.domain import DAY_NAMES, Kind, Platform, first_line, format_time, short_day
from planner.core.engagement import EngagementRecord
from planner.core.engagement_import import EngagementImport, ImportRow, plan_import
from planner.core.insights import HeatMap, best_slots, heat_map, insights_json, rate_trend
from planner.core.settings import Settings

TEXT_WIDTH = 40


def insights(args: argparse.Namespace, path: Path) -> int:
    if args.insights_action == "import":
        return import_engagement(args, path)
    platform: Platform = args.platform
    kind: Kind | None = args.kind
    with store_for_reading(path) as store:
        outcomes = store.outcomes() if store else []
        settings = store.settings() if store else Settings()
    hours = working_hours(settings)
    if args.json:
        say_json(insights_json(outcomes, platform, hours, kind=kind))
        return 0
    heat = heat_map(outcomes, platform, hours, kind=kind)
    what = f"{platform.label} ({'all kinds' if kind is None else f'{kind.value} posts'})"
    noun = "record" if heat.records == 1 else "records"
    say(f"{what}: {heat.records} {noun} with engagement.")
    if heat.records == 0:
        say("Import the network's export first: planner insights import FILE")
        return 0
    say("Median engagement rate (%) by weekday and hour (* fewer than 3 posts, . none):")
    for line in heat_table(heat):
        say(line)
    best = best_slots(heat)
    say("Best slots:")
    for line in [slot_words(cell) for cell in best] or ["none yet: a slot needs 3 posts"]:
        say(f"  {line}")
    say("Least tried, to keep experimenting:")
    for line in least_tried_words(heat):
        say(f"  {line}")
    trend = rate_trend(outcomes, dt.date.today(), platform=platform, kind=kind)
    say(f"Four-week trend: {trend_words(trend)}")
    return 0


def heat_table(heat: HeatMap) -> list[str]:
    """The map as text: a row per weekday, a column per working hour."""
    width = 6
    lines = ["     " + "".join(f"{hour:02d}h".rjust(width) for hour in heat.hours)]
    for weekday, row in zip(heat.weekdays, heat.rows(), strict=True):
        cells = []
        for cell in row:
            text = "." if cell.median is None else f"{float(cell.median) * 100:.1f}"
            cells.append((text + ("*" if cell.posts and cell.too_few else "")).rjust(width))
        lines.append(f"{DAY_NAMES[weekday][:3]:<5}" + "".join(cells))
    return lines


def import_engagement(args: argparse.Namespace, path: Path) -> int:
    from planner.io.engagement import ImportFileError, read_engagement_file
    from planner.io.engagement.zone import practice_zone

    source: Path = args.file
    if not source.is_file():
        why = "it is a folder" if source.is_dir() else "there is no such file"
        raise CliError(f"cannot read {source}: {why}")
    with store_for_reading(path) as store:
        settings = store.settings() if store else Settings()
    try:
        found = read_engagement_file(source, zone=practice_zone(settings.timezone))
    except (ImportFileError, ValueError) as exc:
        raise CliError(f"nothing imported from {source}: {exc}") from None
    head = f"{source}: {found.title}, {len(found.records)} {_records(len(found.records))}."
    if args.dry_run:
        with store_for_reading(path) as store:
            plan = (
                store.plan_engagement_import(found.records)
                if store
                else plan_import(found.records, [], [])
            )
        say(head)
        for row in plan.rows:
            say(row_line(row))
        say(f"Would import {summary(plan)}.")
        say("Dry run: nothing was written.")
        return 0
    from planner.store.backups import snapshot_before_import

    kept = None
    with store_for_writing(path) as store:
        plan = store.plan_engagement_import(found.records)
        if plan.changes_anything:
            kept = snapshot_before_import(store)
            store.apply_engagement(plan.record_changes, plan.post_changes)
    say(head)
    say(f"Imported {summary(plan)} into {path}.")
    if kept is not None:
        say(f"The plan before this import is kept in {kept}; 'planner restore' it to undo.")
    return 0


def summary(plan: EngagementImport) -> str:
    """``6 records (3 new, 1 updated, 2 unchanged); 3 matched planned posts; 2 posts
    marked published``."""
    rows = len(plan.rows)
    records = (
        f"{rows} {_records(rows)} ({plan.new} new, {plan.updated} updated, "
        f"{plan.unchanged} unchanged)"
    )
    matched = f"{plan.matched} matched {'planned post' if plan.matched == 1 else 'planned posts'}"
    published = f"{posts_words(len(plan.post_changes))} marked published"
    repeated = f"; {plan.repeated} repeated rows counted once" if plan.repeated else ""
    return f"{records}; {matched}; {published}{repeated}"


def row_line(row: ImportRow) -> str:
    """One record of a dry run: when, where, its first words, its figures, its post."""
    record = row.record
    post = row.post
    if post is None:
        match = "no planned post within 60 minutes"
    else:
        match = f"post {post.id}" + (", becomes published" if row.becomes_published else "")
    return (
        f"{when(record)}  {record.platform.label:<9}  "
        f"{first_line(record.text, TEXT_WIDTH):<{TEXT_WIDTH}}  {figures(record)}  "
        f"{row.state.value}: {match}"
    )


def when(record: EngagementRecord) -> str:
    day = f"{short_day(record.published.date()):<10}"
    clock = format_time(record.published.time()) if record.time_known else "--:--"
    return f"{day} {clock}"


def figures(record: EngagementRecord) -> str:
    reach = "–" if record.reach is None else f"{record.reach:,}"
    engagements = "–" if record.engagements is None else f"{record.engagements:,}"
    return f"reach {reach}, {engagements} engaged"


def _records(count: int) -> str:
    return "record" if count == 1 else "records"
