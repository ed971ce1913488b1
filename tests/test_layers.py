"""The pure layers import with Qt blocked; printing and the commands never name a widget.

The arrows between planner's own packages are import-linter's contracts in
pyproject.toml. These tests say what those contracts cannot: that the pure layers
really run without Qt installed, and which parts of Qt printing and the commands use.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

PLANNER = Path(__file__).parents[1] / "planner"
# QtPrintSupport loads QtWidgets with it, so it counts as the widget layer.
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )


def test_core_imports_with_no_pyside6_available() -> None:
    result = run_python(
        """
        import importlib, pkgutil, sys

        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test: " + name)
                return None

        sys.meta_path.insert(0, BlockQt())
        names = ["planner.paths"]
        for pkg in ("planner.core", "planner.io", "planner.store", "planner.sync"):
            mod = importlib.import_module(pkg)
            names += [pkg, *(m.name for m in pkgutil.walk_packages(mod.__path__, pkg + "."))]
        for name in names:
            importlib.import_module(name)
        print(len(names), "modules")
        """
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[0]) > 30


def imported_names(source: Path) -> set[str]:
    """Every module ``source`` imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_printing_and_the_commands_paint_without_widgets() -> None:
    files = sorted([*(PLANNER / "printing").glob("*.py"), *(PLANNER / "cli").glob("*.py")])
    assert len(files) > 8
    offending = {
        f"{path.relative_to(PLANNER.parent)}: {name}"
        for path in files
        for name in imported_names(path)
        if name.startswith(WIDGET_MODULES)
    }
    assert offending == set()


def test_the_widget_check_sees_imports_inside_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def later():\n    from PySide6 import QtWidgets\n    import PySide6.QtPrintSupport\n"
    )
    found = {name for name in imported_names(sample) if name.startswith(WIDGET_MODULES)}
    assert found == {"PySide6.QtWidgets", "PySide6.QtPrintSupport"}
