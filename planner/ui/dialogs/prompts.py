"""Questions and messages for the user, behind an interface that tests can replace.

The window never calls QMessageBox directly: it asks its ``Prompts``. The app uses
``QtPrompts``; tests use ``ScriptedPrompts``, which answers from a script and records
everything it was shown.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Prompts(Protocol):
    def ask_yes_no(self, title: str, question: str, *, default_yes: bool = True) -> bool: ...

    def info(self, title: str, message: str) -> None: ...

    def error(self, title: str, message: str, detail: str = "") -> None: ...

    def choose(self, title: str, question: str, choices: Sequence[str]) -> str | None: ...


class QtPrompts:
    """Modal message boxes over the window that ``parent`` returns when asked."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent

    # The dialogs' Qt classes are looked up when first needed, not at start-up.

    def ask_yes_no(self, title: str, question: str, *, default_yes: bool = True) -> bool:
        from PySide6.QtWidgets import QMessageBox

        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self._parent(), title, question, yes | no, yes if default_yes else no
        )
        return answer == yes

    def info(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._parent(), title, message)

    def error(self, title: str, message: str, detail: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self._parent())
        if detail:
            box.setDetailedText(detail)
        box.exec()

    def choose(self, title: str, question: str, choices: Sequence[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        if not choices:
            return None
        item, ok = QInputDialog.getItem(self._parent(), title, question, list(choices), 0, False)
        return str(item) if ok else None


@dataclass
class Shown:
    """One thing a ``ScriptedPrompts`` was asked to show."""

    what: str  # "ask", "info", "error" or "choose"
    title: str
    message: str
    detail: str = ""


@dataclass
class ScriptedPrompts:
    """Answers from a script, records what was shown: prompts for tests.

    ``answers`` holds the replies to ``ask_yes_no`` and ``choose`` in order; when it
    runs out, ``ask_yes_no`` says ``default`` and ``choose`` cancels.
    """

    answers: deque[bool | str | None] = field(default_factory=deque)
    default: bool = False
    shown: list[Shown] = field(default_factory=list)

    @classmethod
    def replying(cls, *answers: bool | str | None, default: bool = False) -> ScriptedPrompts:
        return cls(answers=deque(answers), default=default)

    def ask_yes_no(self, title: str, question: str, *, default_yes: bool = True) -> bool:
        self.shown.append(Shown("ask", title, question))
        return bool(self.answers.popleft()) if self.answers else self.default

    def info(self, title: str, message: str) -> None:
        self.shown.append(Shown("info", title, message))

    def error(self, title: str, message: str, detail: str = "") -> None:
        self.shown.append(Shown("error", title, message, detail))

    def choose(self, title: str, question: str, choices: Sequence[str]) -> str | None:
        self.shown.append(Shown("choose", title, question, "\n".join(choices)))
        if not self.answers:
            return None
        answer = self.answers.popleft()
        return str(answer) if answer is not None else None

    def of(self, what: str) -> list[Shown]:
        return [s for s in self.shown if s.what == what]

    @property
    def errors(self) -> list[str]:
        return [s.message for s in self.of("error")]

    @property
    def questions(self) -> list[str]:
        return [s.message for s in self.of("ask")]

    def extend(self, answers: Iterable[bool | str | None]) -> None:
        self.answers.extend(answers)
