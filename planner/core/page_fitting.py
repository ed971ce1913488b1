"""How a week's posts fit the printed page: cards per day cell, what spills from a full
day onto the overflow list, and the continuation pages that take what the first page
cannot hold. Pure, like the plan it feeds (planner.core.page_plan); nothing is dropped.
"""

from __future__ import annotations

import datetime as dt
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
    overflow_lines: int = 14  # the "More on ..." list on the first page
    warning_lines: int = 14
    warning_chars: int = 70  # wrap width of the warnings box
    warning_chars_narrow: int = 52  # ... when the overflow list shares the band
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
    text: str  # the whole text on one line; the painter cuts it with "…"
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


@dataclass(frozen=True, slots=True)
class PageLine:
    text: str
    role: LineRole
    card: PlanCard | None = None


def _card(post: Post, check: Collection[int]) -> PlanCard:
    time_label = format_time(post.time) if post.time is not None else "--:--"
    text = " ".join(post.text.split())
    return PlanCard(post=post, time_label=time_label, text=text, check=post.id in check)


def day_cell(day: dt.date, posts: list[Post], fit: int, check: Collection[int] = ()) -> DayCell:
    """``day``'s posts (``posts`` in time order): the first ``fit`` as cards, the rest
    spilled; the posts in ``check`` are marked "check before posting"."""
    cards = [_card(p, check) for p in posts if p.date == day]
    heading = f"{day_name(day)} {day.day} {month_abbr(day)}"
    return DayCell(day=day, heading=heading, cards=tuple(cards[:fit]), spilled=tuple(cards[fit:]))


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
    heading is never left alone at the bottom, and the rest restates its day's heading.
    """
    if len(lines) <= room:
        return list(lines), []
    keep = room - 1
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
