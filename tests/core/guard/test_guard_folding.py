"""Folding keeps the way back: every folded span maps to the original characters."""

from __future__ import annotations

from planner.core.guard.folding import fold, fold_with_map, tokenise


def original_of(text: str, needle: str) -> str:
    folded = fold_with_map(text)
    start = folded.folded.index(needle)
    o_start, o_end = folded.span(start, start + len(needle))
    return text[o_start:o_end]


def test_plain_ascii_is_lower_cased_in_place() -> None:
    folded = fold_with_map("Call ZOE")
    assert folded.folded == "call zoe"
    assert folded.span(5, 8) == (5, 8)


def test_accents_case_and_curly_apostrophes_fold_and_map_back() -> None:
    assert fold("Zoë O’Brien – Ærø") == "zoe o'brien - ærø"
    assert original_of("Dear Zoë Hartley", "zoe hartley") == "Zoë Hartley"
    assert original_of("Kevin O’Brien’s plan", "o'brien") == "O’Brien"


def test_a_combining_accent_stays_with_its_letter() -> None:
    text = "Zoe\u0301 came"
    assert fold_with_map(text).folded == "zoe came"
    assert original_of(text, "zoe") == "Zoe\u0301"


def test_characters_that_fold_longer_map_to_the_whole_original_character() -> None:
    text = "Straße 5, Größe"
    folded = fold_with_map(text)
    assert folded.folded == "strasse 5, grosse"
    assert original_of(text, "strasse") == "Straße"
    assert original_of(text, "ss") == "ß"


def test_a_longer_fold_and_a_dropped_accent_side_by_side_still_map_each_character() -> None:
    # "ß" grows by one and the lone accent shrinks by one: the lengths even out, but
    # every character between them moves.
    text = "Straße und Zoe\u0301"
    folded = fold_with_map(text)
    assert folded.folded == "strasse und zoe"
    assert len(folded.folded) == len(text)
    assert original_of(text, "und") == "und"
    assert original_of(text, "zoe") == "Zoe\u0301"


def test_tokens_keep_inner_apostrophes_hashtags_and_percent() -> None:
    tokens = tokenise("you won't #nhs2026 100% safe")
    assert tokens.words == ["you", "won't", "#nhs2026", "100%", "safe"]
