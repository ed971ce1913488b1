"""The commands that change the plan: add, move, delete and demo.

Each checks everything it can before it opens the store for writing, so a mistake
writes nothing.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from planner.cli.clock_warnings import warn_about_wall_clock
from planner.cli.common import (
    describe,
    get_post,
    refuse_problems,
    store_for_reading,
    store_for_writing,
    warn_about_day,
)
from planner.cli.errors import CliError
from planner.cli.post_edit import check_consents_exist, warn_about_consent
from planner.console import say
from planner.core import edits
from planner.core.demo import sample_fortnight
from planner.core.domain import Post, Status
from planner.core.weeks import Week


def add(args: argparse.Namespace, path: Path) -> int:
    status = args.status
    if status is None:
        status = edits.new_status(args.date or args.time)
    if status is Status.IDEA and (args.date or args.time):
        raise CliError("an idea has no date or time; leave out --date and --time", 2)
    if status is not Status.IDEA and args.date is None:
        raise CliError(f"a {status.value} post needs --date YYYY-MM-DD (or use --status idea)", 2)
    if status is not Status.IDEA and args.time is None:
        raise CliError(f"a {status.value} post needs --time HH:MM", 2)
    post = Post(
        platform=args.platform,
        kind=args.kind,
        text=args.text,
        status=status,
        date=args.date,
        time=args.time,
        link=args.link.strip(),
        notes=args.notes,
        uses=args.uses or frozenset(),
        consents=args.consent or frozenset(),
    )
    refuse_problems(post)
    check_consents_exist(path, post.consents)  # before the store is created or written
    if args.repeat is not None:
        from planner.cli.series import add_series

        return add_series(args, path, post)
    with store_for_writing(path) as store:
        saved = store.add(post)
        say(str(saved.id))
        warn_about_day(store, saved)
        warn_about_consent(store, saved)
        warn_about_wall_clock(saved, store.settings())
    return 0


def move(args: argparse.Namespace, path: Path) -> int:
    # Read first: an unknown id must not create a store or touch one.
    with store_for_reading(path) as store:
        post = get_post(store, args.id, path)
        assert store is not None
        if args.time is None and post.time is None:
            raise CliError(f"post {post.id} is an idea with no time yet; add --time HH:MM", 2)
        moved = edits.moved(post, args.date, args.time)
        refuse_problems(moved)
        store.check_pages()  # opened for reading; an edit needs every page checked
        store.update(moved)
        say(f"Moved {describe(moved)}")
        warn_about_day(store, moved)
        warn_about_wall_clock(moved, store.settings())
    return 0


def delete(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        get_post(store, args.id, path)
        assert store is not None
        store.check_pages()  # opened for reading; an edit needs every page checked
        deleted = store.delete(args.id)
    say(f"Deleted {describe(deleted)}")
    return 0


def demo(args: argparse.Namespace, path: Path) -> int:
    first_week = Week.this_week()
    posts = sample_fortnight(first_week)
    with store_for_writing(path) as store:
        held = store.count()
        if held:
            raise CliError(
                f"{path} already holds {held} posts; demo only fills an empty store. "
                "Try it with --db and a new file."
            )
        store.add_many(posts)
    dated = sum(1 for p in posts if p.date is not None)
    ideas = len(posts) - dated
    db = f" --db {shlex.quote(str(path))}" if args.db else ""
    say(
        f"Added {len(posts)} sample posts to {path}: {dated} planned in {first_week} and "
        f"{first_week.next()}, and {ideas} ideas."
    )
    say(f"Week {first_week} has a day over the Facebook limit. See it with:")
    say(f"  planner check --week {first_week}{db}")
    return 0
