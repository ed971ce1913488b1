"""Engagement in the main window, over a real store: File → Import Engagement… (its
preview and its one undo step), View → Insights…, the editor's best times and typed
figures, the best-time hint of a real drag, and the falling-rate note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from insights_history import TODAY as HISTORY_TODAY
from insights_history import history
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from planner.core.best_times import BestTimes, working_hours
from planner.core.demo import sample_fortnight
from planner.core.domain import Platform, Post, Status, first_line
from planner.core.engagement import EngagementRecord, Outcome
from planner.core.insights import best_slots
from planner.core.weeks import Week
from planner.store import Store
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.insights.engagement_import_dialog import EngagementImportDialog
from planner.ui.insights.engagement_section import EngagementSection
from planner.ui.insights.insights_actions import InsightsActions
from planner.ui.widgets import theme
from planner.ui.widgets.mime import ids_to_mime
from planner.ui.widgets.theme import luminance
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)  # Mon 30 Nov to Sun 6 Dec 2026
TUESDAY = dt.date(2026, 12, 1)
EXPORT = (
    "date,time,platform,text,reach,engagements\n"
    '2026-11-30,08:40,facebook,"New week, same smiles. Our Monday tip",800,40\n'
    "2026-12-01,12:20,x,Chewing sugar-free gum after a meal helps,500,10\n"
    "2026-12-03,10:30,linkedin,A post nobody planned,300,3\n"
)


def as_records(outcomes: list[Outcome]) -> list[EngagementRecord]:
    return [
        EngagementRecord(o.platform, o.published, f"old post {n}", o.reach, o.engagements, f"h{n}")
        for n, o in enumerate(outcomes)
    ]


def keep_history(store: Store) -> None:
    """The known history of tests/ui/insights, imported: no planned post is near it."""
    plan = store.plan_engagement_import(as_records(history()))
    store.apply_engagement(plan.record_changes, plan.post_changes)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


def make_context(
    store: Store, prompts: ScriptedPrompts, tmp_path: Path, dialogs: ScriptedDialogs, today: dt.date
) -> AppContext:
    return AppContext(
        store, prompts=prompts, qsettings=qsettings_at(tmp_path / "window.ini"),
        today=lambda: today, files=dialogs,
    )  # fmt: skip


@pytest.fixture
def window(
    make_window: MakeWindow,
    store: Store,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
) -> Iterator[MainWindow]:
    store.add_many(sample_fortnight(WEEK))
    context = make_context(store, prompts, tmp_path, dialogs, dt.date(2026, 12, 2))
    window = make_window(context, store)
    yield window
    window.close()


def insights_of(window: MainWindow) -> InsightsActions:
    found = window.findChild(InsightsActions)
    assert found is not None
    return found


def post_at(store: Store, day: dt.date, hour: int, minute: int, platform: Platform) -> Post:
    return next(
        p
        for p in store.posts_between(day, day)
        if p.time == dt.time(hour, minute) and p.platform is platform
    )


# --- File → Import Engagement… -----------------------------------------------------------


def test_the_menus_offer_the_import_and_the_insights_window(window: MainWindow) -> None:
    files = [a.text() for a in window.file_menu.actions()]
    assert files[files.index("&Import CSV…") + 1] == "Import &Engagement…"
    assert [a.text() for a in window.view_menu.actions()][-1] == "&Insights…"


def test_the_preview_shows_each_match_and_the_import_is_one_undo_step(
    window: MainWindow, store: Store, dialogs: ScriptedDialogs, tmp_path: Path, qtbot: QtBot
) -> None:
    source = tmp_path / "engagement.csv"
    source.write_text(EXPORT, encoding="utf-8")
    monday = post_at(store, dt.date(2026, 11, 30), 8, 30, Platform.FACEBOOK)
    chewing = post_at(store, TUESDAY, 12, 0, Platform.X)
    dialogs.extend(source)
    insights_of(window).import_engagement.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EngagementImportDialog)
    assert dialog.found_label.text() == "Found: Social Media Planner engagement CSV, 3 records."
    rows = dialog.rows_shown()
    assert rows[0][:6] == (
        "Mon 30 Nov 2026 08:40", "Facebook", "New week, same smiles. Our Monday tip", "800", "40",
        "5.0%",
    )  # fmt: skip
    assert rows[0][6].startswith("Mon 30 Nov 08:30 · New week, same smiles.")
    assert rows[0][7] == "New · publishes the post"
    assert rows[1][6].startswith("Tue 1 Dec 12:00 · Chewing sugar-free gum")
    assert rows[2][6:] == ("None within 60 minutes", "New")
    assert dialog.published_shown() == [
        f"Facebook · Mon 30 Nov 08:30 · {first_line(monday.text, 60)}",
        f"X · Tue 1 Dec 12:00 · {first_line(chewing.text, 60)}",
    ]
    assert dialog.summary.text().startswith(
        "Records: 3 new, 0 updated. 2 of 3 match a planned post; 2 posts will be marked published."
    )
    assert store.engagement_records() == []  # nothing before Import
    dialog.import_button.click()
    assert window.dialog is None
    stack = window.context.undo_stack
    assert (stack.count(), stack.text(0)) == (1, "Import 3 engagement records from engagement.csv")
    kept = {item.record.platform: item.post_id for item in store.engagement_records()}
    assert kept == {Platform.FACEBOOK: monday.id, Platform.X: chewing.id, Platform.LINKEDIN: None}
    assert store.get(monday.id).status is Status.PUBLISHED
    assert store.get(chewing.id).status is Status.PUBLISHED

    stack.undo()  # the records and both posts, in one step
    assert store.engagement_records() == []
    assert store.get(monday.id) == monday and store.get(chewing.id) == chewing
    stack.redo()
    assert len(store.engagement_records()) == 3
    assert store.get(monday.id).status is Status.PUBLISHED

    dialogs.extend(source)  # the same file again: nothing new, nothing to do
    insights_of(window).import_engagement.trigger()
    again = window.dialog
    assert isinstance(again, EngagementImportDialog)
    assert not again.import_button.isEnabled()
    assert again.summary.text().startswith("Nothing new")
    assert [row[7] for row in again.rows_shown()] == ["Unchanged"] * 3
    again.reject()


def test_a_file_that_is_no_export_is_refused_in_one_message(
    window: MainWindow, dialogs: ScriptedDialogs, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    source = tmp_path / "posts.csv"
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    dialogs.extend(source)
    insights_of(window).import_engagement.trigger()
    assert window.dialog is None
    shown = prompts.shown[-1]
    assert (shown.what, shown.title) == ("error", "Nothing imported")
    assert shown.message.startswith(
        "posts.csv: The file is not an engagement export this app knows"
    )


# --- View → Insights… --------------------------------------------------------------------


def test_the_insights_window_shows_the_store_and_its_best_cell_is_darkest(
    window: MainWindow, store: Store, dialogs: ScriptedDialogs, qtbot: QtBot
) -> None:
    keep_history(store)
    actions = insights_of(window)
    window.view_menu.actions()[-1].trigger()
    insights = actions.insights
    assert insights is not None and insights.isVisible()
    qtbot.waitExposed(insights)
    assert insights.platform is Platform.FACEBOOK
    assert insights.best_lines() == [
        "Tue 10:00 — 5.2% (5 posts)",
        "Thu 14:00 — 4.1% (3 posts)",
        "Mon 09:00 — 3.5% (4 posts)",
    ]
    heat = insights.heat
    assert heat is not None and heat.records == 21
    view = insights.heat_view
    image: QImage = view.grab().toImage()

    def shade(weekday: int, hour: int) -> float:
        point = view.cell_rect(weekday, hour).topLeft() + QPointF(4, 4)
        return luminance(image.pixelColor((point * image.devicePixelRatio()).toPoint()))

    judged = [cell for cell in heat.filled() if not cell.too_few]
    best = best_slots(heat)[0]
    assert shade(best.weekday, best.hour) < min(
        shade(c.weekday, c.hour) for c in judged if c is not best
    )
    # Save as PNG may not land on the store's files; the import button opens the import.
    assert insights.output.refuse is not None
    assert "is the store planner.db itself" in (insights.output.refuse(store.path) or "")
    insights.import_button.click()
    assert dialogs.asked[-1].title == "Import Engagement"
    insights.close()


# --- the editor --------------------------------------------------------------------------


def test_the_editor_names_best_times_and_saves_typed_figures_as_one_undo_step(
    window: MainWindow, store: Store
) -> None:
    keep_history(store)
    post = store.update(post_at(store, TUESDAY, 9, 0, Platform.FACEBOOK).with_changes(
        status=Status.PUBLISHED))  # fmt: skip
    window.refresh()  # the window shows what the store holds now
    window.edits.edit_post(post.id)
    editor = window.dialog
    section = next(s for s in editor.sections if isinstance(s, EngagementSection))
    hours = working_hours(store.settings())
    expected = BestTimes.of(store.outcomes(), Platform.FACEBOOK, hours).editor_text()
    assert section.hint_label.text() == expected
    assert expected.startswith("Best times on Facebook: Tue 10:00 (5.2%, 5 posts)")
    assert not section.figures.isHidden() and section.imported_label.isHidden()
    section.reach_edit.setText("1,200")
    section.engagements_edit.setText("60")
    assert section.rate_label.text() == "Rate 5.0%"
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.X))
    assert section.hint_label.text().startswith("Best times on X: Sat 12:00 (9.5%, 3 posts)")
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.FACEBOOK))
    editor.accept()
    saved = store.get(post.id)
    assert (saved.reach, saved.engagements) == (1200, 60)
    stack = window.context.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert (store.get(post.id).reach, store.get(post.id).engagements) == (None, None)
    # Typed figures count as an outcome, once, where no record covers the post.
    stack.redo()
    assert Outcome(Platform.FACEBOOK, dt.datetime(2026, 12, 1, 9), 1200, 60, post.kind) in (
        store.outcomes()
    )


def test_a_scheduled_post_shows_figures_once_marked_published_and_an_imported_one_shows_its_own(
    window: MainWindow, store: Store, tmp_path: Path, dialogs: ScriptedDialogs
) -> None:
    scheduled = post_at(store, TUESDAY, 18, 0, Platform.FACEBOOK)
    window.edits.edit_post(scheduled.id)
    editor = window.dialog
    section = next(s for s in editor.sections if isinstance(s, EngagementSection))
    assert section.figures.isHidden()
    assert section.hint_label.text() == (
        "Too few published posts with engagement on Facebook yet to name best times."
    )
    editor.status_box.setCurrentIndex(editor.status_box.findData(Status.PUBLISHED))
    assert not section.figures.isHidden()
    editor.reject()

    source = tmp_path / "engagement.csv"
    source.write_text(EXPORT, encoding="utf-8")
    dialogs.extend(source)
    insights_of(window).import_engagement.trigger()
    window.dialog.import_button.click()
    monday = post_at(store, dt.date(2026, 11, 30), 8, 30, Platform.FACEBOOK)
    window.edits.edit_post(monday.id)
    editor = window.dialog
    section = next(s for s in editor.sections if isinstance(s, EngagementSection))
    assert section.figures.isHidden()
    assert section.imported_label.text().startswith(
        "Imported from Facebook: reach 800, 40 engagements (5.0%)."
    )
    assert section.apply(monday) == monday
    editor.reject()


# --- the drag preview --------------------------------------------------------------------


def test_a_drag_over_one_of_the_best_slots_says_so(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    from week_view_samples import drag_over, leave

    keep_history(store)
    view = window.week_view
    actions = insights_of(window)
    asked: list[Platform] = []

    def counted(post: Post):  # type: ignore[no-untyped-def]
        asked.append(post.platform)
        return actions.slot_hints(post)

    view.set_slot_hints(counted)
    monday = post_at(store, dt.date(2026, 11, 30), 8, 30, Platform.FACEBOOK)
    mime = ids_to_mime([monday.id])
    before = view.grab().toImage()
    best = view.slot_position(TUESDAY, dt.time(10, 0))
    assert drag_over(view, best, mime)
    assert view.drop.target == (TUESDAY, dt.time(10, 0))
    assert view.drop.hint_text == (
        "Tue 10:00 is one of Facebook's best times: 5.2% median engagement over 5 posts."
    )
    hovered = view.grab().toImage()
    assert drag_over(view, view.slot_position(TUESDAY, dt.time(10, 30)), mime)
    assert view.drop.hint_text is not None  # the same hour, the same best slot
    assert drag_over(view, view.slot_position(dt.date(2026, 12, 3), dt.time(15, 0)), mime)
    assert view.drop.hint_text is None
    assert asked == [Platform.FACEBOOK]  # the best times were counted once for the drag
    # The hint is painted under the slot (and under the day's warning, when there is
    # one) in a calm box, outlined in the highlight colour: looked for down the column.
    below = view.slot_position(TUESDAY, dt.time(11, 0))
    ring = theme.focus_colour(view.palette())
    lowest = view.slot_position(TUESDAY, dt.time(14, 0)).y()
    column = [hovered.pixelColor(best.x(), y) for y in range(below.y(), lowest)]
    assert any(abs(c.blue() - ring.blue()) + abs(c.red() - ring.red()) < 40 for c in column)
    assert hovered.pixelColor(below) != before.pixelColor(below)
    leave(view)
    assert view.drop.hint_text is None

    x_post = post_at(store, TUESDAY, 12, 0, Platform.X)
    assert drag_over(view, best, ids_to_mime([x_post.id]))
    assert view.drop.hint_text is None  # X's best slot is Saturday at noon
    leave(view)
    assert asked == [Platform.FACEBOOK, Platform.X]


# --- the warnings panel's note -----------------------------------------------------------


def test_the_panel_notes_a_falling_rate_and_not_a_steady_one(
    make_window: MakeWindow,
    store: Store,
    prompts: ScriptedPrompts,
    tmp_path: Path,
    dialogs: ScriptedDialogs,
    qtbot: QtBot,
) -> None:
    keep_history(store)
    context = make_context(store, prompts, tmp_path, dialogs, HISTORY_TODAY)
    window = make_window(context, store)
    note = insights_of(window).trend_note
    qtbot.waitUntil(lambda: not note.isHidden())
    assert note.text().startswith(
        "The Facebook engagement rate of the last four weeks is 76% below the four weeks before"
    )
    assert "X engagement" not in note.text()
    assert window.warnings_panel.isAncestorOf(note)
    # Four weeks on, only the last four weeks' posts are left to compare: no note.
    context.today = lambda: HISTORY_TODAY + dt.timedelta(weeks=4)
    insights_of(window).refresh()
    assert note.isHidden() and note.text() == ""
    window.close()
