"""Offline stays the default: with sharing off the window opens no socket, whatever runs
(the background timer, Sync Now); the first socket opens only once sharing is turned on.
(The whole session without sharing is tests/ui/window/test_privacy.py.)"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from radicale_server import USER
from socket_support import inet_sockets_of_this_process

from planner.ui.dialogs.settings_dialog import SettingsDialog
from planner.ui.sync.controller import SyncController
from planner.ui.window.main_window import MainWindow


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every address this process connects a socket to, from now on (still connected)."""
    seen: list[object] = []
    real = socket.socket.connect

    def watched(self: socket.socket, address: object) -> None:
        seen.append(address)
        real(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", watched)
    yield seen


@pytest.mark.usefixtures("password")  # PLANNER_CALDAV_PASSWORD, as a script gives it
def test_the_first_socket_opens_only_after_sharing_is_turned_on(
    qtbot: QtBot,
    window: MainWindow,
    shared_calendar: tuple[str, str],
    connections: list[object],
) -> None:
    controller = window.findChild(SyncController)
    assert isinstance(controller, SyncController)
    url, calendar = shared_calendar
    assert inet_sockets_of_this_process() == []

    # Sharing off: the timer ticks, Sync Now is pressed, and nothing goes out.
    controller.timer.setInterval(20)
    qtbot.wait(300)
    controller.sync_action.trigger()
    qtbot.wait(100)
    assert (
        window.statusBar().currentMessage() == "Sharing is off: turn it on in Settings → Sharing."
    )
    assert not controller.busy
    assert connections == [] and inet_sockets_of_this_process() == []

    # Turned on in Settings → Sharing, the next tick syncs: now, and only now, a socket.
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.sharing.url_edit.setText(url)
    dialog.sharing.user_edit.setText(USER)
    dialog.sharing.calendar_edit.setText(calendar)
    assert connections == []
    dialog.accept()
    qtbot.waitUntil(lambda: controller.status.text().startswith("Synced "), timeout=30_000)
    port = int(url.rsplit(":", 1)[1].strip("/"))
    assert connections and set(connections) == {("127.0.0.1", port)}  # the server, only
