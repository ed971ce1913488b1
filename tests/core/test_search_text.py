"""Search text against a real SQLite FTS5 table: accents and case ignored, prefixes, no syntax."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.search_text import MAX_WORDS, fold, fts_query, search_words

TEXTS = [
    "Unsere neue Zahnärztin stellt sich vor",
    "Flu-jab clinic this Saturday",
    "Straße closed: park behind the surgery",
    "Café open day, ﬁsh and chips",
    "Smile month: brush twice a day",
    'He said "AND" then NEAR(the door)',
]


def make_table(connection: sqlite3.Connection, name: str, texts: list[str]) -> None:
    connection.execute(
        f'CREATE VIRTUAL TABLE {name} USING fts5(body, tokenize="unicode61 remove_diacritics 2")'
    )
    connection.executemany(f"INSERT INTO {name}(body) VALUES (?)", [(t,) for t in texts])


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    """One table of the texts as written (raw) and one of fold(text) (folded)."""
    connection = sqlite3.connect(":memory:")
    make_table(connection, "raw", TEXTS)
    make_table(connection, "folded", [fold(t) for t in TEXTS])
    yield connection
    connection.close()


def found(db: sqlite3.Connection, typed: str, table: str = "raw") -> list[int]:
    query = fts_query(typed)
    assert query is not None
    rows = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid", (query,))
    return [row[0] - 1 for row in rows]


def test_fold_drops_case_and_accents() -> None:
    assert fold("Zahnärztin") == "zahnarztin"
    assert fold("CAFÉ Crème") == "cafe creme"
    assert fold("Straße") == "strasse"


def test_each_word_becomes_a_quoted_prefix() -> None:
    assert fts_query("zahnarz") == '"zahnarz"*'
    assert fts_query("flu jab") == '"flu"* AND "jab"*'
    assert fts_query("Straße 1") == '("strasse"* OR "Straße"*) AND "1"*'
    assert fts_query("") is None
    assert fts_query("  - : ^ * ( ) \" '  ") is None


@pytest.mark.parametrize("table", ["raw", "folded"])
@pytest.mark.parametrize(
    ("typed", "rows"),
    [
        ("zahnarztin", [0]),
        ("zahnarz", [0]),
        ("Zahnärz", [0]),
        ("Zahna\u0308rz", [0]),  # the accent typed as a separate combining mark
        ("ZAHNÄRZTIN", [0]),
        ("flu", [1]),
        ("Flu-jab", [1]),
        ("jab flu", [1]),  # every word, in any order
        ("flu sat", [1]),
        ("flu park", []),
        ("straße", [2]),
        ("cafe", [3]),
        ("day", [3, 4]),
        ("and", [3, 5]),  # "and" is a word here, never the AND operator
    ],
)
def test_words_are_found_by_their_beginning_whatever_the_case_and_accents(
    db: sqlite3.Connection, table: str, typed: str, rows: list[int]
) -> None:
    assert found(db, typed, table) == rows


def test_spelled_out_letters_need_the_folded_index(db: sqlite3.Connection) -> None:
    # The tokenizer keeps "ß" and "ﬁ" as they are; fold() spells them "ss" and "fi".
    # An index of fold(text) finds them either way, one of raw text only as written.
    assert found(db, "strasse", "folded") == found(db, "straße", "folded") == [2]
    assert found(db, "fish", "folded") == [3]
    assert found(db, "strasse", "raw") == found(db, "fish", "raw") == []


@pytest.mark.parametrize(
    "typed",
    [
        'said "AND',
        "NEAR(the door",
        "near(",
        "AND",
        "OR NOT",
        "body: door",
        "-door",
        "^said",
        "door*",
        "'door'",
        'say "" door',
        "d\x00oor",
        "{body} : door",
    ],
)
def test_fts_syntax_in_what_is_typed_never_raises(db: sqlite3.Connection, typed: str) -> None:
    for table in ("raw", "folded"):
        found(db, typed, table)  # raises sqlite3.OperationalError if the syntax leaked
    assert found(db, "NEAR(the door") == [5]


@settings(max_examples=300, deadline=None)
@given(typed=st.text(max_size=60))
def test_any_text_gives_none_or_a_query_sqlite_accepts(typed: str) -> None:
    connection = sqlite3.connect(":memory:")
    make_table(connection, "raw", TEXTS)
    query = fts_query(typed)
    if query is None:
        assert not [w for w in search_words(typed) if w.lower() or fold(w)]
        return
    connection.execute("SELECT rowid FROM raw WHERE raw MATCH ?", (query,)).fetchall()


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        # Latin, Greek and Cyrillic: the tokenizer knows Unicode 6.1, not later letters.
        st.text(
            st.characters(categories=["L", "Nd"], max_codepoint=0x04FF), min_size=1, max_size=10
        ),
        min_size=1,
        max_size=5,
    ),
    cut=st.integers(1, 10),
)
def test_the_start_of_any_word_finds_the_text_it_is_in(words: list[str], cut: int) -> None:
    text = " ".join(words)
    connection = sqlite3.connect(":memory:")
    make_table(connection, "raw", [text])
    make_table(connection, "folded", [fold(text)])
    typed = search_words(text)[-1][:cut]
    query = fts_query(typed)
    assert query is not None
    for table in ("raw", "folded"):
        rows = connection.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,))
        assert rows.fetchall() == [(1,)]


def test_words_split_like_the_tokenizer() -> None:
    assert search_words("Flu-jab, 2027! under_score emoji😀word") == [
        "Flu",
        "jab",
        "2027",
        "under",
        "score",
        "emoji",
        "word",
    ]
    # A decomposed accent (as some keyboards type it) stays inside its word.
    assert search_words("Zahna\u0308rztin ok") == ["Zahna\u0308rztin", "ok"]


def test_a_pasted_essay_is_cut_to_the_first_words() -> None:
    query = fts_query(" ".join(f"w{i}" for i in range(100)))
    assert query is not None
    assert query.count("*") == MAX_WORDS
