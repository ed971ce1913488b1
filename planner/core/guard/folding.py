"""Folding text for matching, with the way back to the original characters.

The guard matches words on a folded copy of the text: case folded, accents removed, curly
apostrophes and dashes made plain. Folding can change the length ("ß" becomes "ss", a
combining accent disappears), so the folded copy keeps, for each of its characters, where
in the original it came from. Every finding is cut from the original through that map.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate

# Punctuation people type in many shapes; one shape each keeps the word lists short.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")

_TOKEN = re.compile(r"#?\w+(?:'\w+)*%?")
_TOKEN_SPLIT = re.compile(rf"({_TOKEN.pattern})")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character folded: case, accents and compatibility forms removed. May be empty."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.translate(_PLAIN)


def _fold_run(run: re.Match[str]) -> str:
    return "".join(fold_char(c) for c in run.group())


def fold(text: str) -> str:
    """Folded text without the map: for names and phrases the practice types."""
    return "".join(fold_char(c) for c in text) if not text.isascii() else text.lower()


class FoldedText:
    """The original text, its folded copy, and the map from folded back to original."""

    __slots__ = ("ends", "folded", "original", "starts")

    def __init__(
        self, original: str, folded: str, starts: list[int] | None, ends: list[int] | None
    ) -> None:
        self.original = original
        self.folded = folded
        # For folded character i, the original character it came from, and the end of
        # the original run that produced it (a dropped accent joins the character before
        # it). None when folding moved no position.
        self.starts = starts
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded ``[start, end)``; ``end > start``."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def fold_with_map(text: str) -> FoldedText:
    """Fold ``text`` and keep the map back; plain ASCII takes a fast path."""
    if text.isascii():
        return FoldedText(text, text.lower(), None, None)
    # Most accented letters and typographic marks fold to one character ("ë", "–", "’"):
    # then no position moves, and only the few non-ASCII runs need folding one by one.
    lowered = text.lower()
    if len(lowered) == len(text):
        others = set("".join(_NON_ASCII_RUN.findall(lowered)))
        if all(len(fold_char(c)) == 1 for c in others):
            return FoldedText(text, _NON_ASCII_RUN.sub(_fold_run, lowered), None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for run in _NON_ASCII_RUN.finditer(text):
        if run.start() > done:
            out.append(text[done : run.start()].lower())
            starts.extend(range(done, run.start()))
            ends.extend(range(done + 1, run.start() + 1))
        for index in range(run.start(), run.end()):
            piece = fold_char(text[index])
            if not piece:
                if ends:  # a lone accent: it belongs to the letter before it
                    ends[-1] = index + 1
                continue
            out.append(piece)
            starts.extend([index] * len(piece))
            ends.extend([index + 1] * len(piece))
        done = run.end()
    if done < len(text):
        out.append(text[done:].lower())
        starts.extend(range(done, len(text)))
        ends.extend(range(done + 1, len(text) + 1))
    return FoldedText(text, "".join(out), starts, ends)


class Tokens:
    """The words of a folded text: their folded form and folded spans."""

    __slots__ = ("ends", "starts", "words")

    def __init__(self, words: list[str], starts: list[int], ends: list[int]) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends


def tokenise(folded: str) -> Tokens:
    """Words (with inner apostrophes, a leading ``#`` and a trailing ``%`` kept)."""
    # Splitting keeps the separators, so the running total of the parts' lengths gives
    # every word's span; all of it runs in C, twice as fast as a loop over matches.
    parts = _TOKEN_SPLIT.split(folded)
    bounds = list(accumulate(map(len, parts)))
    return Tokens(parts[1::2], bounds[0:-1:2], bounds[1::2])


def word_key(word: str) -> str:
    """A word without a leading "#" or a possessive "'s": how checkers look words up."""
    if word.startswith("#"):
        word = word[1:]
    if word.endswith(("'s", "s'")):
        word = word[:-2]
    return word


def words_of(phrase: str) -> list[str]:
    """A phrase's words, tokenised the way texts are."""
    return _TOKEN.findall(fold(phrase))
