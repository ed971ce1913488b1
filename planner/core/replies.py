"""Replying to reviews: pick a template by stars, fill it from the practice's settings.

The templates ship in ``resources/replies/templates.txt``. A reply is checked by the guard
in reply mode (``reply_context``), which adds the categories that catch a reply confirming
that the reviewer is a patient, arguing, or naming the reviewer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from planner.core.guard.context import split_phones

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from planner.core.guard.context import GuardContext
    from planner.core.guard.findings import Finding

MOODS = ("positive", "mixed", "negative")
PRACTICE_FALLBACK = "the practice"

_HEADER = re.compile(r"^===\s*(?P<name>[a-z]+-\d+)\s*===\s*$")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile(r"\{(practice|phone)\}")


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    """A named reply text with ``{practice}``/``{phone}`` and optional ``[...]`` parts."""

    name: str
    text: str

    @property
    def mood(self) -> str:
        return self.name.rsplit("-", 1)[0]


@dataclass(frozen=True, slots=True)
class DraftReply:
    """A filled reply and the template it came from."""

    template: str
    text: str


def mood_for_stars(stars: int) -> str:
    """4–5 stars are positive, 3 mixed, 1–2 negative."""
    if not 1 <= stars <= 5:
        raise ValueError(f"stars run from 1 to 5; got {stars}")
    return "positive" if stars >= 4 else "mixed" if stars == 3 else "negative"


def parse_templates(text: str) -> tuple[ReplyTemplate, ...]:
    """Templates from the file format: ``=== name ===`` lines, then the text.

    Lines of one paragraph are joined with spaces; a blank line starts a new paragraph.
    """
    templates: list[ReplyTemplate] = []
    name: str | None = None
    lines: list[str] = []

    def close() -> None:
        if name is not None:
            paragraphs = " ".join(line or "\n" for line in lines).split("\n")
            body = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
            if body:
                templates.append(ReplyTemplate(name, body))

    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("# ") or line == "#":
            continue
        header = _HEADER.match(line)
        if header:
            close()
            name, lines = header.group("name"), []
            if name.rsplit("-", 1)[0] not in MOODS:
                raise ValueError(f"template {name!r}: the name starts with one of {MOODS}")
        elif name is not None:
            lines.append(line)
    close()
    return tuple(templates)


def read_templates(path: Path) -> tuple[ReplyTemplate, ...]:
    return parse_templates(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_templates() -> tuple[ReplyTemplate, ...]:
    """The shipped templates, read once."""
    from planner.paths import resource_path

    return read_templates(resource_path("replies", "templates.txt"))


def choose_template(
    stars: int, templates: tuple[ReplyTemplate, ...], name: str | None = None
) -> ReplyTemplate:
    """The template called ``name``, or the first one whose mood fits the stars."""
    if name is not None:
        for template in templates:
            if template.name == name:
                return template
        known = ", ".join(t.name for t in templates)
        raise ValueError(f"no reply template {name!r}; use one of {known}")
    mood = mood_for_stars(stars)
    for template in templates:
        if template.mood == mood:
            return template
    raise ValueError(f"no {mood} reply template; add one named {mood}-1")


def fill_template(template: ReplyTemplate, practice_name: str = "", phone: str = "") -> str:
    """The template's text with the practice's name and phone put in.

    A ``[...]`` part whose placeholder is empty is left out; an empty name elsewhere
    reads "the practice".
    """
    values = {"practice": " ".join(practice_name.split()), "phone": " ".join(phone.split())}

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        if any(not values[p] for p in _PLACEHOLDER.findall(part)):
            return ""
        return part

    text = _OPTIONAL.sub(optional, template.text)
    fallback = {"practice": values["practice"] or PRACTICE_FALLBACK, "phone": values["phone"]}
    text = _PLACEHOLDER.sub(lambda m: fallback[m.group(1)], text)
    return re.sub(r"[ \t]{2,}", " ", text).replace(" .", ".").replace(" ,", ",").strip()


def first_phone(setting: str) -> str:
    """The first number of the ``practice.phone`` setting (numbers separated by ``;``)."""
    return next(iter(split_phones(setting)), "")


def draft_reply(
    stars: int,
    practice_name: str = "",
    phones: str = "",
    templates: tuple[ReplyTemplate, ...] | None = None,
    name: str | None = None,
) -> DraftReply:
    """A reply for a review of ``stars``, from the template by stars (or ``name``)."""
    chosen = choose_template(stars, load_templates() if templates is None else templates, name)
    return DraftReply(chosen.name, fill_template(chosen, practice_name, first_phone(phones)))


def reply_context(context: GuardContext, reviewer: str = "") -> GuardContext:
    """``context`` switched to reply mode, with the reviewer's name to look out for."""
    return replace(context, reply_mode=True, reviewer_name=reviewer.strip(), kind=None)


def reply_json(draft: DraftReply, findings: list[Finding]) -> dict[str, object]:
    """The ``reply --json`` shape."""
    return {
        "reply": draft.text,
        "template": draft.template,
        "findings": [f.to_json(None) for f in findings],
    }
