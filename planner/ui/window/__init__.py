"""The main window: it puts the week, the panels, the menus and the undo stack together."""
