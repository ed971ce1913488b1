"""What the window shows of its week, read from the store and judged by the rules.

Each refresh reads the week's posts (and the ideas unless they cannot have changed),
runs the rules with the consent records, and notes the consents ending soon. Features
that add to what a week's report knows add it here, not to the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.core.consent_rule import (
    ConsentCheck,
    expiring_notices,
    story_check_if_ready,
)
from planner.core.rules import WeekReport, evaluate_week

if TYPE_CHECKING:
    from planner.core.domain import Post
    from planner.core.settings import Settings
    from planner.core.weeks import Week
    from planner.ui.window.context import AppContext


@dataclass(frozen=True)
class WeekReading:
    """One reading of a week: its posts, the ideas, the report and the notices."""

    posts: list[Post]
    ideas: list[Post]
    report: WeekReport
    notices: list[str]
    consents: ConsentCheck  # the records the report was judged with


def read_week(
    context: AppContext, week: Week, settings: Settings, ideas: list[Post] | None
) -> WeekReading:
    """Read ``week`` (and the ideas, unless ``ideas`` are given as still current)."""
    if context.has_store:
        store = context.store
        posts: list[Post] = store.posts_in_week(week)
        ideas = ideas if ideas is not None else store.ideas()
        consents = store.consents.check(story_check_if_ready())
    else:
        posts, ideas, consents = [], [], ConsentCheck({})
    report = evaluate_week(week, posts, settings, consents)
    notices = expiring_notices(consents.records.values(), context.today())
    return WeekReading(posts, ideas, report, notices, consents)
