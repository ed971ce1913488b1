"""Notices under the week's warnings: the consents that end within 30 days.

They are not about the week shown but about what is coming, so they sit apart, under
their own heading, with an information icon, and are not counted as warnings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle

NOTICE_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a notice's item
HEADING = "Consents ending soon"
RENEW_TIP = "Renew it in Tools → Consents…"


def add_notices(panel_list: QListWidget, notices: Sequence[str]) -> None:
    """Append ``notices`` under their heading (nothing when there are none)."""
    if not notices:
        return
    heading = QListWidgetItem(HEADING)
    bold = QFont(panel_list.font())
    bold.setBold(True)
    heading.setFont(bold)
    heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
    panel_list.addItem(heading)
    icon = panel_list.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    for notice in notices:
        item = QListWidgetItem(icon, notice)
        item.setData(NOTICE_ROLE, True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(f"{notice}\n{RENEW_TIP}")
        panel_list.addItem(item)


def notice_texts(panel_list: QListWidget) -> list[str]:
    """The notices shown, top to bottom."""
    items = (panel_list.item(i) for i in range(panel_list.count()))
    return [item.text() for item in items if item.data(NOTICE_ROLE)]
