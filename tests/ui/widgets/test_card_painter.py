"""Card text elides exactly as Qt would elide the whole text, however long it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from planner.ui.widgets.card_painter import elided, wrapped

TWEET = "Flu clinic dates are out: ask at reception or book online. " * 5
TEXTS = [
    "",
    "Short",
    TWEET,
    "x" * 1_500,
    "i" * 400,  # the narrowest common glyph
    "a\u200b" * 300,  # zero-width spaces: many characters, little width
    "\u200b" * 300 + TWEET,  # a prefix that fits, though the whole text does not
    "e\u0301" * 200,  # combining accents
    "Thank you to everyone who came ✨👩‍⚕️🦷 " * 10,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("width", [0.0, 8.0, 23.5, 61.0, 110.0, 400.0])
def test_elided_matches_qt_on_the_whole_text(qapp: QApplication, text: str, width: float) -> None:
    for font in (QFont(), QFont("DejaVu Sans", 7)):
        metrics = QFontMetricsF(font)
        whole = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        assert elided(text, metrics, width) == whole


def test_wrapped_breaks_at_spaces_and_ends_with_an_ellipsis(qapp: QApplication) -> None:
    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Spit, don't rinse! xx")
    lines = wrapped("Spit, don't rinse! The Oral Health Foundation explains why", metrics, width, 2)
    assert lines[0] == "Spit, don't rinse!"
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrapped("Short", metrics, width, 3) == ["Short"]
    assert wrapped("", metrics, width, 3) == [] and wrapped("Short", metrics, 0, 3) == []
    # A word wider than the card is broken rather than lost.
    long = wrapped("x" * 500, metrics, width, 3)
    assert len(long) == 3 and long[0].startswith("xxx") and long[-1].endswith("…")
