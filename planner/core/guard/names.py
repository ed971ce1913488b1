"""Names the practice must not mention, and, in a review reply, the reviewer's name.

Names match as whole words on the folded text, so case, accents and a possessive "'s"
never hide one. A do-not-mention name is allowed on a post linked to that person's valid
consent. In a reply, the reviewer's whole name and every part of it of three letters or
more count.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from planner.core.guard.findings import PRIVACY, Finding
from planner.core.guard.folding import words_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

# Parts of names that are also everyday words: in lower case they are the word ("we
# will", "may help"), so only a capitalised one counts as the reviewer's name.
EVERYDAY_WORDS = frozenset(
    """
    will may june april august mark bill rose grace hope joy faith pat sue art chase hunter
    page banks ward fox bush king little long short summer dawn eve holly ivy lily iris
    jack ruby sunny violet miles rich price cook baker mason carter green brown white black
    young wood hill hall north west frank earnest honey angel star sky rain river guy
    norman major bishop fisher walker field stone ash heather daisy
    """.split()  # noqa: SIM905  (a word list reads better as words)
)

# Titles before a surname: "Mrs Ellis" is the listed Margaret Ellis.
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "master")

_DNM_MESSAGE = (
    "A name on the do-not-mention list: {excerpt}. Remove it, or link this person's valid "
    "consent to the post."
)
_REVIEWER_MESSAGE = (
    "The reviewer's name: {excerpt}. Leave it out of the reply: naming them tells everyone "
    "who they are."
)


class NamePattern:
    """Names to find: their first words (to find where to look) and the pattern."""

    __slots__ = ("firsts", "pattern")

    def __init__(self, firsts: frozenset[str], pattern: re.Pattern[str]) -> None:
        self.firsts = firsts
        self.pattern = pattern

    def find(self, scan: Scan) -> list[re.Match[str]]:
        """Each name where one of its first words stands, longest name first."""
        found: list[re.Match[str]] = []
        reach = 0
        for i in scan.word_indices(self.firsts):
            start = scan.tokens.starts[i]
            match = self.pattern.match(scan.folded, start) if start >= reach else None
            if match:
                found.append(match)
                reach = match.end()
        return found


def _alternative(words: tuple[str, ...]) -> str:
    """One name as a pattern: words apart by spaces or hyphens, a title maybe with a dot."""
    joined = re.escape(words[0])
    for before, word in pairwise(words):
        joined += (r"\.?[\s-]+" if before in _TITLES else r"[\s-]+") + re.escape(word)
    return joined


def _pattern(names: tuple[tuple[str, ...], ...]) -> NamePattern | None:
    alternatives = sorted({_alternative(words) for words in names if words}, key=len, reverse=True)
    if not alternatives:
        return None
    firsts = frozenset(words[0] for words in names if words)
    return NamePattern(firsts, re.compile(rf"(?:{'|'.join(alternatives)})(?!\w|'\w\w)"))


@lru_cache(maxsize=32)
def _do_not_mention_pattern(
    names: tuple[str, ...], consented: tuple[str, ...]
) -> tuple[NamePattern | None, frozenset[str]]:
    """The listed names (and their short forms) to find, and which of them are a first
    name alone: those count only where they are written as a name."""
    consented_words = [set(words_of(n)) for n in consented]
    kept: list[tuple[str, ...]] = []
    firsts: set[str] = set()
    for name in names:
        words = tuple(words_of(name))
        # A listed name that is the consenting person's name (or part of it) is allowed.
        if not words or any(set(words) <= c for c in consented_words):
            continue
        kept.append(words)
        if len(words) > 1:
            # "Tomasz" alone, and "Mr Nowak": the short forms people write.
            kept += [(title, words[-1]) for title in _TITLES]
            if sum(c.isalpha() for c in words[0]) >= 3 and words[0] not in EVERYDAY_WORDS:
                kept.append(words[:1])
                firsts.add(words[0])
    return _pattern(tuple(kept)), frozenset(firsts)


def _written_as_a_name(scan: Scan, start: int, end: int) -> bool:
    """A first name alone is capitalised, and no other surname follows it ("Tomasz
    Nowakowski" is someone else)."""
    o_start, o_end = scan.text.span(start, end)
    original = scan.original
    if not original[o_start].isupper():
        return False
    rest = original[o_end:].lstrip()
    return not (rest[:1].isupper() and rest[:1].isalpha())


def find_do_not_mention(scan: Scan) -> list[Finding]:
    """Names on the do-not-mention list, except those of people whose consent is linked."""
    context = scan.context
    pattern, firsts = _do_not_mention_pattern(context.do_not_mention, context.consented_names)
    if pattern is None:
        return []
    return [
        scan.finding(PRIVACY, m.start(), m.end(), _DNM_MESSAGE)
        for m in pattern.find(scan)
        if m.group() not in firsts or _written_as_a_name(scan, m.start(), m.end())
    ]


@lru_cache(maxsize=32)
def _reviewer_pattern(name: str) -> NamePattern | None:
    parts = tuple(words_of(name))
    runs = {
        parts[i:j]
        for i in range(len(parts))
        for j in range(i + 1, len(parts) + 1)
        if j - i > 1 or sum(c.isalpha() for c in parts[i]) >= 3
    }
    return _pattern(tuple(runs))


def find_reviewer_name(scan: Scan) -> list[Finding]:
    """The reviewer's name, or a part of it, anywhere in a reply."""
    pattern = _reviewer_pattern(scan.context.reviewer_name)
    if pattern is None:
        return []
    found: list[Finding] = []
    for match in pattern.find(scan):
        finding = scan.finding(PRIVACY, match.start(), match.end(), _REVIEWER_MESSAGE)
        if match.group() in EVERYDAY_WORDS and finding.excerpt.islower():
            continue
        found.append(finding)
    return found
