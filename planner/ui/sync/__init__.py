"""Sharing in the window: the sync controller and its worker thread, Settings → Sharing,
and the sync log. The sync itself is ``planner.sync`` (no Qt)."""
