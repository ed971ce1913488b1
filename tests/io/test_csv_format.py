"""The app's own CSV, cell by cell and error by error."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from planner.core.domain import Kind, Platform, Post, Status
from planner.io.atomic import ExportError
from planner.io.csv_format import (
    HEADER,
    neutralise,
    parse_csv,
    posts_to_csv,
    restore,
    write_csv,
)
from planner.io.records import ImportFileError, decode_csv_bytes

HEAD = ",".join(HEADER) + "\r\n"
UID = "0b7c3e52-8f4a-4b1e-9d2c-5a6f7e8d9c01"


def post(text: str = "Flossing tips", **changes: object) -> Post:
    base = Post(
        platform=Platform.FACEBOOK,
        kind=Kind.ORIGINAL,
        text=text,
        status=Status.SCHEDULED,
        date=dt.date(2026, 12, 1),
        time=dt.time(9, 0),
    )
    return base.with_changes(**changes)


def idea(text: str = "Idea", **changes: object) -> Post:
    return post(text, status=Status.IDEA, date=None, time=None, **changes)


def raw_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_exact_file_layout() -> None:
    posts = [
        post("Smile!", link="https://example.org", notes="check photo", id=7, uid=UID),
        idea("Café week ☕", platform=Platform.X, kind=Kind.SHARED),
    ]
    assert posts_to_csv(posts) == (
        "\ufeffdate,time,weekday,platform,kind,status,text,link,notes,uid\r\n"
        "2026-12-01,09:00,Tuesday,facebook,original,scheduled,Smile!,https://example.org,"
        f"check photo,{UID}\r\n"
        ",,,x,shared,idea,Café week ☕,,,\r\n"
    )


def test_file_bytes_start_with_utf8_bom(tmp_path: Path) -> None:
    target = tmp_path / "week.csv"
    write_csv([post("Día de la sonrisa")], target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdate,time,")
    assert "Día".encode() in data
    assert parse_csv(decode_csv_bytes(data)).posts == [post("Día de la sonrisa")]


def test_write_csv_reports_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder does not exist"):
        write_csv([post()], tmp_path / "gone" / "week.csv")


def test_posts_by_date_and_time_with_ideas_last_in_their_order() -> None:
    late = post("late", date=dt.date(2026, 12, 2), time=dt.time(8, 0))
    early = post("early", time=dt.time(7, 30))
    noon = post("noon", time=dt.time(12, 0))
    ideas = [idea("first idea"), idea("second idea")]
    text = posts_to_csv([ideas[0], late, noon, ideas[1], early])
    assert [row[6] for row in raw_rows(text)[1:]] == [
        "early",
        "noon",
        "late",
        "first idea",
        "second idea",
    ]


def test_weekday_is_english_whatever_the_date() -> None:
    days = [post(date=dt.date(2026, 11, 30) + dt.timedelta(days=i)) for i in range(7)]
    names = [row[2] for row in raw_rows(posts_to_csv(days))[1:]]
    assert names == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-5% on whitening", "'-5% on whitening"),
        ("@dentist", "'@dentist"),
        ("\tindented", "'\tindented"),
        ("\rcarriage", "'\rcarriage"),
        ("'=already quoted", "''=already quoted"),
        ("''", "'''"),
        ("'tis the season", "'tis the season"),
        ("'", "'"),
        ("", ""),
        ("a=b", "a=b"),
        (" =spaced", " =spaced"),
    ],
)
def test_neutralise_and_restore(cell: str, written: str) -> None:
    assert neutralise(cell) == written
    assert restore(written) == cell


def test_formula_cells_are_neutralised_in_the_file_and_restored() -> None:
    dangerous = post(
        "=1+1", link="@SUM(A1)", notes="-2+3", platform=Platform.X, kind=Kind.PROMOTIONAL
    )
    text = posts_to_csv([dangerous])
    row = raw_rows(text)[1]
    assert row[6:] == ["'=1+1", "'@SUM(A1)", "'-2+3", ""]
    assert all(cell[:1] not in "=+-@\t\r" for cell in row if cell)
    assert parse_csv(text).posts == [dangerous]


def test_round_trip_of_awkward_text() -> None:
    posts = [
        post('Commas, "quotes", and ""doubled""'),
        post("Line one\nline two\r\nline three\rline four\n", time=dt.time(9, 15)),
        post("Crème brûlée, Zähne, 歯, ❤️‍🔥 😁", time=dt.time(9, 30)),
        post("\r\nstarts with a break", time=dt.time(9, 45)),
        post("ends with CR\r", time=dt.time(10, 0)),
        post("  spaces kept  ", notes="  and here\t", time=dt.time(10, 15)),
        idea("+ plus idea", notes="=cmd|' /C calc'!A0"),
    ]
    result = parse_csv(posts_to_csv(posts))
    assert result.errors == []
    assert result.layout == "planner"
    assert result.posts == posts


def test_twitter_is_read_as_x_and_written_as_x() -> None:
    text = HEAD + "2026-12-01,09:00,Tuesday,Twitter,shared,scheduled,Hi,,\r\n"
    result = parse_csv(text)
    assert result.errors == []
    assert result.posts[0].platform is Platform.X
    assert raw_rows(posts_to_csv(result.posts))[1][3] == "x"


def test_lenient_where_spreadsheets_differ() -> None:
    text = (
        "Date, Time ,Platform,KIND,Status,Text,Link,Notes,,\n"  # other order, case, no weekday
        "2026-12-01,9:05,LinkedIn,Original,Draft,Hello,,,,\n"  # H:MM as Excel re-saves it
        ",,,,,,,,,\n"  # an empty row Excel leaves behind
        ",,instagram,shared,,An idea,,\n"  # short row, empty status on an undated row
        "2026-12-02,10:00,facebook,shared,,Dated,,\n"  # empty status on a dated row
    )
    result = parse_csv(text)
    assert result.errors == []
    assert result.posts == [
        Post(Platform.LINKEDIN, Kind.ORIGINAL, "Hello", Status.DRAFT, dt.date(2026, 12, 1),
             dt.time(9, 5)),
        Post(Platform.INSTAGRAM, Kind.SHARED, "An idea", Status.IDEA),
        Post(Platform.FACEBOOK, Kind.SHARED, "Dated", Status.DRAFT, dt.date(2026, 12, 2),
             dt.time(10, 0)),
    ]  # fmt: skip


def test_weekday_is_ignored_on_import() -> None:
    text = HEAD + "2026-12-01,09:00,Friday,x,shared,scheduled,Hi,,\r\n"
    assert parse_csv(text).posts[0].date == dt.date(2026, 12, 1)


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_any_row_ending(ending: str) -> None:
    lines = [",".join(HEADER), "2026-12-01,09:00,,x,shared,scheduled,Hi,,", ",,,x,shared,idea,Yo,,"]
    result = parse_csv(ending.join(lines) + ending)
    assert result.errors == []
    assert [p.text for p in result.posts] == ["Hi", "Yo"]


def test_bad_rows_are_named_by_spreadsheet_row_and_nothing_is_kept() -> None:
    text = (
        HEAD
        + '2026-12-01,09:00,,x,shared,scheduled,"two\nlines",,\r\n'  # row 2, spans 2 lines
        + "\r\n"  # row 3, blank
        + "2026-12-01,09:00,,myspace,shared,scheduled,Hi,,\r\n"  # row 4
        + "2026-02-30,25:00,,x,shared,scheduled,Hi,,\r\n"  # row 5
        + "2026-12-01,09:00,,facebook,original,scheduled,   ,,\r\n"  # row 6
        + "2026-12-01,09:00,,x,shared,scheduled,"
        + "y" * 281
        + ",,\r\n"  # row 7
        + "2026-12-01,09:00,,x,shared,idea,Dated idea,,\r\n"  # row 8
        + ",,,x,shared,draft,Undated draft,,\r\n"  # row 9
        + ",,,x,,idea,No kind,,\r\n"  # row 10
        + ",,,x,shared,idea,Hi,,,,surplus\r\n"  # row 11
    )
    result = parse_csv(text)
    assert result.posts == []
    assert not result.ok
    messages = [str(e) for e in result.errors]
    assert messages == [
        "row 4: unknown platform 'myspace'; use one of facebook, x, linkedin, instagram",
        "row 5: '2026-02-30' is not a date; write it as YYYY-MM-DD. "
        "'25:00' is not a time; write it as HH:MM (24-hour)",
        "row 6: the text is empty",
        "row 7: the text has 281 characters; X allows 280",
        "row 8: an idea has no date or time; pick another status to schedule it",
        "row 9: a draft post needs a date. A draft post needs a time",
        "row 10: the kind is empty; use one of original, shared, promotional",
        "row 11: the row has 11 cells but the header has 10; a cell holding a comma must be "
        "in quotes",
    ]
    states = {r.row: r.error is None for r in result.rows}
    assert states[2] is True and states[4] is False
    assert [r.row for r in result.rows] == [2, 4, 5, 6, 7, 8, 9, 10, 11]  # blank row 3 skipped


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Date,Message,Link\r\n", "but it is 'Date,Message,Link'"),
        ("date,time,weekday,network,kind,status,text\r\n", "(missing platform, link, notes;"),
        ("date,time,platform,kind,status,text,link,notes,colour\r\n", "unknown 'colour'"),
        ("date,time,date,platform,kind,status,text,link,notes\r\n", "repeated date"),
    ],
)
def test_header_problems_give_one_error(text: str, reason: str) -> None:
    result = parse_csv(text + "2026-12-01,09:00,x,shared,scheduled,Hi,,\r\n")
    assert len(result.errors) == 1
    assert result.errors[0].row == 1
    assert reason in result.errors[0].reason
    assert result.errors[0].reason.startswith(
        "the first row must be the header date,time,weekday,platform,kind,status,text,link,notes"
    )
    assert result.posts == []


@pytest.mark.parametrize("text", ["", "\ufeff", "\r\n\r\n", ",,,\n"])
def test_empty_file(text: str) -> None:
    assert [str(e) for e in parse_csv(text).errors] == [
        "row 1: the file is empty; the first row must be the header "
        "date,time,weekday,platform,kind,status,text,link,notes,uid"
    ]


def test_an_exported_empty_week_reads_back_as_no_posts_and_no_errors() -> None:
    from planner.io.imports import read_import

    exported = posts_to_csv([])
    assert exported == "\ufeff" + HEAD
    for text in (exported, exported + "\r\n\r\n"):
        result = read_import(text)
        assert (result.posts, result.errors, result.layout) == ([], [], "planner")
        assert result.ok


def test_unclosed_quote_is_named() -> None:
    text = HEAD + ",,,x,shared,idea,Fine,,\r\n" + ',,,x,shared,idea,"Never closed,,\r\n'
    text += ",,,x,shared,idea,Swallowed,,\r\n"
    result = parse_csv(text)
    assert [str(e) for e in result.errors] == [
        'row 3: a quote (") opens a cell that is never closed, so the rest of the file is lost'
    ]
    assert result.posts == []


def test_text_after_closing_quote_is_named() -> None:
    result = parse_csv(HEAD + ',,,x,shared,idea,"quoted" then more,,\r\n')
    assert result.errors[0].row == 2
    assert "more text after its closing quote" in result.errors[0].reason


def test_long_bad_value_gives_a_short_message() -> None:
    result = parse_csv(HEAD + ",,,x" + "z" * 100_000 + ",shared,idea,Hi,,\r\n")
    assert len(result.errors[0].reason) < 120
    assert "unknown platform 'xzzz" in result.errors[0].reason


def test_lone_surrogates_and_nul_are_rejected() -> None:
    result = parse_csv(HEAD + ",,,x,shared,idea,bad \udc80 text,,\r\n,,,x,shared,idea,a\x00b,,\r\n")
    assert [str(e) for e in result.errors] == [
        "row 2: the row holds characters that are not valid text",
        "row 3: the text holds a NUL character, which cannot be saved",
    ]


def test_decode_strips_bom_and_keeps_everything_else() -> None:
    assert decode_csv_bytes("\ufeffdate,é\r\n\rx".encode()) == "date,é\r\n\rx"
    assert decode_csv_bytes(b"plain") == "plain"


@pytest.mark.parametrize(
    ("data", "start"),
    [
        ("date,caf\xe9".encode("cp1252"), "The file is not UTF-8 text (byte 0xE9 at position 8)"),
        ("date,text".encode("utf-32"), "The file is UTF-32 text"),
        (b"\xff\xfed\x00\x00\xd8", "The file says it is UTF-16 text but is not"),
        ("date,time,weekday".encode("utf-16-le"), "The file looks like UTF-16 text without"),
        (b"PK\x03\x04\x14\x00\x06\x00", "The file is a spreadsheet workbook"),
    ],
)
def test_decode_rejects_what_is_not_utf8(data: bytes, start: str) -> None:
    with pytest.raises(ImportFileError) as info:
        decode_csv_bytes(data)
    message = str(info.value)
    assert message.startswith(start)
    assert message.endswith('save it as "CSV UTF-8" and import it again.')
