"""Properties of the guard that hold for any text."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from guard_support import DENTAL
from hypothesis import given, settings
from hypothesis import strategies as st
from labelled_clean import CLEAN

from planner.core.guard import PRIVACY, check_text
from planner.core.guard.folding import fold

# Clean under the dental practice's settings as an original post (no consent needed).
CLEAN_DENTAL = [
    item.text
    for item in CLEAN
    if item.practice == "dental" and not item.consent and item.kind != "promotional"
]

# Pieces that make findings, mixed into arbitrary text to exercise every checker.
TRIGGERS = [
    "07700 900123",
    "+44 7700 900834",
    "sue@example.com",
    "943 476 5919",
    "078-05-1120",
    "MRN 00482913",
    "born on 3 March 1931",
    "92-year-old",
    "27 Rosemary Lane",
    "LS7 3HB",
    "203.0.113.45",
    "Zoë Hartley's",
    "ZOE\u0301 HARTLEY",
    "Straße",
    "ﬁve ﬂoors",
    "patient of the month",
    "frequent flyers",
    "holy shit",
    "vote Labour",
    "£199",
    "20% off",
    "pain-free",
    "#1",
    "your appointment",
    "fake review",
    "🦷",
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(CLEAN_DENTAL), min_size=1, max_size=4),
    st.sampled_from([" ", "\n", "\n\n"]),
)
def test_clean_sentences_stay_clean_together(sentences: list[str], separator: str) -> None:
    assert check_text(separator.join(sentences), DENTAL) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=12)), max_size=12),
    st.booleans(),
)
def test_every_span_slices_the_original_text_to_its_excerpt(pieces: list[str], reply: bool) -> None:
    text = " ".join(pieces)
    context = replace(DENTAL, reply_mode=reply, reviewer_name="Janet Moss" if reply else "")
    findings = check_text(text, context)
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.excerpt
    assert [f.start for f in findings] == sorted(f.start for f in findings)


# Text before the name whose folding changes length, so the name's position moves.
SHIFTERS = ["", "Straße. ", "Straße und Größe. ", "ﬁve ﬂoors. ", "Cafe\u0301 ", "Maß\u0301 "]

NAMES = ["Zoë Hartley", "Siobhán Kelly", "Dolores Ramírez", "Tomasz Nowak", "Renée O'Connor"]


def variant(name: str, accents: str, case: str, possessive: bool) -> str:
    if accents == "stripped":
        name = "".join(
            c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)
        )
    elif accents == "decomposed":
        name = unicodedata.normalize("NFD", name)
    name = {"upper": name.upper(), "lower": name.lower(), "as is": name}[case]
    return name + ("’s" if possessive else "")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(NAMES),
    st.sampled_from(["kept", "stripped", "decomposed"]),
    st.sampled_from(["upper", "lower", "as is"]),
    st.booleans(),
    st.sampled_from(CLEAN_DENTAL),
    st.sampled_from(SHIFTERS),
)
def test_a_listed_name_is_found_whatever_its_accents_case_or_possessive(
    name: str, accents: str, case: str, possessive: bool, sentence: str, shifter: str
) -> None:
    written = variant(name, accents, case, possessive)
    text = f"{shifter}{sentence} Thank you, {written}, for the flowers!"
    context = replace(DENTAL, do_not_mention=(name,))
    privacy = [f for f in check_text(text, context) if f.category == PRIVACY]
    assert [fold(f.excerpt) for f in privacy] == [fold(name)]
