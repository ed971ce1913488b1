"""Rule ``consent``: each of the six problems at its edges, the picker's reasons, the
names a valid consent lets through, the record's own checks and its JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.core.consent import (
    ConsentProblem,
    ConsentRecord,
    ConsentState,
    Use,
    affected_posts,
    consent_problems,
    consented_names,
    default_expiry,
    expiring_soon,
    expiry_message,
    parse_platforms,
    parse_uses,
    picker_reasons,
    state,
)
from planner.core.domain import Kind, Platform, Post, Status

POST_DAY = dt.date(2027, 3, 9)
ALL_USES = frozenset(Use)
PHOTO = frozenset({Use.PHOTO})


def consent(
    *,
    id: int | None = 3,
    person: str = "J. Smith",
    covers: frozenset[Use] = ALL_USES,
    platforms: frozenset[Platform] = frozenset(),
    signed: dt.date = dt.date(2026, 11, 1),
    expires: dt.date | None = None,
    revoked: dt.date | None = None,
) -> ConsentRecord:
    return ConsentRecord(id, person, covers, platforms, signed, expires, revoked, "Cabinet B", "")


def problems_of(
    record: ConsentRecord,
    *,
    day: dt.date | None = POST_DAY,
    platform: Platform = Platform.FACEBOOK,
    uses: frozenset[Use] = PHOTO,
) -> list[str]:
    return [w.problem for w in consent_problems(12, day, platform, uses, [record])]


# -- expired ----------------------------------------------------------------------------


def test_a_consent_that_expired_the_day_before_the_post_is_expired() -> None:
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, PHOTO, [consent(expires=dt.date(2027, 3, 8))]
    )
    assert (warning.post, warning.consent, warning.problem) == (12, 3, ConsentProblem.EXPIRED)
    assert warning.message == (
        "Consent #3 (J. Smith) expired on 8 Mar 2027, before this post on 9 Mar. "
        "Renew it or move the post to ideas."
    )


def test_a_consent_expiring_on_the_posts_day_is_still_valid_that_day() -> None:
    assert problems_of(consent(expires=POST_DAY)) == []


def test_a_consent_expiring_the_day_after_the_post_is_valid() -> None:
    assert problems_of(consent(expires=POST_DAY + dt.timedelta(days=1))) == []


def test_the_post_day_carries_its_year_when_it_differs_from_the_expiry() -> None:
    (warning,) = consent_problems(
        1, dt.date(2028, 1, 2), Platform.X, PHOTO, [consent(expires=dt.date(2027, 12, 31))]
    )
    assert "expired on 31 Dec 2027, before this post on 2 Jan 2028." in warning.message


# -- revoked ----------------------------------------------------------------------------


def test_a_consent_revoked_on_the_posts_day_is_revoked() -> None:
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, PHOTO, [consent(revoked=POST_DAY)]
    )
    assert warning.problem == ConsentProblem.REVOKED
    assert warning.message == (
        "Consent #3 (J. Smith) was revoked on 9 Mar 2027, the day of this post. "
        "Link another consent or move the post to ideas."
    )


def test_a_consent_revoked_before_the_post_is_revoked_and_after_it_is_not() -> None:
    before = consent(revoked=POST_DAY - dt.timedelta(days=1))
    assert problems_of(before) == [ConsentProblem.REVOKED]
    assert (
        "before this post on 9 Mar"
        in consent_problems(1, POST_DAY, Platform.FACEBOOK, PHOTO, [before])[0].message
    )
    assert problems_of(consent(revoked=POST_DAY + dt.timedelta(days=1))) == []


def test_a_revoked_consent_that_also_expired_says_revoked_only() -> None:
    # Renewing cannot mend a revocation, so the expiry is not offered as the fix.
    record = consent(expires=dt.date(2027, 2, 1), revoked=dt.date(2027, 1, 15))
    assert problems_of(record) == [ConsentProblem.REVOKED]


# -- not yet signed ---------------------------------------------------------------------


def test_a_consent_signed_the_day_after_the_post_is_not_yet_signed() -> None:
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, PHOTO, [consent(signed=dt.date(2027, 3, 10))]
    )
    assert warning.problem == ConsentProblem.NOT_YET_SIGNED
    assert warning.message.startswith(
        "Consent #3 (J. Smith) was signed on 10 Mar 2027, after this post on 9 Mar."
    )
    assert "Move the post to 10 Mar or later" in warning.message


def test_a_consent_signed_on_the_posts_day_is_valid() -> None:
    assert problems_of(consent(signed=POST_DAY)) == []


# -- scope and platform -----------------------------------------------------------------


def test_a_use_the_consent_does_not_cover_is_scope() -> None:
    record = consent(covers=frozenset({Use.PHOTO}))
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, frozenset({Use.NAME, Use.PHOTO, Use.VIDEO}), [record]
    )
    assert warning.problem == ConsentProblem.SCOPE
    assert warning.message.startswith("Consent #3 (J. Smith) does not cover video and name.")
    assert problems_of(record, uses=PHOTO) == []


def test_a_platform_the_consent_does_not_cover_is_platform() -> None:
    record = consent(platforms=frozenset({Platform.LINKEDIN, Platform.FACEBOOK}))
    (warning,) = consent_problems(12, POST_DAY, Platform.INSTAGRAM, PHOTO, [record])
    assert warning.problem == ConsentProblem.PLATFORM
    assert warning.message == (
        "Consent #3 (J. Smith) does not cover Instagram, only Facebook and LinkedIn. Link a "
        "consent that covers Instagram, or post this on Facebook or LinkedIn."
    )
    assert problems_of(record, platform=Platform.LINKEDIN) == []
    assert problems_of(consent(platforms=frozenset()), platform=Platform.INSTAGRAM) == []


def test_every_problem_of_every_linked_consent_is_reported_in_order() -> None:
    late = consent(id=4, signed=dt.date(2027, 4, 1), covers=PHOTO)
    narrow = consent(id=5, platforms=frozenset({Platform.X}), expires=dt.date(2027, 1, 1))
    warnings = consent_problems(
        7, POST_DAY, Platform.FACEBOOK, frozenset({Use.PHOTO, Use.STORY}), [late, narrow]
    )
    assert [(w.consent, w.problem) for w in warnings] == [
        (4, ConsentProblem.NOT_YET_SIGNED),
        (4, ConsentProblem.SCOPE),
        (5, ConsentProblem.EXPIRED),
        (5, ConsentProblem.PLATFORM),
    ]


# -- missing, and ideas -----------------------------------------------------------------


def test_a_post_with_uses_and_no_consent_is_missing() -> None:
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, frozenset({Use.NAME, Use.PHOTO}), []
    )
    assert (warning.consent, warning.problem) == (None, ConsentProblem.MISSING)
    assert "(photo and name)" in warning.message


def test_a_patient_story_finding_with_no_consent_is_missing() -> None:
    (warning,) = consent_problems(
        12, POST_DAY, Platform.FACEBOOK, frozenset(), [], has_patient_story=True
    )
    assert warning.problem == ConsentProblem.MISSING
    assert "patient's story" in warning.message


def test_a_post_with_no_uses_and_no_story_needs_no_consent() -> None:
    assert consent_problems(12, POST_DAY, Platform.FACEBOOK, frozenset(), []) == []


def test_ideas_get_no_consent_warning() -> None:
    assert consent_problems(12, None, Platform.FACEBOOK, ALL_USES, [], True) == []
    assert problems_of(consent(revoked=dt.date(2026, 12, 1)), day=None) == []


def test_the_warning_json_is_the_check_json_shape() -> None:
    (warning,) = consent_problems(12, POST_DAY, Platform.FACEBOOK, PHOTO, [])
    assert json.loads(json.dumps(warning.to_json())) == {
        "rule": "consent",
        "post": 12,
        "consent": None,
        "problem": "missing",
        "message": warning.message,
    }
    assert warning.post_ids == (12,)


@given(
    day=st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)),
    signed_before=st.integers(0, 3000),
    platform=st.sampled_from(list(Platform)),
    uses=st.frozensets(st.sampled_from(list(Use))),
    every_platform_listed=st.booleans(),
    story=st.booleans(),
)
def test_a_consent_covering_everything_signed_before_and_never_ending_gives_no_problem(
    day: dt.date,
    signed_before: int,
    platform: Platform,
    uses: frozenset[Use],
    every_platform_listed: bool,
    story: bool,
) -> None:
    signed = max(day - dt.timedelta(days=signed_before), dt.date(1900, 1, 1))
    platforms = frozenset(Platform) if every_platform_listed else frozenset()
    record = consent(platforms=platforms, signed=signed)
    assert consent_problems(5, day, platform, uses, [record], story) == []
    assert picker_reasons(day, platform, uses, [record]) == [(record, None)]


# -- the editor's picker and the do-not-mention check ----------------------------------


def test_the_picker_gives_each_consent_its_reasons() -> None:
    good = consent(id=1)
    expired = consent(id=2, expires=dt.date(2027, 3, 1))
    revoked = consent(id=3, revoked=dt.date(2027, 2, 2))
    narrow = consent(id=4, covers=frozenset({Use.NAME}), platforms=frozenset({Platform.X}))
    reasons = picker_reasons(POST_DAY, Platform.FACEBOOK, PHOTO, [good, expired, revoked, narrow])
    assert reasons == [
        (good, None),
        (expired, "Expired on 1 Mar 2027"),
        (revoked, "Revoked on 2 Feb 2027"),
        (narrow, "Does not cover photo; not for Facebook"),
    ]


def test_for_an_idea_the_picker_still_rules_out_revoked_ones() -> None:
    revoked = consent(revoked=dt.date(2030, 1, 1))
    expired = consent(id=4, expires=dt.date(2020, 1, 1))
    assert picker_reasons(None, Platform.X, PHOTO, [revoked, expired]) == [
        (revoked, "Revoked on 1 Jan 2030"),
        (expired, None),  # an idea's date is not known yet
    ]


def test_only_valid_consents_covering_the_name_let_the_name_through() -> None:
    named = consent(id=1, person=" Ann Jones ")
    photo_only = consent(id=2, person="Bob Ray", covers=PHOTO)
    expired = consent(id=3, person="Cy Lee", expires=dt.date(2027, 1, 1))
    again = consent(id=4, person="Ann Jones")
    records = [named, photo_only, expired, again]
    assert consented_names(POST_DAY, Platform.FACEBOOK, PHOTO, records) == ["Ann Jones"]


# -- the record itself ------------------------------------------------------------------


def test_a_record_says_why_it_cannot_be_saved() -> None:
    record = consent(
        person="  ",
        covers=frozenset(),
        signed=dt.date(2027, 3, 9),
        expires=dt.date(2027, 3, 8),
        revoked=dt.date(2027, 3, 1),
    )
    assert record.problems() == [
        "Say whose consent this is.",
        "Tick at least one thing the consent covers.",
        "It expires on 8 Mar 2027, before it was signed on 9 Mar 2027.",
        "It is revoked on 1 Mar 2027, before it was signed on 9 Mar 2027.",
    ]
    same_day = consent(signed=POST_DAY, expires=POST_DAY, revoked=POST_DAY)
    assert same_day.problems() == []


@pytest.mark.parametrize(
    ("field", "day", "word"),
    [
        ("signed", dt.date(1899, 12, 31), "signed"),
        ("expires", dt.date(2201, 1, 1), "expiry"),
        ("revoked", dt.date(2201, 1, 1), "revocation"),
    ],
)
def test_record_dates_stay_in_the_years_1900_to_2200(field: str, day: dt.date, word: str) -> None:
    record = consent(signed=dt.date(1900, 1, 1)).with_changes(**{field: day})
    assert f"The {word} date must be in the years 1900 to 2200." in record.problems()
    assert consent(signed=dt.date(2200, 12, 31)).problems() == []


def test_a_nul_or_a_broken_character_cannot_be_saved() -> None:
    assert consent(person="Ann\x00").problems() == [
        "The text holds a NUL character, which cannot be saved."
    ]
    assert consent(person="Ann \ud800").problems() == [
        "The text holds a broken character that cannot be saved."
    ]


def test_the_record_json_is_the_consent_list_shape() -> None:
    record = ConsentRecord(
        1,
        "J. Smith",
        frozenset({Use.NAME, Use.PHOTO}),
        frozenset({Platform.INSTAGRAM, Platform.FACEBOOK}),
        dt.date(2026, 11, 1),
        dt.date(2027, 11, 1),
        None,
        "Cabinet B",
        "private notes",
    )
    assert record.to_json([9, 4, 9]) == {
        "id": 1,
        "person": "J. Smith",
        "covers": ["photo", "name"],
        "platforms": ["facebook", "instagram"],
        "signed": "2026-11-01",
        "expires": "2027-11-01",
        "revoked": None,
        "form": "Cabinet B",
        "posts": [4, 9],
    }
    assert consent(revoked=POST_DAY).to_json()["revoked"] == "2027-03-09"


def test_default_expiry_is_one_year_on() -> None:
    assert default_expiry(dt.date(2026, 11, 1)) == dt.date(2027, 11, 1)
    assert default_expiry(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    assert default_expiry(dt.date(2200, 6, 1)) == dt.date(2200, 12, 31)


def test_uses_and_platforms_parse_from_the_command_line() -> None:
    assert parse_uses(" Photo, name ,") == frozenset({Use.PHOTO, Use.NAME})
    assert parse_uses("") == frozenset()
    assert parse_platforms("twitter,facebook") == frozenset({Platform.X, Platform.FACEBOOK})
    with pytest.raises(ValueError, match="unknown use 'selfie'; use one of photo, video"):
        parse_uses("photo,selfie")


# -- where a consent stands today -------------------------------------------------------

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("expires", "revoked", "expected"),
    [
        (None, None, ConsentState.VALID),
        (TODAY + dt.timedelta(days=31), None, ConsentState.VALID),
        (TODAY + dt.timedelta(days=30), None, ConsentState.EXPIRING),
        (TODAY, None, ConsentState.EXPIRING),
        (TODAY - dt.timedelta(days=1), None, ConsentState.EXPIRED),
        (None, TODAY + dt.timedelta(days=5), ConsentState.REVOKED),
        (TODAY - dt.timedelta(days=9), TODAY - dt.timedelta(days=20), ConsentState.REVOKED),
    ],
)
def test_state_on_a_day(
    expires: dt.date | None, revoked: dt.date | None, expected: ConsentState
) -> None:
    assert state(consent(expires=expires, revoked=revoked), TODAY) == expected


def test_expiring_soon_lists_unrevoked_ones_ending_within_the_days_soonest_first() -> None:
    later = consent(id=1, expires=TODAY + dt.timedelta(days=30))
    soon = consent(id=2, expires=TODAY)
    past = consent(id=3, expires=TODAY - dt.timedelta(days=1))
    revoked = consent(id=4, expires=TODAY + dt.timedelta(days=3), revoked=TODAY)
    beyond = consent(id=5, expires=TODAY + dt.timedelta(days=31))
    assert expiring_soon([later, soon, past, revoked, beyond], TODAY) == [soon, later]
    assert expiring_soon([later, soon], TODAY, days=7) == [soon]
    assert expiry_message(soon, TODAY).startswith(
        "Consent #2 (J. Smith) expires on 2 Dec 2026, today."
    )
    assert ", in 30 days." in expiry_message(later, TODAY)


def test_a_revocation_affects_the_dated_posts_on_its_day_or_later() -> None:
    def post(day: dt.date | None, hour: int, id: int) -> Post:
        status = Status.IDEA if day is None else Status.SCHEDULED
        return Post(
            Platform.X, Kind.ORIGINAL, "t", status, day, dt.time(hour) if day else None, id=id
        )

    before, on_late, on_early, later, idea = (
        post(POST_DAY - dt.timedelta(days=1), 9, 1),
        post(POST_DAY, 15, 2),
        post(POST_DAY, 8, 3),
        post(POST_DAY + dt.timedelta(days=20), 9, 4),
        post(None, 0, 5),
    )
    posts = [later, idea, on_late, before, on_early]
    assert affected_posts(posts, POST_DAY) == [on_early, on_late, later]
