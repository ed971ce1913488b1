"""The calendar password: in the system keyring, or ``PLANNER_CALDAV_PASSWORD``.

It is never written to the store or the settings. The keyring entry is the service
``social-media-planner`` with the sync user as the user name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from planner.sync.errors import NoPassword

SERVICE = "social-media-planner"
ENVIRONMENT = "PLANNER_CALDAV_PASSWORD"
NO_KEYRING = (
    f"no system keyring is available to keep the calendar password; set {ENVIRONMENT} instead"
)


class KeyringUnavailable(Exception):
    """No keyring backend works on this system; the message says what to do instead."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(NO_KEYRING + (f" ({detail})" if detail else ""))


def password_for(user: str, environ: Mapping[str, str] | None = None) -> str:
    """The password for ``user``: the environment's, else the keyring's.

    Raises ``NoPassword`` (one line) when neither has one.
    """
    env = os.environ if environ is None else environ
    given = env.get(ENVIRONMENT, "")
    if given:
        return given
    try:
        found = _read(user)
    except KeyringUnavailable as exc:
        raise NoPassword(str(exc)) from None
    if not found:
        raise NoPassword(
            f"no password for '{user}' in the system keyring: enter it in Settings → "
            f"Sharing (or set {ENVIRONMENT})"
        )
    return found


def keep_password(user: str, password: str) -> None:
    """Keep ``password`` for ``user`` in the system keyring (KeyringUnavailable if none)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, user, password)
    except KeyringError as exc:
        raise KeyringUnavailable(_detail(exc)) from None


def keyring_available() -> bool:
    """Whether a real keyring backend is there to keep a password."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is "none" to the user
        return False
    return not isinstance(backend, fail.Keyring)


def _read(user: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, user)
    except KeyringError as exc:
        raise KeyringUnavailable(_detail(exc)) from None


def _detail(exc: Exception) -> str:
    from keyring.errors import NoKeyringError

    if isinstance(exc, NoKeyringError):
        return ""  # its text is advice on installing backends; NO_KEYRING says enough
    text = " ".join(str(exc).split())
    return text if len(text) <= 100 else text[:99] + "…"
