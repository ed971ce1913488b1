"""A week through a real spreadsheet and back: LibreOffice opens the exported CSV in
en-US, en-GB and de-DE, saves it as CSV again, and the planner imports it.

What LibreOffice does on the way (seen with 7.x and later): it drops the byte-order
mark, writes LF, re-saves ``09:00`` as ``09:00:00 AM`` (en-US) or ``09:00:00``, writes a
date typed in a cell in the locale's short form (``12/24/26``, ``24/12/26``,
``24.12.26``), reads a lone number as a number (``0012345`` becomes ``12345``), and in
de-DE separates cells with semicolons. None of it may change or double a post.

Each locale runs in its own LibreOffice profile with ``LC_ALL`` set: the profile's
locale decides how dates and times are written back; the CSV filter's language token
decides how cells are read in.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cli_support import Cli

from planner.core.demo import sample_fortnight
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.weeks import Week
from planner.io.csv_format import HEADER
from planner.store import open_store

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.libreoffice,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice (soffice) is not installed, so the spreadsheet round trip was not "
        "tried; .ci/run installs libreoffice-calc-nogui so that CI runs it",
    ),
]
WEEK = Week(2026, 49)  # Mon 30 Nov to Sun 6 Dec 2026: ISO dates in the file
CHRISTMAS = Week(2026, 52)  # Mon 21 to Sun 27 Dec 2026: any typed date reads one way only


@dataclass(frozen=True)
class Locale:
    name: str
    language_id: int  # the CSV filter's language token
    posix: str  # LC_ALL for the LibreOffice process
    separator: str
    typed_date: str  # 24 December 2026 as a user of this locale types it


LOCALES = [
    Locale("en-US", 1033, "en_US.UTF-8", ",", "12/24/2026"),
    Locale("en-GB", 2057, "en_GB.UTF-8", ",", "24/12/2026"),
    Locale("de-DE", 1031, "de_DE.UTF-8", ";", "24.12.2026"),
]


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One LibreOffice profile folder per locale for this module (its first start is slow)."""
    yield tmp_path_factory.mktemp("libreoffice-profiles")


def resave(source: Path, locale: Locale, profiles: Path) -> Path:
    """Open ``source`` in LibreOffice Calc as ``locale`` and save it as CSV again."""
    out = source.parent / f"resaved-{locale.name}"
    out.mkdir(exist_ok=True)
    sep = ord(locale.separator)
    # Read: comma, quote, UTF-8, from line 1, standard columns, the locale's language,
    # quoted cells not forced to text, special numbers (dates, times) detected: the way
    # a person opening the file gets the most guessing.
    read = f"Text - txt - csv (StarCalc):44,34,76,1,,{locale.language_id},false,true"
    # Write: the locale's separator, quote, UTF-8 (no byte-order mark), cells as shown.
    write = f"csv:Text - txt - csv (StarCalc):{sep},34,76,1,,{locale.language_id}"
    profile = (profiles / locale.name).as_uri()
    env = {**os.environ, "LC_ALL": locale.posix, "LANG": locale.posix, "HOME": str(profiles)}
    assert SOFFICE is not None
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         f"--infilter={read}", "--convert-to", write, "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    resaved = out / source.name
    assert done.returncode == 0 and resaved.is_file(), done.stdout + done.stderr
    return resaved


def awkward_week() -> list[Post]:
    """The sample week, plus posts whose cells a spreadsheet could trip over."""
    day = WEEK.monday
    posts = [p for p in sample_fortnight(WEEK) if p.date is None or p.date <= WEEK.sunday]

    def post(text: str, hour: int, **changes: object) -> Post:
        base = Post(Platform.X, Kind.SHARED, text, Status.DRAFT, day, dt.time(hour, 15))
        return base.with_changes(**changes)

    return [
        *posts,
        post("=1+1 is how 'tis done,\nsaid the dentist 😁 — café", 6, notes="'quoted' notes"),
        post("- bullet\r\n+ plus @home", 7, notes="'tis", link="https://example.org/a,b"),
        post('He said "hi"; bye\ttab', 8, platform=Platform.LINKEDIN),
        post("1.5", 9, platform=Platform.INSTAGRAM, notes="TRUE"),
        post("Grüße aus der Praxis: Zahnpflege für Kinder", 10, platform=Platform.FACEBOOK),
        post("+44 20 7946 0000 to book", 11, notes="@SUM(A1)"),
    ]


def listed(cli: Cli, week: Week) -> list[dict[str, Any]]:
    assert cli("list", "--week", str(week), "--json") == 0, cli.err
    return list(json.loads(cli.out)["posts"])


@pytest.mark.parametrize("locale", LOCALES, ids=[locale.name for locale in LOCALES])
def test_a_week_resaved_by_libreoffice_imports_as_unchanged(
    locale: Locale, profiles: Path, db_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    cli = Cli(db_file, capsys)
    with open_store(db_file) as store:
        store.add_many(awkward_week())
    before = listed(cli, WEEK)
    assert len(before) >= 12
    exported = tmp_path / "week.csv"
    assert cli("export", "--week", str(WEEK), "--csv", str(exported)) == 0, cli.err

    resaved = resave(exported, locale, profiles)
    text = resaved.read_bytes()
    assert not text.startswith(b"\xef\xbb\xbf")  # what LibreOffice does to the file
    assert text.splitlines()[0].decode() == locale.separator.join(HEADER)
    assert (b"09:00:00 AM" if locale.name == "en-US" else b"09:00:00") in text

    assert cli("import", str(resaved)) == 0, cli.err
    assert f"0 new, 0 updated, {len(before)} unchanged, 0 duplicates skipped" in cli.out
    assert listed(cli, WEEK) == before  # nothing changed, nothing doubled


@pytest.mark.parametrize("locale", LOCALES, ids=[locale.name for locale in LOCALES])
def test_a_week_edited_in_libreoffice_updates_its_posts(
    locale: Locale, profiles: Path, db_file: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    cli = Cli(db_file, capsys)
    with open_store(db_file) as store:
        store.add_many([p.with_changes(notes="Ref 0012345" if n else "0012345")
                        for n, p in enumerate(sample_fortnight(CHRISTMAS))])  # fmt: skip
    before = listed(cli, CHRISTMAS)
    moved, edited, numbered = before[1], before[2], before[0]
    exported = tmp_path / "week.csv"
    assert cli("export", "--week", str(CHRISTMAS), "--csv", str(exported)) == 0, cli.err
    # What a person does in the spreadsheet: types a new date into one row, rewrites one
    # text, and adds a post on a new row with no uid.
    rows = exported.read_bytes().decode("utf-8-sig").split("\r\n")
    for n, row in enumerate(rows):
        if row.endswith(moved["uid"]):
            rows[n] = locale.typed_date + row[len("2026-12-21") :]
        if row.endswith(edited["uid"]):
            rows[n] = row.replace(edited["text"], "Rewritten in LibreOffice")
    rows.insert(-1, f"{locale.typed_date},16:45,,linkedin,original,draft,Added in Calc,,,")
    exported.write_bytes("\r\n".join(rows).encode("utf-8-sig"))

    resaved = resave(exported, locale, profiles)
    assert cli("import", str(resaved)) == 0, cli.err
    unchanged = len(before) - 3
    assert f"1 new, 3 updated, {unchanged} unchanged, 0 duplicates skipped" in cli.out
    # The lost leading zeros were saved (the row said so), and flagged on the way.
    assert "'0012345' would become '12345'" in cli.err

    after = listed(cli, CHRISTMAS)
    assert len(after) == len(before) + 1
    by_uid = {post["uid"]: post for post in after}
    assert by_uid[moved["uid"]] == {**moved, "date": "2026-12-24", "weekday": "Thursday"}
    assert by_uid[edited["uid"]] == {**edited, "text": "Rewritten in LibreOffice"}
    assert by_uid[numbered["uid"]] == {**numbered, "notes": "12345"}
    (added,) = [post for post in after if post["uid"] not in {p["uid"] for p in before}]
    assert (added["date"], added["time"], added["text"]) == ("2026-12-24", "16:45", "Added in Calc")
    others = [p for p in before if p["uid"] not in {moved["uid"], edited["uid"], numbered["uid"]}]
    assert all(by_uid[p["uid"]] == p for p in others)
