"""A store reached through a link is the file it leads to: one lock, one backups folder.

The window test starts a real window process on the store and tries the link from
other processes, as a person with two terminals would.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import scheduled
from trust_helpers import PATIENCE, one_error_line, planner

from planner.store import open_store
from planner.store.backups import (
    MANUAL,
    PRE_RESTORE,
    daily_snapshot_if_due,
    list_snapshots,
    take_snapshot,
)
from planner.store.lock_owner import lock_owner, lock_path
from planner.store.snapshot_names import backups_dir

TUE = dt.date(2026, 12, 1)


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """``data/planner.db`` with a post, and ``other/link.db -> ../data/planner.db``."""
    real = tmp_path / "data" / "planner.db"
    with open_store(real) as store:
        store.add(scheduled(TUE, text="the plan"))
    link = tmp_path / "other" / "link.db"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "data" / "planner.db")
    return real, link


def test_a_store_opened_through_a_link_is_named_by_its_real_path(
    linked: tuple[Path, Path],
) -> None:
    real, link = linked
    with open_store(link) as store:
        assert store.path == real
        snap = take_snapshot(store, MANUAL)
    assert snap.parent == real.parent / "backups" and snap.name.startswith("planner.db.")
    assert backups_dir(link) == backups_dir(real) == real.parent / "backups"
    assert lock_path(link) == lock_path(real) == real.with_name("planner.db.lock")
    assert list_snapshots(link) == list_snapshots(real)
    assert not (link.parent / "backups").exists()


def test_snapshots_of_the_file_named_through_a_link_land_beside_the_real_file(
    linked: tuple[Path, Path],
) -> None:
    real, link = linked
    first = take_snapshot(link, MANUAL)
    daily = daily_snapshot_if_due(link, TUE)
    assert daily is not None
    assert {first.parent, daily.parent} == {real.parent / "backups"}
    assert daily_snapshot_if_due(real, TUE) is None  # the same store: already taken today
    assert sorted(p.name for p in link.parent.iterdir()) == ["link.db"]


@pytest.fixture
def window(linked: tuple[Path, Path]) -> Iterator[subprocess.Popen[str]]:
    """A real window on the real store, holding its lock."""
    real, _link = linked
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "planner", "--db", str(real)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + PATIENCE
    while lock_owner(real) != proc.pid:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the window never took the lock"
        time.sleep(0.05)
    yield proc
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_the_window_lock_holds_through_a_link(
    linked: tuple[Path, Path], window: subprocess.Popen[str], tmp_path: Path
) -> None:
    real, link = linked
    snap = take_snapshot(real, MANUAL)
    assert lock_owner(link) == window.pid
    done = planner("restore", str(snap), db=link)
    assert done.returncode == 1
    assert f"process {window.pid}" in one_error_line(done.stderr)
    shot = tmp_path / "second.png"
    done = planner("--screenshot", str(shot), db=link)
    assert done.returncode == 1 and "already open" in done.stderr
    assert not shot.exists()
    assert sorted(p.name for p in link.parent.iterdir()) == ["link.db"]
    assert all(s.reason != PRE_RESTORE for s in list_snapshots(real))
