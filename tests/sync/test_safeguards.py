"""What keeps a sync from doing harm: a side emptied since the last sync is refused (a
wiped calendar never wipes the plan), starting over deletes nothing, and a server with
no sync-token, or one that forgot ours, is listed in full instead."""

from __future__ import annotations

import datetime as dt

import pytest
from radicale_server import make_calendar, plain_calendar
from sync_helpers import Computer

from planner.store.sync_tables import SyncRecords
from planner.sync.errors import SideEmptied

TUESDAY = dt.date(2026, 12, 1)
Pair = tuple[Computer, Computer]


def three_synced(computers: Pair) -> list[str]:
    desk, home = computers
    uids = [desk.add(f"Post {n}", TUESDAY, dt.time(9 + n, 0)).uid for n in range(3)]
    desk.sync()
    home.sync()
    return uids


def snapshot(computer: Computer) -> tuple[object, ...]:
    tables = computer.store.sync_tables()
    return (computer.posts(), tables.status(), tables.state(), tables.log())


def test_a_wiped_calendar_is_refused_and_wipes_nothing_here(computers: Pair) -> None:
    desk, home = computers
    three_synced(computers)
    settings = desk.store.settings()
    for event in plain_calendar(settings.sync_url, settings.sync_calendar).events():
        event.delete()
    before = snapshot(desk)
    with pytest.raises(SideEmptied, match=r"the calendar 'plan-\d+' holds none of the 3 posts"):
        desk.sync()
    assert snapshot(desk) == before
    # Starting over sends the plan back; nothing is deleted anywhere.
    assert desk.sync(start_over=True).to_json() == {"sent": 3, "received": 0, "conflicts": 0}
    assert home.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    assert len(home.posts()) == 3


def test_a_wiped_plan_is_refused_and_wipes_nothing_on_the_calendar(computers: Pair) -> None:
    desk, home = computers
    uids = three_synced(computers)
    for uid in uids:
        desk.delete(uid)
    with pytest.raises(SideEmptied, match="this plan holds none of the 3 posts it shared"):
        desk.sync()
    assert home.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    assert len(home.posts()) == 3
    assert desk.sync(start_over=True).to_json() == {"sent": 0, "received": 3, "conflicts": 0}


def test_another_calendar_starts_afresh_and_matches_by_uid(
    computers: Pair, shared_radicale: object
) -> None:
    desk, _home = computers
    three_synced(computers)
    settings = desk.store.settings()
    make_calendar(settings.sync_url, "elsewhere")
    desk.store.save_settings(settings.with_changes(sync_calendar="elsewhere"))
    assert desk.sync().to_json() == {"sent": 3, "received": 0, "conflicts": 0}
    assert desk.store.sync_tables().state().calendar.endswith(" elsewhere")


@pytest.mark.parametrize("who", ["desk", "home"])
def test_a_server_without_sync_tokens_is_listed_in_full(computers: Pair, who: str) -> None:
    desk, home = computers
    (desk if who == "desk" else home).use_sync_token = False
    post = desk.add("Listed", TUESDAY)
    other = desk.add("Also listed", TUESDAY, dt.time(11, 0))
    desk.sync()
    assert home.sync().received == 2
    home.edit(post.uid, text="Listed, edited")
    home.delete(other.uid)
    assert home.sync().sent == 2
    assert desk.sync().received == 2
    got = desk.post(post.uid)
    assert got is not None and got.text == "Listed, edited" and other.uid not in desk.posts()
    plain = desk if who == "desk" else home
    plain.requests.clear()
    plain.sync()
    listing = [m for m, _u in plain.requests if m in ("PROPFIND", "REPORT")]
    assert listing[-1] == "PROPFIND"  # the full listing, not a sync-collection REPORT
    assert plain.store.sync_tables().state().token is None


def test_a_forgotten_sync_token_falls_back_to_a_full_listing(computers: Pair) -> None:
    desk, home = computers
    post = desk.add("Token", TUESDAY)
    desk.sync()
    home.sync()
    state = home.store.sync_tables().state()
    forgotten = state.token.rsplit("/", 1)[0] + "/" + "0" * 64  # type: ignore[union-attr]
    home.store.apply_changes([], sync=SyncRecords(state.__class__(state.calendar, forgotten)))
    desk.edit(post.uid, text="Token, edited")
    desk.sync()
    home.requests.clear()
    assert home.sync().to_json() == {"sent": 0, "received": 1, "conflicts": 0}
    # Refused, then listed from nothing, then the one changed event fetched.
    assert [m for m, _u in home.requests if m == "REPORT"] == ["REPORT"] * 3
    assert home.store.sync_tables().state().token not in (None, forgotten)
