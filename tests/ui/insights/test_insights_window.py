"""The Insights window on a known history: its words, its map, its PNG and its empty state."""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from insights_history import TODAY, history
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform
from planner.core.engagement import Outcome
from planner.core.settings import Settings
from planner.ui.dialogs.native_dialogs import SaveChoice, ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.insights.insights_window import InsightsWindow

MakeWindow = Callable[..., InsightsWindow]


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def make_window(
    qtbot: QtBot, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> MakeWindow:
    def make(
        outcomes: Sequence[Outcome] | None = None,
        settings: Settings | None = None,
        **options: object,
    ) -> InsightsWindow:
        data = list(history() if outcomes is None else outcomes)
        window = InsightsWindow(
            lambda: data,
            settings or Settings(),
            TODAY,
            dialogs,
            prompts,
            folder=lambda: tmp_path,
            **options,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_best_slots_least_tried_and_trend_on_a_known_history(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.platform is Platform.FACEBOOK and window.kind is None
    assert not window.empty
    assert window.best_lines() == [
        "Tue 10:00 — 5.2% (5 posts)",
        "Thu 14:00 — 4.1% (3 posts)",
        "Mon 09:00 — 3.5% (4 posts)",
    ]
    assert window.least_lines() == [
        "Mon 07:00 — no posts",
        "Mon 08:00 — no posts",
        "Mon 10:00 — no posts",
        "and 89 more working hours with no posts",  # 98 hours, six with posts
    ]
    assert window.trend_text() == (
        "The Facebook engagement rate of the last four weeks is 76% below the four weeks "
        "before (median 1.0% against 4.1%). Try other days or hours, or another kind of post."
    )
    # Twenty-one Facebook records; the three late Sunday posts are not on the map.
    assert window.records_label.text() == "21 records with engagement for Facebook (all kinds)"
    assert "18 posts on the map" in window.map_title.text()
    assert "07:00–21:00" in window.map_title.text()


def test_switching_platform_and_kind_changes_the_map(make_window: MakeWindow) -> None:
    window = make_window()
    before = window.heat_view.grab().toImage()
    window.platform_box.setCurrentIndex(window.platform_box.findData(Platform.X))
    heat = window.heat_view.heat
    assert heat is not None and heat.platform is Platform.X
    assert heat.cell(5, 12).posts == 3 and heat.cell(1, 10).posts == 0
    assert window.best_lines() == ["Sat 12:00 — 9.5% (3 posts)", "Mon 08:00 — 1.2% (3 posts)"]
    assert window.heat_view.grab().toImage() != before
    window.set_selection(Platform.FACEBOOK, Kind.SHARED)
    assert window.kind is Kind.SHARED
    assert window.records_label.text() == ("1 record with engagement for Facebook (shared posts)")
    assert window.best_lines() == ["None yet: a slot needs 3 posts with engagement to be judged."]
    assert window.trend_text() == "No posts with engagement in the last four weeks yet."


def test_working_hours_come_from_the_settings(make_window: MakeWindow) -> None:
    window = make_window(settings=Settings(day_start_hour=9, day_end_hour=12))
    heat = window.heat
    assert heat is not None and heat.hours == (9, 10, 11)
    # Thu 14:00 is outside these hours: Wed 11:00 takes its place.
    assert window.best_lines() == [
        "Tue 10:00 — 5.2% (5 posts)",
        "Mon 09:00 — 3.5% (4 posts)",
        "Wed 11:00 — 2.0% (3 posts)",
    ]


def test_the_first_view_picks_the_platform_with_most_records(make_window: MakeWindow) -> None:
    x_only = [o for o in history() if o.platform is Platform.X]
    window = make_window(x_only)
    assert window.platform is Platform.X and not window.empty


def test_save_as_png_writes_a_real_png_owner_only(
    make_window: MakeWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = make_window()
    saved: list[object] = []
    window.saved.connect(saved.append)
    dialogs.extend(tmp_path / "facebook-map")  # no suffix: ".png" is added
    window.png_button.click()
    target = tmp_path / "facebook-map.png"
    assert saved == [target]
    assert dialogs.asked[0].what == "save"
    assert dialogs.asked[0].path == tmp_path / "insights-facebook-all.png"
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 1000
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in window.status_label.text()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_png_replaces_a_file_only_when_asked(
    make_window: MakeWindow, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = make_window()
    existing = tmp_path / "map.png"
    existing.write_bytes(b"keep me")
    # The dialog confirmed "map", not "map.png": the window asks, and the answer is no.
    dialogs.extend(SaveChoice(tmp_path / "map", overwrite_confirmed=True))
    assert window.output.save_png(window.sheet()) is None
    assert prompts.questions == ["map.png already exists in " + str(tmp_path) + ". Replace it?"]
    assert existing.read_bytes() == b"keep me"


def test_png_refused_where_the_window_is_told_not_to_write(
    make_window: MakeWindow, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    store = tmp_path / "planner.png"
    window = make_window(refuse=lambda path: "it is the store" if path == store else None)
    dialogs.extend(store)
    assert window.output.save_png(window.sheet()) is None
    assert prompts.errors == [f"Cannot save {store}: it is the store."]
    assert not store.exists()


def test_a_png_that_cannot_be_written_says_why(
    make_window: MakeWindow, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    window = make_window()
    dialogs.extend(tmp_path / "missing" / "map.png")
    assert window.output.save_png(window.sheet()) is None
    assert len(prompts.errors) == 1 and "the folder does not exist" in prompts.errors[0]


def test_print_sends_one_page_to_the_printer(
    make_window: MakeWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    window = make_window()
    pdf = tmp_path / "printed.pdf"
    dialogs.extend(pdf)  # the scripted print dialog prints to this PDF
    window.print_button.click()
    assert dialogs.asked[-1].what == "print"
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert "Insights: Facebook (all kinds)" in words and "Tue 10:00" in words
    assert window.status_label.text() == "Printed Insights: Facebook (all kinds)."
    dialogs.extend(False)  # cancelled: nothing printed, nothing said
    window.status_label.clear()
    assert window.output.print_sheet(window.sheet()) is False
    assert window.status_label.text() == ""


def test_the_empty_state_says_how_to_import(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window([])
    assert window.empty
    assert window.empty_title.text() == "No engagement imported yet."
    help_text = window.empty_label.text()
    assert "File → Import Engagement…" in help_text
    assert "planner insights import FILE" in help_text
    assert not window.print_button.isEnabled() and not window.png_button.isEnabled()
    with qtbot.waitSignal(window.importRequested, timeout=1000):
        window.import_button.click()


def test_a_platform_without_records_shows_the_empty_state_for_it(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    window.set_selection(Platform.LINKEDIN)
    assert window.empty
    assert window.empty_title.text() == "No engagement for LinkedIn (all kinds) yet."
    window.set_selection(Platform.FACEBOOK)
    assert not window.empty and window.print_button.isEnabled()


def test_refresh_reads_the_outcomes_again(
    qtbot: QtBot, dialogs: ScriptedDialogs, prompts: ScriptedPrompts
) -> None:
    data: list[Outcome] = []
    window = InsightsWindow(lambda: data, lambda: Settings(), lambda: TODAY, dialogs, prompts)
    qtbot.addWidget(window)
    assert window.empty
    data.extend(history())
    window.refresh(Platform.FACEBOOK)
    assert not window.empty and window.best_lines()[0] == "Tue 10:00 — 5.2% (5 posts)"
    later = TODAY + dt.timedelta(weeks=8)
    stale = InsightsWindow(lambda: data, Settings(), later, dialogs, prompts)
    qtbot.addWidget(stale)
    assert stale.trend_text() == "No posts with engagement in the last eight weeks to compare."
