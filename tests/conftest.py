"""Every test runs offscreen, with its own store and settings, away from the user's data."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from radicale_server import RadicaleServer, make_calendar


def pytest_configure(config: pytest.Config) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_SCALE_FACTOR", "1")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the data folder, the config folder and PLANNER_DB into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("PLANNER_DB", str(tmp_path / "planner.db"))
    yield home


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """The path of this test's store (not created yet)."""
    return tmp_path / "planner.db"


# -- a real CalDAV server (Radicale) for the sync and calendar tests -----------------------


@pytest.fixture
def radicale_server(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A running Radicale server of this test's own, which it may ``stop()`` and
    ``start()`` again; stopped when the test ends."""
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def shared_radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """One server for a whole test module (each test makes its own calendar in it):
    starting Radicale takes about a second."""
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


_CALENDARS = itertools.count(1)


@pytest.fixture
def shared_calendar(shared_radicale: RadicaleServer) -> tuple[str, str]:
    """(server URL, calendar name): a new, empty calendar on the module's server."""
    name = f"plan-{next(_CALENDARS)}"
    make_calendar(shared_radicale.url, name)
    return shared_radicale.url, name
