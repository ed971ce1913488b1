"""``planner guard``: what the guard finds in a text, a post or a week; and the guard's
part of ``check`` and ``export``.

A post is checked with the consents it links to (a consenting person's name is let
through). ``--reply`` checks the text as a review reply, in the reply mode that
``planner reply`` uses (``reply_context``). Only reads: a store that does not exist yet
checks as empty, with the default settings, and is not created.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from planner.cli.common import describe, get_post, store_for_reading
from planner.cli.errors import CliError
from planner.console import say, say_json, warn
from planner.core.consent_rule import with_post_consent
from planner.core.domain import Post
from planner.core.guard import Finding, GuardContext
from planner.core.guard_setup import GuardSetup, guard_context, post_context
from planner.core.guard_warnings import GuardWarning, posts_to_check
from planner.core.guard_week import PostFindings, findings_in, guard_warnings, split_findings
from planner.core.replies import reply_context
from planner.store import Store
from planner.store.guard_records import acknowledgements, consent_records, guard_setup

USAGE_EXIT = 2

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.consent_rule import ConsentCheck


def guard(args: argparse.Namespace, path: Path) -> int:
    if args.reviewer is not None and not args.reply:
        raise CliError("--reviewer goes with --reply: the reviewer's name is for replies", 2)
    results: list[tuple[Post | None, PostFindings]]
    with store_for_reading(path) as store:
        setup = guard_setup(store)
        if args.text is not None:
            results = [(None, _text_findings(args, setup))]
        elif args.post_id is not None:
            post = _as_asked(get_post(store, args.post_id, path), args)
            results = [(post, _post_findings([post], store, setup, args)[post.id])]
        else:
            posts = store.posts_in_week(args.week) if store else []
            posts = [p for p in posts if _wanted(p, args)]
            found = _post_findings(posts, store, setup, args)
            results = [(post, found[post.id]) for post in posts]
    if args.json:
        findings = [
            finding.to_json(post.id if post is not None else None)
            for post, found in results
            for finding in found.open
        ]
        say_json({"findings": findings})
        return 0
    _say_results(results, args)
    return 0


def _as_asked(post: Post, args: argparse.Namespace) -> Post:
    """``post`` as --kind and --platform ask it to be checked."""
    changes = {name: getattr(args, name) for name in ("kind", "platform") if getattr(args, name)}
    return post.with_changes(**changes) if changes else post


def _wanted(post: Post, args: argparse.Namespace) -> bool:
    return (args.kind is None or post.kind is args.kind) and (
        args.platform is None or post.platform is args.platform
    )


def _as_reply(context: GuardContext, args: argparse.Namespace) -> GuardContext:
    """``context`` in reply mode when --reply asks: the reply's own categories too."""
    return reply_context(context, args.reviewer or "") if args.reply else context


def _text_findings(args: argparse.Namespace, setup: GuardSetup) -> PostFindings:
    context = guard_context(setup, kind=args.kind, platform=args.platform)
    return split_findings(findings_in(args.text, _as_reply(context, args)))


def _post_findings(
    posts: Sequence[Post], store: Store | None, setup: GuardSetup, args: argparse.Namespace
) -> dict[int | None, PostFindings]:
    acks = acknowledgements(store, [p.id for p in posts if p.id is not None])
    consents = consent_records(store)
    found: dict[int | None, PostFindings] = {}
    for post in posts:
        context = with_post_consent(post_context(post, setup), post, consents)
        context = _as_reply(context, args)
        found[post.id] = split_findings(findings_in(post.text, context), acks.get(post.id or 0, ()))
    return found


def _say_results(results: list[tuple[Post | None, PostFindings]], args: argparse.Namespace) -> None:
    total = sum(len(found.open) for _post, found in results)
    if args.week is not None:
        say(args.week.title())
        if not results:
            say("No posts planned this week.")
            return
    elif total == 0 and not any(found.acknowledged for _post, found in results):
        say("No findings: the guard sees nothing to stop or question.")
        return
    for post, found in results:
        if args.week is not None and not found.open:
            continue
        if post is not None:
            say(describe(post))
        for finding in found.open:
            say(f"  {finding_line(finding)}")
        for finding in found.acknowledged:
            ack = found.acknowledgement_of(finding)
            reason = f": {ack.reason}" if ack is not None else ""
            say(f"  acknowledged  {finding.category}  {_quoted(finding)}{reason}")
    if args.week is not None:
        noun = "finding" if total == 1 else "findings"
        say(f"{total} open {noun}." if total else "No open findings this week.")


def finding_line(finding: Finding) -> str:
    """``stop  privacy  "020 7946 0991" (31-44): A phone number…``: one finding."""
    where = f"{_quoted(finding)} ({finding.start}-{finding.end})"
    return f"{finding.severity:<7}  {finding.category}  {where}: {finding.message}"


def _quoted(finding: Finding) -> str:
    return '"' + " ".join(finding.excerpt.split()) + '"'


# -- the guard's part of other commands -----------------------------------------------


def week_warnings(
    store: Store | None, posts: Sequence[Post], consents: ConsentCheck | None = None
) -> list[GuardWarning]:
    """The open findings of ``posts`` (a week's), as ``check`` lists them, each post
    checked with the consents it links to (``consents``: as the rules read them)."""
    if not posts:
        return []
    ids = [p.id for p in posts if p.id is not None]
    records = consents.records if consents is not None else consent_records(store)
    return guard_warnings(posts, guard_setup(store), acknowledgements(store, ids), records)


def warn_before_export(warnings: Sequence[GuardWarning], span: str, week_name: str | None) -> None:
    """Say on stderr how many posts about to be exported have open stop findings."""
    to_check = sorted(posts_to_check(warnings))
    if not to_check:
        return
    count = len(to_check)
    noun = "post" if count == 1 else "posts"
    verb = "has" if count == 1 else "have"
    ids = ", ".join(str(i) for i in to_check[:10]) + (", …" if count > 10 else "")
    see = f"planner guard --week {week_name}" if week_name else f"planner guard --id {to_check[0]}"
    warn(
        f"{count} {noun} of {span} {verb} open stop findings (post {ids}); check before "
        f"posting: {see}. Written anyway."
    )
