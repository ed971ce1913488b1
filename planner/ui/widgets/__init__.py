"""Widgets and looks that several rooms share: colours, card painting, the drag MIME type."""
