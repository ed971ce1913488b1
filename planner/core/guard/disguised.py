"""Profanity in disguise: "sh*t", "F**k", "b!tch", "sh1t", "a$$".

A word with a symbol or a digit standing in for letters is read back letter by letter
("*" for any letter, "1" and "!" for i or l, "@" and "4" for a, "$" and "5" for s, "0"
for o, "3" for e, "7" for t) and compared with the profanity list's one-word entries. Only
a word that reads back as a listed one is a finding, so "covid19", "b12" or a footnote's
"*" never are.
"""

from __future__ import annotations

from functools import lru_cache

from planner.core.guard.findings import PROFANITY, Finding
from planner.core.guard.wordlists import PROFANITY as PROFANITY_LIST

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan
    from planner.core.guard.wordlists import WordLists

# The letters, digits and stand-ins a disguised word is made of.
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789*!@$")
_SYMBOLS = "*!@$"
_STANDS_FOR: dict[str, str] = {
    "1": "il",
    "!": "il",
    "@": "a",
    "4": "a",
    "$": "s",
    "5": "s",
    "0": "o",
    "3": "e",
    "7": "t",
}
_ANY = "*"
_MESSAGE = 'Profanity, disguised: "{excerpt}". Take it out or choose another word.'


@lru_cache(maxsize=8)
def _targets(lists: WordLists) -> dict[int, tuple[tuple[str, bool], ...]]:
    """The profanity list's one-word entries as (word, matches words that start with it),
    by the length of word they can match (a stem: every length from its own up to 20)."""
    by_length: dict[int, list[tuple[str, bool]]] = {}
    for entry in lists.entries(PROFANITY_LIST):
        if entry.exception or len(entry.words) != 1:
            continue
        word = entry.words[0]
        stem = word.endswith("*")
        word = word.rstrip("*")
        for length in range(len(word), 21) if stem else (len(word),):
            by_length.setdefault(length, []).append((word, stem))
    return {length: tuple(targets) for length, targets in by_length.items()}


def _reads_as(units: str, word: str, stem: bool) -> bool:
    if len(units) < len(word) or (not stem and len(units) != len(word)):
        return False
    for unit, letter in zip(units, word, strict=False):
        if unit in (letter, _ANY):
            continue
        if letter not in _STANDS_FOR.get(unit, ""):
            return False
    return True


def _plausible(units: str) -> bool:
    """Only stand-ins we know, and no more "*" than real letters ("s***" could be anything)."""
    letters = sum(c.isalpha() for c in units)
    known = all(c.isalpha() or c == _ANY or c in _STANDS_FOR for c in units)
    return known and units.count(_ANY) <= letters


def find_disguised_profanity(scan: Scan) -> list[Finding]:
    """Words of the profanity list written with symbols or digits for some letters."""
    folded = scan.folded
    hints = _stand_ins(scan)
    if not hints:
        return []
    targets = _targets(scan.lists)
    found: list[Finding] = []
    reach = 0
    for hint in hints:
        if hint < reach:
            continue
        start, end = _word_around(folded, hint)
        reach = end
        units = folded[start:end].rstrip("!*")  # a footnote's "*" ends a word
        end = start + len(units)
        if not units[:1].isalpha() or units.isalpha() or not _plausible(units):
            continue
        if scan.in_link(start, end):
            continue
        if any(_reads_as(units, word, stem) for word, stem in targets.get(len(units), ())):
            found.append(scan.finding(PROFANITY, start, end, _MESSAGE))
    return found


def _stand_ins(scan: Scan) -> list[int]:
    """Where a symbol, or a digit right after a letter, stands: found with str.find, which
    is far quicker than a pattern over the whole text."""
    folded = scan.folded
    found = []
    for symbol in _SYMBOLS:
        at = folded.find(symbol)
        while at >= 0:
            # A "!" or "*" that ends a word ("wow!", a footnote) disguises nothing, and
            # an "@" before a domain is an email address.
            if symbol == "@":
                if not _before_a_domain(folded, at):
                    found.append(at)
            elif symbol == "$" or folded[at + 1 : at + 2] in _WORD_CHARS:
                found.append(at)
            at = folded.find(symbol, at + 1)
    found += [
        s for s, _ in scan.digit_runs if s and folded[s] in _STANDS_FOR and folded[s - 1].isalpha()
    ]
    return sorted(found)


def _before_a_domain(folded: str, at: int) -> bool:
    dot = folded.find(".", at)
    space = folded.find(" ", at)
    return dot > at + 1 and (space < 0 or dot < space)


def _word_around(folded: str, index: int) -> tuple[int, int]:
    """The run of letters, digits and stand-ins around ``index``."""
    start = end = index
    while start > 0 and folded[start - 1] in _WORD_CHARS:
        start -= 1
    while end < len(folded) and folded[end] in _WORD_CHARS:
        end += 1
    return start, end
