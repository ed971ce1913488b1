"""The ideas tray: posts with no date, beside the calendar.

Drag an idea onto the calendar to schedule it; drop a calendar card here to turn it
back into an idea. Like the week view, the tray only reports what the user asks for.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDrag,  # looked up here at call time, so a test can replace QDrag.exec alone
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Post
from planner.ui.widgets import theme
from planner.ui.widgets.card_painter import (
    CardFonts,
    card_height_for,
    paint_card,
    paint_selection_ring,
    text_lines_wanted,
)
from planner.ui.widgets.mime import ids_from_mime, ids_to_mime

POST_ROLE = Qt.ItemDataRole.UserRole + 1
IDEA_LINES = 4  # of text at most: the tray is a list to scan, the editor has the rest
EMPTY_HINT = "No ideas yet. Drag a card here to keep it for later."

_Index = QModelIndex | QPersistentModelIndex


def idea_summary(post: Post) -> str:
    """``Original idea for Facebook: Flu clinic…`` for screen readers."""
    return f"{post.kind.label} idea for {post.platform.label}: {post.first_line}"


class IdeaDelegate(QStyledItemDelegate):
    """Paints each idea as a small card: kind colour and letter, platform, and as much
    of its text as IDEA_LINES lines of the tray's width hold."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fonts = CardFonts.from_font(option.font)  # type: ignore[attr-defined]
        width = max(self.view.viewport().width(), 60)
        post = index.data(POST_ROLE)
        lines = 1
        if isinstance(post, Post):
            lines = min(max(text_lines_wanted(post, width - 8, fonts), 1), IDEA_LINES)
        return QSize(width, round(card_height_for(lines, fonts)) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        post = index.data(POST_ROLE)
        if not isinstance(post, Post):
            return
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        fonts = CardFonts.from_font(option.font)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_card(painter, rect, post, palette, fonts)
        if state & QStyle.StateFlag.State_Selected:
            focused = bool(state & QStyle.StateFlag.State_HasFocus)
            paint_selection_ring(painter, rect, palette, focused=focused)
        painter.restore()


class IdeasList(QListWidget):
    """The list inside the tray; starts its own drags so they carry post ids."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Ideas list")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)  # drops go to the tray
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(IdeaDelegate(self))
        # Each idea as tall as its text needs at the tray's width, laid out afresh
        # when the tray is resized.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._press_pos = QPoint()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()  # where the card is held while dragged
        super().mousePressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        post = item.data(POST_ROLE)
        rect = self.visualItemRect(item)
        drag = QDrag(self)
        drag.setMimeData(ids_to_mime([int(item.data(Qt.ItemDataRole.UserRole))]))
        if isinstance(post, Post) and not rect.isEmpty():
            drag.setPixmap(self._pixmap(post, rect.size()))
            drag.setHotSpot(self._press_pos - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)

    def _pixmap(self, post: Post, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bounds = QRectF(0, 0, size.width(), size.height()).adjusted(4, 3, -4, -3)
        paint_card(painter, bounds, post, self.palette(), CardFonts.from_font(self.font()))
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(theme.muted_text(self.palette()))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(10, 10, -10, -10), int(flags), EMPTY_HINT)
        painter.end()


class IdeasTray(QWidget):
    """The undated posts, under the heading "Ideas".

    Signals: unscheduleRequested(post_id) when a calendar card is dropped here, and
    editRequested(post_id) on double-click or Enter. Drags out carry the idea's id in
    the app's MIME type; the week view schedules it where it is dropped.
    """

    unscheduleRequested = Signal(int)
    editRequested = Signal(int)
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Ideas")
        self.setAcceptDrops(True)
        self._drop_active = False
        self._ids: list[int] = []
        self._posts: list[Post] | None = None  # what the list shows; None before the first
        self.heading = QLabel("Ideas", self)
        self.heading.setAccessibleName("Ideas")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.heading.setFont(heading_font)
        self.list = IdeasList(self)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemSelectionChanged.connect(self.selectionChanged)
        self.setMinimumWidth(140)

    def set_ideas(self, posts: Iterable[Post]) -> None:
        """Show ``posts`` (the undated ones), keeping the selection where it still exists."""
        posts = [post for post in posts if post.id is not None]
        if posts == self._posts:
            return  # a week switch: rebuilding and repainting 200 ideas would cost a frame
        self._posts = posts
        kept = set(self.selected_ids())
        current = self.list.currentItem()
        current_id = None if current is None else current.data(Qt.ItemDataRole.UserRole)
        self.list.blockSignals(True)
        self.list.clear()
        self._ids = []
        for post in posts:
            if post.id is None:
                continue
            item = QListWidgetItem(post.first_line)
            item.setData(Qt.ItemDataRole.UserRole, post.id)
            item.setData(POST_ROLE, post)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, idea_summary(post))
            item.setToolTip(f"{post.kind.label} · {post.platform.label}\n{post.text}")
            self.list.addItem(item)
            self._ids.append(post.id)
            if post.id == current_id:
                self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(post.id in kept)
        self.list.blockSignals(False)
        self.setAccessibleDescription(f"{len(self._ids)} ideas")
        if kept != set(self.selected_ids()):
            self.selectionChanged.emit()

    def ids(self) -> list[int]:
        return list(self._ids)

    def selected_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    def select_ids(self, ids: Iterable[int]) -> None:
        """Select the first idea among ``ids`` (the list holds one selection) and show it."""
        wanted = set(ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return

    def item_rect(self, post_id: int) -> QRect | None:
        """Where the idea is drawn, in the list's viewport coordinates."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == post_id:
                return self.list.visualItemRect(item)
        return None

    def is_drop_highlighted(self) -> bool:
        return self._drop_active

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.editRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # ----- calendar cards dropped here become ideas -----------------------------

    def _dated_ids(self, event: QDropEvent) -> list[int]:
        """The dropped ids that are not already ideas (an idea dropped here stays put)."""
        return [i for i in ids_from_mime(event.mimeData()) if i not in self._ids]

    def _set_drop_active(self, active: bool) -> None:
        if active != self._drop_active:
            self._drop_active = active
            self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dated_ids(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dated_ids(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = self._dated_ids(event)
        self._set_drop_active(False)
        if not ids:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        for post_id in ids:
            self.unscheduleRequested.emit(post_id)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._drop_active:
            return
        painter = QPainter(self)
        pen = QPen(theme.focus_colour(self.palette()), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()
