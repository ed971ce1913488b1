"""Dates tied to a person, and ages of 90 or over.

A day-and-month date is a privacy finding when, in the same sentence and within five
words, something ties it to a person: born, birthday, DOB, admitted, discharged, died,
passed away, diagnosed, or an operation someone had ("had surgery on", "her operation
on"). "The surgery" alone is the practice in British use, so its opening dates never count.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from planner.core.guard.findings import PRIVACY, Finding

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:\.?,?\s+(?:19|20)\d\d)?"  # "Sept. 2026": the dot joins only with a year
_WORDY_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\.?\s+(?:the\s+)?{_DAY})\b{_YEAR}(?!\w)"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\w./-])(?:(\d{1,2})([/.-])(\d{1,2})(?:\2(?:\d{4}|\d{2}))?|\d{4}-\d\d-\d\d)"
    r"(?![\w/-]|[.,]\d)"
)
_CUE = re.compile(
    r"\b(?:born|birth|births|birthday|birthdate|dob|d\.o\.b\.?|date\s+of\s+birth|admitted|"
    r"admission|discharged|died|passed\s+away|diagnosed|diagnosis)(?!\w)"
    r"|\b(?:had|has\s+had|having|underwent|went\s+in\s+for)\s+"
    r"(?:(?!the\b|our\b|your\b)[\w-]+\s+){0,2}(?:surgery|operation|op)\b"
    r"|\b(?:his|her|their|my)\s+(?:[\w-]+\s+)?(?:surgery|operation)\b"
)
_WINDOW = 5  # words between the cue and the date
# "Our 30th birthday": the practice's own, not a person's.
_OURS = re.compile(r"\bour\s+(?:[\w-]+\s+)?$")

_AGE = r"(?:9\d|1[01]\d)"
_AGES = re.compile(
    rf"(?<![\w.,]){_AGE}[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b"
    rf"|(?<![\w.,]){_AGE}\s*(?:yo|y/o|y\.o\.)(?!\w)"
    rf"|\baged?\s+{_AGE}\b(?!\s*(?:\+|%|-\s*\d|to\b|and\s+(?:over|older|above)|or\s+"
    r"(?:over|older|more|above)|plus\b|years?\s+and))"
    rf"|\b(?:turned|turns|turning)\s+{_AGE}\b(?!\s*(?:%|per\b|years?\b(?!\s+old)))"
    rf"|(?<![\w.,]){_AGE}(?:st|nd|rd|th)\s+birthday\b"
    r"|\b(?:his|her|their)\s+(?:early\s+|mid[\s-]?|late\s+)?(?:90s|nineties|100s)\b"
    r"|\bcentenarian\b"
)

_DATE_MESSAGE = (
    "A date tied to a person: {excerpt}. Dates of birth, admission, surgery or death "
    "identify someone; leave the date out, or keep only the year."
)
_AGE_MESSAGE = (
    "An age of 90 or over, said of a person: {excerpt}. Say \"over 90\" instead, or leave "
    "the age out."
)


def _numeric_date(match: re.Match[str]) -> bool:
    if match.group(1) is None:  # ISO 2026-03-12
        return True
    first, second = int(match.group(1)), int(match.group(3))
    day_month = 1 <= first <= 31 and 1 <= second <= 12
    month_day = 1 <= first <= 12 and 1 <= second <= 31
    # "8.30" is a time, not a date: a dotted date needs its year.
    if match.group(2) == "." and match.group().count(".") < 2:
        return False
    return day_month or month_day


def _dates(folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _WORDY_DATE.finditer(folded)]
    spans += [m.span() for m in _NUMERIC_DATE.finditer(folded) if _numeric_date(m)]
    return sorted(spans)


def find_person_dates(scan: Scan) -> list[Finding]:
    """Day-and-month dates within five words of a cue that ties them to a person."""
    folded = scan.folded
    cues = [m.span() for m in _CUE.finditer(folded) if not _OURS.search(folded, 0, m.start())]
    if not cues:
        return []
    dates = _dates(folded)
    if not dates:
        return []
    breaks = scan.sentence_breaks()
    starts, ends = scan.tokens.starts, scan.tokens.ends
    found: list[Finding] = []
    for d_start, d_end in dates:
        for c_start, c_end in cues:
            if c_end <= d_start:
                gap_start, gap_end = c_end, d_start
            elif d_end <= c_start:
                gap_start, gap_end = d_end, c_start
            else:
                continue
            # Sentence ends in the gap (a cue's own "d.o.b." dot is not in the gap).
            if bisect_left(breaks, gap_start) != bisect_left(breaks, gap_end):
                continue
            words = bisect_right(ends, gap_end) - bisect_left(starts, gap_start)
            if words <= _WINDOW:
                found.append(scan.finding(PRIVACY, d_start, d_end, _DATE_MESSAGE))
                break
    return found


def find_ages(scan: Scan) -> list[Finding]:
    """Ages of 90 and over said of a person ("92-year-old", "aged 95", "her 100th birthday")."""
    return [
        scan.finding(PRIVACY, m.start(), m.end(), _AGE_MESSAGE)
        for m in _AGES.finditer(scan.folded)
    ]
