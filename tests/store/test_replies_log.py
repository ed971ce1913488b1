"""The replies log and the edited reply templates in the store."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from store_helpers import digest

from planner.core.reply_log import LoggedReply
from planner.store import Store, StoreCorrupt

DAY = dt.date(2026, 12, 2)


def test_replies_are_kept_in_order_without_the_reviewers_name(store: Store) -> None:
    first = store.replies.add(LoggedReply(DAY, "Google", 5, "Lovely staff!", "Thank you!"))
    second = store.replies.add(LoggedReply(DAY, "other", 1, "Awful.", "We are sorry."))
    assert (first.id, second.id) == (1, 2)
    assert store.replies.entries() == [first, second]
    columns = [row[1] for row in sqlite3.connect(store.path).execute("PRAGMA table_info(reply)")]
    assert columns == ["id", "date", "site", "stars", "review", "reply"]


def test_a_reply_that_cannot_be_kept_writes_nothing(store: Store) -> None:
    store.replies.add(LoggedReply(DAY, "Google", 5, "Great", "Thanks!"))
    before = digest(store.path)
    with pytest.raises(ValueError, match=r"The reply is empty\."):
        store.replies.add(LoggedReply(DAY, "Google", 5, "Great", "  "))
    assert digest(store.path) == before


def test_an_edited_template_is_kept_replaced_and_reset(store: Store) -> None:
    assert store.replies.edited_templates() == {}
    store.replies.save_template("negative-1", "Please call {practice}.")
    store.replies.save_template("negative-1", "Please call us.")
    store.replies.save_template("positive-2", "Thank you!")
    assert store.replies.edited_templates() == {
        "negative-1": "Please call us.",
        "positive-2": "Thank you!",
    }
    store.replies.reset_template("negative-1")
    assert store.replies.edited_templates() == {"positive-2": "Thank you!"}


def test_a_logged_reply_that_cannot_be_read_is_named(store: Store) -> None:
    store.replies.add(LoggedReply(DAY, "Yelp", 3, "Meh", "Thanks for writing."))
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE reply SET stars = 'many'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreCorrupt, match="reply 1 holds a value this version cannot read"):
        store.replies.entries()
