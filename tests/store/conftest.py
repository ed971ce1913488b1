"""A fresh store per store test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.store import Store, open_store


@pytest.fixture
def store(db_file: Path) -> Iterator[Store]:
    opened = open_store(db_file)
    yield opened
    opened.close()
