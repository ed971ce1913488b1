"""Phone and fax numbers that are not the practice's own.

A number counts when it is written with ``+`` (any country), or in the national format
of the practice's country (GB: ten or eleven digits starting with 0; US: ten digits, or
a local 555-0123). ``phonenumbers`` decides whether the digits can be a number at all;
it is imported only when a text holds something shaped like one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.findings import PRIVACY, Finding
from planner.core.guard.scan import lazy_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

# Starts with a character class, so the search skips quickly to the next digit, "+" or
# "(" (a look-behind first would cost a try at every position); what comes before the
# number is checked afterwards.
_CANDIDATE = lazy_pattern(
    r"""
    (?:\+\s?[0-9]{1,3}[\s.-]?(?:\(0\)\s?)?)?  # +44, +44 (0), +1
    (?:\(\s?[0-9]{2,5}\s?\)\s?)?            # (0117), (512)
    [0-9](?:[0-9]|[ .-](?=[0-9])){5,16}     # digits, one separator at a time
    (?![\w/]|[.,:-][0-9])
    """,
    re.VERBOSE,
)
_NOT_BEFORE = frozenset("+#@/.,:£$€-_")  # inside a code, date, link or amount
_DATE_SHAPE = lazy_pattern(r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4}")
_US_LOCAL = lazy_pattern(r"[0-9]{3}[.-][0-9]{4}")

MESSAGE = (
    "A phone number that is not the practice's own: {excerpt}. Remove it, or add it to "
    "Settings → Guard if it is the practice's."
)


@lru_cache(maxsize=32)
def _own_numbers(phones: tuple[str, ...], region: str) -> frozenset[str]:
    """The practice's numbers in E.164 form (and their bare digits, if unparsable)."""
    import phonenumbers

    own: set[str] = set()
    for phone in phones:
        try:
            number = phonenumbers.parse(phone, region)
            own.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        except phonenumbers.NumberParseException:
            pass
        own.add("".join(c for c in phone if c.isdigit()))
    return frozenset(own)


def _national_shape(candidate: str, digits: str, region: str) -> bool:
    if region == "US":
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        if len(digits) == 10:
            return digits[0] not in "01"
        return len(digits) == 7 and _US_LOCAL().fullmatch(candidate) is not None
    return digits.startswith("0") and len(digits) in (10, 11)


@lru_cache(maxsize=1024)  # the editor re-checks the same numbers on every keystroke
def _e164(candidate: str, region: str | None) -> str | None:
    """The number in E.164 form if ``phonenumbers`` thinks it possible, else None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    formatted: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return formatted


def find_phones(scan: Scan) -> list[Finding]:
    """Phone and fax numbers, except the practice's own."""
    if scan.digits < 7:
        return []
    folded = scan.folded
    region = "US" if scan.context.country.upper() == "US" else "GB"
    found: list[Finding] = []
    matches = [
        match
        for first, last in scan.number_spans(7, 3)  # "+44 (0)20": gaps of up to 3
        for match in _CANDIDATE().finditer(folded, max(0, first - 4), last + 2)
    ]
    for match in matches:
        candidate = match.group().strip()
        start, end = match.start(), match.start() + len(candidate)
        before = folded[start - 1] if start else " "
        if before.isalnum() or before in _NOT_BEFORE:
            continue
        digits = "".join(c for c in candidate if c.isdigit())
        if not 7 <= len(digits) <= 15 or scan.in_link(start, end):
            continue
        international = candidate.startswith("+")
        if not international and (
            _DATE_SHAPE().fullmatch(candidate) or not _national_shape(candidate, digits, region)
        ):
            continue
        e164 = _e164(candidate, None if international else region)
        if e164 is None:
            continue
        own = _own_numbers(scan.context.practice_phones, region)
        if e164 in own or digits in own:
            continue
        found.append(scan.finding(PRIVACY, start, end, MESSAGE))
    return found
