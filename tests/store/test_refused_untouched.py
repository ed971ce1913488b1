"""A store that is refused is left exactly as it was: same bytes, and nothing beside it.

A -wal or -shm left beside a refused file would outlive the command, and one made from
a file the app must not change is a change all the same.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import corrupt_middle_pages, digest, fill, scheduled

from planner.cli.entry import main
from planner.store import StoreError, open_store
from planner.store.messages import error_message
from planner.store.migrations import LATEST_VERSION

TUE = dt.date(2026, 12, 1)


def newer_version(journal: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with open_store(path) as store:
            store.add(scheduled(TUE))
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 97}")
        conn.close()

    return make


def another_program(journal: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ann')")
        conn.commit()
        conn.close()

    return make


def garbage(path: Path) -> None:
    path.write_bytes(b"date,time,text\r\n2026-12-01,09:00,hello\r\n" * 300)


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(20_000))


def corrupt(path: Path) -> None:
    fill(path, 600)
    corrupt_middle_pages(path)


REFUSED: dict[str, Callable[[Path], None]] = {
    "newer-version": newer_version("WAL"),
    "newer-version-rollback": newer_version("DELETE"),
    "garbage": garbage,
    "random-bytes": random_bytes,
    "another-program": another_program("WAL"),
    "another-program-rollback": another_program("DELETE"),
    "corrupt": corrupt,
}


def open_unchecked_then_read(path: Path) -> None:
    """As the read commands do: skip the page check, and find damage by reading."""
    with open_store(path, create=False, check_pages=False) as store:
        store.posts_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


OPENERS: dict[str, Callable[[Path], object]] = {
    "open": lambda p: open_store(p),
    "open-read-only": lambda p: open_store(p, read_only=True),
    "open-unchecked-then-read": open_unchecked_then_read,
}


def listing(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(params=list(REFUSED))
def refused(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    path = folder / f"{request.param}.db"
    REFUSED[request.param](path)
    assert [p.name for p in folder.iterdir()] == [path.name]
    return path


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_opening_a_refused_store_leaves_the_folder_as_it_was(
    refused: Path, opener: Callable[[Path], object]
) -> None:
    before = listing(refused.parent)
    with pytest.raises(StoreError) as caught:
        opener(refused)
    assert str(refused) in str(caught.value)
    assert listing(refused.parent) == before


COMMANDS = {
    "list": ["list", "--week", "2026-W49"],
    "check": ["check", "--week", "2026-W49"],
    "add": ["add", "--status", "idea", "--platform", "x", "--kind", "shared", "--text", "Hi"],
    "delete": ["delete", "1"],
    "demo": ["demo"],
}


@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_command_refusing_a_store_leaves_the_folder_as_it_was(
    refused: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = listing(refused.parent)
    code = main([*argv, "--db", str(refused)])
    err = capsys.readouterr().err
    if code == 0:
        # A read command skips the page check, so damage its week does not touch
        # goes unseen; every other case is refused.
        assert refused.name == "corrupt.db" and argv[0] in ("list", "check"), err
    else:
        assert code == 1 and err.startswith("planner: error: ") and str(refused) in err
    assert listing(refused.parent) == before


def test_the_damaged_message_names_the_newest_good_backup(tmp_path: Path) -> None:
    from planner.store import StoreCorrupt
    from planner.store.backups import MANUAL, take_snapshot

    path = tmp_path / "planner.db"
    fill(path, 600)
    older = take_snapshot(path, MANUAL, now=dt.datetime(2026, 11, 30, 8, 0))
    newest = take_snapshot(path, MANUAL, now=dt.datetime(2026, 12, 1, 9, 15))
    newest.write_bytes(b"not a database" * 100)  # the newest one is no good
    corrupt_middle_pages(path)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(path)
    message = error_message(caught.value)
    assert f"planner restore {older}" in message, message
    assert "Mon 30 Nov 2026 08:00" in message
    assert str(newest) not in message
    assert "\n" not in message and len(message) < 400 + len(str(older)), message


def test_the_damaged_message_says_when_there_is_no_backup_yet(tmp_path: Path) -> None:
    from planner.store import StoreCorrupt

    path = tmp_path / "planner.db"
    fill(path, 600)
    corrupt_middle_pages(path)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(path)
    message = error_message(caught.value)
    assert "no backup" in message and "planner restore FILE" in message, message
    assert "backups" not in message  # names no folder that is not there
    assert not (tmp_path / "backups").exists()


def test_the_damaged_message_says_when_no_backup_can_be_restored(tmp_path: Path) -> None:
    from planner.store import StoreCorrupt
    from planner.store.backups import MANUAL, take_snapshot

    path = tmp_path / "planner.db"
    fill(path, 600)
    take_snapshot(path, MANUAL).write_bytes(b"not a database" * 100)
    corrupt_middle_pages(path)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(path)
    message = error_message(caught.value)
    assert f"None of its backups in {tmp_path / 'backups'} can be restored" in message
    assert "planner restore FILE" in message


def test_a_damage_error_is_made_without_looking_at_backups(tmp_path: Path) -> None:
    """Only showing it reads the backups folder: making one loads no backup module."""
    from planner.store.backups import MANUAL, take_snapshot

    path = tmp_path / "planner.db"
    fill(path, 10)
    take_snapshot(path, MANUAL)  # a backup its message could name, if it looked
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from planner.store.errors import StoreCorrupt\n"
        f"error = StoreCorrupt(Path({str(path)!r}), 'row 3 missing from index')\n"
        "print(error)\n"
        "print(sorted(m for m in sys.modules if m.startswith('planner.store.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    message, loaded = done.stdout.splitlines()
    assert message == (
        f"{path} is damaged (SQLite reports: row 3 missing from index); it was left untouched."
    )
    assert loaded == "['planner.store.errors']"


def test_the_shown_damage_message_adds_the_way_back_to_the_error(tmp_path: Path) -> None:
    from planner.store import StoreCorrupt
    from planner.store.backups import MANUAL, take_snapshot
    from planner.store.messages import newest_good_backup_hint

    path = tmp_path / "planner.db"
    fill(path, 600)
    kept = take_snapshot(path, MANUAL, now=dt.datetime(2026, 11, 30, 8, 0))
    corrupt_middle_pages(path)
    with pytest.raises(StoreCorrupt) as caught:
        open_store(path)
    hint = newest_good_backup_hint(path)
    when = "Mon 30 Nov 2026 08:00"
    assert hint == f"Put back its newest good backup, from {when}, with: planner restore {kept}"
    assert error_message(caught.value) == f"{caught.value} {hint}"
    assert "planner restore" not in str(caught.value)
    other = StoreError(path, f"{path} is busy.")
    assert error_message(other) == str(other)  # only damage has a way back to tell


def test_a_command_tells_the_way_back_from_a_damaged_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "planner.db"
    fill(path, 600)
    corrupt_middle_pages(path)
    assert main(["delete", "1", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{path} is damaged" in err
    assert (
        "There is no backup of it yet; if you have a copy, put it back with: planner restore FILE"
        in err
    )
