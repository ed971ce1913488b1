"""The sync tests' server: a real Radicale on loopback, with an empty shared calendar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from radicale_server import (  # noqa: F401  (fixtures used by the tests)
    make_calendar,
    radicale_server,
    radicale_url,
)
from sync_helpers import CALENDAR, Computer


@pytest.fixture
def calendar_url(radicale_url: str) -> str:  # noqa: F811
    """The shared calendar, made empty on the test's own server."""
    return make_calendar(radicale_url, CALENDAR)


@pytest.fixture
def computers(
    tmp_path: Path,
    radicale_url: str,  # noqa: F811
    calendar_url: str,
) -> Iterator[tuple[Computer, Computer]]:
    """Two computers sharing the calendar: at the desk and at home."""
    desk = Computer(tmp_path / "desk.db", radicale_url)
    home = Computer(tmp_path / "home.db", radicale_url)
    yield desk, home
    desk.close()
    home.close()
