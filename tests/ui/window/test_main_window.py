"""The assembled window: every kind of edit updates the store, the warnings and the day
badges in the same event-loop turn; keys, menus, drops and the window's memory work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from planner.core.demo import sample_fortnight
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.store import Store, open_store
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.dialogs.settings_dialog import SettingsDialog
from planner.ui.undo.commands import quoted
from planner.ui.widgets.mime import ids_to_mime
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
MON, TUE, WED = WEEK.days()[:3]
FB_LIMIT = "Tue 1 Dec: 2 Facebook posts; the limit is 1 a day. Move one to another day."


def tuesday_facebook(store: Store) -> list[Post]:
    return [p for p in store.posts_between(TUE, TUE) if p.platform is Platform.FACEBOOK]


def over_limit(window: MainWindow) -> bool:
    """Whether the Tuesday Facebook warning shows, in the panel and as the day's badge;
    the two must always agree."""
    listed = FB_LIMIT in window.warnings_panel.messages()
    badge = window.week_view.day_badge_text(TUE)
    assert listed == (badge == "2/1 Facebook"), (listed, badge)
    return listed


def undo(window: MainWindow) -> None:
    window.window_actions.undo.trigger()


def redo(window: MainWindow) -> None:
    window.window_actions.redo.trigger()


def press_ok(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_the_window_shows_the_week_its_warnings_and_the_ideas(window: MainWindow) -> None:
    assert window.week_bar.title.text() == "Week 49 · 30 Nov – 6 Dec 2026"
    assert window.warnings_panel.messages() == [FB_LIMIT]
    assert over_limit(window)
    assert len(window.week_view.shown_ids()) == 10
    assert window.save_state.text() == "All changes saved"


def test_move_undo_redo_update_the_warnings_at_once(window: MainWindow, store: Store) -> None:
    _, promo = tuesday_facebook(store)
    window.edits.move_post(promo.id, WED, dt.time(18, 0), False)  # type: ignore[arg-type]
    assert store.get(promo.id).date == WED  # type: ignore[arg-type]
    assert not over_limit(window)
    assert window.window_actions.undo.text() == f"Undo Move {quoted(promo)}"
    assert "Saved" in window.statusBar().currentMessage()
    undo(window)
    assert store.get(promo.id).date == TUE  # type: ignore[arg-type]
    assert over_limit(window)
    assert window.window_actions.redo.text() == f"Redo Move {quoted(promo)}"
    redo(window)
    assert store.get(promo.id).date == WED  # type: ignore[arg-type]
    assert not over_limit(window)


def test_the_edit_menu_names_the_action(window: MainWindow, store: Store) -> None:
    post = store.posts_between(MON, MON)[0]
    window.edits.move_post(post.id, MON, dt.time(10, 0), False)  # type: ignore[arg-type]
    texts = [a.text() for a in window.edit_menu.actions()]
    assert f"Undo Move {quoted(post)}" in texts


def test_add_and_edit_through_the_editor_update_the_warnings(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    _, promo = tuesday_facebook(store)
    window.edits.delete_posts([promo.id])  # type: ignore[list-item]
    assert not over_limit(window)

    window.edits.new_post_at(TUE, dt.time(15, 0))  # a double-click on an empty slot
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    assert editor.platform is Platform.X  # Facebook has its one post that Tuesday
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.FACEBOOK))
    editor.text_edit.setPlainText("Flu clinic on Saturday morning")
    press_ok(qtbot, editor)
    assert window.dialog is None
    assert len(tuesday_facebook(store)) == 2
    assert over_limit(window)
    added = next(p for p in tuesday_facebook(store) if p.time == dt.time(15, 0))
    assert window.week_view.selected_ids() == [added.id]

    window.week_view.editRequested.emit(added.id)  # a double-click on the card
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    editor.platform_box.setCurrentIndex(editor.platform_box.findData(Platform.X))
    press_ok(qtbot, editor)
    assert store.get(added.id).platform is Platform.X  # type: ignore[arg-type]
    assert not over_limit(window)
    undo(window)
    assert over_limit(window)


def test_delete_key_deletes_the_selection_and_undo_restores(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    _, second = tuesday_facebook(store)
    window.week_view.select_posts([second.id])  # type: ignore[list-item]
    window.activateWindow()
    window.week_view.setFocus()
    qtbot.keyClick(window.week_view, Qt.Key.Key_Delete)
    with pytest.raises(KeyError):
        store.get(second.id)  # type: ignore[arg-type]
    assert not over_limit(window)
    undo(window)
    assert store.get(second.id) == second  # type: ignore[arg-type]
    assert over_limit(window)


def test_settings_change_re_evaluates_at_once(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.limits[Platform.FACEBOOK].setValue(2)
    press_ok(qtbot, dialog)
    assert store.settings().limit_for(Platform.FACEBOOK) == 2
    assert not over_limit(window)
    undo(window)
    assert store.settings().limit_for(Platform.FACEBOOK) == 1
    assert over_limit(window)


def test_settings_are_kept_in_the_store(
    qtbot: QtBot, window: MainWindow, db_file: Path, store: Store
) -> None:
    window.edits.open_settings()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.name_edit.setText("Riverside Dental")
    dialog.band_max[Kind.PROMOTIONAL].setValue(20)
    press_ok(qtbot, dialog)
    reopened = open_store(db_file)
    try:
        assert reopened.settings().practice_name == "Riverside Dental"
        assert reopened.settings().bands[Kind.PROMOTIONAL].max == 0.2
    finally:
        reopened.close()


def test_week_switch_keys_and_warnings(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.week_view.setFocus()
    qtbot.keyClick(window.week_view, Qt.Key.Key_PageDown)
    assert window.week == WEEK.next()
    assert window.week_bar.title.text() == "Week 50 · 7 Dec – 13 Dec 2026"
    assert window.warnings_panel.messages() == []
    assert all(window.week_view.day_badge_text(d) is None for d in WEEK.next().days())
    qtbot.keyClick(window.week_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.week_view, Qt.Key.Key_PageUp)
    assert window.week == WEEK.previous()
    assert window.warnings_panel.messages() == []
    qtbot.keyClick(window.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.week == WEEK  # the context's today is in week 49
    assert over_limit(window)


def test_the_date_picker_jumps_to_a_week(window: MainWindow) -> None:
    window.week_bar.picker.setDate(dt.date(2027, 3, 3))
    assert window.week == Week(2027, 9)
    assert window.week_bar.title.text().startswith("Week 9 ·")


def test_clicking_a_warning_selects_its_posts(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    listing = window.warnings_panel.list
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sorted(window.week_view.selected_ids()) == sorted(p.id for p in tuesday_facebook(store))


def test_hidden_platforms_are_not_drawn_but_still_count(window: MainWindow, store: Store) -> None:
    facebook_ids = {p.id for p in store.posts_in_week(WEEK) if p.platform is Platform.FACEBOOK}
    window.window_actions.platforms[Platform.FACEBOOK].trigger()
    shown = set(window.week_view.shown_ids())
    assert shown and not shown & facebook_ids
    assert over_limit(window)  # the rules still count what is hidden
    window.window_actions.platforms[Platform.FACEBOOK].trigger()
    assert facebook_ids <= set(window.week_view.shown_ids())


def test_the_card_menu_duplicates_changes_kind_publishes_and_deletes(
    window: MainWindow, store: Store
) -> None:
    post = store.posts_between(MON, MON)[0]
    assert post.id is not None

    def choose(path: list[str]) -> None:
        window.edits.show_card_menu(post.id, QPoint(100, 100))  # type: ignore[arg-type]
        menu = window.edits.card_menu
        for name in path:
            action = next(a for a in menu.actions() if a.text().replace("&", "") == name)
            if action.menu() is not None:
                menu = action.menu()
            else:
                action.trigger()
        window.edits.card_menu.close()

    before = store.count()
    choose(["Duplicate"])
    assert store.count() == before + 1
    assert window.window_actions.undo.text() == f"Undo Duplicate {quoted(post)}"
    choose(["Change Kind", "Promotional (P)"])
    assert store.get(post.id).kind is Kind.PROMOTIONAL
    assert any(w.startswith("Promotional is") for w in window.warnings_panel.messages())
    choose(["Mark Published"])
    assert store.get(post.id).status is Status.PUBLISHED
    choose(["Move to Ideas"])
    assert store.get(post.id).is_idea
    assert post.id not in window.week_view.shown_ids()
    undo(window)
    assert store.get(post.id).date == MON
    choose(["Delete"])
    with pytest.raises(KeyError):
        store.get(post.id)


def send_drop(window: MainWindow, post_id: int, day: dt.date, time: dt.time, *, copy=False):
    """Real drag-enter, drag-move and drop events carrying the app's MIME data."""
    view = window.week_view
    point = QPointF(view.slot_position(day, time))
    mime = ids_to_mime([post_id])
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    mods = Qt.KeyboardModifier.ControlModifier if copy else Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(point.toPoint(), actions, mime, left, mods)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), actions, mime, left, mods)
    QApplication.sendEvent(view, move)
    assert move.isAccepted()
    preview = view.drop.preview_text
    drop = QDropEvent(point, actions, mime, left, mods)
    QApplication.sendEvent(view, drop)
    assert drop.isAccepted()
    return preview


def test_a_real_drop_moves_the_card_in_the_store_the_view_and_the_warnings(
    window: MainWindow, store: Store
) -> None:
    _, promo = tuesday_facebook(store)
    assert promo.id is not None
    send_drop(window, promo.id, WED, dt.time(14, 15))
    moved = store.get(promo.id)
    assert (moved.date, moved.time) == (WED, dt.time(14, 15))
    card = window.week_view.card_rect(promo.id)
    assert card is not None
    column = window.week_view.header_rect(WED)
    assert column.left() <= card.center().x() <= column.right()
    assert not over_limit(window)
    assert window.window_actions.undo.text() == f"Undo Move {quoted(promo)}"
    undo(window)
    assert store.get(promo.id) == promo
    assert over_limit(window)


def test_a_ctrl_drop_copies_and_the_hover_warns_first(window: MainWindow, store: Store) -> None:
    monday_facebook = next(
        p for p in store.posts_between(MON, MON) if p.platform.value == "facebook"
    )
    assert monday_facebook.id is not None
    count = store.count()
    preview = send_drop(window, monday_facebook.id, TUE, dt.time(20, 0), copy=True)
    assert preview == "would be 3 Facebook posts; limit 1"
    assert store.count() == count + 1
    assert store.get(monday_facebook.id) == monday_facebook  # the original stays
    assert "Tue 1 Dec: 3 Facebook posts" in window.warnings_panel.messages()[0]
    assert window.week_view.day_badge_text(TUE) == "3/1 Facebook"


def test_an_idea_dropped_on_the_calendar_is_scheduled(window: MainWindow, store: Store) -> None:
    idea = store.ideas()[0]
    assert idea.id is not None
    send_drop(window, idea.id, dt.date(2026, 12, 4), dt.time(11, 30))
    scheduled = store.get(idea.id)
    assert (scheduled.date, scheduled.time, scheduled.status) == (
        dt.date(2026, 12, 4),
        dt.time(11, 30),
        Status.DRAFT,
    )
    assert idea.id in window.week_view.shown_ids()
    assert window.window_actions.undo.text() == f"Undo Schedule {quoted(idea)}"
    undo(window)
    assert store.get(idea.id).is_idea


def test_a_failed_save_says_so_and_leaves_the_screen_honest(
    qtbot: QtBot, make_window: MakeWindow, db_file: Path, tmp_path: Path
) -> None:
    seeded = open_store(db_file)
    seeded.add_many(sample_fortnight(WEEK))
    seeded.close()
    read_only = open_store(db_file, read_only=True)
    prompts = ScriptedPrompts()
    context = AppContext(
        read_only, prompts=prompts, qsettings=qsettings_at(tmp_path / "w.ini"), today=lambda: TUE
    )
    try:
        window = make_window(context, read_only)
        assert window.banner.isVisible()
        assert "Read-only" in window.banner.text()
        assert not window.window_actions.new_post.isEnabled()
        _, promo = tuesday_facebook(read_only)
        assert not window.week_view.acceptDrops()  # a drag is refused outright...
        window.week_view.moveRequested.emit(promo.id, WED, dt.time(9, 0), False)  # ...a nudge
        assert read_only.get(promo.id).date == TUE  # type: ignore[arg-type]
        assert window.week_view.day_badge_text(TUE) == "2/1 Facebook"
        assert window.save_state.text() == "Not saved"
        assert "was not saved" in prompts.errors[0]
        assert window.context.undo_stack.count() == 0
        window.close()
    finally:
        read_only.close()


def test_a_card_dropped_on_the_tray_becomes_an_idea(window: MainWindow, store: Store) -> None:
    _, promo = tuesday_facebook(store)
    assert promo.id is not None
    target = window.ideas_tray.list.viewport()
    point = QPointF(target.rect().center())
    mime = ids_to_mime([promo.id])
    move = Qt.DropAction.MoveAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), move, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, move, mime, left, none)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    assert store.get(promo.id).is_idea
    assert promo.id in window.ideas_tray.ids()
    assert promo.id not in window.week_view.shown_ids()
    assert not over_limit(window)
    assert window.window_actions.undo.text() == f"Undo Unschedule {quoted(promo)}"
    undo(window)
    assert store.get(promo.id) == promo
    assert over_limit(window)


def test_alt_arrows_nudge_the_selected_card(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    _, promo = tuesday_facebook(store)
    assert promo.id is not None
    window.activateWindow()
    window.week_view.setFocus()
    window.week_view.select_posts([promo.id])
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.week_view, Qt.Key.Key_Right, alt)
    assert store.get(promo.id).date == WED
    assert not over_limit(window)
    qtbot.keyClick(window.week_view, Qt.Key.Key_Down, alt)
    assert store.get(promo.id).time == dt.time(18, 15)
    assert window.context.undo_stack.count() == 2  # one command per nudge
    assert window.week_view.selected_ids() == [promo.id]
    undo(window)
    undo(window)
    assert store.get(promo.id) == promo


def test_enter_edits_and_delete_works_on_a_selected_idea(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    idea = store.ideas()[0]
    listing = window.ideas_tray.list
    window.activateWindow()
    listing.setFocus()
    listing.setCurrentRow(0)
    assert window.selected_ids() == [idea.id]
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert isinstance(window.dialog, PostEditor)
    assert window.dialog.text_edit.toPlainText() == idea.text
    window.dialog.reject()
    window.window_actions.delete.trigger()
    assert idea not in store.ideas()
    assert idea.id not in window.ideas_tray.ids()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    def unnamed(top: QWidget) -> list[str]:
        found = []
        for child in top.findChildren(QWidget):
            if not child.isVisible() or child.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            # A button is spoken by its text; a spin box's inner line edit as its spin box.
            named = (
                child.accessibleName()
                or (isinstance(child, QAbstractButton) and child.text().replace("&", ""))
                or (child.parent() and child.parent().accessibleName())
            )
            if not named:
                found.append(f"{type(child).__name__} in {type(child.parent()).__name__}")
        return found

    assert unnamed(window) == []
    window.edits.new_post_at(TUE, dt.time(9, 0))
    assert window.dialog is not None
    assert unnamed(window.dialog) == []
    window.dialog.reject()
    window.edits.open_settings()
    assert window.dialog is not None
    assert unnamed(window.dialog) == []
    window.dialog.reject()


def test_a_failed_undo_is_not_reported_as_saved(window: MainWindow, store: Store) -> None:
    _, promo = tuesday_facebook(store)
    assert promo.id is not None
    window.edits.move_post(promo.id, WED, dt.time(9, 0), False)
    assert window.save_state.text() == "All changes saved"
    store.delete(promo.id)  # gone behind the window's back, say by the command line
    undo(window)
    assert window.save_state.text() == "Not saved"
    assert "no longer in the plan" in window.statusBar().currentMessage()
    assert window.context.undo_stack.count() == 0
    assert promo.id not in window.week_view.shown_ids()


def test_the_platform_filter_is_remembered(
    make_window: MakeWindow, window: MainWindow, context: AppContext, store: Store
) -> None:
    window.window_actions.platforms[Platform.X].trigger()
    window.close()
    again = make_window(context, store)
    assert again.hidden_platforms == {Platform.X}
    assert not again.window_actions.platforms[Platform.X].isChecked()
    x_ids = {p.id for p in store.posts_in_week(WEEK) if p.platform is Platform.X}
    assert x_ids and not x_ids & set(again.week_view.shown_ids())
    again.close()


def test_standard_keys_create_undo_and_redo(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    window.activateWindow()
    window.week_view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.week_view, Qt.Key.Key_N, ctrl)
    editor = window.dialog
    assert isinstance(editor, PostEditor)
    assert editor.date_edit.date().toPython() == WED  # the context's today, 2 Dec
    editor.reject()
    _, promo = tuesday_facebook(store)
    window.edits.move_post(promo.id, WED, dt.time(18, 0), False)  # type: ignore[arg-type]
    window.week_view.setFocus()
    qtbot.keyClick(window.week_view, Qt.Key.Key_Z, ctrl)
    assert store.get(promo.id).date == TUE  # type: ignore[arg-type]
    assert over_limit(window)
    qtbot.keyClick(window.week_view, Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert store.get(promo.id).date == WED  # type: ignore[arg-type]
    assert not over_limit(window)
