"""Posts to put in stores, and ways to look at a store file from outside."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from pathlib import Path

from planner.core.domain import Kind, Platform, Post, Status
from planner.store import open_store

FIXTURES = Path(__file__).with_name("fixtures")


def scheduled(
    day: dt.date,
    at: str = "09:00",
    platform: Platform = Platform.FACEBOOK,
    kind: Kind = Kind.ORIGINAL,
    text: str = "Our opening hours over the holidays",
) -> Post:
    hour, minute = (int(part) for part in at.split(":"))
    return Post(
        platform=platform,
        kind=kind,
        text=text,
        status=Status.SCHEDULED,
        date=day,
        time=dt.time(hour, minute),
    )


def idea(text: str = "A post about our new waiting room") -> Post:
    return Post(platform=Platform.INSTAGRAM, kind=Kind.SHARED, text=text, status=Status.IDEA)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def peek(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the file through a separate plain connection, as another program would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def fill(path: Path, count: int, text_size: int = 300) -> None:
    """A real store with enough rows to span many pages."""
    with open_store(path) as filled:
        filled.add_many(
            [
                scheduled(
                    dt.date(2026, 1, 5) + dt.timedelta(days=i % 300),
                    text=f"post {i} " + "lorem ipsum " * (text_size // 12),
                )
                for i in range(count)
            ]
        )


def corrupt_middle_pages(path: Path) -> None:
    """Overwrite a few pages in the middle of a real store's posts with noise.

    The posts' own pages, found by SQLite's page map: which pages lie in the middle of
    the file depends on how many tables the schema's steps made before them."""
    page_size = peek(path, "PRAGMA page_size")[0][0]
    pages = path.stat().st_size // page_size
    assert pages > 20, "the store should span many pages"
    leaves = [n for (n,) in peek(path, POST_LEAVES)]
    assert len(leaves) > 6, "the posts should span many pages"
    middle = len(leaves) // 2
    noise = random.Random(7)  # the same damage every run
    with open(path, "r+b") as handle:
        for page_number in leaves[middle : middle + 3]:
            handle.seek((page_number - 1) * page_size + 8)
            handle.write(noise.randbytes(page_size - 16))


POST_LEAVES = "SELECT pageno FROM dbstat WHERE name = 'post' AND pagetype = 'leaf' ORDER BY pageno"
