"""The command line's consents, post edits and review replies: their output and JSON
shapes, one-line errors that write nothing, and reads that create no store."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_support import WEEK, Cli, one_error_line

from planner.store import open_store


@pytest.fixture
def cli(db_file: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_file, capsys)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_consent(cli: Cli, *extra: str, person: str = "J. Smith") -> int:
    code = cli("consent", "add", "--person", person, "--covers", "photo,name",
               "--signed", "2026-06-20", *extra)  # fmt: skip
    assert code == 0, cli.err
    return int(cli.out)


# --- consent add, list, revoke ---------------------------------------------------------


def test_consent_add_prints_the_id_and_says_when_it_ends(cli: Cli) -> None:
    assert add_consent(cli) == 1
    assert cli.err == (
        "planner: warning: consent 1 ends on 20 Jun 2027, a year after it was signed; give "
        "--expires to choose another day\n"
    )
    assert add_consent(cli, "--expires", "2026-12-31", "--platforms", "instagram,facebook",
                       "--form", "Cabinet B", person="Amira Haddad") == 2  # fmt: skip
    assert cli.err == ""
    assert cli.json("consent", "list") == [
        {"id": 1, "person": "J. Smith", "covers": ["photo", "name"], "platforms": [],
         "signed": "2026-06-20", "expires": "2027-06-20", "revoked": None, "form": "",
         "posts": []},
        {"id": 2, "person": "Amira Haddad", "covers": ["photo", "name"],
         "platforms": ["facebook", "instagram"], "signed": "2026-06-20",
         "expires": "2026-12-31", "revoked": None, "form": "Cabinet B", "posts": []},
    ]  # fmt: skip
    assert add_consent(cli, "--platforms", "x,facebook,instagram,linkedin") == 3
    assert cli.json("consent", "list")[2]["platforms"] == []  # every one of them: all


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (("--covers", "hugs", "--signed", "2026-01-01"), "--covers: unknown use 'hugs'"),
        (("--covers", ",", "--signed", "2026-01-01"), "--covers: say what the consent covers"),
        (("--covers", "photo", "--signed", "01/02/2026"), "--signed: '01/02/2026' is not a date"),
        (("--covers", "photo", "--signed", "2026-01-01", "--expires", "2025-01-01"),
         "It expires on 1 Jan 2025, before it was signed on 1 Jan 2026."),
        (("--covers", "photo", "--signed", "2026-01-01", "--platforms", "myspace"),
         "--platforms: unknown platform 'myspace'"),
    ],
)  # fmt: skip
def test_a_bad_consent_is_one_line_and_creates_no_store(
    cli: Cli, db_file: Path, argv: tuple[str, ...], error: str
) -> None:
    assert cli("consent", "add", "--person", "J. Smith", *argv) == 2
    assert one_error_line(cli.err).startswith(f"planner: error: {error}")
    assert cli.out == "" and not db_file.exists()


def test_consent_list_says_where_each_stands_and_its_posts(cli: Cli) -> None:
    assert cli("consent", "list") == 0
    assert cli.out.startswith("No consent records yet. Add one with: planner consent add")
    add_consent(cli)
    post = cli.add("--uses", "photo", "--consent", "1")
    assert cli("consent", "list") == 0
    assert cli.out == (
        "#1 J. Smith: photo, name; all platforms; signed 20 Jun 2026, ends 20 Jun 2027 "
        f"(valid); posts {post}\n"
    )
    assert cli.json("consent", "list")[0]["posts"] == [post]


def test_revoking_lists_the_dated_posts_it_affects(cli: Cli, db_file: Path) -> None:
    add_consent(cli)
    early = cli.add("--uses", "photo", "--consent", "1", date="2026-11-30")
    late = cli.add("--uses", "photo", "--consent", "1", date="2026-12-03")
    assert cli("consent", "revoke", "1", "--on", "2026-12-01") == 0
    lines = cli.out.splitlines()
    assert lines[0] == "Revoked consent #1 (J. Smith) from 1 Dec 2026."
    assert lines[1] == "1 dated post linked to it is on that day or later:"
    assert lines[2].split()[0] == str(late) and str(early) not in lines[2]
    assert lines[3] == "Send one back to the ideas with: planner edit ID --status idea"
    assert cli.json("consent", "list")[0]["revoked"] == "2026-12-01"
    before = digest(db_file)
    assert cli("consent", "revoke", "1") == 1
    assert one_error_line(cli.err) == (
        "planner: error: Consent #1 (J. Smith) was already revoked on 1 Dec 2026\n"
    )
    assert digest(db_file) == before


def test_a_revocation_before_signing_or_of_no_record_changes_nothing(
    cli: Cli, db_file: Path
) -> None:
    assert cli("consent", "revoke", "3") == 1
    assert one_error_line(cli.err) == f"planner: error: there is no consent 3 in {db_file}\n"
    assert not db_file.exists()
    add_consent(cli)
    before = digest(db_file)
    assert cli("consent", "revoke", "1", "--on", "2026-01-01") == 2
    assert "before it was signed on 20 Jun 2026" in one_error_line(cli.err)
    assert cli("consent", "revoke", "x1") == 2
    assert "ID: 'x1' is not a consent id" in one_error_line(cli.err)
    assert digest(db_file) == before


# --- posts: add and edit with uses and consents ------------------------------------------


def test_posts_carry_their_uses_and_consents_in_list_json(cli: Cli) -> None:
    add_consent(cli)
    plain = cli.add()
    linked = cli.add("--uses", "name,photo", "--consent", "1")
    posts = {p["id"]: p for p in cli.posts()}
    assert (posts[plain]["uses"], posts[plain]["consents"]) == ([], [])
    assert (posts[linked]["uses"], posts[linked]["consents"]) == (["photo", "name"], [1])
    assert cli("add", "--status", "idea", "--platform", "x", "--kind", "shared", "--text",
               "Later", "--uses", "story") == 0  # fmt: skip
    (idea,) = cli.json("list", "--ideas")["posts"]
    assert idea["uses"] == ["story"] and idea["consents"] == []


def test_add_says_when_the_post_has_no_consent_and_refuses_an_unknown_one(
    cli: Cli, db_file: Path
) -> None:
    assert cli("add", "--date", "2026-12-01", "--time", "09:00", "--platform", "x", "--kind",
               "original", "--text", "A smile", "--consent", "4") == 1  # fmt: skip
    assert one_error_line(cli.err) == f"planner: error: there is no consent 4 in {db_file}\n"
    assert not db_file.exists()
    cli.add("--uses", "photo")
    assert cli.err == (
        "planner: warning: This post features a patient (photo) but no consent is linked. "
        "Link their signed consent, or move the post to ideas until it is signed.\n"
    )


def test_edit_changes_each_field_through_the_rules(cli: Cli) -> None:
    add_consent(cli)
    post = cli.add()
    assert cli("edit", str(post), "--text", "New text", "--kind", "shared", "--platform",
               "twitter", "--status", "scheduled", "--link", " https://example.org ",
               "--notes", "Checked", "--uses", "photo", "--consent", "1") == 0  # fmt: skip
    assert cli.out == f"Edited post {post} (X, Tue 1 Dec 09:00): New text\n"
    (shown,) = cli.posts()
    assert {k: shown[k] for k in ("text", "kind", "platform", "status", "link", "notes",
                                   "uses", "consents")} == {
        "text": "New text", "kind": "shared", "platform": "x", "status": "scheduled",
        "link": "https://example.org", "notes": "Checked", "uses": ["photo"], "consents": [1],
    }  # fmt: skip
    assert cli("edit", str(post), "--uses", "", "--consent", "") == 0
    (shown,) = cli.posts()
    assert shown["uses"] == [] and shown["consents"] == []
    assert cli("edit", str(post), "--status", "idea") == 0
    (idea,) = cli.json("list", "--ideas")["posts"]
    assert idea["date"] is None and idea["time"] is None and idea["status"] == "idea"
    assert cli("edit", str(post), "--notes", "Checked") == 0
    assert cli.out.startswith("Nothing to change: post")


@pytest.mark.parametrize(
    ("argv", "code", "error"),
    [
        ((), 2, "say what to change: --text, --kind, --platform, --status, --link, --notes, "
                "--uses or --consent"),
        (("--status", "draft"), 2, "post 1 is an idea with no day yet; schedule it with: "
                                   "planner move 1 --date YYYY-MM-DD --time HH:MM"),
        (("--text", "   "), 2, "The text is empty."),
        (("--consent", "1,9"), 1, "there is no consent 9 in "),
        (("--uses", "selfie"), 2, "--uses: unknown use 'selfie'"),
        (("--kind", "angry"), 2, "--kind: unknown kind 'angry'"),
    ],
)  # fmt: skip
def test_a_bad_edit_is_one_line_and_writes_nothing(
    cli: Cli, db_file: Path, argv: tuple[str, ...], code: int, error: str
) -> None:
    add_consent(cli)
    assert cli("add", "--status", "idea", "--platform", "x", "--kind", "shared", "--text",
               "An idea") == 0  # fmt: skip
    before = digest(db_file)
    assert cli("edit", "1", *argv) == code
    assert one_error_line(cli.err).startswith(f"planner: error: {error}")
    assert cli.out == "" and digest(db_file) == before


def test_edit_of_no_post_creates_no_store(cli: Cli, db_file: Path) -> None:
    assert cli("edit", "5", "--text", "x") == 1
    assert one_error_line(cli.err) == f"planner: error: there is no post 5 in {db_file}\n"
    assert not db_file.exists()


# --- check ------------------------------------------------------------------------------


def test_check_json_holds_the_consent_warnings(cli: Cli) -> None:
    add_consent(cli, "--expires", "2026-11-30")
    expired = cli.add("--uses", "photo", "--consent", "1")
    missing = cli.add("--uses", "video", date="2026-12-02")
    story = cli("add", "--date", "2026-12-03", "--time", "09:00", "--platform", "x", "--kind",
                "original", "--text", "Our patient of the month: Jane's new smile!")  # fmt: skip
    assert story == 0
    story_id = int(cli.out)
    consent = [w for w in cli.json("check", "--week", WEEK)["warnings"] if w["rule"] == "consent"]
    assert [(w["post"], w["consent"], w["problem"]) for w in consent] == [
        (expired, 1, "expired"),
        (missing, None, "missing"),
        (story_id, None, "missing"),
    ]
    assert set(consent[0]) == {"rule", "post", "consent", "problem", "message"}
    assert consent[0]["message"] == (
        "Tue 1 Dec 09:00, Facebook: Consent #1 (J. Smith) expired on 30 Nov 2026, before "
        "this post on 1 Dec. Renew it or move the post to ideas."
    )
    assert cli("check", "--week", WEEK) == 0
    assert "  Tue 1 Dec 09:00, Facebook: Consent #1 (J. Smith) expired on 30 Nov 2026" in cli.out


# --- reply ------------------------------------------------------------------------------


def test_reply_drafts_from_the_stars_and_the_practice(cli: Cli, db_file: Path) -> None:
    assert cli("reply", "--stars", "2", "--review", "They lost my x-rays. Avoid.") == 0
    assert cli.out.startswith("We are sorry to read this")
    assert "contact My Practice and ask" in cli.out and cli.err == ""
    assert not db_file.exists()  # a read: no store is created
    with open_store(db_file) as store:
        settings = store.settings().with_changes(
            practice_name="Riverside Dental Care", phones=("0113 496 0000", "0113 496 0001")
        )
        store.save_settings(settings)
    data = cli.json("reply", "--stars", "1", "--review", "Rude staff!", "--reviewer",
                    "Li Na", "--site", "yelp")  # fmt: skip
    assert data == {
        "reply": "We are sorry to read this, and we take all feedback seriously. Privacy rules "
        "mean we cannot discuss anyone's care here, so please contact Riverside Dental Care on "
        "0113 496 0000 and ask for the practice manager, who will be happy to talk.",
        "template": "negative-1",
        "findings": [],
    }
    assert cli.json("reply", "--stars", "5", "--review", "Lovely!", "--template",
                    "mixed-2")["template"] == "mixed-2"  # fmt: skip


def test_an_edited_template_is_used_and_its_findings_are_said(cli: Cli, db_file: Path) -> None:
    with open_store(db_file) as store:
        store.replies.save_template("positive-1", "Thanks Janet, see you at your next visit!")
    assert cli("reply", "--stars", "5", "--review", "Great", "--reviewer", "Janet Moss") == 0
    assert cli.out == "Thanks Janet, see you at your next visit!\n"
    warnings = cli.err.splitlines()
    assert [w.split(":")[2].strip() for w in warnings] == [
        "privacy (stop) at 'Janet'",
        "confirms-patient (stop) at 'your next visit'",
    ]
    data = cli.json("reply", "--stars", "5", "--review", "Great", "--reviewer", "Janet Moss")
    assert [(f["category"], f["excerpt"]) for f in data["findings"]] == [
        ("privacy", "Janet"), ("confirms-patient", "your next visit"),
    ]  # fmt: skip
    listed = cli.json("reply", "--templates")
    assert [t["name"] for t in listed if t["edited"]] == ["positive-1"]
    assert len(listed) >= 8 and {t["mood"] for t in listed} == {"positive", "mixed", "negative"}
    assert cli("reply", "--templates") == 0
    assert "positive-1 (positive, edited)\n  Thanks Janet" in cli.out


def test_the_review_can_come_from_a_file(cli: Cli, tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_text("\ufeffThe hygienist was great but I waited an hour.", "utf-8")
    assert cli.json("reply", "--stars", "3", "--review-file", str(review))["template"] == (
        "mixed-1"
    )


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (("--review", "x"), "say how many stars the review gave: --stars 1 to 5"),
        (("--stars", "6", "--review", "x"), "--stars: '6' is not a star rating"),
        (("--stars", "５", "--review", "x"), "--stars: '５' is not a star rating"),
        (("--stars", "4"), "give the review: --review TEXT or --review-file FILE"),
        (("--stars", "4", "--review", "  "), "the review is empty"),
        (("--stars", "4", "--review", "x", "--template", "nope"), "no reply template 'nope'"),
        (("--stars", "4", "--review", "x", "--site", "tripadvisor"), "--site: unknown site"),
        (("--stars", "4", "--review", "x", "--review-file", "y"),
         "--review-file: not allowed with argument --review"),
        (("--templates", "--stars", "4"), "--templates lists the templates"),
    ],
)  # fmt: skip
def test_a_bad_reply_request_is_one_line(
    cli: Cli, db_file: Path, argv: tuple[str, ...], error: str
) -> None:
    assert cli("reply", *argv) == 2
    assert one_error_line(cli.err).startswith(f"planner: error: {error}")
    assert cli.out == "" and not db_file.exists()


def test_a_review_file_that_cannot_be_read_is_one_line(cli: Cli, tmp_path: Path) -> None:
    assert cli("reply", "--stars", "4", "--review-file", str(tmp_path / "none.txt")) == 1
    assert "none.txt" in one_error_line(cli.err)
    (tmp_path / "latin1.txt").write_bytes("Très bien".encode("latin-1"))
    assert cli("reply", "--stars", "4", "--review-file", str(tmp_path / "latin1.txt")) == 1
    assert one_error_line(cli.err).endswith("latin1.txt: it is not UTF-8 text\n")


def test_reading_commands_create_no_store(cli: Cli, db_file: Path) -> None:
    for argv in (("consent", "list"), ("consent", "list", "--json"), ("reply", "--templates"),
                 ("check", "--week", WEEK, "--json")):  # fmt: skip
        assert cli(*argv) == 0, cli.err
    assert json.loads(cli.out)["warnings"] == []
    assert not db_file.exists()
