"""Any post the domain accepts comes back from the store exactly as it went in."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.core.domain import FIRST_DAY, LAST_DAY, Kind, Platform, Post, Status
from planner.store import Store

# Any text SQLite can hold: no NUL (Post.problems refuses it) and no lone surrogates
# (they have no UTF-8 form).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=300,
)
tricky = st.sampled_from(["😀", "\n", "\r\n", '"', "'", ",", "=SUM(A1)", "é", "\t", "ß", "\u200b"])
body = st.lists(st.one_of(texts, tricky), min_size=1, max_size=6).map("".join)


@st.composite
def posts(draw: st.DrawFn) -> Post:
    platform = draw(st.sampled_from(list(Platform)))
    status = draw(st.sampled_from(list(Status)))
    text = draw(body.filter(lambda t: t.strip()))[: platform.info.max_chars]
    day: dt.date | None = None
    at: dt.time | None = None
    if status is not Status.IDEA:
        day = draw(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
        at = dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    return Post(
        platform=platform,
        kind=draw(st.sampled_from(list(Kind))),
        text=text,
        status=status,
        date=day,
        time=at,
        link=draw(texts),
        notes=draw(body | st.just("")),
    )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(post=posts())
def test_add_then_get_round_trips_any_valid_post(store: Store, post: Post) -> None:
    assume(not post.problems())  # e.g. text that is only whitespace once cut to the limit
    saved = store.add(post)
    assert saved.uid and saved == post.with_changes(id=saved.id, uid=saved.uid)
    assert store.get(saved.id) == saved  # type: ignore[arg-type]
    if post.date is None:
        assert saved in store.ideas()
    else:
        assert saved in store.posts_between(post.date, post.date)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(batch=st.lists(posts(), min_size=1, max_size=8))
def test_delete_many_then_restore_gives_back_the_same_posts(
    store: Store, batch: list[Post]
) -> None:
    batch = [post for post in batch if not post.problems()]
    saved = store.add_many(batch)
    deleted = store.delete_many([post.id for post in saved])  # type: ignore[misc]
    assert deleted == saved
    store.restore(deleted)
    assert [store.get(post.id) for post in saved] == saved  # type: ignore[arg-type]
