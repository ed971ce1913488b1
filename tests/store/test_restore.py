"""Restoring a snapshot: the current plan kept first, bad files refused, all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from store_helpers import FIXTURES, corrupt_middle_pages, digest, fill, peek, scheduled

from planner.store import StoreLocked, StoreReadOnly, open_store
from planner.store.backups import MANUAL, PRE_RESTORE, list_snapshots, take_snapshot
from planner.store.restoring import NotRestorable, check_restorable, restore_snapshot
from planner.store.schema import APPLICATION_ID

TUE = dt.date(2026, 12, 1)
TEXTS = "SELECT text FROM post ORDER BY id"


def texts(path: Path) -> list[str]:
    return [str(row[0]) for row in peek(path, TEXTS)]


@pytest.fixture
def planned(db_file: Path) -> tuple[Path, Path]:
    """A store with two posts, a snapshot of it, and a third post added since."""
    with open_store(db_file) as store:
        store.add_many([scheduled(TUE, text="first"), scheduled(TUE, text="second")])
        snap = take_snapshot(store, MANUAL, now=dt.datetime(2026, 12, 1, 8))
        store.add(scheduled(TUE, text="added after the snapshot"))
    return db_file, snap


def test_restore_brings_the_snapshot_back_and_keeps_the_current_plan(
    planned: tuple[Path, Path],
) -> None:
    db_file, snap = planned
    done = restore_snapshot(db_file, snap)
    assert texts(db_file) == ["first", "second"]
    assert done.kept is not None and done.kept.name.startswith("planner.db.pre-restore.")
    assert texts(done.kept) == ["first", "second", "added after the snapshot"]
    assert peek(db_file, "PRAGMA integrity_check") == [("ok",)]
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
    # The restore can itself be undone by restoring what it kept.
    restore_snapshot(db_file, done.kept)
    assert texts(db_file) == ["first", "second", "added after the snapshot"]
    reasons = sorted(s.reason for s in list_snapshots(db_file))
    assert reasons == [MANUAL, PRE_RESTORE, PRE_RESTORE]
    assert not list(db_file.parent.glob("*.part"))


def test_restore_under_an_open_store_is_seen_on_its_next_read(
    planned: tuple[Path, Path],
) -> None:
    db_file, snap = planned
    with open_store(db_file) as open_one:
        assert open_one.count() == 3
        restore_snapshot(db_file, snap)
        assert [p.text for p in open_one.posts_between(TUE, TUE)] == ["first", "second"]
        assert peek(db_file, "PRAGMA journal_mode") == [("wal",)]
        added = open_one.add(scheduled(TUE, text="after the restore"))
    assert texts(db_file) == ["first", "second", "after the restore"]
    assert added.id == 3  # the restored id counter, so the third post's old id is reused


def test_restore_waits_for_a_writer_then_gives_up_changing_nothing(
    planned: tuple[Path, Path],
) -> None:
    db_file, snap = planned
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreLocked) as caught:
            restore_snapshot(db_file, snap, busy_timeout=0.3)
        assert str(db_file) in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert texts(db_file) == ["first", "second", "added after the snapshot"]


def sqlite_file(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Files that are not sound planner stores, and the words their refusal uses."""
    text = folder / "notes.txt"
    text.write_text("Monday: staff meeting\n" * 100)
    empty = folder / "empty.db"
    empty.touch()
    too_new = folder / "too-new.db"
    shutil.copyfile(FIXTURES / "planner-v1.db", too_new)
    sqlite_file(too_new, "PRAGMA user_version = 99")
    damaged = folder / "damaged.db"
    fill(damaged, 600)
    corrupt_middle_pages(damaged)
    return {
        "text": (text, "not an SQLite file"),
        "empty": (empty, "it is empty"),
        "folder": (folder, "it is a folder"),
        "missing": (folder / "missing.db", "there is no such file"),
        "other program": (
            sqlite_file(folder / "other.db", "CREATE TABLE songs (title)"),
            "another program",
        ),
        "no post table": (
            sqlite_file(folder / "bare.db", f"PRAGMA application_id = {APPLICATION_ID}"),
            "no posts table",
        ),
        "too new": (too_new, "newer version"),
        "damaged": (damaged, "it is damaged"),
    }


def test_a_file_that_is_not_a_sound_store_is_refused_and_nothing_changes(
    planned: tuple[Path, Path], tmp_path: Path
) -> None:
    db_file, _snap = planned
    folder = tmp_path / "candidates"
    folder.mkdir()
    before = digest(db_file)
    listed = list_snapshots(db_file)
    for name, (candidate, words) in bad_files(folder).items():
        with pytest.raises(NotRestorable) as caught:
            restore_snapshot(db_file, candidate)
        message = str(caught.value)
        assert words in message and str(candidate) in message, (name, message)
        assert "Nothing was changed" in message and "\n" not in message
        with pytest.raises(NotRestorable):
            check_restorable(candidate)
        assert digest(db_file) == before, name
        assert list_snapshots(db_file) == listed, name  # no pre-restore snapshot either
        assert not list(tmp_path.glob(".*.part")), name


def test_the_store_itself_is_not_a_backup_of_itself(planned: tuple[Path, Path]) -> None:
    db_file, _snap = planned
    with pytest.raises(NotRestorable, match="it is the store itself"):
        restore_snapshot(db_file, db_file)


def test_a_damaged_store_is_kept_aside_and_replaced(planned: tuple[Path, Path]) -> None:
    db_file, snap = planned
    Path(f"{db_file}-wal").unlink(missing_ok=True)
    db_file.write_bytes(b"\x00garbage after a disk fault" * 400)
    Path(f"{db_file}-wal").write_bytes(b"a stale log that must not be replayed")
    damaged = digest(db_file)
    done = restore_snapshot(db_file, snap)
    assert done.kept is not None and ".damaged." in done.kept.name
    assert digest(done.kept) == damaged
    assert Path(f"{done.kept}-wal").exists() and not Path(f"{db_file}-wal").exists()
    assert texts(db_file) == ["first", "second"]
    with open_store(db_file) as store:
        assert store.count() == 2
    assert all(".damaged." not in s.path.name for s in list_snapshots(db_file))


def test_restore_to_a_missing_store_creates_it_privately(
    planned: tuple[Path, Path], tmp_path: Path
) -> None:
    _db_file, snap = planned
    target = tmp_path / "new-place" / "planner.db"
    done = restore_snapshot(target, snap)
    assert done.kept is None
    assert texts(target) == ["first", "second"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_an_older_version_restores_and_upgrades_on_open(db_file: Path, tmp_path: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE, text="today's"))
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "planner-v1.db", old)
    restore_snapshot(db_file, old)
    with open_store(db_file) as store:
        assert store.count() == 5
        store.save_settings(store.settings())  # the v2 table is there again


def test_a_snapshot_with_another_page_size_restores(db_file: Path, tmp_path: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE, text="today's"))
    small_pages = tmp_path / "small.db"
    conn = sqlite3.connect(small_pages, isolation_level=None)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    with open_store(small_pages) as other:
        other.add(scheduled(TUE, text="from small pages"))
    assert peek(small_pages, "PRAGMA page_size") == [(1024,)]
    restore_snapshot(db_file, small_pages)
    assert texts(db_file) == ["from small pages"]
    assert peek(db_file, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_store_or_folder_is_not_restored_into(
    planned: tuple[Path, Path], what: str
) -> None:
    db_file, snap = planned
    target = db_file if what == "file" else db_file.parent
    before = digest(db_file)
    listed = list_snapshots(db_file)
    old = stat.S_IMODE(target.stat().st_mode)
    target.chmod(old & ~0o222)  # root may still write; the write bits are honoured anyway
    try:
        why = "the file is read-only" if what == "file" else "its folder is read-only"
        with pytest.raises(StoreReadOnly, match=why):
            restore_snapshot(db_file, snap)
    finally:
        target.chmod(old)
    assert digest(db_file) == before
    assert list_snapshots(db_file) == listed
