"""Cards painted once and reused: a repaint after an edit redraws only the card that
changed, which keeps a busy week far inside one frame."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPixmap

from planner.core.domain import Post
from planner.ui.widgets.card_painter import CardFonts, paint_card

MARGIN = 3  # room around the card for the selection ring
# Paints one card in a rect: painter, rect, post, palette, fonts; selected=, focused=.
CardPaint = Callable[..., None]


class CardPixmapCache:
    """Rendered cards keyed by everything that shows on them, least recently used out."""

    def __init__(self, limit: int = 400, paint: CardPaint = paint_card) -> None:
        self._limit = limit
        self._paint_card = paint  # the month's chips are painted by their own painter
        self._pixmaps: OrderedDict[Hashable, QPixmap] = OrderedDict()
        # Post id -> the guard's worst open severity, for the card's shield badge.
        self.shields: Mapping[int, str] = {}

    def __len__(self) -> int:
        return len(self._pixmaps)

    def clear(self) -> None:
        self._pixmaps.clear()

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        post: Post,
        palette: QPalette,
        fonts: CardFonts,
        *,
        selected: bool,
        focused: bool,
        ratio: float,
        marked: bool = False,
    ) -> None:
        pixmap, corner = self.prepare(
            rect, post, palette, fonts, selected=selected, focused=focused, ratio=ratio,
            marked=marked,
        )  # fmt: skip
        painter.drawPixmap(corner, pixmap)

    def paint_cards(
        self,
        painter: QPainter,
        cards: Iterable[tuple[QRectF, Post, bool]],
        clip: QRectF,
        palette: QPalette,
        fonts: CardFonts,
        *,
        focused: bool,
        ratio: float,
        marked: Collection[int] = (),
    ) -> None:
        """Paint each (rect, post, selected) that meets ``clip``; selected cards last,
        so their rings lie on top of the cards beside them. ``marked``: the ids of posts
        with a consent problem."""
        for rect, post, selected in sorted(cards, key=lambda card: card[2]):
            if rect.intersects(clip):
                self.paint(
                    painter, rect, post, palette, fonts,
                    selected=selected, focused=focused, ratio=ratio, marked=post.id in marked,
                )  # fmt: skip

    def prepare(
        self,
        rect: QRectF,
        post: Post,
        palette: QPalette,
        fonts: CardFonts,
        *,
        selected: bool,
        focused: bool,
        ratio: float,
        marked: bool = False,
        shields: Mapping[int, str] | None = None,
    ) -> tuple[QPixmap, QPointF]:
        """The card's pixmap, rendered now if it is not cached, and where it goes.
        ``shields``: the shield badges of another week than the one shown (prefetching)."""
        left, top = math.floor(rect.left()), math.floor(rect.top())
        # The fraction of a pixel is part of the key, so a cached card looks exactly
        # like one painted in place.
        dx, dy = round(rect.left() - left, 2), round(rect.top() - top, 2)
        shown = self.shields if shields is None else shields
        shield = shown.get(post.id) if post.id is not None else None
        key = (
            post,
            shield,
            round(rect.width(), 2),
            round(rect.height(), 2),
            dx,
            dy,
            selected,
            focused,
            palette.cacheKey(),
            fonts.text.key(),
            ratio,
            marked,
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(
                rect, dx, dy, post, palette, fonts, selected, focused, ratio, marked, shield
            )
            self._pixmaps[key] = pixmap
            while len(self._pixmaps) > self._limit:
                self._pixmaps.popitem(last=False)
        else:
            self._pixmaps.move_to_end(key)
        return pixmap, QPointF(left - MARGIN, top - MARGIN)

    def _render(
        self,
        rect: QRectF,
        dx: float,
        dy: float,
        post: Post,
        palette: QPalette,
        fonts: CardFonts,
        selected: bool,
        focused: bool,
        ratio: float,
        marked: bool = False,
        shield: str | None = None,
    ) -> QPixmap:
        width = math.ceil(rect.width() + dx) + 2 * MARGIN
        height = math.ceil(rect.height() + dy) + 2 * MARGIN
        pixmap = QPixmap(QSize(math.ceil(width * ratio), math.ceil(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = QRectF(MARGIN + dx, MARGIN + dy, rect.width(), rect.height())
        self._paint_card(
            painter, inner, post, palette, fonts, selected=selected, focused=focused,
            consent_problem=marked, shield=shield,
        )  # fmt: skip
        painter.end()
        return pixmap
