"""Hostile input: every import either reads the file exactly or says clearly why not.

Never anything but the documented errors (ImportFileError and its NeedsChoice), never a
hang: each example has a deadline, and a runaway file is refused before its rows are
checked. How fast big files read is bench/'s to measure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from io_strategies import valid_posts

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.csv_format import HEADER, parse_csv, posts_to_csv
from planner.io.hootsuite import parse_hootsuite
from planner.io.imports import NeedsChoice, read_import
from planner.io.records import MAX_ROWS, ImportFileError, ParseResult, decode_csv_bytes

FUZZ = settings(max_examples=150, deadline=1000, suppress_health_check=[HealthCheck.too_slow])

hostile_chars = st.one_of(
    st.characters(codec=None),  # anything, lone surrogates included
    st.sampled_from(list("\x00\r\n\t\x0b\x0c\x1b\x7f\u2028\ufeff\"',=+-@/:0123456789 ")),
)
hostile_cell = st.one_of(
    st.text(hostile_chars, max_size=30),
    st.sampled_from(["=1+1", "+1", "-1", "@SUM(A1)", "'=x", "\t=x", "\r=x", '"', '""', "'"]),
    st.sampled_from(["2026-12-01", "09:00", "9:00", "x", "twitter", "shared", "idea", "draft"]),
    st.sampled_from(
        ["01/12/2026 09:00", "13/12/2026 09:00", "12/13/2026 09:00", "31/02/2026 09:00"]
    ),
)
row_end = st.sampled_from(["\r\n", "\n", "\r", "\n\r", ""])


@st.composite
def csvish(draw: st.DrawFn) -> str:
    """Text shaped like a CSV file, with our header or not, and broken in every way."""
    lines = []
    if draw(st.booleans()):
        lines.append(
            draw(st.sampled_from([",".join(HEADER), ",".join(HEADER).upper(), "date,text"]))
        )
    for _ in range(draw(st.integers(0, 6))):
        cells = draw(st.lists(hostile_cell, max_size=11))
        quote = draw(st.booleans())
        if quote:
            cells = ['"' + c.replace('"', '""') + '"' for c in cells]
        lines.append(",".join(cells))
    return "".join(line + draw(row_end) for line in lines)


def check_result(result: ParseResult) -> None:
    """Either every row became a post that survives export and import unchanged, or errors."""
    assert isinstance(result, ParseResult)
    if result.errors:
        assert result.posts == []
        for error in result.errors:
            assert error.row >= 1
            assert "\n" not in error.reason and "\r" not in error.reason
            assert len(error.reason) < 400
        return
    for post in result.posts:
        assert post.problems() == []
    again = parse_csv(posts_to_csv(result.posts))
    assert again.errors == []
    key = lambda p: (p.date is None, p.date or dt.date.min, p.time or dt.time.min)  # noqa: E731
    assert again.posts == sorted(result.posts, key=key)


@FUZZ
@given(st.text(hostile_chars, max_size=400))
@example("date,time,weekday,platform,kind,status,text,link,notes\r,,,x,shared,idea,\x00,,\r")
@example('date,time,platform,kind,status,text,link,notes\n,,x,shared,idea,"open')
def test_random_text_as_planner_csv(text: str) -> None:
    check_result(parse_csv(text))


@FUZZ
@given(csvish())
def test_csv_shaped_text(text: str) -> None:
    check_result(parse_csv(text))
    try:
        check_result(read_import(text, date_order="dmy", platform="x", kind="shared"))
    except ImportFileError as exc:  # two date orders in one Hootsuite file
        assert "date order" in str(exc)


@FUZZ
@given(csvish(), st.sampled_from(["dmy", "mdy"]))
def test_csv_shaped_text_as_hootsuite(text: str, order: str) -> None:
    result = parse_hootsuite(text, date_order=order, platform="facebook", kind="original")  # type: ignore[arg-type]
    check_result(result)


@FUZZ
@given(st.binary(max_size=300) | csvish().map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_random_bytes(data: bytes) -> None:
    try:
        text = decode_csv_bytes(data)
    except ImportFileError as exc:
        assert 'save it as "CSV UTF-8"' in str(exc)
        return
    assert "\ufeff" not in text[:1]
    try:
        check_result(read_import(data))
    except NeedsChoice as exc:
        assert exc.choices
    except ImportFileError as exc:
        assert "date order" in str(exc)


@settings(max_examples=50, deadline=None)
@given(st.lists(valid_posts(), min_size=1, max_size=4), row_end.filter(bool))
def test_any_row_ending_reads_the_same(posts: list[Post], ending: str) -> None:
    """Re-save the file with other row endings; cells (quoted) keep their own line breaks."""
    text = posts_to_csv(posts)
    if ending != "\r\n":
        text = _swap_row_endings(text, ending)
    assert parse_csv(text).posts == parse_csv(posts_to_csv(posts)).posts


def _swap_row_endings(text: str, ending: str) -> str:
    """Replace only the CRLFs outside quotes (the row separators)."""
    out, quoted, i = [], False, 0
    while i < len(text):
        if text[i] == '"':
            quoted = not quoted
        if not quoted and text.startswith("\r\n", i):
            out.append(ending)
            i += 2
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


MEGABYTE = 1024 * 1024


def test_one_megabyte_notes_round_trip() -> None:
    big = ('Ünïcödé, "quoted", =formula?\r\n' * (MEGABYTE // 30))[:MEGABYTE]
    post = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Big notes", Status.IDEA, notes=big)
    result = parse_csv(posts_to_csv([post]))
    assert result.errors == []
    assert result.posts[0].notes == big


def test_one_megabyte_text_is_refused_with_a_short_reason() -> None:
    line = ",,,facebook,original,idea," + "x" * MEGABYTE + ",,\r\n"
    result = parse_csv(",".join(HEADER) + "\r\n" + line)
    assert [str(e) for e in result.errors] == [
        "row 2: the text has 1,048,576 characters; Facebook allows 63,206"
    ]
    hoot = parse_hootsuite("01/12/2026 09:00," + "y" * MEGABYTE, date_order="dmy",
                           platform="linkedin", kind="shared")  # fmt: skip
    assert [str(e) for e in hoot.errors] == [
        "row 1: the text has 1,048,576 characters; LinkedIn allows 3,000"
    ]


def test_one_megabyte_unclosed_quote() -> None:
    text = ",".join(HEADER) + "\r\n" + ',,,x,shared,idea,"' + "z\r\n" * (MEGABYTE // 3)
    result = parse_csv(text)
    assert [e.row for e in result.errors] == [2]
    assert "never closed" in result.errors[0].reason


def ten_thousand_posts() -> list[Post]:
    start = dt.date(2026, 1, 5)
    kinds = list(Kind)
    return [
        Post(Platform.X, kinds[i % 3], f"Post {i}, with \"quotes\"\nand a second line",
             Status.SCHEDULED, start + dt.timedelta(days=i // 40), dt.time(8 + i % 12, i % 60),
             link="https://example.org/" + str(i), notes="=not a formula" if i % 7 else "")
        for i in range(10_000)
    ]  # fmt: skip


def test_ten_thousand_rows_are_read_whole_and_in_order() -> None:
    posts = ten_thousand_posts()
    text = posts_to_csv(posts)
    result = read_import(text.encode("utf-8"))
    assert result.errors == []
    assert len(result.posts) == 10_000
    assert result.posts == sorted(posts, key=lambda p: (p.date, p.time))


def test_ten_thousand_rows_with_one_bad_row_keep_nothing() -> None:
    text = posts_to_csv(ten_thousand_posts())
    rows = text.split("\r\n")
    rows[5001] = rows[5001].replace(",x,", ",myspace,", 1)
    result = parse_csv("\r\n".join(rows))
    assert result.posts == []
    assert [e.row for e in result.errors] == [5002]  # header is row 1


def test_ten_thousand_hootsuite_rows_are_read_whole() -> None:
    lines = [f"{1 + i % 28:02d}/{1 + i % 12:02d}/2026 {i % 24:02d}:{i % 60:02d},Post {i}"
             for i in range(10_000)]  # fmt: skip
    text = "\r\n".join(lines) + "\r\n"
    result = read_import(text, platform="x", kind="shared")  # day 13+ proves day/month
    assert result.errors == []
    assert len(result.posts) == 10_000


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\u2028", "\ufeff", "\x0b"])
def test_control_characters_in_text(char: str) -> None:
    post = Post(Platform.X, Kind.SHARED, f"a{char}b", Status.IDEA)
    result = parse_csv(posts_to_csv([post]))
    if char == "\x00":
        assert [str(e) for e in result.errors] == [
            "row 2: the text holds a NUL character, which cannot be saved"
        ]
    else:
        assert result.posts == [post]


def test_a_runaway_file_is_refused_before_any_row_is_checked() -> None:
    bad_row = ",,,myspace,shared,idea,Hi,,\r\n"  # an error, were rows checked
    rows = ",,,x,shared,idea,Hi,,\r\n" * (MAX_ROWS + 5)
    unread = '"a quote never closed\r\n'  # an error, were the file read to its end
    text = ",".join(HEADER) + "\r\n" + bad_row + rows + unread
    result = read_import(text)
    # The header is row 1; the first post past the limit is row MAX_ROWS + 2.
    assert [str(e) for e in result.errors] == [
        "row 100002: the file has more than 100,000 rows to import, far more than any plan"
    ]
    assert parse_csv(text).errors[0].row == MAX_ROWS + 2


def test_a_header_of_a_hundred_thousand_cells_gets_a_short_message() -> None:
    header = "date,time,platform,kind,status,text,link,notes," + ",".join(
        f"extra\x00{i}" for i in range(100_000)
    )
    (error,) = parse_csv(header + "\r\n").errors
    assert error.reason.endswith(
        "(unknown 'extra\ufffd0', 'extra\ufffd1', 'extra\ufffd2' and 99997 more)"
    )
