"""Why a store cannot be opened or saved, each in one line that names the file.

Pure Python on purpose: the command line catches these without importing SQLAlchemy.
Making one does no disk work: what to do about a damaged store depends on its backups,
and ``planner.store.messages.error_message`` adds that where the error is shown.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store problem, told in one line that names the file and says what to do."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = Path(path)
        # One line, always: SQLite's own wording sometimes carries a newline.
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class StoreCorrupt(StoreError):
    """A damaged store. Its message says so; ``messages.error_message`` adds the way back."""

    def __init__(self, path: Path, detail: str = "") -> None:
        detail = first_finding(detail)
        found = f" (SQLite reports: {detail})" if detail else ""
        super().__init__(path, f"{path} is damaged{found}; it was left untouched.")


class PostChanged(StoreError):
    """An edit of a post that another program changed (or deleted) since it was read."""

    def __init__(self, path: Path, post_id: int) -> None:
        self.post_id = post_id
        super().__init__(
            path,
            f"Post {post_id} was changed or deleted elsewhere (the command line, or another "
            "copy of the planner) after it was shown, so this change was not made. The plan "
            "is shown again as it is now.",
        )


class StoreNotADatabase(StoreError):
    def __init__(self, path: Path, why: str = "it is not an SQLite database") -> None:
        super().__init__(
            path,
            f"{path} is not a Social Media Planner store ({why}); it was left untouched. "
            "Check the path, or move the file away to start a new store.",
        )


class StoreNotAFile(StoreNotADatabase):
    """A FIFO, a device, a socket or a folder where the store or one of its files belongs.

    Refused from ``os.stat`` alone: opening a FIFO would wait for ever for a writer.
    """

    def __init__(self, path: Path, what: str) -> None:
        self.what = what
        StoreError.__init__(
            self,
            path,
            f"{path} is {what}, not a file; nothing was read or changed. Check the path "
            "of the store.",
        )


class StoreTooNew(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(
            path,
            f"{path} was saved by a newer version of Social Media Planner "
            f"(store version {found}; this version knows up to {known}); it was left "
            "untouched. Update the app to open it.",
        )


class StoreLocked(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} is busy: another program is writing to it. Close the other "
            "Social Media Planner window or command, then try again.",
        )


class StoreReadOnly(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        self.why = why
        super().__init__(
            path,
            f"{path} cannot be saved: {why}. Nothing was changed; make the file and its "
            "folder writable, or work on a copy.",
        )


class StoreMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"{path} does not exist. Check the path, or let a command that writes create it.",
        )


class PostUnreadable(StoreError):
    """One post holds a value this version cannot read (a BLOB, a NULL, an unknown name)."""

    def __init__(self, path: Path, post_id: object, reason: str) -> None:
        self.post_id = post_id
        self.reason = reason
        super().__init__(
            path, f"post {post_id} in {path} cannot be read: {reason}. Nothing was changed."
        )


class UnreadablePosts(StoreError):
    """Edits are refused while posts cannot be read: the plan they see is not whole."""

    def __init__(self, path: Path, rows: list[tuple[object, str]]) -> None:
        self.rows = rows
        super().__init__(
            path,
            f"{path} cannot be changed while {unreadable_summary(rows)} cannot be read; "
            "nothing was changed. Restore a backup from before, or mend the rows with an "
            "SQLite tool.",
        )


def unreadable_summary(rows: list[tuple[object, str]], shown: int = 3) -> str:
    """``post 3 (its text is …)``, or ``6 posts (post 1: …; post 2: …; post 3: …;
    and 3 more)``: the rows that cannot be read, short enough for one line."""
    if len(rows) == 1:
        post_id, reason = rows[0]
        return f"post {post_id} ({reason})"
    listed = [f"post {post_id}: {reason}" for post_id, reason in rows[:shown]]
    if len(rows) > shown:
        listed.append(f"and {len(rows) - shown} more")
    return f"{len(rows)} posts ({'; '.join(listed)})"


def first_finding(report: str, width: int = 120) -> str:
    """The first line that says something from an SQLite check report, cut to ``width``."""
    lines = [ln.strip() for ln in report.splitlines() if ln.strip() and not ln.startswith("***")]
    if not lines:
        return ""
    more = " …" if len(lines) > 1 or len(lines[0]) > width else ""
    return lines[0][:width].rstrip() + more


def translate(error: BaseException, path: Path, *, read_only_why: str = "") -> StoreError:
    """Turn an SQLite error into the store error a person can act on."""
    if isinstance(error, StoreError):
        return error
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the DBAPI error
    name = str(getattr(cause, "sqlite_errorname", ""))
    text = str(cause)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED") or "locked" in text:
        return StoreLocked(path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return StoreReadOnly(path, read_only_why or "the file or its folder is read-only")
    if name == "SQLITE_NOTADB" or "not a database" in text:
        return StoreNotADatabase(path)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return StoreCorrupt(path, text)
    if name == "SQLITE_FULL" or "disk is full" in text:
        return StoreError(
            path, f"{path} cannot be saved: the disk is full. Free some space and try again."
        )
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError(
            path, f"{path} cannot be opened ({text}). Check that the file and folder exist."
        )
    return StoreError(path, f"{path} could not be used: {text}.")
