"""The printer and the preview window: widgets around the painted pages of planner.printing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from planner.core.page_plan import PagePlan
from planner.printing.pages import default_page_layout, print_weeks


def new_printer(locale: QLocale | None = None) -> QPrinter:
    """A high-resolution printer on the locale's paper, landscape, before any dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout(locale))
    return printer


def open_print_preview(parent: QWidget | None, plans: Sequence[PagePlan]) -> QPrintPreviewDialog:
    """The preview dialog, ready to ``exec()``; its Print button prints the same pages."""
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setPageLayout(default_page_layout())
    dialog.setWindowTitle("Print Preview")
    kept = tuple(plans)
    dialog.paintRequested.connect(lambda printer: print_weeks(printer, kept))
    return dialog
