"""How the calendar puts a card and a day's warnings into words, for badges,
tooltips and screen readers."""

from __future__ import annotations

from planner.core.domain import Post, format_time, short_day
from planner.core.rules import DailyLimitWarning


def badge_text(warnings: list[DailyLimitWarning], *, short: bool = False) -> str:
    """``2/1 Facebook``: count over limit for the first platform over, then ``+N`` more;
    ``short`` names the platform as narrow cards do (``2/1 FB``)."""
    first = warnings[0]
    name = first.platform.short if short else first.platform.label
    text = f"{first.count}/{first.limit} {name}"
    return text if len(warnings) == 1 else f"{text} +{len(warnings) - 1}"


def badge_forms(warnings: list[DailyLimitWarning]) -> tuple[str, ...]:
    """The day badge, long form first, for the header to pick the one that fits."""
    return (badge_text(warnings), badge_text(warnings, short=True))


def card_summary(post: Post, *, full: bool = False) -> str:
    """``Tue 1 Dec 09:00 · Facebook · Original (draft): Flu clinic…`` for tooltips and
    screen readers."""
    when = f"{short_day(post.date)} {format_time(post.time)}" if post.date and post.time else ""
    head = f"{when} · {post.platform.label} · {post.kind.label} ({post.status.value})"
    if not full:
        return f"{head}: {post.first_line}"
    text = post.text if len(post.text) <= 400 else post.text[:399] + "…"
    return f"{head}\n{text}"
