"""Run one parsed command, turning store and file failures into one line and exit 1."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from planner.cli.errors import CliError
from planner.io.os_errors import describe_os_error
from planner.paths import db_path
from planner.store import StoreError

Handler = Callable[[argparse.Namespace, Path], int]

# "module:function" under planner.cli, imported when the command runs, so a
# command loads only what it uses (export --pdf alone brings in Qt).
HANDLERS: dict[str, str] = {
    "add": "editing:add",
    "list": "reading:list_posts",
    "move": "editing:move",
    "delete": "editing:delete",
    "check": "reading:check",
    "export": "reading:export",
    "import": "importing:import_file",
    "demo": "editing:demo",
    "insights": "insights:insights",
    "backup": "backups:backup",
    "restore": "backups:restore",
    "guard": "guarding:guard",
    "names": "names:names",
    "settings": "practice_settings:settings",
    "consent": "consents:consent",
    "edit": "post_edit:edit",
    "reply": "replies:reply",
    "sync": "calendar_sync:sync",
    "series": "series:series_command",
    "copy-week": "week_plans:copy_week",
    "week-template": "week_plans:week_template",
    "days": "days:days_command",
    "search": "search:search_command",
}


def handler_for(command: str) -> Handler:
    module_name, _, function = HANDLERS[command].partition(":")
    module = importlib.import_module(f"planner.cli.{module_name}")
    handler: Handler = getattr(module, function)
    return handler


def store_path(args: argparse.Namespace) -> Path:
    """The store that --db or PLANNER_DB names; an empty name is a usage error."""
    try:
        return db_path(args.db)
    except ValueError as exc:
        raise CliError(str(exc), 2) from None


def run_command(args: argparse.Namespace) -> int:
    """Run ``args.command`` against the store that --db or PLANNER_DB names."""
    path = store_path(args)
    handler = handler_for(args.command)
    try:
        return handler(args, path)
    except StoreError as exc:
        from planner.store.messages import error_message  # only a failure needs it

        raise CliError(error_message(exc)) from exc
    except BrokenPipeError:
        raise  # the reader went away; planner.cli.entry stops quietly
    except OSError as exc:
        raise CliError(describe_os_error(exc)) from exc
