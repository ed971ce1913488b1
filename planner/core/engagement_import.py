"""What importing an engagement file does to the plan, worked out before anything is saved.

The store keeps one record per (platform, network id or permalink), with the post it was
matched to. ``plan_import`` compares a file's records with those already kept and with
the planned posts: which records are new, which update a kept one, which are the same,
which post each is about (planner/core/engagement_matching.py), and which posts become
published. The import preview shows this plan, the command line prints its counts, and
the store saves it in one transaction (records and posts together).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from planner.core import edits
from planner.core.domain import Platform, Post, Status
from planner.core.engagement import EngagementRecord
from planner.core.engagement_matching import MATCH_WINDOW, match_records

RecordKey = tuple[Platform, str]  # (platform, network id or permalink)


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """An engagement record as the store keeps it: with the id of the post it is about."""

    record: EngagementRecord
    post_id: int | None = None

    @property
    def key(self) -> RecordKey:
        return record_key(self.record)


RecordChange = tuple[StoredRecord | None, StoredRecord | None]  # (before, after), as posts


def record_key(record: EngagementRecord) -> RecordKey:
    """What makes importing the same row again update it: its platform and network id."""
    return (record.platform, record.network_id)


class RowState(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One record of the file: what it is, the post it is about (or None), its state."""

    record: EngagementRecord
    post: Post | None
    state: RowState
    becomes_published: bool  # its post is marked published by this import


@dataclass(frozen=True, slots=True)
class EngagementImport:
    """Everything one import changes; ``record_changes`` and ``post_changes`` are what
    the store saves (and undo saves back), in one transaction."""

    rows: tuple[ImportRow, ...]
    record_changes: tuple[RecordChange, ...]  # the new and updated records only
    post_changes: tuple[tuple[Post, Post], ...]  # each post before and after publishing
    repeated: int  # rows whose key came again later in the file (the later row counts)

    def count(self, state: RowState) -> int:
        return sum(1 for row in self.rows if row.state is state)

    @property
    def new(self) -> int:
        return self.count(RowState.NEW)

    @property
    def updated(self) -> int:
        return self.count(RowState.UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(RowState.UNCHANGED)

    @property
    def matched(self) -> int:
        return sum(1 for row in self.rows if row.post is not None)

    @property
    def published(self) -> list[Post]:
        """The posts this import marks published, as they will be."""
        return [after for _before, after in self.post_changes]

    @property
    def changes_anything(self) -> bool:
        return bool(self.record_changes or self.post_changes)


def plan_import(
    records: Sequence[EngagementRecord],
    stored: Iterable[StoredRecord],
    posts: Sequence[Post],
    *,
    window: dt.timedelta = MATCH_WINDOW,
) -> EngagementImport:
    """What importing ``records`` into a plan holding ``stored`` and ``posts`` does.

    A record already stored keeps the post it was matched to (while that post is still
    planned and within reach). A post that a stored record not in this file is about is
    never matched again: a post has at most one record. ``posts`` are the dated posts
    near the records (planner/store gives those of the records' days and the posts
    stored records name); a matched post that is not yet published becomes published.
    """
    kept = {item.key: item for item in stored}
    unique = _last_of_each_key(records)
    in_file = {record_key(record) for record in unique}
    taken_elsewhere = {
        item.post_id for key, item in kept.items() if key not in in_file and item.post_id
    }
    known = {key: item.post_id for key, item in kept.items() if item.post_id is not None}
    candidates = [post for post in posts if post.id not in taken_elsewhere]
    by_id = {post.id: post for post in candidates if post.id is not None}
    matches = match_records(unique, candidates, window=window, known=known)
    rows: list[ImportRow] = []
    record_changes: list[RecordChange] = []
    post_changes: dict[int, tuple[Post, Post]] = {}
    for record, post_id in zip(unique, matches, strict=True):
        post = by_id.get(post_id) if post_id is not None else None
        before = kept.get(record_key(record))
        after = StoredRecord(record, post_id)
        if before is None:
            state = RowState.NEW
        elif before == after:
            state = RowState.UNCHANGED
        else:
            state = RowState.UPDATED
        if state is not RowState.UNCHANGED:
            record_changes.append((before, after))
        publish = post is not None and post.status is not Status.PUBLISHED
        if post is not None and post.id is not None and publish:
            post_changes[post.id] = (post, edits.published(post))
        rows.append(ImportRow(record, post, state, publish))
    return EngagementImport(
        tuple(rows), tuple(record_changes), tuple(post_changes.values()), len(records) - len(unique)
    )


def _last_of_each_key(records: Sequence[EngagementRecord]) -> list[EngagementRecord]:
    """One record per key, in file order; a key that comes again takes its later figures
    (an export of two overlapping periods lists a post twice, the later one fuller)."""
    last: dict[RecordKey, EngagementRecord] = {}
    for record in records:
        last[record_key(record)] = record  # a dict keeps the first place of a key
    return list(last.values())
