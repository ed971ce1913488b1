"""Rule ``consent`` over a week's posts, and what consent means to the guard.

``planner.core.consent`` judges one post against the records linked to it; this module
looks the links up, runs that for every dated post of a week (the week's report adds
these warnings to the others), names the posts whose cards are marked, and builds what
the guard needs to let a consenting person's name through. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from planner.core.consent import (
    ConsentRecord,
    ConsentWarning,
    consent_problems,
    consented_names,
    expiring_soon,
    expiry_message,
    picker_reasons,
)
from planner.core.domain import Kind, Platform, Post
from planner.core.post_place import where

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.guard.context import GuardContext

Consents = Mapping[int, ConsentRecord]
StoryCheck = Callable[[Post], bool]


def linked_records(post: Post, consents: Consents) -> list[ConsentRecord]:
    """The records ``post`` links to, by id; an id with no record is left out."""
    return [consents[i] for i in sorted(post.consents) if i in consents]


def tells_patient_story(post: Post) -> bool:
    """Whether the guard finds that ``post`` features a patient (``patient-story``), with
    the shipped word lists and no consent linked."""
    return _tells_story(post.text, post.kind, post.platform)


# The window runs the rules after every change and on every week shown, over the same
# posts again and again: a whole check of a week's texts is ~1 ms a post, a lookup none.
@lru_cache(maxsize=4096)
def _tells_story(text: str, kind: Kind, platform: Platform) -> bool:
    from planner.core.guard import PATIENT_STORY, GuardContext, check_text

    context = GuardContext(kind=kind, platform=platform)
    return any(f.category == PATIENT_STORY for f in check_text(text, context))


def post_consent_warnings(
    post: Post, consents: Consents, patient_story: StoryCheck | None = tells_patient_story
) -> list[ConsentWarning]:
    """Rule ``consent`` for one post. ``patient_story`` says whether its text features a
    patient (asked only of a dated post with no uses and no consent; None: never)."""
    linked = linked_records(post, consents)
    story = (
        patient_story is not None
        and post.date is not None
        and not linked
        and not post.uses
        and patient_story(post)
    )
    return consent_problems(post.id, post.date, post.platform, post.uses, linked, story)


def consent_warnings(
    posts: Iterable[Post],
    consents: Consents,
    patient_story: StoryCheck | None = tells_patient_story,
) -> list[ConsentWarning]:
    """Rule ``consent`` for every dated post of ``posts``, in date and time order, each
    message led by the post it is about (``Thu 3 Dec 15:00, Facebook: …``)."""
    dated = sorted(
        (p for p in posts if p.date is not None),
        key=lambda p: (p.date, p.time or dt.time(0), p.id or 0),
    )
    return [
        replace(w, message=f"{where(post)}: {w.message}")
        for post in dated
        for w in post_consent_warnings(post, consents, patient_story)
    ]


@dataclass(frozen=True, slots=True)
class ConsentCheck:
    """What rule ``consent`` needs besides a week's posts: the records by id, and how to
    tell that a post's text features a patient (None: by its uses alone)."""

    records: Consents
    patient_story: StoryCheck | None = tells_patient_story

    def warnings(self, posts: Iterable[Post]) -> list[ConsentWarning]:
        return consent_warnings(posts, self.records, self.patient_story)


class _GuardLists:
    """Whether the guard is imported and its shipped word lists read, all the way: a
    module in ``sys.modules`` may still be half-imported by another thread."""

    lock = threading.Lock()
    loaded = False


def load_guard_lists() -> None:
    """Import the guard and read its shipped word lists, once. Any thread may call it;
    a caller that comes while another thread loads them waits for that load to end."""
    if _GuardLists.loaded:
        return
    with _GuardLists.lock:
        if not _GuardLists.loaded:
            from planner.core.guard import load_word_lists

            load_word_lists()
            _GuardLists.loaded = True  # only now: the import and the read are complete


def guard_lists_loaded() -> bool:
    """Whether ``load_guard_lists`` has finished (in any thread)."""
    return _GuardLists.loaded


def story_check_if_ready() -> StoryCheck | None:
    """``tells_patient_story`` once the guard's shipped word lists are loaded
    (``load_guard_lists``); None before.

    The window's first frame never waits for the guard: its lists load in a worker
    after it, and until they are in, a week is judged by its posts' uses.
    """
    return tells_patient_story if _GuardLists.loaded else None


def consent_notes(warnings: Iterable[object]) -> dict[int, list[str]]:
    """For each post with a consent problem among ``warnings`` (a week's report holds
    other rules' too), the messages: its card is marked, its tooltip says them."""
    notes: dict[int, list[str]] = {}
    for warning in warnings:
        if isinstance(warning, ConsentWarning) and warning.post is not None:
            notes.setdefault(warning.post, []).append(warning.message)
    return notes


def valid_linked(post: Post, consents: Consents) -> list[ConsentRecord]:
    """The linked records that hold for ``post``: its day, platform and uses."""
    pairs = picker_reasons(post.date, post.platform, post.uses, linked_records(post, consents))
    return [record for record, reason in pairs if reason is None]


def consented_guard_names(post: Post, consents: Consents) -> tuple[str, ...]:
    """The names the do-not-mention check lets through on ``post``: the people whose
    linked consent covers ``name`` and holds for this post."""
    linked = linked_records(post, consents)
    return tuple(consented_names(post.date, post.platform, post.uses, linked))


def with_post_consent(context: GuardContext, post: Post, consents: Consents) -> GuardContext:
    """``context`` for checking ``post``: the consenting names it may mention, and
    whether a valid consent is linked (then a patient story is no finding)."""
    return replace(
        context,
        consented_names=consented_guard_names(post, consents),
        consent_linked=bool(valid_linked(post, consents)),
    )


def expiring_notices(consents: Iterable[ConsentRecord], today: dt.date) -> list[str]:
    """What the warnings panel says of each consent that ends within 30 days."""
    return [expiry_message(record, today) for record in expiring_soon(consents, today)]
