"""The sections features add to the post editor, below the post's own fields.

Each feature (the guard's findings, consent, repeat, engagement) writes its section as
an ``EditorSection`` in its own module and adds one line here; the editor itself
stays the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.core.domain import Post
    from planner.ui.dialogs.editor_dialog import EditorSection
    from planner.ui.window.context import AppContext


def editor_sections(context: AppContext, post: Post | None) -> list[EditorSection]:
    """The sections for an editor of ``post`` (None: a new post), in the order shown."""
    from planner.ui.consent.post_section import patient_section
    from planner.ui.dialogs.wall_clock_note import wall_clock_note
    from planner.ui.guard.editor_section import GuardSection
    from planner.ui.insights.engagement_section import EngagementSection
    from planner.ui.series.repeat_section import repeat_section

    return [
        wall_clock_note(context.settings().timezone),
        GuardSection(context, post),
        repeat_section(context, post),
        patient_section(context.store.consents.all(), post),
        EngagementSection(context, post),
    ]
