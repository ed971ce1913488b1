"""Repeating posts in the window: the editor's Repeat control, and asking which posts of a
series an edit, a move or a delete is for."""
