"""Review replies: templates by stars, filled with the practice's name and phone, parsed
and shown as JSON; the reviewer's name is a finding only in reply mode. Drafts for whole
practices, checked against real-looking reviews and hand-written bad replies, are in
tests/core/test_reply_check.py."""

from __future__ import annotations

from dataclasses import replace

import pytest
from guard_support import DENTAL, found

from planner.core.guard import check_text, split_phones
from planner.core.replies import (
    DraftReply,
    draft_reply,
    fill_template,
    first_phone,
    load_templates,
    mood_for_stars,
    parse_templates,
    reply_context,
    reply_json,
)


def test_stars_choose_the_mood() -> None:
    assert [mood_for_stars(s) for s in range(1, 6)] == [
        "negative",
        "negative",
        "mixed",
        "positive",
        "positive",
    ]
    with pytest.raises(ValueError, match="1 to 5"):
        mood_for_stars(0)


def test_at_least_eight_templates_ship_three_positive_two_mixed_three_negative() -> None:
    names = [t.name for t in load_templates()]
    assert {"positive-1", "positive-2", "positive-3", "mixed-1", "mixed-2"} <= set(names)
    assert {"negative-1", "negative-2", "negative-3"} <= set(names)
    assert len(names) == len(set(names)) >= 8
    for template in load_templates():
        assert "{practice}" in template.text or "{phone}" in template.text


def test_filling_puts_in_the_name_and_phone_or_leaves_them_out_gracefully() -> None:
    template = parse_templates("=== mixed-9 ===\nCall {practice}[ on {phone}], please.")[0]
    assert fill_template(template, "Riverside", "0113 496 0000") == (
        "Call Riverside on 0113 496 0000, please."
    )
    assert fill_template(template, "Riverside", "") == "Call Riverside, please."
    assert fill_template(template, "", "") == "Call the practice, please."


def test_the_reviewers_name_counts_only_in_reply_mode() -> None:
    context = replace(DENTAL, reviewer_name="Janet Moss")
    assert found("Thanks Janet!", context) == []
    assert found("Thanks Janet!", reply_context(DENTAL, "Janet Moss")) == [("privacy", "Janet")]


def test_a_template_can_be_chosen_by_name_and_an_unknown_name_is_refused() -> None:
    assert draft_reply(5, "X", "", name="negative-2").template == "negative-2"
    with pytest.raises(ValueError, match="no reply template 'nope'"):
        draft_reply(5, name="nope")


def test_templates_parse_paragraphs_and_skip_comments() -> None:
    text = "# comment\n=== positive-7 ===\nOne line\nand more.\n\nSecond {practice}.\n# x\n"
    (template,) = parse_templates(text)
    assert (template.name, template.mood) == ("positive-7", "positive")
    assert template.text == "One line and more.\n\nSecond {practice}."
    with pytest.raises(ValueError, match="starts with one of"):
        parse_templates("=== cheerful-1 ===\nHi")


def test_reply_json_has_the_documented_shape() -> None:
    draft = DraftReply("negative-1", "Sorry about your visit.")
    findings = check_text(draft.text, reply_context(DENTAL))
    assert reply_json(draft, findings) == {
        "reply": "Sorry about your visit.",
        "template": "negative-1",
        "findings": [
            {
                "post": None,
                "category": "confirms-patient",
                "severity": "stop",
                "start": 12,
                "end": 22,
                "excerpt": "your visit",
                "message": findings[0].message,
            }
        ],
    }


def test_the_phone_setting_splits_on_semicolons_and_the_reply_uses_the_first() -> None:
    assert split_phones(" 0113 496 0000 ; ;0113 496 0001 ") == ("0113 496 0000", "0113 496 0001")
    assert split_phones("") == ()
    assert first_phone("0113 496 0000; 0113 496 0001") == "0113 496 0000"
    assert first_phone(" ; ") == ""
