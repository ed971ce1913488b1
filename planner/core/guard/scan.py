"""One text being checked: its folded copy, its words, its links, and the context.

Every checker reads from a Scan and makes its findings through it, so that each span is
mapped back to the original text the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.guard.findings import Finding, make_finding
from planner.core.guard.folding import FoldedText, Tokens, fold_with_map, tokenise

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.context import GuardContext
    from planner.core.guard.wordlists import WordLists

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n")


@dataclass(frozen=True, slots=True, eq=False)
class Scan:
    """A text prepared once for all the checkers."""

    text: FoldedText
    tokens: Tokens
    context: GuardContext
    lists: WordLists
    links: tuple[tuple[int, int], ...]  # folded spans of web addresses

    @property
    def original(self) -> str:
        return self.text.original

    @property
    def folded(self) -> str:
        return self.text.folded

    def in_link(self, start: int, end: int) -> bool:
        """Folded ``[start, end)`` lies inside a web address (its digits are not a phone)."""
        return any(s <= start and end <= e for s, e in self.links)

    def sentence_breaks(self) -> list[int]:
        """Folded positions where a sentence ends."""
        return [m.start() for m in _SENTENCE_END.finditer(self.folded)]

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
        from bisect import bisect_left

        return bisect_left(starts, original_index)


def prepare(text: str, context: GuardContext, lists: WordLists) -> Scan:
    """Fold and tokenise ``text`` once."""
    folded = fold_with_map(text)
    links = tuple(m.span() for m in _URL.finditer(folded.folded))
    return Scan(folded, tokenise(folded.folded), context, lists, links)
