"""The month calendar: whole weeks, each day with its posts as small kind-coloured chips
(time and platform), its limit badge and awareness days, and each week's mix at the
row's end. Painted as one widget, like the week: no widget per chip.

It shows what it is given (``set_content``) and says what the user asks for through
signals; it never touches a store. Drags go through the same DropController as the
week's (planner.ui.widgets.drop_controller) over a MonthDropSurface, and out through
``moveRequested``, which the window answers with the week's move path and undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from planner.core.domain import MONTH_NAMES, Post, short_day
from planner.core.rules import MixWarning, WeekReport
from planner.ui.month.chip_painter import paint_chip
from planner.ui.month.content import MonthContent, MonthLayout
from planner.ui.month.drop_surface import MonthDropSurface
from planner.ui.month.geometry import MonthGeometry, month_days
from planner.ui.month.painter import MonthBase, MonthHover, paint_month
from planner.ui.month.text import MonthFaces
from planner.ui.week.words import badge_forms, card_summary
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.card_painter import CardFonts
from planner.ui.widgets.drop_controller import DropController
from planner.ui.widgets.mime import ids_from_mime
from planner.ui.widgets.shield_badge import shield_note


class MonthView(QWidget):
    """The month grid. Feed it with ``set_content`` after every change, and ``set_ideas``
    so an idea dragged in from the tray can be previewed and dropped."""

    moveRequested = Signal(int, object, object, bool)  # post id, date, time, copy
    editRequested = Signal(int)
    dayOpened = Signal(object)  # a date: show its week
    awarenessRequested = Signal(object, str)  # date, name: a new post about it
    contextMenuRequested = Signal(int, QPoint)
    selectionChanged = Signal()
    painted = Signal()  # after each paint: a screenshot waits for the first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Month calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMinimumSize(420, 260)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        today = dt.date.today()
        self._content = MonthContent(today.year, today.month)
        self._fonts = CardFonts.from_font(self.font())
        self._faces = MonthFaces.of(self.font())
        self._base = MonthBase()
        self._layout: MonthLayout | None = None
        self._ideas: dict[int, Post] = {}
        self._by_id: dict[int, Post] = {}
        self._selected: list[int] = []
        self._card_cache = CardPixmapCache(limit=600, paint=paint_chip)
        self._surface = MonthDropSurface(
            lambda: self.layout_now, self.known_post, lambda: self._fonts
        )
        self._drop = DropController(self, self._surface, self.moveRequested.emit)

    # ----- content -------------------------------------------------------------

    def set_content(self, content: MonthContent) -> None:
        """Show ``content``: a month, its posts, its week reports and awareness days."""
        self._content = content
        self._by_id = {p.id: p for p in content.posts if p.id is not None}
        self._layout = None
        shown = set(self.layout_now.shown_ids())
        kept = [i for i in self._selected if i in shown]
        if kept != self._selected:
            self._selected = kept
            self.selectionChanged.emit()
        self._describe()
        self.update()

    def set_ideas(self, ideas: Iterable[Post]) -> None:
        self._ideas = {p.id: p for p in ideas if p.id is not None}

    def known_post(self, post_id: int) -> Post | None:
        return self._by_id.get(post_id) or self._ideas.get(post_id)

    @property
    def content(self) -> MonthContent:
        return self._content

    @property
    def title(self) -> str:
        """``March 2027``."""
        return f"{MONTH_NAMES[self._content.month - 1]} {self._content.year}"

    @property
    def layout_now(self) -> MonthLayout:
        """The cells at the current size (made again after a change or a resize)."""
        if self._layout is None:
            self._layout = self._lay_out(self._content)
        return self._layout

    def _lay_out(self, content: MonthContent) -> MonthLayout:
        first, rows = month_days(content.year, content.month)
        geo = MonthGeometry(
            width=float(self.width()),
            height=float(self.height()),
            first=first,
            rows=rows,
            header_height=float(round(self._faces.normal.metrics.height() + 10)),
            line=self._fonts.line_height,
        )
        return MonthLayout(geo, content)

    def prefetch(self, content: MonthContent) -> None:
        """Paint ``content``'s chips, days and weeks into the caches, changing nothing on
        screen, so that showing it paints from them. Meant for idle time."""
        layout = self._lay_out(content)
        palette, ratio, fonts = self.palette(), self.devicePixelRatioF(), self._fonts
        for cell in layout.cells:
            for chip in cell.chips:
                self._card_cache.prepare(chip.rect, chip.post, palette, fonts, selected=False,
                                         focused=self.hasFocus(), ratio=ratio,
                                         marked=chip.post.id in layout.consent_notes,
                                         shields=layout.shields)  # fmt: skip
        self._base.prefetch(layout, palette, self._faces, ratio)

    # ----- selection and where things are -------------------------------------------

    def selected_ids(self) -> list[int]:
        return list(self._selected)

    def select_posts(self, ids: Iterable[int]) -> None:
        layout = self.layout_now
        wanted = [i for i in dict.fromkeys(ids) if layout.chip(i) is not None]
        self._select(wanted)

    def _select(self, ids: list[int]) -> None:
        if ids != self._selected:
            self._selected = ids
            self._describe()
            self.update()
            self.selectionChanged.emit()

    def shown_ids(self) -> list[int]:
        return self.layout_now.shown_ids()

    def chip_rect(self, post_id: int) -> QRect | None:
        chip = self.layout_now.chip(post_id)
        return None if chip is None else chip.rect.toRect()

    def day_position(self, day: dt.date) -> QPoint:
        """A point inside ``day``'s cell clear of its chips (a drop lands on the day)."""
        cell = self.layout_now.geo.cell_rect(day)
        return QPointF(cell.center().x(), cell.bottom() - 4).toPoint()

    def day_rect(self, day: dt.date) -> QRect:
        return self.layout_now.geo.cell_rect(day).toRect()

    def awareness_position(self, day: dt.date) -> QPoint:
        return self.layout_now.geo.awareness_rect(day, 0).center().toPoint()

    # ----- a hovering drag --------------------------------------------------------

    def drop_target(self) -> tuple[dt.date, dt.time] | None:
        return self._drop.target

    def drop_preview_text(self) -> str | None:
        return self._drop.preview_text

    def _hover(self) -> MonthHover | None:
        target = self._drop.target
        if target is None:
            return None
        badge = badge_forms(self._drop.badge) if self._drop.badge else None
        return MonthHover(target[0], self._drop.ghost, self._drop.preview_text,
                          self._drop.copying, badge if badge is not None else ())  # fmt: skip

    # ----- what tooltips and screen readers say -------------------------------------

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        point = QPointF(pos)
        layout = self.layout_now
        chip = layout.chip_at(point)
        if chip is not None:  # as the week's card says it, with its shield and consent
            shield = shield_note(layout.shields.get(chip.post.id or 0))  # "" for none
            notes = layout.consent_notes.get(chip.post.id or 0, [])
            return "\n".join([card_summary(chip.post, full=True) + shield, *notes])
        row = layout.geo.row_at(point)
        if row is not None:
            report = layout.report_for_row(row)
            return "" if report is None else _report_words(report)
        day = layout.geo.day_at(point)
        cell = None if day is None else layout.cell(day)
        if cell is None:
            return ""
        lines = [f"{short_day(cell.day)} {cell.day.year}"]
        lines += [f"{a.name} ({a.source})" if a.source else a.name for a in cell.awareness]
        lines += [w.message for w in cell.limits]
        if cell.more:
            lines.append(f"{cell.more} more post{'' if cell.more == 1 else 's'}: double-click "
                         "to open the week")  # fmt: skip
        return "\n".join(lines)

    def _describe(self) -> None:
        layout = self.layout_now
        posts = sum(len(c.chips) + c.more for c in layout.cells)
        parts = [f"{self.title}: {posts} posts shown."]
        warnings = [w for c in layout.cells for w in c.limits]
        parts += [w.message for w in warnings]
        if self._selected and (chip := layout.chip(self._selected[0])) is not None:
            parts.append(f"Selected: {card_summary(chip.post)}")
        self.setAccessibleDescription(" ".join(parts))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ----- events ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fonts = CardFonts.from_font(self.font())
            self._faces = MonthFaces.of(self.font())
            self._layout = None
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        chip = self.layout_now.chip_at(event.position())
        if chip is not None and chip.post.id is not None:
            if chip.post.id not in self._selected:
                self._select([chip.post.id])
            if event.button() == Qt.MouseButton.LeftButton:
                self._drop.press(chip.post.id, event.position())
        elif event.button() == Qt.MouseButton.LeftButton:
            self._select([])
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._drop.mouse_moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drop.released()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        layout = self.layout_now
        chip = layout.chip_at(point)
        if chip is not None and chip.post.id is not None:
            self.editRequested.emit(chip.post.id)
            return
        aware = layout.awareness_at(point)
        day = layout.geo.day_at(point)
        if aware is not None and day is not None:
            self.awarenessRequested.emit(day, aware.name)
        elif day is not None:
            self.dayOpened.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        chip = self.layout_now.chip_at(QPointF(event.pos()))
        if event.reason() != QContextMenuEvent.Reason.Mouse and self._selected:
            chip = self.layout_now.chip(self._selected[0])
        if chip is None or chip.post.id is None:
            event.ignore()
            return
        self.contextMenuRequested.emit(chip.post.id, self.mapToGlobal(chip.rect.center().toPoint()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.editRequested.emit(self._selected[0])
        elif key == Qt.Key.Key_Escape and self._selected:
            self._select([])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _note_drag(self, event: QDropEvent) -> None:
        ids = ids_from_mime(event.mimeData())
        self._surface.dragged = ids[0] if ids else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._note_drag(event)
        self._drop.drag_entered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._note_drag(event)
        self._drop.drag_moved(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop.drag_left()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._note_drag(event)
        self._drop.dropped(event)

    # ----- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_month(
            painter,
            self.layout_now,
            selected=set(self._selected),
            hover=self._hover(),
            focused=self.hasFocus(),
            base=self._base,
            card_cache=self._card_cache,
            palette=self.palette(),
            faces=self._faces,
            fonts=self._fonts,
            ratio=self.devicePixelRatioF(),
        )
        painter.end()
        self.painted.emit()


def _report_words(report: WeekReport) -> str:
    lines = [f"{report.week.title()}: {report.mix_summary}"]
    lines += [w.message for w in report.warnings if isinstance(w, MixWarning)]
    return "\n".join(lines)
