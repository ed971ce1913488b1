"""Fixtures for the window's parts: a real store, scripted prompts, settings in tmp_path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.store import Store, open_store
from planner.ui.context import AppContext, qsettings_at
from planner.ui.prompts import ScriptedPrompts

# A Wednesday in the week the product notes use as their example (2026-W49).
TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def store(db_file: Path) -> Iterator[Store]:
    opened = open_store(db_file)
    yield opened
    opened.close()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window_settings(tmp_path: Path) -> Path:
    """The INI file that stands in for the user's window settings."""
    return tmp_path / "window.ini"


@pytest.fixture
def context(store: Store, prompts: ScriptedPrompts, window_settings: Path) -> AppContext:
    return AppContext(
        store, prompts=prompts, qsettings=qsettings_at(window_settings), today=lambda: TODAY
    )
