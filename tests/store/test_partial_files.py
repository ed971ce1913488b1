"""Partial files a killed copy leaves behind are removed at the next start, and nothing
else is; a failed import drops its snapshot; reads and backups leave no -wal or -shm.

The killed processes are real: a child makes the copy and is SIGKILLed just before it
would have renamed its finished file into place.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import fill, idea, scheduled
from trust_helpers import killed, planner

from planner.cli.entry import main
from planner.store import StoreReadOnly, open_store
from planner.store.backups import MANUAL, PRE_IMPORT, list_snapshots, take_snapshot

TUE = dt.date(2026, 12, 1)
CSV = "date,time,weekday,platform,kind,status,text,link,notes\n"
CSV_ROW = "2026-12-02,10:00,Wednesday,x,shared,scheduled,Imported post,,\n"


def partial_files(db_file: Path) -> list[str]:
    folder = db_file.parent
    found = [p for p in (*folder.iterdir(), *(folder / "backups").glob("*")) if ".part" in p.name]
    return sorted(str(p.relative_to(folder)) for p in found)


@pytest.fixture
def planned(db_file: Path) -> Path:
    fill(db_file, 200)
    return db_file


def test_a_killed_import_leaves_a_part_file_that_the_next_start_removes(
    planned: Path, tmp_path: Path
) -> None:
    source = tmp_path / "new.csv"
    source.write_text(CSV + CSV_ROW, encoding="utf-8")
    killed("import", str(source), db=planned)
    left = partial_files(planned)
    assert left and all(".pre-import." in name for name in left), left
    with open_store(planned) as store:
        assert store.count() == 200  # the import never ran
    assert partial_files(planned) == []
    assert [s.reason for s in list_snapshots(planned)] == []


def test_a_killed_restore_leaves_files_that_the_window_start_removes(
    planned: Path, tmp_path: Path
) -> None:
    snap = take_snapshot(planned, MANUAL)
    killed("restore", str(snap), db=planned)
    left = partial_files(planned)
    assert any(".pre-restore." in name for name in left), left
    shot = tmp_path / "shot.png"
    done = planner("--screenshot", str(shot), db=planned)
    assert done.returncode == 0, done.stderr
    assert partial_files(planned) == []


def test_a_killed_restore_of_a_damaged_store_leaves_its_staging_file_only_till_the_next_start(
    planned: Path,
) -> None:
    snap = take_snapshot(planned, MANUAL)
    Path(f"{planned}-wal").unlink(missing_ok=True)
    planned.write_bytes(b"\x00garbage after a disk fault" * 400)
    killed("restore", str(snap), db=planned)
    assert any(".restoring." in name for name in partial_files(planned))
    assert planner("restore", str(snap), db=planned).returncode == 0
    assert partial_files(planned) == []


OTHERS = [
    "notes.part",  # a file of the user's
    "planner.db.part",  # not a name the app writes
    "other.db.daily.20261201T091500.123.part",  # another store's, in a shared folder
    "backups/other.db.pre-import.20261201T091500.123.part",
    "backups/planner.db.daily.20261201T091500.txt",
    "backups/planner.db.daily.20261201T091500",  # a finished snapshot
]


def test_only_the_apps_own_partial_files_of_this_store_are_removed(planned: Path) -> None:
    folder = planned.parent
    (folder / "backups").mkdir()
    ours = [
        "backups/planner.db.pre-import.20261201T101502.part",  # an older version's name
        "backups/planner.db.pre-import.20261201T101502.part-journal",
        "backups/planner.db.daily.20261201T091500-2.999999999.part",  # no such process
        "backups/planner.db.pre-v2.20261201T091500.999999999.part",
        "backups/planner.db.damaged.20261201T091500.999999999.part",
        ".planner.db.restoring.part",
        ".planner.db.restoring.999999999.part-journal",
    ]
    live = f"backups/planner.db.manual.20261201T091500.{os.getpid()}.part"  # being written
    for name in (*ours, *OTHERS, live):
        (folder / name).write_bytes(b"x" * 100)
    os.mkfifo(folder / "backups" / "planner.db.daily.20261202T091500.999999999.part")
    with open_store(planned, read_only=True):
        pass  # a read-only open removes nothing
    assert all((folder / name).exists() for name in ours)
    with open_store(planned):
        pass
    assert not any((folder / name).exists() for name in ours)
    assert all((folder / name).exists() for name in (*OTHERS, live))
    assert (folder / "backups" / "planner.db.daily.20261202T091500.999999999.part").exists()


def test_a_failed_command_line_import_drops_its_snapshot(
    planned: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "new.csv"
    source.write_text(CSV + CSV_ROW, encoding="utf-8")
    writer = sqlite3.connect(planned, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another program is writing, and keeps at it
    try:
        code = main(["import", str(source), "--db", str(planned)])
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert code == 1 and "busy" in capsys.readouterr().err
    assert [s.reason for s in list_snapshots(planned)] == []
    assert partial_files(planned) == []


def test_a_failed_window_import_drops_its_snapshot(planned: Path, tmp_path: Path, qapp) -> None:
    from planner.ui.dialogs.prompts import ScriptedPrompts
    from planner.ui.undo.commands import push
    from planner.ui.undo.import_command import ImportPosts
    from planner.ui.window.context import AppContext, qsettings_at

    store = open_store(planned, busy_timeout=0.1)
    context = AppContext(store, prompts=ScriptedPrompts(), qsettings=qsettings_at(tmp_path / "w"))
    writer = sqlite3.connect(planned, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert not push(context, ImportPosts(context, [(None, idea("imported"))], "new.csv"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        store.close()
    assert [s.reason for s in list_snapshots(planned)] == []
    # A good import keeps it, so one restore undoes the import.
    with open_store(planned) as store:
        context = AppContext(store, prompts=ScriptedPrompts(), qsettings=qsettings_at(tmp_path))
        assert push(context, ImportPosts(context, [(None, idea("imported"))], "new.csv"))
    assert [s.reason for s in list_snapshots(planned)] == [PRE_IMPORT]


def side_files(db_file: Path) -> list[str]:
    return sorted(p.name for p in db_file.parent.iterdir() if p.name.startswith("planner.db-"))


def test_a_backup_of_a_healthy_store_leaves_no_side_files(planned: Path) -> None:
    assert side_files(planned) == []
    assert planner("backup", db=planned).returncode == 0
    assert side_files(planned) == []
    take_snapshot(planned, MANUAL)
    assert side_files(planned) == []
    with open_store(planned) as store:  # beside an open store, the -wal is the store's
        store.add(scheduled(TUE))
        take_snapshot(planned, MANUAL)
    assert side_files(planned) == []


@pytest.fixture
def read_only_folder(planned: Path) -> Iterator[Path]:
    folder = planned.parent
    mode = stat.S_IMODE(folder.stat().st_mode)
    folder.chmod(0o555)  # root may still write; the app honours the write bits anyway
    yield planned
    folder.chmod(mode)


@pytest.mark.parametrize(
    "argv", [("list", "--ideas"), ("check", "--week", "2026-W49"), ("backup", "--to", "-")]
)
def test_reads_in_a_read_only_folder_leave_no_side_files(
    read_only_folder: Path, tmp_path: Path, argv: tuple[str, ...]
) -> None:
    if argv[-1] == "-":
        argv = (*argv[:-1], str(tmp_path / "home" / "copy.db"))  # a folder it may write
    done = planner(*argv, db=read_only_folder)
    assert done.returncode == 0, done.stderr
    assert side_files(read_only_folder) == []


def test_a_store_opened_read_only_on_request_leaves_no_side_files(planned: Path) -> None:
    with open_store(planned, read_only=True) as store:
        assert store.count() == 200
        with pytest.raises(StoreReadOnly):
            store.add(scheduled(TUE))
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._raw.execute("DELETE FROM post")  # SQLite itself refuses a write
    assert side_files(planned) == []
    with open_store(planned) as store:
        assert store.count() == 200
