"""The week calendar: seven day columns with an hour axis and the posts as cards.

The view shows what it is given and reports what the user asks for through signals;
it never touches a store. Drag and drop lives in week_drop.py, painting in the
*_painter modules, the position queries in week_positions.py and the numbers of the
grid in week_grid_geometry.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from planner.core.domain import Platform, Post
from planner.core.layout import CARD_MINUTES
from planner.core.rules import DailyLimitWarning, WeekReport
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.ui.week.background import WeekBackground
from planner.ui.week.cards import Card, lay_out_cards
from planner.ui.week.drop import WeekDropMixin
from planner.ui.week.grid_geometry import WeekGeometry
from planner.ui.week.grid_painter import (
    DayHeader,
    day_labels,
    fitted_note,
    header_fonts,
    paint_drop_hover,
    paint_headers,
)
from planner.ui.week.input import WeekInputMixin
from planner.ui.week.navigation import CardSlot
from planner.ui.week.positions import WeekPositionsMixin
from planner.ui.week.scroll import WeekScrollMixin
from planner.ui.week.words import badge_forms, badge_text, card_summary
from planner.ui.widgets import theme
from planner.ui.widgets.card_cache import CardPixmapCache
from planner.ui.widgets.card_painter import CardFonts


class WeekView(WeekDropMixin, WeekInputMixin, WeekPositionsMixin, WeekScrollMixin, QWidget):
    """The week grid, painted as one widget with its own vertical scroll bar.

    Feed it with ``set_content`` after every change, and with ``set_ideas`` whenever
    the ideas change: the view needs an idea's post to preview what dropping it would
    break. Drops, Alt+arrow nudges and edits come out as signals; a nudge past Monday
    or Sunday names a day of the neighbouring week. The header row stays put while the
    hours scroll; working hours fill the height by default.

    Besides the signals, it answers where things are (``slot_position``, ``slot_at``,
    ``card_rect``, ``header_rect``: see week_positions.py) and what it shows
    (``shown_ids``, ``day_badge_text``, ``drop_target``, ``drop_preview_text``), for the
    window and tests.
    """

    moveRequested = Signal(int, object, object, bool)  # post id, date, time, copy
    createRequested = Signal(object, object)  # date, time
    editRequested = Signal(int)
    contextMenuRequested = Signal(int, QPoint)
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Week calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMinimumSize(420, 260)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self._scrollbar.setAccessibleName("Scroll the hours")
        self._scrollbar.valueChanged.connect(self._on_scrolled)
        self._week = Week.this_week()
        self._posts: list[Post] = []
        self._settings = Settings()
        self._hidden: frozenset[Platform] = frozenset()
        self._today = dt.date.today()
        self._has_content = False
        self._ideas: dict[int, Post] = {}
        self._cards: list[Card] = []
        self._card_by_id: dict[int, Card] = {}
        self._post_by_id: dict[int, Post] = {}
        self._badges: dict[int, list[DailyLimitWarning]] = {}
        self._selected: list[int] = []
        self._top_minutes = float(self._settings.day_start_hour * 60)
        self._span = CARD_MINUTES
        self._fonts = CardFonts.from_font(self.font())
        self._card_cache = CardPixmapCache()
        self._background = WeekBackground()
        self._wanted: dict[tuple[str, int], int] = {}  # see _minutes_wanted
        self._wanted_sizes: tuple[float, float] | None = None
        self._wanted_fonts: CardFonts | None = None
        self._geo: WeekGeometry | None = None
        self._init_drop()

    # ----- content -------------------------------------------------------------

    def set_content(
        self,
        week: Week,
        posts: list[Post],
        report: WeekReport,
        settings: Settings,
        *,
        hidden_platforms: frozenset[Platform] = frozenset(),
        today: dt.date | None = None,
    ) -> None:
        """Show ``week``. ``posts`` are all its dated posts (hidden platforms included:
        the drop preview counts them); ``report`` gives the day badges."""
        hours = (settings.day_start_hour, settings.day_end_hour)
        hours_changed = hours != (self._settings.day_start_hour, self._settings.day_end_hour)
        self._week = week
        self._posts = list(posts)
        self._post_by_id = {p.id: p for p in self._posts if p.id is not None}
        self._settings = settings
        self._hidden = frozenset(hidden_platforms)
        self._today = today or dt.date.today()
        self._badges = {}
        for warning in report.warnings:
            if isinstance(warning, DailyLimitWarning) and warning.date in week:
                self._badges.setdefault((warning.date - week.monday).days, []).append(warning)
        if hours_changed or not self._has_content:
            self._top_minutes = float(settings.day_start_hour * 60)
        self._has_content = True
        self._geo = None
        self._relayout()
        kept = [post_id for post_id in self._selected if post_id in self._card_by_id]
        if kept != self._selected:
            self._selected = kept
            self.selectionChanged.emit()
        self._sync_scrollbar()
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

    def _relayout(self) -> None:
        self._span = self._geometry().card_minutes
        cards = lay_out_cards(
            self._week, self._posts, self._hidden, self._span, self._minutes_wanted
        )
        self._cards = cards
        self._card_by_id = {card.post_id: card for card in cards}

    def prefetch(self, week: Week, posts: Iterable[Post]) -> None:
        """Render the cards ``week`` would show into the card cache, changing nothing on
        screen, so that switching to it paints from the cache (rendering a new week's
        cards is most of a switch). Meant for idle time, for the weeks either side."""
        geo = self._geometry()
        span = geo.card_minutes
        palette, ratio, focused = self.palette(), self.devicePixelRatioF(), self.hasFocus()
        for card in lay_out_cards(week, posts, self._hidden, span, self._minutes_wanted):
            rect = geo.card_rect(card.day, card.start, card.end - card.start, card.lane, card.lanes)
            if rect.intersects(geo.body):
                self._card_cache.prepare(
                    rect, card.post, palette, self._fonts, selected=False, focused=focused,
                    ratio=ratio,
                )  # fmt: skip

    # ----- selection -----------------------------------------------------------

    def select_posts(self, ids: Iterable[int]) -> None:
        """Select the shown cards among ``ids`` and scroll the first into view."""
        wanted = list(dict.fromkeys(i for i in ids if i in self._card_by_id))
        self._set_selection(wanted)
        if wanted:
            self.ensure_visible(wanted[0])

    def selected_ids(self) -> list[int]:
        return list(self._selected)

    def _set_selection(self, ids: list[int]) -> None:
        if ids == self._selected:
            return
        self._selected = ids
        self._describe()
        self.update()
        self.selectionChanged.emit()

    def _slots(self) -> list[CardSlot]:
        return [CardSlot(c.post_id, c.day, c.start, c.lane) for c in self._cards]

    def shown_ids(self) -> list[int]:
        """The ids of the cards drawn, in time order."""
        return [c.post_id for c in sorted(self._cards, key=lambda c: (c.day, c.start, c.lane))]

    def _describe(self) -> None:
        """Keep the accessible description saying what a sighted user sees at a glance."""
        parts = [f"{self._week.title()}: {len(self._cards)} posts shown."]
        for _day, warnings in sorted(self._badges.items()):
            parts.extend(w.message for w in warnings)
        if self._selected and self._selected[0] in self._card_by_id:
            post = self._card_by_id[self._selected[0]].post
            parts.append(f"Selected: {card_summary(post)}")
        self.setAccessibleDescription(" ".join(parts))

    # ----- what the header and tooltips say ------------------------------------

    def day_header_texts(self) -> list[str]:
        """The day names as the header draws them, Monday first."""
        plain, bold = (QFontMetricsF(f) for f in header_fonts(self.font()))
        width = self._geometry().column_width - 6
        return day_labels(self._week.days(), width, plain, bold, self._today)

    def _headers(self) -> list[DayHeader]:
        monday = self._week.monday
        headers = []
        for index in range(7):
            day = monday + dt.timedelta(days=index)
            note: tuple[str, ...] = ()
            # While dragging, the day badge says what the drop would make of the day;
            # the full sentence goes under the slot, where it has room.
            if self._drop is not None and self._drop[0] == index and self._drop_badge:
                note = badge_forms(self._drop_badge)
            elif index in self._badges:
                note = badge_forms(self._badges[index])
            headers.append(DayHeader(day=day, today=day == self._today, note=note))
        return headers

    def day_header_notes(self) -> list[str | None]:
        """The badge each day's header shows, as drawn (None for none), Monday first."""
        width = self._geometry().column_width
        return [fitted_note(h.note, width, self.font()) for h in self._headers()]

    def day_badge_text(self, day: dt.date) -> str | None:
        warnings = self._badges.get(self._day_index(day))
        return badge_text(warnings) if warnings else None

    def tooltip_at(self, pos: QPoint | QPointF) -> str:
        point = QPointF(pos)
        geo = self._geometry()
        header_day = geo.header_day_at(point)
        if header_day is not None:
            return "\n".join(w.message for w in self._badges.get(header_day, []))
        post_id = self.card_at(point)
        if post_id is None:
            return ""
        return card_summary(self._card_by_id[post_id].post, full=True)

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

    # ----- painting --------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        geo = self._geometry()
        palette = self.palette()
        painter = QPainter(self)
        monday = self._week.monday
        today_index = (self._today - monday).days if self._today in self._week else None
        ratio = self.devicePixelRatioF()
        self._background.paint(
            painter,
            geo,
            palette,
            self.font(),
            today_index=today_index,
            work_start=self._settings.day_start_hour,
            work_end=self._settings.day_end_hour,
            ratio=ratio,
        )
        painter.save()
        painter.setClipRect(geo.body)
        # Straight grid lines are crisp without antialiasing; rounded cards need it.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = geo.body
        chosen = set(self._selected)
        focused = self.hasFocus()
        for card in sorted(self._cards, key=lambda c: c.post_id in chosen):
            rect = self._card_rectf(card)
            if rect.intersects(body):
                self._card_cache.paint(
                    painter,
                    rect,
                    card.post,
                    palette,
                    self._fonts,
                    selected=card.post_id in chosen,
                    focused=focused,
                    ratio=ratio,
                )
        if self._drop is not None:
            day, start = self._drop
            paint_drop_hover(
                painter,
                geo,
                day,
                start,
                self._span,
                self._drop_text,
                palette,
                self.font(),
                copy=self._drop_copy,
                ghost=self._drop_ghost,
                fonts=self._fonts,
            )
        painter.restore()
        paint_headers(painter, geo, palette, self._headers(), self.font())
        if focused:
            painter.setPen(QPen(theme.focus_colour(palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, geo.width - geo.right_margin - 2, geo.height - 2))
        painter.end()
