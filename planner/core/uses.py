"""What a post features of a person (photo, video, story, testimonial, name), and the
text forms a post's uses and its linked consent records are kept in.

Its own module, below both ``domain`` (a post has uses) and ``consent`` (a consent covers
uses), so that neither imports the other for it. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum


class Use(StrEnum):
    """What a post features of a person, and what a consent may cover."""

    PHOTO = "photo"
    VIDEO = "video"
    STORY = "story"
    TESTIMONIAL = "testimonial"
    NAME = "name"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @classmethod
    def parse(cls, text: str) -> Use:
        value = text.strip().lower()
        for use in cls:
            if value == use.value:
                return use
        names = ", ".join(u.value for u in cls)
        raise ValueError(f"unknown use {text!r}; use one of {names}")


def parse_uses(text: str) -> frozenset[Use]:
    """``"photo,name"`` as a set of uses; an empty text is no uses."""
    return frozenset(Use.parse(part) for part in text.split(",") if part.strip())


def ordered_uses(uses: Iterable[Use]) -> list[Use]:
    """``uses`` in the order the product lists them: photo, video, story, testimonial, name."""
    chosen = set(uses)
    return [u for u in Use if u in chosen]


def uses_text(uses: Iterable[Use]) -> str:
    """``"photo,name"``: how a post's uses are stored and written, in the product's order."""
    return ",".join(u.value for u in ordered_uses(uses))


_BY_VALUE = {use.value: use for use in Use}


def uses_from_text(text: str) -> frozenset[Use]:
    """The stored form back; anything but known names, comma-separated, is a ValueError."""
    if not text:
        return frozenset()
    try:
        return frozenset(_BY_VALUE[part] for part in text.split(","))
    except KeyError as exc:
        raise ValueError(f"unknown use {exc.args[0]!r}") from None


# ASCII digits only: a plain \d also takes full-width digits.
_ID = re.compile(r"[1-9][0-9]*", re.ASCII)
LARGEST_ID = 2**63 - 1  # the largest id SQLite can hold


def parse_record_id(text: str, what: str = "consent") -> int:
    """A record id as a person types it (``3``, or ``#3``); a ValueError naming ``what``."""
    value = text.strip().removeprefix("#")
    if not _ID.fullmatch(value):
        raise ValueError(f"{text!r} is not a {what} id; ids are whole numbers like 3")
    if int(value) > LARGEST_ID:
        raise ValueError(f"{text!r} is too big to be a {what} id")
    return int(value)


def parse_record_ids(text: str, what: str = "consent") -> frozenset[int]:
    """``"3,7"`` as a set of ids; an empty text is none."""
    return frozenset(parse_record_id(part, what) for part in text.split(",") if part.strip())


def ids_text(ids: Iterable[int]) -> str:
    """``"3,7"``: how a post's linked consent ids are stored, smallest first."""
    return ",".join(str(i) for i in sorted(set(ids)))


def ids_from_text(text: str) -> frozenset[int]:
    """The stored form back; anything but positive whole numbers is a ValueError."""
    if not text:
        return frozenset()
    parts = text.split(",")
    if not all(_ID.fullmatch(part) and int(part) <= LARGEST_ID for part in parts):
        raise ValueError(f"{text!r} is not a list of consent ids")
    return frozenset(int(part) for part in parts)
