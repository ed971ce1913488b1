"""Consent records in the store, and the posts linked to them.

A post keeps the ids of its consents in its own ``consents`` column (so linking is an
edit of the post, undone like any other); triggers of schema step 5 keep the
``post_consent`` table in step with it. A record that posts link to is never deleted:
it is revoked, and stays on record. Reads are plain SQL on the store's connection;
each change is one write transaction. Reached as ``Store.consents``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager

from planner.core.consent import ConsentRecord, long_day, ordered_platforms
from planner.core.consent_rule import ConsentCheck, StoryCheck, tells_patient_story
from planner.core.domain import Platform, Post
from planner.core.uses import uses_from_text, uses_text
from planner.store.errors import StoreCorrupt
from planner.store.post_columns import SELECT_LIST, date_text

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from sqlmodel import Session

    Select = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
    ReadPosts = Callable[[str, Sequence[Any]], list[Post]]
    Writing = Callable[[], AbstractContextManager[Session]]

_COLUMNS = "id, person, covers, platforms, signed, expires, revoked, form, notes"
_PLATFORMS = {platform.value: platform for platform in Platform}
_CHUNK = 500  # ids per IN (...) list, far below SQLite's limit on bound values


def _platforms_text(platforms: frozenset[Platform]) -> str:
    return ",".join(p.value for p in ordered_platforms(platforms))


def _platforms_from(text: str) -> frozenset[Platform]:
    if not text:
        return frozenset()
    try:
        return frozenset(_PLATFORMS[part] for part in text.split(","))
    except KeyError as exc:
        raise ValueError(f"unknown platform {exc.args[0]!r}") from None


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    if not isinstance(text, str) or len(text) != 10:
        raise ValueError(f"{text!r} is not a date")
    return dt.date.fromisoformat(text)


def _values(record: ConsentRecord) -> dict[str, Any]:
    return {
        "person": record.person,
        "covers": uses_text(record.covers),
        "platforms": _platforms_text(record.platforms),
        "signed": date_text(record.signed),
        "expires": date_text(record.expires),
        "revoked": date_text(record.revoked),
        "form": record.form,
        "notes": record.notes,
    }


def _refuse_problems(record: ConsentRecord) -> None:
    problems = record.problems()
    if problems:
        raise ValueError(problems[0])


class ConsentRecords:
    """The store's consent records. Changes raise ValueError (what is wrong, in words),
    KeyError (no such record) or a StoreError, and then nothing was written."""

    def __init__(self, path: Path, select: Select, read_posts: ReadPosts, writing: Writing):
        self._path = path
        self._select = select
        self._read_posts = read_posts
        self._writing = writing

    # -- reading -------------------------------------------------------------------

    def all(self) -> list[ConsentRecord]:
        """Every record, revoked and expired ones included, by id."""
        rows = self._select(f"SELECT {_COLUMNS} FROM consent ORDER BY id", ())
        return [self._record(row) for row in rows]

    def by_id(self) -> dict[int, ConsentRecord]:
        """Every record by its id: what the rule and the editor look links up in."""
        return {record.id: record for record in self.all() if record.id is not None}

    def check(self, patient_story: StoryCheck | None = tells_patient_story) -> ConsentCheck:
        """What rule ``consent`` needs to judge a week: every record, and how to tell a
        post that features a patient (None: by its uses alone)."""
        return ConsentCheck(self.by_id(), patient_story)

    def get(self, consent_id: int) -> ConsentRecord:
        """The record with this id; KeyError if there is none."""
        rows = self._select(f"SELECT {_COLUMNS} FROM consent WHERE id = ?", (consent_id,))
        if not rows:
            raise KeyError(consent_id)
        return self._record(rows[0])

    def unknown(self, ids: Sequence[int]) -> list[int]:
        """Those of ``ids`` that name no record, in the order given."""
        wanted = list(dict.fromkeys(ids))
        found: set[int] = set()
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows = self._select(f"SELECT id FROM consent WHERE id IN ({marks})", chunk)
            found.update(int(row[0]) for row in rows)
        return [i for i in wanted if i not in found]

    def linked_post_ids(self, consent_id: int) -> list[int]:
        rows = self._select(
            "SELECT post_id FROM post_consent WHERE consent_id = ? ORDER BY post_id",
            (consent_id,),
        )
        return [int(row[0]) for row in rows]

    def links(self) -> dict[int, list[int]]:
        """For each record that posts link to, their ids, smallest first."""
        found: dict[int, list[int]] = {}
        rows = self._select(
            "SELECT consent_id, post_id FROM post_consent ORDER BY consent_id, post_id", ()
        )
        for consent_id, post_id in rows:
            found.setdefault(int(consent_id), []).append(int(post_id))
        return found

    def linked_posts(self, consent_id: int) -> list[Post]:
        """The posts linked to the record, dated ones by date and time, then ideas."""
        return self._read_posts(
            f"SELECT {SELECT_LIST} FROM post WHERE id IN "
            "(SELECT post_id FROM post_consent WHERE consent_id = ?) "
            "ORDER BY date IS NULL, date, time, id",
            (consent_id,),
        )

    # -- changes -------------------------------------------------------------------

    def add(self, record: ConsentRecord) -> ConsentRecord:
        """Save a new record (any id it carries is ignored); return it with its id."""
        from sqlalchemy import text

        _refuse_problems(record)
        values = _values(record)
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        with self._writing() as session:
            new_id = session.execute(
                text(f"INSERT INTO consent ({names}) VALUES ({marks}) RETURNING id"), values
            ).scalar_one()
        return record.with_changes(id=int(new_id))

    def update(self, record: ConsentRecord) -> ConsentRecord:
        """Save every field of the stored record ``record.id``; KeyError if it is gone."""
        from sqlalchemy import text

        if record.id is None:
            raise ValueError("This consent has not been saved yet, so it cannot be updated.")
        _refuse_problems(record)
        values = _values(record)
        sets = ", ".join(f"{name} = :{name}" for name in values)
        with self._writing() as session:
            done = session.execute(
                text(f"UPDATE consent SET {sets} WHERE id = :id RETURNING id"),
                {**values, "id": record.id},
            ).all()
            if not done:
                raise KeyError(record.id)
        return record

    def revoke(self, consent_id: int, on: dt.date) -> ConsentRecord:
        """Mark the record revoked from ``on``; return it. A record already revoked keeps
        its first revocation (ValueError), as does one signed after ``on``."""
        record = self.get(consent_id)
        if record.revoked is not None:
            raise ValueError(f"{record.label} was already revoked on {long_day(record.revoked)}.")
        return self.update(record.with_changes(revoked=on))

    def delete(self, consent_id: int) -> ConsentRecord:
        """Delete a record no post links to; return it as it was. A record that posts
        link to is refused (ValueError): revoke it instead, so the record stays."""
        from sqlalchemy import text

        record = self.get(consent_id)
        linked = self.linked_post_ids(consent_id)
        if linked:
            listed = ", ".join(str(i) for i in linked[:5]) + (" …" if len(linked) > 5 else "")
            which = f"post {listed} links" if len(linked) == 1 else f"posts {listed} link"
            raise ValueError(
                f"{record.label} cannot be deleted: {which} to it. Revoke it instead; the "
                "record stays, and the posts after the revocation are flagged."
            )
        with self._writing() as session:
            session.execute(text("DELETE FROM consent WHERE id = :id"), {"id": consent_id})
        return record

    # -- plumbing ------------------------------------------------------------------

    def _record(self, row: tuple[Any, ...]) -> ConsentRecord:
        try:
            consent_id, person, covers, platforms, signed, expires, revoked, form, notes = row
            signed_day = _day(signed)
            if signed_day is None:
                raise ValueError("no signing date")
            for value in (person, covers, platforms, form, notes):
                if not isinstance(value, str):
                    raise ValueError(f"{value!r} is not text")
            return ConsentRecord(
                int(consent_id), person, uses_from_text(covers), _platforms_from(platforms),
                signed_day, _day(expires), _day(revoked), form, notes,
            )  # fmt: skip
        except (ValueError, TypeError) as exc:
            why = f"consent {row[0]} holds a value this version cannot read: {exc}"
            raise StoreCorrupt(self._path, why) from exc


def _chunks(items: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
