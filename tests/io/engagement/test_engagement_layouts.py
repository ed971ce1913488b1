"""Each network's export reads with its quirks, from small redacted fixtures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core.domain import Platform
from planner.core.engagement import EngagementRecord
from planner.io.engagement import read_engagement, read_engagement_file

FIXTURES = Path(__file__).parent / "fixtures"
LONDON = "Europe/London"


def read(name: str, zone: str = LONDON) -> list[EngagementRecord]:
    return read_engagement(FIXTURES / name, zone=zone)


def test_business_suite_facebook_reads_bom_multiline_captions_and_lifetime_dates() -> None:
    data = (FIXTURES / "facebook_business_suite.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the fixture keeps Meta's byte-order mark
    found = read_engagement_file(data, zone=LONDON)
    assert found.layout == "facebook"
    first, reel, shared = found.records
    assert first == EngagementRecord(
        platform=Platform.FACEBOOK,
        published=dt.datetime(2026, 11, 23, 9, 0),
        text="Flu jabs for staff are done!\nOur team is ready for winter. "
        "Book your check-up online.",
        reach=1210,  # Reach, not the 1,480 Views
        engagements=37 + 22,  # "Reactions, Comments and Shares" plus Total clicks
        network_id="122150000000000101",
        link="https://www.facebook.com/122150000000000101/posts/122150000000000101",
    )
    assert (reel.published, reel.engagements) == (dt.datetime(2026, 11, 25, 13, 30), 58)
    # Blank reactions, comments and shares: the clicks alone, not a zero-filled guess.
    assert (shared.reach, shared.engagements) == (512, 14)


def test_older_business_suite_file_with_impressions_reads_the_same_way() -> None:
    old, patel = read("facebook_business_suite_impressions.csv")
    assert old.published == dt.datetime(2024, 2, 9, 8, 30)
    assert patel.published == dt.datetime(2024, 2, 13, 12, 5)  # "2/13/2024": month unpadded
    assert (old.reach, old.engagements) == (702, 31 + 17)


@pytest.mark.parametrize(("column", "expected"), [("Impressions", 980), ("Views", 2210)])
def test_facebook_reach_falls_back_to_impressions_then_views(column: str, expected: int) -> None:
    text = (
        f"Post ID,Page ID,Description,Publish time,Permalink,Date,{column},Reactions,Comments\n"
        f"1221,1000,Open day,11/23/2026 09:00,https://fb.example/1221,Lifetime,{expected},5,2\n"
    )
    (record,) = read_engagement(text.encode(), zone=LONDON)
    assert (record.reach, record.engagements) == (expected, 7)


def test_spreadsheet_rounded_post_id_falls_back_to_the_permalink() -> None:
    text = (
        "Post ID,Page ID,Description,Publish time,Permalink,Reach,Reactions\n"
        "1.22150E+17,1.0E+14,Open day,11/23/2026 09:00,https://fb.example/posts/1221,100,5\n"
    )
    (record,) = read_engagement(text.encode(), zone=LONDON)
    assert record.network_id == "https://fb.example/posts/1221"


def test_facebook_insights_export_skips_its_second_header_row() -> None:
    found = read_engagement_file(FIXTURES / "facebook_insights_legacy.csv", zone=LONDON)
    assert found.layout == "facebook-insights"
    saturday, cancer = found.records
    assert (
        saturday.text
        == "We are open on Saturday mornings from next month.\nCall reception to book."
    )
    assert saturday.published == dt.datetime(2017, 10, 1, 9, 5)
    assert (saturday.reach, saturday.engagements) == (420, 22 + 3 + 4 + 6)
    assert saturday.network_id == "100000000000001_900000000000301"
    assert cancer.published == dt.datetime(2017, 10, 3, 18, 30)


def test_business_suite_instagram_reads_likes_comments_and_shares() -> None:
    found = read_engagement_file(FIXTURES / "instagram_business_suite.csv", zone=LONDON)
    assert found.layout == "instagram"
    whitening, reel = found.records
    assert whitening.platform is Platform.INSTAGRAM
    assert (
        whitening.text
        == "Before and after: a whitening case (shared with consent).\n#smile #dentist"
    )
    assert whitening.published == dt.datetime(2026, 11, 23, 18, 0)
    assert (whitening.reach, whitening.engagements) == (2380, 141 + 12 + 6)
    assert reel.link == "https://www.instagram.com/reel/FAKEREEL402/"


def test_x_content_export_takes_the_time_from_the_post_id_in_the_practice_zone() -> None:
    flu, tooth, summer, late = read("x_content.csv")
    assert flu.published == dt.datetime(2026, 11, 23, 9, 15)  # GMT: UTC itself
    assert summer.published == dt.datetime(2026, 7, 14, 9, 30)  # 08:30 UTC in British summer
    assert all(r.time_known for r in (flu, tooth, summer, late))
    assert tooth.text == "Tooth pain over the weekend?\nOur out-of-hours line is on the website."
    assert (tooth.reach, tooth.engagements) == (1234, 9 + 3 + 2 + 1 + 6)  # "1,234" impressions
    assert flu.network_id == "2124793827947450369"
    new_york = read("x_content.csv", zone="America/New_York")
    assert new_york[3].published == dt.datetime(2026, 11, 26, 18, 40)  # 23:40 UTC


def test_x_id_that_gives_another_day_keeps_the_day_alone() -> None:
    text = (
        "Post id,Date,Post text,Post Link,Impressions,Likes,Engagements\n"
        '999,"Fri, Jun 5, 2026",Made-up id,https://x.com/p/status/999,50,1,5\n'
    )
    (record,) = read_engagement(text.encode(), zone=LONDON)
    assert record.published == dt.datetime(2026, 6, 5)
    assert not record.time_known
    assert record.engagements == 1  # likes; X's own Engagements only when no part is there


@pytest.mark.parametrize("name", ["linkedin_posts.xlsx", "linkedin_posts.xls"])
def test_linkedin_workbook_skips_the_note_row_and_times_posts_from_their_activity_id(
    name: str,
) -> None:
    found = read_engagement_file(FIXTURES / name, zone=LONDON)
    assert found.layout == "linkedin"
    hiring, evenings, thanks = found.records
    assert hiring.platform is Platform.LINKEDIN
    assert (
        hiring.text
        == "We are hiring a dental nurse to join our friendly team.\nApply by 4 December."
    )
    assert hiring.published == dt.datetime(2026, 11, 23, 10, 0)
    assert (hiring.reach, hiring.engagements) == (612, 18 + 4 + 2 + 25)
    assert hiring.network_id == "urn:li:activity:7530570842113234567"
    assert evenings.published == dt.datetime(2026, 11, 25, 8, 45)  # a date cell, not text
    assert evenings.reach == 1045
    # A link with no activity id gives no time: the day only.
    assert (thanks.published, thanks.time_known) == (dt.datetime(2026, 11, 27), False)


def test_planner_engagement_csv_accepts_aliases_and_blank_cells() -> None:
    found = read_engagement_file(FIXTURES / "engagement_planner.csv", zone=LONDON)
    assert found.layout == "planner"
    facebook, x, linkedin = found.records
    assert facebook.text == "Flu jabs for staff are done!\nOur team is ready for winter."
    assert (facebook.reach, facebook.engagements) == (1210, 59)
    assert (x.platform, x.published) == (Platform.X, dt.datetime(2026, 11, 24, 9, 30))
    assert (linkedin.reach, linkedin.time_known) == (None, False)


def test_same_file_twice_gives_the_same_keys_so_a_reimport_updates() -> None:
    for name in ("x_content.csv", "engagement_planner.csv", "linkedin_posts.xlsx"):
        first = [r.network_id for r in read(name)]
        assert first == [r.network_id for r in read(name)]
        assert len(set(first)) == len(first)


def test_semicolon_separated_utf16_file_from_excel_reads() -> None:
    text = (
        "date;time;platform;text;reach;engagements\r\n2026-11-23;9:00 AM;facebook;Hi, all;10;2\r\n"
    )
    (record,) = read_engagement(text.encode("utf-16"), zone=LONDON)
    assert (record.published, record.text) == (dt.datetime(2026, 11, 23, 9, 0), "Hi, all")
