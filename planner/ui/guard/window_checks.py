"""The guard where the window's files go out and come in: the posts a print or PDF marks
"check before posting", the question before an export of posts with open stop
findings, and each row's findings in the import preview (which never block it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from planner.core.domain import Post
from planner.core.guard import Finding
from planner.core.guard_warnings import posts_to_check
from planner.core.guard_week import guard_warnings, post_findings
from planner.store.guard_records import acknowledgements, consent_records, guard_setup

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext


def stop_posts(context: AppContext, posts: Sequence[Post]) -> frozenset[int]:
    """The saved ``posts`` with an open stop finding, each checked with the consents
    it links to."""
    if not context.has_store or not posts:
        return frozenset()
    store = context.store
    ids = [p.id for p in posts if p.id is not None]
    setup, acks, consents = guard_setup(store), acknowledgements(store, ids), consent_records(store)
    # Exports and prints hold dated posts only, which is what the warnings cover.
    return posts_to_check(guard_warnings(posts, setup, acks, consents))


def confirm_export(context: AppContext, posts: Sequence[Post], span: str) -> bool:
    """Before an export: say how many of ``posts`` have open stop findings and ask
    whether to go on. True when there are none, or the user says to export anyway."""
    count = len(stop_posts(context, posts))
    if not count:
        return True
    noun = "post" if count == 1 else "posts"
    verb = "has" if count == 1 else "have"
    question = (
        f"{count} {noun} of {span} {verb} open stop findings: something the guard says must "
        "not be posted as it is (a patient's details, a name on the do-not-mention list, "
        "disparaging or profane words). Export anyway? The cards show a red shield; open "
        "each post to see what the guard found."
    )
    return context.prompts.ask_yes_no("Export anyway?", question, default_yes=True)


def post_checker(context: AppContext) -> Callable[[Post], list[Finding]]:
    """What the import preview asks of each good row: the findings of the post it would
    become, with the practice's setup read once."""
    store = context.store if context.has_store else None
    setup, consents = guard_setup(store), consent_records(store)

    def check(post: Post) -> list[Finding]:
        return list(post_findings(post, setup, (), consents).open)

    return check
