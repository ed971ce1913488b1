"""The mix bands, the 5-post minimum and the daily limits, exactly as the product states them."""

from __future__ import annotations

import datetime as dt
import itertools

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.rules import drop_preview, evaluate_week
from planner.core.settings import Band, Settings
from planner.core.weeks import Week

WEEK = Week(2026, 49)
MONDAY = WEEK.monday
_ids = itertools.count(1)


def post(
    kind: Kind = Kind.SHARED,
    platform: Platform = Platform.X,
    day: int = 0,
    hour: int = 9,
    status: Status = Status.SCHEDULED,
) -> Post:
    return Post(
        platform=platform,
        kind=kind,
        text=f"{kind.value} post",
        status=status,
        date=MONDAY + dt.timedelta(days=day),
        time=dt.time(hour, 0),
        id=next(_ids),
    )


def spread(kinds: list[Kind]) -> list[Post]:
    """One X post per kind, spread over the week so no daily limit trips."""
    return [post(kind, day=i % 7, hour=8 + i // 7) for i, kind in enumerate(kinds)]


def mix_warnings(posts: list[Post], settings: Settings | None = None) -> dict[Kind, str]:
    report = evaluate_week(WEEK, posts, settings or Settings())
    return {w.kind: w.message for w in report.warnings if w.rule == "mix"}


def test_golden_ratio_week_has_no_warning() -> None:
    posts = spread([Kind.ORIGINAL] * 3 + [Kind.SHARED] * 6 + [Kind.PROMOTIONAL])
    report = evaluate_week(WEEK, posts, Settings())
    assert report.warnings == []
    assert report.posts == 10
    assert report.mix[Kind.ORIGINAL].count == 3
    assert report.mix[Kind.SHARED].share == 0.6


def test_fewer_than_five_posts_never_warn_on_mix() -> None:
    posts = spread([Kind.PROMOTIONAL] * 4)
    report = evaluate_week(WEEK, posts, Settings())
    assert mix_warnings(posts) == {}
    assert not report.enough_to_judge
    assert "too few" in report.mix_summary


def test_five_posts_are_judged() -> None:
    posts = spread([Kind.PROMOTIONAL] * 5)
    assert set(mix_warnings(posts)) == {Kind.PROMOTIONAL, Kind.ORIGINAL, Kind.SHARED}


def test_the_products_own_example_message() -> None:
    posts = spread([Kind.ORIGINAL, Kind.ORIGINAL] + [Kind.SHARED] * 3 + [Kind.PROMOTIONAL] * 2)
    assert mix_warnings(posts)[Kind.PROMOTIONAL] == (
        "Promotional is 29% of this week (2 of 7 posts); keep it at or below 15%. "
        "Change one to shared or original, or add posts."
    )


def test_a_share_exactly_on_a_band_edge_is_fine() -> None:
    # 3 of 20 is exactly 15%; 4 of 20 is 20% (original's lower edge); 14 of 20 is 70%.
    posts = spread([Kind.PROMOTIONAL] * 3 + [Kind.ORIGINAL] * 4 + [Kind.SHARED] * 13)
    assert mix_warnings(posts) == {}
    posts = spread([Kind.PROMOTIONAL] * 2 + [Kind.ORIGINAL] * 8 + [Kind.SHARED] * 10)
    assert mix_warnings(posts) == {}  # 40% original and 50% shared: both upper/lower edges


def test_just_past_an_edge_warns() -> None:
    # 4 of 26 promotional is 15.38%: the exact fraction, not a rounded 15%, decides.
    posts = spread([Kind.PROMOTIONAL] * 4 + [Kind.ORIGINAL] * 8 + [Kind.SHARED] * 14)
    assert set(mix_warnings(posts)) == {Kind.PROMOTIONAL}


def test_too_little_original_says_how_to_fix() -> None:
    posts = spread([Kind.ORIGINAL] + [Kind.SHARED] * 8 + [Kind.PROMOTIONAL])
    message = mix_warnings(posts)[Kind.ORIGINAL]
    assert message.startswith("Original is 10% of this week (1 of 10 posts)")
    assert "between 20% and 40%" in message
    assert "Add an original post" in message


def test_ideas_do_not_count() -> None:
    ideas = [
        Post(Platform.FACEBOOK, Kind.PROMOTIONAL, "idea", Status.IDEA, id=next(_ids))
        for _ in range(10)
    ]
    posts = spread([Kind.ORIGINAL] * 3 + [Kind.SHARED] * 6 + [Kind.PROMOTIONAL])
    report = evaluate_week(WEEK, posts + ideas, Settings())
    assert report.posts == 10
    assert report.warnings == []


def test_drafts_and_published_count() -> None:
    posts = [
        post(Kind.PROMOTIONAL, status=s, day=i) for i, s in enumerate(Status) if s.value != "idea"
    ]
    posts += [post(Kind.PROMOTIONAL, status=Status.DRAFT, day=4, hour=h) for h in (9, 10)]
    assert evaluate_week(WEEK, posts, Settings()).posts == 5


def test_posts_outside_the_week_are_ignored() -> None:
    inside = spread([Kind.ORIGINAL] * 3 + [Kind.SHARED] * 6 + [Kind.PROMOTIONAL])
    outside = [post(Kind.PROMOTIONAL, day=7), post(Kind.PROMOTIONAL, day=-1)]
    assert evaluate_week(WEEK, inside + outside, Settings()).warnings == []


def test_daily_limit_facebook_message() -> None:
    posts = [
        post(Kind.ORIGINAL, Platform.FACEBOOK, day=1, hour=9),
        post(Kind.SHARED, Platform.FACEBOOK, day=1, hour=15),
    ]
    (warning,) = evaluate_week(WEEK, posts, Settings()).warnings
    assert warning.rule == "daily-limit"
    assert warning.message.startswith("Tue 1 Dec: 2 Facebook posts; the limit is 1 a day.")
    assert warning.to_json() == {
        "rule": "daily-limit",
        "platform": "facebook",
        "date": "2026-12-01",
        "count": 2,
        "limit": 1,
        "message": warning.message,
    }
    assert set(warning.post_ids) == {p.id for p in posts}


def test_each_platform_has_its_own_limit() -> None:
    def day_of(platform: Platform, n: int) -> list[Post]:
        return [post(Kind.SHARED, platform, day=2, hour=8 + i) for i in range(n)]

    at_limit = day_of(Platform.X, 5) + day_of(Platform.INSTAGRAM, 2) + day_of(Platform.LINKEDIN, 1)
    assert [w for w in evaluate_week(WEEK, at_limit, Settings()).warnings if w.rule != "mix"] == []
    over = day_of(Platform.X, 6) + day_of(Platform.INSTAGRAM, 3) + day_of(Platform.LINKEDIN, 2)
    found = {
        (w.platform, w.count, w.limit)
        for w in evaluate_week(WEEK, over, Settings()).warnings
        if w.rule == "daily-limit"
    }
    assert found == {(Platform.X, 6, 5), (Platform.INSTAGRAM, 3, 2), (Platform.LINKEDIN, 2, 1)}


def test_twitter_alias_counts_as_x() -> None:
    platform = Platform.parse("Twitter")
    assert platform is Platform.X
    posts = [post(Kind.SHARED, platform, day=3, hour=8 + i) for i in range(6)]
    (warning,) = [w for w in evaluate_week(WEEK, posts, Settings()).warnings if w.rule != "mix"]
    assert warning.platform is Platform.X
    assert warning.to_json()["platform"] == "x"


def test_edited_settings_change_the_verdict() -> None:
    posts = spread([Kind.ORIGINAL] * 2 + [Kind.SHARED] * 6 + [Kind.PROMOTIONAL] * 2)
    assert set(mix_warnings(posts)) == {Kind.PROMOTIONAL}
    looser = Settings().with_changes(bands={**Settings().bands, Kind.PROMOTIONAL: Band(0.0, 0.2)})
    assert mix_warnings(posts, looser) == {}
    stricter = Settings().with_changes(min_posts_for_mix=11)
    assert mix_warnings(posts, stricter) == {}
    limits = Settings().with_changes(daily_limits={**Settings().daily_limits, Platform.X: 0})
    assert any(w.rule == "daily-limit" for w in evaluate_week(WEEK, posts, limits).warnings)


def test_check_json_shape() -> None:
    posts = spread([Kind.ORIGINAL] * 2 + [Kind.SHARED] * 3 + [Kind.PROMOTIONAL] * 2)
    data = evaluate_week(WEEK, posts, Settings()).to_json()
    assert data["week"] == "2026-W49"
    assert data["posts"] == 7
    assert data["mix"]["original"] == {"count": 2, "share": 0.2857}
    promo = next(w for w in data["warnings"] if w.get("kind") == "promotional")
    assert promo == {
        "rule": "mix",
        "kind": "promotional",
        "count": 2,
        "posts": 7,
        "min": 0.0,
        "max": 0.15,
        "message": promo["message"],
    }


def test_drop_preview_names_the_limit_before_the_drop() -> None:
    settings = Settings()
    there = post(Kind.ORIGINAL, Platform.FACEBOOK, day=1)
    moving = post(Kind.SHARED, Platform.FACEBOOK, day=3)
    tuesday = MONDAY + dt.timedelta(days=1)
    preview = drop_preview([there, moving], moving, tuesday, settings)
    assert preview == "would be 2 Facebook posts; limit 1"
    # Moving within its own day never counts itself twice.
    assert drop_preview([there, moving], there, tuesday, settings) is None
    # A copy keeps the original where it is, so it does count.
    assert drop_preview([there], there, tuesday, settings, copy=True) is not None
