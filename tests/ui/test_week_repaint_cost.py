"""What a week switch or a drop does not redo: measuring card texts already measured,
reading the ideas when no idea changed, painting the grid behind the cards."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from week_view_samples import WEEK, sample_posts, sample_report

import planner.ui.week_view as week_view
from planner.core.settings import Settings
from planner.ui.week_view import WeekView


def counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls = [0]
    original = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def view(qtbot: QtBot) -> WeekView:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1100, 700)
    posts = sample_posts()
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    view.show()
    qtbot.waitExposed(view)
    return view


def test_card_texts_are_measured_once_for_the_same_width(
    view: WeekView, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = counted(monkeypatch, week_view, "text_lines_wanted")
    posts = sample_posts()
    heights = {i: view.card_rect(i).height() for i in view.shown_ids()}  # type: ignore[union-attr]
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    assert measured[0] == 0
    assert {i: view.card_rect(i).height() for i in view.shown_ids()} == heights  # type: ignore[union-attr]
    view.resize(900, 700)  # another column width: measured again
    view.set_content(WEEK, posts, sample_report(posts), Settings(), today=WEEK.days()[2])
    assert measured[0] > 0
