"""Repeating posts in the window: the Repeat control, and "this post / this and the
following / all" for moves, edits and deletes, each asked through the Prompts and each
one undo step; topping up after the first frame."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QApplication
from week_view_samples import drag_over, drop_at

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.recurrence import SeriesRule
from planner.core.series_edits import SCOPE_LABELS, Scope, start_series
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import Store
from planner.store.series_store import all_series, get_series, series_posts
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.prompts import ScriptedPrompts, Shown
from planner.ui.series.repeat_section import RepeatSection
from planner.ui.series.top_up import top_up_series
from planner.ui.widgets.mime import ids_to_mime
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

TODAY = dt.date(2026, 12, 2)  # as the window fixtures have it (conftest.py)
WEEK = Week(2026, 49)
MONDAY = WEEK.monday  # 30 Nov 2026
NINE = dt.time(9, 0)
THIS, FOLLOWING, ALL = (SCOPE_LABELS[s] for s in (Scope.THIS, Scope.FOLLOWING, Scope.ALL))


@pytest.fixture
def series_window(
    make_window: MakeWindow, context: AppContext, store: Store
) -> tuple[MainWindow, int]:
    store.save_settings(Settings(timezone="Europe/London"))
    rule = SeriesRule("FREQ=WEEKLY;BYDAY=MO", NINE, "Europe/London", MONDAY)
    first = Post(Platform.FACEBOOK, Kind.ORIGINAL, "Tip of the week", Status.DRAFT, MONDAY, NINE)
    edit = start_series(None, first, rule, TODAY)
    _, series = store.apply_series_changes(edit.posts, edit.series)
    assert series[0][1] is not None and series[0][1].id is not None
    return make_window(context, store), series[0][1].id


def monday_post(store: Store, series_id: int, weeks: int = 0) -> Post:
    day = MONDAY + dt.timedelta(weeks=weeks)
    return next(p for p in series_posts(store, series_id) if p.series_day == day)


def drop(
    window: MainWindow, post: Post, day: dt.date, asked: Callable[[], list[Shown]] | None = None
) -> None:
    view = window.week_view
    point = view.slot_position(day, post.time)  # type: ignore[arg-type]
    mime = ids_to_mime([post.id])  # type: ignore[list-item]
    assert drag_over(view, point, mime)
    assert drop_at(view, point, mime).isAccepted()
    assert asked is None or asked() == []  # the question comes after the drop event, not in it
    QApplication.processEvents()


def test_moving_this_post_moves_it_alone_and_its_day_is_left_out(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    window, series_id = series_window
    before = series_posts(store, series_id)
    post = monday_post(store, series_id)
    prompts.extend([THIS])
    drop(window, post, MONDAY + dt.timedelta(days=1), asked=lambda: prompts.of("choose"))
    choice = prompts.of("choose")[-1]
    assert "repeats. Move which posts?" in choice.message
    assert choice.detail.splitlines() == [THIS, FOLLOWING, ALL]
    moved = store.get(post.id)  # type: ignore[arg-type]
    assert moved.date == MONDAY + dt.timedelta(days=1) and moved.series == series_id
    assert get_series(store, series_id).rule.skipped == {MONDAY}
    assert [p for p in series_posts(store, series_id) if p.id != post.id] == [
        p for p in before if p.id != post.id
    ]
    assert window.context.undo_stack.count() == 1
    window.context.undo_stack.undo()
    assert series_posts(store, series_id) == before


def test_moving_all_moves_every_post_a_day_and_one_undo_moves_them_back(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    window, series_id = series_window
    before = series_posts(store, series_id)
    prompts.extend([ALL])
    drop(window, monday_post(store, series_id), MONDAY + dt.timedelta(days=1))
    after = series_posts(store, series_id)
    assert {p.date.weekday() for p in after} == {1}  # type: ignore[union-attr]
    assert {p.time for p in after} == {NINE}  # past the March and October clock changes
    assert get_series(store, series_id).rule.rrule == "FREQ=WEEKLY;BYDAY=TU"
    assert window.context.undo_stack.count() == 1
    window.context.undo_stack.undo()
    assert series_posts(store, series_id) == before
    assert get_series(store, series_id).rule.rrule == "FREQ=WEEKLY;BYDAY=MO"
    window.context.undo_stack.redo()
    assert {p.date.weekday() for p in series_posts(store, series_id)} == {1}  # type: ignore[union-attr]


def test_a_cancelled_question_changes_nothing(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    window, series_id = series_window
    before = series_posts(store, series_id)
    drop(window, monday_post(store, series_id), MONDAY + dt.timedelta(days=2))  # no answer
    window.edits.delete_posts([monday_post(store, series_id).id])  # type: ignore[list-item]
    assert series_posts(store, series_id) == before
    assert window.context.undo_stack.count() == 0


def test_deleting_this_and_the_following_keeps_the_earlier_posts(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    window, series_id = series_window
    before = series_posts(store, series_id)
    target = monday_post(store, series_id, weeks=3)
    prompts.extend([FOLLOWING])
    window.edits.delete_posts([target.id])  # type: ignore[list-item]
    assert series_posts(store, series_id) == before[:3]
    assert get_series(store, series_id).rule.end == target.series_day - dt.timedelta(days=1)  # type: ignore[operator]
    window.context.undo_stack.undo()
    assert series_posts(store, series_id) == before


def test_editing_this_and_the_following_splits_the_series_in_two(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    window, series_id = series_window
    target = monday_post(store, series_id, weeks=2)
    window.edits.edit_post(target.id)  # type: ignore[arg-type]
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    editor.text_edit.setPlainText("Winter tip of the week")
    prompts.extend([FOLLOWING])
    editor.accept()
    assert editor.result() == PostEditor.DialogCode.Accepted
    series = all_series(store).series
    assert len(series) == 2
    earlier = series_posts(store, series_id)
    later = series_posts(store, series[1].id)  # type: ignore[arg-type]
    assert [p.series_day for p in earlier] == [MONDAY, MONDAY + dt.timedelta(weeks=1)]
    assert {p.text for p in earlier} == {"Tip of the week"}
    assert later[0].id == target.id and {p.text for p in later} == {"Winter tip of the week"}
    window.context.undo_stack.undo()
    assert len(all_series(store).series) == 1 and len(series_posts(store, series_id)) == 53


def test_a_new_post_that_repeats_is_one_undo_step(
    make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    store.save_settings(Settings(timezone="Europe/London"))
    window = make_window(context, store)
    window.edits.new_post_at(MONDAY, NINE)
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    repeat = next(s for s in editor.sections if isinstance(s, RepeatSection))
    editor.text_edit.setPlainText("Monday tip")
    repeat.freq.setCurrentIndex(repeat.freq.findData("WEEKLY"))
    repeat.ends.setCurrentIndex(repeat.ends.findData("on"))
    repeat.until.setDate(QDate(2027, 6, 30))
    assert repeat.summary.text().splitlines() == [
        "Every week on Monday, until 30 Jun 2027, at 09:00.",
        "Next: Mon 30 Nov 2026, Mon 7 Dec 2026, Mon 14 Dec 2026, Mon 21 Dec 2026, Mon 28 Dec 2026…",
    ]
    editor.accept()
    assert editor.result() == PostEditor.DialogCode.Accepted
    (series,) = all_series(store).series
    posts = series_posts(store, series.id)  # type: ignore[arg-type]
    assert len(posts) == 31 and posts[-1].date == dt.date(2027, 6, 28)
    assert window.context.undo_stack.undoText() == "Repeat 'Monday tip'"
    window.context.undo_stack.undo()
    assert store.count() == 0 and all_series(store).series == []


def test_the_repeat_control_names_a_time_the_clocks_skip(
    make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    store.save_settings(Settings(timezone="America/New_York"))
    window = make_window(context, store)
    window.edits.new_post_at(dt.date(2027, 3, 7), dt.time(2, 30))
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    editor.time_edit.setTime(QTime(2, 30))
    repeat = next(s for s in editor.sections if isinstance(s, RepeatSection))
    repeat.freq.setCurrentIndex(repeat.freq.findData("WEEKLY"))
    lines = repeat.summary.text().splitlines()
    assert lines[0] == "Every week on Sunday, at 02:30."
    assert "Sun 14 Mar 2027 03:30" in lines[1]
    assert lines[2].startswith("02:30 on Sun 14 Mar 2027 does not exist in America/New_York")


def test_a_bad_custom_rule_keeps_the_editor_open_and_says_why(
    make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    window = make_window(context, store)
    window.edits.new_post_at(MONDAY, NINE)
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    editor.text_edit.setPlainText("Monday tip")
    repeat = next(s for s in editor.sections if isinstance(s, RepeatSection))
    repeat.freq.setCurrentIndex(repeat.freq.findData("CUSTOM"))
    repeat.custom.setText("FREQ=HOURLY")
    editor.accept()
    assert editor.result() != PostEditor.DialogCode.Accepted
    assert "HOURLY is not supported" in repeat.summary.text()
    assert store.count() == 0


def test_top_up_after_the_first_frame_fills_a_year_ahead(
    series_window: tuple[MainWindow, int], store: Store
) -> None:
    window, series_id = series_window
    window.context.today = lambda: TODAY + dt.timedelta(days=60)
    made = top_up_series(window)
    assert made == 9
    assert series_posts(store, series_id)[-1].date == dt.date(2028, 1, 31)
    assert "Added 9 posts of repeating series" in window.statusBar().currentMessage()
    assert window.context.undo_stack.count() == 0  # not an edit of the user's


def test_a_text_edit_of_an_ended_series_still_offers_this_post_alone(
    series_window: tuple[MainWindow, int], store: Store, prompts: ScriptedPrompts
) -> None:
    from planner.core.series_edits import end_series

    window, series_id = series_window
    series = get_series(store, series_id)
    ended = end_series(series, series_posts(store, series_id), MONDAY + dt.timedelta(weeks=8))
    store.apply_series_changes(ended.posts, ended.series)
    target = monday_post(store, series_id, weeks=2)
    window.edits.edit_post(target.id)  # type: ignore[arg-type]
    editor = window.dialogs.current
    assert isinstance(editor, PostEditor)
    repeat = next(s for s in editor.sections if isinstance(s, RepeatSection))
    assert repeat.summary.text().startswith("Every week on Monday, until 25 Jan 2027, at 09:00.")
    editor.text_edit.setPlainText("Just this once")
    prompts.extend([THIS])
    editor.accept()
    assert prompts.of("choose")[-1].detail.splitlines() == [THIS, FOLLOWING, ALL]
    texts = [p.text for p in series_posts(store, series_id)]
    assert texts.count("Just this once") == 1 and len(texts) == 9
