"""The platform's file and print dialogs, behind an interface that tests can replace.

The window never calls QFileDialog or QPrintDialog itself: it asks its context's
``NativeDialogs``. The app uses ``QtNativeDialogs`` (QFileDialog's static functions,
which show the platform's own dialogs); tests use ``ScriptedDialogs``, which answers
from a script, records what was asked and never blocks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class SaveChoice:
    """Where to save, and whether the dialog itself already asked to replace that file."""

    path: Path
    overwrite_confirmed: bool = True


class NativeDialogs(Protocol):
    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None: ...

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> SaveChoice | None: ...

    def setup_printer(self, parent: QWidget | None, printer: QPrinter) -> bool: ...


class QtNativeDialogs:
    """The platform's dialogs; the Qt classes load when first needed, not at start-up."""

    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> SaveChoice | None:
        from PySide6.QtWidgets import QFileDialog

        # QFileDialog asks before returning an existing file, natively or not.
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        return SaveChoice(Path(name), overwrite_confirmed=True) if name else None

    def setup_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted


Answer = Path | SaveChoice | bool | None


@dataclass
class Asked:
    """One dialog a ``ScriptedDialogs`` was asked to show."""

    what: str  # "open", "save" or "print"
    title: str
    path: Path | None = None  # the folder offered to open from, or the name suggested


@dataclass
class ScriptedDialogs:
    """Dialogs for tests: answers from a script, in order; an empty script cancels.

    An answer may be a callable, run when the dialog "closes" (to change the disk between
    the choice and the write). For ``setup_printer`` a Path answer sends the print job
    to that PDF file instead of a printer.
    """

    answers: deque[Answer | Callable[[], Answer]] = field(default_factory=deque)
    asked: list[Asked] = field(default_factory=list)

    @classmethod
    def replying(cls, *answers: Answer | Callable[[], Answer]) -> ScriptedDialogs:
        return cls(answers=deque(answers))

    def extend(self, *answers: Answer | Callable[[], Answer]) -> None:
        self.answers.extend(answers)

    def _next(self) -> Answer:
        if not self.answers:
            return None
        answer = self.answers.popleft()
        return answer() if callable(answer) else answer

    def open_file(
        self, parent: QWidget | None, title: str, folder: Path, filters: str
    ) -> Path | None:
        self.asked.append(Asked("open", title, folder))
        answer = self._next()
        if isinstance(answer, SaveChoice):
            return answer.path
        return answer if isinstance(answer, Path) else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> SaveChoice | None:
        self.asked.append(Asked("save", title, suggested))
        answer = self._next()
        if isinstance(answer, Path):
            return SaveChoice(answer)
        return answer if isinstance(answer, SaveChoice) else None

    def setup_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        self.asked.append(Asked("print", "Print"))
        answer = self._next()
        if isinstance(answer, Path):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(answer))
            return True
        return bool(answer)
