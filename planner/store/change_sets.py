"""Saving a set of post changes in one transaction, checked against what was read.

A change is ``(before, after)``: ``(None, post)`` adds a post (a new one gets an id and
a uid; one with an id comes back under it, as an undo does), ``(post, None)`` deletes
one, and ``(before, after)`` saves new fields. Each ``before`` must be what the store
still holds: a post changed underneath by another program is never written over
(``PostChanged``), and then nothing of the set is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from planner.core.domain import Post
from planner.store.rows import orm_values, post_from_row, post_values

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from sqlmodel import Session

Change = tuple[Post | None, Post | None]


def with_uid(post: Post) -> Post:
    """``post`` with a uid: its own, or a new random one for a post never saved."""
    return post if post.uid else post.with_changes(uid=str(uuid.uuid4()))


def apply_change_set(session: Session, path: Path, changes: Sequence[Change]) -> list[Change]:
    """Save ``changes`` in ``session``'s transaction; return them with the ids and uids
    that new posts were given. KeyError for a post that is gone, ``PostChanged`` for one
    that differs from its ``before``, ValueError for an id already in use."""
    from sqlalchemy import insert

    from planner.store.errors import PostChanged
    from planner.store.schema import POST_ID, PostRow

    saved: list[Change] = []
    new_posts: list[tuple[int, Post]] = []
    for index, (before, after) in enumerate(changes):
        if before is not None:
            assert before.id is not None
            row = session.get(PostRow, before.id)
            if row is None:
                raise KeyError(before.id)  # deleted elsewhere
            if post_from_row(orm_values(row)) != before:
                raise PostChanged(path, before.id)
            if after is None:
                session.delete(row)
            else:
                for name, value in post_values(after.with_changes(uid=before.uid)).items():
                    setattr(row, name, value)
        elif after is not None and after.id is not None:
            if session.get(PostRow, after.id) is not None:
                raise ValueError(f"Post {after.id} already exists, so it cannot be restored.")
            session.add(PostRow(id=after.id, **post_values(with_uid(after))))
        elif after is not None:
            after = with_uid(after)
            new_posts.append((index, after))
        saved.append((before, after))
    session.flush()
    if new_posts:
        statement = insert(PostRow).returning(POST_ID, sort_by_parameter_order=True)
        ids = session.scalars(statement, [post_values(post) for _, post in new_posts]).all()
        for (index, post), new_id in zip(new_posts, ids, strict=True):
            saved[index] = (None, post.with_changes(id=new_id))
    return saved
