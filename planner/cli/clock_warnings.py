"""A warning line when a post's time does not exist, or happens twice, in the practice's
zone (the night the clocks change): the post is saved, and the line says which time the
calendar will show and suggests the time after the gap."""

from __future__ import annotations

from planner.console import warn
from planner.core.domain import Post
from planner.core.settings import Settings
from planner.core.wall_clock import wall_clock_problem
from planner.io.zones import practice_zone_name


def warn_about_wall_clock(post: Post, settings: Settings) -> None:
    """``planner: warning: 01:30 on Sun 28 Mar 2027 does not exist in Europe/London …``."""
    if post.date is None or post.time is None:
        return
    zone = practice_zone_name(settings.timezone)
    if zone is None:
        return  # times are then the same everywhere: nothing to warn about
    problem = wall_clock_problem(post.date, post.time, zone)
    if problem is not None:
        warn(problem.message)
