"""``planner names``: the do-not-mention list (names the guard finds in any post).

``names list`` only reads; ``names add`` creates the store if needed; ``names remove``
needs a store that holds the name. Bad input is refused before the store is opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json
from planner.core.guard_setup import name_problem, tidy_name
from planner.store import StoreMissing, open_store
from planner.store.guard_records import add_name, do_not_mention, remove_name


def names(args: argparse.Namespace, path: Path) -> int:
    if args.names_command is None:
        raise CliError("say what to do: names list, names add NAME or names remove NAME", 2)
    if args.names_command == "list":
        return _list(args, path)
    if args.names_command == "add":
        return _add(args.name, path)
    return _remove(args.name, path)


def _list(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        listed = do_not_mention(store) if store else []
    if args.json:
        say_json(listed)
        return 0
    if not listed:
        say("The do-not-mention list is empty.")
    for name in listed:
        say(name)
    return 0


def _add(name: str, path: Path) -> int:
    problem = name_problem(name)
    if problem is not None:
        raise CliError(problem, 2)
    with store_for_writing(path) as store:
        try:
            kept = add_name(store, name)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        count = len(do_not_mention(store))
    say(f"Added {kept} to the do-not-mention list ({count} {_names(count)}).")
    return 0


def _remove(name: str, path: Path) -> int:
    if not " ".join(name.split()):
        raise CliError("The name is empty; type the person's name.", 2)
    try:
        store = open_store(path, create=False)
    except StoreMissing:
        raise CliError(f"{tidy_name(name)} is not on the do-not-mention list.") from None
    with store:
        try:
            kept = remove_name(store, name)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        count = len(do_not_mention(store))
    say(f"Removed {kept} from the do-not-mention list ({count} {_names(count)} left).")
    return 0


def _names(count: int) -> str:
    return "name" if count == 1 else "names"
