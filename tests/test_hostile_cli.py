"""The hostile list, as a table: each command is run through the real entry point
(``python -m planner``) against a store in a known state, and must answer with one
line on stderr, exit non-zero, print nothing on stdout, and leave the store, its side
files and its backups byte for byte as they were (nothing else appears either).

Every command the parser knows, and the window, must have a row: a new command
cannot skip the table.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from planner.cli.entry import build_parser
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.io.csv_format import HEADER
from planner.io.records import MAX_ROWS
from planner.store import open_store

WINDOW = "(window)"  # the row's command when no command is given: the window starts
YEARS = "is outside the years 1900 to 2200"
NOT_WRITTEN = r"; choose another file\. Nothing was written\."
ADD = ("add", "--time", "09:00", "--platform", "x", "--kind", "shared", "--text", "hi")


@dataclass(frozen=True)
class Case:
    """One hostile command: where it runs, and the one line it must answer with.

    ``argv`` may name ``{db}`` (the store), ``{data}`` (its folder), ``{out}`` (a folder
    for outputs, holding ``store-link.csv``, a link to the store) and ``{snapshot}``
    (a backup of the store in ``{data}/backups``). ``error`` is a regular expression for
    what follows ``planner: error: ``.
    """

    argv: tuple[str, ...]
    error: str
    exit: int = 1
    state: str = "plan"  # a key of STATES
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    # A read-only reader that fails leaves -wal and -shm beside the store: a store matter,
    # fixed on its own. Everything else is still compared; once no side file is left,
    # the row fails until this flag is removed.
    leaves_side_files: bool = False

    @property
    def command(self) -> str:
        names = commands()
        return next((arg for arg in self.argv if arg in names), WINDOW)

    def __str__(self) -> str:
        return " ".join(self.argv) + (f" [{self.state}]" if self.state != "plan" else "")


def big_import(out: Path) -> None:
    row = "2026-12-01,09:00,,x,shared,draft,Hi,,\n"
    (out / "big.csv").write_text(",".join(HEADER) + "\n" + row * (MAX_ROWS + 1), "utf-8")


EXPORT = ("export", "--week", "2026-W49")
ITSELF = rf".+ is the store planner\.db itself{NOT_WRITTEN}"
IN_BACKUPS = rf".+ is in the store's backups folder \S+{NOT_WRITTEN}"
NOT_A_DATE = "is not a date; write it as YYYY-MM-DD"
EMPTY_DB = (
    "--db is empty; name a store file, or leave --db out to use the store in the user data folder"
)
NO_FOLDER = r"part of the folder path is a file, not a folder\."
NEGATIVE = r"\(store version -5 is not one this app writes\); it was left untouched\. .+"
TOO_MANY = "row 100002: the file has more than 100,000 rows to import, far more than any plan"

CASES = [
    # Item 1: no output replaces the store, its side files, its lock or its backups.
    Case((*EXPORT, "--csv", "{db}"), ITSELF),
    Case((*EXPORT, "--ics", "{db}"), ITSELF),
    Case((*EXPORT, "--pdf", "{db}"), ITSELF),
    Case((*EXPORT, "--csv", "{out}/store-link.csv"), ITSELF),
    Case((*EXPORT, "--csv", "{db}-wal"), rf".+ is the store's -wal file{NOT_WRITTEN}"),
    Case((*EXPORT, "--ics", "{db}.lock"), rf".+ is the store's lock file{NOT_WRITTEN}"),
    Case((*EXPORT, "--pdf", "{snapshot}"), IN_BACKUPS),
    Case((*EXPORT, "--csv", "{out}/missing/x.csv"), "cannot save .+: the folder .+ does not exist"),
    Case(("backup", "--to", "{db}"), ITSELF),
    Case(("backup", "--to", "{db}-shm"), rf".+ is the store's -shm file{NOT_WRITTEN}"),
    Case(("backup", "--to", "{data}/backups/copy.db"), IN_BACKUPS),
    Case(("backup", "--to", "{out}/store-link.csv"), ITSELF),
    Case(("--screenshot", "{db}"), ITSELF),
    Case(("--screenshot", "{out}/store-link.csv"), ITSELF),
    # Items 5 and 10: check first, write last; one line, never a traceback.
    Case((*ADD, "--date", "9999-12-31"), f"--date: '9999-12-31' {YEARS}", 2),
    Case((*ADD, "--date", "1899-12-31"), f"--date: '1899-12-31' {YEARS}", 2),
    Case(("move", "1", "--date", "9999-12-31"), f"--date: '9999-12-31' {YEARS}", 2),
    Case(("delete", "9" * 20), f"ID: '{'9' * 20}' is too big to be a post id", 2),
    Case(("move", "9" * 20, "--date", "2026-12-01"), "ID: .+ is too big to be a post id", 2),
    Case(("list", "--week", "9999-W52"), f"--week: '9999-W52' {YEARS}", 2),
    Case(
        (*EXPORT, "--pdf", "{out}/x.pdf", "--weeks", "0"),
        "--weeks: '0' is not a number of weeks; give 1 to 53",
        2,
    ),
    Case(
        (*EXPORT, "--csv", "{out}/x.csv", "--weeks", "2"),
        "--weeks is for the printed plan; use it with --pdf",
        2,
    ),
    Case(
        ("export", "--week", "2200-W52", "--pdf", "{out}/x.pdf", "--weeks", "3"),
        "--weeks 3 from 2200-W52 reaches past the years 1900 to 2200",
        2,
    ),
    Case(("check", "--week", "9999-W52"), f"--week: '9999-W52' {YEARS}", 2),
    Case(
        ("export", "--week", "9999-W52", "--csv", "{out}/x.csv"), f"--week: '9999-W52' {YEARS}", 2
    ),
    Case(
        ("export", "--from", "0001-01-01", "--to", "0001-01-07", "--ics", "{out}/x.ics"),
        f"--from: '0001-01-01' {YEARS}",
        2,
    ),
    Case(
        ("export", "--from", "9999-12-25", "--to", "9999-12-31", "--ics", "{out}/x.ics"),
        f"--from: '9999-12-25' {YEARS}",
        2,
    ),
    Case(("--week", "9999-W51"), f"--week: '9999-W51' {YEARS}", 2),
    Case(("--week", "0001-W01", "--screenshot", "{out}/w.png"), f"--week: '0001-W01' {YEARS}", 2),
    # Item 11: nothing lax.
    Case((*ADD, "--date", "20260101xx"), f"--date: '20260101xx' {NOT_A_DATE}", 2, "none"),
    Case((*ADD, "--date", "2026-W01-1"), f"--date: '2026-W01-1' {NOT_A_DATE}", 2, "none"),
    Case(
        (*ADD, "--date", "2026-12-01", "--time", "０９:００"),
        r"--time: '０９:００' is not a time; write it as HH:MM \(24-hour\)",
        2,
        "none",
    ),
    Case(("move", "1", "--date", "2026-W01-1"), f"--date: '2026-W01-1' {NOT_A_DATE}", 2),
    Case(
        ("check", "--week", "２０２６-W01"),
        "--week: '２０２６-W01' is not a week; write it like 2026-W49, a day in it like "
        "2026-12-02, this or next",
        2,
    ),
    Case(
        ("--size", "１４００x９００", "--screenshot", "{out}/w.png"),
        "--size: '１４００x９００' is not a window size; write it as WIDTHxHEIGHT, like 1400x900",
        2,
    ),
    Case(("--db", "", *ADD), EMPTY_DB, 2, "none"),
    Case(("list", "--ideas", "--db", ""), EMPTY_DB, 2),
    Case(("demo", "--db", ""), EMPTY_DB, 2, "none"),
    Case(("--db", "", "--screenshot", "{out}/w.png"), EMPTY_DB, 2),
    Case(("list", "--ideas"), "PLANNER_DB is set but empty; .+", 2, env={"PLANNER_DB": ""}),
    # Item 12, and the plain mistakes that already held.
    Case(
        ("backup",),
        rf"Cannot use .+/backups/planner\.db\.manual\.\S+: {NO_FOLDER}",
        state="backups is a file",
    ),
    Case(
        ("list", "--ideas"), rf".+ is not a Social Media Planner store {NEGATIVE}", 1, "version -5"
    ),
    Case(("import", "{out}/big.csv"), f"nothing imported from .+: {TOO_MANY}", setup=big_import),
    Case(("import", "{out}/missing.csv"), r"cannot read .+missing\.csv: there is no such file"),
    Case(
        ("import", "{db}"),
        r"nothing imported: Cannot import .+planner\.db: The file is not UTF-8 .+",
    ),
    Case(
        ("insights", "import", "{db}"),
        r"nothing imported from .+planner\.db: The file is not UTF-8 .+",
    ),
    Case(("insights", "import", "{out}/missing.csv"), r"cannot read .+missing\.csv: .+"),
    Case(("insights", "--platform", "myspace"), "--platform: unknown platform 'myspace'; .+", 2),
    Case(("insights", "import", "{out}/big.csv"), "nothing imported from .+", setup=big_import),
    Case(("backup",), "there is no store at .+ yet, so there is nothing to back up", 1, "none"),
    Case(
        ("restore", "{db}"),
        r".+ cannot be restored: it is the store itself\. Nothing was changed\.",
    ),
    Case(("restore", "{out}/missing.db"), r".+missing\.db cannot be restored: .+"),
    Case(("demo",), r".+ already holds 22 posts; demo only fills an empty store\. .+"),
    Case(("delete", "1"), r"there is no post 1 in .+planner\.db", 1, "none"),
    Case(("move", "999", "--date", "2026-12-01"), "there is no post 999 in .+"),
    Case(
        (*ADD, "--date", "2026-12-01", "--platform", "myspace"),
        "--platform: unknown platform 'myspace'; .+",
        2,
    ),
    Case(("guard", "--week", "9999-W52"), f"--week: '9999-W52' {YEARS}", 2),
    Case(("guard", "--id", "999"), r"there is no post 999 in .+planner\.db"),
    Case(("names", "add", " "), "The name is empty; type the person's name.", 2),
    Case(("names", "remove", "Nobody"), "Nobody is not on the do-not-mention list."),
    Case(
        ("settings", "set", "practice.country", "FR"),
        "practice.country must be one of GB, US, not 'FR'",
        2,
    ),
    # Consents, post edits and review replies.
    Case(
        (*ADD, "--date", "2026-12-01", "--consent", "3"), "there is no consent 3 in .+", 1, "none"
    ),
    Case(("consent", "revoke", "3"), r"there is no consent 3 in .+planner\.db"),
    Case(
        ("consent", "add", "--person", "J. Smith", "--covers", "hugs", "--signed", "2026-01-01"),
        "--covers: unknown use 'hugs'; use one of photo, video, story, testimonial, name",
        2,
        "none",
    ),
    Case(("edit", "1", "--consent", "3"), r"there is no consent 3 in .+planner\.db"),
    Case(("edit", "9" * 20, "--text", "x"), f"ID: '{'9' * 20}' is too big to be a post id", 2),
    Case(
        ("reply", "--stars", "6", "--review", "x"),
        "--stars: '6' is not a star rating; use a whole number from 1 to 5",
        2,
    ),
    Case(
        ("reply", "--stars", "4", "--review-file", "{db}"), r"cannot read .+: it is not UTF-8 text"
    ),
    Case(("sync",), "sharing is off: set the calendar server, user and calendar in .+"),
    Case(("sync", "--json"), "there is no store at .+ yet, so there is nothing to sync", 1, "none"),
    # The game plan's commands.
    Case(
        (*ADD, "--date", "2026-12-01", "--repeat", "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2"),
        r"--repeat: BYMONTH is for yearly rules, .+",
        2,
    ),
    Case(("series", "end", "99", "--after", "2027-01-01"), r"there is no series 99 in .+"),
    Case(("copy-week", "--from", "2026-W49", "--to", "9999-W01"), f"--to: '9999-W01' {YEARS}", 2),
    Case(("copy-week", "--from", "2031-W01", "--to", "2031-W02"), "2031-W01 has no posts .+"),
    Case(
        ("week-template", "apply", "Nope", "--week", "2026-W50"),
        r"there is no week template called 'Nope' in .+",
    ),
    Case(
        ("days", "--month", "2026-13"),
        r"--month: '2026-13' is not a month; write it as YYYY-MM, like 2027-03",
        2,
    ),
    Case(("days", "hide", "Cake Day"), r"there is no awareness day called 'Cake Day'; .+"),
    Case(("search", "flu", "--db", ""), EMPTY_DB, 2),
    Case(
        ("--view", "month", "--month", "2026-1", "--screenshot", "{out}/m.png"),
        r"--month: '2026-1' is not a month; .+",
        2,
    ),
]


# --- store states ---------------------------------------------------------------------


def _plan(template: Path, data: Path) -> None:
    shutil.copyfile(template, data / "planner.db")
    os.chmod(data / "planner.db", 0o600)
    (data / "backups").mkdir(mode=0o700)
    shutil.copyfile(template, data / "backups" / "planner.db.manual.20261201T090000")


def _backups_is_a_file(template: Path, data: Path) -> None:
    shutil.copyfile(template, data / "planner.db")
    (data / "backups").write_bytes(b"not a folder")


def _version_minus_5(template: Path, data: Path) -> None:
    _plan(template, data)
    conn = sqlite3.connect(data / "planner.db")
    conn.execute("PRAGMA user_version = -5")
    conn.commit()
    conn.close()


STATES: dict[str, Callable[[Path, Path], None]] = {
    "plan": _plan,  # the sample fortnight in 2026-W49 and W50, and one backup
    "none": lambda template, data: None,  # no store yet
    "backups is a file": _backups_is_a_file,
    "version -5": _version_minus_5,
}


def commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "planner.db"
    store = open_store(path)
    store.add_many(sample_fortnight(Week(2026, 49)))
    store.close()
    return path


def everything_under(root: Path) -> dict[str, object]:
    """Each file, folder and link under ``root``: bytes, "folder", or the link's target."""
    found: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.is_symlink():
            found[name] = ("link", os.readlink(path))
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = path.read_bytes()
    return found


# --- the table ------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_hostile_command_says_one_line_and_changes_nothing(
    case: Case, template: Path, tmp_path: Path
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    STATES[case.state](template, data)
    db = data / "planner.db"
    (out / "store-link.csv").symlink_to(db)
    if case.setup is not None:
        case.setup(out)
    places = {
        "db": str(db),
        "data": str(data),
        "out": str(out),
        "snapshot": str(data / "backups" / "planner.db.manual.20261201T090000"),
    }
    argv = [arg.format(**places) for arg in case.argv]
    before = everything_under(tmp_path)

    env = {**os.environ, "PLANNER_DB": str(db), "PYTHONIOENCODING": "utf-8", **case.env}
    result = subprocess.run(
        [sys.executable, "-m", "planner", *argv],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
    )  # fmt: skip

    assert result.stdout == ""
    assert re.fullmatch(rf"planner: error: {case.error}\n", result.stderr), result.stderr
    assert result.returncode == case.exit, result.stderr
    after = everything_under(tmp_path)
    if case.leaves_side_files:
        side = {"data/planner.db-wal", "data/planner.db-shm"}
        assert side & set(after), "no side file is left now: drop leaves_side_files"
        after = {name: found for name, found in after.items() if name not in side}
    assert after == before


@pytest.mark.parametrize("command", [*sorted(commands()), WINDOW])
def test_every_command_has_a_hostile_row(command: str) -> None:
    assert command in {case.command for case in CASES}, f"add a row for {command} to CASES"
