"""What each of the window's actions calls: its post editing, or the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.window import help_actions
from planner.ui.window.actions import ActionSlots

if TYPE_CHECKING:
    from planner.ui.window.post_editing import PostEditing
    from planner.ui.window.surface import WindowSurface


def window_slots(window: WindowSurface, edits: PostEditing) -> ActionSlots:
    """The slots of ``window``'s actions."""
    return ActionSlots(
        new_post=edits.new_post,
        edit_selected=edits.edit_selected,
        delete_selected=edits.delete_selected,
        duplicate_selected=edits.duplicate_selected,
        publish_selected=edits.publish_selected,
        quit=window.close,
        open_settings=edits.open_settings,
        load_sample=edits.load_sample,
        previous_week=window.show_previous_week,
        next_week=window.show_next_week,
        today=window.show_today,
        jump_to_date=window.focus_date_picker,
        shortcuts=lambda: help_actions.show_shortcuts(window),
        about=lambda: help_actions.show_about(window),
        platform_shown=window.set_platform_shown,
        status_shown=window.set_status_shown,
    )
