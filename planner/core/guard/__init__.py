"""The guard: reads a post's text and reports what could embarrass the practice or break
patient privacy. Pure: no Qt, no SQL, no network.

    findings = check_text(text, GuardContext(kind=Kind.ORIGINAL, practice_phones=...))

The word lists load on first use; ``load_word_lists()`` loads them ahead (after the
window's first frame) so the first keystroke does not pay for it.
"""

from __future__ import annotations

from planner.core.guard.check import check_text, word_lists_for
from planner.core.guard.context import GuardContext, split_phones
from planner.core.guard.findings import (
    ARGUES,
    CATEGORIES,
    CATEGORY_SEVERITY,
    CLAIMS,
    CONFIRMS_PATIENT,
    DISPARAGING,
    HOT_BUTTON,
    PATIENT_STORY,
    PRIVACY,
    PROFANITY,
    REPLY_CATEGORIES,
    SELLING,
    Acknowledgement,
    Finding,
    acknowledged_findings,
    open_findings,
)
from planner.core.guard.wordlists import (
    LIST_NAMES,
    WordLists,
    edited_lists,
    load_word_lists,
    read_word_lists,
)

__all__ = [
    "ARGUES",
    "CATEGORIES",
    "CATEGORY_SEVERITY",
    "CLAIMS",
    "CONFIRMS_PATIENT",
    "DISPARAGING",
    "HOT_BUTTON",
    "LIST_NAMES",
    "PATIENT_STORY",
    "PRIVACY",
    "PROFANITY",
    "REPLY_CATEGORIES",
    "SELLING",
    "Acknowledgement",
    "Finding",
    "GuardContext",
    "WordLists",
    "acknowledged_findings",
    "check_text",
    "edited_lists",
    "load_word_lists",
    "open_findings",
    "read_word_lists",
    "split_phones",
    "word_lists_for",
]
