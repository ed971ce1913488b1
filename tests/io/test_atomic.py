"""Atomic writes: the whole file or nothing, and a message naming the file and the reason."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from planner.io import atomic
from planner.io.atomic import ExportError, atomic_write_bytes, atomic_write_text


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    atomic_write_bytes(target, b"a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_replaces_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "new\r\nline\r")
    assert target.read_bytes() == b"new\r\nline\r"  # no newline translation
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_follows_symlink_instead_of_replacing_it(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "plan.csv"
    with pytest.raises(ExportError) as info:
        atomic_write_text(target, "x")
    message = str(info.value)
    assert str(target) in message
    assert "folder does not exist" in message
    assert "\n" not in message
    assert not (tmp_path / "nowhere").exists()
    assert isinstance(info.value, OSError)


def test_parent_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(ExportError, match="folder is a file"):
        atomic_write_text(tmp_path / "afile" / "plan.csv", "x")


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.csv").mkdir()
    with pytest.raises(ExportError, match="a folder already has that name"):
        atomic_write_text(tmp_path / "plan.csv", "x")
    assert leftovers(tmp_path) == []


def test_real_read_only_folder(tmp_path: Path) -> None:
    """A folder the user may not write to, for real (as a plain user even when run as root)."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "plan.csv").write_text("old")
    folder.chmod(0o555)
    try:
        message = _write_unprivileged(folder, "plan.csv")
    finally:
        folder.chmod(0o755)
    assert "plan.csv" in message
    assert "permission denied" in message
    assert (folder / "plan.csv").read_text() == "old"
    assert leftovers(folder) == []


def _write_unprivileged(folder: Path, name: str) -> str:
    """Try the write as a user without rights on ``folder``; return the error message."""
    if os.geteuid() != 0:
        with pytest.raises(ExportError) as info:
            atomic_write_text(folder / name, "new")
        return str(info.value)
    # Root ignores permissions, so a forked child drops to 'nobody' first. It enters the
    # folder while still root, because tmp_path's parents are closed to other users.
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 4
        try:
            os.close(read_end)
            os.chdir(folder)
            os.setgid(65534)
            os.setuid(65534)
            try:
                atomic_write_text(name, "new")
                code = 0
            except ExportError as exc:
                os.write(write_end, str(exc).encode())
                code = 3
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3, "the write as 'nobody' did not fail cleanly"
    return message


def test_full_device_for_real() -> None:
    if not Path("/dev/full").exists():  # Linux has it; keep the check honest elsewhere
        pytest.fail("/dev/full is missing on this system")
    with pytest.raises(ExportError, match=r"Cannot save /dev/full: the disk is full\."):
        atomic_write_text("/dev/full", "x" * 10_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode), "a device must never be replaced"


def test_disk_full_half_way_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("old plan")
    calls: list[int] = []
    real_write = os.write

    def write_then_fill(fd: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", write_then_fill)
    with pytest.raises(ExportError, match="the disk is full") as info:
        atomic_write_bytes(target, b"n" * 1000)
    assert info.value.errno == errno.ENOSPC
    assert len(calls) == 2  # the short write was followed up, then failed
    assert target.read_text() == "old plan"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("where", "error", "reason"),
    [
        ("fsync", OSError(errno.EIO, "Input/output error"), "input/output error"),
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        ("replace", OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
    ],
)
def test_late_failures_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: OSError, reason: str
) -> None:
    target = tmp_path / "plan.csv"

    def fail(*args: object) -> None:
        raise error

    monkeypatch.setattr(atomic.os, where, fail)
    with pytest.raises(ExportError) as info:
        atomic_write_text(target, "new")
    assert str(info.value) == f"Cannot save {target}: {reason}."
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_interrupt_also_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(tmp_path / "plan.csv", "new")
    assert leftovers(tmp_path) == []
    assert not (tmp_path / "plan.csv").exists()
