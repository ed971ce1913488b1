"""The replies log and the practice's own reply templates.

A reply that was sent is kept as a ``LoggedReply`` (date, site, stars, review, reply):
never the reviewer's name, which is asked only so the guard can catch it. The practice
may rewrite a shipped template; its text then replaces the shipped one of that name.
Pure: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from planner.core.domain import FIRST_DAY, LAST_DAY, YEARS
from planner.core.text_checks import text_problems

# typing.TYPE_CHECKING without importing typing: the command line parses sites and stars
# from here, and importing the replies (and so the guard) would slow every command.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.replies import ReplyTemplate

SITES = ("Google", "Facebook", "Yelp", "other")
LOG_HEADER = ("date", "site", "stars", "review", "reply")


def parse_site(text: str) -> str:
    """A review site by any case of its name (``google`` is ``Google``)."""
    value = text.strip().lower()
    for site in SITES:
        if value == site.lower():
            return site
    raise ValueError(f"unknown site {text!r}; use one of {', '.join(SITES)}")


def parse_stars(text: str) -> int:
    """A star rating, 1 to 5, in ASCII digits."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 5:
        raise ValueError(f"{text!r} is not a star rating; use a whole number from 1 to 5")
    return int(value)


@dataclass(frozen=True, slots=True)
class LoggedReply:
    """One reply kept in the log. ``id`` is None until the store saved it."""

    date: dt.date
    site: str
    stars: int
    review: str
    reply: str
    id: int | None = None

    def problems(self) -> list[str]:
        """Why this reply cannot be kept, in plain words; empty when it can."""
        found: list[str] = []
        if not self.reply.strip():
            found.append("The reply is empty.")
        if self.site not in SITES:
            found.append(f"The site must be one of {', '.join(SITES)}.")
        if not 1 <= self.stars <= 5:
            found.append("The stars run from 1 to 5.")
        if not FIRST_DAY <= self.date <= LAST_DAY:
            found.append(f"The date must be in {YEARS}.")
        found.extend(text_problems(self.review + self.reply))
        return found

    def cells(self) -> list[str]:
        """The row of the log's CSV, in ``LOG_HEADER`` order."""
        return [self.date.isoformat(), self.site, str(self.stars), self.review, self.reply]


def template_problems(name: str, text: str, shipped: tuple[ReplyTemplate, ...]) -> list[str]:
    """Why ``text`` cannot replace the template ``name``; empty when it can."""
    found: list[str] = []
    if name not in {t.name for t in shipped}:
        found.append(f"There is no reply template called {name!r}.")
    if not text.strip():
        found.append("The template is empty; reset it to the shipped text instead.")
    found.extend(text_problems(text))
    return found


def with_edits(
    shipped: tuple[ReplyTemplate, ...], edited: Mapping[str, str]
) -> tuple[ReplyTemplate, ...]:
    """The templates in use: each shipped one, with the practice's text where it has one.

    An edit for a name no longer shipped is left out: the choice by stars only knows the
    shipped names.
    """
    from planner.core.replies import ReplyTemplate

    return tuple(
        ReplyTemplate(t.name, edited[t.name]) if edited.get(t.name, "").strip() else t
        for t in shipped
    )
