"""Consent records and the ``consent`` rule: may this post feature this person?

A consent record says that a person agreed to appear in the practice's posts: for which
uses (photo, video, story, testimonial, name), on which platforms, from which day and
until which day. A post that features a patient is linked to their consent; the rule
reports each dated post whose consent is missing, revoked, expired, not yet signed, or
does not cover what the post uses or where it goes. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.core.domain import FIRST_YEAR, LAST_YEAR, Platform, Post, month_abbr
from planner.core.text_checks import text_problems

# Use and its parsing live in planner.core.uses (a post has uses too); they are part of
# this module's words, so callers may still name them from here.
from planner.core.uses import Use as Use
from planner.core.uses import ordered_uses as ordered_uses
from planner.core.uses import parse_uses as parse_uses

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

EXPIRING_DAYS = 30  # a consent that ends within this many days is "expiring"


def parse_platforms(text: str) -> frozenset[Platform]:
    """``"facebook,x"`` as a set of platforms; an empty text is all platforms."""
    return frozenset(Platform.parse(part) for part in text.split(",") if part.strip())


class ConsentState(StrEnum):
    """Where a consent stands on a given day, as the Consent window shows it."""

    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"


class ConsentProblem(StrEnum):
    """The six problems of rule ``consent``, named as ``check --json`` names them."""

    MISSING = "missing"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_YET_SIGNED = "not-yet-signed"
    SCOPE = "scope"
    PLATFORM = "platform"


def long_day(day: dt.date) -> str:
    """``1 Mar 2027``: English and the same whatever the machine's locale."""
    return f"{day.day} {month_abbr(day)} {day.year}"


def _day_near(day: dt.date, other: dt.date) -> str:
    """``9 Mar`` beside a date of the same year, ``9 Mar 2028`` beside another year's."""
    return f"{day.day} {month_abbr(day)}" if day.year == other.year else long_day(day)


def words(items: Iterable[str], last: str = "and") -> str:
    """``photo``, ``photo and name``, ``photo, video and name``."""
    listed = list(items)
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + f" {last} " + listed[-1]


def ordered_platforms(platforms: Iterable[Platform]) -> list[Platform]:
    chosen = set(platforms)
    return [p for p in Platform if p in chosen]


def default_expiry(signed: dt.date) -> dt.date:
    """One year after ``signed``, the end the editor offers (HIPAA authorisations need
    one). 29 February ends on 28 February; never past the last year a date may have."""
    if signed.year >= LAST_YEAR:
        return dt.date(LAST_YEAR, 12, 31)
    try:
        return signed.replace(year=signed.year + 1)
    except ValueError:
        return signed.replace(year=signed.year + 1, day=28)


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A person's agreement to appear in the practice's posts.

    ``platforms`` empty means every platform. ``id`` is None until the store saved it.
    """

    id: int | None
    person: str
    covers: frozenset[Use]
    platforms: frozenset[Platform]
    signed: dt.date
    expires: dt.date | None = None
    revoked: dt.date | None = None
    form: str = ""
    notes: str = ""

    @property
    def label(self) -> str:
        """``Consent #3 (J. Smith)``: how messages name the record."""
        number = f" #{self.id}" if self.id is not None else ""
        return f"Consent{number} ({self.person.strip()})"

    def covers_platform(self, platform: Platform) -> bool:
        return not self.platforms or platform in self.platforms

    def with_changes(self, **changes: object) -> ConsentRecord:
        return replace(self, **changes)  # type: ignore[arg-type]

    def problems(self) -> list[str]:
        """Why this record cannot be saved, in plain words; empty when it can."""
        found: list[str] = []
        if not self.person.strip():
            found.append("Say whose consent this is.")
        if not self.covers:
            found.append("Tick at least one thing the consent covers.")
        for name, day in (("signed", self.signed), ("expiry", self.expires),
                          ("revocation", self.revoked)):  # fmt: skip
            if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
                found.append(f"The {name} date must be in the years {FIRST_YEAR} to {LAST_YEAR}.")
        if self.expires is not None and self.expires < self.signed:
            found.append(
                f"It expires on {long_day(self.expires)}, before it was signed on "
                f"{long_day(self.signed)}."
            )
        if self.revoked is not None and self.revoked < self.signed:
            found.append(
                f"It is revoked on {long_day(self.revoked)}, before it was signed on "
                f"{long_day(self.signed)}."
            )
        found.extend(text_problems(self.person + self.form + self.notes))
        return found

    def to_json(self, post_ids: Iterable[int] = ()) -> dict[str, Any]:
        """The record as ``consent list --json`` prints it, with its linked posts."""
        return {
            "id": self.id,
            "person": self.person,
            "covers": [u.value for u in ordered_uses(self.covers)],
            "platforms": [p.value for p in ordered_platforms(self.platforms)],
            "signed": self.signed.isoformat(),
            "expires": self.expires.isoformat() if self.expires else None,
            "revoked": self.revoked.isoformat() if self.revoked else None,
            "form": self.form,
            "posts": sorted(set(post_ids)),
        }


def state(record: ConsentRecord, today: dt.date) -> ConsentState:
    """Where ``record`` stands on ``today``. A recorded revocation is ``revoked`` even
    when it takes effect later; a consent that ends today is still valid today."""
    if record.revoked is not None:
        return ConsentState.REVOKED
    if record.expires is not None:
        if record.expires < today:
            return ConsentState.EXPIRED
        if (record.expires - today).days <= EXPIRING_DAYS:
            return ConsentState.EXPIRING
    return ConsentState.VALID


def expiring_soon(
    consents: Iterable[ConsentRecord], today: dt.date, days: int = EXPIRING_DAYS
) -> list[ConsentRecord]:
    """Unrevoked consents that end between ``today`` and ``days`` later, soonest first."""
    found = [
        c
        for c in consents
        if c.revoked is None and c.expires is not None and 0 <= (c.expires - today).days <= days
    ]
    return sorted(found, key=lambda c: (c.expires, c.id is None, c.id or 0))


def expiry_message(record: ConsentRecord, today: dt.date) -> str:
    """What the warnings panel says of a consent that ends soon."""
    assert record.expires is not None
    left = (record.expires - today).days
    when = "today" if left == 0 else "tomorrow" if left == 1 else f"in {left} days"
    return (
        f"{record.label} expires on {long_day(record.expires)}, {when}. Renew it, or posts "
        f"after that day that feature {record.person.strip()} will be flagged."
    )


@dataclass(frozen=True, slots=True)
class ConsentWarning:
    """One problem of one dated post with its consent (``consent`` None: none linked)."""

    post: int | None
    consent: int | None
    problem: ConsentProblem
    message: str
    rule: str = "consent"

    @property
    def post_ids(self) -> tuple[int, ...]:
        """The posts to select when the warning is activated, as other warnings have."""
        return (self.post,) if self.post is not None else ()

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "post": self.post,
            "consent": self.consent,
            "problem": self.problem.value,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class _Finding:
    problem: ConsentProblem
    reason: str  # short, for the editor's picker
    message: str  # the fact and the fix, for the warnings


def _findings(
    record: ConsentRecord, date: dt.date | None, platform: Platform, uses: frozenset[Use]
) -> list[_Finding]:
    """Everything wrong with ``record`` for a post on ``date`` (None: an idea, whose
    dates cannot be judged yet, though a revocation already rules the record out)."""
    found: list[_Finding] = []
    name = record.label
    revoked = record.revoked
    if revoked is not None and (date is None or revoked <= date):
        if date is None:
            when = ""
        elif revoked < date:
            when = f", before this post on {_day_near(date, revoked)}"
        else:
            when = ", the day of this post"
        found.append(_Finding(
            ConsentProblem.REVOKED,
            f"revoked on {long_day(revoked)}",
            f"{name} was revoked on {long_day(revoked)}{when}. Link another consent or "
            "move the post to ideas.",
        ))  # fmt: skip
    # Renewing is no fix for a revoked consent, so its expiry goes unmentioned.
    if (
        date is not None
        and not found  # revoked
        and record.expires is not None
        and record.expires < date
    ):
        found.append(_Finding(
            ConsentProblem.EXPIRED,
            f"expired on {long_day(record.expires)}",
            f"{name} expired on {long_day(record.expires)}, before this post on "
            f"{_day_near(date, record.expires)}. Renew it or move the post to ideas.",
        ))  # fmt: skip
    if date is not None and record.signed > date:
        found.append(_Finding(
            ConsentProblem.NOT_YET_SIGNED,
            f"signed on {long_day(record.signed)}, after this post",
            f"{name} was signed on {long_day(record.signed)}, after this post on "
            f"{_day_near(date, record.signed)}. Move the post to "
            f"{_day_near(record.signed, date)} or later, or link a consent signed before it.",
        ))  # fmt: skip
    uncovered = ordered_uses(uses - record.covers)
    if uncovered:
        listed = words(u.value for u in uncovered)
        them = "it" if len(uncovered) == 1 else "them"
        found.append(_Finding(
            ConsentProblem.SCOPE,
            f"does not cover {listed}",
            f"{name} does not cover {listed}. Link a consent that covers {them}, or take "
            f"{them} out of the post.",
        ))  # fmt: skip
    if not record.covers_platform(platform):
        covered = [p.label for p in ordered_platforms(record.platforms)]
        found.append(_Finding(
            ConsentProblem.PLATFORM,
            f"not for {platform.label}",
            f"{name} does not cover {platform.label}, only {words(covered)}. Link a consent "
            f"that covers {platform.label}, or post this on {words(covered, 'or')}.",
        ))  # fmt: skip
    return found


def consent_problems(
    post_id: int | None,
    date: dt.date | None,
    platform: Platform,
    uses: frozenset[Use],
    consents: Sequence[ConsentRecord],
    has_patient_story: bool = False,
) -> list[ConsentWarning]:
    """Rule ``consent`` for one post: its uses and patient-story finding against the
    consents linked to it. Ideas (no date) get no warning; each linked consent is
    judged on its own, in the order given."""
    if date is None:
        return []
    if not consents:
        if uses:
            listed = words(u.value for u in ordered_uses(uses))
            message = (
                f"This post features a patient ({listed}) but no consent is linked. Link "
                "their signed consent, or move the post to ideas until it is signed."
            )
        elif has_patient_story:
            message = (
                "This post tells a patient's story but no consent is linked. Link their "
                "signed consent, or rewrite it without the patient."
            )
        else:
            return []
        return [ConsentWarning(post_id, None, ConsentProblem.MISSING, message)]
    return [
        ConsentWarning(post_id, record.id, finding.problem, finding.message)
        for record in consents
        for finding in _findings(record, date, platform, uses)
    ]


def picker_reasons(
    date: dt.date | None,
    platform: Platform,
    uses: frozenset[Use],
    consents: Sequence[ConsentRecord],
) -> list[tuple[ConsentRecord, str | None]]:
    """For the editor's consent picker: each consent with why it would not be valid for
    a post on ``date`` and ``platform`` featuring ``uses`` (None: it would be valid)."""
    reasons: list[tuple[ConsentRecord, str | None]] = []
    for record in consents:
        found = _findings(record, date, platform, uses)
        reason = "; ".join(f.reason for f in found)
        reasons.append((record, reason[:1].upper() + reason[1:] if reason else None))
    return reasons


def consented_names(
    date: dt.date | None,
    platform: Platform,
    uses: frozenset[Use],
    consents: Sequence[ConsentRecord],
) -> list[str]:
    """The people a post linked to ``consents`` may name: those whose consent covers
    ``name`` and is valid for the post. The do-not-mention check lets these through."""
    names: list[str] = []
    for record, reason in picker_reasons(date, platform, uses, consents):
        person = record.person.strip()
        if reason is None and Use.NAME in record.covers and person and person not in names:
            names.append(person)
    return names


def affected_posts(posts: Iterable[Post], revoked_on: dt.date) -> list[Post]:
    """The dated posts a revocation on ``revoked_on`` affects (those on that day or
    later), in date and time order: what revoking offers to move back to ideas."""
    hit = [p for p in posts if p.date is not None and p.date >= revoked_on]
    return sorted(hit, key=lambda p: (p.date, p.time or dt.time(0), p.id or 0))
