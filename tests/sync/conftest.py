"""The sync tests' server: a real Radicale on loopback, and a fresh calendar per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from memory_keyring import memory_keyring, no_keyring  # noqa: F401  (fixtures)
from radicale_server import (  # noqa: F401  (fixtures used by the tests)
    RadicaleServer,
    make_calendar,
    radicale_server,
    radicale_url,
    shared_radicale,
)
from sync_helpers import Computer

_NAMES = itertools.count(1)


@pytest.fixture
def calendar_name(shared_radicale: RadicaleServer) -> str:  # noqa: F811
    """A new, empty calendar on the module's server, for this test alone."""
    name = f"plan-{next(_NAMES)}"
    make_calendar(shared_radicale.url, name)
    return name


@pytest.fixture
def computers(
    tmp_path: Path,
    shared_radicale: RadicaleServer,  # noqa: F811
    calendar_name: str,
) -> Iterator[tuple[Computer, Computer]]:
    """Two computers sharing one calendar: at the desk and at home."""
    desk = Computer(tmp_path / "desk.db", shared_radicale.url, calendar_name)
    home = Computer(tmp_path / "home.db", shared_radicale.url, calendar_name)
    yield desk, home
    desk.close()
    home.close()
