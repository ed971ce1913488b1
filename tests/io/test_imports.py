"""Import dispatch: the layout is recognised, described, and what is missing is asked for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.csv_format import posts_to_csv
from planner.io.imports import (
    MAX_IMPORT_BYTES,
    NeedsChoice,
    detect,
    read_import,
)
from planner.io.records import ImportFileError

PLAN = posts_to_csv(
    [
        Post(Platform.X, Kind.SHARED, "One", Status.SCHEDULED, dt.date(2026, 12, 1), dt.time(9)),
        Post(Platform.X, Kind.SHARED, "Two", Status.IDEA),
    ]
)
AMBIGUOUS = "01/12/2026 09:00,Hello\r\n02/12/2026 09:00,World,https://example.org\r\n"
DAY_FIRST = AMBIGUOUS + "13/12/2026 10:00,Later\r\n"
MONTH_FIRST = "12/13/2026 10:00,Later\r\n"


@pytest.mark.parametrize(
    ("text", "layout", "sentence"),
    [
        (PLAN, "planner", "Social Media Planner CSV (with header), 2 rows"),
        (DAY_FIRST, "hootsuite", "Hootsuite bulk file (no header; day/month/year dates), 3 rows"),
        (MONTH_FIRST, "hootsuite", "Hootsuite bulk file (no header; month/day/year dates), 1 row"),
        (
            AMBIGUOUS,
            "hootsuite",
            "Hootsuite bulk file (no header; dates could be day/month/year or month/day/year), "
            "2 rows",
        ),
        (
            "Date,Message\n13/12/2026 10:00,Hi\n",
            "hootsuite",
            "Hootsuite bulk file (header row skipped; day/month/year dates), 1 row",
        ),
        (
            "13/12/2026 10:00,a\n12/13/2026 10:00,b\n",
            "hootsuite",
            "Hootsuite bulk file (no header; dates in two different orders), 2 rows",
        ),
        ("", "unknown", "Not a file this app can read: the file is empty"),
        (
            "Name,Email\nAnn,a@b.c\n",
            "unknown",
            "Not a file this app can read: the first row, 'Name,Email', is neither the planner's "
            "header (date,time,weekday,platform,kind,status,text,link,notes,uid) nor a Hootsuite "
            "date and time like 25/12/2026 09:00",
        ),
    ],
)
def test_layout_is_detected_and_described(text: str, layout: str, sentence: str) -> None:
    found = detect(text)
    assert found.layout == layout
    assert found.describe() == sentence


def test_a_misspelt_planner_header_is_still_the_planner_layout() -> None:
    text = "date,time,weekday,network,kind,status,text,link,notes\n"
    assert detect(text).layout == "planner"
    result = read_import(text)
    assert "missing platform" in result.errors[0].reason
    assert "unknown 'network'" in result.errors[0].reason


def test_planner_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "week.csv"
    path.write_bytes(PLAN.encode("utf-8"))
    result = read_import(path)
    assert result.layout == "planner"
    assert [p.text for p in result.posts] == ["One", "Two"]
    assert read_import(path.read_bytes()).posts == result.posts
    assert read_import(PLAN).posts == result.posts


def test_ambiguous_hootsuite_asks_for_every_missing_choice() -> None:
    with pytest.raises(NeedsChoice) as info:
        read_import(AMBIGUOUS)
    assert info.value.choices == {
        "date_order": ("dmy", "mdy"),
        "platform": ("facebook", "x", "linkedin", "instagram"),
        "kind": ("original", "shared", "promotional"),
    }
    assert str(info.value) == (
        "Hootsuite bulk file (no header; dates could be day/month/year or month/day/year), "
        "2 rows. Choose the date order (dmy for day/month/year, mdy for month/day/year); "
        "the platform (facebook, x, linkedin, instagram); the kind (original, shared, "
        "promotional)."
    )


def test_clear_date_order_is_not_asked() -> None:
    with pytest.raises(NeedsChoice) as info:
        read_import(DAY_FIRST, platform="linkedin")
    assert list(info.value.choices) == ["kind"]


@pytest.mark.parametrize(("order", "day"), [("dmy", dt.date(2026, 12, 2)), ("mdy", None)])
def test_the_chosen_order_decides_the_day(order: str, day: dt.date | None) -> None:
    result = read_import(AMBIGUOUS, date_order=order, platform="facebook", kind="original")
    assert result.layout == "hootsuite"
    assert result.errors == []
    second = result.posts[1]
    assert second.date == (day or dt.date(2026, 2, 12))
    assert second.link == "https://example.org"


def test_detected_order_is_used_and_a_wrong_choice_fails_row_by_row() -> None:
    result = read_import(DAY_FIRST, platform="x", kind="shared")
    assert result.posts[2].date == dt.date(2026, 12, 13)
    wrong = read_import(DAY_FIRST, date_order="mdy", platform="x", kind="shared")
    assert [str(e) for e in wrong.errors] == [
        "row 3: '13/12/2026 10:00' is not a real date in month/day/year order"
    ]


def test_conflicting_orders_refuse_the_file() -> None:
    with pytest.raises(ImportFileError, match="use one date order for the whole file"):
        read_import("13/12/2026 10:00,a\n12/13/2026 10:00,b\n", platform="x", kind="shared")


def test_unknown_layout_is_one_row_error() -> None:
    result = read_import("Name,Email\nAnn,a@b.c\n")
    assert result.layout == "unknown"
    assert result.posts == []
    assert len(result.errors) == 1 and result.errors[0].row == 1


def test_missing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    with pytest.raises(ImportFileError, match=f"Cannot read {path}: no such file or directory"):
        read_import(path)


def test_not_utf8_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("date,Zähne\r\n".encode("cp1252"))
    with pytest.raises(ImportFileError) as info:
        read_import(path)
    assert str(info.value) == (
        f"Cannot import {path}: The file is not UTF-8 text (byte 0xE4 at position 6); "
        'save it as "CSV UTF-8" and import it again.'
    )


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ImportFileError, match="far bigger than any plan"):
        read_import(path)


def test_detect_counts_rows_without_blank_lines() -> None:
    assert detect(PLAN + "\r\n\r\n").rows == 2
