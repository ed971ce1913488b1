"""The guard in the window: the editor's underlines and findings, the week's warnings and
shield badges, Acknowledge…, and Tools → Guard Settings…. Loaded after the first frame."""
