"""The wording categories: what each catches, when it applies, and the clinical and
public-health words a practice must be able to write without a warning."""

from __future__ import annotations

from dataclasses import replace

import pytest
from guard_support import DENTAL, categories, check, found

from planner.core.domain import Kind
from planner.core.guard import (
    CLAIMS,
    DISPARAGING,
    HOT_BUTTON,
    PATIENT_STORY,
    PROFANITY,
    SELLING,
    load_word_lists,
)

SHARED = replace(DENTAL, kind=Kind.SHARED)
PROMOTIONAL = replace(DENTAL, kind=Kind.PROMOTIONAL)


@pytest.mark.parametrize(
    "text",
    [
        "Bleeding gums when you brush? It is often an early sign of gum disease.",
        "Anal fissures are small tears; most heal within weeks with more fibre.",
        "Breast screening saves lives: please book when your letter comes.",
        "Sex education for teenagers: a drop-in on sexual health this Thursday.",
        "Vaginal dryness after menopause is common and treatable.",
        "Testicular and penile cancers are rare, but checks matter.",
        "Bloody stools or a bloody nose that won't stop: call us the same day.",
        "Stool samples to reception before 11am, please.",
        "Our flu vaccine clinics start on Saturday 3 October.",
        "Water fluoridation reduces tooth decay, the evidence says.",
        "Cervical screening is every five years for most people.",
        "The surgery is closed on 25 December and 26 December.",
        "Happy New Year! #NHS2026 #SmileMonth2026",
        "Opening times: Mon–Thu 8:00–18:30, Fri 8:00–17:00.",
        "Call us on 0113 496 0000 or email hello@riversidedental.co.uk.",
        "Find us at 14 Mill Lane, Leeds LS6 2QB.",
        "We now offer evening appointments on Tuesdays.",
        "Happy Diwali to everyone celebrating this week!",
        "NHS dental care is free during pregnancy.",
        "Are you a good candidate for implants? Ask us.",
        "Conservative treatment of a cracked tooth comes first.",
        "Our patient survey is open until Friday.",
        "There is no cure for the common cold, but rest helps.",
        "Oh my god, the new coffee machine is here!",
        "Sugar is the number one cause of tooth decay in children.",
        "Join us on 3 June to celebrate our 30th birthday as a practice!",
    ],
)
def test_clinical_public_health_and_practice_posts_are_clean(text: str) -> None:
    assert found(text) == []


def test_a_shared_articles_title_about_being_free_from_pain_is_no_claim() -> None:
    text = "Free from pain after treatment: what new research tells us (BDJ)"
    assert found(text, SHARED) == []
    assert found("Pain-free injections with our new wand.", SHARED) == [(CLAIMS, "Pain-free")]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Patient of the month: she was terrified, now she sails through!", "Patient of the month"),
        ("Before and after: six months of aligners.", "Before and after"),
        ("One of our lovely patients ran a marathon.", "One of our lovely patients"),
        ("Read this testimonial from a happy family.", "testimonial"),
        ("Smile makeover Monday!", "Smile makeover"),
    ],
)
def test_patient_stories_are_a_caution_without_consent(text: str, excerpt: str) -> None:
    (finding,) = check(text)
    assert (finding.category, finding.excerpt, finding.severity) == (
        PATIENT_STORY,
        excerpt,
        "caution",
    )
    assert found(text, replace(DENTAL, consent_linked=True)) == []
    assert found(text, replace(DENTAL, consented_names=("Rachel Hill",))) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Today's difficult patient award goes to...", "difficult patient"),
        ("Shout out to our frequent flyers!", "frequent flyers"),
        ("The patient from hell rang six times.", "patient from hell"),
        ("You won't believe what a patient said today", "You won't believe what a patient"),
        ("Drug seekers will try anything.", "Drug seekers"),
    ],
)
def test_disparaging_wording_is_a_stop(text: str, excerpt: str) -> None:
    assert [(f.category, f.excerpt, f.severity) for f in check(text)] == [
        (DISPARAGING, excerpt, "stop")
    ]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("This damn printer again.", "damn"),
        ("Holy shit, that was quick.", "Holy shit"),
        ("WTF is wrong with the barrier?", "WTF"),
        ("Bloody marvellous news!", "Bloody"),
        ("The fucking wifi is down.", "fucking"),
    ],
)
def test_profanity_is_a_stop(text: str, excerpt: str) -> None:
    assert [(f.category, f.excerpt, f.severity) for f in check(text)] == [
        (PROFANITY, excerpt, "stop")
    ]


def test_the_allowlist_wins_over_the_practices_own_profanity_additions() -> None:
    context = replace(DENTAL, extra_words=(("profanity", "anal"), ("profanity", "knob")))
    assert found("Anal fissures heal.", context) == []
    assert found("What a knob.", context) == [(PROFANITY, "knob")]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Vote Labour on Thursday!", "Vote Labour"),
        ("Whoever votes Conservative is wrong.", "votes Conservative"),
        ("Our thoughts on the abortion ruling.", "abortion"),
        ("Gun control saves lives.", "Gun control"),
        ("Immigration is the problem.", "Immigration"),
        ("Jesus is the reason for the season.", "Jesus"),
    ],
)
def test_hot_button_topics_are_a_caution(text: str, excerpt: str) -> None:
    assert [(f.category, f.excerpt, f.severity) for f in check(text)] == [
        (HOT_BUTTON, excerpt, "caution")
    ]


def test_hot_button_messages_name_the_topic() -> None:
    (finding,) = check("Gun control saves lives.")
    assert "(guns)" in finding.message


def test_selling_is_a_caution_only_in_posts_that_are_not_promotional() -> None:
    text = "Whitening now just £199 – book now, 20% off this month only!"
    expected = [
        (SELLING, "£199"),
        (SELLING, "book now"),
        (SELLING, "20% off"),
        (SELLING, "this month only"),
    ]
    assert found(text, DENTAL) == expected
    assert found(text, SHARED) == expected
    assert found(text, replace(DENTAL, kind=None)) == expected
    assert found(text, PROMOTIONAL) == []
    (finding,) = check("Use promo code SPRING25.")
    assert "Mark the post promotional" in finding.message


def test_claims_are_a_caution_in_posts_of_any_kind() -> None:
    text = "The #1 clinic: painless, guaranteed, 100% safe, no side effects."
    expected = [
        (CLAIMS, "#1"),
        (CLAIMS, "painless"),
        (CLAIMS, "guaranteed"),
        (CLAIMS, "100% safe"),
        (CLAIMS, "no side effects"),
    ]
    for context in (DENTAL, SHARED, PROMOTIONAL):
        assert found(text, context) == expected


def test_reply_categories_stay_quiet_outside_reply_mode() -> None:
    text = "We're sorry your appointment ran late. That's not true, though."
    assert found(text) == []
    assert categories(text, replace(DENTAL, reply_mode=True)) == {"confirms-patient", "argues"}


def test_the_practice_can_add_and_remove_words() -> None:
    removed = replace(DENTAL, removed_words=(("claims", "painless"),))
    assert found("Painless and quick.", removed) == []
    added = replace(DENTAL, extra_words=(("hot-button", "council tax"),))
    assert found("Council tax is too high.", added) == [(HOT_BUTTON, "Council tax")]
    # The shipped lists themselves are untouched by the edits.
    assert found("Painless and quick.") == [(CLAIMS, "Painless")]
    assert found("Council tax is too high.") == []


def test_an_exception_phrase_clears_the_finding_it_overlaps() -> None:
    assert found("Our patient Jim ran 10k.") == [(PATIENT_STORY, "Our patient")]
    excepted = replace(DENTAL, extra_words=(("patient-story", "!our patient jim"),))
    assert found("Our patient Jim ran 10k.", excepted) == []
    assert found("Our patient Ann ran 10k.", excepted) == [(PATIENT_STORY, "Our patient")]
    # An exception of one list does not clear another list's finding.
    other = replace(DENTAL, extra_words=(("claims", "!our patient jim"),))
    assert found("Our patient Jim ran 10k.", other) == [(PATIENT_STORY, "Our patient")]


def test_the_context_can_carry_its_own_lists() -> None:
    lists = load_word_lists()
    assert found("Vote Labour!", replace(DENTAL, word_lists=lists)) == [(HOT_BUTTON, "Vote Labour")]
