"""The post editor: every field of a post, checked before anything is saved.

The dialog builds a ``Post`` from its fields and hands it to ``save``; it closes only
when ``save`` says the store took it. Problems are shown inside the dialog, so the
user's text is never lost to an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, Qt, QTime, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core import edits
from planner.core.domain import Kind, Platform, Post, Status
from planner.core.text_length import counted_length
from planner.ui.widgets.form_parts import ok_cancel_buttons, problems_label, show_problems
from planner.ui.widgets.plan_dates import from_qdate, limit_to_plan, to_qdate
from planner.ui.widgets.theme import warning_colour

MINUTE_STEP = 15


def link_problem(link: str) -> str | None:
    """Why ``link`` cannot be used, or None: a link must be a full web address."""
    link = link.strip()
    if not link:
        return None
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return "The link must be a web address starting with http:// or https://."
    if any(ch.isspace() for ch in link):
        return "The link must not contain spaces."
    return None


class QuarterHourEdit(QTimeEdit):
    """A time field whose minute arrows step by 15 minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:
            now = self.time()
            minutes = now.hour() * 60 + now.minute()
            snapped = (minutes // MINUTE_STEP) * MINUTE_STEP
            if steps < 0 and snapped != minutes:
                steps += 1  # the first step down lands on the quarter below
            total = (snapped + steps * MINUTE_STEP) % (24 * 60)
            self.setTime(QTime(total // 60, total % 60))
            return
        super().stepBy(steps)


def _combo(values: list[Kind] | list[Platform] | list[Status], name: str) -> QComboBox:
    box = QComboBox()
    for value in values:
        box.addItem(value.label, value)
    box.setAccessibleName(name)
    return box


# Qt's default wrap (at words, else anywhere) lays out a long run with no spaces in
# quadratic time: a pasted 1 MB blob froze the dialog for 50 s. Wrapping at words only
# lays that out in half a second, but a run wider than the box ("#FluJab#FluJab…")
# then scrolls sideways. So: words, else anywhere, up to a length where the quadratic
# cost is still a few milliseconds; words only past it, for pasted blobs.
WRAP_ANYWHERE_UP_TO = 10_000  # characters: a keystroke then lays out in a few ms


class WrappingTextEdit(QPlainTextEdit):
    """A plain text box that wraps at words, else anywhere, and at words only once its
    text is too long for that to be quick. The mode for a long text is set before the
    text arrives (a paste, or a post opened), so it is never laid out the slow way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._fit_wrap)
        self._fit_wrap()

    def _fit_wrap(self) -> None:
        """After a change: words only if the text is now long, else words or anywhere."""
        long = self.document().characterCount() > WRAP_ANYWHERE_UP_TO
        self._set_wrap(
            QTextOption.WrapMode.WordWrap
            if long
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )

    def _before(self, length: int) -> None:
        """Before a change that leaves ``length`` characters: words only, if long."""
        if length > WRAP_ANYWHERE_UP_TO:
            self._set_wrap(QTextOption.WrapMode.WordWrap)

    def _set_wrap(self, mode: QTextOption.WrapMode) -> None:
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def setPlainText(self, text: str) -> None:
        self._before(len(text))
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self._before(self.document().characterCount() + len(source.text()))
        super().insertFromMimeData(source)


def box_text(box: QPlainTextEdit) -> str:
    """The text in ``box``, exactly: ``toPlainText`` would turn no-break spaces into
    spaces and line separators into line breaks, changing what the user typed."""
    return box.document().toRawText().replace("\u2029", "\n")  # Qt's paragraph ends


def _unless_untouched(now: str, shown: str, original: str) -> str:
    return original if now == shown else now


def _select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(box.findData(value), 0))


class EditorSection(Protocol):
    """A part of the editor that a feature adds below the post's own fields (the
    guard's findings, consent, repeat, engagement): it builds its widget once it can see
    the editor's fields, and adds what it edits to the post the editor describes."""

    def attach(self, editor: PostEditor) -> QWidget:
        """Build the section's widget for ``editor``; connect to its fields as needed,
        and call ``editor.fields_changed()`` when what it edits changes."""
        ...

    def apply(self, post: Post) -> Post:
        """``post`` with what this section edits."""
        ...


class PostEditor(QDialog):
    """Create or edit one post. ``save`` returns False when the store refused it."""

    sectionChanged = Signal()  # what a section edits changed (``fields_changed``)

    def __init__(
        self,
        save: Callable[[Post], bool],
        *,
        post: Post | None = None,
        date: dt.date | None = None,
        time: dt.time | None = None,
        platform: Platform = Platform.FACEBOOK,
        ask_discard: Callable[[str], bool] | None = None,
        sections: Sequence[EditorSection] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._ask_discard = ask_discard
        self.sections = list(sections)
        self._original = post
        self.setWindowTitle("Edit Post" if post and post.id is not None else "New Post")
        self.setAccessibleName(self.windowTitle())
        self._tried = False

        self.date_edit = limit_to_plan(QDateEdit())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Date")
        self.time_edit = QuarterHourEdit()
        self.time_edit.setAccessibleName("Time")
        self.platform_box = _combo(list(Platform), "Platform")
        self.kind_box = _combo(list(Kind), "Kind")
        self.status_box = _combo(list(Status), "Status")
        self.text_edit = WrappingTextEdit()
        self.text_edit.setAccessibleName("Text")
        self.text_edit.setTabChangesFocus(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Character count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.link_edit = QLineEdit()
        self.link_edit.setAccessibleName("Link")
        self.link_edit.setPlaceholderText("https://…")
        self.notes_edit = WrappingTextEdit()
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.problems_label = problems_label()
        self.buttons = ok_cancel_buttons(self)

        when = QHBoxLayout()
        when.addWidget(self.date_edit, 1)
        when.addWidget(self.time_edit)
        form = QFormLayout()
        when_label = QLabel("&When:")
        when_label.setBuddy(self.date_edit)  # a row holding a layout gets no buddy itself
        form.addRow(when_label, when)
        form.addRow("&Platform:", self.platform_box)
        form.addRow("&Kind:", self.kind_box)
        form.addRow("&Status:", self.status_box)
        form.addRow("&Text:", self.text_edit)
        form.addRow("", self.count_label)
        form.addRow("&Link:", self.link_edit)
        form.addRow("&Notes:", self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for section in self.sections:
            layout.addWidget(section.attach(self))
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(520, 520)

        self._fill(post, date, time, platform)
        self._opened = self.post()
        for signal in (
            self.text_edit.textChanged,
            self.platform_box.currentIndexChanged,
            self.status_box.currentIndexChanged,
            self.link_edit.textChanged,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
        ):
            signal.connect(self._update)
        self._update()
        self.text_edit.setFocus()

    def _fill(
        self, post: Post | None, date: dt.date | None, time: dt.time | None, platform: Platform
    ) -> None:
        day = (post.date if post else None) or date or dt.date.today()
        at = (post.time if post else None) or time or dt.time(9, 0)
        self.date_edit.setDate(to_qdate(day))
        self.time_edit.setTime(QTime(at.hour, at.minute))
        if post is None:
            status = edits.new_status(date or time)
            post = Post(platform, Kind.ORIGINAL, "", status=status)
        _select(self.platform_box, post.platform)
        _select(self.kind_box, post.kind)
        _select(self.status_box, post.status)
        self.text_edit.setPlainText(post.text)
        self.link_edit.setText(post.link)
        self.notes_edit.setPlainText(post.notes)
        # The box turns \r\n and \r into plain line breaks; text left untouched is saved
        # exactly as it came (an import's line endings stay as they were).
        self._shown = (box_text(self.text_edit), box_text(self.notes_edit))

    @property
    def status(self) -> Status:
        return Status(self.status_box.currentData())

    @property
    def platform(self) -> Platform:
        return Platform(self.platform_box.currentData())

    def post(self) -> Post:
        """The post as the fields describe it (not checked)."""
        dated = self.status is not Status.IDEA
        qdate, qtime = self.date_edit.date(), self.time_edit.time()
        base = self._original or Post(self.platform, Kind.ORIGINAL, "")
        post = base.with_changes(
            platform=self.platform,
            kind=Kind(self.kind_box.currentData()),
            status=self.status,
            text=_unless_untouched(box_text(self.text_edit), self._shown[0], base.text),
            date=from_qdate(qdate) if dated else None,
            time=dt.time(qtime.hour(), qtime.minute()) if dated else None,
            link=self.link_edit.text().strip(),
            notes=_unless_untouched(box_text(self.notes_edit), self._shown[1], base.notes),
        )
        for section in self.sections:
            post = section.apply(post)
        return post

    def problems(self) -> list[str]:
        post = self.post()
        found = post.problems()
        if (problem := link_problem(post.link)) is not None:
            found.append(problem)
        return found

    def fields_changed(self) -> None:
        """Update the counter and the problems shown (a section's field changed)."""
        self._update()
        self.sectionChanged.emit()

    def _update(self) -> None:
        dated = self.status is not Status.IDEA
        self.date_edit.setEnabled(dated)
        self.time_edit.setEnabled(dated)
        count = counted_length(self.text_edit.toPlainText(), self.link_edit.text(), self.platform)
        limit = self.platform.info.max_chars
        self.count_label.setText(f"{count:,} / {limit:,}")
        over = count > limit
        colour = warning_colour(self.palette()).name() if over else ""
        self.count_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if over else "")
        self.count_label.setToolTip(
            f"{count - limit:,} characters over the {self.platform.label} limit" if over else ""
        )
        if self._tried:
            show_problems(self.problems_label, self.problems(), self.palette())

    def accept(self) -> None:
        self._tried = True
        problems = self.problems()
        show_problems(self.problems_label, problems, self.palette())
        if problems:
            return
        if self._save(self.post()):
            super().accept()

    def has_changes(self) -> bool:
        """Whether any field differs from what the editor opened with."""
        return self.post() != self._opened

    def reject(self) -> None:
        """Cancel, Esc or closing: a changed post is thrown away only once confirmed."""
        if self._ask_discard is not None and self.has_changes():
            what = "this new post" if self._original is None else "your changes to this post"
            if not self._ask_discard(f"Discard {what}? What you typed will be lost."):
                return
        super().reject()
