"""A screenshot shows this week at 1400×900 unless told otherwise, whatever the user's
window settings remember, and leaves those settings as they were."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.paths import APP_NAME
from planner.store import open_store
from planner.ui.window.window_state import GEOMETRY_KEY, HIDDEN_KEY, WEEK_KEY

SAVED_WEEK = "2017-W51"

# Runs the window for a screenshot in a fresh process, as `planner --screenshot` does,
# and says what it showed and which settings file the window would have used.
SCREENSHOT = """
import json, sys
from pathlib import Path
from planner.app import Launch, run_app
from planner.ui.window.context import default_qsettings

take = Launch._take_screenshot
seen = {}

def spy(launch):
    window = launch.window
    seen.update(week=str(window.week), size=[window.width(), window.height()],
                shown=len(window.week_view.shown_ids()))
    take(launch)

Launch._take_screenshot = spy
code = run_app(Path(sys.argv[1]), screenshot=Path(sys.argv[2]))
seen.update(code=code, settings=default_qsettings().fileName())
print(json.dumps(seen))
"""


@pytest.fixture
def saved_settings(qtbot: QtBot) -> Path:
    """The user's window settings file, holding another week, size and filter."""
    path = Path(os.environ["XDG_CONFIG_HOME"], APP_NAME, f"{APP_NAME}.ini")
    other = QWidget()
    qtbot.addWidget(other)
    other.resize(932, 774)
    stored = QSettings(str(path), QSettings.Format.IniFormat)
    stored.setValue(WEEK_KEY, SAVED_WEEK)
    stored.setValue(GEOMETRY_KEY, other.saveGeometry())
    stored.setValue(HIDDEN_KEY, [Platform.FACEBOOK.value])
    stored.sync()
    return path


def test_a_screenshot_neither_reads_nor_writes_the_window_settings(
    db_file: Path, tmp_path: Path, saved_settings: Path
) -> None:
    today = dt.date.today()
    store = open_store(db_file)
    store.add(
        Post(Platform.FACEBOOK, Kind.ORIGINAL, "Open late", Status.DRAFT, today, dt.time(9, 0))
    )
    store.close()
    before = saved_settings.read_bytes()
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-c", SCREENSHOT, str(db_file), str(shot)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(seen["settings"]) == saved_settings  # the file a normal start reads
    assert seen["code"] == 0
    assert seen["week"] == str(Week.containing(today))
    assert seen["size"] == [1400, 900]
    assert seen["shown"] == 1  # Facebook is not hidden
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1400, 900)
    assert saved_settings.read_bytes() == before
