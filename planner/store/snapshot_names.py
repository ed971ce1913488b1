"""What snapshots of a store are called, and finding them by their names.

They live beside the store, in ``backups/``. Names sort by time within a reason and say
which store they belong to::

    backups/planner.db.daily.20261201T091500
    backups/planner.db.pre-import.20261201T101502-2     (a second one that second)
    backups/planner.db.pre-v2.20261201T091500           (before schema step 2)
    backups/planner.db.damaged.20261201T091500          (kept aside by a restore)

Only names and the folder listing: nothing here opens a database. Each function takes
the store's path as given and resolves its links first, so a store reached through a
link has one backups folder, beside its real file, and its snapshots its real name.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from planner.store.files import real_store_path

DAILY = "daily"
MANUAL = "manual"
PRE_IMPORT = "pre-import"
PRE_RESTORE = "pre-restore"
PRE_MIGRATION = "pre-migration"  # named pre-v<N> on disk: see ``pre_migration_tag``
REASONS = (DAILY, MANUAL, PRE_IMPORT, PRE_RESTORE, PRE_MIGRATION)
# A damaged store a restore replaced: kept whole, never listed, offered or pruned.
DAMAGED = "damaged"

STAMP = "%Y%m%dT%H%M%S"
_STAMP_LENGTH = len("20261201T091500")


def backups_dir(path: Path) -> Path:
    """Snapshots live beside the store's real file, in ``backups/``."""
    return real_store_path(path).parent / "backups"


def pre_migration_tag(version: int) -> str:
    """``pre-v2``: the tag of the snapshot taken before schema step ``version``."""
    return f"pre-v{version}"


def snapshot_path(store_path: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """A new, unused name in ``backups/`` for a snapshot taken now for ``reason``."""
    if reason not in REASONS or reason == PRE_MIGRATION:
        raise ValueError(f"{reason!r} is not a snapshot reason")
    return unused_backup_path(Path(store_path), reason, now)


def unused_backup_path(store_path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """``backups/<store>.<tag>.<stamp>``, with ``-2``, ``-3``… when that second is taken.

    Snapshots, pre-migration backups and damaged stores share this one naming.
    """
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    store_path = real_store_path(store_path)
    folder = backups_dir(store_path)
    candidate = folder / f"{store_path.name}.{tag}.{stamp}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{store_path.name}.{tag}.{stamp}-{counter}"
    return candidate


def parse_name(store_path: Path, file: Path) -> tuple[str, dt.datetime] | None:
    """The reason and time of a snapshot of ``store_path`` from its name, or None."""
    return _parse(f"{real_store_path(store_path).name}.", file)


def is_backup_name(store_path: Path, name: str) -> bool:
    """Whether ``name`` is one the app gives a copy of ``store_path`` in ``backups/``:
    a snapshot, a pre-migration backup or a damaged file kept aside."""
    prefix = f"{real_store_path(store_path).name}."
    if not name.startswith(prefix):
        return False
    rest = name[len(prefix) :]
    if rest.startswith(f"{DAMAGED}."):  # named like a snapshot, with its own tag
        rest = f"{MANUAL}.{rest[len(DAMAGED) + 1 :]}"
    return _parse(prefix, Path(prefix + rest)) is not None


def _parse(prefix: str, file: Path) -> tuple[str, dt.datetime] | None:
    if not file.name.startswith(prefix):
        return None
    parts = file.name[len(prefix) :].split(".")
    if len(parts) != 2:
        return None  # another store's, a leftover .part, or a file kept aside
    tag, stamp = parts
    reason = PRE_MIGRATION if tag.startswith("pre-v") and tag[5:].isdigit() else tag
    if reason not in REASONS:
        return None
    try:
        taken = dt.datetime.strptime(stamp[:_STAMP_LENGTH], STAMP)
    except ValueError:
        return None
    rest = stamp[_STAMP_LENGTH:]
    if rest and not (rest.startswith("-") and rest[1:].isdigit()):
        return None
    return reason, taken


def snapshot_files(store_path: Path) -> list[tuple[Path, str, dt.datetime]]:
    """This store's snapshot files with their reason and time, newest first.

    The name breaks ties within a second (``-2`` is newer than no suffix).
    """
    store_path = real_store_path(store_path)
    folder = backups_dir(store_path)
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    prefix = f"{store_path.name}."
    found = []
    for file in entries:
        parsed = _parse(prefix, file)
        if parsed is not None and file.is_file():
            found.append((file, *parsed))
    found.sort(key=lambda item: (item[2], _counter(item[0])), reverse=True)
    return found


def _counter(file: Path) -> int:
    stamp = file.name.rsplit(".", 1)[-1]
    return int(stamp.rsplit("-", 1)[1]) if "-" in stamp else 1
