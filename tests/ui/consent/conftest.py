"""The Consent window over a book holding a record in every state: a book in memory,
and the real store, so every window test runs over both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from memory_book import TODAY, MemoryBook, SampleBook, fill_sample
from pytestqt.qtbot import QtBot
from store_book_harness import StoreBook

from planner.store import open_store
from planner.ui.consent.window import ConsentWindow
from planner.ui.dialogs.prompts import ScriptedPrompts


@pytest.fixture(params=["memory", "store"])
def empty_book(
    request: pytest.FixtureRequest, db_file: Path, prompts: ScriptedPrompts
) -> Iterator[SampleBook]:
    if request.param == "memory":
        yield MemoryBook()
        return
    # A short wait for the write lock: a refusal test holds it from elsewhere.
    store = open_store(db_file, busy_timeout=0.1)
    yield StoreBook(store, prompts)
    store.close()


@pytest.fixture
def book(empty_book: SampleBook) -> SampleBook:
    return fill_sample(empty_book)


@pytest.fixture
def consent_window(qtbot: QtBot, book: SampleBook, prompts: ScriptedPrompts) -> ConsentWindow:
    window = ConsentWindow(book, prompts, book.move_to_ideas, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
