"""The practice's own edits to the guard: names and word lists, checked before they are kept."""

from __future__ import annotations

from planner.core.guard import read_word_lists
from planner.core.guard_setup import (
    ListEntry,
    WordEdit,
    list_entries,
    name_problem,
    phrase_problem,
    tidy_name,
    with_phrase,
    without_phrase,
)
from planner.paths import resource_path

SHIPPED = read_word_lists(resource_path("guard"))


def test_a_name_is_checked_before_it_is_kept() -> None:
    assert name_problem("Zoë Hartley") is None
    assert name_problem("   ") == "The name is empty; type the person's name."
    assert name_problem("zoe  HARTLEY", ["Zoë Hartley"]) == (
        "zoe HARTLEY is already on the do-not-mention list."
    )
    assert name_problem("Tab\there") is not None
    assert name_problem("---") == "'---' has no letters, so it cannot match a name."
    assert name_problem("x" * 201) is not None
    assert tidy_name("  Zoë   Hartley ") == "Zoë Hartley"


def test_a_phrase_is_checked_before_it_is_added() -> None:
    assert phrase_problem("selling", "flash sale") is None
    assert phrase_problem("gossip", "x") == "There is no word list 'gossip'."
    assert phrase_problem("selling", "  ") == "The word or phrase is empty."
    assert phrase_problem("selling", "sale | stop") is not None
    assert phrase_problem("selling", "!sale") is not None
    assert phrase_problem("selling", "?!") == "'?!' has no letters or digits to match."


def test_adding_and_removing_shipped_and_own_phrases() -> None:
    assert "cure" in [e.phrase for e in list_entries(SHIPPED, (), "claims")]
    # A shipped phrase taken out is marked, and adding it back only drops the mark.
    edits = without_phrase(SHIPPED, (), "claims", "Cure")
    assert edits == (WordEdit("claims", "Cure", False),)
    cure = next(e for e in list_entries(SHIPPED, edits, "claims") if e.phrase == "cure")
    assert cure == ListEntry("cure", shipped=True, removed=True)
    assert with_phrase(SHIPPED, edits, "claims", "cure") == ()
    # The practice's own phrase is added once, however it is spelt, and removed outright.
    edits = with_phrase(SHIPPED, (), "selling", "Flash  Sale")
    assert edits == (WordEdit("selling", "Flash Sale", True),)
    assert with_phrase(SHIPPED, edits, "selling", "flash sale") == edits
    assert list_entries(SHIPPED, edits, "selling")[-1] == ListEntry("Flash Sale", False)
    assert without_phrase(SHIPPED, edits, "selling", "FLASH SALE") == ()
    # A phrase the list already ships is not added again.
    assert with_phrase(SHIPPED, (), "selling", "Book now") == ()
    # Taking out what is not in the list changes nothing.
    assert without_phrase(SHIPPED, (), "selling", "not a phrase here") == ()


def test_exceptions_are_not_shown_as_phrases() -> None:
    shown = {e.phrase for e in list_entries(SHIPPED, (), "claims")}
    assert not any(p.startswith("!") for p in shown)
    exceptions = [e for e in SHIPPED.entries("claims") if e.exception]
    assert all(e.phrase not in shown or not e.exception for e in exceptions)
