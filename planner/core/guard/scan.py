"""One text being checked: its folded copy, its words, its links, and the context.

Every checker reads from a Scan and makes its findings through it, so that each span is
mapped back to the original text the same way.

Speed: a regular expression run over a whole post costs a tenth of a millisecond or more,
so checkers first ask the Scan cheap questions (is there an "@"? enough digits? one of
these words?) and run their patterns only where an answer says it could match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from planner.core.guard.findings import Finding, make_finding
from planner.core.guard.folding import FoldedText, Tokens, fold_with_map, tokenise, word_key

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from planner.core.guard.context import GuardContext
    from planner.core.guard.wordlists import WordLists


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on its first use: most texts never need it, and compiling every
    pattern at import would cost more than the rest of the guard's import together."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(source, flags)

    return compiled


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")
_DIGIT_RUN = re.compile(r"[0-9]+")


class Scan:
    """A text prepared once for all the checkers (made by ``prepare``; read-only)."""

    __slots__ = ("context", "digit_runs", "digits", "keyed", "keys", "links", "lists", "text",
                 "tokens")  # fmt: skip

    def __init__(self, text: FoldedText, tokens: Tokens, context: GuardContext,
                 lists: WordLists) -> None:  # fmt: skip
        self.text = text
        self.tokens = tokens
        self.context = context
        self.lists = lists
        plain = text.folded
        # Folded spans of web addresses: digits in a link are not a phone number.
        self.links: tuple[tuple[int, int], ...] = ()
        if "http" in plain or "www." in plain:
            self.links = tuple(m.span() for m in _URL.finditer(plain))
        # Every word, and every word's key: "is this word in the text?" in one look-up.
        words = set(tokens.words)
        # The few words whose key differs ("#nhs", "patient's"), with their key.
        self.keyed: dict[str, str] = {}
        if "#" in plain or "'" in plain:
            self.keyed = {w: word_key(w) for w in words if w[0] == "#" or "'" in w}
        self.keys = frozenset(words.union(self.keyed.values()))
        self.digits = sum(map(plain.count, "0123456789"))
        self.digit_runs: tuple[tuple[int, int], ...] = ()
        if self.digits:
            self.digit_runs = tuple(m.span() for m in _DIGIT_RUN.finditer(plain))

    @property
    def original(self) -> str:
        return self.text.original

    @property
    def folded(self) -> str:
        return self.text.folded

    def has_any(self, words: Collection[str]) -> bool:
        """One of ``words`` is a word of the text (or a word's key)."""
        return not self.keys.isdisjoint(words)

    def word_indices(self, words: Collection[str]) -> list[int]:
        """Indices of the tokens that are (or whose key is) one of ``words``."""
        wanted = self.keys.intersection(words)
        if not wanted:
            return []
        wanted |= {word for word, key in self.keyed.items() if key in wanted}
        words = self.tokens.words
        if len(wanted) > 3:
            return [i for i, word in enumerate(words) if word in wanted]
        # list.index scans in C: for a few words, a few calls beat a Python pass over all.
        found: list[int] = []
        for word in wanted:
            at = -1
            try:
                while True:
                    at = words.index(word, at + 1)
                    found.append(at)
            except ValueError:
                pass
        found.sort()
        return found

    def window(self, first: int, last: int, words: int) -> tuple[int, int]:
        """The folded span from ``words`` words before token ``first`` to as many after
        token ``last``: where a pattern anchored on those tokens can match."""
        starts, ends = self.tokens.starts, self.tokens.ends
        return starts[max(0, first - words)], ends[min(len(ends) - 1, last + words)]

    def original_window(self, first: int, last: int, words: int) -> tuple[int, int]:
        """``window`` as a span of the original text."""
        start, end = self.window(first, last, words)
        return self.text.span(start, end)

    def number_spans(self, min_digits: int, max_gap: int) -> list[tuple[int, int]]:
        """Folded spans of digit runs that sit at most ``max_gap`` characters apart and hold
        ``min_digits`` digits or more together: where a phone or ID number can be."""
        spans: list[tuple[int, int]] = []
        first = last = -max_gap - 1
        count = 0
        for start, end in self.digit_runs:
            if start - last <= max_gap:
                last, count = end, count + end - start
                continue
            if count >= min_digits:
                spans.append((first, last))
            first, last, count = start, end, end - start
        if count >= min_digits:
            spans.append((first, last))
        return spans

    def in_link(self, start: int, end: int) -> bool:
        """Folded ``[start, end)`` lies inside a web address (its digits are not a phone)."""
        return any(s <= start and end <= e for s, e in self.links)

    def sentence_breaks(self) -> list[int]:
        """Folded positions where a sentence ends."""
        return [m.start() for m in _SENTENCE_END.finditer(self.folded)]

    def sentence_words(self, start: int, end: int) -> list[int]:
        """Indices of the tokens in the sentence (or sentences) around folded
        ``[start, end)``."""
        breaks = self.sentence_breaks()
        first, last = bisect_left(breaks, start), bisect_left(breaks, end)
        low = breaks[first - 1] if first else 0
        high = breaks[last] if last < len(breaks) else len(self.folded)
        starts = self.tokens.starts
        return list(range(bisect_left(starts, low), bisect_left(starts, high)))

    def finding(self, category: str, start: int, end: int, message: str) -> Finding:
        """A finding over folded ``[start, end)``; ``{excerpt}`` in the message is filled."""
        o_start, o_end = self.text.span(start, end)
        excerpt = self.original[o_start:o_end]
        return make_finding(
            category, self.original, o_start, o_end, message.replace("{excerpt}", excerpt)
        )

    def original_finding(self, category: str, start: int, end: int, message: str) -> Finding:
        """A finding over original ``[start, end)``, for checkers that read the original."""
        excerpt = self.original[start:end]
        return make_finding(
            category, self.original, start, end, message.replace("{excerpt}", excerpt)
        )

    def folded_index(self, original_index: int) -> int:
        """The first folded position at or after an original position."""
        starts = self.text.starts
        if starts is None:
            return original_index
        return bisect_left(starts, original_index)


def prepare(text: str, context: GuardContext, lists: WordLists) -> Scan:
    """Fold and tokenise ``text`` once, and note what the checkers ask first."""
    folded = fold_with_map(text)
    return Scan(folded, tokenise(folded.folded), context, lists)
