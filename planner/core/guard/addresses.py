"""Street addresses, full UK postcodes and US ZIP codes, except the practice's own.

These read the original text: capital letters are what tell "27 Rosemary Lane" from
"27 more lanes", and a postcode is written in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.findings import PRIVACY, Finding
from planner.core.guard.folding import words_of
from planner.core.guard.scan import lazy_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan

# Street words, with the short forms people write; a short form means the long one.
_STREET_WORDS: dict[str, str] = {
    "street": "street", "st": "street", "road": "road", "rd": "road",
    "avenue": "avenue", "ave": "avenue", "av": "avenue", "lane": "lane", "ln": "lane",
    "drive": "drive", "dr": "drive", "close": "close", "way": "way",
    "crescent": "crescent", "cres": "crescent", "court": "court", "ct": "court",
    "place": "place", "pl": "place", "boulevard": "boulevard", "blvd": "boulevard",
    "terrace": "terrace", "tce": "terrace", "gardens": "gardens", "gdns": "gardens",
    "grove": "grove", "square": "square", "sq": "square", "row": "row", "mews": "mews",
    "parkway": "parkway", "pkwy": "parkway", "highway": "highway", "hwy": "highway",
    "circle": "circle", "cir": "circle", "trail": "trail", "walk": "walk",
    "parade": "parade", "rise": "rise", "wharf": "wharf", "quay": "quay",
}  # fmt: skip
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_UPPER}][\w'’-]*"
# Written as a name is: "Lane" or "LANE", never "lane" ("27 more lanes" is no address).
_STREET_WORD = "|".join(
    sorted(
        (f(w) for w in _STREET_WORDS if w not in ("dr", "st") for f in (str.capitalize, str.upper)),
        key=len,
        reverse=True,
    )
)
_STREET = lazy_pattern(
    rf"(?<![\w£$€.,:/#-])[0-9]{{1,5}}[A-Za-z]?,?\s+"
    rf"(?:(?:[NSEW]|North|South|East|West)\.?\s+)?"
    rf"(?:{_NAME_WORD}\s+){{1,3}}"
    rf"(?:(?:{_STREET_WORD})\b|(?:Dr|St|DR|ST)\b(?=\.|,|\s*$))"
)
# The first letter comes before the look-behind, which checks the character before it: a
# pattern that starts with a letter class lets the search skip ahead quickly.
_UK_POSTCODE = re.compile(
    r"(?:[A-PR-UWYZ](?<![\w-].)[A-HK-Y]?[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|G(?<![\w-].)IR\s?0AA)(?![\w-])"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    "NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_ZIP = lazy_pattern(
    rf"(?:\b(?:{_STATES})\.?|\b(?:{_STATE_NAMES})|(?i:\bzip(?:\s*code)?:?))"
    r",?\s+(?P<zip>[0-9]{5}(?:-[0-9]{4})?)(?![\w-])"
)

_STREET_MESSAGE = (
    "A street address that is not the practice's: {excerpt}. Remove it, or put the "
    "practice's address in Settings → Guard if it is the practice's."
)
_POSTCODE_MESSAGE = (
    "A postcode that is not part of the practice's address: {excerpt}. Remove it; with a "
    "name it pins down where someone lives."
)
_ZIP_MESSAGE = (
    "A ZIP code that is not part of the practice's address: {excerpt}. Remove it; with a "
    "name it narrows down where someone lives."
)


@lru_cache(maxsize=32)
def compact(address: str) -> str:
    """An address as letters and digits only, street words spelled out: for comparing."""
    return "".join(_STREET_WORDS.get(word, word) for word in words_of(address))


def _own(scan: Scan, start: int, end: int) -> bool:
    own = compact(scan.context.practice_address)
    piece = compact(scan.original[start:end])
    return bool(own) and bool(piece) and piece in own


def _five_digit_words(scan: Scan) -> frozenset[str]:
    return frozenset(w for w in scan.keys if len(w) == 5 and w.isdigit())


def find_addresses(scan: Scan) -> list[Finding]:
    """Street addresses, UK postcodes and US ZIP codes not in the practice's own address."""
    if not scan.digits:
        return []
    original = scan.original
    candidates: set[tuple[int, int, str]] = set()
    # A street address ends in a street word, a ZIP code is five digits: search only the
    # few words before each.
    for i in scan.word_indices(_STREET_WORDS):
        start, end = scan.original_window(i, i, 5)
        candidates |= {
            (*m.span(), _STREET_MESSAGE) for m in _STREET().finditer(original, start, end)
        }
    for i in scan.word_indices(_five_digit_words(scan)):
        start, end = scan.original_window(i, i, 4)
        candidates |= {
            (*m.span("zip"), _ZIP_MESSAGE) for m in _ZIP().finditer(original, start, end)
        }
    candidates |= {(*m.span(), _POSTCODE_MESSAGE) for m in _UK_POSTCODE.finditer(original)}
    found: list[Finding] = []
    for start, end, message in sorted(candidates):
        if _own(scan, start, end):
            continue
        if scan.in_link(scan.folded_index(start), scan.folded_index(end)):
            continue
        found.append(scan.original_finding(PRIVACY, start, end, message))
    return found
