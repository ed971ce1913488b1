"""Two readings that need the whole post, not one phrase.

- Laughing at a patient: a post that speaks of a patient and laughs or rolls its eyes
  ("a patient told us she hasn't flossed since 1998 🤦", "...whether to laugh or cry") is
  the medical gallows humour the product calls disparaging. The laugh alone is not ("Monday
  mornings 😂"), and neither is the patient alone.
- A before-and-after of the premises ("Before and after: the waiting room got a makeover")
  shows a room, not a patient's result.
"""

from __future__ import annotations

import re

from planner.core.guard.findings import DISPARAGING, Finding

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.phrases import PhraseHit
    from planner.core.guard.scan import Scan

_PATIENT_WORDS = frozenset(("patient", "patients", "client", "clients"))
_ONE_PATIENT = frozenset(("patient", "client"))
# Rolling the eyes and face-palming, with any skin tone or gender after them: at any
# mention of patients. Laughing (emoji or words) only at one patient: "our patients are
# the best 😂" laughs with them.
_EYE_ROLL_CHARS = "\U0001f644\U0001f926"
_LAUGH_CHARS = "\U0001f602\U0001f923"
_EYE_ROLL = re.compile(f"[{_EYE_ROLL_CHARS}]")
_LAUGH_EMOJI = re.compile(f"[{_LAUGH_CHARS}]")
_LAUGH_WORDS = re.compile(
    r"\b(?:lol|lmao|rofl|facepalm|laugh or cry"
    r"|(?:couldn't|could not|can't|cannot) make (?:it|this|that) up)\b"
)
# The words without which _LAUGH_WORDS cannot match: most posts skip it.
_SLANG = frozenset(("lol", "lmao", "rofl", "facepalm"))
_PAIRS = (frozenset(("laugh", "cry")), frozenset(("make", "up")))
_LAUGH_MESSAGE = (
    'Laughing at a patient: "{excerpt}" in a post about a patient reads as mocking them. '
    "Take it out; it reflects on the whole practice."
)

# The cue words of a shown result, and the words that make it a person's.
_RESULT_CUES = frozenset(("before", "transformation", "makeover"))
_PERSONAL = frozenset(("smile", "patient", "patients", "client", "his", "her", "their"))
_PREMISES = frozenset(
    """
    room rooms reception waiting building premises garden car park entrance corridor
    refurb refurbishment refurbished renovation renovated decor decorated redecorated
    paint painted kitchen toilets toilet signage mural office
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def find_laughing_at_patients(scan: Scan) -> list[Finding]:
    """An eye-roll or a face-palm in a post that speaks of patients, or a laugh in one that
    speaks of a patient."""
    if not scan.has_any(_PATIENT_WORDS):
        return []
    folded = scan.folded
    emoji = not folded.isascii()
    patterns = [_EYE_ROLL] if emoji and _has_any_char(folded, _EYE_ROLL_CHARS) else []
    if scan.has_any(_ONE_PATIENT):
        if emoji and _has_any_char(folded, _LAUGH_CHARS):
            patterns.append(_LAUGH_EMOJI)
        if scan.has_any(_SLANG) or any(pair <= scan.keys for pair in _PAIRS):
            patterns.append(_LAUGH_WORDS)
    return [
        scan.finding(DISPARAGING, m.start(), m.end(), _LAUGH_MESSAGE)
        for pattern in patterns
        for m in pattern.finditer(folded)
    ]


def _has_any_char(text: str, chars: str) -> bool:
    # "in" searches in C; a pattern would step through the text in Python's engine.
    return any(char in text for char in chars)


def shows_the_premises(scan: Scan, hit: PhraseHit) -> bool:
    """A before-and-after or makeover cue whose sentence is about the premises."""
    cue = set(hit.entry.words)
    if not cue & _RESULT_CUES or cue & _PERSONAL:
        return False
    tokens = scan.tokens.words
    sentence = {tokens[i] for i in scan.sentence_words(hit.start, hit.end)}
    return bool(sentence & _PREMISES) and not sentence & _PERSONAL
