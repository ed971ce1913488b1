"""The guard, which spots a post that tells a patient's story, never holds up the window's
first frame: its lists load in a worker after it, and the rules then run again.

Each case runs in a fresh process: once any test has loaded the lists, this one could
not see them arrive.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from planner.core.consent_rule import story_check_if_ready
    from planner.core.domain import Kind, Platform, Post, Status
    from planner.core.weeks import Week
    from planner.store import open_store
    from planner.ui.dialogs.prompts import ScriptedPrompts
    from planner.ui.window.context import AppContext, qsettings_at
    from planner.ui.window.main_window import MainWindow

    folder = Path(sys.argv[1])
    store = open_store(folder / "planner.db")
    store.add(Post(Platform.X, Kind.ORIGINAL, "Patient of the month: a brave smile!",
                   Status.SCHEDULED, dt.date(2026, 12, 3), dt.time(10, 0)))
    context = AppContext(store, prompts=ScriptedPrompts(), today=lambda: dt.date(2026, 12, 2),
                         qsettings=qsettings_at(folder / "w.ini"))
    window = MainWindow(context, week=Week(2026, 49))
    window.attach_store(store)  # as the app does: the store before the first frame
    window.show()
    app.processEvents()
    print("ready at first frame:", story_check_if_ready() is not None,
          "guard imported:", "planner.core.guard.check" in sys.modules)
    def story_flagged():
        return any("tells a patient's story" in w.message for w in window.report.warnings)
    print("flagged before the lists:", story_flagged())
    window.finish_setup()
    for _ in range(600):  # up to a minute on a busy machine
        app.processEvents()
        if story_flagged():
            break
        import time; time.sleep(0.1)
    print("flagged once loaded:", story_flagged(),
          "listed:", any("feature a patient" in m for m in window.warnings_panel.messages()))
    window.close()
    store.close()
    """
)


def test_the_lists_load_after_the_first_frame_and_the_rules_run_again(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "ready at first frame: False guard imported: False",
        "flagged before the lists: False",
        "flagged once loaded: True listed: True",
    ]


JOIN_SCRIPT = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from planner.core.consent_rule import guard_lists_loaded
    from planner.ui.window.consent_tools import GuardListsLoader
    app = QApplication([])
    loader = GuardListsLoader()
    loader.start()
    started = list(GuardListsLoader.running)
    GuardListsLoader.join_all()
    print(len(started), [t.is_alive() for t in started], guard_lists_loaded())
    """
)


def test_the_app_waits_for_the_lists_loading_before_it_ends() -> None:
    """A worker still importing the guard, or signalling a closed window, while Python
    shuts down crashed the process now and then (SIGSEGV after the last word)."""
    result = subprocess.run(
        [sys.executable, "-c", JOIN_SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "[False]", "True"]
