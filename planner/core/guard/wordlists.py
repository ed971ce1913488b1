"""The guard's word lists: read from ``resources/guard/``, edited by the practice.

Each list is one file, ``<name>.txt``, one entry a line::

    phrase | severity | note

``severity`` (``stop`` or ``caution``) and ``note`` may be left out. A line that starts
with ``#`` and a space is a comment (so ``#1`` can be a phrase). In a phrase, a word
ending in ``*`` matches any word that starts with it, and ``...`` stands for up to two
words (a starred word needs three letters or more). Case, accents and curly apostrophes
never matter, and a hyphen matches a space.

A phrase starting with ``!`` is an exception: the list's finding is dropped wherever it
overlaps the exception ("!no cure" keeps "there is no cure for colds" clear of "cure").
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.folding import fold

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

PROFANITY = "profanity"
PROFANITY_ALLOWLIST = "profanity-allowlist"
DISPARAGING = "disparaging"
PATIENT_STORY = "patient-story"
HOT_BUTTON = "hot-button"
SELLING = "selling"
CLAIMS = "claims"
CONFIRMS_PATIENT = "confirms-patient"
ARGUES = "argues"
RECORD_WORDS = "record-words"

LIST_NAMES: tuple[str, ...] = (
    PROFANITY,
    PROFANITY_ALLOWLIST,
    DISPARAGING,
    PATIENT_STORY,
    HOT_BUTTON,
    SELLING,
    CLAIMS,
    CONFIRMS_PATIENT,
    ARGUES,
    RECORD_WORDS,
)

GAP = "..."
# A phrase's words: "...", or a word as texts are tokenised, with an optional "*".
_ENTRY_WORD = re.compile(r"\.\.\.|#?\w+(?:'\w+)*%?\*?")
_SEVERITIES = ("stop", "caution")


class Entry:
    """One line of a list: the phrase as written, its words to match, severity and note."""

    __slots__ = ("exception", "note", "phrase", "severity", "words")

    def __init__(
        self,
        phrase: str,
        words: tuple[str, ...],
        severity: str | None = None,
        note: str = "",
        exception: bool = False,
    ) -> None:
        self.phrase = phrase
        self.words = words
        self.severity = severity
        self.note = note
        self.exception = exception

    def __repr__(self) -> str:
        return f"Entry({self.phrase!r}, severity={self.severity!r}, note={self.note!r})"

    @property
    def key(self) -> str:
        """The folded phrase: what the practice's removals are compared with."""
        return ("!" if self.exception else "") + " ".join(self.words)


def parse_entry(line: str) -> Entry | None:
    """One list line as an entry; None for blanks, comments and lines with no words."""
    line = line.strip()
    if not line or (line[0] == "#" and line[1:2] in ("", " ", "\t")):
        return None
    if "|" not in line:
        return make_entry(line)
    phrase, _, rest = line.partition("|")
    return make_entry(phrase.strip(), rest)


def make_entry(phrase: str, rest: str = "") -> Entry | None:
    """An entry from a phrase and the rest of its line (severity | note)."""
    exception = phrase.startswith("!")
    if exception:
        phrase = phrase[1:].strip()
    severity, note = None, ""
    if rest:
        severity_text, _, note = rest.partition("|")
        severity_text, note = severity_text.strip().lower(), note.strip()
        severity = severity_text if severity_text in _SEVERITIES else None
    words = _ENTRY_WORD.findall(fold(phrase))
    # "ab*" would match half the language: a star needs three letters before it.
    words = [w[:-1] if w.endswith("*") and len(w) <= 3 else w for w in words]
    if not any(w != GAP for w in words):
        return None
    return Entry(phrase, tuple(words), severity, note, exception)


def parse_list(text: str) -> tuple[Entry, ...]:
    """Every entry of a list file, in file order, each phrase once."""
    seen: set[str] = set()
    entries: list[Entry] = []
    for line in text.splitlines():
        entry = parse_entry(line)
        if entry is not None and entry.key not in seen:
            seen.add(entry.key)
            entries.append(entry)
    return tuple(entries)


class WordLists:
    """All lists by name. Compared by identity: the matchers built from it are cached."""

    __slots__ = ("lists",)

    def __init__(self, lists: Mapping[str, tuple[Entry, ...]]) -> None:
        self.lists = lists

    def entries(self, name: str) -> tuple[Entry, ...]:
        return self.lists.get(name, ())


def read_word_lists(folder: Path) -> WordLists:
    """Read every ``<name>.txt`` of LIST_NAMES in ``folder``; a missing file is an empty list."""
    lists: dict[str, tuple[Entry, ...]] = {}
    for name in LIST_NAMES:
        path = folder / f"{name}.txt"
        lists[name] = parse_list(path.read_text(encoding="utf-8")) if path.is_file() else ()
    return WordLists(lists)


@lru_cache(maxsize=1)
def load_word_lists() -> WordLists:
    """The shipped lists, read once. Call it after the window's first frame."""
    from planner.paths import resource_path

    return read_word_lists(resource_path("guard"))


def edited_lists(
    base: WordLists,
    extra: Iterable[tuple[str, str]] = (),
    removed: Iterable[tuple[str, str]] = (),
) -> WordLists:
    """``base`` with the practice's own edits: (list, phrase) pairs added and removed."""
    gone: dict[str, set[str]] = {}
    for name, phrase in removed:
        entry = make_entry(phrase.partition("|")[0])
        gone.setdefault(name, set()).add(entry.key if entry else fold(phrase).strip())
    lists = {
        name: tuple(e for e in entries if e.key not in gone.get(name, set()))
        for name, entries in base.lists.items()
    }
    for name, phrase in extra:
        entry = make_entry(phrase.partition("|")[0])
        current = lists.get(name, ())
        if entry is not None and all(e.key != entry.key for e in current):
            lists[name] = (*current, entry)
    return WordLists(lists)
