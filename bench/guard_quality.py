"""The guard against its labelled sets: recall per category and false alarms.

    python bench/guard_quality.py [--misses]

The main set (tests/core/guard/labelled_{clean,privacy,wording,replies}.py) was written
before the guard; the hold-out set (labelled_holdout.py) after the word lists, in fresh
wording; the blind set (labelled_blind*.py) by someone who had not read the guard's
lists or code, labelled by what a compliance officer would flag; the look-alike set
(labelled_lookalikes.py) holds clean posts shaped like a patient's story: a name and a
possessive or "his/her" about the team, pets, public figures, products or advice.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "core" / "guard")]

from labelled_blind import BLIND  # noqa: E402
from labelled_holdout import HOLDOUT  # noqa: E402
from labelled_lookalikes import LOOKALIKES  # noqa: E402
from labelled_posts import SEVERITY, labelled_set  # noqa: E402
from labelled_scoring import Quality, measure  # noqa: E402


def table(title: str, quality: Quality) -> str:
    lines = [
        f"{title}: {quality.items} items, {quality.clean} clean.",
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
        f"Clean items flagged: {len(quality.clean_flagged)} of {quality.clean} "
        f"({quality.clean_flagged_rate:.1%}; goal ≤ 5%).",
    ]
    return "\n".join(lines)


def misses(quality: Quality) -> list[str]:
    lines = []
    for category, tally in quality.by_category.items():
        lines += [f"MISSED {category}: {text}" for text in tally.misses]
        lines += [f"EXTRA {category}: {text}" for text in tally.alarms]
    lines += [f"CLEAN FLAGGED {text}" for text in quality.clean_flagged]
    return lines


def main(argv: list[str]) -> int:
    sets = (
        ("Main set", labelled_set()),
        ("Hold-out set", HOLDOUT),
        ("Blind set", BLIND),
        ("Look-alike set", LOOKALIKES),
    )
    for title, items in sets:
        quality = measure(items)
        print(table(title, quality))
        if "--misses" in argv:
            print("\n".join(misses(quality)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
