"""The platform filter buttons: their on/off state is plain to see, to assistive
technology, and in a dark palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.ui.widgets import theme
from planner.ui.widgets.filter_button import FilterButton


def _button(qtbot: QtBot, checked: bool) -> FilterButton:
    action = QAction("LinkedIn")
    action.setCheckable(True)
    action.setChecked(checked)
    button = FilterButton(action, "Show LinkedIn")
    button.setProperty("_action", action)  # keep the action alive with the button
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    button.show()
    qtbot.waitExposed(button)
    return button


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(
        a.pixelColor(x, y) != b.pixelColor(x, y)
        for x in range(a.width())
        for y in range(a.height())
    )


def _dark(widget: QWidget) -> None:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Highlight, "#3d8ee6"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def test_clicking_toggles_the_action_and_the_accessible_state(qtbot: QtBot) -> None:
    button = _button(qtbot, checked=True)
    action = button.defaultAction()
    state = QAccessible.queryAccessibleInterface(button).state()
    assert state.checkable and state.checked
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not action.isChecked() and not button.isChecked()
    assert not QAccessible.queryAccessibleInterface(button).state().checked
    name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
    assert name == "Show LinkedIn"


def test_on_and_off_look_clearly_different_in_light_and_dark(qtbot: QtBot) -> None:
    for dark in (False, True):
        button = _button(qtbot, checked=True)
        if dark:
            _dark(button)
        on = button.grab().toImage()
        button.defaultAction().setChecked(False)
        off = button.grab().toImage()
        # Not a faint panel: the fill, the tick box and the label all change.
        assert _differing_pixels(on, off) > on.width() * on.height() // 3
        centre = on.rect().center()
        fill_on, fill_off = on.pixelColor(centre.x(), 3), off.pixelColor(centre.x(), 3)
        highlight = theme.focus_colour(button.palette())
        # Shown is tinted with the highlight colour; hidden is the plain button colour.
        assert fill_on.blue() - fill_on.red() > fill_off.blue() - fill_off.red() + 20
        assert highlight.blue() > highlight.red()


def test_the_shown_label_reads_on_its_fill_in_a_dark_palette(qtbot: QtBot) -> None:
    button = _button(qtbot, checked=True)
    _dark(button)
    image = button.grab().toImage()
    fill = image.pixelColor(image.width() // 2, 3)
    assert fill.lightness() < 128  # still a dark button, not a light patch
    # The strongest ink in the label's half of the button, against the fill.
    ink = max(
        (
            image.pixelColor(x, y)
            for x in range(image.width() // 3, image.width() - 6)
            for y in range(4, image.height() - 4)
        ),
        key=lambda colour: theme.contrast(colour, fill),
    )
    assert theme.contrast(ink, fill) >= 4.5
