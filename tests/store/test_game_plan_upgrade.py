"""A store made by the real steps up to 8 (calendar sync) takes the game plan's step:
its posts, their uids and their sync records stay as they were, and the search index
holds the posts that were there before the step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_helpers import peek

from planner.store import open_store
from planner.store.engine import WRITE_OPTION, connect, engine_over
from planner.store.migrations import LATEST_VERSION, MIGRATIONS, migrate
from planner.store.search import search_posts

# The post columns a v8 store has, in the order it made them.
V8_COLUMNS = (
    "id, platform, kind, status, date, time, text, link, notes, uid, uses, consents, "
    "reach, engagements"
)


def v8_store(db_file: Path) -> None:
    """Run the real steps up to 8, then write posts and a sync record as v8 held them."""
    conn = connect(db_file.as_uri(), 1.0)
    engine = engine_over(conn)
    try:
        writer = engine.execution_options(**{WRITE_OPTION: True})
        migrate(writer, db_file, steps=tuple(m for m in MIGRATIONS if m.version <= 8))
    finally:
        engine.dispose()
        conn.close()
    raw = sqlite3.connect(db_file)
    with raw:
        raw.execute(
            "INSERT INTO post (platform, kind, status, date, time, text, notes, uid, reach) "
            "VALUES ('facebook', 'original', 'scheduled', '2026-12-01', '09:00', "
            "'Unsere Zahnärztin ist zurück', 'ask Dr Müller', 'u-1', 120)"
        )
        raw.execute(
            "INSERT INTO post (platform, kind, status, date, time, text, link, uid) "
            "VALUES ('x', 'shared', 'draft', NULL, NULL, 'Book your Flu-jab', "
            "'https://nhs.uk/Vaccinations', 'u-2')"
        )
        raw.execute(
            "INSERT INTO sync_item (uid, href, etag, hash) VALUES ('u-1', '/cal/u-1.ics', "
            "'\"e1\"', 'h1')"
        )
    raw.close()


def test_a_v8_store_is_upgraded_with_its_posts_intact_and_indexed(db_file: Path) -> None:
    v8_store(db_file)
    assert peek(db_file, "PRAGMA user_version") == [(8,)]
    posts_before = peek(db_file, f"SELECT {V8_COLUMNS} FROM post ORDER BY id")
    changed_before = peek(db_file, "SELECT uid, at FROM post_changed ORDER BY uid")
    sync_before = peek(db_file, "SELECT * FROM sync_item")
    assert len(posts_before) == 2 and len(changed_before) == 2

    with open_store(db_file) as store:
        assert store.count() == 2
        # The step indexed the posts that were already there.
        assert [p.uid for p in search_posts(store, "zahnarztin")] == ["u-1"]
        assert [p.uid for p in search_posts(store, "muller")] == ["u-1"]
        assert [p.uid for p in search_posts(store, "flu")] == ["u-2"]
        assert [p.uid for p in search_posts(store, "vaccin")] == ["u-2"]
        assert [(p.series, p.series_day) for p in store.ideas()] == [(None, None)]
        # New posts are indexed by the triggers, as before.
        added = store.add(store.get(1).with_changes(id=None, uid="", text="Winter hours"))
        assert [p.id for p in search_posts(store, "winter")] == [added.id]

    assert peek(db_file, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert peek(db_file, f"SELECT {V8_COLUMNS} FROM post WHERE id <= 2 ORDER BY id") == (
        posts_before
    )
    # The step touched no post: the sync's "later change wins" sees no change.
    stamps = peek(db_file, "SELECT uid, at FROM post_changed WHERE uid IN ('u-1', 'u-2')")
    assert sorted(stamps) == changed_before
    assert peek(db_file, "SELECT * FROM sync_item") == sync_before
    backups = [p.name for p in (db_file.parent / "backups").iterdir()]
    assert any(".pre-v10." in name for name in backups)


def test_another_sqlite_tool_can_still_mend_a_post(db_file: Path) -> None:
    """The index's triggers are plain SQL: a program without the planner's code can
    change a post's text, and search follows."""
    v8_store(db_file)
    with open_store(db_file):
        pass
    raw = sqlite3.connect(db_file)
    with raw:
        raw.execute("UPDATE post SET text = 'Grippeimpfung für alle' WHERE uid = 'u-2'")
    raw.close()
    with open_store(db_file) as store:
        assert [p.uid for p in search_posts(store, "grippeimpf")] == ["u-2"]
        assert search_posts(store, "jab") == []
