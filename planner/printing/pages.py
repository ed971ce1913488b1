"""Print, preview, PDF and image of the week plan, all through ``paint_week_page``.

The paper is landscape A4, or Letter where Letter is the norm; the print dialog can
change it, and the page adapts because every size comes from the page rect.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from planner.core.domain import Post
from planner.core.page_plan import PagePlan, build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.io.atomic import atomic_write_bytes
from planner.printing.page_painter import paint_week_page

PDF_RESOLUTION = 300
MARGIN_MM = 10.0

# Where Letter is the usual paper (CLDR); everywhere else prints on A4.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Belize,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Venezuela,
    }
)

# The command line has no window; Qt needs its application object alive while painting.
_APPLICATION: list[QGuiApplication] = []


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (offscreen with no display)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a non-GUI Qt application is running; the plan cannot be painted")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "planner"])
    _APPLICATION.append(app)
    return app


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    territory = (locale or QLocale()).territory()
    if territory in _LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def default_page_layout(locale: QLocale | None = None) -> QPageLayout:
    """Landscape, the locale's paper, 10 mm margins."""
    return QPageLayout(
        default_page_size(locale),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def new_printer(locale: QLocale | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout(locale))
    return printer


def plan_week(
    week: Week, posts: Sequence[Post], settings: Settings, printed_on: dt.date | None = None
) -> PagePlan:
    return build_page_plan(week, posts, settings, printed_on or dt.date.today())


def print_weeks(device: QPagedPaintDevice, plans: Sequence[PagePlan]) -> int:
    """Paint every page of every plan onto a printer or PDF writer; returns the pages."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The printer could not start; check that it is ready.")
    pages = 0
    try:
        for plan in plans:
            for page in range(plan.page_count):
                if pages:
                    device.newPage()
                rect = QRectF(0, 0, device.width(), device.height())
                paint_week_page(painter, rect, plan, page)
                pages += 1
    finally:
        painter.end()
    return pages


def week_pdf_bytes(plans: Sequence[PagePlan], locale: QLocale | None = None) -> bytes:
    """The PDF of ``plans``, one landscape page per week (more if a week continues)."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(default_page_layout(locale))
    writer.setCreator("Social Media Planner")
    if plans:
        writer.setTitle(f"{plans[0].practice_name}: {plans[0].title}")
    print_weeks(writer, plans)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())


def export_week_pdf(
    path: Path,
    week: Week,
    posts: list[Post],
    settings: Settings,
    printed_on: dt.date | None = None,
) -> None:
    """Write the week's printed plan as a PDF, whole or not at all (temp file + rename)."""
    plan = plan_week(week, posts, settings, printed_on)
    atomic_write_bytes(path, week_pdf_bytes([plan]))


def render_week_image(
    week: Week,
    posts: Sequence[Post],
    settings: Settings,
    size: tuple[int, int] = (1684, 1190),
    printed_on: dt.date | None = None,
    page: int = 0,
) -> QImage:
    """The page as an image with a paper-like margin, for tests and thumbnails."""
    ensure_gui_application()
    return render_plan_image(plan_week(week, posts, settings, printed_on), size, page)


def render_plan_image(plan: PagePlan, size: tuple[int, int], page: int = 0) -> QImage:
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    margin = min(width, height) * 0.035
    painter = QPainter(image)
    try:
        paint_week_page(
            painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), plan, page
        )
    finally:
        painter.end()
    return image


def open_print_preview(parent: QWidget | None, plans: Sequence[PagePlan]) -> QPrintPreviewDialog:
    """The preview dialog, ready to ``exec()``; its Print button prints the same pages."""
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setPageLayout(default_page_layout())
    dialog.setWindowTitle("Print Preview")
    kept = tuple(plans)
    dialog.paintRequested.connect(lambda printer: print_weeks(printer, kept))
    return dialog


def run_print_dialog(parent: QWidget | None, plans: Sequence[PagePlan]) -> bool:
    """The platform's print dialog, then the pages; False when the user cancels."""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_weeks(printer, plans)
    return True
