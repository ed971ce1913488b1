"""Every path the app uses comes from here, computed when asked, never at import.

The store lives in the user data folder that platformdirs names, unless ``--db PATH``
or the ``PLANNER_DB`` environment variable says otherwise.
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
    env = os.environ.get("PLANNER_DB")
    if env:
        return Path(env).expanduser().absolute()
    return data_dir() / DB_FILENAME


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``PLANNER_DB``, then the user data folder.

    Always absolute: SQLite URIs, snapshot names and messages need a full path, and a
    relative one typed in a terminal means the current folder.
    """
    if override:
        return Path(override).expanduser().absolute()
    return default_db_path().absolute()


def resource_path(*parts: str) -> Path:
    """A file shipped under ``resources/``, from a source checkout or a frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
