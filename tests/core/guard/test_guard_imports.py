"""The guard loads light: phonenumbers only when a text holds something like a number."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_phonenumbers_loads_on_the_first_phone_shaped_text_not_at_import() -> None:
    code = textwrap.dedent(
        """
        import sys
        import planner.core.guard as guard
        guard.load_word_lists()
        print("phonenumbers" in sys.modules)
        guard.check_text("Bleeding gums? Book a check-up.", guard.GuardContext())
        print("phonenumbers" in sys.modules)
        guard.check_text("Ring Sue on 07700 900123.", guard.GuardContext())
        print("phonenumbers" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False", "True"]
