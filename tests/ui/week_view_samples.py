"""A realistic planning week for the calendar tests (all three kinds, a clash of
times, a day over its Facebook limit) and real drag events to send to the widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.rules import WeekReport, evaluate_week
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.panels.ideas_tray import IdeasTray
from planner.ui.widgets.mime import ids_from_mime

WEEK = Week(2026, 49)  # Mon 30 Nov - Sun 6 Dec 2026
MON, TUE, WED, THU, FRI, SAT, SUN = WEEK.days()

_F, _X, _L, _I = Platform.FACEBOOK, Platform.X, Platform.LINKEDIN, Platform.INSTAGRAM
_O, _S, _P = Kind.ORIGINAL, Kind.SHARED, Kind.PROMOTIONAL

_ROWS = [
    (1, MON, "09:00", _F, _O, "Flu clinic opens on Saturday: book at reception\nNo walk-ins."),
    (2, MON, "09:00", _X, _S, "Great thread from the dental association on fluoride"),
    (3, MON, "12:30", _I, _S, "Meet the team: Sarah, our hygienist of ten years"),
    (4, TUE, "08:00", _L, _O, "We are hiring a dental nurse, full time"),
    (5, TUE, "10:00", _F, _P, "Whitening offer: 20% off all December"),
    (6, TUE, "17:30", _F, _S, "Winter health tips from the health service"),
    (7, WED, "13:00", _X, _S, "Why flossing matters, explained in one minute"),
    (8, THU, "11:00", _X, _S, "Sugar awareness week starts Monday"),
    (9, THU, "11:00", _X, _O, "Our opening hours over the holidays"),
    (10, THU, "11:00", _L, _S, "Research: gum health and heart health"),
    (11, FRI, "16:00", _F, _S, "Children's tooth brushing chart to print"),
    (12, SAT, "10:00", _I, _O, "Behind the scenes: how we sterilise instruments"),
    (13, WED, "19:30", _I, _S, "Quick tips for sensitive teeth"),
]


def sample_posts() -> list[Post]:
    return [
        Post(
            platform=platform,
            kind=kind,
            text=text,
            status=Status.SCHEDULED,
            date=day,
            time=dt.time.fromisoformat(at),
            id=post_id,
        )
        for post_id, day, at, platform, kind, text in _ROWS
    ]


def sample_ideas() -> list[Post]:
    return [
        Post(
            platform=_F,
            kind=_O,
            text="Patient thank-you wall (ask consent first)",
            status=Status.IDEA,
            id=101,
        ),
        Post(platform=_I, kind=_P, text="Gift vouchers for Christmas", status=Status.IDEA, id=102),
        Post(
            platform=_X,
            kind=_S,
            text="Share the council's smoking cessation clinic",
            status=Status.IDEA,
            id=103,
        ),
    ]


def shown_tray(qtbot: QtBot) -> IdeasTray:
    """An ideas tray holding ``sample_ideas()``, shown and exposed, with room for them all."""
    tray = IdeasTray()
    qtbot.addWidget(tray)
    tray.resize(240, 420)
    tray.set_ideas(sample_ideas())
    tray.show()
    qtbot.waitExposed(tray)
    return tray


def sample_report(posts: list[Post] | None = None, settings: Settings | None = None) -> WeekReport:
    return evaluate_week(
        WEEK, posts if posts is not None else sample_posts(), settings or Settings()
    )


# ----- real drag events -----------------------------------------------------------

ACTIONS = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton


def modifiers(copy: bool) -> Qt.KeyboardModifier:
    return Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.NoModifier


def drag_over(target: QWidget, point: QPoint, mime: QMimeData, *, copy: bool = False) -> bool:
    """Send a real drag-enter then drag-move at ``point``; True if the move was accepted."""
    enter = QDragEnterEvent(point, ACTIONS, mime, LEFT, modifiers(copy))
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(point, ACTIONS, mime, LEFT, modifiers(copy))
    QApplication.sendEvent(target, move)
    return move.isAccepted()


def drop_at(target: QWidget, point: QPoint, mime: QMimeData, *, copy: bool = False) -> QDropEvent:
    drop = QDropEvent(QPointF(point), ACTIONS, mime, LEFT, modifiers(copy))
    QApplication.sendEvent(target, drop)
    return drop


def leave(target: QWidget) -> None:
    QApplication.sendEvent(target, QDragLeaveEvent())


class FakeDragLoop:
    """Stands in for QDrag.exec: delivers enter, move and drop (or a leave, as Esc does)
    to ``target`` at ``point``, and records what the drag carried and what was seen."""

    def __init__(self, target: QWidget, point: QPoint, *, copy: bool = False, cancel: bool = False):
        self.target, self.point, self.copy, self.cancel = target, point, copy, cancel
        self.ids: list[int] = []
        self.pixmap_null = True
        self.seen_preview: str | None = None
        self.seen_target: object = None
        self.signals_before_drop: int | None = None
        self.on_hover: Callable[[], object] = lambda: None

    def install(self, monkeypatch: pytest.MonkeyPatch) -> FakeDragLoop:
        """Replace QDrag.exec, and only it, with this loop."""

        def exec_(drag: QDrag, *args: object) -> Qt.DropAction:
            return self.run(drag)

        monkeypatch.setattr(QDrag, "exec", exec_)
        return self

    def run(self, drag: QDrag) -> Qt.DropAction:
        mime = drag.mimeData()
        self.ids = ids_from_mime(mime)
        self.pixmap_null = drag.pixmap().isNull()
        accepted = drag_over(self.target, self.point, mime, copy=self.copy)
        self.hover_result = self.on_hover()
        if hasattr(self.target, "drop"):
            self.seen_preview = self.target.drop.preview_text
            self.seen_target = self.target.drop.target
        if self.cancel or not accepted:
            leave(self.target)
            return Qt.DropAction.IgnoreAction
        drop = drop_at(self.target, self.point, mime, copy=self.copy)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction
