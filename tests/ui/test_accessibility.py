"""The window as assistive tools and keyboard-only writers meet it: the
accessible tree has a name for every control, every action is in the menu
bar, and the keyboard reaches every pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAction,
    QContextMenuEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from outliner.io.essay.file import save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.dialogs.draft import DraftDialog
from outliner.ui.dialogs.export import ExportDialog
from outliner.ui.dialogs.help import ShortcutsDialog
from outliner.ui.dialogs.preferences import PreferencesDialog
from outliner.ui.dialogs.properties import PropertiesDialog
from outliner.ui.dialogs.sources import SourcesDialog
from outliner.ui.find_dialog import FindDialog
from outliner.ui.pane_cycle import move_to_pane
from tests.support.helpers import small_essay

#: Roles a person acts on: each needs a name a screen reader can say.
INTERACTIVE = frozenset({
    QAccessible.Role.PushButton, QAccessible.Role.Button, QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton, QAccessible.Role.ComboBox, QAccessible.Role.EditableText,
    QAccessible.Role.Tree, QAccessible.Role.List, QAccessible.Role.Table,
    QAccessible.Role.MenuItem, QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown,
    QAccessible.Role.SpinBox, QAccessible.Role.Slider, QAccessible.Role.Document,
    QAccessible.Role.PageTab,
})
#: The walk stops here: the window has a few hundred parts, an outline row
#: per node is enough of the tree's rows to see them.
MAX_DEPTH = 40
MAX_INTERFACES = 3000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path = tmp_path / "essay.essay"
    save_essay(small_essay(), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                       offer_recovery=False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.view.expandAll()
    yield shown
    shown.close()


class Seen(NamedTuple):
    """What the walk read of one accessible interface (the interfaces
    themselves are Qt's and go with their widgets, so none is kept)."""

    role: QAccessible.Role
    name: str
    description: str
    shown: bool
    path: str  # the roles and names above it, for the failure message


def walk(root: QAccessibleInterface | None) -> list[Seen]:
    """Every interface under ``root`` (bounded), read."""
    assert root is not None and root.isValid()
    found: list[Seen] = []
    stack: list[tuple[QAccessibleInterface, list[str]]] = [(root, [])]
    while stack and len(found) < MAX_INTERFACES:
        face, path = stack.pop()
        state = face.state()
        name = face.text(QAccessible.Text.Name)
        found.append(Seen(face.role(), name, face.text(QAccessible.Text.Description),
                          not state.invisible and not state.offscreen,
                          " > ".join([*path, face.role().name])))
        if len(path) >= MAX_DEPTH:
            continue
        here = [*path, f"{face.role().name}:{name!r}"]
        for i in reversed(range(face.childCount())):
            child = face.child(i)
            if child is not None and child.isValid():
                stack.append((child, here))
    return found


def unnamed(seen: list[Seen]) -> list[str]:
    """The controls shown with no name to say."""
    return [each.path for each in seen
            if each.shown and each.role in INTERACTIVE and not each.name.strip()]


def test_every_control_in_the_accessible_tree_has_a_name(window: MainWindow) -> None:
    window.pane.open_filter()
    window.view.select_nodes([window.document.essay.node("b1")])
    seen = walk(QAccessible.queryAccessibleInterface(window))
    assert len(seen) < MAX_INTERFACES, "the walk was cut short"
    assert not unnamed(seen), "\n".join(unnamed(seen))
    named = {each.name for each in seen if each.shown}
    for expected in ("Outline", "Filter the outline", "Editor", "Kind", "Claim",
                     "Paragraph as written",
                     "Preview", "New", "Open", "Save", "Move Up", "Indent"):
        assert expected in named, expected


def test_the_window_tree_reads_each_rows_kind_and_cite(window: MainWindow) -> None:
    rows = [each for each in walk(QAccessible.queryAccessibleInterface(window))
            if each.role == QAccessible.Role.TreeItem]
    names = {each.name for each in rows}
    assert "Quotation, page 12: “a quotation”" in names
    assert "Body paragraph 2: Second claim" in names
    assert "Thesis: The thesis." in names
    described = {each.description for each in rows}
    assert "Introduction, drafted, 3 words" in described
    # Unwritten, it counts its notes, as the row's own count does (core/words.py).
    assert "Body paragraph 1, unwritten, 9 words of notes, 1 quotation, 2 notes" in described


def test_docks_panes_and_the_find_dialog_say_what_they_are(window: MainWindow) -> None:
    for dock in (window.preview_dock, window.checks_dock, window.history_dock):
        assert dock.accessibleName() == dock.windowTitle()
        assert dock.accessibleDescription()
    assert window.import_report.accessibleName()
    assert window.view.accessibleDescription().count("Tab") >= 2  # how to leave the tree
    window.actions_by_name["find"].trigger()
    dialog = window.findChild(FindDialog)
    assert dialog is not None and dialog.isVisible()
    names = {each.name for each in walk(QAccessible.queryAccessibleInterface(dialog))
             if each.shown}
    assert {"Find", "Replace with", "Match case", "Next"} <= names
    dialog.close()


def test_the_dialogs_name_every_control(window: MainWindow) -> None:
    essay, settings = window.document.essay, window.app_settings.qsettings
    body = essay.node("b1")
    dialogs: list[QDialog] = [
        ExportDialog(essay, settings, parent=window, document=window.document),
        PreferencesDialog(settings, window), PropertiesDialog(essay, window),
        SourcesDialog(window.document, window),
        DraftDialog(window.document, body, settings, window),
        ShortcutsDialog(window.menuBar(), window)]
    for dialog in dialogs:
        dialog.show()
        seen = walk(QAccessible.queryAccessibleInterface(dialog))
        dialog.close()
        assert len(seen) > 3 and not unnamed(seen), (dialog.windowTitle(), unnamed(seen))


# -- every action from the menu bar ---------------------------------------------

def _key(action: QAction) -> int:
    return int(shiboken6.getCppPointer(action)[0])


def _menu_paths(bar: QMenuBar) -> dict[int, str]:
    paths: dict[int, str] = {}

    def visit(actions: list[QAction], above: str) -> None:
        for action in actions:
            path = f"{above} > {action.text()}" if above else action.text()
            paths[_key(action)] = path
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.aboutToShow.emit()  # menus filled on opening (Open Recent, Change Kind)
                visit(menu.actions(), path)

    visit(bar.actions(), "")
    return paths


def _not_for_a_menu(window: MainWindow, action: QAction, reached: dict[int, str]) -> str:
    """Why an action outside the menu bar needs no entry there ('' if it does)."""
    if action.isSeparator():
        return "a separator"
    parent = action.parent()
    if isinstance(parent, QLineEdit) and action.shortcut().isEmpty():
        return "a line edit's icon or clear button (selecting and deleting does the same)"
    menu = action.menu()
    if isinstance(menu, QMenu) and isinstance(menu.parent(), QMenuBar):
        return "the menu bar's overflow menu, holding its own menus"
    if action is window.actions_by_name.get("export"):
        menu = action.menu()
        assert isinstance(menu, QMenu) and all(_key(a) in reached for a in menu.actions())
        return "the toolbar's Export: its entries are File > Export"
    if action is window.focus_mode.leave_action:
        return "Escape for View > Focus Mode"
    if action.shortcuts() == window.view.actions["filter"].shortcuts() and not action.text():
        return "the filter's key inside the filter field (Edit > Filter)"
    return ""


def test_every_action_of_the_window_is_in_the_menu_bar(window: MainWindow) -> None:
    reached = _menu_paths(window.menuBar())
    missing = []
    for action in window.findChildren(QAction):
        if _key(action) not in reached and not _not_for_a_menu(window, action, reached):
            missing.append(f"{action.text()!r} ({type(action.parent()).__name__})")
    assert not missing, missing
    # The tree's context menu (opened with the Menu key) offers nothing the menus lack.
    tree_actions = [a for a in window.view.actions.values() if not a.isSeparator()]
    assert all(_key(a) in reached for a in tree_actions)


def test_the_menu_key_opens_the_tree_menu_on_the_current_row(window: MainWindow) -> None:
    last = list(window.document.essay.walk())[-1]
    window.view.select_nodes([last])
    # Where the window puts a Menu-key context menu: the focus widget's cursor.
    at = window.view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    offered: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            offered.extend(a.text() for a in menu.actions() if not a.isSeparator())
            menu.close()

    QTimer.singleShot(100, read_and_close)
    QApplication.sendEvent(window.view, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, at, window.view.mapToGlobal(at)))
    assert "&Rename" in offered and "Move &Up" in offered
    assert window.view.selected_nodes() == [last]  # the menu is about the row chosen


#: The actions a writer uses every session: each has a key.
FREQUENT = ("new", "open", "save", "save_as", "close", "quit", "undo", "redo", "find",
            "replace", "properties", "sources", "shortcuts", "focus_mode", "draft",
            "toggle_preview", "toggle_checks", "next_pane", "previous_pane", "export_word",
            "italic", "bold", "cut", "copy", "paste")
FREQUENT_TREE = ("move_up", "move_down", "indent", "outdent", "add_sibling", "add_child",
                 "delete", "rename", "filter", "expand_all", "collapse_all")


def test_the_frequent_actions_have_keys(window: MainWindow) -> None:
    acts = window.actions_by_name
    missing = [n for n in FREQUENT if n not in acts or acts[n].shortcut().isEmpty()]
    missing += [n for n in FREQUENT_TREE if window.view.actions[n].shortcut().isEmpty()]
    assert not missing, missing


# -- the keyboard reaches every pane -------------------------------------------

def _focused() -> QWidget | None:
    return QApplication.focusWidget()


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER,
           ) -> QWidget | None:
    widget = _focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)
    return _focused()


def _pane_of(window: MainWindow, widget: QWidget | None) -> str:
    parts = {"tree": window.view, "editor": window.editor, "preview": window.preview}
    for name, part in parts.items():
        if widget is not None and (widget is part or part.isAncestorOf(widget)):
            return name
    return type(widget).__name__


def test_tab_and_shift_tab_reach_the_tree_the_editor_and_the_preview(
        qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.select_nodes([window.document.essay.node("b1")])
    window.editor.text_edit.setFocus()
    qtbot.waitUntil(lambda: _focused() is window.editor.text_edit)
    forward = [_pane_of(window, _press(qtbot, Qt.Key.Key_Tab)) for _ in range(12)]
    assert {"editor", "preview", "tree"} <= set(forward), forward
    # In the tree Tab indents; Ctrl+Tab leaves it for the next pane.
    window.view.setFocus()
    assert _pane_of(window, _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)) \
        == "editor"
    window.preview.setFocus()
    backward = [_pane_of(window, _press(qtbot, Qt.Key.Key_Backtab,
                                        Qt.KeyboardModifier.ShiftModifier)) for _ in range(12)]
    assert {"editor", "tree"} <= set(backward), backward


def test_f6_cycles_the_panes_shown(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: _focused() is window.view)
    order = [_pane_of(window, _press(qtbot, Qt.Key.Key_F6)) for _ in range(3)]
    assert order == ["editor", "preview", "tree"]
    assert _pane_of(window, _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)) \
        == "preview"
    window.actions_by_name["toggle_preview"].trigger()  # a closed dock is skipped
    assert not window.preview_dock.isVisible()
    window.editor.text_edit.setFocus()
    assert _pane_of(window, move_to_pane(window, 1)) == "tree"
    assert _pane_of(window, move_to_pane(window, 1)) == "editor"
    window.editor.set_node(None)  # nothing to edit: the editor has no field to take the keys
    assert _pane_of(window, move_to_pane(window, 1)) == "tree"
    assert _pane_of(window, move_to_pane(window, 1)) == "tree"
    assert QKeySequence("F6") in window.actions_by_name["next_pane"].shortcuts()
