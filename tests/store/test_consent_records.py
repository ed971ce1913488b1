"""Consent records in the store: saved and read back, linked to posts through the posts'
own field (so an edit and its undo carry the links), never deleted while linked, and
every problem of rule ``consent`` found from what the store holds."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import FIXTURES, digest, idea, peek, scheduled

from planner.core.consent import ConsentRecord, ConsentWarning, Use
from planner.core.consent_rule import ConsentCheck
from planner.core.domain import Platform, Post
from planner.core.rules import evaluate_week
from planner.core.weeks import Week
from planner.store import Store, StoreCorrupt, StoreError, open_store
from planner.store.errors import PostUnreadable

WEEK = Week(2027, 10)  # Mon 8 Mar to Sun 14 Mar 2027
SMILES = frozenset({Use.PHOTO, Use.NAME})


def smith(**changes: object) -> ConsentRecord:
    base = ConsentRecord(
        None, "J. Smith", SMILES, frozenset(), dt.date(2026, 3, 1), dt.date(2028, 3, 1),
        form="Cabinet B", notes="Signed at reception",
    )  # fmt: skip
    return base.with_changes(**changes)


def featuring(consents: frozenset[int], day: dt.date = dt.date(2027, 3, 9), **more: object) -> Post:
    return scheduled(day).with_changes(uses=frozenset({Use.PHOTO}), consents=consents, **more)


def test_a_record_reads_back_as_it_was_saved(store: Store) -> None:
    everything = smith(
        person="Amira Haddad", covers=frozenset(Use), expires=None,
        platforms=frozenset({Platform.INSTAGRAM, Platform.FACEBOOK}),
    )  # fmt: skip
    saved = [store.consents.add(smith()), store.consents.add(everything)]
    assert [r.id for r in saved] == [1, 2]
    assert store.consents.all() == saved
    assert store.consents.get(2) == everything.with_changes(id=2)
    assert store.consents.by_id() == {1: saved[0], 2: saved[1]}
    assert peek(store.path, "SELECT covers, platforms FROM consent WHERE id = 2") == [
        ("photo,video,story,testimonial,name", "facebook,instagram")
    ]
    changed = saved[0].with_changes(person="Jane Smith", covers=frozenset({Use.VIDEO}))
    assert store.consents.update(changed) == changed
    assert store.consents.get(1) == changed
    with pytest.raises(KeyError):
        store.consents.get(3)
    with pytest.raises(KeyError):
        store.consents.update(changed.with_changes(id=9))


def test_a_record_with_problems_is_refused_before_anything_is_written(store: Store) -> None:
    store.consents.add(smith())
    before = digest(store.path)
    for bad, why in [
        (smith(person="  "), "Say whose consent this is."),
        (smith(covers=frozenset()), "Tick at least one thing"),
        (smith(expires=dt.date(2025, 1, 1)), "It expires on 1 Jan 2025, before it was signed"),
        (smith(form="a\x00b"), "NUL"),
    ]:
        with pytest.raises(ValueError, match=why):
            store.consents.add(bad)
    assert digest(store.path) == before and len(store.consents.all()) == 1


def test_revoking_keeps_the_first_revocation(store: Store) -> None:
    record = store.consents.add(smith())
    assert record.id is not None
    with pytest.raises(ValueError, match="before it was signed"):
        store.consents.revoke(record.id, dt.date(2026, 2, 1))
    revoked = store.consents.revoke(record.id, dt.date(2027, 3, 9))
    assert store.consents.get(record.id).revoked == dt.date(2027, 3, 9) == revoked.revoked
    with pytest.raises(ValueError, match=r"already revoked on 9 Mar 2027\."):
        store.consents.revoke(record.id, dt.date(2027, 4, 1))


def test_a_posts_uses_and_links_are_fields_saved_with_it(store: Store) -> None:
    first, second = store.consents.add(smith()), store.consents.add(smith(person="Li Wei"))
    assert first.id == 1 and second.id == 2
    post = store.add(featuring(frozenset({1, 2})).with_changes(uses=frozenset(Use)))
    assert post.id is not None
    assert store.get(post.id) == post
    assert peek(store.path, "SELECT uses, consents FROM post") == [
        ("photo,video,story,testimonial,name", "1,2")
    ]
    assert store.consents.links() == {1: [post.id], 2: [post.id]}
    unlinked = post.with_changes(consents=frozenset({2}))
    store.apply_changes([(post, unlinked)])
    assert store.consents.links() == {2: [post.id]}
    assert store.consents.linked_posts(1) == []
    store.apply_changes([(unlinked, post)])  # an undo puts the link back
    assert store.consents.linked_post_ids(1) == [post.id]


def test_linked_posts_come_dated_first_then_ideas(store: Store) -> None:
    store.consents.add(smith())
    later = store.add(featuring(frozenset({1}), dt.date(2027, 3, 12)))
    waiting = store.add(idea().with_changes(consents=frozenset({1})))
    earlier = store.add(featuring(frozenset({1}), dt.date(2027, 3, 8)))
    store.add(scheduled(dt.date(2027, 3, 8)))  # not linked
    assert store.consents.linked_posts(1) == [earlier, later, waiting]


def test_a_link_to_a_consent_that_does_not_exist_is_refused(store: Store) -> None:
    store.consents.add(smith())
    post = store.add(featuring(frozenset({1})))
    before = digest(store.path)
    with pytest.raises(StoreError, match="links to a consent record that does not exist"):
        store.add(featuring(frozenset({1, 7})))
    with pytest.raises(StoreError, match="links to a consent record that does not exist"):
        store.apply_changes([(post, post.with_changes(consents=frozenset({7})))])
    assert digest(store.path) == before
    assert store.consents.unknown([7, 1, 7, 8]) == [7, 8]


def test_a_linked_consent_is_never_deleted_only_revoked(store: Store) -> None:
    linked, spare = store.consents.add(smith()), store.consents.add(smith(person="Spare"))
    post = store.add(featuring(frozenset({1})))
    before = digest(store.path)
    with pytest.raises(ValueError) as refused:
        store.consents.delete(1)
    assert str(refused.value) == (
        "Consent #1 (J. Smith) cannot be deleted: post 1 links to it. Revoke it instead; the "
        "record stays, and the posts after the revocation are flagged."
    )
    assert digest(store.path) == before
    # Another program's plain DELETE is refused by the store itself.
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="revoke it instead"):
        conn.execute("DELETE FROM consent WHERE id = 1")
    conn.close()
    assert store.consents.delete(2) == spare
    store.delete(post.id or 0)  # once no post links to it, it may go
    assert store.consents.links() == {}
    assert store.consents.delete(1) == linked
    assert store.consents.all() == []


def test_restoring_a_deleted_post_restores_its_links(store: Store) -> None:
    store.consents.add(smith())
    post = store.add(featuring(frozenset({1})))
    (deleted,) = store.delete_many([post.id or 0])
    assert store.consents.links() == {}
    store.restore([deleted])
    assert store.consents.links() == {1: [post.id]}
    assert store.get(post.id or 0) == post


def test_every_consent_problem_is_found_from_what_the_store_holds(store: Store) -> None:
    records = store.consents
    expired = records.add(smith(expires=dt.date(2027, 3, 8)))  # the day before the post
    revoked = records.add(smith(revoked=dt.date(2027, 3, 9)))  # the post's own day
    unsigned = records.add(smith(signed=dt.date(2027, 3, 10)))
    photo_only = records.add(smith(covers=frozenset({Use.PHOTO})))
    instagram = records.add(smith(platforms=frozenset({Platform.INSTAGRAM})))
    valid = records.add(smith(expires=dt.date(2027, 3, 9)))  # ends on the post's day
    ids = [r.id for r in (expired, revoked, unsigned, photo_only, instagram, valid)]
    posts = [store.add(featuring(frozenset({i}))) for i in ids if i is not None]
    story = scheduled(dt.date(2027, 3, 10), text="Patient of the month: a brave smile!")
    missing = store.add(featuring(frozenset()))
    named = store.add(posts[3].with_changes(id=None, uid="", uses=SMILES))
    story = store.add(story)
    check = ConsentCheck(records.by_id())
    report = evaluate_week(WEEK, store.posts_in_week(WEEK), store.settings(), check)
    found = [(w.post, w.consent, w.problem.value) for w in report.warnings
             if isinstance(w, ConsentWarning)]  # fmt: skip
    assert sorted(found, key=lambda f: f[0] or 0) == [
        (posts[0].id, expired.id, "expired"),
        (posts[1].id, revoked.id, "revoked"),
        (posts[2].id, unsigned.id, "not-yet-signed"),
        (posts[4].id, instagram.id, "platform"),
        (missing.id, None, "missing"),
        (named.id, photo_only.id, "scope"),
        (story.id, None, "missing"),
    ]


def test_an_upgraded_store_has_the_tables_and_posts_with_no_uses(
    db_file: Path, tmp_path: Path
) -> None:
    shutil.copyfile(FIXTURES / "planner-v1.db", db_file)
    with open_store(db_file) as store:
        posts = store.posts_between(dt.date(1900, 1, 1), dt.date(2200, 12, 31))
        assert posts and all(p.uses == frozenset() and p.consents == frozenset() for p in posts)
        assert store.consents.all() == [] and store.replies.entries() == []
        store.consents.add(smith())
        relinked = posts[0].with_changes(consents=frozenset({1}))
        store.apply_changes([(posts[0], relinked)])
        assert store.consents.links() == {1: [posts[0].id]}
    tables = {row[0] for row in peek(db_file, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"consent", "post_consent", "reply", "reply_template"} <= tables


def test_a_record_that_cannot_be_read_is_named(store: Store) -> None:
    store.consents.add(smith())
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE consent SET covers = 'photo,hugs' WHERE id = 1")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt, match="consent 1 holds a value this version cannot read"):
        store.consents.all()


def test_a_post_with_unreadable_uses_is_named(store: Store) -> None:
    post = store.add(scheduled(dt.date(2027, 3, 9)))
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE post SET uses = 'selfie' WHERE id = ?", (post.id,))
    conn.commit()
    conn.close()
    with pytest.raises(PostUnreadable, match=f"post {post.id} in .* cannot be read: its uses"):
        store.get(post.id or 0)
