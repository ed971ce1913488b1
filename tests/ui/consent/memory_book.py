"""A consent book held in memory: the persistence interface's test double, with posts
and links, so the Consent window's tests run the same over it as over the store.

``FilledBook`` is how a test fills either book, written once for both."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from planner.core.consent import ConsentRecord, Use, affected_posts
from planner.core.domain import Kind, Platform, Post, Status
from planner.ui.consent.book import BookRefused

TODAY = dt.date(2026, 12, 2)  # a Wednesday


class FilledBook(ABC):
    """How a test fills a book: ``record`` a consent (saved through the book's ``add``),
    ``post`` one linked to a record (kept by the book's ``_keep_post``)."""

    @abstractmethod
    def add(self, record: ConsentRecord) -> ConsentRecord: ...

    @abstractmethod
    def _keep_post(self, post: Post, consent_id: int) -> Post:
        """Keep ``post`` (it has no id yet) linked to the record ``consent_id``."""

    def record(
        self,
        person: str,
        *,
        covers: Iterable[Use] = (Use.PHOTO,),
        platforms: Iterable[Platform] = (),
        signed: dt.date = dt.date(2026, 3, 1),
        expires: dt.date | None = None,
        revoked: dt.date | None = None,
        form: str = "",
        notes: str = "",
    ) -> ConsentRecord:
        new = ConsentRecord(
            None, person, frozenset(covers), frozenset(platforms), signed, expires, revoked,
            form, notes,
        )  # fmt: skip
        return self.add(new)

    def post(
        self,
        consent: ConsentRecord,
        day: dt.date | None,
        text: str,
        *,
        platform: Platform = Platform.FACEBOOK,
        status: Status = Status.SCHEDULED,
        at: dt.time = dt.time(9, 30),
    ) -> Post:
        """A post linked to ``consent``: an idea when ``day`` is None, else on ``day`` at ``at``."""
        assert consent.id is not None
        if day is None:
            status = Status.IDEA
        post = Post(platform, Kind.ORIGINAL, text, status, day, at if day else None)
        return self._keep_post(post, consent.id)


@dataclass
class MemoryBook(FilledBook):
    records: dict[int, ConsentRecord] = field(default_factory=dict)
    posts: dict[int, Post] = field(default_factory=dict)
    links: dict[int, list[int]] = field(default_factory=dict)  # consent id -> post ids
    refuse: str = ""  # when set, the next change is refused with this message
    moves: list[list[Post]] = field(default_factory=list)  # each call of move_to_ideas

    # -- the ConsentBook interface ------------------------------------------------------

    def consents(self) -> list[ConsentRecord]:
        return list(self.records.values())

    def linked_posts(self, consent_id: int) -> list[Post]:
        return [self.posts[i] for i in self.links.get(consent_id, [])]

    def add(self, record: ConsentRecord) -> ConsentRecord:
        self._maybe_refuse()
        saved = record.with_changes(id=max(self.records, default=0) + 1)
        assert saved.id is not None
        self.records[saved.id] = saved
        return saved

    def update(self, record: ConsentRecord) -> None:
        self._maybe_refuse()
        assert record.id in self.records
        self.records[record.id] = record

    def revoke(self, consent_id: int, on: dt.date) -> list[Post]:
        self._maybe_refuse()
        self.records[consent_id] = self.records[consent_id].with_changes(revoked=on)
        return affected_posts(self.linked_posts(consent_id), on)

    def refuse_next(self) -> str:
        """Refuse the next change; return the message the window will show."""
        self.refuse = "The plan is open read-only; close the other copy first."
        return self.refuse

    def _maybe_refuse(self) -> None:
        if self.refuse:
            message, self.refuse = self.refuse, ""
            raise BookRefused(message)

    # -- what the window is handed to move posts back to ideas ---------------------------

    def move_to_ideas(self, posts: Sequence[Post]) -> bool:
        self.moves.append(list(posts))
        for post in posts:
            assert post.id is not None
            self.posts[post.id] = post.with_changes(status=Status.IDEA, date=None, time=None)
        return True

    # -- building a book ----------------------------------------------------------------

    def _keep_post(self, post: Post, consent_id: int) -> Post:
        post_id = max(self.posts, default=0) + 1
        kept = self.posts[post_id] = post.with_changes(id=post_id)
        self.links.setdefault(consent_id, []).append(post_id)
        return kept


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


class SampleBook(Protocol):
    """What the window's tests use of a book: the ConsentBook interface, what it holds,
    and how to fill it. ``MemoryBook`` is one; the store-backed one in
    ``store_book_harness`` is the other."""

    @property
    def records(self) -> Mapping[int, ConsentRecord]: ...

    @property
    def posts(self) -> Mapping[int, Post]: ...

    moves: list[list[Post]]

    def consents(self) -> list[ConsentRecord]: ...

    def linked_posts(self, consent_id: int) -> list[Post]: ...

    def add(self, record: ConsentRecord) -> ConsentRecord: ...

    def update(self, record: ConsentRecord) -> None: ...

    def revoke(self, consent_id: int, on: dt.date) -> list[Post]: ...

    def move_to_ideas(self, posts: Sequence[Post]) -> bool: ...

    def refuse_next(self) -> str: ...

    def record(
        self,
        person: str,
        *,
        covers: Iterable[Use] = ...,
        platforms: Iterable[Platform] = ...,
        signed: dt.date = ...,
        expires: dt.date | None = ...,
        revoked: dt.date | None = ...,
        form: str = ...,
        notes: str = ...,
    ) -> ConsentRecord: ...

    def post(
        self,
        consent: ConsentRecord,
        day: dt.date | None,
        text: str,
        *,
        platform: Platform = ...,
        status: Status = ...,
        at: dt.time = ...,
    ) -> Post: ...


def sample_book() -> MemoryBook:
    """Eight records, two in every state on TODAY, with posts linked to some."""
    book = MemoryBook()
    fill_sample(book)
    return book


BookT = TypeVar("BookT", bound=SampleBook)


def fill_sample(book: BookT) -> BookT:
    """Eight records, two in every state on TODAY, with posts linked to some."""
    d = dt.date
    smith = book.record(
        "J. Smith", covers=(Use.PHOTO, Use.NAME), signed=d(2026, 6, 20), expires=days(200),
        form="Cabinet B, 2026",
    )  # fmt: skip
    book.record(
        "Amira Haddad", covers=tuple(Use), platforms=(Platform.FACEBOOK, Platform.INSTAGRAM),
        signed=d(2025, 9, 14), form="Scanned: Consents/2025/haddad.pdf",
    )  # fmt: skip
    book.record(
        "Tom O'Neill", covers=(Use.VIDEO, Use.STORY), signed=d(2025, 12, 14), expires=days(12)
    )
    book.record(
        "Li Wei", covers=(Use.TESTIMONIAL, Use.NAME), signed=d(2025, 12, 2), expires=days(0)
    )
    patel = book.record("Priya Patel", signed=d(2025, 11, 29), expires=days(-3))
    book.record(
        "Maria Garcia", covers=(Use.PHOTO, Use.VIDEO), signed=d(2025, 9, 3), expires=days(-90)
    )
    book.record(
        "Sam Brown", covers=(Use.STORY,), signed=d(2026, 3, 12), expires=days(100),
        revoked=days(-10), notes="Asked by phone to stop; form kept.",
    )  # fmt: skip
    book.record("Eve Adams", covers=tuple(Use), signed=d(2026, 2, 10), revoked=days(-40))
    book.post(smith, days(-20), "Team day at the practice, with our patients' smiles")
    book.post(smith, days(6), "Meet our hygienist: how to floss well", platform=Platform.X)
    book.post(smith, None, "Before and after: a whitening story")
    book.post(patel, days(5), "Priya's new smile", platform=Platform.INSTAGRAM)
    return book
