"""Turning sharing on in a test's store, as Settings → Sharing does."""

from __future__ import annotations

from radicale_server import USER

from planner.core.settings import Settings
from planner.store import Store


def turn_sharing_on(store: Store, url: str, calendar: str) -> Settings:
    """Sharing on in ``store``, with the practice in London; returns the settings."""
    settings = store.settings().with_changes(
        sync_url=url, sync_user=USER, sync_calendar=calendar, timezone="Europe/London"
    )
    store.save_settings(settings)
    return settings
