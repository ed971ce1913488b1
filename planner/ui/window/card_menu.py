"""The context menu of a card or an idea: edit, duplicate, kind, publish, ideas, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planner.core.domain import Kind, Post, Status

if TYPE_CHECKING:
    from planner.ui.window.context import AppContext


class CardMenuTarget(Protocol):
    """What the menu's entries call (the window's post editing)."""

    context: AppContext

    def edit_post(self, post_id: int) -> None: ...

    def duplicate(self, post_id: int) -> None: ...

    def change_kind(self, post_id: int, kind: Kind) -> None: ...

    def mark_published(self, post_id: int) -> None: ...

    def unschedule(self, post_id: int) -> None: ...

    def delete_posts(self, ids: list[int]) -> None: ...


def card_menu(window: CardMenuTarget, post: Post, parent: QWidget) -> QMenu:
    """Edit, duplicate, change kind, mark published, back to ideas, delete."""
    assert post.id is not None
    post_id = post.id
    menu = QMenu(parent)
    menu.setAccessibleName("Post actions")
    menu.addAction("&Edit…", lambda: window.edit_post(post_id))
    menu.addAction("D&uplicate", lambda: window.duplicate(post_id))
    kinds = menu.addMenu("Change &Kind")
    group = QActionGroup(kinds)
    for kind in Kind:
        action = kinds.addAction(f"{kind.label} ({kind.letter})")
        action.setCheckable(True)
        action.setChecked(kind is post.kind)
        action.setIcon(QIcon())
        group.addAction(action)
        action.triggered.connect(lambda _=False, k=kind: window.change_kind(post_id, k))
    published = menu.addAction("Mark &Published", lambda: window.mark_published(post_id))
    published.setEnabled(post.status is not Status.PUBLISHED and not post.is_idea)
    if not post.is_idea:
        menu.addAction("Move to &Ideas", lambda: window.unschedule(post_id))
    menu.addSeparator()
    delete = menu.addAction("&Delete", lambda: window.delete_posts([post_id]))
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete.setShortcutVisibleInContextMenu(True)
    for action in menu.actions():
        action.setEnabled(action.isEnabled() and not window.context.read_only)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return menu
