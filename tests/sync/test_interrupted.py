"""The server goes away in the middle of a sync, between any two requests: nothing is
lost, the store is untouched when the first round had not finished, and the next sync
completes with no spurious conflict."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from radicale_server import RadicaleServer, make_calendar
from sync_helpers import ZONE, Computer, utc

from planner.sync.engine import sync
from planner.sync.errors import Unreachable

TUESDAY = dt.date(2026, 12, 1)
_NAMES = itertools.count(1)


class Cut(Exception):
    pass


def set_up(server: RadicaleServer, folder: Path) -> tuple[Computer, Computer]:
    """The desk has a bit of everything to send, and one conflict it wins."""
    name = f"cut-{next(_NAMES)}"
    make_calendar(server.url, name)
    folder.mkdir()
    desk = Computer(folder / "desk.db", server.url, name)
    home = Computer(folder / "home.db", server.url, name)
    a = desk.add("A", TUESDAY, dt.time(9, 0))
    b = desk.add("B", TUESDAY, dt.time(10, 0))
    c = desk.add("C", TUESDAY, dt.time(11, 0))
    desk.sync()
    home.sync()
    home.edit(b.uid, text="B as home wrote it")
    home.stamp(b.uid, utc(2026, 12, 1, 8, 0))
    home.sync()
    desk.add("D", TUESDAY, dt.time(12, 0))
    desk.add("E", TUESDAY, dt.time(13, 0))
    desk.edit(a.uid, text="A, edited")
    desk.delete(c.uid)
    desk.edit(b.uid, text="B as the desk wrote it")
    desk.stamp(b.uid, utc(2026, 12, 1, 9, 0))  # later than home's: the desk wins
    return desk, home


def store_state(computer: Computer) -> tuple[object, ...]:
    tables = computer.store.sync_tables()
    return (computer.posts(), tables.status(), tables.state(), tables.log(), tables.foreign())


def run(
    computer: Computer,
    *,
    rounds: int = 3,
    stop_before: int = 0,
    server: RadicaleServer | None = None,
) -> int:
    """Sync; with ``stop_before``, the server stops just before that request. Returns
    how many requests were made."""
    count = 0

    def counting(method: str, url: str) -> None:
        nonlocal count
        count += 1
        if count == stop_before and server is not None:
            server.stop()

    with computer.connection(on_request=counting) as connection:
        sync(computer.store, connection, zone_name=ZONE, rounds=rounds)
    return count


def test_the_server_going_away_between_any_two_requests_loses_nothing(
    radicale_server: RadicaleServer, tmp_path: Path
) -> None:
    folders = (tmp_path / f"run-{n}" for n in itertools.count())
    desk, home = set_up(radicale_server, next(folders))
    in_all = run(desk)
    desk, home = set_up(radicale_server, next(folders))
    in_first_round = run(desk, rounds=1)
    assert 8 <= in_first_round < in_all <= in_first_round + 3

    for cut in range(1, in_all + 1):
        desk, home = set_up(radicale_server, next(folders))
        before = store_state(desk)
        with pytest.raises(Unreachable):
            run(desk, stop_before=cut, server=radicale_server)
        if cut <= in_first_round:
            assert store_state(desk) == before, cut  # not a row changed
        radicale_server.start()
        # Nothing lost: every version is still here or on the calendar.
        home.sync()
        texts = {p.text for p in [*desk.posts().values(), *home.posts().values()]}
        assert {"A, edited", "B as the desk wrote it", "B as home wrote it", "D", "E"} <= texts
        # And the next sync completes, as if nothing had happened.
        desk.sync()
        home.sync()
        assert sorted(p.text for p in desk.posts().values() if not p.is_idea) == [
            "A, edited",
            "B as the desk wrote it",
            "D",
            "E",
        ], cut
        assert {uid: p.with_changes(id=None) for uid, p in home.posts().items()} == {
            uid: p.with_changes(id=None) for uid, p in desk.posts().items() if not p.is_idea
        }
        (copy,) = desk.ideas()  # one conflict copy, never two
        assert copy.text == "B as home wrote it", cut
        desk.close()
        home.close()
