"""Finding the word lists' phrases in a text, all lists in one pass over its words.

The phrases are kept as a tree of words: from each word of the text the matcher walks
down the tree word by word, so a word that starts no phrase costs one look-up, and one
that starts seventy ("your ...") costs only as many steps as the text agrees with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.folding import word_key
from planner.core.guard.wordlists import GAP, Entry, WordLists

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

# What may sit between two words of a phrase: spaces, a hyphen, a slash, "&", or one dot
# ("no.1", "d.o.b"). A dot and a space join only after a short abbreviation ("no. 1",
# "v. wade"), never across the end of a sentence.
_JOIN = re.compile(r"[\s\-/&]*|\.")
_ABBREVIATION_JOIN = re.compile(r"\.\s")
_MAX_GAP = 2  # words that "..." may stand for


class PhraseHit:
    """A phrase of list ``name`` found over folded ``[start, end)``."""

    __slots__ = ("end", "entry", "name", "start")

    def __init__(self, name: str, entry: Entry, start: int, end: int) -> None:
        self.name = name
        self.entry = entry
        self.start = start
        self.end = end


class _Node:
    """One step down the tree: the words that may come next, and the phrases that end."""

    __slots__ = ("ends", "gap", "stems", "words")

    def __init__(self) -> None:
        self.words: dict[str, _Node] = {}
        self.stems: dict[str, _Node] = {}  # "voucher*" -> node
        self.gap: _Node | None = None  # after "..."
        self.ends: list[tuple[str, Entry]] = []

    def child(self, word: str) -> _Node:
        if word == GAP:
            if self.gap is None:
                self.gap = _Node()
            return self.gap
        table = self.stems if word.endswith("*") else self.words
        key = word.rstrip("*")
        if key not in table:
            table[key] = _Node()
        return table[key]


class PhraseIndex:
    """Every phrase of some lists, as a tree of words."""

    def __init__(self, lists: WordLists, names: tuple[str, ...]) -> None:
        self._root = _Node()
        for name in names:
            for entry in lists.entries(name):
                words = entry.words[1:] if entry.words[0] == GAP else entry.words
                node = self._root
                for word in words:
                    node = node.child(word)
                node.ends.append((name, entry))
        # The first word's stems, filed by their first three letters.
        self._heads: dict[str, list[str]] = {}
        for stem in self._root.stems:
            self._heads.setdefault(stem[:3], []).append(stem)

    def _first_nodes(self, word: str) -> list[_Node]:
        """The nodes a phrase starting with ``word`` continues from."""
        root = self._root
        key = word_key(word)
        nodes: list[_Node] = []
        for look in (word, key) if key != word else (word,):
            node = root.words.get(look)
            if node is not None:
                nodes.append(node)
            nodes += [root.stems[s] for s in self._heads.get(look[:3], ()) if look.startswith(s)]
        return nodes

    def _first_words(self, keys: frozenset[str]) -> frozenset[str]:
        """The words of a text (``keys``) that may start a phrase."""
        found = self._root.words.keys() & keys
        heads = {key[:3] for key in keys} & self._heads.keys()
        if heads:
            stems = [stem for head in heads for stem in self._heads[head]]
            found |= {key for key in keys if key.startswith(tuple(stems))}
        return frozenset(found)

    def find(self, scan: Scan) -> list[PhraseHit]:
        """Every phrase found in the text, longest first where two start on one word."""
        folded, tokens = scan.folded, scan.tokens
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        count = len(words)
        hits: list[PhraseHit] = []

        joins: dict[int, bool] = {}  # the gaps after words already looked at

        def joined(left: int) -> bool:
            known = joins.get(left)
            if known is not None:
                return known
            gap_start, gap_end = ends[left], starts[left + 1]
            if gap_end - gap_start == 1 and folded[gap_start] == " ":
                result = True  # by far the most common gap
            elif _JOIN.fullmatch(folded, gap_start, gap_end):
                result = True
            else:
                short = len(words[left]) <= 2
                abbreviation = _ABBREVIATION_JOIN.fullmatch(folded, gap_start, gap_end)
                result = short and abbreviation is not None
            joins[left] = result
            return result

        def walk(node: _Node, first: int, t: int) -> None:
            """Follow ``node`` with word ``t``; the phrase began at word ``first``."""
            for name, entry in node.ends:
                hits.append(PhraseHit(name, entry, starts[first], ends[t - 1]))
            if t >= count or (t > first and not joined(t - 1)):
                return
            word = words[t]
            # A word's key differs only with a "#" or an apostrophe ("#nhs", "patient's").
            key = word_key(word) if word[0] == "#" or "'" in word else word
            child = node.words.get(word)
            if child is not None:
                walk(child, first, t + 1)
            if key != word:
                child = node.words.get(key)
                if child is not None:
                    walk(child, first, t + 1)
            if node.stems:
                for stem, child in node.stems.items():
                    if word.startswith(stem) or key.startswith(stem):
                        walk(child, first, t + 1)
            if node.gap is not None and t > first:
                walk_gap(node.gap, first, t)

        def walk_gap(node: _Node, first: int, t: int) -> None:
            # "..." stands for none, one or two words; each skipped word joins the one
            # before, so a phrase never runs across the end of a sentence.
            # A gap is mostly followed by plain words: a word that is none of them is not
            # walked at all ("our ... patient" looks at the words after "our", and stops).
            plain = not (node.ends or node.stems or node.gap is not None)
            for skip in range(_MAX_GAP + 1):
                at = t + skip
                if skip and (at >= count or not joined(at - 2)):
                    break
                if plain and at < count:
                    word = words[at]
                    if word not in node.words and (
                        (word[0] != "#" and "'" not in word) or word_key(word) not in node.words
                    ):
                        continue
                walk(node, first, at)

        # Most words start no phrase at all: only those that may are looked at.
        nodes: dict[str, list[_Node]] = {}
        for t in scan.word_indices(self._first_words(scan.keys)):
            word = words[t]
            if word not in nodes:
                nodes[word] = self._first_nodes(word)
            for node in nodes[word]:
                walk(node, t, t + 1)
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


@lru_cache(maxsize=16)
def phrase_index(lists: WordLists, names: tuple[str, ...]) -> PhraseIndex:
    """The index of ``names`` in ``lists``, built once per set of lists."""
    return PhraseIndex(lists, names)
