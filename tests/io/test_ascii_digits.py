"""Importers read ASCII digits only: full-width or Arabic-Indic digits are not a date."""

from __future__ import annotations

import pytest

from planner.io.engagement.cells import parse_count, parse_moment
from planner.io.hootsuite import looks_like_datetime, parse_datetime


@pytest.mark.parametrize("cell", ["０１/１２/２０２６ ０９:００", "01/12/2026 ٠٩:00"])
def test_a_hootsuite_date_needs_ascii_digits(cell: str) -> None:
    assert not looks_like_datetime(cell)
    with pytest.raises(ValueError, match="is not a date and time"):
        parse_datetime(cell, "dmy")


FULL_WIDTH_MOMENTS = ["２０２６-１１-２７ ０９:００", "11/27/２０２６", "Jul １４, 2026"]


@pytest.mark.parametrize("cell", FULL_WIDTH_MOMENTS)
def test_an_engagement_moment_needs_ascii_digits(cell: str) -> None:
    with pytest.raises(ValueError):
        parse_moment(cell)


@pytest.mark.parametrize("cell", ["１２３", "1,２34", "²"])
def test_an_engagement_count_needs_ascii_digits(cell: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_count(cell)
