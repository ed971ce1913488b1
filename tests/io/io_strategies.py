"""Hypothesis strategies for posts and hostile text, shared by the io property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from planner.core.domain import FIRST_DAY, LAST_DAY, Kind, Platform, Post, Status

# Any character a file or database can hold: no NUL, no lone surrogates.
storable = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# The characters where escaping and line endings get interesting, drawn often.
# "\ue000" stands for CRLF: st.text draws single characters, and a pair drawn by chance is rare.
tricky = st.sampled_from(list("'=+-@\t\r\n\",; é😀\u2028\x85\ue000"))
prefixes = st.sampled_from(["", "", "=", "+", "-", "@", "\t", "\r", "'", "''", "'=", "\r\n"])


def any_text(max_size: int) -> st.SearchStrategy[str]:
    body = st.text(st.one_of(storable, tricky), max_size=max_size).map(
        lambda t: t.replace("\ue000", "\r\n")
    )
    return st.builds(lambda p, b: (p + b)[:max_size], prefixes, body)


def post_text(platform: Platform, max_size: int = 300) -> st.SearchStrategy[str]:
    limit = min(max_size, platform.info.max_chars)
    return any_text(limit).filter(lambda t: bool(t.strip()))


minute_times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))


@st.composite
def valid_posts(draw: st.DrawFn) -> Post:
    platform = draw(st.sampled_from(list(Platform)))
    status = draw(st.sampled_from(list(Status)))
    dated = status is not Status.IDEA
    post = Post(
        platform=platform,
        kind=draw(st.sampled_from(list(Kind))),
        text=draw(post_text(platform)),
        status=status,
        date=draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)) if dated else None,
        time=draw(minute_times) if dated else None,
        link=draw(any_text(80)),
        notes=draw(any_text(200)),
        id=draw(st.none() | st.integers(1, 10**6)),
        uid=draw(st.just("") | st.uuids().map(str)),
    )
    assert post.problems() == []
    return post
