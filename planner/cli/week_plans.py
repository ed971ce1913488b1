"""``copy-week`` and ``week-template``: reuse a week's posts, by weekday and time.

Copies are new posts (drafts unless ``--status scheduled``); ideas stay where they are.
After a copy or an apply, the target week's warnings go to stderr, as after ``add``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json, warn
from planner.core.domain import format_time
from planner.core.settings import Settings
from planner.core.week_plans import apply_template, template_from_week
from planner.core.week_plans import copy_week as copied_week
from planner.core.weeks import Week
from planner.io.zones import practice_zone_or_utc
from planner.store import Store
from planner.store.plan_records import (
    checked_name,
    delete_template,
    find_template,
    save_template,
    templates,
)


def copy_week(args: argparse.Namespace, path: Path) -> int:
    source: Week = args.source
    target: Week = args.target
    with store_for_reading(path) as store:
        posts = store.posts_in_week(source) if store else []
        settings = store.settings() if store else Settings()
    zone = practice_zone_or_utc(settings.timezone)
    copies = copied_week(posts, source, target, args.status, zone)
    if not copies:
        raise CliError(f"{source} has no posts to copy; nothing was written")
    with store_for_writing(path) as store:
        store.add_many(copies)
        say(f"Copied {_posts(len(copies))} of {source} to {target} as {args.status.value}s.")
        _warn_week(store, target)
    return 0


def week_template(args: argparse.Namespace, path: Path) -> int:
    if args.action == "list":
        return _list(args, path)
    if args.action == "save":
        return _save(args, path)
    name = _name(args.name)
    with store_for_reading(path) as store:
        found = find_template(store, name) if store else None
        if found is None:
            raise CliError(f"there is no week template called {name!r} in {path}")
        assert store is not None
        settings = store.settings()
        store.check_pages()  # opened for reading; an edit needs every page checked
        if args.action == "delete":
            delete_template(store, found.name)
            say(f"Deleted the week template {found.name!r}.")
            return 0
        zone = practice_zone_or_utc(settings.timezone)
        made = apply_template(found.slots, args.week, args.status, zone)
        store.add_many(made)
        say(f"Added {_posts(len(made))} of {found.name!r} to {args.week} as {args.status.value}s.")
        _warn_week(store, args.week)
    return 0


def _save(args: argparse.Namespace, path: Path) -> int:
    name = _name(args.name)
    with store_for_reading(path) as store:
        posts = store.posts_in_week(args.week) if store else []
        slots = template_from_week(posts, args.week)
        if not slots:
            raise CliError(f"{args.week} has no posts to keep as a template; nothing was written")
        assert store is not None
        if find_template(store, name) is not None and not args.replace:
            raise CliError(
                f"there is already a week template called {name!r}; "
                "add --replace to replace it, or choose another name"
            )
        store.check_pages()
        try:
            saved = save_template(store, name, slots, replace=args.replace)
        except ValueError as exc:  # another program took the name meanwhile
            raise CliError(str(exc)) from None
    say(f"Kept {_posts(len(saved.slots))} of {args.week} as the week template {saved.name!r}.")
    return 0


def _list(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        found = templates(store) if store else []
    if args.json:
        say_json(
            [{"name": t.name, "posts": [slot.to_dict() for slot in t.slots]} for t in found],
            indent=2,
        )
        return 0
    if not found:
        say("No week templates yet. Keep one with: planner week-template save NAME --week W")
    for one in found:
        days = sorted({slot.weekday for slot in one.slots})
        names = ", ".join(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d] for d in days)
        first = min(format_time(slot.time) for slot in one.slots)
        say(f"{one.name}  ·  {_posts(len(one.slots))} on {names}, from {first}")
    return 0


def _name(text: str) -> str:
    try:
        return checked_name(text, "template")
    except ValueError as exc:
        raise CliError(str(exc), 2) from None


def _posts(count: int) -> str:
    return f"{count} post{'' if count == 1 else 's'}"


def _warn_week(store: Store, week: Week) -> None:
    from planner.core.rules import evaluate_week

    report = evaluate_week(week, store.posts_in_week(week), store.settings())
    for warning in report.warnings:
        warn(warning.message)
