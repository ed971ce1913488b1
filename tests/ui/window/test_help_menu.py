"""Help → Keyboard Shortcuts and About, and the keys the Edit menu gained."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.domain import Status
from planner.store import Store
from planner.ui.dialogs.help_dialog import KEYS, AboutDialog, ShortcutsDialog
from planner.ui.window.main_window import MainWindow

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_lists_exactly_the_keys_the_help_shows() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section, flags=re.MULTILINE)
    assert tuple(rows[2:]) == KEYS  # after the header and its rule


def test_the_help_menu_opens_the_keys_and_about(window: MainWindow, store: Store) -> None:
    titles = [a.text() for a in window.help_menu.actions()]
    assert titles == ["&Keyboard Shortcuts", "&About Social Media Planner"]
    window.window_actions.shortcuts.trigger()
    shown = window.dialog
    assert isinstance(shown, ShortcutsDialog)
    assert shown.table.rowCount() == len(KEYS)
    assert shown.table.item(3, 0).text() == "Ctrl+D"
    shown.reject()
    window.window_actions.about.trigger()
    about = window.dialog
    assert isinstance(about, AboutDialog)
    assert str(store.path) in about.text.text()
    about.reject()


def test_ctrl_d_duplicates_and_p_publishes_the_selected_post(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    window.show()
    qtbot.waitExposed(window)
    shown = window.posts.values()
    post = next(p for p in shown if p.status is not Status.PUBLISHED and not p.is_idea)
    assert post.id is not None
    window.week_view.select_posts([post.id])
    window.week_view.setFocus()
    before = store.count()
    qtbot.keyClick(window.week_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.count() == before + 1
    assert "Duplicate" in window.context.undo_stack.undoText()
    window.week_view.select_posts([post.id])
    qtbot.keyClick(window.week_view, Qt.Key.Key_P)
    assert store.get(post.id).status is Status.PUBLISHED
    entries = [a.text() for a in window.edit_menu.actions() if a.text()]
    start = entries.index("D&uplicate")
    assert entries[start : start + 3] == ["D&uplicate", "Mark &Published", "&Delete"]
