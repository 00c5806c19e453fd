"""Edit > Find and Replace in the window: matches shown where they are,
Replace All one undo step, the keys and the filter's new key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from outliner.core.essay import Essay, Meta, Node, NodeKind
from outliner.core.sources import Source
from outliner.io.essay.file import save_essay
from outliner.ui import MainWindow, file_actions
from outliner.ui.find_dialog import FindDialog

K = NodeKind


def hope_essay() -> Essay:
    return Essay(
        meta=Meta(title="Hope in Hailsham"),
        sources=[Source("Ishiguro. Hope and Memory.", id="s1")],
        outline=[
            Node(K.INTRO, "Hope opens", prose="Kathy has hope. 😀 Her hope fades.", id="i",
                 children=[Node(K.THESIS, "Hope is memory.", id="t")]),
            Node(K.BODY, "A *claim* about hope", id="b", children=[
                Node(K.QUOTE, "hope is all", cite="12", id="q"),
                Node(K.NOTE, "hope again", id="n")]),
        ])


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    monkeypatch.setattr(file_actions, "ask_save_changes", lambda *_: "discard")
    path = tmp_path / "essay.essay"
    save_essay(hope_essay(), path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(path, settings=settings, recovery_folder=tmp_path / "recovery",
                     offer_recovery=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def dialog_of(window: MainWindow) -> FindDialog:
    dialog = window.findChild(FindDialog)
    assert dialog is not None
    return dialog


def fields(essay: Essay) -> object:
    return (essay.meta, list(essay.sources),
            [(n.id, n.text, n.cite, n.prose) for n in essay.walk()])


def test_replace_all_of_a_word_is_one_undo_step(window: MainWindow) -> None:
    essay = window.document.essay
    before = fields(essay)
    window.actions_by_name["replace"].trigger()
    dialog = dialog_of(window)
    assert dialog.isVisible()
    dialog.find_edit.setText("hope")
    dialog.replace_edit.setText("faith")
    dialog.whole_word.setChecked(True)
    assert dialog.replace_all() == 8  # title, source, 2 in the intro's prose, 4 lines
    assert essay.meta.title == "faith in Hailsham"
    assert essay.sources[0].text == "Ishiguro. faith and Memory."
    assert essay.node("b").text == "A *claim* about faith"
    assert essay.node("q").text == "hope is all"  # a quotation is left as it was
    # As the app says it (its English catalogue installed): one is singular.
    assert "1 in a quotation left as it is" in dialog.status.text()
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Replace All"
    window.actions_by_name["undo"].trigger()
    assert fields(essay) == before
    window.actions_by_name["redo"].trigger()
    assert essay.meta.title == "faith in Hailsham" and essay.node("n").text == "faith again"


def test_find_next_selects_the_node_and_the_words_in_the_editor(window: MainWindow) -> None:
    window.actions_by_name["find"].trigger()
    dialog = dialog_of(window)
    dialog.find_edit.setText("hope")
    dialog.match_case.setChecked(True)
    window.view.select_nodes([window.document.essay.node("i")])
    first = window.actions_by_name["find_next"]
    first.trigger()
    # From the current node: its prose, past the emoji (UTF-16 positions in Qt).
    match = dialog.current
    assert match is not None and (match.field.owner, match.field.name) == ("i", "prose")
    cursor = window.editor.prose_edit.textCursor()
    assert cursor.selectedText() == "hope"
    first.trigger()
    assert window.editor.prose_edit.textCursor().selectedText() == "hope"
    assert window.editor.prose_edit.textCursor().selectionStart() > cursor.selectionStart()
    first.trigger()  # the quotation's words
    assert window.view.current_node() is window.document.essay.node("b")
    assert window.editor.text_edit.textCursor().selectedText() == "hope"
    window.actions_by_name["find_previous"].trigger()
    assert window.view.current_node() is window.document.essay.node("i")


def test_matches_in_the_heading_block_and_sources_are_named(window: MainWindow) -> None:
    dialog = dialog_of(window)
    dialog.find_edit.setText("Hailsham")
    dialog.find_next()
    assert "Essay Properties: Title" in dialog.status.text()
    dialog.find_edit.setText("Memory")
    dialog.match_case.setChecked(True)
    dialog.find_next()
    assert "Sources" in dialog.status.text()
    dialog.find_edit.setText("nowhere-word")
    assert dialog.find_next() is None and "nowhere" in dialog.status.text()


def test_replace_replaces_the_shown_match_and_moves_on(window: MainWindow) -> None:
    dialog = dialog_of(window)
    dialog.find_edit.setText("hope")
    dialog.replace_edit.setText("hope, hope")
    dialog.whole_word.setChecked(True)
    dialog.find_next()  # from the current node, the first one
    shown = dialog.current
    assert shown is not None and (shown.field.owner, shown.field.name) == ("i", "text")
    dialog.replace()
    essay = window.document.essay
    assert essay.node("i").text == "hope, hope opens"
    # Past the replacement, not inside it: the intro's prose comes next.
    assert dialog.current is not None and dialog.current.field.name == "prose"
    assert window.document.undo_stack.undoText() == "Replace"


def test_keys_find_takes_ctrl_f_and_the_filter_moves(window: MainWindow, qtbot: QtBot) -> None:
    acts = window.actions_by_name
    assert acts["find"].shortcut() == QKeySequence("Ctrl+F")
    assert acts["find_next"].shortcut() == QKeySequence("F3")
    assert acts["find_previous"].shortcut() == QKeySequence("Shift+F3")
    assert acts["replace"].shortcut() == QKeySequence("Ctrl+H")
    assert window.view.actions["filter"].shortcut() == QKeySequence("Ctrl+Shift+F")
    every: dict[str, str] = {}
    for action in [*acts.values(), *window.view.actions.values()]:
        for key in action.shortcuts():
            text = key.toString()
            if not text:  # a key this Qt cannot read, not a clash
                continue
            assert text not in every, f"{text} is both {every[text]} and {action.text()}"
            every[text] = action.text()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog_of(window).isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pane.filter_edit.isVisible()


def test_find_starts_with_the_words_selected_in_the_editor(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    window.view.select_nodes([window.document.essay.node("b")])
    edit = window.editor.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    window.actions_by_name["find"].trigger()
    assert dialog_of(window).find_edit.text() == "claim"
