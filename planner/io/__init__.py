"""Files in and out: CSV, Hootsuite bulk files, calendar files and atomic writes. No Qt, no SQL."""
