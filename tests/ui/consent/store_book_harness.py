"""The Consent window's tests over the real store: the app's ``StoreConsentBook``, with
what the tests read and build through the store itself.

Moving posts back to ideas is the app's own ``move_to_ideas`` on an undo stack, so the
tests can undo it; a refusal is real: another connection holds the store's write lock.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping, Sequence

from memory_book import TODAY, FilledBook

from planner.core.consent import ConsentRecord
from planner.core.domain import Post
from planner.store import Store, StoreLocked
from planner.ui.consent.book import BookRefused
from planner.ui.consent.store_book import StoreConsentBook
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.consent_tools import move_to_ideas
from planner.ui.window.context import AppContext


class StoredPosts(Mapping[int, Post]):
    """The store's posts by id, read when asked."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getitem__(self, post_id: int) -> Post:
        return self._store.get(post_id)

    def __iter__(self) -> Iterator[int]:
        span = (dt.date(1900, 1, 1), dt.date(2200, 12, 31))
        posts = [*self._store.posts_between(*span), *self._store.ideas()]
        return iter(sorted(p.id for p in posts if p.id is not None))

    def __len__(self) -> int:
        return self._store.count()


class StoreBook(StoreConsentBook, FilledBook):
    def __init__(self, store: Store, prompts: ScriptedPrompts) -> None:
        super().__init__(store)
        self.context = AppContext(store, prompts=prompts, today=lambda: TODAY)
        self.moves: list[list[Post]] = []
        self._lock: sqlite3.Connection | None = None

    @property
    def records(self) -> dict[int, ConsentRecord]:
        return self.store.consents.by_id()

    @property
    def posts(self) -> StoredPosts:
        return StoredPosts(self.store)

    def move_to_ideas(self, posts: Sequence[Post]) -> bool:
        self.moves.append(list(posts))
        return move_to_ideas(self.context, posts)

    def refuse_next(self) -> str:
        """Hold the store's write lock from another connection until a change fails."""
        self._lock = sqlite3.connect(self.store.path, isolation_level=None)
        self._lock.execute("BEGIN IMMEDIATE")
        return str(StoreLocked(self.store.path))

    def _saving(self, change):  # type: ignore[no-untyped-def]
        try:
            return super()._saving(change)
        except BookRefused:
            if self._lock is not None:
                self._lock.rollback()
                self._lock.close()
                self._lock = None
            raise

    def _keep_post(self, post: Post, consent_id: int) -> Post:
        return self.store.add(post.with_changes(consents=frozenset({consent_id})))
