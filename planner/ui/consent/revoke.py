"""Revoking a consent: the day it takes effect, and what becomes of the posts it affects.

The dialog asks the day (today unless the person withdrew earlier) and says, as the day
changes, how many dated posts linked to the consent fall on it or later. Once revoked,
``offer_ideas`` lists those posts and offers to move them back to ideas in one step;
published ones stay where they are, with a note to take them down on the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.core.consent import ConsentRecord, affected_posts, long_day
from planner.core.domain import Post, Status, day_name, first_line, format_time
from planner.ui.consent.book import MoveToIdeas
from planner.ui.consent.editor import date_edit
from planner.ui.dialogs.prompts import Prompts
from planner.ui.widgets.form_parts import ok_cancel_buttons
from planner.ui.widgets.plan_dates import from_qdate, to_qdate

LISTED_AT_MOST = 8  # a question longer than this would not fit on a small screen


def post_line(post: Post, width: int = 48) -> str:
    """``Tue 8 Dec 2026 09:30, Facebook: Meet our hygienist…``; an idea says so."""
    text = first_line(post.text, width) or "(no text)"
    if post.date is None:
        return f"Idea, {post.platform.label}: {text}"
    day = f"{day_name(post.date)[:3]} {long_day(post.date)}"
    at = f" {format_time(post.time)}" if post.time else ""
    return f"{day}{at}, {post.platform.label}: {text}"


def listed(posts: Sequence[Post]) -> str:
    lines = [f"• {post_line(p)}" for p in posts[:LISTED_AT_MOST]]
    if len(posts) > LISTED_AT_MOST:
        lines.append(f"…and {len(posts) - LISTED_AT_MOST} more.")
    return "\n".join(lines)


def _posts(count: int) -> str:
    return "1 dated post" if count == 1 else f"{count} dated posts"


class RevokeDialog(QDialog):
    """Ask from which day ``record`` is revoked; ``revoke`` does it and says whether to
    close."""

    def __init__(
        self,
        record: ConsentRecord,
        linked: Sequence[Post],
        revoke: Callable[[dt.date], bool],
        *,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Revoke Consent")
        self.setAccessibleName("Revoke Consent")
        self._linked = list(linked)
        self._revoke = revoke
        intro = QLabel(
            f"{record.label} will no longer let posts feature {record.person.strip()} "
            "from the day below. Posts before that day are not affected."
        )
        intro.setWordWrap(True)
        self.date_edit = date_edit("Revoked on")
        self.date_edit.setMinimumDate(to_qdate(record.signed))
        self.date_edit.setDate(to_qdate(max(today, record.signed)))
        self.affected_label = QLabel()
        self.affected_label.setWordWrap(True)
        self.affected_label.setAccessibleName("Affected posts")
        self.buttons = ok_cancel_buttons(self)
        day_row = QHBoxLayout()
        day_row.addWidget(self.date_edit)
        day_row.addStretch(1)
        day_label = QLabel("Revoked &on:")
        day_label.setBuddy(self.date_edit)  # a row holding a layout gets no buddy itself
        form = QFormLayout()
        form.addRow(day_label, day_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.affected_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.date_edit.dateChanged.connect(self._update)
        self._update()

    @property
    def on(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def _update(self) -> None:
        count = len(affected_posts(self._linked, self.on))
        one = count == 1
        self.affected_label.setText(
            f"{_posts(count).capitalize()} linked to it {'is' if one else 'are'} on this day "
            f"or later; you can move {'it' if one else 'them'} back to ideas next."
            if count
            else "No dated post linked to it is on this day or later."
        )

    def accept(self) -> None:
        if self._revoke(self.on):
            super().accept()


def offer_ideas(
    prompts: Prompts,
    record: ConsentRecord,
    on: dt.date,
    affected: Sequence[Post],
    move_to_ideas: MoveToIdeas,
) -> bool:
    """Say what the revocation affects and offer to move the unpublished posts back to
    ideas, all in one step; True when they were moved."""
    title = "Consent Revoked"
    movable = [p for p in affected if p.status is not Status.PUBLISHED]
    published = [p for p in affected if p.status is Status.PUBLISHED]
    head = f"{record.label} is revoked from {long_day(on)}."
    taken_down = (
        f"Already published, so take {'it' if len(published) == 1 else 'them'} down on the "
        f"network by hand:\n{listed(published)}"
        if published
        else ""
    )
    if not movable:
        if not published:
            prompts.info(title, f"{head} No dated post linked to it is on that day or later.")
        else:
            prompts.info(title, f"{head}\n\n{taken_down}")
        return False
    them = "it" if len(movable) == 1 else "them"
    question = (
        f"{head} {_posts(len(movable)).capitalize()} linked to it "
        f"{'is' if len(movable) == 1 else 'are'} on that day or later:\n{listed(movable)}\n\n"
        + (f"{taken_down}\n\n" if taken_down else "")
        + f"Move {them} back to ideas? One Undo brings {them} back."
    )
    if not prompts.ask_yes_no(title, question):
        return False
    return move_to_ideas(movable)
