"""Findings as JSON, their order, and acknowledgements that silence one on a post."""

from __future__ import annotations

import datetime as dt

from guard_support import check

from planner.core.guard import Acknowledgement, Finding, acknowledged_findings, open_findings

WHEN = dt.datetime(2026, 3, 2, 9, 30)


def test_a_finding_serialises_to_the_guard_json_shape() -> None:
    text = "Ring 020 7946 0991 today."
    (finding,) = check(text)
    assert finding.to_json(12) == {
        "post": 12,
        "category": "privacy",
        "severity": "stop",
        "start": 5,
        "end": 18,
        "excerpt": "020 7946 0991",
        "message": finding.message,
    }
    assert finding.to_json()["post"] is None


def test_findings_come_sorted_by_where_they_start() -> None:
    text = "Vote Labour! Painless whitening for £99, ring 07700 900123, you won't regret it."
    findings = check(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert [f.category for f in findings] == [
        "hot-button",
        "claims",
        "selling",
        "privacy",
    ]


def test_an_acknowledgement_silences_the_same_words_of_the_same_category() -> None:
    text = "The hospital switchboard is 020 7946 0991. Painless!"
    findings = check(text)
    ack = Acknowledgement("privacy", "020 7946 0991", "the hospital's public switchboard", WHEN)
    assert [f.category for f in open_findings(findings, [ack])] == ["claims"]
    assert [f.category for f in acknowledged_findings(findings, [ack])] == ["privacy"]


def test_changing_the_excerpt_brings_the_finding_back() -> None:
    ack = Acknowledgement("privacy", "020 7946 0991", "switchboard", WHEN)
    changed = check("The hospital switchboard is 020 7946 0992.")
    assert open_findings(changed, [ack]) == changed
    assert acknowledged_findings(changed, [ack]) == []


def test_an_acknowledgement_of_another_category_does_not_silence() -> None:
    finding = Finding("claims", "caution", 0, 8, "Painless", "A claim.")
    ack = Acknowledgement("selling", "Painless", "reason", WHEN)
    assert open_findings([finding], [ack]) == [finding]
