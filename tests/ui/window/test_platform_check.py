"""Before Qt starts, a missing system library is named in one line with the apt command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from planner.ui.platform_check import (
    APT_COMMAND,
    APT_PACKAGES,
    LIBRARIES_MISSING_EXIT,
    QT_LIBRARIES,
    XCB_LIBRARIES,
    missing_libraries,
    problem_line,
    qt_folder,
    qt_platforms,
    window_libraries_problem,
)

ROOT = Path(__file__).resolve().parents[3]
# What every Debian system has; the tables leave these out.
RUNTIME = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libzstd.so.1"}


def fake_qt(tmp_path: Path) -> Path:
    """A Qt folder whose xcb plugin links against a library that has since been deleted."""
    qt_dir = tmp_path / "Qt"
    platforms = qt_dir / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "dep.c").write_text("int dep_value(void) { return 1; }\n")
    (tmp_path / "plug.c").write_text(
        "int dep_value(void);\nint plug(void) { return dep_value(); }\n"
    )
    # -nostdlib: no C library headers or start files are needed for these two.
    cc = ["gcc", "-shared", "-fPIC", "-nostdlib"]
    subprocess.run([*cc, "-o", tmp_path / "libdep.so", tmp_path / "dep.c"], check=True)
    subprocess.run(
        [*cc, "-o", platforms / "libqxcb.so", tmp_path / "plug.c", f"-L{tmp_path}", "-ldep"],
        check=True,
    )
    (tmp_path / "libdep.so").unlink()
    return qt_dir


def test_a_plugin_whose_library_is_gone_is_named_in_one_line(tmp_path: Path) -> None:
    problem = window_libraries_problem({"QT_QPA_PLATFORM": "xcb"}, qt_dir=fake_qt(tmp_path))
    assert problem is not None
    assert "\n" not in problem
    assert problem.startswith("the window cannot start: Qt's xcb platform cannot be loaded (")
    assert "libdep.so" in problem
    assert problem.endswith(f"; on Debian or Ubuntu: {APT_COMMAND}")


def test_the_window_refuses_with_that_line_before_qt_aborts(tmp_path: Path) -> None:
    platforms = fake_qt(tmp_path) / "plugins" / "platforms"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms))
    env["DISPLAY"] = ":0"
    db = tmp_path / "plan.db"
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(db)],
        capture_output=True, text=True, timeout=60, env=env, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == LIBRARIES_MISSING_EXIT
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("planner: error: the window cannot start:")
    assert "libdep.so" in lines[0] and APT_COMMAND in lines[0]
    assert not db.exists()


def test_the_real_qt_and_its_xcb_plugin_load_on_this_machine() -> None:
    qt_dir = qt_folder()
    assert qt_dir is not None
    assert (qt_dir / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert window_libraries_problem({"QT_QPA_PLATFORM": "xcb"}) is None
    assert window_libraries_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_line_names_a_few_missing_libraries_with_their_packages() -> None:
    missing = ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert problem_line("Qt's xcb platform", missing, "libxcb-icccm.so.4: cannot open") == (
        "the window cannot start: libxcb-icccm.so.4 (libxcb-icccm4) and libxcb-keysyms.so.1"
        " (libxcb-keysyms1) are missing (Qt's xcb platform needs them); on Debian or Ubuntu: "
        + APT_COMMAND
    )
    one = problem_line("Qt", ["libGL.so.1"], "libGL.so.1: cannot open")
    assert one.startswith("the window cannot start: libGL.so.1 (libgl1) is missing (Qt needs")


def test_on_a_bare_machine_the_line_names_the_first_few_and_counts_the_rest() -> None:
    missing = [*QT_LIBRARIES, *XCB_LIBRARIES]
    line = problem_line("Qt", missing, "libEGL.so.1: cannot open")
    assert line.startswith(
        f"the window cannot start: {len(missing)} libraries Qt needs are missing"
        f" (libEGL.so.1, libGL.so.1, libfontconfig.so.1 and {len(missing) - 3} more);"
    )
    assert line.endswith(APT_COMMAND)


def test_only_the_libraries_the_loader_cannot_find_are_missing() -> None:
    assert missing_libraries(["libc.so.6", "libplanner-nowhere.so.9", "libX11.so.6"]) == [
        "libplanner-nowhere.so.9"
    ]


@pytest.mark.parametrize(
    ("environ", "platforms"),
    [
        ({}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "x11"}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
        ({"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "offscreen"}, ["offscreen"]),
        ({"QT_QPA_PLATFORM": "xcb:nograb;minimal"}, ["xcb", "minimal"]),
    ],
)
def test_the_platform_qt_tries_first_is_the_one_checked(
    environ: dict[str, str], platforms: list[str]
) -> None:
    assert qt_platforms(environ) == platforms


def test_a_wayland_session_leaves_the_xcb_plugin_to_qt(tmp_path: Path) -> None:
    # Qt falls back to xcb only when Wayland fails, so a broken xcb plugin is no reason yet.
    qt_dir = fake_qt(tmp_path)
    assert window_libraries_problem({"XDG_SESSION_TYPE": "wayland"}, qt_dir=qt_dir) is None
    assert window_libraries_problem({"XDG_SESSION_TYPE": "x11"}, qt_dir=qt_dir) is not None


def needed(library: Path) -> set[str]:
    """The libraries an ELF file names directly (its NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", library], capture_output=True, text=True, check=True)
    return set(re.findall(r"\(NEEDED\).*\[(.+?)\]", out.stdout))


def test_the_tables_name_every_system_library_qt_and_its_xcb_plugin_need() -> None:
    qt_dir = qt_folder()
    assert qt_dir is not None
    names = ["Core", "Gui", "Widgets", "DBus", "XcbQpa"]
    files = [qt_dir / "lib" / f"libQt6{name}.so.6" for name in names]
    files.append(qt_dir / "plugins" / "platforms" / "libqxcb.so")
    system = set().union(*(needed(f) for f in files)) - RUNTIME
    # Qt's own libraries and ICU come with PySide6; the loader comes with libc.
    system = {name for name in system if not name.startswith(("libQt6", "libicu", "ld-linux"))}
    assert system == set(QT_LIBRARIES) | set(XCB_LIBRARIES)


def test_the_readme_and_ci_install_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt_line = re.search(r"^sudo apt install (.*)$", readme, re.MULTILINE)
    assert apt_line is not None
    assert set(APT_PACKAGES) <= set(apt_line.group(1).split())
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r'^qt_libs="([^"]*)"', ci, re.MULTILINE)
    assert listed is not None
    assert set(APT_PACKAGES) <= set(listed.group(1).split())
