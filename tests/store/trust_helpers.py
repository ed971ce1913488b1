"""Running the app as another process would, for tests where the app may hang or crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Long enough for a loaded machine to start Python and Qt; a hang waits for ever.
PATIENCE = 60.0


def planner(*argv: str, db: Path, timeout: float = PATIENCE) -> subprocess.CompletedProcess[str]:
    """``python -m planner ARGV --db DB`` in a child process; TimeoutExpired if it hangs."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PLANNER_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "planner", *argv, "--db", str(db)],
        capture_output=True, text=True, timeout=timeout, env=env,
    )  # fmt: skip


def python(code: str, *args: str, timeout: float = PATIENCE) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (``sys.argv[1:]`` = ``args``)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


# The child dies at the rename that would finish its copy: the moment a SIGKILL leaves
# the most behind (the whole .part file, sometimes its journal too).
KILLED_AT_RENAME = """
import os, signal, sys
from pathlib import Path
os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
from planner.cli.entry import main
main(sys.argv[1:])
"""


def killed(*argv: str, db: Path) -> None:
    """Run ``planner ARGV --db DB`` in a child that is SIGKILLed at its first rename."""
    done = python(KILLED_AT_RENAME, *argv, "--db", str(db))
    assert done.returncode == -9, done


def one_error_line(err: str) -> str:
    """``err`` is exactly one ``planner: error:`` line; return it."""
    assert err.startswith("planner: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    return err
