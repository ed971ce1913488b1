"""What the printed week page shows, decided before anything is painted.

Pure: no Qt. The painter only draws what this plan says, so every decision that could
lose a post (how many cards fit in a day, what spills to the overflow list, what goes on
a continuation page) is made here and tested without a printer.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from planner.core.domain import Kind, Post, Status, day_name, format_time, month_abbr, short_day
from planner.core.rules import evaluate_week
from planner.core.settings import Band, Settings
from planner.core.weeks import Week


@dataclass(frozen=True, slots=True)
class KindPrintStyle:
    """How a kind reads on a black-and-white printer: its border, not its colour."""

    border: str  # "solid", "dashed" or "double"
    hatched: bool
    meaning: str
    look: str


# Colour alone is lost on an office printer, so each kind also has a letter and a border.
KIND_PRINT_STYLES: dict[Kind, KindPrintStyle] = {
    Kind.ORIGINAL: KindPrintStyle("solid", False, "own content", "solid border"),
    Kind.SHARED: KindPrintStyle("dashed", False, "credited, from elsewhere", "dashed border"),
    Kind.PROMOTIONAL: KindPrintStyle("double", True, "selling", "double border, hatched"),
}


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
    def is_draft(self) -> bool:
        """Drafts are marked on the page: written, but nobody has scheduled them yet."""
        return self.post.status is Status.DRAFT

    @property
    def summary(self) -> str:
        """``10:30 X S Sharing the flu clinic times``: one line of the overflow list."""
        return f"{self.time_label} {self.platform_label} {self.letter} {self.text}"


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


@dataclass(frozen=True, slots=True)
class LegendEntry:
    kind: Kind
    letter: str
    label: str
    colour: str
    style: KindPrintStyle

    @property
    def text(self) -> str:
        return f"{self.letter} = {self.label}, {self.style.meaning}: {self.style.look}"


@dataclass(frozen=True, slots=True)
class MixBar:
    """One kind's share of the week against its target and band."""

    kind: Kind
    count: int
    total: int
    share: float
    target: float
    band: Band
    judged: bool  # False when the week has too few posts to judge

    @property
    def inside(self) -> bool:
        return not self.judged or self.band.min <= self.share <= self.band.max

    @property
    def text(self) -> str:
        """``Original 29% (2 of 7; target 30%, band 20–40%)``."""
        if self.band.min == 0:
            band = f"up to {_pct(self.band.max)}"
        else:
            band = f"{_pct(self.band.min)[:-1]}–{_pct(self.band.max)}"
        verdict = "" if self.inside else " OUTSIDE"
        return (
            f"{self.kind.label} {_pct(self.share)} ({self.count} of {self.total}; "
            f"target {_pct(self.target)}, band {band}){verdict}"
        )


@dataclass(frozen=True, slots=True)
class PagePlan:
    """Everything one week's printed plan shows, page by page."""

    week: Week
    practice_name: str
    title: str  # "Week 49 · 30 Nov – 6 Dec 2026"
    printed_line: str  # "Printed 28 Nov 2026"
    days: tuple[DayCell, ...]
    legend: tuple[LegendEntry, ...]
    mix: tuple[MixBar, ...]
    mix_note: str
    warnings: tuple[str, ...]  # the full messages
    warning_lines: tuple[PageLine, ...]  # what fits in the first page's box, wrapped
    overflow: tuple[PageLine, ...]  # what fits in the first page's overflow list
    continuation: tuple[tuple[PageLine, ...], ...] = ()  # pages 2, 3, ...
    capacity: PageCapacity = field(default_factory=PageCapacity)
    card_lines: int = 3  # lines each card is drawn with, the first for time and platform

    @property
    def page_count(self) -> int:
        return 1 + len(self.continuation)

    @property
    def has_overflow(self) -> bool:
        return any(day.spilled for day in self.days)

    def page_label(self, page: int) -> str:
        return f"Page {page + 1} of {self.page_count}"

    def cards(self) -> list[PlanCard]:
        """Every post of the week, shown in a cell or spilled, in time order."""
        return [card for day in self.days for card in (*day.cards, *day.spilled)]

    def listed_posts(self) -> list[Post]:
        """Every spilled post that has a line on some page's overflow list."""
        lines = [*self.overflow, *(line for page in self.continuation for line in page)]
        return [line.card.post for line in lines if line.card is not None]


def printed_line(day: dt.date) -> str:
    """``Printed 28 Nov 2026``, with English month names whatever the locale."""
    return f"Printed {day.day} {month_abbr(day)} {day.year}"


def build_page_plan(
    week: Week,
    posts: Iterable[Post],
    settings: Settings,
    printed_on: dt.date,
    capacity: PageCapacity | None = None,
) -> PagePlan:
    """Lay out one week: cards per day, what spills, the mix, the warnings, the pages.

    Posts outside ``week`` and ideas are left out; every other post appears exactly once,
    either as a card in its day or as a line on an overflow list.
    """
    cap = capacity or PageCapacity()
    in_week = sorted((p for p in posts if p.date is not None and p.date in week), key=_order)
    report = evaluate_week(week, in_week, settings)

    days = tuple(_day_cell(day, in_week, cap.cards_per_cell) for day in week.days())
    overflow_all = _overflow_lines(days)
    messages = tuple(w.message for w in report.warnings)
    width = cap.warning_chars_narrow if overflow_all else cap.warning_chars
    warning_blocks = [_wrap_warning(message, width) for message in messages]

    overflow, overflow_rest = _fit_overflow(overflow_all, cap.overflow_lines)
    warning_lines, warnings_rest = _fit_blocks(warning_blocks, cap.warning_lines)

    rest: list[PageLine] = []
    if overflow_rest:
        rest += overflow_rest
    if warnings_rest:
        rest.append(PageLine("Warnings (continued)", LineRole.HEADING))
        rest += [line for block in warnings_rest for line in block]
    continuation = _paginate(rest, cap)

    if overflow_rest:
        posts_left = sum(1 for line in overflow_rest if line.card is not None)
        overflow.append(PageLine(f"Continued on page 2: {posts_left} more posts", LineRole.NOTE))
    if warnings_rest:
        warning_lines.append(
            PageLine(f"Continued on page 2: {len(warnings_rest)} more warnings", LineRole.NOTE)
        )

    if report.enough_to_judge:
        mix_note = f"{report.posts} dated posts this week."
    else:
        mix_note = (
            f"{report.posts} dated posts: too few to judge the mix "
            f"(it needs {settings.min_posts_for_mix})."
        )
    return PagePlan(
        week=week,
        practice_name=settings.practice_name,
        title=week.title(),
        printed_line=printed_line(printed_on),
        days=days,
        legend=tuple(
            LegendEntry(kind, kind.letter, kind.label, kind.colour, KIND_PRINT_STYLES[kind])
            for kind in Kind
        ),
        mix=tuple(
            MixBar(
                kind=kind,
                count=report.mix[kind].count,
                total=report.posts,
                share=report.mix[kind].share,
                target=settings.targets.get(kind, 0.0),
                band=settings.bands[kind],
                judged=report.enough_to_judge,
            )
            for kind in Kind
        ),
        mix_note=mix_note,
        warnings=messages,
        warning_lines=tuple(warning_lines),
        overflow=tuple(overflow),
        continuation=continuation,
        capacity=cap,
        card_lines=cap.card_lines_for(max(day.total for day in days)),
    )


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _order(post: Post) -> tuple[dt.date, dt.time, int]:
    assert post.date is not None
    return (post.date, post.time or dt.time(0, 0), post.id if post.id is not None else -1)


def _card(post: Post) -> PlanCard:
    time_label = format_time(post.time) if post.time is not None else "--:--"
    return PlanCard(post=post, time_label=time_label, text=" ".join(post.text.split()))


def _day_cell(day: dt.date, posts: list[Post], fit: int) -> DayCell:
    cards = [_card(p) for p in posts if p.date == day]
    heading = f"{day_name(day)} {day.day} {month_abbr(day)}"
    return DayCell(day=day, heading=heading, cards=tuple(cards[:fit]), spilled=tuple(cards[fit:]))


def _overflow_lines(days: Iterable[DayCell]) -> list[PageLine]:
    lines: list[PageLine] = []
    for day in days:
        if day.spilled:
            lines.append(PageLine(f"More on {short_day(day.day)}", LineRole.HEADING))
            lines += [PageLine(card.summary, LineRole.POST, card) for card in day.spilled]
    return lines


def _fit_overflow(lines: list[PageLine], room: int) -> tuple[list[PageLine], list[PageLine]]:
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


def _wrap_warning(message: str, width: int) -> list[PageLine]:
    # A character count is only a guess at the width; the painter shrinks to fit.
    wrapped = textwrap.wrap(message, width=width, break_long_words=True) or [message]
    return [
        PageLine(text, LineRole.WARNING if i == 0 else LineRole.WARNING_MORE)
        for i, text in enumerate(wrapped)
    ]


def _fit_blocks(
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


def _paginate(lines: list[PageLine], cap: PageCapacity) -> tuple[tuple[PageLine, ...], ...]:
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
