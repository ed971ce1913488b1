"""The guard's figures: one check of a post, its import, a keystroke in the editor until
the underline is painted, and the window's first frame, which must not wait for it.

- Checks are CPU time (time.process_time) of ``check_text`` on a post of 280 and of 2,000
  characters, each run a new text (no cache helps); the baseline tokenises the same text
  once with ``re.findall(r"\\w+")``, for scale.
- Import is CPU time in a fresh process (byte code cached, as an installed app has it):
  importing the guard and reading its word lists, against importing ``json``.
- A keystroke is one real key event on the post editor's text (``QTest.keyClick``) and a
  synchronous repaint of the text: the guard re-checks and underlines in that same turn.
  The baseline is the same editor with no guard section.
- The first frame: the CPU time of the real app's main thread, started as ``planner
  --db …``, until its week is painted (CPU time of that thread: on a shared machine the
  wall clock of a start varies by far more than the guard costs, and the store's worker
  threads run beside it); the baseline is the same app with the guard imported and its
  lists loaded before the window is made. Every app run also reports whether the guard
  was loaded at that frame, which must never be so.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.figures_process import CHILD, SETTLE_MS, SIZE, run_child
from bench.measure import Figure, Goal, interleaved
from bench.store_builder import BenchPlan

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from planner.ui.dialogs.editor_dialog import PostEditor

EAGER_CHILD = Path(__file__).with_name("child_guard_first.py")
KEYS = "abcdefghijklmnopqrstuvwxyz"


def check_figures(runs: int) -> list[Figure]:
    """One check of a dense post of 280 and of 2,000 characters, new text each time."""
    from bench.guard_speed import CONTEXT, PARAGRAPHS, post_of, variant
    from planner.core.guard import check_text, load_word_lists

    load_word_lists()
    for text in PARAGRAPHS:
        check_text(text, CONTEXT)  # phonenumbers' region data, loaded on first use
    figures = []
    per_run = 200
    for length in (280, 2000):
        base = post_of(length)
        texts = iter([variant(base, i) for i in range(per_run * runs * 2)])
        base_ms, subject_ms = interleaved(
            runs,
            lambda base=base: _cpu_median(lambda: re.findall(r"\w+", base), per_run),
            lambda texts=texts: _cpu_median(lambda: check_text(next(texts), CONTEXT), per_run),
        )
        figures.append(
            Figure(
                f"Guard: check a post of {length:,} characters",
                "ms",
                Goal.ABSOLUTE,
                1.0,
                "re.findall(\\w+) over it",
                subject=subject_ms,
                baseline=base_ms,
                note="CPU time, a new text each check",
            )
        )
    return figures


def _cpu_median(step: Callable[[], object], count: int) -> float:
    samples = []
    for _ in range(count):
        start = time.process_time()
        step()
        samples.append((time.process_time() - start) * 1000)
    return statistics.median(samples)


IMPORT_SNIPPET = """
import sys, time
start = time.process_time()
{code}
print((time.process_time() - start) * 1000)
"""


def import_figure(runs: int, work: Path) -> Figure:
    """Importing the guard and reading its lists, in fresh processes, CPU time."""
    pycache = tempfile.mkdtemp(prefix="pycache-", dir=work)

    def child(code: str) -> float:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": pycache}
        paths = [str(CHILD.parent.parent), env.get("PYTHONPATH")]
        env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        import subprocess

        done = subprocess.run(
            [sys.executable, "-c", IMPORT_SNIPPET.format(code=code)],
            capture_output=True, text=True, check=True, env=env,
        )  # fmt: skip
        return float(done.stdout)

    guard = "import planner.core.guard as guard; guard.load_word_lists()"
    child(guard), child("import json")  # write the byte code first, unmeasured
    base, subject = interleaved(max(runs, 5), lambda: child("import json"), lambda: child(guard))
    return Figure(
        "Guard: import and word lists",
        "ms",
        Goal.ABSOLUTE,
        30.0,
        "import json",
        subject=subject,
        baseline=base,
        note="CPU time in a fresh process, byte code cached",
    )


def keystroke_figure(app: QApplication, runs: int) -> Figure:
    """A key typed at the end of a 2,000-character post until its underlines are painted."""
    from bench.guard_speed import post_of
    from planner.core.guard import load_word_lists

    load_word_lists()
    text = post_of(2000)
    with_guard, without = _editor(app, text, guarded=True), _editor(app, text, guarded=False)
    keys = iter(KEYS * 1000)

    def typed(editor: PostEditor) -> float:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        box = editor.text_edit
        samples = []
        for _ in range(20):
            key = next(keys)
            start = time.perf_counter()
            QTest.keyClick(box, getattr(Qt.Key, f"Key_{key.upper()}"))
            box.viewport().repaint()
            samples.append((time.perf_counter() - start) * 1000)
        app.processEvents()
        return statistics.median(samples)

    typed(with_guard), typed(without)  # warm-up: the first layouts and caches
    base, subject = interleaved(runs, lambda: typed(without), lambda: typed(with_guard))
    section = with_guard.sections[0]
    found = len(section.findings)  # type: ignore[attr-defined]
    for editor in (with_guard, without):
        editor.close()
        editor.deleteLater()
    return Figure(
        "Guard: keystroke to underline",
        "ms",
        Goal.ABSOLUTE,
        16.0,
        "the editor with no guard",
        subject=subject,
        baseline=base,
        note=f"a 2,000-character post with {found} findings, repainted in the same turn",
    )


def _editor(app: QApplication, text: str, *, guarded: bool) -> PostEditor:
    from planner.core.domain import Kind, Platform, Post
    from planner.ui.dialogs.editor_dialog import PostEditor
    from planner.ui.dialogs.prompts import ScriptedPrompts
    from planner.ui.guard.editor_section import GuardSection
    from planner.ui.window.context import AppContext, UnkeptSettings

    context = AppContext(prompts=ScriptedPrompts(), qsettings=UnkeptSettings)
    post = Post(Platform.FACEBOOK, Kind.ORIGINAL, text)
    sections = [GuardSection(context, post)] if guarded else []
    editor = PostEditor(lambda _post: True, post=post, sections=sections)
    editor.resize(520, 640)
    editor.show()
    app.processEvents()
    box = editor.text_edit
    cursor = box.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    box.setTextCursor(cursor)
    box.setFocus()
    return editor


def first_frame_figure(plan: BenchPlan, runs: int, work: Path) -> Figure:
    """The app's week painted, against the same app with the guard loaded before it."""
    common = [str(plan.path), str(plan.week), SIZE, str(SETTLE_MS)]
    loaded: list[bool] = []

    def week_ms(script: Path, record: bool) -> float:
        _, out = run_child([sys.executable, str(script), "app", *common], work)
        line = next(ln for ln in out.splitlines() if ln.startswith("BENCH "))
        values = dict(item.split("=", 1) for item in line.split()[1:])
        if record:
            loaded.append(float(values["guard_loaded"]) > 0)
        return float(values["week_cpu"])

    week_ms(CHILD, False), week_ms(EAGER_CHILD, False)  # warm the disk cache
    runs = max(runs, 3)
    base, subject = interleaved(
        runs, lambda: week_ms(EAGER_CHILD, False), lambda: week_ms(CHILD, True)
    )
    if any(loaded):
        raise RuntimeError("the guard was loaded before the window's first frame")
    saved = statistics.median(base) - statistics.median(subject)
    return Figure(
        "Guard: first frame, guard after it",
        "ms",
        Goal.EXTRA,
        5.0,
        "the app, guard loaded first",
        subject=subject,
        baseline=base,
        note=(
            f"CPU time; the guard was loaded before the first frame in none of {runs} "
            f"runs; loading it first would add {saved:.0f} ms"
        ),
    )


def guard_figures(plan: BenchPlan, runs: int, work: Path) -> list[Figure]:
    """Every guard figure; the keystroke one needs the bench's QApplication."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    assert isinstance(app, QApplication)
    return [
        *check_figures(runs),
        import_figure(runs, work),
        keystroke_figure(app, runs),
        first_frame_figure(plan, runs, work),
    ]
