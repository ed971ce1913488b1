"""A calendar of 2,000 posts syncs in a bounded number of requests: one listing, one
multiget per 250 events, one write per change; an unchanged calendar costs the same
few requests whatever its size. Prints what it measured (``pytest -s``)."""

from __future__ import annotations

import datetime as dt
import math
import random
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest
from radicale_server import USER, RadicaleServer, make_calendar
from sync_helpers import Computer

from planner.core.domain import Kind, Platform, Post, Status
from planner.sync.client import FETCH_BATCH
from planner.sync.mapping import event_ics

POSTS = 2_000
EDITS = 40
LOGIN_AND_FIND = 4  # PROPFINDs: the principal (with the login), its home, its calendars
# A practice in Reykjavik: no clock changes. Radicale spends ~20 ms reading the rules of
# a zone that has them (London) when it first reads an event, ~3 ms here; the planner's
# side is the same either way.
ZONE = "Atlantic/Reykjavik"


def plan(count: int) -> list[Post]:
    rng = random.Random(2026)
    return [
        Post(
            rng.choice(list(Platform)),
            rng.choice(list(Kind)),
            f"Post {n}: " + "words " * rng.randint(2, 40),
            status=rng.choice([Status.DRAFT, Status.SCHEDULED]),
            date=dt.date(2026, 1, 5) + dt.timedelta(days=n // 6),
            time=dt.time(8 + n % 6 * 2, 15),
            uid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        )
        for n in range(count)
    ]


def methods(computer: Computer) -> Counter[str]:
    return Counter(method for method, _url in computer.requests)


@pytest.mark.slow
def test_two_thousand_posts_sync_in_a_bounded_number_of_requests(
    radicale_server: RadicaleServer, tmp_path: Path
) -> None:
    make_calendar(radicale_server.url, "plan")
    # The calendar already holds the plan, as another planner left it. Written into the
    # server's folder directly: Radicale reads every event of a calendar on each PUT of
    # a new one, so putting 2,000 there one by one takes it minutes (see the README).
    folder = radicale_server.folder / "collections" / "collection-root" / USER / "plan"
    made = time.perf_counter()
    changed = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    for post in plan(POSTS):
        (folder / f"{post.uid}.ics").write_bytes(
            event_ics(post, zone_name=ZONE, changed_at=changed)
        )
    made = time.perf_counter() - made
    warm = time.perf_counter()
    probe = Computer(tmp_path / "probe.db", radicale_server.url, "plan", ZONE)
    with probe.connection(timeout=300) as connection:
        connection.listing(None)  # the server reads the new files once, into its cache
    warm = time.perf_counter() - warm
    probe.close()

    home = Computer(tmp_path / "home.db", radicale_server.url, "plan", ZONE)
    figures: list[tuple[str, int, float]] = []

    def timed(what: str) -> dict[str, int]:
        home.requests.clear()
        start = time.perf_counter()
        result = home.sync().to_json()
        figures.append((what, len(home.requests), time.perf_counter() - start))
        return result

    assert timed("first sync, 2,000 received") == {"sent": 0, "received": POSTS, "conflicts": 0}
    assert methods(home) == {
        "PROPFIND": LOGIN_AND_FIND,
        "REPORT": 1 + math.ceil(POSTS / FETCH_BATCH),  # the listing, then the multigets
    }
    assert len(home.posts()) == POSTS

    assert timed("nothing changed") == {"sent": 0, "received": 0, "conflicts": 0}
    assert methods(home) == {"PROPFIND": LOGIN_AND_FIND, "REPORT": 1}

    for post in list(home.posts().values())[:EDITS]:
        home.edit(post.uid, text=post.text + " (edited)")
    assert timed(f"{EDITS} edits sent") == {"sent": EDITS, "received": 0, "conflicts": 0}
    assert methods(home) == {"PROPFIND": LOGIN_AND_FIND, "REPORT": 1, "PUT": EDITS}

    assert timed("after sending") == {"sent": 0, "received": 0, "conflicts": 0}
    assert methods(home) == {"PROPFIND": LOGIN_AND_FIND, "REPORT": 1}  # our own writes: known

    print(f"\n2,000 events made in {made:.1f} s; the server read them first in {warm:.1f} s")
    for what, requests, seconds in figures:
        print(f"{what:>28}: {requests:4d} requests, {seconds:5.1f} s")
    home.close()
