"""A keyring that keeps passwords in the test's process: test machines have no system
keyring (no desktop session), and a test must never touch a real one."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    """The ``keyring`` backend interface, over a dict. Used only where a test sets it:
    keyring's own search for a backend finds it not viable."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test keyring, set by the tests that want it")

    def __str__(self) -> str:
        return "MemoryKeyring"

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
    """A working keyring for this test."""
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No keyring at all, as on a server or a bare desktop."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)
