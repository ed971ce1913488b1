"""Properties of the CSV format: the escaping is a bijection and export then import is exact."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import given, settings
from hypothesis import strategies as st
from io_strategies import any_text, valid_posts

from planner.core.domain import Post
from planner.io.csv_format import FORMULA_STARTS, neutralise, parse_csv, posts_to_csv, restore


@given(any_text(60))
def test_restore_undoes_neutralise(cell: str) -> None:
    assert restore(neutralise(cell)) == cell


@given(any_text(20), any_text(20))
def test_neutralise_is_one_to_one(a: str, b: str) -> None:
    if a != b:
        assert neutralise(a) != neutralise(b)


@given(any_text(60))
def test_no_written_cell_starts_a_formula(cell: str) -> None:
    assert neutralise(cell)[:1] not in FORMULA_STARTS


def export_order(posts: list[Post]) -> list[Post]:
    """What import gives back: ids dropped, by date and time, ideas last in input order."""
    key = lambda p: (p.date is None, p.date or dt.date.min, p.time or dt.time.min)  # noqa: E731
    return [p.with_changes(id=None) for p in sorted(posts, key=key)]


@settings(max_examples=200, deadline=None)
@given(st.lists(valid_posts(), max_size=6, unique_by=lambda p: p.uid or id(p)))
def test_export_then_import_is_the_identity(posts: list[Post]) -> None:
    text = posts_to_csv(posts)
    assert text.startswith("\ufeffdate,time,weekday,platform,kind,status,text,link,notes,uid\r\n")
    assert text.endswith("\r\n")
    for record in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")):
        assert len(record) == 10
        assert all(cell[:1] not in FORMULA_STARTS for cell in record)
    result = parse_csv(text)
    assert result.errors == []
    assert result.posts == export_order(posts)
