"""Opening the store for the window: never a crash, never a silently empty plan.

Each problem gets a dialog (through the context's Prompts) that names the file and
says what to do:

- another window has the store: refused (``WindowLock``);
- a damaged file, or one that is not a database: the newest good backup is offered and,
  if accepted, restored (the damaged file is kept aside, whole);
- a store from a newer version, or one busy with another program: refused;
- a read-only file or folder: opened read-only; the window shows a banner too.

The day's first snapshot is taken after the window has painted with the plan, so that
it never slows the first paint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from planner.ui.dialogs.prompts import Prompts
from planner.ui.window.lock import WindowLock

if TYPE_CHECKING:
    from planner.store import Store


@dataclass
class OpenedStore:
    """The store and its lock, or the one-line reason the window cannot show the plan."""

    store: Store | None = None
    lock: WindowLock | None = None
    failure: str = ""

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def open_for_window(path: Path, prompts: Prompts, *, check_pages: bool = True) -> OpenedStore:
    """Lock and open the store at ``path``, asking the user about any problem.

    ``check_pages=False``: see ``open_store``; damage found later by
    ``Store.check_pages`` goes to ``offer_backup``, as damage found here does.
    The path is resolved first: a store reached through a link has the one lock of
    its real file, and a FIFO where the store or its lock belongs is refused before
    anything opens it (it would wait for ever).
    """
    from planner.store.errors import StoreError
    from planner.store.files import real_store_path, refuse_special_files, refuse_special_store
    from planner.store.lock_owner import lock_path

    path = real_store_path(path)
    try:
        refuse_special_store(path)
        refuse_special_files(lock_path(path))
    except StoreError as error:
        return OpenedStore(failure=str(error))
    lock = WindowLock(path)
    refused = lock.acquire()
    if refused is not None:
        return OpenedStore(failure=refused)
    opened = _open(path, prompts, check_pages)
    if opened.store is None:
        lock.release()
    else:
        opened.lock = lock
        if opened.store.read_only:
            prompts.info("Opened Read-Only", read_only_message(opened.store))
    return opened


def read_only_message(store: Store) -> str:
    why = getattr(store, "read_only_reason", None) or "it is read-only"
    return (
        f"{store.path} is opened read-only because {why}. You can look at the plan, "
        "print and export it, but not change it. To edit, make the file and its folder "
        "writable, then start the planner again."
    )


def _open(path: Path, prompts: Prompts, check_pages: bool) -> OpenedStore:
    from planner.store import StoreCorrupt, StoreError, StoreNotADatabase, StoreNotAFile, open_store

    try:
        return OpenedStore(open_store(path, check_pages=check_pages))
    except StoreNotAFile as error:  # no backup can go where a FIFO or a folder is
        return OpenedStore(failure=str(error))
    except (StoreCorrupt, StoreNotADatabase) as error:
        return offer_backup(path, error, prompts)
    except StoreError as error:
        return OpenedStore(failure=str(error))
    except OSError as error:
        return OpenedStore(failure=f"{path} cannot be opened: {error.strerror or error}.")


def offer_backup(path: Path, error: Exception, prompts: Prompts) -> OpenedStore:
    """Offer to restore the newest good backup of the damaged store at ``path``."""
    from planner.store import StoreError, open_store
    from planner.store.files import real_store_path
    from planner.store.messages import error_message
    from planner.store.restoring import newest_good_snapshot, restore_snapshot
    from planner.store.snapshot_names import backups_dir

    path = real_store_path(path)
    folder = backups_dir(path)
    # Only a path that has backups was ever a planner store: another program's file
    # pointed at by mistake is never offered a replacement.
    good = newest_good_snapshot(path) if folder.is_dir() else None
    if good is None:
        shown = error_message(error)
        return OpenedStore(failure=f"{shown} No good backup of it was found in {folder}.")
    question = (
        f"{path} cannot be opened: {_why(error)}.\n\n"
        f"The newest good backup is from {good.describe()}.\n\n"
        "Restore it? The damaged file is kept, as it is, in the backups folder. Anything "
        "planned after that backup will need to be added again."
    )
    if not prompts.ask_yes_no("Plan Damaged", question):
        return OpenedStore(
            failure=(
                f"{path} was left as it is. To restore a backup later, start the planner "
                f"again, or run: planner restore FILE, with a file from {folder}."
            )
        )
    try:
        restore_snapshot(path, good.path)
        store = open_store(path)
    except StoreError as failed:
        return OpenedStore(failure=f"The backup could not be restored: {error_message(failed)}")
    prompts.info(
        "Backup Restored",
        f"The plan from {good.describe()} was restored into {path}.",
    )
    return OpenedStore(store)


def _why(error: Exception) -> str:
    from planner.store import StoreNotADatabase

    if isinstance(error, StoreNotADatabase):
        return "it is not a planner store any more (its contents are not a database)"
    return "it is damaged"


def take_daily_snapshot(store: Store, today: dt.date, prompts: Prompts) -> Path | None:
    """The day's first snapshot, if due; a failure is told, never raised."""
    if store.read_only:
        return None  # nothing can change, so there is nothing new to keep
    from planner.io.os_errors import describe_os_error
    from planner.store import StoreError
    from planner.store.backups import daily_snapshot_if_due
    from planner.store.messages import error_message

    try:
        return daily_snapshot_if_due(store.path, today)
    except (StoreError, OSError) as error:
        why = describe_os_error(error) if isinstance(error, OSError) else error_message(error)
        prompts.error(
            "Backup Not Made",
            f"Today's backup of {store.path} could not be made. {why} Your plan itself "
            "is safe; free some disk space or check the backups folder.",
        )
        return None
