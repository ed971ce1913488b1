"""The guard on the command line with consents and replies: a consenting person's name is
let through on the posts linked to their valid consent (``guard --id``, ``--week`` and
``check --json``), and ``guard --reply [--reviewer NAME]`` checks a text as a review
reply, as ``planner reply`` does. Through the real entry point; shapes as PRODUCT.md."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from cli_support import WEEK, Cli, one_error_line

NAME = "Margaret Ellis"
STORY = f"{NAME} is smiling again after her implant"
TEXT = f"{STORY}."
FINDING_KEYS = ["category", "end", "excerpt", "message", "post", "severity", "start"]


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_found(data: dict[str, Any]) -> list[tuple[int | None, str, str]]:
    return [(f["post"], f["category"], f["excerpt"]) for f in data["findings"]]


@pytest.fixture
def practice(cli: Cli) -> dict[str, int]:
    """A do-not-mention name with a consent that covers it; a post linked to the
    consent and one that is not, and a consent that ended before the week."""
    assert cli("names", "add", NAME) == 0, cli.err
    covers = ("--covers", "photo,name", "--signed", "2026-11-01")
    assert cli("consent", "add", "--person", NAME, *covers, "--expires", "2027-11-01") == 0
    valid = int(cli.out)
    assert cli("consent", "add", "--person", NAME, *covers, "--expires", "2026-11-20") == 0
    ended = int(cli.out)
    linked = cli.add("--text", TEXT, "--uses", "photo,name", "--consent", str(valid))
    unlinked = cli.add("--text", TEXT, date="2026-12-02")
    lapsed = cli.add("--text", TEXT, "--uses", "photo,name", "--consent", str(ended),
                     date="2026-12-03")  # fmt: skip
    return {"linked": linked, "unlinked": unlinked, "lapsed": lapsed}


def test_guard_id_lets_a_consenting_name_through_on_its_linked_post(
    cli: Cli, practice: dict[str, int]
) -> None:
    before = digest(cli.db)
    assert cli.json("guard", "--id", str(practice["linked"])) == {"findings": []}
    for post in ("unlinked", "lapsed"):
        found = cli.json("guard", "--id", str(practice[post]))
        # Her name, and her own treatment told: a patient's story with no valid consent.
        assert names_found(found) == [
            (practice[post], "patient-story", STORY),
            (practice[post], "privacy", NAME),
        ]
        assert [sorted(f) for f in found["findings"]] == [FINDING_KEYS] * 2
    assert cli("guard", "--id", str(practice["linked"])) == 0
    assert cli.out == "No findings: the guard sees nothing to stop or question.\n"
    assert digest(cli.db) == before  # reading wrote nothing


def test_guard_week_and_check_json_flag_the_name_only_where_no_valid_consent_holds(
    cli: Cli, practice: dict[str, int]
) -> None:
    week = cli.json("guard", "--week", WEEK)
    assert names_found(week) == [
        (practice["unlinked"], "patient-story", STORY),
        (practice["unlinked"], "privacy", NAME),
        (practice["lapsed"], "patient-story", STORY),
        (practice["lapsed"], "privacy", NAME),
    ]
    report = cli.json("check", "--week", WEEK)
    guard = [(w["post"], w["category"], w["excerpt"]) for w in report["warnings"]
             if w["rule"] == "guard"]  # fmt: skip
    assert guard == names_found(week)
    consent = {(w["post"], w["problem"]) for w in report["warnings"] if w["rule"] == "consent"}
    # The unlinked post features a patient (the guard's story) with no consent linked.
    assert consent == {(practice["unlinked"], "missing"), (practice["lapsed"], "expired")}
    assert cli("guard", "--week", WEEK) == 0
    assert cli.out.splitlines()[-1] == "4 open findings."


def test_the_export_counts_only_the_posts_no_consent_covers(
    cli: Cli, practice: dict[str, int], tmp_path: Path
) -> None:
    assert cli("export", "--week", WEEK, "--csv", str(tmp_path / "week.csv")) == 0
    ids = ", ".join(str(practice[p]) for p in ("unlinked", "lapsed"))
    assert f"2 posts of {WEEK} (30 Nov – 6 Dec 2026) have open stop findings (post {ids})" in (
        cli.err
    )


REPLY = "Thank you, Janet. We are sorry your appointment ran late; that's not true though."


def test_guard_reply_adds_the_reply_categories_and_the_reviewers_name(cli: Cli) -> None:
    plain = cli.json("guard", "--text", REPLY)
    assert plain == {"findings": []}
    found = cli.json("guard", "--text", REPLY, "--reply", "--reviewer", "Janet Moss")
    assert [sorted(f) for f in found["findings"]] == [FINDING_KEYS] * 3
    assert {(f["category"], f["severity"], f["excerpt"]) for f in found["findings"]} == {
        ("privacy", "stop", "Janet"),
        ("confirms-patient", "stop", "your appointment"),
        ("argues", "caution", "that's not true"),
    }
    for finding in found["findings"]:
        assert finding["post"] is None
        assert REPLY[finding["start"] : finding["end"]] == finding["excerpt"]
    # Without the reviewer's name, only the reply's own categories.
    unnamed = cli.json("guard", "--text", REPLY, "--reply")
    assert {f["category"] for f in unnamed["findings"]} == {"confirms-patient", "argues"}
    assert not cli.db.exists()  # reading creates no store


def test_guard_reply_finds_what_planner_reply_finds_in_the_same_reply(cli: Cli) -> None:
    drafted = cli.json("reply", "--stars", "1", "--review", "Awful.", "--reviewer", "Jo Bloggs")
    own = cli.json("guard", "--text", drafted["reply"], "--reply", "--reviewer", "Jo Bloggs")
    assert own["findings"] == drafted["findings"] == []
    bad = drafted["reply"] + " We saw you on Tuesday, Bloggs, and your x-rays were fine."
    checked = cli.json("guard", "--text", bad, "--reply", "--reviewer", "Jo Bloggs")
    assert {(f["category"], f["excerpt"]) for f in checked["findings"]} >= {
        ("privacy", "Bloggs"),
        ("confirms-patient", "We saw you"),
        ("confirms-patient", "your x-rays"),
    }


def test_guard_reply_checks_a_stored_post_and_a_week_as_replies(
    cli: Cli, practice: dict[str, int]
) -> None:
    reply = cli.add("--text", "Thanks Janet, we hope your treatment went well.", date="2026-12-04")
    found = cli.json("guard", "--id", str(reply), "--reply", "--reviewer", "Janet")
    assert names_found(found) == [
        (reply, "privacy", "Janet"),
        (reply, "confirms-patient", "your treatment"),
    ]
    assert cli.json("guard", "--id", str(reply)) == {"findings": []}
    week = cli.json("guard", "--week", WEEK, "--reply")
    assert (reply, "confirms-patient", "your treatment") in names_found(week)
    # The consent still lets its person's name through on the linked post.
    assert cli.json("guard", "--id", str(practice["linked"]), "--reply") == {"findings": []}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["guard", "--text", "Hi", "--reviewer", "Jo"], "--reviewer goes with --reply"),
        (["guard", "--reply"], "one of the arguments --text --id --week is required"),
    ],
)
def test_bad_reply_options_are_one_line(cli: Cli, argv: list[str], message: str) -> None:
    assert cli(*argv) == 2
    assert message in one_error_line(cli.err)
    assert cli.out == "" and not cli.db.exists()
