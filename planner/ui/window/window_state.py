"""What the window remembers between runs: the week shown, its size, the splitter and
the platforms hidden, in the user's QSettings (never in the store)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from planner.core.domain import Platform, Status
from planner.core.weeks import Week

WEEK_KEY = "view/week"
GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
HIDDEN_KEY = "view/hidden_platforms"
HIDDEN_STATUSES_KEY = "view/hidden_statuses"


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


def hidden_statuses(stored: QSettings) -> set[Status]:
    hidden = stored.value(HIDDEN_STATUSES_KEY) or []
    names = hidden if isinstance(hidden, list) else [hidden]
    return {s for s in Status if s is not Status.IDEA and s.value in names}


def keep_hidden_statuses(stored: QSettings, hidden: set[Status]) -> None:
    stored.setValue(HIDDEN_STATUSES_KEY, sorted(s.value for s in hidden))


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


def save_layout(
    stored: QSettings, window: QMainWindow, splitter: QSplitter, week: Week, *, by_hand: bool
) -> None:
    """Keep the window's size and place, and the splitter's sizes when they were made by
    hand (otherwise the panels follow the window's width next time too)."""
    stored.setValue(GEOMETRY_KEY, window.saveGeometry())
    if by_hand:
        stored.setValue(SPLITTER_KEY, splitter.saveState())
    else:
        stored.remove(SPLITTER_KEY)
    keep_week(stored, week)
    stored.sync()
