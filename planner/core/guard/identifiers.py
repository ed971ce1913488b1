"""Identifiers written out: email addresses, US Social Security numbers, NHS numbers,
IP addresses, and record, account, policy and similar numbers after their word."""

from __future__ import annotations

import re
from functools import lru_cache

from planner.core.guard.findings import PRIVACY, Finding
from planner.core.guard.folding import fold
from planner.core.guard.wordlists import RECORD_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.scan import Scan
    from planner.core.guard.wordlists import WordLists

_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])")
_SSN = re.compile(r"(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)")
_SSN_BARE = re.compile(r"(?:\bssn|social security(?:\s+(?:number|no\.?|card))?)\W{0,3}(\d{9})\b")
_NHS = re.compile(r"(?<![\w+-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w-]|\.\d)")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.\d)")
_IPV6_SHAPE = re.compile(r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])")
# A code after "#" is a record number only when it is digits; "#NHS2026" is a hashtag.
_HASH_CODE = re.compile(r"(?<![\w#&])#\s?(\d[\d-]{2,}\d)(?![\w-])")
_YEARISH = re.compile(r"(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?")

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
    context = scan.context
    own = fold(context.practice_email).strip()
    domains = {_host(a) for a in (context.practice_email, context.practice_website) if a}
    domains.discard("")
    found: list[Finding] = []
    for match in _EMAIL.finditer(scan.folded):
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


def find_numbers(scan: Scan) -> list[Finding]:
    """SSNs, NHS numbers and IP addresses."""
    folded = scan.folded
    found: list[Finding] = []
    for match in _SSN.finditer(folded):
        if _ssn_valid(match.group(1), match.group(3), match.group(4)):
            found.append(scan.finding(PRIVACY, match.start(), match.end(), _SSN_MESSAGE))
    for match in _SSN_BARE.finditer(folded):
        digits = match.group(1)
        if _ssn_valid(digits[:3], digits[3:5], digits[5:]):
            found.append(scan.finding(PRIVACY, match.start(1), match.end(1), _SSN_MESSAGE))
    for match in _NHS.finditer(folded):
        digits = match.group(1) + match.group(3) + match.group(4)
        if nhs_number_valid(digits) and not scan.in_link(match.start(), match.end()):
            found.append(scan.finding(PRIVACY, match.start(), match.end(), _NHS_MESSAGE))
    for match in _IPV4.finditer(folded):
        if not scan.in_link(match.start(), match.end()):
            found.append(scan.finding(PRIVACY, match.start(), match.end(), _IP_MESSAGE))
    if "::" in folded or folded.count(":") >= 5:
        found += _find_ipv6(scan)
    return found


def _find_ipv6(scan: Scan) -> list[Finding]:
    import ipaddress

    found: list[Finding] = []
    for match in _IPV6_SHAPE.finditer(scan.folded):
        try:
            ipaddress.IPv6Address(match.group())
        except ValueError:
            continue
        found.append(scan.finding(PRIVACY, match.start(), match.end(), _IP_MESSAGE))
    return found


@lru_cache(maxsize=8)
def _record_pattern(lists: WordLists) -> re.Pattern[str] | None:
    cues = sorted(
        {fold(e.phrase).strip() for e in lists.entries(RECORD_WORDS) if not e.exception}
        - {"#", ""},
        key=len,
        reverse=True,
    )
    if not cues:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in cue.split()) for cue in cues)
    return re.compile(
        rf"(?<![\w#])(?P<cue>{alternatives})"
        r"(?:\s+(?:number|no\.?|num\.?|#|id))?"
        r"(?:\s*[:#]\s*|\s+(?:is\s+)?|\s*-\s*)"
        r"(?P<code>[a-z0-9](?:[a-z0-9/]|-(?=[a-z0-9]))*[a-z0-9])(?![\w-])"
    )


def _is_code(code: str) -> bool:
    return len(code) >= 4 and any(c.isdigit() for c in code) and not _YEARISH.fullmatch(code)


def find_record_numbers(scan: Scan) -> list[Finding]:
    """A code of four or more characters with digits, right after a record word or ``#``."""
    found: list[Finding] = []
    pattern = _record_pattern(scan.lists)
    if pattern is not None:
        for match in pattern.finditer(scan.folded):
            code = match.group("code")
            if not _is_code(code) or scan.in_link(match.start(), match.end()):
                continue
            found.append(
                scan.finding(PRIVACY, match.start("code"), match.end("code"), _RECORD_MESSAGE)
            )
    for match in _HASH_CODE.finditer(scan.folded):
        if _is_code(match.group(1)) and not scan.in_link(match.start(), match.end()):
            found.append(scan.finding(PRIVACY, match.start(1), match.end(1), _RECORD_MESSAGE))
    return found
