"""The guard in the post editor: findings underlined as the text is typed, the message on
hover, and a list under the text where a finding can be acknowledged with a reason.

Every keystroke re-checks the whole text and redraws the underlines in the same turn of
the event loop, before the next frame; the same text in the same context is answered
from a cache. Only a text far longer than any post waits for a pause in typing. The text
is checked with the consents the editor links it to (``with_post_consent``): ticking a
person's valid consent lets their name through, live.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QHelpEvent, QIcon, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.core.consent_rule import with_post_consent
from planner.core.domain import Kind, Post, Status
from planner.core.guard import Acknowledgement, Finding
from planner.core.guard_setup import GuardSetup, post_context
from planner.core.guard_week import PostFindings, findings_in, split_findings
from planner.store.guard_records import acknowledgements, consent_records, guard_setup
from planner.ui.dialogs.editor_dialog import box_text
from planner.ui.guard.acknowledge_dialog import AcknowledgeDialog
from planner.ui.guard.commands import AcknowledgeFinding
from planner.ui.guard.highlighter import FindingHighlighter, Mark, python_index, utf16_length
from planner.ui.undo.commands import push
from planner.ui.widgets.shield_badge import STOP, shield_icon
from planner.ui.widgets.theme import muted_text

if TYPE_CHECKING:
    from planner.ui.dialogs.editor_dialog import PostEditor
    from planner.ui.window.context import AppContext

INDEX_ROLE = Qt.ItemDataRole.UserRole
CHECK_AT_ONCE_UP_TO = 20_000  # characters; a longer text is checked after a pause
CHECK_UP_TO = 100_000  # longer than any network takes: not checked, and the summary says so
PAUSE_MS = 150
LIST_ROWS = 4  # the list shows this many findings before it scrolls


class GuardSection(QObject):
    """The editor's guard section (an ``EditorSection``) for ``post`` (None: a new one)."""

    def __init__(
        self,
        context: AppContext,
        post: Post | None,
        setup: GuardSetup | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.post = post
        store = context.store if context.has_store else None
        self.setup = setup if setup is not None else guard_setup(store)
        self.consents = consent_records(store)
        post_id = post.id if post is not None else None
        self.acks: list[Acknowledgement] = (
            acknowledgements(store, [post_id]).get(post_id, []) if post_id is not None else []
        )
        self.findings: list[Finding] = []
        self.found = PostFindings()
        self.ack_dialog: AcknowledgeDialog | None = None
        self._shown: tuple[object, ...] | None = None
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PAUSE_MS)
        self._later.timeout.connect(self.recheck)

    # -- EditorSection ---------------------------------------------------------------

    def attach(self, editor: PostEditor) -> QWidget:
        self.editor = editor
        self.setParent(editor)  # goes with the editor, its pause timer too
        self.highlighter = FindingHighlighter(editor.text_edit.document(), editor.palette())
        self.widget = QWidget()
        self.widget.setAccessibleName("Guard")
        self.summary = QLabel()
        self.summary.setAccessibleName("Guard summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Guard findings")
        self.list.setWordWrap(True)
        self.acknowledge_button = QPushButton("&Acknowledge…")
        self.reopen_button = QPushButton("&Reopen")
        self.reopen_button.setToolTip("Take the acknowledgement back: the warning returns.")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemClicked.connect(lambda _item: self._selected(self.list.currentRow()))
        self.acknowledge_button.clicked.connect(self.ask_acknowledgement)
        self.reopen_button.clicked.connect(self.reopen)
        editor.text_edit.textChanged.connect(self._text_changed)
        # Besides the text: the kind (selling), and what decides which consents hold.
        for changed in (
            editor.kind_box.currentIndexChanged,
            editor.platform_box.currentIndexChanged,
            editor.status_box.currentIndexChanged,
            editor.date_edit.dateChanged,
            editor.sectionChanged,  # the uses and consents linked
        ):
            changed.connect(self.recheck)
        editor.text_edit.viewport().installEventFilter(self)
        self.recheck(opening=True)
        return self.widget

    def apply(self, post: Post) -> Post:
        return post  # acknowledgements are saved when given, not with the post

    # -- checking ----------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self.highlighter.showing:
            return  # the underlines changing, not the text
        if self.editor.text_edit.document().characterCount() > CHECK_AT_ONCE_UP_TO:
            self._later.start()
        else:
            self.recheck()

    def recheck(self, *_args: object, opening: bool = False) -> None:
        """Check the text as it stands, with the consents linked, and show what was
        found. ``opening``: the editor's other sections are not built yet, so the post
        is as it was opened."""
        self._later.stop()
        editor = self.editor
        post = self._as_edited(opening)
        context = with_post_consent(post_context(post, self.setup), post, self.consents)
        self.text = box_text(editor.text_edit)
        too_long = len(self.text) > CHECK_UP_TO
        self.findings = [] if too_long else list(findings_in(self.text, context))
        self.found = split_findings(self.findings, self.acks)
        acked = set(self.found.acknowledged)
        self.highlighter.show([Mark(f.start, f.end, f.severity, f in acked) for f in self.findings])
        self._fill_list()

    def _as_edited(self, opening: bool) -> Post:
        """The post as far as the guard's context needs it: the kind, platform and day in
        the editor, and the uses and consents the other sections link (as opened while
        the editor is still being built)."""
        editor = self.editor
        kind = Kind(editor.kind_box.currentData())
        post = self.post or Post(editor.platform, kind, "")
        if opening:
            return post
        qdate = editor.date_edit.date()
        dated = editor.status is not Status.IDEA
        day = dt.date(qdate.year(), qdate.month(), qdate.day()) if dated else None
        post = post.with_changes(kind=kind, platform=editor.platform, date=day)
        for section in editor.sections:
            post = post if section is self else section.apply(post)
        return post

    def _fill_list(self) -> None:
        acked = set(self.found.acknowledged)
        shown = tuple((f.category, f.excerpt, f.message, f in acked) for f in self.findings)
        if shown != self._shown:
            self._shown = shown
            row = self.list.currentRow()
            self.list.clear()
            palette = self.editor.palette()
            for index, finding in enumerate(self.findings):
                item = QListWidgetItem(shield_icon(finding.severity, palette), "")
                item.setData(INDEX_ROLE, index)
                self._describe(item, finding, finding in acked)
                self.list.addItem(item)
            if self.findings:
                self.list.setCurrentRow(min(max(row, 0), len(self.findings) - 1))
        # As tall as its findings (two lines each), up to LIST_ROWS: the text box above
        # keeps the room a short list does not need.
        rows = min(len(self.findings), LIST_ROWS)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * rows * 2 + 8)
        self.list.setVisible(bool(self.findings))
        self.summary.setText(self._summary())
        self._update_buttons()

    def _describe(self, item: QListWidgetItem, finding: Finding, acknowledged: bool) -> None:
        word = "Stop" if finding.severity == STOP else "Caution"
        if acknowledged:
            ack = self.found.acknowledgement_of(finding)
            reason = f" ({ack.reason})" if ack is not None else ""
            item.setText(f"Acknowledged{reason}: {finding.message}")
            item.setForeground(muted_text(self.editor.palette()))
            icon = item.icon()
            item.setIcon(QIcon(icon.pixmap(32, 32, QIcon.Mode.Disabled)))  # greyed
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        else:
            item.setText(f"{word}: {finding.message}")
        item.setToolTip(item.text())

    def _summary(self) -> str:
        opened = self.found.open
        if len(self.text) > CHECK_UP_TO:
            return f"Guard: the text is over {CHECK_UP_TO:,} characters, too long to check."
        if not self.findings:
            return "Guard: nothing here to stop or question."
        stops = sum(1 for f in opened if f.severity == STOP)
        cautions = len(opened) - stops
        parts = []
        if stops:
            parts.append(f"{stops} to stop" if stops > 1 else "1 to stop")
        if cautions:
            parts.append(f"{cautions} to question" if cautions > 1 else "1 to question")
        if self.found.acknowledged:
            parts.append(f"{len(self.found.acknowledged)} acknowledged")
        return "Guard: " + ", ".join(parts) + ". Point at the underlined words to read why."

    # -- the list and its buttons -------------------------------------------------------

    def selected_finding(self) -> Finding | None:
        row = self.list.currentRow()
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def _selected(self, row: int) -> None:
        self._update_buttons()
        finding = self.selected_finding()
        if finding is not None and self.list.hasFocus():
            self._select_span(finding)

    def _update_buttons(self) -> None:
        finding = self.selected_finding()
        acked = finding is not None and finding in set(self.found.acknowledged)
        saved = self.post is not None and self.post.id is not None
        writable = not self.context.read_only
        self.acknowledge_button.setEnabled(finding is not None and not acked and saved and writable)
        self.reopen_button.setVisible(acked)
        self.reopen_button.setEnabled(acked and writable)
        self.acknowledge_button.setVisible(bool(self.findings))
        self.acknowledge_button.setToolTip(
            "Say why this finding is fine on this post; the warning then goes away."
            if saved
            else "Save the post first: an acknowledgement is kept with a saved post."
        )

    def _select_span(self, finding: Finding) -> None:
        text_edit = self.editor.text_edit
        cursor = QTextCursor(text_edit.document())
        cursor.setPosition(utf16_length(self.text[: finding.start]))
        cursor.setPosition(utf16_length(self.text[: finding.end]), QTextCursor.MoveMode.KeepAnchor)
        text_edit.setTextCursor(cursor)
        text_edit.ensureCursorVisible()

    def show_finding(self, start: int, end: int) -> bool:
        """Pick the finding over ``start``–``end`` and select its words in the text (the
        warnings panel opens a finding so). False when no finding is there any more."""
        exact = [i for i, f in enumerate(self.findings) if (f.start, f.end) == (start, end)]
        over = [i for i, f in enumerate(self.findings) if f.start < end and start < f.end]
        rows = exact or over
        if not rows:
            return False
        self.list.setCurrentRow(rows[0])
        self._select_span(self.findings[rows[0]])
        self.editor.text_edit.setFocus()
        return True

    # -- acknowledging ----------------------------------------------------------------

    def ask_acknowledgement(self) -> None:
        finding = self.selected_finding()
        if finding is None or self.post is None or self.post.id is None:
            return
        dialog = AcknowledgeDialog(finding, self.editor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.acknowledge(finding, dialog.reason))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.ack_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: AcknowledgeDialog) -> None:
        if self.ack_dialog is dialog:
            self.ack_dialog = None

    def acknowledge(self, finding: Finding, reason: str) -> bool:
        """Keep an acknowledgement of ``finding`` with ``reason`` (one undo step)."""
        if self.post is None or self.post.id is None or not reason.strip():
            return False
        ack = Acknowledgement(finding.category, finding.excerpt, reason, self.context.now())
        if not push(self.context, AcknowledgeFinding(self.context, self.post.id, ack)):
            return False
        self.acks = [a for a in self.acks if not a.covers(finding)] + [ack]
        self.recheck()
        return True

    def reopen(self) -> bool:
        """Take back the acknowledgement of the selected finding (one undo step)."""
        finding = self.selected_finding()
        ack = self.found.acknowledgement_of(finding) if finding is not None else None
        if ack is None or self.post is None or self.post.id is None:
            return False
        command = AcknowledgeFinding(self.context, self.post.id, ack, reopen=True)
        if not push(self.context, command):
            return False
        self.acks = [a for a in self.acks if a is not ack]
        self.recheck()
        return True

    # -- the message on hover -------------------------------------------------------------

    def finding_at(self, index: int) -> Finding | None:
        """The finding over the character at ``index`` of the text (open ones first)."""
        over = [f for f in self.findings if f.start <= index < f.end]
        acked = set(self.found.acknowledged)
        over.sort(key=lambda f: (f in acked, f.severity != STOP))
        return over[0] if over else None

    def tooltip_at(self, x: float, y: float) -> str:
        """What hovering at (``x``, ``y``) of the text box's viewport shows."""
        from PySide6.QtCore import QPoint

        text_edit = self.editor.text_edit
        cursor = text_edit.cursorForPosition(QPoint(round(x), round(y)))
        block = cursor.block()
        in_block = cursor.position() - block.position()
        if x < text_edit.cursorRect(cursor).x() and in_block > 0:
            in_block -= 1  # the pointer is on the character before the caret
        offset = sum(len(b) + 1 for b in self.text.split("\n")[: block.blockNumber()])
        index = offset + python_index(block.text(), in_block)
        finding = self.finding_at(index)
        if finding is None:
            return ""
        ack = self.found.acknowledgement_of(finding)
        if ack is not None:
            return f"Acknowledged: {ack.reason}\n{finding.message}"
        return finding.message

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self.editor.text_edit.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)
