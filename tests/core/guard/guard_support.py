"""Practices and small helpers shared by the guard's tests."""

from __future__ import annotations

from planner.core.domain import Kind
from planner.core.guard import Finding, GuardContext, check_text

DENTAL = GuardContext(
    kind=Kind.ORIGINAL,
    practice_phones=("0113 496 0000", "0113 496 0001"),
    practice_email="hello@riversidedental.co.uk",
    practice_address="14 Mill Lane, Leeds LS6 2QB",
    practice_website="www.riversidedental.co.uk",
    country="GB",
    do_not_mention=("Margaret Ellis", "Zoë Hartley", "Tomasz Nowak"),
)

PHYSIO = GuardContext(
    kind=Kind.ORIGINAL,
    practice_phones=("(512) 555-0140",),
    practice_email="frontdesk@cedarparkpt.com",
    practice_address="2200 Whitestone Blvd, Cedar Park, TX 78613",
    practice_website="https://cedarparkpt.com",
    country="US",
    do_not_mention=("Dolores Ramírez",),
)


def check(text: str, context: GuardContext = DENTAL) -> list[Finding]:
    """Check ``text`` and assert the promise every finding keeps: its span is its excerpt."""
    findings = check_text(text, context)
    for finding in findings:
        assert text[finding.start : finding.end] == finding.excerpt, finding
    return findings


def found(text: str, context: GuardContext = DENTAL) -> list[tuple[str, str]]:
    """(category, excerpt) of every finding."""
    return [(f.category, f.excerpt) for f in check(text, context)]


def categories(text: str, context: GuardContext = DENTAL) -> set[str]:
    return {f.category for f in check(text, context)}
