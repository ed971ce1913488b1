"""The Consent window over a book in memory holding a record in every state."""

from __future__ import annotations

import pytest
from memory_book import TODAY, MemoryBook, sample_book
from pytestqt.qtbot import QtBot

from planner.ui.consent.window import ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts


@pytest.fixture
def book() -> MemoryBook:
    return sample_book()


@pytest.fixture
def consent_window(qtbot: QtBot, book: MemoryBook, prompts: ScriptedPrompts) -> ConsentWindow:
    window = ConsentWindow(book, prompts, book.move_to_ideas, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
