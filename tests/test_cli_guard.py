"""The guard on the command line: ``guard``, ``names``, ``settings``, the guard's warnings
in ``check --json``, and the export's warning line; shapes as PRODUCT.md gives them,
bad input in one line, and commands that only read write nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from cli_support import WEEK, Cli, one_error_line

from planner.core.guard import Acknowledgement
from planner.store import open_store
from planner.store.guard_records import add_acknowledgement

PHONE = "020 7946 0991"
WHEN = dt.datetime(2026, 11, 30, 9, 0)
TEXT = f"Ring Sue on {PHONE}. We are the best dentist in town!"


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_flagged(cli: Cli, text: str = TEXT, kind: str = "original") -> int:
    code = cli(
        "add", "--date", "2026-12-01", "--time", "11:00", "--platform", "x",
        "--kind", kind, "--text", text,
    )  # fmt: skip
    assert code == 0, cli.err
    return int(cli.out)


def test_guard_text_json_has_the_product_shape(cli: Cli) -> None:
    data = cli.json("guard", "--text", TEXT)
    assert data == {
        "findings": [
            {
                "post": None,
                "category": "privacy",
                "severity": "stop",
                "start": 12,
                "end": 25,
                "excerpt": PHONE,
                "message": f"A phone number that is not the practice's own: {PHONE}. Remove "
                "it, or add it to Settings → Guard if it is the practice's.",
            },
            {
                "post": None,
                "category": "claims",
                "severity": "caution",
                "start": 38,
                "end": 58,
                "excerpt": "best dentist in town",
                "message": data["findings"][1]["message"],
            },
        ]
    }
    for finding in data["findings"]:
        assert TEXT[finding["start"] : finding["end"]] == finding["excerpt"]
    assert not cli.db.exists()  # a read of a store that is not there creates nothing


def test_guard_text_in_words_and_the_kind_decides_selling(cli: Cli) -> None:
    assert cli("guard", "--text", "Book now: £20 off whitening!") == 0
    lines = cli.out.splitlines()
    assert lines[0].startswith('  caution  selling  "Book now" (0-8): Selling in a post')
    assert cli("guard", "--text", "Book now: £20 off whitening!", "--kind", "promotional") == 0
    assert cli.out == "No findings: the guard sees nothing to stop or question.\n"


def test_guard_reply_mode_and_the_reviewers_name(cli: Cli) -> None:
    reply = "Thank you, Janet. We are sorry your appointment ran late."
    found = cli.json("guard", "--text", reply, "--reply", "--reviewer", "Janet Moss")
    assert {(f["category"], f["excerpt"]) for f in found["findings"]} == {
        ("privacy", "Janet"),
        ("confirms-patient", "your appointment"),
    }
    plain = cli.json("guard", "--text", reply)
    assert plain == {"findings": []}


def test_guard_id_and_week_leave_out_what_was_acknowledged(cli: Cli) -> None:
    post_id = add_flagged(cli)
    clean = add_flagged(cli, "Brush twice a day, every day.")
    with open_store(cli.db) as store:
        ack = Acknowledgement("claims", "best dentist in town", "a quote", WHEN)
        add_acknowledgement(store, post_id, ack)
    before = digest(cli.db)
    found = cli.json("guard", "--id", str(post_id))
    assert [(f["post"], f["excerpt"]) for f in found["findings"]] == [(post_id, PHONE)]
    week = cli.json("guard", "--week", WEEK)
    assert [(f["post"], f["category"]) for f in week["findings"]] == [(post_id, "privacy")]
    assert cli("guard", "--id", str(post_id)) == 0
    assert '  acknowledged  claims  "best dentist in town": a quote' in cli.out.splitlines()
    assert cli("guard", "--week", WEEK) == 0
    assert cli.out.splitlines()[-1] == "1 open finding."
    assert f"post {clean} " not in cli.out  # a post with nothing to say is not listed
    # --kind with --id checks the post as that kind; with --week it picks those posts.
    assert cli.json("guard", "--week", WEEK, "--kind", "promotional") == {"findings": []}
    assert digest(cli.db) == before  # reading wrote nothing


def test_check_json_holds_the_open_guard_findings(cli: Cli) -> None:
    post_id = add_flagged(cli)
    report = cli.json("check", "--week", WEEK)
    guard = [w for w in report["warnings"] if w["rule"] == "guard"]
    assert [sorted(w) for w in guard] == [
        sorted(["rule", "post", "category", "severity", "start", "end", "excerpt", "message"])
    ] * 2
    assert [(w["post"], w["category"], w["severity"], w["excerpt"]) for w in guard] == [
        (post_id, "privacy", "stop", PHONE),
        (post_id, "claims", "caution", "best dentist in town"),
    ]
    assert guard[0]["message"].startswith("Tue 1 Dec 11:00, X: A phone number")
    with open_store(cli.db) as store:
        add_acknowledgement(store, post_id, Acknowledgement("privacy", PHONE, "ours", WHEN))
    again = cli.json("check", "--week", WEEK)
    assert [w["excerpt"] for w in again["warnings"] if w["rule"] == "guard"] == [
        "best dentist in town"
    ]
    assert cli("check", "--week", WEEK) == 0
    assert "  Tue 1 Dec 11:00, X: A claim that advertising rules" in cli.out


def test_export_says_how_many_posts_to_check_and_writes_anyway(cli: Cli, tmp_path: Path) -> None:
    post_id = add_flagged(cli)
    target = tmp_path / "week.csv"
    assert cli("export", "--week", WEEK, "--csv", str(target)) == 0
    assert cli.err == (
        f"planner: warning: 1 post of {WEEK} (30 Nov – 6 Dec 2026) has open stop findings "
        f"(post {post_id}); check before posting: planner guard --week {WEEK}. Written anyway.\n"
    )
    assert target.exists()
    assert cli("export", "--week", "2026-W50", "--csv", str(tmp_path / "w50.csv")) == 0
    assert cli.err == ""


def test_names_add_list_remove(cli: Cli) -> None:
    assert cli("names", "list") == 0
    assert cli.out == "The do-not-mention list is empty.\n"
    assert not cli.db.exists()
    assert cli("names", "add", "  Zoë   Hartley ") == 0
    assert cli.out == "Added Zoë Hartley to the do-not-mention list (1 name).\n"
    assert cli("names", "add", "Tomasz Nowak") == 0
    assert cli.json("names", "list") == ["Zoë Hartley", "Tomasz Nowak"]
    post_id = add_flagged(cli, "Happy birthday, ZOE HARTLEY's mum!")
    found = cli.json("guard", "--id", str(post_id))
    assert [f["excerpt"] for f in found["findings"]] == ["ZOE HARTLEY"]
    assert cli("names", "remove", "zoe hartley") == 0
    assert cli.out == "Removed Zoë Hartley from the do-not-mention list (1 name left).\n"
    assert cli.json("names", "list") == ["Tomasz Nowak"]


@pytest.mark.parametrize(
    ("argv", "message", "code"),
    [
        (
            ["names", "add", "Tomasz Nowak"],
            "Tomasz Nowak is already on the do-not-mention list.",
            1,
        ),
        (["names", "add", "   "], "The name is empty; type the person's name.", 2),
        (["names", "add", "a\x1bb"], "The name holds a control character; type it again.", 2),
        (["names", "remove", "Nobody Here"], "Nobody Here is not on the do-not-mention list.", 1),
        (["names"], "say what to do: names list, names add NAME or names remove NAME", 2),
        (["settings", "set", "practice.country", "FR"], "practice.country must be one of", 2),
        (["settings", "set", "no.such", "1"], "there is no setting 'no.such'; the settings", 2),
        (["settings", "set", "limits.x", "many"], "limits.x takes a whole number, not 'many'", 2),
        (["guard", "--text", "hi", "--reviewer", "Sue"], "--reviewer goes with --reply", 2),
        (["guard", "--id", "999"], "there is no post 999 in", 1),
        (["guard", "--text", "a", "--week", WEEK], "--week: not allowed with argument --text", 2),
        (["guard"], "one of the arguments --text --id --week is required", 2),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    cli: Cli, argv: list[str], message: str, code: int
) -> None:
    assert cli("names", "add", "Tomasz Nowak") == 0
    before = digest(cli.db)
    assert cli(*argv) == code
    assert message in one_error_line(cli.err)
    assert cli.out == ""
    assert digest(cli.db) == before


def test_bad_input_creates_no_store(cli: Cli) -> None:
    for argv in (
        ["settings", "set", "practice.country", "FR"],
        ["names", "add", " "],
        ["names", "remove", "Nobody"],
    ):
        assert cli(*argv) != 0
        assert not cli.db.exists(), argv


def test_settings_show_and_set_every_key(cli: Cli) -> None:
    shown = cli.json("settings")
    assert shown["practice.country"] == "GB" and shown["limits.facebook"] == 1
    assert not cli.db.exists()
    assert cli("settings", "set", "practice.phone", f"{PHONE}; 020 7946 0000") == 0
    assert cli.out == f"practice.phone = {PHONE}; 020 7946 0000\n"
    assert cli("settings", "set", "bands.promotional.max", "20%") == 0
    assert cli.out == "bands.promotional.max = 0.2\n"
    assert cli("settings", "set", "practice.country", "us") == 0
    data = cli.json("settings")
    assert data["practice.phone"] == f"{PHONE}; 020 7946 0000"
    assert data["bands.promotional.max"] == 0.2 and data["practice.country"] == "US"
    assert cli("settings") == 0
    assert "practice.country       US" in cli.out.splitlines()
    # The practice's own number is no longer a finding; in the US, a GB number with no
    # + is not in the national format either.
    assert cli("settings", "set", "practice.country", "GB") == 0
    assert cli.json("guard", "--text", f"Call us on {PHONE}.") == {"findings": []}
