"""A FIFO, a device or a folder given as the store is refused at once, in one line.

Each case runs in a child process: a regression would otherwise hang the test run on
an ``open`` that waits for a writer that never comes.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from store_helpers import scheduled
from trust_helpers import one_error_line, planner, python

from planner.store import open_store
from planner.store.backups import MANUAL, take_snapshot

QUICK = 20.0  # seconds: "at once" on a loaded machine, far from "for ever"


@pytest.fixture
def good_snapshot(tmp_path: Path) -> Path:
    source = tmp_path / "source" / "planner.db"
    with open_store(source) as store:
        store.add(scheduled(dt.date(2026, 12, 1), text="from the snapshot"))
        return take_snapshot(store, MANUAL)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "store" / "pipe.db"
    path.parent.mkdir()
    os.mkfifo(path)
    return path


KIND = ("--platform", "x", "--kind", "shared")
COMMANDS = {
    "list": ("list", "--ideas"),
    "add": ("add", "--date", "2026-12-01", "--time", "09:00", "--text", "Flu", *KIND),
    "delete": ("delete", "1"),
    "backup": ("backup",),
    "check": ("check", "--week", "2026-W49"),
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_fifo_as_the_store_is_refused_at_once(fifo: Path, name: str) -> None:
    done = planner(*COMMANDS[name], db=fifo, timeout=QUICK)
    assert done.returncode == 1
    line = one_error_line(done.stderr)
    assert str(fifo) in line and "named pipe" in line
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["pipe.db"]


def test_restore_into_a_fifo_is_refused_and_leaves_nothing(fifo: Path, good_snapshot: Path) -> None:
    done = planner("restore", str(good_snapshot), db=fifo, timeout=QUICK)
    assert done.returncode == 1
    assert "named pipe" in one_error_line(done.stderr)
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["pipe.db"]


def test_restoring_from_a_fifo_is_refused_at_once(
    fifo: Path, good_snapshot: Path, db_file: Path
) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(dt.date(2026, 12, 1), text="today's plan"))
    done = planner("restore", str(fifo), db=db_file, timeout=QUICK)
    assert done.returncode == 1
    assert "named pipe" in one_error_line(done.stderr)


def test_the_window_refuses_a_fifo_at_once(fifo: Path) -> None:
    shot = fifo.parent / "shot.png"
    done = planner("--screenshot", str(shot), db=fifo, timeout=QUICK)
    assert done.returncode == 1
    assert "named pipe" in done.stderr
    assert not shot.exists() and not Path(f"{fifo}.lock").exists()


def test_a_device_and_a_folder_are_refused_as_what_they_are(tmp_path: Path) -> None:
    done = planner("list", "--ideas", db=Path("/dev/null"), timeout=QUICK)
    assert done.returncode == 1
    assert "/dev/null" in one_error_line(done.stderr) and "device" in done.stderr
    folder = tmp_path / "a-folder"
    folder.mkdir()
    done = planner("add", *COMMANDS["add"][1:], db=folder, timeout=QUICK)
    assert "folder" in one_error_line(done.stderr)
    assert list(folder.iterdir()) == []


OPEN_STORE_ON = """
import sys
from pathlib import Path
from planner.store import open_store, StoreError
try:
    open_store(Path(sys.argv[1]), create=sys.argv[2] == "create")
except StoreError as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.parametrize("create", ["create", "read"])
def test_open_store_refuses_a_fifo_before_opening_it(fifo: Path, create: str) -> None:
    done = python(OPEN_STORE_ON, str(fifo), create, timeout=QUICK)
    assert done.stdout.startswith("StoreNotAFile "), done
    assert "named pipe" in done.stdout


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_fifo_beside_the_store_is_refused_too(db_file: Path, side: str) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(dt.date(2026, 12, 1)))
    os.mkfifo(f"{db_file}{side}")
    try:
        done = planner("list", "--week", "2026-W49", db=db_file, timeout=QUICK)
    except subprocess.TimeoutExpired:
        pytest.fail(f"a FIFO as the store's {side} file hung the command")
    assert done.returncode == 1
    assert f"{db_file}{side}" in one_error_line(done.stderr)


def test_a_fifo_as_the_lock_file_is_refused_by_restore_and_the_window(
    db_file: Path, good_snapshot: Path
) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(dt.date(2026, 12, 1)))
    lock = Path(f"{db_file}.lock")
    os.mkfifo(lock)
    done = planner("restore", str(good_snapshot), db=db_file, timeout=QUICK)
    assert done.returncode == 1
    assert str(lock) in one_error_line(done.stderr)
    shot = db_file.parent / "shot.png"
    done = planner("--screenshot", str(shot), db=db_file, timeout=QUICK)
    assert done.returncode == 1 and str(lock) in done.stderr
    assert not shot.exists()
