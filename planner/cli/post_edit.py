"""``planner edit ID``: change a post's text, kind, platform, status, link, notes, uses
or consents, through the same rules as the window (``core.edits``) and one checked
transaction (``Store.apply_changes``). Also what ``add`` shares of consents: the ids
must name records, and a post whose consent does not hold is said on stderr.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from planner.cli.common import (
    describe,
    get_post,
    refuse_problems,
    store_for_reading,
    warn_about_day,
)
from planner.cli.errors import CliError
from planner.console import say, warn
from planner.core import edits
from planner.core.domain import Post, Status
from planner.store import Store

FIELDS = ("text", "kind", "platform", "status", "link", "notes")
WHAT = "--text, --kind, --platform, --status, --link, --notes, --uses or --consent"


def refuse_unknown_consents(store: Store | None, ids: Iterable[int], path: Path) -> None:
    """One line naming the first id that is no consent record of the store."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    unknown = wanted if store is None else store.consents.unknown(wanted)
    if unknown:
        raise CliError(f"there is no consent {unknown[0]} in {path}")


def check_consents_exist(path: Path, ids: Iterable[int]) -> None:
    """Before a store is created or written: every id names a consent record."""
    wanted = sorted(set(ids))
    if wanted:
        with store_for_reading(path) as store:
            refuse_unknown_consents(store, wanted, path)


def warn_about_consent(store: Store, post: Post) -> None:
    """After an edit, say on stderr what is wrong with the post's consent, if anything.

    Judged by the post's uses and links; ``planner check`` also reads its text for a
    patient's story."""
    from planner.core.consent_rule import post_consent_warnings

    for warning in post_consent_warnings(post, store.consents.by_id(), patient_story=None):
        warn(warning.message)


def edit(args: argparse.Namespace, path: Path) -> int:
    changes: dict[str, object] = {
        name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None
    }
    if args.uses is not None:
        changes["uses"] = args.uses
    if args.consent is not None:
        changes["consents"] = args.consent
    if not changes:
        raise CliError(f"say what to change: {WHAT}", 2)
    if isinstance(changes.get("link"), str):
        changes["link"] = str(changes["link"]).strip()
    # Read first: an unknown id must not create a store or touch one.
    with store_for_reading(path) as store:
        before = get_post(store, args.id, path)
        assert store is not None
        refuse_unknown_consents(store, args.consent or (), path)
        after = edits.edited(before.with_changes(**changes))
        if after.status is not Status.IDEA and after.date is None:
            raise CliError(
                f"post {before.id} is an idea with no day yet; schedule it with: planner move "
                f"{before.id} --date YYYY-MM-DD --time HH:MM",
                2,
            )
        refuse_problems(after)
        if after == before:
            say(f"Nothing to change: {describe(before)}")
            return 0
        store.check_pages()  # opened for reading; an edit needs every page checked
        ((_, saved),) = store.apply_changes([(before, after)])
        assert saved is not None
        say(f"Edited {describe(saved)}")
        warn_about_day(store, saved)
        warn_about_consent(store, saved)
    return 0
