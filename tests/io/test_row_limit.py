"""An import may hold up to MAX_ROWS posts; one more is refused, blamed on the row past it."""

from __future__ import annotations

import pytest

from planner.io.csv_format import HEADER, parse_csv
from planner.io.engagement.sources import csv_grid
from planner.io.engagement.table import HEADER_SEARCH_ROWS
from planner.io.hootsuite import parse_hootsuite
from planner.io.imports import detect, read_import
from planner.io.records import MAX_ROWS, ImportFileError

ROW = "2026-12-01,09:00,,x,shared,draft,Hi,,\r\n"
HOOTSUITE_ROW = "01/12/2026 09:00,Hi\r\n"
TOO_MANY = f"the file has more than {MAX_ROWS:,} rows to import, far more than any plan"


def planner_csv(posts: int, blank_lines: int = 0) -> str:
    return ",".join(HEADER) + "\r\n" + "\r\n" * blank_lines + ROW * posts


def test_exactly_the_limit_of_posts_with_a_header_imports() -> None:
    text = planner_csv(MAX_ROWS)
    assert detect(text).rows == MAX_ROWS
    result = read_import(text)
    assert result.errors == []
    assert len(result.posts) == MAX_ROWS


def test_blank_lines_do_not_count_against_the_limit() -> None:
    result = parse_csv(planner_csv(MAX_ROWS, blank_lines=3))
    assert result.errors == []
    assert len(result.posts) == MAX_ROWS


def test_one_post_more_is_refused_and_the_row_past_the_limit_is_named() -> None:
    text = planner_csv(MAX_ROWS + 1, blank_lines=2)
    # Header on row 1, two blank rows, then the posts: the first one too many is the
    # MAX_ROWS + 1st post, on spreadsheet row MAX_ROWS + 4.
    expected = [f"row {MAX_ROWS + 4}: {TOO_MANY}"]
    assert [str(e) for e in read_import(text).errors] == expected
    assert [str(e) for e in parse_csv(text).errors] == expected


def test_a_hootsuite_file_without_a_header_has_the_same_limit() -> None:
    options = {"date_order": "dmy", "platform": "x", "kind": "shared"}
    exact = parse_hootsuite(HOOTSUITE_ROW * MAX_ROWS, **options)  # type: ignore[arg-type]
    assert exact.errors == [] and len(exact.posts) == MAX_ROWS
    over = parse_hootsuite(HOOTSUITE_ROW * (MAX_ROWS + 1), **options)  # type: ignore[arg-type]
    assert [str(e) for e in over.errors] == [f"row {MAX_ROWS + 1}: {TOO_MANY}"]
    with_header = "Date,Message,Link\r\n" + HOOTSUITE_ROW * (MAX_ROWS + 1)
    over = parse_hootsuite(with_header, **options)  # type: ignore[arg-type]
    assert [str(e) for e in over.errors] == [f"row {MAX_ROWS + 2}: {TOO_MANY}"]


def test_an_engagement_export_of_exactly_the_limit_after_its_header_is_read() -> None:
    header = "Date,Impressions\r\n"
    grid = csv_grid(header + "2026-12-01,5\r\n" * MAX_ROWS, ",")
    assert len(grid) == MAX_ROWS + 1
    # Past the rows a header may sit among, plus the limit: refused in words.
    runaway = "2026-12-01,5\r\n" * (MAX_ROWS + HEADER_SEARCH_ROWS + 1)
    with pytest.raises(ImportFileError, match=r"^The file has more than 100,000 rows"):
        csv_grid(runaway, ",")
