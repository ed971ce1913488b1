"""A real Radicale CalDAV server for tests, on a free loopback port with its own folder.

The server runs as a child process, so stopping it is what a computer sees when the
practice's server goes away; a test may ``stop()`` it and ``start()`` it again (same port,
same folder). One user, ``USER``/``PASSWORD``. ``make_calendar(url, name)`` makes an empty
calendar in it and ``plain_calendar(url, name)`` opens one as a staff member's calendar
app would, through plain ``caldav``. The fixtures (``radicale_server``, one per test;
``shared_radicale``, one per module; ``shared_calendar``, a new calendar on that one) are
in tests/conftest.py.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


def make_calendar(url: str, name: str) -> str:
    """Make an empty calendar called ``name`` for ``USER``; return its URL."""
    import caldav

    with caldav.DAVClient(url=url, username=USER, password=PASSWORD) as client:
        calendar = client.principal().make_calendar(name=name, cal_id=name)
        return str(calendar.url)


def plain_calendar(url: str, name: str) -> Any:
    """The calendar ``name`` through plain ``caldav`` (a ``caldav.Calendar``): a staff
    member's calendar app. Its client stays open for as long as the calendar is used."""
    import caldav

    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
    for found in client.principal().get_calendars():
        if found.id == name:
            return found
    raise LookupError(name)
