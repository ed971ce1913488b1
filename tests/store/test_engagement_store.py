"""Engagement in the store (schema v7): each export layout imports with its quirks,
re-imports update, records and post changes save in one transaction, and the outcomes
Insights counts come back joined with the posts' kinds and hand-typed figures."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from store_helpers import peek, scheduled

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.engagement import EngagementRecord, Outcome
from planner.core.engagement_import import RowState, StoredRecord
from planner.io.engagement import read_engagement, read_engagement_file
from planner.store import Store, StoreCorrupt, open_store
from planner.store.engagement_records import EngagementChanged
from planner.store.errors import PostChanged

LAYOUTS = Path(__file__).parent.parent / "io" / "engagement" / "fixtures"
LONDON = "Europe/London"
MONDAY = dt.date(2026, 11, 23)


def import_file(store: Store, source: Path | bytes) -> tuple[int, int, int, int]:
    """Import as the window and the command line do; (new, updated, matched, published)."""
    records = read_engagement(source, zone=LONDON)
    plan = store.plan_engagement_import(records)
    store.apply_engagement(plan.record_changes, plan.post_changes)
    return plan.new, plan.updated, plan.matched, len(plan.post_changes)


def record(
    at: dt.datetime, text: str = "Flu jabs are here", network_id: str = "1"
) -> EngagementRecord:
    return EngagementRecord(Platform.FACEBOOK, at, text, 1000, 40, network_id)


@pytest.mark.parametrize(
    ("name", "layout", "count"),
    [
        ("facebook_business_suite.csv", "facebook", 3),
        ("facebook_business_suite_impressions.csv", "facebook", 2),
        ("facebook_insights_legacy.csv", "facebook-insights", 2),  # two header rows
        ("instagram_business_suite.csv", "instagram", 2),
        ("x_content.csv", "x", 4),
        ("linkedin_posts.xlsx", "linkedin", 3),  # a note row above the header
        ("linkedin_posts.xls", "linkedin", 3),
        ("engagement_planner.csv", "planner", 3),
    ],
)
def test_each_layout_imports_through_the_store_and_reads_back_exactly(
    store: Store, name: str, layout: str, count: int
) -> None:
    found = read_engagement_file(LAYOUTS / name, zone=LONDON)
    assert (found.layout, len(found.records)) == (layout, count)
    assert import_file(store, LAYOUTS / name)[0] == count
    kept = store.engagement_records()
    # Multi-line captions, days with no time, seconds from ids: all come back as read.
    assert sorted((item.record for item in kept), key=_order) == sorted(found.records, key=_order)
    assert all(item.post_id is None for item in kept)  # nothing planned to match
    assert peek(store.path, "SELECT count(*) FROM engagement") == [(count,)]


def _order(item: EngagementRecord) -> tuple[dt.datetime, str, str]:
    return (item.published, item.platform.value, item.network_id)


def test_a_multiline_caption_and_a_day_without_a_time_survive_the_store(store: Store) -> None:
    import_file(store, LAYOUTS / "engagement_planner.csv")
    by_platform = {item.record.platform: item.record for item in store.engagement_records()}
    assert by_platform[Platform.FACEBOOK].text == (
        "Flu jabs for staff are done!\nOur team is ready for winter."
    )
    linkedin = by_platform[Platform.LINKEDIN]
    assert (linkedin.time_known, linkedin.reach, linkedin.engagements) == (False, None, 7)
    assert peek(store.path, "SELECT time FROM engagement WHERE platform = 'linkedin'") == [(None,)]


def test_importing_the_same_file_again_updates_and_never_duplicates(store: Store) -> None:
    source = (LAYOUTS / "x_content.csv").read_bytes()
    assert import_file(store, source)[:2] == (4, 0)
    again = store.plan_engagement_import(read_engagement(source, zone=LONDON))
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)
    assert not again.changes_anything
    # The network counted more since: the same rows with new figures update in place.
    grown = source.replace(b',"1,234",9,40,', b',"1,500",12,44,')
    assert import_file(store, grown)[:2] == (0, 1)
    kept = store.engagement_records()
    assert len(kept) == 4
    tooth = next(item.record for item in kept if item.record.text.startswith("Tooth"))
    assert (tooth.reach, tooth.engagements) == (1500, 12 + 3 + 2 + 1 + 6)


def test_a_row_listed_twice_in_one_file_counts_once_with_its_later_figures(store: Store) -> None:
    first = record(dt.datetime(2026, 11, 23, 9, 0))
    later = EngagementRecord(Platform.FACEBOOK, first.published, first.text, 1500, 90, "1")
    plan = store.plan_engagement_import([first, later])
    assert (plan.new, plan.repeated) == (1, 1)
    store.apply_engagement(plan.record_changes, plan.post_changes)
    (kept,) = store.engagement_records()
    assert (kept.record.reach, kept.record.engagements) == (1500, 90)


@pytest.mark.parametrize(
    ("minutes", "matched"), [(59, True), (-59, True), (61, False), (-61, False)]
)
def test_a_record_matches_a_planned_post_within_the_hour_and_publishes_it(
    store: Store, minutes: int, matched: bool
) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Something else entirely"))
    at = dt.datetime(2026, 11, 23, 9, 0) + dt.timedelta(minutes=minutes)
    new, _updated, count, published = import_file(store, _planner_csv(at, "Our opening hours"))
    assert (new, count, published) == (1, int(matched), int(matched))
    assert store.get(post.id).status is (Status.PUBLISHED if matched else Status.SCHEDULED)
    (kept,) = store.engagement_records()
    assert kept.post_id == (post.id if matched else None)
    assert store.engagement_records(post.id) == ([kept] if matched else [])


def test_the_text_rule_beats_the_nearer_post(store: Store) -> None:
    near = store.add(scheduled(MONDAY, "09:05", text="Parking is free after six"))
    same = store.add(scheduled(MONDAY, "09:50", text="Flu jabs are here: book now"))
    import_file(store, _planner_csv(dt.datetime(2026, 11, 23, 9, 0), "FLU  jabs are here: book"))
    (kept,) = store.engagement_records()
    assert kept.post_id == same.id
    assert store.get(near.id).status is Status.SCHEDULED


def test_a_reimport_keeps_each_record_on_its_post_and_a_post_has_one_record(store: Store) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Flu jabs are here"))
    first = record(dt.datetime(2026, 11, 23, 9, 10), network_id="a")
    plan = store.plan_engagement_import([first])
    store.apply_engagement(plan.record_changes, plan.post_changes)
    # Another file's record near the same post: the post is taken, so no match.
    other = record(dt.datetime(2026, 11, 23, 9, 5), network_id="b")
    plan = store.plan_engagement_import([other])
    assert plan.rows[0].post is None and plan.post_changes == ()
    again = store.plan_engagement_import([first])
    assert again.rows[0].post == store.get(post.id)
    assert again.rows[0].state is RowState.UNCHANGED


def test_records_and_post_changes_save_together_or_not_at_all(store: Store, db_file: Path) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Flu jabs are here"))
    plan = store.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0))])
    assert [after.status for after in plan.published] == [Status.PUBLISHED]
    # Another program edits the post after the preview was made.
    with open_store(db_file) as other:
        other.update(post.with_changes(text="Flu jabs are here, from Monday"))
    with pytest.raises(PostChanged):
        store.apply_engagement(plan.record_changes, plan.post_changes)
    assert store.engagement_records() == []  # the records were not saved either


def test_a_record_changed_elsewhere_refuses_the_whole_set(store: Store, db_file: Path) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Flu jabs are here"))
    plan = store.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0))])
    with open_store(db_file) as other:
        sneaked = other.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0))])
        other.apply_engagement(sneaked.record_changes, ())
    with pytest.raises(EngagementChanged, match="changed elsewhere"):
        store.apply_engagement(plan.record_changes, plan.post_changes)
    assert store.get(post.id).status is Status.SCHEDULED


def test_the_reverse_changes_put_everything_back(store: Store) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Flu jabs are here"))
    kept_before = store.plan_engagement_import(
        [record(dt.datetime(2026, 11, 24, 9), network_id="z")]
    )
    store.apply_engagement(kept_before.record_changes, ())
    snapshot = store.engagement_records()
    changed = EngagementRecord(Platform.FACEBOOK, dt.datetime(2026, 11, 24, 9), "x", 5, 1, "z")
    plan = store.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0)), changed])
    assert (plan.new, plan.updated) == (1, 1)
    saved = store.apply_engagement(plan.record_changes, plan.post_changes)
    store.apply_engagement(
        [(after, before) for before, after in plan.record_changes],
        [(after, before) for before, after in saved],
    )
    assert store.engagement_records() == snapshot
    assert store.get(post.id).status is Status.SCHEDULED


def test_outcomes_join_the_posts_kinds_and_count_typed_figures_once(store: Store) -> None:
    matched = store.add(scheduled(MONDAY, "09:00", kind=Kind.PROMOTIONAL, text="Flu jabs are here"))
    typed = store.add(
        scheduled(MONDAY, "14:00", kind=Kind.SHARED, text="Shared guidance").with_changes(
            status=Status.PUBLISHED, reach=300, engagements=12
        )
    )
    draft = store.add(scheduled(MONDAY, "16:00").with_changes(reach=99, engagements=9))
    assert store.get(typed.id).reach == 300 and store.get(draft.id).engagements == 9
    lone = record(dt.datetime(2026, 11, 25, 18, 0), "Nothing planned", "lone")
    import_file(store, _planner_csv(dt.datetime(2026, 11, 23, 9, 1), "Flu jabs are here"))
    plan = store.plan_engagement_import([lone])
    store.apply_engagement(plan.record_changes, ())
    found = sorted(store.outcomes(), key=lambda o: o.published)
    assert found == [
        Outcome(Platform.FACEBOOK, dt.datetime(2026, 11, 23, 9, 1), 500, 20, Kind.PROMOTIONAL),
        Outcome(Platform.FACEBOOK, dt.datetime(2026, 11, 23, 14, 0), 300, 12, Kind.SHARED),
        Outcome(Platform.FACEBOOK, dt.datetime(2026, 11, 25, 18, 0), 1000, 40, None),
    ]
    # Typed figures on a post an import then covers: the record's figures count, once.
    store.update(store.get(matched.id).with_changes(reach=1, engagements=1))
    assert len(store.outcomes()) == 3


def test_outcomes_are_read_again_after_another_program_imports(store: Store, db_file: Path) -> None:
    assert store.outcomes() == []
    with open_store(db_file) as other:
        plan = other.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0))])
        other.apply_engagement(plan.record_changes, ())
    assert len(store.outcomes()) == 1
    plan = store.plan_engagement_import([record(dt.datetime(2026, 11, 24, 9, 0), network_id="2")])
    store.apply_engagement(plan.record_changes, ())
    assert len(store.outcomes()) == 2


def test_a_record_this_version_cannot_read_is_named(store: Store, db_file: Path) -> None:
    import_file(store, LAYOUTS / "engagement_planner.csv")
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE engagement SET platform = 'myspace' WHERE platform = 'x'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt, match="engagement record '2026-11-24 09:30"):
        store.engagement_records()
    with pytest.raises(StoreCorrupt, match="cannot read"):
        store.outcomes()


def test_a_hand_typed_count_is_checked_before_it_is_saved(store: Store) -> None:
    post = store.add(scheduled(MONDAY).with_changes(status=Status.PUBLISHED))
    with pytest.raises(ValueError, match="reach must be a whole number from 0"):
        store.update(post.with_changes(reach=-1))
    assert post.with_changes(engagements=True).problems()  # a bool is not a count
    assert store.get(post.id).reach is None


def test_the_v7_step_makes_the_engagement_table_and_the_post_figures(store: Store) -> None:
    columns = [row[1] for row in peek(store.path, "PRAGMA table_info(engagement)")]
    assert columns == [
        "platform", "network_id", "date", "time", "text", "link", "reach", "engagements",
        "post_id",
    ]  # fmt: skip
    post_columns = [row[1] for row in peek(store.path, "PRAGMA table_info(post)")]
    at = post_columns.index("reach")  # later steps add their columns after these
    assert post_columns[at : at + 2] == ["reach", "engagements"]
    lookup = "SELECT * FROM engagement WHERE platform = ? AND network_id = ?"
    plan = peek(store.path, f"EXPLAIN QUERY PLAN {lookup}", ("x", "1"))
    assert "USING INDEX sqlite_autoindex_engagement_1" in plan[0][3]


def test_a_copied_post_leaves_its_figures_behind() -> None:
    from planner.core.edits import copied

    published = Post(
        Platform.X,
        Kind.ORIGINAL,
        "Hi",
        Status.PUBLISHED,
        MONDAY,
        dt.time(9),
        reach=5,
        engagements=1,
    )
    copy = copied(published, MONDAY, dt.time(10))
    assert (copy.reach, copy.engagements, copy.status) == (None, None, Status.DRAFT)


def _planner_csv(at: dt.datetime, text: str) -> bytes:
    return (
        "date,time,platform,text,reach,engagements\n"
        f"{at:%Y-%m-%d},{at:%H:%M},facebook,{text},500,20\n"
    ).encode()


def test_stored_records_compare_by_record_and_post() -> None:
    first = StoredRecord(record(dt.datetime(2026, 11, 23, 9)), 4)
    assert first == StoredRecord(record(dt.datetime(2026, 11, 23, 9)), 4)
    assert first != StoredRecord(first.record, None)
    assert first.key == (Platform.FACEBOOK, "1")


def test_an_import_refuses_a_post_deleted_since_the_preview(store: Store, db_file: Path) -> None:
    post = store.add(scheduled(MONDAY, "09:00", text="Flu jabs are here"))
    plan = store.plan_engagement_import([record(dt.datetime(2026, 11, 23, 9, 0))])
    with open_store(db_file) as other:
        other.delete(post.id)
    with pytest.raises(KeyError):
        store.apply_engagement(plan.record_changes, plan.post_changes)
    assert store.engagement_records() == []


def test_a_file_with_no_records_plans_nothing(store: Store) -> None:
    store.add(scheduled(MONDAY))
    plan = store.plan_engagement_import([])
    assert (plan.rows, plan.changes_anything) == ((), False)
