"""``days``: the awareness days of a week, a month or a span, and the practice's own.

The shipped list is read for the practice's country (``practice.country``), with the
practice's own days added and the names it hides left out.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.cli.game_plan_parsers import days_span
from planner.console import say, say_json
from planner.core.awareness import OwnDay, days_between, load_observances, to_json
from planner.core.domain import short_day
from planner.core.settings import Settings
from planner.core.weeks import date_range_label
from planner.store.plan_records import (
    add_own_day,
    checked_name,
    hidden_names,
    hide_day,
    own_days,
)

SPAN_WORDS = {"day": "", "week": " (a week)", "month": " (a month)"}
MAX_DAYS = 366 * 5  # a span longer than five years is a typo, not a plan


def days_command(args: argparse.Namespace, path: Path) -> int:
    if args.action is not None:
        if args.week or args.month or args.first or args.last or args.json:
            raise CliError(f"days {args.action} takes only a name and its own options", 2)
        return _add(args, path) if args.action == "add" else _hide(args, path)
    span = days_span(args)
    if span is None:
        raise CliError("say which days: --week WEEK, --month YYYY-MM, or --from DATE --to DATE", 2)
    first, last = span
    if first > last:
        raise CliError(f"--from {first} is after --to {last}", 2)
    if (last - first).days > MAX_DAYS:
        raise CliError("ask for five years of days at most", 2)
    with store_for_reading(path) as store:
        settings = store.settings() if store else Settings()
        own = own_days(store) if store else []
        hidden = hidden_names(store) if store else []
    found = days_between(first, last, settings.country, own, hidden)
    if args.json:
        say_json(to_json(found))
        return 0
    say(f"Awareness days, {date_range_label(first, last)} ({settings.country})")
    if not found:
        say("None.")
    for day in found:
        source = f"  {day.source}" if day.source else "  (the practice's own)"
        say(f"{short_day(day.date)} {day.date.year}  {day.name}{SPAN_WORDS[day.span]}{source}")
    return 0


def _add(args: argparse.Namespace, path: Path) -> int:
    try:
        name = checked_name(args.name, "day")
    except ValueError as exc:
        raise CliError(str(exc), 2) from None
    with store_for_writing(path) as store:
        day = add_own_day(store, OwnDay(name, args.date, args.yearly))
    every = "every year from" if day.yearly else "on"
    say(f"Added {day.name!r} {every} {short_day(day.date)} {day.date.year}.")
    return 0


def _hide(args: argparse.Namespace, path: Path) -> int:
    try:
        name = checked_name(args.name, "day")
    except ValueError as exc:
        raise CliError(str(exc), 2) from None
    with store_for_reading(path) as store:
        own = own_days(store) if store else []
    known = {o.name.casefold(): o.name for o in load_observances()}
    known |= {o.name.casefold(): o.name for o in own}
    if name.casefold() not in known:
        raise CliError(f"there is no awareness day called {name!r}; see them with planner days")
    with store_for_writing(path) as store:
        hidden = hide_day(store, known[name.casefold()])
    shown = known[name.casefold()]
    say(f"{shown!r} is hidden." if hidden else f"{shown!r} was hidden already.")
    return 0
