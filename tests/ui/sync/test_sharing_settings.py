"""Settings → Sharing: the server, user and calendar are settings (one undo step), the
password goes to the keyring, and "Test connection" logs in without freezing the form."""

from __future__ import annotations

import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from radicale_server import PASSWORD, USER

from planner.store import Store
from planner.sync.password import SERVICE
from planner.ui.dialogs.settings_dialog import SettingsDialog
from planner.ui.window.main_window import MainWindow


def open_settings(window: MainWindow) -> SettingsDialog:
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    return dialog


def fill(dialog: SettingsDialog, url: str, calendar: str, password: str = "") -> None:
    sharing = dialog.sharing
    sharing.url_edit.setText(url)
    sharing.user_edit.setText(USER)
    sharing.calendar_edit.setText(calendar)
    sharing.password_edit.setText(password)


def ok(dialog: SettingsDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[return-value]


def test_sharing_is_saved_as_settings_and_the_password_in_the_keyring(
    window: MainWindow, store: Store, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_settings(window)
    assert dialog.sharing.result_label.text() == "Off: the plan stays on this computer."
    fill(dialog, "https://cloud.example.org/remote.php/dav", "Practice plan", "s3cret")
    assert ok(dialog).isEnabled()
    dialog.accept()
    settings = store.settings()
    assert (settings.sync_url, settings.sync_user, settings.sync_calendar) == (
        "https://cloud.example.org/remote.php/dav",
        USER,
        "Practice plan",
    )
    assert "s3cret" not in str(settings.to_dict())  # never in the store
    assert memory_keyring.kept == {(SERVICE, USER): "s3cret"}
    window.context.undo_stack.undo()  # one undo step turns sharing off again
    assert store.settings().sync_url == ""


def test_half_filled_sharing_says_what_is_missing(window: MainWindow) -> None:
    dialog = open_settings(window)
    dialog.sharing.url_edit.setText("cloud.example.org")
    assert not ok(dialog).isEnabled()
    problems = dialog.problems_label.text()
    assert "starts with https://" in problems and "user name" in problems
    assert "name of the calendar" in problems
    dialog.reject()


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_a_typed_password_is_refused_with_the_way_out(
    window: MainWindow,
) -> None:
    dialog = open_settings(window)
    fill(dialog, "https://cloud.example.org/", "plan", "s3cret")
    assert not ok(dialog).isEnabled()
    assert "set PLANNER_CALDAV_PASSWORD" in dialog.problems_label.text()
    dialog.sharing.password_edit.clear()
    assert ok(dialog).isEnabled()
    dialog.reject()


def test_test_connection_logs_in_on_a_worker_and_says_what_it_found(
    qtbot: QtBot, window: MainWindow, shared_calendar: tuple[str, str]
) -> None:
    url, calendar = shared_calendar
    dialog = open_settings(window)
    fill(dialog, url, calendar, PASSWORD)
    label = dialog.sharing.result_label
    dialog.sharing.test_button.click()
    assert not dialog.sharing.test_button.isEnabled()  # the form stays live meanwhile
    qtbot.waitUntil(lambda: dialog.sharing.test_button.isEnabled(), timeout=20_000)
    assert label.text() == f"Connected: the calendar '{calendar}' holds 0 events."

    dialog.sharing.password_edit.setText("wrong")
    dialog.sharing.test_button.click()
    qtbot.waitUntil(lambda: dialog.sharing.test_button.isEnabled(), timeout=20_000)
    assert label.text().startswith(f"The calendar server at {url} refused user '{USER}'")
    dialog.reject()
