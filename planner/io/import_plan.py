"""What an import will do to the plan, row by row, before anything is written.

PRODUCT.md, "Import that survives a spreadsheet": a row whose ``uid`` is in the store
updates that post (or leaves it as it is, when nothing changed); a row with an unknown
uid is a new post with that uid; a row without a uid that matches a stored post exactly
(date, time, platform, text) is a duplicate and is skipped. Everything else is new.

Pure: ``plan_against`` reads the stored posts the rows may match through three reads
any store offers (``lookups_needed`` says which), and the caller saves
``ImportPlan.changes()`` in one transaction, as one undo step.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from planner.core.domain import Post
from planner.io.records import ParseResult
from planner.io.spreadsheet_cells import numeric_date_parts

Action = Literal["new", "update", "unchanged", "duplicate"]
Change = tuple[Post | None, Post | None]
FIELDS = ("date", "time", "platform", "kind", "status", "text", "link", "notes")
# The cells a spreadsheet may have re-typed, and what to call them in a message.
TEXT_FIELDS = {"text": "text", "link": "link", "notes": "notes"}


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row of the file and what importing it does.

    ``post`` is what the row saves (an update carries the stored post's id and uid) or,
    for an unchanged or duplicate row, the stored post it matches, which is ``before``.
    ``changed`` names the fields an update changes; ``flags`` says which of those changes
    look like a spreadsheet's guess rather than an edit.
    """

    row: int
    action: Action
    post: Post
    before: Post | None = None
    changed: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Every row's action, in file order."""

    rows: tuple[PlannedRow, ...] = ()
    counts: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        counts = {action: 0 for action in ("new", "update", "unchanged", "duplicate")}
        for row in self.rows:
            counts[row.action] += 1
        object.__setattr__(self, "counts", counts)

    def changes(self) -> list[Change]:
        """What to save: ``(None, post)`` for each new post, ``(before, after)`` for each
        update. Unchanged and duplicate rows save nothing."""
        saved: list[Change] = []
        for row in self.rows:
            if row.action == "new":
                saved.append((None, row.post))
            elif row.action == "update":
                saved.append((row.before, row.post))
        return saved

    @property
    def flagged(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.flags]

    def summary(self) -> str:
        """``2 new, 3 updated, 5 unchanged, 1 duplicate skipped``."""
        duplicates = self.counts["duplicate"]
        return (
            f"{self.counts['new']} new, {self.counts['update']} updated, "
            f"{self.counts['unchanged']} unchanged, "
            f"{duplicates} duplicate{'' if duplicates == 1 else 's'} skipped"
        )


@dataclass(frozen=True, slots=True)
class Lookups:
    """The stored posts an import may match: by uid, and in a span of days (plus the
    ideas, when the file holds any) for duplicates."""

    uids: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None
    ideas: bool


def lookups_needed(posts: Iterable[Post]) -> Lookups:
    """Which stored posts ``plan_import`` needs to see for these rows."""
    posts = list(posts)
    uids = tuple(sorted({post.uid for post in posts if post.uid}))
    days = [post.date for post in posts if not post.uid and post.date is not None]
    ideas = any(not post.uid and post.date is None for post in posts)
    return Lookups(uids, min(days, default=None), max(days, default=None), ideas)


class StoredPosts(Protocol):
    """What ``plan_against`` reads of a store (``planner.store.Store`` offers it)."""

    def posts_with_uids(self, uids: Sequence[str]) -> dict[str, Post]: ...

    def posts_between(self, first: dt.date, last: dt.date) -> list[Post]: ...

    def ideas(self) -> list[Post]: ...


def plan_against(store: StoredPosts | None, result: ParseResult) -> ImportPlan:
    """Each good row of ``result`` against what ``store`` holds (None: no store yet)."""
    rows = [(parsed.row, parsed.post) for parsed in result.rows if parsed.post is not None]
    if store is None:
        return plan_import(rows, {})
    needed = lookups_needed(post for _row, post in rows)
    stored: list[Post] = []
    if needed.first is not None and needed.last is not None:
        stored += store.posts_between(needed.first, needed.last)
    if needed.ideas:
        stored += store.ideas()
    return plan_import(rows, store.posts_with_uids(needed.uids), stored)


def plan_import(
    rows: Sequence[tuple[int, Post]],
    stored_by_uid: Mapping[str, Post],
    stored: Iterable[Post] = (),
) -> ImportPlan:
    """Decide each ``(row number, post)`` of a file against the store.

    ``stored_by_uid`` holds the stored posts with the rows' uids (others may be there
    too); ``stored`` the stored posts a row without a uid may duplicate.
    """
    by_content: dict[tuple[object, ...], Post] = {}
    for post in stored:
        by_content.setdefault(_content_key(post), post)
    planned = []
    for row, post in rows:
        match = stored_by_uid.get(post.uid) if post.uid else None
        if match is not None:
            planned.append(_against(row, post, match))
        elif not post.uid and (same := by_content.get(_content_key(post))) is not None:
            planned.append(PlannedRow(row, "duplicate", same, same))
        else:
            planned.append(PlannedRow(row, "new", post.with_changes(id=None)))
    return ImportPlan(tuple(planned))


def _content_key(post: Post) -> tuple[object, ...]:
    return (post.date, post.time, post.platform, _same_breaks(post.text))


def _against(row: int, post: Post, stored: Post) -> PlannedRow:
    """An update of ``stored`` by ``post``, or unchanged when no field differs. Only the
    file's fields change: what a row cannot say (its series, what it features of a
    patient and the consents linked, the figures typed in) stays as stored."""
    after = stored.with_changes(**{name: getattr(post, name) for name in FIELDS})
    for name in ("text", "notes"):
        # A spreadsheet saves every line break as LF; that alone is no change.
        if _same_breaks(getattr(after, name)) == _same_breaks(getattr(stored, name)):
            after = after.with_changes(**{name: getattr(stored, name)})
    changed = tuple(name for name in FIELDS if getattr(after, name) != getattr(stored, name))
    if not changed:
        return PlannedRow(row, "unchanged", stored, stored)
    flags = tuple(
        flag
        for name in changed
        if name in TEXT_FIELDS
        and (
            flag := spreadsheet_guess(
                TEXT_FIELDS[name], getattr(stored, name), getattr(after, name)
            )
        )
    )
    return PlannedRow(row, "update", after, stored, changed, flags)


def _same_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_LEADING_ZEROS = re.compile(r"0+\d*", re.ASCII)
_WHOLE_NUMBER = re.compile(r"(\d+)(?:[.,]0+)?", re.ASCII)
_FRACTION = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}", re.ASCII)
_LONG_NUMBER = re.compile(r"\d{12,}", re.ASCII)
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?E\+?\d+", re.ASCII | re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH = rf"\d{{1,2}}[-/ .]{_MONTH}(?:[-/ .]\d{{2,4}})?"  # 4-Mar, 04-Mar-26
_MONTH_DAY = rf"{_MONTH}[-/ .]\d{{1,2}}(?:[-/ ,.]+\d{{2,4}})?"  # Mar 4, Mar-04-2026
_NAMED_DATE = re.compile(f"(?:{_DAY_MONTH}|{_MONTH_DAY})", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}", re.ASCII)


def spreadsheet_guess(name: str, old: str, new: str) -> str | None:
    """Why ``old`` turning into ``new`` looks like a spreadsheet's guess, or None.

    Spreadsheets read a whole cell as a number or a date when it looks like one:
    ``0012345`` loses its zeros, ``3/4`` becomes a date, a long number goes scientific.
    """
    before, after = old.strip(), new.strip()
    if _LEADING_ZEROS.fullmatch(before) and len(before) > 1:
        number = _WHOLE_NUMBER.fullmatch(after)
        if number is not None and int(number.group(1)) == int(before) and after != before:
            return (
                f"the {name} {before!r} would become {after!r}: a spreadsheet may have "
                "dropped its leading zeros"
            )
    if _FRACTION.fullmatch(before) and _looks_like_date(after):
        return (
            f"the {name} {before!r} would become {after!r}: a spreadsheet may have read "
            "it as a date"
        )
    if _LONG_NUMBER.fullmatch(before) and _SCIENTIFIC.fullmatch(after):
        return (
            f"the {name} {before!r} would become {after!r}: a spreadsheet may have "
            "rounded it to a number"
        )
    return None


def _looks_like_date(cell: str) -> bool:
    return bool(
        numeric_date_parts(cell) is not None
        or _ISO_DATE.fullmatch(cell)
        or _NAMED_DATE.fullmatch(cell)
    )
