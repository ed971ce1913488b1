"""What the printed week page shows, decided before anything is painted.

Pure: no Qt. The painter only draws what this plan says, so every decision that could
lose a post (how many cards fit in a day, what spills to the overflow list, what goes on
a continuation page) is made here and tested without a printer. The fitting itself lives
in planner.core.page_fitting; this module puts it together with the mix and the key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from planner.core.consent_rule import ConsentCheck, consent_notes
from planner.core.domain import Kind, Post, Status, month_abbr
from planner.core.page_fitting import (
    CHECK_MARK,
    CHECK_WORDS,
    DayCell,
    LineRole,
    PageCapacity,
    PageLine,
    PlanCard,
    day_cell,
    fit_overflow,
    fit_warnings,
    has_reference,
    notes_fit_on_cards,
    overflow_lines,
    paginate,
    reference_blocks,
    wrap_warning,
)
from planner.core.rules import DailyLimitWarning, evaluate_week
from planner.core.settings import Band, Settings
from planner.core.weeks import Week

# The page's parts that are fitted in planner.core.page_fitting are part of the plan's
# vocabulary too: the painter and the tests name them from here.
__all__ = [
    "CHECK_MARK",
    "CHECK_WORDS",
    "KIND_PRINT_STYLES",
    "STATUS_PRINT_STYLES",
    "DayCell",
    "KindPrintStyle",
    "LegendEntry",
    "LineRole",
    "MixBar",
    "PageCapacity",
    "PageLine",
    "PagePlan",
    "PlanCard",
    "StatusPrintStyle",
    "build_page_plan",
    "printed_line",
]


@dataclass(frozen=True, slots=True)
class KindPrintStyle:
    """How a kind reads on a black-and-white printer: its letter, and promotional's
    hatching. (The border tells the status, as on screen.)"""

    hatched: bool
    meaning: str
    look: str  # what sets it apart beside its letter, or ""


# Colour alone is lost on an office printer, so each kind also has a letter.
KIND_PRINT_STYLES: dict[Kind, KindPrintStyle] = {
    Kind.ORIGINAL: KindPrintStyle(False, "own content", ""),
    Kind.SHARED: KindPrintStyle(False, "credited, from elsewhere", ""),
    Kind.PROMOTIONAL: KindPrintStyle(True, "selling", "hatched"),
}


@dataclass(frozen=True, slots=True)
class StatusPrintStyle:
    """How a status reads on paper, the way the calendar shows it."""

    border: str  # "dashed", "solid" or "thin"
    ticked: bool
    label: str  # the key's words


STATUS_PRINT_STYLES: dict[Status, StatusPrintStyle] = {
    Status.DRAFT: StatusPrintStyle("dashed", False, "dashed: draft, not scheduled yet"),
    Status.SCHEDULED: StatusPrintStyle("solid", False, "solid: scheduled"),
    Status.PUBLISHED: StatusPrintStyle("thin", True, "ticked, grey: published"),
}


@dataclass(frozen=True, slots=True)
class LegendEntry:
    kind: Kind
    letter: str
    label: str
    colour: str
    style: KindPrintStyle

    @property
    def text(self) -> str:
        look = f" ({self.style.look})" if self.style.look else ""
        return f"{self.letter} = {self.label}, {self.style.meaning}{look}"


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
    overflow: tuple[PageLine, ...]  # the first page's "More on ..." and notes and links
    continuation: tuple[tuple[PageLine, ...], ...] = ()  # pages 2, 3, ...
    capacity: PageCapacity = field(default_factory=PageCapacity)
    card_lines: int = 3  # lines each card is drawn with, the first for time and platform
    consent_posts: frozenset[int] = frozenset()  # posts whose consent does not hold
    awareness: tuple[tuple[str, ...], ...] = ()  # each day's awareness days, Monday first

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
        return [line.card.post for line in lines if line.card and line.role is LineRole.POST]

    def references(self) -> list[PlanCard]:
        """The cards whose notes and links are listed, by number."""
        return sorted((c for c in self.cards() if c.ref is not None), key=lambda c: c.ref or 0)


def printed_line(day: dt.date) -> str:
    """``Printed 28 Nov 2026``, with English month names whatever the locale."""
    return f"Printed {day.day} {month_abbr(day)} {day.year}"


def build_page_plan(
    week: Week,
    posts: Iterable[Post],
    settings: Settings,
    printed_on: dt.date,
    capacity: PageCapacity | None = None,
    consents: ConsentCheck | None = None,
    check: Collection[int] = (),
    awareness: Mapping[dt.date, Sequence[str]] | None = None,
) -> PagePlan:
    """Lay out one week: cards per day, what spills, the mix, the warnings, the pages.

    Posts outside ``week`` and ideas are left out; every other post appears exactly once,
    either as a card in its day or as a line on an overflow list. The posts in ``check``
    (ids with an open stop finding of the guard) are marked "check before posting".
    """
    cap = capacity or PageCapacity()
    in_week = sorted((p for p in posts if p.date is not None and p.date in week), key=_order)
    report = evaluate_week(week, in_week, settings, consents)

    # A quiet day prints each post's notes and link on its card; a busy one numbers
    # them for the list below the grid.
    roomy = {
        day: notes_fit_on_cards([p for p in in_week if p.date == day], cap.cards_per_cell, cap)
        for day in week.days()
    }
    numbered = [p for p in in_week if has_reference(p) and not (p.date and roomy[p.date])]
    refs = {post: n for n, post in enumerate(numbered, start=1)}
    limits: dict[dt.date, list[str]] = {}
    for warning in report.warnings:
        if isinstance(warning, DailyLimitWarning):
            note = f"{warning.count}/{warning.limit} {warning.platform.label}"
            limits.setdefault(warning.date, []).append(note)
    days = tuple(
        day_cell(
            day,
            in_week,
            cap.cards_per_cell,
            refs,
            tuple(limits.get(day, ())),
            roomy[day],
            check,
        )
        for day in week.days()
    )
    overflow_all = overflow_lines(days)
    numbered_cards = [card for day in days for card in (*day.cards, *day.spilled) if card.ref]
    numbered_cards.sort(key=lambda card: card.ref or 0)
    blocks = reference_blocks(numbered_cards, cap.reference_chars)
    if blocks:
        overflow_all.append(PageLine("Notes and links", LineRole.HEADING))
        overflow_all += [line for block in blocks for line in block]
    messages = tuple(w.message for w in report.warnings) + check_warning(days)
    width = cap.warning_chars_narrow if overflow_all else cap.warning_chars
    warning_blocks = [wrap_warning(message, width) for message in messages]

    overflow, overflow_rest = fit_overflow(overflow_all, cap.overflow_lines)
    warning_lines, warnings_rest = fit_warnings(warning_blocks, cap.warning_lines)

    rest: list[PageLine] = []
    if overflow_rest:
        rest += overflow_rest
    if warnings_rest:
        rest.append(PageLine("Warnings (continued)", LineRole.HEADING))
        rest += [line for block in warnings_rest for line in block]
    continuation = paginate(rest, cap)

    if overflow_rest:
        overflow.append(PageLine(_continued_note(overflow_rest), LineRole.NOTE))
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
        consent_posts=frozenset(consent_notes(report.warnings)),
        awareness=tuple(tuple((awareness or {}).get(day, ())) for day in week.days()),
    )


def check_warning(days: Iterable[DayCell]) -> tuple[str, ...]:
    """The warnings box's line for the cards marked "check before posting", if any."""
    count = sum(card.check for day in days for card in (*day.cards, *day.spilled))
    if not count:
        return ()
    noun = "post is" if count == 1 else "posts are"
    return (
        f'{count} {noun} marked "{CHECK_WORDS}": the guard found something that '
        "must not be posted as it is (a patient's details, a name, disparaging or profane "
        "words). Open each in the planner to see what.",
    )


def _continued_note(rest: list[PageLine]) -> str:
    """``Continued on page 2: 3 more posts, 2 notes``."""
    posts = sum(1 for line in rest if line.role is LineRole.POST)
    notes = sum(1 for line in rest if line.role is LineRole.REFERENCE)
    parts = [f"{posts} more posts"] if posts else []
    if notes:
        parts.append(f"{notes} {'note' if notes == 1 else 'notes'}")
    return f"Continued on page 2: {', '.join(parts)}"


def _pct(value: float) -> str:
    return f"{round(value * 100)}%"


def _order(post: Post) -> tuple[dt.date, dt.time, int]:
    assert post.date is not None
    return (post.date, post.time or dt.time(0, 0), post.id if post.id is not None else -1)
