"""The Qt layer: windows, views, dialogs and undo commands over the pure core."""
