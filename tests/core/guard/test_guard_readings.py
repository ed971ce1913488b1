"""What the blind set taught the guard: each rule with texts it must catch and texts that
look alike and must stay clean. None of these texts is one of the blind set's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from guard_support import DENTAL, PHYSIO, categories, check, found

from planner.core.domain import Kind
from planner.core.guard import (
    ARGUES,
    CLAIMS,
    CONFIRMS_PATIENT,
    DISPARAGING,
    HOT_BUTTON,
    PATIENT_STORY,
    PRIVACY,
    PROFANITY,
    SELLING,
    GuardContext,
)

REPLY = replace(DENTAL, reply_mode=True)
PROMOTIONAL = replace(DENTAL, kind=Kind.PROMOTIONAL)


def _in(category: str, text: str, context: GuardContext = DENTAL) -> list[str]:
    return [excerpt for c, excerpt in found(text, context) if c == category]


# Money that is not a price.


@pytest.mark.parametrize(
    "text",
    [
        "Our nurses raised £860 for the hospice with a sponsored silence!",
        "£3,200 raised for Cancer Research so far – thank you all.",
        "Every penny of the £5 entry goes to charity.",
        "We donated $500 to the local food pantry this month.",
        "NHS prescription charges go up to £9.90 an item in April.",
    ],
)
def test_sums_raised_for_a_cause_and_nhs_charges_are_not_selling(text: str) -> None:
    assert SELLING not in categories(text)


def test_a_price_next_to_a_charity_sentence_is_still_selling() -> None:
    text = "We raised £400 for Mind! Whitening is £199 this month."
    assert _in(SELLING, text) == ["£199"]
    assert _in(SELLING, "We charge £60 for a check-up.") == ["£60"]


# Birth dates of a group, and ages of buildings.


@pytest.mark.parametrize(
    "text",
    [
        "Children born between 1 September 2021 and 31 August 2023 can have the nasal flu spray.",
        "If you were born after 1 April 1958, ask about the RSV jab.",
        "Everyone born on or after 2 September 1959 is now eligible.",
        "People born before 1 September 1950 get an invitation letter.",
    ],
)
def test_birth_dates_that_say_who_is_eligible_are_not_a_person(text: str) -> None:
    assert PRIVACY not in categories(text)


def test_a_person_born_on_a_date_is_still_found() -> None:
    assert _in(PRIVACY, "Ruby was born on 3 May after a long night!") == ["3 May"]
    assert _in(PRIVACY, "Welcome baby Ava, born 2/11/2026.") == ["2/11/2026"]


@pytest.mark.parametrize(
    "text",
    [
        "Our surgery is 95 years old this spring – cake on Friday.",
        "The village hall turns 100 next month.",
        "We have moved into a 120-year-old mill by the river.",
    ],
)
def test_the_age_of_a_building_or_institution_is_not_a_person(text: str) -> None:
    assert PRIVACY not in categories(text)


def test_a_person_near_a_building_keeps_their_age() -> None:
    assert _in(PRIVACY, "Our patient at the practice is 96 years old.") == ["96 years old"]
    assert _in(PRIVACY, "Mr Hill, who sings in the church, is 93 years young.") == [
        "93 years young"
    ]


# Short forms of a do-not-mention name.


def test_a_listed_first_name_alone_and_title_with_surname_are_found() -> None:
    assert _in(PRIVACY, "Well done Margaret on finishing your treatment!") == ["Margaret"]
    assert _in(PRIVACY, "Mrs Ellis brought biscuits.") == ["Mrs Ellis"]
    assert _in(PRIVACY, "Mr. Nowak's crown is in.") == ["Mr. Nowak"]


def test_short_forms_leave_other_people_and_consenting_people_alone() -> None:
    # Another surname after the first name is someone else; a lower-case word is a word.
    assert _in(PRIVACY, "Margaret Thatcher once visited Leeds.") == []
    assert _in(PRIVACY, "Meet our new nurse, Tomasz Kowalski.") == []
    consented = replace(DENTAL, consented_names=("Margaret Ellis",))
    assert _in(PRIVACY, "Thank you Margaret for sharing your story!", consented) == []


# Disguised profanity.


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("What a sh*tty week for the boiler.", "sh*tty"),
        ("B!tch of a commute today.", "B!tch"),
        ("This f***ing printer again.", "f***ing"),
        ("P1ssed off with the parking.", "P1ssed"),
        ("Cr@p weather, great smiles.", "Cr@p"),
        ("You are f-ing amazing!", "f-ing"),
    ],
)
def test_profanity_with_symbols_or_digits_for_letters_is_found(text: str, excerpt: str) -> None:
    assert _in(PROFANITY, text) == [excerpt]


@pytest.mark.parametrize(
    "text",
    [
        "Check your HbA1c and vitamin B12 every year.",
        "COVID19 boosters are here!",
        "Terms apply*. Wow! Great news!",
        "Email hello@riversidedental.co.uk for details.",
        "5* service from the whole team!",
    ],
)
def test_digits_stars_and_email_addresses_are_not_disguised_profanity(text: str) -> None:
    assert PROFANITY not in categories(text)


# Laughing at a patient.


@pytest.mark.parametrize(
    "text",
    [
        "A patient asked if she could floss with her hair 🤦",
        "Patients who cancel by text at 8:59 🙄",
        "You couldn't make it up: a patient brought his own drill.",
        "This patient told us mouthwash counts as brushing lol",
    ],
)
def test_laughing_or_eye_rolling_at_a_patient_is_disparaging(text: str) -> None:
    assert DISPARAGING in categories(text)


@pytest.mark.parametrize(
    "text",
    ["Monday mornings 😂 Coffee first.", "Our patients are the best 😂", "We laughed all day!"],
)
def test_a_laugh_without_a_patient_or_with_all_of_them_is_not(text: str) -> None:
    assert DISPARAGING not in categories(text)


# Patient stories.


@pytest.mark.parametrize(
    "text",
    [
        "Our bravest little patient had two fillings today!",
        "Our 8-year-old patient drew us this picture.",
        "What a transformation – six months of aligners!",
        "Jack had his knee replacement in May and is back on the bike.",
        "Lily finished her rehab programme today!",
        "Grandad was discharged on Friday and is doing well.",
        "Our client is back on the bike.",
    ],
)
def test_posts_about_one_patient_are_patient_stories(text: str) -> None:
    assert PATIENT_STORY in categories(text, PHYSIO)


@pytest.mark.parametrize(
    "text",
    [
        "Our hygienists are so patient with nervous children.",
        "Our new patient appointments open on Monday.",
        "Our 2026 patient survey is open.",
        "Before and after: our reception got new chairs and a mural.",
        "Dr Patel had her flu jab today – have you had yours?",
        "Most people are discharged the same day after a hernia repair.",
    ],
)
def test_the_team_being_patient_services_and_the_premises_are_not(text: str) -> None:
    assert PATIENT_STORY not in categories(text)


# Word list additions.


def test_claims_spare_list_items_and_denied_cures() -> None:
    for text in ("Rule number one: never skip a check-up.", "Our #1 tip: floss.",
                 "There's no quick cure for a cold."):  # fmt: skip
        assert CLAIMS not in categories(text)
    assert CLAIMS in categories("The number one dentist in Leeds!")


def test_selling_catches_scarcity_and_spares_black_friday_hours() -> None:
    assert SELLING in categories("Only two places left on Saturday's whitening day!")
    assert SELLING not in categories("Black Friday opening hours: 9 to 1.")
    assert SELLING not in categories("Only two places left!", PROMOTIONAL)


def test_hot_button_catches_votes_and_vaccine_fights_and_spares_places() -> None:
    assert HOT_BUTTON in categories("Vote no on Proposition 7!")
    assert HOT_BUTTON in categories("Antivaxxers are at it again.")
    for text in ("Parking on Church Road is free after 6pm.",
                 "Flu clinic at St John's Church hall on Saturday.",
                 "The hall is a polling station on Thursday; use the side door.",
                 "You can register with us whatever your immigration status."):  # fmt: skip
        assert HOT_BUTTON not in categories(text), text


def test_disparaging_labels_and_a_clean_use_of_selfish() -> None:
    assert DISPARAGING in categories("Another drama queen in the chair.")
    assert DISPARAGING in categories("Missing appointments is just selfish.")
    assert DISPARAGING not in categories("Self-care isn't selfish.")


def test_replies_that_argue_or_speak_of_the_reviewers_glasses() -> None:
    assert ARGUES in categories(
        "As our policy clearly states, we charge for late cancellations.", REPLY
    )
    assert ARGUES in categories("The unpaid bill has gone to debt collection.", REPLY)
    assert ARGUES in categories("You are clearly confusing us with someone else.", REPLY)
    assert CONFIRMS_PATIENT in categories("Sorry your new glasses pinch.", REPLY)
    assert CONFIRMS_PATIENT in categories("Glad the new dentures fit!", REPLY)
    assert CONFIRMS_PATIENT in categories("Do come back and see us.", REPLY)


def test_every_new_finding_slices_to_its_excerpt() -> None:
    # check() asserts the span of every finding against its excerpt.
    check("Ha 🤦 a patient said sh*t, born 3 May, Mrs Ellis, £5 raised, 95 years old.")
