"""The week's cards on the printed page: the largest type the days leave room for, each
card as tall as its whole text where its day has room, and the card itself.

The type is the same on every card of the page: from 11 pt down to 9 pt, the largest
at which every day shows every text whole. A week too busy for that prints at 9 pt,
and only then are the longest texts of the busiest days cut, the short ones kept whole
(planner.core.page_fitting.share_lines).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter

from planner.core.domain import Kind, Status
from planner.core.page_fitting import DayCell, PlanCard, share_lines
from planner.printing.consent_mark import draw_consent_tag
from planner.printing.guard_mark import paint_check_line
from planner.printing.ink import (
    FAINT,
    INK,
    count_lines,
    draw_kind_frame,
    draw_letter_badge,
    draw_text,
    draw_tick,
    font,
    kind_colour,
    metrics,
    printable,
    tint,
    wrap_lines,
)

LARGEST_PT = 11.0
LEAST_PT = 9.0  # a card's text is never smaller than this
STEP_PT = 0.5
LEADING = 1.22  # line height, in the type's size
CHROME = 0.8  # lines a card takes besides its text: padding above, below and between
PAD = 0.22  # padding inside a card, in lines


@dataclass(frozen=True, slots=True)
class CardType:
    """The type size of the page's cards and the text lines each card is given."""

    px: float
    line: float  # line height in px
    text_lines: dict[tuple[int, int], int]  # (day, card) -> lines of its text and note
    whole: bool  # every text is shown whole

    @property
    def font(self) -> QFont:
        return card_font(self.px)


def card_font(px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A card's type at ``px``, rounded up to whole pixels as fonts are sized: 9 pt
    never prints as 8.9."""
    return font(math.ceil(px - 1e-6), bold=bold, italic=italic)


def card_text_width(cell_width: float, line: float) -> float:
    """The width a card's text wraps to in a day ``cell_width`` wide."""
    return cell_width - 2 * _cell_pad(line) - 2 * line * PAD - line * 0.32 - line * 0.25


def _cell_pad(line: float) -> float:
    return line * 0.22


def fit_cards(
    painter: QPainter, days: Sequence[DayCell], cell_width: float, room: float, pt: float
) -> CardType:
    """The largest type (LEAST_PT to LARGEST_PT) at which every day's cards show their
    whole texts in ``room`` px of height; else LEAST_PT, with each day's lines shared."""
    size = LARGEST_PT
    while True:
        px = size * pt
        line = px * LEADING
        width = card_text_width(cell_width, line)
        parts = {
            (d, c): _needs(painter, card, px, width)
            for d, day in enumerate(days)
            for c, card in enumerate(day.cards)
        }
        needs = {key: text + note for key, (text, note) in parts.items()}
        fits = all(
            _height(day, [needs[(d, c)] for c in range(len(day.cards))], line) <= room
            for d, day in enumerate(days)
        )
        if fits:
            return CardType(px, line, needs, whole=True)
        if size - STEP_PT < LEAST_PT - 1e-6:
            break
        size -= STEP_PT
    shared: dict[tuple[int, int], int] = {}
    for d, day in enumerate(days):
        wanted = [needs[(d, c)] for c in range(len(day.cards))]
        floors = [parts[(d, c)][1] + 1 for c in range(len(day.cards))]  # notes stay whole
        spare = room - _height(day, [0] * len(wanted), line)
        given = share_lines(wanted, max(int(spare // line), 0), least=floors)
        shared.update({(d, c): lines for c, lines in enumerate(given)})
    return CardType(px, line, shared, whole=False)


def _needs(painter: QPainter, card: PlanCard, px: float, width: float) -> tuple[int, int]:
    """The lines ``card``'s text and the rest of the card (its note, the guard's mark)
    take at ``px``; the rest is never cut."""
    body = card_font(px)
    text = max(count_lines(painter, _words(painter, card, body), body, width), 1)
    note_font = card_font(px, italic=True)
    shown = printable(card.note, metrics(painter, note_font))
    return text, count_lines(painter, shown, note_font, width) + int(card.check)


def _height(day: DayCell, text_lines: list[int], line: float) -> float:
    """The height ``day``'s cards take with ``text_lines`` lines of text each."""
    cards = sum((1 + lines + CHROME) * line for lines in text_lines)
    return cards + (line if day.spilled else 0.0)  # "+3 more: see list"


def _words(painter: QPainter, card: PlanCard, body: QFont) -> str:
    return printable(card.text, metrics(painter, body))


@dataclass(frozen=True, slots=True)
class PaintedCard:
    """Where one post's card landed; ``swatch`` is solid in the kind's colour."""

    post_id: int | None
    kind: Kind
    rect: QRectF
    swatch: QRectF
    lines: list[str]  # its text as printed, line by line


def lay_out_day(
    cell: QRectF, top: float, day_index: int, day: DayCell, sizing: CardType
) -> list[QRectF]:
    """Where each of ``day``'s cards goes, from ``top`` down, in ``cell``."""
    line = sizing.line
    pad = _cell_pad(line)
    rects = []
    y = top + pad
    for c in range(len(day.cards)):
        height = (1 + sizing.text_lines[(day_index, c)] + CHROME - 0.3) * line
        rects.append(QRectF(cell.left() + pad, y, cell.width() - 2 * pad, height))
        y += height + line * 0.3
    return rects


def paint_card(
    painter: QPainter,
    rect: QRectF,
    card: PlanCard,
    sizing: CardType,
    text_lines: int,
    unit: float,
    consent: bool = False,
) -> PaintedCard:
    """One card: its kind (swatch, letter, hatching) and status (border, tick or
    "draft", quieter when published), time, platform, note number, and its text."""
    line = sizing.line
    published = card.status is Status.PUBLISHED
    draw_kind_frame(painter, rect, card.kind, unit, card.status)
    inset = line * PAD
    swatch = QRectF(rect.left() + inset, rect.top() + inset, line * 0.32, rect.height() - 2 * inset)
    painter.fillRect(
        swatch, tint(kind_colour(card.kind), 0.5) if published else kind_colour(card.kind)
    )
    text_left = swatch.right() + line * 0.25
    right = rect.right() - inset
    header = QRectF(text_left, rect.top() + inset, right - text_left, line)
    badge_side = line * 0.86
    badge = QRectF(
        right - badge_side, header.top() + (line - badge_side) / 2, badge_side, badge_side
    )
    draw_letter_badge(painter, badge, card.kind, unit)
    end = badge.left() - line * 0.2
    if consent:  # "CONSENT", white on black: the warnings box says what is wrong
        line_left = QRectF(header.left(), header.top(), end - header.left(), line)
        end = draw_consent_tag(painter, line_left, sizing.px * 0.85).right()
    bold = card_font(sizing.px, bold=True)
    small_bold = card_font(sizing.px * 0.85, bold=True)
    if card.ref is not None:  # its number in the notes and links below
        mark = f"[{card.ref}]"
        width = metrics(painter, small_bold).horizontalAdvance(mark)
        draw_text(
            painter, QRectF(end - width, header.top(), width, line), mark, small_bold, elide=False
        )
        end -= width + line * 0.2
    if published:
        tick = QRectF(end - line * 0.8, header.top() + line * 0.1, line * 0.8, line * 0.8)
        draw_tick(painter, tick)
        end = tick.left() - line * 0.15
    elif card.status is Status.DRAFT:
        tag = card_font(sizing.px * 0.85, bold=True, italic=True)
        width = metrics(painter, tag).horizontalAdvance("draft")
        if end - width > header.left() + metrics(painter, bold).horizontalAdvance("00:00 XX"):
            draw_text(
                painter, QRectF(end - width, header.top(), width, line), "draft", tag, elide=False
            )
            end -= width + line * 0.2
    colour = FAINT if published else INK
    time_w = metrics(painter, bold).horizontalAdvance(card.time_label + " ")
    draw_text(painter, header, card.time_label, bold, colour=colour, elide=False)
    body = sizing.font
    room = end - header.left() - time_w
    label = card.platform_label
    if metrics(painter, body).horizontalAdvance(label) > room:
        label = card.platform_short  # "IG" reads better than "Inst…"
    platform = QRectF(header.left() + time_w, header.top(), max(room, 0.0), line)
    draw_text(painter, platform, label, body, colour=colour)
    width = right - text_left
    note_font = card_font(sizing.px, italic=True)
    note = printable(card.note, metrics(painter, note_font))
    note_lines = count_lines(painter, note, note_font, width)
    first = 1 + int(card.check)  # the guard's mark takes the line under the header
    if card.check:
        paint_check_line(painter, QRectF(text_left, header.bottom(), width, line), sizing.px)
    room = text_lines - note_lines - int(card.check)
    lines = wrap_lines(painter, _words(painter, card, body), body, width, room)
    for i, text in enumerate(lines):
        row = QRectF(text_left, header.top() + (i + first) * line, width, line)
        draw_text(painter, row, text, body, colour=colour, elide=False)
    # Its notes and link, where the day had room for them (else they are numbered).
    below = header.top() + (len(lines) + first) * line
    for i, text in enumerate(wrap_lines(painter, note, note_font, width, note_lines)):
        row = QRectF(text_left, below + i * line, width, line)
        draw_text(painter, row, text, note_font, colour=FAINT, elide=False)
    return PaintedCard(card.post.id, card.kind, QRectF(rect), swatch, lines)


def paint_more_note(painter: QPainter, rect: QRectF, text: str, sizing: CardType) -> None:
    draw_text(painter, rect, text, card_font(sizing.px, bold=True, italic=True))


def paint_empty_day(painter: QPainter, rect: QRectF, sizing: CardType) -> None:
    draw_text(painter, rect, "No posts", card_font(sizing.px, italic=True), colour=FAINT)
