"""The command line's way back: a week edited in a spreadsheet updates its posts, the same
file twice adds nothing, calendar files carry the practice's zone, and a time the clocks
skip or repeat gets a warning line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_support import HEADER, WEEK, Cli

from planner.core.settings import Settings
from planner.store import open_store


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def week_posts(cli: Cli) -> list[dict[str, object]]:
    assert cli("list", "--week", WEEK, "--json") == 0, cli.err
    return list(json.loads(cli.out)["posts"])


def exported(cli: Cli, tmp_path: Path) -> str:
    target = tmp_path / "week.csv"
    assert cli("export", "--week", WEEK, "--csv", str(target)) == 0, cli.err
    return target.read_text(encoding="utf-8-sig")


def test_a_week_edited_in_a_spreadsheet_updates_its_posts(cli: Cli, tmp_path: Path) -> None:
    for n, day in enumerate(["2026-12-01", "2026-12-02", "2026-12-03"]):
        cli("add", "--date", day, "--time", "09:00", "--platform", "facebook", "--kind",
            "original", "--text", f"Post {n}", "--notes", "0012345" if n == 2 else "")  # fmt: skip
    before = week_posts(cli)
    text = exported(cli, tmp_path)
    # What a spreadsheet and its user did: 12-hour times, no BOM, LF, one text edited,
    # one number re-typed, and a new row typed in with no uid.
    edited = (
        text.replace("09:00,", "09:00:00 AM,")
        .replace("Post 1", "Post 1 now with a photo")
        .replace("0012345", "12345")
        .replace("\r\n", "\n")
    )
    edited += "2026-12-04,10:30 AM,Friday,x,shared,draft,Typed in by hand,,,\n"
    source = tmp_path / "edited.csv"
    source.write_text(edited, encoding="utf-8")

    assert cli("import", str(source), "--dry-run") == 0, cli.err
    assert "Would import: 1 new, 2 updated, 1 unchanged, 0 duplicates skipped." in cli.out
    assert f"row 3: updates post {before[1]['id']} (text)" in cli.out
    assert f"row 4: updates post {before[2]['id']} (notes)" in cli.out
    assert cli.err == (
        "planner: warning: row 4: the notes '0012345' would become '12345': a spreadsheet "
        "may have dropped its leading zeros\n"
    )
    assert week_posts(cli) == before

    assert cli("import", str(source)) == 0, cli.err
    assert f"Imported into {cli.db}: 1 new, 2 updated, 1 unchanged, 0 duplicates skipped." in (
        cli.out
    )
    after = week_posts(cli)
    assert len(after) == 4
    assert after[:3] == [
        before[0],
        {**before[1], "text": "Post 1 now with a photo"},
        {**before[2], "notes": "12345"},
    ]
    assert (after[3]["text"], after[3]["time"]) == ("Typed in by hand", "10:30")

    assert cli("import", str(source)) == 0, cli.err  # the same file again
    assert "Nothing to import: 0 new, 0 updated, 3 unchanged, 1 duplicate skipped." in cli.out
    assert week_posts(cli) == after


def test_a_deleted_post_comes_back_with_its_uid(cli: Cli, tmp_path: Path) -> None:
    post_id = cli.add()
    (before,) = week_posts(cli)
    source = tmp_path / "week.csv"
    source.write_text(exported(cli, tmp_path), encoding="utf-8")
    assert cli("delete", str(post_id)) == 0
    assert cli("import", str(source)) == 0, cli.err
    assert "1 new, 0 updated, 0 unchanged, 0 duplicates skipped" in cli.out
    (back,) = week_posts(cli)
    assert back["uid"] == before["uid"]


def test_the_date_order_is_asked_for_and_given(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "typed.csv"
    source.write_text(
        HEADER + "\n03/12/2026,09:00,,x,shared,draft,A,,,\n04/12/26,09:00,,x,shared,draft,B,,,\n",
        encoding="utf-8",
    )
    assert cli("import", str(source)) == 2
    assert "--date-order dmy|mdy" in cli.err
    assert not cli.db.exists()
    assert cli("import", str(source), "--date-order", "dmy") == 0, cli.err
    assert [(p["date"], p["text"]) for p in week_posts(cli)] == [
        ("2026-12-03", "A"),
        ("2026-12-04", "B"),
    ]


def test_a_semicolon_file_from_excel_imports(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes(
        (HEADER.replace(",", ";") + "\r\n01/12/2026;14:00;;facebook;original;;Grüße;;;\r\n").encode(
            "utf-16"
        )  # Excel's "Unicode Text", tabs aside
    )
    assert cli("import", str(source), "--date-order", "dmy") == 0, cli.err
    assert [(p["time"], p["text"]) for p in week_posts(cli)] == [("14:00", "Grüße")]


def test_the_calendar_file_uses_the_iana_zone_a_posix_tz_describes(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add()
    (post,) = week_posts(cli)
    monkeypatch.setenv("TZ", "GMT0BST")
    target = tmp_path / "week.ics"
    assert cli("export", "--week", WEEK, "--ics", str(target)) == 0, cli.err
    data = target.read_bytes()
    assert b"DTSTART;TZID=Europe/London:20261201T090000" in data
    assert f"UID:{post['uid']}@social-media-planner".encode() in data
    assert re.search(rb"DTSTART:\d{8}T\d{6}Z", data) is None
    with open_store(cli.db) as store:
        store.save_settings(Settings(timezone="America/New_York"))
    assert cli("export", "--week", WEEK, "--ics", str(target)) == 0, cli.err
    assert b"DTSTART;TZID=America/New_York:20261201T090000" in target.read_bytes()


def test_add_and_move_warn_about_a_time_the_clocks_skip_or_repeat(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    post_id = cli.add(date="2027-03-28", time="01:30")
    assert cli.err == (
        "planner: warning: 01:30 on Sun 28 Mar 2027 does not exist in Europe/London (clocks go "
        "forward); 02:30 is the time after the gap.\n"
    )
    assert cli("move", str(post_id), "--date", "2026-10-25") == 0
    assert cli.err == (
        "planner: warning: 01:30 on Sun 25 Oct 2026 happens twice in Europe/London (clocks go "
        "back); the first one is used.\n"
    )
    assert cli("move", str(post_id), "--date", "2026-10-26") == 0
    assert cli.err == ""
    with open_store(cli.db) as store:
        store.save_settings(Settings(timezone="Asia/Tokyo"))  # no clock changes there
    assert cli("move", str(post_id), "--date", "2027-03-28") == 0
    assert cli.err == ""
