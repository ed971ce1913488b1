"""Every command works with a store named relative to the current folder, by --db or
PLANNER_DB, as a person types it in a terminal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.cli.entry import main
from planner.paths import db_path

WEEK = "2026-W49"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def texts(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM post ORDER BY id")]
    finally:
        conn.close()


def every_command(capsys: pytest.CaptureFixture[str], db: list[str], store: Path) -> None:
    """Run each command with ``db`` naming the store (``[]`` leaves it to PLANNER_DB)."""

    def ok(*argv: str) -> str:
        code, out, err = run(capsys, *argv, *db)
        assert code == 0, f"{argv}: {err}"
        return out

    first = int(ok("add", "--date", "2026-12-01", "--time", "09:00", "--platform", "x",
                   "--kind", "shared", "--text", "first"))  # fmt: skip
    second = int(ok("add", "--date", "2026-12-02", "--time", "10:00", "--platform", "x",
                    "--kind", "shared", "--text", "second"))  # fmt: skip
    assert "first" in ok("list", "--week", WEEK)
    assert ok("check", "--week", WEEK)
    ok("move", str(first), "--date", "2026-12-03")
    ok("export", "--week", WEEK, "--csv", "week.csv")
    assert Path("week.csv").is_file()
    ok("delete", str(second))
    ok("import", "week.csv")  # "first" is still there, "second" comes back
    assert texts(store) == ["first", "second"]
    Path("usb").mkdir()
    assert ok("backup", "--to", "usb/copy.db").strip() == str(Path("usb/copy.db").absolute())
    assert texts(Path("usb/copy.db")) == texts(store)
    kept = Path(ok("backup").strip())
    assert kept.is_absolute() and kept.parent == store.parent / "backups"
    ok("delete", str(first))
    ok("restore", "usb/copy.db")
    assert texts(store) == ["first", "second"]
    code, _out, err = run(capsys, "demo", *db)
    assert code == 1 and "only fills an empty store" in err


def test_every_command_works_with_a_relative_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    every_command(capsys, ["--db", "plans/x.db"], tmp_path / "plans" / "x.db")


def test_every_command_works_with_a_relative_planner_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANNER_DB", "x.db")
    every_command(capsys, [], tmp_path / "x.db")


def test_a_relative_db_before_the_command_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "usb").mkdir()
    code, _out, err = run(capsys, "--db", "x.db", "add", "--status", "idea", "--platform", "x",
                          "--kind", "shared", "--text", "an idea")  # fmt: skip
    assert code == 0, err
    code, _out, err = run(capsys, "--db", "x.db", "backup", "--to", "usb/p.db")
    assert code == 0, err
    assert texts(tmp_path / "usb" / "p.db") == ["an idea"]


def test_demo_works_with_a_relative_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "demo", "--db", "demo.db")
    assert code == 0, err
    assert str(tmp_path / "demo.db") in out
    assert texts(tmp_path / "demo.db")


def test_db_path_is_absolute_for_every_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert db_path("x.db") == tmp_path / "x.db"
    monkeypatch.setenv("PLANNER_DB", "env.db")
    assert db_path() == tmp_path / "env.db"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert db_path("~/y.db") == tmp_path / "home" / "y.db"
    monkeypatch.delenv("PLANNER_DB")
    assert db_path().is_absolute()
