"""Privacy: every identifier family is found with its exact span, and the practice's own
phone, email and address, opening dates and hashtags are left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from guard_support import DENTAL, PHYSIO, check, found

from planner.core.guard import PRIVACY
from planner.core.guard.identifiers import nhs_number_valid


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Text Sue on 07700 900123 about the raffle.", "07700 900123"),
        ("Her mobile is 07700-900-314.", "07700-900-314"),
        ("Call the family on (0117) 496 0355.", "(0117) 496 0355"),
        ("Locum: +44 7700 900834 this week.", "+44 7700 900834"),
        ("Dial +44 (0)20 7946 0991 from abroad.", "+44 (0)20 7946 0991"),
        ("Reach her on +1 512 555 0168.", "+1 512 555 0168"),
        ("Fax: 0113 496 0782", "0113 496 0782"),
    ],
)
def test_phone_numbers_in_british_format_or_with_plus_are_found(text: str, excerpt: str) -> None:
    assert found(text) == [(PRIVACY, excerpt)]


def test_the_message_says_the_fact_and_the_fix() -> None:
    (finding,) = check("Text Sue on 07700 900123 about the raffle.")
    assert finding.message == (
        "A phone number that is not the practice's own: 07700 900123. Remove it, or add it "
        "to Settings → Guard if it is the practice's."
    )
    assert finding.severity == "stop"


@pytest.mark.parametrize(
    "text",
    [
        "Call us on 0113 496 0000.",
        "Out of hours: 0113-496-0001.",
        "From abroad: +44 113 496 0000.",
        "Opening times: Mon–Fri 8:00–18:30, Sat 9:00–12:00.",
        "We have seen 1 000 000 smiles since 1990.",
        "Born in the 1990s? Your first check-up is free on 2026-03-12.",
        "For urgent help call NHS 111, or 999 in an emergency.",
        "Room 12, floor 3, see https://example.org/a/0113496078222/info",
    ],
)
def test_the_practices_own_numbers_times_and_other_digits_are_not_phones(text: str) -> None:
    assert PRIVACY not in {c for c, _ in found(text)}


def test_us_practices_read_us_numbers_and_leave_their_own_alone() -> None:
    assert found("Call the pool on 512-555-0199.", PHYSIO) == [(PRIVACY, "512-555-0199")]
    assert found("Fax (737) 555-0123 now.", PHYSIO) == [(PRIVACY, "(737) 555-0123")]
    assert found("Local line 555-0142.", PHYSIO) == [(PRIVACY, "555-0142")]
    assert found("Our number stays (512) 555-0140.", PHYSIO) == []
    assert found("Our number stays 512.555.0140.", PHYSIO) == []


def test_emails_other_than_the_practices_are_found() -> None:
    assert found("Send photos to sarah.j77@gmail.com please.") == [(PRIVACY, "sarah.j77@gmail.com")]
    assert found("Write to BEV.W@YAHOO.CO.UK.") == [(PRIVACY, "BEV.W@YAHOO.CO.UK")]
    assert found("Email hello@riversidedental.co.uk today.") == []
    # The practice's own domain (from its email or website) is the practice's.
    assert found("Our nurse Anna: anna@riversidedental.co.uk.") == []
    assert found("Our team: team@cedarparkpt.com.", PHYSIO) == []


def test_social_security_numbers_are_found_and_impossible_ones_are_not() -> None:
    assert found("SSN 078-05-1120 on the card.", PHYSIO) == [(PRIVACY, "078-05-1120")]
    assert found("Social security number: 078051120.", PHYSIO) == [(PRIVACY, "078051120")]
    assert found("Code 000-12-3456 and 666-12-3456 and 123-00-4567.", PHYSIO) == []


def test_nhs_numbers_need_a_valid_check_digit() -> None:
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert not nhs_number_valid("943476591")
    assert found("NHS number 943 476 5919.") == [(PRIVACY, "943 476 5919")]
    assert found("Reference 943-476-5919.") == [(PRIVACY, "943-476-5919")]
    assert found("Left with 9434765919 on it.") == [(PRIVACY, "9434765919")]
    assert found("Left with 9434765918 on it.") == []
    assert found("Mixed spacing 943 476-5919 is no NHS number.") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Letter found (MRN 00482913), ask at reception.", "00482913"),
        ("Member ID XJP4471023 on the card.", "XJP4471023"),
        ("Account 55120934 is overdue.", "55120934"),
        ("Claim number CLM-2026-88412 was paid.", "CLM-2026-88412"),
        ("Policy no. 7731-220-19 was left here.", "7731-220-19"),
        ("Licence number MORGA753116SM9IJ on the form.", "MORGA753116SM9IJ"),
        ("Chart: 7734-B is missing.", "7734-B"),
        ("Patient #20417 won the raffle.", "20417"),
        ("Car with plate AB12 CDE in the bay.", "AB12"),
    ],
)
def test_record_numbers_after_their_word_are_found(text: str, excerpt: str) -> None:
    assert found(text) == [(PRIVACY, excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "Happy #NHS2026 and #SmileMonth2026 everyone!",
        "Our policy 2026 update is on the website.",
        "Take into account 2 things: brushing and flossing.",
        "Member of the month: our hygienist Jess!",
        "Claim your seat at the talk on 4 May.",
        "Bring photo ID if you have it.",
        "Ticket #2026 is a year, not a record.",
    ],
)
def test_hashtags_years_and_record_words_without_a_code_are_not_record_numbers(
    text: str,
) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Happy 40th to Karen, born on 3rd March 1986!", "3rd March 1986"),
        ("She was admitted on 12/01/2026 and is home now.", "12/01/2026"),
        ("Diagnosed with cancer on 4 June, he is doing well.", "4 June"),
        ("Jean passed away peacefully on 19 August.", "19 August"),
        ("After he had surgery on March 14, he was back on court.", "March 14"),
        ("Her knee operation on 2 February went well.", "2 February"),
        ("DOB: 07.11.1948 on the label.", "07.11.1948"),
        ("Isla was born on the 9th of January.", "9th of January"),
        ("Discharged on 30 Sept. 2025, she is walking again.", "30 Sept. 2025"),
    ],
)
def test_dates_tied_to_a_person_are_found(text: str, excerpt: str) -> None:
    assert found(text) == [(PRIVACY, excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "The surgery is closed on 25 December and 26 December.",
        "Our surgery reopens on 2 January at 8am.",
        "We are closed on 25 December. Happy birthday to our receptionist Sue!",
        "Born in 1931, she still plays bowls.",
        "NHS dental care is free for 12 months after your baby is born.",
        "Flu clinics on 3 October and 10 October.",
        "The surgery had new windows fitted on 3 May.",
    ],
)
def test_opening_dates_and_dates_without_a_person_are_not_flagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("A 92-year-old gentleman brought a card.", "92-year-old"),
        ("At 94 years old, Frank still walks here.", "94 years old"),
        ("Aged 96 and all her own teeth!", "Aged 96"),
        ("Happy 100th birthday, Edna!", "100th birthday"),
        ("Mrs Green turned 101 this week.", "turned 101"),
        ("Still dancing in her late nineties.", "her late nineties"),
    ],
)
def test_ages_of_ninety_and_over_are_found(text: str, excerpt: str) -> None:
    assert found(text) == [(PRIVACY, excerpt)]


@pytest.mark.parametrize(
    "text",
    [
        "Screening for adults aged 90 and over is by request.",
        "Everyone aged 65 to 79 can have the vaccine.",
        "We have served Leeds for 95 years.",
        "An 89-year-old won the quiz.",
    ],
)
def test_group_ages_and_ages_under_ninety_are_not_flagged(text: str) -> None:
    assert found(text) == []


def test_addresses_postcodes_and_zips_are_found_unless_they_are_the_practices() -> None:
    assert found("Congratulations to 27 Rosemary Lane!") == [(PRIVACY, "27 Rosemary Lane")]
    assert found("Parcel went to LS7 3HB by mistake.") == [(PRIVACY, "LS7 3HB")]
    assert found("Shuttle from Georgetown, TX 78626 daily.", PHYSIO) == [(PRIVACY, "78626")]
    assert found("Find us at 14 Mill Lane, Leeds LS6 2QB.") == []
    assert found("Find us at 14 Mill Ln.") == []
    assert found("Visit 2200 Whitestone Blvd, Cedar Park, TX 78613.", PHYSIO) == []
    assert found("Our 5 favourite tips for healthy gums.") == []
    assert found("We had 27 more lanes of traffic than usual.") == []


def test_ip_addresses_are_found_but_version_numbers_and_links_are_not() -> None:
    assert found("Spam came from 203.0.113.45 today.") == [(PRIVACY, "203.0.113.45")]
    assert found("Block 2001:db8::1 on the router.") == [(PRIVACY, "2001:db8::1")]
    assert found("Update to version 1.2.3.4.5 today.") == []
    assert found("Meet at 10:30 on the 12.03.") == []


def test_do_not_mention_names_ignore_case_accents_and_possessives() -> None:
    assert found("Thanks to Zoe Hartley!") == [(PRIVACY, "Zoe Hartley")]
    assert found("ZOË HARTLEY's mum baked.") == [(PRIVACY, "ZOË HARTLEY")]
    assert found("zoe\u0301 hartley came in.") == [(PRIVACY, "zoe\u0301 hartley")]
    assert found("Tomasz Nowak’s smile.") == [(PRIVACY, "Tomasz Nowak")]
    assert found("Dolores Ramirez did it!", PHYSIO) == [(PRIVACY, "Dolores Ramirez")]
    # Whole words only.
    assert found("The Nowakowski family, and Tomasz Nowakowski.") == []


def test_a_valid_consent_of_the_named_person_allows_their_name() -> None:
    consented = replace(DENTAL, consented_names=("Margaret Ellis",))
    assert found("Margaret Ellis shares her denture story.", consented) == []
    other = replace(DENTAL, consented_names=("Tomasz Nowak",))
    assert found("Margaret Ellis shares her story.", other) == [(PRIVACY, "Margaret Ellis")]
