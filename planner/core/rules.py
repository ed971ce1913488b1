"""The rules: the content mix of a week and the daily limit per platform.

Pure functions from a week's posts and the settings to a report. Every dated post
(draft, scheduled or published) counts; ideas do not.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from planner.core.consent import ConsentWarning
from planner.core.domain import Kind, Platform, Post, short_day
from planner.core.guard_warnings import GuardWarning
from planner.core.settings import Band, Settings
from planner.core.weeks import Week

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from planner.core.consent_rule import ConsentCheck


@dataclass(frozen=True, slots=True)
class MixShare:
    """How many of a week's dated posts are of one kind, and their share (0.3 is 30%)."""

    count: int
    share: float


@dataclass(frozen=True, slots=True)
class MixWarning:
    """A kind outside its band for the week."""

    kind: Kind
    count: int
    posts: int
    band: Band
    message: str
    post_ids: tuple[int, ...] = ()
    rule: str = "mix"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "kind": self.kind.value,
            "count": self.count,
            "posts": self.posts,
            "min": self.band.min,
            "max": self.band.max,
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class DailyLimitWarning:
    """More posts on one platform on one day than its limit allows."""

    platform: Platform
    date: dt.date
    count: int
    limit: int
    message: str
    post_ids: tuple[int, ...] = ()
    rule: str = "daily-limit"

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "platform": self.platform.value,
            "date": self.date.isoformat(),
            "count": self.count,
            "limit": self.limit,
            "message": self.message,
        }


RuleWarning = MixWarning | DailyLimitWarning | ConsentWarning | GuardWarning


@dataclass(frozen=True, slots=True)
class WeekReport:
    """Everything the rules say about one week."""

    week: Week
    posts: int
    mix: dict[Kind, MixShare]
    warnings: list[RuleWarning] = field(default_factory=list)
    enough_to_judge: bool = True

    @property
    def mix_summary(self) -> str:
        if not self.enough_to_judge:
            return f"{self.posts} dated posts: too few to judge the mix."
        parts = [f"{k.label} {round(self.mix[k].share * 100)}%" for k in Kind]
        return f"{self.posts} posts: " + ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "week": str(self.week),
            "posts": self.posts,
            "mix": {
                kind.value: {"count": share.count, "share": round(share.share, 4)}
                for kind, share in self.mix.items()
            },
            "warnings": [w.to_json() for w in self.warnings],
        }


def _exact(value: float) -> Fraction:
    # 0.15 as a float is not 3/20; read it as the decimal a person typed.
    return Fraction(repr(value))


def _percent(count: int, total: int) -> str:
    return f"{round(Fraction(100 * count, total))}%"


_FIX_ORDER = (Kind.SHARED, Kind.ORIGINAL)


def mix_message(kind: Kind, count: int, total: int, band: Band) -> str:
    """The fact and the fix for a kind outside its band."""
    fact = f"{kind.label} is {_percent(count, total)} of this week ({count} of {total} posts)"
    # Never suggest selling more: a kind over its band goes to the non-promotional others.
    others = " or ".join(k.value for k in _FIX_ORDER if k is not kind)
    if Fraction(count, total) > _exact(band.max):
        if band.min == 0:
            keep = f"keep it at or below {round(band.max * 100)}%"
        else:
            keep = f"keep it between {round(band.min * 100)}% and {round(band.max * 100)}%"
        fix = f"Change one to {others}, or add posts."
    else:
        keep = f"keep it between {round(band.min * 100)}% and {round(band.max * 100)}%"
        article = "an" if kind.value[0] in "aeiou" else "a"
        fix = f"Add {article} {kind.value} post, or change one to {kind.value}."
    return f"{fact}; {keep}. {fix}"


def daily_limit_message(platform: Platform, day: dt.date, count: int, limit: int) -> str:
    noun = "post" if count == 1 else "posts"
    extra = count - limit
    move = "one" if extra == 1 else str(extra)
    return (
        f"{short_day(day)}: {count} {platform.label} {noun}; the limit is {limit} a day. "
        f"Move {move} to another day."
    )


def dated(posts: Iterable[Post]) -> list[Post]:
    """The posts the rules count: every post with a date."""
    return [p for p in posts if p.date is not None]


def mix_of(posts: Iterable[Post]) -> dict[Kind, MixShare]:
    counted = dated(posts)
    counts = Counter(p.kind for p in counted)
    total = len(counted)
    return {kind: MixShare(counts[kind], counts[kind] / total if total else 0.0) for kind in Kind}


def mix_warnings(posts: Iterable[Post], settings: Settings) -> list[MixWarning]:
    """Kinds outside their band, once the week has enough posts to judge."""
    counted = dated(posts)
    total = len(counted)
    if total < settings.min_posts_for_mix or total == 0:
        return []
    warnings = []
    for kind in Kind:
        band = settings.bands[kind]
        of_kind = [p for p in counted if p.kind is kind]
        share = Fraction(len(of_kind), total)
        if _exact(band.min) <= share <= _exact(band.max):
            continue
        warnings.append(
            MixWarning(
                kind=kind,
                count=len(of_kind),
                posts=total,
                band=band,
                message=mix_message(kind, len(of_kind), total, band),
                post_ids=tuple(p.id for p in of_kind if p.id is not None),
            )
        )
    return warnings


def daily_limit_warnings(posts: Iterable[Post], settings: Settings) -> list[DailyLimitWarning]:
    """Each (day, platform) with more posts than its limit, in date then platform order."""
    groups: dict[tuple[dt.date, Platform], list[Post]] = defaultdict(list)
    for post in dated(posts):
        assert post.date is not None
        groups[(post.date, post.platform)].append(post)
    order = {platform: i for i, platform in enumerate(Platform)}
    warnings = []
    for (day, platform), group in sorted(groups.items(), key=lambda g: (g[0][0], order[g[0][1]])):
        limit = settings.limit_for(platform)
        if len(group) > limit:
            warnings.append(
                DailyLimitWarning(
                    platform=platform,
                    date=day,
                    count=len(group),
                    limit=limit,
                    message=daily_limit_message(platform, day, len(group), limit),
                    post_ids=tuple(p.id for p in group if p.id is not None),
                )
            )
    return warnings


def evaluate_week(
    week: Week,
    posts: Iterable[Post],
    settings: Settings,
    consents: ConsentCheck | None = None,
) -> WeekReport:
    """The mix and the warnings for the posts of ``week`` (others are ignored).

    With ``consents`` (the store's records, and how to spot a patient's story), rule
    ``consent`` runs too."""
    in_week = [p for p in dated(posts) if p.date in week]
    warnings: list[RuleWarning] = [
        *mix_warnings(in_week, settings),
        *daily_limit_warnings(in_week, settings),
    ]
    if consents is not None:
        warnings += consents.warnings(in_week)
    return WeekReport(
        week=week,
        posts=len(in_week),
        mix=mix_of(in_week),
        warnings=warnings,
        enough_to_judge=len(in_week) >= settings.min_posts_for_mix,
    )


def drop_preview(
    posts: Iterable[Post], moving: Post, day: dt.date, settings: Settings, *, copy: bool = False
) -> str | None:
    """What a drop of ``moving`` onto ``day`` would break there, before it happens.

    ``posts`` are the posts already planned (the moving one among them unless it is
    an idea). Returns a short line like "would be 2 Facebook posts; limit 1", or None.
    """
    same_day = [
        p
        for p in dated(posts)
        if p.date == day and p.platform is moving.platform and (copy or p.id != moving.id)
    ]
    count = len(same_day) + 1
    limit = settings.limit_for(moving.platform)
    if count <= limit:
        return None
    return f"would be {count} {moving.platform.label} posts; limit {limit}"
