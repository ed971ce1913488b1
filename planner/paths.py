"""Every path the app uses comes from here, computed when asked, never at import.

The store lives in the user data folder that platformdirs names, unless ``--db PATH``
or the ``PLANNER_DB`` environment variable says otherwise. The files that belong to a
store (its side files, lock and backups) are named here too, so that every layer can
refuse to write over them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "social-media-planner"
APP_ID = "org.smplanner.SocialMediaPlanner"
DB_FILENAME = "planner.db"


def data_dir() -> Path:
    """The folder for the store and its backups."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """``PLANNER_DB``, or the user data folder when it is not set.

    Set but empty is an error (ValueError), not the user's own store: a script's
    ``PLANNER_DB="$TEST_DB"`` with the variable unset must not land on the real plan.
    """
    env = os.environ.get("PLANNER_DB")
    if env is not None:
        if not env.strip():
            raise ValueError(
                "PLANNER_DB is set but empty; name a store file in it, or unset it to use "
                "the store in the user data folder"
            )
        return Path(env).expanduser().absolute()
    return data_dir() / DB_FILENAME


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``PLANNER_DB``, then the user data folder.

    Always absolute: SQLite URIs, snapshot names and messages need a full path, and a
    relative one typed in a terminal means the current folder. An empty name is a
    ValueError: ``--db "$DB"`` with DB unset must not mean the user's own store.
    """
    if override is not None:
        if not os.fspath(override).strip():
            raise ValueError(
                "--db is empty; name a store file, or leave --db out to use the store "
                "in the user data folder"
            )
        return Path(override).expanduser().absolute()
    return default_db_path().absolute()


# The files SQLite and the app keep beside a store. planner.store names them the same way
# (lock_owner.lock_path, errors.backups_dir); they are spelled once, here.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
LOCK_SUFFIX = ".lock"
BACKUPS_FOLDER = "backups"


def lock_file(db: Path) -> Path:
    """``planner.db.lock`` beside ``planner.db``: the open window's lock."""
    return db.with_name(db.name + LOCK_SUFFIX)


def backups_folder(db: Path) -> Path:
    """``backups/`` beside the store: its snapshots."""
    return db.parent / BACKUPS_FOLDER


def _real(path: Path) -> Path:
    # realpath, not Path.resolve(): it never raises, even for a loop of links.
    return Path(os.path.realpath(path.expanduser().absolute()))


def _named_files(db: Path) -> dict[Path, str]:
    """Each file of the store at ``db``, by real path, with what to call it."""
    named = {_real(db): f"the store {db.name} itself"}
    for suffix in SIDE_SUFFIXES:
        named[_real(db.with_name(db.name + suffix))] = f"the store's {suffix} file"
    named[_real(lock_file(db))] = "the store's lock file"
    named[_real(backups_folder(db))] = "the store's backups folder"
    return named


def _store_variants(db_path: str | os.PathLike[str]) -> list[Path]:
    """The store as named and, when links lead elsewhere, as its real file: side files
    follow the real file, a lock and backups folder may follow either."""
    named = Path(db_path).expanduser().absolute()
    real = _real(named)
    return [named] if real == named else [named, real]


def store_files(db_path: str | os.PathLike[str]) -> frozenset[Path]:
    """The real paths of the store, its -wal, -shm and -journal, its lock file and its
    backups folder, for the store as named and as its links resolve."""
    return frozenset(path for db in _store_variants(db_path) for path in _named_files(db))


def refuse_store_overwrite(output: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> None:
    """Raise ValueError, in one line, when writing ``output`` would replace a file of the
    store at ``db_path`` or land in its backups folder.

    Both paths are compared as real paths (links resolved, relative to the current
    folder); a file that exists is also compared by identity, which catches a hard link.
    """
    shown = Path(output)
    target = _real(shown)
    what: str | None = None
    for db in _store_variants(db_path):
        named = _named_files(db)
        what = named.get(target)
        backups = _real(backups_folder(db))
        if what is None and target.is_relative_to(backups):
            what = f"in the store's backups folder {backups}"
        if what is None:
            what = _same_file(target, named)
        if what is not None:
            break
    if what is not None:
        raise ValueError(f"{shown} is {what}; choose another file. Nothing was written.")


def _same_file(target: Path, named: dict[Path, str]) -> str | None:
    """What ``target`` is when it is one of the store's files under another name."""
    try:
        found = target.stat()
    except OSError:
        return None  # nothing there yet, so it cannot be a file of the store
    for path, what in named.items():
        try:
            if os.path.samestat(found, path.stat()):
                return f"{what} (by another name)"
        except OSError:
            continue
    return None


def resource_path(*parts: str) -> Path:
    """A file shipped under ``resources/``, from a source checkout or a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
