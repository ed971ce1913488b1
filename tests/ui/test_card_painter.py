"""Card text elides exactly as Qt would elide the whole text, however long it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from planner.ui.card_painter import elided

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
