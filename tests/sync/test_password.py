"""The calendar password: the environment's first, else the system keyring's; without a
keyring, one line says what to do instead."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from planner.sync.errors import NoPassword
from planner.sync.password import (
    SERVICE,
    KeyringUnavailable,
    keep_password,
    keyring_available,
    password_for,
)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process: a stand-in for the system's, which
    a test machine has not got."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_a_kept_password_is_found_under_the_apps_name_and_the_user(
    memory_keyring: MemoryKeyring,
) -> None:
    assert keyring_available()
    keep_password("practice", "s3cret")
    assert memory_keyring.kept == {(SERVICE, "practice"): "s3cret"}
    assert password_for("practice", environ={}) == "s3cret"


def test_the_environment_comes_first(memory_keyring: MemoryKeyring) -> None:
    keep_password("practice", "from the keyring")
    environ = {"PLANNER_CALDAV_PASSWORD": "from the environment"}
    assert password_for("practice", environ=environ) == "from the environment"


def test_no_password_anywhere_says_where_to_put_one(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(NoPassword, match="no password for 'practice' in the system keyring"):
        password_for("practice", environ={})


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_one_line_says_so() -> None:
    assert not keyring_available()
    with pytest.raises(KeyringUnavailable) as caught:
        keep_password("practice", "s3cret")
    assert str(caught.value) == (
        "no system keyring is available to keep the calendar password; "
        "set PLANNER_CALDAV_PASSWORD instead"
    )
    with pytest.raises(NoPassword, match=r"^no system keyring is available"):
        password_for("practice", environ={})
    assert password_for("practice", environ={"PLANNER_CALDAV_PASSWORD": "x"}) == "x"
