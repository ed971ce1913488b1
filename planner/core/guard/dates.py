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
from planner.core.guard.folding import word_key
from planner.core.guard.scan import lazy_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:\.?,?\s+(?:19|20)[0-9][0-9])?"  # "Sept. 2026": the dot joins only with a year
_WORDY_DATE = lazy_pattern(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\.?\s+(?:the\s+)?{_DAY})\b{_YEAR}(?!\w)"
)
_NUMERIC_DATE = lazy_pattern(
    r"(?<![\w./-])(?:([0-9]{1,2})([/.-])([0-9]{1,2})(?:\2(?:[0-9]{4}|[0-9]{2}))?"
    r"|[0-9]{4}-[0-9][0-9]-[0-9][0-9])(?![\w/-]|[.,][0-9])"
)
# Words that tie a date to a person on their own, and the words of the two-word cues.
_CUE_WORDS = frozenset(
    [
        "born",
        "birth",
        "births",
        "birthday",
        "birthdays",
        "birthdate",
        "dob",
        "admitted",
        "admission",
        "discharged",
        "died",
        "diagnosed",
        "diagnosis",
    ]
)
_OPERATIONS = frozenset(("surgery", "operation", "op"))
_HAD = frozenset(("had", "having", "underwent"))
_WHOSE = frozenset(("his", "her", "their", "my"))
_THE_PRACTICE = frozenset(("the", "our", "your"))  # "the surgery" is the practice
_KEYS = _CUE_WORDS | _OPERATIONS | {"passed", "d"}
# "born between ... and ...", "anyone born on or before ...": who is eligible, not a person.
_BIRTH = frozenset(("born", "birth", "births", "birthdate"))
_RANGE = frozenset(("between", "before", "after", "since", "from", "or", "until"))
_COHORT = frozenset(("anyone", "everyone", "people", "children", "babies", "those", "all"))
_WINDOW = 5  # words between the cue and the date

_AGE = r"(?:9[0-9]|1[01][0-9])"
_AGES = lazy_pattern(
    rf"(?<![\w.,]){_AGE}[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b"
    rf"|(?<![\w.,]){_AGE}\s*(?:yo|y/o|y\.o\.)(?!\w)"
    rf"|\baged?\s+{_AGE}\b(?!\s*(?:\+|%|-\s*[0-9]|to\b|and\s+(?:over|older|above)|or\s+"
    r"(?:over|older|more|above)|plus\b|years?\s+and))"
    rf"|\b(?:turned|turns|turning)\s+{_AGE}\b(?!\s*(?:%|per\b|years?\b(?!\s+old)))"
    rf"|(?<![\w.,]){_AGE}(?:st|nd|rd|th)\s+birthday\b"
    r"|\b(?:his|her|their)\s+(?:early\s+|mid[\s-]?|late\s+)?(?:90s|nineties|100s)\b"
    r"|\bcentenarian\b"
)
_AGE_NUMBERS = [str(n) for n in range(90, 120)]
_AGE_KEYS = frozenset(
    [*_AGE_NUMBERS, "90s", "nineties", "100s", "centenarian"]
    + [n + suffix for n in _AGE_NUMBERS for suffix in ("st", "nd", "rd", "th", "yo")]
)

# Things that have ages too: "our practice is 90 years old", "a 100-year-old building".
_THINGS = frozenset(
    """
    practice surgery clinic building premises hall house church school hospital nhs charity
    company business firm tree oak bridge village town city club centre center pub shop
    street road mill chapel organisation organization tradition
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
_DETERMINERS = frozenset(("our", "the", "this", "that", "a", "an", "its", "their"))
_VERBS = frozenset(("is", "was", "turns", "turned", "becomes", "became", "be", "will", "now"))
_PREPOSITIONS = frozenset(("at", "of", "in", "by", "to", "from", "with", "near", "for", "on"))

_DATE_MESSAGE = (
    "A date tied to a person: {excerpt}. Dates of birth, admission, surgery or death "
    "identify someone; leave the date out, or keep only the year."
)
_AGE_MESSAGE = (
    'An age of 90 or over, said of a person: {excerpt}. Say "over 90" instead, or leave '
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


def _cues(scan: Scan) -> list[tuple[int, int]]:
    """The cues as (first, last) token indices."""
    words = scan.tokens.words
    cues: list[tuple[int, int]] = []
    for i in scan.word_indices(_KEYS):
        word = words[i]
        before = words[max(0, i - 3) : i]
        if word in _CUE_WORDS or word.removesuffix("'s") in _CUE_WORDS:
            if "our" in before[-2:]:  # "our 30th birthday" is the practice's
                continue
            if word in _BIRTH and _cohort(before, words[i + 1 : i + 4]):
                continue
            cues.append((i, i))
        elif word == "passed" and words[i + 1 : i + 2] == ["away"]:
            cues.append((i, i + 1))
        elif word == "d" and words[i + 1 : i + 3] == ["o", "b"]:
            cues.append((i, i + 2))
        elif word in _OPERATIONS and before and before[-1] not in _THE_PRACTICE:
            # "had (knee) surgery", "having an operation", "her (hip) operation"
            whose = [k for k in (1, 2) if len(before) >= k and before[-k] in _WHOSE]
            had = [k for k in (1, 2, 3) if len(before) >= k and before[-k] in _HAD]
            had += [k for k in (1, 2) if before[-k - 1 : len(before) - k + 1] == ["in", "for"]]
            if whose or had:
                cues.append((i - max(whose + had), i))
    return cues


def _cohort(before: list[str], after: list[str]) -> bool:
    """Whether "born" says who is eligible: a range follows it ("born between"), or a group
    of people comes first ("anyone born")."""
    ranged = [w for w in after if w not in ("on", "in")][:1]
    return bool(set(ranged) & _RANGE) or bool(set(before[-2:]) & _COHORT)


def _dates_near(scan: Scan, first: int, last: int) -> set[tuple[int, int]]:
    """Day-and-month dates around the cue's words."""
    folded = scan.folded
    start, end = scan.window(first, last, _WINDOW + 3)
    spans = {m.span() for m in _WORDY_DATE().finditer(folded, start, end)}
    spans |= {m.span() for m in _NUMERIC_DATE().finditer(folded, start, end) if _numeric_date(m)}
    return spans


def find_person_dates(scan: Scan) -> list[Finding]:
    """Day-and-month dates within five words of a cue that ties them to a person."""
    if not scan.digits or not scan.has_any(_KEYS):
        return []
    starts, ends = scan.tokens.starts, scan.tokens.ends
    breaks: list[int] | None = None
    tied: set[tuple[int, int]] = set()
    for first, last in _cues(scan):
        c_start, c_end = starts[first], ends[last]
        for d_start, d_end in _dates_near(scan, first, last) - tied:
            if c_end <= d_start:
                gap_start, gap_end = c_end, d_start
            elif d_end <= c_start:
                gap_start, gap_end = d_end, c_start
            else:
                continue
            if breaks is None:
                breaks = scan.sentence_breaks()
            # A sentence ends in the gap (a cue's own "d.o.b." dot is not in the gap).
            if bisect_left(breaks, gap_start) != bisect_left(breaks, gap_end):
                continue
            if bisect_right(ends, gap_end) - bisect_left(starts, gap_start) <= _WINDOW:
                tied.add((d_start, d_end))
    return [scan.finding(PRIVACY, s, e, _DATE_MESSAGE) for s, e in sorted(tied)]


def find_ages(scan: Scan) -> list[Finding]:
    """Ages of 90 and over said of a person ("92-year-old", "aged 95", "her 100th birthday")."""
    spans: set[tuple[int, int]] = set()
    for i in scan.word_indices(_AGE_KEYS):
        start, end = scan.window(i, i, 3)
        spans |= {m.span() for m in _AGES().finditer(scan.folded, start, end)}
    return [
        scan.finding(PRIVACY, s, e, _AGE_MESSAGE)
        for s, e in sorted(spans)
        if not _age_of_a_thing(scan, s, e)
    ]


def _age_of_a_thing(scan: Scan, start: int, end: int) -> bool:
    """The age is a building's or an institution's: "our practice is 90 years old", "the
    village hall turns 95", "a 100-year-old building"."""
    words = scan.tokens.words
    first = bisect_left(scan.tokens.ends, start + 1)
    last = bisect_left(scan.tokens.starts, end)
    if {word_key(w) for w in words[last : last + 2]} & _THINGS:
        return True
    before = [word_key(w) for w in words[max(0, first - 5) : first]]
    while before and before[-1] in _VERBS:
        before.pop()
    # The thing is the subject: "our practice is", not "our patient at the practice is".
    for size in (2, 3):
        phrase = before[-size:]
        if len(phrase) == size and phrase[0] in _DETERMINERS and phrase[-1] in _THINGS:
            ahead = before[-size - 1 : -size]
            return not (set(ahead) & _PREPOSITIONS)
    return False
