"""The parsers of the game plan's commands: series, copy-week, week-template, days, search.

``add_game_plan_commands`` is handed the entry point's ``command`` factory, so each
command gets the same ``--db`` option and one-line errors as every other.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from planner.cli.arg_types import checked
from planner.core.domain import FIRST_YEAR, LAST_YEAR, YEARS, Status, parse_date
from planner.core.weeks import Week

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as dt

LARGEST_ID = 2**63 - 1
_MONTH = re.compile(r"\s*(\d{4})-(\d{2})\s*", re.ASCII)


def parse_series_id(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ValueError(f"{text!r} is not a series id; ids are whole numbers like 3")
    if int(value) > LARGEST_ID:
        raise ValueError(f"{text!r} is too big to be a series id")
    return int(value)


def parse_month(text: str) -> tuple[int, int]:
    """``2027-03`` as (year, month), in the plan's years."""
    match = _MONTH.fullmatch(text)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"{text!r} is not a month; write it as YYYY-MM, like 2027-03")
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"{text!r} is outside {YEARS}")
    return year, int(match.group(2))


def parse_copy_status(text: str) -> Status:
    status = Status.parse(text)
    if status not in (Status.DRAFT, Status.SCHEDULED):
        raise ValueError(f"copies are draft or scheduled, not {status.value}")
    return status


def parse_rule_text(text: str) -> str:
    """The rule's text, checked for its form (its days are checked against the date)."""
    from planner.core.rrule_text import parse_rule

    return parse_rule(text).to_text()


SERIES_ID = checked(parse_series_id)
MONTH = checked(parse_month)
COPY_STATUS = checked(parse_copy_status)
RRULE = checked(parse_rule_text)
DATE = checked(parse_date)
WEEK = checked(Week.parse)

Command = Callable[[str, str], argparse.ArgumentParser]


def _with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """A sub-step of a command takes ``--db`` too, wherever it is written."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the store file (default: user data folder)",
    )
    return parser


def _status_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--status",
        type=COPY_STATUS,
        default=Status.DRAFT,
        metavar="draft|scheduled",
        help="the new posts' status (default: draft)",
    )


def add_game_plan_commands(command: Command) -> None:
    """The series, copy-week, week-template, days and search commands."""
    series = command("series", "list the repeating posts, or end or delete a series")
    actions = series.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = _with_db(
        actions.add_parser("list", help="every series, with its rule and next dates")
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    end = _with_db(
        actions.add_parser("end", help="end a series after a day; later posts are deleted")
    )
    end.add_argument("series", type=SERIES_ID, metavar="SERIES")
    end.add_argument("--after", type=DATE, required=True, metavar="DATE", help="YYYY-MM-DD")
    delete = _with_db(
        actions.add_parser("delete", help="delete a series and its posts (from a day)")
    )
    delete.add_argument("series", type=SERIES_ID, metavar="SERIES")
    delete.add_argument("--from", dest="first", type=DATE, metavar="DATE", help="YYYY-MM-DD")

    copy = command("copy-week", "copy a week's posts to another week")
    copy.add_argument("--from", dest="source", type=WEEK, required=True, metavar="WEEK")
    copy.add_argument("--to", dest="target", type=WEEK, required=True, metavar="WEEK")
    _status_option(copy)

    template = command("week-template", "keep a week as a named template, or apply one")
    steps = template.add_subparsers(dest="action", metavar="ACTION", required=True)
    save = _with_db(steps.add_parser("save", help="keep a week's posts as a template"))
    save.add_argument("name", metavar="NAME")
    save.add_argument("--week", type=WEEK, required=True, help="like 2026-W49")
    save.add_argument("--replace", action="store_true", help="replace a template of that name")
    apply = _with_db(steps.add_parser("apply", help="add a template's posts to a week, as drafts"))
    apply.add_argument("name", metavar="NAME")
    apply.add_argument("--week", type=WEEK, required=True, help="like 2026-W50")
    _status_option(apply)
    listed = _with_db(steps.add_parser("list", help="the templates kept"))
    listed.add_argument("--json", action="store_true", help="print JSON")
    gone = _with_db(steps.add_parser("delete", help="delete a template"))
    gone.add_argument("name", metavar="NAME")

    days = command("days", "the awareness days of a week, a month or a span of days")
    days.add_argument("--week", type=WEEK, help="like 2027-W12")
    days.add_argument("--month", type=MONTH, metavar="YYYY-MM", help="like 2027-03")
    days.add_argument("--from", dest="first", type=DATE, metavar="DATE", help="YYYY-MM-DD")
    days.add_argument("--to", dest="last", type=DATE, metavar="DATE", help="YYYY-MM-DD")
    days.add_argument("--json", action="store_true", help="print JSON")
    own = days.add_subparsers(dest="action", metavar="ACTION")
    add = _with_db(own.add_parser("add", help="add a day of the practice's own"))
    add.add_argument("name", metavar="NAME")
    add.add_argument("--date", type=DATE, required=True, help="YYYY-MM-DD")
    add.add_argument("--yearly", action="store_true", help="every year on that day")
    hide = _with_db(own.add_parser("hide", help="stop showing the days of that name"))
    hide.add_argument("name", metavar="NAME")

    search = command("search", "find posts by words of their text, notes or link")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--json", action="store_true", help="print JSON")


def days_span(args: argparse.Namespace) -> tuple[dt.date, dt.date] | None:
    """The days ``days`` lists, or None when its options do not name one span."""
    import calendar
    import datetime as dt

    given = [args.week is not None, args.month is not None,
             args.first is not None or args.last is not None]  # fmt: skip
    if sum(given) != 1 or (given[2] and (args.first is None or args.last is None)):
        return None
    if args.week is not None:
        return args.week.monday, args.week.sunday
    if args.month is not None:
        year, month = args.month
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return args.first, args.last
