"""The pure part of search: folding text, and turning what a person types into FTS5.

Search ignores case and accents and matches words by their beginning as you type:
"zahnarz" finds "Zahnärztin". The index is an SQLite FTS5 table with the tokenizer
``unicode61 remove_diacritics 2``; it may hold the text as written or ``fold(text)``.
"""

from __future__ import annotations

import unicodedata

# More words than this in one search box is a paste, not a search; the rest add nothing.
MAX_WORDS = 32


def fold(text: str) -> str:
    """Case and accents removed, for matching: ``Zahnärztin`` gives ``zahnarztin``."""
    return _without_marks(text.casefold())


def search_words(text: str) -> list[str]:
    """The words of ``text`` as the FTS5 unicode61 tokenizer splits them.

    Letters, digits, private-use characters and combining marks make words; everything
    else (spaces, punctuation, quotes, symbols) separates them.
    """
    words: list[str] = []
    current: list[str] = []
    for char in text:  # not normalised: the tokenizer reads the characters as they are
        category = unicodedata.category(char)
        if category[0] in "LNM" or category == "Co":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 MATCH expression for ``user_text``: every word, each as a prefix.

    ``zahnarz`` gives ``"zahnarz"*``; several words must all match, in any order. Quotes,
    ``AND``, ``NEAR(`` and other FTS5 syntax in the input are just words or separators,
    never operators. None when there is no word to look for.
    """
    terms: list[str] = []
    for word in search_words(user_text)[:MAX_WORDS]:
        # The tokenizer folds a query word just as it folded the indexed text, so the word
        # as typed matches an index of raw text, and fold(word) one of fold(text).
        spellings = dict.fromkeys((fold(word), word))
        quoted = ['"' + s.replace('"', '""') + '"*' for s in spellings if s]
        if quoted:
            terms.append(quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})")
    # Explicit AND: FTS5 joins bare phrases by itself, but not a phrase and a bracket.
    return " AND ".join(terms) if terms else None


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)
