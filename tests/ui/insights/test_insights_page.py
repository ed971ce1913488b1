"""The Insights page on paper and in PNG: the same map, black on white, with no widgets."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from insights_history import history
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from planner.core.domain import Platform
from planner.core.insights import heat_map
from planner.printing.heat_map_page import HeatInk
from planner.printing.insights_page import InsightsSheet, insights_image, paint_insights_page
from planner.ui.widgets.theme import luminance


def sheet() -> InsightsSheet:
    heat = heat_map(history(), Platform.FACEBOOK, range(7, 21))
    return InsightsSheet("Insights: Facebook", "21 records", heat, (("Best slots", ("x",)),))


@pytest.mark.parametrize(("width", "height"), [(1800, 1150), (900, 640)])
def test_the_printed_map_is_darkest_at_the_best_slot_whatever_the_size(
    width: int, height: int
) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    layout = paint_insights_page(painter, QRectF(0, 0, width, height), sheet())
    painter.end()
    judged = [(1, 10), (3, 14), (0, 9), (2, 11)]  # best first
    corners = [layout.cells[slot].topLeft() + QPointF(3, 3) for slot in judged]
    values = [luminance(image.pixelColor(corner.toPoint())) for corner in corners]
    assert values == sorted(values) and len(set(values)) == 4, (width, values)
    assert image.pixelColor(layout.cells[(5, 7)].center().toPoint()) == HeatInk.paper().empty


def test_the_image_is_on_white_paper() -> None:
    image = insights_image(sheet(), (1200, 800))
    assert (image.width(), image.height()) == (1200, 800)
    assert image.pixelColor(2, 2).name() == "#ffffff"
    assert image.pixelColor(1198, 798).name() == "#ffffff"


def test_the_page_painters_need_no_widgets() -> None:
    code = """
        import sys

        class BlockWidgets:
            def find_spec(self, name, path=None, target=None):
                if name in ("PySide6.QtWidgets", "PySide6.QtPrintSupport") or name.startswith(
                    "planner.ui"
                ):
                    raise ImportError("blocked: " + name)
                return None

        sys.meta_path.insert(0, BlockWidgets())
        import planner.printing.heat_map_page
        import planner.printing.insights_page
        print("imported")
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "imported"
