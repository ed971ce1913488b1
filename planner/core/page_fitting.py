"""How a week's posts fit the printed page: cards per day cell, what spills from a full
day onto the overflow list, the numbered notes and links, and the continuation pages
that take what the first page cannot hold. Pure, like the plan it feeds
(planner.core.page_plan); nothing is dropped. The painter picks the type size: as large
as the page allows, each card as tall as its whole text where the cell has room.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from planner.core.domain import Kind, Post, Status, day_name, format_time, month_abbr, short_day

CHECK_MARK = "!"  # printed in a ring: the guard's mark, readable in black and white
CHECK_WORDS = "check before posting"


@dataclass(frozen=True, slots=True)
class PageCapacity:
    """How much the page holds, in lines. The painter sizes its fonts from these."""

    lines_per_cell: int = 21  # card lines in one day cell, under its heading
    lines_per_card: int = 3  # at the least: time and platform, then two lines of text
    max_lines_per_card: int = 6  # a quiet week shows more of each post's text
    overflow_lines: int = 10  # "More on ..." and the notes and links, on the first page
    warning_lines: int = 10
    warning_chars: int = 44  # wrap width of the warnings box, at the page's 9 pt
    warning_chars_narrow: int = 44  # ... when the overflow list shares the band
    reference_chars: int = 46  # wrap width of a note or link in its numbered list
    # A day column at the page's least type (9 pt), as counted before painting: a day
    # whose cards surely fit with their notes and links shows them on the cards.
    card_line_chars: int = 20
    cell_lines: int = 24
    continuation_columns: int = 3
    continuation_lines_per_column: int = 44

    def __post_init__(self) -> None:
        if self.lines_per_card < 2 or self.lines_per_cell < self.lines_per_card:
            raise ValueError("a day cell must hold at least one card of two lines")
        if self.max_lines_per_card < self.lines_per_card:
            raise ValueError("a card's most lines cannot be fewer than its least")
        if min(self.overflow_lines, self.warning_lines) < 2:
            raise ValueError("the overflow and warning boxes need at least two lines")
        if self.continuation_columns < 1 or self.continuation_lines_per_column < 2:
            raise ValueError("a continuation page needs at least one column of two lines")

    @property
    def cards_per_cell(self) -> int:
        return self.lines_per_cell // self.lines_per_card

    def card_lines_for(self, busiest_day: int) -> int:
        """Lines per card: the busiest day's cards share the cell, within the limits."""
        share = self.lines_per_cell // max(busiest_day, 1)
        return max(self.lines_per_card, min(share, self.max_lines_per_card))

    @property
    def continuation_lines(self) -> int:
        return self.continuation_columns * self.continuation_lines_per_column


@dataclass(frozen=True, slots=True)
class PlanCard:
    """One post as the page shows it."""

    post: Post
    time_label: str
    text: str  # the whole text on one line; the painter wraps it, cut only if it must
    ref: int | None = None  # its number in the list of notes and links, if it has either
    note: str = ""  # its notes and link, printed on the card where its day has room
    check: bool = False  # an open stop finding of the guard: "check before posting"

    @property
    def kind(self) -> Kind:
        return self.post.kind

    @property
    def letter(self) -> str:
        return self.post.kind.letter

    @property
    def platform_label(self) -> str:
        return self.post.platform.label

    @property
    def platform_short(self) -> str:
        """For a cell too narrow for the label: the same short name the cards use."""
        return self.post.platform.short

    @property
    def status(self) -> Status:
        """Marked on the page as on screen: a draft dashed, a published post ticked."""
        return self.post.status

    @property
    def is_draft(self) -> bool:
        """Drafts are marked on the page: written, but nobody has scheduled them yet."""
        return self.post.status is Status.DRAFT

    @property
    def summary(self) -> str:
        """``10:30 X S Sharing the flu clinic times``: one line of the overflow list."""
        mark = f"[{CHECK_WORDS}] " if self.check else ""
        return f"{self.time_label} {self.platform_label} {self.letter} {mark}{self.text}"


@dataclass(frozen=True, slots=True)
class DayCell:
    day: dt.date
    heading: str  # "Monday 30 Nov"
    cards: tuple[PlanCard, ...]  # painted in the cell
    spilled: tuple[PlanCard, ...]  # continue on the overflow list
    limits: tuple[str, ...] = ()  # a platform over its daily limit: "2/1 Facebook"

    @property
    def total(self) -> int:
        return len(self.cards) + len(self.spilled)

    @property
    def short_heading(self) -> str:
        """``Mon 30 Nov``, for a column too narrow for the full heading."""
        return short_day(self.day)

    @property
    def more_note(self) -> str:
        return f"+{len(self.spilled)} more: see list" if self.spilled else ""


class LineRole(StrEnum):
    HEADING = "heading"  # "More on Tue 1 Dec", "Warnings (continued)"
    POST = "post"  # one spilled post
    WARNING = "warning"  # the first line of a warning
    WARNING_MORE = "warning-more"  # its wrapped lines
    NOTE = "note"  # "Continued on page 2: ..."
    REFERENCE = "reference"  # the first line of a numbered note or link
    REFERENCE_MORE = "reference-more"  # its wrapped lines


@dataclass(frozen=True, slots=True)
class PageLine:
    text: str
    role: LineRole
    card: PlanCard | None = None


def _card(post: Post, ref: int | None, on_card: bool, check: Collection[int]) -> PlanCard:
    time_label = format_time(post.time) if post.time is not None else "--:--"
    note = reference_text(post) if on_card else ""
    text = " ".join(post.text.split())
    return PlanCard(post, time_label, text, ref, note, check=post.id in check)


def day_cell(
    day: dt.date,
    posts: list[Post],
    fit: int,
    refs: dict[Post, int] | None = None,
    limits: tuple[str, ...] = (),
    notes_on_cards: bool = False,
    check: Collection[int] = (),
) -> DayCell:
    """``day``'s posts (``posts`` in time order): the first ``fit`` as cards, the rest
    spilled. ``refs`` numbers the posts whose notes and links are listed; with
    ``notes_on_cards`` the others carry theirs on the card. The posts in ``check`` are
    marked "check before posting"."""
    numbers = refs or {}
    cards = [_card(p, numbers.get(p), notes_on_cards, check) for p in posts if p.date == day]
    heading = f"{day_name(day)} {day.day} {month_abbr(day)}"
    return DayCell(day, heading, tuple(cards[:fit]), tuple(cards[fit:]), limits)


def has_reference(post: Post) -> bool:
    """A post with notes or a link: they go on its card or in the numbered list."""
    return bool(post.notes.strip() or post.link.strip())


def reference_text(post: Post) -> str:
    """The notes and the link of ``post``, as printed: ``Ask first. https://…``."""
    parts = [" ".join(post.notes.split()), post.link.strip()]
    return " ".join(part for part in parts if part)


def notes_fit_on_cards(posts: list[Post], fit: int, cap: PageCapacity) -> bool:
    """Whether one day's cards surely have room for their notes and links as well as
    their whole texts, by a count of characters against the least type's lines."""
    if len(posts) > fit:
        return False

    def lines(text: str) -> int:
        return math.ceil(len(text) * 1.1 / cap.card_line_chars) if text else 0

    needed = sum(1.8 + lines(" ".join(p.text.split())) + lines(reference_text(p)) for p in posts)
    return needed <= cap.cell_lines


def reference_blocks(cards: Iterable[PlanCard], width: int) -> list[list[PageLine]]:
    """Each numbered card's notes and link as a block of lines wrapped at ``width``:
    ``1. Tue 09:00 Facebook: Ask Dr Patel first. https://example.org/flu``."""
    blocks = []
    for card in cards:
        if card.ref is None:
            continue
        post = card.post
        when = f"{day_name(post.date)[:3]} {card.time_label}" if post.date else card.time_label
        text = f"{card.ref}. {when} {post.platform.label}: {reference_text(post)}"
        wrapped = textwrap.wrap(text, width=width, break_long_words=True) or [text]
        roles = [LineRole.REFERENCE] + [LineRole.REFERENCE_MORE] * (len(wrapped) - 1)
        blocks.append([PageLine(t, r, card) for t, r in zip(wrapped, roles, strict=True)])
    return blocks


def share_lines(needs: list[int], room: int, least: int | list[int] = 1) -> list[int]:
    """The text lines each card of a day gets when the day cannot show every text
    whole: each at least ``least`` (one for all, or each its own; its need if less),
    then the rest of ``room`` shared out so the shortest texts stay whole and the long
    ones share what is left."""
    floors = least if isinstance(least, list) else [least] * len(needs)
    given = [min(need, floor) for need, floor in zip(needs, floors, strict=True)]
    left = room - sum(given)
    order = sorted(range(len(needs)), key=lambda i: needs[i])
    for place, index in enumerate(order):
        if left <= 0:
            break
        fair = left // (len(order) - place)
        extra = min(needs[index] - given[index], max(fair, 0))
        given[index] += extra
        left -= extra
    return given


def overflow_lines(days: Iterable[DayCell]) -> list[PageLine]:
    """The whole overflow list: each full day's heading, then one line per spilled post."""
    lines: list[PageLine] = []
    for day in days:
        if day.spilled:
            lines.append(PageLine(f"More on {short_day(day.day)}", LineRole.HEADING))
            lines += [PageLine(card.summary, LineRole.POST, card) for card in day.spilled]
    return lines


def fit_overflow(lines: list[PageLine], room: int) -> tuple[list[PageLine], list[PageLine]]:
    """Split the overflow list: what fits the first page, and the rest for page 2.

    When it does not all fit, one line is kept for the "Continued on page 2" note, a
    heading is never left alone at the bottom, a numbered note is never split, and the
    rest restates its heading.
    """
    if len(lines) <= room:
        return list(lines), []
    keep = room - 1
    while keep > 0 and lines[keep].role is LineRole.REFERENCE_MORE:
        keep -= 1  # the whole note goes on, with its number
    if keep > 0 and lines[keep - 1].role is LineRole.HEADING:
        keep -= 1
    head, rest = list(lines[:keep]), list(lines[keep:])
    if rest and rest[0].role is not LineRole.HEADING:
        last_heading = next(ln for ln in reversed(head) if ln.role is LineRole.HEADING)
        rest.insert(0, PageLine(_continued(last_heading.text), LineRole.HEADING))
    return head, rest


def _continued(heading: str) -> str:
    return heading if heading.endswith("(continued)") else f"{heading} (continued)"


def wrap_warning(message: str, width: int) -> list[PageLine]:
    """One warning as a block of lines, wrapped at about ``width`` characters."""
    # A character count is only a guess at the width; the painter shrinks to fit.
    wrapped = textwrap.wrap(message, width=width, break_long_words=True) or [message]
    return [
        PageLine(text, LineRole.WARNING if i == 0 else LineRole.WARNING_MORE)
        for i, text in enumerate(wrapped)
    ]


def fit_warnings(
    blocks: list[list[PageLine]], room: int
) -> tuple[list[PageLine], list[list[PageLine]]]:
    """Whole warnings that fit in ``room`` lines; a warning is never split across pages."""
    if sum(len(b) for b in blocks) <= room:
        return [line for block in blocks for line in block], []
    kept: list[PageLine] = []
    for i, block in enumerate(blocks):
        if len(kept) + len(block) > room - 1:  # keep a line for the note
            return kept, blocks[i:]
        kept += block
    return kept, []


def paginate(lines: list[PageLine], cap: PageCapacity) -> tuple[tuple[PageLine, ...], ...]:
    """Cut the continued lines into pages; each page restates the heading it continues."""
    per_page = cap.continuation_lines
    pages: list[list[PageLine]] = []
    page: list[PageLine] = []
    heading: str | None = None
    for line in lines:
        is_heading = line.role is LineRole.HEADING
        if len(page) >= per_page or (is_heading and len(page) >= per_page - 1):
            pages.append(page)
            page = []
            if not is_heading and heading is not None:
                page.append(PageLine(_continued(heading), LineRole.HEADING))
        if is_heading:
            heading = line.text
        page.append(line)
    if page:
        pages.append(page)
    return tuple(tuple(p) for p in pages)
