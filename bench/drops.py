"""Dropping a card with real drag events, as the figures and the app child both do."""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication

    from planner.core.domain import Post
    from planner.ui.window.main_window import MainWindow

DROP_TIME = dt.time(10, 15)


def movable_post(window: MainWindow) -> Post:
    """A post of the week shown, not on Sunday, to drop on the next day."""
    posts = [p for p in window.week_view.posts if p.date and p.date.weekday() < 6]
    return posts[len(posts) // 2]


def drop_a_day_later(app: QApplication, window: MainWindow, post: Post) -> tuple[float, QDropEvent]:
    """Hover ``post`` over the next day at DROP_TIME (untimed, painted), then drop it.

    Returns the time in ms from sending the QDropEvent until the frame is painted (the
    posted update requests delivered, see figures_window.py), and the event.
    """
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from planner.ui.widgets.mime import ids_to_mime

    assert post.id is not None and post.date is not None
    view = window.week_view
    point = QPointF(view.slot_position(post.date + dt.timedelta(days=1), DROP_TIME))
    mime = ids_to_mime([post.id])
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    app.sendEvent(view, QDragEnterEvent(point.toPoint(), actions, mime, left, plain))
    app.sendEvent(view, QDragMoveEvent(point.toPoint(), actions, mime, left, plain))
    app.processEvents()  # the hover highlight is painted before the drop
    drop = QDropEvent(point, actions, mime, left, plain)
    start = time.perf_counter()
    app.sendEvent(view, drop)
    app.sendPostedEvents()
    return (time.perf_counter() - start) * 1000, drop
