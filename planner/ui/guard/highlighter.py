"""The guard's underlines in a text box: a wavy line under each finding's span, red for
stop and amber for caution; dotted grey under one the practice acknowledged.

The findings index the text as Python does (one index per character); Qt counts in
UTF-16, where an emoji takes two. ``utf16_length`` turns one into the other, so an
underline after an emoji still sits under its own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from planner.ui.widgets.shield_badge import severity_colour
from planner.ui.widgets.theme import muted_text


@dataclass(frozen=True, slots=True)
class Mark:
    """One underline: a span of the whole text (Python indices) and how it looks."""

    start: int
    end: int
    severity: str  # "stop" or "caution"
    acknowledged: bool = False


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` takes, as Qt counts positions."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def python_index(text: str, units: int) -> int:
    """The Python index in ``text`` of the character at UTF-16 position ``units``."""
    if text.isascii():
        return min(units, len(text))
    count = 0
    for index, char in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class FindingHighlighter(QSyntaxHighlighter):
    """Underlines the ``Mark``s given to ``show`` in its document's blocks."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._marks: list[Mark] = []
        self._block_starts: list[int] = []  # each block's first index in the whole text
        self._formats = _formats(palette)
        self.showing = False

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def show(self, marks: list[Mark]) -> None:
        """Underline ``marks`` (spans of the document's whole text) from now on."""
        starts: list[int] = []
        offset = 0
        block = self.document().begin()
        while block.isValid():
            starts.append(offset)
            offset += len(block.text()) + 1  # the block's end is one "\n" of the text
            block = block.next()
        self._marks = list(marks)
        self._block_starts = starts
        self.showing = True  # rehighlight() ends an edit block: textChanged fires again
        try:
            self.rehighlight()
        finally:
            self.showing = False

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        if not self._marks or number >= len(self._block_starts):
            return
        offset = self._block_starts[number]
        end = offset + len(text)
        for mark in self._marks:
            if mark.end <= offset or mark.start >= end or mark.start == mark.end:
                continue
            first = max(mark.start, offset) - offset
            last = min(mark.end, end) - offset
            start16 = utf16_length(text[:first])
            length16 = utf16_length(text[first:last])
            self.setFormat(start16, length16, self._formats[_look(mark)])


def _look(mark: Mark) -> str:
    return "acknowledged" if mark.acknowledged else mark.severity


def _formats(palette: QPalette) -> dict[str, QTextCharFormat]:
    formats: dict[str, QTextCharFormat] = {}
    for look in ("stop", "caution", "acknowledged"):
        fmt = QTextCharFormat()
        if look == "acknowledged":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(muted_text(palette))
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(severity_colour(look, palette))
        formats[look] = fmt
    return formats
