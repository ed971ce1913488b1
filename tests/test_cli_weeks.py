"""Naming a week on the command line as people do, and what `check` says of a quiet week."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_support import WEEK, Cli

from planner.core.weeks import Week


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def listed_week(cli: Cli, name: str) -> str:
    assert cli("list", "--week", name, "--json") == 0, cli.err
    return str(json.loads(cli.out)["week"])


@pytest.mark.parametrize("name", ["2026-W49", "2026-11-30", "2026-12-02", " 2026-12-06 "])
def test_a_week_is_named_by_its_iso_name_or_any_day_in_it(cli: Cli, name: str) -> None:
    assert listed_week(cli, name) == "2026-W49"


@pytest.mark.parametrize(
    ("name", "shift"), [("this", 0), ("next", 1), ("last", -1), ("Next week", 1), ("THIS", 0)]
)
def test_this_and_next_count_from_today(cli: Cli, name: str, shift: int) -> None:
    before = Week.containing(dt.date.today()).shifted(shift)
    shown = listed_week(cli, name)
    after = Week.containing(dt.date.today()).shifted(shift)  # midnight may pass between
    assert shown in (str(before), str(after))


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("tomorrow", "'tomorrow' is not a week; write it like 2026-W49, a day in it like "
         "2026-12-02, this or next"),
        ("2026-02-30", "'2026-02-30' is not a date; write it as YYYY-MM-DD"),
        ("2201-01-05", "'2201-01-05' is outside the years 1900 to 2200"),
        ("2026-W60", "'2026-W60' is not a week: 2026 has no week 60"),
    ],
)  # fmt: skip
def test_a_week_that_cannot_be_read_is_one_line(cli: Cli, name: str, error: str) -> None:
    assert cli("check", "--week", name) == 2
    assert cli.err == f"planner: error: --week: {error}\n"
    assert not cli.db.exists()


def test_export_takes_a_day_for_its_week(cli: Cli, tmp_path: Path) -> None:
    cli.add(date="2026-12-03")
    out = tmp_path / "week.csv"
    assert cli("export", "--week", "2026-12-01", "--csv", str(out)) == 0, cli.err
    assert "2026-12-03" in out.read_text(encoding="utf-8-sig")


def test_check_on_an_empty_week_gives_no_verdict_on_the_mix(cli: Cli) -> None:
    assert cli("check", "--week", WEEK) == 0
    assert cli.out.splitlines() == [
        "Week 49 · 30 Nov – 6 Dec 2026",
        "No posts planned this week, so there is nothing to check.",
    ]


def test_check_on_a_few_posts_judges_only_the_daily_limits(cli: Cli) -> None:
    cli.add(date="2026-12-01", time="09:00")
    cli.add(date="2026-12-02", time="09:00")
    assert cli("check", "--week", WEEK) == 0
    assert cli.out.splitlines()[1:] == [
        "2 dated posts: too few to judge the mix (it needs 5).",
        "No warnings: the week keeps to the daily limits.",
    ]


def test_check_on_a_full_week_judges_the_mix(cli: Cli) -> None:
    for day in range(1, 6):
        cli.add(date=f"2026-12-0{day}", time="09:00")
    assert cli("check", "--week", WEEK) == 0
    lines = cli.out.splitlines()
    assert lines[1] == "5 posts: Original 100%, Shared 0%, Promotional 0%"
    assert lines[2] == "Warnings:"
    assert "keeps to" not in cli.out
    assert all(line.startswith("  ") for line in lines[3:]) and len(lines) > 3
