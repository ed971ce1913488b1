"""What to tell a person about a store error: its own line, and for a damaged store the
way back, which depends on what its backups hold.

Looking at the backups reads the disk, so it happens here, when the message is shown,
never when the error is made.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from planner.store.backups import list_snapshots
from planner.store.errors import StoreCorrupt
from planner.store.restoring import newest_good_snapshot
from planner.store.snapshot_names import backups_dir


def error_message(error: BaseException) -> str:
    """The line to show for ``error``: for a damaged store, with how to get the plan back."""
    if not isinstance(error, StoreCorrupt):
        return str(error)
    # One line, always, as a StoreError's own message.
    return " ".join(f"{error} {newest_good_backup_hint(error.path)}".split())


def newest_good_backup_hint(path: Path) -> str:
    """How to get the plan in ``path`` back, by what there is: its newest good backup, or none."""
    own_copy = "if you have a copy, put it back with: planner restore FILE"
    folder = backups_dir(path)
    if not folder.is_dir():
        return f"There is no backup of it yet; {own_copy}"
    snapshots = list_snapshots(path)
    if not snapshots:
        return f"There is no backup of it yet; {own_copy}"
    good = newest_good_snapshot(path, snapshots)
    if good is None:
        return f"None of its backups in {folder} can be restored; {own_copy}"
    when = f"{good.taken:%a} {good.taken.day} {good.taken:%b %Y %H:%M}"
    command = shlex.join(["planner", "restore", str(good.path)])
    return f"Put back its newest good backup, from {when}, with: {command}"
