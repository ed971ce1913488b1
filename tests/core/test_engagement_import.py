"""What an engagement import changes, worked out before anything is saved (no store)."""

from __future__ import annotations

import datetime as dt

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.engagement import EngagementRecord
from planner.core.engagement_import import RowState, StoredRecord, plan_import

NINE = dt.datetime(2026, 11, 23, 9, 0)


def post(post_id: int, status: Status, at: dt.datetime = NINE, text: str = "Flu jabs") -> Post:
    return Post(Platform.FACEBOOK, Kind.ORIGINAL, text, status, at.date(), at.time(), id=post_id)


def record(network_id: str, at: dt.datetime = NINE, reach: int = 100) -> EngagementRecord:
    return EngagementRecord(Platform.FACEBOOK, at, "Flu jabs", reach, 5, network_id)


def test_a_post_already_published_is_matched_but_not_changed() -> None:
    plan = plan_import([record("a")], [], [post(1, Status.PUBLISHED)])
    assert plan.matched == 1 and plan.post_changes == ()
    assert plan.rows[0].post == post(1, Status.PUBLISHED) and not plan.rows[0].becomes_published
    assert plan.record_changes == ((None, StoredRecord(record("a"), 1)),)


def test_a_scheduled_post_is_published_and_each_state_is_told() -> None:
    kept = [StoredRecord(record("same"), None), StoredRecord(record("grown", reach=50), None)]
    later = NINE + dt.timedelta(days=2)
    records = [record("same"), record("grown"), record("new", later)]
    plan = plan_import(records, kept, [post(7, Status.SCHEDULED, later)])
    assert [row.state for row in plan.rows] == [RowState.UNCHANGED, RowState.UPDATED, RowState.NEW]
    assert (plan.new, plan.updated, plan.unchanged) == (1, 1, 1)
    ((before, after),) = plan.post_changes
    assert (before.status, after.status, after.id) == (Status.SCHEDULED, Status.PUBLISHED, 7)
    assert [change[0] for change in plan.record_changes] == [kept[1], None]


def test_a_post_matched_by_a_record_from_another_file_is_not_matched_again() -> None:
    kept = [StoredRecord(record("other"), 3)]
    plan = plan_import([record("this")], kept, [post(3, Status.PUBLISHED)])
    assert plan.rows[0].post is None and plan.matched == 0
    # The same record again keeps its post.
    again = plan_import([record("other")], kept, [post(3, Status.PUBLISHED)])
    assert again.rows[0].post is not None and again.rows[0].state is RowState.UNCHANGED
