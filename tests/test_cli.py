"""The command line: the entry point, editing posts, bad input and the window."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from cli_support import HEADER, WEEK, Cli, one_error_line, run_module

from planner.cli.entry import main
from planner.core.weeks import Week


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


# --- through the real entry point --------------------------------------------------------


def test_version_loads_neither_qt_nor_sqlalchemy() -> None:
    code = textwrap.dedent(
        """
        import runpy, sys
        sys.argv = ["planner", "--version"]
        try:
            runpy.run_module("planner", run_name="__main__", alter_sys=True)
        except SystemExit as exc:
            assert exc.code in (0, None), exc.code
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "sqlalchemy",
                       "sqlmodel", "shiboken6"))
        print("heavy:", heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["planner 0.1.0", "heavy: []"]


def test_demo_then_check_json_shows_the_daily_limit_warning(tmp_path: Path) -> None:
    db = tmp_path / "fresh" / "planner.db"
    demo = run_module("demo", env_db=db)
    assert demo.returncode == 0, demo.stderr
    week = str(Week.this_week())
    assert f"planner check --week {week}" in demo.stdout

    check = run_module("check", "--week", week, "--json", "--db", str(db), env_db=tmp_path / "x")
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["week"] == week
    limits = [w for w in report["warnings"] if w["rule"] == "daily-limit"]
    assert [(w["platform"], w["count"], w["limit"]) for w in limits] == [("facebook", 2, 1)]
    assert limits[0]["message"].endswith("the limit is 1 a day. Move one to another day.")
    assert set(report["mix"]) == {"original", "shared", "promotional"}
    assert not (tmp_path / "x").exists()


def test_module_usage_error_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    result = run_module("add", "--date", "2026-02-30", "--time", "09:00", "--platform", "x",
                        "--kind", "shared", "--text", "hi", env_db=db)  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "planner: error: --date: '2026-02-30' is not a date; write it as YYYY-MM-DD\n"
    )
    assert not db.exists()


# --- add, list, move, delete ------------------------------------------------------------


def test_add_list_move_delete_round_trip(cli: Cli) -> None:
    first = cli.add("--status", "scheduled", "--link", "https://www.ada.org", "--notes", "n")
    second = cli.add(date="2026-12-03", time="18:30")
    assert second > first

    posts = cli.posts()
    assert [p["id"] for p in posts] == [first, second]
    assert posts[0] == {
        "id": first, "date": "2026-12-01", "time": "09:00", "weekday": "Tuesday",
        "platform": "facebook", "kind": "original", "status": "scheduled",
        "text": "Brush twice a day.", "link": "https://www.ada.org", "notes": "n",
        "uid": posts[0]["uid"], "series": None,
        "uses": [], "consents": [],
    }  # fmt: skip
    assert len({p["uid"] for p in posts}) == 2 and len(posts[0]["uid"]) == 36

    assert cli("move", str(first), "--date", "2026-12-04", "--time", "10:30") == 0
    assert cli.out.startswith(f"Moved post {first} (Facebook, Fri 4 Dec 10:30)")
    assert cli("move", str(second), "--date", "2026-12-05") == 0  # keeps its time
    moved = {p["id"]: (p["date"], p["time"], p["status"]) for p in cli.posts()}
    assert moved == {
        first: ("2026-12-04", "10:30", "scheduled"),
        second: ("2026-12-05", "18:30", "draft"),
    }

    assert cli("list", "--week", WEEK) == 0
    assert "Week 49 · 30 Nov – 6 Dec 2026" in cli.out
    rows = [line.split() for line in cli.out.splitlines()[1:]]
    assert rows[0][:9] == [str(first), "Fri", "4", "Dec", "10:30", "Facebook", "O", "original",
                           "scheduled"]  # fmt: skip

    assert cli("delete", str(first)) == 0
    assert cli.out.startswith(f"Deleted post {first} (Facebook, Fri 4 Dec 10:30)")
    assert [p["id"] for p in cli.posts()] == [second]


def test_add_warns_when_the_day_goes_over_a_limit(cli: Cli) -> None:
    cli.add()
    assert cli.err == ""
    cli.add(time="17:00")
    assert cli.err == (
        "planner: warning: Tue 1 Dec: 2 Facebook posts; the limit is 1 a day. "
        "Move one to another day.\n"
    )


def test_an_idea_has_no_date_and_can_be_scheduled_later(cli: Cli) -> None:
    code = cli("add", "--status", "idea", "--platform", "instagram", "--kind", "shared",
               "--text", "Share the smile-month poster")  # fmt: skip
    assert code == 0, cli.err
    idea = int(cli.out)
    assert cli.posts() == []
    ideas = cli.json("list", "--ideas")["posts"]
    assert [(p["id"], p["date"], p["time"], p["status"]) for p in ideas] == [
        (idea, None, None, "idea")
    ]

    # Without a date or a status, a post is an idea too.
    assert cli("add", "--platform", "x", "--kind", "original", "--text", "Later") == 0
    assert len(cli.json("list", "--ideas")["posts"]) == 2

    assert cli("move", str(idea), "--date", "2026-12-02") == 2
    assert "no time yet" in one_error_line(cli.err)
    assert cli("move", str(idea), "--date", "2026-12-02", "--time", "12:00") == 0
    assert [(p["id"], p["status"]) for p in cli.posts()] == [(idea, "draft")]


def test_twitter_is_stored_as_x(cli: Cli) -> None:
    cli.add()
    code = cli("add", "--date", "2026-12-02", "--time", "08:00", "--platform", "Twitter",
               "--kind", "shared", "--text", "Via the ADA")  # fmt: skip
    assert code == 0, cli.err
    assert [p["platform"] for p in cli.posts()] == ["facebook", "x"]


def test_posts_with_accents_emoji_and_newlines_survive(cli: Cli) -> None:
    text = 'Crème brûlée? 🦷 Not before bed!\nLine two, "quoted", =1+1'
    assert cli("add", "--date", "2026-12-01", "--time", "09:00", "--platform", "linkedin",
               "--kind", "original", "--text", text) == 0  # fmt: skip
    assert cli.posts()[0]["text"] == text


BAD_ARGUMENTS = {
    "date": (["add", "--date", "2026-02-30", "--time", "09:00"], "'2026-02-30' is not a date"),
    "time": (["add", "--date", "2026-12-01", "--time", "25:00"], "'25:00' is not a time"),
    "time format": (["add", "--date", "2026-12-01", "--time", "9am"], "'9am' is not a time"),
    "platform": (["add", "--platform", "myspace"], "unknown platform 'myspace'"),
    "kind": (["add", "--kind", "advert"], "unknown kind 'advert'"),
    "status": (["add", "--status", "sent"], "unknown status 'sent'"),
    "date without time": (["add", "--date", "2026-12-01"], "needs --time HH:MM"),
    "idea with a date": (
        ["add", "--status", "idea", "--date", "2026-12-01", "--time", "09:00"],
        "an idea has no date or time",
    ),
    "empty text": (["add", "--text", "  "], "The text is empty."),
    "too long for x": (["add", "--platform", "x", "--text", "a" * 281], "X allows 280"),
    "week": (["list", "--week", "2026-W54"], "2026 has no week 54"),
    "id": (["move", "twelve", "--date", "2026-12-01"], "'twelve' is not a post id"),
    "id zero": (["delete", "0"], "'0' is not a post id"),
    "id superscript": (["delete", "²"], "'²' is not a post id"),
    "move date": (["move", "1", "--date", "01/12/2026"], "'01/12/2026' is not a date"),
    "unknown id": (["move", "999", "--date", "2026-12-01"], "there is no post 999"),
    "unknown id to delete": (["delete", "999"], "there is no post 999"),
    "unknown command": (["publish"], "'publish' is not a command"),
    "unknown option": (["list", "--week", WEEK, "--all"], "unrecognized arguments: --all"),
}


@pytest.mark.parametrize("argv, message", BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_bad_input_is_one_line_and_changes_nothing(cli: Cli, argv: list[str], message: str) -> None:
    cli.add()
    before = cli.db.read_bytes(), cli.posts()
    if argv[0] == "add":  # fill in what each case leaves alone
        given = set(argv)
        defaults = {"--platform": "facebook", "--kind": "original", "--text": "Hello"}
        argv = argv + [x for k, v in defaults.items() if k not in given for x in (k, v)]
    code = cli(*argv)
    assert code != 0
    assert message in one_error_line(cli.err)
    assert cli.out == ""
    assert (cli.db.read_bytes(), cli.posts()) == before


def test_usage_mistakes_exit_2_and_failures_exit_1(cli: Cli) -> None:
    assert cli("list", "--week", "soon") == 2
    assert cli("delete", "5") == 1


# --- read-only commands create nothing -------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--week", WEEK],
        ["list", "--ideas", "--json"],
        ["check", "--week", WEEK],
        ["check", "--week", WEEK, "--json"],
        ["export", "--week", WEEK, "--csv", "OUT"],
        ["export", "--from", "2026-12-01", "--to", "2026-12-31", "--csv", "OUT"],
    ],
)
def test_reading_a_missing_store_creates_nothing(cli: Cli, tmp_path: Path, argv: list[str]) -> None:
    missing = tmp_path / "not-yet" / "planner.db"
    out = tmp_path / "week.csv"
    argv = [str(out) if a == "OUT" else a for a in argv]
    assert cli(*argv, db=missing) == 0, cli.err
    assert not missing.parent.exists()
    if "export" in argv:
        assert out.read_text(encoding="utf-8-sig").splitlines() == [HEADER]


def test_check_on_an_empty_week_reports_too_few_posts(cli: Cli) -> None:
    assert cli.json("check", "--week", WEEK) == {
        "week": WEEK,
        "posts": 0,
        "mix": {k: {"count": 0, "share": 0.0} for k in ("original", "shared", "promotional")},
        "warnings": [],
    }
    assert cli("check", "--week", WEEK) == 0
    assert "nothing to check" in cli.out
    assert "keeps to the mix" not in cli.out  # no verdict on a mix nobody judged
    assert not cli.db.exists()


def test_move_and_delete_on_a_missing_store_create_nothing(cli: Cli) -> None:
    assert cli("move", "1", "--date", "2026-12-01") == 1
    assert cli("delete", "1") == 1
    assert not cli.db.exists()


def test_first_write_creates_the_store_and_its_folder(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "new" / "folder" / "planner.db"
    assert cli("add", "--platform", "x", "--kind", "shared", "--text", "Hi", db=db) == 0
    assert db.is_file()


def test_planner_db_is_used_without_db(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    assert main(["add", "--platform", "x", "--kind", "shared", "--text", "Hi"]) == 0
    assert db_file.is_file()
    assert capsys.readouterr().out.strip().isdigit()


def test_a_damaged_store_is_one_line_and_left_untouched(cli: Cli) -> None:
    cli.db.write_bytes(b"this is not a database at all" * 100)
    before = cli.db.read_bytes()
    assert cli("list", "--week", WEEK) == 1
    assert str(cli.db) in one_error_line(cli.err)
    assert cli("add", "--platform", "x", "--kind", "shared", "--text", "Hi") == 1
    one_error_line(cli.err)
    assert cli.db.read_bytes() == before


def test_a_store_from_a_newer_version_is_refused_untouched(cli: Cli) -> None:
    import sqlite3

    cli.add()
    with sqlite3.connect(cli.db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = cli.db.read_bytes()
    assert cli("check", "--week", WEEK) == 1
    assert "newer version" in one_error_line(cli.err)
    assert cli.db.read_bytes() == before


def test_a_read_only_store_can_be_read_but_not_changed(cli: Cli) -> None:
    cli.add()
    cli.db.chmod(0o444)
    before = cli.db.read_bytes()
    assert [p["text"] for p in cli.posts()] == ["Brush twice a day."]
    assert cli("add", "--platform", "x", "--kind", "shared", "--text", "Hi") == 1
    assert "cannot be saved" in one_error_line(cli.err)
    assert cli("delete", "1") == 1
    one_error_line(cli.err)
    assert cli.db.read_bytes() == before


# --- the window --------------------------------------------------------------------------


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Stand in for planner.app, which needs a display; records how it was called."""
    import types

    calls: list[dict[str, Any]] = []
    module = types.ModuleType("planner.app")

    def run_app(db_path: Path, **kwargs: Any) -> int:
        calls.append({"db_path": db_path, **kwargs})
        return 0

    module.run_app = run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "planner.app", module)
    return calls


def test_no_command_opens_the_window(fake_app: list[dict[str, Any]], db_file: Path) -> None:
    assert main([]) == 0
    assert fake_app == [{"db_path": db_file, "week": None, "screenshot": None, "size": None}]


def test_screenshot_options_reach_the_window(
    fake_app: list[dict[str, Any]], tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    argv = ["--db", str(tmp_path / "a.db"), "--screenshot", str(shot), "--week", WEEK,
            "--size", "1400x900"]  # fmt: skip
    assert main(argv) == 0
    assert fake_app == [
        {"db_path": tmp_path / "a.db", "week": Week(2026, 49), "screenshot": shot,
         "size": (1400, 900)}
    ]  # fmt: skip


def test_module_with_no_command_runs_the_window_for_a_screenshot(tmp_path: Path) -> None:
    import struct

    db = tmp_path / "planner.db"
    shot = tmp_path / "window.png"
    argv = ["--screenshot", str(shot), "--week", WEEK, "--size", "1400x900"]
    result = run_module(*argv, env_db=db)
    assert result.returncode == 0, result.stderr
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert (width, height) == (1400, 900)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--size", "big"], "'big' is not a window size"),
        (["--size", "10x10"], "out of range"),
        (["--week", "2026-49"], "'2026-49' is not a week"),
        (["--screenshot", "/no/such/folder/shot.png"], "does not exist"),
        (["--week", WEEK, "list", "--week", WEEK], "are for the window"),
    ],
)
def test_bad_window_options_are_one_line(
    fake_app: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    assert message in one_error_line(capsys.readouterr().err)
    assert fake_app == []
