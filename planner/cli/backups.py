"""``planner backup`` and ``planner restore``: checked copies of the store, and back.

Neither goes through ``open_store``: a backup must not upgrade or otherwise touch the
store it copies, and a restore checks the file it is given before anything changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import check_writable_target, refuse_overwrite
from planner.cli.errors import CliError
from planner.console import say


def backup(args: argparse.Namespace, path: Path) -> int:
    from planner.store.backups import MANUAL, take_snapshot
    from planner.store.files import real_store_path, refuse_special_store

    path = real_store_path(path)
    refuse_special_store(path)  # a FIFO would wait for ever, and is no store to copy
    if not path.is_file():
        raise CliError(f"there is no store at {path} yet, so there is nothing to back up")
    target: Path | None = args.to
    if target is None:
        say(str(take_snapshot(path, MANUAL)))
        return 0
    target = target.expanduser().absolute()
    refuse_overwrite(target, path)
    check_writable_target(target)
    from planner.store.backups import store_reader
    from planner.store.snapshots import snapshot

    with store_reader(path) as conn:
        snapshot(conn, target)
    say(str(target))
    return 0


def restore(args: argparse.Namespace, path: Path) -> int:
    from planner.store.backups import list_snapshots
    from planner.store.lock_owner import lock_owner
    from planner.store.restoring import restore_snapshot

    owner = lock_owner(path)
    if owner is not None:
        raise CliError(
            f"{path} is open in a Social Media Planner window (process {owner}); close "
            "the window, then restore. Nothing was changed."
        )
    done = restore_snapshot(path, args.file, force=args.force)
    say(f"Restored {done.source} into {done.store}.")
    if done.kept is not None and ".damaged." in done.kept.name:
        say(f"The file it replaced was kept, as it was, in {done.kept}.")
    elif done.kept is not None:
        kept = next((s for s in list_snapshots(path) if s.path == done.kept), None)
        what = f" ({kept.describe()})" if kept is not None else ""
        say(f"The plan as it was before{what} is kept in {done.kept}; restore it to go back.")
    return 0
