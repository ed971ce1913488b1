"""What the window remembers between runs: the week shown, its size, the splitter and
the platforms hidden, in the user's QSettings (never in the store)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from planner.core.domain import Platform
from planner.core.weeks import Week

WEEK_KEY = "view/week"
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
HIDDEN_KEY = "view/hidden_platforms"


def stored_week(stored: QSettings) -> Week | None:
    """The week shown when the window last closed, if it reads as one."""
    value = stored.value(WEEK_KEY)
    try:
        return Week.parse(str(value)) if value else None
    except ValueError:
        return None


def hidden_platforms(stored: QSettings) -> set[Platform]:
    hidden = stored.value(HIDDEN_KEY) or []
    names = hidden if isinstance(hidden, list) else [hidden]
    return {p for p in Platform if p.value in names}


def keep_hidden_platforms(stored: QSettings, hidden: set[Platform]) -> None:
    stored.setValue(HIDDEN_KEY, sorted(p.value for p in hidden))


def keep_week(stored: QSettings, week: Week) -> None:
    stored.setValue(WEEK_KEY, str(week))


def restore_layout(stored: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    """The window's last size and place and the splitter's sizes; 1400x900 the first time."""
    geometry = stored.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray | bytes) and geometry:
        window.restoreGeometry(QByteArray(geometry))
    else:
        window.resize(1400, 900)
    sizes = stored.value(SPLITTER_KEY)
    if isinstance(sizes, QByteArray | bytes) and sizes:
        splitter.restoreState(QByteArray(sizes))


def save_layout(stored: QSettings, window: QMainWindow, splitter: QSplitter, week: Week) -> None:
    stored.setValue(GEOMETRY_KEY, window.saveGeometry())
    stored.setValue(SPLITTER_KEY, splitter.saveState())
    keep_week(stored, week)
    stored.sync()
