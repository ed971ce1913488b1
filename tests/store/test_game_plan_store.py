"""The game plan in the store: series saved with their posts in one transaction, the days a
series leaves out, the year-ahead top-up, templates, own days, and the search index."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from store_helpers import FIXTURES, digest, peek, scheduled

from planner.core.awareness import OwnDay
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.recurrence import SeriesRule
from planner.core.series_edits import Scope, delete_in_series, edit_in_series, start_series
from planner.core.week_plans import TemplateSlot
from planner.store import Store, open_store
from planner.store.errors import PostChanged
from planner.store.plan_records import (
    add_own_day,
    delete_template,
    find_template,
    hidden_names,
    hide_day,
    own_days,
    save_template,
    templates,
)
from planner.store.search import search_posts
from planner.store.series_rows import SeriesChanged
from planner.store.series_store import all_series, get_series, series_posts, top_up

MONDAY = dt.date(2027, 3, 1)
NINE = dt.time(9, 0)


def weekly_series(store: Store, text: str = "FREQ=WEEKLY;BYDAY=MO") -> int:
    rule = SeriesRule(text, NINE, "Europe/London", MONDAY)
    first = scheduled(MONDAY, text="Tip of the week")
    edit = start_series(None, first, rule, MONDAY)
    _, saved = store.apply_series_changes(edit.posts, edit.series)
    series = saved[0][1]
    assert series is not None and series.id is not None and series.id > 0
    return series.id


def test_a_series_and_its_posts_are_saved_together_and_undone_together(store: Store) -> None:
    series_id = weekly_series(store)
    posts = series_posts(store, series_id)
    assert len(posts) == 53 and {p.series for p in posts} == {series_id}
    assert {p.time for p in posts} == {NINE}  # across the March and October clock changes
    # The undo of it: each change reversed, in one transaction.
    series = get_series(store, series_id)
    store.apply_series_changes([(p, None) for p in posts], [(series, None)])
    assert store.count() == 0 and all_series(store).series == []


def test_this_and_the_following_makes_two_series_in_the_store(store: Store) -> None:
    series_id = weekly_series(store)
    posts = series_posts(store, series_id)
    target = posts[10]
    summer = target.with_changes(text="Summer tip")
    series = get_series(store, series_id)
    edit = edit_in_series(series, posts, target, summer, Scope.FOLLOWING, MONDAY)
    saved_posts, saved_series = store.apply_series_changes(edit.posts, edit.series)
    new_id = saved_series[1][1].id  # type: ignore[union-attr]
    assert new_id is not None and new_id not in (series_id, -1)
    assert [p.series_day for p in series_posts(store, series_id)] == [
        p.series_day for p in posts[:10]
    ]
    later = series_posts(store, new_id)
    assert len(later) == 43 and {p.text for p in later} == {"Summer tip"}
    assert later[0].id == target.id  # the same post, now in the new series
    # Undone: the new series goes, its posts come back to the first one.
    undo = [(after, before) for before, after in saved_posts]
    store.apply_series_changes(undo, [(a, b) for b, a in saved_series])
    assert series_posts(store, series_id) == posts
    assert [s.id for s in all_series(store).series] == [series_id]


def test_a_series_changed_elsewhere_is_refused_and_nothing_is_written(
    store: Store, db_file: Path
) -> None:
    series_id = weekly_series(store)
    posts = series_posts(store, series_id)
    series = get_series(store, series_id)
    edit = delete_in_series(series, posts, posts[3], Scope.ALL)
    changed = edit_in_series(series, posts, posts[1], posts[1].with_changes(text="x"),
                             Scope.ALL, MONDAY)  # fmt: skip
    store.apply_series_changes(changed.posts, changed.series)
    before = digest(db_file)
    with pytest.raises((SeriesChanged, PostChanged)):
        store.apply_series_changes(edit.posts, edit.series)
    assert digest(db_file) == before


def test_a_post_deleted_or_moved_on_its_own_is_never_made_again(store: Store) -> None:
    series_id = weekly_series(store)
    posts = series_posts(store, series_id)
    store.delete(posts[2].id)  # type: ignore[arg-type]
    moved = posts[3].with_changes(date=dt.date(2027, 3, 24))
    store.update(moved)
    skipped = get_series(store, series_id).rule.skipped
    assert skipped == {posts[2].series_day, posts[3].series_day}
    assert top_up(store, MONDAY) == 0
    assert len(series_posts(store, series_id)) == 52


def test_top_up_fills_up_to_a_year_ahead_once(store: Store) -> None:
    series_id = weekly_series(store)
    later = MONDAY + dt.timedelta(days=100)
    before = {p.id for p in series_posts(store, series_id)}
    assert top_up(store, later) == 14
    made = [p for p in series_posts(store, series_id) if p.id not in before]
    assert len(made) == 14 and made[-1].date == dt.date(2028, 6, 5)
    assert {p.time for p in made} == {NINE} and {p.text for p in made} == {"Tip of the week"}
    assert len({p.uid for p in made}) == 14 and all(len(p.uid) == 36 for p in made)
    assert top_up(store, later) == 0


def test_top_up_leaves_a_read_only_store_alone(db_file: Path) -> None:
    with open_store(db_file) as store:
        weekly_series(store)
    with open_store(db_file, read_only=True) as store:
        assert top_up(store, MONDAY + dt.timedelta(days=200)) == 0


def test_search_folds_case_and_accents_and_matches_word_beginnings(store: Store) -> None:
    dentist = store.add(scheduled(MONDAY, text="Unsere Zahnärztin ist zurück"))
    flu = store.add(scheduled(MONDAY, text="Book your Flu-jab today"))
    linked = store.add(
        Post(Platform.X, Kind.SHARED, "Read this", Status.IDEA, link="https://nhs.uk/Vaccinations")
    )
    noted = store.add(scheduled(MONDAY, text="Team photo").with_changes(notes="Ask Dr Müller"))
    ids = lambda text: [p.id for p in search_posts(store, text)]  # noqa: E731
    assert ids("zahnarztin") == [dentist.id]
    assert ids("ZAHNARZ") == [dentist.id]
    assert ids("flu") == [flu.id]
    assert ids("jab") == [flu.id]
    assert ids("vaccin") == [linked.id]
    assert ids("muller") == ids("Müll") == [noted.id]
    assert ids('"') == [] and ids("NEAR(") == []
    store.update(flu.with_changes(text="Book your booster"))
    assert ids("flu") == [] and ids("booster") == [flu.id]
    store.delete(dentist.id)  # type: ignore[arg-type]
    assert ids("zahn") == []


def test_an_older_store_is_indexed_when_it_is_upgraded(db_file: Path) -> None:
    shutil.copyfile(FIXTURES / "planner-v1.db", db_file)
    texts = [row[0] for row in peek(db_file, "SELECT text FROM post")]
    with open_store(db_file) as store:
        word = str(texts[0]).split()[0]
        assert search_posts(store, word)
        assert [p.series for p in store.ideas()] == [None]


def test_templates_are_kept_by_name_and_replaced_only_when_asked(store: Store) -> None:
    slots = [TemplateSlot(0, NINE, Platform.X, Kind.SHARED, "Monday tip")]
    save_template(store, " Quiet  week ", slots)
    assert [t.name for t in templates(store)] == ["Quiet week"]
    with pytest.raises(ValueError, match="already a template"):
        save_template(store, "quiet WEEK", slots)
    save_template(store, "quiet week", [*slots, *slots], replace=True)
    found = find_template(store, "QUIET WEEK")
    assert found is not None and len(found.slots) == 2
    assert delete_template(store, "quiet week") == "quiet week"
    assert templates(store) == []
    with pytest.raises(ValueError, match="no posts"):
        save_template(store, "Empty", [])


def test_own_days_and_hidden_names(store: Store) -> None:
    add_own_day(store, OwnDay("Practice birthday", dt.date(2020, 6, 1), yearly=True))
    assert own_days(store) == [OwnDay("Practice birthday", dt.date(2020, 6, 1), True)]
    assert hide_day(store, "Movember") is True
    assert hide_day(store, "movember") is False
    assert hidden_names(store) == ["Movember"]
    with pytest.raises(ValueError, match="empty"):
        add_own_day(store, OwnDay("  ", dt.date(2020, 6, 1)))
