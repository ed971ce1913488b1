"""Every test runs offscreen, with its own store and settings, away from the user's data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from caldav_server import RadicaleServer


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


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    """A real CalDAV server (Radicale) for the whole run; make a calendar per test with
    ``radicale.new_calendar()``."""
    from caldav_server import running_radicale

    with running_radicale(tmp_path_factory.mktemp("radicale")) as server:
        yield server
