"""Every edit command: done, undone and redone, with the store checked after each step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Band
from planner.store import Store, open_store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.undo import commands
from planner.ui.window.context import AppContext, qsettings_at

TUE = dt.date(2026, 12, 1)
NINE = dt.time(9, 0)


def flu(**changes: object) -> Post:
    post = Post(
        Platform.FACEBOOK,
        Kind.ORIGINAL,
        "Flu clinic on Saturday morning: walk in, no appointment needed.",
        date=TUE,
        time=NINE,
    )
    return post.with_changes(**changes)


def test_add_post_undo_redo_keeps_the_id(context: AppContext, store: Store) -> None:
    command = commands.ChangePosts.add(context, flu())
    assert commands.push(context, command)
    (added,) = command.added
    assert added.id is not None
    assert store.get(added.id) == added
    assert command.text() == "Add 'Flu clinic on…'"

    context.undo_stack.undo()
    assert store.count() == 0
    context.undo_stack.redo()
    assert store.get(added.id) == added
    assert store.count() == 1


def test_edit_post_undo_redo(context: AppContext, store: Store) -> None:
    before = store.add(flu())
    after = before.with_changes(text="Flu clinic moved to Sunday", kind=Kind.SHARED)
    assert commands.push(context, commands.ChangePosts.edit(context, before, after))
    assert store.get(before.id) == after  # type: ignore[arg-type]
    context.undo_stack.undo()
    assert store.get(before.id) == before  # type: ignore[arg-type]
    context.undo_stack.redo()
    assert store.get(before.id) == after  # type: ignore[arg-type]
    assert context.undo_stack.undoText() == "Edit 'Flu clinic moved…'"


def test_move_post_undo_redo(context: AppContext, store: Store) -> None:
    post = store.add(flu(status=Status.SCHEDULED))
    assert post.id is not None
    command = commands.ChangePosts.move(context, post, dt.date(2026, 12, 3), dt.time(14, 15))
    assert command.text() == "Move 'Flu clinic on…'"
    assert commands.push(context, command)
    moved = store.get(post.id)
    assert (moved.date, moved.time, moved.status) == (
        dt.date(2026, 12, 3),
        dt.time(14, 15),
        Status.SCHEDULED,
    )
    context.undo_stack.undo()
    assert store.get(post.id) == post
    context.undo_stack.redo()
    assert store.get(post.id).date == dt.date(2026, 12, 3)
    assert context.undo_stack.count() == 1


def test_copy_post_makes_a_draft_and_undo_removes_only_the_copy(
    context: AppContext, store: Store
) -> None:
    source = store.add(flu(status=Status.PUBLISHED))
    command = commands.ChangePosts.copy(context, source, dt.date(2026, 12, 4), dt.time(8, 0))
    assert commands.push(context, command)
    (copy,) = command.added
    assert copy.id not in (None, source.id)
    assert store.get(copy.id) == copy  # type: ignore[arg-type]
    assert (copy.date, copy.status, copy.text) == (dt.date(2026, 12, 4), Status.DRAFT, source.text)
    context.undo_stack.undo()
    assert store.count() == 1 and store.get(source.id) == source  # type: ignore[arg-type]
    context.undo_stack.redo()
    assert store.get(copy.id) == copy  # type: ignore[arg-type]
    assert command.text() == "Copy 'Flu clinic on…'"


def test_delete_restores_the_same_ids(context: AppContext, store: Store) -> None:
    one = store.add(flu())
    two = store.add(flu(platform=Platform.X, text="Second"))
    command = commands.ChangePosts.delete(context, [one, two])
    assert command.text() == "Delete 2 posts"
    assert commands.push(context, command)
    assert store.count() == 0
    context.undo_stack.undo()
    assert store.get(one.id) == one and store.get(two.id) == two  # type: ignore[arg-type]
    context.undo_stack.redo()
    assert store.count() == 0
    assert commands.ChangePosts.delete(context, [one]).text() == "Delete 'Flu clinic on…'"


def test_schedule_and_unschedule(context: AppContext, store: Store) -> None:
    idea = store.add(flu(status=Status.IDEA, date=None, time=None))
    assert idea.id is not None
    assert commands.push(context, commands.ChangePosts.move(context, idea, TUE, dt.time(11, 45)))
    scheduled = store.get(idea.id)
    assert (scheduled.date, scheduled.time, scheduled.status) == (
        TUE,
        dt.time(11, 45),
        Status.DRAFT,
    )
    assert store.ideas() == []
    context.undo_stack.undo()
    assert store.ideas() == [idea]
    context.undo_stack.redo()
    assert store.get(idea.id) == scheduled

    assert commands.push(context, commands.ChangePosts.unschedule(context, scheduled))
    assert store.ideas() == [idea]
    assert context.undo_stack.undoText() == "Unschedule 'Flu clinic on…'"
    context.undo_stack.undo()
    assert store.get(idea.id) == scheduled
    context.undo_stack.redo()
    assert store.ideas() == [idea]


def test_change_kind_and_mark_published_are_named(context: AppContext, store: Store) -> None:
    post = store.add(flu())
    assert commands.push(context, commands.ChangePosts.change_kind(context, post, Kind.PROMOTIONAL))
    assert store.get(post.id).kind is Kind.PROMOTIONAL  # type: ignore[arg-type]
    assert context.undo_stack.undoText() == "Make 'Flu clinic on…' promotional"
    current = store.get(post.id)  # type: ignore[arg-type]
    assert commands.push(context, commands.ChangePosts.mark_published(context, current))
    assert store.get(post.id).status is Status.PUBLISHED  # type: ignore[arg-type]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert store.get(post.id) == post  # type: ignore[arg-type]


def test_change_settings_undo_redo(context: AppContext, store: Store) -> None:
    before = store.settings()
    bands = {**before.bands, Kind.PROMOTIONAL: Band(0.0, 0.3)}
    after = before.with_changes(practice_name="Riverside Dental", bands=bands)
    assert commands.push(context, commands.ChangeSettings(context, before, after))
    assert store.settings() == after
    context.undo_stack.undo()
    assert store.settings() == before
    context.undo_stack.redo()
    assert store.settings().practice_name == "Riverside Dental"


def test_add_posts_is_one_step(context: AppContext, store: Store) -> None:
    posts = [flu(), flu(platform=Platform.X), flu(status=Status.IDEA, date=None, time=None)]
    command = commands.ChangePosts.add_many(context, posts, "Load Sample Fortnight")
    assert commands.push(context, command)
    assert store.count() == 3
    ids = sorted(p.id for p in command.added if p.id is not None)
    context.undo_stack.undo()
    assert store.count() == 0
    context.undo_stack.redo()
    assert sorted(p.id for p in store.posts_between(TUE, TUE) + store.ideas()) == ids


def test_undo_action_text_names_the_command(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    undo = context.undo_stack.createUndoAction(host, "Undo")
    redo = context.undo_stack.createRedoAction(host, "Redo")
    post = store.add(flu())
    commands.push(context, commands.ChangePosts.move(context, post, TUE, dt.time(10, 0)))
    assert undo.text() == "Undo Move 'Flu clinic on…'"
    context.undo_stack.undo()
    assert redo.text() == "Redo Move 'Flu clinic on…'"


def test_a_refused_save_changes_nothing_and_says_why(
    db_file: Path, tmp_path: Path, prompts: ScriptedPrompts
) -> None:
    open_store(db_file).close()
    read_only = open_store(db_file, read_only=True)
    try:
        context = AppContext(read_only, prompts=prompts, qsettings=qsettings_at(tmp_path / "w.ini"))
        assert not commands.push(context, commands.ChangePosts.add(context, flu()))
        assert context.undo_stack.count() == 0
        assert read_only.count() == 0
        assert len(prompts.errors) == 1
        assert prompts.errors[0].startswith("Add 'Flu clinic on…' was not saved:")
        assert str(db_file) in prompts.errors[0]
    finally:
        read_only.close()


def test_a_failed_undo_leaves_the_stack_matching_the_store(
    context: AppContext, store: Store, prompts: ScriptedPrompts
) -> None:
    post = store.add(flu())
    assert post.id is not None
    assert commands.push(context, commands.ChangePosts.move(context, post, TUE, dt.time(16, 0)))
    heard: list[str] = []
    context.failure_listeners.append(heard.append)
    store.delete(post.id)  # deleted behind the window's back, say by the command line
    context.undo_stack.undo()
    assert context.undo_stack.count() == 0  # the move no longer claims it can be undone
    assert not context.undo_stack.canRedo()
    assert prompts.errors == heard
    assert "no longer in the plan" in heard[0]


def test_a_bug_is_not_mistaken_for_a_save_error(context: AppContext) -> None:
    class Broken(commands.StoreCommand):
        def apply(self) -> None:
            raise AttributeError("a bug")

    with pytest.raises(AttributeError):
        commands.push(context, Broken(context, "Broken"))
