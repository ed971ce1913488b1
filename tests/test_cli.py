"""The command line, through ``planner.cli.main`` and, for a few checks, ``python -m planner``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from planner.cli import main
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week

WEEK = "2026-W49"  # Mon 30 Nov to Sun 6 Dec 2026
HEADER = "date,time,weekday,platform,kind,status,text,link,notes"


class Cli:
    """Runs ``main`` in-process against one store and captures what it prints."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys
        self.out = ""
        self.err = ""

    def __call__(self, *argv: str, db: Path | None = None) -> int:
        args = [*argv, "--db", str(db or self.db)]
        try:
            code = main(args)
        except SystemExit as exc:  # argparse's own exits: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        self.out, self.err = self.capsys.readouterr()
        return code

    def json(self, *argv: str) -> Any:
        assert self(*argv, "--json") == 0, self.err
        return json.loads(self.out)

    def posts(self, week: str = WEEK) -> list[dict[str, Any]]:
        return list(self.json("list", "--week", week)["posts"])

    def add(self, *extra: str, date: str = "2026-12-01", time: str = "09:00") -> int:
        code = self(
            "add", "--date", date, "--time", time, "--platform", "facebook",
            "--kind", "original", "--text", "Brush twice a day.", *extra,
        )  # fmt: skip
        assert code == 0, self.err
        return int(self.out)


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def one_error_line(err: str) -> str:
    assert err.startswith("planner: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    return err


def run_module(*argv: str, env_db: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "PLANNER_DB": str(env_db)}
    return subprocess.run(
        [sys.executable, "-m", "planner", *argv],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


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
    }  # fmt: skip

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
    assert "too few to judge" in cli.out
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


# --- demo --------------------------------------------------------------------------------


def test_demo_fills_an_empty_store_and_says_which_week(cli: Cli) -> None:
    assert cli("demo") == 0, cli.err
    week = Week.this_week()
    assert f"planner check --week {week} --db {cli.db}" in cli.out
    assert len(cli.posts(str(week))) >= 8
    assert len(cli.posts(str(week.next()))) >= 8
    assert len(cli.json("list", "--ideas")["posts"]) in (2, 3)
    assert cli("check", "--week", str(week)) == 0
    assert "2 Facebook posts; the limit is 1 a day" in cli.out


def test_demo_refuses_a_store_that_has_posts(cli: Cli) -> None:
    cli.add()
    before = cli.posts()
    assert cli("demo") == 1
    assert "already holds 1 posts" in one_error_line(cli.err)
    assert cli.posts() == before
    assert len(cli.posts(str(Week.this_week()))) <= 1  # none of the demo's


# --- export and import -------------------------------------------------------------------


def test_csv_export_then_import_reproduces_the_posts(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo") == 0
    week = Week.this_week()
    out = tmp_path / "fortnight.csv"
    first, last = week.monday.isoformat(), week.next().sunday.isoformat()
    assert cli("export", "--from", first, "--to", last, "--csv", str(out)) == 0, cli.err
    dated = sum(1 for p in sample_fortnight(week) if p.date is not None)
    assert cli.out.startswith(f"Wrote {dated} posts of ")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf" + HEADER.encode())

    other = tmp_path / "other.db"
    assert cli("import", str(out), db=other) == 0, cli.err
    assert f"Imported {dated} posts" in cli.out

    def without_ids(db: Path, w: Week) -> list[dict[str, Any]]:
        assert cli("list", "--week", str(w), "--json", db=db) == 0
        return [{k: v for k, v in p.items() if k != "id"} for p in json.loads(cli.out)["posts"]]

    for w in (week, week.next()):
        assert without_ids(other, w) == without_ids(cli.db, w)


def test_week_csv_holds_only_that_week(cli: Cli, tmp_path: Path) -> None:
    cli.add()
    cli.add(date="2026-12-07")  # the next week
    out = tmp_path / "w49.csv"
    assert cli("export", "--week", WEEK, "--csv", str(out)) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == HEADER
    assert rows[1:] == ["2026-12-01,09:00,Tuesday,facebook,original,draft,Brush twice a day.,,"]


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8-sig")
    return path


GOOD_ROW = "2026-12-01,09:00,Tuesday,facebook,original,draft,Brush twice a day.,,"


def test_import_with_a_bad_row_writes_nothing_and_names_it(cli: Cli, tmp_path: Path) -> None:
    cli.add()
    before = cli.db.read_bytes()
    source = write_csv(
        tmp_path / "in.csv",
        GOOD_ROW,
        "2026-12-02,10:00,Wednesday,facebook,shared,draft,Fine,,",
        "2026-12-32,10:00,,x,shared,draft,Bad day,,",
    )
    assert cli("import", str(source)) == 1
    line = one_error_line(cli.err)
    assert "row 4" in line and "2026-12-32" in line
    assert cli.db.read_bytes() == before

    missing = tmp_path / "none" / "planner.db"
    assert cli("import", str(source), db=missing) == 1
    assert not missing.parent.exists()


def test_import_dry_run_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", GOOD_ROW, "2026-12-08,10:00,,x,shared,draft,Hi,,")
    assert cli("import", str(source), "--dry-run") == 0, cli.err
    assert "Would import 2 posts (2 dated in 2026-W49 to 2026-W50)" in cli.out
    assert "nothing was written" in cli.out
    assert not cli.db.exists()
    assert cli("import", str(source)) == 0
    assert [p["text"] for p in cli.posts()] == ["Brush twice a day."]


def test_import_dry_run_lists_every_bad_row(cli: Cli, tmp_path: Path) -> None:
    bad = [f"2026-12-0{i},10:00,,myspace,shared,draft,Hi,," for i in range(1, 6)]
    source = write_csv(tmp_path / "in.csv", *bad)
    assert cli("import", str(source), "--dry-run") == 1
    assert [line.split(":")[0] for line in cli.out.splitlines()] == [
        f"row {n}" for n in range(2, 7)
    ]
    assert "and 2 more" in one_error_line(cli.err)
    assert not cli.db.exists()


def test_import_of_a_missing_file_is_one_line(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", str(tmp_path / "nope.csv")) == 1
    assert "there is no such file" in one_error_line(cli.err)
    assert not cli.db.exists()


HOOTSUITE = "02/12/2026 09:30,Brush twice a day,https://www.ada.org\r\n"


def test_hootsuite_file_needs_its_options(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text(HOOTSUITE, encoding="utf-8")
    assert cli("import", str(source)) != 0
    one_error_line(cli.err)
    assert not cli.db.exists()
    code = cli("import", str(source), "--date-order", "dmy", "--platform", "twitter",
               "--kind", "shared")  # fmt: skip
    assert code == 0, cli.err
    assert [(p["date"], p["time"], p["platform"], p["link"]) for p in cli.posts()] == [
        ("2026-12-02", "09:30", "x", "https://www.ada.org")
    ]


def test_export_range_needs_both_ends_in_order(cli: Cli, tmp_path: Path) -> None:
    out = str(tmp_path / "x.csv")
    assert cli("export", "--from", "2026-12-01", "--csv", out) == 2
    assert "--from DATE --to DATE" in one_error_line(cli.err)
    assert cli("export", "--from", "2026-12-09", "--to", "2026-12-01", "--csv", out) == 2
    assert "is after" in one_error_line(cli.err)
    assert cli("export", "--week", WEEK, "--from", "2026-12-01", "--to", "2026-12-02",
               "--csv", out) == 2  # fmt: skip
    assert cli("export", "--week", WEEK, "--csv", out, "--pdf", out) == 2
    assert not Path(out).exists()


def test_export_into_a_missing_folder_is_one_line(cli: Cli, tmp_path: Path) -> None:
    cli.add()
    out = tmp_path / "no-such-folder" / "week.csv"
    assert cli("export", "--week", WEEK, "--csv", str(out)) == 1
    assert "does not exist" in one_error_line(cli.err)
    assert not out.parent.exists()


def test_export_ics_has_one_event_per_post(cli: Cli, tmp_path: Path) -> None:
    import icalendar

    cli.add()
    cli.add(date="2026-12-02", time="12:00")
    out = tmp_path / "week.ics"
    assert cli("export", "--week", WEEK, "--ics", str(out)) == 0, cli.err
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2


def test_export_pdf_writes_the_week(cli: Cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    cli.add()
    out = tmp_path / "week.pdf"
    # In a child process: the PDF needs a QGuiApplication, which must not be the one
    # the widget tests in this process get.
    result = run_module("export", "--week", WEEK, "--pdf", str(out), env_db=cli.db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 1 post of {WEEK} (30 Nov – 6 Dec 2026) to {out}.\n"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "09:00" in text and "Brush twice" in text


def test_export_pdf_is_one_week(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "week.pdf"
    assert cli("export", "--from", "2026-12-01", "--to", "2026-12-02", "--pdf", str(out)) == 2
    assert "--pdf prints one week" in one_error_line(cli.err)
    assert not out.exists()


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
