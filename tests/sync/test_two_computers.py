"""Two copies of the planner share one calendar on a real Radicale server: new, moved,
edited and deleted posts travel each way, and conflicts settle as PRODUCT.md says."""

from __future__ import annotations

import datetime as dt

import pytest
from sync_helpers import Computer, utc

from planner.core.domain import Kind, Platform, Status
from planner.sync.decide import CONFLICT_COPY

TUESDAY = dt.date(2026, 12, 1)
Pair = tuple[Computer, Computer]


def both_ways(computers: Pair) -> list[Pair]:
    desk, home = computers
    return [(desk, home), (home, desk)]


@pytest.mark.parametrize("direction", [0, 1], ids=["desk to home", "home to desk"])
def test_a_new_post_arrives_whole_with_its_uid(computers: Pair, direction: int) -> None:
    here, there = both_ways(computers)[direction]
    made = here.add(
        "Meet Sam, our new hygienist.\nAsk us about whitening!",
        TUESDAY,
        dt.time(9, 30),
        platform=Platform.INSTAGRAM,
        kind=Kind.SHARED,
        status=Status.SCHEDULED,
        link="https://example.org/sam?a=1,b=2",
        notes="photo; signed consent",
    )
    assert here.sync().to_json() == {"sent": 1, "received": 0, "conflicts": 0}
    assert there.sync().to_json() == {"sent": 0, "received": 1, "conflicts": 0}
    arrived = there.post(made.uid)
    assert arrived is not None
    assert arrived.with_changes(id=made.id) == made
    # Nothing is left to do on either side.
    assert here.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    assert there.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}


@pytest.mark.parametrize("direction", [0, 1], ids=["desk to home", "home to desk"])
def test_a_move_an_edit_and_a_delete_arrive(computers: Pair, direction: int) -> None:
    here, there = both_ways(computers)[direction]
    moved = here.add("Flu clinic dates", TUESDAY)
    edited = here.add("Opening hours", TUESDAY, dt.time(12, 0))
    deleted = here.add("Old offer", TUESDAY, dt.time(15, 0), kind=Kind.PROMOTIONAL)
    here.sync()
    there.sync()

    there.edit(moved.uid, date=dt.date(2026, 12, 3), time=dt.time(16, 45))
    there.edit(edited.uid, text="Opening hours: 8 to 6", kind=Kind.SHARED, notes="from Jo")
    there.delete(deleted.uid)
    assert there.sync().to_json() == {"sent": 3, "received": 0, "conflicts": 0}
    assert here.sync().to_json() == {"sent": 0, "received": 3, "conflicts": 0}
    assert here.posts() == {
        uid: post.with_changes(id=here.posts()[uid].id) for uid, post in there.posts().items()
    }
    assert deleted.uid not in here.posts()
    got = here.post(moved.uid)
    assert got is not None and (got.date, got.time) == (dt.date(2026, 12, 3), dt.time(16, 45))


def test_a_post_sent_back_to_the_ideas_leaves_the_calendar_and_stays_an_idea_here(
    computers: Pair,
) -> None:
    desk, home = computers
    first = desk.add("Staff photo day", TUESDAY)
    desk.add("Second post", TUESDAY, dt.time(11, 0))
    desk.sync()
    home.sync()
    desk.edit(first.uid, date=None, time=None, status=Status.IDEA)
    assert desk.sync().sent == 1
    assert home.sync().received == 1
    assert first.uid not in home.posts()
    assert [idea.text for idea in desk.ideas()] == ["Staff photo day"]


@pytest.mark.parametrize("direction", [0, 1], ids=["desk wins", "home wins"])
def test_a_conflict_keeps_the_later_change_and_the_other_as_a_conflict_copy(
    computers: Pair, direction: int
) -> None:
    desk, home = computers
    post = desk.add("Whitening offer", TUESDAY, dt.time(10, 0))
    desk.sync()
    home.sync()
    desk.edit(post.uid, text="Whitening offer: 10% off")
    desk.stamp(post.uid, utc(2026, 12, 1, 9, 0))
    home.edit(post.uid, time=dt.time(14, 0), text="Whitening offer, this week only")
    home.stamp(post.uid, utc(2026, 12, 1, 9, 5) if direction else utc(2026, 12, 1, 8, 55))
    winner_text = "Whitening offer, this week only" if direction else "Whitening offer: 10% off"
    loser_text = "Whitening offer: 10% off" if direction else "Whitening offer, this week only"

    assert desk.sync().to_json() == {"sent": 1, "received": 0, "conflicts": 0}
    settled = home.sync()  # home finds both sides changed
    assert settled.conflicts == 1
    assert settled.to_json() == (
        {"sent": 1, "received": 0, "conflicts": 1}  # home's own is later: sent
        if direction
        else {"sent": 0, "received": 1, "conflicts": 1}  # the calendar's is later: taken
    )
    desk.sync()
    for computer in (desk, home):
        kept = computer.post(post.uid)
        assert kept is not None and kept.text == winner_text
    (copy,) = home.ideas()
    assert copy.text == loser_text and copy.uid != post.uid
    assert copy.notes.startswith(f"{CONFLICT_COPY}: ")
    assert "planned for Tue 1 Dec 2026" in copy.notes
    assert desk.ideas() == []  # a conflict copy is an idea: it stays where it was made
    assert (
        home.sync().to_json() == desk.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    )
    log = home.store.sync_tables().log()
    assert log[0].action == ("sent" if direction else "conflict")
    assert any(entry.action == "conflict" and "conflict copy" in entry.summary for entry in log)


def test_both_sides_making_the_same_change_is_no_conflict(computers: Pair) -> None:
    desk, home = computers
    post = desk.add("Same change", TUESDAY)
    desk.sync()
    home.sync()
    desk.edit(post.uid, time=dt.time(13, 0))
    home.edit(post.uid, time=dt.time(13, 0))
    desk.sync()
    assert home.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    assert home.ideas() == []


@pytest.mark.parametrize("first", ["the delete", "the edit"])
def test_an_edit_beats_a_delete(computers: Pair, first: str) -> None:
    desk, home = computers
    post = desk.add("Christmas hours", TUESDAY)
    desk.add("Another post", TUESDAY, dt.time(11, 0))
    desk.sync()
    home.sync()
    desk.delete(post.uid)
    home.edit(post.uid, text="Christmas hours: closed 25 and 26 Dec")
    if first == "the delete":
        desk.sync()  # the event goes
        assert home.sync().to_json() == {"sent": 1, "received": 0, "conflicts": 1}
        assert desk.sync().received == 1
    else:
        home.sync()  # the edit goes
        assert desk.sync().to_json() == {"sent": 0, "received": 1, "conflicts": 1}
    for computer in (desk, home):
        back = computer.post(post.uid)
        assert back is not None and back.text == "Christmas hours: closed 25 and 26 Dec"
    assert desk.ideas() == home.ideas() == []


def test_a_post_deleted_on_both_sides_is_forgotten(computers: Pair) -> None:
    desk, home = computers
    post = desk.add("Gone everywhere", TUESDAY)
    desk.add("Stays", TUESDAY, dt.time(11, 0))
    desk.sync()
    home.sync()
    desk.delete(post.uid)
    home.delete(post.uid)
    desk.sync()
    assert home.sync().to_json() == {"sent": 0, "received": 0, "conflicts": 0}
    assert post.uid not in home.store.sync_tables().status()


def test_each_synced_change_is_one_entry_in_the_log(computers: Pair) -> None:
    desk, home = computers
    post = desk.add("Logged", TUESDAY)
    desk.sync()
    home.sync()
    desk.edit(post.uid, text="Logged again")
    desk.sync()
    home.sync()
    desk.delete(post.uid)
    desk.sync()
    home.sync()
    actions = [
        (e.action, e.summary.split(":")[0]) for e in reversed(home.store.sync_tables().log())
    ]
    assert actions == [
        ("received", "Received from the calendar (new)"),
        ("received", "Received from the calendar (changed)"),
        ("received", "Deleted here (deleted on the calendar)"),
    ]
    deleted = home.store.sync_tables().log()[0]
    assert '"text": "Logged again"' in deleted.detail  # what was deleted can be read back
