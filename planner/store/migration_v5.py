"""Schema step 5, frozen as shipped: consent records, the posts linked to them, what a
post features (its uses), the review replies kept, and the reply templates edited.

A post keeps the ids of its linked consents in its own ``consents`` column, so that an
edit, its undo and the check against a stale copy treat the links like any other field.
Triggers keep the ``post_consent`` table (one row per link, indexed both ways) in step
with that column, refuse a link to a consent that does not exist, and refuse to delete
a consent that posts link to: it is revoked instead, and the record stays.
"""

from __future__ import annotations

SUMMARY = "consent records and their links to posts, post uses, the replies log"

# A post's linked ids, "3,7", read as the JSON array [3,7].
_LINKED = "json_each('[' || NEW.consents || ']')"
_UNKNOWN = f"""
    NEW.consents != '' AND EXISTS (
        SELECT 1 FROM {_LINKED} AS linked WHERE linked.value NOT IN (SELECT id FROM consent)
    )
"""
_NO_SUCH_CONSENT = "SELECT RAISE(ABORT, 'a post links to a consent record that does not exist')"

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE consent (
        id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        person TEXT NOT NULL,
        covers TEXT NOT NULL,
        platforms TEXT NOT NULL DEFAULT '',
        signed TEXT NOT NULL,
        expires TEXT,
        revoked TEXT,
        form TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )
    """,
    "ALTER TABLE post ADD COLUMN uses TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE post ADD COLUMN consents TEXT NOT NULL DEFAULT ''",
    """
    CREATE TABLE post_consent (
        post_id INTEGER NOT NULL,
        consent_id INTEGER NOT NULL,
        PRIMARY KEY (post_id, consent_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX ix_post_consent_consent ON post_consent (consent_id, post_id)",
    f"""
    CREATE TRIGGER post_links_known_consents BEFORE INSERT ON post WHEN {_UNKNOWN}
    BEGIN {_NO_SUCH_CONSENT}; END
    """,
    f"""
    CREATE TRIGGER post_relinks_known_consents BEFORE UPDATE OF consents ON post
    WHEN {_UNKNOWN}
    BEGIN {_NO_SUCH_CONSENT}; END
    """,
    f"""
    CREATE TRIGGER post_consent_added AFTER INSERT ON post WHEN NEW.consents != ''
    BEGIN
        INSERT INTO post_consent (post_id, consent_id) SELECT NEW.id, value FROM {_LINKED};
    END
    """,
    f"""
    CREATE TRIGGER post_consent_changed AFTER UPDATE OF consents ON post
    BEGIN
        DELETE FROM post_consent WHERE post_id = OLD.id;
        INSERT INTO post_consent (post_id, consent_id) SELECT NEW.id, value FROM {_LINKED};
    END
    """,
    """
    CREATE TRIGGER post_consent_deleted AFTER DELETE ON post
    BEGIN
        DELETE FROM post_consent WHERE post_id = OLD.id;
    END
    """,
    """
    CREATE TRIGGER consent_kept_while_linked BEFORE DELETE ON consent
    WHEN EXISTS (SELECT 1 FROM post_consent WHERE consent_id = OLD.id)
    BEGIN
        SELECT RAISE(ABORT, 'posts link to this consent record; revoke it instead');
    END
    """,
    """
    CREATE TABLE reply (
        id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        date TEXT NOT NULL,
        site TEXT NOT NULL,
        stars INTEGER NOT NULL,
        review TEXT NOT NULL,
        reply TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE reply_template (
        name TEXT NOT NULL PRIMARY KEY,
        text TEXT NOT NULL
    )
    """,
)
