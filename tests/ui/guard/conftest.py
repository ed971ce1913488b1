"""The guard's window tests start with its word lists in, as a window has them a moment
after its first frame (a worker loads them then; tests/ui/consent/test_story_check_loading
covers that wait)."""

from __future__ import annotations

import pytest

from planner.core.consent_rule import load_guard_lists


@pytest.fixture(autouse=True)
def guard_lists_loaded() -> None:
    load_guard_lists()
