"""Print… and Save as PNG… for the Insights window, through replaceable dialogs.

Where to save comes from ``NativeDialogs`` and every question or failure goes through
``Prompts``, so tests script both. The PNG is written whole or not at all, owner-only
when new (planner/io/atomic.py); a name the dialog did not confirm is asked about.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from planner.io.atomic import atomic_write_bytes
from planner.printing.insights_page import InsightsSheet, insights_png, print_insights
from planner.ui.dialogs.native_dialogs import NativeDialogs
from planner.ui.dialogs.prompts import Prompts

PNG_FILTER = "PNG images (*.png)"


class InsightsOutput(QObject):
    """Sends an ``InsightsSheet`` to a printer or a PNG file, asking through the dialogs."""

    message = Signal(str)  # one line for the window to show: what was done
    saved = Signal(object)  # Path
    printed = Signal()

    def __init__(
        self,
        window: QWidget,
        files: NativeDialogs,
        prompts: Prompts,
        *,
        folder: Callable[[], Path] = Path.home,
        refuse: Callable[[Path], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.prompts = prompts
        self.folder = folder
        self.refuse = refuse
        self.last_folder: Path | None = None

    def save_png(self, sheet: InsightsSheet, name: str | None = None) -> Path | None:
        """Ask where, then write the page as a PNG; the path, or None when not saved."""
        suggested = (self.last_folder or self.folder()) / f"{name or _file_name(sheet)}.png"
        choice = self.files.save_file(self.window, "Save Insights as PNG", suggested, PNG_FILTER)
        if choice is None:
            return None
        target = choice.path
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        confirmed = choice.overwrite_confirmed and target == choice.path
        if target.exists() and not target.is_dir() and not confirmed:
            question = f"{target.name} already exists in {target.parent}. Replace it?"
            if not self.prompts.ask_yes_no("Replace file?", question, default_yes=False):
                return None
        reason = self.refuse(target) if self.refuse is not None else None
        if reason:
            self.prompts.error("Not saved", f"Cannot save {target}: {reason}.")
            return None
        try:
            atomic_write_bytes(target, insights_png(sheet))
        except OSError as error:  # ExportError names the file and the reason
            self.prompts.error("Not saved", str(error))
            return None
        self.last_folder = target.parent
        self.message.emit(f"Saved the heat map to {target}.")
        self.saved.emit(target)
        return target

    def print_sheet(self, sheet: InsightsSheet) -> bool:
        """The print dialog, then one page; False when cancelled or the printer failed."""
        from PySide6.QtPrintSupport import QPrinter

        from planner.ui.dialogs.print_dialogs import new_printer

        printer: QPrinter = new_printer()
        printer.setDocName(sheet.title)
        if not self.files.setup_printer(self.window, printer):
            return False
        try:
            print_insights(printer, sheet)
        except OSError as error:
            self.prompts.error("Not printed", str(error))
            return False
        self.message.emit(f"Printed {sheet.title}.")
        self.printed.emit()
        return True


def _file_name(sheet: InsightsSheet) -> str:
    heat = sheet.heat
    kind = heat.kind.value if heat.kind is not None else "all"
    return f"insights-{heat.platform.value}-{kind}"
