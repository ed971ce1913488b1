"""Week templates in the window: keep the week shown under a name, and apply a template to
any week, as one undo step, after seeing the warnings the week would then have."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.domain import Post, Status
from planner.core.week_plans import apply_template, template_from_week
from planner.core.weeks import Week
from planner.io.zones import practice_zone_or_utc
from planner.ui.dialogs.week_plan_parts import (
    AddPosts,
    WeekPicker,
    preview_label,
    show_preview,
    status_box,
)
from planner.ui.widgets.form_parts import ok_cancel_buttons, problems_label, show_problems
from planner.ui.window.context import AppContext


class SaveTemplateDialog(QDialog):
    """Name the week shown as a template; a name in use is replaced once confirmed."""

    def __init__(self, context: AppContext, week: Week, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save Week as Template")
        self.setAccessibleName("Save Week as Template")
        self.context = context
        self.week = week
        self.slots = template_from_week(context.store.posts_in_week(week), week)
        self.name = QLineEdit()
        self.name.setAccessibleName("Template name")
        self.name.setPlaceholderText("Quiet week, Flu season…")
        self.problems = problems_label()
        self.buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow("Week:", QLabel(week.title()))
        noun = "post" if len(self.slots) == 1 else "posts"
        form.addRow("Keeps:", QLabel(f"{len(self.slots)} {noun}, by weekday and time"))
        form.addRow("&Name:", self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        if not self.slots:
            show_problems(self.problems, ["This week has no posts to keep."], self.palette())
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        self.resize(420, 180)

    def accept(self) -> None:
        from planner.store import StoreError
        from planner.store.plan_records import checked_name, find_template, save_template

        store = self.context.store
        try:
            name = checked_name(self.name.text(), "template")
            taken = find_template(store, name)
            if taken is not None:
                question = f"There is already a template called {taken.name!r}. Replace it?"
                if not self.context.prompts.ask_yes_no("Replace?", question, default_yes=False):
                    return
            save_template(store, name, self.slots, replace=taken is not None)
        except (ValueError, StoreError) as exc:
            show_problems(self.problems, [str(exc)], self.palette())
            return
        super().accept()


class ApplyTemplateDialog(QDialog):
    """Pick a template and a week; see the warnings; OK adds its posts as one step."""

    def __init__(
        self, context: AppContext, week: Week, add: AddPosts, parent: QWidget | None = None
    ) -> None:
        from planner.store.plan_records import templates

        super().__init__(parent)
        self.setWindowTitle("Apply Week Template")
        self.setAccessibleName("Apply Week Template")
        self.context = context
        self._add = add
        self._zone = practice_zone_or_utc(context.settings().timezone)
        self.templates = {t.name: t for t in templates(context.store)}
        self.chosen = QComboBox()
        self.chosen.setAccessibleName("Template")
        self.chosen.addItems(list(self.templates))
        self.delete_button = QPushButton("&Delete Template")
        self.delete_button.clicked.connect(self._delete)
        self.target = WeekPicker(week, "Apply to the week of")
        self.status = status_box()
        self.preview = preview_label()
        self.buttons = ok_cancel_buttons(self)
        form = QFormLayout()
        form.addRow("&Template:", self.chosen)
        form.addRow("", self.delete_button)
        form.addRow("To the &week of:", self.target)
        form.addRow("&Status:", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        for signal in (self.chosen.currentIndexChanged, self.status.currentIndexChanged):
            signal.connect(self._update)
        self.target.weekChanged.connect(self._update)
        self.resize(480, 300)
        self._update()

    def posts(self) -> list[Post]:
        template = self.templates.get(self.chosen.currentText())
        if template is None:
            return []
        status = Status(self.status.currentData())
        return apply_template(template.slots, self.target.week, status, self._zone)

    def _update(self) -> None:
        week = self.target.week
        posts = self.posts()
        if not self.templates:
            self.preview.setText(
                "No week templates yet. Show a week you like, then use "
                "Edit → Save Week as Template…"
            )
        else:
            show_preview(self.preview, week, self.context.store.posts_in_week(week), posts,
                         self.context.settings())  # fmt: skip
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(bool(posts))
        self.delete_button.setEnabled(bool(self.templates))

    def _delete(self) -> None:
        from planner.store.plan_records import delete_template

        name = self.chosen.currentText()
        question = f"Delete the week template {name!r}? The posts made from it stay."
        if not name or not self.context.prompts.ask_yes_no("Delete?", question, default_yes=False):
            return
        delete_template(self.context.store, name)
        del self.templates[name]
        self.chosen.removeItem(self.chosen.currentIndex())
        self._update()

    def accept(self) -> None:
        posts = self.posts()
        name = self.chosen.currentText()
        week = self.target.week
        if posts and self._add(posts, week, f"Apply {name!r} to {week}"):
            super().accept()
