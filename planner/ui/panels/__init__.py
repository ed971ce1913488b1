"""The panels beside the calendar: the ideas tray, the warnings and the legend."""
