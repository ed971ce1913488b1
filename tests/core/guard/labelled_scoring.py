"""Scoring the guard against the labelled sets: recall per category and false alarms.

Shared by the quality test and ``bench/guard_quality.py``. Recall: of the items labelled
with a category, the share where the guard reports it with the category's severity. False
alarms: items where the guard reports a category the label does not have.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from labelled_posts import PRACTICES, SEVERITY, Labelled

from planner.core.domain import Kind
from planner.core.guard import CATEGORIES, GuardContext, check_text


def context_for(item: Labelled) -> GuardContext:
    """The guard context the labelled item was written under."""
    practice = PRACTICES[item.practice]
    return GuardContext(
        kind=Kind(item.kind),
        practice_phones=practice.phones,
        practice_email=practice.email,
        practice_address=practice.address,
        practice_website=practice.website,
        country=practice.country,
        do_not_mention=practice.do_not_mention,
        consented_names=item.consented,
        consent_linked=item.consent,
        reply_mode=item.reply,
        reviewer_name=item.reviewer,
    )


def reported(item: Labelled) -> frozenset[tuple[str, str]]:
    """The (category, severity) pairs the guard reports for the item."""
    return frozenset((f.category, f.severity) for f in check_text(item.text, context_for(item)))


@dataclass
class Tally:
    labelled: int = 0
    caught: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.caught / self.labelled if self.labelled else 1.0


@dataclass
class Quality:
    """The guard's figures on the labelled set."""

    items: int
    clean: int
    clean_flagged: list[str]
    by_category: dict[str, Tally]

    def recall(self, severity: str) -> float:
        tallies = [t for c, t in self.by_category.items() if SEVERITY[c] == severity]
        labelled = sum(t.labelled for t in tallies)
        return sum(t.caught for t in tallies) / labelled if labelled else 1.0

    @property
    def clean_flagged_rate(self) -> float:
        return len(self.clean_flagged) / self.clean if self.clean else 0.0


def measure(items: list[Labelled]) -> Quality:
    """Run the guard over labelled items and tally the results."""
    tallies = {category: Tally() for category in CATEGORIES}
    clean_flagged: list[str] = []
    for item in items:
        got = reported(item)
        got_categories = {c for c, _ in got}
        if item.clean and got:
            clean_flagged.append(f"{sorted(got_categories)}: {item.text}")
        for category, tally in tallies.items():
            expected = (category, SEVERITY[category]) in item.expected
            if expected:
                tally.labelled += 1
                if (category, SEVERITY[category]) in got:
                    tally.caught += 1
                else:
                    tally.misses.append(item.text)
            elif category in got_categories:
                tally.false_alarms += 1
                tally.alarms.append(item.text)
    return Quality(len(items), sum(i.clean for i in items), clean_flagged, tallies)
