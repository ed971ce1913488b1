"""The guard's records in the store: acknowledgements, word-list edits and the
do-not-mention names (tables of schema v9).

An acknowledgement belongs to one post and goes when the post is deleted (the table's
foreign key cascades). Reads go through ``Store.select`` and skip a row that holds what
no version of the app writes, so one bad row never hides the rest; writes run in one
``Store.writing`` transaction each.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from planner.core.guard import LIST_NAMES, Acknowledgement
from planner.core.guard_setup import GuardSetup, WordEdit, name_key, tidy_name
from planner.core.settings import Settings
from planner.store.identifiers import SETTINGS_ROW_ID

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.consent import ConsentRecord
    from planner.store.repository import Store

_CHUNK = 500  # ids per IN (...) list


# -- reading -------------------------------------------------------------------------


def do_not_mention(store: Store) -> list[str]:
    """The do-not-mention names, in the order they were added."""
    rows = store.select("SELECT name FROM guard_name ORDER BY id")
    return [name for (name,) in rows if isinstance(name, str) and name.strip()]


def word_edits(store: Store) -> list[WordEdit]:
    """The practice's edits of the word lists, in the order they were made."""
    rows = store.select("SELECT list_name, phrase, added FROM guard_word ORDER BY id")
    return [
        WordEdit(list_name, phrase, bool(added))
        for list_name, phrase, added in rows
        if list_name in LIST_NAMES and isinstance(phrase, str) and added in (0, 1)
    ]


def guard_setup(store: Store | None) -> GuardSetup:
    """Everything the practice told the guard (the defaults when there is no store)."""
    if store is None:
        return GuardSetup.of(Settings())
    return GuardSetup.of(store.settings(), do_not_mention(store), word_edits(store))


def consent_records(store: Store | None) -> dict[int, ConsentRecord]:
    """The consent records by id, which a post is checked with (none without a store)."""
    return store.consents.by_id() if store is not None else {}


def acknowledgements(
    store: Store | None, post_ids: Iterable[int]
) -> dict[int, list[Acknowledgement]]:
    """The acknowledgements of each of ``post_ids`` that has any, oldest first."""
    found: dict[int, list[Acknowledgement]] = {}
    ids = list(dict.fromkeys(post_ids))
    if store is None or not ids:
        return found
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = store.select(
            "SELECT post_id, category, excerpt, reason, acknowledged_at "
            f"FROM guard_acknowledgement WHERE post_id IN ({marks}) ORDER BY id",
            chunk,
        )
        for post_id, category, excerpt, reason, when in rows:
            ack = _acknowledgement(category, excerpt, reason, when)
            if ack is not None and isinstance(post_id, int):
                found.setdefault(post_id, []).append(ack)
    return found


def _acknowledgement(
    category: object, excerpt: object, reason: object, when: object
) -> Acknowledgement | None:
    if not (isinstance(category, str) and isinstance(excerpt, str) and isinstance(reason, str)):
        return None
    try:
        moment = dt.datetime.fromisoformat(str(when))
    except ValueError:
        return None
    return Acknowledgement(category, excerpt, reason, moment)


# -- writing -------------------------------------------------------------------------


def add_acknowledgement(store: Store, post_id: int, ack: Acknowledgement) -> None:
    """Keep ``ack`` on the post (replacing one of the same category and excerpt);
    KeyError when the post is gone."""
    with store.writing() as conn:
        if conn.execute("SELECT 1 FROM post WHERE id = ?", (post_id,)).fetchone() is None:
            raise KeyError(post_id)
        conn.execute(
            "INSERT OR REPLACE INTO guard_acknowledgement "
            "(post_id, category, excerpt, reason, acknowledged_at) VALUES (?, ?, ?, ?, ?)",
            (post_id, ack.category, ack.excerpt, ack.reason, ack.when.isoformat()),
        )


def remove_acknowledgement(store: Store, post_id: int, ack: Acknowledgement) -> None:
    """Take the acknowledgement of ``ack``'s category and excerpt off the post."""
    with store.writing() as conn:
        conn.execute(
            "DELETE FROM guard_acknowledgement WHERE post_id = ? AND category = ? AND excerpt = ?",
            (post_id, ack.category, ack.excerpt),
        )


def add_name(store: Store, name: str) -> str:
    """Put ``name`` on the do-not-mention list; return it as kept. ValueError when it is
    already there (in any case or accents)."""
    shown = tidy_name(name)
    with store.writing() as conn:
        rows = conn.execute("SELECT name FROM guard_name").fetchall()
        for (kept,) in rows:
            if isinstance(kept, str) and name_key(kept) == name_key(shown):
                raise ValueError(f"{kept} is already on the do-not-mention list.")
        conn.execute("INSERT INTO guard_name (name) VALUES (?)", (shown,))
    return shown


def remove_name(store: Store, name: str) -> str:
    """Take ``name`` (in any case or accents) off the list; return it as it was kept.
    ValueError when it is not there."""
    with store.writing() as conn:
        rows = conn.execute("SELECT id, name FROM guard_name ORDER BY id").fetchall()
        match = next(
            (row for row in rows if isinstance(row[1], str) and name_key(row[1]) == name_key(name)),
            None,
        )
        if match is None:
            raise ValueError(f"{tidy_name(name)} is not on the do-not-mention list.")
        conn.execute("DELETE FROM guard_name WHERE id = ?", (match[0],))
    return str(match[1])


def save_guard_changes(
    store: Store,
    settings: Settings | None = None,
    *,
    names_added: Sequence[str] = (),
    names_removed: Sequence[str] = (),
    words_added: Sequence[WordEdit] = (),
    words_removed: Sequence[WordEdit] = (),
) -> None:
    """Save what the Guard settings changed in one transaction: the settings (when
    given), names and word edits added and taken away. Only the differences are written,
    so a name added meanwhile by the command line stays."""
    if settings is not None:
        problems = settings.problems()
        if problems:
            raise ValueError(problems[0])
    with store.writing() as conn:
        if settings is not None:
            conn.execute(
                "INSERT OR REPLACE INTO settings (id, data) VALUES (?, ?)",
                (SETTINGS_ROW_ID, json.dumps(settings.to_dict())),
            )
        gone = {name_key(name) for name in names_removed}
        if gone:
            for row_id, name in conn.execute("SELECT id, name FROM guard_name").fetchall():
                if isinstance(name, str) and name_key(name) in gone:
                    conn.execute("DELETE FROM guard_name WHERE id = ?", (row_id,))
        rows = conn.execute("SELECT name FROM guard_name").fetchall()
        kept = {name_key(n) for (n,) in rows if isinstance(n, str)}
        for name in names_added:
            if name_key(name) not in kept:
                kept.add(name_key(name))
                conn.execute("INSERT INTO guard_name (name) VALUES (?)", (tidy_name(name),))
        for edit in words_removed:
            conn.execute(
                "DELETE FROM guard_word WHERE list_name = ? AND phrase = ? AND added = ?",
                (edit.list_name, edit.phrase, int(edit.added)),
            )
        for edit in words_added:
            conn.execute(
                "INSERT OR REPLACE INTO guard_word (list_name, phrase, added) VALUES (?, ?, ?)",
                (edit.list_name, edit.phrase, int(edit.added)),
            )
