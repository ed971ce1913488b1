"""A review reply for this practice: drafted from its templates and settings, and checked
by the guard in reply mode against the practice's own details.

The guard never flags the practice's own phone numbers, email, address or website, so
the context is built from the settings; reply mode adds ``confirms-patient``, ``argues``
and the reviewer's name as ``privacy``. Pure: no Qt, no SQL.
"""

from __future__ import annotations

from planner.core.guard import Finding, GuardContext, check_text
from planner.core.replies import DraftReply, ReplyTemplate, draft_reply, reply_context
from planner.core.settings import Settings


def practice_context(settings: Settings) -> GuardContext:
    """What the guard knows of the practice: its own details are never findings."""
    return GuardContext(
        practice_phones=tuple(settings.phones),
        practice_email=settings.email,
        practice_address=settings.address,
        practice_website=settings.website,
        country=settings.country,
    )


def draft_for(
    settings: Settings,
    stars: int,
    templates: tuple[ReplyTemplate, ...],
    name: str | None = None,
) -> DraftReply:
    """The reply for a review of ``stars`` (or from the template ``name``), filled with
    the practice's name and first phone number."""
    return draft_reply(stars, settings.practice_name, "; ".join(settings.phones), templates, name)


def check_reply(text: str, settings: Settings, reviewer: str = "") -> list[Finding]:
    """The guard's findings in ``text`` as a reply to a review by ``reviewer``."""
    return check_text(text, reply_context(practice_context(settings), reviewer))
