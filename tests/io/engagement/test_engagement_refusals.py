"""What cannot be read is refused whole, in one line that says what the file needs."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from planner.io.engagement import ImportFileError, read_engagement

LONDON = "Europe/London"


def refusal(data: bytes | Path, **options: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_engagement(data, zone=LONDON, **options)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_unknown_layout_is_refused_naming_the_columns_each_layout_needs() -> None:
    message = refusal(b"Name,Email,Phone\nSam,sam@example.com,0\n")
    assert message.startswith("The file is not an engagement export this app knows")
    assert "date, time, platform, text, reach, engagements" in message
    assert "Post id, Date, Post text, Impressions" in message
    assert "Post title, Post link, Created date, Impressions" in message
    assert "Post ID, Page ID, Publish time, Reach" in message


def test_a_near_miss_names_the_layout_and_the_missing_column() -> None:
    message = refusal(b"Post id,Date,Post text,Post Link,Likes\n1,2026-01-01,Hi,x,1\n")
    assert message == (
        "The file looks like the X account analytics content export but has no column "
        "'Impressions'; it needs Post id, Date, Post text, Impressions."
    )


def test_a_workbook_without_posts_is_refused_too() -> None:
    book = openpyxl.Workbook()
    book.active.append(["Date", "Impressions (organic)", "Clicks (organic)"])
    buffer = io.BytesIO()
    book.save(buffer)
    assert "not an engagement export" in refusal(buffer.getvalue())


def test_a_broken_workbook_is_refused_in_one_line() -> None:
    message = refusal(b"PK\x03\x04 this is no zip")
    assert message.startswith("The .xlsx workbook cannot be read")


def test_a_bad_count_names_the_row_as_a_spreadsheet_shows_it() -> None:
    text = (
        b"date,time,platform,text,reach,engagements\n"
        b"2026-11-23,09:00,x,ok,10,2\n"
        b"\n"
        b"2026-11-24,09:00,x,bad,lots,2\n"
    )
    assert refusal(text) == "Row 4: 'lots' is not a number in the column 'reach'."


def test_a_quote_never_closed_is_refused() -> None:
    text = b'date,time,platform,text,reach,engagements\n2026-11-23,09:00,x,"open,10,2\n'
    assert refusal(text).startswith("Row 2: the file cannot be read as CSV")


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("2026-02-30,09:00,x,a,1,1", "Row 2: '2026-02-30 09:00' is not a real date."),
        ("2026-02-03,25:00,x,a,1,1", "Row 2: '2026-02-03 25:00' is not a real time."),
        ("2300-02-03,09:00,x,a,1,1", "Row 2: 2300-02-03 is not between 1900 and 2200."),
        ("2026-02-03,09:00,myspace,a,1,1",
         "Row 2: unknown platform 'myspace'; use one of facebook, x, linkedin, instagram."),
        ("2026-02-03,09:00,x,a,-4,1", "Row 2: '-4' is below zero in the column 'reach'."),
    ],
)  # fmt: skip
def test_impossible_values_are_refused_with_the_row(row: str, reason: str) -> None:
    text = f"date,time,platform,text,reach,engagements\n{row}\n".encode()
    assert refusal(text) == reason


def test_unknown_zone_and_unknown_layout_choice_are_refused() -> None:
    data = b"date,time,platform,text,reach,engagements\n"
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        read_engagement(data, zone="Mars/Olympus")
    with pytest.raises(ValueError, match="unknown layout 'tiktok'"):
        read_engagement(data, zone=LONDON, layout="tiktok")


def test_a_chosen_layout_refuses_another_networks_file() -> None:
    data = b"date,time,platform,text,reach,engagements\n2026-11-23,09:00,x,a,1,1\n"
    assert read_engagement(data, zone=LONDON, layout="planner")
    assert "Post title, Post link" in refusal(data, layout="linkedin")


def test_a_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.csv").startswith("gone.csv cannot be read")


def test_a_planner_row_with_no_date_is_refused_not_taken_for_a_second_header() -> None:
    text = b"date,time,platform,text,reach,engagements\n,,facebook,Hello,,\n"
    assert refusal(text) == "Row 2: the date is empty."
