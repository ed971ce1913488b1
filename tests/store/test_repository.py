"""Every Store function, and that each edit is on disk when the call returns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_helpers import idea, peek, scheduled

from planner.core import edits
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.settings import Band, Settings
from planner.core.weeks import Week
from planner.store import Store, open_store

W49 = Week(2026, 49)  # Mon 30 Nov .. Sun 6 Dec 2026
MON, TUE, SUN = dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 6)


def on_disk(store: Store, post_id: int) -> list[tuple[object, ...]]:
    return peek(
        store.path,
        "SELECT platform, kind, status, date, time, text, link, notes FROM post WHERE id = ?",
        (post_id,),
    )


def test_a_fresh_store_is_empty_with_default_settings(store: Store) -> None:
    assert store.count() == 0
    assert store.ideas() == []
    assert store.posts_in_week(W49) == []
    assert store.date_span() is None
    assert store.settings() == Settings()
    assert not store.read_only


def test_add_returns_the_post_with_its_id_and_commits_it(store: Store) -> None:
    post = scheduled(TUE, "12:30", Platform.X, Kind.SHARED, text="Floss daily")
    saved = store.add(post)
    assert saved.id is not None and saved.uid
    assert saved == post.with_changes(id=saved.id, uid=saved.uid)
    assert on_disk(store, saved.id) == [
        ("x", "shared", "scheduled", "2026-12-01", "12:30", "Floss daily", "", "")
    ]
    assert store.get(saved.id) == saved


def test_dates_and_times_are_stored_as_local_text_with_no_zone(store: Store) -> None:
    saved = store.add(scheduled(dt.date(2026, 3, 29), "02:30"))  # a DST gap in Europe
    assert peek(store.path, "SELECT date, time, typeof(date) FROM post")[0] == (
        "2026-03-29",
        "02:30",
        "text",
    )
    assert store.get(saved.id).time == dt.time(2, 30)  # type: ignore[arg-type]


def test_an_idea_is_stored_with_no_date(store: Store) -> None:
    saved = store.add(idea())
    assert on_disk(store, saved.id)[0][2:5] == ("idea", None, None)  # type: ignore[arg-type]
    assert store.ideas() == [saved]


def test_get_a_missing_post_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.get(42)


def test_add_refuses_a_post_with_problems_and_writes_nothing(store: Store) -> None:
    empty = scheduled(TUE, text="   ")
    with pytest.raises(ValueError, match="The text is empty"):
        store.add(empty)
    dateless = Post(Platform.X, Kind.SHARED, "hello", status=Status.SCHEDULED)
    with pytest.raises(ValueError, match="needs a date"):
        store.add(dateless)
    with pytest.raises(ValueError, match="NUL"):
        store.add(scheduled(TUE, text="a\x00b"))
    with pytest.raises(ValueError, match="broken character"):
        store.add(scheduled(TUE, text="half a pair \ud83d"))
    assert peek(store.path, "SELECT count(*) FROM post") == [(0,)]


def test_posts_in_week_keeps_to_the_week_in_date_time_id_order(store: Store) -> None:
    before = store.add(scheduled(MON - dt.timedelta(days=1), "23:59"))
    after = store.add(scheduled(SUN + dt.timedelta(days=1), "00:00"))
    late_tue = store.add(scheduled(TUE, "18:00"))
    first_mon = store.add(scheduled(MON, "00:00"))
    tue_a = store.add(scheduled(TUE, "09:00", Platform.X))
    tue_b = store.add(scheduled(TUE, "09:00", Platform.LINKEDIN))
    last_sun = store.add(scheduled(SUN, "23:59"))
    store.add(idea())
    week = store.posts_in_week(W49)
    assert week == [first_mon, tue_a, tue_b, late_tue, last_sun]
    assert before not in week and after not in week


def test_posts_between_is_inclusive(store: Store) -> None:
    a = store.add(scheduled(MON))
    b = store.add(scheduled(TUE))
    store.add(scheduled(SUN))
    assert store.posts_between(MON, TUE) == [a, b]
    assert store.posts_between(TUE, TUE) == [b]
    assert store.posts_between(SUN + dt.timedelta(days=1), SUN + dt.timedelta(days=9)) == []


def test_ideas_come_by_id_and_skip_dated_posts(store: Store) -> None:
    first = store.add(idea("first"))
    store.add(scheduled(TUE))
    second = store.add(idea("second"))
    assert store.ideas() == [first, second]


def test_count_and_date_span(store: Store) -> None:
    store.add(idea())
    assert store.date_span() is None
    store.add(scheduled(TUE))
    store.add(scheduled(dt.date(2027, 1, 4)))
    store.add(scheduled(dt.date(2026, 2, 1)))
    assert store.count() == 4
    assert store.date_span() == (dt.date(2026, 2, 1), dt.date(2027, 1, 4))


def test_add_many_is_one_transaction_with_ids_in_order(store: Store) -> None:
    posts = [scheduled(TUE, text=f"post {i}") for i in range(50)]
    saved = store.add_many(posts)
    assert [p.text for p in saved] == [p.text for p in posts]
    assert all(store.get(p.id) == p for p in saved)  # type: ignore[arg-type]
    assert peek(store.path, "SELECT count(*) FROM post") == [(50,)]
    with pytest.raises(ValueError, match="empty"):
        store.add_many([scheduled(TUE, text="fine"), scheduled(TUE, text="")])
    assert store.count() == 50  # the good one was not written either
    assert store.add_many([]) == []


def test_update_saves_every_field(store: Store) -> None:
    saved = store.add(scheduled(TUE))
    changed = saved.with_changes(
        text="New text, with a comma", link="https://example.org", notes="ask Sam",
        kind=Kind.PROMOTIONAL, platform=Platform.INSTAGRAM, status=Status.PUBLISHED,
        date=MON, time=dt.time(7, 45),
    )  # fmt: skip
    assert store.update(changed) == changed
    assert on_disk(store, saved.id) == [  # type: ignore[arg-type]
        ("instagram", "promotional", "published", "2026-11-30", "07:45",
         "New text, with a comma", "https://example.org", "ask Sam")
    ]  # fmt: skip


def test_update_refuses_unsaved_missing_and_invalid_posts(store: Store) -> None:
    saved = store.add(scheduled(TUE))
    with pytest.raises(ValueError, match="not been saved"):
        store.update(scheduled(TUE))
    with pytest.raises(KeyError):
        store.update(saved.with_changes(id=999))
    with pytest.raises(ValueError, match="idea has no date"):
        store.update(saved.with_changes(status=Status.IDEA))
    assert store.get(saved.id) == saved  # type: ignore[arg-type]


def test_a_move_is_an_update_of_the_slot(store: Store) -> None:
    saved = store.add(scheduled(TUE, "09:00"))
    moved = store.update(edits.moved(saved, SUN, dt.time(16, 15)))
    assert moved == saved.with_changes(date=SUN, time=dt.time(16, 15))
    assert on_disk(store, saved.id)[0][2:5] == ("scheduled", "2026-12-06", "16:15")  # type: ignore[arg-type]
    parked = store.update(edits.unscheduled(moved))
    assert store.ideas() == [parked]


def test_an_update_never_changes_the_uid(store: Store) -> None:
    saved = store.add(scheduled(TUE))
    changed = store.update(saved.with_changes(text="New words", uid="someone-elses"))
    assert changed.uid == saved.uid == store.get(saved.id).uid  # type: ignore[arg-type]


def test_a_new_post_gets_a_uid_and_a_given_uid_is_kept_once(store: Store) -> None:
    first, second = store.add_many([scheduled(TUE), scheduled(MON)])
    assert len({first.uid, second.uid}) == 2
    assert all(len(p.uid) == 36 for p in (first, second))
    kept = store.add(scheduled(SUN).with_changes(uid="0b7c2a52-3f1e-4d6a-9a55-8e2f1c3b4d5e"))
    assert store.get(kept.id).uid == "0b7c2a52-3f1e-4d6a-9a55-8e2f1c3b4d5e"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="already in the plan"):
        store.add(scheduled(SUN).with_changes(uid=first.uid))
    assert store.count() == 3


def test_delete_returns_the_post_and_restore_brings_back_its_id(store: Store) -> None:
    keep = store.add(scheduled(MON))
    gone = store.add(scheduled(TUE, text="Gone, then back"))
    assert store.delete(gone.id) == gone  # type: ignore[arg-type]
    assert on_disk(store, gone.id) == []  # type: ignore[arg-type]
    newer = store.add(scheduled(SUN))
    assert newer.id not in (keep.id, gone.id)  # ids are never reused
    store.restore([gone])
    assert on_disk(store, gone.id)[0][5] == "Gone, then back"  # type: ignore[arg-type]
    assert store.posts_in_week(W49) == [keep, gone, newer]


def test_delete_a_missing_post_is_a_key_error(store: Store) -> None:
    with pytest.raises(KeyError):
        store.delete(7)


def test_delete_many_is_all_or_nothing(store: Store) -> None:
    posts = store.add_many([scheduled(TUE, text=f"p{i}") for i in range(4)])
    ids = [p.id for p in posts]
    with pytest.raises(KeyError):
        store.delete_many([ids[0], 999])  # type: ignore[list-item]
    assert store.count() == 4
    deleted = store.delete_many([ids[2], ids[0]])  # type: ignore[list-item]
    assert deleted == [posts[2], posts[0]]
    assert peek(store.path, "SELECT id FROM post ORDER BY id") == [(ids[1],), (ids[3],)]
    store.restore(deleted)
    assert store.posts_in_week(W49) == posts


def test_restore_refuses_ids_in_use_and_unsaved_posts(store: Store) -> None:
    saved = store.add(scheduled(TUE))
    gone = store.add(scheduled(MON))
    store.delete(gone.id)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=f"Post {saved.id} already exists"):
        store.restore([gone, saved])
    assert store.count() == 1  # gone was not restored either
    with pytest.raises(ValueError, match="saved before"):
        store.restore([scheduled(TUE)])


def test_settings_round_trip_as_one_json_row_and_survive_reopening(db_file: Path) -> None:
    changed = Settings(
        practice_name="Smile Dental, Zürich",
        bands={Kind.ORIGINAL: Band(0.25, 0.35), Kind.SHARED: Band(0.5, 0.7),
               Kind.PROMOTIONAL: Band(0.0, 0.1)},
        daily_limits={Platform.FACEBOOK: 2, Platform.X: 3, Platform.LINKEDIN: 1,
                      Platform.INSTAGRAM: 1},
        day_start_hour=8,
    )  # fmt: skip
    with open_store(db_file) as store:
        store.save_settings(changed)
        store.save_settings(changed)  # saving twice keeps one row
        assert peek(db_file, "SELECT count(*) FROM settings") == [(1,)]
        assert store.settings() == changed
    with open_store(db_file) as store:
        assert store.settings() == changed


def test_save_settings_refuses_bad_settings(store: Store) -> None:
    with pytest.raises(ValueError, match="practice name"):
        store.save_settings(Settings(practice_name=" "))
    assert peek(store.path, "SELECT count(*) FROM settings") == [(0,)]


def test_unreadable_settings_fall_back_to_the_defaults(store: Store) -> None:
    import sqlite3

    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("INSERT INTO settings (id, data) VALUES (1, '{not json')")
    conn.close()
    assert store.settings() == Settings()


def test_a_closed_store_says_so(db_file: Path) -> None:
    store = open_store(db_file)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(RuntimeError, match="closed"):
        store.count()


def test_closing_folds_the_wal_back_into_the_file(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.add(scheduled(TUE))
        assert Path(f"{db_file}-wal").exists()
    assert not Path(f"{db_file}-wal").exists()
    assert peek(db_file, "SELECT count(*) FROM post") == [(1,)]


def test_add_ignores_an_id_the_post_carries(store: Store) -> None:
    first = store.add(scheduled(TUE))
    again = store.add(edits.copied(first, first.date, first.time))
    assert again.id != first.id and again.uid != first.uid and store.count() == 2


def test_two_stores_on_one_file_see_each_others_edits(db_file: Path) -> None:
    # The window and a command line run at the same time.
    with open_store(db_file) as window, open_store(db_file) as command:
        assert window.posts_in_week(W49) == []
        added = command.add(scheduled(TUE))
        assert window.posts_in_week(W49) == [added]
        window.update(added.with_changes(text="Edited in the window"))
        assert command.get(added.id).text == "Edited in the window"  # type: ignore[arg-type]
        assert window.posts_in_week(W49)[0].text == "Edited in the window"
