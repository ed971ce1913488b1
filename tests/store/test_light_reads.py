"""Reading a store stays light: it never loads SQLAlchemy (the first edit, or
prepare_edits, does), and a reader may skip the check of every page.

Importing SQLAlchemy costs about half a second and 40 MiB, and checking every page of
twenty years of posts 30-70 ms, which ``planner check`` must not pay.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import corrupt_middle_pages, digest, fill

from planner.cli.entry import main
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import StoreCorrupt, open_store

WEEK = Week(2026, 49)

READ = """
import sys
from pathlib import Path
from planner.core.weeks import Week
from planner.store import open_store

def orm():
    return sorted(m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules)

store = open_store(Path(sys.argv[1]), create=False)
week = store.posts_in_week(Week(2026, 49))
assert len(week) > 5 and store.ideas() and store.count() and store.date_span(), "no plan"
store.get(week[0].id)
store.settings()
assert orm() == [], orm()
{then}
store.close()
print("ok")
"""


def run(db: Path, then: str) -> subprocess.CompletedProcess[str]:
    code = READ.format(then=then)
    return subprocess.run(
        [sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60
    )


def seeded(db_file: Path) -> Path:
    store = open_store(db_file)
    store.add_many(sample_fortnight(WEEK))
    store.close()
    return db_file


def test_opening_and_reading_a_store_leaves_sqlalchemy_unloaded(db_file: Path) -> None:
    result = run(seeded(db_file), "")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_first_edit_loads_it_and_saves(db_file: Path) -> None:
    then = (
        "moved = store.update(week[0].with_changes(text='Moved'))\n"
        "assert orm() == ['sqlalchemy', 'sqlmodel'], orm()\n"
        "assert store.get(moved.id) == moved\n"
    )
    result = run(seeded(db_file), then)
    assert result.returncode == 0, result.stderr


def test_prepare_edits_loads_it_ahead_of_the_first_edit(db_file: Path) -> None:
    then = "store.prepare_edits()\nassert orm() == ['sqlalchemy', 'sqlmodel'], orm()\n"
    result = run(seeded(db_file), then)
    assert result.returncode == 0, result.stderr


def test_prepare_edits_leaves_the_store_untouched(db_file: Path) -> None:
    seeded(db_file)
    before = digest(db_file)
    store = open_store(db_file, read_only=True)
    try:
        store.prepare_edits()  # even on a plan that cannot be edited: it only loads code
        assert store.posts_in_week(WEEK)
    finally:
        store.close()
    assert digest(db_file) == before


def test_a_reader_may_skip_the_page_check_and_still_hears_of_damage(db_file: Path) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    with pytest.raises(StoreCorrupt):
        open_store(db_file, create=False)  # the full check still refuses it up front
    store = open_store(db_file, create=False, check_pages=False)
    try:
        with pytest.raises(StoreCorrupt) as caught:
            store.posts_between(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    finally:
        store.close()
    assert str(db_file) in str(caught.value) and "\n" not in str(caught.value)
    assert digest(db_file) == before


def test_read_commands_report_a_damaged_store_in_one_line(db_file: Path, capsys: object) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    out = db_file.with_name("year.csv")
    code = main(["export", "--db", str(db_file), "--from", "2026-01-01", "--to", "2026-12-31",
                 "--csv", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and str(db_file) in err and "damaged" in err
    assert not out.exists()
    assert digest(db_file) == before


def test_a_store_to_upgrade_is_checked_whole_even_for_a_reader(db_file: Path) -> None:
    fill(db_file, 600)
    with sqlite3.connect(db_file) as conn:
        conn.execute("PRAGMA user_version = 1")  # as if it predated the settings table
    conn.close()
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    with pytest.raises(StoreCorrupt):
        open_store(db_file, create=False, check_pages=False)
    assert digest(db_file) == before
