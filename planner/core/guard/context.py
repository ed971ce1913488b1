"""Everything the guard needs to know besides the text: the post's kind, the practice's own
details, the names it must not mention, and the practice's edits to the word lists."""

from __future__ import annotations

from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.domain import Kind, Platform
    from planner.core.guard.wordlists import WordLists


@dataclass(frozen=True, slots=True)
class GuardContext:
    """What the guard checks a text against. Every field has a harmless default.

    ``kind`` None means the kind is not known, and so not known to be promotional: selling
    is checked. ``consented_names`` are the people whose valid consent is linked to the
    post; ``consent_linked`` says a valid consent is linked even when no name is given.
    ``extra_words`` and ``removed_words`` are the practice's (list name, phrase) edits.
    ``word_lists`` None means the shipped lists (``load_word_lists()``). ``platform`` is
    carried for the callers; no check depends on it yet.
    """

    kind: Kind | None = None
    platform: Platform | None = None
    practice_phones: tuple[str, ...] = ()
    practice_email: str = ""
    practice_address: str = ""
    practice_website: str = ""
    country: str = "GB"
    do_not_mention: tuple[str, ...] = ()
    consented_names: tuple[str, ...] = ()
    consent_linked: bool = False
    extra_words: tuple[tuple[str, str], ...] = ()
    removed_words: tuple[tuple[str, str], ...] = ()
    reply_mode: bool = False
    reviewer_name: str = ""
    word_lists: WordLists | None = None

    @property
    def has_consent(self) -> bool:
        """A valid consent is linked to the post."""
        return self.consent_linked or any(name.strip() for name in self.consented_names)

    @property
    def promotional(self) -> bool:
        # Kind is a StrEnum: comparing with its value avoids importing the domain here.
        return self.kind is not None and str(self.kind) == "promotional"


def split_phones(setting: str) -> tuple[str, ...]:
    """The ``practice.phone`` setting (several numbers separated by ``;``) as a tuple."""
    return tuple(part.strip() for part in setting.split(";") if part.strip())
