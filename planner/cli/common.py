"""What the commands share: opening the store the right way, and showing posts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.cli.errors import CliError
from planner.console import warn
from planner.core.domain import Post, day_name, first_line, format_time, short_day
from planner.core.uses import ordered_uses
from planner.core.weeks import Week
from planner.store import Store, StoreMissing, open_store

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@contextmanager
def store_for_reading(path: Path) -> Iterator[Store | None]:
    """The store, or None when it does not exist yet: read commands create nothing.

    They skip the check of every page: reading cannot harm the file, and a damaged
    page they touch is still reported.
    """
    try:
        store = open_store(path, create=False, check_pages=False)
    except StoreMissing:
        yield None
        return
    try:
        yield store
    finally:
        store.close()


@contextmanager
def store_for_writing(path: Path) -> Iterator[Store]:
    """The store, created if it does not exist yet."""
    store = open_store(path)
    try:
        yield store
    finally:
        store.close()


def get_post(store: Store | None, post_id: int, path: Path) -> Post:
    try:
        if store is None:
            raise KeyError(post_id)
        return store.get(post_id)
    except KeyError:
        raise CliError(f"there is no post {post_id} in {path}") from None


def refuse_problems(post: Post) -> None:
    problems = post.problems()
    if problems:
        raise CliError(" ".join(problems), 2)


def refuse_overwrite(target: Path, store: Path) -> None:
    """Refuse, before any work, an output that would replace a file of the store."""
    from planner.paths import refuse_store_overwrite

    try:
        refuse_store_overwrite(target, store)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def check_writable_target(path: Path) -> None:
    """Say so before any work when an export cannot land where asked."""
    if path.is_dir():
        raise CliError(f"cannot save {path}: a folder already has that name")
    if not path.parent.is_dir():
        raise CliError(f"cannot save {path}: the folder {path.parent} does not exist")


def when(post: Post) -> str:
    if post.date is None:
        return "idea"
    time = format_time(post.time) if post.time else "--:--"
    return f"{short_day(post.date)} {time}"


def post_line(post: Post, width: int = 60) -> str:
    """One post as one line of the ``list`` table."""
    day = f"{short_day(post.date):<10}" if post.date else f"{'idea':<10}"
    time = format_time(post.time) if post.time else "     "
    return (
        f"{post.id:>5}  {day}  {time}  {post.platform.label:<9}  "
        f"{post.kind.letter} {post.kind.value:<11}  {post.status.value:<9}  "
        f"{first_line(post.text, width)}"
    )


def describe(post: Post) -> str:
    """``post 12 (Facebook, Tue 1 Dec 09:00): New week, same smiles.``"""
    return f"post {post.id} ({post.platform.label}, {when(post)}): {first_line(post.text, 50)}"


def post_to_json(post: Post) -> dict[str, Any]:
    return {
        "id": post.id,
        "date": post.date.isoformat() if post.date else None,
        "time": format_time(post.time) if post.time else None,
        "weekday": day_name(post.date) if post.date else None,
        "platform": post.platform.value,
        "kind": post.kind.value,
        "status": post.status.value,
        "text": post.text,
        "link": post.link,
        "notes": post.notes,
        "uid": post.uid,
        "series": post.series,
        "uses": [use.value for use in ordered_uses(post.uses)],
        "consents": sorted(post.consents),
    }


def warn_about_day(store: Store, post: Post) -> None:
    """After an edit, say on stderr if the post's day is now over a platform's limit."""
    if post.date is None:
        return
    from planner.core.rules import DailyLimitWarning, evaluate_week  # list and export never load it

    week = Week.containing(post.date)
    report = evaluate_week(week, store.posts_in_week(week), store.settings())
    for warning in report.warnings:
        if (
            isinstance(warning, DailyLimitWarning)
            and warning.date == post.date
            and warning.platform is post.platform
        ):
            warn(warning.message)
