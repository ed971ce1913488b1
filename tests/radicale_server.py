"""A real Radicale CalDAV server for tests, on a free loopback port with its own folder.

Use the ``radicale_url`` fixture for the server's base URL (``http://127.0.0.1:PORT/``)
and ``make_calendar(url, name)`` for an empty calendar in it. The ``radicale_server``
fixture hands out the server itself, which a test may ``stop()`` and ``start()`` again
(same port, same folder); ``shared_radicale`` is one server for a whole module. The
server runs as a child process, so stopping it is what a computer sees when the
practice's server goes away. One user, ``USER``/``PASSWORD``.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

USER = "practice"
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Radicale's own test set-up: the configuration file, plus its private switch that skips
# syncing each write to disk (a test's server lives for seconds, and fsync would make the
# 2,000-post test wait on the disk rather than on the protocol).
_LAUNCH = """
import sys
from radicale import config, log, server
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": "False"}}, "tests", privileged=True)
log.setup()
log.set_level(configuration.get("logging", "level"), False, "")
server.serve(configuration)
"""


class RadicaleServer:
    """Radicale in a child process: ``start``, ``stop``, and the ``url`` it serves."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self._process: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            "\n".join(
                [
                    "[server]",
                    f"hosts = 127.0.0.1:{self.port}",
                    "delay_on_error = 0",
                    "[auth]",
                    "type = htpasswd",
                    f"htpasswd_filename = {folder / 'users'}",
                    "htpasswd_encryption = plain",
                    "delay = 0.01",
                    "[rights]",
                    "type = owner_only",
                    "[storage]",
                    f"filesystem_folder = {folder / 'collections'}",
                    "[logging]",
                    "level = warning",
                    "mask_passwords = True",
                    "",
                ]
            ),
            encoding="utf-8",
        )

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 20.0) -> None:
        """Start the server and wait until it takes connections."""
        if self.running:
            return
        with (self.folder / "radicale.log").open("ab") as log:  # the child keeps its own
            self._process = subprocess.Popen(
                [sys.executable, "-c", _LAUNCH, str(self.folder / "config")],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                log = (self.folder / "radicale.log").read_text(errors="replace")
                raise RuntimeError(f"Radicale did not start:\n{log}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Radicale did not listen on port {self.port} in {timeout} s")

    def stop(self) -> None:
        """Stop the server at once (its connections drop), and wait until it is gone."""
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()
        process.wait(timeout=10)


@pytest.fixture
def radicale_server(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A running Radicale server of this test's own; stopped when the test ends."""
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


@pytest.fixture
def radicale_url(radicale_server: RadicaleServer) -> str:
    """The base URL of this test's Radicale server, like ``http://127.0.0.1:5232/``."""
    return radicale_server.url


def make_calendar(url: str, name: str, user: str = USER, password: str = PASSWORD) -> str:
    """Make an empty calendar called ``name`` for ``user``; return its URL."""
    import caldav

    with caldav.DAVClient(url=url, username=user, password=password) as client:
        calendar = client.principal().make_calendar(name=name, cal_id=name)
        return str(calendar.url)
