"""Print Preview opens large, with the page as wide as the window."""

from __future__ import annotations

import file_window_support
from file_window_support import open_dialog
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from planner.ui.window.main_window import MainWindow

dialogs = file_window_support.dialogs
window = file_window_support.window


def test_the_preview_opens_on_most_of_the_screen_at_page_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.file_actions.print_preview.trigger()
    dialog = open_dialog(window)
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    screen = window.screen().availableGeometry()
    assert dialog.width() >= screen.width() * 0.85
    assert dialog.height() >= screen.height() * 0.85
    assert preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    fit_width = dialog.findChild(QAction, "fitWidthAction")
    assert fit_width is not None and fit_width.isChecked()  # the toolbar says so too
    # The page, as drawn, spans the view from side to side.
    view = preview.findChild(QGraphicsView)
    assert view is not None
    page = max(view.items(), key=lambda item: item.boundingRect().width())
    drawn = view.mapFromScene(page.sceneBoundingRect()).boundingRect()
    assert drawn.width() >= view.viewport().width() * 0.9
    dialog.reject()
