"""The guard's records (schema v9): acknowledgements, word-list edits and names."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from store_helpers import digest, peek, scheduled

from planner.core.guard import Acknowledgement
from planner.core.guard_setup import WordEdit
from planner.core.settings import Settings
from planner.store import Store, StoreReadOnly, open_store
from planner.store.engine import WRITE_OPTION, connect, engine_over
from planner.store.guard_records import (
    acknowledgements,
    add_acknowledgement,
    add_name,
    do_not_mention,
    guard_setup,
    remove_acknowledgement,
    remove_name,
    save_guard_changes,
    word_edits,
)
from planner.store.migrations import LATEST_VERSION, MIGRATIONS, migrate

WHEN = dt.datetime(2026, 12, 1, 9, 30)
SWITCHBOARD = Acknowledgement("privacy", "0113 392 0000", "the hospital's switchboard", WHEN)


def test_an_acknowledgement_round_trips_and_goes_with_its_post(store: Store) -> None:
    post = store.add(scheduled(dt.date(2026, 12, 1)))
    other = store.add(scheduled(dt.date(2026, 12, 2)))
    assert post.id is not None and other.id is not None
    add_acknowledgement(store, post.id, SWITCHBOARD)
    assert acknowledgements(store, [post.id, other.id]) == {post.id: [SWITCHBOARD]}
    # The same finding again replaces the reason; it is never kept twice.
    again = Acknowledgement("privacy", "0113 392 0000", "public number", WHEN)
    add_acknowledgement(store, post.id, again)
    assert acknowledgements(store, [post.id]) == {post.id: [again]}
    store.delete(post.id)
    assert peek(store.path, "SELECT count(*) FROM guard_acknowledgement") == [(0,)]
    assert acknowledgements(store, [post.id]) == {}


def test_an_acknowledgement_of_a_post_that_is_gone_is_refused(store: Store) -> None:
    with pytest.raises(KeyError):
        add_acknowledgement(store, 99, SWITCHBOARD)
    assert peek(store.path, "SELECT count(*) FROM guard_acknowledgement") == [(0,)]


def test_removing_an_acknowledgement_takes_only_that_one(store: Store) -> None:
    post = store.add(scheduled(dt.date(2026, 12, 1)))
    assert post.id is not None
    other = Acknowledgement("claims", "painless", "quoted from the ADA", WHEN)
    add_acknowledgement(store, post.id, SWITCHBOARD)
    add_acknowledgement(store, post.id, other)
    remove_acknowledgement(store, post.id, SWITCHBOARD)
    assert acknowledgements(store, [post.id]) == {post.id: [other]}


def test_names_compare_without_case_accents_or_spacing(store: Store) -> None:
    assert add_name(store, "  Zoë   Hartley ") == "Zoë Hartley"
    with pytest.raises(ValueError, match="already on the do-not-mention list"):
        add_name(store, "ZOE HARTLEY")
    add_name(store, "Tomasz Nowak")
    assert do_not_mention(store) == ["Zoë Hartley", "Tomasz Nowak"]
    assert remove_name(store, "zoe hartley") == "Zoë Hartley"
    with pytest.raises(ValueError, match="not on the do-not-mention list"):
        remove_name(store, "Zoë Hartley")
    assert do_not_mention(store) == ["Tomasz Nowak"]


def test_guard_changes_are_saved_together_and_keep_names_added_meanwhile(store: Store) -> None:
    add_name(store, "Margaret Ellis")
    add_name(store, "Added Elsewhere")
    settings = Settings(phones=("0113 496 0000",), email="hello@smile.example", country="GB")
    save_guard_changes(
        store,
        settings,
        names_added=["Tomasz Nowak", "ADDED ELSEWHERE"],  # the second is there already
        names_removed=["Margaret Ellis"],
        words_added=[WordEdit("selling", "flash sale", True), WordEdit("claims", "cure", False)],
    )
    assert do_not_mention(store) == ["Added Elsewhere", "Tomasz Nowak"]
    assert word_edits(store) == [
        WordEdit("selling", "flash sale", True),
        WordEdit("claims", "cure", False),
    ]
    setup = guard_setup(store)
    assert setup.phones == ("0113 496 0000",) and setup.email == "hello@smile.example"
    assert setup.extra_words == (("selling", "flash sale"),)
    assert setup.removed_words == (("claims", "cure"),)
    save_guard_changes(store, words_removed=[WordEdit("claims", "cure", False)])
    assert word_edits(store) == [WordEdit("selling", "flash sale", True)]


def test_bad_settings_write_nothing(store: Store) -> None:
    add_name(store, "Margaret Ellis")
    before = digest(store.path)
    with pytest.raises(ValueError, match="country"):
        save_guard_changes(store, Settings(country="FR"), names_added=["Someone"])
    assert do_not_mention(store) == ["Margaret Ellis"]
    assert store.settings() == Settings()
    assert digest(store.path) == before


def test_rows_no_version_writes_are_skipped_not_fatal(store: Store) -> None:
    post = store.add(scheduled(dt.date(2026, 12, 1)))
    assert post.id is not None
    add_acknowledgement(store, post.id, SWITCHBOARD)
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT INTO guard_word (list_name, phrase, added) VALUES (x'00', 'x', 1)")
    conn.execute("INSERT INTO guard_word (list_name, phrase, added) VALUES ('no-such', 'x', 1)")
    conn.execute("INSERT INTO guard_name (name) VALUES (x'00ff')")
    conn.execute(
        "INSERT INTO guard_acknowledgement (post_id, category, excerpt, reason, acknowledged_at)"
        " VALUES (?, 'claims', 'cure', 'why', 'not a time')",
        (post.id,),
    )
    conn.commit()
    conn.close()
    assert word_edits(store) == []
    assert do_not_mention(store) == []
    assert acknowledgements(store, [post.id]) == {post.id: [SWITCHBOARD]}


def test_a_read_only_store_refuses_every_guard_write(db_file: Path) -> None:
    open_store(db_file).close()
    with open_store(db_file, read_only=True) as store:
        before = digest(db_file)
        with pytest.raises(StoreReadOnly):
            add_name(store, "Margaret Ellis")
        with pytest.raises(StoreReadOnly):
            save_guard_changes(store, names_added=["Margaret Ellis"])
        assert digest(db_file) == before
        assert do_not_mention(store) == []


def test_no_store_reads_as_the_default_setup() -> None:
    setup = guard_setup(None)
    assert setup.phones == () and setup.do_not_mention == () and setup.word_edits == ()
    assert acknowledgements(None, [1, 2]) == {}


def test_a_v8_store_is_upgraded_to_the_guard_step_with_its_posts_intact(
    db_file: Path,
) -> None:
    # A store made by the real steps up to 8 (sync), holding posts, a consent and a link.
    conn = connect(db_file.as_uri(), 1.0)
    engine = engine_over(conn)
    try:
        writer = engine.execution_options(**{WRITE_OPTION: True})
        migrate(writer, db_file, steps=tuple(m for m in MIGRATIONS if m.version <= 8))
        raw = sqlite3.connect(db_file)
        raw.execute(
            "INSERT INTO consent (person, covers, signed, expires) "
            "VALUES ('Margaret Ellis', 'photo,name', '2026-11-01', '2027-11-01')"
        )
        raw.execute(
            "INSERT INTO post (platform, kind, status, date, time, text, uid, uses, consents, "
            "reach) VALUES ('facebook', 'original', 'scheduled', '2026-12-01', '09:00', "
            "'Margaret''s new smile', 'u-1', 'photo,name', '1', 120)"
        )
        raw.execute(
            "INSERT INTO post (platform, kind, status, date, time, text, uid) "
            "VALUES ('x', 'promotional', 'draft', NULL, NULL, 'an idea', 'u-2')"
        )
        raw.commit()
        raw.close()
    finally:
        engine.dispose()
        conn.close()
    assert peek(db_file, "PRAGMA user_version") == [(8,)]
    posts_before = peek(db_file, "SELECT * FROM post ORDER BY id")
    links_before = peek(db_file, "SELECT * FROM post_consent")
    assert len(posts_before) == 2 and links_before == [(1, 1)]

    with open_store(db_file) as store:
        assert store.count() == 2
    # The guard's step, then the game plan's (v10), which adds its columns at the end.
    assert peek(db_file, "PRAGMA user_version") == [(LATEST_VERSION,)] == [(10,)]
    posts_after = peek(db_file, "SELECT * FROM post ORDER BY id")
    width = len(posts_before[0])
    assert [row[:width] for row in posts_after] == posts_before
    assert {row[width:] for row in posts_after} == {(None, None)}  # in no series
    assert peek(db_file, "SELECT * FROM post_consent") == links_before
    names = [p.name for p in (db_file.parent / "backups").iterdir()]
    steps = sorted(n.split(".")[2] for n in names if n.startswith("planner.db.pre-v"))
    assert steps == ["pre-v10", "pre-v9"]
    tables = {row[0] for row in peek(db_file, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"guard_acknowledgement", "guard_word", "guard_name", "sync_item", "consent"} <= tables
    with open_store(db_file) as store:
        add_name(store, "Margaret Ellis")
        assert do_not_mention(store) == ["Margaret Ellis"]
        post = store.posts_between(dt.date(2026, 12, 1), dt.date(2026, 12, 1))[0]
        assert post.id is not None and post.consents == {1} and post.text.startswith("Margaret")
        add_acknowledgement(store, post.id, SWITCHBOARD)
        assert acknowledgements(store, [post.id]) == {post.id: [SWITCHBOARD]}
