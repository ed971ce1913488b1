"""The commands that only read the plan: list, check and export.

A store that does not exist yet reads as empty, and none of these creates it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from planner.cli.common import (
    check_writable_target,
    post_line,
    post_to_json,
    refuse_overwrite,
    store_for_reading,
)
from planner.console import say, say_json, warn
from planner.core.domain import Post
from planner.core.settings import Settings
from planner.core.weeks import Week, date_range_label

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.awareness import OwnDay
    from planner.core.consent_rule import ConsentCheck
    from planner.core.rules import WeekReport


def list_posts(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        if args.week:
            posts = store.posts_in_week(args.week) if store else []
        else:
            posts = store.ideas() if store else []
    warn_unreadable(posts)
    if args.json:
        data: dict[str, object] = {"week": str(args.week)} if args.week else {}
        data["posts"] = [post_to_json(p) for p in posts]
        say_json(data, indent=2)
        return 0
    if args.week:
        say(args.week.title())
        if not posts:
            say("No posts planned this week.")
    elif not posts:
        say("No ideas waiting for a date.")
    else:
        say("Ideas (no date yet)")
    for post in posts:
        say(post_line(post))
    return 0


def check(args: argparse.Namespace, path: Path) -> int:
    from planner.cli.guarding import week_warnings
    from planner.core.guard_week import with_guard
    from planner.core.rules import evaluate_week  # list and export never load the rules

    with store_for_reading(path) as store:
        posts = store.posts_in_week(args.week) if store else []
        settings = store.settings() if store else Settings()
        consents = store.consents.check() if store else None
        guarded = week_warnings(store, posts, consents)
    warn_unreadable(posts)
    report = with_guard(evaluate_week(args.week, posts, settings, consents), guarded)
    if args.json:
        say_json(report.to_json())
        return 0
    say(args.week.title())
    for line in verdict(report, settings.min_posts_for_mix):
        say(line)
    for warning in report.warnings:
        say(f"  {warning.message}")
    return 0


def verdict(report: WeekReport, needed: int) -> list[str]:
    """What ``check`` says above the warnings: the mix, judged only when the week has
    enough posts, and never a verdict on a mix it did not judge."""
    if report.posts == 0:
        return ["No posts planned this week, so there is nothing to check."]
    if report.enough_to_judge:
        lines = [report.mix_summary]
        kept = "the week keeps to the mix and the daily limits"
    else:
        noun = "post" if report.posts == 1 else "posts"
        lines = [f"{report.posts} dated {noun}: too few to judge the mix (it needs {needed})."]
        kept = "the week keeps to the daily limits"
    lines.append("Warnings:" if report.warnings else f"No warnings: {kept}.")
    return lines


def export(args: argparse.Namespace, path: Path) -> int:
    from planner.cli.guarding import warn_before_export, week_warnings
    from planner.core.guard_warnings import posts_to_check
    from planner.store.plan_records import printed_days

    target: Path = args.csv or args.pdf or args.ics
    refuse_overwrite(target, path)
    check_writable_target(target)
    week: Week | None = args.week
    writer = _writer_for(args)
    weeks: int = getattr(args, "weeks", None) or 1
    with store_for_reading(path) as store:
        if week is not None:
            last = week.shifted(weeks - 1)
            posts = store.posts_between(week.monday, last.sunday) if store else []
            if weeks == 1:
                span = f"{week} ({date_range_label(week.monday, week.sunday)})"
            else:
                span = f"{week} to {last} ({date_range_label(week.monday, last.sunday)})"
        else:
            posts = store.posts_between(args.first, args.last) if store else []
            span = date_range_label(args.first, args.last)
        settings = store.settings() if store else Settings()
        consents = store.consents.check() if store else None
        guarded = week_warnings(store, posts, consents)
        if args.pdf:  # tags for failed consents and posts to check; the awareness days
            own, hidden = printed_days(store)
            writer = partial(_write_pdf, consents=consents, to_check=posts_to_check(guarded),
                             own=own, hidden=hidden)  # fmt: skip
    warn_unreadable(posts)
    warn_before_export(guarded, span, str(week) if week else None)
    writer(target, week, posts, settings, weeks)
    noun = "post" if len(posts) == 1 else "posts"
    say(f"Wrote {len(posts)} {noun} of {span} to {target}.")
    return 0


def warn_unreadable(posts: list[Post]) -> None:
    """One line on stderr naming the rows a read left out because it cannot read them."""
    found = [(row.post_id, row.reason) for row in getattr(posts, "unreadable", ())]
    if found:
        from planner.store.errors import unreadable_summary

        left = "it is" if len(found) == 1 else "they are"
        warn(f"{unreadable_summary(found)} cannot be read, so {left} left out.")


Writer = Callable[[Path, Week | None, list[Post], Settings, int], None]


def _writer_for(args: argparse.Namespace) -> Writer:
    if args.csv:
        from planner.io.csv_format import write_csv

        return lambda target, week, posts, settings, weeks: write_csv(posts, target)
    if args.ics:
        from planner.io.ics import write_ics
        from planner.io.zones import practice_zone_name

        return lambda target, week, posts, settings, weeks: write_ics(
            posts, target, practice_zone_name(settings.timezone)
        )
    return _write_pdf


def _write_pdf(
    target: Path,
    week: Week | None,
    posts: list[Post],
    settings: Settings,
    weeks: int,
    consents: ConsentCheck | None = None,
    to_check: frozenset[int] = frozenset(),
    own: Sequence[OwnDay] = (),
    hidden: Sequence[str] = (),
) -> None:
    assert week is not None, "the parser allows --pdf only with --week"
    from planner.printing.pages import export_week_pdf

    with _gui_application():
        export_week_pdf(target, week, posts, settings, weeks=weeks, consents=consents,
                        check=to_check, own_days=own, hidden=hidden)  # fmt: skip


@contextmanager
def _gui_application() -> Iterator[None]:
    """A QGuiApplication for painting, held while the block runs and shut down after it.

    With no display (a server, a cron job) it paints offscreen; the environment is left
    as it was. An application that already runs (a caller's own) is used as it is.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        yield
        return
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "planner"]
    if _no_display():
        argv += ["-platform", "offscreen"]
    app = QGuiApplication(argv)
    try:
        yield
    finally:
        app.shutdown()


def _no_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
