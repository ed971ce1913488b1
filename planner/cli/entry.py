"""The command line: ``planner`` opens the window; ``planner COMMAND`` scripts the plan.

This module only parses. The commands live in ``planner.cli.errors`` and are imported
when one runs, so ``planner --version`` never loads Qt or SQLAlchemy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import planner
from planner.cli.arg_types import checked
from planner.cli.consent_args import add_consent_commands, add_post_consent_options
from planner.cli.errors import CliError, fail_line
from planner.cli.game_plan_parsers import MONTH, RRULE, add_game_plan_commands
from planner.cli.guard_parsers import add_guard_parsers
from planner.console import fail
from planner.core.domain import LAST_DAY, YEARS, Kind, Platform, Status, parse_date, parse_time
from planner.core.weeks import Week, week_named

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

PROG = "planner"
USAGE_EXIT = 2


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("argument COMMAND: invalid choice:"):
            chosen = message.split("invalid choice:", 1)[1].split("(choose from", 1)[0].strip()
            message = f"{chosen} is not a command; run 'planner --help' to see them"
        self.exit(USAGE_EXIT, fail_line(message.removeprefix("argument ")))


# The largest id SQLite can hold: anything bigger cannot name a post, and SQLite
# refuses to even look it up.
LARGEST_POST_ID = 2**63 - 1


def parse_post_id(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ValueError(f"{text!r} is not a post id; ids are whole numbers like 12")
    if int(value) > LARGEST_POST_ID:
        raise ValueError(f"{text!r} is too big to be a post id")
    return int(value)


def parse_week(text: str) -> Week:
    """A week as ``2026-W49``, a day in it, or this / next / last, from today's date."""
    return week_named(text, dt.date.today())


WEEK_HELP = "like 2026-W49, a day in it (2026-12-02), this or next"
MOST_WEEKS = 53  # a year of weekly pages


def parse_week_count(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MOST_WEEKS:
        raise ValueError(f"{text!r} is not a number of weeks; give 1 to {MOST_WEEKS}")
    return int(value)


def parse_size(text: str) -> tuple[int, int]:
    # re.ASCII: a plain \d also takes full-width digits, as in "１４００x９００".
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text, re.ASCII)
    if not match:
        raise ValueError(f"{text!r} is not a window size; write it as WIDTHxHEIGHT, like 1400x900")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 10_000 and 200 <= height <= 10_000):
        raise ValueError(f"{text!r} is out of range; each side must be 200 to 10000 pixels")
    return width, height


DATE = checked(parse_date)
TIME = checked(parse_time)
WEEK = checked(parse_week)
PLATFORM = checked(Platform.parse)
KIND = checked(Kind.parse)
STATUS = checked(Status.parse)
POST_ID = checked(parse_post_id)
WEEKS = checked(parse_week_count)
SIZE = checked(parse_size)


def _date_order(text: str) -> str:
    value = text.strip().lower()
    if value not in ("dmy", "mdy"):
        raise ValueError(f"{text!r} is not a date order; use dmy (31/12/2026) or mdy (12/31/2026)")
    return value


DATE_ORDER = checked(_date_order)


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description="Plan a healthcare practice's social media. With no command, open the window.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {planner.__version__}")
    # Top-level --db serves the window; each command repeats it (see _db_option) so it may
    # also come after the command name.
    parser.add_argument("--db", metavar="PATH", help="the store file (default: user data folder)")
    window = parser.add_argument_group("window")
    window.add_argument(
        "--week",
        dest="window_week",
        type=WEEK,
        metavar="WEEK",
        help=f"open on this week: {WEEK_HELP}",
    )
    window.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="save a picture of the window to FILE and quit",
    )
    window.add_argument("--size", type=SIZE, metavar="WxH", help="window size, like 1400x900")
    window.add_argument(
        "--view", dest="window_view", choices=("week", "month"), help="open on the week or month"
    )
    window.add_argument(
        "--month", dest="window_month", type=MONTH, metavar="YYYY-MM", help="like 2027-03"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> OneLineParser:
        sub: OneLineParser = commands.add_parser(
            name, help=help_text, description=help_text, allow_abbrev=False
        )
        sub.add_argument(
            "--db",
            metavar="PATH",
            default=argparse.SUPPRESS,
            help="the store file (default: user data folder)",
        )
        return sub

    add = command("add", "add a post or an idea and print its id")
    add.add_argument("--date", type=DATE, help="YYYY-MM-DD; leave out for an idea")
    add.add_argument("--time", type=TIME, help="HH:MM, 24-hour")
    add.add_argument("--platform", type=PLATFORM, required=True, help=_names(Platform))
    add.add_argument("--kind", type=KIND, required=True, help=_names(Kind))
    add.add_argument("--text", required=True)
    add.add_argument(
        "--status", type=STATUS, help=f"{_names(Status)} (default: draft with a date, idea without)"
    )
    add.add_argument("--link", default="")
    add.add_argument("--notes", default="")
    add.add_argument(
        "--repeat",
        type=RRULE,
        metavar="RRULE",
        help="repeat by an iCalendar rule, like FREQ=WEEKLY;BYDAY=MO",
    )

    listing = command("list", "list the posts of a week, or the ideas")
    which = listing.add_mutually_exclusive_group(required=True)
    which.add_argument("--week", type=WEEK, help=WEEK_HELP)
    which.add_argument("--ideas", action="store_true", help="the posts with no date")
    listing.add_argument("--json", action="store_true", help="print JSON")

    move = command("move", "move a post (or schedule an idea) to another day and time")
    move.add_argument("id", type=POST_ID, metavar="ID")
    move.add_argument("--date", type=DATE, required=True, help="YYYY-MM-DD")
    move.add_argument("--time", type=TIME, help="HH:MM (default: keep the post's time)")

    delete = command("delete", "delete a post")
    delete.add_argument("id", type=POST_ID, metavar="ID")

    check = command("check", "the warnings for a week")
    check.add_argument("--week", type=WEEK, required=True, help=WEEK_HELP)
    check.add_argument("--json", action="store_true", help="print JSON")

    export = command("export", "write a week (or a date range) to a file")
    export.add_argument("--week", type=WEEK, help=WEEK_HELP)
    export.add_argument("--from", dest="first", type=DATE, metavar="DATE", help="YYYY-MM-DD")
    export.add_argument("--to", dest="last", type=DATE, metavar="DATE", help="YYYY-MM-DD")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE")
    target.add_argument("--pdf", type=Path, metavar="FILE")
    target.add_argument("--ics", type=Path, metavar="FILE")
    export.add_argument(
        "--weeks", type=WEEKS, metavar="N", help="with --pdf: N weeks from --week, one page each"
    )

    imports = command("import", "add the posts of a CSV file, all or none")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imports.add_argument(
        "--date-order",
        type=DATE_ORDER,
        metavar="dmy|mdy",
        help="when dates like 03/04/2026 could be read either way: dmy or mdy",
    )
    imports.add_argument(
        "--platform", type=PLATFORM, help="for Hootsuite files: " + _names(Platform)
    )
    imports.add_argument("--kind", type=KIND, help="for Hootsuite files: " + _names(Kind))

    command("demo", "fill an empty store with a sample fortnight")

    insights = command("insights", "what worked on a platform: engagement by weekday and hour")
    insights.add_argument("--platform", type=PLATFORM, help=_names(Platform))
    insights.add_argument("--kind", type=KIND, help=_names(Kind))
    insights.add_argument("--json", action="store_true", help="print JSON")
    bring = insights.add_subparsers(dest="insights_action", metavar="import")
    engagement = bring.add_parser(
        "import", help="read a network's engagement export", allow_abbrev=False
    )
    engagement.add_argument("file", type=Path, metavar="FILE")
    engagement.add_argument("--dry-run", action="store_true", help="show it, write nothing")
    engagement.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the store")

    backup = command("backup", "write a checked copy of the store and print where it is")
    backup.add_argument(
        "--to", type=Path, metavar="FILE", help="where to write it (default: backups/ beside it)"
    )
    restore = command("restore", "put a backup back; the current plan is backed up first")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument(
        "--force",
        action="store_true",
        help="replace even a store of a newer version or another program's file "
        "(a copy of it is kept in backups/ first)",
    )
    add_guard_parsers(command, post_id=POST_ID, week=WEEK, kind=KIND, platform=PLATFORM)
    add_post_consent_options(add)
    add_consent_commands(command)
    add_game_plan_commands(command)

    sharing = command("sync", "send and receive changes through the shared calendar")
    sharing.add_argument("--json", action="store_true", help="print JSON")
    sharing.add_argument(
        "--start-over",
        action="store_true",
        help="match the plan and the calendar afresh, as after one was emptied (deletes nothing)",
    )
    return parser


def _names(enum: Any) -> str:
    return ", ".join(member.value for member in enum)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _tolerate_narrow_consoles()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return open_window(args)
        if (
            args.window_week
            or args.screenshot
            or args.size
            or args.window_view
            or args.window_month
        ):
            raise CliError(
                "--week, --view, --month, --screenshot and --size before a command are for "
                "the window; "
                f"write the options of '{args.command}' after it",
                USAGE_EXIT,
            )
        check_command_arguments(args)
        from planner.cli.dispatch import run_command

        return run_command(args)
    except CliError as exc:
        fail(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        fail("stopped; every change made so far was saved")
        return 130
    except BrokenPipeError:
        # `planner list ... | head` closed the pipe: stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _tolerate_narrow_consoles() -> None:
    """A console that cannot show an emoji in a post shows "?" rather than failing."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if isinstance(stream, io.TextIOWrapper) and encoding != "utf8":
            stream.reconfigure(errors="replace")


def check_command_arguments(args: argparse.Namespace) -> None:
    """What argparse cannot say on its own about how options go together."""
    if args.command == "export":
        if args.week and (args.first or args.last):
            raise CliError("give either --week or --from and --to, not both", USAGE_EXIT)
        if not args.week and not (args.first and args.last):
            raise CliError("say what to export: --week WEEK, or --from DATE --to DATE", USAGE_EXIT)
        if args.first and args.last and args.first > args.last:
            raise CliError(f"--from {args.first} is after --to {args.last}", USAGE_EXIT)
        if args.pdf and not args.week:
            raise CliError("--pdf prints whole weeks; use --week WEEK", USAGE_EXIT)
        if args.weeks is not None and not args.pdf:
            raise CliError("--weeks is for the printed plan; use it with --pdf", USAGE_EXIT)
        if args.weeks and args.week and args.week.shifted(args.weeks - 1).sunday > LAST_DAY:
            raise CliError(
                f"--weeks {args.weeks} from {args.week} reaches past {YEARS}", USAGE_EXIT
            )
    if args.command == "insights" and args.insights_action == "import":
        if args.platform or args.kind or args.json:
            raise CliError("insights import takes a FILE and --dry-run only", USAGE_EXIT)
    elif args.command == "insights" and args.platform is None:
        raise CliError(f"say which platform: insights --platform {_names(Platform)}", USAGE_EXIT)


def open_window(args: argparse.Namespace) -> int:
    """Everything that can be said about the arguments is said before the window starts."""
    from planner.cli.dispatch import store_path

    path = store_path(args)
    screenshot: Path | None = args.screenshot
    if screenshot is not None:
        from planner.cli.common import refuse_overwrite

        refuse_overwrite(screenshot, path)
        if not screenshot.parent.is_dir():
            raise CliError(
                f"cannot save {screenshot}: the folder {screenshot.parent} does not exist",
                USAGE_EXIT,
            )
    from planner.app import run_app

    month = {"view": "month", "month": args.window_month} if args.window_month else {}
    if args.window_view:
        month = {**month, "view": args.window_view}
    result = run_app(path, week=args.window_week, screenshot=screenshot, size=args.size, **month)
    return int(result or 0)
