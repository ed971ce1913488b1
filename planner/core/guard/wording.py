"""The wording categories, read from the word lists: patient stories, disparaging words,
profanity, hot-button topics, selling, claims, and in replies confirming and arguing.

Selling also counts money amounts and percent-off, which no word list can spell out.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from planner.core.guard import findings as cat
from planner.core.guard import wordlists as lists
from planner.core.guard.folding import word_key
from planner.core.guard.phrases import PhraseHit, phrase_index
from planner.core.guard.readings import shows_the_premises
from planner.core.guard.scan import lazy_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.findings import Finding, Severity
    from planner.core.guard.scan import Scan

# Which list feeds which category.
LIST_CATEGORY: dict[str, str] = {
    lists.PATIENT_STORY: cat.PATIENT_STORY,
    lists.DISPARAGING: cat.DISPARAGING,
    lists.PROFANITY: cat.PROFANITY,
    lists.HOT_BUTTON: cat.HOT_BUTTON,
    lists.SELLING: cat.SELLING,
    lists.CLAIMS: cat.CLAIMS,
    lists.CONFIRMS_PATIENT: cat.CONFIRMS_PATIENT,
    lists.ARGUES: cat.ARGUES,
}
# The lists a post is read against, and a reply (which adds the reply-only lists).
_POST_LISTS = (*(n for n, c in LIST_CATEGORY.items() if c not in cat.REPLY_CATEGORIES),
               lists.PROFANITY_ALLOWLIST)  # fmt: skip
_REPLY_LISTS = (*LIST_CATEGORY, lists.PROFANITY_ALLOWLIST)

# Money and percent-off, each pattern starting with a symbol or a digit so that a search
# skips quickly through text without one.
_PRICE = lazy_pattern(r"[£$€]\s?[0-9][0-9,]*(?:\.[0-9]{1,2})?(?:\s?(?:k|m|bn|million|billion)\b)?")
_AMOUNT = lazy_pattern(r"[0-9][0-9,]*(?:\.[0-9]{1,2})?\s?(?:pounds|dollars|euros|gbp|usd|eur)\b")
_PERCENT_OFF = lazy_pattern(r"[0-9]{1,3}\s?%\s?(?:off|discount)\b")
_SAVE_PERCENT = lazy_pattern(r"save\s+(?:up\s+to\s+)?[0-9]{1,3}\s?%")
_CURRENCY_WORDS = frozenset(("pounds", "dollars", "euros", "gbp", "usd", "eur"))
# A sum raised or given for a good cause is not a price: "raised £2,150", "£500 for charity".
_FUNDRAISING = frozenset(
    ("raised", "raise", "raising", "donated", "donate", "donating", "donation", "donations",
     "fundraising", "fundraiser", "sponsored", "sponsorship", "charity", "proceeds")
)  # fmt: skip
# Nor is a charge the NHS sets ("the prescription charge is now £9.90").
_PUBLIC = frozenset(("nhs", "prescription", "prescriptions", "statutory"))
_CHARGE = frozenset(("charge", "charges"))
_BEFORE, _AFTER = 6, 4  # words around an amount that say what it is


def _money(scan: Scan) -> list[tuple[int, int]]:
    """Folded spans of prices, amounts and percent-off."""
    folded = scan.folded
    patterns = []
    if "£" in folded or "$" in folded or "€" in folded:
        patterns.append(_PRICE())
    if scan.has_any(_CURRENCY_WORDS):
        patterns.append(_AMOUNT())
    if "%" in folded:
        patterns.append(_PERCENT_OFF())
        if scan.has_any(("save",)):
            patterns.append(_SAVE_PERCENT())
    spans = []
    for pattern in patterns:
        for match in pattern.finditer(folded):
            start = match.start()
            before = folded[start - 1] if start else " "
            if not (before.isalnum() or before in "._") and not scan.in_link(*match.span()):
                spans.append(match.span())
    if spans and scan.has_any(_FUNDRAISING | _CHARGE):
        spans = [span for span in spans if not _not_a_price(scan, *span)]
    return spans


def _not_a_price(scan: Scan, start: int, end: int) -> bool:
    """The amount is a sum raised for a good cause, or a charge the NHS sets."""
    tokens = scan.tokens
    first = max(0, bisect_left(tokens.ends, start + 1) - _BEFORE)
    last = bisect_left(tokens.starts, end) + _AFTER
    # Only words of the amount's own sentence: "Thank you! Book now for £50" is a price.
    sentence = scan.sentence_words(start, end)
    low, high = (sentence[0], sentence[-1] + 1) if sentence else (0, 0)
    near = {word_key(w) for w in tokens.words[max(first, low) : min(last, high)]}
    return not near.isdisjoint(_FUNDRAISING) or bool(near & _CHARGE and near & _PUBLIC)


_MESSAGES: dict[str, str] = {
    cat.PATIENT_STORY: (
        'This seems to feature a patient ("{excerpt}") and no valid consent is linked. '
        "Link the person's consent to the post, or rewrite it without them."
    ),
    cat.DISPARAGING: (
        'Wording that mocks, blames or labels patients: "{excerpt}". Take it out; it '
        "reflects on the whole practice."
    ),
    cat.PROFANITY: 'Profanity: "{excerpt}". Take it out or choose another word.',
    cat.HOT_BUTTON: (
        'A hot-button topic{note}: "{excerpt}". Keep the practice\'s page out of it, or reword.'
    ),
    cat.SELLING: (
        'Selling in a post that is not promotional: "{excerpt}". Mark the post '
        "promotional so the mix counts it, or take the offer out."
    ),
    cat.CLAIMS: (
        'A claim that advertising rules for health professions question: "{excerpt}". '
        "Say what you do, not what it promises."
    ),
    cat.CONFIRMS_PATIENT: (
        'This says the reviewer was seen or treated: "{excerpt}". A reply must never '
        "confirm that someone is a patient; speak of the practice in general."
    ),
    cat.ARGUES: (
        'Defensive or hostile wording: "{excerpt}". Stay polite, and invite them to call '
        "the practice instead."
    ),
}


def _wanted(category: str, scan: Scan) -> bool:
    context = scan.context
    if category in cat.REPLY_CATEGORIES:
        return context.reply_mode
    if category == cat.SELLING:
        return not context.promotional
    if category == cat.PATIENT_STORY:
        return not context.has_consent
    return True


def _message(category: str, hit: PhraseHit | None) -> str:
    text = _MESSAGES[category]
    note = f" ({hit.entry.note})" if hit is not None and hit.entry.note else ""
    return text.replace("{note}", note)


def _severity(category: str, hit: PhraseHit) -> Severity:
    """A list line may set its own severity; otherwise the category's."""
    if hit.entry.severity == "stop":
        return "stop"
    if hit.entry.severity == "caution":
        return "caution"
    return cat.CATEGORY_SEVERITY[category]


def find_wording(scan: Scan) -> list[Finding]:
    """Findings of every wording category the context asks for."""
    index = phrase_index(scan.lists, _REPLY_LISTS if scan.context.reply_mode else _POST_LISTS)
    hits = index.find(scan)
    allowed = [(h.start, h.end) for h in hits if h.name == lists.PROFANITY_ALLOWLIST]
    exceptions = [(h.name, h.start, h.end) for h in hits if h.entry.exception]
    found: list[Finding] = []
    taken: dict[str, int] = {}  # category -> end of its last finding: no overlaps
    for hit in hits:
        category = LIST_CATEGORY.get(hit.name)
        if category is None or hit.entry.exception or not _wanted(category, scan):
            continue
        if any(n == hit.name and s < hit.end and hit.start < e for n, s, e in exceptions):
            continue
        if hit.start < taken.get(category, 0):
            continue
        if category == cat.PROFANITY and any(s < hit.end and hit.start < e for s, e in allowed):
            continue  # anatomy and clinical words are never profanity
        if category == cat.PATIENT_STORY and shows_the_premises(scan, hit):
            continue
        finding = scan.finding(category, hit.start, hit.end, _message(category, hit))
        found.append(replace(finding, severity=_severity(category, hit)))
        taken[category] = hit.end
    if _wanted(cat.SELLING, scan) and scan.digits:
        message = _message(cat.SELLING, None)
        found += [scan.finding(cat.SELLING, s, e, message) for s, e in _money(scan)]
    return found
