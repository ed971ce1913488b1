"""A real CalDAV server for tests: Radicale on a free loopback port, its collections in a
temporary folder, one user with a plain password. Start it with ``running_radicale``
(or the ``radicale`` fixture in tests/conftest.py); it is stopped when the block ends.

The calendar round trips (tests/io/test_caldav_round_trip.py) and the sync feature's
tests use it, so that what they check is what a real server does with the events.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

START_SECONDS = 30.0


@dataclass(frozen=True)
class RadicaleServer:
    """Where the server listens and who may use it."""

    url: str  # http://127.0.0.1:PORT/
    user: str
    password: str
    folder: Path  # its configuration, log and collections

    def client(self) -> Any:
        """A ``caldav.DAVClient`` logged in as the server's user."""
        import caldav

        return caldav.DAVClient(url=self.url, username=self.user, password=self.password)

    def new_calendar(self, name: str = "") -> Any:
        """A fresh, empty calendar of the user's (a ``caldav.Calendar``)."""
        principal = self.client().principal()
        return principal.make_calendar(name=name or f"plan-{uuid.uuid4().hex[:8]}")

    def log(self) -> str:
        path = self.folder / "radicale.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_radicale(
    folder: Path, *, user: str = "practice", password: str = "brush-twice-a-day"
) -> Iterator[RadicaleServer]:
    """Radicale serving ``folder`` while the block runs; stopped (and waited for) after it."""
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    users = folder / "users"
    users.write_text(f"{user}:{password}\n", encoding="utf-8")
    config = folder / "config"
    config.write_text(
        "\n".join(
            [
                "[server]",
                f"hosts = 127.0.0.1:{port}",
                "[auth]",
                "type = htpasswd",
                f"htpasswd_filename = {users}",
                "htpasswd_encryption = plain",
                "[rights]",
                "type = owner_only",
                "[storage]",
                f"filesystem_folder = {folder / 'collections'}",
                "[logging]",
                "level = warning",
                "",
            ]
        ),
        encoding="utf-8",
    )
    log = (folder / "radicale.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    server = RadicaleServer(f"http://127.0.0.1:{port}/", user, password, folder)
    try:
        _wait_until_listening(process, port, server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def _wait_until_listening(
    process: subprocess.Popen[bytes], port: int, server: RadicaleServer
) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Radicale stopped at start:\n{server.log()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"Radicale did not listen on port {port} in {START_SECONDS:.0f} s")
