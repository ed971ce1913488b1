"""The import preview's Guard column: what the guard finds in the post each good row
becomes. It informs and never blocks: the rows import all the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.core.domain import Post
    from planner.core.guard import Finding

# What the preview asks of each good row: the guard's open findings in its post.
PostCheck = Callable[["Post"], Sequence["Finding"]]


GUARDED_ROWS = 1_000  # good rows the preview checks; the window checks all once imported


@dataclass(frozen=True, slots=True)
class GuardCell:
    """One row's Guard cell: a short text, the messages for the tooltip, and the worst
    severity (None when nothing was found)."""

    text: str = ""
    detail: str = ""
    severity: str | None = None


NO_FINDINGS = GuardCell()


def guard_cell(findings: Sequence[Finding]) -> GuardCell:
    """``Stop: privacy`` or ``Caution: selling, claims``; the messages one a line."""
    if not findings:
        return NO_FINDINGS
    stop = [f for f in findings if f.severity == "stop"]
    worst = stop or list(findings)
    categories = list(dict.fromkeys(f.category for f in worst))
    word = "Stop" if stop else "Caution"
    more = len(findings) - len(worst)
    text = f"{word}: {', '.join(categories)}" + (f" (+{more})" if more else "")
    detail = "\n".join(f"{f.severity.capitalize()}: {f.message}" for f in findings)
    return GuardCell(
        text, detail + "\nThe row imports all the same.", "stop" if stop else "caution"
    )


def findings_note(cells: Sequence[GuardCell], good_rows: int) -> str:
    """The summary's sentences about the Guard column ("" when there is nothing to say)."""
    flagged = [cell for cell in cells if cell.severity is not None]
    note = ""
    if flagged:
        stops = sum(1 for cell in flagged if cell.severity == "stop")
        rows = "row" if len(flagged) == 1 else "rows"
        which = f", {stops} of them to stop" if stops else ""
        note = (
            f" The guard found something in {len(flagged)} {rows}{which} (see the Guard "
            "column); they import all the same."
        )
    if good_rows > GUARDED_ROWS:
        note += (
            f" The guard looked at the first {GUARDED_ROWS:,} rows here; the planner checks "
            "every post once imported."
        )
    return note
