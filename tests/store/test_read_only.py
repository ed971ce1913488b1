"""A store that cannot be written can still be read, and a write says why it failed.

Tests may run as root, and root ignores chmod. So the chmod cases are checked three
ways: the store honours the write bits itself (a file someone made 0444 is not to be
changed, even by root), ``read_only=True`` is checked directly, and as root the file
or folder is also made immutable (``chattr +i``), which stops even root.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from store_helpers import digest, idea, scheduled

from planner.core import edits
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import Store, StoreReadOnly, open_store

TUE = dt.date(2026, 12, 1)


@pytest.fixture
def filled(db_file: Path) -> Path:
    with open_store(db_file) as store:
        store.add_many([scheduled(TUE, text=f"post {i}") for i in range(3)])
        store.add(idea())
    return db_file


EDITS: dict[str, Callable[[Store], object]] = {
    "add": lambda s: s.add(scheduled(TUE)),
    "add_many": lambda s: s.add_many([scheduled(TUE)]),
    "update": lambda s: s.update(s.get(1).with_changes(text="changed")),
    "move": lambda s: s.update(edits.moved(s.get(1), TUE, dt.time(10, 0))),
    "delete": lambda s: s.delete(1),
    "delete_many": lambda s: s.delete_many([1, 2]),
    "restore": lambda s: s.restore([scheduled(TUE).with_changes(id=99)]),
    "save_settings": lambda s: s.save_settings(Settings(practice_name="Other")),
}


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(f"{path.name}-"))


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_opened_read_only_every_edit_says_why_and_changes_nothing(
    filled: Path, edit: Callable[[Store], object]
) -> None:
    before = digest(filled)
    with open_store(filled, read_only=True) as store:
        assert store.read_only
        with pytest.raises(StoreReadOnly) as caught:
            edit(store)
        message = str(caught.value)
        assert str(filled) in message and "\n" not in message
        assert "cannot be saved: it was opened read-only" in message
        assert store.count() == 4  # and it still reads
    assert digest(filled) == before


def test_a_read_only_store_reads_everything(filled: Path) -> None:
    with open_store(filled) as store:
        expected = (store.posts_in_week(Week(2026, 49)), store.ideas(), store.date_span())
    with open_store(filled, read_only=True) as store:
        assert (store.posts_in_week(Week(2026, 49)), store.ideas(), store.date_span()) == expected
        assert store.get(1).text == "post 0"
        assert store.settings() == Settings()


def test_a_file_made_read_only_with_chmod_opens_read_only(filled: Path) -> None:
    before = digest(filled)
    filled.chmod(0o444)
    try:
        with open_store(filled) as store:
            assert store.read_only
            assert store.read_only_reason == "the file is read-only"
            assert store.count() == 4
            with pytest.raises(StoreReadOnly, match="cannot be saved: the file is read-only"):
                store.add(scheduled(TUE))
        assert digest(filled) == before
        # No -wal or -shm was made: left with the file's 0444 mode, they would block
        # writes after the file is made writable again.
        assert side_files(filled) == []
    finally:
        filled.chmod(0o600)
    with open_store(filled) as store:
        assert not store.read_only
        store.add(scheduled(TUE))
        assert store.count() == 5


def test_a_read_only_reader_sees_a_live_writers_commits(filled: Path) -> None:
    with open_store(filled) as writer, open_store(filled, read_only=True) as reader:
        assert reader.count() == 4
        added = writer.add(scheduled(TUE, text="fresh"))
        assert reader.get(added.id) == added  # type: ignore[arg-type]
        writer.delete(1)
        assert reader.count() == 4


def test_a_read_only_store_can_still_be_backed_up(filled: Path, tmp_path: Path) -> None:
    before = digest(filled)
    with open_store(filled, read_only=True) as store:
        copy = store.backup_to(tmp_path / "copy.db")
    assert digest(filled) == before
    with open_store(copy, read_only=True) as store:
        assert store.count() == 4


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def made_read_only(path: Path) -> Iterator[bool]:
    """Take the write bits off ``path``; as root, which ignores them, also ``chattr +i``.

    Yields whether writes are now refused for real (not only by the store's own
    respect for the write bits).
    """
    old = mode(path)
    path.chmod(old & ~0o222)
    pinned = False
    if os.geteuid() == 0 and shutil.which("chattr"):
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        pinned = done.returncode == 0
    try:
        yield pinned or os.geteuid() != 0
    finally:
        if pinned:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(old)


def test_a_really_read_only_folder_opens_read_only(filled: Path) -> None:
    before = digest(filled)
    with made_read_only(filled.parent) as for_real:
        with open_store(filled) as store:
            assert store.read_only_reason == "its folder is read-only"
            assert store.count() == 4
            with pytest.raises(StoreReadOnly, match="its folder is read-only") as caught:
                store.delete(1)
            assert str(filled) in str(caught.value)
        if for_real:
            # SQLite could not make its -shm file there; the store read the file as is.
            assert side_files(filled) == []
    assert digest(filled) == before


def test_a_really_read_only_file_opens_read_only(filled: Path) -> None:
    before = digest(filled)
    with made_read_only(filled), open_store(filled) as store:
        assert store.read_only_reason == "the file is read-only"
        assert [p.text for p in store.ideas()] == ["A post about our new waiting room"]
        with pytest.raises(StoreReadOnly, match="the file is read-only"):
            store.add(idea())
    assert side_files(filled) == []
    assert digest(filled) == before


def test_a_snapshot_of_a_read_only_file_makes_no_side_files(filled: Path, tmp_path: Path) -> None:
    from planner.store.backups import MANUAL, daily_snapshot_if_due, store_reader, take_snapshot
    from planner.store.snapshots import snapshot

    before = digest(filled)
    filled.chmod(0o444)
    try:
        taken = take_snapshot(filled, MANUAL)
        with store_reader(filled) as conn:
            copy = snapshot(conn, tmp_path / "copy.db")
        daily = daily_snapshot_if_due(filled, dt.date(2026, 12, 1))
        # Left with the file's 0444 mode, -wal and -shm would block the next write.
        assert side_files(filled) == []
        assert digest(filled) == before
    finally:
        filled.chmod(0o600)
    assert daily is not None
    for written in (taken, copy, daily):
        with open_store(written, read_only=True) as store:
            assert store.count() == 4
    with open_store(filled) as store:
        store.add(scheduled(TUE))
        assert store.count() == 5


def test_a_snapshot_of_a_read_only_file_leaves_existing_side_files_alone(
    filled: Path, tmp_path: Path
) -> None:
    from planner.store.backups import store_reader
    from planner.store.snapshots import snapshot

    with open_store(filled) as writer:
        writer.add(scheduled(TUE, text="still in the wal"))
        wal = Path(f"{filled}-wal")
        held = wal.read_bytes()
        modes = {p: mode(Path(filled.parent, p)) for p in side_files(filled)}
        assert wal.name in modes
        filled.chmod(0o444)
        try:
            with store_reader(filled) as conn:
                copy = snapshot(conn, tmp_path / "copy.db")
            assert wal.read_bytes() == held
            assert {p: mode(Path(filled.parent, p)) for p in side_files(filled)} == modes
        finally:
            filled.chmod(0o600)
    with open_store(copy, read_only=True) as store:
        assert "still in the wal" in [p.text for p in store.posts_in_week(Week.containing(TUE))]


def test_a_snapshot_from_a_really_read_only_folder_makes_no_side_files(
    filled: Path, tmp_path: Path
) -> None:
    from planner.store.backups import store_reader
    from planner.store.snapshots import snapshot

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with made_read_only(filled.parent) as for_real:
        with store_reader(filled) as conn:
            copy = snapshot(conn, elsewhere / "copy.db")
        if for_real:
            assert side_files(filled) == []
    with open_store(copy, read_only=True) as store:
        assert store.count() == 4


def test_no_snapshot_is_taken_before_an_import_into_a_read_only_store(filled: Path) -> None:
    from planner.store.backups import snapshot_before_import

    with (
        open_store(filled, read_only=True) as store,
        pytest.raises(StoreReadOnly, match="it was opened read-only"),
    ):
        snapshot_before_import(store)
    assert not (filled.parent / "backups").exists()
