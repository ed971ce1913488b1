"""CalDAV sharing: mapping posts to events, sync status and actions. No Qt."""
