"""The one object the window, its parts and the undo commands share: no globals.

It holds the store, the undo stack, the prompts, the file and print dialogs, a factory
for the window's QSettings and the clock. The store is attached after the window has
first painted, so that the database layer loads while the user already sees the window.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from planner.paths import APP_NAME, refuse_store_overwrite
from planner.ui.dialogs.prompts import Prompts, QtPrompts

if TYPE_CHECKING:
    from planner.core.settings import Settings
    from planner.store import Store
    from planner.ui.dialogs.native_dialogs import NativeDialogs


def default_qsettings() -> QSettings:
    """The user's window settings (last week viewed, geometry), as an INI file."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


class UnkeptSettings(QSettings):
    """Window settings that start empty and are kept nowhere: a screenshot shows the
    defaults (this week, 1400×900) and must not change what the user's window recalls."""

    def __init__(self) -> None:
        super().__init__(os.devnull, QSettings.Format.IniFormat)
        self._values: dict[str, object] = {}

    def value(self, key: str, defaultValue: object = None, type: object = None) -> object:
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: object) -> None:
        self._values[key] = value

    def sync(self) -> None:
        pass


def qsettings_at(path: Path) -> Callable[[], QSettings]:
    """A factory for window settings kept in one file (tests point it into tmp_path)."""
    return lambda: QSettings(str(path), QSettings.Format.IniFormat)


class AppContext:
    """What every part of the window needs, passed explicitly."""

    def __init__(
        self,
        store: Store | None = None,
        *,
        prompts: Prompts | None = None,
        qsettings: Callable[[], QSettings] = default_qsettings,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] | None = None,
        undo_stack: QUndoStack | None = None,
        files: NativeDialogs | None = None,
    ) -> None:
        self._store = store
        self.prompts: Prompts = prompts if prompts is not None else QtPrompts()
        self._files = files  # made on first use: no file dialog is needed to start
        self.qsettings = qsettings
        self.today = today
        # The time of day; by default today's date (which tests set) at the clock's time.
        self.now = now or (lambda: dt.datetime.combine(self.today(), dt.datetime.now().time()))
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack()
        # Called with a one-line message when an edit could not be saved.
        self.failure_listeners: list[Callable[[str], None]] = []

    @property
    def files(self) -> NativeDialogs:
        if self._files is None:
            from planner.ui.dialogs.native_dialogs import QtNativeDialogs

            self._files = QtNativeDialogs()
        return self._files

    @files.setter
    def files(self, files: NativeDialogs) -> None:
        self._files = files

    @property
    def has_store(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is not open yet")
        return self._store

    def attach_store(self, store: Store) -> None:
        self._store = store
        self.undo_stack.clear()

    def detach_store(self) -> None:
        self._store = None
        self.undo_stack.clear()

    @property
    def read_only(self) -> bool:
        """No edits: no store yet, a read-only one, or one whose pages are not checked."""
        store = self._store
        if store is None or getattr(store, "read_only", False):
            return True
        return not getattr(store, "pages_checked", True)

    def settings(self) -> Settings:
        from planner.core.settings import Settings

        return self._store.settings() if self._store is not None else Settings()

    def write_refusal(self, target: Path) -> str | None:
        """Why no file the window writes may go to ``target`` (the store, its side files
        or lock, or among its backups), or None when it may."""
        if self._store is None:
            return None
        try:
            refuse_store_overwrite(target, self._store.path)
        except ValueError as error:
            return str(error)
        return None

    def may_write(self, target: Path, title: str) -> bool:
        """True when ``target`` may be written; otherwise say why under ``title``."""
        why = self.write_refusal(target)
        if why is not None:
            self.prompts.error(title, why)
        return why is None

    def may_import(self) -> bool:
        """Whether an import may write into the plan: a store is open and editable. A
        read-only plan says so; with no store there is nothing to say."""
        if not self.has_store:
            return False
        if self.read_only:
            message = "The plan is read-only, so nothing can be imported into it."
            self.prompts.error("Nothing imported", message)
            return False
        return True

    def report_failure(self, action: str, reason: str) -> None:
        """Tell the user an edit was not saved, and why, in one line."""
        message = f"{action} was not saved: {reason}"
        for listener in list(self.failure_listeners):
            listener(message)
        self.prompts.error("Not saved", message)
