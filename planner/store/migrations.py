"""The schema's history: small numbered steps, applied in order.

The version lives in SQLite's ``PRAGMA user_version``. Each step runs in one
transaction that also sets the new version, so a failed step leaves the store exactly
as it was. Before each step on a store that already holds data, a checked snapshot is
written to ``backups/<name>.pre-v<N>.<timestamp>``.

A step's SQL is frozen here as written when it shipped; never edit a released step,
add a new one. A step that adds a post column goes with its line in ``post_columns``,
from which the current reads and writes are made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from planner.store import migration_v5
from planner.store.identifiers import APPLICATION_ID, SETTINGS_ROW_ID
from planner.store.snapshot_names import pre_migration_tag, unused_backup_path
from planner.store.snapshots import snapshot

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:  # only an old store's upgrade needs SQLAlchemy, and it brings its engine
    from sqlalchemy import Connection, Engine


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: the version it makes and the SQL that makes it."""

    version: int
    summary: str
    statements: tuple[str, ...]


V1_POSTS = Migration(
    1,
    "posts, with an index for the week view",
    (
        """
        CREATE TABLE post (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            date TEXT,
            time TEXT,
            text TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE INDEX ix_post_date_time ON post (date, time)",
        f"PRAGMA application_id = {APPLICATION_ID}",
    ),
)

V2_SETTINGS = Migration(
    2,
    "the practice's settings, one JSON row",
    (
        f"""
        CREATE TABLE settings (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = {SETTINGS_ROW_ID}),
            data TEXT NOT NULL
        )
        """,
    ),
)

# A random version-4 UUID made by SQLite, for the posts a store held before v3.
_SQL_UUID4 = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || "
    "'-' || lower(hex(randomblob(6)))"
)

V3_POST_UID = Migration(
    3,
    "a uid for every post, kept through moves, exports, imports and sync",
    (
        "ALTER TABLE post ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
        f"UPDATE post SET uid = {_SQL_UUID4} WHERE uid = ''",
        "CREATE UNIQUE INDEX ix_post_uid ON post (uid) WHERE uid != ''",
    ),
)

V7_ENGAGEMENT = Migration(
    7,
    "engagement records from the networks' exports, and a post's figures typed by hand",
    (
        # One row per (platform, network id or permalink): importing a file again
        # updates its rows. post_id names the planned post it is about, with no foreign
        # key: undoing a delete brings the post back under the same id, and the link.
        """
        CREATE TABLE engagement (
            platform TEXT NOT NULL,
            network_id TEXT NOT NULL,
            date TEXT NOT NULL,
            time TEXT,
            text TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            reach INTEGER,
            engagements INTEGER,
            post_id INTEGER,
            PRIMARY KEY (platform, network_id)
        )
        """,
        "CREATE INDEX ix_engagement_post ON engagement (post_id) WHERE post_id IS NOT NULL",
        "ALTER TABLE post ADD COLUMN reach INTEGER",
        "ALTER TABLE post ADD COLUMN engagements INTEGER",
    ),
)

V5_CONSENT_REPLIES = Migration(5, migration_v5.SUMMARY, migration_v5.STATEMENTS)

# When a post last changed, by whichever program changed it: the calendar sync's "the
# later change wins" needs it. UTC, to the millisecond.
_STAMP_CHANGE = (
    "INSERT OR REPLACE INTO post_changed (uid, at) "
    "VALUES (new.uid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
)

V8_SYNC = Migration(
    8,
    "sharing through a calendar server: status per post, the sync log, change times",
    (
        """
        CREATE TABLE sync_state (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            calendar TEXT NOT NULL,
            token TEXT,
            last_sync TEXT
        )
        """,
        """
        CREATE TABLE sync_item (
            uid TEXT NOT NULL PRIMARY KEY,
            href TEXT NOT NULL,
            etag TEXT NOT NULL,
            hash TEXT NOT NULL,
            sequence INTEGER NOT NULL DEFAULT 0,
            label TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE TABLE sync_foreign (href TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL)",
        """
        CREATE TABLE sync_log (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            uid TEXT NOT NULL,
            summary TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )
        """,
        "CREATE TABLE post_changed (uid TEXT NOT NULL PRIMARY KEY, at TEXT NOT NULL)",
        f"CREATE TRIGGER post_changed_insert AFTER INSERT ON post BEGIN {_STAMP_CHANGE}; END",
        f"CREATE TRIGGER post_changed_update AFTER UPDATE ON post BEGIN {_STAMP_CHANGE}; END",
        "CREATE TRIGGER post_changed_delete AFTER DELETE ON post "
        "BEGIN DELETE FROM post_changed WHERE uid = old.uid; END",
    ),
)

# v9, after sync's v8: a store already at v8 must still get the guard's tables.
V9_GUARD = Migration(
    9,
    "the guard's acknowledgements, the practice's word-list edits and do-not-mention names",
    (
        """
        CREATE TABLE guard_acknowledgement (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            excerpt TEXT NOT NULL,
            reason TEXT NOT NULL,
            acknowledged_at TEXT NOT NULL,
            UNIQUE (post_id, category, excerpt)
        )
        """,
        """
        CREATE TABLE guard_word (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            list_name TEXT NOT NULL,
            phrase TEXT NOT NULL,
            added INTEGER NOT NULL CHECK (added IN (0, 1)),
            UNIQUE (list_name, phrase)
        )
        """,
        """
        CREATE TABLE guard_name (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE
        )
        """,
    ),
)

# v10, after the guard's v9: a store already at v8 or v9 must still get the game plan.
V10_GAME_PLAN = Migration(
    10,
    "the game plan: series, week templates, the practice's awareness days, search",
    (
        """
        CREATE TABLE series (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            rrule TEXT NOT NULL,
            time TEXT NOT NULL,
            zone TEXT NOT NULL,
            start_day TEXT NOT NULL,
            end_day TEXT,
            skipped TEXT NOT NULL DEFAULT '',
            platform TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        )
        """,
        "ALTER TABLE post ADD COLUMN series INTEGER REFERENCES series (id)",
        "ALTER TABLE post ADD COLUMN series_day TEXT",
        "CREATE INDEX ix_post_series ON post (series, series_day) WHERE series IS NOT NULL",
        """
        CREATE TABLE week_template (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            slots TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE awareness_day (
            id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            date TEXT NOT NULL,
            yearly INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE TABLE awareness_hidden (name TEXT NOT NULL PRIMARY KEY)",
        # Search: the text, notes and link of every post, kept in step by triggers. The
        # tokenizer ignores case and accents; the triggers use plain SQL only, so any
        # SQLite tool can still mend a row. The index holds its own copy, so a delete
        # never needs the old text; prefix indexes make the first letters typed quick.
        """
        CREATE VIRTUAL TABLE post_search USING fts5(
            text, notes, link, tokenize="unicode61 remove_diacritics 2", prefix='1 2 3'
        )
        """,
        # The posts already in the plan are indexed by the step itself.
        "INSERT INTO post_search (rowid, text, notes, link) SELECT id, text, notes, link FROM post",
        """
        CREATE TRIGGER post_search_insert AFTER INSERT ON post BEGIN
            INSERT INTO post_search (rowid, text, notes, link)
            VALUES (new.id, new.text, new.notes, new.link);
        END
        """,
        """
        CREATE TRIGGER post_search_delete AFTER DELETE ON post BEGIN
            DELETE FROM post_search WHERE rowid = old.id;
        END
        """,
        """
        CREATE TRIGGER post_search_update AFTER UPDATE OF text, notes, link ON post BEGIN
            DELETE FROM post_search WHERE rowid = old.id;
            INSERT INTO post_search (rowid, text, notes, link)
            VALUES (new.id, new.text, new.notes, new.link);
        END
        """,
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    V1_POSTS,
    V2_SETTINGS,
    V3_POST_UID,
    V5_CONSENT_REPLIES,
    V7_ENGAGEMENT,
    V8_SYNC,
    V9_GUARD,
    V10_GAME_PLAN,
)
LATEST_VERSION = MIGRATIONS[-1].version


def user_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def backup_name(store: Path, version: int, now: dt.datetime | None = None) -> Path:
    """``backups/planner.db.pre-v2.20261201T091500``: which store, before which step, when."""
    return unused_backup_path(store, pre_migration_tag(version), now)


def migrate(
    engine: Engine,
    store: Path,
    *,
    steps: tuple[Migration, ...] = MIGRATIONS,
) -> list[Path]:
    """Bring the store up to the last of ``steps``; return the backups written.

    ``engine`` must begin its transactions with BEGIN IMMEDIATE, so that two
    programs opening an old store at once take turns, and the second finds the work
    done (each step re-reads the version inside its own transaction).
    """
    written: list[Path] = []
    with engine.connect() as conn:
        start = user_version(conn)
        conn.rollback()
    for step in steps:
        if step.version <= start:
            continue
        if start > 0:
            # A brand-new store has nothing to lose; anything older gets a snapshot.
            raw = engine.raw_connection()
            try:
                source = raw.driver_connection
                written.append(snapshot(source, backup_name(store, step.version)))  # type: ignore[arg-type]
            finally:
                raw.close()
        with engine.begin() as conn:
            if user_version(conn) >= step.version:
                continue  # another program did this step meanwhile
            for statement in step.statements:
                conn.exec_driver_sql(statement)
            # PRAGMA takes no bound parameters; the version is our own int.
            conn.exec_driver_sql(f"PRAGMA user_version = {int(step.version)}")
    return written
