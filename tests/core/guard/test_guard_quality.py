"""The guard's quality bar on the labelled sets: recall and false alarms.

The main set was written before the guard; the hold-out set after its word lists; the
blind set by someone who had not read the lists or the code. The figures printed by
bench/guard_quality.py come from the same scoring.
"""

from __future__ import annotations

import pytest
from labelled_blind import BLIND
from labelled_holdout import HOLDOUT
from labelled_lookalikes import LOOKALIKES
from labelled_posts import SEVERITY, labelled_set
from labelled_scoring import Quality, measure

from planner.core.guard import CATEGORIES


@pytest.fixture(scope="module")
def main_set() -> Quality:
    return measure(labelled_set())


@pytest.fixture(scope="module")
def both_sets() -> Quality:
    return measure([*labelled_set(), *HOLDOUT])


def test_the_labelled_set_is_large_varied_and_a_third_clean() -> None:
    items = labelled_set()
    assert len(items) >= 150
    assert sum(item.clean for item in items) * 3 >= len(items)
    assert len({item.text for item in items}) == len(items)
    labelled = {c for item in items for c in item.categories}
    assert labelled == set(CATEGORIES)
    assert {item.practice for item in items} == {"dental", "gp", "physio"}


def test_every_category_reaches_its_recall_on_the_main_set(main_set: Quality) -> None:
    goal = {"stop": 0.95, "caution": 0.85}
    below = {
        category: f"{tally.recall:.0%} missed {tally.misses}"
        for category, tally in main_set.by_category.items()
        if tally.recall < goal[SEVERITY[category]]
    }
    assert below == {}


def test_stop_and_caution_recall_hold_on_both_sets_together(both_sets: Quality) -> None:
    assert both_sets.recall("stop") >= 0.95
    assert both_sets.recall("caution") >= 0.85


@pytest.mark.parametrize("which", ["main", "both"])
def test_at_most_one_clean_item_in_twenty_is_flagged(
    which: str, main_set: Quality, both_sets: Quality
) -> None:
    quality = main_set if which == "main" else both_sets
    assert quality.clean_flagged_rate <= 0.05, quality.clean_flagged


def test_the_blind_set_is_large_varied_and_half_clean() -> None:
    assert len(BLIND) >= 120
    assert sum(item.clean for item in BLIND) * 2 >= len(BLIND)
    assert len({item.text for item in BLIND}) == len(BLIND)
    assert {c for item in BLIND for c in item.categories} == set(CATEGORIES)
    assert {item.practice for item in BLIND} == {"dental", "gp", "physio", "optom"}


def test_the_blind_set_holds_its_measured_figures() -> None:
    # Floors at the figures measured after the fixes it prompted (bench/guard_quality.py).
    # Stop recall stays under its goal: patients named off the do-not-mention list are
    # beyond the guard. Caution recall passes it since a named person's own treatment
    # ("Zoe Hartley's new veneers", "Tomasz ... after his root canal") reads as a story.
    blind = measure(BLIND)
    assert blind.recall("stop") >= 0.93
    assert blind.recall("caution") >= 0.93
    assert blind.clean_flagged_rate <= 0.05, blind.clean_flagged
    assert blind.by_category["patient-story"].caught >= 22


def test_the_look_alikes_stay_clean() -> None:
    # Stories' shapes about the team, pets, public figures, products and advice.
    assert len(LOOKALIKES) == 40
    assert len({item.text for item in LOOKALIKES}) == len(LOOKALIKES)
    assert all(item.clean for item in LOOKALIKES)
    assert measure(LOOKALIKES).clean_flagged == []
