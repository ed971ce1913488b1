"""The word list format, the shipped lists, and the practice's edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.guard import (
    LIST_NAMES,
    GuardContext,
    edited_lists,
    load_word_lists,
    read_word_lists,
)
from planner.core.guard.folding import fold_with_map
from planner.core.guard.phrases import PhraseIndex
from planner.core.guard.scan import prepare
from planner.core.guard.wordlists import WordLists, parse_entry, parse_list
from planner.paths import resource_path


def test_a_line_holds_a_phrase_a_severity_and_a_note() -> None:
    entry = parse_entry("Vote Labour | caution | party politics")
    assert entry is not None
    assert (entry.phrase, entry.words, entry.severity, entry.note) == (
        "Vote Labour",
        ("vote", "labour"),
        "caution",
        "party politics",
    )
    bare = parse_entry("  Painless  ")
    assert bare is not None and (bare.words, bare.severity, bare.note) == (("painless",), None, "")


def test_comments_and_blanks_are_skipped_but_a_hashtag_phrase_is_not() -> None:
    assert parse_entry("# a comment") is None
    assert parse_entry("#") is None
    assert parse_entry("   ") is None
    number_one = parse_entry("#1 | caution")
    assert number_one is not None and number_one.words == ("#1",)


def test_a_list_keeps_each_phrase_once_in_file_order() -> None:
    entries = parse_list("# header\nbook now\nBOOK NOW | caution\nvoucher*\n")
    assert [e.words for e in entries] == [("book", "now"), ("voucher*",)]


def index_of(*phrases: str) -> PhraseIndex:
    return PhraseIndex(WordLists({"test": parse_list("\n".join(phrases))}), ("test",))


def hits(index: PhraseIndex, text: str) -> list[str]:
    folded = fold_with_map(text)
    scan = prepare(text, GuardContext(), load_word_lists())
    return [folded.folded[h.start : h.end] for h in index.find(scan)]


def test_stars_gaps_hyphens_and_possessives_match_as_documented() -> None:
    index = index_of("voucher*", "your ... visit", "pain-free", "patient")
    assert hits(index, "Gift vouchers!") == ["vouchers"]
    assert hits(index, "your visit, your last visit, your very last visit") == [
        "your visit",
        "your last visit",
        "your very last visit",
    ]
    assert hits(index, "your long and tiring visit") == []  # more than two words between
    assert hits(index, "your last. visit") == []  # not across a sentence
    assert hits(index, "pain free, pain-free, pain – free") == [
        "pain free",
        "pain-free",
        "pain - free",
    ]
    assert hits(index, "the patient's chair, patients") == ["patient's"]


def test_every_shipped_list_is_there_and_every_line_parses() -> None:
    folder = resource_path("guard")
    for name in LIST_NAMES:
        path = folder / f"{name}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# "), f"{name} starts with a header comment"
        entries = [line for line in lines if line.strip() and not line.startswith("# ")]
        assert entries, f"{name} has entries"
        for line in entries:
            assert parse_entry(line) is not None, f"{name}: {line!r}"
            severity = line.split("|")[1].strip() if line.count("|") >= 1 else ""
            assert severity in ("", "stop", "caution"), f"{name}: {line!r}"


def test_the_shipped_lists_load_once() -> None:
    lists = load_word_lists()
    assert lists is load_word_lists()
    assert set(lists.lists) == set(LIST_NAMES)
    assert all(lists.entries(name) for name in LIST_NAMES)


def test_lists_are_read_from_any_folder_and_a_missing_file_is_an_empty_list(
    tmp_path: Path,
) -> None:
    (tmp_path / "claims.txt").write_text("# claims\nmiracle\n", encoding="utf-8")
    lists = read_word_lists(tmp_path)
    assert [e.words for e in lists.entries("claims")] == [("miracle",)]
    assert lists.entries("profanity") == ()


@pytest.mark.parametrize("phrase", ["Painless", "painless", "PAINLESS | caution"])
def test_removing_a_phrase_ignores_its_case_and_columns(phrase: str) -> None:
    base = load_word_lists()
    edited = edited_lists(base, removed=[("claims", phrase)])
    assert all(e.key != "painless" for e in edited.entries("claims"))
    assert any(e.key == "painless" for e in base.entries("claims"))


def test_adding_a_phrase_twice_keeps_one() -> None:
    edited = edited_lists(
        load_word_lists(), extra=[("selling", "Flash sale"), ("selling", "flash SALE")]
    )
    assert sum(e.key == "flash sale" for e in edited.entries("selling")) == 1


def test_a_phrase_starting_with_a_bang_is_an_exception() -> None:
    entry = parse_entry("!no cure | | facts, not promises")
    assert entry is not None
    assert (entry.words, entry.exception, entry.key) == (("no", "cure"), True, "!no cure")
    plain = parse_entry("no cure")
    assert plain is not None and not plain.exception and plain.key != entry.key
