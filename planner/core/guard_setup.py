"""What the practice told the guard, and the context it checks one post in.

The practice's own phone numbers, email, address, website and country come from the
settings; the do-not-mention names and the edits to the word lists are kept in the
store. ``GuardSetup`` holds all of it, and ``post_context`` turns it into the guard's
``GuardContext`` for one post (with the consents linked to it, once there are any).
Pure: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.core.guard import GuardContext
from planner.core.guard.folding import fold
from planner.core.guard.wordlists import LIST_NAMES, WordLists, make_entry

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.domain import Kind, Platform, Post
    from planner.core.settings import Settings

MAX_NAME = 200  # characters: a name, not a paragraph
MAX_PHRASE = 200


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One edit of a word list: ``phrase`` added to the list ``list_name``, or (``added``
    False) a shipped phrase taken out of it."""

    list_name: str
    phrase: str
    added: bool

    @property
    def key(self) -> tuple[str, str]:
        """The list and the folded phrase: two spellings of one phrase are one edit."""
        return (self.list_name, phrase_key(self.phrase))


@dataclass(frozen=True, slots=True)
class GuardSetup:
    """Everything the practice told the guard; the same for every post."""

    phones: tuple[str, ...] = ()
    email: str = ""
    address: str = ""
    website: str = ""
    country: str = "GB"
    do_not_mention: tuple[str, ...] = ()
    word_edits: tuple[WordEdit, ...] = ()

    @classmethod
    def of(
        cls, settings: Settings, names: Iterable[str] = (), edits: Iterable[WordEdit] = ()
    ) -> GuardSetup:
        """The setup from the practice's settings, its names and its word-list edits."""
        return cls(
            phones=tuple(settings.phones),
            email=settings.email,
            address=settings.address,
            website=settings.website,
            country=settings.country,
            do_not_mention=tuple(names),
            word_edits=tuple(edits),
        )

    @property
    def extra_words(self) -> tuple[tuple[str, str], ...]:
        return tuple((e.list_name, e.phrase) for e in self.word_edits if e.added)

    @property
    def removed_words(self) -> tuple[tuple[str, str], ...]:
        return tuple((e.list_name, e.phrase) for e in self.word_edits if not e.added)


def guard_context(
    setup: GuardSetup,
    *,
    kind: Kind | None = None,
    platform: Platform | None = None,
    consented_names: Sequence[str] = (),
    consent_linked: bool = False,
    reply_mode: bool = False,
    reviewer_name: str = "",
) -> GuardContext:
    """The context for a text of ``kind`` on ``platform`` (None: not known), with the
    names of the people whose valid consent is linked to it."""
    return GuardContext(
        kind=kind,
        platform=platform,
        practice_phones=setup.phones,
        practice_email=setup.email,
        practice_address=setup.address,
        practice_website=setup.website,
        country=setup.country,
        do_not_mention=setup.do_not_mention,
        consented_names=tuple(consented_names),
        consent_linked=consent_linked,
        extra_words=setup.extra_words,
        removed_words=setup.removed_words,
        reply_mode=reply_mode,
        reviewer_name=reviewer_name,
    )


def post_context(
    post: Post,
    setup: GuardSetup,
    *,
    consented_names: Sequence[str] = (),
    consent_linked: bool = False,
) -> GuardContext:
    """The context for ``post``: its kind and platform, and the practice's setup."""
    return guard_context(
        setup,
        kind=post.kind,
        platform=post.platform,
        consented_names=consented_names,
        consent_linked=consent_linked,
    )


# -- the do-not-mention list ---------------------------------------------------------


def name_key(name: str) -> str:
    """How two spellings of one name compare: case, accents and spacing ignored."""
    return " ".join(fold(name).split())


def name_problem(name: str, names: Iterable[str] = ()) -> str | None:
    """Why ``name`` cannot be added to the do-not-mention list ``names``, or None."""
    shown = " ".join(name.split())
    if not shown:
        return "The name is empty; type the person's name."
    if len(shown) > MAX_NAME:
        return f"The name is longer than {MAX_NAME} characters; type just the name."
    if any(not c.isprintable() for c in name.strip()):
        return "The name holds a control character; type it again."
    if not any(c.isalnum() for c in shown):
        return f"{shown!r} has no letters, so it cannot match a name."
    if any(name_key(other) == name_key(shown) for other in names):
        return f"{shown} is already on the do-not-mention list."
    return None


def tidy_name(name: str) -> str:
    """The name as it is kept: single spaces, no spaces around it."""
    return " ".join(name.split())


# -- the word lists --------------------------------------------------------------------


def phrase_key(phrase: str) -> str:
    """The folded phrase, as the guard matches it ("Book now!" and "book  now" are one)."""
    entry = make_entry(phrase)
    return entry.key if entry is not None else fold(" ".join(phrase.split()))


def phrase_problem(list_name: str, phrase: str) -> str | None:
    """Why ``phrase`` cannot be added to the list ``list_name``, or None."""
    if list_name not in LIST_NAMES:
        return f"There is no word list {list_name!r}."
    shown = " ".join(phrase.split())
    if not shown:
        return "The word or phrase is empty."
    if len(shown) > MAX_PHRASE:
        return f"The phrase is longer than {MAX_PHRASE} characters."
    if "|" in shown or shown.startswith("!"):
        return "Type the word or phrase alone, without '|' or a leading '!'."
    if make_entry(shown) is None:
        return f"{shown!r} has no letters or digits to match."
    return None


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One phrase of a list as Settings shows it: shipped or added, and whether the
    practice took a shipped one out."""

    phrase: str
    shipped: bool
    removed: bool = False


def list_entries(shipped: WordLists, edits: Iterable[WordEdit], list_name: str) -> list[ListEntry]:
    """The list ``list_name``: its shipped phrases in file order (those taken out marked
    so), then the practice's own, in the order added. Exceptions ("!…") are not shown."""
    edits = [e for e in edits if e.list_name == list_name]
    gone = {e.key for e in edits if not e.added}
    entries = [
        ListEntry(entry.phrase, True, (list_name, entry.key) in gone)
        for entry in shipped.entries(list_name)
        if not entry.exception
    ]
    known = {phrase_key(e.phrase) for e in entries}
    for edit in edits:
        if edit.added and phrase_key(edit.phrase) not in known:
            known.add(phrase_key(edit.phrase))
            entries.append(ListEntry(edit.phrase, False))
    return entries


def _shipped_keys(shipped: WordLists, list_name: str) -> set[str]:
    return {entry.key for entry in shipped.entries(list_name) if not entry.exception}


def with_phrase(
    shipped: WordLists, edits: Sequence[WordEdit], list_name: str, phrase: str
) -> tuple[WordEdit, ...]:
    """``edits`` once ``phrase`` is in the list: a shipped phrase taken out comes back;
    a new one is added; one already there changes nothing."""
    phrase = " ".join(phrase.split())
    key = (list_name, phrase_key(phrase))
    if any(e.key == key and not e.added for e in edits):
        return tuple(e for e in edits if e.key != key)
    if key[1] in _shipped_keys(shipped, list_name) or any(e.key == key for e in edits):
        return tuple(edits)
    return (*edits, WordEdit(list_name, phrase, True))


def without_phrase(
    shipped: WordLists, edits: Sequence[WordEdit], list_name: str, phrase: str
) -> tuple[WordEdit, ...]:
    """``edits`` once ``phrase`` is out of the list: the practice's own is dropped; a
    shipped one is marked taken out."""
    key = (list_name, phrase_key(phrase))
    if any(e.key == key and e.added for e in edits):
        return tuple(e for e in edits if e.key != key)
    shipped_here = key[1] in _shipped_keys(shipped, list_name)
    if shipped_here and not any(e.key == key for e in edits):
        return (*edits, WordEdit(list_name, " ".join(phrase.split()), False))
    return tuple(edits)
