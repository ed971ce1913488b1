"""``planner backup``, ``planner restore``, the import's snapshot, and sharing the store
with an open window."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli.entry import main
from planner.core.domain import Kind, Platform, Post, Status
from planner.store import open_store
from planner.store.backups import MANUAL, PRE_IMPORT, PRE_RESTORE, list_snapshots
from planner.store.lock_owner import lock_owner, lock_path

TUE = "2026-12-01"


class Run:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys
        self.out = self.err = ""

    def __call__(self, *argv: str) -> int:
        try:
            code = main([*argv, "--db", str(self.db)])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        self.out, self.err = self.capsys.readouterr()
        return code

    def add(self, text: str) -> None:
        code = self(
            "add", "--date", TUE, "--time", "09:00", "--platform", "x",
            "--kind", "shared", "--text", text,
        )  # fmt: skip
        assert code == 0, self.err


@pytest.fixture
def run(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(db_file, capsys)


def texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM post ORDER BY id")]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(err: str) -> str:
    assert err.startswith("planner: error: ") and err.count("\n") == 1, err
    return err


def test_backup_writes_a_checked_private_copy_and_prints_its_path(run: Run, db_file: Path) -> None:
    run.add("Flu clinic on Saturday")
    assert run("backup") == 0, run.err
    written = Path(run.out.strip())
    assert written.parent == db_file.parent / "backups"
    assert written.name.startswith("planner.db.manual.")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert texts(written) == ["Flu clinic on Saturday"]
    assert [s.reason for s in list_snapshots(db_file)] == [MANUAL]


def test_backup_to_a_file_of_your_choice(run: Run, tmp_path: Path) -> None:
    run.add("Flu clinic on Saturday")
    target = tmp_path / "usb stick" / "plan copy.db"
    target.parent.mkdir()
    assert run("backup", "--to", str(target)) == 0, run.err
    assert run.out.strip() == str(target)
    assert texts(target) == ["Flu clinic on Saturday"]
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()


def test_backup_mistakes_are_one_line_and_write_nothing(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    assert run("backup") == 1
    assert "nothing to back up" in one_line(run.err)
    assert not db_file.exists()  # no store was created to back up
    run.add("Flu clinic on Saturday")
    assert run("backup", "--to", str(tmp_path / "missing" / "copy.db")) == 1
    assert "does not exist" in one_line(run.err)
    before = digest(db_file)
    assert run("backup", "--to", str(db_file)) == 1
    assert "is the store planner.db itself; choose another file" in one_line(run.err)
    assert digest(db_file) == before


def test_restore_keeps_the_current_plan_first_and_can_be_undone(run: Run, db_file: Path) -> None:
    run.add("first")
    run("backup")
    copy = run.out.strip()
    run.add("second")
    assert run("restore", copy) == 0, run.err
    assert texts(db_file) == ["first"]
    kept = next(s for s in list_snapshots(db_file) if s.reason == PRE_RESTORE)
    assert str(kept.path) in run.out and "2 posts" in run.out
    assert run("restore", str(kept.path)) == 0, run.err
    assert texts(db_file) == ["first", "second"]


def test_restore_refuses_a_bad_file_with_one_line_and_changes_nothing(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    run.add("first")
    before = digest(db_file)
    bad = tmp_path / "holiday-photos.zip"
    bad.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    assert run("restore", str(bad)) == 1
    message = one_line(run.err)
    assert str(bad) in message and "Nothing was changed" in message
    assert run.out == ""
    assert digest(db_file) == before
    assert list_snapshots(db_file) == []


def test_import_keeps_a_snapshot_of_the_plan_before_it(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "week.csv"
    csv.write_text(
        "date,time,weekday,platform,kind,status,text,link,notes\n"
        "2026-12-02,10:00,Wednesday,x,shared,draft,Imported post,,\n",
        encoding="utf-8",
    )
    assert run("import", str(csv)) == 0, run.err  # into an empty store: nothing to keep
    assert list_snapshots(db_file) == []
    assert run("import", str(csv)) == 0, run.err  # the same rows again change nothing
    assert "Nothing to import: 0 new, 0 updated, 0 unchanged, 1 duplicate skipped." in run.out
    assert list_snapshots(db_file) == []
    csv.write_text(
        "date,time,weekday,platform,kind,status,text,link,notes\n"
        "2026-12-03,10:00,Thursday,x,shared,draft,Second post,,\n",
        encoding="utf-8",
    )
    assert run("import", str(csv)) == 0, run.err
    (before_import,) = list_snapshots(db_file)
    assert before_import.reason == PRE_IMPORT and before_import.posts == 1
    assert str(before_import.path) in run.out
    assert texts(db_file) == ["Imported post", "Second post"]


def side_files(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(f"{db.name}-"))


def test_backup_of_a_read_only_store_leaves_nothing_beside_it(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    run.add("Flu clinic on Saturday")
    assert side_files(db_file) == []
    before = digest(db_file)
    db_file.chmod(0o444)
    try:
        assert run("backup") == 0, run.err
        assert run("backup", "--to", str(tmp_path / "copy.db")) == 0, run.err
        # 0444 side files made here would block the next write once the file is 0600.
        assert side_files(db_file) == []
        assert digest(db_file) == before
    finally:
        db_file.chmod(0o600)
    assert texts(tmp_path / "copy.db") == ["Flu clinic on Saturday"]
    run.add("Open day")
    assert texts(db_file) == ["Flu clinic on Saturday", "Open day"]


def test_import_into_a_read_only_store_writes_nothing_at_all(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    run.add("Flu clinic on Saturday")
    csv = tmp_path / "week.csv"
    csv.write_text(
        "date,time,weekday,platform,kind,status,text,link,notes\n"
        "2026-12-02,10:00,Wednesday,x,shared,draft,Imported post,,\n",
        encoding="utf-8",
    )
    before = digest(db_file)
    db_file.chmod(0o444)
    try:
        assert run("import", str(csv)) == 1
        assert "cannot be saved: the file is read-only" in one_line(run.err)
        assert run.out == ""
        assert not (db_file.parent / "backups").exists()  # no snapshot of a refused import
        assert side_files(db_file) == []
        assert digest(db_file) == before
    finally:
        db_file.chmod(0o600)


HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def window_lock(db_file: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store's lock file, as an open window does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(db_file))],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    yield holder
    holder.kill()
    holder.wait()


def test_restore_is_refused_while_a_window_has_the_store_open(
    run: Run, db_file: Path, window_lock: subprocess.Popen[str]
) -> None:
    run.add("first")
    run("backup")
    copy = run.out.strip()
    run.add("second")
    assert lock_owner(db_file) == window_lock.pid
    assert run("restore", copy) == 1
    assert "close the window" in one_line(run.err)
    assert texts(db_file) == ["first", "second"]
    # Reading and writing still work beside the window.
    assert run("list", "--week", "2026-W49") == 0
    run.add("third")
    # A window that crashed leaves a stale lock, which does not block.
    window_lock.send_signal(signal.SIGKILL)
    window_lock.wait()
    assert lock_path(db_file).exists() and lock_owner(db_file) is None
    assert run("restore", copy) == 0, run.err
    assert texts(db_file) == ["first"]


@pytest.mark.slow
def test_a_command_waits_for_the_window_to_finish_writing_then_gives_up_clearly(
    db_file: Path,
) -> None:
    with open_store(db_file) as store:
        store.add(Post(Platform.X, Kind.SHARED, "in the plan", status=Status.IDEA))
    env = {**os.environ, "PLANNER_DB": str(db_file)}
    add = [sys.executable, "-m", "planner", "add", "--status", "idea", "--platform", "x",
           "--kind", "shared", "--text", "from the command line"]  # fmt: skip

    # The window's write takes 1 s: the command waits, then saves.
    holder = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(1.0, lambda: holder.execute("COMMIT")).start()
    started = time.monotonic()
    waited = subprocess.run(add, capture_output=True, text=True, timeout=60, env=env)
    assert waited.returncode == 0, waited.stderr
    assert time.monotonic() - started >= 1.0
    holder.close()

    # A write that never ends: reads go on, the command gives up after its busy timeout.
    holder = sqlite3.connect(db_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        listing = [sys.executable, "-m", "planner", "list", "--ideas"]
        read = subprocess.run(listing, capture_output=True, text=True, timeout=60, env=env)
        assert read.returncode == 0 and "from the command line" in read.stdout
        refused = subprocess.run(add, capture_output=True, text=True, timeout=60, env=env)
        assert refused.returncode == 1
        message = one_line(refused.stderr)
        assert "is busy" in message and str(db_file) in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert texts(db_file) == ["in the plan", "from the command line"]


def test_the_new_commands_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "backup" in out and "restore" in out
