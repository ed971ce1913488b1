"""The command line's demo, exports and imports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import HEADER, WEEK, Cli, one_error_line, run_module

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


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
    assert f"; {dated} posts (" in cli.out
    assert f"Imported into {other}: {dated} new, 0 updated, 0 unchanged, 0 duplicates" in cli.out

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
    (row,) = rows[1:]
    cells, uid = row.rsplit(",", 1)
    assert cells == "2026-12-01,09:00,Tuesday,facebook,original,draft,Brush twice a day.,,"
    assert uid == cli.posts()[0]["uid"]


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
    assert "; 2 posts (2 dated in 2026-W49 to 2026-W50)." in cli.out
    assert "Would import: 2 new, 0 updated, 0 unchanged, 0 duplicates skipped." in cli.out
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


def test_an_exported_empty_week_imports_as_nothing_to_import(cli: Cli, tmp_path: Path) -> None:
    cli.add()  # a store with posts, but none in the exported week
    empty = tmp_path / "empty-week.csv"
    assert cli("export", "--week", "2027-W02", "--csv", str(empty)) == 0, cli.err
    assert "Wrote 0 posts" in cli.out
    before = cli.db.read_bytes()
    for argv in (["import", str(empty)], ["import", str(empty), "--dry-run"]):
        assert cli(*argv) == 0, cli.err
        assert cli.out == "The file holds no posts; nothing to import.\n"
        assert cli.err == ""
    assert cli.db.read_bytes() == before
    assert not (cli.db.parent / "backups").exists()  # no pre-import snapshot
    other = tmp_path / "new" / "planner.db"
    assert cli("import", str(empty), db=other) == 0, cli.err
    assert not other.parent.exists()  # nothing to import creates no store


@pytest.mark.parametrize("content", [b"", b"\r\n\r\n  \n", b"\xef\xbb\xbf"])
def test_an_import_file_without_a_header_is_refused(
    cli: Cli, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "blank.csv"
    source.write_bytes(content)
    assert cli("import", str(source)) == 1
    assert "empty" in one_error_line(cli.err)
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
    assert "--pdf prints whole weeks" in one_error_line(cli.err)
    assert not out.exists()
