"""The calendar password: the environment's first, else the system keyring's; without a
keyring, one line says what to do instead."""

from __future__ import annotations

import pytest
from memory_keyring import MemoryKeyring

from planner.sync.errors import NoPassword
from planner.sync.password import (
    SERVICE,
    KeyringUnavailable,
    keep_password,
    keyring_available,
    password_for,
)


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
