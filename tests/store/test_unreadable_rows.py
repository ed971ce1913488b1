"""A row holding a value a store should not hold is reported by id and reason; the rest
still reads, and every write is refused before anything is written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import scheduled
from unreadable_helpers import BAD_ID, SPOILERS, WEEK_DAY, planned_store, set_value

from planner.core import edits
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import Store, StoreError, open_store
from planner.store.errors import PostUnreadable, UnreadablePosts

WEEK = Week(2026, 49)


@pytest.fixture(params=list(SPOILERS))
def spoiled(request: pytest.FixtureRequest, db_file: Path) -> tuple[Path, str]:
    """A store whose post 3 holds a bad value, and the column that holds it."""
    spoil, column = SPOILERS[request.param]
    planned_store(db_file)
    spoil(db_file)
    return db_file, column


def test_the_rest_reads_and_the_row_is_named_with_its_reason(spoiled: tuple[Path, str]) -> None:
    path, column = spoiled
    with open_store(path) as store:
        week = store.posts_in_week(WEEK)
        assert [p.id for p in week] == [1, 2, 4, 5]
        assert all(isinstance(p.text, str) and isinstance(p.link, str) for p in week)
        assert [row.post_id for row in week.unreadable] == [BAD_ID]
        reason = week.unreadable[0].reason
        assert column in reason and "\n" not in reason
        assert [p.id for p in store.ideas()] == [6] and store.ideas().unreadable == []
        with pytest.raises(PostUnreadable) as caught:
            store.get(BAD_ID)
        assert f"post {BAD_ID}" in str(caught.value) and column in str(caught.value)
        assert [(r.post_id, r.reason) for r in store.unreadable_rows()] == [(BAD_ID, reason)]
        assert store.get(4).text == "post 4"


def rows(path: Path) -> list[tuple[object, ...]]:
    """Every stored value, as bytes where it is text (some are not UTF-8)."""
    conn = sqlite3.connect(path)
    conn.text_factory = bytes
    try:
        posts = conn.execute("SELECT * FROM post ORDER BY id").fetchall()
        return posts + conn.execute("SELECT * FROM settings").fetchall()
    finally:
        conn.close()


EDITS: dict[str, Callable[[Store], object]] = {
    "add": lambda s: s.add(scheduled(WEEK_DAY)),
    "add_many": lambda s: s.add_many([scheduled(WEEK_DAY)]),
    "update": lambda s: s.update(s.get(1).with_changes(text="changed")),
    "move": lambda s: s.update(edits.moved(s.get(1), WEEK_DAY, dt.time(16, 0))),
    "apply_changes": lambda s: s.apply_changes([(s.get(1), None)]),
    "delete": lambda s: s.delete(1),
    "delete-the-bad-one": lambda s: s.delete(BAD_ID),
    "restore": lambda s: s.restore([scheduled(WEEK_DAY).with_changes(id=99)]),
    "save_settings": lambda s: s.save_settings(Settings(practice_name="Other")),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_every_write_is_refused_in_one_line_before_anything_is_written(
    spoiled: tuple[Path, str], edit: Callable[[Store], object]
) -> None:
    path, _column = spoiled
    before = rows(path)
    with open_store(path) as store:
        with pytest.raises(UnreadablePosts) as caught:
            edit(store)
        message = str(caught.value)
        assert str(path) in message and f"post {BAD_ID}" in message
        assert "nothing was changed" in message.lower() and "\n" not in message
    assert rows(path) == before


def test_a_row_no_read_meets_still_stops_writes(db_file: Path) -> None:
    planned_store(db_file)
    set_value(db_file, "date", "20261201")  # in no week: no week's read ever returns it
    with open_store(db_file) as store:
        assert [p.id for p in store.posts_in_week(WEEK)] == [1, 2, 4, 5]
        assert [r.post_id for r in store.unreadable_rows()] == [BAD_ID]
        with pytest.raises(UnreadablePosts, match="date"):
            store.add(scheduled(WEEK_DAY))
        assert store.date_span() == (WEEK_DAY, WEEK_DAY)


def test_a_store_mended_by_another_program_takes_writes_again(db_file: Path) -> None:
    planned_store(db_file)
    set_value(db_file, "text", b"blob")
    with open_store(db_file) as store:
        with pytest.raises(UnreadablePosts):
            store.add(scheduled(WEEK_DAY))
        set_value(db_file, "text", "mended")  # another connection writes
        assert store.add(scheduled(WEEK_DAY)).id == 7
        assert store.unreadable_rows() == []
        assert store.get(BAD_ID).text == "mended"


def test_many_unreadable_rows_are_named_in_one_short_line(db_file: Path) -> None:
    planned_store(db_file)
    for post_id in range(1, 7):
        set_value(db_file, "text", b"blob", post_id)
    with open_store(db_file) as store:
        assert store.posts_in_week(WEEK) == [] and store.ideas() == []
        with pytest.raises(StoreError) as caught:
            store.add(scheduled(WEEK_DAY))
    message = str(caught.value)
    assert "6 posts" in message and "post 1" in message and "3 more" in message
    assert len(message) < 500 and "\n" not in message
