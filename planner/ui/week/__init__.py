"""The week view: one painted widget of seven days, with its geometry, drops and keys."""
