"""Undo commands: every edit the window makes is one of these, pushed on one QUndoStack."""
