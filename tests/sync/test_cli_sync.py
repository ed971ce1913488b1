"""``planner sync [--json]`` through the real entry point: the counts, and one line on
stderr with the store byte for byte as it was when the server cannot be used."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_support import one_error_line, run_module
from radicale_server import PASSWORD, USER, RadicaleServer, make_calendar

from planner.core.settings import Settings
from planner.store import open_store


def sharing_store(path: Path, url: str, calendar: str = "plan", user: str = USER) -> Path:
    with open_store(path) as store:
        store.save_settings(
            Settings(sync_url=url, sync_user=user, sync_calendar=calendar, timezone="Europe/London")
        )
    return path


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", PASSWORD)


@pytest.mark.usefixtures("password")
def test_sync_sends_and_receives_and_prints_the_counts(
    radicale_server: RadicaleServer, tmp_path: Path
) -> None:
    make_calendar(radicale_server.url, "plan")
    desk = sharing_store(tmp_path / "desk" / "planner.db", radicale_server.url)
    home = sharing_store(tmp_path / "home" / "planner.db", radicale_server.url)
    added = run_module(
        "add", "--date", "2026-12-01", "--time", "09:00", "--platform", "x",
        "--kind", "shared", "--text", "Flu jabs from Monday", env_db=desk,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    sent = run_module("sync", "--json", env_db=desk)
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout) == {"sent": 1, "received": 0, "conflicts": 0}
    received = run_module("sync", env_db=home)
    assert (received.returncode, received.stdout, received.stderr) == (
        0,
        "Sent 0, received 1, 0 conflicts.\n",
        "",
    )
    listed = run_module("list", "--week", "2026-W49", "--json", env_db=home)
    assert [p["text"] for p in json.loads(listed.stdout)["posts"]] == ["Flu jabs from Monday"]


@pytest.mark.parametrize(
    ("case", "error"),
    [
        (
            "no network",
            r"cannot reach the calendar server at .+: the server refused the connection",
        ),
        ("bad password", r"the calendar server at .+ refused user 'practice': check the user"),
        ("no such calendar", r"there is no calendar 'elsewhere' for user 'practice' on .+"),
        ("no keyring", r"no system keyring is available to keep the calendar password; set"),
    ],
)
def test_a_sync_that_cannot_run_says_why_in_one_line_and_changes_nothing(
    radicale_server: RadicaleServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    error: str,
) -> None:
    make_calendar(radicale_server.url, "plan")
    db = sharing_store(
        tmp_path / "data" / "planner.db",
        radicale_server.url,
        calendar="elsewhere" if case == "no such calendar" else "plan",
    )
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", "wrong" if case == "bad password" else PASSWORD)
    if case == "no keyring":
        monkeypatch.delenv("PLANNER_CALDAV_PASSWORD")
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    if case == "no network":
        radicale_server.stop()
    before = files(db.parent)
    done = run_module("sync", "--json", env_db=db)
    assert done.returncode == 1 and done.stdout == ""
    line = one_error_line(done.stderr)
    assert re.fullmatch(rf"planner: error: {error}.*\n", line), line
    assert files(db.parent) == before
