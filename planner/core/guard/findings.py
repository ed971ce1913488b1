"""What the guard reports: findings, their categories, and acknowledgements that silence one.

A finding's span indexes the text the guard was given, so ``text[start:end] == excerpt``.
"""

from __future__ import annotations

from dataclasses import dataclass

# typing.TYPE_CHECKING without importing typing: the guard loads after the window's first
# frame, and every millisecond of import shows on the first keystroke.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable
    from typing import Literal, TypeAlias

    Severity: TypeAlias = Literal["stop", "caution"]

PRIVACY = "privacy"
PATIENT_STORY = "patient-story"
DISPARAGING = "disparaging"
PROFANITY = "profanity"
HOT_BUTTON = "hot-button"
SELLING = "selling"
CLAIMS = "claims"
CONFIRMS_PATIENT = "confirms-patient"
ARGUES = "argues"

# Each category's severity, as the product defines it.
CATEGORY_SEVERITY: dict[str, Severity] = {
    PRIVACY: "stop",
    PATIENT_STORY: "caution",
    DISPARAGING: "stop",
    PROFANITY: "stop",
    HOT_BUTTON: "caution",
    SELLING: "caution",
    CLAIMS: "caution",
    CONFIRMS_PATIENT: "stop",
    ARGUES: "caution",
}

CATEGORIES: tuple[str, ...] = tuple(CATEGORY_SEVERITY)
# Categories that only reply mode checks.
REPLY_CATEGORIES: frozenset[str] = frozenset({CONFIRMS_PATIENT, ARGUES})


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the guard saw: where it is in the text, and what to do about it."""

    category: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str

    def to_json(self, post_id: int | None = None) -> dict[str, object]:
        """The ``guard --json`` shape of this finding, for the post with ``post_id``."""
        return {
            "post": post_id,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }


def make_finding(category: str, text: str, start: int, end: int, message: str) -> Finding:
    """A finding of ``category`` over ``text[start:end]``, with the category's severity."""
    return Finding(category, CATEGORY_SEVERITY[category], start, end, text[start:end], message)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """The practice saw a finding on one post and decided it is fine, for a reason."""

    category: str
    excerpt: str
    reason: str
    when: dt.datetime

    def covers(self, finding: Finding) -> bool:
        """Same category and the very same words: changing the words brings it back."""
        return finding.category == self.category and finding.excerpt == self.excerpt


def open_findings(
    findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement]
) -> list[Finding]:
    """The findings that no acknowledgement on this post covers, in their order."""
    acks = list(acknowledgements)
    return [f for f in findings if not any(a.covers(f) for a in acks)]


def acknowledged_findings(
    findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement]
) -> list[Finding]:
    """The findings an acknowledgement covers: the editor still shows them, greyed."""
    acks = list(acknowledgements)
    return [f for f in findings if any(a.covers(f) for a in acks)]
