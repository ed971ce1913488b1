"""The game plan on the command line: add --repeat, series, copy-week, week-template, days
and search, with their JSON shapes; a bad one says one line and writes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from cli_support import WEEK, Cli, one_error_line

from planner.core.settings import Settings
from planner.store import open_store


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def set_zone(cli: Cli, zone: str = "Europe/London") -> None:
    with open_store(cli.db) as store:
        store.save_settings(Settings(timezone=zone))


def weekly(cli: Cli, date: str, rule: str = "FREQ=WEEKLY;BYDAY=MO", text: str = "Tip") -> int:
    code = cli("add", "--date", date, "--time", "09:00", "--platform", "facebook",
               "--kind", "original", "--text", text, "--repeat", rule)  # fmt: skip
    assert code == 0, cli.err
    return int(cli.out)


def future_monday(weeks: int = 2) -> dt.date:
    today = dt.date.today()
    return today + dt.timedelta(days=7 * weeks - today.weekday())


def mondays_made(first: dt.date) -> int:
    """The Mondays from ``first`` to a year (366 days) after today: what a series makes."""
    last = dt.date.today() + dt.timedelta(days=366)
    return (last - first).days // 7 + 1


def test_add_repeat_makes_a_year_of_posts_at_nine_across_the_clock_changes(cli: Cli) -> None:
    monday = future_monday()
    first = weekly(cli, monday.isoformat())
    listed = cli.json("series", "list")
    (series,) = listed
    assert series["rrule"] == "FREQ=WEEKLY;BYDAY=MO"
    assert series["description"] == "Every week on Monday"
    assert series["time"] == "09:00" and series["posts"] == mondays_made(monday)
    assert series["next"][0] == monday.isoformat() and len(series["next"]) == 5
    week = f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
    (post,) = cli.posts(week)
    assert post["id"] == first and post["series"] == series["id"]
    later = monday + dt.timedelta(weeks=30)
    (late,) = cli.posts(f"{later.isocalendar()[0]}-W{later.isocalendar()[1]:02d}")
    assert late["time"] == "09:00" and late["series"] == series["id"]


def test_count_and_until_end_a_series(cli: Cli) -> None:
    monday = future_monday()
    weekly(cli, monday.isoformat(), "FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    tuesday = monday + dt.timedelta(days=1)
    until = (tuesday + dt.timedelta(weeks=1)).strftime("%Y%m%d")  # a date: inclusive
    weekly(cli, tuesday.isoformat(), f"FREQ=WEEKLY;BYDAY=TU;UNTIL={until}")
    counts = [s["posts"] for s in cli.json("series", "list")]
    assert counts == [4, 2]


def test_series_end_and_delete_from_a_day(cli: Cli) -> None:
    monday = future_monday()
    weekly(cli, monday.isoformat())
    after = monday + dt.timedelta(weeks=9)
    assert cli("series", "end", "1", "--after", after.isoformat()) == 0, cli.err
    assert f"{mondays_made(monday) - 10} posts deleted" in cli.out
    assert cli.json("series", "list")[0]["posts"] == 10
    start = monday + dt.timedelta(weeks=5)
    assert cli("series", "delete", "1", "--from", start.isoformat()) == 0
    assert cli.json("series", "list")[0]["posts"] == 5
    assert cli("series", "delete", "1") == 0
    assert cli.json("series", "list") == []
    assert cli("search", "Tip", "--json") == 0 and '"posts": []' in cli.out


def test_moving_one_post_on_the_command_line_leaves_its_day_out_of_the_series(cli: Cli) -> None:
    monday = future_monday()
    first = weekly(cli, monday.isoformat())
    assert cli("move", str(first), "--date", (monday + dt.timedelta(days=1)).isoformat()) == 0
    (series,) = cli.json("series", "list")
    assert series["skipped"] == [monday.isoformat()]


def test_copy_week_keeps_weekday_and_wall_clock_time_over_the_clock_change(cli: Cli) -> None:
    set_zone(cli)
    cli.add(date="2027-03-22", time="09:00")  # the week before the clocks go forward
    cli.add(date="2027-03-27", time="01:30")  # Saturday
    assert cli("copy-week", "--from", "2027-W12", "--to", "2027-W13") == 0, cli.err
    assert cli.out.startswith("Copied 2 posts of 2027-W12 to 2027-W13 as drafts.")
    copies = cli.posts("2027-W13")
    assert [(p["date"], p["time"], p["status"]) for p in copies] == [
        ("2027-03-29", "09:00", "draft"),
        ("2027-04-03", "01:30", "draft"),
    ]
    assert cli("copy-week", "--from", "2027-W12", "--to", "2027-W14", "--status", "scheduled") == 0
    assert {p["status"] for p in cli.posts("2027-W14")} == {"scheduled"}
    # Each copy is a post of its own: a new uid, so a calendar shows it beside the original.
    uids = [p["uid"] for week in ("2027-W12", "2027-W13", "2027-W14") for p in cli.posts(week)]
    assert len(set(uids)) == 6 and all(len(uid) == 36 for uid in uids)


def test_week_templates_save_apply_list_and_delete(cli: Cli) -> None:
    cli.add()
    cli.add(date="2026-12-03", time="18:30")
    assert cli("week-template", "save", "Quiet week", "--week", WEEK) == 0, cli.err
    assert cli.json("week-template", "list") == [
        {"name": "Quiet week", "posts": [
            {"weekday": 1, "time": "09:00", "platform": "facebook", "kind": "original",
             "text": "Brush twice a day.", "link": "", "notes": ""},
            {"weekday": 3, "time": "18:30", "platform": "facebook", "kind": "original",
             "text": "Brush twice a day.", "link": "", "notes": ""},
        ]}
    ]  # fmt: skip
    assert cli("week-template", "apply", "quiet WEEK", "--week", "2027-W10") == 0, cli.err
    made = cli.posts("2027-W10")
    assert [p["date"] for p in made] == ["2027-03-09", "2027-03-11"]
    uids = {p["uid"] for p in [*made, *cli.posts(WEEK)]}
    assert len(uids) == 4 and "" not in uids
    assert cli("week-template", "delete", "Quiet week") == 0
    assert cli.json("week-template", "list") == []


def test_days_of_a_month_a_week_and_a_span_in_the_documented_shape(cli: Cli) -> None:
    march = cli.json("days", "--month", "2027-03")
    assert {"date": "2027-03-20", "name": "World Oral Health Day",
            "source": "https://www.worldoralhealthday.org/", "span": "day"} in march  # fmt: skip
    october = {d["name"]: d for d in cli.json("days", "--week", "2027-W41")}
    assert october["World Sight Day"]["date"] == "2027-10-14"  # the second Thursday
    assert october["Stoptober"] == {"date": "2027-10-01", "name": "Stoptober",
                                    "source": "https://www.nhs.uk/better-health/quit-smoking/",
                                    "span": "month"}  # fmt: skip
    span = cli.json("days", "--from", "2028-11-14", "--to", "2028-11-14")
    assert [d["name"] for d in span if d["span"] == "day"] == ["World Diabetes Day"]
    assert not cli.db.exists()  # reading the days creates no store


def test_the_practice_adds_its_own_days_and_hides_others(cli: Cli) -> None:
    assert cli("days", "add", "Open day", "--date", "2027-03-18", "--yearly") == 0, cli.err
    assert cli("days", "hide", "world oral health DAY") == 0, cli.err
    assert "'World Oral Health Day' is hidden." in cli.out
    names = [d["name"] for d in cli.json("days", "--from", "2028-03-01", "--to", "2028-03-31")]
    assert "Open day" in names and "World Oral Health Day" not in names
    assert cli("days", "--week", "2028-W11") == 0
    assert "Sat 18 Mar 2028  Open day  (the practice's own)" in cli.out


def test_search_finds_by_word_beginnings_and_prints_like_list(cli: Cli) -> None:
    dentist = cli.add("--notes", "Ask the Zahnärztin first")
    cli.add(date="2026-12-02")
    found = cli.json("search", "zahnarztin")
    assert found["query"] == "zahnarztin"
    assert [p["id"] for p in found["posts"]] == [dentist]
    assert set(found["posts"][0]) >= {"id", "date", "time", "series", "text"}
    assert cli("search", "ZAHN") == 0
    assert cli.out.splitlines()[0] == "Search: ZAHN · 1 post"
    assert cli.out.splitlines()[1].lstrip().startswith(f"{dentist}  Tue 1 Dec")


def test_a_spreadsheet_round_trip_keeps_posts_in_their_series_and_their_consents(
    cli: Cli, tmp_path: Path
) -> None:
    monday = future_monday()
    week = f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"
    first = weekly(cli, monday.isoformat(), text="Monday tip")
    assert cli("consent", "add", "--person", "J. Smith", "--covers", "photo",
               "--signed", monday.isoformat()) == 0, cli.err  # fmt: skip
    smile = cli.add("--uses", "photo", "--consent", "1", date=(monday + dt.timedelta(days=1))
                    .isoformat())  # fmt: skip
    before = {p["id"]: p for p in cli.posts(week)}
    target = tmp_path / "week.csv"
    assert cli("export", "--week", week, "--csv", str(target)) == 0, cli.err
    edited = target.read_text(encoding="utf-8-sig").replace("Monday tip", "Monday tip: floss")
    edited = edited.replace("Brush twice a day.", "Brush twice a day!")
    target.write_text(edited, encoding="utf-8")
    assert cli("import", str(target)) == 0, cli.err
    assert "0 new, 2 updated" in cli.out
    after = {p["id"]: p for p in cli.posts(week)}
    # The file carries neither the series nor the consents: the update leaves them be.
    assert after[first] == {**before[first], "text": "Monday tip: floss"}
    assert after[smile] == {**before[smile], "text": "Brush twice a day!"}
    assert after[smile]["uses"] == ["photo"] and after[smile]["consents"] == [1]
    (series,) = cli.json("series", "list")
    assert series["posts"] == mondays_made(monday) and series["skipped"] == []


BAD = {
    "repeat never falls": (("add", "--date", "2027-03-01", "--time", "09:00", "--platform", "x",
                            "--kind", "shared", "--text", "hi", "--repeat",
                            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), "never falls"),
    "repeat hourly": (("add", "--date", "2027-03-01", "--time", "09:00", "--platform", "x",
                       "--kind", "shared", "--text", "hi", "--repeat", "FREQ=HOURLY"),
                      "HOURLY is not supported"),
    "repeat an idea": (("add", "--status", "idea", "--platform", "x", "--kind", "shared",
                        "--text", "hi", "--repeat", "FREQ=DAILY"), "an idea does not repeat"),
    "unknown series": (("series", "end", "9", "--after", "2027-01-01"), "there is no series 9"),
    "bad series id": (("series", "delete", "x1"), "is not a series id"),
    "copy to an idea": (("copy-week", "--from", WEEK, "--to", "2026-W50", "--status", "idea"),
                        "copies are draft or scheduled"),
    "copy nothing": (("copy-week", "--from", "2030-W01", "--to", "2030-W02"), "has no posts"),
    "no template": (("week-template", "apply", "Nope", "--week", WEEK), "no week template"),
    "empty template name": (("week-template", "save", "  ", "--week", WEEK), "name is empty"),
    "days without a span": (("days",), "say which days"),
    "days two spans": (("days", "--week", WEEK, "--month", "2026-12"), "say which days"),
    "days bad month": (("days", "--month", "2026-13"), "is not a month"),
    "days backwards": (("days", "--from", "2027-02-01", "--to", "2027-01-01"), "is after"),
    "hide unknown": (("days", "hide", "Cake Day"), "no awareness day called"),
    "window month with a command": (("--month", "2027-03", "list", "--ideas"), "for the window"),
}  # fmt: skip


@pytest.mark.parametrize(("argv", "says"), BAD.values(), ids=BAD.keys())
def test_each_mistake_is_one_line_and_writes_nothing(
    cli: Cli, argv: tuple[str, ...], says: str
) -> None:
    cli.add()
    before = cli.db.read_bytes()
    with sqlite3.connect(cli.db) as conn:
        rows = conn.execute("SELECT count(*) FROM post").fetchone()
    conn.close()
    assert cli(*argv) != 0
    assert says in one_error_line(cli.err)
    assert cli.out == ""
    assert cli.db.read_bytes() == before
    with sqlite3.connect(cli.db) as conn:
        assert conn.execute("SELECT count(*) FROM post").fetchone() == rows
        assert conn.execute("SELECT count(*) FROM series").fetchone() == (0,)
    conn.close()
