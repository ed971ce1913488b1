"""``planner insights`` through the real entry point: importing exports, the JSON shape of
PRODUCT.md, read-only runs that create nothing, and one-line errors."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from cli_support import Cli, one_error_line

LAYOUTS = Path(__file__).parent / "io" / "engagement" / "fixtures"
HEADER = "date,time,platform,text,reach,engagements\n"
FIRST_MONDAY = dt.date(2026, 9, 7)


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def history_csv(tmp_path: Path) -> Path:
    """Facebook: Tue 10:00 at 5%, 5.2%, 6% (the best), Thu 14:00 at 4% three times, Mon
    09:00 at 2% three times, and Fri 16:00 twice at 30% (too few to be a best slot)."""
    plan = {(1, 10): [50, 52, 60], (3, 14): [40, 40, 40], (0, 9): [20, 20, 20], (4, 16): [300, 300]}
    lines = [HEADER]
    for (weekday, hour), per_mille in plan.items():
        for week, value in enumerate(per_mille):
            day = FIRST_MONDAY + dt.timedelta(weeks=week, days=weekday)
            lines.append(
                f"{day},{hour:02d}:20,facebook,Post {weekday} {hour} {week},1000,{value}\n"
            )
    path = tmp_path / "history.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_insights_json_has_exactly_the_product_shape(cli: Cli, tmp_path: Path) -> None:
    assert cli("insights", "import", str(history_csv(tmp_path))) == 0, cli.err
    data = cli.json("insights", "--platform", "facebook")
    assert list(data) == ["platform", "records", "cells", "best"]
    assert (data["platform"], data["records"]) == ("facebook", 11)
    assert data["cells"] == [
        {"weekday": 0, "hour": 9, "posts": 3, "rate": 0.02},
        {"weekday": 1, "hour": 10, "posts": 3, "rate": 0.052},
        {"weekday": 3, "hour": 14, "posts": 3, "rate": 0.04},
        {"weekday": 4, "hour": 16, "posts": 2, "rate": 0.3},
    ]
    assert data["best"] == [
        {"weekday": 1, "hour": 10, "posts": 3, "rate": 0.052},
        {"weekday": 3, "hour": 14, "posts": 3, "rate": 0.04},
        {"weekday": 0, "hour": 9, "posts": 3, "rate": 0.02},
    ]
    # Another platform, and a kind no record is matched to: empty, in the same shape.
    assert cli.json("insights", "--platform", "x") == {
        "platform": "x", "records": 0, "cells": [], "best": [],
    }  # fmt: skip
    kind = cli.json("insights", "--platform", "facebook", "--kind", "shared")
    assert (kind["records"], kind["cells"], kind["best"]) == (0, [], [])


def test_the_text_report_names_the_best_slots_and_marks_too_few(cli: Cli, tmp_path: Path) -> None:
    cli("insights", "import", str(history_csv(tmp_path)))
    assert cli("insights", "--platform", "facebook") == 0, cli.err
    lines = cli.out.splitlines()
    assert lines[0] == "Facebook (all kinds): 11 records with engagement."
    tuesday = next(line for line in lines if line.startswith("Tue "))
    assert "5.2 " in tuesday + " "
    friday = next(line for line in lines if line.startswith("Fri "))
    assert "30.0*" in friday  # two posts: shown, marked too few
    best = lines.index("Best slots:")
    assert lines[best + 1] == "  Tue 10:00 \u2014 5.2% (3 posts)"


def test_import_matches_planned_posts_publishes_them_and_counts(cli: Cli, tmp_path: Path) -> None:
    planned = cli.add(date="2026-11-23", time="09:30")  # "Brush twice a day." on Facebook
    source = LAYOUTS / "facebook_business_suite.csv"
    assert cli("insights", "import", str(source)) == 0, cli.err
    assert cli.out.splitlines() == [
        f"{source}: Meta Business Suite Facebook post export, 3 records.",
        f"Imported 3 records (3 new, 0 updated, 0 unchanged); 1 matched planned post; "
        f"1 post marked published into {cli.db}.",
        *[line for line in cli.out.splitlines() if line.startswith("The plan before")],
    ]
    assert "kept in" in cli.out  # the store held a post: a snapshot to restore
    assert cli.posts("2026-W48")[0]["status"] == "published"
    assert cli.posts("2026-W48")[0]["id"] == planned
    assert cli("insights", "import", str(source)) == 0
    assert "3 records (0 new, 0 updated, 3 unchanged); 1 matched planned post; 0 posts" in cli.out
    assert "kept in" not in cli.out  # nothing changed, so nothing to keep


def test_a_dry_run_lists_each_record_and_its_match_and_writes_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    cli.add(date="2026-11-23", time="08:05")
    before = digest(cli.db)
    source = LAYOUTS / "facebook_business_suite.csv"
    assert cli("insights", "import", str(source), "--dry-run") == 0, cli.err
    lines = cli.out.splitlines()
    assert lines[1].startswith("Mon 23 Nov 09:00  Facebook   Flu jabs for staff are done!")
    assert lines[1].endswith("reach 1,210, 59 engaged  new: post 1, becomes published")
    assert lines[2].endswith("new: no planned post within 60 minutes")
    assert lines[-2] == (
        "Would import 3 records (3 new, 0 updated, 0 unchanged); 1 matched planned post; "
        "1 post marked published."
    )
    assert lines[-1] == "Dry run: nothing was written."
    assert digest(cli.db) == before


def test_reading_commands_never_create_a_store(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "none" / "planner.db"
    assert cli("insights", "--platform", "linkedin", "--json", db=db) == 0, cli.err
    assert cli.out.strip() == '{"platform": "linkedin", "records": 0, "cells": [], "best": []}'
    source = LAYOUTS / "x_content.csv"
    assert cli("insights", "import", str(source), "--dry-run", db=db) == 0, cli.err
    assert "Would import 4 records (4 new" in cli.out
    assert not db.parent.exists()


NOT_ENGAGEMENT = (
    "nothing imported from .+posts.csv: The file looks like the Social Media Planner "
    "engagement CSV but has no column 'reach' or 'engagements'; .+"
)
PLATFORMS = "facebook, x, linkedin, instagram"


@pytest.mark.parametrize(
    ("argv", "message", "code"),
    [
        (("insights",), f"say which platform: insights --platform {PLATFORMS}", 2),
        (("insights", "--platform", "myspace"), "--platform: unknown platform 'myspace'; .+", 2),
        (("insights", "--platform", "x", "--kind", "ad"), "--kind: unknown kind 'ad'; .+", 2),
        (("insights", "--json", "import", "{file}"), "insights import takes a FILE and .+", 2),
        (
            ("insights", "import", "{missing}"),
            "cannot read .+missing.csv: there is no such file",
            1,
        ),
        (("insights", "import", "{posts}"), NOT_ENGAGEMENT, 1),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    cli: Cli, tmp_path: Path, argv: tuple[str, ...], message: str, code: int
) -> None:
    import re

    cli.add()
    before = digest(cli.db)
    posts = tmp_path / "posts.csv"
    posts.write_text("date,time,platform,kind,status,text\n", encoding="utf-8")
    places = {"file": str(LAYOUTS / "x_content.csv"), "missing": str(tmp_path / "missing.csv")}
    args = [arg.format(**places, posts=posts) for arg in argv]
    assert cli(*args) == code
    assert cli.out == ""
    assert re.fullmatch(rf"planner: error: {message}\n", one_error_line(cli.err)), cli.err
    assert digest(cli.db) == before
