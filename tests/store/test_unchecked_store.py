"""A store opened before its pages are checked: read at once, written only once checked.

The window reads its first week before SQLite's check of every page has run; these
tests hold the promise that makes that safe: no edit reaches an unchecked file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_helpers import corrupt_middle_pages, digest, fill, idea, scheduled

from planner.core import edits
from planner.core.settings import Settings
from planner.store import StoreCorrupt, StoreError, open_store

DAY = dt.date(2026, 1, 5)


def test_an_unchecked_store_is_read_but_refuses_every_edit_until_checked(db_file: Path) -> None:
    fill(db_file, 20)
    store = open_store(db_file, check_pages=False)
    try:
        assert not store.pages_checked
        assert len(store.posts_between(DAY, DAY)) == 1  # reading needs no check
        before = digest(db_file)
        first = store.get(1)
        attempts = [
            lambda: store.add(idea()),
            lambda: store.add_many([scheduled(DAY)]),
            lambda: store.update(first.with_changes(text="changed")),
            lambda: store.update(edits.moved(store.get(1), DAY + dt.timedelta(days=1))),
            lambda: store.delete(1),
            lambda: store.save_settings(Settings()),
        ]
        for edit in attempts:
            with pytest.raises(StoreError, match="not been checked") as caught:
                edit()
            assert str(db_file) in str(caught.value)
        assert digest(db_file) == before
        store.check_pages()
        assert store.pages_checked
        assert store.add(idea()).id is not None  # checked: edits go through
    finally:
        store.close()


def test_a_damaged_store_fails_its_late_check_and_stays_unwritable(db_file: Path) -> None:
    fill(db_file, 600)
    corrupt_middle_pages(db_file)
    before = digest(db_file)
    store = open_store(db_file, create=False, check_pages=False)  # the header is sound
    try:
        with pytest.raises(StoreCorrupt):
            store.check_pages()
        assert not store.pages_checked
        with pytest.raises(StoreError, match="not been checked"):
            store.add(idea())
    finally:
        store.close()
    assert digest(db_file) == before


def test_a_store_opened_with_the_full_check_is_checked(db_file: Path) -> None:
    with open_store(db_file) as store:
        assert store.pages_checked
        store.check_pages()  # nothing left to do
        store.add(idea())
