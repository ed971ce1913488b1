"""Tools → Guard Settings…: the practice's own details (never flagged), the do-not-mention
list, and the practice's words added to or taken out of the shipped word lists.

Nothing is saved until OK; then ``save`` (one undo command) gets only what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.guard import WordLists
from planner.core.guard_setup import (
    WordEdit,
    list_entries,
    name_key,
    name_problem,
    phrase_problem,
    tidy_name,
    with_phrase,
    without_phrase,
)
from planner.core.settings import COUNTRIES, Settings
from planner.ui.widgets.form_parts import ok_cancel_buttons, problems_label, show_problems
from planner.ui.widgets.theme import muted_text

LIST_LABELS = {
    "profanity": "Profanity (stop)",
    "disparaging": "Disparaging patients (stop)",
    "patient-story": "Patient stories (caution)",
    "hot-button": "Hot-button topics (caution)",
    "selling": "Selling in posts that are not promotional (caution)",
    "claims": "Claims and promises (caution)",
    "profanity-allowlist": "Never profanity: anatomy and clinical words",
    "record-words": "Words before a record or account number (privacy)",
    "confirms-patient": "Review replies: confirms a patient (stop)",
    "argues": "Review replies: argues (caution)",
}
PHRASE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class GuardChanges:
    """What OK saves: the settings, and the names and word edits added and taken away."""

    settings: Settings
    names_added: tuple[str, ...] = ()
    names_removed: tuple[str, ...] = ()
    words_added: tuple[WordEdit, ...] = ()
    words_removed: tuple[WordEdit, ...] = ()


def _line(text: str, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class GuardSettingsDialog(QDialog):
    """Edit what the guard is told; ``save`` returns False when the store refused it."""

    def __init__(
        self,
        settings: Settings,
        names: Sequence[str],
        edits: Sequence[WordEdit],
        shipped: WordLists,
        save: Callable[[GuardChanges], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Guard Settings")
        self.setAccessibleName("Guard settings")
        self._base_settings, self._base_names, self._base_edits = settings, list(names), list(edits)
        self.names = list(names)
        self.edits: tuple[WordEdit, ...] = tuple(edits)
        self._shipped = shipped
        self._save = save
        self.tabs = QTabWidget()
        self.tabs.addTab(self._practice_tab(settings), "&Practice")
        self.tabs.addTab(self._names_tab(), "&Do Not Mention")
        self.tabs.addTab(self._words_tab(), "&Word Lists")
        self.problems_label = problems_label()
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self._fill_names()
        self._fill_words()
        self.resize(560, 480)

    # -- the practice --------------------------------------------------------------------

    def _practice_tab(self, settings: Settings) -> QWidget:
        tab = QWidget()
        self.phones_edit = _line(
            "; ".join(settings.phones), "Practice phone numbers", "0113 496 0000; 0113 496 0001"
        )
        self.email_edit = _line(settings.email, "Practice email", "hello@yourpractice.co.uk")
        self.address_edit = _line(settings.address, "Practice address", "14 Mill Lane, Leeds")
        self.website_edit = _line(settings.website, "Practice website", "www.yourpractice.co.uk")
        self.country_box = QComboBox()
        self.country_box.setAccessibleName("Country")
        for code, label in (("GB", "United Kingdom (GB)"), ("US", "United States (US)")):
            self.country_box.addItem(label, code)
        self.country_box.setCurrentIndex(max(self.country_box.findData(settings.country), 0))
        form = QFormLayout()
        form.addRow("P&hone numbers:", self.phones_edit)
        form.addRow("&Email:", self.email_edit)
        form.addRow("&Address:", self.address_edit)
        form.addRow("&Website:", self.website_edit)
        form.addRow("&Country:", self.country_box)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            _note(
                "The guard never flags the practice's own numbers, email, address and "
                "website. Separate several phone numbers with ';'. The country decides "
                "how phone numbers are written."
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def settings(self) -> Settings:
        phones = tuple(p.strip() for p in self.phones_edit.text().split(";") if p.strip())
        country = str(self.country_box.currentData())
        return self._base_settings.with_changes(
            phones=phones,
            email=self.email_edit.text().strip(),
            address=" ".join(self.address_edit.text().split()),
            website=self.website_edit.text().strip(),
            country=country if country in COUNTRIES else self._base_settings.country,
        )

    # -- the do-not-mention list ---------------------------------------------------------

    def _names_tab(self) -> QWidget:
        tab = QWidget()
        self.names_list = QListWidget()
        self.names_list.setAccessibleName("Do-not-mention names")
        self.name_edit = _line("", "Name to add", "A person's name, as it would be written")
        self.add_name_button = QPushButton("Add &Name")
        self.remove_name_button = QPushButton("&Remove")
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_name_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            _note(
                "A name on this list is a stop finding wherever it appears in a post, in "
                "any case, with or without accents. A patient's name belongs here when "
                "they must never be mentioned."
            )
        )
        layout.addWidget(self.names_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.remove_name_button, 0, Qt.AlignmentFlag.AlignRight)
        self.add_name_button.clicked.connect(self.add_name)
        self.name_edit.installEventFilter(self)  # Enter adds the name, not OK
        self.remove_name_button.clicked.connect(self.remove_name)
        self.names_list.currentRowChanged.connect(lambda _row: self._names_buttons())
        self.name_edit.textChanged.connect(lambda _text: self._names_buttons())
        return tab

    def add_name(self) -> bool:
        problem = name_problem(self.name_edit.text(), self.names)
        if problem is not None:
            self._show([problem])
            return False
        self.names.append(tidy_name(self.name_edit.text()))
        self.name_edit.clear()
        self._fill_names()
        return True

    def remove_name(self) -> None:
        row = self.names_list.currentRow()
        if 0 <= row < len(self.names):
            del self.names[row]
            self._fill_names()

    def _fill_names(self) -> None:
        self.names_list.clear()
        self.names_list.addItems(self.names)
        if not self.names:
            item = QListWidgetItem("No names yet.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.names_list.addItem(item)
        self._names_buttons()
        self._show([])

    def _names_buttons(self) -> None:
        self.add_name_button.setEnabled(bool(self.name_edit.text().strip()))
        self.remove_name_button.setEnabled(0 <= self.names_list.currentRow() < len(self.names))

    # -- the word lists ------------------------------------------------------------------

    def _words_tab(self) -> QWidget:
        tab = QWidget()
        self.list_box = QComboBox()
        self.list_box.setAccessibleName("Word list")
        for name, label in LIST_LABELS.items():
            self.list_box.addItem(label, name)
        self.words_list = QListWidget()
        self.words_list.setAccessibleName("Words in the list")
        self.word_edit = _line("", "Word or phrase to add", "A word, or word* for its endings")
        self.add_word_button = QPushButton("Add &Word")
        self.remove_word_button = QPushButton("&Take Out")
        row = QHBoxLayout()
        row.addWidget(self.word_edit, 1)
        row.addWidget(self.add_word_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.list_box)
        layout.addWidget(
            _note(
                "The lists ship with the planner; what you add or take out here is kept "
                "in your plan. Case and accents never matter. Phrases taken out stay "
                "listed, struck through, so they can be put back."
            )
        )
        layout.addWidget(self.words_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.remove_word_button, 0, Qt.AlignmentFlag.AlignRight)
        self.list_box.currentIndexChanged.connect(lambda _i: self._fill_words())
        self.add_word_button.clicked.connect(self.add_word)
        self.word_edit.installEventFilter(self)  # Enter adds the phrase, not OK
        self.remove_word_button.clicked.connect(self.toggle_word)
        self.words_list.currentRowChanged.connect(lambda _row: self._words_buttons())
        self.word_edit.textChanged.connect(lambda _text: self._words_buttons())
        return tab

    @property
    def list_name(self) -> str:
        return str(self.list_box.currentData())

    def add_word(self) -> bool:
        phrase = self.word_edit.text()
        problem = phrase_problem(self.list_name, phrase)
        if problem is not None:
            self._show([problem])
            return False
        self.edits = with_phrase(self._shipped, self.edits, self.list_name, phrase)
        self.word_edit.clear()
        self._fill_words(select=" ".join(phrase.split()))
        return True

    def toggle_word(self) -> None:
        """Take the selected phrase out of the list, or put a taken-out one back."""
        item = self.words_list.currentItem()
        if item is None or item.data(PHRASE_ROLE) is None:
            return
        phrase, removed = item.data(PHRASE_ROLE)
        change = with_phrase if removed else without_phrase
        self.edits = change(self._shipped, self.edits, self.list_name, phrase)
        self._fill_words(select=phrase)

    def _fill_words(self, select: str | None = None) -> None:
        self.words_list.clear()
        muted = muted_text(self.palette())
        for entry in list_entries(self._shipped, self.edits, self.list_name):
            text = entry.phrase if entry.shipped else f"{entry.phrase}  (yours)"
            item = QListWidgetItem(f"{text}  (taken out)" if entry.removed else text)
            item.setData(PHRASE_ROLE, (entry.phrase, entry.removed))
            font = QFont(item.font())
            font.setStrikeOut(entry.removed)
            font.setBold(not entry.shipped)
            item.setFont(font)
            if entry.removed:
                item.setForeground(muted)
            self.words_list.addItem(item)
            if select is not None and name_key(entry.phrase) == name_key(select):
                self.words_list.setCurrentItem(item)
                self.words_list.scrollToItem(item)
        self._words_buttons()
        self._show([])

    def _words_buttons(self) -> None:
        item = self.words_list.currentItem()
        removed = item is not None and bool(item.data(PHRASE_ROLE)[1])
        self.remove_word_button.setText("&Put Back" if removed else "&Take Out")
        self.remove_word_button.setEnabled(item is not None)
        self.add_word_button.setEnabled(bool(self.word_edit.text().strip()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        pressed = event.type() == QEvent.Type.KeyPress
        if (
            pressed
            and isinstance(event, QKeyEvent)
            and event.key() in enter
            and watched in (self.name_edit, self.word_edit)
        ):
            if watched is self.name_edit:
                self.add_name()
            else:
                self.add_word()
            return True
        return super().eventFilter(watched, event)

    # -- saving --------------------------------------------------------------------------

    def _show(self, problems: list[str]) -> None:
        show_problems(self.problems_label, problems, self.palette())

    def changes(self) -> GuardChanges:
        """What OK would save."""
        before = {name_key(n) for n in self._base_names}
        after = {name_key(n) for n in self.names}
        base_edits, edits = set(self._base_edits), set(self.edits)
        return GuardChanges(
            settings=self.settings(),
            names_added=tuple(n for n in self.names if name_key(n) not in before),
            names_removed=tuple(n for n in self._base_names if name_key(n) not in after),
            words_added=tuple(e for e in self.edits if e not in base_edits),
            words_removed=tuple(e for e in self._base_edits if e not in edits),
        )

    def accept(self) -> None:
        changes = self.changes()
        problems = changes.settings.problems()
        self._show(problems)
        if problems:
            return
        unchanged = GuardChanges(settings=self._base_settings)
        if changes == unchanged or self._save(changes):
            super().accept()
