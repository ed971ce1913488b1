"""Drag and drop carries post ids, never pickles, in the app's own MIME type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData

MIME_TYPE = "application/x-social-media-planner-post-ids"


def ids_to_mime(ids: Sequence[int]) -> QMimeData:
    """MIME data holding ``ids`` as comma-separated decimal text."""
    mime = QMimeData()
    payload = ",".join(str(int(post_id)) for post_id in ids)
    mime.setData(MIME_TYPE, payload.encode("ascii"))
    return mime


def ids_from_mime(mime: QMimeData | None) -> list[int]:
    """The post ids in ``mime``; empty when it holds none or anything malformed."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    text = bytes(mime.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    ids: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not (part.isascii() and part.isdigit()):
            return []  # a foreign or damaged payload moves nothing rather than the wrong post
        ids.append(int(part))
    return ids
