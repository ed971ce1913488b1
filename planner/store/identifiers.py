"""The numbers that mark a file as a store and name its one settings row.

Plain constants, apart from the SQLModel classes, so that opening and reading a store
never has to load SQLAlchemy.
"""

from __future__ import annotations

# 'SMPL': marks a file as ours, so another program's SQLite file is never taken for a store.
APPLICATION_ID = 0x534D504C

# The one settings row's id; a CHECK in the table allows no other.
SETTINGS_ROW_ID = 1
