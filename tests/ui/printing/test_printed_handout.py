"""The printed plan as the staff-meeting handout: type as large as the page allows,
whole texts, notes and links, status and day-limit marks, several weeks at once."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import file_window_support
import pytest
from cli_support import Cli
from file_window_support import open_dialog
from pypdf import PdfReader
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import PagePlan, build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.printing.day_cards import LEAST_PT
from planner.printing.page_painter import PageLayout, paint_week_page
from planner.printing.pages import export_week_pdf
from planner.ui.dialogs.print_weeks_dialog import PrintWeeksDialog
from planner.ui.window.main_window import MainWindow

WEEK = Week(2026, 49)
PRINTED = dt.date(2026, 11, 28)
SETTINGS = Settings(practice_name="Riverside Family Dental")
A4 = (3508, 2480)  # landscape A4 at 300 dpi, as the PDF is painted

dialogs = file_window_support.dialogs
window = file_window_support.window


def sample_week() -> list[Post]:
    dated = [p for p in sample_fortnight(WEEK) if p.date is not None]
    return [p.with_changes(id=n + 1) for n, p in enumerate(dated)]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def pdf_text_sizes(path: Path) -> list[tuple[str, float]]:
    """Each run of text on the first page with its size in points, as set in the PDF."""
    found: list[tuple[str, float]] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            found.append((text.strip(), size * abs(tm[3] * cm[3])))

    PdfReader(path).pages[0].extract_text(visitor_text=seen)
    return found


def painted(plan: PagePlan) -> PageLayout:
    image = QImage(*A4, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    try:
        return paint_week_page(painter, QRectF(0, 0, *A4), plan)
    finally:
        painter.end()


def unbroken(text: str) -> str:
    """Text as the PDF gives it back: wrapped lines join with a space, a long word
    (an address) may be broken anywhere; compare without spaces."""
    return re.sub(r"\s+", "", text)


def test_a_usual_week_prints_every_text_whole_at_nine_points_or_more(
    qapp: object, tmp_path: Path
) -> None:
    posts = [p for p in sample_week() if p.date in WEEK]
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    layout = painted(plan)
    assert layout.text_pt >= LEAST_PT and layout.whole
    target = tmp_path / "week.pdf"
    export_week_pdf(target, WEEK, posts, SETTINGS, PRINTED)
    [page] = pdf_pages(target)  # one page: nothing continues
    # In the PDF itself, the posts' words are set at 9 pt or more.
    first_words = {post.text.split()[0] for post in posts}
    sizes = [size for text, size in pdf_text_sizes(target) if text.split()[0] in first_words]
    assert sizes and min(sizes) >= LEAST_PT - 0.01
    for post in posts:
        assert unbroken(post.text) in unbroken(page), post.text
        # Its notes and link are printed too: on its card or in the numbered list.
        for extra in (post.notes, post.link):
            assert unbroken(extra) in unbroken(page), extra


def test_every_status_and_the_day_over_its_limit_are_marked_on_paper(
    qapp: object, tmp_path: Path
) -> None:
    posts = [p for p in sample_week() if p.date in WEEK]
    posts[0] = posts[0].with_changes(status=Status.DRAFT)
    posts[1] = posts[1].with_changes(status=Status.PUBLISHED)
    target = tmp_path / "week.pdf"
    export_week_pdf(target, WEEK, posts, SETTINGS, PRINTED)
    [page] = pdf_pages(target)
    assert "draft" in page  # the card's tag, beside its dashed border
    for words in ("Draft", "Scheduled", "Published", "Over a limit"):  # the key
        assert words in page
    assert "2/1 Facebook" in page  # Tuesday's heading carries the day-limit mark


def test_a_crowded_week_keeps_nine_points_and_cuts_only_the_long_texts(qapp: object) -> None:
    day = WEEK.days()[2]
    long = "Winter is here and so are colds, flu and sore throats. " * 6
    posts = [
        Post(Platform.X, Kind.SHARED, long if n % 2 else f"Short tip {n}.", Status.SCHEDULED,
             day, dt.time(8 + n), id=n + 1)
        for n in range(7)
    ]  # fmt: skip
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    layout = painted(plan)
    assert LEAST_PT <= layout.text_pt < LEAST_PT + 0.5 and not layout.whole
    for card in layout.cards:
        text = " ".join(card.lines)
        if card.post_id is not None and card.post_id % 2:  # the short ones: whole
            assert text == f"Short tip {card.post_id - 1}."
        else:
            assert text.endswith("…") and len(card.lines) >= 1


def test_export_prints_several_weeks_one_page_each(
    db_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cli = Cli(db_file, capsys)
    assert cli("demo") == 0
    first = Week.containing(dt.date.today())
    out = tmp_path / "weeks.pdf"
    assert cli("export", "--week", str(first), "--pdf", str(out), "--weeks", "3") == 0, cli.err
    pages = pdf_pages(out)
    assert len(pages) == 3
    for n, page in enumerate(pages):
        assert first.shifted(n).title() in page
    assert cli.out.startswith("Wrote ") and f"{first} to {first.shifted(2)}" in cli.out
    assert "No posts" in pages[2]  # the demo fills two weeks; the third is empty


def test_print_weeks_from_the_file_menu_previews_one_page_a_week(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.file_actions.print_weeks in window.file_menu.actions()
    window.file_actions.print_weeks.trigger()
    chooser = open_dialog(window)
    assert isinstance(chooser, PrintWeeksDialog)
    chooser.count.setFocus()
    chooser.count.selectAll()
    qtbot.keyClicks(chooser.count, "3")
    assert chooser.span.text() == "Weeks 49 to 51: 30 Nov – 20 Dec 2026"
    qtbot.mouseClick(chooser.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.dialog, QPrintPreviewDialog))
    preview = window.dialog
    assert isinstance(preview, QPrintPreviewDialog)
    assert preview.windowTitle() == "Print Preview · Weeks 49 to 51 · 30 Nov – 20 Dec 2026"
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    assert widget.pageCount() == 3
    preview.reject()
