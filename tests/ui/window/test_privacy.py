"""Privacy: owner-only files, no network connection ever, and no file written outside the
data folder, the export folder and the temporary folder."""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from socket_support import inet_sockets_of_this_process

from planner.core.demo import sample_fortnight
from planner.core.weeks import Week
from planner.io.csv_format import parse_csv
from planner.paths import data_dir, db_path
from planner.store import open_store
from planner.store.backups import list_snapshots
from planner.ui.dialogs.editor_dialog import PostEditor
from planner.ui.dialogs.native_dialogs import ScriptedDialogs
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.widgets.mime import ids_to_mime
from planner.ui.window.context import AppContext, qsettings_at
from planner.ui.window.main_window import MainWindow
from planner.ui.window.store_opening import open_for_window, take_daily_snapshot

if TYPE_CHECKING:
    from conftest import MakeWindow

WEEK = Week(2026, 49)
TODAY = dt.date(2026, 12, 2)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual desktop umask, under which a careless program makes world-readable files."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("loose_umask")
def test_the_store_its_wal_the_backups_and_the_lock_are_owner_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PLANNER_DB")
    path = db_path()
    assert path.parent == data_dir() and not path.parent.exists()
    opened = open_for_window(path, ScriptedPrompts())
    store = opened.store
    assert store is not None
    try:
        store.add_many(sample_fortnight(WEEK))
        assert take_daily_snapshot(store, TODAY, ScriptedPrompts()) is not None
        (snapshot,) = list_snapshots(path)
        files = [
            path,
            Path(f"{path}-wal"),
            Path(f"{path}-shm"),
            snapshot.path,
            path.with_name("planner.db.lock"),
        ]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        folders = [path.parent, snapshot.path.parent]
        assert {str(d): mode(d) for d in folders} == {str(d): 0o700 for d in folders}
        # Every folder this created on the way (~/.local/share, say) is private too.
        created = path.parent
        while created != Path(os.environ["HOME"]):
            assert mode(created) == 0o700, created
            created = created.parent
    finally:
        store.close()
        opened.release()
    leftovers = sorted(p.name for p in path.parent.iterdir())
    assert leftovers == ["backups", "planner.db"]  # the WAL is folded back, the lock gone


class NetworkUse(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way Python code reaches the network raises and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkUse(f"the app tried to use the network: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    with pytest.raises(NetworkUse):
        socket.create_connection(("example.org", 443))  # the block itself works
    attempts.clear()
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    assert len(inet_sockets_of_this_process()) == 1  # and so does the /proc check
    probe.close()
    yield attempts
    assert attempts == [], attempts


def send_drop(window: MainWindow, post_id: int, day: dt.date, time: dt.time) -> None:
    view = window.week_view
    point = QPointF(view.slot_position(day, time))
    mime = ids_to_mime([post_id])
    move = Qt.DropAction.MoveAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point.toPoint(), move, mime, left, none),
        QDragMoveEvent(point.toPoint(), move, mime, left, none),
        QDropEvent(point, move, mime, left, none),
    ):
        QApplication.sendEvent(view, event)
        assert event.isAccepted()


def test_a_full_session_opens_no_network_connection(
    qtbot: QtBot, make_window: MakeWindow, no_network: list[str], db_file: Path, tmp_path: Path
) -> None:
    with open_store(db_file) as seeded:
        seeded.add_many(sample_fortnight(WEEK))
    prompts = ScriptedPrompts()
    opened = open_for_window(db_file, prompts)
    store = opened.store
    assert store is not None
    dialogs = ScriptedDialogs()
    context = AppContext(
        store,
        prompts=prompts,
        qsettings=qsettings_at(tmp_path / "w.ini"),
        today=lambda: TODAY,
        files=dialogs,
    )
    exports = tmp_path / "exports"
    exports.mkdir()
    try:
        window = make_window(context, store, week=WEEK)
        take_daily_snapshot(store, TODAY, prompts)

        # Add a post through the editor, which saves through an undo command.
        window.edits.new_post_at(WEEK.days()[3], dt.time(11, 0))
        editor = window.dialog
        assert isinstance(editor, PostEditor)
        editor.text_edit.setPlainText("Half-term opening hours: 8 to 4.")
        ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        added = next(p for p in store.posts_in_week(WEEK) if p.text.startswith("Half-term"))
        assert context.undo_stack.count() == 1
        # Drag it to Friday afternoon with real drag-and-drop events.
        assert added.id is not None
        send_drop(window, added.id, WEEK.days()[4], dt.time(15, 30))
        assert store.get(added.id).date == WEEK.days()[4]
        # Print (to a PDF file), then export the week as PDF and as CSV, from the
        # File menu's own actions with the file dialogs answered.
        dialogs.extend(exports / "printed.pdf", exports / "week.pdf", exports / "week.csv")
        window.file_actions.print.trigger()
        window.file_actions.export_pdf.trigger()
        window.file_actions.export_week_csv.trigger()
        assert [asked.what for asked in dialogs.asked] == ["print", "save", "save"]
        assert prompts.errors == []
        assert (exports / "printed.pdf").read_bytes().startswith(b"%PDF")
        assert (exports / "week.pdf").read_bytes().startswith(b"%PDF")
        csv = parse_csv((exports / "week.csv").read_text(encoding="utf-8-sig"))
        assert len(csv.posts) == len(store.posts_in_week(WEEK)) and not csv.errors
        window.close()
        assert inet_sockets_of_this_process() == []
    finally:
        store.close()
        opened.release()


SESSION = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from planner.app import Launch, describe_application
from planner.core.weeks import Week
from planner.io.csv_format import write_csv
from planner.paths import db_path
from planner.ui.window.context import AppContext
from planner.ui.window.main_window import MainWindow
from planner.printing.pages import export_week_pdf
from planner.ui.dialogs.prompts import ScriptedPrompts
from planner.ui.panels.start_panel import StartPanel
from planner.ui.undo import commands
from planner.core.domain import Kind, Platform, Post, Status

exports = Path(sys.argv[1])
app = QApplication([])
describe_application(app)
context = AppContext(prompts=ScriptedPrompts())
window = MainWindow(context)
window.show()
launch = Launch(app, window, db_path(), None)
launch.open_store()
assert launch.store is not None, context.prompts.shown
[start] = window.week_view.findChildren(StartPanel)  # the empty plan's start panel
start.sample.click()
launch.daily_snapshot()
store = context.store
idea = Post(Platform.X, Kind.SHARED, "An idea for spring", status=Status.IDEA)
assert commands.push(context, commands.ChangePosts.add(context, idea))
week = window.week
posts = store.posts_in_week(week)
write_csv(posts, exports / "week.csv")
export_week_pdf(exports / "week.pdf", week, posts, store.settings())
window.set_week(week.next())
window.close()
code = launch.finish(0)
print("posts", len(posts), "errors", context.prompts.errors)
sys.exit(code)
"""


def tree(root: Path, skip: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``root`` with its size and modification time."""
    found = {}
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if here / d not in skip]
        for name in [*dirs, *files]:
            path = here / name
            info = path.lstat()
            found[str(path)] = (info.st_size, info.st_mtime_ns)
    return found


def test_a_session_writes_only_to_the_data_folder_the_exports_and_temp(tmp_path: Path) -> None:
    root = tmp_path / "machine"
    home, work, temp, exports = (root / n for n in ("home", "work", "tmp", "exports"))
    for folder in (home, work, temp, exports):
        folder.mkdir(parents=True)
    (home / "Documents").mkdir()
    (home / "Documents" / "letter.txt").write_text("private")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PLANNER_")) and key not in ("HOME", "TMPDIR")
    }
    env.update(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(Path(__file__).parents[3])  # this checkout's planner, from work/
    before = tree(root, skip=(temp, exports))
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SESSION), str(exports)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "errors []" in done.stdout
    after = tree(root, skip=(temp, exports))
    changed = {path for path in after if before.get(path) != after[path]}
    changed |= {path for path in before if path not in after}
    data = home / ".local" / "share" / "social-media-planner"
    config = home / ".config" / "social-media-planner"
    allowed = (data, config)
    outside = sorted(
        p
        for p in changed
        if not any(Path(p) == a or Path(p).is_relative_to(a) for a in allowed)
        # the folders on the way to those two are made (0700) when they are missing
        and not any(a.is_relative_to(Path(p)) for a in allowed)
    )
    assert outside == []
    assert (data / "planner.db").is_file() and list((data / "backups").iterdir())
    assert (config / "social-media-planner.ini").is_file()
    assert sorted(p.name for p in exports.iterdir()) == ["week.csv", "week.pdf"]
