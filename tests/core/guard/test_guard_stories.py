"""A patient's story told through a name: a person tied to a treatment word by a
possessive or "his/her/their" in the same sentence, and the look-alikes that are not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from guard_support import DENTAL, check

from planner.core.guard import PATIENT_STORY


def stories(text: str) -> list[str]:
    return [f.excerpt for f in check(text, DENTAL) if f.category == PATIENT_STORY]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Zoe Hartley's new veneers look amazing!", "Zoe Hartley's new veneers"),
        ("Kevin's last session was his best yet.", "Kevin's last session"),
        ("Photo: Tomasz in the chair after his root canal 📸",
         "Tomasz in the chair after his root canal"),
        ("Harold Jenkins, 93, says his new cataract lenses are great.",
         "Harold Jenkins, 93, says his new cataract lenses"),
        ("Mrs Shah is thrilled with her implants.", "Mrs Shah is thrilled with her implants"),
        ("Well done Ramírez family: Dolores Ramírez finished her rehab!",
         "Dolores Ramírez finished her rehab"),
    ],
)  # fmt: skip
def test_a_named_persons_own_treatment_is_a_story(text: str, excerpt: str) -> None:
    assert stories(text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to our hygienist Sarah on finishing her implant training!",
        "Dr Patel had her flu jab today – have you had yours?",
        "Optician Tom tried on his own new frames from our autumn range.",
        "Our front-desk pup Rocco is back from the vet after his knee surgery.",
        "In this BBC article, presenter Jeremy Vine talks about his cataract surgery.",
        "If your child needs his first filling, keep the words calm.",
        "Ask Mr Rivera: can a child wear their contact lenses for sport?",
        "Monday's sessions now run until 8pm.",
        "Invisalign's clear aligners are changed every two weeks.",
        "The NHS's flu vaccine programme opens on Monday.",
        "Mum or Dad due for their flu jab? Book at reception.",
        "Say hello to Sam, who brings his love of crowns to the team.",
        "Kevin is here. His session was long.",  # the pronoun is in another sentence
        "Spider-Man's mask would steam up his glasses. Our frames fit under a Halloween costume.",
        "George Washington's dentures were ivory. #DentalHistory",
    ],
)
def test_the_team_pets_public_figures_and_things_are_not(text: str) -> None:
    assert stories(text) == []


def test_a_linked_consent_or_a_reply_lets_it_through() -> None:
    text = "Zoe Hartley's new veneers look amazing!"
    linked = replace(DENTAL, consent_linked=True)
    assert not [f for f in check(text, linked) if f.category == PATIENT_STORY]
    assert stories(text)
    reply = replace(DENTAL, reply_mode=True)
    assert not [f for f in check(text, reply) if f.category == PATIENT_STORY]


def test_the_span_is_the_texts_own() -> None:
    text = "Thank you Kevin O’Brien! He crushed his last session."
    assert stories(text) == []  # "He" is no name: nothing ties a name to it
    text = "Kevin O’Brien crushed his last session – from crutches to squats!"
    (finding,) = [f for f in check(text, DENTAL) if f.category == PATIENT_STORY]
    assert text[finding.start : finding.end] == "Kevin O’Brien crushed his last session"
