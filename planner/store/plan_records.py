"""The game plan's own records: week templates, the practice's awareness days and the
names of the days it hides. Each is a small table of its own (migration step 10).

Templates are kept as a JSON list of ``TemplateSlot.to_dict()``; saving one under a name
that exists replaces it only when asked.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from planner.core.awareness import OwnDay
from planner.core.week_plans import TemplateSlot
from planner.store.errors import StoreCorrupt

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.store.repository import Store

MAX_NAME = 80  # characters in a template's or an awareness day's name


@dataclass(frozen=True)
class WeekTemplate:
    """A named week of posts by weekday and time."""

    name: str
    slots: tuple[TemplateSlot, ...]


def checked_name(name: str, what: str) -> str:
    """``name`` trimmed; ValueError when it is empty, too long or has control characters."""
    text = " ".join(name.split())
    if not text:
        raise ValueError(f"The {what} name is empty; give it a name.")
    if len(text) > MAX_NAME:
        raise ValueError(f"The {what} name is {len(text)} characters; keep it to {MAX_NAME}.")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in text):
        raise ValueError(f"The {what} name holds a control character; type it plainly.")
    return text


# -- week templates -----------------------------------------------------------------


def templates(store: Store) -> list[WeekTemplate]:
    """Every template, by name (ignoring case)."""
    rows = store._select("SELECT name, slots FROM week_template ORDER BY name COLLATE NOCASE")
    return [_template(store, name, slots) for name, slots in rows]


def find_template(store: Store, name: str) -> WeekTemplate | None:
    """The template called ``name`` (any case), or None."""
    rows = store._select(
        "SELECT name, slots FROM week_template WHERE name = ? COLLATE NOCASE", (name.strip(),)
    )
    return _template(store, *rows[0]) if rows else None


def _template(store: Store, name: object, slots: object) -> WeekTemplate:
    try:
        items = json.loads(str(slots))
        if not isinstance(items, list):
            raise ValueError("its posts are not a list")
        return WeekTemplate(str(name), tuple(TemplateSlot.from_dict(item) for item in items))
    except (ValueError, TypeError, AttributeError) as exc:
        why = f"template {name!r} holds a value this version cannot read: {exc}"
        raise StoreCorrupt(store.path, why) from exc


def save_template(
    store: Store, name: str, slots: Sequence[TemplateSlot], *, replace: bool = False
) -> WeekTemplate:
    """Keep ``slots`` as the template ``name``; ValueError if that name is taken (unless
    ``replace``) or the week has no posts."""
    name = checked_name(name, "template")
    if not slots:
        raise ValueError("That week has no posts to keep as a template.")
    data = json.dumps([slot.to_dict() for slot in slots], ensure_ascii=False)
    store._refuse_writes()
    with store._session() as session:
        conn = session.connection()
        taken = conn.exec_driver_sql(
            "SELECT name FROM week_template WHERE name = ? COLLATE NOCASE", (name,)
        ).fetchone()
        if taken is not None and not replace:
            raise ValueError(f"There is already a template called {taken[0]!r}.")
        if taken is not None:
            conn.exec_driver_sql(
                "UPDATE week_template SET name = ?, slots = ? WHERE name = ? COLLATE NOCASE",
                (name, data, name),
            )
        else:
            conn.exec_driver_sql(
                "INSERT INTO week_template (name, slots) VALUES (?, ?)", (name, data)
            )
    return WeekTemplate(name, tuple(slots))


def delete_template(store: Store, name: str) -> str:
    """Delete the template ``name`` (any case); return its name. KeyError if none."""
    found = find_template(store, name)
    if found is None:
        raise KeyError(name)
    with store._session() as session:
        session.connection().exec_driver_sql(
            "DELETE FROM week_template WHERE name = ?", (found.name,)
        )
    return found.name


# -- awareness days -----------------------------------------------------------------


def own_days(store: Store) -> list[OwnDay]:
    """The practice's own days, by date; rows that cannot be read are left out."""
    found: list[OwnDay] = []
    for name, date, yearly in store._select(
        "SELECT name, date, yearly FROM awareness_day ORDER BY date, id"
    ):
        try:
            found.append(OwnDay(str(name), dt.date.fromisoformat(str(date)), bool(yearly)))
        except ValueError:
            continue  # an unreadable own day hides nothing else
    return found


def hidden_names(store: Store) -> list[str]:
    """The names of the awareness days the practice hides."""
    return [str(name) for (name,) in store._select("SELECT name FROM awareness_hidden")]


def printed_days(store: Store | None) -> tuple[list[OwnDay], list[str]]:
    """The practice's own awareness days and the names it hides: what a printed page
    needs beside the observances (none without a store)."""
    return (own_days(store), hidden_names(store)) if store is not None else ([], [])


def add_own_day(store: Store, day: OwnDay) -> OwnDay:
    """Keep one of the practice's own days."""
    day = OwnDay(checked_name(day.name, "day"), day.date, day.yearly)
    with store._session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO awareness_day (name, date, yearly) VALUES (?, ?, ?)",
            (day.name, day.date.isoformat(), int(day.yearly)),
        )
    return day


def hide_day(store: Store, name: str) -> bool:
    """Hide the days called ``name``; False when it was hidden already."""
    name = checked_name(name, "day")
    if name.casefold() in {hidden.casefold() for hidden in hidden_names(store)}:
        return False
    with store._session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO awareness_hidden (name) VALUES (?)", (name,)
        )
    return True
