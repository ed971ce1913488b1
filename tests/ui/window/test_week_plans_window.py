"""Search as you type (Ctrl+F), Copy Week To… and week templates in the window: each copy
is one undo step, shown first with the warnings the target week would have."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Settings
from planner.core.weeks import Week
from planner.store import Store
from planner.store.plan_records import find_template
from planner.ui.dialogs.copy_week_dialog import CopyWeekDialog
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.dialogs.week_template_dialogs import ApplyTemplateDialog, SaveTemplateDialog
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)


def test_ctrl_f_finds_as_you_type_and_opens_the_week_of_the_one_chosen(
    window: MainWindow, store: Store, qtbot: QtBot
) -> None:
    later = store.add(
        Post(
            Platform.X,
            Kind.SHARED,
            "Unsere Zahnärztin ist zurück",
            Status.DRAFT,
            dt.date(2027, 2, 10),
            dt.time(11, 0),
        )
    )
    assert window.game_plan is not None
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert window.game_plan.search_action.shortcuts() == bindings
    window.game_plan.search_action.trigger()
    panel = window.game_plan.search_panel
    assert panel is not None and panel.isVisible()
    qtbot.keyClicks(panel.box, "zahnarz")
    assert [p.id for p in panel.found] == [later.id]
    assert panel.count.text() == "1 post found."
    assert panel.results.item(0).text().startswith("Wed 10 Feb 2027 11:00 · X · Unsere")
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert window.week == Week(2027, 6)
    assert window.week_view.selected_ids() == [later.id]


def test_search_says_when_nothing_or_too_much_is_found(window: MainWindow, qtbot: QtBot) -> None:
    assert window.game_plan is not None
    window.game_plan.open_search()
    panel = window.game_plan.search_panel
    assert panel is not None
    qtbot.keyClicks(panel.box, "qqqq")
    assert panel.count.text() == "No posts found." and panel.results.count() == 0
    panel.box.clear()
    assert panel.count.text() == "Type a word, or the start of one."


def test_copy_week_previews_the_warnings_then_copies_in_one_undo_step(
    window: MainWindow, store: Store
) -> None:
    assert window.game_plan is not None
    window.game_plan.copy_week_action.trigger()
    dialog = window.dialogs.current
    assert isinstance(dialog, CopyWeekDialog)
    target = Week(2027, 2)
    dialog.target.set_week(target)
    copies = dialog.copies()
    source = [p for p in store.posts_in_week(WEEK)]
    assert len(copies) == len(source)
    assert "The week would then have these warnings:" in dialog.preview.text()
    assert "2 Facebook posts; the limit is 1 a day" in dialog.preview.text()
    assert store.posts_in_week(target) == []  # nothing copied yet
    dialog.accept()
    copied = store.posts_in_week(target)
    assert len(copied) == len(source) and {p.status for p in copied} == {Status.DRAFT}
    uids = {p.uid for p in copied}  # new posts: new uids, for the calendar and the CSV
    assert len(uids) == len(copied) and "" not in uids and not uids & {p.uid for p in source}
    assert {(p.date.weekday(), p.time) for p in copied} == {  # type: ignore[union-attr]
        (p.date.weekday(), p.time)
        for p in source  # type: ignore[union-attr]
    }
    assert window.week == target
    assert window.context.undo_stack.undoText() == "Copy 2026-W49 to 2027-W02"
    window.context.undo_stack.undo()
    assert store.posts_in_week(target) == []


def test_a_copy_over_the_clock_change_keeps_wall_clock_times(
    make_window: MakeWindow, context: AppContext, store: Store
) -> None:
    store.save_settings(Settings(timezone="Europe/London"))
    before_change = Week(2027, 12)  # 22-28 Mar; the clocks go forward on Sun 28 Mar
    post = store.add(Post(Platform.X, Kind.SHARED, "Morning tip", Status.SCHEDULED,
                          dt.date(2027, 3, 22), dt.time(9, 0)))  # fmt: skip
    window = make_window(context, store, week=before_change)
    assert window.game_plan is not None
    window.game_plan.copy_week()
    dialog = window.dialogs.current
    assert isinstance(dialog, CopyWeekDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(Status.SCHEDULED))
    dialog.accept()
    (copy,) = store.posts_in_week(before_change.next())
    assert (copy.date, copy.time, copy.status) == (dt.date(2027, 3, 29), post.time,
                                                   Status.SCHEDULED)  # fmt: skip


def test_a_week_is_kept_as_a_template_and_applied_to_another_week(
    window: MainWindow, store: Store, prompts: ScriptedPrompts
) -> None:
    assert window.game_plan is not None
    window.game_plan.save_template_action.trigger()
    save = window.dialogs.current
    assert isinstance(save, SaveTemplateDialog)
    save.name.setText("Busy week")
    save.accept()
    kept = find_template(store, "busy week")
    assert kept is not None and len(kept.slots) == len(store.posts_in_week(WEEK))
    window.game_plan.apply_template_action.trigger()
    apply = window.dialogs.current
    assert isinstance(apply, ApplyTemplateDialog)
    target = Week(2027, 5)
    apply.target.set_week(target)
    assert apply.chosen.currentText() == "Busy week"
    assert "warnings" in apply.preview.text()
    apply.accept()
    made = store.posts_in_week(target)
    assert len(made) == len(kept.slots)
    uids = {p.uid for p in made}
    assert len(uids) == len(made) and "" not in uids
    assert not uids & {p.uid for p in store.posts_in_week(WEEK)}
    window.context.undo_stack.undo()
    assert store.posts_in_week(target) == []
    # Saving again under the same name asks before replacing.
    window.game_plan.save_template()
    again = window.dialogs.current
    assert isinstance(again, SaveTemplateDialog)
    again.name.setText("BUSY WEEK")
    again.accept()  # the scripted answer is no
    assert "already a template" in prompts.questions[-1]
    assert again.isVisible()
