"""Argument types for the command line's parsers, made from the core's own parsers."""

from __future__ import annotations

import argparse

# typing.TYPE_CHECKING without importing typing: that import costs each command ~3 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    T = TypeVar("T")


def checked(parse: Callable[[str], T]) -> Callable[[str], T]:
    """Turn a core parser's ValueError into argparse's own error, keeping its message."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = parse.__name__
    return convert
