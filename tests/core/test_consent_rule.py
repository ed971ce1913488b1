"""Rule ``consent`` as the week's report runs it, and what consent lets the guard pass.

Each problem is tested at its edges: a consent that expires the day before, on, and
after the post's day; one revoked on the post's day and the day after; one signed the
day after and on the day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.consent import ConsentRecord, ConsentWarning, Use
from planner.core.consent_rule import (
    ConsentCheck,
    consent_notes,
    consent_warnings,
    consented_guard_names,
    expiring_notices,
    post_consent_warnings,
    tells_patient_story,
    with_post_consent,
)
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.guard import PATIENT_STORY, PRIVACY, GuardContext, check_text
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week

WEEK = Week(2027, 10)  # Mon 8 Mar to Sun 14 Mar 2027
POST_DAY = dt.date(2027, 3, 9)
DAY = dt.timedelta(days=1)


def record(
    consent_id: int = 3,
    *,
    covers: frozenset[Use] = frozenset({Use.PHOTO, Use.NAME}),
    platforms: frozenset[Platform] = frozenset(),
    signed: dt.date = dt.date(2026, 3, 1),
    expires: dt.date | None = None,
    revoked: dt.date | None = None,
) -> ConsentRecord:
    return ConsentRecord(consent_id, "J. Smith", covers, platforms, signed, expires, revoked)


def post(
    post_id: int = 12,
    *,
    text: str = "Smile of the week!",
    uses: frozenset[Use] = frozenset({Use.PHOTO}),
    consents: frozenset[int] = frozenset({3}),
    day: dt.date | None = POST_DAY,
    platform: Platform = Platform.FACEBOOK,
) -> Post:
    status = Status.IDEA if day is None else Status.SCHEDULED
    at = None if day is None else dt.time(9, 30)
    return Post(platform, Kind.ORIGINAL, text, status, day, at, id=post_id, uses=uses,
                consents=consents)  # fmt: skip


def problems(p: Post, *records: ConsentRecord) -> list[tuple[str, int | None]]:
    check = ConsentCheck({r.id: r for r in records if r.id})
    report = evaluate_week(WEEK, [p], Settings(), check)
    return [(w.problem.value, w.consent) for w in report.warnings if isinstance(w, ConsentWarning)]


@pytest.mark.parametrize(
    ("expires", "expected"),
    [
        (POST_DAY - DAY, [("expired", 3)]),  # the day before the post
        (POST_DAY, []),  # on the post's day: still valid that day
        (POST_DAY + DAY, []),
    ],
)
def test_an_expiry_counts_from_the_day_after_it(
    expires: dt.date, expected: list[tuple[str, int]]
) -> None:
    assert problems(post(), record(expires=expires)) == expected


def test_the_expired_message_says_the_fact_and_the_fix() -> None:
    check = ConsentCheck({3: record(expires=dt.date(2027, 3, 1))})
    report = evaluate_week(WEEK, [post()], Settings(), check)
    (warning,) = report.warnings
    assert warning.message == (
        "Tue 9 Mar 09:30, Facebook: Consent #3 (J. Smith) expired on 1 Mar 2027, before this "
        "post on 9 Mar. Renew it or move the post to ideas."
    )
    assert warning.to_json() == {
        "rule": "consent", "post": 12, "consent": 3, "problem": "expired",
        "message": warning.message,
    }  # fmt: skip
    assert warning.post_ids == (12,)


@pytest.mark.parametrize(
    ("revoked", "expected"),
    [
        (POST_DAY - DAY, [("revoked", 3)]),
        (POST_DAY, [("revoked", 3)]),  # revoked on the post's day: too late for it
        (POST_DAY + DAY, []),  # the post went out before the revocation
    ],
)
def test_a_revocation_counts_from_its_own_day(
    revoked: dt.date, expected: list[tuple[str, int]]
) -> None:
    assert problems(post(), record(revoked=revoked)) == expected


@pytest.mark.parametrize(
    ("signed", "expected"),
    [(POST_DAY + DAY, [("not-yet-signed", 3)]), (POST_DAY, []), (POST_DAY - DAY, [])],
)
def test_a_consent_signed_after_the_post_does_not_cover_it(
    signed: dt.date, expected: list[tuple[str, int]]
) -> None:
    assert problems(post(), record(signed=signed)) == expected


def test_scope_and_platform_are_checked_against_the_post() -> None:
    narrow = record(covers=frozenset({Use.PHOTO}), platforms=frozenset({Platform.INSTAGRAM}))
    uses = frozenset({Use.PHOTO, Use.NAME, Use.VIDEO})
    assert problems(post(uses=uses), narrow) == [("scope", 3), ("platform", 3)]
    assert problems(post(platform=Platform.INSTAGRAM), narrow) == []


def test_a_post_with_uses_and_no_consent_is_missing_one() -> None:
    assert problems(post(consents=frozenset())) == [("missing", None)]
    # A link to a record that is not there counts as no link at all.
    assert problems(post(consents=frozenset({99}))) == [("missing", None)]


def test_a_patient_story_with_no_consent_is_missing_one() -> None:
    text = "Meet our patient of the month, Jane!"
    story = post(text=text, uses=frozenset(), consents=frozenset())
    assert tells_patient_story(story)
    assert problems(story) == [("missing", None)]
    (warning,) = post_consent_warnings(story, {})
    assert "tells a patient's story but no consent is linked" in warning.message
    # With a consent linked the story is the consent's business, and it holds.
    assert problems(story.with_changes(consents=frozenset({3})), record()) == []
    plain = post(text="Our opening hours over Easter.", uses=frozenset(), consents=frozenset())
    assert not tells_patient_story(plain) and problems(plain) == []


def test_each_linked_consent_is_judged_on_its_own() -> None:
    good, stale = record(3), record(4, expires=dt.date(2027, 1, 1))
    assert problems(post(consents=frozenset({3, 4})), good, stale) == [("expired", 4)]


def test_ideas_and_posts_of_other_weeks_get_no_warning() -> None:
    assert problems(post(day=None, consents=frozenset())) == []
    assert problems(post(day=dt.date(2027, 3, 15), consents=frozenset())) == []


def test_the_rule_runs_only_when_the_caller_gives_the_consents() -> None:
    bare = post(consents=frozenset())
    assert evaluate_week(WEEK, [bare], Settings()).warnings == []
    check = ConsentCheck({})
    assert [w.rule for w in evaluate_week(WEEK, [bare], Settings(), check).warnings] == ["consent"]
    story = bare.with_changes(text="Patient of the month!", uses=frozenset())
    assert evaluate_week(WEEK, [story], Settings(), check).warnings != []
    by_uses_alone = ConsentCheck({}, patient_story=None)
    assert evaluate_week(WEEK, [story], Settings(), by_uses_alone).warnings == []


def test_warnings_come_in_date_and_time_order_and_name_their_posts() -> None:
    later = post(1, day=POST_DAY + DAY, consents=frozenset())
    earlier = post(2, consents=frozenset())
    found = consent_warnings([later, earlier], {})
    assert [w.post for w in found] == [2, 1]
    assert consent_notes([*found, object()]) == {2: [found[0].message], 1: [found[1].message]}


def test_a_consenting_name_passes_the_do_not_mention_check_only_while_it_holds() -> None:
    text = "Jane Smith's new smile, a year on."
    base = GuardContext(do_not_mention=("Jane Smith",))
    smith = ConsentRecord(3, "Jane Smith", frozenset({Use.PHOTO, Use.NAME}), frozenset(),
                          dt.date(2026, 3, 1))  # fmt: skip
    linked = post(text=text, uses=frozenset({Use.PHOTO, Use.NAME}))

    def privacy(p: Post, consents: dict[int, ConsentRecord]) -> list[str]:
        context = with_post_consent(base, p, consents)
        return [f.excerpt for f in check_text(p.text, context) if f.category == PRIVACY]

    assert consented_guard_names(linked, {3: smith}) == ("Jane Smith",)
    assert privacy(linked, {3: smith}) == []
    assert privacy(linked.with_changes(consents=frozenset()), {3: smith}) == ["Jane Smith"]
    expired = smith.with_changes(expires=POST_DAY - DAY)
    assert privacy(linked, {3: expired}) == ["Jane Smith"]
    photo_only = smith.with_changes(covers=frozenset({Use.PHOTO}))
    assert privacy(linked.with_changes(uses=frozenset({Use.PHOTO})), {3: photo_only}) == [
        "Jane Smith"
    ]


def test_a_valid_consent_without_the_name_still_quiets_the_patient_story() -> None:
    story = post(text="Meet our patient of the month!", uses=frozenset({Use.PHOTO}))
    photo_only = record(covers=frozenset({Use.PHOTO}))
    context = with_post_consent(GuardContext(), story, {3: photo_only})
    assert context.consent_linked and context.consented_names == ()
    assert PATIENT_STORY not in {f.category for f in check_text(story.text, context)}
    revoked = photo_only.with_changes(revoked=POST_DAY)
    context = with_post_consent(GuardContext(), story, {3: revoked})
    assert PATIENT_STORY in {f.category for f in check_text(story.text, context)}


def test_consents_ending_within_30_days_are_noticed() -> None:
    today = dt.date(2027, 3, 1)
    soon = record(1, expires=today + dt.timedelta(days=30))
    later = record(2, expires=today + dt.timedelta(days=31))
    gone = record(4, expires=today + dt.timedelta(days=5), revoked=today)
    assert expiring_notices([later, soon, gone], today) == [
        "Consent #1 (J. Smith) expires on 31 Mar 2027, in 30 days. Renew it, or posts after "
        "that day that feature J. Smith will be flagged."
    ]
