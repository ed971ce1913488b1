"""Render the app icon from resources/icons/app.svg into PNG sizes, .ico and .icns.

The 16 px size comes from app-small.svg, a redraw on the pixel grid.

Run after changing the SVG:  python packaging/render_icons.py
The PNGs need only PySide6. The .ico and .icns also need Pillow (the ``package`` extra);
without it they are left as they are and the script says so.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "app.svg"
# At 16 px the full drawing blurs; a pixel-aligned redraw is used for that size alone.
SMALL_SOURCE = ICONS / "app-small.svg"
SMALL_SIZES = (16,)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"app-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a size x size transparent PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico_icns(renders: dict[int, bytes]) -> list[Path]:
    """Windows .ico and macOS .icns from the same renders; [] when Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        print("render_icons: Pillow is not installed; app.ico and app.icns left unchanged")
        return []
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in renders.items()}
    ico = ICONS / "app.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = ICONS / "app.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    return [ico, icns]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = set(PNG_SIZES + ICO_SIZES + ICNS_SIZES)
    renders = {
        size: render_png(SMALL_SOURCE if size in SMALL_SIZES else SOURCE, size) for size in sizes
    }
    written = []
    for size in PNG_SIZES:
        path = ICONS / png_name(size)
        path.write_bytes(renders[size])
        written.append(path)
    written += write_ico_icns(renders)
    for path in written:
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({path.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
