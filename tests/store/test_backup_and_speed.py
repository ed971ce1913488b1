"""Checked snapshots with the online backup API, the week query's reach, light imports.

How fast the week reads on twenty years of posts is bench/run.py's to say; here the
week query is shown to read the week through the index rather than the whole table.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import corrupt_middle_pages, digest, fill, idea, peek, scheduled

from planner.core.domain import Kind, Platform
from planner.core.weeks import Week
from planner.store import Store, StoreCorrupt, open_store
from planner.store.snapshots import snapshot

TUE = dt.date(2026, 12, 1)


def test_backup_to_writes_a_checked_self_contained_copy(store: Store, tmp_path: Path) -> None:
    store.add_many([scheduled(TUE, text=f"post {i}") for i in range(20)])
    store.add(idea())
    dest = tmp_path / "snapshots" / "2026-12-01.db"
    assert store.backup_to(dest) == dest
    assert peek(dest, "PRAGMA quick_check") == [("ok",)]
    assert peek(dest, "PRAGMA journal_mode") == [("delete",)]  # no -wal needed beside it
    assert not Path(f"{dest}.part").exists()
    with open_store(dest, create=False) as copy:
        assert copy.count() == 21
        assert copy.posts_in_week(Week(2026, 49)) == store.posts_in_week(Week(2026, 49))


def test_backup_to_sees_edits_still_in_the_wal(store: Store, tmp_path: Path) -> None:
    saved = store.add(scheduled(TUE, text="only in the WAL so far"))
    assert Path(f"{store.path}-wal").stat().st_size > 0
    dest = store.backup_to(tmp_path / "copy.db")
    assert peek(dest, "SELECT text FROM post WHERE id = ?", (saved.id,)) == [
        ("only in the WAL so far",)
    ]


def test_a_backup_replaces_an_old_one_and_leaves_the_store_alone(
    store: Store, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.db"
    store.backup_to(dest)
    store.add(scheduled(TUE))
    store.backup_to(dest)
    assert peek(dest, "SELECT count(*) FROM post") == [(1,)]


def test_a_copy_that_fails_its_check_is_not_kept(db_file: Path, tmp_path: Path) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    damaged = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)  # no checks on open
    dest = tmp_path / "copy.db"
    try:
        with pytest.raises(StoreCorrupt, match="its copy failed the check") as caught:
            snapshot(damaged, dest)
    finally:
        damaged.close()
    assert str(db_file) in str(caught.value) and "\n" not in str(caught.value)
    assert not dest.exists() and not Path(f"{dest}.part").exists()
    assert digest(db_file) == before


def fill_fast(path: Path, count: int, days: int) -> Week:
    """``count`` posts spread at random over ``days`` days; return the middle week."""
    with open_store(path):
        pass
    rng = random.Random(49)
    first = dt.date(2016, 1, 4)
    platforms, kinds = [p.value for p in Platform], [k.value for k in Kind]
    rows = [
        (
            rng.choice(platforms),
            rng.choice(kinds),
            "scheduled",
            (first + dt.timedelta(days=rng.randrange(days))).isoformat(),
            f"{rng.randrange(7, 21):02d}:{rng.choice((0, 15, 30, 45)):02d}",
            "A line or two of text, as a real post would have. " * 2,
        )
        for _ in range(count)
    ]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO post (platform, kind, status, date, time, text) VALUES (?,?,?,?,?,?)",
            rows,
        )
    conn.close()
    return Week.containing(first + dt.timedelta(days=days // 2))


STEPS = 1000  # SQLite virtual-machine instructions per progress call


def counting_steps(conn: sqlite3.Connection) -> list[int]:
    """A one-element list that counts the work ``conn`` does, in thousands of SQLite's
    virtual-machine instructions: the same query on the same file always counts the same."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0  # go on

    conn.set_progress_handler(tick, STEPS)
    return steps


def test_the_week_query_reads_the_week_not_the_table(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = fill_fast(db_file, 50_000, days=3650)  # ten years, about 100 posts a week
    counters: list[list[int]] = []
    real_connect: Callable[..., sqlite3.Connection] = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        counters.append(counting_steps(conn))
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with open_store(db_file) as store:
        for steps in counters:
            steps[0] = 0  # opening checks the file; only the read counts
        posts = store.posts_in_week(week)
        week_steps = sum(steps[0] for steps in counters)
    monkeypatch.undo()
    assert 50 < len(posts) < 200
    scan = sqlite3.connect(db_file)
    try:
        scan_steps = counting_steps(scan)
        everything = scan.execute(
            "SELECT * FROM post NOT INDEXED WHERE date BETWEEN ? AND ?",
            (week.monday.isoformat(), week.sunday.isoformat()),
        ).fetchall()
    finally:
        scan.close()
    assert len(everything) == len(posts)
    # Reading every row to find the week costs hundreds of thousands of instructions;
    # the index finds the week's hundred rows for a small share of that.
    assert scan_steps[0] > 100
    assert week_steps * 20 < scan_steps[0], (week_steps, scan_steps[0])


def test_importing_the_store_does_not_load_sqlalchemy() -> None:
    code = (
        "import sys, planner, planner.core, planner.store\n"
        "from planner.store import open_store, StoreError, StoreMissing\n"
        "loaded = [m for m in ('sqlalchemy', 'sqlmodel') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_reading_a_week_loads_no_orm(db_file: Path) -> None:
    """The week is read row by row with sqlite3: no ORM object per post."""
    with open_store(db_file) as store:
        store.add_many([scheduled(TUE, text=f"post {i}") for i in range(3)])
    code = (
        "import sys\n"
        "from planner.core.weeks import Week\n"
        "from planner.store import open_store\n"
        "with open_store(sys.argv[1], create=False) as store:\n"
        "    print(len(store.posts_in_week(Week(2026, 49))), len(store.ideas()))\n"
        "print([m for m in ('sqlalchemy', 'sqlmodel') if m in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["3 0", "[]"]


def test_a_backup_cannot_overwrite_the_store_itself(store: Store) -> None:
    store.add(scheduled(TUE))
    with pytest.raises(ValueError, match="cannot overwrite the store itself"):
        store.backup_to(store.path)
    assert store.count() == 1
