"""What the Consent window needs of the store: the records, their links, and changes.

The window speaks only to this interface, so it can be shown over the real store or
over a list in memory, and both are tested the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from planner.core.consent import ConsentRecord
from planner.core.domain import Post


class BookRefused(Exception):
    """The store would not take a change; the message says why, in plain words."""


class ConsentBook(Protocol):
    """The practice's consent records and the posts linked to them.

    ``add``, ``update`` and ``revoke`` raise ``BookRefused`` when the change cannot be
    saved; nothing is changed then.
    """

    def consents(self) -> list[ConsentRecord]:
        """Every record, revoked and expired ones included."""
        ...

    def linked_posts(self, consent_id: int) -> list[Post]:
        """The posts (dated ones and ideas) linked to the record ``consent_id``."""
        ...

    def add(self, record: ConsentRecord) -> ConsentRecord:
        """Save a new record (its ``id`` is None) and return it with its id."""
        ...

    def update(self, record: ConsentRecord) -> None:
        """Save the changed fields of a stored record."""
        ...

    def revoke(self, consent_id: int, on: dt.date) -> list[Post]:
        """Mark the record revoked from ``on``; return the dated posts that affects
        (``planner.core.consent.affected_posts`` of its linked posts)."""
        ...


# Moves the given posts back to ideas as one undo step; False when it was refused.
MoveToIdeas = Callable[[Sequence[Post]], bool]
