"""What a restore may replace: only a planner store, reached by its real path.

A store of a newer version, another program's database, or a file that was never a
store (say a link to a copy of /etc/passwd) is refused unless ``force`` is given;
nothing is ever changed through a link, and what is kept aside is a copy of the data.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from store_helpers import digest, peek, scheduled
from trust_helpers import one_error_line, planner

from planner.store import open_store
from planner.store.backups import MANUAL, list_snapshots, take_snapshot
from planner.store.migrations import LATEST_VERSION
from planner.store.restoring import NotReplaced, restore_snapshot

TUE = dt.date(2026, 12, 1)
PASSWD = b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A checked snapshot of another store, holding one post."""
    with open_store(tmp_path / "elsewhere" / "planner.db") as store:
        store.add(scheduled(TUE, text="from the snapshot"))
        return take_snapshot(store, MANUAL)


def texts(path: Path) -> list[str]:
    return [str(row[0]) for row in peek(path, "SELECT text FROM post ORDER BY id")]


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def make_store(path: Path, text: str = "today's plan") -> Path:
    with open_store(path) as store:
        store.add(scheduled(TUE, text=text))
    return path


def newer_store(path: Path) -> Path:
    make_store(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    return path


def foreign_database(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [(newer_store, "newer version"), (foreign_database, "another program")],
)
def test_a_newer_store_or_another_programs_database_is_not_replaced(
    db_file: Path, good: Path, make, words: str
) -> None:
    make(db_file)
    before = digest(db_file)
    folder = db_file.parent
    files = listing(folder)
    with pytest.raises(NotReplaced) as caught:
        restore_snapshot(db_file, good)
    message = str(caught.value)
    assert words in message and str(db_file) in message and "--force" in message
    assert "\n" not in message
    assert digest(db_file) == before
    assert listing(folder) == files  # no pre-restore copy, no staging file


@pytest.mark.parametrize("make", [newer_store, foreign_database])
def test_force_replaces_it_and_keeps_it_whole(db_file: Path, good: Path, make) -> None:
    make(db_file)
    before = db_file.read_bytes()
    done = restore_snapshot(db_file, good, force=True)
    assert texts(db_file) == ["from the snapshot"]
    assert done.kept is not None and done.kept.read_bytes() == before
    assert stat.S_IMODE(done.kept.stat().st_mode) == 0o600
    assert not done.kept.is_symlink() and done.kept.stat().st_nlink == 1


def test_the_command_line_refuses_then_forces(db_file: Path, good: Path) -> None:
    foreign_database(db_file)
    before = digest(db_file)
    done = planner("restore", str(good), db=db_file)
    assert done.returncode == 1
    assert "--force" in one_error_line(done.stderr)
    assert digest(db_file) == before
    done = planner("restore", "--force", str(good), db=db_file)
    assert done.returncode == 0, done.stderr
    assert texts(db_file) == ["from the snapshot"]


def test_a_link_to_a_file_that_was_never_a_store_changes_nothing(
    tmp_path: Path, good: Path
) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    target = etc / "passwd"
    target.write_bytes(PASSWD)
    target.chmod(0o644)
    data = tmp_path / "data"
    data.mkdir()
    link = data / "planner.db"
    link.symlink_to(target)
    before = (listing(etc), listing(data))
    with pytest.raises(NotReplaced, match="not a Social Media Planner store"):
        restore_snapshot(link, good)
    done = planner("restore", str(good), db=link)
    assert done.returncode == 1 and "--force" in one_error_line(done.stderr)
    assert target.read_bytes() == PASSWD
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert link.is_symlink()
    assert (listing(etc), listing(data)) == before


def test_force_through_a_link_works_on_the_real_file_and_copies_its_data(
    tmp_path: Path, good: Path
) -> None:
    etc = tmp_path / "etc"
    etc.mkdir()
    target = etc / "passwd"
    target.write_bytes(PASSWD)
    target.chmod(0o644)
    os.link(target, etc / "passwd.hardlink")  # another name for the same data
    link = tmp_path / "data" / "planner.db"
    link.parent.mkdir()
    link.symlink_to(target)
    done = restore_snapshot(link, good, force=True)
    assert done.store == target
    assert link.is_symlink() and texts(link) == ["from the snapshot"]
    # The old file's data is kept, as a private copy: never a link, and the other
    # name of the old data keeps its own permissions.
    assert done.kept is not None and done.kept.parent == etc / "backups"
    assert not done.kept.is_symlink() and done.kept.stat().st_nlink == 1
    assert done.kept.read_bytes() == PASSWD
    assert stat.S_IMODE(done.kept.stat().st_mode) == 0o600
    assert stat.S_IMODE((etc / "passwd.hardlink").stat().st_mode) == 0o644
    assert (etc / "passwd.hardlink").read_bytes() == PASSWD
    assert listing(tmp_path / "data") == ["planner.db"]


def test_a_damaged_store_behind_a_link_is_kept_as_data_beside_its_real_file(
    tmp_path: Path, good: Path
) -> None:
    real = make_store(tmp_path / "real" / "planner.db")
    take_snapshot(real, MANUAL)  # it has been a store: its backups say so
    Path(f"{real}-wal").unlink(missing_ok=True)
    real.write_bytes(b"\x00garbage after a disk fault" * 400)
    real.chmod(0o640)
    link = tmp_path / "data" / "link.db"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "real" / "planner.db")
    done = restore_snapshot(link, good)
    assert done.kept is not None and ".damaged." in done.kept.name
    assert done.kept.parent == real.parent / "backups"
    assert done.kept.name.startswith("planner.db.damaged.")
    assert not done.kept.is_symlink() and done.kept.stat().st_nlink == 1
    assert done.kept.read_bytes() == b"\x00garbage after a disk fault" * 400
    assert link.is_symlink() and texts(real) == ["from the snapshot"]
    assert listing(link.parent) == ["link.db"]


def test_a_sound_store_behind_a_link_keeps_its_copy_beside_its_real_file(
    tmp_path: Path, good: Path
) -> None:
    real = make_store(tmp_path / "real" / "planner.db")
    link = tmp_path / "data" / "link.db"
    link.parent.mkdir()
    link.symlink_to(real)
    done = restore_snapshot(link, good)
    assert done.kept is not None and done.kept.parent == real.parent / "backups"
    assert texts(done.kept) == ["today's plan"]
    assert link.is_symlink() and texts(real) == ["from the snapshot"]
    assert [s.path for s in list_snapshots(link)] == [s.path for s in list_snapshots(real)]
    assert listing(link.parent) == ["link.db"]


def test_an_empty_file_is_replaced_and_nothing_is_kept_of_it(db_file: Path, good: Path) -> None:
    db_file.touch()  # a creation cut short
    done = restore_snapshot(db_file, good)
    assert done.kept is None and texts(db_file) == ["from the snapshot"]
    assert not (db_file.parent / "backups").exists()
