"""The guard around the window: shields on the cards (by their pixels), the Guard
settings through real widgets and one undo step, and a first frame that never waits
for the guard."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from guard_editing import PHONE, flagged_post
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.core.domain import Kind
from planner.core.guard_setup import WordEdit
from planner.store import Store
from planner.store.guard_records import do_not_mention, word_edits
from planner.ui.guard.settings_dialog import GuardSettingsDialog
from planner.ui.widgets.card_painter import CardFonts, paint_card
from planner.ui.widgets.shield_badge import severity_colour
from planner.ui.window.main_window import MainWindow


def colour_count(image: QImage, rect: QRect, colour: QColor) -> int:
    return sum(
        1
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width()))
        for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height()))
        if image.pixelColor(x, y).rgb() == colour.rgb()
    )


def painted_card(shield: str | None, palette: QPalette) -> QImage:
    image = QImage(220, 60, QImage.Format.Format_ARGB32)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fonts = CardFonts.from_font(QFont())
    paint_card(painter, QRectF(2, 2, 200, 52), flagged_post(), palette, fonts, shield=shield)
    painter.end()
    return image


def test_the_shield_is_red_for_stop_amber_for_caution_and_absent_otherwise(
    qapp: QApplication, dark_palette: QPalette
) -> None:
    for palette in (QApplication.palette(), dark_palette):
        corner = QRect(150, 2, 56, 24)  # the card's top right, where the shield goes
        stop, caution = severity_colour("stop", palette), severity_colour("caution", palette)
        plain = painted_card(None, palette)
        assert colour_count(plain, corner, stop) == colour_count(plain, corner, caution) == 0
        red = painted_card("stop", palette)
        assert colour_count(red, corner, stop) > 20
        assert colour_count(red, corner, caution) == 0
        amber = painted_card("caution", palette)
        assert colour_count(amber, corner, caution) > 20
        assert colour_count(amber, corner, stop) == 0
        # The shield never covers the time: the left of the first line is as it was.
        time_area = QRect(2, 2, 100, 20)
        assert red.copy(time_area) == plain.copy(time_area)


def test_the_week_view_shows_the_shield_on_the_flagged_card_only(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    post = store.add(flagged_post())
    assert post.id is not None
    window.refresh()
    view = window.week_view
    image = view.grab().toImage()
    stop = severity_colour("stop", view.palette())
    flagged = view.card_rect(post.id)
    assert flagged is not None
    assert colour_count(image, flagged, stop) > 20
    for other in view.shown_ids():
        rect = view.card_rect(other)
        if other != post.id and rect is not None and not rect.intersects(flagged):
            assert colour_count(image, rect, stop) == 0, other
    assert "Guard: something here must not be posted" in view.tooltip_at(flagged.center())


def test_the_month_shows_the_shield_once_its_frame_is_up(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    """The month paints first, then checks its posts in idle time: the flagged chip gets
    the shield, and its tooltip says why, as the week's card does."""
    post = store.add(flagged_post())
    assert post.id is not None and window.game_plan is not None
    window.refresh()
    window.game_plan.show_month()
    view = window.game_plan.month_view
    assert view is not None
    assert view.layout_now.shields == {}  # the frame did not wait for the guard
    qtbot.waitUntil(lambda: view.layout_now.shields == {post.id: "stop"})
    chip = view.chip_rect(post.id)
    assert chip is not None
    stop = severity_colour("stop", view.palette())
    image = view.grab().toImage()
    assert colour_count(image, chip, stop) > 10
    assert "Guard: something here must not be posted" in view.tooltip_at(chip.center())
    for other in view.shown_ids():
        rect = view.chip_rect(other)
        if other != post.id and rect is not None:
            assert colour_count(image, rect, stop) == 0, other
    # A refresh keeps the shield on while the month is checked again (no blinking) ...
    window.refresh()
    assert view.layout_now.shields == {post.id: "stop"}
    # ... and a post mended loses it once it is.
    mended = store.update(store.get(post.id).with_changes(text="Book your check-up today."))
    window.refresh()
    qtbot.waitUntil(lambda: view.layout_now.shields == {})
    assert mended.id == post.id


def test_guard_settings_change_the_findings_in_one_undo_step(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    named = store.add(flagged_post("Happy retirement, Margaret Ellis! Smile week is here."))
    phoned = store.add(flagged_post(f"Call the practice on {PHONE}. Book now!"))
    assert named.id is not None and phoned.id is not None
    window.refresh()
    assert window.week_view._card_cache.shields == {phoned.id: "stop"}
    window.guard.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, GuardSettingsDialog)
    qtbot.keyClicks(dialog.phones_edit, PHONE)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.name_edit, "margaret  ellis")
    qtbot.mouseClick(dialog.add_name_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "MARGARET ELLIS")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # the same name: refused, said why
    assert dialog.problems_label.text() == "MARGARET ELLIS is already on the do-not-mention list."
    dialog.tabs.setCurrentIndex(2)
    dialog.list_box.setCurrentIndex(dialog.list_box.findData("selling"))
    qtbot.keyClicks(dialog.word_edit, "smile week")
    qtbot.mouseClick(dialog.add_word_button, Qt.MouseButton.LeftButton)
    shipped = next(
        i
        for i in range(dialog.words_list.count())
        if dialog.words_list.item(i).text() == "book now"
    )
    dialog.words_list.setCurrentRow(shipped)
    qtbot.mouseClick(dialog.remove_word_button, Qt.MouseButton.LeftButton)
    assert dialog.words_list.item(shipped).font().strikeOut()
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # OK

    assert window.dialog is None
    assert store.settings().phones == (PHONE,)
    assert do_not_mention(store) == ["margaret ellis"]
    assert set(word_edits(store)) == {
        WordEdit("selling", "smile week", True),
        WordEdit("selling", "book now", False),
    }
    # The practice's own number and "book now" are no longer findings; the name and the
    # practice's new phrase are.
    assert window.week_view._card_cache.shields == {named.id: "stop"}
    messages = window.warnings_panel.messages()
    assert any("Margaret Ellis" in m for m in messages)
    assert any('"Smile week"' in m for m in messages)
    assert not any(PHONE in m or '"Book now"' in m for m in messages)

    assert window.window_actions.undo.text() == "Undo Change Guard Settings"
    window.window_actions.undo.trigger()
    assert store.settings().phones == () and do_not_mention(store) == []
    assert word_edits(store) == []
    assert window.week_view._card_cache.shields == {phoned.id: "stop"}


def test_a_promotional_post_is_not_told_it_is_selling(window: MainWindow, store: Store) -> None:
    store.add(flagged_post("Whitening £199 this month. Book now!", kind=Kind.PROMOTIONAL))
    window.refresh()
    assert not any("Selling" in m for m in window.warnings_panel.messages())


FIRST_FRAME = """
import sys, datetime as dt
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(["planner", "-platform", "offscreen"])
from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.store import open_store
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow
folder = Path(sys.argv[1])
store = open_store(folder / "planner.db")
store.add_many(sample_fortnight(Week(2026, 49)))
context = AppContext(store, prompts=ScriptedPrompts(), qsettings=qsettings_at(folder / "w.ini"))
seen = {}
window = MainWindow(context, week=Week(2026, 49))
window.attach_store(store)
def painted():
    seen["at the first frame"] = "planner.core.guard" in sys.modules
window.weekPainted.connect(painted)
def finished():
    if window.setup_finished:
        seen["once the window is whole"] = "planner.core.guard" in sys.modules
        app.quit()
    else:
        QTimer.singleShot(5, finished)
QTimer.singleShot(5, finished)
QTimer.singleShot(20000, app.quit)
window.resize(1000, 700)
window.show()
app.exec()
window.close()
store.close()
print(seen)
"""


def test_the_guard_loads_after_the_first_frame_never_before(tmp_path: object) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(
        {"at the first frame": False, "once the window is whole": True}
    )


def test_guard_warnings_come_in_time_order_after_the_rules(
    window: MainWindow, store: Store
) -> None:
    late = store.add(flagged_post().with_changes(time=dt.time(18, 0)))
    early = store.add(flagged_post("Our best dentist in town.").with_changes(time=dt.time(8, 0)))
    window.refresh()
    messages = window.warnings_panel.messages()
    guard = [m for m in messages if m.startswith("Thu 3 Dec")]
    assert guard[0].startswith("Thu 3 Dec 08:00, X: A claim")
    assert guard[1].startswith("Thu 3 Dec 18:00, X: A phone number")
    assert messages.index(guard[0]) > 0  # the rules' own come first
    assert late.id != early.id
