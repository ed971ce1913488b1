"""The guard over posts: each post's findings, open or acknowledged, and a week's
guard warnings beside the rules' own.

Pure: the posts, the practice's ``GuardSetup``, the acknowledgements and the consent
records come in, the findings go out. A post is checked with its linked consents
(``with_post_consent``): a consenting person's name, and a patient's story with a
valid consent, are no findings on it. Checking the same text in the same context again
is answered from a cache, so a refresh after every edit costs only the posts that changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from planner.core.consent_rule import Consents, with_post_consent
from planner.core.domain import Post
from planner.core.guard import Acknowledgement, Finding, GuardContext, check_text
from planner.core.guard_setup import GuardSetup, post_context
from planner.core.guard_warnings import STOP, GuardWarning
from planner.core.post_place import where

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from planner.core.rules import WeekReport


@dataclass(frozen=True, slots=True)
class PostFindings:
    """A post's findings: those still open, and those the practice acknowledged."""

    open: tuple[Finding, ...] = ()
    acknowledged: tuple[Finding, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = field(default=(), repr=False)

    @property
    def worst(self) -> str | None:
        """The worst severity still open ("stop" before "caution"), or None."""
        severities = {f.severity for f in self.open}
        return STOP if STOP in severities else next(iter(severities), None)

    def acknowledgement_of(self, finding: Finding) -> Acknowledgement | None:
        """The acknowledgement that covers ``finding``, if one does."""
        return next((a for a in self.acknowledgements if a.covers(finding)), None)


@lru_cache(maxsize=2048)
def _checked(text: str, context: GuardContext) -> tuple[Finding, ...]:
    return tuple(check_text(text, context))


def findings_in(text: str, context: GuardContext) -> tuple[Finding, ...]:
    """``check_text``, remembered for the same text in the same context."""
    return _checked(text, context)


def post_findings(
    post: Post,
    setup: GuardSetup,
    acknowledgements: Iterable[Acknowledgement] = (),
    consents: Consents | None = None,
) -> PostFindings:
    """Every finding in ``post``'s text, split into open and acknowledged; checked with
    the ``consents`` (the practice's records by id) that ``post`` links to."""
    context = with_post_consent(post_context(post, setup), post, consents or {})
    return split_findings(findings_in(post.text, context), acknowledgements)


def split_findings(
    findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement] = ()
) -> PostFindings:
    """``findings`` split by whether an acknowledgement covers each one."""
    acks = tuple(acknowledgements)
    opened: list[Finding] = []
    covered: list[Finding] = []
    for finding in findings:
        (covered if any(a.covers(finding) for a in acks) else opened).append(finding)
    return PostFindings(tuple(opened), tuple(covered), acks)


def guard_warning(post: Post, finding: Finding) -> GuardWarning:
    """The warning for one open finding of a saved post."""
    assert post.id is not None, "a warning names its post by id"
    return GuardWarning(
        post_id=post.id,
        category=finding.category,
        severity=finding.severity,
        start=finding.start,
        end=finding.end,
        excerpt=finding.excerpt,
        message=f"{where(post)}: {finding.message}",
    )


def guard_warnings(
    posts: Iterable[Post],
    setup: GuardSetup,
    acknowledgements: Mapping[int, Sequence[Acknowledgement]],
    consents: Consents | None = None,
) -> list[GuardWarning]:
    """The open findings of the saved, dated ``posts``, in time order, then by where
    each starts in its text, each checked with the ``consents`` it links to. Ideas are
    left out, as the rules leave them out."""
    dated = sorted(
        (p for p in posts if p.id is not None and p.date is not None),
        key=lambda p: (p.date, p.time or dt.time(0, 0), p.id),
    )
    warnings: list[GuardWarning] = []
    for post in dated:
        assert post.id is not None
        found = post_findings(post, setup, acknowledgements.get(post.id, ()), consents)
        warnings += [guard_warning(post, finding) for finding in found.open]
    return warnings


def with_guard(report: WeekReport, warnings: Sequence[GuardWarning]) -> WeekReport:
    """``report`` with the guard's warnings after the rules' own."""
    if not warnings:
        return report
    return replace(report, warnings=[*report.warnings, *warnings])


def summary_line(warnings: Sequence[GuardWarning]) -> str:
    """``2 posts have open stop findings`` and the like: what an export says first."""
    stop_posts = {w.post_id for w in warnings if w.severity == STOP}
    count = len(stop_posts)
    noun = "post has" if count == 1 else "posts have"
    return f"{count} {noun} open stop findings"
