"""The guard against its labelled set: recall per category and false alarms.

    python bench/guard_quality.py [--misses]

Recall: of the posts labelled with a category, the share where the guard reports it (with
the category's severity). False alarms: posts where the guard reports a category the
label does not have; "clean flagged" counts the clean posts with any finding at all.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "core" / "guard")]

from labelled_posts import PRACTICES, SEVERITY, Labelled, labelled_set  # noqa: E402

from planner.core.domain import Kind  # noqa: E402
from planner.core.guard import GuardContext, check_text  # noqa: E402
from planner.core.guard.findings import CATEGORIES  # noqa: E402


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


def measure(items: list[Labelled] | None = None) -> Quality:
    """Run the guard over the labelled set and tally the results."""
    items = labelled_set() if items is None else items
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


def table(quality: Quality) -> str:
    lines = [
        f"Labelled set: {quality.items} items, {quality.clean} clean.",
        "",
        "| category | severity | labelled | caught | recall | false alarms |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for category, tally in quality.by_category.items():
        lines.append(
            f"| {category} | {SEVERITY[category]} | {tally.labelled} | {tally.caught} | "
            f"{tally.recall:.0%} | {tally.false_alarms} |"
        )
    lines += [
        "",
        f"Stop recall: {quality.recall('stop'):.1%} (goal ≥ 95%). "
        f"Caution recall: {quality.recall('caution'):.1%} (goal ≥ 85%).",
        f"Clean posts flagged: {len(quality.clean_flagged)} of {quality.clean} "
        f"({quality.clean_flagged_rate:.1%}; goal ≤ 5%).",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    quality = measure()
    print(table(quality))
    if "--misses" in argv:
        for category, tally in quality.by_category.items():
            for text in tally.misses:
                print(f"MISSED {category}: {text}")
            for text in tally.alarms:
                print(f"EXTRA {category}: {text}")
        for text in quality.clean_flagged:
            print(f"CLEAN FLAGGED {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
