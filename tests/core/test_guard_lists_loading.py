"""The guard's word lists load once, whichever threads ask: the window's worker loads
them after the first frame while the window's own thread asks whether they are in and
checks texts. No caller ever sees them half-imported.

Each round runs in a fresh process: once a test has loaded the lists, nothing is left
to race for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import datetime as dt, sys, threading
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    from planner.core import consent_rule
    from planner.core.domain import Kind, Platform, Post, Status

    story = Post(Platform.X, Kind.ORIGINAL, "Patient of the month: a brave smile!",
                 Status.SCHEDULED, dt.date(2026, 12, 3), dt.time(10, 0))
    plain = story.with_changes(text="Our opening hours over the holidays.")
    start = threading.Barrier(4)
    errors, answers = [], []

    def loader():
        try:
            start.wait()
            consent_rule.load_guard_lists()
            # Once it returns, the lists are in, whoever else was loading them.
            answers.append(("loader", consent_rule.guard_lists_loaded()))
            answers.append(("loader", consent_rule.tells_patient_story(story)))
        except BaseException as exc:
            errors.append(repr(exc))

    def asker():
        try:
            start.wait()
            for _ in range(20000):
                check = consent_rule.story_check_if_ready()
                if check is not None:
                    answers.append(("asker", check(story) and not check(plain)))
                    break
        except BaseException as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=t) for t in (loader, loader, asker, asker)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    from planner.core.guard.wordlists import load_word_lists
    print("errors:", errors)
    print("all true:", bool(answers) and all(ok for _who, ok in answers))
    print("loaders answered:", sum(1 for who, _ok in answers if who == "loader"))
    print("read once:", load_word_lists.cache_info().misses == 1)
    print("ready:", consent_rule.story_check_if_ready() is consent_rule.tells_patient_story)
    """
)


def test_two_threads_loading_and_asking_at_once_never_see_half_loaded_lists() -> None:
    for _round in range(3):
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [
            "errors: []",
            "all true: True",
            "loaders answered: 4",
            "read once: True",
            "ready: True",
        ]
