"""The sync tests' two computers, sharing a fresh calendar on a real Radicale on loopback
(the server fixtures are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from memory_keyring import memory_keyring, no_keyring  # noqa: F401  (fixtures)
from sync_helpers import Computer


@pytest.fixture
def computers(
    tmp_path: Path, shared_calendar: tuple[str, str]
) -> Iterator[tuple[Computer, Computer]]:
    """Two computers sharing one calendar: at the desk and at home."""
    url, name = shared_calendar
    desk = Computer(tmp_path / "desk.db", url, name)
    home = Computer(tmp_path / "home.db", url, name)
    yield desk, home
    desk.close()
    home.close()
