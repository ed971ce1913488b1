"""PDF and printer pages of the week plan, all through ``paint_week_page``.

The paper is landscape A4, or Letter where Letter is the norm; the print dialog can
change it, and the page adapts because every size comes from the page rect.
Painting text needs a running QGuiApplication: the window has one, and the command
line's PDF export makes its own for as long as the export lasts. The dialogs that
choose a printer or preview the pages are widgets: planner.ui.dialogs.print_dialogs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from planner.core.awareness import OwnDay, by_day, days_between
from planner.core.consent_rule import ConsentCheck
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


def _require_gui_application() -> None:
    """Refuse plainly, rather than crash in Qt's font code, when no application runs."""
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        raise RuntimeError("painting the plan needs a running QGuiApplication")


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


def plan_week(
    week: Week,
    posts: Sequence[Post],
    settings: Settings,
    printed_on: dt.date | None = None,
    consents: ConsentCheck | None = None,
    check: Collection[int] = (),
    own_days: Sequence[OwnDay] = (),
    hidden: Sequence[str] = (),
) -> PagePlan:
    """The page plan of ``week``; the posts in ``check`` are marked "check before posting".
    Each day names the awareness days of the practice's country and its own days, and
    not the ones it hides."""
    found = days_between(week.monday, week.sunday, settings.country, own_days, hidden)
    names = {day: [a.name for a in items] for day, items in by_day(found, week.monday).items()}
    today = printed_on or dt.date.today()
    return build_page_plan(week, posts, settings, today, None, consents, check, awareness=names)


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
    _require_gui_application()
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
    consents: ConsentCheck | None = None,
    weeks: int = 1,
    check: Collection[int] = (),
    own_days: Sequence[OwnDay] = (),
    hidden: Sequence[str] = (),
) -> None:
    """Write the printed plan of ``weeks`` weeks from ``week`` as a PDF, one page each
    (more where a week continues), whole or not at all (temp file + rename). ``posts``
    may hold any posts: each page takes its own week's; those in ``check`` are marked
    "check before posting"."""
    plans = [
        plan_week(week.shifted(n), posts, settings, printed_on, consents, check, own_days, hidden)
        for n in range(max(weeks, 1))
    ]
    atomic_write_bytes(path, week_pdf_bytes(plans))
