"""The printed plan names each day's awareness days under its heading: the observances,
the practice's own days, not the ones it hides; beside the consent tags and limit marks,
on every week of a multi-week PDF, from the window and from export --pdf."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import file_window_support
from file_window_support import WEEK
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from planner.core.awareness import OwnDay
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.printing.page_painter import paint_week_page
from planner.printing.pages import export_week_pdf, plan_week
from planner.store import Store
from planner.store.plan_records import add_own_day, hide_day
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.window.main_window import MainWindow

ORAL_HEALTH_WEEK = Week(2027, 11)  # World Oral Health Day is Saturday 20 March 2027
OPEN_DAY = OwnDay("Open day at the practice", dt.date(2027, 3, 16))
NEXT_WEEK_DAY = OwnDay("Staff training", dt.date(2027, 3, 24))
SETTINGS = Settings(practice_name="Riverside Family Dental")
PRINTED = dt.date(2027, 3, 1)


def pdf_text(path: Path) -> list[str]:
    pages = PdfReader(path).pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in pages]


def posts() -> list[Post]:
    """Two Facebook posts on Saturday: a limit mark shares the heading with the day."""
    saturday = dt.date(2027, 3, 20)
    made = Post(Platform.FACEBOOK, Kind.ORIGINAL, "", Status.SCHEDULED, saturday)
    return [
        made.with_changes(text=f"Smile post {n}", time=dt.time(9 + n, 0), id=n + 1)
        for n in range(2)
    ]


def test_the_plan_holds_each_days_awareness_days_own_ones_in_hidden_ones_out() -> None:
    plan = plan_week(ORAL_HEALTH_WEEK, posts(), SETTINGS, PRINTED, own_days=[OPEN_DAY])
    assert plan.awareness == ((), ("Open day at the practice",), (), (), (),
                              ("World Oral Health Day",), ())  # fmt: skip
    hidden = plan_week(ORAL_HEALTH_WEEK, posts(), SETTINGS, PRINTED,
                       own_days=[OPEN_DAY], hidden=["world oral health day"])  # fmt: skip
    assert hidden.awareness[5] == () and hidden.awareness[1] == ("Open day at the practice",)


def test_the_pdf_names_the_days_on_every_week_it_prints(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    export_week_pdf(target, ORAL_HEALTH_WEEK, posts(), SETTINGS, PRINTED, weeks=2,
                    own_days=[OPEN_DAY, NEXT_WEEK_DAY])  # fmt: skip
    first, second = pdf_text(target)
    assert "World Oral Health Day" in first and "Open day at the practice" in first
    assert "2/1 Facebook" in first  # the limit mark keeps its place beside it
    assert "Staff training" in second and "World Oral Health Day" not in second


def test_the_heading_draws_the_name_under_the_day(qapp: object) -> None:
    """A day with an awareness day and no posts gets ink under its name; the same day
    without one gets none there."""
    week_posts: list[Post] = []
    with_day = plan_week(ORAL_HEALTH_WEEK, week_posts, SETTINGS, PRINTED, own_days=[OPEN_DAY])
    without = plan_week(ORAL_HEALTH_WEEK, week_posts, SETTINGS, PRINTED,
                        hidden=["world oral health day"])  # fmt: skip
    width, height = 1414, 1000
    inked = []
    for plan in (with_day, without):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        paint_week_page(painter, QRectF(0, 0, width, height), plan)
        painter.end()
        # Tuesday's heading under its name: the awareness line, or (no posts) nothing.
        column = width / 7
        top, bottom = int(height * 0.123), int(height * 0.142)
        dark = sum(
            1
            for x in range(int(column * 1 + 6), int(column * 2 - 6))
            for y in range(top, bottom)
            if image.pixelColor(x, y).lightness() < 128
        )
        inked.append(dark)
    assert inked[0] > 40 and inked[1] == 0



dialogs = file_window_support.dialogs
window = file_window_support.window


def test_the_window_prints_and_exports_the_practices_own_days(
    window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """File → Export Week as PDF and Print take the store's own days and hidden names:
    Mouth Cancer Action Month (to 30 Nov, the Monday) is hidden, the practice's
    birthday is in."""
    add_own_day(store, OwnDay("Practice birthday", WEEK.monday + dt.timedelta(days=2)))
    hide_day(store, "Mouth Cancer Action Month")
    dialogs.extend(tmp_path / "plan.pdf")
    window.file_actions.export_pdf.trigger()
    dialogs.extend(tmp_path / "printer.pdf")  # the scripted printer prints to a file
    window.file_actions.print.trigger()
    for name in ("plan.pdf", "printer.pdf"):
        (text,) = pdf_text(tmp_path / name)
        assert "Practice birthday" in text and "Mouth Cancer" not in text, name
