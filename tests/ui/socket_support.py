"""The network sockets this test process holds, read from /proc: the privacy tests'
last word on whether the app opened any (sockets Qt opens in C++ included)."""

from __future__ import annotations

import os
from pathlib import Path


def inet_sockets_of_this_process() -> list[str]:
    """TCP and UDP sockets this process holds open, from /proc (sockets Qt opens in C++
    included, which a Python monkeypatch cannot see)."""
    ours = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            ours.add(target[len("socket:[") : -1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        found += [f"{table} {line.split()[1]}" for line in lines if line.split()[9] in ours]
    return found
