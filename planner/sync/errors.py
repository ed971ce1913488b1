"""Why a sync could not run, each in one line a person can act on.

A sync that raises one of these has written nothing to the store; what it sent to the
calendar before a connection broke is found again (and matched) by the next sync.
"""

from __future__ import annotations


class SyncError(Exception):
    """A sync stopped; the message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class SharingOff(SyncError):
    """No calendar server is set."""

    def __init__(self) -> None:
        super().__init__(
            "sharing is off: set the calendar server, user and calendar in Settings → "
            "Sharing (or: planner settings set sync.url URL, sync.user and sync.calendar)"
        )


class NoPassword(SyncError):
    """No password in the keyring or the environment."""


class Unreachable(SyncError):
    """The server cannot be reached: no network, a wrong address, or it is down."""


class BadCredentials(SyncError):
    """The server refused the user name or password."""


class NoSuchCalendar(SyncError):
    """The user has no calendar of that name on the server."""


class ServerError(SyncError):
    """The server answered with something the sync cannot use."""


class SideEmptied(SyncError):
    """One side holds none of the posts it held at the last sync.

    Deciding from that would delete every post on the other side, so nothing is done
    (a calendar wiped by mistake must never wipe the plan). ``side`` is "here" or
    "calendar".
    """

    def __init__(self, side: str, calendar: str, count: int) -> None:
        self.side = side
        if side == "calendar":
            what = f"the calendar '{calendar}' holds none of the {count} posts it held"
        else:
            what = f"this plan holds none of the {count} posts it shared"
        super().__init__(
            f"{what} at the last sync, so nothing was changed on either side. If that is "
            "meant, start over (planner sync --start-over, or Start Over in the window): "
            "the plan and the calendar are then matched afresh, and nothing is deleted."
        )
