"""The guard over posts and weeks: contexts from the practice's setup, open and
acknowledged findings, the week's guard warnings and the shape ``check --json`` shows."""

from __future__ import annotations

import datetime as dt

from planner.core.consent import ConsentRecord
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.guard import Acknowledgement
from planner.core.guard_setup import GuardSetup, WordEdit, post_context
from planner.core.guard_warnings import GuardWarning, posts_to_check, shield_flags
from planner.core.guard_week import (
    guard_warnings,
    post_findings,
    summary_line,
    with_guard,
)
from planner.core.rules import evaluate_week
from planner.core.settings import Settings
from planner.core.uses import Use
from planner.core.weeks import Week

WEEK = Week(2026, 49)
WHEN = dt.datetime(2026, 12, 1, 9, 0)
SETTINGS = Settings(phones=("0113 496 0000",), email="hello@smile.example", country="GB")


def post(
    text: str,
    post_id: int,
    day: int = 1,
    at: str = "09:00",
    kind: Kind = Kind.ORIGINAL,
    platform: Platform = Platform.FACEBOOK,
) -> Post:
    hour, minute = (int(part) for part in at.split(":"))
    return Post(
        platform,
        kind,
        text,
        status=Status.SCHEDULED,
        date=dt.date(2026, 11, 30) + dt.timedelta(days=day),
        time=dt.time(hour, minute),
        id=post_id,
    )


def test_the_context_carries_the_practice_and_the_post() -> None:
    setup = GuardSetup.of(SETTINGS, ["Margaret Ellis"], [WordEdit("selling", "flash sale", True)])
    promo = post("x", 1, kind=Kind.PROMOTIONAL, platform=Platform.X)
    context = post_context(promo, setup, consented_names=("Margaret Ellis",))
    assert context.kind is Kind.PROMOTIONAL and context.platform is Platform.X
    assert context.practice_phones == ("0113 496 0000",)
    assert context.practice_email == "hello@smile.example"
    assert context.do_not_mention == ("Margaret Ellis",)
    assert context.consented_names == ("Margaret Ellis",)
    assert context.extra_words == (("selling", "flash sale"),)


def test_the_practices_own_number_is_never_a_finding() -> None:
    setup = GuardSetup.of(SETTINGS)
    own = post("Call us on 0113 496 0000 to book.", 1)
    other = post("Call Sue on 0113 496 0999 tonight.", 2)
    assert post_findings(own, setup).open == ()
    found = post_findings(other, setup).open
    assert [(f.category, f.excerpt) for f in found] == [("privacy", "0113 496 0999")]


def test_word_edits_change_what_is_found() -> None:
    text = "Smile week starts on Monday."
    plain = GuardSetup.of(SETTINGS)
    assert post_findings(post(text, 1), plain).open == ()
    edited = GuardSetup.of(SETTINGS, edits=[WordEdit("selling", "smile week", True)])
    found = post_findings(post(text, 1), edited).open
    assert [(f.category, f.excerpt) for f in found] == [("selling", "Smile week")]
    cure = "A new cure for bad breath?"
    assert post_findings(post(cure, 1), plain).open
    removed = GuardSetup.of(SETTINGS, edits=[WordEdit("claims", "cure", False)])
    assert post_findings(post(cure, 1), removed).open == ()


ELLIS = ConsentRecord(
    7, "Margaret Ellis", frozenset({Use.PHOTO, Use.NAME}), frozenset(), dt.date(2026, 11, 1)
)


def test_a_name_is_let_through_on_a_post_linked_to_that_persons_valid_consent() -> None:
    setup = GuardSetup.of(SETTINGS, ["Margaret Ellis"])
    text = "Happy retirement, Margaret Ellis!"
    plain = post(text, 1)
    assert [f.excerpt for f in post_findings(plain, setup).open] == ["Margaret Ellis"]
    linked = plain.with_changes(uses=frozenset({Use.PHOTO, Use.NAME}), consents=frozenset({7}))
    assert post_findings(linked, setup, (), {7: ELLIS}).open == ()
    # Not linked, not covering the name, revoked before the post, or another person's:
    # the name is a finding again.
    assert post_findings(plain, setup, (), {7: ELLIS}).open != ()
    photo_only = ELLIS.with_changes(covers=frozenset({Use.PHOTO}))
    unnamed = linked.with_changes(uses=frozenset({Use.PHOTO}))
    assert post_findings(unnamed, setup, (), {7: photo_only}).open != ()
    revoked = ELLIS.with_changes(revoked=dt.date(2026, 11, 30))
    assert post_findings(linked, setup, (), {7: revoked}).open != ()
    other = ELLIS.with_changes(person="Tomasz Nowak")
    assert [f.excerpt for f in post_findings(linked, setup, (), {7: other}).open] == [
        "Margaret Ellis"
    ]


def test_the_weeks_warnings_let_a_consenting_name_through_on_its_post_only() -> None:
    setup = GuardSetup.of(SETTINGS, ["Margaret Ellis"])
    linked = post("Margaret Ellis, smiling again.", 1).with_changes(
        uses=frozenset({Use.PHOTO, Use.NAME}), consents=frozenset({7})
    )
    unlinked = post("Margaret Ellis said hello.", 2, day=2)
    warnings = guard_warnings([linked, unlinked], setup, {}, {7: ELLIS})
    assert [(w.post_id, w.excerpt) for w in warnings] == [(2, "Margaret Ellis")]


def test_an_acknowledgement_covers_its_excerpt_until_the_words_change() -> None:
    setup = GuardSetup.of(SETTINGS)
    ack = Acknowledgement("privacy", "0113 392 0000", "the hospital's switchboard", WHEN)
    text = "The hospital switchboard is 0113 392 0000."
    found = post_findings(post(text, 1), setup, [ack])
    assert found.open == ()
    assert [f.excerpt for f in found.acknowledged] == ["0113 392 0000"]
    assert found.acknowledgement_of(found.acknowledged[0]) == ack
    changed = post_findings(post(text.replace("0000", "0001"), 1), setup, [ack])
    assert [f.excerpt for f in changed.open] == ["0113 392 0001"]
    assert changed.acknowledged == ()


def test_the_week_has_its_guard_warnings_after_the_rules_in_time_order() -> None:
    setup = GuardSetup.of(SETTINGS, ["Margaret Ellis"])
    posts = [
        post("Painless whitening, guaranteed.", 3, day=2, at="12:00"),
        post("Get well soon, Margaret Ellis.", 2, day=1, at="18:00"),
        post("Our new opening hours.", 1, day=1, at="09:00"),
        post("Hi Margaret Ellis", 9, day=1).with_changes(date=None, time=None),  # an idea
    ]
    warnings = guard_warnings(posts, setup, {})
    assert [(w.post_id, w.category, w.excerpt) for w in warnings] == [
        (2, "privacy", "Margaret Ellis"),
        (3, "claims", "Painless"),
        (3, "claims", "guaranteed"),
    ]
    first = warnings[0]
    assert first.message.startswith("Tue 1 Dec 18:00, Facebook: A name on the do-not-mention")
    assert posts[1].text[first.start : first.end] == first.excerpt
    report = with_guard(evaluate_week(WEEK, posts, Settings()), warnings)
    assert report.warnings[-3:] == warnings
    assert report.to_json()["warnings"][-3] == {
        "rule": "guard",
        "post": 2,
        "category": "privacy",
        "severity": "stop",
        "start": 15,
        "end": 29,
        "excerpt": "Margaret Ellis",
        "message": first.message,
    }
    assert shield_flags(report.warnings) == {2: "stop", 3: "caution"}
    assert posts_to_check(report.warnings) == frozenset({2})
    assert summary_line(warnings) == "1 post has open stop findings"


def test_acknowledged_findings_leave_the_week() -> None:
    setup = GuardSetup.of(SETTINGS)
    posts = [post("Painless whitening, guaranteed.", 3)]
    ack = Acknowledgement("claims", "Painless", "quoting the product's name", WHEN)
    warnings = guard_warnings(posts, setup, {3: [ack]})
    assert [w.excerpt for w in warnings] == ["guaranteed"]


def test_stop_wins_the_shield() -> None:
    warnings = [
        GuardWarning(1, "claims", "caution", 0, 4, "cure", "m"),
        GuardWarning(1, "privacy", "stop", 5, 9, "0113", "m"),
        GuardWarning(1, "selling", "caution", 10, 14, "sale", "m"),
    ]
    assert shield_flags(warnings) == {1: "stop"}
    assert summary_line(warnings[:1]) == "0 posts have open stop findings"


def test_the_panel_says_a_patient_story_without_consent_once() -> None:
    """The guard's patient-story finding and rule consent's ``missing`` say the same of
    one post; the panel keeps the guard's (words and day), ``check --json`` keeps both."""
    from planner.core.consent_rule import ConsentCheck
    from planner.core.guard_warnings import said_once

    story = post("Meet our patient of the month, smiling again after her treatment.", 4)
    photo = post("Our reception team, in their new uniforms.", 5).with_changes(
        uses=frozenset({Use.PHOTO})
    )
    setup = GuardSetup.of(SETTINGS, [])
    rules = evaluate_week(WEEK, [story, photo], Settings(), ConsentCheck({}))
    report = with_guard(rules, guard_warnings([story, photo], setup, {}))
    kinds = [(w.rule, getattr(w, "post", getattr(w, "post_id", None))) for w in report.warnings]
    assert ("consent", 4) in kinds and ("guard", 4) in kinds and ("consent", 5) in kinds
    listed = [
        (w.rule, getattr(w, "post", getattr(w, "post_id", None)))
        for w in said_once(report.warnings)
    ]
    assert ("consent", 4) not in listed  # said by the guard's finding
    assert ("guard", 4) in listed and ("consent", 5) in listed  # no finding says it for 5
    assert len(report.to_json()["warnings"]) == len(report.warnings)
