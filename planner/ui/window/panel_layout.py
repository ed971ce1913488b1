"""How the window shares its width: the ideas tray, the week, and the mix and warnings.

The side panels used to keep their width whatever the window's, so a small window
left the week too narrow for any text and a large one left the tray too narrow for
any idea. Now, until the splitter is dragged by hand, the panels take a share of the
window's width between a least and a most, and the week takes the rest. Either panel
collapses (View → Show Ideas, Show Mix and Warnings, or dragged shut) and comes back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

TRAY, WEEK, SIDE = 0, 1, 2  # the splitter's parts, left to right
TRAY_SHARE, TRAY_LEAST, TRAY_MOST = 0.14, 140, 320
SIDE_SHARE, SIDE_LEAST, SIDE_MOST = 0.20, 190, 400
BY_HAND_KEY = "window/panels_by_hand"
TRAY_SHOWN_KEY = "view/ideas_panel"
SIDE_SHOWN_KEY = "view/side_panel"


def panel_widths(total: int, *, tray: bool = True, side: bool = True) -> tuple[int, int, int]:
    """(tray, week, side) for a splitter ``total`` pixels wide: each panel its share of
    the width within its least and most (0 when collapsed), the week the rest."""
    tray_w = min(max(round(total * TRAY_SHARE), TRAY_LEAST), TRAY_MOST) if tray else 0
    side_w = min(max(round(total * SIDE_SHARE), SIDE_LEAST), SIDE_MOST) if side else 0
    return tray_w, max(total - tray_w - side_w, 0), side_w


def _flag(stored: QSettings, key: str, default: bool) -> bool:
    value = stored.value(key, default)
    return value not in (False, "false", "0", 0)


class PanelLayout(QObject):
    """Sizes the window's splitter as the window resizes, and shows or collapses panels.

    ``by_hand``: the splitter was dragged (now or in a past session): its sizes are the
    user's and only the panel toggles change them.
    """

    def __init__(self, window: QWidget, splitter: QSplitter, stored: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        self.stored = stored
        self.by_hand = _flag(stored, BY_HAND_KEY, False)
        splitter.setChildrenCollapsible(True)
        splitter.setCollapsible(WEEK, False)  # the week is the window
        splitter.setStretchFactor(WEEK, 1)
        splitter.splitterMoved.connect(self._dragged)
        self.show_tray = QAction("Show &Ideas", self)
        self.show_side = QAction("Show &Mix and Warnings", self)
        shown = {
            self.show_tray: _flag(stored, TRAY_SHOWN_KEY, True),
            self.show_side: _flag(stored, SIDE_SHOWN_KEY, True),
        }
        for action, on in shown.items():
            action.setCheckable(True)
            action.setChecked(on)
            action.toggled.connect(self._toggled)
        self.show_tray.setToolTip("Show or collapse the ideas tray")
        self.show_side.setToolTip("Show or collapse the content mix and the warnings")
        splitter.installEventFilter(self)
        self.fit()

    def add_to(self, menu: QMenu) -> None:
        """The two toggles in the View menu, after the week's own entries (before its
        first separator), so the entries other parts add at its end stay there."""
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        if first_separator is None:
            menu.addSeparator()
            menu.addActions([self.show_tray, self.show_side])
            return
        menu.insertSeparator(first_separator)
        menu.insertActions(first_separator, [self.show_tray, self.show_side])

    def fit(self, width: int | None = None) -> None:
        """Share the splitter's width (``width``, or its own) out again, unless it was
        sized by hand."""
        tray, side = self.show_tray.isChecked(), self.show_side.isChecked()
        if self.by_hand:
            sizes = self.splitter.sizes()
            if (sizes[TRAY] > 0) == tray and (sizes[SIDE] > 0) == side:
                return
            # A toggle under hand-made sizes: open to the usual width, or collapse.
        total = width if width is not None else self.splitter.width()
        widths = panel_widths(total - self._handles(), tray=tray, side=side)
        self.splitter.setSizes(list(widths))

    def _handles(self) -> int:
        return self.splitter.handleWidth() * (self.splitter.count() - 1)

    def _toggled(self, _on: bool) -> None:
        self.stored.setValue(TRAY_SHOWN_KEY, self.show_tray.isChecked())
        self.stored.setValue(SIDE_SHOWN_KEY, self.show_side.isChecked())
        self.fit()

    def _dragged(self, _pos: int, _index: int) -> None:
        self.by_hand = True
        self.stored.setValue(BY_HAND_KEY, True)
        sizes = self.splitter.sizes()
        for action, index in ((self.show_tray, TRAY), (self.show_side, SIDE)):
            action.blockSignals(True)  # dragged shut or open: the toggle follows
            action.setChecked(sizes[index] > 0)
            action.blockSignals(False)
        self.stored.setValue(TRAY_SHOWN_KEY, self.show_tray.isChecked())
        self.stored.setValue(SIDE_SHOWN_KEY, self.show_side.isChecked())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the splitter lays itself out at its new width: it then keeps these.
        if watched is self.splitter and event.type() == QEvent.Type.Resize and not self.by_hand:
            assert isinstance(event, QResizeEvent)
            self.fit(event.size().width())
        return super().eventFilter(watched, event)
