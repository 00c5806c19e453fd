"""Outline levels as in Word (Alt+Shift+1…9, A, Plus, Minus) and View >
Focus Mode, through the real key path of a shown window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.core.ops import plan_new_child
from outliner.io.essay.file import save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.focus_mode import FOCUS_KEYS, paragraph_of
from tests.ui.test_main_window import ALT_SHIFT, make_window, press

K = NodeKind


def deep_essay() -> Essay:
    return Essay(meta=Meta(title="Levels"), outline=[
        Node(K.SECTION, "S", id="s", children=[
            Node(K.INTRO, "Intro", id="intro", children=[
                Node(K.THESIS, "Thesis", id="thesis"),
                Node(K.NOTE, "n1", id="n1", children=[
                    Node(K.NOTE, "n1a", id="n1a", children=[Node(K.NOTE, "n1b", id="n1b")])]),
            ]),
            Node(K.BODY, "b1", id="b1", children=[Node(K.QUOTE, "q1", cite="4", id="q1")]),
        ]),
        Node(K.BODY, "b2", id="b2", prose="The second body's prose.",
             children=[Node(K.NOTE, "b2 note", id="b2n"),
                       Node(K.QUOTE, "b2 quote", cite="9", id="b2q")]),
        Node(K.CONCLUSION, "End", id="end"),
    ])


ALL = ["S", "  Intro", "    Thesis", "    n1", "      n1a", "        n1b", "  b1", "    “q1” (4)",
       "b2", "  b2 note", "  “b2 quote” (9)", "End"]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path = tmp_path / "levels.essay"
    save_essay(deep_essay(), path)
    made = make_window(qtbot, tmp_path, path, offer_recovery=False)
    made.view.setFocus()
    yield made
    made.close()


def shown(window: MainWindow) -> list[str]:
    """The rows the tree shows, indented by depth (what the writer sees)."""
    view = window.view
    rows: list[str] = []
    index = view.model().index(0, 0, QModelIndex())
    while index.isValid():
        depth, up = 0, index.parent()
        while up.isValid():
            depth, up = depth + 1, up.parent()
        rows.append("  " * depth + str(index.data(Qt.ItemDataRole.DisplayRole)))
        index = view.indexBelow(index)
    return rows


def depth_at_most(rows: list[str], depth: int) -> list[str]:
    return [r for r in rows if (len(r) - len(r.lstrip())) // 2 <= depth]


def level(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> list[str]:
    press(qtbot, window, key, ALT_SHIFT)
    return shown(window)


def test_the_whole_outline_shows_at_first(window: MainWindow) -> None:
    assert shown(window) == ALL


@pytest.mark.parametrize("n", range(1, 10))
def test_alt_shift_digit_shows_that_many_levels(qtbot: QtBot, window: MainWindow, n: int) -> None:
    digit = Qt.Key(Qt.Key.Key_0.value + n)
    assert level(qtbot, window, digit) == depth_at_most(ALL, n - 1)


def test_levels_go_down_and_up_and_alt_shift_a_shows_all(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    assert level(qtbot, window, Qt.Key.Key_1) == ["S", "b2", "End"]
    assert level(qtbot, window, Qt.Key.Key_3) == depth_at_most(ALL, 2)
    assert level(qtbot, window, Qt.Key.Key_2) == ["S", "  Intro", "  b1", "b2", "  b2 note",
                                                  "  “b2 quote” (9)", "End"]
    assert level(qtbot, window, Qt.Key.Key_A) == ALL


def test_plus_and_minus_open_and_close_the_current_node_a_level_at_a_time(
        qtbot: QtBot, window: MainWindow) -> None:
    level(qtbot, window, Qt.Key.Key_1)
    window.view.select_nodes([window.document.essay.node("s")])
    plus, minus = Qt.Key.Key_Plus, Qt.Key.Key_Minus
    assert level(qtbot, window, plus) == ["S", "  Intro", "  b1", "b2", "End"]
    assert level(qtbot, window, plus) == [
        "S", "  Intro", "    Thesis", "    n1", "  b1", "    “q1” (4)", "b2", "End"]
    three = ["S", "  Intro", "    Thesis", "    n1", "      n1a", "  b1", "    “q1” (4)",
             "b2", "End"]
    assert level(qtbot, window, plus) == three
    assert level(qtbot, window, plus) == [*ALL[:8], "b2", "End"]
    assert level(qtbot, window, plus) == [*ALL[:8], "b2", "End"]  # nothing more to open
    assert level(qtbot, window, minus) == three
    assert level(qtbot, window, minus) == [
        "S", "  Intro", "    Thesis", "    n1", "  b1", "    “q1” (4)", "b2", "End"]
    assert level(qtbot, window, minus) == ["S", "  Intro", "  b1", "b2", "End"]
    assert level(qtbot, window, minus) == ["S", "b2", "End"]
    assert window.view.current_node() is window.document.essay.node("s")


def test_minus_on_a_leaf_closes_its_parent(qtbot: QtBot, window: MainWindow) -> None:
    window.view.select_nodes([window.document.essay.node("b2n")])
    assert level(qtbot, window, Qt.Key.Key_Minus) == [*ALL[:8], "b2", "End"]
    assert window.view.current_node() is window.document.essay.node("b2")


def test_the_level_keys_are_in_the_view_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.levels_menu.actions() if a.text()]
    assert texts == [*(f"Show Level &{n}" for n in range(1, 10)), "Show &All Levels",
                     "E&xpand", "C&ollapse"]
    one = window.view.actions["show_level_1"]
    assert QKeySequence("Alt+Shift+1") in one.shortcuts()


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    actions = [*window.findChildren(type(window.actions_by_name["save"])),
               *window.view.actions.values()]
    for action in set(actions):
        if not action.text() or action.text() == "Leave Focus Mode":
            continue  # helpers without a menu entry; Escape leaves focus mode only
        for key in action.shortcuts():
            name = key.toString()
            assert name, f"{action.text()} has a key Qt could not read"
            assert name not in seen or seen[name] == action.text(), (
                name, seen.get(name), action.text())
            seen[name] = action.text()
    assert all(k in seen for k in FOCUS_KEYS)


# -- focus mode -------------------------------------------------------------------

def test_paragraph_of_finds_the_paragraph_a_note_belongs_to() -> None:
    essay = deep_essay()
    assert paragraph_of(essay.node("n1b")) is essay.node("intro")
    assert paragraph_of(essay.node("b2")) is essay.node("b2")
    assert paragraph_of(essay.node("s")) is essay.node("s")
    assert paragraph_of(None) is None


def test_focus_mode_shows_only_the_prose_and_the_paragraphs_notes(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    essay = window.document.essay
    window.preview_dock.show()
    window.view.select_nodes([essay.node("b2n")])  # a note: focus goes to its paragraph
    sizes = window.splitter.sizes()
    parts = [window.pane, window.toolbar, window.preview_dock, window.statusBar()]
    assert all(p.isVisible() for p in parts)
    press(qtbot, window, Qt.Key.Key_F,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    focus = window.focus_mode
    assert focus.action.isChecked() and focus.active
    assert not any(p.isVisible() for p in parts)
    assert window.editor.isVisible() and window.editor.prose_edit.isVisible()
    assert window.editor.node is essay.node("b2")
    assert window.editor.prose_edit.toPlainText() == "The second body's prose."
    assert focus.panel.isVisible()
    assert focus.panel.lines() == ["b2 note", "“b2 quote” (9)"]
    shot = Path(os.environ.get("FOCUS_SHOT", tmp_path / "focus.png"))
    assert window.grab().save(str(shot))

    change, _new = plan_new_child(essay, essay.node("b2"))
    window.document.push(change)
    qtbot.waitUntil(lambda: len(focus.panel.lines()) == 3)

    press(qtbot, window, Qt.Key.Key_F,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert not focus.active and not focus.action.isChecked()
    assert all(p.isVisible() for p in parts)
    assert not focus.panel.isVisible()
    assert window.splitter.sizes() == sizes


def test_escape_leaves_focus_mode_and_undoing_its_paragraph_away_too(
        qtbot: QtBot, window: MainWindow) -> None:
    essay = window.document.essay
    window.view.select_nodes([essay.node("n1b")])
    window.focus_mode.action.trigger()
    assert window.focus_mode.active and window.editor.node is essay.node("intro")
    assert window.focus_mode.panel.lines() == ["Thesis", "n1", "  n1a", "    n1b"]
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.focus_mode.active and window.pane.isVisible()

    change, new = plan_new_child(essay, None)  # a new top-level paragraph, focused, undone
    window.document.push(change)
    window.view.select_nodes([new])
    window.focus_mode.action.trigger()
    assert window.focus_mode.paragraph is new
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.focus_mode.active)
    assert window.pane.isVisible()


def test_closing_in_focus_mode_saves_the_normal_layout(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_mode.action.trigger()
    window.close()
    assert not window.focus_mode.active
    assert window.pane.isVisibleTo(window)


def test_a_shown_level_survives_a_move_and_an_undo(qtbot: QtBot, window: MainWindow) -> None:
    assert level(qtbot, window, Qt.Key.Key_2) == ["S", "  Intro", "  b1", "b2", "  b2 note",
                                                  "  “b2 quote” (9)", "End"]
    window.view.select_nodes([window.document.essay.node("b2")])
    press(qtbot, window, Qt.Key.Key_Up, ALT_SHIFT)  # b2 moves above S
    assert shown(window) == ["b2", "  b2 note", "  “b2 quote” (9)", "S", "  Intro", "  b1",
                             "End"]
    window.document.undo_stack.undo()
    assert shown(window) == ["S", "  Intro", "  b1", "b2", "  b2 note", "  “b2 quote” (9)",
                             "End"]
