"""Colours of the calendar: the kind colours from the core, made readable on the
current palette, light or dark.

Every colour here is derived from the palette at paint time, so a system switch to
a dark theme needs no restart and no second table of colours.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

from planner.core.domain import KIND_COLOURS, Kind

DARK_TEXT = QColor(20, 20, 20)
LIGHT_TEXT = QColor(255, 255, 255)


def kind_colour(kind: Kind) -> QColor:
    """The kind's one colour (Okabe-Ito), the same in the view, the tray and print."""
    return QColor(KIND_COLOURS[kind])


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``background``."""
    return QColor(DARK_TEXT if _dark_reads_better(background.rgb()) else LIGHT_TEXT)


@lru_cache(maxsize=256)
def _dark_reads_better(rgb: int) -> bool:
    # Cached: a repaint asks this for every card and only a few colours exist.
    background = QColor.fromRgb(rgb)
    return contrast(DARK_TEXT, background) >= contrast(LIGHT_TEXT, background)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """``amount`` of ``front`` laid over ``back`` (0 is all back, 1 all front)."""
    return QColor(
        round(front.red() * amount + back.red() * (1 - amount)),
        round(front.green() * amount + back.green() * (1 - amount)),
        round(front.blue() * amount + back.blue() * (1 - amount)),
    )


def base(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Base)


def card_fill(kind: Kind, palette: QPalette) -> QColor:
    """A tint of the kind colour over the page, calm enough to read text on."""
    return blend(kind_colour(kind), base(palette), 0.42 if is_dark(palette) else 0.30)


def card_border(kind: Kind, palette: QPalette) -> QColor:
    return blend(kind_colour(kind), base(palette), 0.75)


def badge_text(kind: Kind) -> QColor:
    """The letter's colour on a badge filled with the kind colour."""
    return readable_on(kind_colour(kind))


def text_on(background: QColor) -> QColor:
    return readable_on(background)


def weekend_shade(palette: QPalette) -> QColor:
    # Near black the eye needs a bigger step: 5% of light text on a dark page was lost.
    amount = 0.10 if is_dark(palette) else 0.05
    return blend(palette.color(QPalette.ColorRole.Text), base(palette), amount)


def gauge_track(palette: QPalette) -> QColor:
    """The empty part of a gauge: a step from the panel towards its text, so it sits
    darker on a light panel and lighter on a dark one (Mid is often left light)."""
    return blend(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.22
    )


def past_shade(palette: QPalette) -> QColor:
    """Days gone by: a grey a step deeper than the weekend's, under a hatch."""
    amount = 0.14 if is_dark(palette) else 0.07
    return blend(palette.color(QPalette.ColorRole.Text), base(palette), amount)


def past_hatch(palette: QPalette) -> QColor:
    amount = 0.22 if is_dark(palette) else 0.13
    return blend(palette.color(QPalette.ColorRole.Text), base(palette), amount)


def today_tint(palette: QPalette) -> QColor:
    return blend(focus_colour(palette), base(palette), 0.10)


def header_fill(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Window)


def grid_line(palette: QPalette, *, strong: bool) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Text), base(palette), 0.22 if strong else 0.09)


def muted_text(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Text), base(palette), 0.65)


def focus_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def warning_colour(palette: QPalette) -> QColor:
    """A red apart from the promotional vermillion, readable on the page."""
    return QColor("#FF8A80") if is_dark(palette) else QColor("#B3141F")


def warning_fill(palette: QPalette) -> QColor:
    return blend(warning_colour(palette), base(palette), 0.14)
