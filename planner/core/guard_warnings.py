"""The guard's findings as warnings of a week, next to the mix and the daily limits.

This module stays light: the rules import it for the type, and the window imports the
rules before its first frame, when the guard itself must not load yet. The findings are
made in ``planner.core.guard_week``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.consent import ConsentProblem, ConsentWarning

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

STOP = "stop"
CAUTION = "caution"


@dataclass(frozen=True, slots=True)
class GuardWarning:
    """One open finding of the guard on one dated post of the week.

    ``message`` says where (the post's day, time and platform), then the finding's own
    fact and fix; ``start`` and ``end`` index the post's text.
    """

    post_id: int
    category: str
    severity: str  # "stop" or "caution"
    start: int
    end: int
    excerpt: str
    message: str
    rule: str = "guard"

    @property
    def post_ids(self) -> tuple[int, ...]:
        """The posts the warning is about, as every warning names them."""
        return (self.post_id,)

    def to_json(self) -> dict[str, Any]:
        """The ``check --json`` shape of a guard warning."""
        return {
            "rule": self.rule,
            "post": self.post_id,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
        }


def shield_flags(warnings: Iterable[object]) -> dict[int, str]:
    """Each post with guard warnings, and the worst severity among them ("stop" wins):
    what its card's shield badge shows."""
    flags: dict[int, str] = {}
    for warning in warnings:
        if isinstance(warning, GuardWarning) and flags.get(warning.post_id) != STOP:
            flags[warning.post_id] = warning.severity
    return flags


def posts_to_check(warnings: Iterable[object]) -> frozenset[int]:
    """The posts with an open stop finding: the printed plan marks them "check before
    posting", and an export says how many there are."""
    return frozenset(
        w.post_id for w in warnings if isinstance(w, GuardWarning) and w.severity == STOP
    )


def said_once(warnings: Iterable[Any]) -> list[Any]:
    """``warnings`` as the warnings panel lists them: a post's consent warning that no
    consent is linked (``missing``) is left out where the guard's ``patient-story``
    finding on the same post says the same, with the words and the day. ``check
    --json`` keeps both: each rule answers for itself there."""
    listed = list(warnings)
    told = {
        w.post_id for w in listed if isinstance(w, GuardWarning) and w.category == "patient-story"
    }
    return [
        w
        for w in listed
        if not (
            isinstance(w, ConsentWarning) and w.problem is ConsentProblem.MISSING and w.post in told
        )
    ]
