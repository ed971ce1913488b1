"""``planner reply``: a reply to an online review, from the templates by stars, filled
with the practice's name and phone, and checked by the guard in reply mode.

It only reads: the practice's settings and edited templates come from the store when
there is one, and nothing is created or kept (the window's Save keeps replies).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.common import store_for_reading
from planner.cli.errors import CliError
from planner.console import say, say_json, warn
from planner.core.reply_log import with_edits
from planner.core.settings import Settings
from planner.io.os_errors import describe_os_error

REVIEW_LIMIT = 100_000  # characters: far beyond any review a site allows


def _review(args: argparse.Namespace) -> str:
    if args.review is not None:
        text = str(args.review)
    elif args.review_file is not None:
        source: Path = args.review_file
        if source.is_dir():
            raise CliError(f"cannot read {source}: it is a folder")
        try:
            data = source.read_bytes()[: REVIEW_LIMIT * 4 + 4]
        except OSError as exc:
            raise CliError(describe_os_error(exc, source)) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CliError(f"cannot read {source}: it is not UTF-8 text") from None
    else:
        raise CliError("give the review: --review TEXT or --review-file FILE", 2)
    if not text.strip():
        raise CliError("the review is empty; paste its text with --review", 2)
    if len(text) > REVIEW_LIMIT:
        raise CliError(f"the review is longer than {REVIEW_LIMIT:,} characters", 2)
    return text


def reply(args: argparse.Namespace, path: Path) -> int:
    if args.templates:
        given = [args.stars, args.review, args.review_file, args.template]
        if any(value is not None for value in given) or args.reviewer:
            raise CliError("--templates lists the templates; leave out the other options", 2)
        return list_templates(args, path)
    if args.stars is None:
        raise CliError("say how many stars the review gave: --stars 1 to 5", 2)
    _review(args)  # the reply never quotes it, but a reply needs a review
    from planner.core.replies import load_templates, reply_json
    from planner.core.reply_check import check_reply, draft_for

    with store_for_reading(path) as store:
        settings = store.settings() if store else Settings()
        edited = store.replies.edited_templates() if store else {}
    templates = with_edits(load_templates(), edited)
    try:
        draft = draft_for(settings, args.stars, templates, args.template)
    except ValueError as exc:
        raise CliError(str(exc), 2) from None
    findings = check_reply(draft.text, settings, args.reviewer)
    if args.json:
        say_json(reply_json(draft, findings))
        return 0
    for line in draft.text.splitlines():
        say(line)
    for finding in findings:
        warn(f"{finding.category} ({finding.severity}) at {finding.excerpt!r}: {finding.message}")
    return 0


def list_templates(args: argparse.Namespace, path: Path) -> int:
    from planner.core.replies import load_templates

    with store_for_reading(path) as store:
        edited = store.replies.edited_templates() if store else {}
    templates = with_edits(load_templates(), edited)
    if args.json:
        say_json(
            [
                {"name": t.name, "mood": t.mood, "edited": t.name in edited, "text": t.text}
                for t in templates
            ]
        )
        return 0
    for index, template in enumerate(templates):
        if index:
            say()
        note = ", edited" if template.name in edited else ""
        say(f"{template.name} ({template.mood}{note})")
        for line in template.text.splitlines():
            say(f"  {line}" if line else "")
    return 0
