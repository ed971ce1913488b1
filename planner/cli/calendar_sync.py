"""``planner sync``: send and receive the changes through the practice's calendar server.

Everything that can be checked without the network is checked first (a store, sharing
on, a password); a sync that then fails says why in one line and leaves the store as
it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json, warn


def sync(args: argparse.Namespace, path: Path) -> int:
    from planner.sync.client import CalendarConnection
    from planner.sync.engine import sync
    from planner.sync.errors import SyncError
    from planner.sync.password import password_for
    from planner.sync.sharing import account_for, practice_zone

    with store_for_reading(path) as store:
        if store is None:
            raise CliError(f"there is no store at {path} yet, so there is nothing to sync")
        settings = store.settings()
    try:
        account = account_for(settings, "")
        account = account_for(settings, password_for(account.user))
        with store_for_writing(path) as store, CalendarConnection(account) as connection:
            result = sync(
                store,
                connection,
                zone_name=practice_zone(settings),
                start_over=args.start_over,
            )
    except SyncError as exc:
        raise CliError(str(exc)) from None
    for problem in result.problems:
        warn(problem)
    if result.deferred:
        warn("some changes were made while syncing; they go with the next sync")
    if args.json:
        say_json(result.to_json())
    else:
        say(result.summary())
    return 0
