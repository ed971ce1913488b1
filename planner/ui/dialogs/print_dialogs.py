"""The printer and the preview window: widgets around the painted pages of planner.printing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from planner.core.page_plan import PagePlan
from planner.printing.pages import default_page_layout, print_weeks

PREVIEW_SHARE = 0.9  # of the screen's free area: a page is for reading, not a thumbnail


def new_printer(locale: QLocale | None = None) -> QPrinter:
    """A high-resolution printer on the locale's paper, landscape, before any dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout(locale))
    return printer


def preview_size(parent: QWidget | None) -> QSize:
    """Most of the screen the window is on (or the main screen)."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    area = screen.availableGeometry().size()
    return QSize(round(area.width() * PREVIEW_SHARE), round(area.height() * PREVIEW_SHARE))


def open_print_preview(parent: QWidget | None, plans: Sequence[PagePlan]) -> QPrintPreviewDialog:
    """The preview dialog, ready to ``exec()``; its Print button prints the same pages.

    It opens large, with the page as wide as the window: Qt's default, a small window
    with the whole page fitted in, showed the week at half size.
    """
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setPageLayout(default_page_layout())
    dialog.setWindowTitle("Print Preview")
    kept = tuple(plans)
    dialog.paintRequested.connect(lambda printer: print_weeks(printer, kept))
    dialog.resize(preview_size(parent))
    # Through the dialog's own action, so its toolbar shows the zoom it has.
    fit_width = dialog.findChild(QAction, "fitWidthAction")
    if fit_width is not None:
        fit_width.trigger()
    return dialog
