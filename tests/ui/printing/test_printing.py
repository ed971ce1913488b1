"""The printed plan through every door: PDF text, pixels, printer, preview and paper size."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.page_plan import PagePlan, build_page_plan
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.io.atomic import ExportError
from planner.printing.ink import PLACEHOLDER, font, metrics, printable, wrap_lines
from planner.printing.page_painter import PageLayout, paint_week_page
from planner.printing.pages import (
    default_page_layout,
    default_page_size,
    export_week_pdf,
    print_weeks,
)
from planner.ui.dialogs.print_dialogs import new_printer, open_print_preview

WEEK = Week(2026, 49)
PRINTED = dt.date(2026, 11, 28)
SETTINGS = Settings(practice_name="Riverside Family Dental")
PLATFORMS = list(Platform)


def make_posts(count: int, days: list[int] | None = None) -> list[Post]:
    """Posts whose first word and time are each unique, so a lost one is noticed."""
    posts = []
    kinds = [Kind.SHARED, Kind.ORIGINAL, Kind.SHARED, Kind.PROMOTIONAL, Kind.SHARED]
    for n in range(count):
        day = days[n % len(days)] if days else n % 7
        minutes = 7 * 60 + n * 17
        posts.append(
            Post(
                platform=PLATFORMS[n % 4],
                kind=kinds[n % 5],
                text=f"Story{n:02d} about the winter flu clinic, with details to book a place",
                status=Status.SCHEDULED,
                date=WEEK.monday + dt.timedelta(days=day),
                time=dt.time(minutes // 60 % 24, minutes % 60),
                id=n + 1,
            )
        )
    return posts


def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    raw = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split()), len(reader.pages)


def assert_each_post_shown(text: str, posts: list[Post], words: int) -> None:
    """Every post's time and its first ``words`` words are somewhere in ``text``."""
    for post in posts:
        assert post.time is not None
        assert post.time.strftime("%H:%M") in text
        assert " ".join(post.text.split()[:words]) in text, post.text


def paint(plan: PagePlan, width: int, height: int, page: int = 0) -> tuple[QImage, PageLayout]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    try:
        layout = paint_week_page(painter, QRectF(0, 0, width, height), plan, page)
    finally:
        painter.end()
    return image, layout


def test_the_pdf_holds_the_practice_every_post_and_the_warnings(
    qapp: object, tmp_path: Path
) -> None:
    posts = make_posts(9, days=[0, 1, 1, 2, 3, 3, 4, 5, 6])
    posts.append(
        make_posts(1)[0].with_changes(
            id=50,
            text="Second Facebook post on Tuesday",
            date=posts[1].date,
            platform=Platform.FACEBOOK,
            time=dt.time(18, 5),
        )
    )
    posts.append(
        posts[1].with_changes(
            id=51, platform=Platform.FACEBOOK, text="Third Facebook post", time=dt.time(19, 45)
        )
    )
    target = tmp_path / "week.pdf"
    export_week_pdf(target, WEEK, posts, SETTINGS, printed_on=PRINTED)
    text, pages = pdf_text(target)
    assert pages == 1
    assert "Riverside Family Dental" in text
    assert "Week 49 · 30 Nov – 6 Dec 2026" in text
    assert "Printed 28 Nov 2026" in text
    assert_each_post_shown(text, posts, words=3)
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    assert plan.warnings, "the sample must break a rule"
    for message in plan.warnings:
        assert message in text
    for words in ("Key", "Mix against targets", "Warnings", "Notes for the staff meeting"):
        assert words in text
    assert "Original" in text and "target 30%" in text


def test_the_pdf_is_one_landscape_page_and_written_whole(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    target.write_bytes(b"old")
    export_week_pdf(target, WEEK, make_posts(5), SETTINGS, printed_on=PRINTED)
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "week.pdf"]


def test_a_pdf_that_cannot_be_written_says_why_and_leaves_nothing(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "week.pdf"
    with pytest.raises(ExportError, match=r"Cannot save .*week\.pdf: the folder does not exist"):
        export_week_pdf(target, WEEK, make_posts(3), SETTINGS)
    assert not target.parent.exists()


def test_a_forty_post_week_loses_none_in_the_pdf(qapp: object, tmp_path: Path) -> None:
    posts = make_posts(40, days=[1, 1, 1, 2, 1, 3, 1, 4])
    target = tmp_path / "busy.pdf"
    export_week_pdf(target, WEEK, posts, SETTINGS, printed_on=PRINTED)
    text, pages = pdf_text(target)
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    assert plan.has_overflow
    assert pages == plan.page_count
    assert "More on Tue 1 Dec" in text
    assert_each_post_shown(text, posts, words=1)


def test_forty_posts_on_one_day_continue_on_a_second_page(qapp: object, tmp_path: Path) -> None:
    posts = make_posts(40, days=[2])
    target = tmp_path / "one-day.pdf"
    export_week_pdf(target, WEEK, posts, SETTINGS, printed_on=PRINTED)
    text, pages = pdf_text(target)
    assert pages == 2
    assert "Page 1 of 2, continued on page 2" in text
    assert "(continued)" in text
    for post in posts:
        assert post.text.split()[0] in text


def test_each_card_shows_its_kind_colour_where_it_is(qapp: object) -> None:
    posts = make_posts(10)
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    image, layout = paint(plan, 1400, 990)
    assert sorted(card.post_id for card in layout.cards) == [p.id for p in posts]
    assert {card.kind for card in layout.cards} == set(Kind)
    for card in layout.cards:
        assert card.rect.contains(card.swatch)
        centre = card.swatch.center()
        assert image.pixelColor(int(centre.x()), int(centre.y())) == QColor(card.kind.colour)
    # Away from any card, the day cell is blank paper.
    empty = plan.days[6].cards[-1]
    last = next(c for c in layout.cards if c.post_id == empty.post.id)
    below = last.rect.bottom() + last.rect.height() * 1.5
    assert image.pixelColor(int(last.rect.center().x()), int(below)) == QColor("white")


def dark_share(image: QImage, y: int, x0: int, x1: int) -> float:
    values = [image.pixelColor(x, y).value() for x in range(x0, x1)]
    return sum(v < 170 for v in values) / len(values)


def test_statuses_differ_by_border_and_promotional_by_hatching_in_black_and_white(
    qapp: object,
) -> None:
    statuses = [Status.DRAFT, Status.SCHEDULED, Status.PUBLISHED, Status.SCHEDULED]
    posts = [
        p.with_changes(status=status) for p, status in zip(make_posts(5)[:4], statuses, strict=True)
    ]  # shared draft, original scheduled, shared published, promotional scheduled
    plan = build_page_plan(WEEK, posts, SETTINGS, PRINTED)
    image, layout = paint(plan, 2800, 1980)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    by_id = {card.post_id: card.rect for card in layout.cards}

    def top_edge(post: Post) -> float:
        rect = by_id[post.id]
        return max(
            dark_share(grey, int(rect.top() + dy), int(rect.left() + rect.width() * 0.1),
                       int(rect.center().x()))
            for dy in (0.5, 1.5, 2.5)
        )  # fmt: skip

    draft, scheduled, published, promotional = posts
    assert 0.3 < top_edge(draft) < 0.8  # dashed, as the calendar draws a draft
    assert top_edge(scheduled) > 0.95  # solid

    # Published: a thin grey border, lighter than a scheduled card's.
    def edge_shade(post: Post) -> float:
        rect = by_id[post.id]
        xs = range(int(rect.left() + rect.width() * 0.1), int(rect.center().x()))
        return min(
            sum(grey.pixelColor(x, int(rect.top() + dy)).value() for x in xs) / len(xs)
            for dy in (0.5, 1.5, 2.5)
        )

    assert edge_shade(published) > edge_shade(scheduled) + 60
    # Promotional is hatched: a column down its body crosses several dark-ish lines.
    rect = by_id[promotional.id]
    x = int(rect.left() + rect.width() * 0.5)
    values = [grey.pixelColor(x, int(rect.top()) + dy).value() for dy in range(int(rect.height()))]
    plain = by_id[scheduled.id]
    flat = [grey.pixelColor(int(plain.left() + plain.width() * 0.5), int(plain.top()) + dy).value()
            for dy in range(int(plain.height()))]  # fmt: skip
    assert len(set(values)) > len(set(flat))  # more shades: the hatching


def test_the_page_scales_with_its_rect(qapp: object) -> None:
    plan = build_page_plan(WEEK, make_posts(12), SETTINGS, PRINTED)
    _, small = paint(plan, 700, 495)
    _, large = paint(plan, 2800, 1980)
    for a, b in zip(small.cards, large.cards, strict=True):
        assert abs(a.rect.left() * 4 - b.rect.left()) < 1
        assert abs(a.rect.height() * 4 - b.rect.height()) < 1


def test_a_page_the_plan_does_not_have_is_refused(qapp: object) -> None:
    plan = build_page_plan(WEEK, make_posts(3), SETTINGS, PRINTED)
    with pytest.raises(ValueError, match="1 page"):
        paint(plan, 100, 70, page=1)


def test_printing_paints_every_page_of_every_week(qapp: object, tmp_path: Path) -> None:
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    plans = [
        build_page_plan(WEEK, make_posts(6), SETTINGS, PRINTED),
        build_page_plan(WEEK.next(), [], SETTINGS, PRINTED),
        build_page_plan(WEEK, make_posts(40, days=[0]), SETTINGS, PRINTED),
    ]
    assert print_weeks(printer, plans) == 4
    text, pages = pdf_text(tmp_path / "printed.pdf")
    assert pages == 4
    assert "Week 50 · 7 Dec – 13 Dec 2026" in text


@pytest.mark.parametrize(
    ("counts", "pages"),
    [([8, 2], 2), ([8, 2, 0], 3), ([40, 3], 3)],  # 40 on one day continues on a 2nd page
)
def test_the_preview_opens_offscreen_with_one_page_per_week(
    qtbot: QtBot, counts: list[int], pages: int
) -> None:
    plans = [
        build_page_plan(WEEK.shifted(i), make_posts(n, days=[0]), SETTINGS, PRINTED)
        for i, n in enumerate(counts)
    ]
    dialog = open_print_preview(None, plans)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == pages
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape


@pytest.mark.parametrize(
    ("language", "country", "size"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Language.French, QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
        (QLocale.Language.German, QLocale.Country.Germany, QPageSize.PageSizeId.A4),
        (QLocale.Language.English, QLocale.Country.Australia, QPageSize.PageSizeId.A4),
    ],
)
def test_the_paper_follows_the_locale_and_lies_landscape(
    language: QLocale.Language, country: QLocale.Country, size: QPageSize.PageSizeId
) -> None:
    locale = QLocale(language, country)
    assert default_page_size(locale).id() == size
    layout = default_page_layout(locale)
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert layout.pageSize().id() == size


def test_the_command_line_writes_the_pdf_with_no_display_and_no_widgets(tmp_path: Path) -> None:
    """With no display the export paints offscreen on an application of its own, which is
    gone when it is done; it leaves the environment alone and never loads a widget."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    code = (
        "import os, sys\n"
        "from planner.cli.entry import main\n"
        "status = main(['export', '--db', os.environ['DB'], '--week', '2026-W49',\n"
        "               '--pdf', os.environ['OUT']])\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "print(status, os.environ.get('QT_QPA_PLATFORM'), QGuiApplication.instance(),\n"
        "      'PySide6.QtWidgets' in sys.modules, 'planner.ui' in sys.modules)\n"
    )
    env["DB"] = str(tmp_path / "plan.db")
    env["OUT"] = str(tmp_path / "headless.pdf")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["0", "None", "None", "False", "False"]
    assert (tmp_path / "headless.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "plan.db").exists()


def test_painting_with_no_application_is_refused_plainly(tmp_path: Path) -> None:
    code = (
        "import os, pathlib\n"
        "from planner.core.settings import Settings\n"
        "from planner.core.weeks import Week\n"
        "from planner.printing.pages import export_week_pdf\n"
        "export_week_pdf(pathlib.Path(os.environ['OUT']), Week(2026, 49), [], Settings())\n"
    )
    out = tmp_path / "exports"
    out.mkdir()
    env = {**os.environ, "OUT": str(out / "never.pdf")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "RuntimeError: painting the plan needs a running QGuiApplication"
    )
    assert list(out.iterdir()) == []


def test_a_long_web_address_breaks_across_lines_instead_of_vanishing(qapp: object) -> None:
    address = "https://www.example-physio-clinic.co.uk/news/2026/12/our-christmas-opening-hours"
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        f = font(12)
        lines = wrap_lines(painter, f"Read {address} today", f, 120, 4)
        fm = metrics(painter, f)
        assert all(fm.horizontalAdvance(line) <= 120 for line in lines)
    finally:
        painter.end()
    assert len(lines) == 4
    assert lines[0] == "Read"
    assert "".join(lines[1:3]) == address[: len("".join(lines[1:3]))]
    assert lines[3].endswith("…")


@pytest.mark.parametrize("fallbacks", [True, False], ids=["page font", "page font alone"])
def test_a_pictograph_the_font_cannot_draw_prints_as_a_visible_placeholder(
    qapp: object, fallbacks: bool
) -> None:
    # Which pictographs can be drawn depends on the fonts installed (an emoji font draws
    # them all), so the expectation is read from the font. Without fallbacks the page's
    # own text font answers alone, and no text font draws every one of these.
    f = font(12)
    if not fallbacks:
        f.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        fm = metrics(painter, f)
    finally:
        painter.end()
    words = ["Gift", "🎁", "vouchers", "❤️", "for", "🦷", "check-ups", "☎"]
    shown = [w.replace("\ufe0f", "") if fm.inFontUcs4(ord(w[0])) else PLACEHOLDER for w in words]
    if not fallbacks:
        assert PLACEHOLDER in shown  # the branch that marks a pictograph is tried
    assert printable(" ".join(words) + "!", fm) == " ".join(shown) + "!"
    assert printable("Ärzteblatt – lesenswert", fm) == "Ärzteblatt – lesenswert"


def test_one_emoji_made_of_several_is_one_placeholder(qapp: object) -> None:
    f = font(12)
    f.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        fm = metrics(painter, f)
    finally:
        painter.end()
    family = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # one family, three people
    tone = "\U0001f44b\U0001f3fd"  # a waving hand with a skin tone
    flag = "\U0001f1ec\U0001f1e7"  # the UK flag: two regional letters
    # The page's own text font, with no fallbacks, draws none of these.
    assert not any(fm.inFontUcs4(ord(text[0])) for text in (family, tone, flag))
    assert printable(f"Team {family} day {tone} hi {flag}{flag}!", fm) == (
        f"Team {PLACEHOLDER} day {PLACEHOLDER} hi {PLACEHOLDER}{PLACEHOLDER}!"
    )


def test_paper_turned_upright_keeps_the_landscape_layout_on_top(qapp: object) -> None:
    plan = build_page_plan(WEEK, make_posts(9), SETTINGS, PRINTED)
    _, layout = paint(plan, 850, 1100)
    _, wide = paint(plan, 850, round(850 / 1.414))
    for upright, landscape in zip(layout.cards, wide.cards, strict=True):
        assert abs(upright.rect.top() - landscape.rect.top()) < 0.5
        assert abs(upright.rect.width() - landscape.rect.width()) < 0.5
    assert max(c.rect.bottom() for c in layout.cards) < 1100 / 2
