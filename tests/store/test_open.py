"""Opening a store: a fresh one, its permissions, and every file that cannot be used.

Each bad case checks that the one-line message names the file and that the file's
bytes are exactly what they were.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import corrupt_middle_pages, digest, fill, peek, scheduled

from planner.core.weeks import Week
from planner.store import (
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreMissing,
    StoreNotADatabase,
    StoreTooNew,
    open_store,
)
from planner.store.messages import error_message
from planner.store.migrations import LATEST_VERSION
from planner.store.schema import APPLICATION_ID

TUE = dt.date(2026, 12, 1)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_one_line_naming(error: StoreError, path: Path) -> None:
    message = str(error)
    assert str(path) in message
    assert "\n" not in message
    assert len(message) < 400, message
    assert error.path == path


def test_a_fresh_store_has_the_pragmas_and_the_latest_version(db_file: Path) -> None:
    with open_store(db_file) as store:
        conn = store._raw
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert conn.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    assert peek(db_file, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert peek(db_file, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert peek(db_file, "PRAGMA journal_mode") == [("wal",)]  # it sticks to the file
    assert not (db_file.parent / "backups").exists()  # nothing to back up yet


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_store_is_private_in_private_folders(tmp_path: Path) -> None:
    before = mode(tmp_path)
    path = tmp_path / "data" / "deeper" / "planner.db"
    with open_store(path) as store:
        store.add(scheduled(TUE))
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
        assert mode(Path(f"{path}-shm")) == 0o600
        backup = store.backup_to(path.parent / "backups" / "today.db")
    assert mode(tmp_path / "data") == 0o700
    assert mode(tmp_path / "data" / "deeper") == 0o700
    assert mode(path.parent / "backups") == 0o700
    assert mode(backup) == 0o600
    assert mode(tmp_path) == before  # a folder that was already there keeps its mode


def test_create_false_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "planner.db"
    with pytest.raises(StoreMissing) as caught:
        open_store(path, create=False)
    assert_one_line_naming(caught.value, path)
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(StoreMissing):
        open_store(path, read_only=True)
    assert not (tmp_path / "nowhere").exists()


def test_an_existing_store_opens_without_create(db_file: Path) -> None:
    with open_store(db_file) as store:
        saved = store.add(scheduled(TUE))
    with open_store(db_file, create=False) as store:
        assert store.get(saved.id) == saved  # type: ignore[arg-type]


def test_a_garbage_file_is_refused_untouched(db_file: Path) -> None:
    db_file.write_bytes(b"date,time,text\r\n2026-12-01,09:00,hello\r\n" * 300)
    before = digest(db_file)
    with pytest.raises(StoreNotADatabase) as caught:
        open_store(db_file)
    assert_one_line_naming(caught.value, db_file)
    assert "not a Social Media Planner store" in str(caught.value)
    assert digest(db_file) == before


def test_random_bytes_are_refused_untouched(db_file: Path) -> None:
    db_file.write_bytes(os.urandom(20_000))
    before = digest(db_file)
    with pytest.raises(StoreNotADatabase):
        open_store(db_file)
    assert digest(db_file) == before


def test_another_programs_database_is_refused_untouched(db_file: Path) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(db_file)
    with pytest.raises(StoreNotADatabase, match="another program") as caught:
        open_store(db_file)
    assert_one_line_naming(caught.value, db_file)
    assert digest(db_file) == before
    assert peek(db_file, "SELECT name FROM sqlite_master") == [("contacts",)]


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreNotADatabase, match="folder"):
        open_store(tmp_path)


def test_a_store_from_a_newer_version_is_refused_untouched(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE))
    conn = sqlite3.connect(db_file)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = digest(db_file)
    with pytest.raises(StoreTooNew) as caught:
        open_store(db_file)
    assert_one_line_naming(caught.value, db_file)
    assert "newer version" in str(caught.value) and "Update the app" in str(caught.value)
    assert (caught.value.found, caught.value.known) == (LATEST_VERSION + 1, LATEST_VERSION)
    assert digest(db_file) == before
    with pytest.raises(StoreTooNew):
        open_store(db_file, read_only=True)
    assert digest(db_file) == before


def test_a_corrupt_store_is_refused_untouched(db_file: Path) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(db_file)
    assert_one_line_naming(caught.value, db_file)
    shown = error_message(caught.value)
    assert "damaged" in shown and "planner restore" in shown and "\n" not in shown
    assert digest(db_file) == before
    with pytest.raises(StoreCorrupt):
        open_store(db_file, read_only=True)
    assert digest(db_file) == before


def test_a_store_locked_by_a_writer_refuses_writes_and_stays_readable(db_file: Path) -> None:
    with open_store(db_file) as store:
        saved = store.add(scheduled(TUE))
    before = digest(db_file)
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with open_store(db_file, busy_timeout=0.2) as store:
            assert store.get(saved.id) == saved  # type: ignore[arg-type]  # WAL: reads go on
            with pytest.raises(StoreLocked) as caught:
                store.add(scheduled(TUE, text="waits, then gives up"))
            assert_one_line_naming(caught.value, db_file)
            assert "another program" in str(caught.value)
        assert digest(db_file) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert peek(db_file, "SELECT count(*) FROM post") == [(1,)]


def test_a_locked_store_in_rollback_mode_is_refused_at_open(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE))
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(db_file)
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreLocked) as caught:
            open_store(db_file, busy_timeout=0.2)
        assert_one_line_naming(caught.value, db_file)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert digest(db_file) == before
    with open_store(db_file) as store:  # once free, it opens (and goes back to WAL)
        assert store.count() == 1


def test_a_store_under_a_file_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    path = blocker / "planner.db"
    with pytest.raises(StoreError, match="cannot be created") as caught:
        open_store(path)
    assert_one_line_naming(caught.value, path)
    assert blocker.read_text() == "not a folder"


def test_edits_left_in_the_wal_by_a_crash_are_kept(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE, text="before the crash"))
    crash = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        'conn.execute("INSERT INTO post (platform, kind, status, date, time, text) '
        "VALUES ('x', 'shared', 'draft', '2026-12-02', '10:00', 'saved, then killed')\")\n"
        "os._exit(0)  # no close, no checkpoint: the row lives only in the -wal\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db_file)], check=True)
    assert Path(f"{db_file}-wal").stat().st_size > 0
    db_file.chmod(0o444)
    try:
        with open_store(db_file) as store:  # read-only, yet it reads the -wal
            assert store.read_only
            assert [p.text for p in store.posts_in_week(Week(2026, 49))] == [
                "before the crash",
                "saved, then killed",
            ]
    finally:
        db_file.chmod(0o600)
    with open_store(db_file) as store:
        assert store.count() == 2
    assert not Path(f"{db_file}-wal").exists()
    assert peek(db_file, "SELECT count(*) FROM post") == [(2,)]
