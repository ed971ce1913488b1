"""Finding the word lists' phrases in a text, all lists in one pass over its words.

Each phrase is filed under its first word (or, for ``word*``, under the start of it), so
a text of 2,000 characters costs one dictionary look-up per word, not one scan per phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from planner.core.guard.wordlists import GAP, Entry, WordLists

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.folding import Tokens

# What may sit between two words of a phrase: spaces, a hyphen, a slash, "&", or one dot
# ("no.1", "d.o.b"). A dot and a space join only after a short abbreviation ("no. 1",
# "v. wade"), never across the end of a sentence.
_JOIN = re.compile(r"[\s\-/&]*|\.")
_ABBREVIATION_JOIN = re.compile(r"\.\s")
_MAX_GAP = 2  # words that "..." may stand for


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A phrase of list ``name`` found over folded ``[start, end)``."""

    name: str
    entry: Entry
    start: int
    end: int


def _word_matches(pattern: str, word: str) -> bool:
    if word.startswith("#") and not pattern.startswith("#"):
        word = word[1:]  # "#election" says "election"
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern or (word.endswith(("'s", "s'")) and word[:-2] == pattern)


class PhraseIndex:
    """Every phrase of some lists, filed for a quick pass over a text's words."""

    def __init__(self, lists: WordLists, names: tuple[str, ...]) -> None:
        self._exact: dict[str, list[tuple[str, Entry]]] = {}
        self._stems: dict[int, dict[str, list[tuple[str, Entry]]]] = {}
        for name in names:
            for entry in lists.entries(name):
                first = next(w for w in entry.words if w != GAP)
                if entry.words[0] == GAP:
                    entry = replace(entry, words=entry.words[1:])
                if first.endswith("*"):
                    stem = first[:-1]
                    self._stems.setdefault(len(stem), {}).setdefault(stem, []).append(
                        (name, entry)
                    )
                else:
                    self._exact.setdefault(first, []).append((name, entry))
        self._stem_lengths = sorted(self._stems)

    def _candidates(self, word: str) -> list[tuple[str, Entry]]:
        found: list[tuple[str, Entry]] = []
        keys = [word]
        if word.startswith("#"):
            keys.append(word[1:])
        if word.endswith(("'s", "s'")):
            keys.append(word[:-2])
        for key in keys:
            found += self._exact.get(key, ())
            for length in self._stem_lengths:
                if len(key) < length:
                    break
                found += self._stems[length].get(key[:length], ())
        return found

    def find(self, folded: str, tokens: Tokens) -> list[PhraseHit]:
        """Every phrase found in the text, longest first where two start on one word."""
        hits: list[PhraseHit] = []
        words, starts, ends = tokens.words, tokens.starts, tokens.ends

        def joined(left: int) -> bool:
            gap_start, gap_end = ends[left], starts[left + 1]
            if _JOIN.fullmatch(folded, gap_start, gap_end):
                return True
            short = len(words[left]) <= 2
            return short and _ABBREVIATION_JOIN.fullmatch(folded, gap_start, gap_end) is not None

        def match(pattern: tuple[str, ...], p: int, t: int) -> int:
            """Index of the last word matched when pattern[p:] starts at word t, or -1."""
            if p == len(pattern):
                return t - 1
            if t >= len(words) or (p and not joined(t - 1)):
                return -1
            if pattern[p] == GAP:
                for skip in range(_MAX_GAP + 1):
                    # Skipped words stay in the phrase's sentence: each joins the one before.
                    if skip and (t + skip - 1 >= len(words) or (skip > 1 and not joined(t + skip - 2))):
                        break
                    end = match(pattern, p + 1, t + skip)
                    if end >= 0:
                        return end
                return -1
            if not _word_matches(pattern[p], words[t]):
                return -1
            return match(pattern, p + 1, t + 1)

        for t, word in enumerate(words):
            for name, entry in self._candidates(word):
                last = match(entry.words, 0, t)
                if last >= 0:
                    hits.append(PhraseHit(name, entry, starts[t], ends[last]))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


@lru_cache(maxsize=16)
def phrase_index(lists: WordLists, names: tuple[str, ...]) -> PhraseIndex:
    """The index of ``names`` in ``lists``, built once per set of lists."""
    return PhraseIndex(lists, names)
