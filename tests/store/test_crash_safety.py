"""SIGKILL at random moments while a process adds posts: nothing reported saved is lost,
and the store always passes ``integrity_check``.

Starting Python with the store layer takes longer than the whole kill cycle, so one
"zygote" process imports everything once and forks a fresh child for each round. The
child is an ordinary process running ``Store.add`` in a loop; after each add returns it
writes the new id to the shared pipe with one unbuffered ``write`` (atomic for short
lines), so a line the test reads is a promise that the post was committed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.store import open_store

KILLS = 200
ZYGOTE = r"""
import os, sys, tempfile
from pathlib import Path
from planner.core.domain import Kind, Platform, Post, Status
from planner.store import open_store

def idea(text):
    return Post(Platform.X, Kind.SHARED, text, status=Status.IDEA)

# Warm up the database layer (imports, mappers, SQL compilation) on a scratch store,
# so that each forked child starts adding within milliseconds.
with tempfile.TemporaryDirectory() as scratch, open_store(Path(scratch, "w.db")) as warm:
    warm.add(idea("warm-up"))

store_path = Path(sys.argv[1])
for _request in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            store = open_store(store_path)
            me, n = os.getpid(), 0
            while True:
                text = f"crash test {me} {n}"
                saved = store.add(idea(text))
                os.write(1, f"saved {saved.id} {text}\n".encode())
                n += 1
        finally:
            os._exit(3)  # never run the zygote's loop in a child
    os.write(1, f"child {pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"dead {pid} {status}\n".encode())
"""


def check_store(path: Path) -> dict[int, str]:
    """integrity_check through a plain connection (recovering the WAL); id -> text."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(conn.execute("SELECT id, text FROM post"))
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_while_adding_never_loses_a_reported_post(db_file: Path) -> None:
    with open_store(db_file):
        pass  # created and migrated once, so each child starts on a current store
    rng = random.Random(20261201)
    reported: dict[int, str] = {}
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(db_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    started = time.monotonic()
    try:
        for _round in range(KILLS):
            zygote.stdin.write(b"go\n")
            zygote.stdin.flush()
            child = 0
            saved_any = False
            while not (child and saved_any):
                line = zygote.stdout.readline().decode()
                assert line, "the zygote died"
                kind, value, *rest = line.split(" ", 2)
                if kind == "child":
                    child = int(value)
                elif kind == "saved":
                    saved_any = True
                    reported[int(value)] = rest[0].rstrip("\n")
            time.sleep(rng.uniform(0.005, 0.060))
            os.kill(child, signal.SIGKILL)
            while True:
                line = zygote.stdout.readline().decode()
                assert line, "the zygote died"
                kind, value, *rest = line.split(" ", 2)
                if kind == "saved":
                    reported[int(value)] = rest[0].rstrip("\n")
                elif kind == "dead":
                    status = int(rest[0])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                    break
            stored = check_store(db_file)
            missing = [i for i in reported if stored.get(i) != reported[i]]
            assert not missing, f"round {_round}: reported but not stored: {missing[:5]}"
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
    elapsed = time.monotonic() - started
    with open_store(db_file) as store:
        assert store.count() >= len(reported) > KILLS
        assert all(store.get(i).text == text for i, text in reported.items())
    print(f"{KILLS} kills, {len(reported)} posts reported saved, {elapsed:.1f} s")
