"""``planner import``: all the posts of a file, or none of them.

The whole file is read and checked before the store is opened, so a bad row, a missing
option or a dry run writes nothing. Rows are matched against the store first
(``planner.io.import_plan``): a row with a stored post's uid updates it, a row that
repeats a stored post is skipped, and the rest are new; all of it is saved at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, warn
from planner.core.domain import Post
from planner.core.weeks import Week
from planner.io.import_plan import ImportPlan, plan_against
from planner.io.imports import NeedsChoice, detect, read_import, read_text
from planner.io.records import ImportFileError

SHOWN_ROW_ERRORS = 3


def import_file(args: argparse.Namespace, path: Path) -> int:
    source: Path = args.file
    if not source.is_file():
        why = "it is a folder" if source.is_dir() else "there is no such file"
        raise CliError(f"cannot read {source}: {why}")
    try:
        text = read_text(source)
        layout = detect(text).describe()
        result = read_import(
            text, date_order=args.date_order, platform=args.platform, kind=args.kind
        )
    except NeedsChoice as exc:
        wanted = " ".join(
            f"--{name.replace('_', '-')} {'|'.join(values)}" for name, values in exc.choices.items()
        )
        message = f"{source} looks like a {exc.description}; to import it, add {wanted}"
        raise CliError(message, 2) from None
    except ImportFileError as exc:
        raise CliError(f"nothing imported: {exc}") from None
    if result.errors:
        if args.dry_run:
            for error in result.errors:
                say(f"row {error.row}: {error.reason}")
        shown = "; ".join(f"row {e.row}: {e.reason}" for e in result.errors[:SHOWN_ROW_ERRORS])
        hidden = len(result.errors) - SHOWN_ROW_ERRORS
        more = f" (and {hidden} more; --dry-run lists them all)" if hidden > 0 else ""
        raise CliError(f"nothing imported from {source}: {shown}{more}")
    if not result.posts:
        # A header and no rows is what exporting an empty week writes: it must import
        # back. A file with no header at all was refused above, as a row error.
        say("The file holds no posts; nothing to import.")
        return 0
    summary = f"{len(result.posts)} {_posts(len(result.posts))} ({_spread(result.posts)})"
    with store_for_reading(path) as store:
        plan = plan_against(store, result)
    if args.dry_run:
        _report(f"{source}: {layout}; {summary}.", plan)
        say(f"Would import: {plan.summary()}.")
        say("Dry run: nothing was written.")
        return 0
    if not plan.changes():
        _report(f"{source}: {layout}; {summary}.", plan)
        say(f"Nothing to import: {plan.summary()}.")
        return 0
    from planner.store.backups import kept_for_import

    with store_for_writing(path) as store, kept_for_import(store) as kept:
        # Again under the write: the rows are matched against the store they change.
        plan = plan_against(store, result)
        store.apply_changes(plan.changes())
    _report(f"{source}: {layout}; {summary}.", plan)
    say(f"Imported into {path}: {plan.summary()}.")
    if kept is not None:
        say(f"The plan before this import is kept in {kept}; 'planner restore' it to undo.")
    return 0


def _report(heading: str, plan: ImportPlan) -> None:
    """What the file is, then each update and what it changes. A change that looks like
    a spreadsheet's guess is also a warning on stderr, so that it is seen."""
    say(heading)
    for row in plan.rows:
        if row.action == "update":
            say(f"row {row.row}: updates post {row.post.id} ({', '.join(row.changed)})")
        for flag in row.flags:
            warn(f"row {row.row}: {flag}")


def _posts(count: int) -> str:
    return "post" if count == 1 else "posts"


def _spread(posts: list[Post]) -> str:
    """``9 dated in 2026-W49 to 2026-W50, 2 ideas``."""
    days = sorted(p.date for p in posts if p.date is not None)
    ideas = sum(1 for p in posts if p.date is None)
    parts = []
    if days:
        first, last = Week.containing(days[0]), Week.containing(days[-1])
        weeks = str(first) if first == last else f"{first} to {last}"
        parts.append(f"{len(days)} dated in {weeks}")
    if ideas:
        parts.append(f"{ideas} {'idea' if ideas == 1 else 'ideas'}")
    return ", ".join(parts)
