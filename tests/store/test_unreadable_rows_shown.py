"""What the command line and the window make of a row they cannot read: one line that
names it, the rest shown as usual, and writes refused before anything is written."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from trust_helpers import one_error_line, planner
from unreadable_helpers import BAD_ID, SPOILERS, planned_store

from planner.cli.entry import main
from planner.core.weeks import Week
from planner.store import open_store

WEEK = "2026-W49"
CASES = ["text-blob", "text-null", "link-null", "platform-unknown", "time-seconds", "text-not-utf8"]


@pytest.fixture(params=CASES)
def spoiled(request: pytest.FixtureRequest, db_file: Path) -> Path:
    planned_store(db_file)
    SPOILERS[request.param][0](db_file)
    return db_file


def stored(path: Path) -> list[tuple[object, ...]]:
    """Every row as stored, text as bytes (some are not UTF-8)."""
    conn = sqlite3.connect(path)
    conn.text_factory = bytes
    try:
        return conn.execute("SELECT * FROM post ORDER BY id").fetchall()
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str, db: Path) -> tuple[int, str, str]:
    code = main([*argv, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def one_warning_line(err: str) -> str:
    assert err.startswith("planner: warning: ") and err.count("\n") == 1, err
    assert f"post {BAD_ID}" in err and "cannot be read" in err
    return err


@pytest.mark.parametrize(
    "argv",
    [("list", "--week", WEEK), ("list", "--week", WEEK, "--json"), ("check", "--week", WEEK)],
)
def test_reads_print_the_rest_and_name_the_row_on_stderr(
    spoiled: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, *argv, db=spoiled)
    assert code == 0
    one_warning_line(err)
    if "--json" in argv:
        assert [p["id"] for p in json.loads(out)["posts"]] == [1, 2, 4, 5]
    elif argv[0] == "list":
        assert "post 4" in out and "post 1" in out


def test_the_json_of_a_check_leaves_the_row_out(
    spoiled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check", "--week", WEEK, "--json", db=spoiled)
    assert code == 0 and json.loads(out)
    one_warning_line(err)


def test_an_export_writes_the_rest(
    spoiled: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "home" / "week.csv"
    code, out, err = run(capsys, "export", "--week", WEEK, "--csv", str(target), db=spoiled)
    assert code == 0 and "Wrote 4 posts" in out
    one_warning_line(err)
    with open(target, encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert texts == ["post 1", "post 2", "post 4", "post 5"]


ADD = ("add", "--date", "2026-12-02", "--time", "09:00", "--text", "New")
WRITES = {
    "add": (*ADD, "--platform", "x", "--kind", "shared"),
    "move": ("move", "1", "--date", "2026-12-03"),
    "delete": ("delete", "1"),
    "move-the-bad-one": ("move", str(BAD_ID), "--date", "2026-12-03"),
}


@pytest.mark.parametrize("argv", WRITES.values(), ids=WRITES.keys())
def test_writes_are_refused_in_one_line_and_nothing_is_written(
    spoiled: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    before = stored(spoiled)
    code, out, err = run(capsys, *argv, db=spoiled)
    assert code == 1 and out == ""
    assert f"post {BAD_ID}" in one_error_line(err)
    assert stored(spoiled) == before


def test_the_window_paints_the_rest_and_leaves_nothing_behind(db_file: Path) -> None:
    planned_store(db_file)
    SPOILERS["text-blob"][0](db_file)
    shot = db_file.parent / "home" / "week.png"
    done = planner("--week", WEEK, "--screenshot", str(shot), db=db_file)
    assert done.returncode == 0, done.stderr  # it crashed with SIGSEGV (-11)
    assert shot.stat().st_size > 0
    beside = sorted(p.name for p in db_file.parent.iterdir() if p.name.startswith("planner.db"))
    assert beside == ["planner.db"]


def test_the_window_names_the_unreadable_rows_in_one_line(db_file: Path, qtbot: QtBot) -> None:
    from planner.ui.dialogs.prompts import ScriptedPrompts
    from planner.ui.window.context import AppContext, qsettings_at
    from planner.ui.window.main_window import MainWindow

    planned_store(db_file)
    SPOILERS["text-null"][0](db_file)
    with open_store(db_file) as store:
        context = AppContext(
            store, prompts=ScriptedPrompts(), qsettings=qsettings_at(db_file.parent / "w.ini")
        )
        window = MainWindow(context, week=Week.parse(WEEK))
        qtbot.addWidget(window)
        window.finish_setup()
        window.attach_store(store)
        notice = window.unreadable_notice
        assert not notice.isHidden()
        assert f"post {BAD_ID}" in notice.text().lower() and "\n" not in notice.text()
        assert sorted(window.posts) == [1, 2, 4, 5, 6]
        window.close()
