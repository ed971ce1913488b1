"""The parsers of ``consent``, ``edit`` and ``reply``, and ``add``'s ``--uses`` and
``--consent``: only argparse, so ``planner --version`` stays light.

``entry.build_parser`` calls ``add_consent_commands`` with its way of making a command.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from planner.cli.arg_types import checked
from planner.core.domain import Kind, Platform, Status, parse_date
from planner.core.reply_log import SITES, parse_site, parse_stars
from planner.core.uses import Use, parse_record_id, parse_record_ids, parse_uses

MakeCommand = Callable[[str, str], argparse.ArgumentParser]
USES = ",".join(u.value for u in Use)


def _some_uses(text: str) -> frozenset[Use]:
    uses = parse_uses(text)
    if not uses:
        raise ValueError(f"say what the consent covers: one or more of {USES}")
    return uses


def _platforms(text: str) -> frozenset[Platform]:
    """``facebook,x``; empty is every platform. (``planner.core.consent`` says the same,
    but loading it for a parser would slow every command.)"""
    return frozenset(Platform.parse(part) for part in text.split(",") if part.strip())


def _person(text: str) -> str:
    if not text.strip():
        raise ValueError("say whose consent this is")
    return text.strip()


DATE = checked(parse_date)
USES_LIST = checked(parse_uses)
COVERS = checked(_some_uses)
PLATFORMS = checked(_platforms)
CONSENT_ID = checked(parse_record_id)
CONSENT_IDS = checked(parse_record_ids)
PERSON = checked(_person)
STARS = checked(parse_stars)
SITE = checked(parse_site)


def _names(enum: type[Kind] | type[Platform] | type[Status]) -> str:
    return ", ".join(member.value for member in enum)


def add_post_consent_options(parser: argparse.ArgumentParser) -> None:
    """``--uses`` and ``--consent`` for ``add`` and ``edit``."""
    parser.add_argument(
        "--uses", type=USES_LIST, metavar="U,..", help=f"what it features of a patient: {USES}"
    )
    parser.add_argument(
        "--consent", type=CONSENT_IDS, metavar="ID,..", help="the consent records it links to"
    )


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help="the store file (default: user data folder)",
    )  # fmt: skip


def add_consent_commands(command: MakeCommand) -> None:
    """``consent add|list|revoke``, ``edit`` and ``reply``."""
    consent = command("consent", "the patients' consent records: add, list or revoke one")
    actions = consent.add_subparsers(dest="consent_action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a consent record and print its id", allow_abbrev=False
    )
    _db_option(add)
    add.add_argument("--person", type=PERSON, required=True, metavar="NAME", help="who agreed")
    add.add_argument("--covers", type=COVERS, required=True, metavar="U,..", help=USES)
    add.add_argument("--signed", type=DATE, required=True, metavar="DATE", help="YYYY-MM-DD")
    add.add_argument(
        "--expires", type=DATE, metavar="DATE", help="YYYY-MM-DD (default: a year after signing)"
    )
    add.add_argument(
        "--platforms", type=PLATFORMS, metavar="P,..", help=f"{_names(Platform)} (default: all)"
    )
    add.add_argument("--form", default="", metavar="TEXT", help="where the signed form is kept")
    listing = actions.add_parser("list", help="list the consent records", allow_abbrev=False)
    _db_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    revoke = actions.add_parser(
        "revoke", help="revoke a consent from a day (default: today)", allow_abbrev=False
    )
    _db_option(revoke)
    revoke.add_argument("id", type=CONSENT_ID, metavar="ID")
    revoke.add_argument("--on", type=DATE, metavar="DATE", help="YYYY-MM-DD (default: today)")

    edit = command("edit", "change the text, kind, platform, status, link, notes or consents")
    edit.add_argument("id", type=checked(_post_id), metavar="ID")
    edit.add_argument("--text", metavar="TEXT")
    edit.add_argument("--kind", type=checked(Kind.parse), help=_names(Kind))
    edit.add_argument("--platform", type=checked(Platform.parse), help=_names(Platform))
    edit.add_argument("--status", type=checked(Status.parse), help=_names(Status))
    edit.add_argument("--link", metavar="URL")
    edit.add_argument("--notes", metavar="TEXT")
    add_post_consent_options(edit)

    reply = command("reply", "draft a reply to an online review that never confirms a patient")
    reply.add_argument("--stars", type=STARS, metavar="N", help="the review's stars, 1 to 5")
    review = reply.add_mutually_exclusive_group()
    review.add_argument("--review", metavar="TEXT", help="the review's text")
    review.add_argument("--review-file", type=Path, metavar="FILE", help="a file holding it")
    reply.add_argument("--reviewer", default="", metavar="NAME", help="the reviewer's name, "
                       "only so the reply is checked for it")  # fmt: skip
    reply.add_argument("--site", type=SITE, default="Google", metavar="SITE", help=", ".join(SITES))
    reply.add_argument("--template", metavar="NAME", help="a template by name, like negative-2")
    reply.add_argument("--templates", action="store_true", help="list the reply templates")
    reply.add_argument("--json", action="store_true", help="print JSON")


def _post_id(text: str) -> int:
    return parse_record_id(text, "post")
