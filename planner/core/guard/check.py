"""The guard's one way in: check a text against its context, get sorted findings."""

from __future__ import annotations

from functools import lru_cache

from planner.core.guard.addresses import find_addresses
from planner.core.guard.dates import find_ages, find_person_dates
from planner.core.guard.disguised import find_disguised_profanity
from planner.core.guard.identifiers import find_emails, find_numbers, find_record_numbers
from planner.core.guard.names import find_do_not_mention, find_reviewer_name
from planner.core.guard.phones import find_phones
from planner.core.guard.readings import find_laughing_at_patients
from planner.core.guard.scan import Scan, prepare
from planner.core.guard.stories import find_named_stories
from planner.core.guard.wording import find_wording
from planner.core.guard.wordlists import edited_lists, load_word_lists

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.core.guard.context import GuardContext
    from planner.core.guard.findings import Finding
    from planner.core.guard.wordlists import WordLists

_CHECKERS: tuple[Callable[[Scan], list[Finding]], ...] = (
    find_phones,
    find_emails,
    find_numbers,
    find_record_numbers,
    find_person_dates,
    find_ages,
    find_addresses,
    find_do_not_mention,
    find_wording,
    find_disguised_profanity,
    find_laughing_at_patients,
    find_named_stories,
)


@lru_cache(maxsize=8)
def _edited(
    base: WordLists,
    extra: tuple[tuple[str, str], ...],
    removed: tuple[tuple[str, str], ...],
) -> WordLists:
    return edited_lists(base, extra, removed)


def word_lists_for(context: GuardContext) -> WordLists:
    """The lists a check uses: the context's (or the shipped ones) with the practice's edits."""
    base = context.word_lists if context.word_lists is not None else load_word_lists()
    if not context.extra_words and not context.removed_words:
        return base
    return _edited(base, context.extra_words, context.removed_words)


def _tidy(findings: list[Finding]) -> list[Finding]:
    """Sorted by start; where two findings of one category overlap, the first, longer one."""
    findings.sort(key=lambda f: (f.start, -f.end, f.category))
    kept: list[Finding] = []
    reach: dict[str, int] = {}
    for finding in findings:
        if finding.start < reach.get(finding.category, 0):
            continue
        kept.append(finding)
        reach[finding.category] = finding.end
    return kept


def check_text(text: str, context: GuardContext) -> list[Finding]:
    """Every finding in ``text`` under ``context``, sorted by where it starts.

    Pure and offline: no network, no store. Each finding's span indexes ``text``, so
    ``text[f.start:f.end] == f.excerpt``.
    """
    if not text.strip():
        return []
    scan = prepare(text, context, word_lists_for(context))
    findings: list[Finding] = []
    for checker in _CHECKERS:
        findings += checker(scan)
    if context.reply_mode and context.reviewer_name.strip():
        findings += find_reviewer_name(scan)
    return _tidy(findings)
