"""The window's sharing tests: a keyring in memory and the calendar password (the
Radicale server and calendar fixtures are in tests/conftest.py)."""

from __future__ import annotations

import pytest
from memory_keyring import memory_keyring, no_keyring  # noqa: F401  (fixtures)
from radicale_server import PASSWORD


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The calendar password, as a script gives it."""
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
