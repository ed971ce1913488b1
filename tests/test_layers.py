"""The pure layers import with Qt blocked, and the quick commands stay light."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PURE_MODULES = [
    "planner.core.domain",
    "planner.core.weeks",
    "planner.core.settings",
    "planner.core.rules",
    "planner.paths",
]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )


def test_core_imports_with_no_pyside6_available() -> None:
    result = run_python(
        f"""
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        import planner.core
        names = [m.name for m in pkgutil.walk_packages(planner.core.__path__, "planner.core.")]
        names += {PURE_MODULES!r}
        for pkg in ("planner.io", "planner.store"):
            try:
                mod = importlib.import_module(pkg)
            except ModuleNotFoundError as exc:
                if exc.name != pkg:
                    raise
                continue
            names += [m.name for m in pkgutil.walk_packages(mod.__path__, pkg + ".")]
        for name in names:
            importlib.import_module(name)
        print(len(names), "modules")
        """
    )
    assert result.returncode == 0, result.stderr
    assert "modules" in result.stdout
