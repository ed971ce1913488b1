"""CalDAV sharing: the plan kept in step with one calendar collection. No Qt.

Its modules, each using those above it::

    errors      why a sync could not run, one line each
    mapping     a post as a calendar event, and back (icalendar)
    decide      the three-way decision: one small action per post
    client      one calendar collection through the ``caldav`` library
    password    the password, from the system keyring or PLANNER_CALDAV_PASSWORD
    exchange    one round: list, fetch, decide, send; returns what the store records
    engine      a whole sync: read the store, exchange, record, round after round

The status of each post and the sync log live in the store (``planner.store.sync_tables``).
"""
