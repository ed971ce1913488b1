"""An OSError is told as one plain sentence naming the file, never as errno text."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from planner.io.atomic import ExportError
from planner.io.os_errors import describe_os_error


def test_a_known_error_is_said_in_plain_words_with_its_file() -> None:
    error = NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), "/data/backups/x.part")
    assert describe_os_error(error) == (
        "Cannot use /data/backups/x.part: part of the folder path is a file, not a folder."
    )


def test_an_unknown_error_keeps_the_systems_words_without_the_number() -> None:
    error = OSError(errno.EXDEV, os.strerror(errno.EXDEV), b"/mnt/a")
    sentence = describe_os_error(error)
    assert sentence == f"Cannot use /mnt/a: {os.strerror(errno.EXDEV).lower()}."
    assert "Errno" not in sentence and "\n" not in sentence


def test_the_file_comes_from_the_caller_when_the_error_names_none(tmp_path: Path) -> None:
    error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert describe_os_error(error, tmp_path / "p.png") == (
        f"Cannot use {tmp_path / 'p.png'}: the disk is full."
    )
    assert describe_os_error(error) == "A file could not be used: the disk is full."


def test_an_error_already_in_words_is_kept() -> None:
    error = ExportError(Path("/x/plan.csv"), "the disk is full", errno.ENOSPC)
    assert describe_os_error(error) == "Cannot save /x/plan.csv: the disk is full."
