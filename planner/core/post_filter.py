"""Which posts the calendar shows: the platforms and statuses the user has hidden.

Hiding is only a view. The rules still count every post, so a warning may be about
posts the calendar does not show; ``hidden_among`` and ``describe_hiding`` let the
window say so in words and offer to show them again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.core.domain import Platform, Post, Status

# The statuses a dated post can have: the ones the calendar can hide.
DATED_STATUSES = (Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED)

_STATUS_PLURALS = {
    Status.DRAFT: "drafts",
    Status.SCHEDULED: "scheduled posts",
    Status.PUBLISHED: "published posts",
}


@dataclass(frozen=True, slots=True)
class PostFilter:
    """The platforms and statuses hidden from the calendar; nothing hidden by default."""

    hidden_platforms: frozenset[Platform] = frozenset()
    hidden_statuses: frozenset[Status] = frozenset()

    @property
    def hides_anything(self) -> bool:
        return bool(self.hidden_platforms or self.hidden_statuses)

    def shows(self, post: Post) -> bool:
        """Whether the calendar draws ``post`` (ideas live in the tray, never hidden)."""
        if post.is_idea:
            return True
        return (
            post.platform not in self.hidden_platforms and post.status not in self.hidden_statuses
        )

    def hidden_among(self, posts: Iterable[Post]) -> list[Post]:
        """The posts of ``posts`` this filter hides."""
        return [post for post in posts if not self.shows(post)]

    def hiding(self, posts: Iterable[Post]) -> PostFilter:
        """The part of this filter that hides any of ``posts``: what to undo to show them."""
        hidden = self.hidden_among(posts)
        return PostFilter(
            frozenset(p.platform for p in hidden if p.platform in self.hidden_platforms),
            frozenset(p.status for p in hidden if p.status in self.hidden_statuses),
        )

    def without(self, part: PostFilter) -> PostFilter:
        """This filter with ``part`` shown again."""
        return PostFilter(
            self.hidden_platforms - part.hidden_platforms,
            self.hidden_statuses - part.hidden_statuses,
        )


def describe_hiding(part: PostFilter) -> str:
    """What hides some posts, in words: ``Facebook``, ``drafts``, ``Facebook and X
    posts``, ``Facebook posts and drafts``."""
    platforms = [p.label for p in Platform if p in part.hidden_platforms]
    statuses = [_STATUS_PLURALS[s] for s in DATED_STATUSES if s in part.hidden_statuses]
    names = _joined(platforms)
    if platforms and statuses:
        return f"{names} posts and {_joined(statuses)}"
    if len(platforms) > 1:
        return f"{names} posts"
    return names or _joined(statuses)


def hidden_note(hidden: int, total: int, part: PostFilter) -> str:
    """``Both its posts are hidden (Facebook). Click to show them.``: the line a
    warning gets when the calendar hides posts it is about."""
    if hidden == total == 1:
        subject = "Its post is"
    elif hidden == total == 2:
        subject = "Both its posts are"
    elif hidden == total:
        subject = f"All {total} of its posts are"
    else:
        subject = f"{hidden} of its {total} posts {'is' if hidden == 1 else 'are'}"
    them = "it" if hidden == 1 else "them"
    return f"{subject} hidden ({describe_hiding(part)}). Click to show {them}."


def _joined(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
