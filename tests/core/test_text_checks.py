"""Free text that cannot be saved: a NUL, or a lone surrogate with no UTF-8 form."""

from __future__ import annotations

import datetime as dt

from planner.core.consent import ConsentRecord, Use
from planner.core.reply_log import template_problems
from planner.core.text_checks import text_problems

NUL = "The text holds a NUL character, which cannot be saved."
BROKEN = "The text holds a broken character that cannot be saved."


def test_plain_text_of_any_script_can_be_saved() -> None:
    assert text_problems("") == []
    assert text_problems("Zoë's smile 😁, 歯医者, line\nbreak\ttab") == []


def test_a_nul_and_a_lone_surrogate_are_each_said_once() -> None:
    assert text_problems("a\x00b") == [NUL]
    assert text_problems("half an emoji \ud83d") == [BROKEN]
    assert text_problems("\x00\udc00\x00") == [NUL, BROKEN]


def test_every_record_with_free_text_says_the_same() -> None:
    consent = ConsentRecord(None, "J. Smith", frozenset({Use.PHOTO}), frozenset(),
                            dt.date(2026, 3, 1), notes="\ud83d")  # fmt: skip
    assert consent.problems() == [BROKEN]
    assert template_problems("positive-1", "Thanks\x00", ()) == [
        "There is no reply template called 'positive-1'.",
        NUL,
    ]
