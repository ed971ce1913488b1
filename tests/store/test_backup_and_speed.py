"""Checked snapshots with the online backup API, the week query's speed, light imports."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import subprocess
import sys
import time
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


def test_the_week_query_stays_fast_on_50000_posts(db_file: Path) -> None:
    week = fill_fast(db_file, 50_000, days=3650)  # ten years, about 100 posts a week
    with open_store(db_file) as store:
        assert 50 < len(store.posts_in_week(week)) < 200
        timings = []
        for _ in range(30):
            start = time.perf_counter()
            store.posts_in_week(week)
            timings.append(time.perf_counter() - start)
    # About 0.5 ms here; the bound is loose for a busy machine, yet a table scan or
    # a per-row ORM load would break it.
    assert statistics.median(timings) < 0.010


def test_importing_the_store_does_not_load_sqlalchemy() -> None:
    code = (
        "import sys, planner, planner.core, planner.store\n"
        "from planner.store import open_store, StoreError, StoreMissing\n"
        "loaded = [m for m in ('sqlalchemy', 'sqlmodel') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_backup_cannot_overwrite_the_store_itself(store: Store) -> None:
    store.add(scheduled(TUE))
    with pytest.raises(ValueError, match="cannot overwrite the store itself"):
        store.backup_to(store.path)
    assert store.count() == 1
