"""A warning about posts the filter hides says so, and a click shows them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.core.domain import Platform, Status
from planner.core.post_filter import PostFilter, describe_hiding
from planner.core.rules import DailyLimitWarning
from planner.store import Store
from planner.ui.window.main_window import MainWindow


def facebook_warning_row(window: MainWindow) -> int:
    warnings = window.report.warnings
    return next(i for i, w in enumerate(warnings) if isinstance(w, DailyLimitWarning))


def click_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    items = window.warnings_panel.list
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_hidden_facebook_posts_are_named_and_shown_again_on_a_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    facebook = next(b for b in window.week_bar.platform_buttons if "Facebook" in b.accessibleName())
    qtbot.mouseClick(facebook, Qt.MouseButton.LeftButton)  # hide Facebook, as a person does
    assert window.hidden_platforms == {Platform.FACEBOOK}
    row = facebook_warning_row(window)
    warning = window.report.warnings[row]
    assert not set(warning.post_ids) & set(window.week_view.shown_ids())
    item = window.warnings_panel.list.item(row)
    assert (
        item.text()
        == f"{warning.message}\nBoth its posts are hidden (Facebook). Click to show them."
    )
    assert window.warnings_panel.messages()[row] == warning.message  # the rule's own words
    click_row(qtbot, window, row)
    assert window.hidden_platforms == set()
    assert facebook.isChecked()  # the bar's toggle agrees
    assert sorted(window.week_view.selected_ids()) == sorted(warning.post_ids)
    assert window.statusBar().currentMessage() == "Showing Facebook again."
    assert window.warnings_panel.list.item(facebook_warning_row(window)).text() == warning.message


def test_a_warning_with_some_posts_hidden_by_status_says_how_many(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    row = facebook_warning_row(window)
    first, second = window.report.warnings[row].post_ids
    post = store.get(first)
    store.apply_changes([(post, post.with_changes(status=Status.DRAFT))])
    window.window_actions.statuses[Status.DRAFT].trigger()  # View → Statuses Shown → Draft
    item = window.warnings_panel.list.item(facebook_warning_row(window))
    assert item.text().endswith("\n1 of its 2 posts is hidden (drafts). Click to show it.")
    click_row(qtbot, window, facebook_warning_row(window))
    assert window.hidden_statuses == set()
    assert sorted(window.week_view.selected_ids()) == sorted([first, second])


def test_what_hides_posts_is_said_in_plain_words() -> None:
    both = PostFilter(frozenset({Platform.FACEBOOK, Platform.X}), frozenset({Status.DRAFT}))
    assert describe_hiding(both) == "Facebook and X posts and drafts"
    assert describe_hiding(PostFilter(frozenset({Platform.X}))) == "X"
    statuses = frozenset({Status.DRAFT, Status.PUBLISHED})
    assert describe_hiding(PostFilter(hidden_statuses=statuses)) == "drafts and published posts"
