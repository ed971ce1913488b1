"""The window at the size ``--size`` asks for, or as near as it can be, said in one line.

A window cannot be smaller than its controls need; asked for less, Qt quietly made it
bigger, and a screenshot asked for at 800x600 came out at 980x600 with nothing said.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def least_size(window: QWidget) -> tuple[int, int]:
    """The smallest the window can be, as its parts are now."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return least.width(), least.height()


def resize_within(window: QWidget, wanted: tuple[int, int]) -> str | None:
    """Resize ``window`` to ``wanted``, or to the nearest size it can take; None when it
    took ``wanted``, else the one line that says what it is instead."""
    least_w, least_h = least_size(window)
    width, height = max(wanted[0], least_w), max(wanted[1], least_h)
    window.resize(width, height)
    if (width, height) == tuple(wanted):
        return None
    return (
        f"the window cannot be smaller than {least_w}x{least_h}, so it is {width}x{height} "
        f"rather than {wanted[0]}x{wanted[1]}"
    )
