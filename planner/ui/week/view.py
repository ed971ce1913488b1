"""The week calendar: seven day columns with an hour axis and the posts as cards.

The view shows what it is given and reports what the user asks for through signals;
it never touches a store. It owns its collaborators, each keeping its own state:
WeekPositions (where days, slots, headers and cards are), WeekScroll (the hours'
scroll bar), WeekInput (the selection, keys, clicks, context menu), DayBadges, and a
DropController (planner.ui.widgets) handed a WeekDropSurface and moveRequested as its
move service. painting.py paints a frame from what they say.
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
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from planner.core.consent_rule import consent_notes
from planner.core.domain import Platform, Post, Status
from planner.core.guard_warnings import shield_flags
from planner.core.layout import minutes_of
from planner.core.post_filter import PostFilter
from planner.core.rules import WeekReport
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.week.awareness_headers import AwarenessHeaders
from planner.ui.week.background import WeekBackground
from planner.ui.week.badges import DayBadges
from planner.ui.week.drop_surface import WeekDropSurface
from planner.ui.week.grid_painter import DayHeader, day_labels, fitted_note, header_fonts
from planner.ui.week.input import Requests, WeekInput
from planner.ui.week.painting import DropHover, WeekFrame, paint_week
from planner.ui.week.positions import WeekPositions
from planner.ui.week.prefetch import prefetch_cards
from planner.ui.week.scroll import WeekScroll
from planner.ui.week.tooltips import show_tooltip, tooltip_text
from planner.ui.week.words import card_summary
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.drop_controller import DropController, SlotHints


class WeekView(QWidget, AwarenessHeaders):
    """The week grid, painted as one widget with its own vertical scroll bar.

    Feed it with ``set_content`` after every change, and with ``set_ideas`` whenever
    the ideas change: the view needs an idea's post to preview what dropping it would
    break. Drops, Alt+arrow nudges and edits come out as signals; a nudge past Monday
    or Sunday names a day of the neighbouring week. The header row stays put while the
    hours scroll; working hours fill the height by default.

    Besides the signals, it answers where things are (``slot_position``, ``slot_at``,
    ``card_rect``, ``header_rect``) and what it shows (``shown_ids``,
    ``day_badge_text``, ``drop_target``, ``drop_preview_text``), for the window and tests.
    """

    moveRequested = Signal(int, object, object, bool)  # post id, date, time, copy
    createRequested = Signal(object, object)  # date, time
    editRequested = Signal(int)
    contextMenuRequested = Signal(int, QPoint)
    selectionChanged = Signal()
    awarenessRequested = Signal(object, str)  # date, name: a double-click on a day's awareness

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Week calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMinimumSize(360, 260)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._week = Week.this_week()
        self._posts: list[Post] = []
        self._settings = Settings()
        self._today = dt.date.today()
        self._has_content = False
        self._ideas: dict[int, Post] = {}
        self._post_by_id: dict[int, Post] = {}
        self._badges = DayBadges(self.awarenessRequested.emit)  # a new post about one
        self._consent_notes: dict[int, list[str]] = {}  # marked cards: post id -> why
        self._card_cache = CardPixmapCache()
        self._background = WeekBackground()
        bar = QScrollBar(Qt.Orientation.Vertical, self)
        bar.setAccessibleName("Scroll the hours")
        start, end = self._settings.day_start_hour, self._settings.day_end_hour
        self._positions = WeekPositions(self, bar, week=self._week, start_hour=start, end_hour=end)
        self._scroll = WeekScroll(bar, self._positions, self.update, self._autoscrolled)
        requests = Requests(
            move=self.moveRequested.emit,
            create=self.createRequested.emit,
            edit=self.editRequested.emit,
            menu=self.contextMenuRequested.emit,
            to_global=self.mapToGlobal,
            selection_changed=self._selection_changed,
        )
        self._input = WeekInput(self._positions, self._scroll, requests)
        surface = WeekDropSurface(self, self._positions, self._scroll)
        self._drop = DropController(self, surface, self.moveRequested.emit)

    # ----- content -------------------------------------------------------------

    def set_content(
        self,
        week: Week,
        posts: list[Post],
        report: WeekReport,
        settings: Settings,
        *,
        hidden_platforms: frozenset[Platform] = frozenset(),
        hidden_statuses: frozenset[Status] = frozenset(),
        today: dt.date | None = None,
    ) -> None:
        """Show ``week``. ``posts`` are all its dated posts (hidden platforms and
        statuses included: the drop preview counts them); ``report`` gives the badges."""
        self._week = week
        self._posts = list(posts)
        self._post_by_id = {p.id: p for p in self._posts if p.id is not None}
        self._settings = settings
        self._today = today or dt.date.today()
        self._badges.show(week, report)
        self._card_cache.shields = shield_flags(report.warnings)
        self._consent_notes = consent_notes(report.warnings)
        positions = self._positions
        start, end = settings.day_start_hour, settings.day_end_hour
        positions.set_hours(start, end, to_start=not self._has_content)
        self._has_content = True
        shown = PostFilter(frozenset(hidden_platforms), frozenset(hidden_statuses))
        positions.place(week, self._posts, shown)
        if self._input.keep_only({card.post_id for card in positions.cards}):
            self.selectionChanged.emit()
        self._scroll.sync()
        self._describe()
        self.update()

    def set_ideas(self, ideas: Iterable[Post]) -> None:
        """The undated posts that may be dragged in from the tray."""
        self._ideas = {p.id: p for p in ideas if p.id is not None}

    def known_post(self, post_id: int) -> Post | None:
        return self._post_by_id.get(post_id) or self._ideas.get(post_id)

    @property
    def week(self) -> Week:
        return self._week

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def posts(self) -> list[Post]:
        return self._posts

    def prefetch(self, week: Week, posts: Iterable[Post], report: WeekReport) -> None:
        """Render ``week``'s cards ahead (in idle time; ``report`` is that week's): a
        switch to it then paints from the cache (planner.ui.week.prefetch)."""
        prefetch_cards(
            self._card_cache, self._positions, self.palette(), week, posts, report,
            focused=self.hasFocus(), ratio=self.devicePixelRatioF(),
        )  # fmt: skip

    # ----- selection -----------------------------------------------------------

    def select_posts(self, ids: Iterable[int]) -> None:
        """Select the shown cards among ``ids`` and scroll the first into view."""
        positions = self._positions
        wanted = list(dict.fromkeys(i for i in ids if positions.card(i) is not None))
        self._input.select(wanted)
        if wanted:
            self._scroll.reveal_card(wanted[0])

    def selected_ids(self) -> list[int]:
        return self._input.selected

    def _selection_changed(self) -> None:
        self._describe()
        self.update()
        self.selectionChanged.emit()

    def shown_ids(self) -> list[int]:
        """The ids of the cards drawn, in time order."""
        return self._positions.ids_in_time_order()

    def _describe(self) -> None:
        """Keep the accessible description saying what a sighted user sees at a glance."""
        parts = [f"{self._week.title()}: {len(self._positions.cards)} posts shown."]
        parts.extend(self._badges.messages())
        selected = self._input.selected
        card = self._positions.card(selected[0]) if selected else None
        if card is not None:
            parts.append(f"Selected: {card_summary(card.post)}")
        self.setAccessibleDescription(" ".join(parts))

    # ----- where things are ------------------------------------------------------

    def slot_position(self, day: dt.date, time: dt.time) -> QPoint:
        """A point (view coordinates) inside the 15-minute slot of ``day`` at ``time``,
        scrolling the hours first if that slot is out of sight."""
        minutes = minutes_of(time)
        self._scroll.reveal_minutes(minutes)
        index = self._positions.day_index(day)
        return self._positions.geometry.slot_centre(index, minutes).toPoint()

    def slot_at(self, pos: QPoint | QPointF) -> tuple[dt.date, dt.time] | None:
        return self._positions.slot_at(pos)

    def header_rect(self, day: dt.date) -> QRect:
        return self._positions.geometry.header_rect(self._positions.day_index(day)).toRect()

    def card_rect(self, post_id: int) -> QRect | None:
        """Where the card is drawn, in view coordinates (None when it is not shown)."""
        card = self._positions.card(post_id)
        return None if card is None else self._positions.card_rect(card).toRect()

    def scroll_to_hour(self, hour: int) -> None:
        """Scroll so ``hour`` is at the top (or as near as the day's end allows)."""
        self._scroll.scroll_to_minutes(hour * 60)

    # ----- what a hovering drag shows --------------------------------------------

    @property
    def drop(self) -> DropController:
        """The drag under way over the view: its target, ghost, preview and hint."""
        return self._drop

    def set_slot_hints(self, hints: SlotHints | None) -> None:
        """Where a drag's best-time hints come from (the window's insights)."""
        self._drop.slot_hints = hints

    def _autoscrolled(self) -> None:
        self._drop.retarget()

    def _drop_hover(self) -> DropHover | None:
        """Where a hovering drop would land, in the columns shown, and what it shows."""
        drop = self._drop
        if drop.target is None or drop.target[0] not in self._week:
            return None
        day, time = drop.target
        index = (day - self._week.monday).days
        return DropHover(
            index, minutes_of(time), drop.preview_text, drop.copying, drop.ghost, drop.hint_text
        )

    # ----- what the header and tooltips say ------------------------------------

    def day_header_texts(self) -> list[str]:
        """The day names as the header draws them, Monday first."""
        plain, bold = (QFontMetricsF(f) for f in header_fonts(self.font()))
        width = self._positions.geometry.column_width - 6
        return day_labels(self._week.days(), width, plain, bold, self._today)

    def _headers(self) -> list[DayHeader]:
        hover = self._drop_hover()
        drop_day = None if hover is None else hover.day
        return self._badges.headers(self._week, self._today, drop_day, self._drop.badge)

    def day_header_notes(self) -> list[str | None]:
        """The badge each day's header shows, as drawn (None for none), Monday first."""
        width = self._positions.geometry.column_width
        return [fitted_note(h.note, width, self.font()) for h in self._headers()]

    def day_badge_text(self, day: dt.date) -> str | None:
        return self._badges.text(self._positions.day_index(day))

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        return tooltip_text(
            self._positions, self._badges, self._consent_notes, QPointF(pos),
            self._card_cache.shields,
        )  # fmt: skip

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            show_tooltip(self, event, self.tooltip_at(event.pos()))
            return True
        return super().event(event)

    # ----- events, handed to the collaborators -------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._positions.relayout()
        self._scroll.sync()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._positions.font_changed()
            self._scroll.sync()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._scroll.wheel(event.angleDelta().y())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        grabbed = self._input.press(pos, event.button(), event.modifiers())
        if grabbed is not None:
            self._drop.press(grabbed, pos)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._drop.mouse_moved(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drop.released()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        header_day = self._positions.geometry.header_day_at(event.position())
        if not self._badges.double_clicked(header_day, event.button()):
            self._input.double_click(event.position(), event.button())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._input.context_menu(event):
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._input.key(event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the cards in time order; past the last one focus leaves the calendar.
        if self.hasFocus() and self._input.step_focus(next):
            return True
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._input.focus_entered(event.reason())
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drop.drag_entered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drop.drag_moved(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop.drag_left()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop.dropped(event)

    # ----- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        positions = self._positions
        monday = self._week.monday
        chosen = set(self._input.selected)
        frame = WeekFrame(
            headers=self._headers(),
            today_index=(self._today - monday).days if self._today in self._week else None,
            past_days=min(max((self._today - monday).days, 0), 7),
            work_hours=(self._settings.day_start_hour, self._settings.day_end_hour),
            span=positions.span,
            hover=self._drop_hover(),
            focused=self.hasFocus(),
        )
        cards = ((positions.card_rect(c), c.post, c.post_id in chosen) for c in positions.cards)
        painter = QPainter(self)
        paint_week(
            painter,
            positions.geometry,
            frame,
            cards,
            background=self._background,
            card_cache=self._card_cache,
            palette=self.palette(),
            font=self.font(),
            fonts=positions.fonts,
            ratio=self.devicePixelRatioF(),
            marked=self._consent_notes.keys(),
        )
        painter.end()
