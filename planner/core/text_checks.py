"""Whether free text can be saved at all, whatever record it belongs to. Pure: no Qt, no SQL."""

from __future__ import annotations


def text_problems(text: str) -> list[str]:
    """Why ``text`` cannot be saved, in plain words; empty when it can.

    A NUL character is refused, and so is a lone surrogate (as a broken paste can leave),
    which has no UTF-8 form to store.
    """
    found: list[str] = []
    if "\x00" in text:
        found.append("The text holds a NUL character, which cannot be saved.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        found.append("The text holds a broken character that cannot be saved.")
    return found
