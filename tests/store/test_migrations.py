"""The schema's history: a v1 store from the fixture is upgraded, with a backup first."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from store_helpers import FIXTURES, digest, peek, scheduled

from planner.core.domain import Kind, Platform, Status
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import StoreLocked, StoreReadOnly, open_store
from planner.store.engine import WRITE_OPTION, connect, engine_over
from planner.store.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    Migration,
    backup_name,
    migrate,
)
from planner.store.post_columns import COLUMNS
from planner.store.schema import PostRow, SettingsRow

V1_FIXTURE = FIXTURES / "planner-v1.db"
POST_QUERY = (
    "SELECT id, platform, kind, status, date, time, text, link, notes FROM post ORDER BY id"
)


@pytest.fixture
def v1_store(db_file: Path) -> Path:
    shutil.copyfile(V1_FIXTURE, db_file)
    return db_file


def backups_of(store: Path) -> list[Path]:
    folder = store.parent / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_the_fixture_is_a_v1_store() -> None:
    assert peek(V1_FIXTURE, "PRAGMA user_version") == [(1,)]
    assert peek(V1_FIXTURE, "SELECT name FROM sqlite_master WHERE name = 'settings'") == []


def test_a_v1_store_is_upgraded_and_keeps_every_post(v1_store: Path) -> None:
    rows_before = peek(v1_store, POST_QUERY)
    assert len(rows_before) == 5
    with open_store(v1_store) as store:
        assert peek(v1_store, "PRAGMA user_version") == [(LATEST_VERSION,)]
        assert peek(v1_store, POST_QUERY) == rows_before
        week = store.posts_in_week(Week(2026, 49))
        assert len(week) == 4
        assert week[0].text == "Welcome to our new hygienist, Sam! 😀"
        assert week[1].text == 'Five myths about flossing, "debunked"\nvia the dental association'
        assert (week[1].platform, week[1].kind, week[1].status) == (
            Platform.X,
            Kind.SHARED,
            Status.SCHEDULED,
        )
        assert (week[2].date, week[2].time) == (dt.date(2026, 12, 1), dt.time(18, 45))
        assert [p.notes for p in store.ideas()] == ["ask Sam for photos"]
        # The new table works, and ids carry on past the v1 counter (6 was used).
        assert store.settings() == Settings()
        store.save_settings(Settings(practice_name="Smile Dental"))
        assert store.add(scheduled(dt.date(2026, 12, 2))).id == 7


def test_the_upgrade_backs_up_the_v1_store_first(v1_store: Path) -> None:
    rows_before = peek(v1_store, POST_QUERY)
    with open_store(v1_store):
        pass
    backups = backups_of(v1_store)
    names = sorted(b.name.rsplit(".", 1)[0] for b in backups)
    # One before each step after v1.
    assert names == sorted(f"planner.db.pre-v{m.version}" for m in MIGRATIONS if m.version > 1)
    backup = next(b for b in backups if ".pre-v2." in b.name)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert peek(backup, "PRAGMA user_version") == [(1,)]
    assert peek(backup, "PRAGMA quick_check") == [("ok",)]
    assert peek(backup, POST_QUERY) == rows_before
    with open_store(v1_store):
        pass
    assert len(backups_of(v1_store)) == len(names)  # an up-to-date store is not backed up again


def test_the_upgraded_backup_opens_as_a_store_itself(v1_store: Path, tmp_path: Path) -> None:
    with open_store(v1_store):
        pass
    copy = tmp_path / "restored" / "planner.db"
    copy.parent.mkdir()
    shutil.copyfile(backups_of(v1_store)[0], copy)
    with open_store(copy) as store:
        assert store.count() == 5


def test_a_new_store_gets_every_step_and_no_backup(db_file: Path) -> None:
    with open_store(db_file):
        pass
    assert peek(db_file, "PRAGMA user_version") == [(MIGRATIONS[-1].version,)]
    assert backups_of(db_file) == []


def test_the_migrated_schema_matches_the_sqlmodel_tables(v1_store: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    with open_store(v1_store), open_store(fresh):
        pass
    for path in (v1_store, fresh):
        for table in (PostRow.__table__, SettingsRow.__table__):
            info = peek(path, f"PRAGMA table_info({table.name})")
            on_disk = {name: (bool(notnull), bool(pk)) for _cid, name, _t, notnull, _d, pk in info}
            declared = {c.name: (not c.nullable, c.primary_key) for c in table.columns}
            assert on_disk == declared, (path.name, table.name)
        indexes = peek(path, "PRAGMA index_list(post)")
        assert "ix_post_date_time" in [row[1] for row in indexes]
        plan = peek(
            path,
            "EXPLAIN QUERY PLAN SELECT * FROM post WHERE date BETWEEN ? AND ? "
            "ORDER BY date, time, id",
            ("2026-11-30", "2026-12-06"),
        )
        assert "USING INDEX ix_post_date_time" in plan[0][3]
        assert "TEMP B-TREE" not in " ".join(row[3] for row in plan)  # no sort step


def test_the_post_columns_describe_every_store_the_migrations_make(
    v1_store: Path, tmp_path: Path
) -> None:
    """Reads and writes come from ``post_columns``; the frozen steps build the table."""
    fresh = tmp_path / "fresh.db"
    with open_store(v1_store), open_store(fresh):
        pass
    described = [
        (
            c.name,
            c.sql_type,
            not c.nullable,
            None if c.default is None else f"'{c.default}'",
            c.primary_key,
        )
        for c in COLUMNS
    ]
    for path in (v1_store, fresh):
        info = peek(path, "PRAGMA table_info(post)")
        on_disk = [(name, kind, bool(nn), dflt, bool(pk)) for _i, name, kind, nn, dflt, pk in info]
        assert sorted(on_disk) == sorted(described), path.name


def test_a_failing_step_changes_nothing_but_leaves_its_backup(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(dt.date(2026, 12, 1)))
    broken = Migration(
        LATEST_VERSION + 1,
        "a step that fails half way",
        ("CREATE TABLE half_done (a)", "ALTER TABLE post ADD COLUMN x", "NOT SQL AT ALL"),
    )
    conn = connect(db_file.as_uri(), 1.0)
    engine = engine_over(conn)
    try:
        with pytest.raises(OperationalError, match="NOT SQL"):
            writer = engine.execution_options(**{WRITE_OPTION: True})
            migrate(writer, db_file, steps=(*MIGRATIONS, broken))
    finally:
        engine.dispose()
        conn.close()
    assert peek(db_file, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert peek(db_file, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert "x" not in [row[1] for row in peek(db_file, "PRAGMA table_info(post)")]
    assert [b.name.rsplit(".", 1)[0] for b in backups_of(db_file)] == [
        f"planner.db.pre-v{LATEST_VERSION + 1}"
    ]
    with open_store(db_file) as store:
        assert store.count() == 1


def test_a_read_only_old_store_is_refused_untouched(v1_store: Path) -> None:
    before = digest(v1_store)
    with pytest.raises(StoreReadOnly, match="must be upgraded") as caught:
        open_store(v1_store, read_only=True)
    assert str(v1_store) in str(caught.value)
    assert digest(v1_store) == before
    assert backups_of(v1_store) == []


def test_a_locked_old_store_is_refused_untouched(v1_store: Path) -> None:
    before = digest(v1_store)
    holder = sqlite3.connect(v1_store, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreLocked):
            open_store(v1_store, busy_timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert digest(v1_store) == before
    with open_store(v1_store) as store:  # and later it upgrades fine
        assert store.count() == 5


def test_backup_names_say_which_step_and_never_collide(db_file: Path) -> None:
    when = dt.datetime(2026, 12, 1, 9, 15, 0)
    first = backup_name(db_file, 2, when)
    assert first == db_file.parent / "backups" / "planner.db.pre-v2.20261201T091500"
    first.parent.mkdir()
    first.write_bytes(b"taken")
    second = backup_name(db_file, 2, when)
    assert second != first and second.name.startswith("planner.db.pre-v2.20261201T091500")
