"""The commands behind ``planner COMMAND``.

This package's own module stays free of the store and of Qt: ``planner.cli.entry`` imports it
on every run, including ``planner --version``. The commands import what they need.
"""

from __future__ import annotations

from planner.console import fail_line

__all__ = ["CliError", "fail_line"]


class CliError(Exception):
    """A command cannot go on. The message is one line; nothing has been written."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(" ".join(message.split()))
        self.exit_code = exit_code
