"""The guard's findings underlined in a text box, with their messages on hover.

Findings index the text as Python does (code points); Qt counts UTF-16 units, so an
emoji before a finding would shift every mark after it. Both are converted here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from planner.core.guard import Finding
from planner.ui.widgets.theme import is_dark, warning_colour


def caution_colour(palette: QPalette) -> QColor:
    """Amber, apart from the warning red: worth a second look."""
    return QColor("#FFB74D") if is_dark(palette) else QColor("#9A5B00")


def severity_colour(severity: str, palette: QPalette) -> QColor:
    return warning_colour(palette) if severity == "stop" else caution_colour(palette)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def python_index(text: str, utf16_position: int) -> int:
    """The index in ``text`` of the character at ``utf16_position`` (as Qt counts)."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def document_text(document: QTextDocument) -> str:
    """The text exactly as typed, blocks joined by line breaks (as the guard reads it)."""
    return document.toRawText().replace("\u2029", "\n")


class FindingHighlighter(QSyntaxHighlighter):
    """Underlines each finding in ``document``: red for stop, amber for caution."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._findings: list[Finding] = []
        self._palette = palette

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: Sequence[Finding], palette: QPalette | None = None) -> None:
        self._findings = list(findings)
        if palette is not None:
            self._palette = palette
        self.rehighlight()

    def _block_start(self) -> int:
        """Where the current block starts in the document's text, in code points."""
        start = 0
        block = self.document().firstBlock()
        current = self.currentBlock()
        while block.isValid() and block != current:
            start += len(block.text()) + 1
            block = block.next()
        return start

    def highlightBlock(self, text: str) -> None:
        if not self._findings:
            return
        start = self._block_start()
        end = start + len(text)
        for finding in self._findings:
            first, last = max(finding.start, start), min(finding.end, end)
            if first >= last:
                continue
            offset = utf16_length(text[: first - start])
            length = utf16_length(text[first - start : last - start])
            mark = QTextCharFormat()
            mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            mark.setUnderlineColor(severity_colour(finding.severity, self._palette))
            mark.setToolTip(finding.message)
            self.setFormat(offset, length, mark)


class CheckedTextEdit(QPlainTextEdit):
    """A plain text box whose findings (``highlighter``) show their message on hover."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = FindingHighlighter(self.document(), self.palette())

    def text(self) -> str:
        return document_text(self.document())

    def finding_at(self, utf16_position: int) -> Finding | None:
        index = python_index(self.text(), utf16_position)
        for finding in self.highlighter.findings:
            if finding.start <= index < finding.end:
                return finding
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            viewport_point = self.viewport().mapFromGlobal(event.globalPos())
            position = self.cursorForPosition(viewport_point).position()
            finding = self.finding_at(position)
            if finding is not None:
                QToolTip.showText(event.globalPos(), finding.message, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
