"""The same mistakes, made elsewhere: settings that are not UTF-8, and a copy to a file of
the user's choosing killed half way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from store_helpers import scheduled
from trust_helpers import killed, planner

from planner.core.settings import Settings
from planner.store import open_store

TUE = dt.date(2026, 12, 1)
QUICK = 20.0


def test_settings_that_are_not_utf8_read_as_the_defaults(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE))
        store.save_settings(Settings(practice_name="Smile Dental"))
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE settings SET data = CAST(x'7bff7d' AS TEXT)")
    conn.commit()
    conn.close()
    done = planner("check", "--week", "2026-W49", db=db_file, timeout=QUICK)
    assert done.returncode == 0, done.stderr
    with open_store(db_file) as store:
        assert store.settings() == Settings()


def test_a_killed_backup_to_a_chosen_file_leaves_nothing_after_the_next(
    db_file: Path, tmp_path: Path
) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE))
    target = tmp_path / "home" / "copy.db"
    killed("backup", "--to", str(target), db=db_file)
    assert [p.name for p in target.parent.iterdir() if ".part" in p.name]
    assert planner("backup", "--to", str(target), db=db_file).returncode == 0
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.db"]
