"""Identifiers written out: email addresses, US Social Security numbers, NHS numbers,
IP addresses, and record, account, policy and similar numbers after their word."""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.findings import PRIVACY, Finding
from planner.core.guard.folding import fold
from planner.core.guard.scan import lazy_pattern
from planner.core.guard.wordlists import RECORD_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan
    from planner.core.guard.wordlists import WordLists

_EMAIL = lazy_pattern(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])")
# The number patterns start with a digit, so a search skips quickly from digit to digit;
# what may not come before a number is checked after the match (_clear_before).
_SSN = lazy_pattern(r"([0-9]{3})([- ])([0-9]{2})\2([0-9]{4})(?![\w-]|\.[0-9])")
_SSN_BARE = lazy_pattern(
    r"(?:\bssn|social security(?:\s+(?:number|no\.?|card))?)\W{0,3}([0-9]{9})\b"
)
_NHS = lazy_pattern(r"([0-9]{3})([ -]?)([0-9]{3})\2([0-9]{4})(?![\w-]|\.[0-9])")
_IPV4 = lazy_pattern(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![\w]|\.[0-9])")
_IPV6_HINT = re.compile(r"[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{0,4}:")
_IPV6_SHAPE = lazy_pattern(r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
# A code after "#" is a record number only when it is digits; "#NHS2026" is a hashtag.
_HASH_CODE = lazy_pattern(r"(?<![\w#&])#\s?([0-9][0-9-]{2,}[0-9])(?![\w-])")
_YEARISH = re.compile(r"(?:19|20)[0-9][0-9](?:[/-](?:[0-9][0-9]|(?:19|20)[0-9][0-9]))?")

_EMAIL_MESSAGE = (
    "An email address that is not the practice's own: {excerpt}. Remove it, or add it to "
    "Settings → Guard if it is the practice's."
)
_SSN_MESSAGE = (
    "This looks like a US Social Security number: {excerpt}. Take it out; it must never "
    "appear in a post."
)
_NHS_MESSAGE = (
    "This looks like an NHS number (ten digits with a valid check digit): {excerpt}. Take "
    "it out; it identifies a patient."
)
_IP_MESSAGE = "An IP address: {excerpt}. Remove it; it can point to a person's device or home."
_RECORD_MESSAGE = (
    "This looks like a record, account or policy number: {excerpt}. Remove it; numbers "
    "like this identify a person."
)


def _host(address: str) -> str:
    host = fold(address).strip()
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0].split("@")[-1]
    return host.removeprefix("www.")


def find_emails(scan: Scan) -> list[Finding]:
    """Email addresses, except the practice's own (its address, or its own domain)."""
    if "@" not in scan.folded:
        return []
    context = scan.context
    own = fold(context.practice_email).strip()
    domains = {_host(a) for a in (context.practice_email, context.practice_website) if a}
    domains.discard("")
    found: list[Finding] = []
    folded = scan.folded
    ats = [folded.index("@")]
    while (at := folded.find("@", ats[-1] + 1)) >= 0:
        ats.append(at)
    # Search only around each "@": an address is at most 64 + 255 characters.
    matches = {
        m.span(): m
        for at in ats
        for m in _EMAIL().finditer(folded, max(0, at - 64), at + 256)
        if m.start() <= at < m.end()
    }
    for match in matches.values():
        address = match.group()
        if address == own or address.rsplit("@", 1)[1] in domains:
            continue
        found.append(scan.finding(PRIVACY, match.start(), match.end(), _EMAIL_MESSAGE))
    return found


def _ssn_valid(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def nhs_number_valid(digits: str) -> bool:
    """Ten digits whose last is the modulus-11 check digit of the first nine."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _clear_before(text: str, index: int, also: str) -> bool:
    """Nothing that would make a number part of a longer code sits just before ``index``."""
    if index == 0:
        return True
    before = text[index - 1]
    return not (before.isalnum() or before == "_" or before in also)


def find_numbers(scan: Scan) -> list[Finding]:
    """SSNs, NHS numbers and IP addresses."""
    folded = scan.folded
    found: list[Finding] = []
    # Each pattern runs only over digit runs close enough to make one of these numbers.
    windows = [(max(0, s - 1), e + 2) for s, e in scan.number_spans(4, 1)]
    if scan.digits >= 9:
        ssn = [m for s, e in windows for m in _SSN().finditer(folded, s, e)]
        nhs = [m for s, e in windows for m in _NHS().finditer(folded, s, e)]
        for match in ssn:
            valid = _ssn_valid(match.group(1), match.group(3), match.group(4))
            if valid and _clear_before(folded, match.start(), "-"):
                found.append(scan.finding(PRIVACY, match.start(), match.end(), _SSN_MESSAGE))
        if scan.has_any(("ssn", "social")):
            for match in _SSN_BARE().finditer(folded):
                digits = match.group(1)
                if _ssn_valid(digits[:3], digits[3:5], digits[5:]):
                    found.append(scan.finding(PRIVACY, *match.span(1), _SSN_MESSAGE))
        for match in nhs:
            digits = match.group(1) + match.group(3) + match.group(4)
            if (
                nhs_number_valid(digits)
                and _clear_before(folded, match.start(), "+-")
                and not scan.in_link(match.start(), match.end())
            ):
                found.append(scan.finding(PRIVACY, match.start(), match.end(), _NHS_MESSAGE))
    if scan.digits >= 4 and folded.count(".") >= 3:
        for match in (m for s, e in windows for m in _IPV4().finditer(folded, s, e)):
            octets_ok = all(int(part) <= 255 for part in match.group().split("."))
            if (
                octets_ok
                and _clear_before(folded, match.start(), ".")
                and not scan.in_link(match.start(), match.end())
            ):
                found.append(scan.finding(PRIVACY, match.start(), match.end(), _IP_MESSAGE))
    if "::" in folded or _IPV6_HINT.search(folded):
        found += _find_ipv6(scan)
    return found


def _find_ipv6(scan: Scan) -> list[Finding]:
    import ipaddress

    found: list[Finding] = []
    for match in _IPV6_SHAPE().finditer(scan.folded):
        try:
            ipaddress.IPv6Address(match.group())
        except ValueError:
            continue
        found.append(scan.finding(PRIVACY, match.start(), match.end(), _IP_MESSAGE))
    return found


@lru_cache(maxsize=8)
def _record_pattern(lists: WordLists) -> tuple[frozenset[str], re.Pattern[str]] | None:
    """The first words of the record words, and the pattern matched from one of them."""
    cues = sorted(
        {fold(e.phrase).strip() for e in lists.entries(RECORD_WORDS) if not e.exception}
        - {"#", ""},
        key=len,
        reverse=True,
    )
    if not cues:
        return None
    firsts = frozenset(cue.split()[0].rstrip(".") for cue in cues)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in cues)
    pattern = re.compile(
        rf"(?:{alternatives})"
        r"(?:\s+(?:number|no\.?|num\.?|#|id))?"
        r"(?:\s*[:#]\s*|\s+(?:is\s+)?|\s*-\s*)"
        r"(?P<code>[a-z0-9](?:[a-z0-9/]|-(?=[a-z0-9]))*[a-z0-9])(?![\w-])"
    )
    return firsts, pattern


def _is_code(code: str) -> bool:
    return len(code) >= 4 and any(c.isdigit() for c in code) and not _YEARISH.fullmatch(code)


def find_record_numbers(scan: Scan) -> list[Finding]:
    """A code of four or more characters with digits, right after a record word or ``#``."""
    if not scan.digits:
        return []
    found: list[Finding] = []
    folded = scan.folded
    record = _record_pattern(scan.lists)
    if record is not None:
        firsts, pattern = record
        for index in scan.word_indices(firsts):
            match = pattern.match(folded, scan.tokens.starts[index])
            if match is None:
                continue
            code = match.group("code")
            if _is_code(code) and not scan.in_link(match.start(), match.end()):
                found.append(scan.finding(PRIVACY, *match.span("code"), _RECORD_MESSAGE))
    if "#" in folded:
        for match in _HASH_CODE().finditer(folded):
            if _is_code(match.group(1)) and not scan.in_link(match.start(), match.end()):
                found.append(scan.finding(PRIVACY, *match.span(1), _RECORD_MESSAGE))
    return found
