"""The first day: an empty plan shows its empty week with three ways to start on it.

It replaced a Yes/No question that came before the window did. The panel sits over
the middle of the week, inside the window; it is there while the plan holds no post
at all (an empty week of a busy plan shows none) and goes with the first post.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.ui.widgets import theme

MAX_WIDTH = 440
MARGIN = 12  # kept free around the panel inside the week


@dataclass(frozen=True)
class StartChoices:
    """What each of the panel's buttons does."""

    load_sample: Callable[[], object]
    import_csv: Callable[[], object]
    write_post: Callable[[], object]


class StartPanel(QFrame):
    """ "Your plan is empty" and three buttons, centred over ``host`` (the week view)."""

    def __init__(self, host: QWidget, choices: StartChoices) -> None:
        super().__init__(host)
        self.host = host
        self.setObjectName("startPanel")
        self.setAccessibleName("Start planning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), theme.base(host.palette()))
        self.setPalette(palette)
        self.heading = QLabel("Your plan is empty")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.intro = QLabel("Start with one of these. Everything can be undone.")
        self.intro.setWordWrap(True)
        self.sample = self._button(
            "Load the sample fortnight",
            "Example posts for this week and next, to see how the planner works. "
            "Delete them when you are ready.",
            choices.load_sample,
        )
        self.import_csv = self._button(
            "Import a CSV file…",
            "Posts from a spreadsheet, this planner's export or a Hootsuite bulk file.",
            choices.import_csv,
        )
        self.write_post = self._button(
            "Write the first post…",
            "At the next free time in working hours.",
            choices.write_post,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for button in (self.sample, self.import_csv, self.write_post):
            layout.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        host.installEventFilter(self)
        self.hide()

    def _button(
        self, title: str, description: str, slot: Callable[[], object]
    ) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.setAccessibleName(title.rstrip("…"))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def place(self) -> None:
        """Centre the panel in its host, as wide as it wants up to the host's room."""
        room = self.host.width() - 2 * MARGIN
        width = max(min(MAX_WIDTH, room), 10)
        wanted = self.heightForWidth(width)
        if wanted <= 0:
            wanted = self.sizeHint().height()
        self.resize(width, max(min(wanted, self.host.height() - 2 * MARGIN), 10))
        corner = QPoint((self.host.width() - width) // 2, (self.host.height() - self.height()) // 2)
        self.move(corner)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and not self.isHidden():
            self.place()
        return super().eventFilter(watched, event)


class StartPanelHost:
    """Makes the panel the first time it is needed, and shows it while the plan is empty
    and may be edited."""

    def __init__(self, host: QWidget, choices: StartChoices) -> None:
        self._host = host
        self._choices = choices
        self.panel: StartPanel | None = None

    def update(self, *, empty: bool, editable: bool) -> None:
        wanted = empty and editable
        if wanted and self.panel is None:
            self.panel = StartPanel(self._host, self._choices)
        if self.panel is None:
            return
        if wanted:
            self.panel.place()
            self.panel.show()
        else:
            self.panel.hide()

    @property
    def shown(self) -> bool:
        """Whether the panel is up (shown with its window)."""
        return self.panel is not None and not self.panel.isHidden()
