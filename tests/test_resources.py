"""Shipped files: the icon set, the Linux desktop files, and finding them from a bundle."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

import planner
from planner.paths import APP_ID, APP_NAME, resource_path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# --- resource_path -------------------------------------------------------------------


def test_resource_path_finds_the_icon_in_the_source_checkout() -> None:
    icon = resource_path("icons", "app.svg")
    assert icon == ROOT / "resources" / "icons" / "app.svg"
    assert icon.is_file()
    assert b"<svg" in icon.read_bytes()


def test_resource_path_looks_inside_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "icons" / "app.svg"
    bundled.parent.mkdir(parents=True)
    bundled.write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_path("icons", "app.svg") == bundled
    assert resource_path("icons", "app.svg").read_text() == "<svg/>"

    monkeypatch.delattr(sys, "_MEIPASS")  # asked again, not remembered from the last call
    assert resource_path("icons", "app.svg") == ROOT / "resources" / "icons" / "app.svg"


# --- the icon set ----------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_the_size_its_name_says(size: int) -> None:
    image = QImage(str(resource_path("icons", f"app-{size}.png")))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # A transparent corner and a solid middle: the mark, not a square tile.
    assert image.pixelColor(0, size - 1).alpha() == 0
    assert image.pixelColor(size // 3, size // 2).alpha() == 255


@pytest.mark.parametrize("size", [32, 256])
def test_committed_pngs_match_a_fresh_render_of_the_svg(size: int) -> None:
    """Catches an edited app.svg whose PNGs were not rendered again."""
    fresh = QImage.fromData(render_icons().render_png(resource_path("icons", "app.svg"), size))
    committed = QImage(str(resource_path("icons", f"app-{size}.png")))
    fresh = fresh.convertToFormat(QImage.Format.Format_RGBA8888)
    committed = committed.convertToFormat(QImage.Format.Format_RGBA8888)
    a, b = bytes(fresh.constBits()), bytes(committed.constBits())  # type: ignore[call-overload]
    assert len(a) == len(b)
    mean_difference = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
    assert mean_difference < 2.0


def test_windows_and_macos_icon_files_hold_every_size() -> None:
    ico = resource_path("icons", "app.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # reserved 0, type 1 = icon
    assert int.from_bytes(ico[4:6], "little") == len(render_icons().ICO_SIZES)
    widths = {ico[6 + 16 * i] or 256 for i in range(len(render_icons().ICO_SIZES))}
    assert widths == set(render_icons().ICO_SIZES)

    icns = resource_path("icons", "app.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert int.from_bytes(icns[4:8], "big") == len(icns)
    assert b"ic10" in icns  # the 1024 px (512@2x) image macOS wants for Retina


# --- desktop entry and AppStream metainfo --------------------------------------------------


def test_desktop_entry_names_the_app_id_icon_and_program() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Social Media Planner"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == APP_NAME
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_metainfo_names_the_same_app_id_icon_and_program() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component"
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("icon[@type='stock']") == desktop_entry(DESKTOP)["Icon"]
    assert component.findtext("provides/binary") == APP_NAME
    assert component.findtext("name") == desktop_entry(DESKTOP)["Name"]
    latest = component.find("releases/release")
    assert latest is not None and latest.get("version") == planner.__version__


def test_desktop_files_pass_the_validators_that_are_installed() -> None:
    # CI does not install these tools; build.sh runs them too. The fields are asserted above.
    assert DESKTOP.is_file() and METAINFO.is_file()
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
        )
        assert result.returncode == 0 and result.stdout == "", result.stdout
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


# --- install.sh ------------------------------------------------------------------------


def test_install_script_puts_everything_under_the_app_id(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = bundle / APP_NAME
    program.write_text("#!/bin/sh\necho bundled\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    stage = tmp_path / "stage"

    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--destdir", str(stage), "--prefix", "/opt/smp",
         str(bundle)],
        check=True, capture_output=True, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip

    usr = stage / "opt" / "smp"
    link = usr / "bin" / APP_NAME
    assert link.is_symlink() and os.readlink(link) == f"../lib/{APP_NAME}/{APP_NAME}"
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout == "bundled\n"
    share = usr / "share"
    # Outside /usr the menu entry names the program by its full path.
    assert desktop_entry(share / "applications" / DESKTOP.name)["Exec"] == (
        f'"/opt/smp/bin/{APP_NAME}"'
    )
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        png = QImage(str(share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
        assert (png.width(), png.height()) == (size, size)

    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--destdir", str(stage), "--prefix", "/opt/smp",
         "--uninstall"],
        check=True, capture_output=True,
    )  # fmt: skip
    assert not link.exists() and not link.is_symlink()
    assert not any(path.is_file() for path in usr.rglob("*"))
