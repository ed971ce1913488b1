"""``planner consent add|list|revoke``: the patients' consent records.

``add`` checks the record before it opens the store; ``revoke`` reads the record first,
so an unknown id creates no store and changes nothing; ``list`` only reads.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from planner.cli.common import post_line, store_for_reading, store_for_writing
from planner.cli.errors import CliError
from planner.console import say, say_json, warn
from planner.core.consent import (
    ConsentRecord,
    affected_posts,
    default_expiry,
    long_day,
    ordered_platforms,
    ordered_uses,
    state,
)
from planner.core.domain import Platform
from planner.core.settings import Settings
from planner.store import Store

ADD_ONE = "planner consent add --person NAME --covers photo,name --signed YYYY-MM-DD"


def practice_today(settings: Settings) -> dt.date:
    """Today where the practice is: its time zone if set, else the system's."""
    if settings.timezone:
        from planner.core.wall_clock import zone_named

        try:
            return dt.datetime.now(zone_named(settings.timezone)).date()
        except ValueError:
            pass  # a zone this system does not know: the system's own day
    return dt.date.today()


def consent(args: argparse.Namespace, path: Path) -> int:
    if args.consent_action == "add":
        return add(args, path)
    if args.consent_action == "list":
        return list_consents(args, path)
    return revoke(args, path)


def add(args: argparse.Namespace, path: Path) -> int:
    expires = args.expires if args.expires is not None else default_expiry(args.signed)
    platforms = args.platforms or frozenset()
    if platforms == frozenset(Platform):
        platforms = frozenset()  # every platform named is all of them, as the editor says
    record = ConsentRecord(
        None, args.person, args.covers, platforms, args.signed, expires, form=args.form
    )
    problems = record.problems()
    if problems:
        raise CliError(" ".join(problems), 2)
    with store_for_writing(path) as store:
        saved = store.consents.add(record)
    say(str(saved.id))
    if args.expires is None:
        warn(
            f"consent {saved.id} ends on {long_day(expires)}, a year after it was signed; "
            "give --expires to choose another day"
        )
    return 0


def describe_record(record: ConsentRecord, today: dt.date, posts: list[int]) -> str:
    """``#3 J. Smith: photo, name; all platforms; signed 1 Mar 2026, ends 1 Mar 2027
    (valid); posts 4, 9``."""
    covers = ", ".join(u.value for u in ordered_uses(record.covers))
    where = ", ".join(p.label for p in ordered_platforms(record.platforms)) or "all platforms"
    ends = f"ends {long_day(record.expires)}" if record.expires else "no end date"
    standing = state(record, today).value
    if record.revoked is not None:
        standing = f"revoked from {long_day(record.revoked)}"
    linked = f"posts {', '.join(str(i) for i in posts)}" if posts else "no posts"
    return (
        f"#{record.id} {record.person}: {covers}; {where}; signed {long_day(record.signed)}, "
        f"{ends} ({standing}); {linked}"
    )


def list_consents(args: argparse.Namespace, path: Path) -> int:
    with store_for_reading(path) as store:
        records = store.consents.all() if store else []
        links = store.consents.links() if store else {}
        today = practice_today(store.settings() if store else Settings())
    if args.json:
        say_json([r.to_json(links.get(r.id or 0, [])) for r in records])
        return 0
    if not records:
        say(f"No consent records yet. Add one with: {ADD_ONE}")
        return 0
    for record in records:
        say(describe_record(record, today, links.get(record.id or 0, [])))
    return 0


def _record(store: Store | None, consent_id: int, path: Path) -> ConsentRecord:
    try:
        if store is None:
            raise KeyError(consent_id)
        return store.consents.get(consent_id)
    except KeyError:
        raise CliError(f"there is no consent {consent_id} in {path}") from None


def revoke(args: argparse.Namespace, path: Path) -> int:
    # Read first: an unknown id must not create a store or touch one.
    with store_for_reading(path) as store:
        record = _record(store, args.id, path)
        assert store is not None
        on = args.on if args.on is not None else practice_today(store.settings())
        revoked = record.with_changes(revoked=on)
        if record.revoked is not None:
            raise CliError(f"{record.label} was already revoked on {long_day(record.revoked)}")
        problems = revoked.problems()
        if problems:
            raise CliError(" ".join(problems), 2)
        store.check_pages()  # opened for reading; an edit needs every page checked
        store.consents.update(revoked)
        affected = affected_posts(store.consents.linked_posts(args.id), on)
    say(f"Revoked consent #{record.id} ({record.person}) from {long_day(on)}.")
    if affected:
        count = len(affected)
        say(
            f"{count} dated post{'s' if count > 1 else ''} linked to it "
            f"{'are' if count > 1 else 'is'} on that day or later:"
        )
        for post in affected:
            say(post_line(post))
        say("Send one back to the ideas with: planner edit ID --status idea")
    return 0
