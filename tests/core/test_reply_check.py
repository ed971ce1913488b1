"""Replies for a practice: drafted from its settings and edited templates, checked in
reply mode against its own details; the replies log and template edits.

The samples (practices, reviewers, reviews) are the replies' only ones: the template
mechanics on their own are in tests/core/guard/test_guard_replies.py."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.core.replies import ReplyTemplate, load_templates, mood_for_stars
from planner.core.reply_check import check_reply, draft_for, practice_context
from planner.core.reply_log import (
    LoggedReply,
    parse_site,
    parse_stars,
    template_problems,
    with_edits,
)
from planner.core.settings import Settings

PRACTICES = {
    "no settings": Settings(),
    "empty name": Settings(practice_name=" "),
    "GB dental": Settings(
        practice_name="Riverside Dental Care",
        phones=("0113 496 0000", "0113 496 0001"),
        email="hello@riversidedental.co.uk",
        address="14 Mill Lane, Leeds LS6 2QB",
        website="www.riversidedental.co.uk",
        country="GB",
    ),
    "US physio": Settings(
        practice_name="Cedar Park Physical Therapy",
        phones=("(512) 555-0140",),
        email="frontdesk@cedarparkpt.com",
        address="2200 Whitestone Blvd, Cedar Park, TX 78613",
        website="https://cedarparkpt.com",
        country="US",
    ),
}

# Names a reviewer may give: none, initials, titles, accents, hyphens, one letter.
REVIEWERS = ["", "Janet Moss", "Will Turner", "Grace Hope", "Mark Green", "Siobhán Ní Bhriain",
             "Dr. P. Okafor", "Li Na", "Rose-Marie Banks", "Dolores Ramírez", "J"]  # fmt: skip

# Real-looking reviews: some name the reviewer, some a treatment, some are abusive. The
# reply never quotes them, but the check runs as the app runs it.
REVIEWS = [
    (5, "Janet Moss", "Dr Shah fitted my crown and it feels perfect. Lovely receptionists!"),
    (4, "Will Turner", "Physio sorted my knee in four sessions, a bit pricey though."),
    (3, "Grace Hope", "Hygienist was great but I waited 40 minutes for my appointment."),
    (2, "Mark Green", "They lost my x-rays and charged me twice. Avoid."),
    (1, "Li Na", "Absolute rubbish. Rude staff, useless dentist, I'm reporting you."),
    (1, "Rose-Marie Banks", "Worst practice in Leeds!!! My filling fell out after a week."),
    (1, "Dolores Ramírez", "You people are crooks and liars. Scammers, the lot of you."),
    (2, "", "My root canal hurt for days and nobody called back."),
]


@pytest.mark.parametrize("practice", PRACTICES.values(), ids=list(PRACTICES))
@pytest.mark.parametrize("template", load_templates(), ids=lambda t: t.name)
def test_no_shipped_template_gives_a_finding_for_any_practice(
    practice: Settings, template: ReplyTemplate
) -> None:
    draft = draft_for(practice, 5, load_templates(), template.name)
    assert draft.template == template.name
    text = draft.text
    assert "{" not in text and "[" not in text and "  " not in text and " ." not in text
    for reviewer in REVIEWERS:
        assert check_reply(text, practice, reviewer) == [], (reviewer, text)


def test_the_practices_own_details_fill_the_reply_and_are_never_findings() -> None:
    practice = PRACTICES["GB dental"]
    draft = draft_for(practice, 1, load_templates())
    assert draft.template == "negative-1"
    assert "Riverside Dental Care on 0113 496 0000" in draft.text
    context = practice_context(practice)
    assert context.practice_phones == ("0113 496 0000", "0113 496 0001")
    assert context.country == "GB" and context.practice_email == practice.email
    own = "Call 0113 496 0001 or write to hello@riversidedental.co.uk, 14 Mill Lane."
    assert check_reply(own, practice) == []
    assert [f.category for f in check_reply("Call 0113 496 0999.", practice)] == ["privacy"]


@pytest.mark.parametrize(("stars", "reviewer", "review"), REVIEWS)
def test_replies_to_real_looking_reviews_have_no_finding(
    stars: int, reviewer: str, review: str
) -> None:
    for practice in PRACTICES.values():
        draft = draft_for(practice, stars, load_templates())
        assert draft.template.startswith(mood_for_stars(stars))
        assert review not in draft.text and (not reviewer or reviewer not in draft.text)
        assert check_reply(draft.text, practice, reviewer) == []


# Hand-written bad replies, each finding marked where it stands: [category: excerpt].
MARKED = {"privacy": "privacy", "patient": "confirms-patient", "argues": "argues"}
_MARK = re.compile(r"\[(\w+): ([^\]]+)\]")


def unmarked(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The reply without its marks, and (category, start, end) of each marked finding."""
    text, found, done = "", [], 0
    for mark in _MARK.finditer(marked):
        text += marked[done : mark.start()]
        found.append((MARKED[mark[1]], len(text), len(text) + len(mark[2])))
        text += mark[2]
        done = mark.end()
    return text + marked[done:], found


@pytest.mark.parametrize(
    ("marked", "reviewer"),
    [
        ("Thanks [privacy: Janet], see you at [patient: your next visit]!", "Janet Moss"),
        ("Sorry [patient: your crown] came loose, Mr [privacy: Green]. Call us.", "Mark Green"),
        ("This is a [argues: fake review] and we will take [argues: legal action].", ""),
        ("We checked [patient: your records]: you never paid [patient: your bill].", ""),
        ("Call our nurse on [privacy: 07700 900123].", ""),
        ("Thanks [privacy: Janet]! So glad [patient: your crown] feels right.", "Janet Moss"),
        ("Sorry about [patient: your recent appointment], Mr [privacy: Turner].", "Will Turner"),
        ("We have [argues: no record of you] ever visiting. This is a [argues: fake review].", ""),
        ("As [patient: your dentist] I must say [argues: that is not true].", ""),
        ("[patient: We saw you] on Tuesday and [patient: the x-rays] were fine.", ""),
        ("Ms [privacy: Bhriain], please call us.", "Siobhán Ní Bhriain"),
        ("[privacy: Will] do! Thanks, [privacy: Will].", "Will Turner"),
    ],
)
def test_hand_written_bad_replies_are_caught(marked: str, reviewer: str) -> None:
    reply, expected = unmarked(marked)
    found = check_reply(reply, PRACTICES["GB dental"], reviewer)
    assert [(f.category, f.start, f.end) for f in found] == expected
    assert all(reply[f.start : f.end] == f.excerpt for f in found)


def test_the_practices_edits_replace_the_shipped_words_by_name() -> None:
    shipped = load_templates()
    edited = with_edits(shipped, {"negative-2": "Please call {practice}.", "gone-1": "x",
                                  "mixed-1": "  "})  # fmt: skip
    assert [t.name for t in edited] == [t.name for t in shipped]
    assert next(t for t in edited if t.name == "negative-2").text == "Please call {practice}."
    assert next(t for t in edited if t.name == "mixed-1") in shipped  # a blank edit is none
    draft = draft_for(PRACTICES["GB dental"], 5, edited, "negative-2")
    assert draft.text == "Please call Riverside Dental Care."


def test_a_template_edit_must_name_a_template_and_hold_text() -> None:
    shipped = load_templates()
    assert template_problems("positive-1", "Thank you!", shipped) == []
    assert template_problems("cheerful-9", "Hi", shipped) == [
        "There is no reply template called 'cheerful-9'."
    ]
    assert template_problems("positive-1", " ", shipped) == [
        "The template is empty; reset it to the shipped text instead."
    ]


def test_a_logged_reply_knows_when_it_cannot_be_kept() -> None:
    day = dt.date(2026, 12, 2)
    good = LoggedReply(day, "Google", 5, "Great!", "Thank you!")
    assert good.problems() == []
    assert good.cells() == ["2026-12-02", "Google", "5", "Great!", "Thank you!"]
    assert LoggedReply(day, "Tripadvisor", 0, "", " ").problems() == [
        "The reply is empty.",
        "The site must be one of Google, Facebook, Yelp, other.",
        "The stars run from 1 to 5.",
    ]
    assert "NUL" in LoggedReply(day, "Yelp", 3, "a\x00", "b").problems()[0]


def test_sites_and_stars_parse_strictly() -> None:
    assert parse_site(" YELP ") == "Yelp" and parse_site("Other") == "other"
    with pytest.raises(ValueError, match="unknown site 'trip'"):
        parse_site("trip")
    assert parse_stars(" 4 ") == 4
    for bad in ("0", "6", "４", "3.5", ""):
        with pytest.raises(ValueError, match="is not a star rating"):
            parse_stars(bad)
