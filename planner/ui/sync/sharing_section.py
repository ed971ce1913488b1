"""Settings → Sharing: the calendar server, user, calendar and password, and a test.

The address, user and calendar are settings (saved with the others, one undo step);
the password goes to the system keyring when the dialog is accepted, never to the
store. "Test connection" logs in on a worker thread and says what it found.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.core.settings import Settings
from planner.sync.client import Account
from planner.sync.errors import SyncError
from planner.sync.password import KeyringUnavailable, keep_password, keyring_available


def _line(text: str, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


class SharingSection(QGroupBox):
    """The Sharing part of the settings dialog."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Sharing (a CalDAV calendar: Nextcloud, Radicale…)", parent)
        self.setAccessibleName("Sharing")
        self.url_edit = _line(settings.sync_url, "Calendar server", "https://cloud.example.org/")
        self.user_edit = _line(settings.sync_user, "Calendar user", "the server's user name")
        self.calendar_edit = _line(settings.sync_calendar, "Calendar", "the calendar's name")
        self.password_edit = _line("", "Calendar password", "kept in the system keyring")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton("&Test Connection")
        self.test_button.setAccessibleName("Test connection")
        self.result_label = QLabel("Off: the plan stays on this computer.")
        self.result_label.setAccessibleName("Connection")
        self.result_label.setWordWrap(True)
        self.pool = QThreadPool(self)
        self._check: object | None = None
        self.kept_message = ""  # what keeping the password said, if it could not

        form = QFormLayout(self)
        form.addRow("Ser&ver:", self.url_edit)
        form.addRow("&User:", self.user_edit)
        form.addRow("&Calendar:", self.calendar_edit)
        form.addRow("&Password:", self.password_edit)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result_label, 1)
        form.addRow(row)
        self.test_button.clicked.connect(self.test_connection)
        for edit in (self.url_edit, self.user_edit, self.calendar_edit):
            edit.textChanged.connect(self._say_state)
        self._say_state()

    # -- settings ---------------------------------------------------------------------

    def applied_to(self, settings: Settings) -> Settings:
        """``settings`` with the sharing fields as typed."""
        return settings.with_changes(
            sync_url=self.url_edit.text().strip(),
            sync_user=self.user_edit.text().strip(),
            sync_calendar=self.calendar_edit.text().strip(),
        )

    def problems(self, *, saving: bool = True) -> list[str]:
        """What stops these fields from being saved (``saving``) or tested."""
        url = self.url_edit.text().strip()
        if not url:
            return []
        found = []
        if not url.startswith(("https://", "http://")):
            found.append("The calendar server's address starts with https://.")
        if not self.user_edit.text().strip():
            found.append("Sharing needs the calendar server's user name.")
        if not self.calendar_edit.text().strip():
            found.append("Sharing needs the name of the calendar to use.")
        if saving and self.password_edit.text() and not keyring_available():
            found.append(
                "No system keyring here can keep the password: clear it, and set "
                "PLANNER_CALDAV_PASSWORD for the planner instead."
            )
        return found

    @property
    def edits(self) -> tuple[QLineEdit, ...]:
        """The fields whose changes the dialog checks."""
        return (self.url_edit, self.user_edit, self.calendar_edit, self.password_edit)

    def keep_password(self) -> bool:
        """Put a typed password in the keyring; False (and ``kept_message`` says why)
        when there is none to keep it."""
        password = self.password_edit.text()
        if not password:
            return True
        try:
            keep_password(self.user_edit.text().strip(), password)
        except KeyringUnavailable as exc:
            self.kept_message = str(exc)
            return False
        return True

    # -- the test -------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Log in with what is typed, on a worker thread."""
        from planner.ui.sync.worker import ConnectionCheck

        problems = self.problems(saving=False) or (
            [] if self.url_edit.text().strip() else ["Type the calendar server's address first."]
        )
        if problems:
            self.result_label.setText(problems[0])
            return
        account = Account(
            self.url_edit.text().strip(),
            self.user_edit.text().strip(),
            self.calendar_edit.text().strip(),
            self.password_edit.text(),
        )
        check = ConnectionCheck(account, {})
        check.signals.finished.connect(self._tested)
        check.signals.failed.connect(lambda error: self._tested(_sentence(error)))
        self._check = check
        self.test_button.setEnabled(False)
        self.result_label.setText("Connecting…")
        self.pool.start(check)

    def _tested(self, report: str) -> None:
        self._check = None
        self.test_button.setEnabled(True)
        self.result_label.setText(report)

    def _say_state(self) -> None:
        if self._check is not None:
            return
        if not self.url_edit.text().strip():
            self.result_label.setText("Off: the plan stays on this computer.")
        elif not self.password_edit.text() and not keyring_available():
            self.result_label.setText(
                "No system keyring here to keep a password: set PLANNER_CALDAV_PASSWORD."
            )
        else:
            self.result_label.setText("")


def _sentence(error: SyncError) -> str:
    text = str(error)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
