"""Reading a store never loads SQLAlchemy; the first edit (or prepare_edits) does.

Importing it costs about half a second and 40 MiB, which ``planner check`` and the
window's first week must not pay.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import open_store

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
        "moved = store.move(week[0].id, week[0].date, None)\n"
        "assert orm() == ['sqlalchemy', 'sqlmodel'], orm()\n"
        "assert store.get(moved.id) == moved\n"
    )
    result = run(seeded(db_file), then)
    assert result.returncode == 0, result.stderr


def test_prepare_edits_loads_it_ahead_of_the_first_edit(db_file: Path) -> None:
    then = "store.prepare_edits()\nassert orm() == ['sqlalchemy', 'sqlmodel'], orm()\n"
    result = run(seeded(db_file), then)
    assert result.returncode == 0, result.stderr


def test_a_read_only_store_needs_no_engine_to_prepare(db_file: Path) -> None:
    seeded(db_file)
    store = open_store(db_file, read_only=True)
    try:
        store.prepare_edits()  # nothing to prepare: it cannot be edited
        assert store.posts_in_week(WEEK)
    finally:
        store.close()
