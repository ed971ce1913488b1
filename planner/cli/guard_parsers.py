"""The parsers of ``planner guard``, ``planner names`` and ``planner settings``.

Parsing only, like ``planner.cli.entry``, which calls ``add_guard_parsers``: the commands
themselves (guarding, names, practice_settings) load when one runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Parser = argparse.ArgumentParser
MakeCommand = Callable[[str, str], Parser]


def add_guard_parsers(
    command: MakeCommand,
    *,
    post_id: Callable[[str], int],
    week: Callable[[str], object],
    kind: Callable[[str], object],
    platform: Callable[[str], object],
) -> None:
    """Add ``guard``, ``names`` and ``settings`` through ``command`` (entry's maker of a
    command's parser, which gives each its --db); the types come from entry."""
    guard = command("guard", "check a text, a post or a week with the guard")
    which = guard.add_mutually_exclusive_group(required=True)
    which.add_argument("--text", metavar="T", help="a text to check")
    which.add_argument("--id", dest="post_id", type=post_id, metavar="ID", help="a post's id")
    which.add_argument("--week", type=week, metavar="W", help="the week's posts, like 2026-W49")
    guard.add_argument(
        "--kind",
        type=kind,
        metavar="K",
        help="the kind of the text (with --id: check it as this kind; with --week: only these)",
    )
    guard.add_argument(
        "--platform",
        type=platform,
        metavar="P",
        help="the platform of the text (with --week: only these posts)",
    )
    guard.add_argument("--reply", action="store_true", help="check it as a review reply")
    guard.add_argument("--reviewer", metavar="NAME", help="the reviewer's name (with --reply)")
    guard.add_argument("--json", action="store_true", help="print JSON")

    names = command("names", "the do-not-mention list: names the posts must never carry")
    _sub_commands(names, "names_command", "list, add or remove", required=False)
    listing = _sub(names, "list", "show the names")
    listing.add_argument("--json", action="store_true", help="print JSON")
    _sub(names, "add", "add a name").add_argument("name", metavar="NAME")
    _sub(names, "remove", "remove a name").add_argument("name", metavar="NAME")

    settings = command("settings", "show the practice's settings, or set one")
    settings.add_argument("--json", action="store_true", help="print JSON")
    _sub_commands(settings, "settings_command", "set", required=False)
    setting = _sub(settings, "set", "set one setting, like practice.phone")
    setting.add_argument("key", metavar="KEY")
    setting.add_argument("value", metavar="VALUE")


def _sub_commands(parser: Parser, dest: str, what: str, *, required: bool = True) -> None:
    subs = parser.add_subparsers(dest=dest, metavar="ACTION", title=what)
    subs.required = required


def _sub(parser: Parser, name: str, help_text: str) -> Parser:
    """A sub-command of ``parser`` that takes --db after it too."""
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    sub: Parser = subs.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
    sub.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the store file (default: user data folder)",
    )
    return sub
