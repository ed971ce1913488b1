"""``planner settings``: every setting by its dotted name, and ``settings set KEY VALUE``.

Showing only reads (no store: the defaults, and nothing is created). Setting checks the
key and the value against the settings as they are before the store is opened for
writing, so a bad one writes nothing, not even a new store.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json
from planner.core.settings import Settings
from planner.core.settings_keys import as_json, keys, value_of, with_value


def settings(args: argparse.Namespace, path: Path) -> int:
    if args.settings_command == "set":
        return _set(args.key, args.value, path)
    with store_for_reading(path) as store:
        current = store.settings() if store else Settings()
    if args.json:
        say_json(as_json(current))
        return 0
    width = max(len(key) for key in keys())
    for key in keys():
        say(f"{key:<{width}}  {_shown(value_of(current, key))}".rstrip())
    return 0


def _set(key: str, value: str, path: Path) -> int:
    with store_for_reading(path) as store:
        current = store.settings() if store else Settings()
    try:
        with_value(current, key, value)
    except ValueError as exc:
        raise CliError(str(exc), 2) from None
    with store_for_writing(path) as store:
        changed = with_value(store.settings(), key, value)  # as the store holds it now
        store.save_settings(changed)
    say(f"{key.strip()} = {_shown(value_of(changed, key.strip()))}")
    return 0


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
