"""The app child of the start figures, with the guard imported and its word lists loaded
before the window is made: the baseline that shows what loading it first would cost.

    python bench/child_guard_first.py app DB WEEK WxH SETTLE_MS
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("child_window.py")

if __name__ == "__main__":
    import planner.core.guard as guard

    guard.load_word_lists()
    sys.argv = [str(CHILD), *sys.argv[1:]]
    runpy.run_path(str(CHILD), run_name="__main__")
