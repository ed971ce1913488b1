"""Export Log…: the replies kept, as a CSV file the user chooses.

Like every file the window writes, it never replaces the store, its side files, its lock
or a backup; a file that exists is replaced only once confirmed; it is written whole or
not at all, readable by its owner only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planner.io.os_errors import describe_os_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.ui.window.context import AppContext

TITLE = "Export the Replies Log"
FILTERS = "CSV files (*.csv);;All files (*)"
NOT_EXPORTED = "Not Exported"


def _documents() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def choose_log_target(context: AppContext, parent: QWidget) -> Path | None:
    """Ask where to save; None when cancelled, refused, or not to be replaced."""
    suggested = _documents() / f"replies-{context.today().isoformat()}.csv"
    choice = context.files.save_file(parent, TITLE, suggested, FILTERS)
    if choice is None:
        return None
    target = choice.path
    if target.suffix.lower() != ".csv":
        target = target.with_name(target.name + ".csv")
    if not context.may_write(target, NOT_EXPORTED):
        return None
    asked = choice.overwrite_confirmed and target == choice.path
    if target.exists() and not target.is_dir() and not asked:
        question = f"{target.name} already exists in {target.parent}. Replace it?"
        if not context.prompts.ask_yes_no("Replace File?", question, default_yes=False):
            return None
    return target


def export_log(context: AppContext, parent: QWidget) -> bool:
    """Write the replies log to a file the user chooses; say what happened."""
    from planner.io.replies_csv import write_replies_csv

    entries = context.store.replies.entries()
    if not entries:
        context.prompts.info(TITLE, "No replies have been kept yet: Save to Log keeps one.")
        return False
    target = choose_log_target(context, parent)
    if target is None:
        return False
    try:
        write_replies_csv(entries, target)
    except OSError as error:
        context.prompts.error(NOT_EXPORTED, describe_os_error(error, target))
        return False
    noun = "reply" if len(entries) == 1 else "replies"
    context.prompts.info(TITLE, f"Wrote {len(entries)} {noun} to {target}.")
    return True
