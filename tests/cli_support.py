"""Running the command line in tests: in-process through ``main``, or as ``python -m planner``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from planner.cli.entry import main

WEEK = "2026-W49"  # Mon 30 Nov to Sun 6 Dec 2026
HEADER = "date,time,weekday,platform,kind,status,text,link,notes,uid"


class Cli:
    """Runs ``main`` in-process against one store and captures what it prints."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys
        self.out = ""
        self.err = ""

    def __call__(self, *argv: str, db: Path | None = None) -> int:
        args = [*argv, "--db", str(db or self.db)]
        try:
            code = main(args)
        except SystemExit as exc:  # argparse's own exits: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        self.out, self.err = self.capsys.readouterr()
        return code

    def json(self, *argv: str) -> Any:
        assert self(*argv, "--json") == 0, self.err
        return json.loads(self.out)

    def posts(self, week: str = WEEK) -> list[dict[str, Any]]:
        return list(self.json("list", "--week", week)["posts"])

    def add(self, *extra: str, date: str = "2026-12-01", time: str = "09:00") -> int:
        code = self(
            "add", "--date", date, "--time", time, "--platform", "facebook",
            "--kind", "original", "--text", "Brush twice a day.", *extra,
        )  # fmt: skip
        assert code == 0, self.err
        return int(self.out)


def one_error_line(err: str) -> str:
    """``err`` is exactly one ``planner: error:`` line."""
    assert err.startswith("planner: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    return err


def run_module(*argv: str, env_db: Path) -> subprocess.CompletedProcess[str]:
    """``python -m planner ARGV`` in a child process, with PLANNER_DB set to ``env_db``."""
    env = {**os.environ, "PLANNER_DB": str(env_db)}
    return subprocess.run(
        [sys.executable, "-m", "planner", *argv],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
