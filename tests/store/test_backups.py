"""Snapshots in backups/: checked, private, listed with what they hold, pruned by the rules."""

from __future__ import annotations

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
from store_helpers import FIXTURES, corrupt_middle_pages, digest, fill, idea, peek, scheduled

from planner.store import Store, StoreCorrupt, StoreMissing, open_store
from planner.store.backups import (
    DAILY,
    EVENT_KEEP,
    MANUAL,
    PRE_IMPORT,
    PRE_MIGRATION,
    PRE_RESTORE,
    daily_snapshot_if_due,
    list_snapshots,
    parse_name,
    prune_snapshots,
    snapshot_path,
    take_snapshot,
)
from planner.store.migrations import MIGRATIONS

TUE = dt.date(2026, 12, 1)
NOON = dt.datetime(2026, 12, 1, 12, 0, 0)


def backups(store_path: Path) -> list[Path]:
    folder = store_path.parent / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_snapshot_is_private_checked_and_self_contained(store: Store) -> None:
    store.add_many([scheduled(TUE, text=f"post {i}") for i in range(5)])
    taken = take_snapshot(store.path, MANUAL, now=NOON)
    assert taken == store.path.parent / "backups" / "planner.db.manual.20261201T120000"
    assert mode(taken) == 0o600 and mode(taken.parent) == 0o700
    assert peek(taken, "PRAGMA quick_check") == [("ok",)]
    assert peek(taken, "PRAGMA journal_mode") == [("delete",)]
    assert peek(taken, "SELECT count(*) FROM post") == [(5,)]
    assert [p.name for p in backups(store.path)] == [taken.name]  # no .part left behind


def test_a_snapshot_of_an_open_store_holds_what_is_still_in_the_wal(store: Store) -> None:
    saved = store.add(scheduled(TUE, text="only in the WAL"))
    assert Path(f"{store.path}-wal").stat().st_size > 0
    from_path = take_snapshot(store.path, PRE_IMPORT, now=NOON)  # another connection
    from_store = take_snapshot(store, PRE_IMPORT, now=NOON)  # the store's own
    assert from_store.name.endswith("T120000-2")  # same second, never the same name
    for taken in (from_path, from_store):
        assert peek(taken, "SELECT text FROM post WHERE id = ?", (saved.id,)) == [
            ("only in the WAL",)
        ]


def test_a_damaged_store_gives_no_snapshot_and_says_so(db_file: Path) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    with pytest.raises(StoreCorrupt, match="its copy failed the check") as caught:
        take_snapshot(db_file, DAILY, now=NOON)
    assert str(db_file) in str(caught.value)
    assert backups(db_file) == []  # the bad copy was deleted, not counted
    assert digest(db_file) == before


def test_a_missing_store_has_no_snapshot(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing):
        take_snapshot(tmp_path / "nowhere.db", MANUAL)
    assert daily_snapshot_if_due(tmp_path / "nowhere.db", TUE) is None
    assert not (tmp_path / "backups").exists()


def test_the_daily_snapshot_is_taken_once_a_day(store: Store) -> None:
    assert daily_snapshot_if_due(store.path, TUE) is None  # an empty plan: nothing to keep
    store.add(scheduled(TUE))
    first = daily_snapshot_if_due(store.path, TUE)
    assert first is not None and first.name.startswith("planner.db.daily.20261201T")
    store.add(idea())
    assert daily_snapshot_if_due(store.path, TUE) is None  # already done today
    take_snapshot(store.path, MANUAL, now=NOON)  # other reasons do not count as daily
    assert daily_snapshot_if_due(store.path, TUE) is None
    second = daily_snapshot_if_due(store.path, TUE + dt.timedelta(days=1))
    assert second is not None and second.name.startswith("planner.db.daily.20261202T")
    assert peek(second, "SELECT count(*) FROM post") == [(2,)]


def test_the_list_says_when_why_how_many_and_which_dates(store: Store) -> None:
    store.add_many([scheduled(TUE), scheduled(dt.date(2026, 12, 14)), idea()])
    take_snapshot(store.path, DAILY, now=dt.datetime(2026, 12, 1, 8, 0))
    store.add(scheduled(dt.date(2027, 1, 5)))
    take_snapshot(store.path, PRE_IMPORT, now=dt.datetime(2026, 12, 2, 9, 30))
    listed = list_snapshots(store.path)
    assert [(s.reason, s.posts, s.first, s.last) for s in listed] == [
        (PRE_IMPORT, 4, TUE, dt.date(2027, 1, 5)),
        (DAILY, 3, TUE, dt.date(2026, 12, 14)),
    ]
    assert listed[0].taken == dt.datetime(2026, 12, 2, 9, 30)
    assert listed[1].describe() == "Tue 1 Dec 2026 08:00 · daily · 3 posts · 1 Dec – 14 Dec 2026"


def test_an_unreadable_snapshot_is_listed_with_its_problem(store: Store) -> None:
    folder = store.path.parent / "backups"
    folder.mkdir(mode=0o700)
    (folder / "planner.db.daily.20261130T080000").write_bytes(b"not a database at all" * 50)
    (folder / "other.db.daily.20261130T080000").write_bytes(b"another store's")
    (folder / "planner.db.daily.20261130T080000.part").write_bytes(b"half a copy")
    (folder / "planner.db.damaged.20261130T080000").write_bytes(b"kept aside")
    (listed,) = list_snapshots(store.path)
    assert listed.problem and "not a database" in listed.problem
    assert "unreadable" in listed.describe()


def test_the_migration_backup_is_listed_as_pre_migration(db_file: Path) -> None:
    shutil.copyfile(FIXTURES / "planner-v1.db", db_file)
    with open_store(db_file):
        pass
    listed = list_snapshots(db_file)
    steps = [m for m in MIGRATIONS if m.version > 1]
    assert len(listed) == len(steps)  # one checked copy before each step after v1
    for snapshot in listed:
        assert snapshot.reason == PRE_MIGRATION
        assert snapshot.posts == 5 and snapshot.problem is None


def test_names_parse_back_and_foreign_names_do_not(tmp_path: Path) -> None:
    store_path = tmp_path / "planner.db"
    name = snapshot_path(store_path, PRE_RESTORE, NOON)
    assert parse_name(store_path, name) == (PRE_RESTORE, NOON)
    folder = name.parent
    assert parse_name(store_path, folder / "planner.db.pre-v3.20261201T120000-4") == (
        PRE_MIGRATION,
        NOON,
    )
    for foreign in (
        "planner.db.daily.2026-12-01",
        "planner.db.weekly.20261201T120000",
        "planner.db.daily.20261201T120000x",
        "planner.dbx.daily.20261201T120000",
        "planner.db.old.daily.20261201T120000",
    ):
        assert parse_name(store_path, folder / foreign) is None, foreign
    with pytest.raises(ValueError):
        snapshot_path(store_path, "weekly")


def fake_snapshots(store_path: Path, reason: str, moments: list[dt.datetime]) -> list[Path]:
    """Real files under snapshot names (pruning goes by the names only)."""
    folder = store_path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    made = []
    for moment in moments:
        path = snapshot_path(store_path, reason, moment)
        path.write_bytes(b"x")
        made.append(path)
    return made


def test_pruning_keeps_14_days_and_the_newest_of_each_month_for_a_year(tmp_path: Path) -> None:
    store_path = tmp_path / "planner.db"
    today = dt.date(2026, 12, 1)
    # Two years of daily snapshots, at 08:00 and again at 18:00 on the 10th.
    days = [today - dt.timedelta(days=n) for n in range(730)]
    moments = [dt.datetime.combine(d, dt.time(8)) for d in days]
    moments += [dt.datetime.combine(d, dt.time(18)) for d in days if d.day == 10]
    fake_snapshots(store_path, DAILY, moments)
    manual = fake_snapshots(store_path, MANUAL, [dt.datetime(2023, 1, 1, 9)])
    other = tmp_path / "backups" / "other.db.daily.20200101T080000"
    other.write_bytes(b"another store")

    removed = prune_snapshots(store_path, today)

    kept = sorted(t for _f, r, t in _parsed(store_path) if r == DAILY)
    last_14 = sorted(dt.datetime.combine(d, dt.time(8)) for d in days[:14])
    assert kept[-14:] == last_14
    # Before those: the newest of each month back to January 2026 (12 months with
    # December), and nothing older.
    older = kept[:-14]
    assert older == sorted(
        dt.datetime(2026, m + 1, 1, 8) - dt.timedelta(days=1) for m in range(1, 11)
    ), older
    assert len(kept) + len(removed) == len(moments)
    assert manual[0].exists() and other.exists()


def test_pruning_caps_each_kind_of_event_snapshot(tmp_path: Path) -> None:
    store_path = tmp_path / "planner.db"
    moments = [NOON - dt.timedelta(hours=n) for n in range(EVENT_KEEP + 5)]
    imports = fake_snapshots(store_path, PRE_IMPORT, moments)
    restores = fake_snapshots(store_path, PRE_RESTORE, moments[:3])
    # However old, the newest daily snapshots stay: after a long break they are the
    # latest copies there are.
    daily = fake_snapshots(store_path, DAILY, [NOON - dt.timedelta(days=400)])
    removed = prune_snapshots(store_path, NOON.date())
    assert sorted(removed) == sorted(imports[EVENT_KEEP:])
    assert all(path.exists() for path in imports[:EVENT_KEEP] + restores + daily)


def test_taking_a_snapshot_prunes(store: Store) -> None:
    store.add(scheduled(TUE))
    start = NOON - dt.timedelta(days=500)
    old = fake_snapshots(store.path, DAILY, [start + dt.timedelta(days=n) for n in range(14)])
    take_snapshot(store.path, DAILY, now=NOON)
    assert not old[0].exists()  # the 15th newest, from a month more than a year ago
    assert all(path.exists() for path in old[1:])
    assert len(list_snapshots(store.path)) == 14


def _parsed(store_path: Path) -> list[tuple[Path, str, dt.datetime]]:
    found = []
    for file in (store_path.parent / "backups").iterdir():
        parsed = parse_name(store_path, file)
        if parsed:
            found.append((file, *parsed))
    return found
