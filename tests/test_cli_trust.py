"""What the command line must never do: write over the store, write before it has
checked, print a terminal's control characters, or answer with a traceback."""

from __future__ import annotations

import ast
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import WEEK, Cli, one_error_line

PLANNER = Path(__file__).resolve().parent.parent / "planner"


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def files_of(folder: Path) -> dict[str, bytes | str]:
    """Every file under ``folder`` with its bytes (a link by its target)."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[name] = path.read_bytes()
        else:
            found[name] = "folder"
    return found


def without_side_files(files: dict[str, bytes | str]) -> dict[str, bytes | str]:
    """A read-only reader may leave a -wal and -shm behind (a store matter of
    its own); the store's bytes and everything else must be as they were."""
    return {name: data for name, data in files.items() if not name.endswith(("-wal", "-shm"))}


# --- item 1: no output replaces the store or one of its files ---------------------------


@pytest.mark.parametrize("option", ["--csv", "--ics", "--pdf"])
@pytest.mark.parametrize("through", ["the path", "a link", "a relative path"])
def test_an_export_over_the_store_is_refused(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, through: str
) -> None:
    cli.add()
    before = files_of(tmp_path)
    target = str(cli.db)
    if through == "a link":
        link = tmp_path / "plan.csv"
        link.symlink_to(cli.db)
        before = files_of(tmp_path)
        target = str(link)
    elif through == "a relative path":
        monkeypatch.chdir(tmp_path)
        target = cli.db.name
    assert cli("export", "--week", WEEK, option, target) == 1
    assert cli.out == ""
    assert one_error_line(cli.err) == (
        f"planner: error: {target} is the store planner.db itself; choose another file. "
        "Nothing was written.\n"
    )
    assert files_of(tmp_path) == before


@pytest.mark.parametrize(
    "name", ["planner.db-wal", "planner.db-shm", "planner.db.lock", "backups/mine.csv"]
)
def test_an_export_over_a_side_file_or_into_the_backups_is_refused(
    cli: Cli, tmp_path: Path, name: str
) -> None:
    cli.add()
    assert cli("backup") == 0
    before = files_of(tmp_path)
    assert cli("export", "--week", WEEK, "--csv", str(tmp_path / name)) == 1
    assert "choose another file. Nothing was written." in one_error_line(cli.err)
    assert files_of(tmp_path) == before


def test_a_backup_to_the_store_a_side_file_or_the_backups_is_refused(
    cli: Cli, tmp_path: Path
) -> None:
    cli.add()
    assert cli("backup") == 0
    snapshot = next((tmp_path / "backups").iterdir())
    (tmp_path / "link.db").symlink_to(cli.db)
    before = files_of(tmp_path)
    for target in (cli.db, tmp_path / "link.db", tmp_path / "planner.db-wal", snapshot):
        assert cli("backup", "--to", str(target)) == 1
        assert "choose another file. Nothing was written." in one_error_line(cli.err)
    assert files_of(tmp_path) == before


def test_a_screenshot_over_the_store_is_refused_before_the_window_starts(
    cli: Cli, tmp_path: Path
) -> None:
    cli.add()
    (tmp_path / "shot.png").symlink_to(cli.db)
    before = files_of(tmp_path)
    for target in (cli.db, tmp_path / "shot.png"):
        code = cli("--screenshot", str(target))  # Cli puts --db after: the window's own
        assert code == 1
        assert "is the store planner.db itself" in one_error_line(cli.err)
    assert files_of(tmp_path) == before


# --- item 5 and 10: check first, write last; one line, no traceback -----------------------


def test_a_date_past_2200_is_refused_before_anything_is_written(cli: Cli, tmp_path: Path) -> None:
    post = cli.add()
    before = files_of(tmp_path)
    assert cli("add", "--date", "9999-12-31", "--time", "09:00", "--platform", "x",
               "--kind", "shared", "--text", "hi") == 2  # fmt: skip
    assert one_error_line(cli.err) == (
        "planner: error: --date: '9999-12-31' is outside the years 1900 to 2200\n"
    )
    assert cli("move", str(post), "--date", "9999-12-31") == 2
    assert "outside the years 1900 to 2200" in one_error_line(cli.err)
    assert files_of(tmp_path) == before


@pytest.mark.parametrize(
    "argv",
    [
        ("delete", "99999999999999999999"),
        ("move", "99999999999999999999", "--date", "2026-12-01"),
        ("delete", "9223372036854775808"),
    ],
)
def test_an_id_too_big_for_the_store_is_one_line(
    cli: Cli, tmp_path: Path, argv: tuple[str, ...]
) -> None:
    cli.add()
    before = files_of(tmp_path)
    assert cli(*argv) == 2
    assert "is too big to be a post id" in one_error_line(cli.err)
    assert files_of(tmp_path) == before


def test_the_largest_id_the_store_holds_is_just_not_there(cli: Cli) -> None:
    cli.add()
    assert cli("delete", "9223372036854775807") == 1
    assert one_error_line(cli.err).startswith(
        "planner: error: there is no post 9223372036854775807"
    )


# --- item 11: an empty --db or PLANNER_DB is an error ------------------------------------


def test_an_empty_db_option_does_not_fall_back_to_the_users_store(
    tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli.entry import main

    add = ["add", "--platform", "x", "--kind", "shared", "--text", "hi"]
    for argv in (["--db", "", "list", "--ideas"], ["list", "--ideas", "--db", ""],
                 ["--db", "", *add], [*add, "--db", "  "], ["--db", ""]):  # fmt: skip
        assert main(argv) == 2, argv
        assert one_error_line(capsys.readouterr().err) == (
            "planner: error: --db is empty; name a store file, or leave --db out to use "
            "the store in the user data folder\n"
        )
    assert [p for p in tmp_path.rglob("*.db")] == []


def test_an_empty_planner_db_variable_is_an_error(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from planner.cli.entry import main

    monkeypatch.setenv("PLANNER_DB", "")
    assert main(["add", "--platform", "x", "--kind", "shared", "--text", "hi"]) == 2
    err = capsys.readouterr().err
    assert one_error_line(err).startswith("planner: error: PLANNER_DB is set but empty;")
    assert [p for p in tmp_path.rglob("*.db")] == []


# --- item 12: control characters, permissions, errno text, odd versions -------------------

HOSTILE = "Hi \x1b[2J\x1b]0;owned\x07 there \x9b31m\x7f end"


def test_list_and_move_escape_control_characters(cli: Cli) -> None:
    post = cli.add("--text", HOSTILE)
    assert cli("list", "--week", WEEK) == 0
    assert "\x1b" not in cli.out and "\x07" not in cli.out and "\x9b" not in cli.out
    assert "Hi \\x1b[2J\\x1b]0;owned\\x07 there \\x9b31m\\x7f end" in cli.out
    assert cli("move", str(post), "--date", "2026-12-02") == 0
    assert "\x1b" not in cli.out and "Hi \\x1b[2J" in cli.out
    assert cli("export", "--week", WEEK, "--csv", str(cli.db.with_name("a\x1bb.csv"))) == 0
    assert "\x1b" not in cli.out and "a\\x1bb.csv" in cli.out


def test_json_keeps_the_exact_text_with_no_raw_control_character(cli: Cli) -> None:
    cli.add("--text", HOSTILE)
    assert cli("list", "--week", WEEK, "--json") == 0
    assert not any(0x7F <= ord(c) <= 0x9F or (ord(c) < 0x20 and c != "\n") for c in cli.out)
    assert json.loads(cli.out)["posts"][0]["text"] == HOSTILE


def test_an_error_naming_a_hostile_path_is_escaped(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "no\x1b[2Jfolder" / "x.csv"
    assert cli("export", "--week", WEEK, "--csv", str(bad)) == 1
    err = one_error_line(cli.err)
    assert "\x1b" not in err and "no\\x1b[2Jfolder" in err


def test_every_line_the_command_line_prints_goes_through_one_helper() -> None:
    """A new command cannot print raw text: print() and sys.std*.write are for output.py."""
    offenders = []
    for source in sorted((PLANNER / "cli").glob("*.py")):
        if source.name == "output.py":
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "print":
                offenders.append(f"{source.name}:{node.lineno} print()")
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "write"
                and isinstance(func.value, ast.Attribute)
                and func.value.attr in ("stdout", "stderr")
            ):
                offenders.append(f"{source.name}:{node.lineno} {func.value.attr}.write")
    assert offenders == []


def test_a_raw_os_error_becomes_one_sentence_naming_the_file(cli: Cli, tmp_path: Path) -> None:
    cli.add()
    (tmp_path / "backups").write_bytes(b"not a folder")
    before = files_of(tmp_path)
    assert cli("backup") == 1
    err = one_error_line(cli.err)
    assert "[Errno" not in err
    assert err.startswith(f"planner: error: Cannot use {tmp_path / 'backups'}")
    assert err.endswith(": part of the folder path is a file, not a folder.\n")
    assert without_side_files(files_of(tmp_path)) == without_side_files(before)


def test_a_negative_store_version_is_shown_as_it_is(cli: Cli) -> None:
    cli.add()
    with sqlite3.connect(cli.db) as conn:
        conn.execute("PRAGMA user_version = -5")
    conn.close()
    before = cli.db.read_bytes()
    for argv in (("list", "--week", WEEK), ("add", "--status", "idea", "--platform", "x",
                                            "--kind", "shared", "--text", "hi")):  # fmt: skip
        assert cli(*argv) == 1
        err = one_error_line(cli.err)
        assert "4294967291" not in err
        assert "store version -5" in err
    assert cli.db.read_bytes() == before


def test_a_screenshot_is_owner_only_even_under_umask_000(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    shot = tmp_path / "shot.png"
    env = {**os.environ, "PLANNER_DB": str(db), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--screenshot", str(shot), "--week", WEEK],
        capture_output=True, text=True, timeout=120, env=env, preexec_fn=lambda: os.umask(0),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
