"""Before Qt starts: can the system libraries that its window needs be loaded?

PySide6 brings Qt itself but takes X11, OpenGL, fonts and D-Bus from the system. On a
bare Linux machine a missing one makes importing QtWidgets fail with a bare ImportError,
or makes QApplication abort the process (exit 134) with a message that blames
libxcb-cursor0 whatever is really missing. Loading the same files with ctypes first finds
the real culprit, so the window can refuse with one line that names it and the apt
command that installs everything. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# The system libraries that Qt's core, gui, widgets and D-Bus libraries name (their
# NEEDED entries), with the Debian and Ubuntu package of each. The C and C++ runtimes,
# zlib and zstd are left out: every Debian system has them.
QT_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
}
# What the xcb platform plugin (libqxcb.so and libQt6XcbQpa) adds: the window on X11.
XCB_LIBRARIES: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# Without a font the window and the printed plan have no text; no library load shows it.
FONT_PACKAGES = ["fonts-dejavu-core"]
# Everything, in the order the README lists it: one apt line for any platform.
APT_PACKAGES: list[str] = list(
    dict.fromkeys([*QT_LIBRARIES.values(), *FONT_PACKAGES, *XCB_LIBRARIES.values()])
)
APT_COMMAND = "sudo apt install " + " ".join(APT_PACKAGES)
# sysexits.h's EX_OSFILE: a system file the program needs is missing.
LIBRARIES_MISSING_EXIT = 72

# The library that loads Qt's core, gui and D-Bus libraries with it.
_WIDGETS = Path("lib", "libQt6Widgets.so.6")
# Beyond this many missing libraries the line names the first few and counts the rest.
_NAMED_AT_MOST = 4
# The platforms whose plugins need no more than the tables above.
_CHECKED_PLATFORMS = ("xcb", "offscreen")


def qt_platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order, as QGuiApplication chooses them."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not chosen:
        session = environ.get("XDG_SESSION_TYPE", "")
        desktops = environ.get("XDG_CURRENT_DESKTOP", "") + environ.get("XDG_SESSION_DESKTOP", "")
        # Qt ignores a Wayland session on GNOME and runs through XWayland there.
        if session == "wayland" and "gnome" not in desktops.lower():
            chosen = "wayland;xcb"
        else:
            chosen = "xcb"
    return [entry.split(":")[0] for entry in chosen.split(";") if entry]


def qt_folder() -> Path | None:
    """PySide6's Qt folder (libraries and plugins), found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)), "Qt")


def load_error(library: str | Path) -> str | None:
    """Why the dynamic loader cannot load ``library`` (a path or a name), or None."""
    try:
        ctypes.CDLL(str(library))
    except OSError as error:
        return str(error)
    return None


def missing_libraries(names: Iterable[str]) -> list[str]:
    """The library names (sonames) among ``names`` that the system cannot load."""
    return [name for name in names if load_error(name) is not None]


def window_libraries_problem(
    environ: Mapping[str, str] | None = None, qt_dir: Path | None = None
) -> str | None:
    """One line naming the system libraries the window cannot start without and the apt
    command that installs them; None when Qt's libraries and platform plugin load."""
    if not sys.platform.startswith("linux"):
        return None
    environ = os.environ if environ is None else environ
    qt_dir = qt_dir or qt_folder()
    if qt_dir is None:
        return None
    platform = qt_platforms(environ)[0]
    plugins = Path(environ.get("QT_QPA_PLATFORM_PLUGIN_PATH") or qt_dir / "plugins" / "platforms")
    checks = [(qt_dir / _WIDGETS, "Qt")]
    # Wayland is left to Qt: it falls back to xcb when its plugin cannot load.
    if platform in _CHECKED_PLATFORMS:
        checks.append((plugins / f"libq{platform}.so", f"Qt's {platform} platform"))
    for path, needer in checks:
        if not path.is_file():  # a layout this does not know is left for Qt to judge
            continue
        error = load_error(path)
        if error is None:
            continue
        known = QT_LIBRARIES | XCB_LIBRARIES if platform == "xcb" else QT_LIBRARIES
        return problem_line(needer, missing_libraries(known), error)
    return None


def problem_line(needer: str, missing: list[str], error: str) -> str:
    """The one line for a failed load: the ``missing`` libraries (sonames) by name and
    package, or, when none of the known ones is missing, the loader's ``error``."""
    if len(missing) > _NAMED_AT_MOST:  # a bare machine: the line stays readable
        shown = ", ".join(missing[: _NAMED_AT_MOST - 1])
        rest = len(missing) - _NAMED_AT_MOST + 1
        what = f"{len(missing)} libraries {needer} needs are missing ({shown} and {rest} more)"
    elif missing:
        named = [f"{name} ({(QT_LIBRARIES | XCB_LIBRARIES)[name]})" for name in missing]
        verb = "is" if len(named) == 1 else "are"
        what = f"{_and_list(named)} {verb} missing ({needer} needs them)"
    else:  # a library the tables do not know: the loader's own words name it
        what = f"{needer} cannot be loaded ({error})"
    return f"the window cannot start: {what}; on Debian or Ubuntu: {APT_COMMAND}"


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
