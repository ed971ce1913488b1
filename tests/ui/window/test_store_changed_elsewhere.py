"""The window never writes back a stale copy: another program's writes show within a
poll, and an edit of a post that changed underneath is refused with a reload."""

from __future__ import annotations

import datetime as dt
import io
from contextlib import redirect_stderr, redirect_stdout

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli.entry import main
from planner.core.domain import Kind, Platform, Post, Status
from planner.store import Store
from planner.ui.window.main_window import MainWindow
from planner.ui.window.store_watcher import CHANGED_ELSEWHERE, POLL_MS

WEDNESDAY = dt.date(2026, 12, 2)
THURSDAY = dt.date(2026, 12, 3)


def cli(store: Store, *argv: str) -> int:
    """The command line in this process, on its own connection to the store's file."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        return main([*argv, "--db", str(store.path)])


def shown_matches_store(window: MainWindow, store: Store) -> bool:
    week = store.posts_in_week(window.week)
    ideas = store.ideas()
    return window.posts == {p.id: p for p in (*week, *ideas)}


def test_the_window_polls_at_least_once_a_second() -> None:
    assert POLL_MS <= 1000


def test_a_move_from_the_command_line_shows_in_the_window(
    window: MainWindow, store: Store
) -> None:
    post = next(p for p in window.posts.values() if p.date is not None and p.date != THURSDAY)
    assert cli(store, "move", str(post.id), "--date", "2026-12-03", "--time", "15:00") == 0
    assert window.posts[post.id].date == post.date  # not yet seen
    assert window.store_watcher.poll()
    assert (window.posts[post.id].date, window.posts[post.id].time) == (THURSDAY, dt.time(15))
    assert window.statusBar().currentMessage() == CHANGED_ELSEWHERE
    assert not window.store_watcher.poll()  # nothing new since


def test_the_windows_own_edits_are_not_taken_for_another_programs(
    window: MainWindow, store: Store
) -> None:
    post = next(p for p in window.posts.values() if p.kind is not Kind.PROMOTIONAL)
    window.edits.change_kind(post.id, Kind.PROMOTIONAL)  # type: ignore[arg-type]
    assert store.get(post.id).kind is Kind.PROMOTIONAL  # type: ignore[arg-type]
    assert not window.store_watcher.poll()


def test_an_edit_of_a_post_changed_underneath_is_refused_and_the_week_reloaded(
    window: MainWindow, store: Store
) -> None:
    post = next(p for p in window.posts.values() if p.date is not None and p.date != THURSDAY)
    assert post.id is not None
    assert cli(store, "move", str(post.id), "--date", "2026-12-03", "--time", "15:00") == 0
    new_kind = Kind.SHARED if post.kind is not Kind.SHARED else Kind.ORIGINAL
    window.edits.change_kind(post.id, new_kind)  # the window still shows the old slot
    kept = store.get(post.id)
    assert (kept.date, kept.time, kept.kind) == (THURSDAY, dt.time(15), post.kind)
    assert window.context.undo_stack.count() == 0
    assert "changed or deleted elsewhere" in window.statusBar().currentMessage()
    assert window.posts[post.id] == kept  # reloaded


def test_undo_of_a_post_changed_underneath_is_refused_not_written_over(
    window: MainWindow, store: Store
) -> None:
    post = next(p for p in window.posts.values() if p.date is not None)
    assert post.id is not None
    window.edits.move_post(post.id, post.date, dt.time(18, 0), False)
    assert cli(store, "move", str(post.id), "--date", "2026-12-03", "--time", "15:00") == 0
    window.context.undo_stack.undo()
    kept = store.get(post.id)
    assert (kept.date, kept.time) == (THURSDAY, dt.time(15))


STEPS = st.lists(
    st.tuples(st.sampled_from(["cli-add", "cli-move", "cli-delete", "window-move",
                               "window-kind", "window-delete", "undo", "redo"]),
              st.integers(0, 50), st.integers(7, 20)),
    min_size=1, max_size=8,
)  # fmt: skip


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=STEPS)
def test_after_any_mix_of_command_line_and_window_edits_the_window_shows_the_store(
    window: MainWindow, store: Store, steps: list[tuple[str, int, int]]
) -> None:
    for action, pick, hour in steps:
        posts = sorted(window.posts.values(), key=lambda p: p.id or 0)
        dated = [p for p in posts if p.date is not None]
        target = dated[pick % len(dated)] if dated else None
        day = (WEDNESDAY + dt.timedelta(days=pick % 5)).isoformat()
        if action == "cli-add":
            cli(store, "add", "--date", day, "--time", f"{hour:02d}:15", "--platform", "x",
                "--kind", "shared", "--text", f"Tip {pick}")  # fmt: skip
        elif action == "cli-move" and target is not None:
            cli(store, "move", str(target.id), "--date", day, "--time", f"{hour:02d}:30")
        elif action == "cli-delete" and target is not None:
            cli(store, "delete", str(target.id))
        elif action == "window-move" and target is not None:
            window.edits.move_post(target.id, target.date, dt.time(hour, 45), False)  # type: ignore[arg-type]
        elif action == "window-kind" and target is not None:
            kinds = [k for k in Kind if k is not target.kind]
            window.edits.change_kind(target.id, kinds[pick % 2])  # type: ignore[arg-type]
        elif action == "window-delete" and target is not None:
            window.edits.delete_posts([target.id])  # type: ignore[list-item]
        elif action == "undo":
            window.context.undo_stack.undo()
        elif action == "redo":
            window.context.undo_stack.redo()
        window.store_watcher.poll()
        assert shown_matches_store(window, store)


def test_an_unchanged_store_reads_the_same_version(store: Store) -> None:
    before = store.data_version()
    store.add(Post(Platform.X, Kind.SHARED, "Own write", Status.DRAFT, WEDNESDAY, dt.time(9)))
    assert store.data_version() == before  # its own writes leave it be
