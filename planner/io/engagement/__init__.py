"""Reading what the networks say about published posts: one reader per export layout.

``read_engagement`` takes a file (its path or its bytes), tells CSV from an .xlsx or
.xls workbook by its first bytes, recognises the layout by its columns and returns an
EngagementRecord per post. An unknown layout, or a row that cannot be read, raises
ImportFileError (a ValueError) with one line a person can act on.

Layouts: Meta Business Suite Facebook and Instagram post exports (meta.py), Facebook's
older Insights post export (meta.py), X's account analytics content export
(x_analytics.py), LinkedIn's page post export (linkedin.py) and the app's own
engagement CSV (planner_csv.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.core.engagement import EngagementRecord
from planner.io.engagement.linkedin import LINKEDIN
from planner.io.engagement.meta import FACEBOOK, FACEBOOK_INSIGHTS, INSTAGRAM
from planner.io.engagement.planner_csv import PLANNER
from planner.io.engagement.sources import (
    DELIMITERS,
    Grid,
    csv_grid,
    decode_text,
    workbook_grids,
    workbook_kind,
)
from planner.io.engagement.table import Found, Layout, find_layout, read_records, unknown_layout
from planner.io.engagement.x_analytics import X_CONTENT
from planner.io.records import ImportFileError

__all__ = [
    "LAYOUTS",
    "LAYOUT_KEYS",
    "EngagementFile",
    "ImportFileError",
    "Layout",
    "read_engagement",
    "read_engagement_file",
]

# Tried in this order; no two share all their needed columns.
LAYOUTS: tuple[Layout, ...] = (PLANNER, X_CONTENT, INSTAGRAM, FACEBOOK, FACEBOOK_INSIGHTS, LINKEDIN)
LAYOUT_KEYS = tuple(layout.key for layout in LAYOUTS)
# A year of posts on every network is a few hundred kilobytes; this is the wrong file.
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class EngagementFile:
    """A file as read: which layout it is, and its records in file order."""

    layout: str  # one of LAYOUT_KEYS
    title: str  # "X account analytics content export", for the import preview
    records: list[EngagementRecord]


def read_engagement(
    source: str | os.PathLike[str] | bytes, *, zone: str, layout: str | None = None
) -> list[EngagementRecord]:
    """Every engagement record in an export file, in file order.

    ``zone`` is the practice's IANA time zone (``"Europe/London"``): X and LinkedIn give
    instants that become its wall-clock time. ``layout`` (one of LAYOUT_KEYS) refuses
    any other layout; by default every known layout is tried.
    """
    return read_engagement_file(source, zone=zone, layout=layout).records


def read_engagement_file(
    source: str | os.PathLike[str] | bytes, *, zone: str, layout: str | None = None
) -> EngagementFile:
    """Like read_engagement, and also says which layout the file is."""
    layouts = _chosen_layouts(layout)
    zone_info = _zone(zone)
    data = source if isinstance(source, bytes) else _read_bytes(Path(source))
    grid, found = _find(data, layouts)
    records = read_records(grid, found, zone_info)
    return EngagementFile(found.layout.key, found.layout.title, records)


def _find(data: bytes, layouts: tuple[Layout, ...]) -> tuple[Grid, Found]:
    kind = workbook_kind(data)
    if kind is not None:
        grids = workbook_grids(data, kind)
        for grid in grids:
            found = find_layout(grid, layouts)
            if found is not None:
                return grid, found
        raise unknown_layout(grids, layouts)
    text = decode_text(data)
    heads = [csv_grid(text, delimiter, head_only=True) for delimiter in DELIMITERS]
    for delimiter, head in zip(DELIMITERS, heads, strict=True):
        found = find_layout(head, layouts)
        if found is not None:
            return csv_grid(text, delimiter), found
    raise unknown_layout(heads, layouts)


def _chosen_layouts(key: str | None) -> tuple[Layout, ...]:
    if key is None:
        return LAYOUTS
    chosen = tuple(layout for layout in LAYOUTS if layout.key == key)
    if not chosen:
        raise ValueError(f"unknown layout {key!r}; use one of {', '.join(LAYOUT_KEYS)}")
    return chosen


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r}; use an IANA name like Europe/London"
        ) from None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(
                f"{path.name} is {size / 2**20:.0f} MiB, far larger than an engagement export."
            )
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path.name} cannot be read ({exc.strerror or exc}).") from None
