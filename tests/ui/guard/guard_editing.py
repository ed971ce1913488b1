"""What the guard's window tests share: posts with findings, the editor's underlines as
drawn, and the editor's guard section."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from planner.core.domain import Kind, Platform, Post, Status
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.guard.editor_section import GuardSection
from planner.ui.guard.highlighter import python_index
from planner.ui.widgets.shield_badge import severity_colour
from planner.ui.widgets.theme import muted_text
from planner.ui.window.main_window import MainWindow

THURSDAY = dt.date(2026, 12, 3)
PHONE_TEXT = "Get well soon! Ring the ward on 07700 900123 for visiting times."
PHONE = "07700 900123"


def flagged_post(text: str = PHONE_TEXT, kind: Kind = Kind.ORIGINAL) -> Post:
    return Post(Platform.X, kind, text, Status.SCHEDULED, THURSDAY, dt.time(11, 0))


def underlines(box: QPlainTextEdit, palette: QPalette) -> list[tuple[str, str]]:
    """Each underlined run of the text as drawn: (its words, "stop", "caution" or
    "acknowledged"), read from the formats laid on the document's blocks."""
    looks = {
        severity_colour("stop", palette).name(): "stop",
        severity_colour("caution", palette).name(): "caution",
        muted_text(palette).name(): "acknowledged",
    }
    found: list[tuple[str, str]] = []
    block = box.document().begin()
    while block.isValid():
        text = block.text()
        for run in block.layout().formats():
            fmt = run.format
            if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline:
                continue
            first = python_index(text, run.start)
            last = python_index(text, run.start + run.length)
            look = looks.get(QColor(fmt.underlineColor()).name(), "?")
            if look == "acknowledged":
                assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
            else:
                assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
            found.append((text[first:last], look))
        block = block.next()
    return found


def open_editor(window: MainWindow, post_id: int | None = None) -> tuple[PostEditor, GuardSection]:
    """The editor of ``post_id`` (None: a new post on Thursday), and its guard section."""
    if post_id is None:
        window.edits.new_post_at(THURSDAY, dt.time(10, 0))
    else:
        window.edits.edit_post(post_id)
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    section = next(s for s in editor.sections if isinstance(s, GuardSection))
    return editor, section
