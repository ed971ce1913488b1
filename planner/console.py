"""Everything the command line prints goes through here, with control characters escaped.

A post's text, a file name or a path comes from outside: a CSV cell holding ``ESC [2J``
would clear the terminal, and other sequences retitle it or worse. Every control
character (C0, DEL and C1) is written as a visible escape such as ``\\x1b``, so what is
printed is exactly what the plan holds, and harmless. JSON keeps the text exact, with
the same characters as JSON's own ``\\u`` escapes.

Pure standard library: ``planner --version`` and every error message load this module.
"""

from __future__ import annotations

import json
import re
import sys

# C0 controls, DEL and C1 controls (U+0080 to U+009F: 0x9B is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_C1_AND_DEL = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str) -> str:
    """``text`` with each control character written as a visible escape (``\\x1b``)."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def say(text: str = "") -> None:
    """Print one line on stdout, control characters escaped."""
    print(shown(text))


def say_json(data: object, *, indent: int | None = None) -> None:
    """Print ``data`` as JSON, exact, with no raw control character in it."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    print(_C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def warn(message: str) -> None:
    """``planner: warning: …`` on stderr, one line."""
    sys.stderr.write(f"planner: warning: {shown(' '.join(message.split()))}\n")


def fail_line(message: str) -> str:
    """The one line a failure prints on stderr."""
    return f"planner: error: {shown(' '.join(message.split()))}\n"


def fail(message: str) -> None:
    """Print the one line of a failure on stderr."""
    sys.stderr.write(fail_line(message))
