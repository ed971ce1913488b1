"""Tools → Reply to a Review…: the dialog, its template editor and the guard's marks."""
