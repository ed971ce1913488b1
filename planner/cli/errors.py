"""The commands behind ``planner COMMAND``.

This package's own module stays free of the store and of Qt: ``planner.cli.entry`` imports it
on every run, including ``planner --version``. The commands import what they need.
"""

from __future__ import annotations


class CliError(Exception):
    """A command cannot go on. The message is one line; nothing has been written."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(" ".join(message.split()))
        self.exit_code = exit_code


def fail_line(message: str) -> str:
    """The one line a failure prints on stderr."""
    return f"planner: error: {' '.join(message.split())}\n"
