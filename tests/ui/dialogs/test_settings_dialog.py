"""The settings dialog: checked in the dialog, saved to the store through one command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform
from planner.core.settings import Band, Settings
from planner.store import Store
from planner.ui.dialogs.settings_dialog import SettingsDialog
from planner.ui.undo import commands
from planner.ui.window.context import AppContext


def open_dialog(qtbot: QtBot, context: AppContext) -> SettingsDialog:
    before = context.store.settings()

    def save(after: Settings) -> bool:
        return commands.push(context, commands.ChangeSettings(context, before, after))

    dialog = SettingsDialog(before, save)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_fields_show_the_stored_settings(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    assert dialog.name_edit.text() == "My Practice"
    assert [dialog.band_min[k].value() for k in Kind] == [20, 50, 0]
    assert [dialog.band_max[k].value() for k in Kind] == [40, 70, 15]
    assert dialog.min_posts.value() == 5
    assert dialog.limits[Platform.FACEBOOK].value() == 1
    assert (dialog.start_hour.value(), dialog.end_hour.value()) == (7, 21)


def test_changes_are_saved_to_the_store_and_undoable(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Riverside Dental")
    dialog.band_max[Kind.PROMOTIONAL].setValue(25)
    dialog.min_posts.setValue(3)
    dialog.limits[Platform.FACEBOOK].setValue(2)
    dialog.start_hour.setValue(8)
    dialog.end_hour.setValue(18)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = store.settings()
    assert saved.practice_name == "Riverside Dental"
    assert saved.bands[Kind.PROMOTIONAL] == Band(0.0, 0.25)
    assert saved.min_posts_for_mix == 3
    assert saved.limit_for(Platform.FACEBOOK) == 2
    assert (saved.day_start_hour, saved.day_end_hour) == (8, 18)
    assert context.undo_stack.undoText() == "Change Settings"
    context.undo_stack.undo()
    assert store.settings() == Settings()


def test_bad_settings_are_explained_and_not_saved(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.band_min[Kind.ORIGINAL].setValue(50)  # above its 40% maximum
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Original: 'at least' is above 'at most'." in dialog.problems_label.text()
    dialog.band_min[Kind.ORIGINAL].setValue(20)
    dialog.start_hour.setValue(20)
    dialog.end_hour.setValue(9)
    dialog.name_edit.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    text = dialog.problems_label.text()
    assert "The practice name is empty." in text
    assert "The working day must start before it ends" in text
    assert store.settings() == Settings()
    assert context.undo_stack.count() == 0


def test_ok_with_nothing_changed_pushes_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert context.undo_stack.count() == 0


def test_problems_show_as_they_are_typed_and_ok_waits_for_a_fix(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.problems_label.isVisible()
    dialog.end_hour.setValue(5)  # before the 7:00 start: no OK pressed yet
    assert dialog.problems_label.isVisible()
    assert "The working day must start before it ends" in dialog.problems_label.text()
    assert not ok.isEnabled()
    dialog.end_hour.setValue(19)
    assert ok.isEnabled() and not dialog.problems_label.isVisible()
    qtbot.keyClicks(dialog.name_edit, "x")
    dialog.name_edit.clear()
    assert "The practice name is empty." in dialog.problems_label.text()
