"""The median the insights use is exactly ``statistics.median``, sorted on floats for speed."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.insights import exact_median

rates = st.fractions(min_value=0, max_value=50, max_denominator=10**6)


@given(st.lists(rates, min_size=1, max_size=60))
def test_it_is_statistics_median_exactly(values: list[Fraction]) -> None:
    assert exact_median(values) == statistics.median(values)


def test_values_a_float_cannot_tell_apart_are_still_ordered_exactly() -> None:
    one = 10**18
    # Each rounds to the float 1.0; only their exact order gives the right middle.
    tied = [Fraction(one + k, one) for k in (5, 1, 4, 2, 3)]
    assert len({float(value) for value in tied}) == 1
    assert exact_median(tied) == Fraction(one + 3, one)
    assert exact_median([*tied, Fraction(0)]) == Fraction(2 * one + 5, 2 * one)
    shuffled = tied * 3 + [Fraction(1, 3)] * 4
    random.Random(7).shuffle(shuffled)
    assert exact_median(shuffled) == statistics.median(shuffled)


def test_an_empty_list_has_no_median() -> None:
    with pytest.raises(statistics.StatisticsError):
        exact_median([])
