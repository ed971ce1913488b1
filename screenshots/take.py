"""Take the README's pictures again, the way a person sees the app:

    python screenshots/take.py [FOLDER]        # default: this folder

The plan is the sample fortnight from week 49 of 2026, seen on Wednesday 2 December:
Monday's and Tuesday's posts published, the rest planned, and one draft on Thursday
that names a patient, so the guard's shield, underline and warning show. The window
runs on Qt's offscreen platform with a fresh store and fresh window settings in a
temporary folder; nothing of the user's is read or written. The printed week is
rendered from the app's own PDF with poppler's pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from planner.core import edits  # noqa: E402
from planner.core.consent_rule import guard_lists_loaded, load_guard_lists  # noqa: E402
from planner.core.demo import sample_fortnight  # noqa: E402
from planner.core.domain import Kind, Platform, Post, Status  # noqa: E402
from planner.core.weeks import Week  # noqa: E402
from planner.store import Store, open_store  # noqa: E402
from planner.ui.dialogs.prompts import ScriptedPrompts  # noqa: E402
from planner.ui.window.context import AppContext, qsettings_at  # noqa: E402
from planner.ui.window.main_window import MainWindow  # noqa: E402

WEEK = Week(2026, 49)
TODAY = dt.date(2026, 12, 2)  # a Wednesday: Monday and Tuesday have gone by
FLAGGED = "Happy 80th birthday to our patient Margaret Ellis, born 14/03/1946! See you soon."


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def fill(store: Store) -> int:
    """The sample fortnight, the past published, and the flagged draft; its id."""
    posts = []
    for post in sample_fortnight(WEEK):
        if post.date is not None and post.date < TODAY:
            post = edits.published(post)
        posts.append(post)
    thursday = WEEK.monday + dt.timedelta(days=3)
    flagged = Post(Platform.FACEBOOK, Kind.ORIGINAL, FLAGGED, Status.DRAFT, thursday,
                   dt.time(15, 0))  # fmt: skip
    store.add_many([*posts, flagged])
    return next(p.id for p in store.posts_in_week(WEEK) if p.text == FLAGGED and p.id)


def window_on(
    app: QApplication, folder: Path, store: Store | None, size: tuple[int, int]
) -> MainWindow:
    context = AppContext(
        store, prompts=ScriptedPrompts(), qsettings=qsettings_at(folder / "window.ini"),
        today=lambda: TODAY,
    )  # fmt: skip
    window = MainWindow(context, week=WEEK)
    window.remember_state = False
    window.resize(*size)
    window.show()
    window.finish_setup()
    if store is not None:
        window.attach_store(store)
    settle(app)
    window.refresh()  # with the guard's lists in: the week's findings and shields
    settle(app)
    return window


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(path)


def printed(store: Store, work: Path, out: Path) -> None:
    """The printed week from the app's own PDF, in colour and in grey."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is missing: the printed week is not redrawn")
        return
    pdf = work / "week.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(store.path), "export", "--week",
         str(WEEK), "--pdf", str(pdf)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    for name, extra in (("printed-week", []), ("printed-week-grey", ["-gray"])):
        subprocess.run(
            [pdftoppm, "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", *extra,
             str(pdf), str(out / name)],
            check=True,
        )  # fmt: skip
        print(out / f"{name}.png")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    load_guard_lists()
    assert guard_lists_loaded()
    with tempfile.TemporaryDirectory(prefix="planner-screenshots-") as name:
        work = Path(name)
        store = open_store(work / "planner.db")
        flagged = fill(store)
        for size, file in (
            ((1400, 900), "main-window.png"),
            ((1000, 700), "window-1000x700.png"),
            ((1920, 1080), "window-1920x1080.png"),
        ):
            window = window_on(app, work, store, size)
            save(window, out / file)
            if size == (1400, 900):
                window.edits.edit_post(flagged)
                settle(app)
                editor = window.dialog
                assert editor is not None
                save(editor, out / "editor-guard.png")
                editor.reject()
                assert window.game_plan is not None
                window.game_plan.show_month()
                settle(app)
                window.refresh()
                settle(app)
                save(window, out / "month-view.png")
            window.close()
        store.close()
        printed(store, work, out)
        empty = open_store(work / "empty.db")
        window = window_on(app, work, empty, (1400, 900))
        save(window, out / "start-panel.png")
        window.close()
        empty.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
