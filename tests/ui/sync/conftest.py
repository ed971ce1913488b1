"""The window's sharing tests: a real Radicale on loopback, a calendar per test, and a
keyring in memory."""

from __future__ import annotations

import itertools

import pytest
from memory_keyring import memory_keyring, no_keyring  # noqa: F401  (fixtures)
from radicale_server import (  # noqa: F401  (fixtures)
    PASSWORD,
    RadicaleServer,
    make_calendar,
    radicale_server,
    shared_radicale,
)

_NAMES = itertools.count(1)


@pytest.fixture
def shared_calendar(shared_radicale: RadicaleServer) -> tuple[str, str]:  # noqa: F811
    """(server URL, calendar name): a new, empty calendar on the module's server."""
    name = f"window-{next(_NAMES)}"
    make_calendar(shared_radicale.url, name)
    return shared_radicale.url, name


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The calendar password, as a script gives it."""
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)
