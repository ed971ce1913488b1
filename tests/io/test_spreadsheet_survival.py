"""What a spreadsheet does to an exported file, read back: times, dates, separators,
encodings, the uid column, and Hootsuite files re-saved by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.csv_format import HEADER, parse_csv, posts_to_csv
from planner.io.hootsuite import parse_hootsuite
from planner.io.imports import NeedsChoice, detect, read_import
from planner.io.records import ImportFileError, decode_csv_bytes
from planner.io.spreadsheet_cells import (
    DateOrderConflict,
    date_order_of,
    parse_clock,
    parse_day,
)

UID = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"
OLD_HEADER = "date,time,weekday,platform,kind,status,text,link,notes"


def post(**changes: object) -> Post:
    base = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Brush, floss, smile", Status.SCHEDULED,
                dt.date(2026, 12, 23), dt.time(14, 30))  # fmt: skip
    return base.with_changes(**changes)


@pytest.mark.parametrize(
    ("cell", "time"),
    [
        ("14:30", dt.time(14, 30)),
        ("9:05", dt.time(9, 5)),
        ("14:30:00", dt.time(14, 30)),
        ("02:30:00 PM", dt.time(14, 30)),
        ("2:30 pm", dt.time(14, 30)),
        ("12:00 AM", dt.time(0, 0)),
        ("12:15:00 PM", dt.time(12, 15)),
        ("9:00 a.m.", dt.time(9, 0)),
        (" 09:00:00 AM ", dt.time(9, 0)),
    ],
)
def test_spreadsheet_times(cell: str, time: dt.time) -> None:
    assert parse_clock(cell) == time


@pytest.mark.parametrize("cell", ["25:00", "13:00 PM", "0:30 AM", "9", "9:5", "９:００", "noon"])
def test_times_that_are_not(cell: str) -> None:
    with pytest.raises(ValueError, match="is not a time; write it as HH:MM"):
        parse_clock(cell)


@pytest.mark.parametrize(
    ("cell", "order", "day"),
    [
        ("2026-12-23", None, dt.date(2026, 12, 23)),
        ("23/12/2026", None, dt.date(2026, 12, 23)),  # only one way to read it
        ("12/23/26", None, dt.date(2026, 12, 23)),
        ("23.12.26", None, dt.date(2026, 12, 23)),  # LibreOffice in German
        ("03/04/2026", "dmy", dt.date(2026, 4, 3)),
        ("03/04/2026", "mdy", dt.date(2026, 3, 4)),
        ("3-4-26", "dmy", dt.date(2026, 4, 3)),
    ],
)
def test_spreadsheet_dates(cell: str, order: str | None, day: dt.date) -> None:
    assert parse_day(cell, order) == day  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "order", "message"),
    [
        ("03/04/2026", None, "'03/04/2026' could be day/month/year or month/day/year; choose"),
        ("31/02/2026", "dmy", "'31/02/2026' is not a date in day/month/year order"),
        ("2026-02-30", None, "'2026-02-30' is not a date; write it as YYYY-MM-DD"),
        ("23/12/226", "dmy", "'23/12/226' is not a date; write it as YYYY-MM-DD"),
        ("23/12-2026", "dmy", "'23/12-2026' is not a date"),
    ],
)
def test_dates_that_are_not(cell: str, order: str | None, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_day(cell, order)  # type: ignore[arg-type]
    assert str(info.value).startswith(message)


def test_date_order_comes_from_the_rows_that_can_only_be_read_one_way() -> None:
    assert date_order_of([(2, "2026-12-01"), (3, "")]) is None
    assert date_order_of([(2, "03/04/2026"), (3, "05/06/26")]) == "ambiguous"
    assert date_order_of([(2, "03/04/2026"), (3, "23/12/26")]) == "dmy"
    assert date_order_of([(2, "12/23/2026"), (3, "2026-12-01")]) == "mdy"
    with pytest.raises(DateOrderConflict, match=r"Row 2 has '23/12/2026'.*row 3 has '12/23/2026'"):
        date_order_of([(2, "23/12/2026"), (3, "12/23/2026")])


def test_a_file_re_saved_by_libreoffice_en_us_reads_back() -> None:
    """What LibreOffice writes in en-US: no byte-order mark, LF, 12-hour times."""
    row = '12/23/26,02:30:00 PM,Wednesday,facebook,original,scheduled,"Brush, floss, smile"'
    text = ",".join(HEADER) + "\n" + f"{row},,,{UID}\n"
    result = parse_csv(text)
    assert result.errors == []
    assert result.posts == [post(uid=UID)]


def test_semicolons_and_german_dates_read_back() -> None:
    row = "23.12.26;14:30:00;Wednesday;facebook;original;scheduled;Brush, floss, smile"
    text = ";".join(HEADER) + "\r\n" + f"{row};;;{UID}\r\n"
    found = detect(text)
    assert (found.layout, found.delimiter, found.date_order) == ("planner", ";", "dmy")
    assert found.describe() == (
        "Social Media Planner CSV (with header; semicolons between cells; day/month/year "
        "dates), 1 row"
    )
    assert read_import(text).posts == [post(uid=UID)]


def test_a_semicolon_header_with_a_typo_says_what_is_wrong_with_it() -> None:
    text = "date;time;weekday;plattform;kind;status;text;link;notes\r\n"
    result = read_import(text)
    assert len(result.errors) == 1
    assert "(missing platform; unknown 'plattform')" in result.errors[0].reason
    assert "neither" not in result.errors[0].reason


def test_excel_unicode_text_utf16_with_tabs_imports() -> None:
    text = "\t".join(HEADER) + "\r\n" + "\t".join(
        ["2026-12-23", "14:30", "", "facebook", "original", "scheduled", "Brush, floss, smile",
         "", "Café ☕", UID]
    ) + "\r\n"  # fmt: skip
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert read_import(data).posts == [post(notes="Café ☕", uid=UID)]


def test_utf8_with_and_without_bom_import_alike() -> None:
    text = posts_to_csv([post(uid=UID, notes="Zahnpflege für Kinder")])
    assert text.startswith("\ufeff")
    with_bom = read_import(text.encode("utf-8"))
    without = read_import(text.removeprefix("\ufeff").encode("utf-8"))
    assert with_bom.posts == without.posts == [post(uid=UID, notes="Zahnpflege für Kinder")]


@pytest.mark.parametrize(
    ("data", "start"),
    [
        ("date,café".encode("cp1252"), "The file is not UTF-8 text (byte 0xE9"),
        ("date,café".encode("utf-32"), "The file is UTF-32 text"),
        ("date,time,weekday".encode("utf-16-be"), "The file looks like UTF-16 text without"),
    ],
)
def test_other_encodings_are_refused_naming_the_one_to_save_as(data: bytes, start: str) -> None:
    with pytest.raises(ImportFileError) as info:
        decode_csv_bytes(data)
    assert str(info.value).startswith(start)
    assert str(info.value).endswith('save it as "CSV UTF-8" and import it again.')
    assert "\n" not in str(info.value)


def test_files_without_the_uid_column_still_import() -> None:
    text = OLD_HEADER + "\r\n2026-12-23,14:30,,facebook,original,scheduled,Brush,,\r\n"
    assert parse_csv(text).posts == [post(text="Brush")]


def test_the_uid_column_is_read_and_checked() -> None:
    rows = [
        f"2026-12-23,14:30,,facebook,original,scheduled,One,,,{UID}",
        "2026-12-23,15:30,,facebook,original,scheduled,Two,,,",
        f"2026-12-24,14:30,,facebook,original,scheduled,Three,,,{UID}",
        "2026-12-25,14:30,,facebook,original,scheduled,Four,,,not a uid",
    ]
    result = parse_csv(",".join(HEADER) + "\r\n" + "\r\n".join(rows) + "\r\n")
    assert [(r.row, r.post.uid if r.post else r.error) for r in result.rows] == [
        (2, UID),
        (3, ""),
        (4, f"the uid {UID} is also on row 2; each post has its own"),
        (5, "'not a uid' is not a uid; leave it empty for a new post"),
    ]


def test_ambiguous_dates_in_every_row_need_the_order() -> None:
    text = (
        ",".join(HEADER)
        + "\r\n"
        + "".join(
            f"{day},09:00,,x,shared,draft,Post {n},,,\r\n"
            for n, day in enumerate(["03/04/2026", "05/06/26"])
        )
    )
    with pytest.raises(NeedsChoice) as info:
        read_import(text)
    assert info.value.choices == {"date_order": ("dmy", "mdy")}
    assert "dates could be day/month/year or month/day/year" in str(info.value)
    assert [p.date for p in read_import(text, date_order="dmy").posts] == [
        dt.date(2026, 4, 3), dt.date(2026, 6, 5)
    ]  # fmt: skip
    assert [p.date for p in read_import(text, date_order="mdy").posts] == [
        dt.date(2026, 3, 4), dt.date(2026, 5, 6)
    ]  # fmt: skip


def test_dates_in_two_orders_are_refused_whole() -> None:
    text = (
        ",".join(HEADER)
        + "\r\n"
        + ("23/12/2026,09:00,,x,shared,draft,A,,,\r\n12/24/2026,09:00,,x,shared,draft,B,,,\r\n")
    )
    with pytest.raises(ImportFileError, match="use one date order for the whole file"):
        read_import(text)


def test_hootsuite_twelve_hour_time_in_the_first_row_gets_a_true_message() -> None:
    text = "25/12/2026 9:00 PM,Merry Christmas from all of us\r\n"
    found = detect(text)
    assert found.layout == "hootsuite"
    result = read_import(text, platform="facebook", kind="original")
    assert [str(e) for e in result.errors] == [
        "row 1: '25/12/2026 9:00 PM' has a 12-hour time; a Hootsuite bulk file takes 24-hour "
        "times, so write it as 25/12/2026 21:00"
    ]


def test_hootsuite_image_url_column_is_kept_in_the_notes() -> None:
    text = (
        "25/12/2026 09:00,Merry Christmas,https://example.org,https://example.org/tree.jpg\r\n"
        "26/12/2026 10:00,Boxing Day hours,,\r\n"
    )
    result = parse_hootsuite(text, date_order="dmy", platform="facebook", kind="original")
    assert result.errors == []
    assert [(p.link, p.notes) for p in result.posts] == [
        ("https://example.org", "Image: https://example.org/tree.jpg"),
        ("", ""),
    ]


def test_hootsuite_with_semicolons() -> None:
    text = "25/12/2026 09:00;Merry Christmas, everyone;https://example.org\r\n"
    found = detect(text)
    assert (found.layout, found.delimiter) == ("hootsuite", ";")
    (only,) = read_import(text, platform="x", kind="shared").posts
    assert (only.text, only.link) == ("Merry Christmas, everyone", "https://example.org")
