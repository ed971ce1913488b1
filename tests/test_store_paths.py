"""Which paths belong to a store, by real path: no output may replace one of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.paths import db_path, refuse_store_overwrite, store_files
from planner.store.lock_owner import lock_path
from planner.store.snapshot_names import backups_dir


def test_the_store_files_are_the_file_its_side_files_lock_and_backups(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    expected = {
        db,
        tmp_path / "p.db-wal",
        tmp_path / "p.db-shm",
        tmp_path / "p.db-journal",
        tmp_path / "p.db.lock",
        tmp_path / "backups",
    }
    assert store_files(db) == frozenset(expected)
    # The store names them the same way.
    assert lock_path(db) in expected and backups_dir(db) in expected


def test_a_linked_store_covers_both_the_link_and_its_target(tmp_path: Path) -> None:
    real = tmp_path / "data" / "p.db"
    real.parent.mkdir()
    real.write_bytes(b"")
    link = tmp_path / "other" / "link.db"
    link.parent.mkdir()
    link.symlink_to(real)
    files = store_files(link)
    assert {real, real.parent / "p.db-wal", real.parent / "backups"} <= files
    assert {link.parent / "link.db.lock", link.parent / "backups"} <= files


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("p.db", "the store p.db itself"),
        ("p.db-wal", "the store's -wal file"),
        ("p.db-shm", "the store's -shm file"),
        ("p.db.lock", "the store's lock file"),
        ("backups", "the store's backups folder"),
        ("backups/p.db.daily.20261201", "in the store's backups folder"),
        ("backups/new/deeper.csv", "in the store's backups folder"),
    ],
)
def test_each_store_path_is_refused_by_name(tmp_path: Path, name: str, what: str) -> None:
    db = tmp_path / "p.db"
    with pytest.raises(ValueError, match=what) as info:
        refuse_store_overwrite(tmp_path / name, db)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{tmp_path / name} is ")
    assert message.endswith("; choose another file. Nothing was written.")


def test_links_and_relative_names_are_resolved_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "p.db"
    db.write_bytes(b"store")
    (tmp_path / "to-store.csv").symlink_to(db)
    (tmp_path / "dir-link").symlink_to(tmp_path)
    monkeypatch.chdir(tmp_path)
    for output in ("to-store.csv", "dir-link/p.db", "./backups/../p.db-wal", "dir-link/backups/x"):
        with pytest.raises(ValueError):
            refuse_store_overwrite(Path(output), db)
    # Reached through a linked store path as well.
    (tmp_path / "store-link.db").symlink_to(db)
    with pytest.raises(ValueError, match="itself"):
        refuse_store_overwrite(tmp_path / "p.db", tmp_path / "store-link.db")


def test_a_hard_link_to_the_store_is_the_store(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    db.write_bytes(b"store")
    os.link(db, tmp_path / "hard.csv")
    with pytest.raises(ValueError, match="itself"):
        refuse_store_overwrite(tmp_path / "hard.csv", db)


def test_other_files_beside_the_store_are_fine(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    db.write_bytes(b"store")
    for name in ("p.csv", "p.db.csv", "p.db-wal.bak", "backups.csv", "other.db"):
        refuse_store_overwrite(tmp_path / name, db)  # does not raise


def test_a_link_loop_is_no_store_and_does_not_crash(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    refuse_store_overwrite(tmp_path / "a", tmp_path / "p.db")


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_store_name_is_an_error(empty: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match=r"^--db is empty; name a store file"):
        db_path(empty)
    monkeypatch.setenv("PLANNER_DB", empty)
    with pytest.raises(ValueError, match=r"^PLANNER_DB is set but empty"):
        db_path()
